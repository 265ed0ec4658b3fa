package dovecottest_test

import (
	"bytes"
	"crypto/tls"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/followupd/followupd/internal/dovecottest"
)

const testMessage = "From: a@example.com\r\nTo: b@example.com\r\nSubject: hello\r\nMessage-ID: <1@example.com>\r\n\r\nbody\r\n"

func TestDovecotStart(t *testing.T) {
	s := dovecottest.Start(t)
	if s.Port == 0 || s.TLSPort != 0 || s.CertPool != nil {
		t.Fatalf("Start() = port %d, TLS port %d, pool %v; want a plain-only server", s.Port, s.TLSPort, s.CertPool)
	}

	c := s.Login(t)
	list, err := c.List("", "*", &imap.ListOptions{ReturnSpecialUse: true}).Collect()
	if err != nil {
		t.Fatalf("LIST: %v", err)
	}
	got := map[string][]imap.MailboxAttr{}
	for _, m := range list {
		got[m.Mailbox] = m.Attrs
	}
	for _, tc := range []struct {
		mailbox string
		attr    imap.MailboxAttr
	}{
		{"INBOX", ""},
		{"Drafts", imap.MailboxAttrDrafts},
		{"Sent", imap.MailboxAttrSent},
		{"Trash", imap.MailboxAttrTrash},
	} {
		attrs, ok := got[tc.mailbox]
		if !ok {
			t.Errorf("mailbox %s missing from LIST %v", tc.mailbox, got)
			continue
		}
		if tc.attr != "" && !slices.Contains(attrs, tc.attr) {
			t.Errorf("mailbox %s attrs = %v, want %s", tc.mailbox, attrs, tc.attr)
		}
	}

	uid := s.Deliver(t, "INBOX", []byte(testMessage))
	if uid != 1 {
		t.Errorf("Deliver() uid = %d, want 1", uid)
	}
	entries, err := maildirFiles(s.MaildirPath())
	if err != nil {
		t.Fatalf("read Maildir: %v", err)
	}
	if len(entries) != 1 {
		t.Fatalf("Maildir has %d messages, want 1", len(entries))
	}
	b, err := os.ReadFile(entries[0])
	if err != nil {
		t.Fatal(err)
	}
	// Maildir stores lines with LF endings.
	if want := strings.ReplaceAll(testMessage, "\r\n", "\n"); !bytes.Equal(b, []byte(want)) {
		t.Errorf("stored message = %q, want %q", b, want)
	}
}

func TestDovecotWrongPassword(t *testing.T) {
	s := dovecottest.Start(t)
	c, err := imapclient.DialInsecure(s.Addr(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	err = c.Login(s.User, "not-"+s.Password).Wait()
	if err == nil {
		t.Fatal("LOGIN with a wrong password succeeded")
	}
}

func TestDovecotTLS(t *testing.T) {
	s := dovecottest.Start(t, dovecottest.WithTLS())
	if s.TLSPort == 0 || s.CertPool == nil {
		t.Fatalf("WithTLS: TLS port %d, pool %v", s.TLSPort, s.CertPool)
	}
	for _, tc := range []struct {
		name string
		dial func() (*imapclient.Client, error)
	}{
		{"implicit", func() (*imapclient.Client, error) {
			return imapclient.DialTLS(s.TLSAddr(), &imapclient.Options{TLSConfig: s.TLSConfig()})
		}},
		{"starttls", func() (*imapclient.Client, error) {
			return imapclient.DialStartTLS(s.Addr(), &imapclient.Options{TLSConfig: s.TLSConfig()})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := tc.dial()
			if err != nil {
				t.Fatalf("dial: %v", err)
			}
			defer c.Close()
			if err := c.Login(s.User, s.Password).Wait(); err != nil {
				t.Fatalf("login: %v", err)
			}
		})
	}

	t.Run("untrusted", func(t *testing.T) {
		c, err := imapclient.DialTLS(s.TLSAddr(), &imapclient.Options{TLSConfig: &tls.Config{ServerName: s.Host}})
		if err == nil {
			c.Close()
			t.Fatal("implicit TLS with system roots succeeded against a self-signed certificate")
		}
	})
}

func TestDovecotRestart(t *testing.T) {
	s := dovecottest.Start(t)
	s.Deliver(t, "INBOX", []byte(testMessage))
	port := s.Port

	c := s.Login(t)
	s.Kill()
	if err := c.Noop().Wait(); err == nil {
		t.Error("NOOP succeeded on a connection to a killed server")
	}

	s.Restart()
	if s.Port != port {
		t.Errorf("port after restart = %d, want %d", s.Port, port)
	}
	c = s.Login(t)
	sel, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatalf("EXAMINE after restart: %v", err)
	}
	if sel.NumMessages != 1 {
		t.Errorf("INBOX after restart has %d messages, want 1", sel.NumMessages)
	}

	s.Stop()
	s.Stop() // idempotent
	if _, err := imapclient.DialInsecure(s.Addr(), &imapclient.Options{}); err == nil {
		// A connection can be accepted by nobody only if the port is
		// open; after Stop it must be closed.
		t.Error("dial succeeded after Stop")
	}
	s.Restart()
	s.Login(t)
}

func TestDovecotDeliverAt(t *testing.T) {
	s := dovecottest.Start(t)
	old := time.Date(2020, 3, 4, 10, 0, 0, 0, time.UTC)
	uid := s.DeliverAt(t, "Sent", []byte(testMessage), old, imap.FlagSeen)

	c := s.Login(t)
	if _, err := c.Select("Sent", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		t.Fatal(err)
	}
	msgs, err := c.Fetch(imap.UIDSetNum(imap.UID(uid)), &imap.FetchOptions{InternalDate: true, Flags: true}).Collect()
	if err != nil || len(msgs) != 1 {
		t.Fatalf("FETCH: %v, %d messages", err, len(msgs))
	}
	if !msgs[0].InternalDate.Equal(old) {
		t.Errorf("INTERNALDATE = %v, want %v", msgs[0].InternalDate, old)
	}
	if !slices.Contains(msgs[0].Flags, imap.FlagSeen) {
		t.Errorf("flags = %v, want \\Seen", msgs[0].Flags)
	}
}

// maildirFiles lists the messages of a Maildir folder: Dovecot puts an
// APPENDed message without flags in new/, one with flags in cur/.
func maildirFiles(dir string) ([]string, error) {
	var files []string
	for _, sub := range []string{"new", "cur"} {
		entries, err := os.ReadDir(filepath.Join(dir, sub))
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			files = append(files, filepath.Join(dir, sub, e.Name()))
		}
	}
	return files, nil
}

func TestDovecotMailboxes(t *testing.T) {
	s := dovecottest.Start(t, dovecottest.WithMailboxes(
		dovecottest.Mailbox{Name: "Entwürfe", SpecialUse: `\Drafts`},
		dovecottest.Mailbox{Name: "Sent Items"},
	))
	list, err := s.Login(t).List("", "*", &imap.ListOptions{ReturnSpecialUse: true}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]imap.MailboxAttr{}
	for _, m := range list {
		got[m.Mailbox] = m.Attrs
	}
	if len(got) != 3 {
		t.Errorf("LIST = %v, want INBOX, Entwürfe, Sent Items", got)
	}
	if !slices.Contains(got["Entwürfe"], imap.MailboxAttrDrafts) {
		t.Errorf("Entwürfe attrs = %v, want \\Drafts", got["Entwürfe"])
	}
	if attrs, ok := got["Sent Items"]; !ok || slices.Contains(attrs, imap.MailboxAttrSent) {
		t.Errorf("Sent Items attrs = %v (present %v), want no \\Sent", attrs, ok)
	}
}

// fakeTB records how Start gives up. Skip and Fatal end the goroutine as
// the real ones do.
type fakeTB struct {
	testing.TB
	skipped, failed bool
}

func (f *fakeTB) Helper()                      {}
func (f *fakeTB) Skip(args ...any)             { f.skipped = true; runtime.Goexit() }
func (f *fakeTB) Fatal(args ...any)            { f.failed = true; runtime.Goexit() }
func (f *fakeTB) Fatalf(string, ...any)        { f.failed = true; runtime.Goexit() }
func (f *fakeTB) Skipf(string, ...any)         { f.skipped = true; runtime.Goexit() }
func (f *fakeTB) Cleanup(func())               {}
func (f *fakeTB) Logf(format string, a ...any) {}

func TestDovecotMissing(t *testing.T) {
	for _, tc := range []struct {
		name     string
		ci       string
		wantSkip bool
	}{
		{"developer machine", "", true},
		{"ci", "true", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("DOVECOT", filepath.Join(t.TempDir(), "no-dovecot"))
			t.Setenv("CI", tc.ci)
			f := &fakeTB{TB: t}
			done := make(chan struct{})
			go func() {
				defer close(done)
				dovecottest.Start(f)
			}()
			<-done
			if f.skipped != tc.wantSkip || f.failed == tc.wantSkip {
				t.Errorf("Start() skipped %v, failed %v; want skipped %v", f.skipped, f.failed, tc.wantSkip)
			}
		})
	}
}
