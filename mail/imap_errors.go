package mail

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"

	"github.com/emersion/go-imap/v2"
)

// Errors callers branch on. Each is wrapped with what was being done, e.g.
// "examine Drafts2: no such mailbox".
var (
	// ErrAuth: the server rejected the credentials, or forbids the chosen
	// method. Permanent: retrying with the same password will not help
	// and may lock the account.
	ErrAuth = errors.New("authentication failed")
	// ErrNoMailbox: the mailbox does not exist (RFC 5530 NONEXISTENT,
	// RFC 3501 TRYCREATE) or no mailbox with the wanted role was found.
	ErrNoMailbox = errors.New("no such mailbox")
	// ErrPlaintext: SecurityNone to a host that is not loopback, without
	// AllowPlaintext. Dial returns it before any network I/O.
	ErrPlaintext = errors.New("refusing plaintext IMAP to a non-loopback host")
	// ErrConfig: the DialConfig is incomplete or invalid.
	ErrConfig = errors.New("invalid imap configuration")
	// ErrConnection: the connection broke (reset, EOF, BYE, timeout, or
	// a response go-imap could not parse, after which it closes the
	// connection). Temporary: dial again.
	ErrConnection = errors.New("imap connection lost")
	// ErrUIDValidity: the mailbox's UIDVALIDITY is not the one Summaries
	// saw, so the UIDs the caller holds name other messages now
	// (RFC 3501 §2.3.1.1). Sync again from a reset cursor.
	ErrUIDValidity = errors.New("uidvalidity changed")
)

// IsTemporary reports whether err may go away by itself, so that the
// operation is worth retrying later with backoff: network errors, timeouts,
// a dropped connection, and servers that say they are busy (RFC 5530
// UNAVAILABLE, INUSE, LIMIT; Gmail's THROTTLED). Authentication failures,
// missing mailboxes, configuration errors, TLS certificate problems and
// any other NO or BAD are permanent: repeating the same request gets the
// same answer. nil and context cancellation are not temporary; a deadline
// is.
func IsTemporary(err error) bool {
	if err == nil {
		return false
	}
	for _, perm := range []error{ErrAuth, ErrNoMailbox, ErrPlaintext, ErrConfig, ErrUIDValidity, context.Canceled} {
		if errors.Is(err, perm) {
			return false
		}
	}
	if isCertError(err) {
		return false
	}
	var imapErr *imap.Error
	if errors.As(err, &imapErr) {
		return temporaryCode(imapErr)
	}
	if errors.Is(err, ErrConnection) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	return isConnectionError(err)
}

// temporaryCode classifies a tagged NO/BAD or an untagged BYE.
func temporaryCode(e *imap.Error) bool {
	if e.Type == imap.StatusResponseTypeBye {
		// BYE at greeting or mid-session: overloaded or shutting down.
		return true
	}
	switch strings.ToUpper(string(e.Code)) {
	case string(imap.ResponseCodeUnavailable), // RFC 5530 §3
		string(imap.ResponseCodeInUse),
		string(imap.ResponseCodeLimit),
		string(imap.ResponseCodeServerBug),
		"THROTTLED": // Gmail
		return true
	}
	return false
}

// isCertError reports TLS failures that a retry cannot fix: an untrusted
// or mismatched certificate, or a peer that does not speak TLS at all.
func isCertError(err error) bool {
	var (
		verr   *tls.CertificateVerificationError
		uaerr  x509.UnknownAuthorityError
		herr   x509.HostnameError
		cierr  x509.CertificateInvalidError
		rhErr  tls.RecordHeaderError
		alertE tls.AlertError
	)
	return errors.As(err, &verr) || errors.As(err, &uaerr) || errors.As(err, &herr) ||
		errors.As(err, &cierr) || errors.As(err, &rhErr) || errors.As(err, &alertE)
}

// isConnectionError reports errors of the transport: the ones net and io
// return, and DNS failures (a laptop without network fails lookups, and a
// typo in the host is caught by `followupd check`, not by giving up).
func isConnectionError(err error) bool {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) ||
		errors.Is(err, io.ErrClosedPipe) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, syscall.ETIMEDOUT) || errors.Is(err, syscall.EHOSTUNREACH) ||
		errors.Is(err, syscall.ENETUNREACH) {
		return true
	}
	var netErr net.Error
	if errors.As(err, &netErr) {
		return true
	}
	var dnsErr *net.DNSError
	var opErr *net.OpError
	return errors.As(err, &dnsErr) || errors.As(err, &opErr)
}

// wrapIMAPError turns what a go-imap command returned into our error shape.
// A tagged NO or BAD stays an *imap.Error. Anything else means the
// connection is gone: go-imap closes it on every read or parse error and
// fails all pending commands, often with an error flattened to text, so the
// only reliable reading is "not a server answer, hence a broken
// connection".
func wrapIMAPError(err error) error {
	if err == nil {
		return nil
	}
	var imapErr *imap.Error
	if errors.As(err, &imapErr) {
		if imapErr.Type == imap.StatusResponseTypeBye {
			return fmt.Errorf("%w: %w", ErrConnection, err)
		}
		return err
	}
	if isCertError(err) {
		return err
	}
	return fmt.Errorf("%w: %w", ErrConnection, err)
}

// authError maps a failed LOGIN/AUTHENTICATE: NO is a rejection (ErrAuth)
// unless the server says the failure is its own (UNAVAILABLE: the auth
// backend is down, RFC 5530 §3).
func authError(err error) error {
	var imapErr *imap.Error
	if errors.As(err, &imapErr) {
		if temporaryCode(imapErr) {
			return err
		}
		return fmt.Errorf("%w: %w", ErrAuth, err)
	}
	return wrapIMAPError(err)
}

// mailboxError maps a failed EXAMINE/APPEND/STATUS on a mailbox: NONEXISTENT
// (RFC 5530) and TRYCREATE (RFC 3501 §6.3.11) become ErrNoMailbox; so does a
// bare NO to EXAMINE, which servers without RFC 5530 codes send for a
// missing mailbox.
func mailboxError(err error, bareNO bool) error {
	var imapErr *imap.Error
	if !errors.As(err, &imapErr) {
		return wrapIMAPError(err)
	}
	switch imapErr.Code {
	case imap.ResponseCodeNonExistent, imap.ResponseCodeTryCreate:
		return fmt.Errorf("%w: %w", ErrNoMailbox, err)
	case "":
		if bareNO && imapErr.Type == imap.StatusResponseTypeNo {
			return fmt.Errorf("%w: %w", ErrNoMailbox, err)
		}
	}
	return wrapIMAPError(err)
}
