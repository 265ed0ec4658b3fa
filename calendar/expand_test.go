package calendar

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// vevents wraps VEVENT bodies (lines separated by "|") into a calendar.
func vevents(bodies ...string) []byte {
	lines := []string{"BEGIN:VCALENDAR", "VERSION:2.0"}
	for _, b := range bodies {
		lines = append(lines, "BEGIN:VEVENT")
		lines = append(lines, strings.Split(b, "|")...)
		lines = append(lines, "END:VEVENT")
	}
	return ics(append(lines, "END:VCALENDAR")...)
}

type occ struct {
	start  string // wall clock in the event's zone, "2006-01-02 15:04"
	status string
	sum    string
}

func TestExpand(t *testing.T) {
	const weekly = "UID:w|DTSTAMP:20250101T000000Z|SUMMARY:Sync|DTSTART;TZID=Europe/Berlin:20250303T090000|DTEND;TZID=Europe/Berlin:20250303T093000|RRULE:FREQ=WEEKLY;COUNT=6"
	tests := []struct {
		name     string
		bodies   []string
		from, to string // UTC dates
		want     []occ
	}{
		{
			name:   "stays at 09:00 across DST",
			bodies: []string{weekly},
			from:   "2025-03-01", to: "2025-05-01",
			want: []occ{{"2025-03-03 09:00", "", "Sync"}, {"2025-03-10 09:00", "", "Sync"}, {"2025-03-17 09:00", "", "Sync"},
				{"2025-03-24 09:00", "", "Sync"}, {"2025-03-31 09:00", "", "Sync"}, {"2025-04-07 09:00", "", "Sync"}},
		},
		{
			name:   "window cuts both ends",
			bodies: []string{weekly},
			from:   "2025-03-12", to: "2025-03-25",
			want: []occ{{"2025-03-17 09:00", "", "Sync"}, {"2025-03-24 09:00", "", "Sync"}},
		},
		{
			name: "EXDATE list and several EXDATE lines",
			bodies: []string{weekly + "|EXDATE;TZID=Europe/Berlin:20250310T090000,20250317T090000" +
				"|EXDATE;TZID=W. Europe Standard Time:20250331T090000|EXDATE:20250407T070000Z"},
			from: "2025-03-01", to: "2025-05-01",
			want: []occ{{"2025-03-03 09:00", "", "Sync"}, {"2025-03-24 09:00", "", "Sync"}},
		},
		{
			name: "override moves one instance, cancelled one kept",
			bodies: []string{weekly,
				"UID:w|SEQUENCE:1|DTSTAMP:20250301T000000Z|SUMMARY:Sync (moved)|RECURRENCE-ID;TZID=Europe/Berlin:20250310T090000|DTSTART;TZID=Europe/Berlin:20250311T140000|DTEND;TZID=Europe/Berlin:20250311T143000",
				"UID:w|SEQUENCE:1|DTSTAMP:20250301T000000Z|SUMMARY:Sync|STATUS:CANCELLED|RECURRENCE-ID;TZID=Europe/Berlin:20250317T090000|DTSTART;TZID=Europe/Berlin:20250317T090000|DTEND;TZID=Europe/Berlin:20250317T093000",
			},
			from: "2025-03-01", to: "2025-03-20",
			want: []occ{{"2025-03-03 09:00", "", "Sync"}, {"2025-03-11 14:00", "", "Sync (moved)"}, {"2025-03-17 09:00", "CANCELLED", "Sync"}},
		},
		{
			name: "instance moved into the window",
			bodies: []string{weekly,
				"UID:w|SUMMARY:Sync (early)|RECURRENCE-ID;TZID=Europe/Berlin:20250407T090000|DTSTART;TZID=Europe/Berlin:20250304T090000|DTEND;TZID=Europe/Berlin:20250304T093000",
			},
			from: "2025-03-04", to: "2025-03-05",
			want: []occ{{"2025-03-04 09:00", "", "Sync (early)"}},
		},
		{
			name: "override without its master, as Exchange sends it",
			bodies: []string{
				"UID:x|SUMMARY:Only this one|RECURRENCE-ID:20250310T080000Z|DTSTART:20250310T100000Z|DTEND:20250310T110000Z",
			},
			from: "2025-03-01", to: "2025-04-01",
			want: []occ{{"2025-03-10 10:00", "", "Only this one"}},
		},
		{
			name: "override of an excluded instance is dropped",
			bodies: []string{
				weekly + "|SEQUENCE:2|EXDATE;TZID=Europe/Berlin:20250310T090000",
				"UID:w|SEQUENCE:1|SUMMARY:stale|RECURRENCE-ID;TZID=Europe/Berlin:20250310T090000|DTSTART;TZID=Europe/Berlin:20250310T100000",
			},
			from: "2025-03-01", to: "2025-03-15",
			want: []occ{{"2025-03-03 09:00", "", "Sync"}},
		},
		{
			name: "newer master wins",
			bodies: []string{
				"UID:n|SEQUENCE:3|SUMMARY:v3|DTSTART:20250303T100000Z|RRULE:FREQ=DAILY;COUNT=2",
				"UID:n|SEQUENCE:2|SUMMARY:v2|DTSTART:20250303T090000Z|RRULE:FREQ=DAILY;COUNT=5",
			},
			from: "2025-03-01", to: "2025-04-01",
			want: []occ{{"2025-03-03 10:00", "", "v3"}, {"2025-03-04 10:00", "", "v3"}},
		},
		{
			name: "RDATE adds instances, a PERIOD with its own end",
			bodies: []string{
				"UID:r|SUMMARY:R|DTSTART:20250303T090000Z|DTEND:20250303T100000Z|RDATE:20250305T120000Z,20250306T120000Z|RDATE;VALUE=PERIOD:20250307T150000Z/20250307T170000Z",
			},
			from: "2025-03-01", to: "2025-04-01",
			want: []occ{{"2025-03-03 09:00", "", "R"}, {"2025-03-05 12:00", "", "R"}, {"2025-03-06 12:00", "", "R"}, {"2025-03-07 15:00", "", "R"}},
		},
		{
			name: "THISANDFUTURE moves the later instances",
			bodies: []string{
				"UID:f|SUMMARY:old|DTSTART:20250303T090000Z|DTEND:20250303T100000Z|RRULE:FREQ=DAILY;COUNT=4",
				"UID:f|SUMMARY:new|RECURRENCE-ID;RANGE=THISANDFUTURE:20250304T090000Z|DTSTART:20250304T110000Z|DTEND:20250304T113000Z",
			},
			from: "2025-03-01", to: "2025-04-01",
			want: []occ{{"2025-03-03 09:00", "", "old"}, {"2025-03-04 11:00", "", "new"}, {"2025-03-05 11:00", "", "new"}, {"2025-03-06 11:00", "", "new"}},
		},
		{
			name: "all-day weekly with a date override",
			bodies: []string{
				"UID:d|SUMMARY:Day|DTSTART;VALUE=DATE:20250303|RRULE:FREQ=WEEKLY;UNTIL=20250317",
				"UID:d|SUMMARY:Day off|STATUS:CANCELLED|RECURRENCE-ID;VALUE=DATE:20250310|DTSTART;VALUE=DATE:20250310",
			},
			from: "2025-03-01", to: "2025-04-01",
			want: []occ{{"2025-03-03 00:00", "", "Day"}, {"2025-03-10 00:00", "CANCELLED", "Day off"}, {"2025-03-17 00:00", "", "Day"}},
		},
		{
			name: "COUNT is counted from DTSTART, not from the window",
			bodies: []string{
				"UID:c|SUMMARY:C|DTSTART:20250101T090000Z|RRULE:FREQ=WEEKLY;COUNT=10",
			},
			from: "2025-03-01", to: "2025-06-01",
			want: []occ{{"2025-03-05 09:00", "", "C"}},
		},
		{
			name: "bad RRULE leaves DTSTART",
			bodies: []string{
				"UID:b|SUMMARY:B|DTSTART:20250303T090000Z|RRULE:FREQ=SOMETIMES",
			},
			from: "2025-03-01", to: "2025-04-01",
			want: []occ{{"2025-03-03 09:00", "", "B"}},
		},
		{
			name: "single events pass through, sorted",
			bodies: []string{
				"UID:2|SUMMARY:second|DTSTART:20250303T120000Z|DTEND:20250303T130000Z",
				"UID:1|SUMMARY:first|DTSTART:20250303T080000Z|DTEND:20250303T090000Z",
				"UID:3|SUMMARY:outside|DTSTART:20250403T080000Z",
				"UID:4|SUMMARY:no start",
			},
			from: "2025-03-01", to: "2025-04-01",
			want: []occ{{"2025-03-03 08:00", "", "first"}, {"2025-03-03 12:00", "", "second"}},
		},
		{
			name: "event running into the window",
			bodies: []string{
				"UID:l|SUMMARY:long|DTSTART:20250228T220000Z|DTEND:20250301T020000Z|RRULE:FREQ=DAILY;COUNT=2",
			},
			from: "2025-03-01", to: "2025-03-01T12:00:00Z",
			want: []occ{{"2025-02-28 22:00", "", "long"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cal := mustParse(t, vevents(tc.bodies...), time.UTC)
			got := Expand(cal.Events, day(t, tc.from), day(t, tc.to))
			if len(got) != len(tc.want) {
				for _, g := range got {
					t.Logf("got %v %q %s", g.Start, g.Summary, g.Status)
				}
				t.Fatalf("got %d occurrences, want %d", len(got), len(tc.want))
			}
			for i, w := range tc.want {
				g := got[i]
				if s := g.Start.Format("2006-01-02 15:04"); s != w.start || g.Status != w.status || g.Summary != w.sum {
					t.Errorf("occurrence %d = %s %q %q, want %s %q %q", i, s, g.Status, g.Summary, w.start, w.status, w.sum)
				}
				if len(g.Rules) != 0 || len(g.ExDates) != 0 || len(g.RDates) != 0 {
					t.Errorf("occurrence %d keeps its recurrence", i)
				}
			}
		})
	}
}

func day(t *testing.T, s string) time.Time {
	t.Helper()
	if len(s) == 10 {
		s += "T00:00:00Z"
	}
	d, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestExpandOccurrenceFields(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	cal := mustParse(t, vevents(
		"UID:w|SUMMARY:Sync|ORGANIZER:mailto:a@b.example|ATTENDEE;CN=C:mailto:c@b.example|DTSTART;TZID=Europe/Berlin:20250321T090000|DTEND;TZID=Europe/Berlin:20250321T100000|RRULE:FREQ=WEEKLY;COUNT=3",
	), time.UTC)
	got := Expand(cal.Events, day(t, "2025-03-27"), day(t, "2025-03-29"))
	if len(got) != 1 {
		t.Fatalf("got %d occurrences", len(got))
	}
	o := got[0]
	wantInstant(t, "start", o.Start, time.Date(2025, 3, 28, 9, 0, 0, 0, berlin))
	wantInstant(t, "end", o.End, time.Date(2025, 3, 28, 10, 0, 0, 0, berlin))
	wantInstant(t, "recurrence id", o.RecurrenceID, time.Date(2025, 3, 28, 9, 0, 0, 0, berlin))
	if !o.Recurring || o.UID != "w" || o.Organizer.Email != "a@b.example" || len(o.Attendees) != 1 {
		t.Errorf("occurrence = %+v", o)
	}
	// Occurrences must not share the master's attendee slice.
	o.Attendees[0].Name = "changed"
	if cal.Events[0].Attendees[0].Name != "C" {
		t.Error("occurrence aliases the master's attendees")
	}
}

func TestExpandCancelWithoutStart(t *testing.T) {
	master := mustParse(t, vevents("UID:s|SEQUENCE:0|SUMMARY:Standup|DTSTART:20250303T090000Z|DTEND:20250303T091500Z|RRULE:FREQ=DAILY;COUNT=3"), time.UTC)
	cancel := mustParse(t, ics("BEGIN:VCALENDAR", "METHOD:CANCEL", "BEGIN:VEVENT", "UID:s", "SEQUENCE:1",
		"RECURRENCE-ID:20250304T090000Z", "END:VEVENT", "END:VCALENDAR"), time.UTC)
	events := append(master.Events, cancel.Events...)
	got := Expand(events, day(t, "2025-03-01"), day(t, "2025-04-01"))
	if len(got) != 3 {
		t.Fatalf("got %d occurrences", len(got))
	}
	mid := got[1]
	if !mid.Cancelled() || !mid.Start.Equal(day(t, "2025-03-04T09:00:00Z")) || !mid.End.Equal(day(t, "2025-03-04T09:15:00Z")) {
		t.Errorf("cancelled instance = %v–%v cancelled %v", mid.Start, mid.End, mid.Cancelled())
	}
	if got[0].Cancelled() || got[2].Cancelled() {
		t.Error("other instances cancelled")
	}
}

func TestExpandLongAgoStart(t *testing.T) {
	// A daily rule since 1900 must not be walked day by day to today.
	cal := mustParse(t, vevents("UID:o|DTSTART:19000101T090000Z|RRULE:FREQ=DAILY"), time.UTC)
	got := Expand(cal.Events, day(t, "2025-03-01"), day(t, "2025-03-04"))
	if len(got) != 3 || !got[0].Start.Equal(day(t, "2025-03-01T09:00:00Z")) {
		t.Fatalf("got %d occurrences from %v", len(got), got)
	}
}

// Hostile input must cost bounded time and memory.
func TestExpandHostile(t *testing.T) {
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\r\n")
	for i := range 300 {
		fmt.Fprintf(&b, "BEGIN:VTIMEZONE\r\nTZID:z%d\r\nBEGIN:STANDARD\r\nDTSTART:19000101T000000\r\nRRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=1,15\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n", i)
		fmt.Fprintf(&b, "BEGIN:VEVENT\r\nUID:%d\r\nDTSTART;TZID=z%d:20200101T000000\r\nRRULE:FREQ=SECONDLY;BYHOUR=23\r\nEND:VEVENT\r\n", i, i)
	}
	b.WriteString("END:VCALENDAR\r\n")
	begin := time.Now()
	cal := mustParse(t, []byte(b.String()), time.UTC)
	got := Expand(cal.Events, day(t, "2020-01-01"), day(t, "2022-01-01"))
	if d := time.Since(begin); d > 10*time.Second {
		t.Errorf("took %v", d)
	}
	if len(got) > maxTotalOccurrences {
		t.Errorf("%d occurrences", len(got))
	}
	t.Logf("%d events, %d occurrences, %d warnings in %v", len(cal.Events), len(got), len(cal.Warnings), time.Since(begin))
}
