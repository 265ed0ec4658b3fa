package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/dovecottest"
	"github.com/followupd/followupd/internal/memimap"
	"github.com/followupd/followupd/internal/sample"
	"github.com/followupd/followupd/mail"
)

// logLines collects the log lines of a `followupd run` as they are
// written, so that a test can wait for one instead of sleeping.
type logLines struct {
	mu      sync.Mutex
	partial []byte
	lines   []string
	changed chan struct{} // closed and replaced at every new line
}

func newLogLines() *logLines { return &logLines{changed: make(chan struct{})} }

func (l *logLines) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.partial = append(l.partial, p...)
	for {
		i := bytes.IndexByte(l.partial, '\n')
		if i < 0 {
			break
		}
		l.lines = append(l.lines, string(l.partial[:i]))
		l.partial = l.partial[i+1:]
		close(l.changed)
		l.changed = make(chan struct{})
	}
	return len(p), nil
}

// count is the number of lines holding every one of parts.
func (l *logLines) count(parts ...string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, line := range l.lines {
		if hasAll(line, parts) {
			n++
		}
	}
	return n
}

func hasAll(line string, parts []string) bool {
	for _, p := range parts {
		if !strings.Contains(line, p) {
			return false
		}
	}
	return true
}

// wait waits until n lines hold every one of parts, or fails the test
// after timeout, and returns the n-th such line.
func (l *logLines) wait(t *testing.T, timeout time.Duration, n int, parts ...string) string {
	t.Helper()
	line, ok := l.waitOr(timeout, nil, n, parts...)
	if !ok {
		t.Fatalf("no %d log lines with %q within %v; log:\n%s", n, parts, timeout, l.String())
	}
	return line
}

// waitOr is wait that gives up, without failing, after timeout or when
// stop is closed.
func (l *logLines) waitOr(timeout time.Duration, stop <-chan struct{}, n int, parts ...string) (string, bool) {
	deadline := time.After(timeout)
	for {
		l.mu.Lock()
		seen := 0
		for _, line := range l.lines {
			if hasAll(line, parts) {
				if seen++; seen == n {
					l.mu.Unlock()
					return line, true
				}
			}
		}
		changed := l.changed
		l.mu.Unlock()
		select {
		case <-changed:
		case <-stop:
			return "", false
		case <-deadline:
			return "", false
		}
	}
}

func (l *logLines) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.lines, "\n")
}

// imapPeer is what these tests need of an IMAP server: where it is, and
// a way to deliver mail to it.
type imapPeer struct {
	host           string
	port           int
	user, password string
	deliver        func(t *testing.T, mailbox string, raw []byte, date time.Time)
	dovecot        *dovecottest.Server // nil for memimap
}

func memimapPeer(t *testing.T) imapPeer {
	t.Helper()
	srv, err := memimap.Start("sam", "pw", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return imapPeer{host: srv.Host, port: srv.Port, user: "sam", password: "pw",
		deliver: func(t *testing.T, mailbox string, raw []byte, date time.Time) {
			if err := srv.Deliver(mailbox, raw, date); err != nil {
				t.Fatal(err)
			}
		}}
}

func dovecotPeer(t *testing.T) imapPeer {
	t.Helper()
	srv := dovecottest.Start(t)
	return imapPeer{host: srv.Host, port: srv.Port, user: srv.User, password: srv.Password, dovecot: srv,
		deliver: func(t *testing.T, mailbox string, raw []byte, date time.Time) {
			srv.DeliverAt(t, mailbox, raw, date)
		}}
}

// runConfig writes a config for the sample job search against p, with
// the password in a file, and returns its path. extra is appended.
func runConfig(t *testing.T, p imapPeer, extra string) string {
	t.Helper()
	dir := t.TempDir()
	pw := filepath.Join(dir, "imap-password")
	if err := os.WriteFile(pw, []byte(p.password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "config.yaml")
	writeFile(t, path, fmt.Sprintf(`timezone: %s
state_dir: %s
me:
  name: %s
  email: %s
  aliases: [%s]
imap:
  host: %s
  port: %d
  security: none
  username: %s
  password_file: %s
%s`, sample.MeZone, filepath.Join(dir, "state"), sample.MeName, sample.MeEmail, strings.Join(sample.MeAliases, ", "),
		p.host, p.port, p.user, pw, extra))
	return path
}

// draftsOf lists the Drafts folder of p, parsing every message.
func draftsOf(t *testing.T, p imapPeer) []*mail.Message {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := mail.Dial(ctx, mail.DialConfig{
		Host: p.host, Port: p.port, Security: mail.SecurityNone, Username: p.user,
		Password: func(context.Context) (string, error) { return p.password, nil },
	})
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer c.Close()
	cur, _, sums, err := c.Summaries(ctx, "Drafts", mail.Cursor{}, time.Time{})
	if err != nil {
		t.Fatalf("list Drafts: %v", err)
	}
	var uids []uint32
	for _, s := range sums {
		uids = append(uids, s.UID)
	}
	var out []*mail.Message
	err = c.Bodies(ctx, "Drafts", cur.UIDValidity, uids, func(_ uint32, raw []byte) error {
		m, err := mail.Parse(bytes.NewReader(raw))
		if err != nil {
			return err
		}
		out = append(out, m)
		return nil
	})
	if err != nil {
		t.Fatalf("read Drafts: %v", err)
	}
	return out
}

// checkExactlyOnce asserts that Drafts holds exactly the drafts of want,
// each once.
func checkExactlyOnce(t *testing.T, got []*mail.Message, want []e2eDraft) {
	t.Helper()
	ids := map[string]bool{}
	for _, m := range got {
		if ids[m.MessageID] {
			t.Errorf("draft %s is in Drafts twice", m.MessageID)
		}
		ids[m.MessageID] = true
	}
	if len(got) != len(want) {
		var subjects []string
		for _, m := range got {
			subjects = append(subjects, fmt.Sprintf("%s %v", m.Subject, m.To))
		}
		t.Fatalf("%d drafts in Drafts, want %d:\n%s", len(got), len(want), strings.Join(subjects, "\n"))
	}
	for _, w := range want {
		n := 0
		for _, m := range got {
			if sameAddresses(m.To, w.to) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d drafts for %s %s, want exactly 1", n, w.company, w.rule)
		}
	}
}

// wantDraftsOf is the part of wantDrafts about companies.
func wantDraftsOf(companies ...string) []e2eDraft {
	var out []e2eDraft
	for _, w := range wantDrafts {
		for _, c := range companies {
			if w.company == c {
				out = append(out, w)
			}
		}
	}
	return out
}

// sampleOf returns the sample messages whose file names mention one of
// the words (lower case).
func sampleOf(words ...string) []sample.Message {
	var out []sample.Message
	for _, m := range sample.Messages() {
		for _, w := range words {
			if strings.Contains(m.Name, w) {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

// sampleExcept returns the sample messages whose names mention none of
// the words.
func sampleExcept(words ...string) []sample.Message {
	var out []sample.Message
	for _, m := range sample.Messages() {
		if !hasAny(m.Name, words) {
			out = append(out, m)
		}
	}
	return out
}

func hasAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// inProcess runs `followupd run` in this process until the returned stop
// is called, which waits for it to exit and checks its status.
func inProcess(t *testing.T, args ...string) (logs *logLines, stop func()) {
	t.Helper()
	logs = newLogLines()
	ctx, cancel := context.WithCancel(context.Background())
	code := make(chan int, 1)
	var out bytes.Buffer
	go func() { code <- run(ctx, args, &out, logs) }()
	stopped := false
	stop = func() {
		t.Helper()
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case c := <-code:
			if c != exitOK {
				t.Errorf("run exited %d\n%s", c, logs)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("run did not stop\n%s", logs)
		}
	}
	t.Cleanup(stop)
	return logs, stop
}

// proc is a `followupd` binary running in the background, its log
// collected as it is written.
type proc struct {
	cmd    *exec.Cmd
	logs   *logLines
	exited chan struct{} // closed when the process has exited
	code   int           // valid after exited; -1 when killed by a signal
}

func startProc(t *testing.T, bin string, args ...string) *proc {
	t.Helper()
	p := &proc{cmd: exec.Command(bin, args...), logs: newLogLines(), exited: make(chan struct{})}
	p.cmd.Stderr = p.logs
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		err := p.cmd.Wait()
		p.code = p.cmd.ProcessState.ExitCode()
		if err != nil && p.code == 0 {
			p.code = -1
		}
		close(p.exited)
	}()
	t.Cleanup(func() {
		select {
		case <-p.exited:
		default:
			_ = p.cmd.Process.Kill()
			<-p.exited
		}
	})
	return p
}

func (p *proc) signal(t *testing.T, sig syscall.Signal) {
	t.Helper()
	if err := syscall.Kill(p.cmd.Process.Pid, sig); err != nil {
		t.Fatalf("kill -%d: %v", sig, err)
	}
}

// wait waits for the process to exit and returns its status.
func (p *proc) wait(t *testing.T, timeout time.Duration) int {
	t.Helper()
	select {
	case <-p.exited:
		return p.code
	case <-time.After(timeout):
		t.Fatalf("the process did not exit within %v; log:\n%s", timeout, p.logs)
		return 0
	}
}

func (p *proc) running() bool {
	select {
	case <-p.exited:
		return false
	default:
		return true
	}
}
