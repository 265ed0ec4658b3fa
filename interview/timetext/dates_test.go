package timetext

import (
	"slices"
	"testing"
	"time"
)

// Which day a date without a year, a weekday or a relative day means.
func TestFindDayInference(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	at := func(y int, mo time.Month, d, h int) time.Time { return time.Date(y, mo, d, h, 0, 0, 0, berlin) }
	december28 := time.Date(2026, 12, 28, 9, 0, 0, 0, time.UTC)
	runFind(t, []findCase{
		{name: "January from December is next year", text: "January 5 at 10am", want: at(2027, 1, 5, 10), opt: refAt(december28)},
		{name: "up to two months back stays this year", text: "October 1 at 10am", want: at(2026, 10, 1, 10)},
		{name: "more than two months back is next year", text: "September 1 at 10am", want: at(2027, 9, 1, 10)},
		{name: "Ref's own weekday is a week later", text: "Thursday at 10am", want: at(2026, 12, 3, 10)},
		{name: "today", text: "today at 4pm", want: at(2026, 11, 26, 16)},
		{name: "a range's end said to be about then", text: "Dienstag, 15. Dezember 2026, 13.30 – ca. 16.00 Uhr",
			want: time.Date(2026, 12, 15, 13, 30, 0, 0, berlin), dur: 150 * time.Minute},
		{name: "the same in English", text: "Tuesday 15 December, 1.30 – approx. 4pm",
			want: time.Date(2026, 12, 15, 13, 30, 0, 0, berlin), dur: 150 * time.Minute},
		{name: "today and another weekday are two days", text: "Can you let me know today if Monday 11:00 works?", want: at(2026, 11, 30, 11)},
		{name: "tomorrow and its own weekday are one day", text: "tomorrow, Friday, at 11am", want: at(2026, 11, 27, 11)},
		{name: "morgen and another weekday", text: "Sag mir bitte morgen, ob Dienstag um 11 Uhr passt.", want: at(2026, 12, 1, 11)},
		{name: "heute", text: "heute um 16 Uhr", want: at(2026, 11, 26, 16)},
		{name: "aujourd'hui", text: "aujourd'hui à 16h", want: at(2026, 11, 26, 16)},
		{name: "hoy", text: "hoy a las 16:00", want: at(2026, 11, 26, 16)},
		{name: "oggi", text: "oggi alle 16:00", want: at(2026, 11, 26, 16)},
		{name: "hoje", text: "hoje às 16h", want: at(2026, 11, 26, 16)},
		{name: "vandaag", text: "vandaag om 16:00", want: at(2026, 11, 26, 16)},
		{name: "dzisiaj", text: "dzisiaj o 16:00", want: at(2026, 11, 26, 16)},
		{name: "idag", text: "idag kl 16", want: at(2026, 11, 26, 16)},
		{name: "i dag", text: "i dag kl. 16", want: at(2026, 11, 26, 16)},
		{name: "tomorrow", text: "tomorrow at 9am", want: at(2026, 11, 27, 9)},
		{name: "domani", text: "domani alle 9:00", want: at(2026, 11, 27, 9)},
		{name: "day after tomorrow", text: "the day after tomorrow at 9am", want: at(2026, 11, 28, 9)},
		{name: "overmorgen", text: "overmorgen om 9:00", want: at(2026, 11, 28, 9)},
		{name: "dopodomani", text: "dopodomani alle 9:00", want: at(2026, 11, 28, 9)},
		{name: "depois de amanhã", text: "depois de amanhã às 9h", want: at(2026, 11, 28, 9)},
		{name: "pojutrze", text: "pojutrze o 9:00", want: at(2026, 11, 28, 9)},
		{name: "i övermorgon", text: "i övermorgon kl 9", want: at(2026, 11, 28, 9)},
		{name: "i overmorgen", text: "i overmorgen kl. 9", want: at(2026, 11, 28, 9)},
		{name: "the date wins over its weekday", text: "Friday, December 3 at 10am", want: at(2026, 12, 3, 10)},
		{name: "the date wins over tomorrow", text: "tomorrow, December 3, at 10am", want: at(2026, 12, 3, 10)},
		{name: "a leap day in a year that has one", text: "February 29, 2028 at 10am", want: at(2028, 2, 29, 10)},
		{name: "the Ref's day counts in Loc", text: "tomorrow at 9am", want: at(2026, 11, 28, 9),
			opt: refAt(time.Date(2026, 11, 26, 23, 30, 0, 0, time.UTC))},
	})
}

func TestFindNoRef(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	tests := []struct {
		name string
		text string
		n    int
	}{
		{"a date with its year is read", "Thursday, December 3, 2026 at 4pm", 1},
		{"a date without a year is not", "December 3 at 4pm", 0},
		{"a relative day is not", "tomorrow at 4pm", 0},
		{"a leap day in a year without one", "February 29, 2027 at 10am", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Find(tc.text, Options{Loc: berlin}); len(got) != tc.n {
				t.Errorf("Find(%q) = %+v, want %d", tc.text, got, tc.n)
			}
		})
	}
}

func TestFindDates(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	endOf := func(y int, mo time.Month, d int) time.Time { return time.Date(y, mo, d, 23, 59, 0, 0, berlin) }
	tests := []struct {
		name     string
		text     string
		want     []time.Time
		relative bool
	}{
		{"weekday and date", "Please complete the video interview by Friday, 11 December.", []time.Time{endOf(2026, 12, 11)}, false},
		{"German deadline", "Bitte bis zum 11. Dezember 2026 abschließen.", []time.Time{endOf(2026, 12, 11)}, false},
		{"weekday alone", "We'll be in touch by Friday.", []time.Time{endOf(2026, 11, 27)}, true},
		{"tomorrow", "The link expires tomorrow.", []time.Time{endOf(2026, 11, 27)}, true},
		{"a name that is an abbreviation", "Bonjour Sam,\n\nje suis désolée de vous prévenir si tard.", nil, false},
		{"a day with a time is not a date alone", "Thursday, December 3 at 4:00 PM", nil, false},
		{"label lines paired are not dates alone", "Date: Tuesday, December 8, 2026\nTime: 2:00 PM", nil, false},
		{"fraction", "3/4 of the team", nil, false},
		{"numeric day alone", "Score: 18/12", nil, false},
		{"numeric date with year", "Deadline 18.12.2026", []time.Time{endOf(2026, 12, 18)}, false},
		{"day and month closed by a dot, after \"am\"", "Die Fakultätsratssitzung am 14.01. im Senatssaal wurde verlängert", []time.Time{endOf(2027, 1, 14)}, false},
		{"day and month closed by a dot, nothing before", "Kapitel 14.01. im Text", nil, false},
		// The number names the day: not a weekday alone, which the
		// caller trusts less.
		{"weekdays with their days of the month", "I could do Tue 8th or Thu 10th", []time.Time{endOf(2026, 12, 8), endOf(2026, 12, 10)}, false},
		{"a Scandinavian weekday in its definite form", "Tyvärr kan en i panelen inte onsdagen den 16/12.", []time.Time{endOf(2026, 12, 16)}, false},
		{"a weekday's name and its day ending the clause", "Spostiamo a mercoledì 9, stessa ora.", []time.Time{endOf(2026, 12, 9)}, false},
		{"an ordinal's dot before its month is no clause's end", "Vi ses torsdag 10. desember.", []time.Time{endOf(2026, 12, 10)}, false},
		{"an address's first name is no weekday", "Invitee:\nSam Rivera\nsam.rivera@example.org", nil, false},
		{"a weekday typed in lower case before figures", "can we do fri 11/12 same time instead?", []time.Time{endOf(2026, 12, 11)}, false},
		{"weekday with \"the\" and an ordinal", "Thursday the 10th works best for me", []time.Time{endOf(2026, 12, 10)}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := FindDates(tc.text, Options{Ref: ref, Loc: berlin})
			if len(got) != len(tc.want) {
				t.Fatalf("FindDates(%q) = %+v, want %d", tc.text, got, len(tc.want))
			}
			for i, m := range got {
				if !m.Start.Equal(tc.want[i]) {
					t.Errorf("Start = %s, want %s", m.Start, tc.want[i])
				}
				if m.Clock || m.Dur != 0 {
					t.Errorf("Clock = %v, Dur = %s, want false, 0", m.Clock, m.Dur)
				}
				if m.Relative != tc.relative {
					t.Errorf("Relative = %v, want %v", m.Relative, tc.relative)
				}
			}
		})
	}
}

func TestMonthFirstRegion(t *testing.T) {
	tests := []struct {
		locale string
		want   bool
	}{
		{"en-US", true}, {"en_US.UTF-8", true}, {"US", true}, {"en-PH", true},
		{"en-GB", false}, {"de_DE", false}, {"en-IN", false}, {"", false},
	}
	for _, tc := range tests {
		t.Run(tc.locale, func(t *testing.T) {
			if got := MonthFirstRegion(tc.locale); got != tc.want {
				t.Errorf("MonthFirstRegion(%q) = %v, want %v", tc.locale, got, tc.want)
			}
		})
	}
}

// A day and month alone ("18.12.") are a date when the weekday just
// before them falls on it: "den Freitag drauf, also 18.12.". Not when it
// does not, and not alone.
func TestFindDatesWeekdayThenItsDate(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	tests := []struct {
		name, text string
		want       []time.Time // the dates that are not relative
	}{
		{"German", "Lass uns den Freitag drauf machen, also 18.12., gleiche Uhrzeit.", []time.Time{time.Date(2026, 12, 18, 23, 59, 0, 0, berlin)}},
		{"English, day first", "Let's do the Friday after instead, i.e. 18/12, same time.", []time.Time{time.Date(2026, 12, 18, 23, 59, 0, 0, berlin)}},
		{"another weekday", "Freitag geht nicht, 19.12. ist ein Samstag.", nil},
		{"alone", "Bitte bis 18.12. zurückmelden.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []time.Time
			for _, m := range FindDates(tc.text, Options{Ref: ref, Loc: berlin}) {
				if !m.Relative {
					got = append(got, m.Start)
				}
			}
			if !slices.EqualFunc(got, tc.want, time.Time.Equal) {
				t.Errorf("FindDates(%q) dates %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestSaysNextWeek: "next week" in the languages read, with or without a
// day after it, and not a week that is not the next.
func TestSaysNextWeek(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Funkar samma tid nästa vecka? Samma ställe.", true},
		{"Same time next week?", true},
		{"Gleiche Uhrzeit nächste Woche?", true},
		{"même heure la semaine prochaine ?", true},
		{"в то же время на следующей неделе?", true},
		{"Same time this week?", false},
		{"We met last week.", false},
	}
	for _, tc := range tests {
		if got := SaysNextWeek(tc.text); got != tc.want {
			t.Errorf("SaysNextWeek(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
