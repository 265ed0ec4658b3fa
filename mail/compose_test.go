package mail

import (
	"bufio"
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message/textproto"
)

func baseDraft() Draft {
	return Draft{
		From:      Address{Name: "Sam Doe", Email: "sam@example.com"},
		To:        []Address{{Name: "Jane Recruiter", Email: "jane@initech.example"}},
		Subject:   "Thank you",
		Text:      "Hi Jane,\n\nThank you for your time today.\n\nSam\n",
		MessageID: "followupd.abc@example.com",
		Date:      time.Date(2025, 3, 11, 18, 30, 0, 0, time.FixedZone("CET", 3600)),
	}
}

// composedHeader reads back the header fields Compose wrote, as a strict
// reader would.
func composedHeader(t *testing.T, raw []byte) textproto.Header {
	t.Helper()
	h, err := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(raw)))
	if err != nil {
		t.Fatalf("composed header does not parse: %v\n%s", err, raw)
	}
	return h
}

func headerKeys(h textproto.Header) []string {
	var keys []string
	for f := h.Fields(); f.Next(); {
		keys = append(keys, f.Key())
	}
	return keys
}

func TestComposeRoundTrip(t *testing.T) {
	long := strings.Repeat("Senior Go Engineer interview follow-up ", 6)[:200]
	tests := []struct {
		name   string
		modify func(d *Draft)
		// subject after Parse, when it differs from the Draft's
		subject string
	}{
		{name: "plain ASCII", modify: func(d *Draft) {}},
		{
			name: "unicode subject, names and body",
			modify: func(d *Draft) {
				d.Subject = "Danke für das Gespräch – Grüße 🙂"
				d.From.Name = "Jürgen Weiß"
				d.To = []Address{{Name: "Łucja Nowak", Email: "lucja@initech.example"}}
				d.Text = "Liebe Łucja,\n\nvielen Dank! Größe ≠ Qualität.\n"
			},
		},
		{
			name: "names with commas, quotes and brackets",
			modify: func(d *Draft) {
				d.To = []Address{
					{Name: "Doe, Jane", Email: "jane@x.example"},
					{Name: `Bob "The Builder" O'Neil`, Email: "bob@x.example"},
					{Name: `Evil" <x@y>`, Email: "eve@x.example"},
				}
				d.Cc = []Address{{Name: "Team (Hiring)", Email: "team@x.example"}, {Email: "bare@x.example"}}
			},
		},
		{
			name:   "200-character ASCII subject",
			modify: func(d *Draft) { d.Subject = long },
		},
		{
			name:   "200-character unicode subject",
			modify: func(d *Draft) { d.Subject = strings.Repeat("Vorstellungsgespräch ", 10) },
			// oneLine trims the trailing space.
			subject: strings.TrimSpace(strings.Repeat("Vorstellungsgespräch ", 10)),
		},
		{
			name:   "200-character subject without spaces",
			modify: func(d *Draft) { d.Subject = strings.Repeat("x", 200) },
		},
		{
			name:   "1000-character subject without spaces",
			modify: func(d *Draft) { d.Subject = strings.Repeat("y", 1000) },
		},
		{
			name:   "subject that looks like an encoded-word",
			modify: func(d *Draft) { d.Subject = "Re: =?utf-8?q?not_encoded?= =?x?=" },
		},
		{
			name:    "hostile subject with CRLF",
			modify:  func(d *Draft) { d.Subject = "Hi\r\nBcc: evil@x" },
			subject: "Hi Bcc: evil@x",
		},
		{
			name:    "hostile subject with NUL, tabs and bare LF",
			modify:  func(d *Draft) { d.Subject = "a\x00b\tc\nTo: x@y\rd" },
			subject: "a b c To: x@y d",
		},
		{
			name: "threading headers",
			modify: func(d *Draft) {
				d.Subject = "Re: Interview"
				d.InReplyTo = "parent@initech.example"
				d.References = []string{"root@initech.example", "parent@initech.example"}
			},
		},
		{
			name: "long body lines and trailing spaces survive quoted-printable",
			modify: func(d *Draft) {
				d.Text = strings.Repeat("word ", 60) + "\nline with trailing space \n=3D literal equals\n.\nFrom here\n"
			},
		},
		{
			name: "HTML alternative",
			modify: func(d *Draft) {
				d.HTML = "<p>Hi Jane,</p><p>Thank you.</p>"
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := baseDraft()
			tc.modify(&d)
			raw, err := Compose(d)
			if err != nil {
				t.Fatal(err)
			}
			for i, c := range raw {
				if c >= 0x80 {
					t.Fatalf("8-bit byte %#x at %d", c, i)
				}
			}
			header, _, _ := strings.Cut(string(raw), "\r\n\r\n")
			for _, line := range strings.Split(header, "\r\n") {
				// RFC 5322 §2.1.1: SHOULD 78, MUST 998; only a 200-character
				// word in a display name is allowed past 78.
				if len(line) > 78 && !strings.HasPrefix(line, "Content-Type: multipart/") {
					t.Errorf("header line of %d characters: %q", len(line), line)
				}
			}
			for _, line := range strings.Split(string(raw), "\r\n") {
				if len(line) > 998 {
					t.Errorf("line of %d characters", len(line))
				}
				if strings.ContainsAny(line, "\r\n") {
					t.Errorf("bare CR or LF in %q", line)
				}
			}
			m, err := Parse(bytes.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			wantSubject := d.Subject
			if tc.subject != "" {
				wantSubject = tc.subject
			}
			if m.Subject != wantSubject {
				t.Errorf("Subject = %q, want %q", m.Subject, wantSubject)
			}
			if !reflect.DeepEqual(m.From, []Address{d.From}) {
				t.Errorf("From = %q, want %q", m.From, d.From)
			}
			if !reflect.DeepEqual(m.To, d.To) {
				t.Errorf("To = %q, want %q", m.To, d.To)
			}
			if len(d.Cc) > 0 && !reflect.DeepEqual(m.Cc, d.Cc) {
				t.Errorf("Cc = %q, want %q", m.Cc, d.Cc)
			}
			if m.MessageID != d.MessageID {
				t.Errorf("MessageID = %q, want %q", m.MessageID, d.MessageID)
			}
			var wantIRT []string
			if d.InReplyTo != "" {
				wantIRT = []string{d.InReplyTo}
			}
			if !reflect.DeepEqual(m.InReplyTo, wantIRT) {
				t.Errorf("InReplyTo = %q, want %q", m.InReplyTo, wantIRT)
			}
			if !reflect.DeepEqual(m.References, d.References) {
				t.Errorf("References = %q, want %q", m.References, d.References)
			}
			if !m.Date.Equal(d.Date) {
				t.Errorf("Date = %v, want %v", m.Date, d.Date)
			}
			if want := strings.TrimSpace(d.Text); m.Text != want {
				t.Errorf("Text = %q\nwant   %q", m.Text, want)
			}
			if m.Bulk || m.HasCalendar {
				t.Errorf("Bulk %v HasCalendar %v", m.Bulk, m.HasCalendar)
			}
			h := composedHeader(t, raw)
			for _, k := range headerKeys(h) {
				switch k {
				case "Date", "From", "To", "Cc", "Subject", "Message-Id", "In-Reply-To", "References",
					"Mime-Version", "Content-Type", "Content-Transfer-Encoding":
				default:
					t.Errorf("unexpected header field %q", k)
				}
			}
			if n := len(h.Values("Subject")); n != 1 {
				t.Errorf("%d Subject fields", n)
			}
		})
	}
}

func TestComposeStructure(t *testing.T) {
	t.Run("single part is quoted-printable UTF-8", func(t *testing.T) {
		raw, err := Compose(baseDraft())
		if err != nil {
			t.Fatal(err)
		}
		h := composedHeader(t, raw)
		if got := h.Get("Content-Type"); got != "text/plain; charset=utf-8" {
			t.Errorf("Content-Type = %q", got)
		}
		if got := h.Get("Content-Transfer-Encoding"); got != "quoted-printable" {
			t.Errorf("Content-Transfer-Encoding = %q", got)
		}
		if got := h.Get("Mime-Version"); got != "1.0" {
			t.Errorf("MIME-Version = %q", got)
		}
		if got := h.Get("Date"); got != "Tue, 11 Mar 2025 18:30:00 +0100" {
			t.Errorf("Date = %q", got)
		}
	})
	t.Run("HTML makes multipart/alternative, plain first", func(t *testing.T) {
		d := baseDraft()
		d.HTML = "<p>Grüße</p>"
		raw, err := Compose(d)
		if err != nil {
			t.Fatal(err)
		}
		h := composedHeader(t, raw)
		if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, "multipart/alternative;") {
			t.Errorf("Content-Type = %q", ct)
		}
		s := string(raw)
		plain := strings.Index(s, "Content-Type: text/plain; charset=utf-8")
		html := strings.Index(s, "Content-Type: text/html; charset=utf-8")
		if plain < 0 || html < 0 || plain > html {
			t.Errorf("parts out of order or missing (plain at %d, html at %d)", plain, html)
		}
		if !strings.Contains(s, "<p>Gr=C3=BC=C3=9Fe</p>") {
			t.Errorf("HTML part not quoted-printable:\n%s", s)
		}
	})
	t.Run("threading headers in angle brackets", func(t *testing.T) {
		d := baseDraft()
		d.InReplyTo = "parent@x"
		d.References = []string{"root@x"}
		raw, err := Compose(d)
		if err != nil {
			t.Fatal(err)
		}
		h := composedHeader(t, raw)
		if got := h.Get("In-Reply-To"); got != "<parent@x>" {
			t.Errorf("In-Reply-To = %q", got)
		}
		// The parent is appended to References (RFC 5322 §3.6.4).
		if got := h.Get("References"); got != "<root@x> <parent@x>" {
			t.Errorf("References = %q", got)
		}
		if got := h.Get("Message-Id"); got != "<followupd.abc@example.com>" {
			t.Errorf("Message-ID = %q", got)
		}
		if d.References[0] != "root@x" || len(d.References) != 1 {
			t.Errorf("caller's References modified: %q", d.References)
		}
	})
	t.Run("zero date means now", func(t *testing.T) {
		d := baseDraft()
		d.Date = time.Time{}
		before := time.Now().Add(-time.Second)
		raw, err := Compose(d)
		if err != nil {
			t.Fatal(err)
		}
		m, err := Parse(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		if m.Date.Before(before) || m.Date.After(time.Now().Add(time.Second)) {
			t.Errorf("Date = %v", m.Date)
		}
	})
}

func TestComposeRefuses(t *testing.T) {
	tests := []struct {
		name   string
		modify func(d *Draft)
	}{
		{name: "no To", modify: func(d *Draft) { d.To = nil }},
		{name: "no From", modify: func(d *Draft) { d.From = Address{} }},
		{name: "To with CRLF", modify: func(d *Draft) { d.To[0].Email = "a@x\r\nBcc: evil@x" }},
		{name: "To with space", modify: func(d *Draft) { d.To[0].Email = "a b@x" }},
		{name: "To with angle bracket", modify: func(d *Draft) { d.To[0].Email = "a@x>" }},
		{name: "To with comma (second recipient)", modify: func(d *Draft) { d.To[0].Email = "a@x,evil@y" }},
		{name: "To with quotes", modify: func(d *Draft) { d.To[0].Email = `"a b"@x` }},
		{name: "To without @", modify: func(d *Draft) { d.To[0].Email = "jane" }},
		{name: "To with two @", modify: func(d *Draft) { d.To[0].Email = "a@b@c" }},
		{name: "To with NUL", modify: func(d *Draft) { d.To[0].Email = "a\x00@x" }},
		{name: "To non-ASCII", modify: func(d *Draft) { d.To[0].Email = "jürgen@x" }},
		{name: "Cc invalid", modify: func(d *Draft) { d.Cc = []Address{{Email: "bad address@x"}} }},
		{name: "From invalid", modify: func(d *Draft) { d.From.Email = "me@x\n" }},
		{name: "empty Message-ID", modify: func(d *Draft) { d.MessageID = "" }},
		{name: "Message-ID without @", modify: func(d *Draft) { d.MessageID = "abc" }},
		{name: "Message-ID with brackets", modify: func(d *Draft) { d.MessageID = "<a@b>" }},
		{name: "Message-ID with CRLF", modify: func(d *Draft) { d.MessageID = "a@b\r\nBcc: x@y" }},
		{name: "Message-ID with space", modify: func(d *Draft) { d.MessageID = "a b@c" }},
		{name: "In-Reply-To with bracket", modify: func(d *Draft) { d.InReplyTo = "a@b> <c@d" }},
		{name: "References with space", modify: func(d *Draft) { d.References = []string{"ok@x", "a b@x"} }},
		{name: "References empty id", modify: func(d *Draft) { d.References = []string{""} }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := baseDraft()
			tc.modify(&d)
			raw, err := Compose(d)
			if err == nil {
				t.Fatalf("Compose accepted the draft:\n%s", raw)
			}
			if !errors.Is(err, ErrInvalidDraft) {
				t.Errorf("error %v does not wrap ErrInvalidDraft", err)
			}
		})
	}
}

func TestComposeNewMessageID(t *testing.T) {
	tests := []struct {
		name   string
		domain string
		suffix string
	}{
		{name: "domain", domain: "example.com", suffix: "@example.com"},
		{name: "upper case and spaces", domain: " Example.COM ", suffix: "@example.com"},
		{name: "empty", domain: "", suffix: "@localhost"},
		{name: "hostile", domain: "x>\r\nBcc: y", suffix: "@localhost"},
		{name: "literal", domain: "[127.0.0.1]", suffix: "@localhost"},
	}
	seen := map[string]bool{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for range 100 {
				id := NewMessageID(tc.domain)
				if !strings.HasPrefix(id, "followupd.") || !strings.HasSuffix(id, tc.suffix) {
					t.Fatalf("NewMessageID(%q) = %q", tc.domain, id)
				}
				if seen[id] {
					t.Fatalf("duplicate id %q", id)
				}
				seen[id] = true
				d := baseDraft()
				d.MessageID = id
				if _, err := Compose(d); err != nil {
					t.Fatalf("id %q does not compose: %v", id, err)
				}
			}
		})
	}
}
