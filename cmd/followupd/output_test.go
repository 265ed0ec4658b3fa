package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/interview"
)

// TestInterviewsTableEscapesControlCharacters: a company, role or name
// comes from mail, and an escape sequence in it must not drive the
// user's terminal.
func TestInterviewsTableEscapesControlCharacters(t *testing.T) {
	iv := interview.Interview{
		ID: "abc", Company: "Evil\x1b[2JCorp", Role: "Eng\x07ineer",
		Start:     time.Date(2026, 12, 8, 10, 0, 0, 0, time.UTC),
		Organizer: interview.Person{Name: "Mal\x1b]0;title\x07lory", Email: "m@evil.example"},
	}
	var out bytes.Buffer
	printInterviews(&out, []interview.Interview{iv}, time.UTC)
	if strings.ContainsAny(out.String(), "\x1b\x07") {
		t.Fatalf("raw control characters in the table: %q", out.String())
	}
	for _, want := range []string{`Evil\x1b[2JCorp`, `Eng\x07ineer`, `Mal\x1b]0;title\x07lory`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table does not show %s escaped:\n%s", want, out.String())
		}
	}
}
