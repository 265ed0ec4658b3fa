package calendar

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// feed writes a calendar of n events over two years, every third one
// weekly, in a few zones, as a large company calendar feed would be.
func feed(n int) []byte {
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followupd//bench//EN\r\n")
	zones := []string{"Europe/Berlin", "America/New_York", "W. Europe Standard Time", "Pacific Standard Time"}
	base := time.Date(2024, 1, 1, 8, 0, 0, 0, time.UTC)
	for i := range n {
		start := base.Add(time.Duration(i%700) * 24 * time.Hour).Add(time.Duration(i%9) * time.Hour)
		tz := zones[i%len(zones)]
		fmt.Fprintf(&b, "BEGIN:VEVENT\r\nUID:event-%d@bench.example\r\nDTSTAMP:20240101T000000Z\r\nSEQUENCE:%d\r\n", i, i%3)
		fmt.Fprintf(&b, "DTSTART;TZID=%s:%s\r\n", tz, start.Format("20060102T150405"))
		fmt.Fprintf(&b, "DTEND;TZID=%s:%s\r\n", tz, start.Add(45*time.Minute).Format("20060102T150405"))
		fmt.Fprintf(&b, "SUMMARY:Meeting %d\\, room %d\r\nDESCRIPTION:Agenda\\nJoin: https://meet.google.com/abc-defg-%03d\r\n", i, i%40, i%1000)
		fmt.Fprintf(&b, "ORGANIZER;CN=Org %d:mailto:org%d@example.com\r\n", i%17, i%17)
		fmt.Fprintf(&b, "ATTENDEE;CN=A;PARTSTAT=ACCEPTED:mailto:a%d@example.com\r\nATTENDEE;CUTYPE=ROOM;CN=Room:mailto:room%d@example.com\r\n", i, i%40)
		if i%3 == 0 {
			b.WriteString("RRULE:FREQ=WEEKLY;UNTIL=20260101T000000Z\r\n")
			fmt.Fprintf(&b, "EXDATE;TZID=%s:%s\r\n", tz, start.AddDate(0, 0, 14).Format("20060102T150405"))
		}
		b.WriteString("END:VEVENT\r\n")
	}
	b.WriteString("END:VCALENDAR\r\n")
	return []byte(b.String())
}

// BenchmarkParseExpand parses a 10,000-event feed and expands a 90-day
// window, what a feed refresh costs.
func BenchmarkParseExpand(b *testing.B) {
	data := feed(10_000)
	from := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	to := from.AddDate(0, 0, 90)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var n int
	for b.Loop() {
		cal, err := Parse(data, time.UTC)
		if err != nil {
			b.Fatal(err)
		}
		n = len(Expand(cal.Events, from, to))
	}
	b.ReportMetric(float64(n), "occurrences")
}
