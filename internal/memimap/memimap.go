// Package memimap runs go-imap's in-memory IMAP server on a loopback port,
// for the demo and for fast tests. It is a real IMAP peer on a real socket:
// followupd talks to it exactly as it talks to Dovecot.
package memimap

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"net"
	"strconv"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// Server is a running in-memory IMAP server with one user.
type Server struct {
	Host     string
	Port     int
	Username string
	Password string

	user *imapmemserver.User
	srv  *imapserver.Server
	ln   net.Listener
}

// Start listens on 127.0.0.1 on a free port with one user owning INBOX,
// Drafts, Sent and Trash. errorLog receives the server's own complaints;
// nil discards them.
func Start(username, password string, errorLog *log.Logger) (*Server, error) {
	mem := imapmemserver.New()
	user := imapmemserver.NewUser(username, password)
	for _, name := range []string{"INBOX", "Drafts", "Sent", "Trash"} {
		if err := user.Create(name, nil); err != nil {
			return nil, fmt.Errorf("create %s: %w", name, err)
		}
	}
	mem.AddUser(user)
	if errorLog == nil {
		errorLog = log.New(discard{}, "", 0)
	}
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps: imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}},
		// Plain-text LOGIN is acceptable here only because the listener is
		// loopback-only and the password is a throwaway.
		InsecureAuth: true,
		Logger:       errorLog,
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("listen: %w", err)
	}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, net.ErrClosed) {
			errorLog.Printf("imap server: %v", err)
		}
	}()
	host, port, _ := net.SplitHostPort(ln.Addr().String())
	p, _ := strconv.Atoi(port)
	return &Server{Host: host, Port: p, Username: username, Password: password, user: user, srv: srv, ln: ln}, nil
}

// Deliver appends raw to mailbox with the given internal date, as a mail
// server's delivery agent would.
func (s *Server) Deliver(mailbox string, raw []byte, date time.Time) error {
	_, err := s.user.Append(mailbox, bytes.NewReader(raw), &imap.AppendOptions{Time: date})
	if err != nil {
		return fmt.Errorf("deliver to %s: %w", mailbox, err)
	}
	return nil
}

// Close stops the server.
func (s *Server) Close() error {
	return s.srv.Close()
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// Recreate deletes mailbox with its messages and creates it again empty,
// which gives it a new UIDVALIDITY (RFC 3501 §2.3.1.1): what a client sees
// when a server rebuilds its index.
func (s *Server) Recreate(mailbox string) error {
	if err := s.user.Delete(mailbox); err != nil {
		return fmt.Errorf("delete %s: %w", mailbox, err)
	}
	if err := s.user.Create(mailbox, nil); err != nil {
		return fmt.Errorf("create %s: %w", mailbox, err)
	}
	return nil
}
