package sample_test

import (
	"bytes"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/sample"
	fmail "github.com/followupd/followupd/mail"
)

// TestMessagesWellFormed checks what RFC 5322 asks of every message, so
// that the scenario tests parsers rather than their tolerance.
func TestMessagesWellFormed(t *testing.T) {
	first := time.Date(2026, 11, 23, 0, 0, 0, 0, sample.Location())
	last := time.Date(2026, 12, 12, 0, 0, 0, 0, sample.Location())
	ids := map[string]string{}
	msgs := sample.Messages()
	if len(msgs) < 20 {
		t.Fatalf("%d messages, want the whole scenario", len(msgs))
	}
	for i, m := range msgs {
		t.Run(m.Name, func(t *testing.T) {
			if i > 0 && m.Date.Before(msgs[i-1].Date) {
				t.Errorf("not sorted by Date")
			}
			if m.Date.Before(first) || !m.Date.Before(last) {
				t.Errorf("Date %s outside the scenario", m.Date)
			}
			// RFC 5322 §2.1, §2.3: CRLF only, lines of at most 998 octets.
			if bytes.Contains(bytes.ReplaceAll(m.Raw, []byte("\r\n"), nil), []byte("\n")) ||
				bytes.Contains(bytes.ReplaceAll(m.Raw, []byte("\r\n"), nil), []byte("\r")) {
				t.Error("bare LF or CR")
			}
			for n, line := range bytes.Split(m.Raw, []byte("\r\n")) {
				if len(line) > 998 {
					t.Errorf("line %d has %d octets", n+1, len(line))
				}
			}
			msg, err := mail.ReadMessage(bytes.NewReader(m.Raw))
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range []string{"Date", "From", "Message-Id", "Subject", "Mime-Version"} {
				if msg.Header.Get(h) == "" {
					t.Errorf("no %s header", h)
				}
			}
			id := msg.Header.Get("Message-Id")
			if other, dup := ids[id]; dup {
				t.Errorf("Message-ID %s also in %s", id, other)
			}
			ids[id] = m.Name
			wantBox := "INBOX"
			if strings.Contains(m.Name, "-sent-") {
				wantBox = "Sent"
			}
			if m.Mailbox != wantBox {
				t.Errorf("Mailbox = %s, want %s", m.Mailbox, wantBox)
			}
		})
	}
}

// TestMessagesParse runs the project's own parser over the scenario.
func TestMessagesParse(t *testing.T) {
	for _, m := range sample.Messages() {
		t.Run(m.Name, func(t *testing.T) {
			p, err := fmail.Parse(bytes.NewReader(m.Raw))
			if err != nil {
				t.Fatal(err)
			}
			if !p.Date.Equal(m.Date) {
				t.Errorf("Date = %s, want %s", p.Date, m.Date)
			}
			if p.MessageID == "" || p.Subject == "" || len(p.From) == 0 || p.Text == "" {
				t.Errorf("MessageID %q, Subject %q, From %v, %d bytes of text: want all", p.MessageID, p.Subject, p.From, len(p.Text))
			}
			if strings.ContainsRune(p.Subject+p.Text, '\uFFFD') {
				t.Errorf("replacement character in the decoded text: a charset is wrong")
			}
		})
	}
}

func TestExpected(t *testing.T) {
	exp := sample.Expected()
	loc := sample.Location()
	from := time.Date(2026, 11, 30, 0, 0, 0, 0, loc)
	to := time.Date(2026, 12, 9, 0, 0, 0, 0, loc)
	for i, e := range exp {
		t.Run(e.Company, func(t *testing.T) {
			if i > 0 && e.Start.Before(exp[i-1].Start) {
				t.Error("not sorted by Start")
			}
			if e.Start.Before(from) || !e.Start.Before(to) || !e.End.After(e.Start) {
				t.Errorf("%s – %s outside 2026-11-30 .. 2026-12-08", e.Start, e.End)
			}
			// Working hours where the interviewer sits and where Sam does.
			if h := e.Start.Hour(); h < 8 || h > 17 {
				t.Errorf("starts at %d:00 local", h)
			}
			if h := e.Start.In(loc).Hour(); h < 8 || h > 17 {
				t.Errorf("starts at %d:00 in Berlin", h)
			}
			if e.Company == "" || e.Role == "" || e.Organizer == "" || len(e.Interviewers) == 0 || e.Notes == "" {
				t.Errorf("incomplete: %+v", e)
			}
		})
	}
	if got := sample.Now(); got.Weekday() != time.Thursday || got.Format("2006-01-02") != "2026-11-26" {
		t.Errorf("Now = %s, want Thursday 2026-11-26", got)
	}
}
