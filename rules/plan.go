package rules

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/followupd/followupd/interview"
)

// Status is where a planned draft stands.
type Status string

// MaxRecipients is the most people one draft is addressed to unless a
// rule says otherwise (Rule.MaxRecipients); an interview with more is
// suppressed with the reason.
const MaxRecipients = 10

const (
	StatusScheduled  Status = "scheduled"  // due later
	StatusDue        Status = "due"        // to be written now
	StatusDone       Status = "done"       // written already
	StatusSuppressed Status = "suppressed" // never to be written; Reason says why
	StatusLate       Status = "late"       // written, or to be written, past its deadline
)

// Key names a draft: each (interview, rule) yields at most one, ever.
type Key struct{ InterviewID, Rule string }

// Item is the plan for one rule applied to one interview.
type Item struct {
	InterviewID, Company, Role string
	Rule, Template             string
	Kind                       string    // the rule's Kind, kept with the draft written
	Trigger                    time.Time // the trigger instant
	Earliest                   time.Time // trigger + After
	Deadline                   time.Time // trigger + Within
	Due                        time.Time // when the draft is to be written, in the schedule's zone
	Status                     Status
	Reason                     string // why this due time, or what suppressed it
	To                         []interview.Person
	InReplyTo                  string   // last Message-ID of the interview's thread, "" if none
	References                 []string // the thread
	// Late is true when no work hour lies between Earliest and Deadline, so
	// the draft is due at Earliest, outside work hours.
	Late bool
}

// Written is a draft already written: when, and the kind of the rule that
// wrote it ("" when not known, for drafts written before kinds were kept).
type Written struct {
	At   time.Time
	Kind string
}

// Key returns the item's journal key.
func (it Item) Key() Key { return Key{it.InterviewID, it.Rule} }

// dateFormat is how reasons show instants: a weekday and a date, because a
// plan spans weeks and a weekday alone would be ambiguous.
const dateFormat = "Mon 2 Jan 15:04"

// Plan applies every rule to every interview. written holds the drafts
// already written, with when; now decides between scheduled and due. The
// result is sorted by Due, then InterviewID, then Rule, and depends on
// nothing but the arguments.
//
// A draft written by a rule that is no longer in rs counts for the rule
// of the same kind (see Rule.Kind): renaming a rule does not draft again.
func Plan(ivs []interview.Interview, rs []Rule, s Schedule, written map[Key]Written, now time.Time) []Item {
	current := map[string]bool{}
	for _, r := range rs {
		current[r.Name] = true
	}
	// renamed holds, by interview and kind, the drafts of rules gone
	// from the config.
	renamed := map[Key]renamedDraft{}
	for k, w := range written {
		if !current[k.Rule] && w.Kind != "" {
			rk := Key{k.InterviewID, w.Kind}
			if old, ok := renamed[rk]; !ok || k.Rule < old.rule {
				renamed[rk] = renamedDraft{rule: k.Rule, at: w.At}
			}
		}
	}
	items := make([]Item, 0, len(ivs)*len(rs))
	for _, iv := range ivs {
		for _, r := range rs {
			items = append(items, planOne(iv, r, s, written, renamed, now))
		}
	}
	slices.SortStableFunc(items, func(a, b Item) int {
		if c := a.Due.Compare(b.Due); c != 0 {
			return c
		}
		if c := strings.Compare(a.InterviewID, b.InterviewID); c != 0 {
			return c
		}
		return strings.Compare(a.Rule, b.Rule)
	})
	return items
}

// renamedDraft is a draft written by a rule no longer in the config.
type renamedDraft struct {
	rule string
	at   time.Time
}

func planOne(iv interview.Interview, r Rule, s Schedule, written map[Key]Written, renamed map[Key]renamedDraft, now time.Time) Item {
	loc := s.loc()
	it := Item{
		InterviewID: iv.ID, Company: iv.Company, Role: iv.Role,
		Rule: r.Name, Template: r.Template, Kind: r.Kind(),
		To:         recipientsOf(iv, r.To),
		References: slices.Clone(iv.Thread),
	}
	if n := len(iv.Thread); n > 0 {
		it.InReplyTo = iv.Thread[n-1]
	}
	trigger, known := triggerOf(iv, r.Trigger)
	if known && !trigger.IsZero() {
		it.Trigger = trigger.In(loc)
		it.Earliest = r.After.From(trigger, s)
		it.Deadline = r.Within.From(trigger, s)
		it.Due = s.NextWorkInstant(it.Earliest)
		if it.Due.After(it.Deadline) {
			it.Due, it.Late = it.Earliest, true
		}
	}

	if w, ok := written[it.Key()]; ok {
		it.Status, it.Reason = StatusDone, "written on "+w.At.In(loc).Format(dateFormat)
		return it
	}
	if old, ok := renamed[Key{iv.ID, r.Kind()}]; ok {
		it.Status, it.Reason = StatusDone, fmt.Sprintf("already drafted as %s on %s", old.rule, old.at.In(loc).Format(dateFormat))
		return it
	}
	suppress := func(why string) Item {
		it.Status, it.Reason = StatusSuppressed, "suppressed: "+why
		return it
	}
	switch {
	case !known:
		return suppress(fmt.Sprintf("unknown trigger %q", r.Trigger))
	case trigger.IsZero():
		return suppress("no time known for the " + triggerName(r.Trigger))
	}
	if why, ok := suppressedBy(iv, r, it.Trigger, it.To, loc); ok {
		return suppress(why)
	}
	if len(it.To) == 0 {
		if iv.OneWay {
			return suppress("a one-way video interview: recorded for a machine, no one to write to")
		}
		return suppress(fmt.Sprintf("no human recipient: no %s with an address that a person reads "+
			"(only a no-reply or scheduling-system address is known)", r.To))
	}
	if max := r.maxRecipients(); len(it.To) > max {
		// An invitation with two thousand attendees is a mailing, or
		// an attack: a draft in the user's name to all of them would
		// be the worst mistake followupd can make.
		return suppress(fmt.Sprintf("too many recipients (%d %s, more than %d): choose them with the rule's to: "+
			"(for example to: organizer), or raise drafts.max_recipients", len(it.To), r.To, max))
	}

	if stale := staleAfter(it); !now.Before(stale) {
		return suppress(fmt.Sprintf("missed: the deadline %s passed long ago (a draft after %s would read as an afterthought)",
			it.Deadline.In(loc).Format(dateFormat), stale.In(loc).Format(dateFormat)))
	}

	it.Reason = dueReason(it, r, loc)
	switch {
	case now.Before(it.Due):
		it.Status = StatusScheduled
		if it.Late {
			it.Status = StatusLate
		}
	case it.Late:
		it.Status = StatusLate
	case now.After(it.Deadline):
		// Written now, the draft would miss its deadline, which is worth a
		// flag in `plan` even though work hours were not the cause.
		it.Status = StatusLate
		it.Reason += fmt.Sprintf("; deadline %s passed", it.Deadline.Format(dateFormat))
	default:
		it.Status = StatusDue
	}
	return it
}

// staleAfter is when a draft that was never written stops being worth
// writing: its deadline plus the rule's own span again (at least a day). A
// thank-you a day late is still kind; one seven weeks late, as a first run
// over old mail would write, is not. Such items are reported, not written.
func staleAfter(it Item) time.Time {
	span := it.Deadline.Sub(it.Trigger)
	if span < 24*time.Hour {
		span = 24 * time.Hour
	}
	return it.Deadline.Add(span)
}

// triggerOf returns the instant a rule counts from; known is false for a
// trigger this package does not know.
func triggerOf(iv interview.Interview, t Trigger) (at time.Time, known bool) {
	switch t {
	case InterviewEnd:
		if iv.End.IsZero() {
			return iv.Start, true
		}
		return iv.End, true
	case InterviewStart:
		return iv.Start, true
	case Invitation:
		return iv.InvitedAt, true
	}
	return time.Time{}, false
}

func triggerName(t Trigger) string {
	return strings.ReplaceAll(string(t), "_", " ")
}

// dueReason explains the due time: what it counts from, and whether work
// hours or the deadline moved it.
func dueReason(it Item, r Rule, loc *time.Location) string {
	from := fmt.Sprintf("%s (%s)", triggerName(r.Trigger), it.Trigger.Format(dateFormat))
	reason := "at " + from
	if r.After != (Phrase{}) {
		reason = fmt.Sprintf("%s after %s", r.After, from)
	}
	switch {
	case it.Late:
		return fmt.Sprintf("%s; no work hour before the deadline %s (%s), so written late",
			reason, it.Deadline.Format(dateFormat), r.Within)
	case !it.Due.Equal(it.Earliest):
		return fmt.Sprintf("%s, first work hour %s", reason, it.Due.In(loc).Format(dateFormat))
	}
	return reason
}
