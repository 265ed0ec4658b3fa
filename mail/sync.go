package mail

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
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

// summaryHeaderFields are fetched next to the ENVELOPE: what the envelope
// lacks (References, the bulk markers) and the raw ids and date, which the
// envelope carries only after go-imap's strict parsing dropped what it
// could not read.
var summaryHeaderSection = &imap.FetchItemBodySection{
	Specifier: imap.PartSpecifierHeader,
	HeaderFields: []string{
		"Message-ID", "In-Reply-To", "References", "Date",
		"List-Unsubscribe", "List-Id", "Precedence", "Auto-Submitted",
	},
	Peek: true, // RFC 3501 §6.4.5: BODY.PEEK does not set \Seen
}

var summaryFetchOptions = &imap.FetchOptions{
	UID:           true,
	Envelope:      true,
	InternalDate:  true,
	BodyStructure: &imap.FetchItemBodyStructure{Extended: true},
	BodySection:   []*imap.FetchItemBodySection{summaryHeaderSection},
}

// Summaries returns the Summary of every message in mailbox with a UID
// above cur.LastUID whose INTERNALDATE and Date are not before since, in UID
// order, and the cursor for the next call.
//
// The mailbox is EXAMINEd (read-only). When its UIDVALIDITY differs from a
// non-zero cur.UIDValidity, reset is true and the whole window is read again
// from UID 1; the caller should forget what it knew by UID. next.LastUID is
// the highest UID the search returned, or the previous one when nothing is
// new; a pass with nothing new costs an EXAMINE and a UID SEARCH, or only
// the EXAMINE when UIDNEXT shows nothing new.
//
// Moving since back does not reread messages at or below cur.LastUID; use a
// zero Cursor for that.
func (c *Client) Summaries(ctx context.Context, mailbox string, cur Cursor, since time.Time) (next Cursor, reset bool, sums []Summary, err error) {
	err = c.do(ctx, "sync "+mailbox, func() error {
		sel, err := c.examine(mailbox)
		if err != nil {
			return err
		}
		c.validity[mailbox] = sel.UIDValidity

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

		uids, err := c.searchWindow(from, since)
		if err != nil {
			return fmt.Errorf("search: %w", err)
		}
		if len(uids) == 0 {
			return nil
		}
		next.LastUID = uids[len(uids)-1]

		sums, err = c.fetchSummaries(mailbox, uids, since)
		if err != nil {
			return fmt.Errorf("fetch: %w", err)
		}
		return nil
	})
	if err != nil {
		return cur, false, nil, err
	}
	c.log.Debug("imap sync", "mailbox", mailbox, "reset", reset, "new", len(sums), "last_uid", next.LastUID)
	return next, reset, sums, nil
}

// searchWindow runs UID SEARCH UID from:* SINCE <day before since> and
// returns the matching UIDs >= from, ascending.
func (c *Client) searchWindow(from uint32, since time.Time) ([]uint32, error) {
	criteria := &imap.SearchCriteria{
		UID: []imap.UIDSet{{{Start: imap.UID(from), Stop: 0}}}, // from:*
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
		if uint32(u) >= from {
			uids = append(uids, uint32(u))
		}
	}
	slices.Sort(uids)
	return slices.Compact(uids), nil
}

func (c *Client) fetchSummaries(mailbox string, uids []uint32, since time.Time) ([]Summary, error) {
	var sums []Summary
	for batch := range slices.Chunk(uids, summaryBatch) {
		cmd := c.c.Fetch(uidSet(batch), summaryFetchOptions)
		for msg := cmd.Next(); msg != nil; msg = cmd.Next() {
			buf, err := msg.Collect()
			if err != nil {
				cmd.Close()
				return nil, wrapIMAPError(err)
			}
			// Unsolicited FETCH responses (flag changes by other
			// clients) carry no envelope.
			if buf.UID == 0 || buf.Envelope == nil {
				continue
			}
			s := summaryFromFetch(mailbox, buf)
			if inSyncWindow(s, buf.InternalDate, since) {
				sums = append(sums, s)
			}
		}
		if err := cmd.Close(); err != nil {
			return nil, wrapIMAPError(err)
		}
	}
	// Servers answer a FETCH in any order (RFC 3501 §7.4.2 is silent);
	// batches are ascending, so one sort restores UID order.
	slices.SortFunc(sums, func(a, b Summary) int { return cmp.Compare(a.UID, b.UID) })
	return sums, nil
}

// inSyncWindow keeps a message whose INTERNALDATE (arrival) and Date (writing)
// are both at or after since. Using both drops old mail that was copied in
// recently (an import sets a new INTERNALDATE) as well as old mail that
// was APPENDed with its original date.
func inSyncWindow(s Summary, internal time.Time, since time.Time) bool {
	if since.IsZero() {
		return true
	}
	if !internal.IsZero() && internal.Before(since) {
		return false
	}
	return !s.Date.Before(since)
}

// Bodies fetches BODY.PEEK[] of the given UIDs in mailbox (read-only, in
// batches) and calls fn for each message as it arrives, in UID order as far
// as the server keeps it. raw is the message exactly as the server stores
// it; fn may keep it. UIDs that no longer exist are skipped. An error from
// fn stops the fetch and is returned as is.
//
// fn runs while the Client is busy: it must not call the Client.
//
// If Summaries saw a different UIDVALIDITY for mailbox, Bodies fetches
// nothing and returns ErrUIDValidity: the UIDs would name other messages.
func (c *Client) Bodies(ctx context.Context, mailbox string, uids []uint32, fn func(uid uint32, raw []byte) error) error {
	if len(uids) == 0 {
		return nil
	}
	uids = slices.Clone(uids)
	slices.Sort(uids)
	uids = slices.Compact(uids)
	if uids[0] == 0 {
		uids = uids[1:]
	}

	return c.do(ctx, "fetch bodies from "+mailbox, func() error {
		sel, err := c.examine(mailbox)
		if err != nil {
			return err
		}
		if v, ok := c.validity[mailbox]; ok && v != sel.UIDValidity {
			return fmt.Errorf("%w: was %d, is %d", ErrUIDValidity, v, sel.UIDValidity)
		}
		for batch := range slices.Chunk(uids, bodyBatch) {
			if err := c.fetchBodies(batch, fn); err != nil {
				return err
			}
		}
		return nil
	})
}

var bodyFetchOptions = &imap.FetchOptions{
	UID:         true,
	BodySection: []*imap.FetchItemBodySection{{Peek: true}}, // BODY.PEEK[]
}

func (c *Client) fetchBodies(uids []uint32, fn func(uid uint32, raw []byte) error) error {
	cmd := c.c.Fetch(uidSet(uids), bodyFetchOptions)
	for msg := cmd.Next(); msg != nil; msg = cmd.Next() {
		uid, raw, err := readFetchedBody(msg)
		if err != nil {
			cmd.Close()
			return wrapIMAPError(err)
		}
		if uid == 0 || raw == nil {
			continue
		}
		if err := fn(uid, raw); err != nil {
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
func readFetchedBody(msg *imapclient.FetchMessageData) (uid uint32, raw []byte, err error) {
	for item := msg.Next(); item != nil; item = msg.Next() {
		switch item := item.(type) {
		case imapclient.FetchItemDataUID:
			uid = uint32(item.UID)
		case imapclient.FetchItemDataBodySection:
			if item.Literal == nil {
				continue // NIL: nothing stored
			}
			var b bytes.Buffer
			b.Grow(int(item.Literal.Size()))
			if _, err := b.ReadFrom(item.Literal); err != nil {
				return 0, nil, err
			}
			raw = b.Bytes()
		}
	}
	return uid, raw, nil
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
