package calendar

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// ics joins lines with CRLF, as RFC 5545 §3.1 writes them.
func ics(lines ...string) []byte {
	return []byte(strings.Join(lines, "\r\n") + "\r\n")
}

func mustLoad(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("load %s: %v", name, err)
	}
	return loc
}

func mustParse(t testing.TB, data []byte, loc *time.Location) *Calendar {
	t.Helper()
	cal, err := Parse(data, loc)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return cal
}

func onlyEvent(t testing.TB, cal *Calendar) Event {
	t.Helper()
	if len(cal.Events) != 1 {
		t.Fatalf("got %d events, want 1 (warnings %q)", len(cal.Events), cal.Warnings)
	}
	return cal.Events[0]
}

// wantInstant checks the instant and the zone name of got.
func wantInstant(t testing.TB, what string, got time.Time, want time.Time) {
	t.Helper()
	if !got.Equal(want) {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
	if got.Location().String() != want.Location().String() {
		t.Errorf("%s zone = %q, want %q", what, got.Location(), want.Location())
	}
}

// A Google Calendar invitation as it arrives by mail: folded lines, a Meet
// link in X-GOOGLE-CONFERENCE, a room among the attendees.
var googleInvite = ics(
	"BEGIN:VCALENDAR",
	"PRODID:-//Google Inc//Google Calendar 70.9054//EN",
	"VERSION:2.0",
	"CALSCALE:GREGORIAN",
	"METHOD:REQUEST",
	"BEGIN:VTIMEZONE",
	"TZID:America/New_York",
	"X-LIC-LOCATION:America/New_York",
	"BEGIN:DAYLIGHT",
	"TZOFFSETFROM:-0500",
	"TZOFFSETTO:-0400",
	"TZNAME:EDT",
	"DTSTART:19700308T020000",
	"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
	"END:DAYLIGHT",
	"BEGIN:STANDARD",
	"TZOFFSETFROM:-0400",
	"TZOFFSETTO:-0500",
	"TZNAME:EST",
	"DTSTART:19701101T020000",
	"RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
	"END:STANDARD",
	"END:VTIMEZONE",
	"BEGIN:VEVENT",
	"DTSTART;TZID=America/New_York:20250312T140000",
	"DTEND;TZID=America/New_York:20250312T144500",
	"DTSTAMP:20250301T101500Z",
	"ORGANIZER;CN=Dana Recruiter:mailto:Dana.Recruiter@Acme.example",
	"UID:5qk1b2c3d4e5f6g7h8i9j0@google.com",
	"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=",
	" TRUE;CN=jo@example.org;X-NUM-GUESTS=0:mailto:jo@example.org",
	"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=\"Lee, ",
	" Hiring Manager\";X-NUM-GUESTS=0:MAILTO:LEE@ACME.EXAMPLE",
	"ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=NYC-5-Hudson (",
	" 6);X-NUM-GUESTS=0:mailto:c_1888abc@resource.calendar.google.com",
	"X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij",
	"CREATED:20250301T101400Z",
	"DESCRIPTION:Interview for Senior Engineer\\, round 2.\\nJoin with Google Me",
	" et: https://meet.google.com/abc-defg-hij\\n\\nLearn more about Meet at: h",
	" ttps://support.google.com/a/users/answer/9282720",
	"LAST-MODIFIED:20250301T101500Z",
	"LOCATION:NYC-5-Hudson (6)",
	"SEQUENCE:0",
	"STATUS:CONFIRMED",
	"SUMMARY:Interview: Jo Example / Acme",
	"TRANSP:OPAQUE",
	"BEGIN:VALARM",
	"ACTION:DISPLAY",
	"DESCRIPTION:This is an event reminder",
	"TRIGGER:-P0DT0H10M0S",
	"END:VALARM",
	"END:VEVENT",
	"END:VCALENDAR",
)

func TestParseGoogleInvite(t *testing.T) {
	ny := mustLoad(t, "America/New_York")
	cal := mustParse(t, googleInvite, time.UTC)
	ev := onlyEvent(t, cal)

	if cal.Method != "REQUEST" || ev.Method != "REQUEST" {
		t.Errorf("method = %q / %q, want REQUEST", cal.Method, ev.Method)
	}
	if cal.ProdID != "-//Google Inc//Google Calendar 70.9054//EN" {
		t.Errorf("prodid = %q", cal.ProdID)
	}
	wantInstant(t, "start", ev.Start, time.Date(2025, 3, 12, 14, 0, 0, 0, ny))
	wantInstant(t, "end", ev.End, time.Date(2025, 3, 12, 14, 45, 0, 0, ny))
	// 12 March 2025 is after the US switch to EDT on the 9th.
	if !ev.Start.Equal(time.Date(2025, 3, 12, 18, 0, 0, 0, time.UTC)) {
		t.Errorf("start in UTC = %v, want 18:00Z", ev.Start.UTC())
	}
	wantInstant(t, "stamp", ev.Stamp, time.Date(2025, 3, 1, 10, 15, 0, 0, time.UTC))

	checks := []struct{ name, got, want string }{
		{"uid", ev.UID, "5qk1b2c3d4e5f6g7h8i9j0@google.com"},
		{"status", ev.Status, "CONFIRMED"},
		{"summary", ev.Summary, "Interview: Jo Example / Acme"},
		{"description", ev.Description, "Interview for Senior Engineer, round 2.\nJoin with Google Meet: https://meet.google.com/abc-defg-hij\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720"},
		{"location", ev.Location, "NYC-5-Hudson (6)"},
		{"conference", ev.Conference, "https://meet.google.com/abc-defg-hij"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if ev.Sequence != 0 || ev.AllDay || ev.Recurring {
		t.Errorf("sequence %d, allDay %v, recurring %v", ev.Sequence, ev.AllDay, ev.Recurring)
	}

	wantOrg := Person{Name: "Dana Recruiter", Email: "dana.recruiter@acme.example"}
	if ev.Organizer != wantOrg {
		t.Errorf("organizer = %+v, want %+v", ev.Organizer, wantOrg)
	}
	wantAtt := []Person{
		{Name: "jo@example.org", Email: "jo@example.org", CUType: "INDIVIDUAL", Role: "REQ-PARTICIPANT", PartStat: "NEEDS-ACTION"},
		{Name: "Lee, Hiring Manager", Email: "lee@acme.example", CUType: "INDIVIDUAL", Role: "REQ-PARTICIPANT", PartStat: "ACCEPTED"},
		{Name: "NYC-5-Hudson (6)", Email: "c_1888abc@resource.calendar.google.com", CUType: "ROOM", Role: "NON-PARTICIPANT", PartStat: "ACCEPTED"},
	}
	if len(ev.Attendees) != len(wantAtt) {
		t.Fatalf("got %d attendees, want %d: %+v", len(ev.Attendees), len(wantAtt), ev.Attendees)
	}
	for i, want := range wantAtt {
		if ev.Attendees[i] != want {
			t.Errorf("attendee %d = %+v, want %+v", i, ev.Attendees[i], want)
		}
	}
}

// An Outlook / Exchange invitation: Windows zone name as TZID, quoted, and
// the VTIMEZONE Outlook writes (DTSTART in 1601).
var outlookInvite = ics(
	"BEGIN:VCALENDAR",
	"METHOD:REQUEST",
	"PRODID:Microsoft Exchange Server 2010",
	"VERSION:2.0",
	"BEGIN:VTIMEZONE",
	"TZID:W. Europe Standard Time",
	"BEGIN:STANDARD",
	"DTSTART:16010101T030000",
	"TZOFFSETFROM:+0200",
	"TZOFFSETTO:+0100",
	"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
	"END:STANDARD",
	"BEGIN:DAYLIGHT",
	"DTSTART:16010101T020000",
	"TZOFFSETFROM:+0100",
	"TZOFFSETTO:+0200",
	"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
	"END:DAYLIGHT",
	"END:VTIMEZONE",
	"BEGIN:VEVENT",
	"ORGANIZER;CN=Personalabteilung:MAILTO:jobs@firma.example",
	"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jo Example:MAILTO:Jo@Example.org",
	"DESCRIPTION;LANGUAGE=de-DE:Vorstellungsgespräch\\; bitte pünktlich.\\n________________________________________________________________________________\\nMicrosoft Teams meeting\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%7d\\n",
	"UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5A601000000000000000010000000",
	"SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch",
	"DTSTART;TZID=\"W. Europe Standard Time\":20250402T100000",
	"DTEND;TZID=\"W. Europe Standard Time\":20250402T110000",
	"CLASS:PUBLIC",
	"PRIORITY:5",
	"DTSTAMP:20250320T084512Z",
	"TRANSP:OPAQUE",
	"STATUS:CONFIRMED",
	"SEQUENCE:2",
	"LOCATION;LANGUAGE=de-DE:Microsoft Teams Meeting",
	"X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
	"END:VEVENT",
	"END:VCALENDAR",
)

func TestParseOutlookWindowsZone(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	ev := onlyEvent(t, mustParse(t, outlookInvite, time.UTC))
	wantInstant(t, "start", ev.Start, time.Date(2025, 4, 2, 10, 0, 0, 0, berlin))
	wantInstant(t, "end", ev.End, time.Date(2025, 4, 2, 11, 0, 0, 0, berlin))
	if !ev.Start.Equal(time.Date(2025, 4, 2, 8, 0, 0, 0, time.UTC)) {
		t.Errorf("start = %v, want 08:00Z (CEST)", ev.Start.UTC())
	}
	if ev.Sequence != 2 {
		t.Errorf("sequence = %d, want 2", ev.Sequence)
	}
	if ev.Organizer.Email != "jobs@firma.example" || ev.Attendees[0].Email != "jo@example.org" {
		t.Errorf("emails = %q, %q", ev.Organizer.Email, ev.Attendees[0].Email)
	}
	if !strings.HasPrefix(ev.Description, "Vorstellungsgespräch; bitte pünktlich.\n") {
		t.Errorf("description = %q", ev.Description)
	}
	want := "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%7d"
	if ev.Conference != want {
		t.Errorf("conference = %q, want %q", ev.Conference, want)
	}
}

// A zone that only its VTIMEZONE explains, as Outlook writes it for a
// user-defined zone; its rules are the US ones, so the test can compare
// with America/New_York.
var customZone = ics(
	"BEGIN:VCALENDAR",
	"VERSION:2.0",
	"PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
	"METHOD:REQUEST",
	"BEGIN:VTIMEZONE",
	"TZID:Customized Time Zone",
	"BEGIN:STANDARD",
	"DTSTART:16011104T020000",
	"RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
	"TZOFFSETFROM:-0400",
	"TZOFFSETTO:-0500",
	"END:STANDARD",
	"BEGIN:DAYLIGHT",
	"DTSTART:16010311T020000",
	"RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
	"TZOFFSETFROM:-0500",
	"TZOFFSETTO:-0400",
	"END:DAYLIGHT",
	"END:VTIMEZONE",
	"BEGIN:VEVENT",
	"UID:custom-1",
	"DTSTAMP:20250101T000000Z",
	"DTSTART;TZID=\"Customized Time Zone\":20250115T093000",
	"DTEND;TZID=\"Customized Time Zone\":20250115T103000",
	"SUMMARY:Winter",
	"END:VEVENT",
	"BEGIN:VEVENT",
	"UID:custom-2",
	"DTSTAMP:20250101T000000Z",
	"DTSTART;TZID=\"Customized Time Zone\":20250715T093000",
	"DURATION:PT45M",
	"SUMMARY:Summer",
	"END:VEVENT",
	"END:VCALENDAR",
)

func TestParseCustomizedTimeZone(t *testing.T) {
	cal := mustParse(t, customZone, time.UTC)
	if len(cal.Events) != 2 {
		t.Fatalf("got %d events", len(cal.Events))
	}
	tests := []struct {
		name      string
		ev        Event
		start     time.Time
		end       time.Time
		offsetHrs int
	}{
		{"winter EST", cal.Events[0], time.Date(2025, 1, 15, 14, 30, 0, 0, time.UTC), time.Date(2025, 1, 15, 15, 30, 0, 0, time.UTC), -5},
		{"summer EDT", cal.Events[1], time.Date(2025, 7, 15, 13, 30, 0, 0, time.UTC), time.Date(2025, 7, 15, 14, 15, 0, 0, time.UTC), -4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.ev.Start.Equal(tc.start) || !tc.ev.End.Equal(tc.end) {
				t.Errorf("got %v – %v, want %v – %v", tc.ev.Start, tc.ev.End, tc.start, tc.end)
			}
			if tc.ev.Start.Location().String() != "Customized Time Zone" {
				t.Errorf("zone = %q", tc.ev.Start.Location())
			}
			if _, off := tc.ev.Start.Zone(); off != tc.offsetHrs*3600 {
				t.Errorf("offset = %d, want %dh", off, tc.offsetHrs)
			}
			if h, m, _ := tc.ev.Start.Clock(); h != 9 || m != 30 {
				t.Errorf("wall clock = %02d:%02d, want 09:30", h, m)
			}
		})
	}
	if len(cal.Warnings) != 0 {
		t.Errorf("warnings: %q", cal.Warnings)
	}
}

func TestParseCancel(t *testing.T) {
	data := ics(
		"BEGIN:VCALENDAR",
		"PRODID:-//Google Inc//Google Calendar 70.9054//EN",
		"VERSION:2.0",
		"METHOD:CANCEL",
		"BEGIN:VEVENT",
		"DTSTART:20250312T180000Z",
		"DTEND:20250312T184500Z",
		"DTSTAMP:20250305T090000Z",
		"ORGANIZER;CN=Dana Recruiter:mailto:dana.recruiter@acme.example",
		"UID:5qk1b2c3d4e5f6g7h8i9j0@google.com",
		"SEQUENCE:1",
		"STATUS:CANCELLED",
		"SUMMARY:Interview: Jo Example / Acme",
		"END:VEVENT",
		"END:VCALENDAR",
	)
	ev := onlyEvent(t, mustParse(t, data, time.UTC))
	if ev.Method != "CANCEL" || ev.Status != "CANCELLED" || !ev.Cancelled() {
		t.Errorf("method %q status %q cancelled %v", ev.Method, ev.Status, ev.Cancelled())
	}
	if ev.Sequence != 1 {
		t.Errorf("sequence = %d, want 1", ev.Sequence)
	}
	wantInstant(t, "start", ev.Start, time.Date(2025, 3, 12, 18, 0, 0, 0, time.UTC))
}

func TestParseTimes(t *testing.T) {
	paris := mustLoad(t, "Europe/Paris")
	la := mustLoad(t, "America/Los_Angeles")
	tests := []struct {
		name   string
		lines  []string
		start  time.Time
		end    time.Time
		allDay bool
		// byDefault: a time was read in the default zone
		// (Calendar.DefaultZoneUsed).
		byDefault bool
	}{
		{
			name: "floating time in the default zone", byDefault: true,
			lines: []string{"DTSTART:20250610T090000", "DTEND:20250610T100000"},
			start: time.Date(2025, 6, 10, 9, 0, 0, 0, paris),
			end:   time.Date(2025, 6, 10, 10, 0, 0, 0, paris),
		},
		{
			name:  "UTC stays UTC",
			lines: []string{"DTSTART:20250610T090000Z", "DTEND:20250610T100000Z"},
			start: time.Date(2025, 6, 10, 9, 0, 0, 0, time.UTC),
			end:   time.Date(2025, 6, 10, 10, 0, 0, 0, time.UTC),
		},
		{
			name: "all-day date is local midnight", byDefault: true,
			lines:  []string{"DTSTART;VALUE=DATE:20250610", "DTEND;VALUE=DATE:20250612"},
			start:  time.Date(2025, 6, 10, 0, 0, 0, 0, paris),
			end:    time.Date(2025, 6, 12, 0, 0, 0, 0, paris),
			allDay: true,
		},
		{
			name: "all-day without DTEND lasts a day", byDefault: true,
			lines:  []string{"DTSTART;VALUE=DATE:20251026"},
			start:  time.Date(2025, 10, 26, 0, 0, 0, 0, paris),
			end:    time.Date(2025, 10, 27, 0, 0, 0, 0, paris),
			allDay: true,
		},
		{
			name: "date without VALUE parameter", byDefault: true,
			lines:  []string{"DTSTART:20250610"},
			start:  time.Date(2025, 6, 10, 0, 0, 0, 0, paris),
			end:    time.Date(2025, 6, 11, 0, 0, 0, 0, paris),
			allDay: true,
		},
		{
			name:  "DURATION instead of DTEND",
			lines: []string{"DTSTART;TZID=America/Los_Angeles:20250308T233000", "DURATION:PT1H30M"},
			start: time.Date(2025, 3, 8, 23, 30, 0, 0, la),
			end:   time.Date(2025, 3, 9, 1, 0, 0, 0, la),
		},
		{
			// One nominal day across the spring-forward night is 23 hours
			// (RFC 5545 §3.3.6).
			name:  "DURATION in days is nominal across DST",
			lines: []string{"DTSTART;TZID=America/Los_Angeles:20250308T120000", "DURATION:P1D"},
			start: time.Date(2025, 3, 8, 12, 0, 0, 0, la),
			end:   time.Date(2025, 3, 9, 12, 0, 0, 0, la),
		},
		{
			name:  "no end means no length",
			lines: []string{"DTSTART:20250610T090000Z"},
			start: time.Date(2025, 6, 10, 9, 0, 0, 0, time.UTC),
			end:   time.Date(2025, 6, 10, 9, 0, 0, 0, time.UTC),
		},
		{
			name:  "end before start is ignored",
			lines: []string{"DTSTART:20250610T090000Z", "DTEND:20250610T080000Z"},
			start: time.Date(2025, 6, 10, 9, 0, 0, 0, time.UTC),
			end:   time.Date(2025, 6, 10, 9, 0, 0, 0, time.UTC),
		},
		{
			name:  "mozilla TZID prefix",
			lines: []string{"DTSTART;TZID=/mozilla.org/20050126_1/America/Los_Angeles:20250610T090000"},
			start: time.Date(2025, 6, 10, 9, 0, 0, 0, la),
			end:   time.Date(2025, 6, 10, 9, 0, 0, 0, la),
		},
		{
			name:  "Windows name, other case",
			lines: []string{"DTSTART;TZID=pacific standard time:20250610T090000", "DTEND;TZID=Romance Standard Time:20250610T190000"},
			start: time.Date(2025, 6, 10, 9, 0, 0, 0, la),
			end:   time.Date(2025, 6, 10, 19, 0, 0, 0, paris),
		},
		{
			name: "unknown TZID", byDefault: true,
			lines: []string{"DTSTART;TZID=Mars/Olympus_Mons:20250610T090000"},
			start: time.Date(2025, 6, 10, 9, 0, 0, 0, paris),
			end:   time.Date(2025, 6, 10, 9, 0, 0, 0, paris),
		},
		{
			// 02:30 does not exist on 30 March 2025 in Paris; RFC 5545
			// §3.3.5 reads it with the offset before the gap: 03:30 CEST.
			name:  "time in the spring-forward gap",
			lines: []string{"DTSTART;TZID=Europe/Paris:20250330T023000"},
			start: time.Date(2025, 3, 30, 1, 30, 0, 0, time.UTC).In(paris),
			end:   time.Date(2025, 3, 30, 1, 30, 0, 0, time.UTC).In(paris),
		},
		{
			// 02:30 happens twice on 26 October 2025; the first is CEST.
			name:  "time in the fall-back overlap",
			lines: []string{"DTSTART;TZID=Europe/Paris:20251026T023000"},
			start: time.Date(2025, 10, 26, 0, 30, 0, 0, time.UTC).In(paris),
			end:   time.Date(2025, 10, 26, 0, 30, 0, 0, time.UTC).In(paris),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := append([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:x"}, tc.lines...)
			lines = append(lines, "END:VEVENT", "END:VCALENDAR")
			ev := onlyEvent(t, mustParse(t, ics(lines...), paris))
			wantInstant(t, "start", ev.Start, tc.start)
			wantInstant(t, "end", ev.End, tc.end)
			if ev.AllDay != tc.allDay {
				t.Errorf("allDay = %v, want %v", ev.AllDay, tc.allDay)
			}
			cal := mustParse(t, ics(lines...), paris)
			if cal.DefaultZoneUsed != tc.byDefault {
				t.Errorf("DefaultZoneUsed = %v, want %v", cal.DefaultZoneUsed, tc.byDefault)
			}
			if !tc.byDefault {
				// What DefaultZoneUsed promises: any default zone
				// reads the same.
				other := onlyEvent(t, mustParse(t, ics(lines...), mustLoad(t, "Asia/Tokyo")))
				wantInstant(t, "start in another default zone", other.Start, ev.Start)
				wantInstant(t, "end in another default zone", other.End, ev.End)
			}
		})
	}
}

func TestParseXWRTimezone(t *testing.T) {
	data := ics(
		"BEGIN:VCALENDAR",
		"X-WR-TIMEZONE:Asia/Tokyo",
		"BEGIN:VEVENT",
		"UID:a",
		"DTSTART:20250610T090000",
		"END:VEVENT",
		"BEGIN:VEVENT",
		"UID:b",
		"DTSTART;VALUE=DATE:20250610",
		"END:VEVENT",
		"END:VCALENDAR",
	)
	cal := mustParse(t, data, time.UTC)
	wantInstant(t, "floating", cal.Events[0].Start, time.Date(2025, 6, 10, 9, 0, 0, 0, mustLoad(t, "Asia/Tokyo")))
	wantInstant(t, "date", cal.Events[1].Start, time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC))
	if !cal.DefaultZoneUsed {
		t.Error("DefaultZoneUsed = false for an all-day date, want true")
	}
	floating := mustParse(t, ics("BEGIN:VCALENDAR", "X-WR-TIMEZONE:Asia/Tokyo", "BEGIN:VEVENT", "UID:a",
		"DTSTART:20250610T090000", "END:VEVENT", "END:VCALENDAR"), time.UTC)
	if floating.DefaultZoneUsed {
		t.Error("DefaultZoneUsed = true for a floating time read in X-WR-TIMEZONE, want false")
	}
}

func TestParseTolerant(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		summary string
		warn    bool
	}{
		{"LF line ends and blank lines", "BEGIN:VCALENDAR\n\nBEGIN:VEVENT\nUID:1\nDTSTART:20250101T100000Z\nSUMMARY:a\n\nEND:VEVENT\nEND:VCALENDAR\n", "a", false},
		{"lower-case names", "begin:vcalendar\r\nbegin:vevent\r\nuid:1\r\ndtstart:20250101T100000Z\r\nsummary:b\r\nend:vevent\r\nend:vcalendar\r\n", "b", false},
		{"missing END lines", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20250101T100000Z\r\nSUMMARY:c\r\n", "c", false},
		{"byte order mark", "\xef\xbb\xbfBEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20250101T100000Z\r\nSUMMARY:d\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "d", false},
		{"tab folding", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20250101T100000Z\r\nSUMMARY:fol\r\n\tded\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "folded", false},
		{"garbage line skipped", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nthis is no content line\r\nDTSTART:20250101T100000Z\r\nSUMMARY:e\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "e", true},
		{"bare VEVENT", "BEGIN:VEVENT\r\nUID:1\r\nDTSTART:20250101T100000Z\r\nSUMMARY:f\r\nEND:VEVENT\r\n", "f", false},
		{"escapes and invalid UTF-8", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20250101T100000Z\r\nSUMMARY:a\\,b\\;c\\\\d\\Ne\xff\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "a,b;c\\d\ne\uFFFD", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cal := mustParse(t, []byte(tc.data), time.UTC)
			ev := onlyEvent(t, cal)
			if ev.Summary != tc.summary {
				t.Errorf("summary = %q, want %q", ev.Summary, tc.summary)
			}
			if !ev.Start.Equal(time.Date(2025, 1, 1, 10, 0, 0, 0, time.UTC)) {
				t.Errorf("start = %v", ev.Start)
			}
			if got := len(cal.Warnings) > 0; got != tc.warn {
				t.Errorf("warnings = %q, want some: %v", cal.Warnings, tc.warn)
			}
		})
	}
}

func TestParseRefuses(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		is   error
	}{
		{"empty", nil, ErrNotCalendar},
		{"only blank lines", []byte("\r\n\r\n"), ErrNotCalendar},
		{"HTML error page", []byte("<!DOCTYPE html>\n<html><body>502 Bad Gateway</body></html>\n"), ErrNotCalendar},
		{"vCard", []byte("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jo\r\nEND:VCARD\r\n"), ErrNotCalendar},
		{"JSON", []byte(`{"events": []}`), ErrNotCalendar},
		{"too large", append([]byte("BEGIN:VCALENDAR\r\n"), make([]byte, MaxSize)...), ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cal, err := Parse(tc.data, time.UTC)
			if !errors.Is(err, tc.is) {
				t.Fatalf("err = %v, want %v", err, tc.is)
			}
			if cal != nil {
				t.Errorf("calendar returned with error")
			}
			if !strings.HasPrefix(err.Error(), "parse calendar: ") {
				t.Errorf("error %q lacks the parse calendar prefix", err)
			}
		})
	}
}

func TestParseSkipsBadEvent(t *testing.T) {
	data := ics(
		"BEGIN:VCALENDAR",
		"BEGIN:VEVENT",
		"UID:bad",
		"DTSTART:2025-01-01",
		"END:VEVENT",
		"BEGIN:VEVENT",
		"UID:good",
		"DTSTART:20250101T100000Z",
		"END:VEVENT",
		"BEGIN:VTODO",
		"UID:todo",
		"END:VTODO",
		"END:VCALENDAR",
	)
	cal := mustParse(t, data, time.UTC)
	if ev := onlyEvent(t, cal); ev.UID != "good" {
		t.Errorf("kept %q", ev.UID)
	}
	if len(cal.Warnings) != 1 || !strings.Contains(cal.Warnings[0], `"bad"`) {
		t.Errorf("warnings = %q", cal.Warnings)
	}
}

func TestParseRecurrenceFields(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	data := ics(
		"BEGIN:VCALENDAR",
		"BEGIN:VEVENT",
		"UID:r",
		"DTSTART;TZID=Europe/Berlin:20250106T090000",
		"DTEND;TZID=Europe/Berlin:20250106T093000",
		"RRULE:FREQ=WEEKLY;BYDAY=MO",
		"EXDATE;TZID=Europe/Berlin:20250113T090000,20250120T090000",
		"EXDATE;TZID=W. Europe Standard Time:20250127T090000",
		"EXDATE;VALUE=DATE:20250203",
		"RDATE;VALUE=PERIOD:20250108T160000Z/PT2H",
		"END:VEVENT",
		"BEGIN:VEVENT",
		"UID:r",
		"RECURRENCE-ID;TZID=Europe/Berlin;RANGE=THISANDFUTURE:20250210T090000",
		"DTSTART;TZID=Europe/Berlin:20250210T100000",
		"DTEND;TZID=Europe/Berlin:20250210T103000",
		"END:VEVENT",
		"END:VCALENDAR",
	)
	cal := mustParse(t, data, time.UTC)
	if len(cal.Events) != 2 {
		t.Fatalf("got %d events", len(cal.Events))
	}
	m, ov := cal.Events[0], cal.Events[1]
	if !m.Recurring || len(m.Rules) != 1 || m.Rules[0] != "FREQ=WEEKLY;BYDAY=MO" {
		t.Errorf("master recurring %v rules %q", m.Recurring, m.Rules)
	}
	wantEx := []time.Time{
		time.Date(2025, 1, 13, 9, 0, 0, 0, berlin),
		time.Date(2025, 1, 20, 9, 0, 0, 0, berlin),
		time.Date(2025, 1, 27, 9, 0, 0, 0, berlin),
		time.Date(2025, 2, 3, 9, 0, 0, 0, berlin), // a DATE takes DTSTART's time
	}
	if len(m.ExDates) != len(wantEx) {
		t.Fatalf("exdates = %v", m.ExDates)
	}
	for i, want := range wantEx {
		if !m.ExDates[i].Equal(want) {
			t.Errorf("exdate %d = %v, want %v", i, m.ExDates[i], want)
		}
	}
	if len(m.RDates) != 1 || !m.RDates[0].Start.Equal(time.Date(2025, 1, 8, 16, 0, 0, 0, time.UTC)) ||
		!m.RDates[0].End.Equal(time.Date(2025, 1, 8, 18, 0, 0, 0, time.UTC)) {
		t.Errorf("rdates = %v", m.RDates)
	}
	if !ov.Recurring || !ov.ThisAndFuture || !ov.RecurrenceID.Equal(time.Date(2025, 2, 10, 9, 0, 0, 0, berlin)) {
		t.Errorf("override recurring %v thisAndFuture %v rid %v", ov.Recurring, ov.ThisAndFuture, ov.RecurrenceID)
	}
}
