// Package mail owns everything that touches the user's mailbox: the IMAP
// connection, incremental sync, MIME parsing into Message values, and the
// composition and APPEND of drafts. It does not decide what an interview is.
package mail

import (
	"strings"
	"time"
)

// Address is one mailbox from an address header, already decoded (RFC 2047)
// and with the email address lower-cased.
type Address struct {
	Name  string
	Email string
}

// DomainOf returns the lower-cased domain of an address ("Jo@Mail.Acme.example"
// → "mail.acme.example"), "" when it has none.
func DomainOf(addr string) string {
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(addr[at+1:], " >."))
}

// Summary is what the first, cheap phase of a sync learns about a message:
// the header fields that matter (addresses, subject, date, ids, bulk
// markers) and whether the body structure holds a calendar part. Detection
// decides from a Summary whether the body is worth fetching.
type Summary struct {
	Mailbox string
	UID     uint32

	MessageID  string   // without angle brackets
	InReplyTo  []string // without angle brackets
	References []string // without angle brackets, oldest first
	Date       time.Time
	// Arrived is when the user's server received the message
	// (INTERNALDATE), known for messages whose body was fetched; zero
	// otherwise. The Date header is what the sender wrote.
	Arrived time.Time
	Subject string // decoded, single line

	From    []Address
	Sender  []Address
	ReplyTo []Address
	To      []Address
	Cc      []Address

	// AuthFailure is the user's server's verdict when the message could
	// not prove its From domain: "dmarc=fail (header.from=…)" or
	// "dkim=fail (header.d=…)", from the topmost Authentication-Results
	// field (RFC 8601); "" when it passed, was not checked, or the
	// field was not read (summaries fetch only the fields they need).
	AuthFailure string

	// Bulk is true for list and automated bulk mail: List-Unsubscribe or
	// List-Id present, or Precedence bulk/list/junk (RFC 2076, RFC 2369).
	Bulk bool
	// HasCalendar is true when the body structure has a text/calendar part
	// or an attachment that is an .ics file.
	HasCalendar bool
	// HasAttachment is true when a file other than a calendar is
	// attached: a part of an application type (a CV as a PDF, a document)
	// or one whose Content-Disposition is attachment (RFC 2183). Inline
	// images (a signature's logo) do not count.
	HasAttachment bool
}

// Message is a fully parsed message: the Summary plus the readable text and
// every calendar payload found in it.
type Message struct {
	Summary

	// Text is the best readable body: text/plain when present, otherwise
	// text/html converted to text. Always valid UTF-8.
	Text string
	// Calendars holds the raw bytes of each text/calendar part and .ics
	// attachment, in the order they appear, decoded from their transfer
	// encoding and converted to UTF-8.
	Calendars [][]byte
}
