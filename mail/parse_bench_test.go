package mail

import (
	"bytes"
	"strings"
	"testing"
)

// BenchmarkParseAlternative parses a scheduling system's mail as most are
// sent: multipart/alternative, a plain text and an HTML table of the same
// words, a calendar part beside them.
func BenchmarkParseAlternative(b *testing.B) {
	row := "<tr><td style=\"padding:4px 40px;font-size:14px\">Date</td><td style=\"padding:4px\">Tuesday, December 8, 2026</td></tr>\n"
	raw := strings.Join([]string{
		"From: Initech Recruiting <no-reply@greenhouse.io>",
		"To: Sam Rivera <sam.rivera@example.org>",
		"Subject: Interview confirmation",
		"Date: Tue, 01 Dec 2026 10:00:00 +0000",
		"Message-ID: <bench@greenhouse.io>",
		"MIME-Version: 1.0",
		"Content-Type: multipart/alternative; boundary=\"b1\"",
		"",
		"--b1",
		"Content-Type: text/plain; charset=utf-8",
		"",
		strings.Repeat("Your interview with Initech is confirmed for Tuesday, December 8, 2026 at 4:00 PM CET.\n", 20),
		"--b1",
		"Content-Type: text/html; charset=utf-8",
		"",
		"<html><body><table>" + strings.Repeat(row, 60) + "</table></body></html>",
		"--b1",
		"Content-Type: text/calendar; method=REQUEST; charset=utf-8",
		"",
		"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261208T150000Z\r\nEND:VEVENT\r\nEND:VCALENDAR",
		"--b1--",
		"",
	}, "\r\n")
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		m, err := Parse(bytes.NewReader([]byte(raw)))
		if err != nil || len(m.Calendars) != 1 || !strings.Contains(m.Text, "4:00 PM") {
			b.Fatalf("Parse = %v, %d calendars, text %q", err, len(m.Calendars), m.Text)
		}
	}
}
