package rules

import (
	"strings"
	"testing"
	"time"
)

func TestNextWorkInstant(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	newYork := mustLoad(t, "America/New_York")
	de, err := HolidaysFor("de")
	if err != nil {
		t.Fatal(err)
	}
	be := DefaultSchedule(berlin)
	beHol := be
	beHol.Holiday = de
	ny := DefaultSchedule(newYork)
	sunThu := DefaultSchedule(berlin)
	sunThu.Workdays, err = ParseWorkdays([]string{"sun-thu"})
	if err != nil {
		t.Fatal(err)
	}
	early := DefaultSchedule(berlin)
	early.Start, early.End = 30*time.Minute, 4*time.Hour
	none := DefaultSchedule(berlin)
	none.Workdays = [7]bool{}

	tests := []struct {
		name string
		s    Schedule
		t    time.Time
		want time.Time
	}{
		{"inside work hours", be, at(t, berlin, "2026-03-03 16:00"), at(t, berlin, "2026-03-03 16:00")},
		{"before work hours", be, at(t, berlin, "2026-03-03 07:10"), at(t, berlin, "2026-03-03 09:00")},
		{"at the start", be, at(t, berlin, "2026-03-03 09:00"), at(t, berlin, "2026-03-03 09:00")},
		{"a minute before the end", be, at(t, berlin, "2026-03-03 17:59"), at(t, berlin, "2026-03-03 17:59")},
		{"at the end is outside", be, at(t, berlin, "2026-03-03 18:00"), at(t, berlin, "2026-03-04 09:00")},
		{"friday evening", be, at(t, berlin, "2026-03-06 18:30"), at(t, berlin, "2026-03-09 09:00")},
		{"saturday", be, at(t, berlin, "2026-03-07 12:00"), at(t, berlin, "2026-03-09 09:00")},
		{"sunday night", be, at(t, berlin, "2026-03-08 23:59"), at(t, berlin, "2026-03-09 09:00")},
		{"good friday and easter monday", beHol, at(t, berlin, "2026-04-03 10:00"), at(t, berlin, "2026-04-07 09:00")},
		{"thursday evening before easter", beHol, at(t, berlin, "2026-04-02 19:00"), at(t, berlin, "2026-04-07 09:00")},
		{"no holidays configured", be, at(t, berlin, "2026-04-03 10:00"), at(t, berlin, "2026-04-03 10:00")},
		{"over spring forward", be, at(t, berlin, "2026-03-29 01:00"), time.Date(2026, 3, 30, 7, 0, 0, 0, time.UTC)},
		{"over fall back", be, at(t, berlin, "2026-10-24 20:00"), time.Date(2026, 10, 26, 8, 0, 0, 0, time.UTC)},
		{"new york over spring forward", ny, at(t, newYork, "2026-03-06 18:00"), time.Date(2026, 3, 9, 13, 0, 0, 0, time.UTC)},
		{"new york over fall back", ny, at(t, newYork, "2026-10-30 18:00"), time.Date(2026, 11, 2, 14, 0, 0, 0, time.UTC)},
		{"input in another zone", ny, time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC), at(t, newYork, "2026-03-03 09:00")},
		{"sunday to thursday week: friday", sunThu, at(t, berlin, "2026-03-06 10:00"), at(t, berlin, "2026-03-08 09:00")},
		{"hours around the spring gap", func() Schedule { s := early; s.Workdays[time.Sunday] = true; return s }(),
			at(t, berlin, "2026-03-29 00:10"), at(t, berlin, "2026-03-29 00:30")},
		{"no workdays gives t back", none, at(t, berlin, "2026-03-03 20:00"), at(t, berlin, "2026-03-03 20:00")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.s.NextWorkInstant(tc.t)
			if !got.Equal(tc.want) {
				t.Fatalf("NextWorkInstant(%s) = %s, want %s", tc.t, got, tc.want)
			}
			if got.Location() != tc.s.Location {
				t.Fatalf("NextWorkInstant(%s) is in %s, want %s", tc.t, got.Location(), tc.s.Location)
			}
		})
	}
}

// TestThisWeek puts a "this week" trigger at 10:00 on every day of the
// week of Sunday 2026-03-01 and checks the deadline, the local midnight
// after the last workday of the work week, for several working weeks.
func TestThisWeek(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	de, err := HolidaysFor("de")
	if err != nil {
		t.Fatal(err)
	}
	schedule := func(days ...string) Schedule {
		s := DefaultSchedule(berlin)
		if s.Workdays, err = ParseWorkdays(days); err != nil {
			t.Fatal(err)
		}
		return s
	}
	tests := []struct {
		name string
		s    Schedule
		want [7]string // deadline by the trigger's weekday, Sunday first
	}{
		{"mon-fri: a weekend trigger gets the coming week", schedule("mon-fri"), [7]string{
			"2026-03-07", "2026-03-07", "2026-03-07", "2026-03-07", "2026-03-07", "2026-03-07", "2026-03-14"}},
		{"sun-thu: the week ends on thursday", schedule("sun-thu"), [7]string{
			"2026-03-06", "2026-03-06", "2026-03-06", "2026-03-06", "2026-03-06", "2026-03-13", "2026-03-13"}},
		// A single day off is inside the week: only the longest gap is
		// the weekend.
		{"split week mon,tue,thu,fri ends on friday", schedule("mon,tue,thu,fri"), [7]string{
			"2026-03-07", "2026-03-07", "2026-03-07", "2026-03-07", "2026-03-07", "2026-03-07", "2026-03-14"}},
		{"mon-sat: sunday alone is the weekend", schedule("mon-sat"), [7]string{
			"2026-03-08", "2026-03-08", "2026-03-08", "2026-03-08", "2026-03-08", "2026-03-08", "2026-03-08"}},
		{"sun-fri: saturday alone is the weekend", schedule("sun-fri"), [7]string{
			"2026-03-07", "2026-03-07", "2026-03-07", "2026-03-07", "2026-03-07", "2026-03-07", "2026-03-14"}},
		{"mon and thu: one week, the gap after thursday is longer", schedule("mon", "thu"), [7]string{
			"2026-03-06", "2026-03-06", "2026-03-06", "2026-03-06", "2026-03-06", "2026-03-13", "2026-03-13"}},
		{"mon,tue,fri: gaps of two days tie, two weeks", schedule("mon,tue,fri"), [7]string{
			"2026-03-04", "2026-03-04", "2026-03-04", "2026-03-07", "2026-03-07", "2026-03-07", "2026-03-11"}},
		{"every day: monday to sunday", schedule("mon-sun"), [7]string{
			"2026-03-02", "2026-03-09", "2026-03-09", "2026-03-09", "2026-03-09", "2026-03-09", "2026-03-09"}},
		// Holidays do not split a week: Ascension Day is Thursday
		// 2026-05-14. The triggers move to the week of Sunday 2026-05-10.
		{"mon-fri with a holiday thursday", func() Schedule { s := schedule("mon-fri"); s.Holiday = de; return s }(), [7]string{
			"2026-05-16", "2026-05-16", "2026-05-16", "2026-05-16", "2026-05-16", "2026-05-16", "2026-05-23"}},
	}
	for _, tc := range tests {
		for wd := time.Sunday; wd <= time.Saturday; wd++ {
			t.Run(tc.name+"/"+wd.String(), func(t *testing.T) {
				sunday := "2026-03-01"
				if tc.s.Holiday != nil {
					sunday = "2026-05-10"
				}
				from := at(t, berlin, sunday+" 10:00").AddDate(0, 0, int(wd))
				want := at(t, berlin, tc.want[wd]+" 00:00")
				if got := mustPhrase(t, "this week").From(from, tc.s); !got.Equal(want) {
					t.Errorf("this week from %s = %s, want %s", from.Format("Mon 2006-01-02 15:04"), got, want)
				}
			})
		}
	}
}

// TestThisWeekEdges covers the triggers next to a week's end and a
// schedule without business days.
func TestThisWeekEdges(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	de, err := HolidaysFor("de")
	if err != nil {
		t.Fatal(err)
	}
	be := DefaultSchedule(berlin)
	beHol := be
	beHol.Holiday = de
	sunThu := DefaultSchedule(berlin)
	if sunThu.Workdays, err = ParseWorkdays([]string{"sun-thu"}); err != nil {
		t.Fatal(err)
	}
	none := be
	none.Workdays = [7]bool{}
	tests := []struct {
		name string
		s    Schedule
		from string
		want string
	}{
		{"friday just before midnight", be, "2026-03-06 23:59", "2026-03-07 00:00"},
		{"saturday just after midnight", be, "2026-03-07 00:00", "2026-03-14 00:00"},
		{"sun-thu: thursday just before midnight", sunThu, "2026-03-05 23:59", "2026-03-06 00:00"},
		{"sun-thu: sunday at midnight", sunThu, "2026-03-08 00:00", "2026-03-13 00:00"},
		{"thursday before good friday", beHol, "2026-04-02 23:00", "2026-04-03 00:00"},
		{"good friday: the week's work is over", beHol, "2026-04-03 10:00", "2026-04-11 00:00"},
		{"easter monday belongs to its week", beHol, "2026-04-06 10:00", "2026-04-11 00:00"},
		{"no workdays gives t back", none, "2026-03-03 10:00", "2026-03-03 10:00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			from, want := at(t, berlin, tc.from), at(t, berlin, tc.want)
			if got := mustPhrase(t, "this week").From(from, tc.s); !got.Equal(want) {
				t.Errorf("this week from %s = %s, want %s", from, got, want)
			}
		})
	}
}

func TestParseHours(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		start, end time.Duration
		err        string
	}{
		{name: "office", in: "09:00-18:00", start: 9 * time.Hour, end: 18 * time.Hour},
		{name: "spaces and one digit hour", in: " 9:00 - 17:30 ", start: 9 * time.Hour, end: 17*time.Hour + 30*time.Minute},
		{name: "en dash", in: "08:00–16:00", start: 8 * time.Hour, end: 16 * time.Hour},
		{name: "whole day", in: "00:00-24:00", start: 0, end: 24 * time.Hour},
		{name: "reversed", in: "18:00-09:00", err: `work hours "18:00-09:00": start is not before end`},
		{name: "empty span", in: "09:00-09:00", err: `work hours "09:00-09:00": start is not before end`},
		{name: "no minutes", in: "9-17", err: `work hours "9-17": "9" is not HH:MM`},
		{name: "hour too large", in: "09:00-25:00", err: `work hours "09:00-25:00": "25:00" is not a time of day`},
		{name: "minute too large", in: "09:60-10:00", err: `work hours "09:60-10:00": "09:60" is not a time of day`},
		{name: "past midnight", in: "09:00-24:30", err: `work hours "09:00-24:30": "24:30" is not a time of day`},
		{name: "no dash", in: "09:00", err: `work hours "09:00": want HH:MM-HH:MM such as 09:00-18:00`},
		{name: "empty", in: "", err: `work hours "": want HH:MM-HH:MM such as 09:00-18:00`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start, end, err := ParseHours(tc.in)
			if tc.err != "" {
				if err == nil || err.Error() != tc.err {
					t.Fatalf("ParseHours(%q) error = %v, want %q", tc.in, err, tc.err)
				}
				return
			}
			if err != nil || start != tc.start || end != tc.end {
				t.Fatalf("ParseHours(%q) = %s, %s, %v; want %s, %s", tc.in, start, end, err, tc.start, tc.end)
			}
		})
	}
}

func TestParseWorkdays(t *testing.T) {
	const (
		sun = 1 << iota
		mon
		tue
		wed
		thu
		fri
		sat
	)
	tests := []struct {
		name string
		in   []string
		want int // bit set by time.Weekday
		err  string
	}{
		{name: "range", in: []string{"mon-fri"}, want: mon | tue | wed | thu | fri},
		{name: "names", in: []string{"Mon", "TUE", "wednesday"}, want: mon | tue | wed},
		{name: "full name range", in: []string{"Monday - Thursday"}, want: mon | tue | wed | thu},
		{name: "wrapping range", in: []string{"sun-thu"}, want: sun | mon | tue | wed | thu},
		{name: "wrapping over the weekend", in: []string{"fri-mon"}, want: fri | sat | sun | mon},
		{name: "commas", in: []string{"mon, wed,fri"}, want: mon | wed | fri},
		{name: "range and day", in: []string{"mon-wed", "sat"}, want: mon | tue | wed | sat},
		{name: "one day range", in: []string{"tue-tue"}, want: tue},
		{name: "none", in: nil, err: "workdays: none given"},
		{name: "unknown day", in: []string{"funday"}, err: `workdays: "funday" is not a day`},
		{name: "bad range end", in: []string{"mon-xyz"}, err: `workdays: "mon-xyz" is not a day`},
		{name: "empty item", in: []string{""}, err: `workdays: "" is not a day`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseWorkdays(tc.in)
			if tc.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
					t.Fatalf("ParseWorkdays(%q) error = %v, want prefix %q", tc.in, err, tc.err)
				}
				return
			}
			var want [7]bool
			for d := range want {
				want[d] = tc.want&(1<<d) != 0
			}
			if err != nil || got != want {
				t.Fatalf("ParseWorkdays(%q) = %v, %v; want %v", tc.in, got, err, want)
			}
		})
	}
}

func TestScheduleValidate(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	tests := []struct {
		name string
		edit func(*Schedule)
		err  string
	}{
		{"default", func(*Schedule) {}, ""},
		{"no zone", func(s *Schedule) { s.Location = nil }, "schedule: no time zone"},
		{"no workdays", func(s *Schedule) { s.Workdays = [7]bool{} }, "schedule: no workdays"},
		{"reversed hours", func(s *Schedule) { s.Start, s.End = s.End, s.Start },
			"schedule: work hours 18:00-09:00 are not a span of one day"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := DefaultSchedule(berlin)
			tc.edit(&s)
			err := s.Validate()
			if tc.err == "" && err != nil || tc.err != "" && (err == nil || err.Error() != tc.err) {
				t.Fatalf("Validate() = %v, want %q", err, tc.err)
			}
		})
	}
}

func TestDefaultSchedule(t *testing.T) {
	s := DefaultSchedule(time.UTC)
	want := [7]bool{false, true, true, true, true, true, false}
	if s.Workdays != want || s.Start != 9*time.Hour || s.End != 18*time.Hour || s.Holiday != nil || s.Location != time.UTC {
		t.Fatalf("DefaultSchedule = %+v", s)
	}
}
