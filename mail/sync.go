package mail

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// Cursor is how far a mailbox has been read. UIDs only mean something
// together with the UIDVALIDITY they were read under (RFC 3501 §2.3.1.1).
// The zero Cursor reads the whole window.
type Cursor struct {
	UIDValidity uint32
	LastUID     uint32
}

// Batch sizes: one FETCH command names at most this many UIDs, so that a
// large window (thousands of messages) is read in bounded pieces and no
// command line grows without limit.
const (
	summaryBatch = 500
	bodyBatch    = 50
)

// summaryHeaderSection is the part of each message a scan reads: the
// header fields a Summary is made of, parsed by the same code as a whole
// message (summaryFromHeader), so that a message reads the same before and
// after its body is fetched. Not ENVELOPE: the server has the same fields
// ready, but go-imap's decoding of an ENVELOPE costs the client about
// 18 us a message, most of a first scan's time (bench/README.md); the raw
// fields cost a third of that, parsing included.
var summaryHeaderSection = &imap.FetchItemBodySection{
	Specifier: imap.PartSpecifierHeader,
	HeaderFields: []string{
		"From", "Sender", "Reply-To", "To", "Cc", "Subject", "Date",
		"Message-ID", "In-Reply-To", "References",
		"List-Unsubscribe", "List-Id", "Precedence", "Auto-Submitted",
	},
	Peek: true, // RFC 3501 §6.4.5: BODY.PEEK does not set \Seen
}

var summaryFetchOptions = &imap.FetchOptions{
	UID:           true,
	BodyStructure: &imap.FetchItemBodyStructure{Extended: true},
	BodySection:   []*imap.FetchItemBodySection{summaryHeaderSection},
}

// A SummaryBatch is one piece of a ScanSummaries answer: the summaries of
// one FETCH command, ascending by UID.
type SummaryBatch struct {
	// UIDValidity is the mailbox's UIDVALIDITY as this scan EXAMINEd it.
	// The UIDs of the summaries mean something only under it; pass it to
	// Bodies, on this Client or another connection.
	UIDValidity uint32
	Summaries   []Summary
	// Remaining is how many UIDs of the window are still to be fetched
	// after this batch: 0 for the last one. A caller can start work on a
	// batch (fetch bodies on a second connection) while the rest arrive.
	Remaining int
}

// Summaries returns the Summary of every message in mailbox with a UID
// above cur.LastUID whose INTERNALDATE and Date are not before since, in UID
// order, and the cursor for the next call. It is ScanSummaries collected
// into one slice.
func (c *Client) Summaries(ctx context.Context, mailbox string, cur Cursor, since time.Time) (next Cursor, reset bool, sums []Summary, err error) {
	next, reset, err = c.ScanSummaries(ctx, mailbox, cur, since, ScanOptions{}, func(b SummaryBatch) error {
		sums = append(sums, b.Summaries...)
		return nil
	})
	if err != nil {
		return cur, false, nil, err
	}
	return next, reset, sums, nil
}

// ScanOptions tune a ScanSummaries.
type ScanOptions struct {
	// Helper, if set, searches the lower part of a large window on
	// another connection while this one searches the rest.
	Helper WindowSearcher
}

// ScanSummaries reads the Summary of every message in mailbox with a UID
// above cur.LastUID whose INTERNALDATE and Date are not before since, and
// hands them to fn one FETCH batch at a time, ascending by UID. It returns
// the cursor for the next call.
//
// The mailbox is EXAMINEd (read-only). When its UIDVALIDITY differs from a
// non-zero cur.UIDValidity, reset is true and the whole window is read again
// from UID 1; the caller should forget what it knew by UID. next.LastUID is
// the highest UID the search returned, or the previous one when nothing is
// new; a pass with nothing new costs an EXAMINE and a UID SEARCH, or only
// the EXAMINE when UIDNEXT shows nothing new. fn is not called when nothing
// is new.
//
// fn runs between FETCH commands, while the Client is busy: it must not call
// this Client, and what it spends delays the next batch. An error from fn
// stops the scan and is returned as is.
//
// Moving since back does not reread messages at or below cur.LastUID; use a
// zero Cursor for that.
func (c *Client) ScanSummaries(ctx context.Context, mailbox string, cur Cursor, since time.Time, opts ScanOptions, fn func(SummaryBatch) error) (next Cursor, reset bool, err error) {
	scanned := 0
	err = c.do(ctx, "sync "+mailbox, func() error {
		sel, err := c.examine(mailbox)
		if err != nil {
			return err
		}

		next = Cursor{UIDValidity: sel.UIDValidity, LastUID: cur.LastUID}
		// RFC 4549 §4.1: a changed UIDVALIDITY invalidates every UID
		// the client holds; the only safe step is to start over.
		if cur.UIDValidity != sel.UIDValidity {
			reset = cur.UIDValidity != 0
			next.LastUID = 0
		}
		from := next.LastUID + 1
		// UIDNEXT (RFC 3501 §2.3.1.1) is greater than every UID in the
		// mailbox: UIDNEXT <= from means nothing new, without a SEARCH.
		if sel.NumMessages == 0 || (sel.UIDNext != 0 && uint32(sel.UIDNext) <= from) {
			return nil
		}

		uids, err := c.search(ctx, mailbox, sel, from, since, opts.Helper)
		if err != nil {
			return fmt.Errorf("search: %w", err)
		}
		if len(uids) == 0 {
			return nil
		}
		next.LastUID = uids[len(uids)-1]

		return c.fetchSummaries(mailbox, sel.UIDValidity, uids, since, func(b SummaryBatch) error {
			scanned += len(b.Summaries)
			return fn(b)
		})
	})
	if err != nil {
		return cur, false, err
	}
	c.log.Debug("imap sync", "mailbox", mailbox, "reset", reset, "new", scanned, "last_uid", next.LastUID)
	return next, reset, nil
}

// searchWindow runs UID SEARCH UID from:to SINCE <day before since> (to 0
// means from:*) and returns the matching UIDs in from..to, ascending.
func (c *Client) searchWindow(from, to uint32, since time.Time) ([]uint32, error) {
	criteria := &imap.SearchCriteria{
		UID: []imap.UIDSet{{{Start: imap.UID(from), Stop: imap.UID(to)}}}, // Stop 0 is "*"
	}
	if !since.IsZero() {
		// SINCE compares dates only, in the server's idea of the
		// internal date's zone (RFC 3501 §6.4.4); asking for one day
		// more and filtering exactly afterwards never loses a message.
		criteria.Since = since.AddDate(0, 0, -1)
	}
	data, err := c.c.UIDSearch(criteria, nil).Wait()
	if err != nil {
		return nil, wrapIMAPError(err)
	}
	set, _ := data.All.(imap.UIDSet)
	all, ok := set.Nums()
	if !ok {
		return nil, fmt.Errorf("%w: server returned a dynamic UID set", ErrConnection)
	}
	// "from:*" always contains the highest UID, even when it is below
	// from: "*" is the largest UID in use and a range means the same in
	// either order (RFC 3501 §6.4.8, §9 seq-range).
	uids := make([]uint32, 0, len(all))
	for _, u := range all {
		if uint32(u) >= from && (to == 0 || uint32(u) <= to) {
			uids = append(uids, uint32(u))
		}
	}
	slices.Sort(uids)
	return slices.Compact(uids), nil
}

// A WindowSearcher searches part of a mailbox's window for ScanSummaries:
// another connection, so that a large window is searched in two parts at
// once. *Client is one.
type WindowSearcher interface {
	SearchWindow(ctx context.Context, mailbox string, uidValidity uint32, from, to uint32, since time.Time) ([]uint32, error)
}

// SearchWindow returns the UIDs in from..to (to 0: no upper bound) of
// mailbox whose INTERNALDATE is on or after the day before since, ascending.
// The mailbox is EXAMINEd; if its UIDVALIDITY is not uidValidity (0: any),
// it returns ErrUIDValidity, since the UIDs would belong to another scan.
func (c *Client) SearchWindow(ctx context.Context, mailbox string, uidValidity uint32, from, to uint32, since time.Time) ([]uint32, error) {
	var uids []uint32
	err := c.do(ctx, "search "+mailbox, func() error {
		sel, err := c.examine(mailbox)
		if err != nil {
			return err
		}
		if uidValidity != 0 && uidValidity != sel.UIDValidity {
			return fmt.Errorf("%w: was %d, is %d", ErrUIDValidity, uidValidity, sel.UIDValidity)
		}
		uids, err = c.searchWindow(from, to, since)
		return err
	})
	return uids, err
}

// splitMin is the smallest UID range ScanSummaries shares with a helper:
// below it one SEARCH is quick and a second one would not pay for itself.
const splitMin = 4 * summaryBatch

// search finds the window's UIDs from from on. With a helper and a range
// of at least splitMin UIDs it searches the upper part itself while the
// helper searches the lower part; a server's SEARCH SINCE looks at every
// message in range (Dovecot's Maildir stats each file), so two connections
// shorten the wait. If the helper fails, this connection searches its part
// too: the helper only ever saves time.
func (c *Client) search(ctx context.Context, mailbox string, sel *imap.SelectData, from uint32, since time.Time, helper WindowSearcher) ([]uint32, error) {
	next := uint32(sel.UIDNext)
	if helper == nil || next <= from || next-from < splitMin {
		return c.searchWindow(from, 0, since)
	}
	// The helper searches the lower 3/8: it must EXAMINE the mailbox
	// first, which on Dovecot costs about a quarter of a SEARCH over the
	// whole mailbox (60 of 240 ms at 100,000 messages), while this
	// connection has the mailbox open already. Even halves left this
	// side waiting for the helper.
	mid := from + uint32(uint64(next-from)*3/8) // UIDs go up to 2^32-1
	type result struct {
		uids []uint32
		err  error
	}
	lower := make(chan result, 1)
	hctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		uids, err := helper.SearchWindow(hctx, mailbox, sel.UIDValidity, from, mid-1, since)
		lower <- result{uids, err}
	}()
	upper, err := c.searchWindow(mid, 0, since)
	if err != nil {
		return nil, err
	}
	low := <-lower
	if low.err != nil {
		if errors.Is(low.err, ErrUIDValidity) {
			return nil, low.err
		}
		c.log.Debug("helper search failed; searching its part here", "mailbox", mailbox, "err", low.err)
		if low.uids, err = c.searchWindow(from, mid-1, since); err != nil {
			return nil, err
		}
	}
	return append(low.uids, upper...), nil
}

func (c *Client) fetchSummaries(mailbox string, validity uint32, uids []uint32, since time.Time, fn func(SummaryBatch) error) error {
	batches := slices.Collect(slices.Chunk(uids, summaryBatch))
	remaining := len(uids)
	cmd := c.c.Fetch(uidSet(batches[0]), summaryFetchOptions)
	for i, batch := range batches {
		remaining -= len(batch)
		sums, err := c.readSummaries(cmd, mailbox, len(batch))
		if err == nil {
			err = c.arrivalDates(sums)
		}
		if err != nil {
			return err
		}
		sums = slices.DeleteFunc(sums, func(s Summary) bool { return !inSyncWindow(s, since) })
		// The next FETCH goes out before fn looks at this batch, so
		// that the server works on it meanwhile (RFC 3501 §5.5 allows
		// several commands in flight).
		cmd = nil
		if i+1 < len(batches) {
			cmd = c.c.Fetch(uidSet(batches[i+1]), summaryFetchOptions)
		}
		if len(sums) == 0 && remaining > 0 {
			continue
		}
		if err := fn(SummaryBatch{UIDValidity: validity, Summaries: sums, Remaining: remaining}); err != nil {
			if cmd != nil {
				// Read the answer out, so that the connection
				// stays in step.
				_, _ = c.readSummaries(cmd, mailbox, 0)
			}
			return err
		}
	}
	return nil
}

// readSummaries reads the answer to one summary FETCH, in UID order.
func (c *Client) readSummaries(cmd *imapclient.FetchCommand, mailbox string, n int) ([]Summary, error) {
	sums := make([]Summary, 0, n)
	for msg := cmd.Next(); msg != nil; msg = cmd.Next() {
		buf, err := msg.Collect()
		if err != nil {
			cmd.Close()
			return nil, wrapIMAPError(err)
		}
		// Unsolicited FETCH responses (flag changes by other clients)
		// carry no body structure.
		if buf.UID == 0 || buf.BodyStructure == nil {
			continue
		}
		sums = append(sums, summaryFromFetch(mailbox, buf))
	}
	if err := cmd.Close(); err != nil {
		return nil, wrapIMAPError(err)
	}
	// Servers answer a FETCH in any order (RFC 3501 §7.4.2 is silent);
	// batches are ascending, so sorting each keeps the scan in UID order.
	slices.SortFunc(sums, func(a, b Summary) int { return cmp.Compare(a.UID, b.UID) })
	return sums, nil
}

// arrivalDates gives the summaries without a Date (no Date header that
// could be read) their INTERNALDATE, the time the server received them.
// INTERNALDATE is asked for these few only: on Dovecot's Maildir it costs a
// stat(2) of the message file, thousands of them in a first scan.
func (c *Client) arrivalDates(sums []Summary) error {
	var undated []uint32
	for _, s := range sums {
		if s.Date.IsZero() {
			undated = append(undated, s.UID)
		}
	}
	if len(undated) == 0 {
		return nil
	}
	msgs, err := c.c.Fetch(uidSet(undated), &imap.FetchOptions{UID: true, InternalDate: true}).Collect()
	if err != nil {
		return wrapIMAPError(err)
	}
	arrived := make(map[uint32]time.Time, len(msgs))
	for _, m := range msgs {
		arrived[uint32(m.UID)] = m.InternalDate
	}
	for i := range sums {
		if sums[i].Date.IsZero() {
			sums[i].Date = arrived[sums[i].UID]
		}
	}
	return nil
}

// inSyncWindow keeps a message whose Date (when it was written, or when it
// arrived if it has none) is at or after since. The SEARCH already left
// out what arrived more than a day before since (see searchWindow), so old
// mail APPENDed with its original arrival date stays out, and old mail
// copied in recently is dropped here by its Date.
func inSyncWindow(s Summary, since time.Time) bool {
	return since.IsZero() || !s.Date.Before(since)
}

// Bodies fetches BODY.PEEK[] of the given UIDs in mailbox (read-only, in
// batches) and calls fn for each message as it arrives, in UID order as far
// as the server keeps it. raw is the message exactly as the server stores
// it; fn may keep it. UIDs that no longer exist are skipped. An error from
// fn stops the fetch and is returned as is.
//
// fn runs while the Client is busy: it must not call the Client.
//
// uidValidity is the UIDVALIDITY the UIDs were read under (SummaryBatch,
// Cursor); 0 means unknown. If the mailbox now has another, Bodies fetches
// nothing and returns ErrUIDValidity: the UIDs would name other messages.
func (c *Client) Bodies(ctx context.Context, mailbox string, uidValidity uint32, uids []uint32, fn func(uid uint32, raw []byte) error) error {
	if len(uids) == 0 {
		return nil
	}
	return c.StreamBodies(ctx, mailbox, uidValidity, func(yield func([]uint32) bool) { yield(uids) },
		func(b Body) error { return fn(b.UID, b.Raw) })
}

// Body is one message fetched whole: its UID, when the server received it
// (INTERNALDATE, RFC 3501 §2.3.3) and its bytes as stored.
type Body struct {
	UID uint32
	// Arrived is the INTERNALDATE: for delivered mail, when the server
	// received it. Unlike the Date header, the sender cannot choose it,
	// so it orders mail as it came (see interview.Build).
	Arrived time.Time
	Raw     []byte
	// Truncated is set when Raw is the first DialConfig.MaxBodyBytes of
	// a larger message.
	Truncated bool
}

// StreamBodies is Bodies for UIDs that are not all known yet: it fetches
// each slice batches yields before it asks for the next, all under one
// EXAMINE. A caller that learns of candidates while a scan goes on (on
// another connection) yields them as they come; batches may block.
//
// One EXAMINE matters on Dovecot's Maildir: the first message file read
// after a mailbox is opened makes the server rescan the mailbox directory
// (see bench/README.md), so a mailbox opened once per batch would pay that
// once per batch.
func (c *Client) StreamBodies(ctx context.Context, mailbox string, uidValidity uint32, batches iter.Seq[[]uint32], fn func(Body) error) error {
	return c.do(ctx, "fetch bodies from "+mailbox, func() error {
		selected := false
		for uids := range batches {
			uids = slices.Clone(uids)
			slices.Sort(uids)
			uids = slices.Compact(uids)
			if len(uids) > 0 && uids[0] == 0 {
				uids = uids[1:]
			}
			if len(uids) == 0 {
				continue
			}
			if !selected {
				sel, err := c.examine(mailbox)
				if err != nil {
					return err
				}
				if uidValidity != 0 && uidValidity != sel.UIDValidity {
					return fmt.Errorf("%w: was %d, is %d", ErrUIDValidity, uidValidity, sel.UIDValidity)
				}
				selected = true
			}
			for batch := range slices.Chunk(uids, bodyBatch) {
				if err := c.fetchBodies(batch, fn); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// DefaultMaxBodyBytes is how much of a message is fetched for detection
// unless configured otherwise: what an invitation says, and its calendar,
// come first; a larger message is read by its first parts (a CV or a
// recording attached after them is never needed), and one crafted to be
// huge costs no more.
const DefaultMaxBodyBytes = 5 << 20

// bodyFetchOptions asks for a message up to max bytes (BODY.PEEK[]<0.n>,
// RFC 3501 §6.4.5; 0 means DefaultMaxBodyBytes) and its INTERNALDATE: the
// server has the message file open for the body, so the date costs
// nothing more here, unlike in the summary scan (see arrivalDates).
func bodyFetchOptions(max int64) *imap.FetchOptions {
	if max <= 0 {
		max = DefaultMaxBodyBytes
	}
	return &imap.FetchOptions{
		UID:          true,
		InternalDate: true,
		BodySection:  []*imap.FetchItemBodySection{{Peek: true, Partial: &imap.SectionPartial{Offset: 0, Size: max}}},
	}
}

func (c *Client) fetchBodies(uids []uint32, fn func(Body) error) error {
	cmd := c.c.Fetch(uidSet(uids), c.bodyOptions)
	for msg := cmd.Next(); msg != nil; msg = cmd.Next() {
		b, err := readFetchedBody(msg, c.bodyOptions.BodySection[0].Partial.Size)
		if err != nil {
			cmd.Close()
			return wrapIMAPError(err)
		}
		if b.UID == 0 || b.Raw == nil {
			continue
		}
		if err := fn(b); err != nil {
			// Drain the rest of the batch so that the connection stays
			// in step; its own failure matters less than fn's.
			_ = cmd.Close()
			return err
		}
	}
	return wrapIMAPError(cmd.Close())
}

// readFetchedBody reads one FETCH response item by item; the UID may come before
// or after the literal.
func readFetchedBody(msg *imapclient.FetchMessageData, max int64) (Body, error) {
	var body Body
	for item := msg.Next(); item != nil; item = msg.Next() {
		switch item := item.(type) {
		case imapclient.FetchItemDataUID:
			body.UID = uint32(item.UID)
		case imapclient.FetchItemDataInternalDate:
			body.Arrived = item.Time
		case imapclient.FetchItemDataBodySection:
			if item.Literal == nil {
				continue // NIL: nothing stored
			}
			raw, err := readLiteral(item.Literal, item.Literal.Size(), max)
			if err != nil {
				return Body{}, err
			}
			body.Raw = raw
			body.Truncated = int64(len(body.Raw)) >= max
		}
	}
	return body, nil
}

// readLiteral reads a literal of the size the server announced (RFC 3501
// §4.3) into one allocation of that size, where a bytes.Buffer's ReadFrom
// grows past it, and copies, to make room for its last read. It keeps at
// most limit bytes whatever the server announces (the FETCH asked for
// <0.limit>; a server that sends more, or claims to, costs no more memory)
// and reads the rest out, so that the connection stays in step. A
// literal shorter than announced gives what came.
func readLiteral(r io.Reader, size, limit int64) ([]byte, error) {
	raw := make([]byte, min(max(size, 0), limit))
	n, err := io.ReadFull(r, raw)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, err
	}
	if _, err := io.Copy(io.Discard, r); err != nil {
		return nil, err
	}
	return raw[:n], nil
}

// uidSet turns ascending UIDs into ranges ("1:40,42,50:60"), which keeps
// a 500-UID FETCH line short when UIDs are dense.
func uidSet(uids []uint32) imap.UIDSet {
	var s imap.UIDSet
	for _, u := range uids {
		if n := len(s); n > 0 && uint32(s[n-1].Stop)+1 == u {
			s[n-1].Stop = imap.UID(u)
			continue
		}
		s = append(s, imap.UIDRange{Start: imap.UID(u), Stop: imap.UID(u)})
	}
	return s
}
