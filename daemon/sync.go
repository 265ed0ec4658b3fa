package daemon

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	stdsync "sync"
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
	stored, err := r.Store.CountMessages(ctx)
	if err != nil {
		return err
	}
	res.fresh = stored == 0
	if res.fresh {
		res.reader = interview.NewReader(r.Settings.Detect)
	}
	h := r.newHelper(ctx)
	defer h.close()
	inboxes := slices.DeleteFunc(slices.Clone(r.Settings.Mailboxes), func(mb string) bool { return mb == sent })
	var sentRead *sentScan
	readSent := func() error {
		var err error
		sentRead, err = r.scanSent(ctx, conn, sent, since, res)
		return err
	}
	// What the user wrote about jobs makes the answers worth reading
	// whatever their subject (Known.AddSent). Sent as stored serves once
	// it was read; a first pass reads Sent before the inboxes, giving up
	// reading it while the last bodies arrive, so that the answers in the
	// window are not passed over once and for all.
	sentCur, _, err := r.Store.Cursor(ctx, sent)
	if err != nil {
		return err
	}
	firstRead := sentCur.UIDValidity == 0 && len(inboxes) > 0
	// Reading what is stored is only worth it when there is new mail to
	// judge: a quiet pass skips it (syncInbox calls learnSent before it
	// judges the first new summary).
	learnSent := stdsync.OnceValue(func() error {
		stored, err := r.Store.MessagesIn(ctx, sent)
		if err != nil {
			return err
		}
		known.AddSent(summariesOf(stored), r.Settings.Detect)
		return nil
	})
	if firstRead {
		if err := readSent(); err != nil {
			return err
		}
		known.AddSent(summariesOf(sentRead.msgs), r.Settings.Detect)
		learnSent = func() error { return nil }
	}
	for i, mb := range inboxes {
		var meanwhile func() error
		if i == len(inboxes)-1 && !firstRead {
			// The bodies of the last mailbox may still be coming in on
			// the second connection: read Sent on this one meanwhile.
			meanwhile = readSent
		}
		if err := r.syncInbox(ctx, conn, h, mb, since, &known, learnSent, res, meanwhile); err != nil {
			return err
		}
	}
	if sentRead == nil {
		if err := readSent(); err != nil {
			return err
		}
	}
	return r.saveSent(ctx, sent, sentRead, res)
}

// syncInbox fetches the summaries of the new messages of one mailbox and the
// bodies of the candidates only, the bodies while the scan is still going
// when it is a large one (see bodyFetcher).
//
// meanwhile, if not nil, runs on conn between the scan and the last of the
// bodies; its error is returned after the mailbox is saved, so that what
// was read is kept.
//
// learnSent, called before the first new summary is judged, adds to known
// what the user's own mail tells; when it fails, the scan stops before
// anything is saved, so that no message is passed over for good.
func (r *Runner) syncInbox(ctx context.Context, conn Mailbox, h *helper, mb string, since time.Time, known *interview.Known, learnSent func() error, res *Result, meanwhile func() error) error {
	log := r.Log.With("mailbox", mb)
	cur, _, err := r.Store.Cursor(ctx, mb)
	if err != nil {
		return err
	}
	if cur.UIDValidity == 0 {
		// Never read: the whole window is new, typically thousands of
		// messages. Dial the second connection now, beside the EXAMINE,
		// so that it is ready for its part of the search.
		h.start()
	}
	bodies := r.newBodyFetcher(conn, h, mb, *known, res.reader)
	defer bodies.abort()
	scanned := 0
	next, reset, err := conn.ScanSummaries(ctx, mb, mail.Cursor(cur), since, mail.ScanOptions{Helper: h}, func(b mail.SummaryBatch) error {
		if len(b.Summaries) > 0 {
			// It fills the maps bodies.known shares with *known.
			if err := learnSent(); err != nil {
				return err
			}
		}
		scanned += len(b.Summaries)
		bodies.add(ctx, b)
		return nil
	})
	if err != nil {
		return fmt.Errorf("sync %s: %w", mb, err)
	}
	if reset {
		log.Info("UIDVALIDITY changed; rescanning the window", "old", cur.UIDValidity, "new", next.UIDValidity)
	}
	res.Scanned += scanned
	res.reset = res.reset || reset

	bodies.scanDone()
	var meanwhileErr error
	if meanwhile != nil {
		meanwhileErr = meanwhile()
	}
	msgs, grown, err := bodies.finish(ctx)
	if err != nil {
		return errors.Join(err, meanwhileErr)
	}
	*known = grown
	if cur.UIDValidity != 0 && !reset {
		// A scan of the whole window saw every message a reply could
		// answer (lookAgain); a later pass's reply may answer one that
		// an earlier pass skipped.
		more, err := r.originals(ctx, conn, mb, next.UIDValidity, since, msgs, *known)
		if err != nil {
			return errors.Join(err, meanwhileErr)
		}
		msgs = append(msgs, more...)
	}
	res.Fetched += len(msgs)
	if err := res.save(func() error { return r.Store.SaveMailbox(ctx, mb, store.Cursor(next), reset, msgs) }); err != nil {
		return err
	}
	if res.fresh {
		res.saved = append(res.saved, msgs...)
	}
	log.Debug("synced", "new", scanned, "fetched", len(msgs), "last_uid", next.LastUID)
	return meanwhileErr
}

// maxOriginals bounds the messages one pass looks up for originals: a
// reply names its thread's earlier messages, a long thread many of them,
// and the newest are the ones a skipped message can be.
const maxOriginals = 16

// originals fetches from mb the messages that msgs, this pass's candidates,
// answer or refer to but that were skipped when they arrived in an earlier
// pass: an agency's "Quick update" offering slots, with no word of a job in
// its subject, is worth reading once the agency's "RE: Quick update"
// confirming one of them is. Messages stored already, the user's own and
// those of msgs are not looked for; bulk mail and ignored senders found
// are dropped, as at scan time.
func (r *Runner) originals(ctx context.Context, conn Mailbox, mb string, validity uint32, since time.Time, msgs []mail.Message, known interview.Known) ([]mail.Message, error) {
	have := map[string]bool{}
	for _, m := range msgs {
		have[m.MessageID] = true
	}
	var ids []string
	for _, m := range msgs {
		// In-Reply-To first, then References newest first (RFC 5322
		// section 3.6.4 lists them oldest first).
		refs := slices.Clone(m.References)
		slices.Reverse(refs)
		for _, id := range append(slices.Clone(m.InReplyTo), refs...) {
			if id != "" && !have[id] && !known.Sent[id] {
				have[id] = true
				ids = append(ids, id)
			}
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	stored, err := r.Store.StoredMessageIDs(ctx, ids)
	if err != nil {
		return nil, err
	}
	ids = slices.DeleteFunc(ids, func(id string) bool { return stored[id] })
	if len(ids) > maxOriginals {
		ids = ids[:maxOriginals]
	}
	if len(ids) == 0 {
		return nil, nil
	}
	found, err := conn.FindMessageIDs(ctx, mb, validity, since, ids)
	if err != nil {
		return nil, fmt.Errorf("sync %s: look for answered messages: %w", mb, err)
	}
	fetchedUIDs := map[uint32]bool{}
	for _, m := range msgs {
		fetchedUIDs[m.UID] = true
	}
	var want []mail.Summary
	for id, uid := range found {
		if !fetchedUIDs[uid] {
			fetchedUIDs[uid] = true
			want = append(want, mail.Summary{UID: uid, MessageID: id})
		}
	}
	if len(want) == 0 {
		return nil, nil
	}
	slices.SortFunc(want, func(a, b mail.Summary) int { return cmp.Compare(a.UID, b.UID) })
	var bodies []mail.Message
	if _, err := r.stream(ctx, conn, mb, validity, func(yield func([]mail.Summary) bool) { yield(want) }, &bodies, nil); err != nil {
		return nil, err
	}
	bodies = slices.DeleteFunc(bodies, func(m mail.Message) bool {
		return known.Unread(m.Summary, r.Settings.Detect) || m.From == nil // as at scan time
	})
	r.Log.Debug("read answered messages", "mailbox", mb, "looked_for", len(ids), "read", len(bodies))
	return bodies, nil
}

// split returns the candidates of sums and the rest that may still become
// candidates (bulk mail and ignored senders never do).
func (r *Runner) split(sums []mail.Summary, known interview.Known) (want, rest []mail.Summary) {
	for _, s := range sums {
		switch candidate, never := interview.Triage(s, r.Settings.Detect, known); {
		case candidate:
			want = append(want, s)
		case !never:
			rest = append(rest, s)
		}
	}
	return want, rest
}

// sentScan is what scanSent read, for saveSent.
type sentScan struct {
	next  mail.Cursor
	reset bool
	msgs  []mail.Message
}

// scanSent reads the summaries of what the user sent: enough to notice a
// thank-you they already wrote by hand. Bodies are never needed.
func (r *Runner) scanSent(ctx context.Context, conn Mailbox, sent string, since time.Time, res *Result) (*sentScan, error) {
	cur, _, err := r.Store.Cursor(ctx, sent)
	if err != nil {
		return nil, err
	}
	var scan sentScan
	scan.next, scan.reset, err = conn.ScanSummaries(ctx, sent, mail.Cursor(cur), since, mail.ScanOptions{}, func(b mail.SummaryBatch) error {
		res.Scanned += len(b.Summaries)
		for _, s := range b.Summaries {
			if r.Settings.isMine(s) {
				scan.msgs = append(scan.msgs, mail.Message{Summary: s})
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("sync %s: %w", sent, err)
	}
	res.reset = res.reset || scan.reset
	if err := r.sentBodies(ctx, conn, sent, &scan, res); err != nil {
		return nil, err
	}
	return &scan, nil
}

// sentBodies fetches the text of the user's answers about a job
// (interview.SentCandidate): the one place where the user wrote which of
// the offered times they took. A message that does not arrive keeps its
// header, as it would have without.
func (r *Runner) sentBodies(ctx context.Context, conn Mailbox, sent string, scan *sentScan, res *Result) error {
	at := map[uint32]int{}
	var want []mail.Summary
	for i, m := range scan.msgs {
		if interview.SentCandidate(m.Summary, r.Settings.Detect) {
			at[m.UID] = i
			want = append(want, m.Summary)
		}
	}
	if len(want) == 0 {
		return nil
	}
	var bodies []mail.Message
	batches := func(yield func([]mail.Summary) bool) { yield(want) }
	if _, err := r.stream(ctx, conn, sent, scan.next.UIDValidity, batches, &bodies, nil); err != nil {
		return err
	}
	for _, b := range bodies {
		scan.msgs[at[b.UID]] = b
	}
	res.Fetched += len(bodies)
	return nil
}

// saveSent commits what scanSent read.
func (r *Runner) saveSent(ctx context.Context, sent string, scan *sentScan, res *Result) error {
	if err := res.save(func() error { return r.Store.SaveMailbox(ctx, sent, store.Cursor(scan.next), scan.reset, scan.msgs) }); err != nil {
		return err
	}
	if res.fresh {
		res.saved = append(res.saved, scan.msgs...)
	}
	r.Log.Debug("synced", slog.String("mailbox", sent), "kept", len(scan.msgs))
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
		Sent:       union(a.Sent, b.Sent),
		Applied:    union(a.Applied, b.Applied),
		Answered:   union(a.Answered, b.Answered),
		Replied:    union(a.Replied, b.Replied),
	}
}

func summariesOf(msgs []mail.Message) []mail.Summary {
	out := make([]mail.Summary, len(msgs))
	for i, m := range msgs {
		out[i] = m.Summary
	}
	return out
}
