package timetext

import (
	"slices"
	"testing"
	"time"
)

func TestFindEnglish(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	london := zone(t, "Europe/London")
	kolkata := zone(t, "Asia/Kolkata")
	newYork := zone(t, "America/New_York")
	chicago := zone(t, "America/Chicago")
	at := func(mo time.Month, d, h, mi int) time.Time { return time.Date(2026, mo, d, h, mi, 0, 0, berlin) }
	runFind(t, []findCase{
		{name: "a capital abbreviation before at and a clock", text: "I'm free Thurs after lunch or Fri at 2.30pm.", want: at(11, 27, 14, 30)},
		{name: "a capital abbreviation before a clock", text: "Thu 10am works for us", want: at(12, 3, 10, 0)},
		{name: "month day and a clock with nothing between", text: "December 10 2pm-3pm PT",
			want: time.Date(2026, 12, 10, 14, 0, 0, 0, zone(t, "America/Los_Angeles")), dur: time.Hour, zone: "PT"},
		{name: "month day and a 24-hour clock", text: "Dec 10 14:00", want: at(12, 10, 14, 0)},
		// Four figures and a word for hours: the forces' and many a
		// British recruiter's way.
		{name: "four figures and hrs", text: "He has suggested Thursday 3rd December at 1500 hrs (UK time).",
			want: time.Date(2026, 12, 3, 15, 0, 0, 0, london), zone: "UK time"},
		{name: "four figures and hours", text: "Friday 4 December, 0930 hours", want: at(12, 4, 9, 30)},
		{name: "four figures and hours after at", text: "Friday 4 December at 1400 hours", want: at(12, 4, 14, 0)},
		{name: "four figures glued to h", text: "Friday 4 December at 1430h", want: at(12, 4, 14, 30)},
		// The UK's "half three" is 3:30, proposed without "at".
		{name: "half three proposed without at", text: "Thursday 3 December: could we do half three instead?", want: at(12, 3, 15, 30)},
		{name: "the day of the month in parentheses after the weekday", text: "Thursday (10th) around 10am", want: at(12, 10, 10, 0)},
		// Typed on a phone, nothing between the day and its clock.
		{name: "an ordinal day, then the clock", text: "Can you come in Thu 10th 9:30 for the onsite loop?", want: at(12, 10, 9, 30)},
		{name: "the day in parentheses after next week", text: "Tuesday next week (8th) at half two", want: at(12, 8, 14, 30),
			opt: refAt(time.Date(2026, 11, 30, 17, 48, 0, 0, time.UTC))},
		{name: "a day, then the hours it runs", text: "an onsite on Thursday 17 December, running from 10:00 to 14:00 UK time.",
			want: time.Date(2026, 12, 17, 10, 0, 0, 0, london), dur: 4 * time.Hour, zone: "UK time"},
		{name: "an ordinal day alone, still to come this month", text: "Could we do it on the 28th at 2pm?", want: at(11, 28, 14, 0)},
		{name: "an ordinal day already past this month is next month's", text: "How about the 2nd at 10am?", want: at(12, 2, 10, 0)},
		{name: "clock and zone before the day", text: "How does noon Central on Friday the 4th sound?",
			want: time.Date(2026, 12, 4, 12, 0, 0, 0, chicago), zone: "Central"},
		{name: "clock and zone before weekday and date", text: "Can you do 3pm EST on Friday, Dec 4?",
			want: time.Date(2026, 12, 4, 15, 0, 0, 0, newYork), zone: "EST"},
		{name: "weekday, month day, pm and CET", text: "Thursday, December 3 at 4:00 PM CET",
			want: at(12, 3, 16, 0), zone: "CET"},
		{name: "short names, year, hour and pm", text: "Thu, Dec 3, 2026 4pm", want: at(12, 3, 16, 0)},
		{name: "ordinal day month year, BST", text: "3rd December 2026 at 14:30 BST",
			want: time.Date(2026, 12, 3, 14, 30, 0, 0, london), zone: "BST"},
		{name: "half past two is in the afternoon", text: "the 3rd of December at half past two", want: at(12, 3, 14, 30)},
		{name: "quarter to three", text: "Thursday at quarter to three", want: at(12, 3, 14, 45)},
		{name: "noon", text: "tomorrow at noon", want: at(11, 27, 12, 0)},
		{name: "an hour, roughly, after its day", text: "Would you be able to pop in Thursday 2-ish for a chat?", want: at(12, 3, 14, 0)},
		{name: "an hour, roughly, written as one word", text: "Can we do tomorrow 10ish?", want: at(11, 27, 10, 0)},
		{name: "the UK's half hour the user is asked to make it", text: "can we make it half 2 tomorrow instead?", want: at(11, 27, 14, 30)},
		{name: "Brazil's official clock by its capital", text: "Prazo final: segunda, 07/12 Horário: 23h59 (Brasília)",
			want: time.Date(2026, 12, 7, 23, 59, 0, 0, zone(t, "America/Sao_Paulo")), zone: "Brasília"},
		{name: "Gulf Standard Time spelled out", text: "You have until Friday, 11 December 2026 at 11:59 PM Gulf Standard Time",
			want: time.Date(2026, 12, 11, 23, 59, 0, 0, zone(t, "Asia/Dubai")), zone: "Gulf Standard Time"},
		{name: "China Standard Time spelled out", text: "Friday 11 December 10:00 China Standard Time",
			want: time.Date(2026, 12, 11, 10, 0, 0, 0, zone(t, "Asia/Shanghai")), zone: "China Standard Time"},
		{name: "IST is India", text: "Friday, December 4, 11 AM IST",
			want: time.Date(2026, 12, 4, 11, 0, 0, 0, kolkata), zone: "IST"},
		{name: "bare start of a pm range, ET", text: "Monday, Dec 7, 2-2:45pm ET",
			want: time.Date(2026, 12, 7, 14, 0, 0, 0, newYork), dur: 45 * time.Minute, zone: "ET"},
		{name: "pm only at the range's end moves the start", text: "Thursday 4:00 – 4:30 PM",
			want: at(12, 3, 16, 0), dur: 30 * time.Minute},
		{name: "tomorrow at 10am", text: "Could we talk tomorrow at 10am?", want: at(11, 27, 10, 0)},
		{name: "on a weekday", text: "See you on Monday at 9:30.", want: at(11, 30, 9, 30)},
		{name: "next weekday with a.m.", text: "How about next Tuesday, 10 a.m.", want: at(12, 1, 10, 0)},
		{name: "range and GMT in parentheses", text: "Wednesday 9 December, 10:00-11:00 (GMT)",
			want: time.Date(2026, 12, 9, 10, 0, 0, 0, time.UTC), dur: time.Hour, zone: "GMT"},
		{name: "numeric date is day-first", text: "11/01/2027 10:00", want: time.Date(2027, 1, 11, 10, 0, 0, 0, berlin)},
		{name: "numeric date month-first on request", text: "12/07/2026 10:00", want: at(12, 7, 10, 0), opt: monthFirst},
		{name: "an appointment day-first in the past is the month-first one ahead", text: "Complete by: 12/11/2026 11:59 PM GMT",
			want: time.Date(2026, 12, 11, 23, 59, 0, 0, time.UTC), zone: "GMT"},
		{name: "an ambiguous date past in both orders stays day-first", text: "11/06/2026 10:00", want: at(6, 11, 10, 0)},
		{name: "a dotted clock, then whose clock it is and the day", text: "Yep thats it, 10.30 our time 11.30 yours tmrw (Fri).",
			want: at(11, 27, 11, 30)},
		{name: "a dotted clock, then its day", text: "10.30 tomorrow, he'll ring your mobile", want: at(11, 27, 10, 30)},
		{name: "a dotted clock, then its zone in parentheses", text: "Rok za oddajo 11. 12. 2026 ob 23.59 (CET)",
			want: time.Date(2026, 12, 11, 23, 59, 0, 0, berlin), zone: "CET"},
		{name: "Canada's Atlantic time", text: "Complete by Wednesday, December 9, 2026 at 11:59 PM Atlantic Time (AT)",
			want: time.Date(2026, 12, 9, 23, 59, 0, 0, zone(t, "America/Halifax")), zone: "Atlantic Time"},
		{name: "Newfoundland's half hour", text: "Tuesday, December 8 at 3:00 PM Newfoundland Time",
			want: time.Date(2026, 12, 8, 15, 0, 0, 0, zone(t, "America/St_Johns")), zone: "Newfoundland Time"},
		{name: "a country's abbreviation as the zone", text: "Sun 6/12, 2pm KSA (12 ur time) w/ Abdulrahman",
			want: time.Date(2026, 12, 6, 14, 0, 0, 0, zone(t, "Asia/Riyadh")), zone: "KSA"},
		{name: "unambiguous month-first date without the option", text: "07/13/2026 10:00", want: at(7, 13, 10, 0)},
		{name: "unambiguous day-first date with the option", text: "13/07/2026 10:00", want: at(7, 13, 10, 0), opt: monthFirst},
		{name: "the weekday decides an ambiguous month-first date", text: "Does Thursday 12/3 at 10:30am work?", want: at(12, 3, 10, 30)},
		{name: "the weekday decides an ambiguous day-first date", text: "Thursday 10/12 at 10:30 (month-first)", want: at(12, 10, 10, 30), opt: monthFirst},
		{name: "ISO 8601", text: "2026-12-03T15:00", want: at(12, 3, 15, 0)},
		{name: "hour 4 without pm in English", text: "Thursday at 4", want: at(12, 3, 16, 0)},
		{name: "a leading zero keeps the 24-hour reading", text: "Thursday at 04:00", want: at(12, 3, 4, 0)},
		{name: "am only at the range's end", text: "Tuesday, December 8, 2026, 9:00 – 10:00 AM",
			want: at(12, 8, 9, 0), dur: time.Hour},
		{name: "IANA name wins over the abbreviation", text: "When: Monday, November 30, 2026, 10:00 AM – 11:00 AM EST (America/New_York)",
			want: time.Date(2026, 11, 30, 10, 0, 0, 0, newYork), dur: time.Hour, zone: "America/New_York"},
		{name: "an older IANA name in parentheses", text: "Please complete your interview by: December 9, 2026 11:59 PM (US/Eastern)",
			want: time.Date(2026, 12, 9, 23, 59, 0, 0, newYork), zone: "US/Eastern"},
		{name: "EST in July is New York's summer time", text: "Tuesday, July 7, 2026 at 2 pm EST",
			want: time.Date(2026, 7, 7, 18, 0, 0, 0, time.UTC), zone: "EST"},
		{name: "explicit offset", text: "Thursday at 4pm GMT+1",
			want: time.Date(2026, 12, 3, 15, 0, 0, 0, time.UTC), zone: "GMT+1"},
		{name: "clock before the day", text: "at 10am on Monday, December 7", want: at(12, 7, 10, 0)},
		{name: "a bare hour after a date in digits, the cue English", text: "any chance ur free thurs 12/10 at 2 ET for 30 min",
			want: time.Date(2026, 12, 10, 19, 0, 0, 0, time.UTC), zone: "ET"},
		{name: "a bare hour after a day, whatever follows", text: "Thursday at 11 it is - I've blocked 90 minutes", want: at(12, 3, 11, 0)},
		{name: "a year after an ordinal without a comma", text: "Thursday, November 12th 2026 2:00 PM - 3:00 PM", want: time.Date(2026, 11, 12, 14, 0, 0, 0, berlin), dur: time.Hour},
		{name: "the writer's clock, then which", text: "I'll call you Thursday at 11 my time (Central) - that should be 6pm for you.", want: time.Date(2026, 12, 3, 11, 0, 0, 0, zone(t, "America/Chicago")), zone: "Central"},
		{name: "our time, then which", text: "Thursday at 11:00 our time (Eastern)", want: time.Date(2026, 12, 3, 11, 0, 0, 0, zone(t, "America/New_York")), zone: "Eastern"},
		{name: "am glued to the hour before a weekday", text: "would 8am Wednesday 9 December Sydney time work?", want: time.Date(2026, 12, 9, 8, 0, 0, 0, zone(t, "Australia/Sydney")), zone: "Sydney time"},
		{name: "zone in words", text: "December 3rd at 2:30pm Central Time",
			want: time.Date(2026, 12, 3, 14, 30, 0, 0, chicago), zone: "Central Time"},
		{name: "twelve noon", text: "Friday 12 noon", want: at(11, 27, 12, 0)},
		{name: "o'clock", text: "Friday at three o'clock", want: at(11, 27, 15, 0)},
		{name: "sentence wrapped across lines", text: "Confirming our phone interview on Thursday,\nDecember 3 at 4:00 PM CET.",
			want: at(12, 3, 16, 0), zone: "CET"},
		{name: "short weekday before a day", text: "Mon 7 Dec 10:00", want: at(12, 7, 10, 0)},
		{name: "pm then the sentence's period", text: "Tuesday 8th December at 2pm.", want: at(12, 8, 14, 0)},
		{name: "capitalised month and weekday", text: "THURSDAY, DECEMBER 3 AT 4:00 PM", want: at(12, 3, 16, 0)},
		// Typed on a phone: a weekday's abbreviation in lower case,
		// without a date, that is no word of any language.
		// The full stop after "11am" ends its sentence: the next one's
		// day is another's.
		{name: "a clock that cannot be made, then the day proposed", text: "Kenji won't be able to make 11am. Would Thursday Dec 10 at 2:00pm ET work instead?",
			want: time.Date(2026, 12, 10, 14, 0, 0, 0, newYork), zone: "ET"},
		{name: "lower-case thurs after the hour", text: "ok 8am thurs then, talk soon", want: at(12, 3, 8, 0)},
		{name: "lower-case weds before the hour", text: "weds at 2 works for me", want: at(12, 2, 14, 0)},
		{name: "a loose proposal: after lunch, say", text: "How about tomorrow after lunch, say 1:30?", want: at(11, 27, 13, 30)},
		{name: "a part of the day and say", text: "Thursday morning, say 10am?", want: at(12, 3, 10, 0)},
		{name: "lunchtime between day and clock", text: "Tuesday lunchtime, 12:30 at the café", want: at(12, 1, 12, 30)},
	})
}

func TestFindSeveral(t *testing.T) {
	opt := defaultOptions(t)
	berlin := opt.Loc
	text := "Would Monday at 10am or Tuesday at 2pm work? Otherwise Friday, December 4 at 9:00."
	got := Find(text, opt)
	want := []time.Time{
		time.Date(2026, 11, 30, 10, 0, 0, 0, berlin),
		time.Date(2026, 12, 1, 14, 0, 0, 0, berlin),
		time.Date(2026, 12, 4, 9, 0, 0, 0, berlin),
	}
	if len(got) != len(want) {
		t.Fatalf("Find = %+v, want %d mentions", got, len(want))
	}
	for i, m := range got {
		if !m.Start.Equal(want[i]) {
			t.Errorf("mention %d (%q) = %s, want %s", i, m.Text, m.Start, want[i])
		}
		if i > 0 && got[i-1].Pos >= m.Pos {
			t.Errorf("mention %d is not in order of position", i)
		}
	}
}

// TestFindListedWindows: each item of a list is its own mention; a
// clock at the end of one item never takes the next item's day.
func TestFindListedWindows(t *testing.T) {
	opt := defaultOptions(t)
	opt.MonthFirst, opt.Ref = true, time.Date(2026, 12, 2, 16, 0, 0, 0, time.UTC)
	chicago := zone(t, "America/Chicago")
	text := "the earliest she can offer is:\n\n- Wednesday 1/6, anytime between 8:00 and 11:00 AM Central\n- Thursday 1/7, anytime between 8:00 and 11:00 AM Central\n\nPlease let me know"
	got := Find(text, opt)
	want := []time.Time{time.Date(2027, 1, 6, 8, 0, 0, 0, chicago), time.Date(2027, 1, 7, 8, 0, 0, 0, chicago)}
	if len(got) != len(want) {
		t.Fatalf("Find = %+v, want %d mentions", got, len(want))
	}
	for i, m := range got {
		if !m.Start.Equal(want[i]) || m.Dur != 3*time.Hour {
			t.Errorf("mention %d (%q) = %s for %s, want %s for 3h", i, m.Text, m.Start, m.Dur, want[i])
		}
	}
}

// TestFindClocksOn: clock times written without a day, on the day given.
func TestFindClocksOn(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	day := time.Date(2027, 1, 7, 0, 0, 0, 0, berlin)
	got := FindClocksOn("spostare il colloquio di un'ora, quindi alle 11:30 anziché alle 10:30 (stesso giorno).", day, Options{Ref: ref, Loc: berlin})
	if len(got) != 2 || !got[0].Start.Equal(time.Date(2027, 1, 7, 11, 30, 0, 0, berlin)) || !got[1].Start.Equal(time.Date(2027, 1, 7, 10, 30, 0, 0, berlin)) {
		t.Errorf("FindClocksOn = %+v, want 11:30 and 10:30 on 7 January", got)
	}
	// A clock whose words name no language takes the text's: an English
	// 3:30 without am or pm is in the afternoon, a German one is not.
	for _, tc := range []struct {
		lang string
		hour int
	}{{"en", 15}, {"de", 3}, {"", 3}} {
		if got := FindClocksOn("3:30 start so you get a bit of prep in before service.", day, Options{Ref: ref, Loc: berlin, Lang: tc.lang}); len(got) != 1 || got[0].Start.Hour() != tc.hour {
			t.Errorf("FindClocksOn with Lang %q = %+v, want %d:30", tc.lang, got, tc.hour)
		}
	}
	if got := FindClocksOn("Version 2.14 ships soon.", day, Options{Ref: ref, Loc: berlin}); len(got) != 0 {
		t.Errorf("FindClocksOn = %+v, want none", got)
	}
	// A bare hour after "at", then words about the time: a clock.
	for _, tc := range []struct {
		text string
		want []int // hours
	}{
		{"we're now starting at 10 instead of half 9.", []int{10}},
		{"Let's say at 10 sharp.", []int{10}},
		{"Wir fangen um 10 statt um 9 Uhr an.", []int{10, 9}},
		{"Vi flytter det derfor til halv elleve samme dag.", []int{10}},
		{"We've moved it to half ten.", []int{10}},
		{"We are moving it to 3 people.", nil},
		{"Prices rose at 10 percent a year.", nil},
		{"Meet me at 10 downing street.", nil},
		// An ordinal's dot before a word in lower case: a floor.
		{"Brno - recepce ve 4. patře, stačí se nahlásit", nil},
		{"Anmeldung im 4. Stock, um 10 statt um 9.", []int{10, 9}},
		{"See you at 4. Cheers!", []int{16}},
		// A length glued to its unit, whatever stands before it.
		{"The station is a 10-minute walk from the campus.", nil},
		{"Es folgt ein 30-Minuten-Gespräch.", nil},
	} {
		var hours []int
		for _, m := range FindClocksOn(tc.text, day, Options{Ref: ref, Loc: berlin}) {
			hours = append(hours, m.Start.Hour())
		}
		if !slices.Equal(hours, tc.want) {
			t.Errorf("FindClocksOn(%q) hours %v, want %v", tc.text, hours, tc.want)
		}
	}
}

// TestDottedNumbersWithoutCueAreNoClocks: "10.30" alone is a price or a
// version as often as a time; only what follows a time makes it one.
func TestDottedNumbersWithoutCueAreNoClocks(t *testing.T) {
	for _, text := range []string{"the taxi was 10.30 and the train 12.40", "version 10.30 of the app", "10.30 your account"} {
		if got := Find(text, defaultOptions(t)); len(got) != 0 {
			t.Errorf("Find(%q) = %+v, want nothing", text, got)
		}
	}
}

// TestDayAfterOrIsTheNextChoice: a day after "or" starts the next choice;
// it is not the day of the clock before it.
func TestDayAfterOrIsTheNextChoice(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	opt := Options{Ref: time.Date(2026, 11, 30, 17, 48, 0, 0, time.UTC), Loc: berlin}
	for _, tc := range []struct {
		name, text string
		want       []time.Time
	}{
		{"two choices, each with its day in parentheses", "He's offered either Tuesday next week (8th) at half two, or Thursday (10th) around 10am.",
			[]time.Time{time.Date(2026, 12, 8, 14, 30, 0, 0, berlin), time.Date(2026, 12, 10, 10, 0, 0, 0, berlin)}},
		{"a clock without its day, then or and a day with its own", "He can do next week at half two, or Thursday (10th) around 10am.",
			[]time.Time{time.Date(2026, 12, 10, 10, 0, 0, 0, berlin)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []time.Time
			for _, m := range Find(tc.text, opt) {
				got = append(got, m.Start)
			}
			if !slices.EqualFunc(got, tc.want, time.Time.Equal) {
				t.Errorf("Find(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
