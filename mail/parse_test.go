package mail

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func parseFixture(t *testing.T, name string) *Message {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "parse", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := Parse(f)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return m
}

func mustDate(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestParseFixtures(t *testing.T) {
	googleICS := "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
	tests := []struct {
		name string
		file string

		subject    string
		messageID  string
		inReplyTo  []string
		references []string
		date       string // RFC 3339; "" for zero
		from       []Address
		to         []Address
		cc         []Address
		sender     []Address
		replyTo    []Address
		bulk       bool

		text        string   // exact, when set
		textHas     []string // substrings, when text is not pinned
		textHasNot  []string
		calendars   int
		calendarHas []string // substrings every calendar must contain
	}{
		{
			name:      "windows-1252 German, RFC 2047 Q subject and QP body",
			file:      "german-windows1252.eml",
			subject:   "Einladung zum Vorstellungsgespräch – Rückmeldung",
			messageID: "20250304091500.GA1234@mail.example.de",
			date:      "2025-03-04T09:15:00+01:00",
			from:      []Address{{Name: "Jürgen Weiß", Email: "juergen.weiss@example.de"}},
			// The To name is raw 8-bit latin-1 in the header, against RFC 5322.
			to:   []Address{{Name: "Müller, Anna", Email: "anna@example.de"}},
			text: "Sehr geehrte Frau Müller,\n\nvielen Dank für das Gespräch am Dienstag. Größe, Übung, Äpfel – „schön“.\n\nMit freundlichen Grüßen\nJürgen Weiß",
		},
		{
			name:      "ISO-8859-1 8bit body and B-encoded subject",
			file:      "iso-8859-1.eml",
			subject:   "Entretien : réponse",
			messageID: "abc.123@example.fr",
			date:      "2025-03-06T14:02:11+01:00",
			from:      []Address{{Name: "François Léger", Email: "francois@example.fr"}},
			to:        []Address{{Email: "helene@example.fr"}},
			text:      "Bonjour Hélène,\n\nMerci pour l'entretien de jeudi. À bientôt, ça marche !\n\nFrançois",
		},
		{
			name:      "base64 UTF-8 with emoji",
			file:      "base64-utf8.eml",
			subject:   "Interview at Initech – next steps",
			messageID: "CAB64utf8@mail.initech.example",
			date:      "2025-03-03T10:00:00-08:00",
			from:      []Address{{Name: "Łucja Nowak", Email: "lucja@initech.example"}},
			to:        []Address{{Name: "Sam Doe", Email: "sam@example.com"}},
			text:      "Hi Sam,\n\nThanks for applying to Initech! We'd love to schedule a 45-minute interview — are you free on Tuesday? 🙂\n\nBest,\nŁucja",
		},
		{
			name:      "HTML only, converted to text",
			file:      "html-only.eml",
			subject:   "Your interview with Globex",
			messageID: "html-only-1@globex.example",
			date:      "2025-03-05T16:20:00Z",
			from:      []Address{{Name: "Recruiting", Email: "jobs@globex.example"}},
			to:        []Address{{Email: "sam@example.com"}},
			text: "Interview confirmed\n\nHi Sam,\n\nYour interview with Hank Scorpio is on Thursday at 10:00 & lasts 1 hour.\n\n" +
				"- Bring ID\n- Be early\n\nJoin the call <https://meet.example.com/xyz-123>\nSee you soon <3\n\nRole: Engineer",
		},
		{
			name:       "multipart/alternative picks plain, threading headers",
			file:       "alternative.eml",
			subject:    "Re: Interview follow-up",
			messageID:  "alt-1@globex.example",
			inReplyTo:  []string{"orig-1@example.com"},
			references: []string{"root-0@example.com", "orig-1@example.com"},
			date:       "2025-03-07T08:30:00-05:00",
			from:       []Address{{Name: "Hank Scorpio", Email: "hank@globex.example"}},
			to:         []Address{{Name: "Sam Doe", Email: "sam@example.com"}, {Name: "Doe, Jane", Email: "jane@example.com"}},
			cc:         []Address{{Email: "recruiting@globex.example"}},
			text:       "Plain version: we will be in touch next week.",
		},
		{
			name:        "Google Calendar invitation: text/calendar and application/ics",
			file:        "google-invite.eml",
			subject:     "Invitation: Interview: Senior Go Engineer – Initech @ Tue Mar 11, 2025 5pm - 6pm (CET) (sam@example.com)",
			messageID:   "calendar-1234-5678@google.com",
			date:        "2025-03-05T12:00:00Z",
			from:        []Address{{Name: "Jane Recruiter", Email: "jane@initech.example"}},
			to:          []Address{{Email: "sam@example.com"}},
			sender:      []Address{{Name: "Google Calendar", Email: "calendar-notification@google.com"}},
			replyTo:     []Address{{Name: "Jane Recruiter", Email: "jane@initech.example"}},
			textHas:     []string{"You have been invited", "https://meet.google.com/abc-defg-hij", "5pm – 6pm"},
			textHasNot:  []string{"BEGIN:VCALENDAR"},
			calendars:   2,
			calendarHas: []string{googleICS, "SUMMARY:Interview: Senior Go Engineer – Initech\r\n", "END:VCALENDAR\r\n"},
		},
		{
			name:        "Outlook invitation: base64 text/calendar with Windows zone",
			file:        "outlook-invite.eml",
			subject:     "Vorstellungsgespräch – Contoso",
			messageID:   "AM0PR01MB1234567890ABCDEF@AM0PR01MB1234.eurprd01.prod.exchangelabs.com",
			date:        "2025-03-06T08:15:00Z",
			from:        []Address{{Name: "Björn Müller", Email: "bjoern.mueller@contoso.example"}},
			to:          []Address{{Name: "Sam Doe", Email: "sam@example.com"}},
			text:        "Hallo Sam,\n\nwie besprochen, hier die Einladung zum Vorstellungsgespräch.",
			calendars:   1,
			calendarHas: []string{"TZID:W. Europe Standard Time\r\n", "ORGANIZER;CN=Björn Müller:", "SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch – Contoso\r\n"},
		},
		{
			name:        "invite.ics as application/octet-stream in windows-1252",
			file:        "octet-ics.eml",
			subject:     "Phone screen scheduled",
			messageID:   "octet-ics-1@greenhouse.example",
			date:        "2025-03-08T11:00:00Z",
			from:        []Address{{Name: "Umbrella Recruiting", Email: "no-reply@greenhouse.example"}},
			to:          []Address{{Email: "sam@example.com"}},
			text:        "Your phone screen is scheduled. The invitation is attached.",
			calendars:   1,
			calendarHas: []string{"UID:gh-interview-42@greenhouse.example\r\n", "SUMMARY:Phone screen – Umbrella Corp\r\n"},
		},
		{
			name:      "list mail is bulk",
			file:      "list.eml",
			subject:   "25 new Go jobs for you",
			messageID: "alert-20250309@jobboard.example",
			date:      "2025-03-09T06:00:00Z",
			from:      []Address{{Name: "Job Alerts", Email: "alerts@jobboard.example"}},
			to:        []Address{{Email: "sam@example.com"}},
			bulk:      true,
			text:      `New jobs matching "golang".`,
		},
		{
			name: "hostile headers: best effort, nothing injected",
			file: "hostile-headers.eml",
			// Adjacent encoded-words join without the space (RFC 2047 §6.2);
			// the encoded CRLF, the folding tabs and the NUL become single
			// spaces; the unknown charset keeps its byte as U+FFFD; raw
			// 8-bit bytes are read as windows-1252.
			subject:    "Interview Bcc: evil@xcaf\uFFFD folded with tabs and NUL été",
			messageID:  "here@evil.example",
			inReplyTo:  []string{"ab@c", "dangling@x"},
			references: []string{"first@x", "second@x", "valid@x", "third@x"},
			from: []Address{
				{Name: `Evil" <x@y>`, Email: "attacker@evil.example"},
				{Name: "Mallory Bcc: x@y", Email: "mallory@evil.example"},
			},
			to: []Address{{Email: "u@x"}, {Email: "real@ok.example"}},
			cc: []Address{
				{Name: "Comment José", Email: "a@b.example"},
				{Email: "c@d.example"},
				{Name: "Smith, John", Email: "john.smith@example.com"},
			},
			bulk: true, // Precedence: junk (with a comment)
			text: "Body survives.",
		},
		{
			name:      "format=flowed without charset, 8-bit latin-1",
			file:      "flowed-nocharset.eml",
			subject:   "flowed",
			date:      "2025-03-10T12:00:00Z",
			from:      []Address{{Email: "a@example.com"}},
			to:        []Address{{Email: "b@example.com"}},
			text:      "This is a long line that was soft- wrapped by the sender and should be joined again.\n>> quoted text that is also flowed\n-- \nCafé signature",
			calendars: 0,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := parseFixture(t, tc.file)
			if m.Subject != tc.subject {
				t.Errorf("Subject = %q, want %q", m.Subject, tc.subject)
			}
			if m.MessageID != tc.messageID {
				t.Errorf("MessageID = %q, want %q", m.MessageID, tc.messageID)
			}
			if !reflect.DeepEqual(m.InReplyTo, tc.inReplyTo) {
				t.Errorf("InReplyTo = %q, want %q", m.InReplyTo, tc.inReplyTo)
			}
			if !reflect.DeepEqual(m.References, tc.references) {
				t.Errorf("References = %q, want %q", m.References, tc.references)
			}
			var wantDate time.Time
			if tc.date != "" {
				wantDate = mustDate(t, tc.date)
			}
			if !m.Date.Equal(wantDate) {
				t.Errorf("Date = %v, want %v", m.Date, wantDate)
			}
			for _, f := range []struct {
				field     string
				got, want []Address
			}{
				{"From", m.From, tc.from}, {"To", m.To, tc.to}, {"Cc", m.Cc, tc.cc},
				{"Sender", m.Sender, tc.sender}, {"ReplyTo", m.ReplyTo, tc.replyTo},
			} {
				if len(f.got) != 0 || len(f.want) != 0 {
					if !reflect.DeepEqual(f.got, f.want) {
						t.Errorf("%s = %q, want %q", f.field, f.got, f.want)
					}
				}
			}
			if m.Bulk != tc.bulk {
				t.Errorf("Bulk = %v, want %v", m.Bulk, tc.bulk)
			}
			if tc.text != "" && m.Text != tc.text {
				t.Errorf("Text = %q\nwant   %q", m.Text, tc.text)
			}
			for _, s := range tc.textHas {
				if !strings.Contains(m.Text, s) {
					t.Errorf("Text lacks %q:\n%s", s, m.Text)
				}
			}
			for _, s := range tc.textHasNot {
				if strings.Contains(m.Text, s) {
					t.Errorf("Text contains %q:\n%s", s, m.Text)
				}
			}
			if len(m.Calendars) != tc.calendars {
				t.Fatalf("got %d calendars, want %d", len(m.Calendars), tc.calendars)
			}
			if m.HasCalendar != (tc.calendars > 0) {
				t.Errorf("HasCalendar = %v with %d calendars", m.HasCalendar, len(m.Calendars))
			}
			for i, c := range m.Calendars {
				if !utf8.Valid(c) {
					t.Errorf("calendar %d is not valid UTF-8", i)
				}
				for _, s := range tc.calendarHas {
					if !bytes.Contains(c, []byte(s)) {
						t.Errorf("calendar %d lacks %q:\n%s", i, s, c)
					}
				}
			}
			if !utf8.ValidString(m.Text) || !utf8.ValidString(m.Subject) {
				t.Error("text or subject is not valid UTF-8")
			}
		})
	}
}

// The inline text/calendar and the base64 attachment of the Google
// invitation carry the same bytes; both are kept, in order.
func TestParseGoogleCalendarsIdentical(t *testing.T) {
	m := parseFixture(t, "google-invite.eml")
	if len(m.Calendars) != 2 {
		t.Fatalf("got %d calendars", len(m.Calendars))
	}
	if !bytes.Equal(m.Calendars[0], m.Calendars[1]) {
		t.Errorf("inline and attached calendars differ:\n%q\n%q", m.Calendars[0], m.Calendars[1])
	}
}

type failingReader struct {
	data []byte
	err  error
}

func (f *failingReader) Read(p []byte) (int, error) {
	if len(f.data) == 0 {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestParseErrors(t *testing.T) {
	errConn := errors.New("connection reset")
	tests := []struct {
		name    string
		r       io.Reader
		wantErr error  // errors.Is target, when set
		errHas  string // substring, when set
	}{
		{name: "empty input", r: strings.NewReader(""), errHas: "empty message"},
		{
			name:    "reader fails in the header",
			r:       &failingReader{data: []byte("From: a@b\r\nSubj"), err: errConn},
			wantErr: errConn,
		},
		{
			name: "reader fails in the body",
			r: &failingReader{
				data: []byte("From: a@b\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n\r\nhello"),
				err:  errConn,
			},
			wantErr: errConn,
		},
		{
			name:    "header larger than 1 MiB",
			r:       strings.NewReader("X-Big: " + strings.Repeat("a", maxHeaderBytes) + "\r\n\r\nbody"),
			wantErr: ErrHeaderTooLarge,
		},
		{
			name:    "header of many small fields larger than 1 MiB",
			r:       strings.NewReader(strings.Repeat("X-A: b\r\n", maxHeaderBytes/8+1) + "\r\nbody"),
			wantErr: ErrHeaderTooLarge,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Parse(tc.r)
			if err == nil {
				t.Fatalf("Parse succeeded: %+v", m)
			}
			if m != nil {
				t.Errorf("got a message with the error %v", err)
			}
			if tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
				t.Errorf("error %v does not wrap %v", err, tc.wantErr)
			}
			if tc.errHas != "" && !strings.Contains(err.Error(), tc.errHas) {
				t.Errorf("error %q lacks %q", err, tc.errHas)
			}
		})
	}
}

// TestParseBounds feeds pathological structures and checks that the result
// stays within the documented caps and comes back quickly.
func TestParseBounds(t *testing.T) {
	deep := func(n int) string {
		var b strings.Builder
		b.WriteString("Subject: deep\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n")
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, "--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n", i-1, i)
		}
		fmt.Fprintf(&b, "--b%d\r\nContent-Type: text/plain\r\n\r\ndeepest\r\n", n)
		return b.String()
	}
	manyParts := func(n int) string {
		var b strings.Builder
		b.WriteString("Content-Type: multipart/mixed; boundary=x\r\n\r\n")
		for range n {
			b.WriteString("--x\r\nContent-Type: text/plain\r\n\r\nhi\r\n")
		}
		b.WriteString("--x--\r\n")
		return b.String()
	}
	manyCalendars := func(n int) string {
		var b strings.Builder
		b.WriteString("Content-Type: multipart/mixed; boundary=x\r\n\r\n")
		for range n {
			b.WriteString("--x\r\nContent-Type: text/calendar\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
		}
		b.WriteString("--x--\r\n")
		return b.String()
	}
	tests := []struct {
		name      string
		input     string
		check     func(t *testing.T, m *Message)
		maxTime   time.Duration
		textLimit int
	}{
		{
			name:  "nesting within the limit is read",
			input: deep(maxDepth - 1),
			check: func(t *testing.T, m *Message) {
				if m.Text != "deepest" {
					t.Errorf("Text = %q", m.Text)
				}
			},
		},
		{
			name:  "nesting beyond the limit is skipped",
			input: deep(20000),
			check: func(t *testing.T, m *Message) {
				if m.Subject != "deep" || m.Text != "" {
					t.Errorf("Subject %q Text %q", m.Subject, m.Text)
				}
			},
		},
		{
			name:  "part count is capped",
			input: manyParts(5 * maxParts),
			check: func(t *testing.T, m *Message) {
				if n := strings.Count(m.Text, "hi"); n == 0 || n >= maxParts {
					t.Errorf("text has %d parts, want between 1 and %d", n, maxParts-1)
				}
			},
		},
		{
			name:  "calendar count is capped",
			input: manyCalendars(3 * maxCalendars),
			check: func(t *testing.T, m *Message) {
				if len(m.Calendars) != maxCalendars || !m.HasCalendar {
					t.Errorf("got %d calendars, want %d", len(m.Calendars), maxCalendars)
				}
			},
		},
		{
			name:  "oversized calendar is dropped but noticed",
			input: "Content-Type: text/calendar\r\n\r\nBEGIN:VCALENDAR\r\n" + strings.Repeat("X-PAD:"+strings.Repeat("a", 70)+"\r\n", maxCalendarBytes/78+1),
			check: func(t *testing.T, m *Message) {
				if len(m.Calendars) != 0 || !m.HasCalendar {
					t.Errorf("got %d calendars, HasCalendar %v", len(m.Calendars), m.HasCalendar)
				}
			},
		},
		{
			name:  "plain text is capped at 1 MiB",
			input: "Subject: big\r\n\r\n" + strings.Repeat("é123456789\n", 3*maxTextBytes/11),
			check: func(t *testing.T, m *Message) {
				if len(m.Text) > maxTextBytes || len(m.Text) < maxTextBytes-16 {
					t.Errorf("len(Text) = %d", len(m.Text))
				}
				if !utf8.ValidString(m.Text) {
					t.Error("truncated text is not valid UTF-8")
				}
			},
		},
		{
			name:  "HTML text is capped at 1 MiB",
			input: "Content-Type: text/html\r\n\r\n" + strings.Repeat("<p>é123456789</p>", 3*maxTextBytes/11),
			check: func(t *testing.T, m *Message) {
				if len(m.Text) > maxTextBytes || !utf8.ValidString(m.Text) {
					t.Errorf("len(Text) = %d, valid %v", len(m.Text), utf8.ValidString(m.Text))
				}
			},
		},
		{
			name: "oversized part header stops the multipart, keeps earlier parts",
			input: "Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n\r\nfirst\r\n--x\r\n" +
				strings.Repeat("X: y\r\n", 2*maxPartHeaderBytes/6) + "\r\nlost\r\n--x--\r\n",
			check: func(t *testing.T, m *Message) {
				if m.Text != "first" {
					t.Errorf("Text = %q", m.Text)
				}
			},
		},
		{
			name: "body lines that only start like a boundary are body",
			input: "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\n--beautiful\r\n" +
				strings.Repeat("a", 2*maxPartHeaderBytes) + "\r\n--b--\r\n" + strings.Repeat("epilogue ", maxPartHeaderBytes),
			check: func(t *testing.T, m *Message) {
				want := "--beautiful\n" + strings.Repeat("a", 2*maxPartHeaderBytes)
				if m.Text != want {
					t.Errorf("Text has %d bytes, want %d", len(m.Text), len(want))
				}
			},
		},
		{
			name: "part header at the limit is read",
			input: "Content-Type: multipart/mixed; boundary=x\r\n\r\n--x \t\r\nContent-Type: text/plain\r\n" +
				strings.Repeat("X: y\r\n", (maxPartHeaderBytes-100)/6) + "\r\nkept\r\n--x--\r\n",
			check: func(t *testing.T, m *Message) {
				if m.Text != "kept" {
					t.Errorf("Text = %q", m.Text)
				}
			},
		},
		{
			name:  "a long line without newline in the body",
			input: "Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n\r\n" + strings.Repeat("a", 8<<20),
			check: func(t *testing.T, m *Message) {
				if len(m.Text) != maxTextBytes {
					t.Errorf("len(Text) = %d", len(m.Text))
				}
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			m, err := Parse(strings.NewReader(tc.input))
			if err != nil {
				t.Fatal(err)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %v", d)
			}
			tc.check(t, m)
		})
	}
}

// TestParseBoundsMemory guards against go-message's unbounded part headers:
// 8 MiB of one-line fields cost over 600 MB of allocations before
// partHeaderLimiter.
func TestParseBoundsMemory(t *testing.T) {
	input := "Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n" + strings.Repeat("X: y\r\n", (8<<20)/6) + "\r\nbody\r\n--x--\r\n"
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	if _, err := Parse(strings.NewReader(input)); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 100<<20 {
		t.Errorf("Parse allocated %d MiB for an 8 MiB message", alloc>>20)
	}
}

// TestParseHeaderOnly: a header block alone (as an IMAP BODY[HEADER] fetch
// gives it) is a message, and one that is itself a calendar says so.
func TestParseHeaderOnly(t *testing.T) {
	tests := []struct {
		name        string
		header      string
		subject     string
		hasCalendar bool
	}{
		{
			name:    "header block only",
			header:  "Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?=\r\nFrom: A <a@B.example>\r\n\r\n",
			subject: "Grüße",
		},
		{
			name:        "a message that is itself a calendar",
			header:      "Subject: Invite\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\nBEGIN:VCALENDAR",
			subject:     "Invite",
			hasCalendar: true,
		},
		{
			name:        "an .ics file as the whole message",
			header:      "Subject: x\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename*=utf-8''Einladung%20%C3%BC.ics\r\n\r\n",
			subject:     "x",
			hasCalendar: true,
		},
		{
			name:    "no trailing blank line",
			header:  "Subject: cut off",
			subject: "cut off",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Parse(strings.NewReader(tc.header))
			if err != nil {
				t.Fatal(err)
			}
			if s := m.Summary; s.Subject != tc.subject || s.HasCalendar != tc.hasCalendar {
				t.Errorf("got subject %q hasCalendar %v, want %q %v", s.Subject, s.HasCalendar, tc.subject, tc.hasCalendar)
			}
		})
	}
}

// TestParseHeaderRepairs covers the header block repairs readHeader makes
// before the strict go-message reader sees it.
func TestParseHeaderRepairs(t *testing.T) {
	tests := []struct {
		name    string
		input   string
		subject string
		from    string
		text    string
	}{
		{
			name:    "mbox From_ line",
			input:   "From someone@x Mon Jan  1 00:00:00 2024\nSubject: s\nFrom: a@x\n\nbody\n",
			subject: "s", from: "a@x", text: "body",
		},
		{
			name:    "indented first line",
			input:   " Subject: s\nFrom: a@x\n\nbody\n",
			subject: "s", from: "a@x", text: "body",
		},
		{
			name:    "invalid field name dropped with its continuation",
			input:   "Subject: s\nBad Name: x\n continued\nFrom: a@x\n\nbody\n",
			subject: "s", from: "a@x", text: "body",
		},
		{
			name:    "body without the blank line",
			input:   "Subject: s\nFrom: a@x\nHello there\nsecond line\n",
			subject: "s", from: "a@x", text: "Hello there\nsecond line",
		},
		{
			name:    "space before the colon",
			input:   "Subject : s\nFrom: a@x\n\nbody",
			subject: "s", from: "a@x", text: "body",
		},
		{
			name:    "bare CR line ends in the body",
			input:   "Subject: s\r\nFrom: a@x\r\n\r\none\rtwo\r\nthree",
			subject: "s", from: "a@x", text: "one\ntwo\nthree",
		},
		{
			name:  "empty header",
			input: "\r\nJust a body",
			text:  "Just a body",
		},
		{
			name:    "pre-MIME HTML without Content-Type",
			input:   "Subject: s\n\n<html><body><p>Hi <b>there</b></p></body></html>\n",
			subject: "s", text: "Hi there",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Parse(strings.NewReader(tc.input))
			if err != nil {
				t.Fatal(err)
			}
			var from string
			if len(m.From) > 0 {
				from = m.From[0].Email
			}
			if m.Subject != tc.subject || from != tc.from || m.Text != tc.text {
				t.Errorf("got subject %q from %q text %q, want %q %q %q", m.Subject, from, m.Text, tc.subject, tc.from, tc.text)
			}
		})
	}
}

// TestParseMIMEShapes covers part selection on small inline messages.
func TestParseMIMEShapes(t *testing.T) {
	tests := []struct {
		name      string
		input     string
		text      string
		calendars int
	}{
		{
			name: "alternative with html first still picks plain",
			input: "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/html\n\n<p>html</p>\n" +
				"--b\nContent-Type: text/plain\n\nplain\n--b--\n",
			text: "plain",
		},
		{
			name: "alternative with an empty plain part falls back to html",
			input: "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\n \n" +
				"--b\nContent-Type: text/html\n\n<p>html only</p>\n--b--\n",
			text: "html only",
		},
		{
			name: "alternative whose plain part only points to the html reads the html",
			input: "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\nThis message contains HTML content. Please use an HTML-capable email client to view it.\n" +
				"--b\nContent-Type: text/html\n\n<table><tr><td>Date</td><td>Wednesday, December 9, 2026</td></tr></table>\n--b--\n",
			text: "Date Wednesday, December 9, 2026",
		},
		{
			name: "a short plain part that is the message stays",
			input: "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\nSee you Thursday at 3.\n" +
				"--b\nContent-Type: text/html\n\n<p>See you <b>Thursday</b> at 3.</p>\n--b--\n",
			text: "See you Thursday at 3.",
		},
		{
			name: "mixed concatenates inline text and skips attachments",
			input: "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\none\n" +
				"--b\nContent-Type: text/plain\nContent-Disposition: attachment; filename=notes.txt\n\nsecret\n" +
				"--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n" +
				"--b\nContent-Type: text/plain; charset=iso-8859-15\nContent-Transfer-Encoding: quoted-printable\n\ntwo =A4\n--b--\n",
			text: "one\n\ntwo €",
		},
		{
			name: "related keeps the html root",
			input: "Content-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html\n\n<p>root</p><img src=cid:x>\n" +
				"--b\nContent-Type: image/gif\nContent-ID: <x>\n\nGIF89a\n--b--\n",
			text: "root",
		},
		{
			name:  "multipart without boundary read as text",
			input: "Content-Type: multipart/mixed\n\nsome text\n",
			text:  "some text",
		},
		{
			name:  "missing closing boundary keeps the parts read",
			input: "Content-Type: multipart/mixed; boundary=b\n\n--b\n\nfirst\n--b\n\nsecond",
			text:  "first\n\nsecond",
		},
		{
			name:  "malformed content-type parameters still find the boundary",
			input: "Content-Type: multipart/mixed; boundary=\"b\"; boundary=\"c\"; x=\"unterminated\n\n--b\n\nbody\n--b--\n",
			text:  "body",
		},
		{
			name:      "calendar with RFC 2231 filename and unknown type",
			input:     "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: application/x-whatever\nContent-Disposition: attachment; filename*=UTF-8''Einladung.ICS\n\nBEGIN:VCALENDAR\n--b--\n",
			calendars: 1,
		},
		{
			name:      "calendar with RFC 2047 name parameter",
			input:     "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: application/octet-stream; name=\"=?utf-8?q?Termin.ics?=\"\n\nBEGIN:VCALENDAR\n--b--\n",
			calendars: 1,
		},
		{
			name: "forwarded as attachment: its calendar counts, its text does not",
			input: "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nFYI, see the invite below.\n" +
				"--b\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=\"Interview.eml\"\n\n" +
				"From: dana@globex.example\nSubject: Interview\nContent-Type: multipart/alternative; boundary=c\n\n" +
				"--c\nContent-Type: text/plain\n\nold text\n--c\nContent-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\nEND:VCALENDAR\n--c--\n" +
				"--b--\n",
			text:      "FYI, see the invite below.",
			calendars: 1,
		},
		{
			name: "forwarded message in base64, against RFC 2046 but common",
			input: "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n" +
				base64.StdEncoding.EncodeToString([]byte("Subject: x\nContent-Type: text/calendar\n\nBEGIN:VCALENDAR\nEND:VCALENDAR\n")) + "\n--b--\n",
			calendars: 1,
		},
		{
			name:  "forwarded message without a calendar adds nothing",
			input: "Content-Type: multipart/mixed; boundary=b\n\n--b\n\nmine\n--b\nContent-Type: message/rfc822\n\nSubject: old\n\nold text\n--b--\n",
			text:  "mine",
		},
		{
			name:  "unknown transfer encoding passes through",
			input: "Content-Transfer-Encoding: x-weird\n\nplain bytes",
			text:  "plain bytes",
		},
		{
			name:  "unknown charset is read as UTF-8",
			input: "Content-Type: text/plain; charset=x-martian\n\nhello \xff world",
			text:  "hello \uFFFD world",
		},
		{
			name:  "base64 with stray characters",
			input: "Content-Transfer-Encoding: base64\n\naGVsbG8g!!d29y\n bGQ=\n",
			text:  "hello world",
		},
		{
			name:  "base64 chunks concatenated after padding",
			input: "Content-Transfer-Encoding: base64\n\naGk=IHRoZXJl\n",
			text:  "hi there",
		},
		{
			name:  "base64 missing its padding",
			input: "Content-Transfer-Encoding: BASE64 (comment)\n\naGkh\nIQ",
			text:  "hi!!",
		},
		{
			name:  "NUL and control bytes dropped",
			input: "\nab\x00c\x07d\te",
			text:  "abcd\te",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Parse(strings.NewReader(tc.input))
			if err != nil {
				t.Fatal(err)
			}
			if m.Text != tc.text {
				t.Errorf("Text = %q, want %q", m.Text, tc.text)
			}
			if len(m.Calendars) != tc.calendars {
				t.Errorf("got %d calendars, want %d", len(m.Calendars), tc.calendars)
			}
		})
	}
}

// TestParseForwardedDepth: forwards inside forwards are followed as deep as
// multiparts are (maxDepth) and no deeper.
func TestParseForwardedDepth(t *testing.T) {
	nest := func(n int) string {
		msg := "Subject: bottom\nContent-Type: text/calendar\n\nBEGIN:VCALENDAR\nEND:VCALENDAR\n"
		for range n {
			msg = "Subject: fwd\nContent-Type: message/rfc822\n\n" + msg
		}
		return msg
	}
	for _, tc := range []struct {
		levels    int
		calendars int
	}{
		{1, 1},
		{maxDepth, 1},
		{maxDepth + 1, 0},
		{200, 0},
	} {
		t.Run(fmt.Sprint(tc.levels, " levels"), func(t *testing.T) {
			m, err := Parse(strings.NewReader(nest(tc.levels)))
			if err != nil {
				t.Fatal(err)
			}
			if len(m.Calendars) != tc.calendars {
				t.Errorf("%d calendars, want %d", len(m.Calendars), tc.calendars)
			}
		})
	}
}
