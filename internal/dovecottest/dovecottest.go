// Package dovecottest runs a throwaway Dovecot IMAP server for tests.
//
// Start writes a minimal configuration into the test's temporary directory:
// one passwd-file user, Maildir storage, the mailboxes INBOX, Drafts, Sent
// and Trash with their RFC 6154 SPECIAL-USE attributes, IMAP only, and a log
// file that is dumped through t.Logf when the test fails. The server listens
// on a free loopback port and is stopped by t.Cleanup.
//
// The binary is $DOVECOT if set, else dovecot on PATH, /usr/sbin or
// /usr/local/sbin. When it is missing the test is skipped, unless the
// environment variable CI is "true": there, a missing Dovecot is a broken
// machine, not a reason to skip.
package dovecottest

import (
	"bufio"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Host is the address every Server listens on.
const Host = "127.0.0.1"

const (
	startTimeout = 15 * time.Second
	stopTimeout  = 10 * time.Second
)

// Server is a running Dovecot instance owned by one test.
type Server struct {
	// Host is always 127.0.0.1.
	Host string
	// Port accepts plain IMAP and, with WithTLS, STARTTLS.
	Port int
	// TLSPort accepts implicit TLS ("993-style"); 0 without WithTLS.
	TLSPort int
	// User and Password log in; the password is random per server.
	User     string
	Password string
	// CertPool holds the self-signed certificate of a WithTLS server; nil
	// otherwise.
	CertPool *x509.CertPool

	t       testing.TB
	dir     string // t.TempDir(): config, passwd, mail homes, log
	baseDir string // sockets; short path, see newBaseDir
	binary  string
	conf    string
	logPath string
	outPath string // stdout+stderr of the master process

	mu   sync.Mutex
	proc *process
}

type process struct {
	cmd  *exec.Cmd
	done chan struct{} // closed when the process has exited
	err  error         // valid after done is closed
}

// Option changes how Start configures the server.
type Option func(*options)

type options struct {
	tls       bool
	user      string
	password  string
	mailboxes []Mailbox
}

// Mailbox is a mailbox Dovecot creates at first login, with its RFC 6154
// special-use attribute (`\Drafts`, `\Sent`, ...) or none.
type Mailbox struct {
	Name       string
	SpecialUse string
}

// DefaultMailboxes are created unless WithMailboxes replaces them; INBOX
// always exists.
var DefaultMailboxes = []Mailbox{
	{Name: "Drafts", SpecialUse: `\Drafts`},
	{Name: "Sent", SpecialUse: `\Sent`},
	{Name: "Trash", SpecialUse: `\Trash`},
}

// WithTLS generates a self-signed certificate for 127.0.0.1 and enables
// ssl = yes: implicit TLS on TLSPort and STARTTLS on Port. The client
// trusts it through Server.CertPool or Server.TLSConfig.
func WithTLS() Option {
	return func(o *options) { o.tls = true }
}

// WithMailboxes replaces DefaultMailboxes. Names must not contain '"'.
func WithMailboxes(m ...Mailbox) Option {
	return func(o *options) { o.mailboxes = m }
}

// WithUser sets the login name and password instead of the defaults
// ("followupd" and a random password).
func WithUser(name, password string) Option {
	return func(o *options) { o.user, o.password = name, password }
}

// Start starts Dovecot for the duration of the test.
func Start(t testing.TB, opts ...Option) *Server {
	t.Helper()

	o := options{user: "followupd", password: randomHex(t, 12), mailboxes: DefaultMailboxes}
	for _, opt := range opts {
		opt(&o)
	}

	bin := findBinary()
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("dovecot not installed (CI=true, so this is an error)")
		}
		t.Skip("dovecot not installed")
	}

	ids, err := lookupIDs()
	if err != nil {
		t.Fatalf("dovecottest: %v", err)
	}

	s := &Server{
		Host:     Host,
		User:     o.user,
		Password: o.password,
		t:        t,
		dir:      t.TempDir(),
		binary:   bin,
	}
	s.logPath = filepath.Join(s.dir, "dovecot.log")
	s.outPath = filepath.Join(s.dir, "dovecot.out")
	s.conf = filepath.Join(s.dir, "dovecot.conf")
	s.baseDir = newBaseDir(t)

	if err := makeTraversable(s.dir); err != nil {
		t.Fatalf("dovecottest: %v", err)
	}
	if err := s.prepareDirs(ids); err != nil {
		t.Fatalf("dovecottest: %v", err)
	}

	s.Port = freePort(t)
	var tlsFiles *certFiles
	if o.tls {
		s.TLSPort = freePort(t)
		tlsFiles, s.CertPool = writeCert(t, s.dir)
	}

	cfg := config{
		Dir:      s.dir,
		BaseDir:  s.baseDir,
		LogPath:  s.logPath,
		Port:     s.Port,
		TLSPort:  s.TLSPort,
		TLS:      tlsFiles,
		IDs:      ids,
		Passwd:   filepath.Join(s.dir, "passwd"),
		MailHome: filepath.Join(s.dir, "home"),

		Mailboxes: o.mailboxes,
	}
	if err := os.WriteFile(cfg.Passwd, []byte(passwdLine(s.User, s.Password)), 0o644); err != nil {
		t.Fatalf("dovecottest: write passwd: %v", err)
	}
	if err := os.WriteFile(s.conf, []byte(cfg.render()), 0o644); err != nil {
		t.Fatalf("dovecottest: write config: %v", err)
	}

	t.Cleanup(func() {
		s.stop()
		if t.Failed() {
			s.dumpLogs()
		}
	})
	if err := s.start(); err != nil {
		s.dumpLogs()
		t.Fatalf("dovecottest: %v", err)
	}
	return s
}

// Addr is the host:port of the plain/STARTTLS listener.
func (s *Server) Addr() string { return net.JoinHostPort(s.Host, strconv.Itoa(s.Port)) }

// TLSAddr is the host:port of the implicit-TLS listener ("" without WithTLS).
func (s *Server) TLSAddr() string {
	if s.TLSPort == 0 {
		return ""
	}
	return net.JoinHostPort(s.Host, strconv.Itoa(s.TLSPort))
}

// TLSConfig returns a client configuration that trusts the server's
// certificate, or nil without WithTLS.
func (s *Server) TLSConfig() *tls.Config {
	if s.CertPool == nil {
		return nil
	}
	return &tls.Config{RootCAs: s.CertPool, ServerName: s.Host}
}

// MaildirPath is the root of the user's Maildir (INBOX; other mailboxes are
// the ".Name" folders inside it). It exists after the first login.
func (s *Server) MaildirPath() string {
	return filepath.Join(s.dir, "home", s.User, "Maildir")
}

// LogPath is Dovecot's log file.
func (s *Server) LogPath() string { return s.logPath }

// Stop stops Dovecot and waits for it to exit. The data stays; Restart
// brings the server back on the same port. Stopping a stopped server does
// nothing.
func (s *Server) Stop() {
	s.t.Helper()
	if err := s.stop(); err != nil {
		s.t.Fatalf("dovecottest: stop: %v", err)
	}
}

// Kill ends Dovecot and all its processes with SIGKILL, the way a crash or
// an OOM kill would: clients see their connections drop without a BYE.
func (s *Server) Kill() {
	s.t.Helper()
	s.mu.Lock()
	p := s.proc
	s.proc = nil
	s.mu.Unlock()
	if p == nil {
		return
	}
	// The master runs in its own process group (Setpgid), so this reaches
	// the login and imap processes too.
	_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
	<-p.done
}

// Restart stops Dovecot if it runs and starts it again with the same
// configuration, port and data.
func (s *Server) Restart() {
	s.t.Helper()
	if err := s.stop(); err != nil {
		s.t.Fatalf("dovecottest: restart: %v", err)
	}
	if err := s.start(); err != nil {
		s.dumpLogs()
		s.t.Fatalf("dovecottest: restart: %v", err)
	}
}

func (s *Server) start() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.proc != nil {
		return errors.New("already running")
	}

	out, err := os.OpenFile(s.outPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	defer out.Close()

	// -F keeps the master in the foreground so that it is our child and
	// exits when we signal it.
	cmd := exec.Command(s.binary, "-F", "-c", s.conf)
	cmd.Dir = s.dir
	cmd.Stdout = out
	cmd.Stderr = out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start %s: %w", s.binary, err)
	}
	p := &process{cmd: cmd, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		close(p.done)
	}()

	addrs := []string{s.Addr()}
	if s.TLSPort != 0 {
		addrs = append(addrs, s.TLSAddr())
	}
	for i, addr := range addrs {
		if err := waitReady(addr, i == 1, p.done); err != nil {
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-p.done
			return fmt.Errorf("dovecot not ready on %s: %w", addr, err)
		}
	}
	s.proc = p
	return nil
}

func (s *Server) stop() error {
	s.mu.Lock()
	p := s.proc
	s.proc = nil
	s.mu.Unlock()
	if p == nil {
		return nil
	}

	// SIGTERM to the master alone takes about a second (it waits for its
	// children); SIGTERM to the whole group ends them together and still
	// lets the master remove master.pid. SIGKILL is the fallback.
	_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGTERM)
	timer := time.NewTimer(stopTimeout)
	defer timer.Stop()
	select {
	case <-p.done:
		return nil
	case <-timer.C:
		_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
		<-p.done
		return fmt.Errorf("dovecot did not stop within %v; killed", stopTimeout)
	}
}

// waitReady polls addr until Dovecot sends its greeting, the process
// exits, or startTimeout passes. Reading the greeting (not only connecting)
// proves that imap-login is up, not merely that the master bound the port.
func waitReady(addr string, implicitTLS bool, exited <-chan struct{}) error {
	deadline := time.Now().Add(startTimeout)
	var lastErr error
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			return errors.New("dovecot exited during startup")
		default:
		}
		if lastErr = probe(addr, implicitTLS); lastErr == nil {
			return nil
		}
		select {
		case <-exited:
			return errors.New("dovecot exited during startup")
		case <-time.After(20 * time.Millisecond):
		}
	}
	return fmt.Errorf("gave up after %v: %w", startTimeout, lastErr)
}

func probe(addr string, implicitTLS bool) error {
	conn, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return err
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(2 * time.Second))
	if implicitTLS {
		// Only the TCP accept is probed here: the greeting would need
		// the handshake, and the plain port already proved imap-login.
		return nil
	}
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		return err
	}
	if !strings.HasPrefix(line, "* OK") {
		return fmt.Errorf("unexpected greeting %q", line)
	}
	return nil
}

func (s *Server) dumpLogs() {
	for _, path := range []string{s.outPath, s.logPath} {
		b, err := os.ReadFile(path)
		if err != nil || len(b) == 0 {
			continue
		}
		s.t.Logf("dovecottest: %s:\n%s", filepath.Base(path), b)
	}
}

// prepareDirs creates the mail home owned by the user Dovecot runs the
// imap process as; Dovecot creates the Maildir inside it on first login.
func (s *Server) prepareDirs(ids ids) error {
	home := filepath.Join(s.dir, "home")
	if err := os.Mkdir(home, 0o755); err != nil {
		return err
	}
	if err := os.Chmod(s.dir, 0o755); err != nil {
		return err
	}
	if ids.Root {
		if err := os.Chown(home, ids.MailUID, ids.MailGID); err != nil {
			return fmt.Errorf("chown mail home: %w", err)
		}
	}
	return nil
}
