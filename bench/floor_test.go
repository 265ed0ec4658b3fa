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

// followupd's FETCH items (mail/sync.go summaryFetchOptions).
var floorSummaryItems = &imap.FetchOptions{
	UID: true, Envelope: true, InternalDate: true,
	BodyStructure: &imap.FetchItemBodyStructure{Extended: true},
	BodySection: []*imap.FetchItemBodySection{{
		Specifier: imap.PartSpecifierHeader, Peek: true,
		HeaderFields: []string{"Message-ID", "In-Reply-To", "References", "Date", "List-Unsubscribe", "List-Id", "Precedence", "Auto-Submitted"},
	}},
}

// floor sends the IMAP commands of a first pass as followupd sends them,
// on one connection, and does nothing with the answers: the part of a
// pass no client-side work can remove. first/floor is what followupd's own
// processing costs; floor/bare is what its protocol costs beyond the
// bare pass (header fields, the bodies of candidates, Sent, drafts).
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
	c, err := imapclient.DialInsecure(e.srv.Addr(), nil)
	if err != nil {
		return 0, nil, err
	}
	defer c.Close()
	if err := c.Login(e.srv.User, e.srv.Password).Wait(); err != nil {
		return 0, nil, err
	}
	lap("connect, LOGIN")
	if _, err := c.List("", "*", &imap.ListOptions{ReturnSpecialUse: true}).Collect(); err != nil {
		return 0, nil, err
	}
	window := func(mailbox string) error {
		if _, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
			return err
		}
		data, err := c.UIDSearch(&imap.SearchCriteria{UID: []imap.UIDSet{{{Start: 1, Stop: 0}}}, Since: since}, nil).Wait()
		if err != nil {
			return err
		}
		uids := data.AllUIDs()
		slices.Sort(uids)
		for batch := range slices.Chunk(uids, bareBatch) {
			if _, err := c.Fetch(imap.UIDSetNum(batch...), floorSummaryItems).Collect(); err != nil {
				return err
			}
		}
		return nil
	}
	lap("LIST (find Drafts, Sent)")
	if err := window("INBOX"); err != nil {
		return 0, nil, fmt.Errorf("INBOX: %w", err)
	}
	lap("INBOX: EXAMINE, SEARCH, FETCH summaries")
	if _, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return 0, nil, err
	}
	body := &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{{Peek: true}}}
	for batch := range slices.Chunk(e.work.candidates, 50) {
		if _, err := c.Fetch(imap.UIDSetNum(batch...), body).Collect(); err != nil {
			return 0, nil, fmt.Errorf("bodies: %w", err)
		}
	}
	lap(fmt.Sprintf("INBOX: EXAMINE, FETCH %d bodies", len(e.work.candidates)))
	if err := window("Sent"); err != nil {
		return 0, nil, fmt.Errorf("Sent: %w", err)
	}
	lap("Sent: EXAMINE, SEARCH, FETCH summaries")
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
