package mail

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

// TestReadLiteral: a body literal is read into one allocation of its
// announced size, but never more than the limit the FETCH asked for,
// whatever a broken or hostile server announces; what it sends beyond is
// read out, and a failing connection is an error.
func TestReadLiteral(t *testing.T) {
	for _, tc := range []struct {
		name        string
		r           io.Reader
		size, limit int64
		want        string
		wantErr     bool
	}{
		{"as announced", strings.NewReader("Subject: x\r\n\r\nhi"), 16, 1024, "Subject: x\r\n\r\nhi", false},
		{"a terabyte announced, three bytes sent", strings.NewReader("abc"), 1 << 40, 1024, "abc", false},
		{"more sent than the limit", strings.NewReader(strings.Repeat("a", 100)), 100, 10, strings.Repeat("a", 10), false},
		{"shorter than announced", strings.NewReader("ab"), 5, 1024, "ab", false},
		{"a negative size", strings.NewReader("abc"), -1, 1024, "", false},
		{"the connection fails", io.MultiReader(strings.NewReader("ab"), iotestErr{}), 5, 1024, "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readLiteral(tc.r, tc.size, tc.limit)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if !tc.wantErr && !bytes.Equal(got, []byte(tc.want)) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if int64(cap(got)) > tc.limit {
				t.Errorf("allocated %d bytes, more than the limit %d", cap(got), tc.limit)
			}
		})
	}
}

type iotestErr struct{}

func (iotestErr) Read([]byte) (int, error) { return 0, errors.New("connection reset") }
