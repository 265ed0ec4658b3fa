package mail

import (
	"bufio"
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message/textproto"
)

// TestSectionHeaderMatchesTextproto: the flat parser of the summary's
// HEADER.FIELDS section reads the fields followupd asks for as go-message's
// textproto does (the parser it replaced).
func TestSectionHeaderMatchesTextproto(t *testing.T) {
	cases := map[string]string{
		"plain":         "Message-ID: <a@example.com>\r\nDate: Tue, 1 Dec 2026 10:00:00 +0100\r\n\r\n",
		"folded":        "References: <a@example.com>\r\n <b@example.com>\r\n\t<c@example.com>\r\nPrecedence: bulk\r\n\r\n",
		"bare LF":       "In-Reply-To: <a@example.com>\nList-Id: Jobs <jobs.example.com>\n\n",
		"repeated":      "References: <a@example.com>\r\nReferences: <b@example.com>\r\n\r\n",
		"lower case":    "message-id: <x@example.com>\r\nlist-unsubscribe: <mailto:u@example.com>\r\n\r\n",
		"no final CRLF": "Auto-Submitted: auto-generated",
		"empty value":   "List-Id:\r\nPrecedence:   \r\n\r\n",
		"junk line":     "Message-ID: <a@example.com>\r\nnot a header line\r\nDate: Mon, 30 Nov 2026 09:00:00 -0500\r\n\r\n",
		"empty":         "",
	}
	for name, raw := range cases {
		t.Run(name, func(t *testing.T) { checkSectionHeader(t, []byte(raw)) })
	}
}

// TestSectionHeaderCorpus is TestSectionHeaderMatchesTextproto on the
// header of every message of the MIME corpus.
func TestSectionHeaderCorpus(t *testing.T) {
	dir := corpusDir(t)
	n := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		// The header block, as IMAP's HEADER.FIELDS would cut it.
		if i := bytes.Index(b, []byte("\r\n\r\n")); i >= 0 {
			b = b[:i+4]
		} else if i := bytes.Index(b, []byte("\n\n")); i >= 0 {
			b = b[:i+2]
		}
		n++
		t.Run(filepath.Base(path), func(t *testing.T) { checkSectionHeader(t, b) })
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no message in the corpus")
	}
}

// checkSectionHeader compares the flat parser with textproto on one header.
func checkSectionHeader(t *testing.T, raw []byte) {
	t.Helper()
	want, err := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(append(bytes.TrimRight(raw, "\r\n"), "\r\n\r\n"...))))
	if err != nil {
		return // textproto gives up on it; the summary's fallbacks take over
	}
	got := parseSectionHeader(raw)
	for _, key := range summaryHeaderSection.HeaderFields {
		if g, w := strings.Fields(got.Get(key)), strings.Fields(want.Get(key)); strings.Join(g, " ") != strings.Join(w, " ") {
			t.Errorf("Get(%s) = %q, textproto %q", key, got.Get(key), want.Get(key))
		}
		if g, w := len(got.Values(key)), len(want.Values(key)); g != w {
			t.Errorf("Values(%s): %d values, textproto %d", key, g, w)
		}
	}
}

// TestSectionHeaderLeniency: where textproto gives up, the flat parser reads
// what it can, as Parse does for a whole message.
func TestSectionHeaderLeniency(t *testing.T) {
	tests := []struct {
		name, raw, key, want string
	}{
		{"first line starts with a space", " From: Dana <dana@globex.example>\r\nSubject: x\r\n\r\n", "From", "Dana <dana@globex.example>"},
		{"folded first field", "Subject: a\r\n b\r\n\r\n", "Subject", "a b"},
		{"colon in the value", "Subject: Re: Re: time\r\n\r\n", "Subject", "Re: Re: time"},
		{"space before the colon is no field", "Subject : x\r\nDate: d\r\n\r\n", "Subject", ""},
		{"stops at the empty line", "Subject: a\r\n\r\nSubject: b\r\n", "Subject", "a"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := parseSectionHeader([]byte(tc.raw)).Get(tc.key); got != tc.want {
				t.Errorf("Get(%s) = %q, want %q", tc.key, got, tc.want)
			}
		})
	}
}

// BenchmarkSummaryFromFetch measures the client's work per message of a
// scan (a first pass does it for every message of the window).
func BenchmarkSummaryFromFetch(b *testing.B) {
	buf := &imapclient.FetchMessageBuffer{
		UID: 4711,
		BodyStructure: &imap.BodyStructureMultiPart{
			Children: []imap.BodyStructure{
				&imap.BodyStructureSinglePart{Type: "text", Subtype: "plain", Params: map[string]string{"charset": "utf-8"}},
				&imap.BodyStructureSinglePart{Type: "text", Subtype: "html", Params: map[string]string{"charset": "utf-8"}},
			},
			Subtype: "alternative",
		},
		BodySection: []imapclient.FetchBodySectionBuffer{{
			Section: summaryHeaderSection,
			Bytes: []byte("From: Dana Lee <dana.lee@Globex.example>\r\nReply-To: Dana Lee <dana.lee@globex.example>\r\n" +
				"To: Sam Rivera <sam.rivera@example.org>\r\nCc: Recruiting <jobs@globex.example>\r\n" +
				"Subject: Re: Your application for Senior Engineer at Globex\r\n" +
				"Date: Fri, 20 Nov 2026 10:30:00 +0100\r\nMessage-ID: <CAF=x7Yz@mail.globex.example>\r\n" +
				"In-Reply-To: <abc123@mail.example.org>\r\n" +
				"References: <root@mail.example.org>\r\n <abc123@mail.example.org>\r\n\r\n"),
		}},
	}
	b.ReportAllocs()
	for b.Loop() {
		s := summaryFromFetch("INBOX", buf)
		if s.MessageID == "" || s.Date.IsZero() || len(s.From) != 1 || len(s.References) != 2 {
			b.Fatalf("summary lost fields: %+v", s)
		}
	}
}

// FuzzSectionHeader: whatever a server sends as the summary's header
// section, reading it neither panics nor yields a Subject or a name that
// could break a header line of a draft.
func FuzzSectionHeader(f *testing.F) {
	f.Add([]byte("From: Dana <dana@globex.example>\r\nSubject: Interview\r\n\r\n"))
	f.Add([]byte(" From: x\r\n\tcontinued\r\nReferences: <a@b> <c@d>\r\nDate: Fri, 20 Nov 2026 10:30:00 +0100\r\n"))
	f.Add([]byte("Subject: =?utf-8?q?caf=C3=A9?=\r\nTo: \"a, b\" <a@b>, c@d\r\n\r\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		s := summaryFromHeader(parseSectionHeader(raw))
		for _, v := range []string{s.Subject} {
			if strings.ContainsAny(v, "\r\n") || !utf8.ValidString(v) {
				t.Fatalf("Subject %q is not one line of UTF-8", v)
			}
		}
		for _, list := range [][]Address{s.From, s.Sender, s.ReplyTo, s.To, s.Cc} {
			for _, a := range list {
				if strings.ContainsAny(a.Name+a.Email, "\r\n") {
					t.Fatalf("address %+v spans lines", a)
				}
			}
		}
	})
}
