package mail_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"github.com/followupd/followupd/mail"
)

// watchDeadline bounds every wait in these tests; the expected waits are
// milliseconds.
const watchDeadline = 20 * time.Second

const watchMsg = `From: Recruiter <jobs@example.com>
To: Alex <alex@example.org>
Subject: Interview invitation
Date: Mon, 02 Mar 2026 10:00:00 +0000
Message-ID: <watch@example.com>

Can you talk on Thursday?
`

// idleProbe is a slog.Handler that signals when WaitForChange has started
// IDLE, so that a test changes the mailbox while the client idles rather
// than sleeping and hoping.
type idleProbe struct{ idling chan struct{} }

func (p idleProbe) Enabled(context.Context, slog.Level) bool { return true }
func (p idleProbe) WithAttrs([]slog.Attr) slog.Handler       { return p }
func (p idleProbe) WithGroup(string) slog.Handler            { return p }
func (p idleProbe) Handle(_ context.Context, r slog.Record) error {
	if r.Message == "imap watch: idling" {
		select {
		case p.idling <- struct{}{}:
		default:
		}
	}
	return nil
}

// dialWatcher dials the client under test and returns it with a channel
// that receives once each time it starts idling.
func dialWatcher(t *testing.T, s *testServer) (*mail.Client, <-chan struct{}) {
	t.Helper()
	probe := idleProbe{idling: make(chan struct{}, 1)}
	cfg := s.cfg
	cfg.Logger = slog.New(probe)
	c, err := mail.Dial(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Dial(%s) = %v", s.name, err)
	}
	t.Cleanup(func() { c.Close() })
	return c, probe.idling
}

// watchServer is a testServer for watching. With imapmemserver it also
// reports when the server side starts idling: imapserver writes IDLE's
// continuation before the session subscribes to updates, and an update
// queued in between is only sent with the next command. Dovecot has no
// such gap.
type watchServer struct {
	*testServer
	serverIdling chan struct{} // nil for Dovecot
}

// eachWatchServer runs f against imapmemserver and Dovecot.
func eachWatchServer(t *testing.T, f func(t *testing.T, s watchServer)) {
	t.Run("memserver", func(t *testing.T) {
		idling := make(chan struct{}, 1)
		s := startMemServer(t, withMemSession(func(sess imapserver.Session) imapserver.Session {
			return idleSession{SessionIMAP4rev2: sess.(imapserver.SessionIMAP4rev2), idling: idling}
		}))
		f(t, watchServer{s, idling})
	})
	t.Run("dovecot", func(t *testing.T) { f(t, watchServer{testServer: startDovecot(t)}) })
}

type idleSession struct {
	// imapserver refuses a session without NAMESPACE and MOVE when
	// they are advertised.
	imapserver.SessionIMAP4rev2
	idling chan<- struct{}
}

// Idle signals just before the tracker subscribes; the test needs a full
// login on another connection before its change, which takes far longer.
func (s idleSession) Idle(w *imapserver.UpdateWriter, stop <-chan struct{}) error {
	select {
	case s.idling <- struct{}{}:
	default:
	}
	return s.SessionIMAP4rev2.Idle(w, stop)
}

// awaitIdle waits until the client, and the server where it can tell,
// idle. WaitForChange returning instead is a failure.
func (s watchServer) awaitIdle(t *testing.T, clientIdling <-chan struct{}, res <-chan watchResult) {
	t.Helper()
	select {
	case <-clientIdling:
	case r := <-res:
		t.Fatalf("WaitForChange() = %v, %v before it started IDLE", r.changed, r.err)
	case <-time.After(watchDeadline):
		t.Fatalf("no IDLE within %v", watchDeadline)
	}
	if s.serverIdling != nil {
		await(t, s.serverIdling, "start of IDLE on the server")
	}
}

type watchResult struct {
	changed bool
	err     error
	at      time.Time
}

// watchAsync runs WaitForChange in a goroutine.
func watchAsync(ctx context.Context, c *mail.Client, mailbox string, check time.Duration) <-chan watchResult {
	res := make(chan watchResult, 1)
	go func() {
		changed, err := c.WaitForChange(ctx, mailbox, check)
		res <- watchResult{changed, err, time.Now()}
	}()
	return res
}

func await[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(watchDeadline):
		t.Fatalf("%s: nothing within %v", what, watchDeadline)
		panic("unreachable")
	}
}

// mustWatch calls WaitForChange and checks its result.
func mustWatch(t *testing.T, c *mail.Client, mailbox string, check time.Duration, want bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), watchDeadline)
	defer cancel()
	got, err := c.WaitForChange(ctx, mailbox, check)
	if err != nil || got != want {
		t.Fatalf("WaitForChange(%s, %v) = %v, %v; want %v, nil", mailbox, check, got, err, want)
	}
}

// deliverNow APPENDs watchMsg from another connection (for Dovecot through
// dovecottest.DeliverAt).
func (s *testServer) deliverNow(t *testing.T, mailbox string) {
	t.Helper()
	if s.dc != nil {
		s.dc.DeliverAt(t, mailbox, crlf(watchMsg), time.Time{})
		return
	}
	s.deliver(t, mailbox, watchMsg, time.Time{})
}

// TestWatchWakes: a change made by another connection while the client
// idles ends WaitForChange with true.
func TestWatchWakes(t *testing.T) {
	for _, tc := range []struct {
		name   string
		before bool // deliver a message before the watch starts
		change func(t *testing.T, s *testServer)
	}{
		{
			name:   "new message",
			change: func(t *testing.T, s *testServer) { s.deliverNow(t, "INBOX") },
		},
		{
			name:   "flag change",
			before: true,
			change: func(t *testing.T, s *testServer) { storeFlag(t, s, imap.FlagSeen, false) },
		},
		{
			name:   "expunge",
			before: true,
			change: func(t *testing.T, s *testServer) { storeFlag(t, s, imap.FlagDeleted, true) },
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			eachWatchServer(t, func(t *testing.T, s watchServer) {
				if tc.before {
					s.deliverNow(t, "INBOX")
				}
				c, idling := dialWatcher(t, s.testServer)
				mustWatch(t, c, "INBOX", time.Minute, true) // EXAMINE

				ctx, cancel := context.WithTimeout(context.Background(), watchDeadline)
				defer cancel()
				res := watchAsync(ctx, c, "INBOX", time.Minute)
				s.awaitIdle(t, idling, res)
				start := time.Now()
				tc.change(t, s.testServer)
				changed := time.Now()
				r := await(t, res, "WaitForChange")
				if r.err != nil || !r.changed {
					t.Fatalf("WaitForChange() = %v, %v; want true, nil", r.changed, r.err)
				}
				t.Logf("%s: woke %v after the change completed (%v after it began)",
					s.name, r.at.Sub(changed), r.at.Sub(start))
			})
		})
	}
}

// storeFlag sets flag on message 1 of INBOX from another connection, and
// expunges it when expunge is set.
func storeFlag(t *testing.T, s *testServer, flag imap.Flag, expunge bool) {
	t.Helper()
	c := s.login(t)
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	store := &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{flag}}
	if err := c.Store(imap.SeqSetNum(1), store, nil).Close(); err != nil {
		t.Fatalf("STORE: %v", err)
	}
	if expunge {
		if err := c.Expunge().Close(); err != nil {
			t.Fatalf("EXPUNGE: %v", err)
		}
	}
}

// TestWatchSequence: the results of successive calls on one Client.
func TestWatchSequence(t *testing.T) {
	eachServer(t, func(t *testing.T, s *testServer) {
		c, _ := dialWatcher(t, s)
		steps := []struct {
			name    string
			mailbox string
			check   time.Duration
			before  func(t *testing.T)
			want    bool
		}{
			{name: "first call examines", mailbox: "INBOX", check: time.Minute, want: true},
			{name: "quiet", mailbox: "INBOX", check: 300 * time.Millisecond, want: false},
			{name: "quiet again", mailbox: "INBOX", check: 300 * time.Millisecond, want: false},
			// Mail that arrives between two calls, while nothing
			// idles, is collected before IDLE starts.
			{name: "mail between calls", mailbox: "INBOX", check: time.Minute, want: true,
				before: func(t *testing.T) { s.deliverNow(t, "INBOX") }},
			{name: "quiet after mail", mailbox: "INBOX", check: 300 * time.Millisecond, want: false},
			// Mail in a mailbox not watched does not wake.
			{name: "mail elsewhere", mailbox: "INBOX", check: 300 * time.Millisecond, want: false,
				before: func(t *testing.T) { s.deliverNow(t, "Sent") }},
			// A mailbox not watched before: examine, report.
			{name: "other mailbox", mailbox: "Sent", check: time.Minute, want: true},
			{name: "other mailbox quiet", mailbox: "Sent", check: 300 * time.Millisecond, want: false},
			// Back to INBOX, which got mail while Sent was watched.
			{name: "back to INBOX", mailbox: "INBOX", check: time.Minute, want: true,
				before: func(t *testing.T) { s.deliverNow(t, "INBOX") }},
			// Sent again, unchanged since it was last examined: no
			// report, only IDLE.
			{name: "Sent unchanged", mailbox: "Sent", check: 300 * time.Millisecond, want: false},
			// The watching Client syncing another mailbox: INBOX is
			// examined again but unchanged, so no report.
			{name: "after a sync of Sent", mailbox: "inbox", check: 300 * time.Millisecond, want: false,
				before: func(t *testing.T) {
					if _, _, _, err := c.Summaries(context.Background(), "Sent", mail.Cursor{}, time.Time{}); err != nil {
						t.Fatal(err)
					}
				}},
		}
		for _, st := range steps {
			if st.before != nil {
				st.before(t)
			}
			ctx, cancel := context.WithTimeout(context.Background(), watchDeadline)
			start := time.Now()
			got, err := c.WaitForChange(ctx, st.mailbox, st.check)
			cancel()
			if err != nil || got != st.want {
				t.Fatalf("%s: WaitForChange(%s, %v) = %v, %v; want %v, nil", st.name, st.mailbox, st.check, got, err, st.want)
			}
			if !st.want && time.Since(start) < st.check {
				t.Errorf("%s: returned false after %v, before the check of %v", st.name, time.Since(start), st.check)
			}
		}

		_, err := c.WaitForChange(context.Background(), "No such box", time.Minute)
		if !errors.Is(err, mail.ErrNoMailbox) || mail.IsTemporary(err) {
			t.Fatalf("WaitForChange(missing mailbox) = %v, want permanent ErrNoMailbox", err)
		}
		// The Client is still usable, and INBOX is as it was.
		mustWatch(t, c, "INBOX", 300*time.Millisecond, false)
	})
}

// TestWatchCancel: ending ctx ends an idling WaitForChange at once.
func TestWatchCancel(t *testing.T) {
	eachWatchServer(t, func(t *testing.T, s watchServer) {
		c, idling := dialWatcher(t, s.testServer)
		mustWatch(t, c, "INBOX", time.Minute, true)

		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		res := watchAsync(ctx, c, "INBOX", time.Hour)
		s.awaitIdle(t, idling, res)
		start := time.Now()
		cancel()
		r := await(t, res, "WaitForChange after cancel")
		if !errors.Is(r.err, context.Canceled) || r.changed {
			t.Fatalf("WaitForChange() after cancel = %v, %v; want false, context.Canceled", r.changed, r.err)
		}
		t.Logf("%s: returned %v after cancel", s.name, r.at.Sub(start))
		if err := c.Noop(context.Background()); err == nil {
			t.Errorf("Noop() after a cancelled watch succeeded; the connection should be closed")
		}
	})
}

// TestWatchServerKilled: a server that dies under IDLE ends WaitForChange
// with a temporary error, without waiting for the check.
func TestWatchServerKilled(t *testing.T) {
	s := startDovecot(t)
	c, idling := dialWatcher(t, s)
	mustWatch(t, c, "INBOX", time.Minute, true)

	res := watchAsync(context.Background(), c, "INBOX", time.Hour)
	await(t, idling, "start of IDLE")
	start := time.Now()
	s.dc.Kill()
	r := await(t, res, "WaitForChange after kill")
	if r.err == nil || !mail.IsTemporary(r.err) || !errors.Is(r.err, mail.ErrConnection) {
		t.Fatalf("WaitForChange() on a killed server = %v, %v; want a temporary ErrConnection", r.changed, r.err)
	}
	t.Logf("error %v after kill: %v", r.at.Sub(start), r.err)
}

// TestWatchDeadPeer: a peer that stops answering without closing (a
// laptop that slept, a NAT that forgot the flow) is given up on after the
// answer timeout, with a temporary error, whether it vanished during IDLE
// (DONE goes unanswered at the check) or between calls (NOOP does).
func TestWatchDeadPeer(t *testing.T) {
	mail.SetWatchAnswerTimeout(t, 200*time.Millisecond)
	for _, tc := range []struct {
		name        string
		whileIdling bool
	}{
		{"while idling", true},
		{"between calls", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			eachWatchServer(t, func(t *testing.T, s watchServer) {
				proxy := startFreezeProxy(t, net.JoinHostPort(s.cfg.Host, strconv.Itoa(s.cfg.Port)))
				s.cfg.Host, s.cfg.Port = proxy.host, proxy.port
				c, idling := dialWatcher(t, s.testServer)
				mustWatch(t, c, "INBOX", time.Minute, true)

				ctx, cancel := context.WithTimeout(context.Background(), watchDeadline)
				defer cancel()
				if !tc.whileIdling {
					proxy.freeze()
				}
				start := time.Now()
				res := watchAsync(ctx, c, "INBOX", 300*time.Millisecond)
				if tc.whileIdling {
					s.awaitIdle(t, idling, res)
					proxy.freeze()
				}
				r := await(t, res, "WaitForChange")
				if r.err == nil || !mail.IsTemporary(r.err) || !errors.Is(r.err, mail.ErrConnection) {
					t.Fatalf("WaitForChange() to a silent peer = %v, %v; want a temporary ErrConnection", r.changed, r.err)
				}
				t.Logf("%s: gave up after %v: %v", s.name, r.at.Sub(start), r.err)
			})
		})
	}
}

// freezeProxy forwards TCP to a server until freeze, after which it keeps
// both connections open but forwards nothing: a peer gone silent.
type freezeProxy struct {
	host   string
	port   int
	frozen atomic.Bool
}

func startFreezeProxy(t *testing.T, backend string) *freezeProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &freezeProxy{host: "127.0.0.1", port: ln.Addr().(*net.TCPAddr).Port}
	var (
		mu    sync.Mutex
		conns []net.Conn
	)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			b, err := net.Dial("tcp", backend)
			if err != nil {
				c.Close()
				continue
			}
			mu.Lock()
			conns = append(conns, c, b)
			mu.Unlock()
			go p.pipe(b, c)
			go p.pipe(c, b)
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	return p
}

func (p *freezeProxy) freeze() { p.frozen.Store(true) }

func (p *freezeProxy) pipe(dst, src net.Conn) {
	defer dst.Close()
	buf := make([]byte, 32*1024)
	for {
		n, err := src.Read(buf)
		if n > 0 && !p.frozen.Load() {
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

// TestWatchNoIdle: without IDLE, WaitForChange returns ErrNoIdle at once
// and the caller polls.
func TestWatchNoIdle(t *testing.T) {
	s := startMemServerWithoutIdle(t)
	c := s.dial(t)
	if c.Caps().Idle() {
		t.Fatalf("server advertises IDLE: %s", c.Caps())
	}
	changed, err := c.WaitForChange(context.Background(), "INBOX", time.Minute)
	if !errors.Is(err, mail.ErrNoIdle) || changed || mail.IsTemporary(err) {
		t.Fatalf("WaitForChange() without IDLE = %v, %v; want false, permanent ErrNoIdle", changed, err)
	}
	if err := c.Noop(context.Background()); err != nil {
		t.Fatalf("Noop() after ErrNoIdle = %v; the connection should be untouched", err)
	}
}

// startMemServerWithoutIdle is imapmemserver with IDLE struck from every
// capability list it sends (imapserver always advertises IDLE).
func startMemServerWithoutIdle(t *testing.T) *testServer {
	t.Helper()
	const user, pass = "alice", "correct horse"
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(user, pass)
	if err := u.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	mem.AddUser(u)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}},
		InsecureAuth: true,
		Logger:       testLogger{t},
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(noIdleListener{ln})
	t.Cleanup(func() { srv.Close() })
	return &testServer{
		name: "memserver without IDLE",
		cfg: mail.DialConfig{
			Host:     "127.0.0.1",
			Port:     ln.Addr().(*net.TCPAddr).Port,
			Security: mail.SecurityNone,
			Username: user,
			Password: staticPassword(pass),
		},
		mem: u,
	}
}

type noIdleListener struct{ net.Listener }

func (l noIdleListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return noIdleConn{c}, nil
}

type noIdleConn struct{ net.Conn }

// Write relies on imapserver writing each response line in one call,
// which its buffered writer does for lines this short.
func (c noIdleConn) Write(p []byte) (int, error) {
	if !bytes.Contains(p, []byte("CAPABILITY")) {
		return c.Conn.Write(p)
	}
	if _, err := c.Conn.Write(bytes.ReplaceAll(p, []byte(" IDLE"), nil)); err != nil {
		return 0, err
	}
	return len(p), nil
}
