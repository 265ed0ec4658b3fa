package calendar

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// walk expands rule from the naive start "YYYYMMDDTHHMMSS" and returns the
// occurrences in the same form.
func walk(t *testing.T, rule, start string, max int) []string {
	t.Helper()
	r, err := parseRRule(rule)
	if err != nil {
		t.Fatalf("parseRRule(%q): %v", rule, err)
	}
	c, err := parseCivil(start)
	if err != nil {
		t.Fatal(err)
	}
	until := int64(1) << 62
	if r.until != "" {
		u, err := parseCivil(r.until)
		if err != nil {
			t.Fatal(err)
		}
		until = u.naive()
	}
	var got []string
	err = r.each(c.naive(), until, 1<<62, c.naive(), nil, func(n int64) bool {
		day := floorDiv(n, secondsPerDay)
		y, m, d := civilFromDays(day)
		tod := n - day*secondsPerDay
		got = append(got, fmt.Sprintf("%04d%02d%02dT%02d%02d%02d", y, m, d, tod/3600, tod/60%60, tod%60))
		return len(got) < max
	})
	if err != nil {
		t.Fatalf("each: %v", err)
	}
	return got
}

// Most cases are the examples of RFC 5545 §3.8.5.3, read on the wall clock.
func TestRRuleExamples(t *testing.T) {
	tests := []struct {
		name  string
		rule  string
		start string
		max   int
		want  string // space-separated dates (time 090000 unless given)
	}{
		{"daily for 10 occurrences", "FREQ=DAILY;COUNT=10", "19970902T090000", 100,
			"19970902 19970903 19970904 19970905 19970906 19970907 19970908 19970909 19970910 19970911"},
		{"every other week on Tuesday and Thursday", "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", "19970902T090000", 100,
			"19970902 19970904 19970916 19970918 19970930 19971002 19971014 19971016"},
		{"monthly on the first Friday", "FREQ=MONTHLY;COUNT=10;BYDAY=1FR", "19970905T090000", 100,
			"19970905 19971003 19971107 19971205 19980102 19980206 19980306 19980403 19980501 19980605"},
		{"last work day of the month", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "19970930T090000", 7,
			"19970930 19971031 19971128 19971231 19980130 19980227 19980331"},
		{"third to last day of the month", "FREQ=MONTHLY;BYMONTHDAY=-3", "19970928T090000", 6,
			"19970928 19971029 19971128 19971229 19980129 19980226"},
		{"Monday of week 20", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", "19970512T090000", 3,
			"19970512 19980511 19990517"},
		{"every 20th Monday of the year", "FREQ=YEARLY;BYDAY=20MO", "19970519T090000", 3,
			"19970519 19980518 19990517"},
		{"every Thursday in March", "FREQ=YEARLY;BYMONTH=3;BYDAY=TH", "19970313T090000", 6,
			"19970313 19970320 19970327 19980305 19980312 19980319"},
		{"Friday the 13th", "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", "19970902T090000", 6,
			"19970902 19980213 19980313 19981113 19990813 20001013"},
		{"week starting Monday", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", "19970805T090000", 10,
			"19970805 19970810 19970819 19970824"},
		{"week starting Sunday", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", "19970805T090000", 10,
			"19970805 19970817 19970819 19970831"},
		{"until is inclusive", "FREQ=DAILY;UNTIL=19971224T090000", "19971222T090000", 100,
			"19971222 19971223 19971224"},
		{"31st skips short months", "FREQ=MONTHLY;COUNT=4", "20250131T090000", 100,
			"20250131 20250331 20250531 20250731"},
		{"29 February every leap year", "FREQ=YEARLY;COUNT=3", "20240229T090000", 100,
			"20240229 20280229 20320229"},
		{"US DST start rule", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "20070311T020000", 3,
			"20070311T020000 20080309T020000 20090308T020000"},
		{"last Sunday of October", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "16010101T030000", 3,
			"16010101T030000 16011028T030000 16021027T030000"},
		{"every 90 minutes", "FREQ=MINUTELY;INTERVAL=90;COUNT=4", "19970902T090000", 100,
			"19970902T090000 19970902T103000 19970902T120000 19970902T133000"},
		{"hourly within office hours", "FREQ=HOURLY;BYHOUR=9,10;COUNT=4", "19970902T090000", 100,
			"19970902T090000 19970902T100000 19970903T090000 19970903T100000"},
		{"DTSTART off the rule still comes first", "FREQ=WEEKLY;BYDAY=FR;COUNT=3", "20250101T090000", 100,
			"20250101 20250103 20250110"},
		{"rule that matches nothing", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "20250101T090000", 100,
			"20250101"},
		{"until before start", "FREQ=DAILY;UNTIL=20240101T000000", "20250101T090000", 100,
			"20250101"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var want []string
			for _, w := range strings.Fields(tc.want) {
				if len(w) == 8 {
					w += "T090000"
				}
				want = append(want, w)
			}
			got := walk(t, tc.rule, tc.start, tc.max)
			if !slices.Equal(got, want) {
				t.Errorf("got  %v\nwant %v", got, want)
			}
		})
	}
}

func TestRRuleParseErrors(t *testing.T) {
	tests := []struct{ name, rule string }{
		{"no FREQ", "COUNT=3"},
		{"unknown FREQ", "FREQ=FORTNIGHTLY"},
		{"zero interval", "FREQ=DAILY;INTERVAL=0"},
		{"huge interval", "FREQ=DAILY;INTERVAL=99999999999999999999"},
		{"month 13", "FREQ=YEARLY;BYMONTH=13"},
		{"month day 0", "FREQ=MONTHLY;BYMONTHDAY=0"},
		{"bad weekday", "FREQ=WEEKLY;BYDAY=XX"},
		{"ordinal 54", "FREQ=YEARLY;BYDAY=54MO"},
		{"part without =", "FREQ=DAILY;COUNT"},
		{"negative count", "FREQ=DAILY;COUNT=-1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := parseRRule(tc.rule); err == nil {
				t.Errorf("parseRRule(%q) succeeded", tc.rule)
			}
		})
	}
}

// Rules that would run for ever, or for a very long time, in a naive
// engine must end quickly here: they arrive in mail from strangers.
func TestRRuleBounded(t *testing.T) {
	tests := []struct{ name, rule, start string }{
		{"impossible date, yearly", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "00010101T000000"},
		{"impossible date, daily", "FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31", "00010101T000000"},
		{"impossible ordinal with COUNT", "FREQ=MONTHLY;BYDAY=1MO;BYMONTHDAY=20;COUNT=5", "00010101T000000"},
		{"secondly", "FREQ=SECONDLY", "20250101T000000"},
		{"secondly, nothing matches", "FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30", "00010101T000000"},
		{"far future start", "FREQ=DAILY", "99991231T235959"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := parseRRule(tc.rule)
			if err != nil {
				t.Fatal(err)
			}
			c, _ := parseCivil(tc.start)
			begin := time.Now()
			n := 0
			_ = r.each(c.naive(), 1<<62, 1<<62, c.naive(), nil, func(int64) bool {
				n++
				return n < 100_000
			})
			if d := time.Since(begin); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}
