package dovecottest

import (
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// Login returns an IMAP client logged in as the test user over the plain
// port, closed at cleanup. Tests use it to arrange state that followupd
// itself must never produce (DELETE, CREATE, STORE) and to check the
// results.
func (s *Server) Login(t testing.TB) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(s.Addr(), nil)
	if err != nil {
		t.Fatalf("dovecottest: dial %s: %v", s.Addr(), err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.Login(s.User, s.Password).Wait(); err != nil {
		t.Fatalf("dovecottest: login: %v", err)
	}
	return c
}

// Deliver adds raw to mailbox (APPEND, no flags, INTERNALDATE now) and
// returns its UID.
func (s *Server) Deliver(t testing.TB, mailbox string, raw []byte) uint32 {
	t.Helper()
	return s.DeliverAt(t, mailbox, raw, time.Time{})
}

// DeliverAt is Deliver with an INTERNALDATE; the zero time means now. An
// old date puts the message outside a SINCE window (RFC 3501 §6.4.4
// compares SINCE with the internal date).
func (s *Server) DeliverAt(t testing.TB, mailbox string, raw []byte, internalDate time.Time, flags ...imap.Flag) uint32 {
	t.Helper()
	c := s.Login(t)
	defer c.Logout()
	cmd := c.Append(mailbox, int64(len(raw)), &imap.AppendOptions{Time: internalDate, Flags: flags})
	if _, err := cmd.Write(raw); err != nil {
		t.Fatalf("dovecottest: append to %s: %v", mailbox, err)
	}
	if err := cmd.Close(); err != nil {
		t.Fatalf("dovecottest: append to %s: %v", mailbox, err)
	}
	data, err := cmd.Wait()
	if err != nil {
		t.Fatalf("dovecottest: append to %s: %v", mailbox, err)
	}
	return uint32(data.UID)
}
