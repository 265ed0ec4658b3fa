package daemon

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
	"github.com/followupd/followupd/rules"
	"github.com/followupd/followupd/store"
	"github.com/followupd/followupd/templates"
)

// writeDue writes every item of the plan that is due at now. The journal
// makes it exactly-once, the way mbsync does it: the intent and its
// Message-ID are recorded before the APPEND and the UID after, so an
// interrupted pass finds its draft in Drafts by Message-ID instead of
// writing it twice.
func (r *Runner) writeDue(ctx context.Context, conn Mailbox, drafts string, journal []store.Draft, res *Result, now time.Time) error {
	intents := make(map[rules.Key]store.Draft)
	for _, d := range journal {
		if d.State == store.DraftIntent {
			intents[rules.Key{InterviewID: d.InterviewID, Rule: d.Rule}] = d
		}
	}
	byID := make(map[string]interview.Interview, len(res.Interviews))
	for _, iv := range res.Interviews {
		byID[iv.ID] = iv
	}
	for i, it := range res.Plan {
		if !isDue(it, now) {
			continue
		}
		log := r.Log.With("interview", it.InterviewID, "rule", it.Rule)
		key := rules.Key{InterviewID: it.InterviewID, Rule: it.Rule}
		w, err := r.writeOne(ctx, conn, drafts, it, byID[it.InterviewID], intents[key], now)
		if err != nil {
			if errPermanentItem(err) {
				// A template or address problem concerns this item only; the
				// others still deserve their drafts.
				log.Error("cannot compose draft", "err", err)
				continue
			}
			return err
		}
		res.Plan[i].Status = rules.StatusDone
		res.Plan[i].Reason = "written now"
		if w.Recovered {
			res.Plan[i].Reason = "found in Drafts: written by an interrupted pass"
		}
		res.Written = append(res.Written, w)
		log.Info("draft written", "uid", w.UID, "recovered", w.Recovered)
	}
	return nil
}

func isDue(it rules.Item, now time.Time) bool {
	switch it.Status {
	case rules.StatusDue:
		return true
	case rules.StatusLate:
		return !now.Before(it.Due)
	}
	return false
}

type itemError struct{ err error }

func (e itemError) Error() string { return e.err.Error() }
func (e itemError) Unwrap() error { return e.err }

func errPermanentItem(err error) bool {
	_, ok := err.(itemError)
	return ok
}

func (r *Runner) writeOne(ctx context.Context, conn Mailbox, drafts string, it rules.Item, iv interview.Interview, intent store.Draft, now time.Time) (Written, error) {
	w := Written{Item: it}
	it.To = r.Settings.safeRecipients(it.To)
	if len(it.To) == 0 {
		return w, itemError{fmt.Errorf("no one to address the draft to")}
	}
	w.Item = it
	if intent.MessageID != "" {
		// An earlier pass recorded the intent but not the UID: the APPEND may
		// or may not have reached the server (RFC 3501 gives no way to know
		// once the connection is gone), so look before writing again.
		mailbox := intent.Mailbox
		uid, found, err := conn.FindMessageID(ctx, mailbox, intent.MessageID)
		if errors.Is(err, mail.ErrNoMailbox) && mailbox != drafts {
			// The Drafts folder was renamed or reconfigured since: look
			// where drafts go now.
			mailbox = drafts
			uid, found, err = conn.FindMessageID(ctx, mailbox, intent.MessageID)
		}
		if errors.Is(err, mail.ErrNoMailbox) {
			return w, itemError{fmt.Errorf("look for interrupted draft %s: %w", intent.MessageID, err)}
		}
		if err != nil {
			return w, fmt.Errorf("look for interrupted draft %s: %w", intent.MessageID, err)
		}
		if found {
			w.MessageID, w.UID, w.Recovered = intent.MessageID, uid, true
			return w, r.Store.MarkAppended(ctx, it.InterviewID, it.Rule, 0, uid, now)
		}
		drafts = mailbox
	}

	subject, body, err := r.Settings.Templates.Render(it.Template, r.templateData(it, iv))
	if err != nil {
		return w, itemError{fmt.Errorf("render template %q: %w", it.Template, err)}
	}
	msgID := intent.MessageID
	if msgID == "" {
		msgID = mail.DraftMessageID(domainOf(r.Settings.Me.Email), r.Settings.Me.Email, it.InterviewID, it.Rule)
		// No journal entry, yet the draft may exist: the state directory
		// may have been lost or restored from a backup. Missing local
		// state means "unknown", never "nothing done".
		uid, found, err := conn.FindMessageID(ctx, drafts, msgID)
		if err != nil {
			return w, fmt.Errorf("look for draft %s: %w", msgID, err)
		}
		if found {
			if _, _, err := r.Store.BeginDraft(ctx, store.Draft{
				InterviewID: it.InterviewID, Rule: it.Rule, Kind: it.Kind, MessageID: msgID,
				Mailbox: drafts, State: store.DraftIntent, Due: it.Due, CreatedAt: now,
			}); err != nil {
				return w, err
			}
			w.MessageID, w.UID, w.Recovered = msgID, uid, true
			return w, r.Store.MarkAppended(ctx, it.InterviewID, it.Rule, 0, uid, now)
		}
	}
	raw, err := mail.Compose(mail.Draft{
		From:       r.Settings.Me,
		To:         addresses(it.To),
		Subject:    subject,
		Text:       body,
		MessageID:  msgID,
		InReplyTo:  it.InReplyTo,
		References: it.References,
		Date:       now,
	})
	if err != nil {
		return w, itemError{fmt.Errorf("compose: %w", err)}
	}
	if intent.MessageID == "" {
		got, created, err := r.Store.BeginDraft(ctx, store.Draft{
			InterviewID: it.InterviewID, Rule: it.Rule, Kind: it.Kind, MessageID: msgID,
			Mailbox: drafts, State: store.DraftIntent, Due: it.Due, CreatedAt: now,
		})
		if err != nil {
			return w, err
		}
		if !created {
			// Another process got there first; its entry decides.
			return w, itemError{fmt.Errorf("draft for %s/%s already journaled as %s", it.InterviewID, it.Rule, got.MessageID)}
		}
	}
	uidValidity, uid, err := conn.AppendDraft(ctx, drafts, raw, now)
	if err != nil {
		return w, fmt.Errorf("append draft to %s: %w", drafts, err)
	}
	if err := r.Store.MarkAppended(ctx, it.InterviewID, it.Rule, uidValidity, uid, now); err != nil {
		return w, err
	}
	w.MessageID, w.Subject, w.UID = msgID, subject, uid
	return w, nil
}

// subjects renders the subject of every planned draft that is not written
// or suppressed. A template that fails to render leaves it out: the write
// step reports that error where it matters.
func (r *Runner) subjects(res *Result) map[rules.Key]string {
	byID := make(map[string]interview.Interview, len(res.Interviews))
	for _, iv := range res.Interviews {
		byID[iv.ID] = iv
	}
	out := map[rules.Key]string{}
	for _, it := range res.Plan {
		if it.Status == rules.StatusDone || it.Status == rules.StatusSuppressed {
			continue
		}
		if subject, _, err := r.Settings.Templates.Render(it.Template, r.templateData(it, byID[it.InterviewID])); err == nil {
			out[it.Key()] = subject
		}
	}
	return out
}

func (r *Runner) templateData(it rules.Item, iv interview.Interview) templates.Data {
	loc := r.Settings.Schedule.Location
	d := templates.Data{
		Me:            person(interview.Person{Name: r.Settings.Me.Name, Email: r.Settings.Me.Email}),
		Company:       iv.Company,
		Role:          iv.Role,
		Date:          iv.Start.In(loc),
		ThreadSubject: iv.ThreadTopic,
	}
	if !iv.Start.IsZero() {
		d.Day = iv.Start.In(loc).Weekday().String()
	}
	for _, p := range it.To {
		d.To = append(d.To, person(p))
	}
	for _, p := range iv.Interviewers {
		d.Interviewers = append(d.Interviewers, person(p))
	}
	if len(d.To) > 0 {
		d.Interviewer = d.To[0]
	}
	return d
}

// person leaves FirstName to the templates package, which knows names
// written "Last, First" as Exchange writes them.
func person(p interview.Person) templates.Person {
	return templates.Person{Name: p.Name, Email: p.Email}
}

func addresses(ps []interview.Person) []mail.Address {
	out := make([]mail.Address, 0, len(ps))
	for _, p := range ps {
		out = append(out, mail.Address{Name: p.Name, Email: p.Email})
	}
	return out
}

func domainOf(email string) string {
	if _, d, ok := strings.Cut(email, "@"); ok && d != "" {
		return d
	}
	return "followupd.invalid"
}

// safeRecipients drops the user's own addresses and automated senders. The
// interview package already leaves them out; this is the last guard before
// a draft is written, because a draft addressed to a no-reply address or to
// oneself is worse than none. Who is a machine is interview.PersonAddress's
// to say, one list for detection and drafting.
func (s Settings) safeRecipients(ps []interview.Person) []interview.Person {
	var out []interview.Person
	for _, p := range ps {
		email := strings.ToLower(p.Email)
		switch {
		case email == "" || email == strings.ToLower(s.Me.Email) || slices.Contains(s.Detect.Me, email):
		case !interview.PersonAddress(email):
		default:
			out = append(out, p)
		}
	}
	return out
}
