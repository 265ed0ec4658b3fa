package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

var (
	draftDue     = time.Date(2025, 3, 10, 17, 0, 0, 0, time.UTC)
	draftCreated = time.Date(2025, 3, 10, 17, 0, 3, 141592653, time.UTC)
)

func testDraft(interviewID, rule, messageID string) Draft {
	return Draft{
		InterviewID: interviewID,
		Rule:        rule,
		MessageID:   messageID,
		Mailbox:     "Drafts",
		Due:         draftDue,
		CreatedAt:   draftCreated,
	}
}

// TestDraftJournal walks one entry through its life. The steps share the
// store and run in order; after each, the journal must hold exactly want.
func TestDraftJournal(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	berlin := time.FixedZone("CEST", 2*3600)
	appendedAt := draftCreated.Add(time.Second)

	journal := func(t *testing.T) []Draft {
		t.Helper()
		ds, err := s.Drafts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return ds
	}
	begin := func(d Draft, wantFresh bool) func(*testing.T) error {
		return func(t *testing.T) error {
			got, fresh, err := s.BeginDraft(ctx, d)
			if err != nil {
				return err
			}
			if fresh != wantFresh {
				t.Errorf("created = %v, want %v", fresh, wantFresh)
			}
			if ds := journal(t); len(ds) != 1 || got != ds[0] {
				t.Errorf("BeginDraft returned %+v, journal holds %+v", got, ds)
			}
			return nil
		}
	}
	mark := func(rule string, uidValidity, uid uint32, at time.Time) func(*testing.T) error {
		return func(*testing.T) error { return s.MarkAppended(ctx, "iv1", rule, uidValidity, uid, at) }
	}

	// A caller's state, UIDs and appended time are ignored: a new entry is
	// an intent.
	first := testDraft("iv1", "thanks", "d1@followupd")
	first.State, first.UID, first.UIDValidity, first.AppendedAt = DraftAppended, 9, 9, draftCreated
	first.Due = draftDue.In(berlin)

	intent := Draft{
		InterviewID: "iv1", Rule: "thanks", MessageID: "d1@followupd", Mailbox: "Drafts",
		State: DraftIntent, Due: draftDue, CreatedAt: draftCreated,
	}
	appendedNoUID := intent
	appendedNoUID.State, appendedNoUID.UIDValidity, appendedNoUID.AppendedAt = DraftAppended, 77, appendedAt
	appended := appendedNoUID
	appended.UID = 15

	for _, st := range []struct {
		name    string
		do      func(*testing.T) error
		wantErr error
		want    Draft
	}{
		{"begin creates an intent", begin(first, true), nil, intent},
		{"begin again returns the journaled entry", begin(testDraft("iv1", "thanks", "d2@followupd"), false), nil, intent},
		{"mark appended without a UID", mark("thanks", 77, 0, appendedAt.In(berlin)), nil, appendedNoUID},
		{"a UID learnt later keeps the first appended time", mark("thanks", 77, 15, appendedAt.Add(time.Hour)), nil, appended},
		{"begin after append returns the appended entry", begin(testDraft("iv1", "thanks", "d3@followupd"), false), nil, appended},
		{"mark a pair never begun", mark("no-such-rule", 1, 1, draftCreated), ErrNoDraft, appended},
	} {
		t.Run(st.name, func(t *testing.T) {
			if err := st.do(t); !errors.Is(err, st.wantErr) {
				t.Fatalf("err = %v, want %v", err, st.wantErr)
			}
			ds := journal(t)
			if len(ds) != 1 || ds[0] != st.want {
				t.Fatalf("journal\n got %+v\nwant [%+v]", ds, st.want)
			}
			for name, tm := range map[string]time.Time{"Due": ds[0].Due, "CreatedAt": ds[0].CreatedAt, "AppendedAt": ds[0].AppendedAt} {
				if tm.Location() != time.UTC {
					t.Errorf("%s in %v, want UTC", name, tm.Location())
				}
			}
		})
	}
}

func TestBeginDraftInvalid(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	if _, _, err := s.BeginDraft(ctx, testDraft("iv1", "thanks", "taken@followupd")); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		d    Draft
	}{
		{"no interview", testDraft("", "thanks", "a@f")},
		{"no rule", testDraft("iv1", "", "a@f")},
		{"no message id", testDraft("iv1", "r", "")},
		{"no mailbox", func() Draft { d := testDraft("iv1", "r", "a@f"); d.Mailbox = ""; return d }()},
		{"draftDue out of range", func() Draft {
			d := testDraft("iv1", "r", "a@f")
			d.Due = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)
			return d
		}()},
		// Two pairs sharing a Message-ID would make a crash recovery
		// search find the other pair's draft.
		{"message id of another pair", testDraft("iv2", "thanks", "taken@followupd")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d, fresh, err := s.BeginDraft(ctx, tc.d); err == nil {
				t.Errorf("BeginDraft = %+v, %v, nil; want an error", d, fresh)
			} else {
				t.Logf("error: %v", err)
			}
		})
	}
	ds, err := s.Drafts(ctx)
	if err != nil || len(ds) != 1 {
		t.Errorf("Drafts = %d, %v; want only the first", len(ds), err)
	}
}

func TestBeginDraftDefaultsCreatedAt(t *testing.T) {
	s, _ := openTest(t)
	d := testDraft("iv1", "thanks", "d@f")
	d.CreatedAt = time.Time{}
	before := time.Now()
	got, _, err := s.BeginDraft(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	if got.CreatedAt.Before(before.Round(0).UTC()) || got.CreatedAt.After(time.Now()) {
		t.Errorf("CreatedAt %v, want about now", got.CreatedAt)
	}
}

// TestBeginDraftRace has many goroutines, on one Store or on two Stores of
// the same file (as two processes would be), begin the same draft with
// their own Message-IDs: exactly one must create it and all must get it.
func TestBeginDraftRace(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name   string
		stores int
	}{
		{"one store", 1},
		{"two stores on one file", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "followupd.db")
			var stores []*Store
			for range tc.stores {
				s, err := Open(ctx, path)
				if err != nil {
					t.Fatal(err)
				}
				defer s.Close()
				stores = append(stores, s)
			}
			const n = 16
			type result struct {
				d     Draft
				fresh bool
				err   error
			}
			results := make([]result, n)
			start := make(chan struct{})
			var wg sync.WaitGroup
			for i := range n {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					d, fresh, err := stores[i%len(stores)].BeginDraft(ctx,
						testDraft("iv1", "thanks", fmt.Sprintf("d%d@followupd", i)))
					results[i] = result{d, fresh, err}
				}()
			}
			close(start)
			wg.Wait()

			creators := 0
			var winner string
			for i, r := range results {
				if r.err != nil {
					t.Fatalf("goroutine %d: %v", i, r.err)
				}
				if r.fresh {
					creators++
					winner = fmt.Sprintf("d%d@followupd", i)
				}
			}
			if creators != 1 {
				t.Fatalf("%d goroutines created the draft, want exactly 1", creators)
			}
			for i, r := range results {
				if r.d.MessageID != winner {
					t.Errorf("goroutine %d got Message-ID %q, want the winner's %q", i, r.d.MessageID, winner)
				}
			}
			ds, err := stores[0].Drafts(ctx)
			if err != nil || len(ds) != 1 {
				t.Errorf("Drafts = %d, %v; want 1", len(ds), err)
			}
		})
	}
}

func TestDraftsOrder(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	for i, k := range []struct{ iv, rule string }{{"b", "x"}, {"a", "y"}, {"a", "x"}} {
		d := testDraft(k.iv, k.rule, fmt.Sprintf("%d@f", i))
		if k.iv == "b" {
			d.CreatedAt = draftCreated.Add(-time.Minute) // oldest, though its name sorts last
		}
		if _, _, err := s.BeginDraft(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	ds, err := s.Drafts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range ds {
		got = append(got, d.InterviewID+"/"+d.Rule)
	}
	want := []string{"b/x", "a/x", "a/y"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("order %v, want %v", got, want)
	}
}
