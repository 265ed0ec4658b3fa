package timetext

import (
	"testing"
	"time"
)

// A day and a time on separate lines, as rendered HTML tables and
// calendar tools write them.
func TestFindLabelLines(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	newYork := zone(t, "America/New_York")
	amsterdam := zone(t, "Europe/Amsterdam")
	at := func(mo time.Month, d, h, mi int) time.Time { return time.Date(2026, mo, d, h, mi, 0, 0, berlin) }
	runFind(t, []findCase{
		{name: "date line then time line", text: "Date: Tuesday, December 8, 2026\nTime: 2:00 PM – 2:45 PM EST",
			want: time.Date(2026, 12, 8, 14, 0, 0, 0, newYork), dur: 45 * time.Minute, zone: "EST"},
		{name: "blank lines between, as table cells render", text: "Date:\tTuesday, December 8, 2026\r\n\r\n\r\nTime:\t2:00 PM\r\n",
			want: at(12, 8, 14, 0)},
		{name: "time within three lines", text: "Datum: 8. Dezember 2026\nOrt: Berlin\nRaum: Konferenzraum Nord\nUhrzeit: 10:00 Uhr",
			want: at(12, 8, 10, 0)},
		{name: "German labels", text: "Datum: 8. Dezember 2026\nUhrzeit: 10:00 Uhr", want: at(12, 8, 10, 0)},
		{name: "a time line with an aside in brackets", text: "Date   : 9th Dec 2026 (Wednesday)\nTime   : 3:30 PM IST (that will be 11:00 AM CET for you)\nMode   : MS Teams",
			want: time.Date(2026, 12, 9, 15, 30, 0, 0, zone(t, "Asia/Kolkata")), zone: "IST"},
		{name: "a time line with an aside after a dash, on another clock", text: "Fecha: miércoles 9 de diciembre de 2026\nHora: 11:00 a.m. (hora de Lima, GMT-5) - entiendo que en Berlín serían las 5:00 p.m.\nModalidad: Zoom",
			want: time.Date(2026, 12, 9, 16, 0, 0, 0, time.UTC), zone: "hora de Lima"},
		{name: "French labels", text: "Date : mardi 8 décembre\nHeure : 10h00", want: at(12, 8, 10, 0)},
		// A field's value in a language followupd has no words for: its
		// clock and its date are one time, the words between them
		// unread. Not in a sentence: "14h00. Thứ Năm ..." would be two.
		{name: "a field's clock and date with unknown words between", text: "- Thời gian: 14h00 – 15h00, Thứ Năm, ngày 10/12/2026 (giờ Việt Nam, GMT+7)",
			want: time.Date(2026, 12, 10, 7, 0, 0, 0, time.UTC), dur: time.Hour, zone: "GMT+7"},
		{name: "a sentence after a colon is no field", text: "Small wrinkle though: Rosa's now flying back from Montréal on the 16th, so could we move hers to Thursday 17th, same time (4pm UK)? Monday with me stays as it is.",
			want: time.Date(2026, 12, 17, 16, 0, 0, 0, time.UTC), zone: "UK"},
		{name: "time line before the date line", text: "Uhrzeit: 10:00 Uhr\nDatum: 8. Dezember 2026", want: at(12, 8, 10, 0)},
		{name: "Outlook offset read as the first city", text: "When: Tuesday, December 8, 2026 2:00 PM-2:45 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
			want: time.Date(2026, 12, 8, 14, 0, 0, 0, amsterdam), dur: 45 * time.Minute, zone: "UTC+01:00 Amsterdam"},
		{name: "Outlook offset in summer keeps the city's rules", text: "When: Tuesday, July 7, 2026 2:00 PM-2:45 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
			want: time.Date(2026, 7, 7, 12, 0, 0, 0, time.UTC), dur: 45 * time.Minute, zone: "UTC+01:00 Amsterdam"},
		{name: "Zoom city list", text: "Time: Dec 8, 2026 02:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna",
			want: time.Date(2026, 12, 8, 14, 0, 0, 0, amsterdam), zone: "Amsterdam"},
		// The clock under the next day's heading is that day's, though
		// it is within three lines of the first.
		{name: "an itinerary's clock under the second day's heading", text: "Montag, 7. Dezember\nAnreise am Abend, Hotel am Markt\n\nDienstag, 8. Dezember (Gesprächstag)\n\n09:30 - 10:15\tGespräch mit der Kommission",
			want: at(12, 8, 9, 30), dur: 45 * time.Minute},
		{name: "Teams offset with zone name", text: "Tuesday, December 8, 2026 9:00 AM-10:00 AM (UTC-05:00) Eastern Time (US & Canada)",
			want: time.Date(2026, 12, 8, 9, 0, 0, 0, newYork), dur: time.Hour, zone: "UTC-05:00 Eastern Time"},
	})
}

func TestFindLabelLinesApart(t *testing.T) {
	tests := []struct{ name, text string }{
		{"time too far below", "Date: Tuesday, December 8, 2026\na\nb\nc\nd\nTime: 2:00 PM"},
		{"time line with a paragraph of words", "Date: Tuesday, December 8, 2026\nWe were thinking about the team lunch at 12:00 and many other things today"},
		{"date line that already has a time", "Tuesday, December 8, 2026 at 9:00 or later\nTime: 2:00 PM"},
		{"a time alone", "Time: 2:00 PM"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.text, defaultOptions(t))
			for _, m := range got {
				if m.Start.Hour() == 14 {
					t.Errorf("Find(%q) paired %q", tc.text, m.Text)
				}
			}
		})
	}
}

// A clock right after a mention, in parentheses or after a slash, is read
// as the same day's time on another clock (Mention.Alt); the caller
// decides whether it is one.
func TestFindAlternativeClock(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	newYork := zone(t, "America/New_York")
	la := zone(t, "America/Los_Angeles")
	tests := []struct {
		name string
		text string
		want []time.Time // the mention, then its alternative; one when none
	}{
		{"zone in parentheses", "Thursday, Dec 10 at 10:00 ET (16:00 CET)",
			[]time.Time{time.Date(2026, 12, 10, 10, 0, 0, 0, newYork), time.Date(2026, 12, 10, 16, 0, 0, 0, berlin)}},
		{"after a slash", "Thu 10 Dec, 3pm PT / 6pm ET",
			[]time.Time{time.Date(2026, 12, 10, 15, 0, 0, 0, la), time.Date(2026, 12, 10, 18, 0, 0, 0, newYork)}},
		{"French hour mark", "jeudi 10 décembre à 10h (16h pour vous)",
			[]time.Time{time.Date(2026, 12, 10, 10, 0, 0, 0, berlin), time.Date(2026, 12, 10, 16, 0, 0, 0, berlin)}},
		{"across midnight the day follows the moment", "Thursday, Dec 10 at 10pm PT (7am CET)",
			[]time.Time{time.Date(2026, 12, 10, 22, 0, 0, 0, la), time.Date(2026, 12, 11, 7, 0, 0, 0, berlin)}},
		{"a sentence apart is not one", "Thursday, Dec 10 at 10am. (4pm works too.)",
			[]time.Time{time.Date(2026, 12, 10, 10, 0, 0, 0, berlin)}},
		{"a length in parentheses is no hour", "Thursday, Dec 10 at 10:00 (2 hours)",
			[]time.Time{time.Date(2026, 12, 10, 10, 0, 0, 0, berlin)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.text, defaultOptions(t))
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q) = %d mentions %v, want %d", tc.text, len(got), got, len(tc.want))
			}
			for i, m := range got {
				if !m.Start.Equal(tc.want[i]) || m.Alt != (i == 1) {
					t.Errorf("mention %d = %v (alt %v), want %v (alt %v)", i, m.Start, m.Alt, tc.want[i], i == 1)
				}
			}
		})
	}
}

func TestCityClock(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	lisbon := zone(t, "Europe/Lisbon")
	at := time.Date(2026, 12, 10, 14, 0, 0, 0, berlin)
	tests := []struct {
		name   string
		clause string
		loc    *time.Location
		want   bool
	}{
		{"English", " in Berlin)", berlin, true},
		{"Portuguese exonym", " aí em Berlim)", berlin, true},
		{"another city on the same clock", " in Paris", berlin, true},
		{"a city on another clock", " in Lisbon", berlin, false},
		{"the user's city elsewhere", " em Lisboa", lisbon, true},
		{"Outlook's list of a zone's cities", " (UTC+01:00) Amsterdam, Berlin, Bern", berlin, false},
		{"too far into the clause", " if that suits you and the team in Berlin", berlin, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := CityClock(tc.clause, tc.loc, at); got != tc.want {
				t.Errorf("CityClock(%q, %s) = %v, want %v", tc.clause, tc.loc, got, tc.want)
			}
		})
	}
}

// Clocks listed one after another for the day just named are each a
// mention on that day, marked Listed: "at 9:00, 11:00 or 14:00", a
// system's "Available slots ... 09:00 09:45 10:30". A clock in the
// bracket that gives the first its zone, or with a zone of its own, is
// that time on another clock; "and" lists no choice.
func TestFindClocksSharingADay(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	lisbon := zone(t, "Europe/Lisbon")
	at := func(d, h, mi int) time.Time { return time.Date(2026, 12, d, h, mi, 0, 0, berlin) }
	tests := []struct {
		name, text string
		want       []time.Time
		listed     bool
	}{
		{"English, commas and or", "Would Thursday 10 December at 9:00, 11:00 or 14:00 suit you?", []time.Time{at(10, 9, 0), at(10, 11, 0), at(10, 14, 0)}, true},
		{"German", "Passt Ihnen Donnerstag, 10.12., um 9:00, 11:00 oder 14:00 Uhr?", []time.Time{at(10, 9, 0), at(10, 11, 0), at(10, 14, 0)}, true},
		{"a system's slots on the line below", "Available slots on Wednesday 9 December 2026:\n09:00   09:45   10:30", []time.Time{at(9, 9, 0), at(9, 9, 45), at(9, 10, 30)}, true},
		{"the same time on the reader's clock", "Tens disponibilidade na quinta-feira, dia 10, às 15h00 (hora de Lisboa, 16h00 em Berlim)?",
			[]time.Time{time.Date(2026, 12, 10, 15, 0, 0, 0, lisbon)}, false},
		{"and is no choice", "Monday 7 December at 10:00 and 14:00", []time.Time{at(7, 10, 0)}, false},
		{"a length after the clock", "Ich möchte ihn gern vor Ort treffen: Montag 7.12. um 9 Uhr, 2h inkl. Tech-Teil mit Luca.", []time.Time{at(7, 9, 0)}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkStarts(t, tc.text, tc.want)
			for _, m := range Find(tc.text, defaultOptions(t)) {
				if m.Listed != tc.listed {
					t.Errorf("%q: Listed = %v, want %v", m.Text, m.Listed, tc.listed)
				}
			}
		})
	}
}

// Two days joined by "or" before one clock are both offered at it: each
// is a mention of its own, so that the caller sees a choice. "and" does
// not share the clock, and nor does a day in another sentence.
func TestFindDaysSharingAClock(t *testing.T) {
	london := zone(t, "Europe/London")
	berlin := zone(t, "Europe/Berlin")
	tests := []struct {
		name, text string
		want       []time.Time
	}{
		{"English, UK time", "I have Tuesday 1st or Wednesday 2nd at 10am UK time free.",
			[]time.Time{time.Date(2026, 12, 1, 10, 0, 0, 0, london), time.Date(2026, 12, 2, 10, 0, 0, 0, london)}},
		{"German", "Passt Ihnen Montag oder Dienstag um 10 Uhr?",
			[]time.Time{time.Date(2026, 11, 30, 10, 0, 0, 0, berlin), time.Date(2026, 12, 1, 10, 0, 0, 0, berlin)}},
		{"Polish", "Czy pasuje poniedziałek lub wtorek o godz. 14:00?",
			[]time.Time{time.Date(2026, 11, 30, 14, 0, 0, 0, berlin), time.Date(2026, 12, 1, 14, 0, 0, 0, berlin)}},
		{"and is not a choice", "Monday and Tuesday at 10am", []time.Time{time.Date(2026, 12, 1, 10, 0, 0, 0, berlin)}},
		{"another sentence", "I'm off on Monday. Or Tuesday at 10am?", []time.Time{time.Date(2026, 12, 1, 10, 0, 0, 0, berlin)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkStarts(t, tc.text, tc.want)
		})
	}
}

// "Weds", the British abbreviation, is Wednesday: "Weds 10am or Fri 2pm"
// is two slots, not Friday at 10am.
func TestFindWeds(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	var got []time.Time
	for _, m := range Find("put both of your options forward (Weds 10am or Fri 2pm)", defaultOptions(t)) {
		got = append(got, m.Start)
	}
	want := []time.Time{time.Date(2026, 12, 2, 10, 0, 0, 0, berlin), time.Date(2026, 11, 27, 14, 0, 0, 0, berlin)}
	if len(got) != 2 || !got[0].Equal(want[0]) || !got[1].Equal(want[1]) {
		t.Errorf("Find = %v, want %v", got, want)
	}
}

// A weekday abbreviated in lower case, as typed on a phone, is a day
// before an English ordinal date; a date that disagrees with it wins.
// Alone, "tue" and "wed" are other words.
func TestFindLowerCaseAbbreviationBeforeOrdinal(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	at := func(d, h int) time.Time { return time.Date(2026, 12, d, h, 0, 0, 0, berlin) }
	tests := []struct {
		name, text string
		want       []time.Time
	}{
		{"tue 15th", "tue 15th at 11 work for you?", []time.Time{at(15, 11)}},
		{"a weekday the date disagrees with", "wd love to do a proper interview - wed 15th at 11 ur time work?", []time.Time{at(15, 11)}},
		{"no ordinal", "il se tue 15 fois à 11 heures", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkStarts(t, tc.text, tc.want) })
	}
}

// TestFieldLine: a form's field is a short label and a colon, then a
// value that is no sentence.
func TestFieldLine(t *testing.T) {
	for _, tc := range []struct {
		name, line string
		want       bool
	}{
		{"English", "Time: 10:30 AM - 11:30 AM (Eastern Standard Time)", true},
		{"Vietnamese, a list's dash before", "- Thời gian: 14h00 – 15h00, Thứ Năm, ngày 10/12/2026", true},
		{"Chinese, a full-width colon", "原面试时间：2026年12月16日（周三）上午10:00（已取消）", true},
		{"prose after a colon", "Small wrinkle though: Rosa's now flying back on the 16th, so could we move hers to Thursday 17th? Monday stays.", false},
		{"a label of many words", "As I said in my last message to you: Thursday works", false},
		{"a clock before the colon", "10:30 works for me", false},
		{"no colon", "Thursday 10 December at 9:00", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := FieldLine(tc.line); got != tc.want {
				t.Errorf("FieldLine(%q) = %v, want %v", tc.line, got, tc.want)
			}
		})
	}
}
