package calendar

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// corpusDir finds shared/corpus/ics next to the repository, walking up from
// the package directory so that the test works from any working directory
// inside the tree. It returns "" when there is no corpus.
func corpusDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for range 6 {
		for _, rel := range []string{"shared/corpus/ics", "../shared/corpus/ics"} {
			p := filepath.Join(dir, rel)
			if fi, err := os.Stat(p); err == nil && fi.IsDir() {
				return p
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return ""
}

// corpusFiles returns every .ics file of the corpus, or skips the test.
func corpusFiles(t testing.TB) (string, []string) {
	t.Helper()
	root := corpusDir(t)
	if root == "" {
		t.Skip("no shared/corpus/ics beside the repository")
	}
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(strings.ToLower(path), ".ics") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("walk corpus: %v", err)
	}
	return root, files
}

// parseWithin parses and expands data in a goroutine and fails the test if
// that takes longer than limit: a hang is a bug here, not a slow machine.
func parseWithin(t *testing.T, data []byte, limit time.Duration) (*Calendar, error) {
	t.Helper()
	type result struct {
		cal *Calendar
		err error
	}
	done := make(chan result, 1)
	go func() {
		cal, err := Parse(data, time.UTC)
		if err == nil {
			from := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
			Expand(cal.Events, from, from.AddDate(15, 0, 0))
		}
		done <- result{cal, err}
	}()
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.cal, r.err
	case <-timer.C:
		t.Fatalf("parse and expand did not finish within %v", limit)
		return nil, nil
	}
}

func TestCorpusParses(t *testing.T) {
	root, files := corpusFiles(t)
	var failed, events int
	for _, path := range files {
		rel, _ := filepath.Rel(root, path)
		t.Run(rel, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			cal, err := parseWithin(t, data, 10*time.Second)
			if err != nil {
				failed++
				t.Logf("error: %v", err)
				return
			}
			events += len(cal.Events)
			for _, w := range cal.Warnings {
				t.Logf("warning: %s", w)
			}
		})
	}
	t.Logf("%d files, %d refused, %d events", len(files), failed, events)
}

// TestCorpusFiles asserts what was read from files that real programs and
// other libraries' bug reports produced.
func TestCorpusFiles(t *testing.T) {
	root := corpusDir(t)
	if root == "" {
		t.Skip("no shared/corpus/ics beside the repository")
	}
	utc := func(s string) time.Time {
		d, err := time.Parse("2006-01-02 15:04", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	// starts expands the file over [from, to) and returns the UTC starts.
	starts := func(cal *Calendar, from, to string) []string {
		var out []string
		for _, o := range Expand(cal.Events, utc(from), utc(to)) {
			s := o.Start.UTC().Format("2006-01-02 15:04")
			if o.Cancelled() {
				s += " cancelled"
			}
			out = append(out, s)
		}
		return out
	}
	tests := []struct {
		file  string
		check func(t *testing.T, cal *Calendar)
	}{
		{"khal/tz_windows_format.ics", func(t *testing.T, cal *Calendar) {
			// The TZID is a Windows name, which wins over the (wrong)
			// VTIMEZONE khal's test put beside it.
			ev := onlyEvent(t, cal)
			auckland := mustLoad(t, "Pacific/Auckland")
			wantInstant(t, "start", ev.Start, time.Date(2019, 11, 20, 13, 0, 0, 0, auckland))
			wantInstant(t, "end", ev.End, time.Date(2019, 11, 20, 14, 30, 0, 0, auckland))
			if !ev.Start.Equal(utc("2019-11-20 00:00")) {
				t.Errorf("start = %v UTC", ev.Start.UTC())
			}
		}},
		{"icalendar-calendars/issue_836_do_not_quote_tzid.ics", func(t *testing.T, cal *Calendar) {
			ev := onlyEvent(t, cal)
			wantInstant(t, "start", ev.Start, time.Date(2024, 10, 28, 17, 0, 0, 0, mustLoad(t, "America/New_York")))
			if cal.Method != "PUBLISH" {
				t.Errorf("method = %q", cal.Method)
			}
		}},
		{"icalendar-events/event_with_recurrence_exdates_on_different_lines.ics", func(t *testing.T, cal *Calendar) {
			ev := onlyEvent(t, cal)
			if len(ev.ExDates) != 5 {
				t.Errorf("got %d EXDATEs, want 5", len(ev.ExDates))
			}
			got := starts(cal, "2012-03-01 00:00", "2012-08-01 00:00")
			want := []string{"2012-03-27 08:00", "2012-04-24 08:00", "2012-05-08 08:00", "2012-05-15 08:00", "2012-05-22 08:00",
				"2012-06-05 08:00", "2012-06-12 08:00", "2012-06-19 08:00", "2012-06-26 08:00", "2012-07-03 08:00"}
			if !slices.Equal(got, want) {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		}},
		{"recurring-ical-events/each_week_but_two_deleted.ics", func(t *testing.T, cal *Calendar) {
			got := starts(cal, "2019-01-01 00:00", "2020-01-01 00:00")
			want := []string{"2019-03-03 23:30", "2019-03-17 23:30", "2019-03-31 22:30", "2019-04-07 22:30", "2019-04-14 22:30", "2019-04-21 22:30"}
			if !slices.Equal(got, want) {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		}},
		{"recurring-ical-events/issue_18_cancel_status.ics", func(t *testing.T, cal *Calendar) {
			got := starts(cal, "2020-01-01 00:00", "2020-03-01 00:00")
			want := []string{"2020-01-28 21:00", "2020-01-29 21:00 cancelled", "2020-01-30 21:00"}
			if !slices.Equal(got, want) {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		}},
		{"recurring-ical-events/issue_163_deleted_modification.ics", func(t *testing.T, cal *Calendar) {
			// Two masters; the newer (SEQUENCE:2) excludes 19 August,
			// which removes the older modification of that day too.
			got := starts(cal, "2024-07-01 00:00", "2024-10-01 00:00")
			want := []string{"2024-07-29 00:00", "2024-09-09 00:00", "2024-09-30 00:00"}
			if !slices.Equal(got, want) {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		}},
		{"khal/event_dt_multi_recuid_no_master.ics", func(t *testing.T, cal *Calendar) {
			if len(cal.Events) != 2 {
				t.Fatalf("got %d events", len(cal.Events))
			}
			for _, ev := range cal.Events {
				if ev.RecurrenceID.IsZero() || !ev.Recurring {
					t.Errorf("event %v is not an override", ev.Start)
				}
			}
			got := starts(cal, "2014-06-01 00:00", "2014-08-01 00:00")
			if len(got) != 2 {
				t.Errorf("got %q", got)
			}
		}},
		{"recurring-ical-events/issue_28_rrule_with_UTC_endinginZ.ics", func(t *testing.T, cal *Calendar) {
			// All-day series with overrides whose RECURRENCE-ID carries a
			// Windows TZID: each override replaces its date, no doubles.
			got := starts(cal, "2020-04-13 00:00", "2020-04-20 00:00")
			want := []string{"2020-04-17 00:00"}
			if !slices.Equal(got, want) {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		}},
		{"recurring-ical-events/issue_75_range_parameter.ics", func(t *testing.T, cal *Calendar) {
			got := starts(cal, "2024-09-20 00:00", "2024-09-27 00:00")
			want := []string{"2024-09-22 14:22", "2024-09-24 14:22", "2024-09-26 14:22"}
			if !slices.Equal(got, want) {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(root, tc.file))
			if err != nil {
				t.Skipf("corpus file missing: %v", err)
			}
			tc.check(t, mustParse(t, data, time.UTC))
		})
	}
}
