package mail

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// corpusDir finds the shared MIME corpus (enmime and mailparser test mail):
// $FOLLOWUPD_MIME_CORPUS, or shared/corpus/mime in the package directory or
// any directory above it (it sits next to the repository, ../../shared/...
// from here). Tests that need it skip when it is absent.
func corpusDir(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("FOLLOWUPD_MIME_CORPUS"); d != "" {
		return d
	}
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Skipf("MIME corpus: %v", err)
	}
	for {
		cand := filepath.Join(dir, "shared", "corpus", "mime")
		if fi, err := os.Stat(cand); err == nil && fi.IsDir() {
			return cand
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("MIME corpus not found (set FOLLOWUPD_MIME_CORPUS)")
		}
		dir = parent
	}
}

type parseOutcome struct {
	msg   *Message
	err   error
	panic string
}

// parseFileBounded parses one file in a goroutine so that a hang shows up
// as a failed test instead of a stuck run, and a panic as an error with its
// stack.
func parseFileBounded(path string, timeout time.Duration) (parseOutcome, bool) {
	done := make(chan parseOutcome, 1)
	go func() {
		var out parseOutcome
		defer func() {
			if r := recover(); r != nil {
				out.panic = fmt.Sprintf("%v\n%s", r, debug.Stack())
			}
			done <- out
		}()
		f, err := os.Open(path)
		if err != nil {
			out.err = err
			return
		}
		defer f.Close()
		out.msg, out.err = Parse(f)
	}()
	select {
	case out := <-done:
		return out, true
	case <-time.After(timeout):
		return parseOutcome{}, false
	}
}

// checkInvariants holds for every message Parse returns, however bad the
// input.
func checkInvariants(t *testing.T, m *Message) {
	t.Helper()
	if !utf8.ValidString(m.Text) || len(m.Text) > maxTextBytes {
		t.Errorf("Text: valid UTF-8 %v, %d bytes", utf8.ValidString(m.Text), len(m.Text))
	}
	if strings.ContainsRune(m.Text, '\r') || strings.ContainsRune(m.Text, 0) {
		t.Error("Text contains CR or NUL")
	}
	if !utf8.ValidString(m.Subject) || strings.IndexFunc(m.Subject, unicode.IsControl) >= 0 {
		t.Errorf("Subject not a clean line: %q", m.Subject)
	}
	for _, l := range [][]Address{m.From, m.Sender, m.ReplyTo, m.To, m.Cc} {
		for _, a := range l {
			if !plausibleEmail(a.Email) || a.Email != strings.ToLower(a.Email) {
				t.Errorf("bad address %q", a.Email)
			}
			if strings.IndexFunc(a.Name, unicode.IsControl) >= 0 || !utf8.ValidString(a.Name) {
				t.Errorf("bad name %q", a.Name)
			}
		}
	}
	ids := append(append([]string{}, m.InReplyTo...), m.References...)
	if m.MessageID != "" {
		ids = append(ids, m.MessageID)
	}
	for _, id := range ids {
		if !validMessageID(id) {
			t.Errorf("bad message id %q", id)
		}
	}
	if len(m.Calendars) > maxCalendars || (len(m.Calendars) > 0 && !m.HasCalendar) {
		t.Errorf("%d calendars, HasCalendar %v", len(m.Calendars), m.HasCalendar)
	}
	for i, c := range m.Calendars {
		if !utf8.Valid(c) || len(c) > 3*maxCalendarBytes {
			t.Errorf("calendar %d: valid UTF-8 %v, %d bytes", i, utf8.Valid(c), len(c))
		}
	}
}

func TestParseCorpus(t *testing.T) {
	root := corpusDir(t)
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skipf("no files under %s", root)
	}
	for _, path := range files {
		rel, _ := filepath.Rel(root, path)
		t.Run(rel, func(t *testing.T) {
			out, ok := parseFileBounded(path, 30*time.Second)
			switch {
			case !ok:
				t.Fatal("Parse did not return within 30s")
			case out.panic != "":
				t.Fatalf("Parse panicked: %s", out.panic)
			case out.err != nil:
				t.Logf("Parse error: %v", out.err)
				return
			}
			checkInvariants(t, out.msg)
		})
	}
}

// TestParseCorpusChosen pins what Parse makes of corpus files with odd
// charsets, encodings and structures.
func TestParseCorpusChosen(t *testing.T) {
	root := corpusDir(t)
	tests := []struct {
		file    string
		subject string
		textHas []string
		check   func(t *testing.T, m *Message)
	}{
		{
			// Labelled us-ascii, really latin-1, base64.
			file:    "enmime-parts/chardet-success-iso-8859-1.raw",
			textHas: []string{"DIE Drachenköpfe unserer Boote", "es waren dreißig Kilometer"},
		},
		{
			// Labelled us-ascii, really UTF-8, 8bit.
			file:    "enmime-low-quality/incorrect-charset.raw",
			subject: "plain text",
			textHas: []string{"∮ E⋅da = Q,  n → ∞", "ði ıntəˈnæʃənəl"},
		},
		{
			file:    "enmime-low-quality/unk-charset-part.raw",
			textHas: []string{"A text section"},
		},
		{
			// Unknown charset on an HTML-only message.
			file:    "enmime-low-quality/unk-charset-html-only.raw",
			textHas: []string{"Hello World!"},
		},
		{
			file:    "enmime-mail/qp-utf8-header.raw",
			subject: "MIME UTF8 Test ¢ More Text",
			check: func(t *testing.T, m *Message) {
				want := []Address{{Name: "James Hillyerd", Email: "jamehi03@jamehi03lx.noa.com"}, {Name: "André Pirard", Email: "pirard@vm1.ulg.ac.be"}}
				if fmt.Sprint(m.From) != fmt.Sprint(want) {
					t.Errorf("From = %q, want %q", m.From, want)
				}
				if len(m.To) != 1 || m.To[0].Name != "Mirosław Marczak" {
					t.Errorf("To = %q", m.To)
				}
			},
		},
		{
			// Invalid Content-Type ("text/plain>") on the root.
			file:    "enmime-parts/ctype-invalid-characters.raw",
			textHas: []string{"Test of text/plain section with invalid content type"},
		},
		{
			// A missing semicolon in an attachment's Content-Type.
			file:    "enmime-mail/mime-bad-content-type.raw",
			subject: "Confirmation of Booking with easyHotel",
			textHas: []string{"Thank you for booking with easyHotel."},
		},
		{
			// 4n+1 base64 characters in each part.
			file:    "enmime-parts/extra-base64-character.raw",
			textHas: []string{"Hello World!"},
		},
		{
			file:    "enmime-low-quality/bad-header-start.raw",
			subject: "plain text",
			textHas: []string{"A text section"},
		},
		{
			// Pre-MIME HTML whose <meta> names the charset.
			file:    "enmime-mail/non-mime-html-charset-header-only.raw",
			textHas: []string{"Test Müller"},
		},
		{
			file:    "mailparser/nodemailer.eml",
			subject: "Nodemailer is unicode friendly ✔ (1476358788189)",
			textHas: []string{"Hello to myself!"},
		},
		{
			file:    "enmime-parts/quoted-printable-invalid.raw",
			textHas: []string{"Stuffs’s Weekly Summary", "Sunday, January 15th – Saturday, January 21st"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join(root, filepath.FromSlash(tc.file))
			if _, err := os.Stat(path); err != nil {
				t.Skipf("corpus file missing: %v", err)
			}
			out, ok := parseFileBounded(path, 30*time.Second)
			if !ok || out.panic != "" || out.err != nil {
				t.Fatalf("Parse: done %v, panic %q, err %v", ok, out.panic, out.err)
			}
			m := out.msg
			if tc.subject != "" && m.Subject != tc.subject {
				t.Errorf("Subject = %q, want %q", m.Subject, tc.subject)
			}
			for _, s := range tc.textHas {
				if !strings.Contains(m.Text, s) {
					t.Errorf("Text lacks %q:\n%.600s", s, m.Text)
				}
			}
			if tc.check != nil {
				tc.check(t, m)
			}
		})
	}
}
