package timetext

import (
	"slices"
	"testing"
	"time"
)

// ref is Thursday 26 November 2026, 10:41 UTC: the day the messages in
// the tests were written.
var ref = time.Date(2026, 11, 26, 10, 41, 0, 0, time.UTC)

func zone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("no time zone database: %v", err)
	}
	return loc
}

// findCase is one text that holds exactly one mention.
type findCase struct {
	name string
	text string
	want time.Time
	dur  time.Duration
	zone string // as written; "" when Loc was used
	opt  func(*Options)
}

// defaultOptions reads as a user in Berlin would, from ref.
func defaultOptions(t *testing.T) Options {
	return Options{Ref: ref, Loc: zone(t, "Europe/Berlin")}
}

func runFind(t *testing.T, cases []findCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			opt := defaultOptions(t)
			if tc.opt != nil {
				tc.opt(&opt)
			}
			got := Find(tc.text, opt)
			if len(got) != 1 {
				t.Fatalf("Find(%q) = %d mentions %+v, want 1", tc.text, len(got), got)
			}
			m := got[0]
			t.Logf("%q → %s dur %s zone %q lang %q", m.Text, m.Start.Format(time.RFC3339), m.Dur, m.Zone, m.Lang)
			if !m.Start.Equal(tc.want) {
				t.Errorf("Start = %s, want %s", m.Start.Format(time.RFC3339), tc.want.Format(time.RFC3339))
			}
			if m.Dur != tc.dur {
				t.Errorf("Dur = %s, want %s", m.Dur, tc.dur)
			}
			if m.Zone != tc.zone {
				t.Errorf("Zone = %q, want %q", m.Zone, tc.zone)
			}
			if !m.Clock {
				t.Error("Clock = false")
			}
			if m.Pos < 0 || m.Pos > m.End || m.End > len(tc.text) || m.Text != tc.text[m.Pos:m.End] {
				t.Errorf("Pos, End = %d, %d, Text %q: not the text's words", m.Pos, m.End, m.Text)
			}
		})
	}
}

func monthFirst(o *Options) { o.MonthFirst = true }

func langs(l ...string) func(*Options) {
	return func(o *Options) { o.Langs = l }
}

func refAt(r time.Time) func(*Options) {
	return func(o *Options) { o.Ref = r }
}

// checkStarts checks that Find reads text's mentions at want, in order.
func checkStarts(t *testing.T, text string, want []time.Time) {
	t.Helper()
	var got []time.Time
	for _, m := range Find(text, defaultOptions(t)) {
		got = append(got, m.Start)
	}
	if !slices.EqualFunc(got, want, time.Time.Equal) {
		t.Errorf("Find(%q) = %v, want %v", text, got, want)
	}
}
