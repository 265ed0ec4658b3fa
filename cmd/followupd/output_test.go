package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/daemon"
	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/rules"
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

// TestEventsAndWrittenEscapeControlCharacters: an event's title from a
// feed and the company and names a pass wrote to are shown escaped too.
func TestEventsAndWrittenEscapeControlCharacters(t *testing.T) {
	var out bytes.Buffer
	printEvents(&out, []eventItem{{Summary: "Interview\x1b[2J", Start: "2026-12-08T10:00:00Z", Status: "CONFIRMED", Reason: "why\x07"}}, time.UTC)
	res := &daemon.Result{Now: time.Date(2026, 12, 8, 10, 0, 0, 0, time.UTC), Written: []daemon.Written{{
		Item:    rules.Item{Rule: "thank-you", Company: "Evil\x1b]0;x\x07", To: []interview.Person{{Name: "Mal\x1blory", Email: "m@evil.example"}}},
		Subject: "Thank you",
	}}}
	printWritten(&out, res)
	if strings.ContainsAny(out.String(), "\x1b\x07") {
		t.Fatalf("raw control characters in the output: %q", out.String())
	}
}
