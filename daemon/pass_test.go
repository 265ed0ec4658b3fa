package daemon

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/memimap"
	"github.com/followupd/followupd/internal/sample"
	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
	"github.com/followupd/followupd/rules"
	"github.com/followupd/followupd/store"
	"github.com/followupd/followupd/templates"
)

// The sample job search runs from scenarioStart to afterAll, by when every
// message has arrived and every draft was due (see cmd/followupd's
// end-to-end test for the exact times).
var (
	scenarioStart = time.Date(2026, 11, 23, 0, 0, 0, 0, sample.Location())
	afterAll      = time.Date(2026, 12, 12, 12, 0, 0, 0, sample.Location())
)

const wantAllDrafts = 7

// rig is an in-memory IMAP server holding the sample job search, a store in
// a temp dir, and a Runner whose connections can be made to fail.
type rig struct {
	t      *testing.T
	srv    *memimap.Server
	st     *store.Store
	runner *Runner
	fault  func(op string, n int) fault // nil: no faults

	mu     sync.Mutex     // a pass may use two connections at once
	counts map[string]int // operations seen, by op
	open   int            // connections dialled and not yet closed
}

type fault int

const (
	noFault    fault = iota
	failBefore       // the command never reaches the server
	failAfter        // the server executes it, the answer is lost
)

func newRig(t *testing.T) *rig {
	t.Helper()
	srv, err := memimap.Start("sam", "pw", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	tpl, err := templates.Load("")
	if err != nil {
		t.Fatal(err)
	}
	loc := sample.Location()
	r := &rig{t: t, srv: srv, st: st, counts: map[string]int{}}
	r.runner = &Runner{
		Settings: Settings{
			Me:        mail.Address{Name: sample.MeName, Email: sample.MeEmail},
			Mailboxes: []string{"INBOX"},
			Lookback:  60 * 24 * time.Hour,
			Detect: interview.Config{
				Keywords: interview.DefaultKeywords(),
				Me:       append([]string{sample.MeEmail}, sample.MeAliases...),
				Location: loc,
			},
			Schedule:  rules.DefaultSchedule(loc),
			Rules:     rules.DefaultRules(),
			Templates: tpl,
		},
		Store: st,
		Log:   slog.New(slog.NewTextHandler(io.Discard, nil)),
		Dial: func(ctx context.Context) (Mailbox, error) {
			if r.inject("dial") != noFault {
				return nil, errInjected
			}
			c, err := mail.Dial(ctx, mail.DialConfig{
				Host: srv.Host, Port: srv.Port, Security: mail.SecurityNone, Username: "sam",
				Password: func(context.Context) (string, error) { return "pw", nil },
			})
			if err != nil {
				return nil, err
			}
			r.mu.Lock()
			defer r.mu.Unlock()
			r.open++
			return &faulty{Mailbox: c, rig: r, second: r.open > 1}, nil
		},
	}
	return r
}

// deliverUntil puts every sample message dated up to now into its mailbox.
func (r *rig) deliverUntil(now time.Time) {
	r.t.Helper()
	for _, m := range sample.Messages() {
		if !m.Date.After(now) {
			if err := r.srv.Deliver(m.Mailbox, m.Raw, m.Date); err != nil {
				r.t.Fatal(err)
			}
		}
	}
}

// replay steps through the sample job search the way the daemon lives
// through it: every message arrives at its date, and between arrivals the
// clock jumps to the next planned draft. A pass that fails with the
// injected fault is retried at the same instant, as the daemon would after
// reconnecting. It returns every draft written and the number of retries.
func (r *rig) replay(from, until time.Time) (written []Written, retries int) {
	r.t.Helper()
	msgs := sample.Messages()
	delivered := 0
	for delivered < len(msgs) && msgs[delivered].Date.Before(from) {
		delivered++
	}
	now := from
	for !now.After(until) {
		for delivered < len(msgs) && !msgs[delivered].Date.After(now) {
			m := msgs[delivered]
			if err := r.srv.Deliver(m.Mailbox, m.Raw, m.Date); err != nil {
				r.t.Fatal(err)
			}
			delivered++
		}
		res, err := r.pass(now)
		if errors.Is(err, errInjected) {
			retries++
			if retries > 10 {
				r.t.Fatal("the injected fault keeps coming back")
			}
			continue
		}
		if err != nil {
			r.t.Fatalf("pass at %s: %v", now, err)
		}
		written = append(written, res.Written...)
		next := until.Add(time.Second)
		if delivered < len(msgs) && msgs[delivered].Date.Before(next) {
			next = msgs[delivered].Date
		}
		for _, it := range res.Plan {
			if (it.Status == rules.StatusScheduled || it.Status == rules.StatusLate) && it.Due.After(now) && it.Due.Before(next) {
				next = it.Due
			}
		}
		now = next
	}
	return written, retries
}

func (r *rig) pass(now time.Time) (*Result, error) {
	return r.runner.Pass(context.Background(), Options{Now: now})
}

// drafts returns the Message-IDs of everything in the Drafts folder.
func (r *rig) drafts() []string {
	r.t.Helper()
	c, err := mail.Dial(context.Background(), mail.DialConfig{
		Host: r.srv.Host, Port: r.srv.Port, Security: mail.SecurityNone, Username: "sam",
		Password: func(context.Context) (string, error) { return "pw", nil },
	})
	if err != nil {
		r.t.Fatal(err)
	}
	defer c.Close()
	_, _, sums, err := c.Summaries(context.Background(), "Drafts", mail.Cursor{}, time.Time{})
	if err != nil {
		r.t.Fatal(err)
	}
	ids := make([]string, 0, len(sums))
	for _, s := range sums {
		ids = append(ids, s.MessageID)
	}
	return ids
}

// faulty injects failures into a real connection.
type faulty struct {
	Mailbox
	rig    *rig
	second bool // the second connection of a pass (see bodyFetcher)
}

var errInjected = errors.New("injected: connection reset by peer")

// inject counts op and asks the rig's fault function about it.
func (r *rig) inject(op string) fault {
	r.mu.Lock()
	r.counts[op]++
	n := r.counts[op]
	r.mu.Unlock()
	if r.fault == nil {
		return noFault
	}
	return r.fault(op, n)
}

// count returns how often op was seen.
func (r *rig) count(op string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.counts[op]
}

func (f *faulty) inject(op string) fault { return f.rig.inject(op) }

func (f *faulty) Close() error {
	f.rig.mu.Lock()
	f.rig.open--
	f.rig.mu.Unlock()
	return f.Mailbox.Close()
}

func (f *faulty) AppendDraft(ctx context.Context, mailbox string, raw []byte, date time.Time) (uint32, uint32, error) {
	switch f.inject("append") {
	case failBefore:
		return 0, 0, errInjected
	case failAfter:
		if _, _, err := f.Mailbox.AppendDraft(ctx, mailbox, raw, date); err != nil {
			return 0, 0, err
		}
		return 0, 0, errInjected
	}
	return f.Mailbox.AppendDraft(ctx, mailbox, raw, date)
}

func (f *faulty) StreamBodies(ctx context.Context, mailbox string, validity uint32, batches iter.Seq[[]uint32], fn func(mail.Body) error) error {
	op := "bodies"
	if f.second {
		op = "bodies on the second connection"
	}
	if f.inject(op) != noFault {
		return errInjected
	}
	return f.Mailbox.StreamBodies(ctx, mailbox, validity, batches, func(b mail.Body) error {
		f.rig.mu.Lock()
		f.rig.counts[op+": messages"]++
		f.rig.mu.Unlock()
		return fn(b)
	})
}

func (f *faulty) ScanSummaries(ctx context.Context, mailbox string, cur mail.Cursor, since time.Time, opts mail.ScanOptions, fn func(mail.SummaryBatch) error) (mail.Cursor, bool, error) {
	return f.Mailbox.ScanSummaries(ctx, mailbox, cur, since, opts, func(b mail.SummaryBatch) error {
		if err := fn(b); err != nil {
			return err
		}
		if f.inject("summary batch of "+mailbox) != noFault {
			return errInjected // the connection drops after this batch
		}
		return nil
	})
}

func (f *faulty) SearchWindow(ctx context.Context, mailbox string, validity uint32, from, to uint32, since time.Time) ([]uint32, error) {
	op := "search"
	if f.second {
		op = "search on the second connection"
	}
	if f.inject(op) != noFault {
		return nil, errInjected
	}
	return f.Mailbox.SearchWindow(ctx, mailbox, validity, from, to, since)
}

func unique(ids []string) bool {
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			return false
		}
		seen[id] = true
	}
	return true
}

func TestPassWritesDueDraftsOnce(t *testing.T) {
	r := newRig(t)
	written, _ := r.replay(scenarioStart, afterAll)
	if len(written) != wantAllDrafts {
		t.Fatalf("replay wrote %d drafts, want %d", len(written), wantAllDrafts)
	}
	for i := 0; i < 2; i++ {
		res, err := r.pass(afterAll)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Written) != 0 {
			t.Fatalf("pass %d at the same time wrote %d more drafts", i+2, len(res.Written))
		}
	}
	if got := r.drafts(); len(got) != wantAllDrafts || !unique(got) {
		t.Fatalf("Drafts holds %d messages (unique: %v), want %d", len(got), unique(got), wantAllDrafts)
	}
}

// TestPassSurvivesFaults interrupts passes at every APPEND, both before the
// command reaches the server and after the server executed it but the
// answer was lost, and checks that Drafts ends with every draft exactly
// once.
func TestPassSurvivesFaults(t *testing.T) {
	for _, kind := range []struct {
		name string
		f    fault
	}{{"lost-before-server", failBefore}, {"lost-answer", failAfter}} {
		for n := 1; n <= wantAllDrafts; n++ {
			t.Run(fmt.Sprintf("%s/append-%d", kind.name, n), func(t *testing.T) {
				r := newRig(t)
				r.fault = func(op string, count int) fault {
					if op == "append" && count == n {
						return kind.f
					}
					return noFault
				}
				written, retries := r.replay(scenarioStart, afterAll)
				if retries != 1 {
					t.Fatalf("%d passes failed, want exactly the one with the injected fault", retries)
				}
				recovered := 0
				for _, w := range written {
					if w.Recovered {
						recovered++
					}
				}
				wantRecovered := 0
				if kind.f == failAfter {
					wantRecovered = 1
				}
				if recovered != wantRecovered {
					t.Errorf("recovered %d drafts from Drafts, want %d", recovered, wantRecovered)
				}
				got := r.drafts()
				if len(got) != wantAllDrafts || !unique(got) {
					t.Fatalf("Drafts holds %d messages (unique: %v), want %d exactly once", len(got), unique(got), wantAllDrafts)
				}
				journal, err := r.st.Drafts(context.Background())
				if err != nil {
					t.Fatal(err)
				}
				for _, d := range journal {
					if d.State != store.DraftAppended {
						t.Errorf("journal: %s/%s still %s", d.InterviewID, d.Rule, d.State)
					}
				}
			})
		}
	}
}

// TestPassFetchFailureLosesNothing: a body fetch that fails leaves the
// mailbox cursor where it was, so the next pass sees the same mail again.
func TestPassFetchFailureLosesNothing(t *testing.T) {
	r := newRig(t)
	r.fault = func(op string, count int) fault {
		if op == "bodies" && count == 1 {
			return failBefore
		}
		return noFault
	}
	written, retries := r.replay(scenarioStart, afterAll)
	if retries != 1 {
		t.Fatalf("%d passes failed, want the one with the injected fault", retries)
	}
	res, err := r.pass(afterAll)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Interviews) != len(sample.Expected()) {
		t.Errorf("found %d interviews after the failed fetch, want %d", len(res.Interviews), len(sample.Expected()))
	}
	if len(written) != wantAllDrafts {
		t.Errorf("wrote %d drafts, want %d", len(written), wantAllDrafts)
	}
}

// TestPassSecondPassFetchesNothingOld: the second pass costs only what is
// new: no summaries and no bodies of messages seen before.
func TestPassSecondPassFetchesNothingOld(t *testing.T) {
	r := newRig(t)
	r.deliverUntil(afterAll)
	first, err := r.pass(afterAll)
	if err != nil {
		t.Fatal(err)
	}
	if first.Scanned == 0 || first.Fetched == 0 {
		t.Fatalf("first pass scanned %d, fetched %d: want both > 0", first.Scanned, first.Fetched)
	}
	if first.Fetched >= first.Scanned {
		t.Errorf("first pass fetched %d bodies of %d messages: newsletters and alerts should stay unfetched", first.Fetched, first.Scanned)
	}
	second, err := r.pass(afterAll.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if second.Scanned != 0 || second.Fetched != 0 {
		t.Errorf("second pass scanned %d, fetched %d: want 0 and 0", second.Scanned, second.Fetched)
	}
	if !first.Rebuilt || second.Rebuilt {
		t.Errorf("rebuilt interviews: first %v, second %v; want true, false (nothing new)", first.Rebuilt, second.Rebuilt)
	}
	if len(second.Interviews) != len(first.Interviews) {
		t.Errorf("second pass has %d interviews, first %d", len(second.Interviews), len(first.Interviews))
	}
	// New detection settings (a reload) must rebuild even with no new mail.
	r.runner.Settings.Detect.IgnoreSenders = []string{"@initech.example"}
	third, err := r.pass(afterAll.Add(2 * time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if !third.Rebuilt || len(third.Interviews) >= len(first.Interviews) {
		t.Errorf("after ignoring initech: rebuilt %v, %d interviews (was %d); want a rebuild without Initech",
			third.Rebuilt, len(third.Interviews), len(first.Interviews))
	}
}

// TestPassUIDValidityChange: when the server renumbers INBOX, the next pass
// rescans the window and finds the same interviews, and no draft is
// written twice.
func TestPassUIDValidityChange(t *testing.T) {
	r := newRig(t)
	mid := time.Date(2026, 12, 3, 18, 0, 0, 0, sample.Location())
	before, _ := r.replay(scenarioStart, mid)
	if len(before) == 0 {
		t.Fatal("no draft due by the middle of the scenario: the test would prove nothing")
	}
	if err := r.srv.Recreate("INBOX"); err != nil {
		t.Fatal(err)
	}
	for _, m := range sample.Messages() {
		if m.Mailbox == "INBOX" && m.Date.Before(mid) {
			if err := r.srv.Deliver(m.Mailbox, m.Raw, m.Date); err != nil {
				t.Fatal(err)
			}
		}
	}
	after, _ := r.replay(mid, afterAll)
	res, err := r.pass(afterAll)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Interviews) != len(sample.Expected()) {
		t.Errorf("after the rescan: %d interviews, want %d", len(res.Interviews), len(sample.Expected()))
	}
	if got := len(before) + len(after); got != wantAllDrafts {
		t.Errorf("wrote %d + %d drafts, want %d in all", len(before), len(after), wantAllDrafts)
	}
	if got := r.drafts(); len(got) != wantAllDrafts || !unique(got) {
		t.Fatalf("Drafts holds %d messages (unique: %v), want %d", len(got), unique(got), wantAllDrafts)
	}
}

// TestPlanAheadKeepsState: `plan --now` far ahead must not prune the mail
// the daemon needs today, nor replace the daemon's plan snapshot.
func TestPlanAheadKeepsState(t *testing.T) {
	r := newRig(t)
	r.replay(scenarioStart, afterAll)
	ctx := context.Background()
	before, err := r.st.Messages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := r.st.Plan(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ahead := time.Now().AddDate(1, 0, 0)
	if _, err := r.runner.Pass(ctx, Options{Now: ahead, DryRun: true}); err != nil {
		t.Fatal(err)
	}
	after, err := r.st.Messages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// What the daemon would keep today: the window before the wall clock.
	keep := 0
	for _, m := range before {
		if !m.Date.Before(time.Now().Add(-r.runner.Settings.Lookback)) {
			keep++
		}
	}
	if len(after) != keep {
		t.Errorf("plan a year ahead left %d messages, want the %d of today's window", len(after), keep)
	}
	plan2, err := r.st.Plan(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(plan2) != len(plan) || (len(plan) > 0 && !plan2[0].Due.Equal(plan[0].Due)) {
		t.Errorf("plan a year ahead replaced the daemon's plan snapshot")
	}
}

// TestPassLostStateFindsItsDrafts: with the state directory lost, the
// drafts already in Drafts are found by their Message-ID, not written
// again: missing local state means "unknown", never "nothing done".
func TestPassLostStateFindsItsDrafts(t *testing.T) {
	r := newRig(t)
	mid := time.Date(2026, 12, 3, 18, 0, 0, 0, sample.Location())
	written, _ := r.replay(scenarioStart, mid)
	if len(written) == 0 {
		t.Fatal("nothing written by the middle of the scenario: the test would prove nothing")
	}
	fresh, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "restored.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { fresh.Close() })
	r.runner.Store, r.st = fresh, fresh
	res, err := r.pass(mid)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range res.Written {
		if !w.Recovered {
			t.Errorf("%s/%s written again after the state was lost", w.Item.Company, w.Item.Rule)
		}
	}
	if got := r.drafts(); len(got) != len(written) || !unique(got) {
		t.Fatalf("Drafts holds %d messages (unique: %v), want the %d written before", len(got), unique(got), len(written))
	}
}
