package daemon

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
	"github.com/followupd/followupd/store"
)

// sync brings the store up to date with every watched mailbox and the Sent
// folder. Each mailbox is committed on its own, cursor and messages in one
// transaction, so an interrupted pass resumes where it stopped.
func (r *Runner) sync(ctx context.Context, conn Mailbox, sent string, since time.Time, res *Result) error {
	ivs, err := r.Store.Interviews(ctx)
	if err != nil {
		return err
	}
	known := interview.KnownFrom(ivs)
	for _, mb := range r.Settings.Mailboxes {
		if mb == sent {
			continue
		}
		if err := r.syncInbox(ctx, conn, mb, since, &known, res); err != nil {
			return err
		}
	}
	return r.syncSent(ctx, conn, sent, since, res)
}

// syncInbox fetches the summaries of the new messages of one mailbox and the
// bodies of the candidates only.
func (r *Runner) syncInbox(ctx context.Context, conn Mailbox, mb string, since time.Time, known *interview.Known, res *Result) error {
	log := r.Log.With("mailbox", mb)
	cur, _, err := r.Store.Cursor(ctx, mb)
	if err != nil {
		return err
	}
	next, reset, sums, err := conn.Summaries(ctx, mb, mail.Cursor(cur), since)
	if err != nil {
		return fmt.Errorf("sync %s: %w", mb, err)
	}
	if reset {
		log.Info("UIDVALIDITY changed; rescanning the window", "old", cur.UIDValidity, "new", next.UIDValidity)
	}
	res.Scanned += len(sums)
	res.reset = res.reset || reset

	want, rest := r.split(sums, *known)
	msgs, err := r.fetch(ctx, conn, mb, want)
	if err != nil {
		return err
	}
	// A message can become relevant only through what this same batch taught
	// us (a recruiter's reply with a plain subject arriving together with the
	// invitation), so look at the rest once more with the new knowledge.
	if len(msgs) > 0 && len(rest) > 0 {
		// What this batch adds is enough: what the store knew is in
		// known already, so only the new candidates are built.
		*known = mergeKnown(*known, interview.KnownFrom(interview.Build(msgs, nil, r.Settings.Detect)))
		more, _ := r.split(rest, *known)
		extra, err := r.fetch(ctx, conn, mb, more)
		if err != nil {
			return err
		}
		msgs = append(msgs, extra...)
	}
	res.Fetched += len(msgs)
	if err := r.Store.SaveMailbox(ctx, mb, store.Cursor(next), reset, msgs); err != nil {
		return err
	}
	log.Debug("synced", "new", len(sums), "fetched", len(msgs), "last_uid", next.LastUID)
	return nil
}

func (r *Runner) split(sums []mail.Summary, known interview.Known) (want, rest []mail.Summary) {
	for _, s := range sums {
		if interview.Candidate(s, r.Settings.Detect, known) {
			want = append(want, s)
		} else {
			rest = append(rest, s)
		}
	}
	return want, rest
}

// fetch downloads and parses the bodies of sums. A body that does not parse
// is kept as its summary: the envelope is still worth tracking.
func (r *Runner) fetch(ctx context.Context, conn Mailbox, mb string, sums []mail.Summary) ([]mail.Message, error) {
	if len(sums) == 0 {
		return nil, nil
	}
	byUID := make(map[uint32]mail.Summary, len(sums))
	uids := make([]uint32, 0, len(sums))
	for _, s := range sums {
		byUID[s.UID] = s
		uids = append(uids, s.UID)
	}
	msgs := make([]mail.Message, 0, len(sums))
	err := conn.Bodies(ctx, mb, uids, func(uid uint32, raw []byte) error {
		sum := byUID[uid]
		m, err := mail.Parse(bytes.NewReader(raw))
		if err != nil {
			r.Log.Warn("message does not parse; keeping its envelope", "mailbox", mb, "uid", uid, "err", err)
			msgs = append(msgs, mail.Message{Summary: sum})
			return nil
		}
		m.Mailbox, m.UID = mb, uid
		if m.Date.IsZero() {
			m.Date = sum.Date
		}
		msgs = append(msgs, *m)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("fetch bodies from %s: %w", mb, err)
	}
	return msgs, nil
}

// syncSent keeps the envelopes of what the user sent: enough to notice a
// thank-you they already wrote by hand. Bodies are never needed.
func (r *Runner) syncSent(ctx context.Context, conn Mailbox, sent string, since time.Time, res *Result) error {
	cur, _, err := r.Store.Cursor(ctx, sent)
	if err != nil {
		return err
	}
	next, reset, sums, err := conn.Summaries(ctx, sent, mail.Cursor(cur), since)
	if err != nil {
		return fmt.Errorf("sync %s: %w", sent, err)
	}
	res.Scanned += len(sums)
	res.reset = res.reset || reset
	var msgs []mail.Message
	for _, s := range sums {
		if r.Settings.isMine(s) {
			msgs = append(msgs, mail.Message{Summary: s})
		}
	}
	if err := r.Store.SaveMailbox(ctx, sent, store.Cursor(next), reset, msgs); err != nil {
		return err
	}
	r.Log.Debug("synced", slog.String("mailbox", sent), "new", len(sums), "kept", len(msgs))
	return nil
}

// mergeKnown returns the union of two Known sets.
func mergeKnown(a, b interview.Known) interview.Known {
	union := func(x, y map[string]bool) map[string]bool {
		out := make(map[string]bool, len(x)+len(y))
		for k := range x {
			out[k] = true
		}
		for k := range y {
			out[k] = true
		}
		return out
	}
	return interview.Known{
		MessageIDs: union(a.MessageIDs, b.MessageIDs),
		Addresses:  union(a.Addresses, b.Addresses),
		Domains:    union(a.Domains, b.Domains),
	}
}
