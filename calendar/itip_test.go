package calendar

import (
	"testing"
	"time"
)

func TestNewer(t *testing.T) {
	t0 := time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		a, b Event
		want bool
	}{
		{"higher sequence wins", Event{Sequence: 2, Stamp: t0}, Event{Sequence: 1, Stamp: t0.Add(time.Hour)}, true},
		{"lower sequence loses despite later stamp", Event{Sequence: 1, Stamp: t0.Add(time.Hour)}, Event{Sequence: 2, Stamp: t0}, false},
		{"equal sequence, later stamp wins", Event{Sequence: 3, Stamp: t0.Add(time.Minute)}, Event{Sequence: 3, Stamp: t0}, true},
		{"equal sequence, earlier stamp loses", Event{Sequence: 3, Stamp: t0}, Event{Sequence: 3, Stamp: t0.Add(time.Minute)}, false},
		{"full tie keeps the first", Event{Sequence: 1, Stamp: t0}, Event{Sequence: 1, Stamp: t0}, false},
		{"missing stamp loses", Event{}, Event{Stamp: t0}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Newer(tc.a, tc.b); got != tc.want {
				t.Errorf("Newer = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestMerge(t *testing.T) {
	t0 := time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)
	start := time.Date(2025, 3, 12, 18, 0, 0, 0, time.UTC)
	orig := Event{UID: "i", Sequence: 0, Stamp: t0, Method: "REQUEST", Summary: "Interview", Start: start, End: start.Add(time.Hour)}
	moved := orig
	moved.Sequence, moved.Stamp, moved.Start, moved.End = 1, t0.Add(time.Hour), start.Add(24*time.Hour), start.Add(25*time.Hour)
	cancel := Event{UID: "i", Sequence: 2, Stamp: t0.Add(2 * time.Hour), Method: "CANCEL"}
	staleCancel := cancel
	staleCancel.Sequence = 0
	staleCancel.Stamp = t0.Add(-time.Hour)
	instance := Event{UID: "i", RecurrenceID: start, Sequence: 5, Stamp: t0, Summary: "one instance"}
	noUID := Event{Summary: "no uid"}

	tests := []struct {
		name     string
		current  []Event
		updates  []Event
		check    func(t *testing.T, got []Event)
		wantSize int
	}{
		{
			name: "reschedule replaces", current: []Event{orig}, updates: []Event{moved}, wantSize: 1,
			check: func(t *testing.T, got []Event) {
				if !got[0].Start.Equal(moved.Start) || got[0].Sequence != 1 {
					t.Errorf("got %+v", got[0])
				}
			},
		},
		{
			name: "stale update is ignored", current: []Event{moved}, updates: []Event{orig}, wantSize: 1,
			check: func(t *testing.T, got []Event) {
				if !got[0].Start.Equal(moved.Start) {
					t.Errorf("got %v", got[0].Start)
				}
			},
		},
		{
			name: "cancel keeps what was known", current: []Event{moved}, updates: []Event{cancel}, wantSize: 1,
			check: func(t *testing.T, got []Event) {
				g := got[0]
				if !g.Cancelled() || g.Status != "CANCELLED" || g.Sequence != 2 || g.Summary != "Interview" || !g.Start.Equal(moved.Start) {
					t.Errorf("got %+v", g)
				}
			},
		},
		{
			name: "stale cancel is ignored", current: []Event{moved}, updates: []Event{staleCancel}, wantSize: 1,
			check: func(t *testing.T, got []Event) {
				if got[0].Cancelled() {
					t.Error("cancelled by a stale CANCEL")
				}
			},
		},
		{
			name: "an instance is its own key", current: []Event{orig}, updates: []Event{instance}, wantSize: 2,
			check: func(t *testing.T, got []Event) {
				if got[0].Summary != "Interview" || got[1].Summary != "one instance" {
					t.Errorf("got %q, %q", got[0].Summary, got[1].Summary)
				}
			},
		},
		{
			name: "events without UID are all kept", current: []Event{noUID}, updates: []Event{noUID}, wantSize: 2,
			check: func(t *testing.T, got []Event) {},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := tc.current[0]
			got := Merge(tc.current, tc.updates)
			if len(got) != tc.wantSize {
				t.Fatalf("got %d events, want %d", len(got), tc.wantSize)
			}
			tc.check(t, got)
			if tc.current[0].Sequence != before.Sequence || tc.current[0].Status != before.Status {
				t.Error("Merge modified its input")
			}
		})
	}
}
