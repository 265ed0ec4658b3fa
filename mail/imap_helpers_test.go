package mail_test

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"github.com/followupd/followupd/internal/dovecottest"
	"github.com/followupd/followupd/mail"
)

// testServer is an IMAP server for one test: imapmemserver or Dovecot. The
// mail.Client under test talks to it through cfg; login gives a plain
// go-imap client to arrange and inspect state behind its back.
type testServer struct {
	name  string
	cfg   mail.DialConfig
	login func(t testing.TB) *imapclient.Client
	rec   *cmdRecorder        // imapmemserver only
	dc    *dovecottest.Server // Dovecot only
	mem   *imapmemserver.User // imapmemserver only
}

// eachServer runs f against imapmemserver and against Dovecot (skipped
// when Dovecot is not installed, unless CI=true).
func eachServer(t *testing.T, f func(t *testing.T, s *testServer)) {
	t.Run("memserver", func(t *testing.T) { f(t, startMemServer(t)) })
	t.Run("dovecot", func(t *testing.T) { f(t, startDovecot(t)) })
}

type memOptions struct {
	noUIDPlus bool
	mailboxes []string
	session   func(imapserver.Session) imapserver.Session
}

type memOption func(*memOptions)

func withoutUIDPlus() memOption { return func(o *memOptions) { o.noUIDPlus = true } }

func withMemMailboxes(names ...string) memOption {
	return func(o *memOptions) { o.mailboxes = names }
}

// withMemSession wraps each imapmemserver session, to add SASL mechanisms
// or observe commands from the server's side.
func withMemSession(wrap func(imapserver.Session) imapserver.Session) memOption {
	return func(o *memOptions) { o.session = wrap }
}

func startMemServer(t testing.TB, opts ...memOption) *testServer {
	t.Helper()
	o := memOptions{mailboxes: []string{"INBOX", "Drafts", "Sent"}}
	for _, opt := range opts {
		opt(&o)
	}
	const user, pass = "alice", "correct horse"
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(user, pass)
	for _, name := range o.mailboxes {
		if err := u.Create(name, nil); err != nil {
			t.Fatal(err)
		}
	}
	mem.AddUser(u)

	caps := imap.CapSet{
		imap.CapIMAP4rev1:    {},
		imap.CapListExtended: {},
		imap.CapNamespace:    {},
		imap.CapLiteralPlus:  {},
	}
	if !o.noUIDPlus {
		caps[imap.CapUIDPlus] = struct{}{}
	}
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			if o.session != nil {
				return o.session(mem.NewSession()), nil, nil
			}
			return mem.NewSession(), nil, nil
		},
		Caps:         caps,
		InsecureAuth: true,
		Logger:       testLogger{t},
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	rec := &cmdRecorder{noAppendUID: o.noUIDPlus}
	go srv.Serve(&recordingListener{Listener: ln, rec: rec})
	t.Cleanup(func() { srv.Close() })

	port := ln.Addr().(*net.TCPAddr).Port
	s := &testServer{
		name: "memserver",
		cfg: mail.DialConfig{
			Host:     "127.0.0.1",
			Port:     port,
			Security: mail.SecurityNone,
			Username: user,
			Password: staticPassword(pass),
		},
		rec: rec,
		mem: u,
	}
	s.login = func(t testing.TB) *imapclient.Client {
		t.Helper()
		c, err := imapclient.DialInsecure(ln.Addr().String(), nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		if err := c.Login(user, pass).Wait(); err != nil {
			t.Fatal(err)
		}
		return c
	}
	return s
}

func startDovecot(t testing.TB, opts ...dovecottest.Option) *testServer {
	t.Helper()
	dc := dovecottest.Start(t, opts...)
	return &testServer{
		name: "dovecot",
		cfg: mail.DialConfig{
			Host:     dc.Host,
			Port:     dc.Port,
			Security: mail.SecurityNone,
			Username: dc.User,
			Password: staticPassword(dc.Password),
		},
		login: dc.Login,
		dc:    dc,
	}
}

type testLogger struct{ t testing.TB }

func (l testLogger) Printf(format string, args ...any) { l.t.Logf("imapserver: "+format, args...) }

func staticPassword(p string) func(context.Context) (string, error) {
	return func(context.Context) (string, error) { return p, nil }
}

// dial connects the client under test; it is closed at cleanup.
func (s *testServer) dial(t testing.TB) *mail.Client {
	t.Helper()
	c, err := mail.Dial(context.Background(), s.cfg)
	if err != nil {
		t.Fatalf("Dial(%s) = %v", s.name, err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// deliver APPENDs raw (LF line ends allowed) with an INTERNALDATE (zero:
// now) and returns its UID.
func (s *testServer) deliver(t testing.TB, mailbox, raw string, date time.Time, flags ...imap.Flag) uint32 {
	t.Helper()
	b := crlf(raw)
	c := s.login(t)
	cmd := c.Append(mailbox, int64(len(b)), &imap.AppendOptions{Time: date, Flags: flags})
	if _, err := cmd.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := cmd.Wait()
	if err != nil {
		t.Fatalf("APPEND to %s: %v", mailbox, err)
	}
	c.Close()
	return uint32(data.UID)
}

func (s *testServer) createMailbox(t testing.TB, name string) {
	t.Helper()
	if err := s.login(t).Create(name, nil).Wait(); err != nil {
		t.Fatalf("CREATE %s: %v", name, err)
	}
}

// recreateMailbox deletes and creates name, which gives it a new
// UIDVALIDITY (RFC 3501 §2.3.1.1).
func (s *testServer) recreateMailbox(t testing.TB, name string) {
	t.Helper()
	c := s.login(t)
	if err := c.Delete(name).Wait(); err != nil {
		t.Fatalf("DELETE %s: %v", name, err)
	}
	if err := c.Create(name, nil).Wait(); err != nil {
		t.Fatalf("CREATE %s: %v", name, err)
	}
}

// inspect returns FLAGS, UIDVALIDITY and the number of messages of mailbox
// as seen by a separate read-only session.
func (s *testServer) flags(t testing.TB, mailbox string, uid uint32) []imap.Flag {
	t.Helper()
	c := s.login(t)
	if _, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		t.Fatal(err)
	}
	msgs, err := c.Fetch(imap.UIDSetNum(imap.UID(uid)), &imap.FetchOptions{Flags: true}).Collect()
	if err != nil || len(msgs) != 1 {
		t.Fatalf("FETCH %d FLAGS: %v (%d messages)", uid, err, len(msgs))
	}
	return msgs[0].Flags
}

func (s *testServer) status(t testing.TB, mailbox string) *imap.StatusData {
	t.Helper()
	data, err := s.login(t).Status(mailbox, &imap.StatusOptions{NumMessages: true, UIDValidity: true, UIDNext: true}).Wait()
	if err != nil {
		t.Fatalf("STATUS %s: %v", mailbox, err)
	}
	return data
}

func crlf(s string) []byte {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return []byte(strings.ReplaceAll(s, "\n", "\r\n"))
}

// cmdRecorder keeps the names of the commands clients sent ("EXAMINE",
// "UID SEARCH", ...) and can make the server go silent on one of them.
type cmdRecorder struct {
	mu      sync.Mutex
	cmds    []string
	stallOn string
	// noAppendUID strips APPENDUID response codes: imapserver sends
	// them even when UIDPLUS is not advertised.
	noAppendUID bool
}

// go-imap tags its commands T1, T2, ...
var commandLine = regexp.MustCompile(`^T[0-9]+ ((?:UID )?[A-Za-z]+)`)

// observe records the commands in a chunk of client input and reports
// whether the server should stall.
func (r *cmdRecorder) observe(lines []string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	stall := false
	for _, line := range lines {
		m := commandLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		name := strings.ToUpper(m[1])
		r.cmds = append(r.cmds, name)
		if r.stallOn != "" && name == r.stallOn {
			stall = true
		}
	}
	return stall
}

// take returns the commands recorded since the last call.
func (r *cmdRecorder) take() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	cmds := r.cmds
	r.cmds = nil
	return cmds
}

func (r *cmdRecorder) stall(name string) {
	r.mu.Lock()
	r.stallOn = name
	r.mu.Unlock()
}

type recordingListener struct {
	net.Listener
	rec *cmdRecorder
}

func (l *recordingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &recordingConn{Conn: c, rec: l.rec}, nil
}

type recordingConn struct {
	net.Conn
	rec     *cmdRecorder
	partial []byte
}

func (c *recordingConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 {
		c.partial = append(c.partial, p[:n]...)
		var lines []string
		for {
			i := bytes.IndexByte(c.partial, '\n')
			if i < 0 {
				break
			}
			lines = append(lines, string(c.partial[:i]))
			c.partial = c.partial[i+1:]
		}
		if c.rec.observe(lines) {
			// Swallow the command and everything after it: the client
			// waits for an answer that never comes, until it closes.
			_, _ = io.Copy(io.Discard, c.Conn)
			return 0, io.EOF
		}
	}
	return n, err
}

var appendUIDCode = regexp.MustCompile(`\[APPENDUID [0-9]+ [0-9]+\] `)

func (c *recordingConn) Write(p []byte) (int, error) {
	c.rec.mu.Lock()
	strip := c.rec.noAppendUID
	c.rec.mu.Unlock()
	if !strip || !bytes.Contains(p, []byte("APPENDUID")) {
		return c.Conn.Write(p)
	}
	if _, err := c.Conn.Write(appendUIDCode.ReplaceAll(p, nil)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// count returns how often each command name occurs.
func countCommands(cmds []string) map[string]int {
	m := map[string]int{}
	for _, c := range cmds {
		m[c]++
	}
	return m
}

// silentListener accepts connections and never says anything: a server
// that hangs before its greeting.
func silentListener(t testing.TB) (host string, port int) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var conns []net.Conn
	var mu sync.Mutex
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			go io.Copy(io.Discard, bufio.NewReader(c))
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
	})
	a := ln.Addr().(*net.TCPAddr)
	return a.IP.String(), a.Port
}

func uidsOf(sums []mail.Summary) []uint32 {
	var l []uint32
	for _, s := range sums {
		l = append(l, s.UID)
	}
	return l
}

func hasFlag(flags []imap.Flag, f imap.Flag) bool {
	return slices.ContainsFunc(flags, func(g imap.Flag) bool { return strings.EqualFold(string(g), string(f)) })
}

func itoa(n uint32) string { return strconv.FormatUint(uint64(n), 10) }
