package rules

import (
	"strings"
	"testing"
	"time"
)

// mustLoad loads a zone from the Go time zone database; tests fail rather
// than skip when it is missing, since DST is what they are about.
func mustLoad(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("load %s: %v", name, err)
	}
	return loc
}

// at reads "2006-01-02 15:04" as a wall-clock time in loc.
func at(t *testing.T, loc *time.Location, s string) time.Time {
	t.Helper()
	v, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
	if err != nil {
		t.Fatalf("parse %q: %v", s, err)
	}
	return v
}

func mustPhrase(t *testing.T, s string) Phrase {
	t.Helper()
	p, err := ParsePhrase(s)
	if err != nil {
		t.Fatalf("ParsePhrase(%q): %v", s, err)
	}
	return p
}

func TestParsePhrase(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"minutes compact", "90m", "1h30m"},
		{"hours compact", "2h", "2h"},
		{"hours and minutes", "1h30m", "1h30m"},
		{"hours and minutes spaced", " 1h  30m ", "1h30m"},
		{"minutes in words", "30 minutes", "30m"},
		{"one minute", "1 minute", "1m"},
		{"hours in words", "2 hours", "2h"},
		{"one hour upper case", "1 HOUR", "1h"},
		{"days", "3 days", "3 days"},
		{"one day", "1 day", "1 day"},
		{"business days", "2 business days", "2 business days"},
		{"business days extra spaces", "  2   Business   Days ", "2 business days"},
		{"one business day", "1 business day", "1 business day"},
		{"one week", "1 week", "1 week"},
		{"two weeks", "2 weeks", "2 weeks"},
		{"same day", "same day", "same day"},
		{"next day", "Next Day", "next day"},
		{"next business day", "next business day", "next business day"},
		{"within the week", "within the week", "within the week"},
		{"the week", "the week", "within the week"},
		{"a week", "a week", "within the week"},
		{"this week", "this week", "this week"},
		{"zero", "0", "immediately"},
		{"immediately", "Immediately", "immediately"},
		{"zero minutes", "0m", "immediately"},
		{"zero days", "0 days", "immediately"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := mustPhrase(t, tc.in)
			if got := p.String(); got != tc.want {
				t.Fatalf("ParsePhrase(%q).String() = %q, want %q", tc.in, got, tc.want)
			}
			// The canonical text reads back to the same phrase.
			if back := mustPhrase(t, p.String()); back != p {
				t.Fatalf("round trip of %q: %#v, want %#v", p.String(), back, p)
			}
		})
	}
}

func TestParsePhraseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", `phrase "": not understood; accepted: 0, immediately, 90m`},
		{"unknown word", "tomorrow", `phrase "tomorrow": not understood; accepted: `},
		{"negative", "-2h", `phrase "-2h": not understood`},
		{"plus sign", "+3 days", `phrase "+3 days": not understood`},
		{"fraction", "1.5h", `phrase "1.5h": not understood`},
		{"seconds", "30s", `phrase "30s": not understood`},
		{"unknown unit", "3 fortnights", `phrase "3 fortnights": not understood`},
		{"number alone", "3", `phrase "3": not understood`},
		{"word number", "two days", `phrase "two days": not understood`},
		{"too many days", "5000 days", `phrase "5000 days": 5000 is too large, at most 3650`},
		{"overflowing number", "99999999999999999999h", `phrase "99999999999999999999h": 99999999999999999999 is too large`},
		{"clock too long", "87600h1m", `phrase "87600h1m": longer than`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParsePhrase(tc.in)
			if err == nil {
				t.Fatalf("ParsePhrase(%q) succeeded, want error %q", tc.in, tc.want)
			}
			if !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("ParsePhrase(%q) error = %q, want prefix %q", tc.in, err, tc.want)
			}
		})
	}
}

func TestPhraseText(t *testing.T) {
	var p Phrase
	if err := p.UnmarshalText([]byte("2 Business Days")); err != nil {
		t.Fatal(err)
	}
	b, err := p.MarshalText()
	if err != nil || string(b) != "2 business days" {
		t.Fatalf("MarshalText = %q, %v; want \"2 business days\"", b, err)
	}
	if err := p.UnmarshalText([]byte("soon")); err == nil {
		t.Fatal("UnmarshalText(soon) succeeded")
	}
	if zero := (Phrase{}).String(); zero != "immediately" {
		t.Fatalf("zero Phrase = %q, want immediately", zero)
	}
}

func TestPhraseFrom(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	newYork := mustLoad(t, "America/New_York")
	deHolidays, err := HolidaysFor("de")
	if err != nil {
		t.Fatal(err)
	}
	usHolidays, err := HolidaysFor("us")
	if err != nil {
		t.Fatal(err)
	}
	be := DefaultSchedule(berlin)
	beHol := be
	beHol.Holiday = deHolidays
	ny := DefaultSchedule(newYork)
	nyHol := ny
	nyHol.Holiday = usHolidays

	// 2026-03-03 is a Tuesday; Berlin switches to summer time on Sunday
	// 2026-03-29 and back on Sunday 2026-10-25, New York on Sunday
	// 2026-03-08 and Sunday 2026-11-01. Good Friday is 2026-04-03, Easter
	// Monday 2026-04-06.
	tests := []struct {
		name   string
		phrase string
		s      Schedule
		from   time.Time
		want   time.Time
	}{
		{"immediately", "0", be, at(t, berlin, "2026-03-03 15:00"), at(t, berlin, "2026-03-03 15:00")},
		{"1h", "1h", be, at(t, berlin, "2026-03-03 15:00"), at(t, berlin, "2026-03-03 16:00")},
		{"90m over midnight", "90m", be, at(t, berlin, "2026-03-03 23:00"), at(t, berlin, "2026-03-04 00:30")},
		{"2h is elapsed time over spring forward", "2h", be, at(t, berlin, "2026-03-29 01:30"), at(t, berlin, "2026-03-29 04:30")},
		{"90m is elapsed time over fall back", "90m", ny, at(t, newYork, "2026-11-01 00:45"), time.Date(2026, 11, 1, 6, 15, 0, 0, time.UTC)},
		{"1 day keeps wall clock over spring forward", "1 day", be, at(t, berlin, "2026-03-28 15:00"), at(t, berlin, "2026-03-29 15:00")},
		{"1 day keeps wall clock over fall back", "1 day", be, at(t, berlin, "2026-10-24 15:00"), at(t, berlin, "2026-10-25 15:00")},
		{"1 day new york spring forward", "1 day", ny, at(t, newYork, "2026-03-07 15:00"), at(t, newYork, "2026-03-08 15:00")},
		{"1 day new york fall back", "1 day", ny, at(t, newYork, "2026-10-31 15:00"), at(t, newYork, "2026-11-01 15:00")},
		{"3 days over a weekend", "3 days", be, at(t, berlin, "2026-03-06 10:00"), at(t, berlin, "2026-03-09 10:00")},
		{"1 week over spring forward", "1 week", be, at(t, berlin, "2026-03-25 10:00"), at(t, berlin, "2026-04-01 10:00")},
		{"2 weeks", "2 weeks", be, at(t, berlin, "2026-03-03 15:00"), at(t, berlin, "2026-03-17 15:00")},
		{"2 business days over a weekend", "2 business days", be, at(t, berlin, "2026-03-06 15:00"), at(t, berlin, "2026-03-10 15:00")},
		{"1 business day from saturday", "1 business day", be, at(t, berlin, "2026-03-07 10:00"), at(t, berlin, "2026-03-09 10:00")},
		{"3 business days from tuesday", "3 business days", be, at(t, berlin, "2026-03-03 15:00"), at(t, berlin, "2026-03-06 15:00")},
		{"1 business day over easter", "1 business day", beHol, at(t, berlin, "2026-04-02 15:00"), at(t, berlin, "2026-04-07 15:00")},
		{"1 business day over easter without holidays", "1 business day", be, at(t, berlin, "2026-04-02 15:00"), at(t, berlin, "2026-04-03 15:00")},
		{"1 business day over spring forward", "1 business day", be, at(t, berlin, "2026-03-27 15:00"), at(t, berlin, "2026-03-30 15:00")},
		{"2 business days new york spring forward", "2 business days", ny, at(t, newYork, "2026-03-06 15:00"), at(t, newYork, "2026-03-10 15:00")},
		{"1 business day new york fall back", "1 business day", ny, at(t, newYork, "2026-10-30 15:00"), at(t, newYork, "2026-11-02 15:00")},
		{"1 business day over independence day observed", "1 business day", nyHol, at(t, newYork, "2026-07-02 15:00"), at(t, newYork, "2026-07-06 15:00")},
		{"same day", "same day", be, at(t, berlin, "2026-03-03 15:00"), at(t, berlin, "2026-03-04 00:00")},
		{"same day on the 23 hour day", "same day", be, at(t, berlin, "2026-03-29 10:00"), at(t, berlin, "2026-03-30 00:00")},
		{"same day on the 25 hour day", "same day", be, at(t, berlin, "2026-10-25 01:00"), at(t, berlin, "2026-10-26 00:00")},
		{"same day counts in the schedule zone", "same day", ny, time.Date(2026, 3, 4, 3, 0, 0, 0, time.UTC), time.Date(2026, 3, 4, 5, 0, 0, 0, time.UTC)},
		{"next day", "next day", be, at(t, berlin, "2026-03-03 15:00"), at(t, berlin, "2026-03-05 00:00")},
		{"next day from friday is saturday", "next day", be, at(t, berlin, "2026-03-06 17:30"), at(t, berlin, "2026-03-08 00:00")},
		{"next business day", "next business day", be, at(t, berlin, "2026-03-03 15:00"), at(t, berlin, "2026-03-05 00:00")},
		{"next business day from friday", "next business day", be, at(t, berlin, "2026-03-06 17:30"), at(t, berlin, "2026-03-10 00:00")},
		{"next business day from sunday", "next business day", be, at(t, berlin, "2026-03-08 11:00"), at(t, berlin, "2026-03-10 00:00")},
		{"next business day over easter", "next business day", beHol, at(t, berlin, "2026-04-02 15:00"), at(t, berlin, "2026-04-08 00:00")},
		{"next business day new york fall back", "next business day", ny, at(t, newYork, "2026-10-30 15:00"), at(t, newYork, "2026-11-03 00:00")},
		{"within the week", "within the week", be, at(t, berlin, "2026-03-03 15:00"), at(t, berlin, "2026-03-10 15:00")},
		{"a week over spring forward", "a week", be, at(t, berlin, "2026-03-27 15:00"), at(t, berlin, "2026-04-03 15:00")},
		{"the week over fall back new york", "the week", ny, at(t, newYork, "2026-10-30 15:00"), at(t, newYork, "2026-11-06 15:00")},
		{"this week from monday", "this week", be, at(t, berlin, "2026-03-02 09:00"), at(t, berlin, "2026-03-07 00:00")},
		{"this week from friday", "this week", be, at(t, berlin, "2026-03-06 17:30"), at(t, berlin, "2026-03-07 00:00")},
		{"this week from saturday is the next", "this week", be, at(t, berlin, "2026-03-07 10:00"), at(t, berlin, "2026-03-14 00:00")},
		{"this week from sunday is the next", "this week", be, at(t, berlin, "2026-03-08 10:00"), at(t, berlin, "2026-03-14 00:00")},
		{"this week ends before good friday", "this week", beHol, at(t, berlin, "2026-04-01 10:00"), at(t, berlin, "2026-04-03 00:00")},
		{"this week from good friday is the next", "this week", beHol, at(t, berlin, "2026-04-03 10:00"), at(t, berlin, "2026-04-11 00:00")},
		{"this week over fall back", "this week", be, at(t, berlin, "2026-10-21 10:00"), at(t, berlin, "2026-10-24 00:00")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mustPhrase(t, tc.phrase).From(tc.from, tc.s)
			if !got.Equal(tc.want) {
				t.Fatalf("%q from %s = %s, want %s", tc.phrase, tc.from, got, tc.want)
			}
			if got.Location() != tc.s.Location {
				t.Fatalf("%q from %s is in %s, want %s", tc.phrase, tc.from, got.Location(), tc.s.Location)
			}
		})
	}
}

// A day of 23 or 25 hours still counts as one day: the test checks the
// elapsed time, which is what a 24h step would get wrong.
func TestPhraseFromDayLength(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	s := DefaultSchedule(berlin)
	tests := []struct {
		name string
		from time.Time
		want time.Duration
	}{
		{"spring forward", at(t, berlin, "2026-03-28 15:00"), 23 * time.Hour},
		{"fall back", at(t, berlin, "2026-10-24 15:00"), 25 * time.Hour},
		{"ordinary", at(t, berlin, "2026-03-03 15:00"), 24 * time.Hour},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := mustPhrase(t, "1 day").From(tc.from, s).Sub(tc.from); got != tc.want {
				t.Fatalf("1 day from %s lasts %s, want %s", tc.from, got, tc.want)
			}
		})
	}
}

// FuzzParsePhrase checks that no input panics and that whatever parses has
// a canonical text that parses back to the same phrase.
func FuzzParsePhrase(f *testing.F) {
	for _, s := range []string{"90m", "1h 30m", "2 business days", "this week", "0", "", "99999999999999999999 days", "h", "1h1h"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePhrase(s)
		if err != nil {
			return
		}
		back, err := ParsePhrase(p.String())
		if err != nil || back != p {
			t.Fatalf("%q parses to %q, which reads back as %#v, %v", s, p, back, err)
		}
		p.From(time.Date(2026, 3, 3, 15, 0, 0, 0, time.UTC), DefaultSchedule(time.UTC))
	})
}
