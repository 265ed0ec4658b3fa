package mail

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestOneLineShortcut: the shortcut for plain ASCII lines returns exactly
// what the full collapse would, and never takes a line that needs work.
func TestOneLineShortcut(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Interview with Globex", "Interview with Globex"},
		{"", ""},
		{"a", "a"},
		{" leading", "leading"},
		{"trailing ", "trailing"},
		{"two  spaces", "two spaces"},
		{"tab\there", "tab here"},
		{"line\r\nbreak", "line break"},
		{"bell\x07", "bell"},
		{"caf\u00e9 ok", "caf\u00e9 ok"},
		{"del\x7f", "del"},
	}
	for _, tc := range tests {
		if got := oneLine(tc.in); got != tc.want {
			t.Errorf("oneLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("ab  \t\r\n\x00\x7f~!\xc3\xa9\xff")
	for range 20000 {
		b := make([]byte, rng.IntN(8))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(b)
		if got, want := oneLine(s), collapseSpace(s); got != want {
			t.Fatalf("oneLine(%q) = %q, collapseSpace = %q", s, got, want)
		}
	}
}

// TestParseMessageIDsLongList: duplicates are dropped in short and long
// lists alike (long ones switch to a set), order kept.
func TestParseMessageIDsLongList(t *testing.T) {
	for _, n := range []int{3, 16, 17, 40} {
		var in, want []string
		for i := range n {
			id := fmt.Sprintf("m%d@example.com", i)
			in = append(in, "<"+id+">", "<"+id+">")
			want = append(want, id)
		}
		in = append(in, "<m0@example.com>")
		if got := ParseMessageIDs(strings.Join(in, " ")); !slices.Equal(got, want) {
			t.Errorf("%d ids, each twice: got %d ids %v, want %d", n, len(got), got[:min(3, len(got))], len(want))
		}
	}
}
