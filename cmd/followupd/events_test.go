package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

const eventsFeed = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n" +
	"BEGIN:VEVENT\r\nUID:iv1@google.com\r\nDTSTAMP:20261120T100000Z\r\nDTSTART:20261201T140000Z\r\nDTEND:20261201T150000Z\r\n" +
	"SUMMARY:Interview with Initech\r\nLOCATION:https://meet.google.com/abc-defg-hij\r\n" +
	"ORGANIZER;CN=Joanna Park:mailto:joanna.park@initech.example\r\n" +
	"ATTENDEE;CN=Peter Gibbons:mailto:peter.gibbons@initech.example\r\n" +
	"ATTENDEE;CN=Sam Rivera:mailto:sam.rivera@example.org\r\nEND:VEVENT\r\n" +
	"BEGIN:VEVENT\r\nUID:prep1@google.com\r\nDTSTAMP:20261120T100000Z\r\nDTSTART:20261130T170000Z\r\nDTEND:20261130T180000Z\r\n" +
	"SUMMARY:Interview practice\r\nEND:VEVENT\r\n" +
	"BEGIN:VEVENT\r\nUID:hol@google.com\r\nDTSTAMP:20261120T100000Z\r\nDTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261225\r\n" +
	"SUMMARY:Christmas Eve\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"

func TestEventsExplainsEachVerdict(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "cal.ics")
	writeFile(t, feed, eventsFeed)
	code, out, stderr := runCLI(t, "--config", filepath.Join(dir, "none.yaml"), "events", "--feed", feed,
		"--from", "2026-11-01", "--to", "2027-01-01", "--json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var items []eventItem
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	want := map[string]struct {
		interview bool
		allDay    bool
	}{
		"iv1@google.com":   {true, false},
		"prep1@google.com": {false, false},
		"hol@google.com":   {false, true},
	}
	if len(items) != len(want) {
		t.Fatalf("got %d events, want %d: %+v", len(items), len(want), items)
	}
	for _, it := range items {
		w, ok := want[it.UID]
		if !ok {
			t.Errorf("unexpected event %q", it.UID)
			continue
		}
		if it.Interview != w.interview || it.AllDay != w.allDay || it.Reason == "" || it.Start == "" || it.End == "" {
			t.Errorf("%s: interview=%v all_day=%v reason=%q start=%q end=%q; want interview=%v all_day=%v and a reason",
				it.UID, it.Interview, it.AllDay, it.Reason, it.Start, it.End, w.interview, w.allDay)
		}
	}
}

func TestEventsBadFeed(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, content string
	}{
		{"html page", "<!DOCTYPE html><html><body>Sign in</body></html>"},
		{"truncated", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"},
		{"garbage", "\x00\x01\x02 not a calendar"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			feed := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".ics")
			writeFile(t, feed, tc.content)
			code, out, stderr := runCLI(t, "--config", filepath.Join(dir, "none.yaml"), "events", "--feed", feed)
			if code == exitOK {
				t.Fatalf("exit 0 for a bad feed; stdout %q", out)
			}
			if lines := strings.Count(strings.TrimSpace(stderr), "\n") + 1; lines != 1 || stderr == "" {
				t.Errorf("want one clear error line, got %d:\n%s", lines, stderr)
			}
		})
	}
	code, _, stderr := runCLI(t, "--config", filepath.Join(dir, "none.yaml"), "events", "--feed", filepath.Join(dir, "missing.ics"))
	if code == exitOK || !strings.Contains(stderr, "missing.ics") {
		t.Errorf("missing file: exit %d, %q: want an error naming the file", code, stderr)
	}
}
