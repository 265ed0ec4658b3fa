package bench

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/followupd/followupd/store"
)

// work is what followupd's warm-up pass did, for floor to repeat.
type work struct {
	candidates []imap.UID // INBOX UIDs whose bodies it fetched
	drafts     int        // drafts it APPENDed
}

// learnWork reads the candidate UIDs from the state a pass left.
func learnWork(stateDir string, drafts int) (work, error) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(stateDir, "state", "followupd.db"))
	if err != nil {
		return work{}, err
	}
	defer st.Close()
	msgs, err := st.Messages(ctx)
	if err != nil {
		return work{}, err
	}
	w := work{drafts: drafts}
	for _, m := range msgs {
		if m.Mailbox == "INBOX" {
			w.candidates = append(w.candidates, imap.UID(m.UID))
		}
	}
	slices.Sort(w.candidates)
	return w, nil
}

// floorBodyBatch is followupd's (mail/sync.go bodyBatch): as many FETCH
// commands for the bodies as it sends.
const floorBodyBatch = 50

// followupd's FETCH items (mail/sync.go summaryFetchOptions).
var floorSummaryItems = &imap.FetchOptions{
	UID:           true,
	BodyStructure: &imap.FetchItemBodyStructure{Extended: true},
	BodySection: []*imap.FetchItemBodySection{{
		Specifier: imap.PartSpecifierHeader, Peek: true,
		HeaderFields: []string{
			"From", "Sender", "Reply-To", "To", "Cc", "Subject", "Date",
			"Message-ID", "In-Reply-To", "References",
			"List-Unsubscribe", "List-Id", "Precedence", "Auto-Submitted",
		},
	}},
}

// floor sends the IMAP commands of a first pass as followupd sends them,
// on two connections (mail/sync.go search, daemon/bodies.go), and does
// nothing with the answers: the part of a pass no client-side work can
// remove. first/floor is what followupd's own processing costs;
// floor/bare is what its protocol costs beyond the bare pass (the header
// fields, the bodies of candidates, Sent, drafts), less what the second
// connection saves. The segments are those of the first connection.
//
// The bodies are those the warm-up pass fetched, each asked for right after
// the summary batch it is in. followupd finds some only after the scan,
// once the invitations' bodies taught it the employers (daemon/bodies.go
// lookAgain): in the worst case nearly all of them. That wait counts as
// followupd's, in first/floor, not as the protocol's.
func (e *env) floor() (time.Duration, []segment, error) {
	since := e.p.End.AddDate(0, 0, -61) // followupd asks a day more (mail/sync.go searchWindow)
	began := time.Now()
	var segs []segment
	mark := began
	lap := func(name string) {
		now := time.Now()
		segs = append(segs, segment{name, now.Sub(mark)})
		mark = now
	}
	login := func() (*imapclient.Client, error) {
		c, err := imapclient.DialInsecure(e.srv.Addr(), nil)
		if err != nil {
			return nil, err
		}
		return c, c.Login(e.srv.User, e.srv.Password).Wait()
	}
	c, err := login()
	if err != nil {
		return 0, nil, err
	}
	defer c.Close()
	lap("connect, LOGIN")

	// The second connection: dialled at once (INBOX was never read),
	// searches the lower 3/8 of the UIDs, then fetches the bodies of the
	// candidates as the scan finds them, under one EXAMINE.
	type lower struct {
		uids []imap.UID
		err  error
	}
	split := make(chan imap.UID, 1)
	lowerUIDs := make(chan lower, 1)
	jobs := make(chan []imap.UID, 64)
	helperDone := make(chan error, 1)
	go func() {
		h, err := login()
		if err != nil {
			lowerUIDs <- lower{err: err}
			helperDone <- err
			return
		}
		defer h.Close()
		mid := <-split
		if _, err := h.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
			lowerUIDs <- lower{err: err}
			helperDone <- err
			return
		}
		data, err := h.UIDSearch(&imap.SearchCriteria{UID: []imap.UIDSet{{{Start: 1, Stop: mid - 1}}}, Since: since}, nil).Wait()
		if err != nil {
			lowerUIDs <- lower{err: err}
			helperDone <- err
			return
		}
		lowerUIDs <- lower{uids: data.AllUIDs()}
		if _, err := h.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
			helperDone <- err
			return
		}
		body := &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{{Peek: true}}}
		for job := range jobs {
			for batch := range slices.Chunk(job, floorBodyBatch) {
				if _, err := h.Fetch(imap.UIDSetNum(batch...), body).Collect(); err != nil {
					helperDone <- err
					return
				}
			}
		}
		helperDone <- h.Logout().Wait()
	}()

	if _, err := c.List("", "*", &imap.ListOptions{ReturnSpecialUse: true}).Collect(); err != nil {
		return 0, nil, err
	}
	lap("LIST (find Drafts, Sent)")
	sel, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return 0, nil, err
	}
	lap("INBOX: EXAMINE")
	mid := imap.UID(1 + (sel.UIDNext-1)*3/8)
	split <- mid
	data, err := c.UIDSearch(&imap.SearchCriteria{UID: []imap.UIDSet{{{Start: mid, Stop: 0}}}, Since: since}, nil).Wait()
	if err != nil {
		return 0, nil, err
	}
	low := <-lowerUIDs
	if low.err != nil {
		return 0, nil, fmt.Errorf("second connection: %w", low.err)
	}
	uids := append(low.uids, data.AllUIDs()...)
	slices.Sort(uids)
	lap("INBOX: SEARCH, 3/8 on the second connection")
	batches := slices.Collect(slices.Chunk(uids, bareBatch))
	cmd := c.Fetch(imap.UIDSetNum(batches[0]...), floorSummaryItems)
	for i, batch := range batches {
		if _, err := cmd.Collect(); err != nil {
			return 0, nil, err
		}
		if i+1 < len(batches) {
			cmd = c.Fetch(imap.UIDSetNum(batches[i+1]...), floorSummaryItems)
		}
		lo, _ := slices.BinarySearch(e.work.candidates, batch[0])
		hi, _ := slices.BinarySearch(e.work.candidates, batch[len(batch)-1]+1)
		if cands := e.work.candidates[lo:hi]; len(cands) > 0 {
			jobs <- cands
		}
	}
	close(jobs)
	lap("INBOX: FETCH summaries; bodies on the second")
	if _, err := c.Select("Sent", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return 0, nil, err
	}
	sent, err := c.UIDSearch(&imap.SearchCriteria{UID: []imap.UIDSet{{{Start: 1, Stop: 0}}}, Since: since}, nil).Wait()
	if err != nil {
		return 0, nil, err
	}
	if ids := sent.AllUIDs(); len(ids) > 0 {
		if _, err := c.Fetch(imap.UIDSetNum(ids...), floorSummaryItems).Collect(); err != nil {
			return 0, nil, err
		}
	}
	lap("Sent: EXAMINE, SEARCH, FETCH summaries")
	if err := <-helperDone; err != nil {
		return 0, nil, fmt.Errorf("second connection: %w", err)
	}
	lap(fmt.Sprintf("wait for the %d bodies", len(e.work.candidates)))
	draft := []byte("From: Sam Rivera <sam.rivera@example.org>\r\nTo: someone@example.com\r\nSubject: Thank you\r\n" +
		"Message-ID: <floor@bench.invalid>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"Thank you for your time today.\r\n")
	for range e.work.drafts {
		cmd := c.Append("Drafts", int64(len(draft)), &imap.AppendOptions{Flags: []imap.Flag{imap.FlagDraft, imap.FlagSeen}})
		if _, err := cmd.Write(draft); err != nil {
			return 0, nil, err
		}
		if err := cmd.Close(); err != nil {
			return 0, nil, err
		}
		if _, err := cmd.Wait(); err != nil {
			return 0, nil, err
		}
	}
	lap(fmt.Sprintf("APPEND %d drafts", e.work.drafts))
	if err := c.Logout().Wait(); err != nil {
		return 0, nil, err
	}
	lap("LOGOUT")
	return time.Since(began), segs, nil
}

type segment struct {
	name string
	d    time.Duration
}
