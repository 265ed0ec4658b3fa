package mail

import (
	"io"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

func TestParseMediaType(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		mt     string
		params map[string]string
	}{
		{name: "empty", in: "", mt: "", params: map[string]string{}},
		{name: "clean", in: `Text/HTML; Charset="UTF-8"`, mt: "text/html", params: map[string]string{"charset": "UTF-8"}},
		{name: "RFC 2231 filename", in: `attachment; filename*=utf-8''Gr%C3%BC%C3%9Fe.ics`, mt: "attachment", params: map[string]string{"filename": "Grüße.ics"}},
		{name: "RFC 2231 continuation", in: `attachment; filename*0="in"; filename*1="vite.ics"`, mt: "attachment", params: map[string]string{"filename": "invite.ics"}},
		{name: "duplicate parameter keeps the first", in: `multipart/mixed; boundary="a"; boundary="b"`, mt: "multipart/mixed", params: map[string]string{"boundary": "a"}},
		{name: "unquoted tspecials", in: `multipart/mixed; boundary=----=_Part_1/2?x`, mt: "multipart/mixed", params: map[string]string{"boundary": "----=_Part_1/2?x"}},
		{name: "missing semicolon", in: `application/pdf name="a.pdf"`, mt: "application/pdf", params: map[string]string{"name": "a.pdf"}},
		{name: "missing closing quote", in: `text/html; charset="UTF-8`, mt: "text/html", params: map[string]string{"charset": "UTF-8"}},
		{name: "trailing junk in the type", in: "text/plain>", mt: "text/plain", params: map[string]string{}},
		{name: "parameter without value", in: "text/html;iso-8859-1", mt: "text/html", params: map[string]string{}},
		{name: "raw 8-bit filename", in: "attachment; filename=\"Gr\xfc\xdfe.pdf\"", mt: "attachment", params: map[string]string{"filename": "Grüße.pdf"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mt, params := parseMediaType(tc.in)
			if mt != tc.mt || !reflect.DeepEqual(params, tc.params) {
				t.Errorf("parseMediaType(%q) = %q %q, want %q %q", tc.in, mt, params, tc.mt, tc.params)
			}
		})
	}
}

func TestParseDecodeCharset(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		label  string
		isHTML bool
		want   string
	}{
		{name: "utf-8", in: "Grüße", label: "UTF-8", want: "Grüße"},
		{name: "utf-8 with invalid bytes", in: "a\xffb", label: "utf-8", want: "a\uFFFDb"},
		{name: "windows-1252 quotes", in: "\x93Hi\x94 \x80", label: "windows-1252", want: "“Hi” €"},
		{name: "iso-8859-1 read as windows-1252", in: "caf\xe9 \x96 x", label: "ISO-8859-1", want: "café – x"},
		{name: "iso-8859-15 euro", in: "\xa4", label: "iso-8859-15", want: "€"},
		{name: "quoted label", in: "\xe9", label: `"latin1"`, want: "é"},
		{name: "koi8-r", in: "\xf0\xd2\xc9\xd7\xc5\xd4", label: "koi8-r", want: "Привет"},
		{name: "shift_jis", in: "\x82\xb1\x82\xf1\x82\xc9\x82\xbf\x82\xcd", label: "Shift_JIS", want: "こんにちは"},
		{name: "unknown charset is UTF-8", in: "ok \xe9", label: "x-martian", want: "ok \uFFFD"},
		{name: "missing charset, valid UTF-8", in: "Grüße", label: "", want: "Grüße"},
		{name: "missing charset, 8-bit", in: "Gr\xfc\xdfe", label: "", want: "Grüße"},
		{name: "us-ascii holding UTF-8", in: "∮ E⋅da", label: "us-ascii", want: "∮ E⋅da"},
		{name: "us-ascii holding latin-1", in: "K\xf6ln", label: "US-ASCII", want: "Köln"},
		{
			name:   "HTML names its charset in meta",
			in:     `<meta charset="koi8-r"><p>` + "\xf0\xd2\xc9\xd7\xc5\xd4",
			isHTML: true,
			want:   `<meta charset="koi8-r"><p>Привет`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := decodeCharset([]byte(tc.in), tc.label, tc.isHTML); got != tc.want {
				t.Errorf("decodeCharset(%q, %q) = %q, want %q", tc.in, tc.label, got, tc.want)
			}
		})
	}
}

func TestParseBase64Reader(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{name: "clean", in: "aGVsbG8gd29ybGQ=", want: "hello world"},
		{name: "line breaks and spaces", in: "aGVs\r\nbG8g\n d29y\tbGQ=", want: "hello world"},
		{name: "missing padding", in: "aGk", want: "hi"},
		{name: "extra character", in: "aGk=X", want: "hi"},
		{name: "concatenated chunks", in: "aGk=IHRoZXJl", want: "hi there"},
		{name: "garbage interleaved", in: "a!G@k#", want: "hi"},
		{name: "empty", in: "", want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// One byte at a time, so quanta straddle reads.
			got, err := io.ReadAll(&base64Reader{r: iotest.OneByteReader(strings.NewReader(tc.in))})
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestParseUnflow(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		delsp bool
		want  string
	}{
		{name: "soft break joined", in: "one \ntwo", want: "one two"},
		{name: "hard break kept", in: "one\ntwo", want: "one\ntwo"},
		{name: "delsp removes the space", in: "abc \ndef", delsp: true, want: "abcdef"},
		{name: "signature separator not flowed", in: "-- \nsig", want: "-- \nsig"},
		{name: "space-stuffing removed", in: " From here", want: "From here"},
		{name: "quote depth change ends the paragraph", in: "> a \nb", want: "> a \nb"},
		{name: "quoted lines join", in: ">> a \n>> b", want: ">> a b"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := unflow(tc.in, tc.delsp); got != tc.want {
				t.Errorf("unflow(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestParsePartHeaderLimiter(t *testing.T) {
	big := strings.Repeat("X: y\r\n", maxPartHeaderBytes/6+1)
	tests := []struct {
		name    string
		in      string
		wantErr bool
	}{
		{name: "oversized header after a boundary", in: "pre\r\n--b\r\n" + big, wantErr: true},
		{name: "transport padding after the boundary", in: "--b \t\r\n" + big, wantErr: true},
		{name: "LF line ends", in: "--b\n" + strings.Repeat("X: y\n", maxPartHeaderBytes/5+1), wantErr: true},
		{name: "after the close delimiter", in: "--b--\r\n" + big},
		{name: "single dash is no boundary", in: "--b-\r\n" + big},
		{name: "longer word is no boundary", in: "--bx\r\n" + big},
		{name: "not at line start", in: "x--b\r\n" + big},
		{name: "header ends at the blank line", in: "--b\r\nA: b\r\n\r\n" + big},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := &partHeaderLimiter{r: iotest.HalfReader(strings.NewReader(tc.in)), delim: []byte("--b")}
			_, err := io.ReadAll(l)
			if (err != nil) != tc.wantErr {
				t.Errorf("err = %v, want error %v", err, tc.wantErr)
			}
			if err != nil && err != errPartHeaderTooLarge {
				t.Errorf("err = %v, want errPartHeaderTooLarge", err)
			}
		})
	}
}
