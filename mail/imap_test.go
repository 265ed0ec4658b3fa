package mail_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/followupd/followupd/internal/dovecottest"
	"github.com/followupd/followupd/mail"
)

func TestDialRefusesPlaintext(t *testing.T) {
	called := false
	pw := func(context.Context) (string, error) { called = true; return "secret", nil }
	for _, tc := range []struct {
		name string
		cfg  mail.DialConfig
		want error
	}{
		{"remote name", mail.DialConfig{Host: "imap.example.com", Security: mail.SecurityNone}, mail.ErrPlaintext},
		{"remote IPv4", mail.DialConfig{Host: "192.0.2.1", Port: 143, Security: mail.SecurityNone}, mail.ErrPlaintext},
		{"remote IPv6", mail.DialConfig{Host: "2001:db8::1", Security: mail.SecurityNone}, mail.ErrPlaintext},
		{"name that looks local", mail.DialConfig{Host: "localhost.example.com", Security: mail.SecurityNone}, mail.ErrPlaintext},
		{"empty host", mail.DialConfig{Security: mail.SecurityTLS}, mail.ErrConfig},
		{"bad security", mail.DialConfig{Host: "127.0.0.1", Security: "ssl"}, mail.ErrConfig},
		{"bad auth", mail.DialConfig{Host: "127.0.0.1", Auth: "cram-md5"}, mail.ErrConfig},
		{"bad port", mail.DialConfig{Host: "127.0.0.1", Port: 70000}, mail.ErrConfig},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.cfg.Username = "alice"
			tc.cfg.Password = pw
			// A context that is already done: any attempt to reach the
			// network would fail with context.Canceled instead.
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			c, err := mail.Dial(ctx, tc.cfg)
			if c != nil {
				c.Close()
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("Dial() = %v, want %v", err, tc.want)
			}
			if mail.IsTemporary(err) {
				t.Errorf("IsTemporary(%v) = true", err)
			}
			if called {
				t.Error("the password was asked for")
			}
		})
	}
}

func TestDialMemserver(t *testing.T) {
	s := startMemServer(t)

	t.Run("none on loopback", func(t *testing.T) {
		c := s.dial(t)
		if err := c.Noop(context.Background()); err != nil {
			t.Fatalf("Noop() = %v", err)
		}
		if !c.Caps().UIDPlus() || !c.Caps().Has("imap4rev1") {
			t.Errorf("Caps() = %s, want UIDPLUS and IMAP4rev1", c.Caps())
		}
		if err := c.Close(); err != nil {
			t.Errorf("Close() = %v", err)
		}
	})

	// 0.0.0.0 is not a loopback address, but on Linux connecting to it
	// reaches the local listener: plaintext needs AllowPlaintext there.
	t.Run("allow plaintext", func(t *testing.T) {
		cfg := s.cfg
		cfg.Host = "0.0.0.0"
		if _, err := mail.Dial(context.Background(), cfg); !errors.Is(err, mail.ErrPlaintext) {
			t.Fatalf("Dial(0.0.0.0) = %v, want ErrPlaintext", err)
		}
		cfg.AllowPlaintext = true
		c, err := mail.Dial(context.Background(), cfg)
		if err != nil {
			t.Skipf("Dial(0.0.0.0) with AllowPlaintext = %v; this system does not route 0.0.0.0 locally", err)
		}
		c.Close()
	})

	t.Run("password per dial, never logged", func(t *testing.T) {
		var logs bytes.Buffer
		cfg := s.cfg
		cfg.Logger = slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
		calls := 0
		cfg.Password = func(ctx context.Context) (string, error) {
			calls++
			return s.cfg.Password(ctx)
		}
		for range 2 {
			c, err := mail.Dial(context.Background(), cfg)
			if err != nil {
				t.Fatal(err)
			}
			c.Close()
		}
		if calls != 2 {
			t.Errorf("Password called %d times for 2 dials", calls)
		}
		pw, _ := s.cfg.Password(context.Background())
		if logs.Len() == 0 || strings.Contains(logs.String(), pw) {
			t.Errorf("debug log is empty or contains the password:\n%s", logs.String())
		}
	})

	t.Run("wrong password", func(t *testing.T) {
		cfg := s.cfg
		cfg.Password = staticPassword("wrong")
		_, err := mail.Dial(context.Background(), cfg)
		if !errors.Is(err, mail.ErrAuth) || mail.IsTemporary(err) {
			t.Fatalf("Dial() = %v (temporary %v), want ErrAuth, permanent", err, mail.IsTemporary(err))
		}
	})

	t.Run("password error", func(t *testing.T) {
		cfg := s.cfg
		boom := errors.New("keyring locked")
		cfg.Password = func(context.Context) (string, error) { return "", boom }
		_, err := mail.Dial(context.Background(), cfg)
		if !errors.Is(err, boom) {
			t.Fatalf("Dial() = %v, want %v", err, boom)
		}
	})

	t.Run("connection refused", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		cfg := s.cfg
		cfg.Port = ln.Addr().(*net.TCPAddr).Port
		ln.Close()
		_, err = mail.Dial(context.Background(), cfg)
		if err == nil || !mail.IsTemporary(err) {
			t.Fatalf("Dial() = %v, want a temporary error", err)
		}
	})
}

func TestDialContext(t *testing.T) {
	host, port := silentListener(t)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := mail.Dial(ctx, mail.DialConfig{
		Host: host, Port: port, Security: mail.SecurityNone,
		Username: "alice", Password: staticPassword("x"),
	})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Dial() = %v, want context.DeadlineExceeded", err)
	}
	if !mail.IsTemporary(err) {
		t.Errorf("IsTemporary(%v) = false", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Dial took %v after its deadline of 100ms", d)
	}
}

// TestIMAPContextClosesClient: an operation whose ctx ends while the server is
// silent returns ctx's error and leaves the Client closed.
func TestIMAPContextClosesClient(t *testing.T) {
	s := startMemServer(t)
	c := s.dial(t)
	s.rec.stall("UID SEARCH")
	s.deliver(t, "INBOX", simpleMessage("<a@example.com>", "hi"), time.Time{})

	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, _, _, err := c.Summaries(ctx, "INBOX", mail.Cursor{}, time.Time{})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Summaries() = %v, want context.DeadlineExceeded", err)
	}
	if err := c.Noop(context.Background()); err == nil || !mail.IsTemporary(err) {
		t.Errorf("Noop() after cancellation = %v, want a temporary error", err)
	}

	cctx, ccancel := context.WithCancel(context.Background())
	ccancel()
	if err := c.Noop(cctx); !errors.Is(err, context.Canceled) || mail.IsTemporary(err) {
		t.Errorf("Noop(cancelled) = %v, want context.Canceled, not temporary", err)
	}
}

func TestDialDovecot(t *testing.T) {
	dc := dovecottest.Start(t, dovecottest.WithTLS())
	base := mail.DialConfig{
		Host:      dc.Host,
		Username:  dc.User,
		Password:  staticPassword(dc.Password),
		TLSConfig: &tls.Config{RootCAs: dc.CertPool},
	}
	for _, tc := range []struct {
		name    string
		edit    func(*mail.DialConfig)
		wantErr error // nil: success
		temp    bool
	}{
		{"tls", func(c *mail.DialConfig) { c.Security, c.Port = mail.SecurityTLS, dc.TLSPort }, nil, false},
		{"starttls", func(c *mail.DialConfig) { c.Security, c.Port = mail.SecurityStartTLS, dc.Port }, nil, false},
		{"none on loopback", func(c *mail.DialConfig) { c.Security, c.Port = mail.SecurityNone, dc.Port }, nil, false},
		{"auth login", func(c *mail.DialConfig) {
			c.Security, c.Port, c.Auth = mail.SecurityTLS, dc.TLSPort, mail.AuthLogin
		}, nil, false},
		{"auth plain", func(c *mail.DialConfig) {
			c.Security, c.Port, c.Auth = mail.SecurityStartTLS, dc.Port, mail.AuthPlain
		}, nil, false},
		{"wrong password", func(c *mail.DialConfig) {
			c.Security, c.Port = mail.SecurityTLS, dc.TLSPort
			c.Password = staticPassword("wrong")
		}, mail.ErrAuth, false},
		{"wrong password with login", func(c *mail.DialConfig) {
			c.Security, c.Port, c.Auth = mail.SecurityNone, dc.Port, mail.AuthLogin
			c.Password = staticPassword("wrong")
		}, mail.ErrAuth, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := base
			tc.edit(&cfg)
			c, err := mail.Dial(context.Background(), cfg)
			if tc.wantErr == nil {
				if err != nil {
					t.Fatalf("Dial() = %v", err)
				}
				defer c.Close()
				if err := c.Noop(context.Background()); err != nil {
					t.Errorf("Noop() = %v", err)
				}
				if !c.Caps().Idle() || !c.Caps().CondStore() || !c.Caps().SpecialUse() {
					t.Errorf("Caps() = %s, want IDLE, CONDSTORE, SPECIAL-USE", c.Caps())
				}
				return
			}
			if c != nil {
				c.Close()
			}
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Dial() = %v, want %v", err, tc.wantErr)
			}
			if got := mail.IsTemporary(err); got != tc.temp {
				t.Errorf("IsTemporary(%v) = %v, want %v", err, got, tc.temp)
			}
		})
	}

	// Certificate and protocol mismatches are configuration errors.
	for _, tc := range []struct {
		name string
		edit func(*mail.DialConfig)
	}{
		{"untrusted certificate", func(c *mail.DialConfig) {
			c.Security, c.Port, c.TLSConfig = mail.SecurityTLS, dc.TLSPort, nil
		}},
		{"untrusted certificate starttls", func(c *mail.DialConfig) {
			c.Security, c.Port, c.TLSConfig = mail.SecurityStartTLS, dc.Port, nil
		}},
		{"wrong name", func(c *mail.DialConfig) {
			c.Security, c.Port = mail.SecurityTLS, dc.TLSPort
			c.TLSConfig = &tls.Config{RootCAs: dc.CertPool, ServerName: "imap.example.com"}
		}},
		{"tls to the plain port", func(c *mail.DialConfig) { c.Security, c.Port = mail.SecurityTLS, dc.Port }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := base
			tc.edit(&cfg)
			c, err := mail.Dial(context.Background(), cfg)
			if err == nil {
				c.Close()
				t.Fatal("Dial() succeeded")
			}
			if mail.IsTemporary(err) {
				t.Errorf("IsTemporary(%v) = true, want false", err)
			}
		})
	}
}

// TestDovecotKilled: a server that dies under an open connection gives
// temporary errors, and a new Dial works once it is back.
func TestDovecotKilled(t *testing.T) {
	s := startDovecot(t)
	c := s.dial(t)
	s.dc.Kill()
	err := c.Noop(context.Background())
	if err == nil || !mail.IsTemporary(err) || !errors.Is(err, mail.ErrConnection) {
		t.Fatalf("Noop() on a killed server = %v, want temporary ErrConnection", err)
	}
	_, err = mail.Dial(context.Background(), s.cfg)
	if err == nil || !mail.IsTemporary(err) {
		t.Fatalf("Dial() to a stopped server = %v, want a temporary error", err)
	}
	s.dc.Restart()
	c = s.dial(t)
	if err := c.Noop(context.Background()); err != nil {
		t.Fatalf("Noop() after restart = %v", err)
	}
}

func TestIMAPIsTemporary(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"auth", fmt.Errorf("login as bob: %w", mail.ErrAuth), false},
		{"no mailbox", fmt.Errorf("examine X: %w", mail.ErrNoMailbox), false},
		{"plaintext", mail.ErrPlaintext, false},
		{"config", mail.ErrConfig, false},
		{"uidvalidity", mail.ErrUIDValidity, false},
		{"connection", fmt.Errorf("fetch INBOX: %w", mail.ErrConnection), true},
		{"eof", io.EOF, true},
		{"unexpected eof", fmt.Errorf("x: %w", io.ErrUnexpectedEOF), true},
		{"reset", &net.OpError{Op: "read", Net: "tcp", Err: syscall.ECONNRESET}, true},
		{"refused", &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}, true},
		{"dns", &net.DNSError{Err: "no such host", Name: "imap.example.com", IsNotFound: true}, true},
		{"deadline", context.DeadlineExceeded, true},
		{"canceled", context.Canceled, false},
		{"unavailable", &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeUnavailable}, true},
		{"inuse", &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeInUse}, true},
		{"limit", &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeLimit}, true},
		{"throttled", &imap.Error{Type: imap.StatusResponseTypeNo, Code: "THROTTLED"}, true},
		{"bye", &imap.Error{Type: imap.StatusResponseTypeBye, Text: "shutting down"}, true},
		{"overquota", &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeOverQuota}, false},
		{"bad", &imap.Error{Type: imap.StatusResponseTypeBad, Text: "parse error"}, false},
		{"plain no", &imap.Error{Type: imap.StatusResponseTypeNo, Text: "no"}, false},
		{"tls record", fmt.Errorf("tls handshake: %w", tls.RecordHeaderError{Msg: "not tls"}), false},
		{"tls verify", &tls.CertificateVerificationError{Err: errors.New("x509: unknown authority")}, false},
		{"unknown", errors.New("something"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mail.IsTemporary(tc.err); got != tc.want {
				t.Errorf("IsTemporary(%v) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
}
