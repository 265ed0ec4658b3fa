package calendar

import (
	"strings"
	"testing"
	"time"
)

func TestWindowsZones(t *testing.T) {
	tests := []struct{ windows, iana string }{
		{"W. Europe Standard Time", "Europe/Berlin"},
		{"Romance Standard Time", "Europe/Paris"},
		{"GMT Standard Time", "Europe/London"},
		{"Eastern Standard Time", "America/New_York"},
		{"Central Standard Time", "America/Chicago"},
		{"Pacific Standard Time", "America/Los_Angeles"},
		{"Tokyo Standard Time", "Asia/Tokyo"},
		{"New Zealand Standard Time", "Pacific/Auckland"},
		{"AUS Eastern Standard Time", "Australia/Sydney"},
		{"UTC", "Etc/UTC"},
		{"  w. europe standard time ", "Europe/Berlin"},
	}
	for _, tc := range tests {
		t.Run(tc.windows, func(t *testing.T) {
			got, ok := WindowsToIANA(tc.windows)
			if !ok || got != tc.iana {
				t.Errorf("WindowsToIANA(%q) = %q, %v; want %q", tc.windows, got, ok, tc.iana)
			}
		})
	}
	if _, ok := WindowsToIANA("Europe/Berlin"); ok {
		t.Error("an IANA name is not a Windows name")
	}
	// The embedded table must be the real one, and every zone it names
	// must load, or an Outlook invitation would fall back to guessing.
	m := windowsZones()
	if len(m) < 130 {
		t.Fatalf("only %d Windows zones embedded", len(m))
	}
	for win, iana := range m {
		if _, err := time.LoadLocation(iana); err != nil {
			t.Errorf("%q maps to %q, which does not load: %v", win, iana, err)
		}
	}
}

// A VTIMEZONE whose TZID names nothing: the Australian rules, daylight time
// in the southern summer, checked against the tz database at instants on
// both sides of each change.
const sydneyLike = "BEGIN:VCALENDAR\r\n" +
	"BEGIN:VTIMEZONE\r\n" +
	"TZID:(UTC+10:00) Canberra\\, Melbourne\\, Sydney\r\n" +
	"BEGIN:STANDARD\r\n" +
	"DTSTART:20080406T030000\r\n" +
	"RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU\r\n" +
	"TZOFFSETFROM:+1100\r\n" +
	"TZOFFSETTO:+1000\r\n" +
	"TZNAME:AEST\r\n" +
	"END:STANDARD\r\n" +
	"BEGIN:DAYLIGHT\r\n" +
	"DTSTART:20081005T020000\r\n" +
	"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU\r\n" +
	"TZOFFSETFROM:+1000\r\n" +
	"TZOFFSETTO:+1100\r\n" +
	"TZNAME:AEDT\r\n" +
	"END:DAYLIGHT\r\n" +
	"END:VTIMEZONE\r\n" +
	"END:VCALENDAR\r\n"

func TestVTimezoneLocation(t *testing.T) {
	cals, _, err := decode([]byte(sydneyLike))
	if err != nil {
		t.Fatal(err)
	}
	vtz := cals[0].children[0]
	loc, err := vtimezoneLocation("custom", vtz)
	if err != nil {
		t.Fatal(err)
	}
	sydney := mustLoad(t, "Australia/Sydney")
	for year := 2009; year <= 2040; year++ {
		for _, month := range []time.Month{1, 4, 5, 9, 10, 11} {
			for _, day := range []int{1, 4, 5, 6, 7, 8, 28} {
				at := time.Date(year, month, day, 15, 30, 0, 0, time.UTC)
				_, want := at.In(sydney).Zone()
				name, got := at.In(loc).Zone()
				if got != want {
					t.Fatalf("%v: offset %d (%s), want %d", at, got, name, want)
				}
			}
		}
	}
	summer := time.Date(2030, 1, 10, 0, 0, 0, 0, loc)
	if name, _ := summer.Zone(); name != "AEDT" {
		t.Errorf("summer abbreviation = %q", name)
	}
}

func TestVTimezoneShapes(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		at      time.Time
		offset  int
		wantErr bool
	}{
		{
			name:   "single fixed observance",
			body:   "BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\nEND:STANDARD\r\n",
			at:     time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC),
			offset: 5*3600 + 1800,
		},
		{
			name: "changes listed by RDATE",
			body: "BEGIN:DAYLIGHT\r\nDTSTART:20250330T020000\r\nRDATE:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\n" +
				"BEGIN:STANDARD\r\nDTSTART:20251026T030000\r\nRDATE:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n",
			at:     time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC),
			offset: 7200,
		},
		{
			name:   "before the first change the FROM offset holds",
			body:   "BEGIN:DAYLIGHT\r\nDTSTART:20250330T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nDTSTART:20251026T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n",
			at:     time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
			offset: 3600,
		},
		{
			name:    "no observance",
			body:    "X-FOO:bar\r\n",
			wantErr: true,
		},
		{
			name:    "bad offset",
			body:    "BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:one hour\r\nEND:STANDARD\r\n",
			wantErr: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:x\r\n" + tc.body + "END:VTIMEZONE\r\nEND:VCALENDAR\r\n"
			cals, _, err := decode([]byte(data))
			if err != nil {
				t.Fatal(err)
			}
			loc, err := vtimezoneLocation("x", cals[0].children[0])
			if tc.wantErr {
				if err == nil {
					t.Fatal("no error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if _, off := tc.at.In(loc).Zone(); off != tc.offset {
				t.Errorf("offset = %d, want %d", off, tc.offset)
			}
		})
	}
}

func TestZoneResolution(t *testing.T) {
	def := mustLoad(t, "Europe/Paris")
	data := "BEGIN:VCALENDAR\r\n" +
		"BEGIN:VTIMEZONE\r\nTZID:Mozilla Berlin\r\nX-LIC-LOCATION:Europe/Berlin\r\n" +
		"BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n" +
		"BEGIN:VTIMEZONE\r\nTZID:Broken\r\nBEGIN:STANDARD\r\nTZOFFSETTO:xx\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n" +
		"END:VCALENDAR\r\n"
	cals, _, err := decode([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		tzid   string
		want   string // location name
		offset int    // on 2025-07-01 12:00 UTC
		warns  bool
	}{
		{"Europe/Berlin", "Europe/Berlin", 7200, false},
		{"Eastern Standard Time", "America/New_York", -4 * 3600, false},
		{"/mozilla.org/20050126_1/Europe/Berlin", "Europe/Berlin", 7200, false},
		{"/Europe/Stockholm", "Europe/Stockholm", 7200, false},
		{"/freeassociation.sourceforge.net/Tzfile/America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires", -3 * 3600, false},
		{"Mozilla Berlin", "Europe/Berlin", 7200, false},
		{"(GMT+01.00) Amsterdam / Berlin / Bern / Rome / Stockholm / Vienna", "(GMT+01.00) Amsterdam / Berlin / Bern / Rome / Stockholm / Vienna", 3600, true},
		{"(UTC-05:00) Bogota, Lima, Quito", "(UTC-05:00) Bogota, Lima, Quito", -5 * 3600, true},
		{"Nowhere/Middle", "Europe/Paris", 7200, true},
		{"Broken", "Europe/Paris", 7200, true},
		{"../../etc/passwd", "Europe/Paris", 7200, true},
		{"Local", "Europe/Paris", 7200, true},
	}
	for _, tc := range tests {
		t.Run(tc.tzid, func(t *testing.T) {
			var warnings []string
			z := newZones(def, cals, func(f string, a ...any) { warnings = append(warnings, f) })
			loc := z.location(tc.tzid)
			if loc.String() != tc.want {
				t.Errorf("location = %q, want %q", loc, tc.want)
			}
			at := time.Date(2025, 7, 1, 12, 0, 0, 0, time.UTC)
			if _, off := at.In(loc).Zone(); off != tc.offset {
				t.Errorf("offset = %d, want %d", off, tc.offset)
			}
			if (len(warnings) > 0) != tc.warns {
				t.Errorf("warnings = %q", warnings)
			}
			if again := z.location(tc.tzid); again != loc {
				t.Error("second lookup not cached")
			}
		})
	}
}

func TestWallTime(t *testing.T) {
	ny := mustLoad(t, "America/New_York")
	tests := []struct {
		name string
		wall [5]int // y m d h min
		want time.Time
	}{
		{"ordinary", [5]int{2025, 6, 1, 9, 0}, time.Date(2025, 6, 1, 13, 0, 0, 0, time.UTC)},
		{"gap reads with the offset before", [5]int{2025, 3, 9, 2, 30}, time.Date(2025, 3, 9, 7, 30, 0, 0, time.UTC)},
		{"overlap takes the first", [5]int{2025, 11, 2, 1, 30}, time.Date(2025, 11, 2, 5, 30, 0, 0, time.UTC)},
		{"just after the overlap", [5]int{2025, 11, 2, 2, 0}, time.Date(2025, 11, 2, 7, 0, 0, 0, time.UTC)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := tc.wall
			got := wallTime(ny, w[0], w[1], w[2], w[3], w[4], 0)
			if !got.Equal(tc.want) {
				t.Errorf("got %v, want %v", got.UTC(), tc.want)
			}
		})
	}
}

func TestGMTPrefix(t *testing.T) {
	tests := []struct {
		tzid   string
		offset int
		ok     bool
	}{
		{"(GMT+01.00) Amsterdam / Berlin", 3600, true},
		{"(UTC-03:30) Newfoundland", -(3*3600 + 1800), true},
		{"GMT-05.00/-04.00", -5 * 3600, true},
		{"GMT +0100 (Standard) / GMT +0200 (Daylight)", 3600, true},
		{"(GMT) Greenwich Mean Time", 0, true},
		{"Greenwich", 0, false},
		{"GMT+99", 0, false},
		{"UTCx", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.tzid, func(t *testing.T) {
			off, ok := gmtPrefix(tc.tzid)
			if ok != tc.ok || off != tc.offset {
				t.Errorf("gmtPrefix = %d, %v; want %d, %v", off, ok, tc.offset, tc.ok)
			}
		})
	}
}

func TestParseUnknownZoneWarns(t *testing.T) {
	data := ics("BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:x", "DTSTART;TZID=Atlantis/Capital:20250601T100000", "END:VEVENT", "END:VCALENDAR")
	def := mustLoad(t, "Europe/Paris")
	cal := mustParse(t, data, def)
	ev := onlyEvent(t, cal)
	wantInstant(t, "start", ev.Start, time.Date(2025, 6, 1, 10, 0, 0, 0, def))
	if len(cal.Warnings) != 1 || !strings.Contains(cal.Warnings[0], "Atlantis/Capital") {
		t.Errorf("warnings = %q", cal.Warnings)
	}
}
