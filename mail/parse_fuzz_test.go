package mail

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that no input makes Parse panic or hang, and that every
// message it returns keeps the invariants callers rely on (valid UTF-8,
// single-line subject, ids safe to write back, caps respected).
// Seeds: the fixtures under testdata/parse plus small edge cases.
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "parse", "*.eml"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		"",
		"\r\n",
		"Subject: x",
		"Content-Type: multipart/mixed; boundary=a\r\n\r\n--a\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n\r\nx\r\n--b--\r\n--a--",
		"Content-Type: text/html\r\n\r\n<p>a<br>b</p><script>x",
		"Content-Transfer-Encoding: base64\r\n\r\n====",
		"Content-Type: text/calendar; charset=shift_jis\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nBEGIN:VCALENDAR=\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Parse(bytes.NewReader(data))
		if err != nil {
			if m != nil {
				t.Fatalf("message returned with error %v", err)
			}
			return
		}
		checkInvariants(t, m)
	})
}
