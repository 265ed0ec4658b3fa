package calendar

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// FuzzParse feeds Parse, and Expand on what it returns, with mutations of
// the corpus and of the samples in these tests. Neither may panic, and a
// success must hold up its invariants. Hangs are caught by the fuzzer's
// own per-input timeout.
func FuzzParse(f *testing.F) {
	for _, seed := range [][]byte{googleInvite, outlookInvite, customZone, []byte(sydneyLike),
		vevents("UID:w|DTSTART;TZID=Europe/Berlin:20250303T090000|RRULE:FREQ=MONTHLY;BYDAY=-1FR;BYSETPOS=1|EXDATE:20250328T080000Z",
			"UID:w|RECURRENCE-ID;RANGE=THISANDFUTURE:20250425T070000Z|DTSTART:20250425T100000Z"),
		vevents("UID:d|DTSTART;VALUE=DATE:20250303|RDATE;VALUE=PERIOD:20250305T100000Z/PT1H|RRULE:FREQ=YEARLY;BYWEEKNO=-1;BYDAY=SU"),
	} {
		f.Add(seed)
	}
	if root := corpusDir(f); root != "" {
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".ics") {
				if data, err := os.ReadFile(path); err == nil {
					f.Add(data)
				}
			}
			return nil
		})
	}
	loc := time.FixedZone("test", 3600)
	from := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	to := from.AddDate(2, 0, 0)
	f.Fuzz(func(t *testing.T, data []byte) {
		cal, err := Parse(data, loc)
		if err != nil {
			if cal != nil {
				t.Fatal("calendar and error both returned")
			}
			if !strings.HasPrefix(err.Error(), "parse calendar: ") {
				t.Fatalf("error without prefix: %v", err)
			}
			return
		}
		for _, ev := range cal.Events {
			if !ev.Start.IsZero() && ev.End.Before(ev.Start) {
				t.Fatalf("end %v before start %v", ev.End, ev.Start)
			}
		}
		if len(cal.Warnings) > maxWarnings {
			t.Fatalf("%d warnings", len(cal.Warnings))
		}
		for _, o := range Expand(cal.Events, from, to) {
			if !overlaps(&o, from, to) {
				t.Fatalf("occurrence %v–%v outside the window", o.Start, o.End)
			}
		}
	})
}
