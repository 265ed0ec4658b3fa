package daemon

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/store"
)

// TestStableIDs: an interview keeps the ID it was first given while its
// thread grows or its evidence changes, so the draft journal, keyed by it,
// never sees a new interview where there is none.
func TestStableIDs(t *testing.T) {
	iv := func(id string, thread ...string) interview.Interview {
		return interview.Interview{ID: id, Thread: thread}
	}
	tests := []struct {
		name   string
		builds [][]interview.Interview // successive builds
		want   []string                // IDs after the last build
	}{
		{
			name:   "confirmation in words, then the invitation in its thread",
			builds: [][]interview.Interview{{iv("mid-conf", "conf@x")}, {iv("ics-uid", "conf@x", "invite@x")}},
			want:   []string{"mid-conf"},
		},
		{
			name:   "an older message of the thread turns up",
			builds: [][]interview.Interview{{iv("mid-b", "b@x")}, {iv("mid-a", "a@x", "b@x")}},
			want:   []string{"mid-b"},
		},
		{
			name:   "two interviews in one thread keep two IDs",
			builds: [][]interview.Interview{{iv("first", "t@x")}, {iv("first", "t@x"), iv("second", "t@x", "u@x")}},
			want:   []string{"first", "second"},
		},
		{
			name: "a second round months later in the same thread is another interview",
			builds: [][]interview.Interview{
				{{ID: "round1", Thread: []string{"t@x"}, Start: time.Date(2026, 9, 1, 10, 0, 0, 0, time.UTC)}},
				{{ID: "round2", Thread: []string{"t@x", "u@x"}, Start: time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)}},
			},
			want: []string{"round2"},
		},
		{
			name:   "a new interview keeps its own ID",
			builds: [][]interview.Interview{{iv("one", "a@x")}, {iv("one", "a@x"), iv("two", "z@x")}},
			want:   []string{"one", "two"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			r := &Runner{Store: st, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
			var last []interview.Interview
			for _, b := range tc.builds {
				if err := r.stableIDs(context.Background(), b); err != nil {
					t.Fatal(err)
				}
				last = b
			}
			for i, want := range tc.want {
				if last[i].ID != want {
					t.Errorf("interview %d: ID %q, want %q", i, last[i].ID, want)
				}
			}
		})
	}
}
