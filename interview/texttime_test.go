package interview

import (
	"testing"
	"time"
)

func loadZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("no time zone database: %v", err)
	}
	return loc
}

func TestTimeIn(t *testing.T) {
	london := time.FixedZone("", 0)
	plus1 := time.FixedZone("", 3600)
	// Jane's message: Thursday 2026-11-26 10:41:18 +0000.
	ref := time.Date(2026, 11, 26, 10, 41, 18, 0, london)
	refPlus1 := time.Date(2026, 11, 26, 11, 41, 18, 0, plus1)
	berlin := loadZone(t, "Europe/Berlin")
	newYork := loadZone(t, "America/New_York")
	la := loadZone(t, "America/Los_Angeles")
	kolkata := loadZone(t, "Asia/Kolkata")
	tests := []struct {
		name     string
		text     string
		ref      time.Time
		want     time.Time
		dur      time.Duration
		wantZone string // as written; "" when the message's zone was used
	}{
		{"weekday, month day, PM and CET", "Confirming our phone interview on Thursday, December 3 at 4:00 PM CET.", ref,
			time.Date(2026, 12, 3, 16, 0, 0, 0, berlin), 0, "CET"},
		{"tomorrow in the message's zone", "Could we talk tomorrow at 10am?", refPlus1,
			time.Date(2026, 11, 27, 10, 0, 0, 0, plus1), 0, ""},
		{"short month, hour only, EST", "Let's say Dec 3, 2 pm EST for the call.", ref,
			time.Date(2026, 12, 3, 14, 0, 0, 0, newYork), 0, "EST"},
		{"day month year, 24h clock", "The interview is on 3 December 2026 at 14:00.", refPlus1,
			time.Date(2026, 12, 3, 14, 0, 0, 0, plus1), 0, ""},
		{"month day, year, range and IANA name", "When: Monday, November 30, 2026, 10:00 AM – 11:00 AM EST (America/New_York)", ref,
			time.Date(2026, 11, 30, 10, 0, 0, 0, newYork), time.Hour, "America/New_York"},
		{"range with the meridiem only at its end", "Friday, December 4, 2026, 9:00 – 10:00 AM (New York time)", ref,
			time.Date(2026, 12, 4, 9, 0, 0, 0, newYork), time.Hour, "new york time"},
		{"PM only at the end moves the start", "We booked 4:00–4:30 PM CET on Thursday.", ref,
			time.Date(2026, 12, 3, 16, 0, 0, 0, berlin), 30 * time.Minute, "CET"},
		{"German with Uhr", "Termin: Dienstag, 8. Dezember 2026, 09:30 – 10:30 Uhr", refPlus1,
			time.Date(2026, 12, 8, 9, 30, 0, 0, plus1), time.Hour, ""},
		{"German numeric date", "Wir sehen uns am 08.12.2026 um 14 Uhr.", refPlus1,
			time.Date(2026, 12, 8, 14, 0, 0, 0, plus1), 0, ""},
		{"next weekday, PT after the time", "How about next Tuesday at 3pm PT?", ref,
			time.Date(2026, 12, 1, 15, 0, 0, 0, la), 0, "PT"},
		{"ISO date is not 12:03", "Booked for 2026-12-03 at 09:00 UTC.", ref,
			time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC), 0, "UTC"},
		{"January from a December message is next year", "Shall we meet January 5 at 10am?", time.Date(2026, 12, 28, 9, 0, 0, 0, london),
			time.Date(2027, 1, 5, 10, 0, 0, 0, london), 0, ""},
		{"explicit offset", "Thursday at 4pm GMT+1 works.", ref,
			time.Date(2026, 12, 3, 16, 0, 0, 0, plus1), 0, "GMT+1"},
		{"IST is India", "Friday, December 4 at 3pm IST", ref,
			time.Date(2026, 12, 4, 15, 0, 0, 0, kolkata), 0, "IST"},
		{"now early in the sentence does not hide the date", "We are hiring now and would love to meet on Monday, December 7 at 11:30 AM CET.", ref,
			time.Date(2026, 12, 7, 11, 30, 0, 0, berlin), 0, "CET"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := timeIn(tc.text, tc.ref)
			if !ok {
				t.Fatalf("timeIn(%q) found no time", tc.text)
			}
			if !got.Start.Equal(tc.want) || offset(got.Start) != offset(tc.want) {
				t.Errorf("Start = %s, want %s", got.Start.Format(time.RFC3339), tc.want.Format(time.RFC3339))
			}
			if got.Dur != tc.dur {
				t.Errorf("Dur = %s, want %s", got.Dur, tc.dur)
			}
			if got.Zone != tc.wantZone {
				t.Errorf("Zone = %q, want %q", got.Zone, tc.wantZone)
			}
		})
	}
}

func offset(t time.Time) int {
	_, off := t.Zone()
	return off
}

func TestTimeInNoTime(t *testing.T) {
	ref := time.Date(2026, 11, 26, 10, 41, 18, 0, time.UTC)
	tests := []struct{ name, text string }{
		{"a clock time without a day", "Call me at 10am."},
		{"may is a verb", "We may reach out at 10am."},
		{"a day without a clock time", "We'll be in touch by Friday."},
		{"no such day", "February 30 at 10am"},
		{"German time without a day", "Um 10:00 Uhr."},
		{"empty", ""},
		{"a phone number", "Call +1-212-555-0199 or +49 30 255550127."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, ok := timeIn(tc.text, ref); ok {
				t.Errorf("timeIn(%q) = %s, want none", tc.text, got.Start)
			}
		})
	}
	if _, ok := timeIn("Thursday at 4pm", time.Time{}); ok {
		t.Error("a zero reference must give no time")
	}
}

func TestStatedDuration(t *testing.T) {
	tests := []struct {
		text string
		want time.Duration
	}{
		{"It will be a 30-minute call about the role.", 30 * time.Minute},
		{"a one-hour interview with the team", time.Hour},
		{"It is a 45 minute video interview.", 45 * time.Minute},
		{"a short intro, then 45 minutes of Go", 0},
		{"half an hour call", 30 * time.Minute},
		{"a 2 hour onsite interview", 2 * time.Hour},
		{"nothing here", 0},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got := statedDuration(tc.text); got != tc.want {
				t.Errorf("statedDuration = %s, want %s", got, tc.want)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	text := "Hi Sam,\r\n\r\nThanks for getting back to me so quickly. Confirming our phone interview\r\n" +
		"on Thursday, December 3 at 4:00 PM CET. It will be at 10 a.m. Eastern for Dr. Weber.\r\n" +
		"When: Monday\r\nWhere: Zoom\r\n"
	want := []string{
		"Hi Sam,",
		"Thanks for getting back to me so quickly.",
		"Confirming our phone interview on Thursday, December 3 at 4:00 PM CET.",
		"It will be at 10 a.m. Eastern for Dr. Weber.",
		"When: Monday",
		"Where: Zoom",
	}
	got := sentences(text)
	if len(got) != len(want) {
		t.Fatalf("sentences = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestHasWord(t *testing.T) {
	tests := []struct {
		text, phrase string
		want         bool
	}{
		{"your interview at initech", "interview", true},
		{"interviewer notes", "interview", false},
		{"einladung zum vorstellungsgespräch – senior", "vorstellungsgespräch", true},
		{"vorstellungsgespräche", "vorstellungsgespräch", false},
		{"pre-interview checklist", "interview", true},
		{"reinterview", "interview", false},
		{"", "interview", false},
		{"interview", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.text+"/"+tc.phrase, func(t *testing.T) {
			if got := hasWord(tc.text, tc.phrase); got != tc.want {
				t.Errorf("hasWord = %v, want %v", got, tc.want)
			}
		})
	}
}
