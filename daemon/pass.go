// Package daemon runs followupd's pass: sync the mailboxes, rebuild the
// interviews, plan, and write every draft that is due. It is the only
// package that knows the whole loop; everything it calls takes plain values.
package daemon

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"net/http"
	"slices"
	"time"

	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
	"github.com/followupd/followupd/rules"
	"github.com/followupd/followupd/store"
	"github.com/followupd/followupd/templates"
)

// Mailbox is what a pass needs from an IMAP connection. *mail.Client
// implements it; the interface is the seam tests use to inject faults.
type Mailbox interface {
	FindMailbox(ctx context.Context, use, configured string) (string, error)
	ScanSummaries(ctx context.Context, mailbox string, cur mail.Cursor, since time.Time, opts mail.ScanOptions, fn func(mail.SummaryBatch) error) (mail.Cursor, bool, error)
	SearchWindow(ctx context.Context, mailbox string, uidValidity uint32, from, to uint32, since time.Time) ([]uint32, error)
	StreamBodies(ctx context.Context, mailbox string, uidValidity uint32, batches iter.Seq[[]uint32], fn func(mail.Body) error) error
	AppendDraft(ctx context.Context, mailbox string, raw []byte, date time.Time) (uidValidity, uid uint32, err error)
	FindMessageID(ctx context.Context, mailbox, id string) (uid uint32, found bool, err error)
	FindMessageIDs(ctx context.Context, mailbox string, uidValidity uint32, since time.Time, ids []string) (map[string]uint32, error)
	Close() error
}

// Settings is the part of the configuration a pass uses, already typed.
type Settings struct {
	Me        mail.Address
	Aliases   []string
	Mailboxes []string // watched for invitations and replies
	Drafts    string   // "" = discover by SPECIAL-USE
	Sent      string   // "" = discover by SPECIAL-USE
	Lookback  time.Duration
	Detect    interview.Config
	Schedule  rules.Schedule
	Rules     []rules.Rule
	Templates *templates.Set
	Feeds     []Feed
	// MaxDraftsPerPass bounds the drafts one pass writes (the config's
	// drafts.max_per_pass); 0 means DefaultMaxDraftsPerPass.
	MaxDraftsPerPass int
}

func (s Settings) maxDraftsPerPass() int {
	if s.MaxDraftsPerPass > 0 {
		return s.MaxDraftsPerPass
	}
	return DefaultMaxDraftsPerPass
}

// Runner performs passes. It holds no state between passes beyond what is
// in the store, so a crash at any point loses nothing that a pass cannot
// redo.
type Runner struct {
	Settings Settings
	Store    *store.Store
	Dial     func(ctx context.Context) (Mailbox, error)
	Log      *slog.Logger
	HTTP     *http.Client // for calendar feeds; nil = calendar.NewHTTPClient()

	cache       feedCache
	defaultHTTP *http.Client
}

// Options select what a pass does.
type Options struct {
	Now    time.Time
	DryRun bool // plan only: sync and plan, write no draft
}

// Result is what a pass found and did.
type Result struct {
	Now        time.Time
	Scanned    int // new messages looked at
	Fetched    int // bodies fetched
	Interviews []interview.Interview
	// Refused are the messages that made no interview because one message
	// may make only a few (a calendar export, a long list): plan says so.
	Refused []interview.Ignored
	Plan    []rules.Item
	// Subjects holds the subject each planned draft would have, as its
	// template renders it now, so that `plan` shows a wrong company or
	// role before the draft is written.
	Subjects map[rules.Key]string
	Written  []Written
	Rebuilt  bool // interviews were rebuilt from the stored mail and feeds

	reset bool // a mailbox's UIDVALIDITY changed
	// fresh is set when the store held no message before this pass: then
	// saved is every message it holds, and the interviews are built from
	// it rather than read back and decoded again (a first pass over a
	// large window spent a tenth of its time on that).
	fresh bool
	saved []mail.Message
	// saves commits, on a fresh pass, what it read while the interviews
	// are built from saved.
	saves saves
	// reader, on a fresh pass, reads the bodies as they are parsed, for
	// the build at the end of the pass (interview.Reader).
	reader *interview.Reader
}

// save commits one mailbox: at once, or on a fresh pass in the background
// (see saves), where a failure is reported by res.saves.wait.
func (res *Result) save(commit func() error) error {
	if res.fresh {
		res.saves.add(commit)
		return nil
	}
	return commit()
}

// Written is one draft APPENDed by this pass.
type Written struct {
	Item      rules.Item
	MessageID string
	Subject   string
	UID       uint32
	Recovered bool // found already in Drafts after an interrupted pass
}

// Pass runs one full pass at opts.Now.
func (r *Runner) Pass(ctx context.Context, opts Options) (*Result, error) {
	if opts.Now.IsZero() {
		return nil, errors.New("pass: no time given")
	}
	conn, err := r.Dial(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()

	res := &Result{Now: opts.Now}
	sent, err := conn.FindMailbox(ctx, `\Sent`, r.Settings.Sent)
	if err != nil {
		return nil, fmt.Errorf("find Sent folder: %w", err)
	}
	drafts, err := conn.FindMailbox(ctx, `\Drafts`, r.Settings.Drafts)
	if err != nil {
		return nil, fmt.Errorf("find Drafts folder: %w", err)
	}

	since := opts.Now.Add(-r.Settings.Lookback)
	// Whatever way the pass ends, what it read is committed (or has
	// failed) when it returns.
	defer res.saves.wait()
	if err := r.sync(ctx, conn, sent, since, res); err != nil {
		// A mailbox read before the failure is kept, as when it was
		// saved at once.
		return nil, errors.Join(err, res.saves.wait())
	}

	// Mail older than the window leaves the store as it leaves the window;
	// the draft journal keeps its entries, so nothing is ever drafted twice.
	// `plan --now` may look ahead; it must not throw away mail the daemon
	// still needs today, so pruning never goes past the wall clock's window.
	pruneBefore := since
	if wall := time.Now(); opts.Now.After(wall) {
		pruneBefore = wall.Add(-r.Settings.Lookback)
	}
	if res.Interviews, err = r.interviews(ctx, opts.Now, pruneBefore, append(slices.Clone(r.Settings.Mailboxes), sent), res); err != nil {
		return nil, err
	}

	journal, err := r.Store.Drafts(ctx)
	if err != nil {
		return nil, err
	}
	res.Plan = rules.Plan(res.Interviews, r.Settings.Rules, r.Settings.Schedule, appended(journal), opts.Now)
	if max := r.Settings.maxDraftsPerPass(); deferBeyond(res.Plan, max, opts.Now) > 0 {
		r.Log.Warn("more drafts due than one pass writes (drafts.max_per_pass); the rest wait for the next pass",
			"written_now", max)
	}
	res.Subjects = r.subjects(res)
	if !opts.DryRun {
		if err := r.writeDue(ctx, conn, drafts, journal, res, opts.Now); err != nil {
			return res, err
		}
	}
	if opts.DryRun {
		// A look at the plan, possibly at another time, is not the
		// daemon's plan: the snapshot stays the last real pass's.
		return res, nil
	}
	if err := r.Store.SavePlan(ctx, planSnapshot(res.Plan)); err != nil {
		return res, err
	}
	return res, nil
}

// DefaultMaxDraftsPerPass is the most drafts one pass writes unless the
// config says otherwise. A mailbox that suddenly makes many due at once (a
// first run over a long window, or mail crafted to) fills Drafts no
// faster than this; the rest wait.
const DefaultMaxDraftsPerPass = 20

// deferBeyond leaves the due items after the first max for the next pass,
// a minute later, saying so in the plan, and returns how many it
// deferred. The plan is in due order, so the oldest are written first.
func deferBeyond(plan []rules.Item, max int, now time.Time) int {
	n, deferred := 0, 0
	for i := range plan {
		if !isDue(plan[i], now) {
			continue
		}
		if n++; n <= max {
			continue
		}
		plan[i].Status, plan[i].Due = rules.StatusScheduled, now.Add(time.Minute)
		plan[i].Reason = fmt.Sprintf("waits for the next pass: at most %d drafts are written in one pass (%s)", max, plan[i].Reason)
		deferred++
	}
	return deferred
}

// appended maps every draft that is known to be in Drafts. An intent that
// never reached the server is not "done": the write step resumes it.
func appended(journal []store.Draft) map[rules.Key]rules.Written {
	done := make(map[rules.Key]rules.Written, len(journal))
	for _, d := range journal {
		if d.State == store.DraftAppended {
			done[rules.Key{InterviewID: d.InterviewID, Rule: d.Rule}] = rules.Written{At: d.AppendedAt, Kind: d.Kind}
		}
	}
	return done
}

func planSnapshot(items []rules.Item) []store.PlanItem {
	out := make([]store.PlanItem, 0, len(items))
	for _, it := range items {
		out = append(out, store.PlanItem{
			InterviewID: it.InterviewID, Rule: it.Rule, Company: it.Company,
			Due: it.Due, Status: string(it.Status), Reason: it.Reason,
		})
	}
	return out
}

// isMine reports whether a summary was written by the user.
func (s Settings) isMine(sum mail.Summary) bool {
	for _, a := range sum.From {
		if slices.Contains(s.Detect.Me, a.Email) {
			return true
		}
	}
	return false
}
