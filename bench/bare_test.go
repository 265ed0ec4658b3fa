package bench

import (
	"fmt"
	"slices"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// bareBatch matches mail's summary batch, so that both sides send the
// same number of FETCH commands.
const bareBatch = 500

// bareResult is what a bare pass saw.
type bareResult struct {
	wall     time.Duration
	searched int // UIDs the SEARCH returned
	fetched  int // FETCH responses with an envelope
}

// bare is the floor a pass is measured against: the IMAP work that reading
// the window cannot avoid, done by a plain go-imap client in this process.
// It logs in, EXAMINEs INBOX, searches the window, FETCHes ENVELOPE and
// BODYSTRUCTURE of every hit in batches, and logs out. No parsing beyond
// go-imap's own, no state, no Sent folder, no process start.
func (e *env) bare() (bareResult, error) {
	since := e.p.End.AddDate(0, 0, -60)
	began := time.Now()
	c, err := imapclient.DialInsecure(e.srv.Addr(), nil)
	if err != nil {
		return bareResult{}, err
	}
	defer c.Close()
	if err := c.Login(e.srv.User, e.srv.Password).Wait(); err != nil {
		return bareResult{}, fmt.Errorf("login: %w", err)
	}
	if _, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return bareResult{}, fmt.Errorf("examine: %w", err)
	}
	data, err := c.UIDSearch(&imap.SearchCriteria{Since: since}, nil).Wait()
	if err != nil {
		return bareResult{}, fmt.Errorf("search: %w", err)
	}
	uids := data.AllUIDs()
	slices.Sort(uids)
	res := bareResult{searched: len(uids)}
	opts := &imap.FetchOptions{UID: true, Envelope: true, BodyStructure: &imap.FetchItemBodyStructure{Extended: true}}
	for batch := range slices.Chunk(uids, bareBatch) {
		cmd := c.Fetch(imap.UIDSetNum(batch...), opts)
		for msg := cmd.Next(); msg != nil; msg = cmd.Next() {
			buf, err := msg.Collect()
			if err != nil {
				cmd.Close()
				return res, fmt.Errorf("fetch: %w", err)
			}
			if buf.Envelope != nil {
				res.fetched++
			}
		}
		if err := cmd.Close(); err != nil {
			return res, fmt.Errorf("fetch: %w", err)
		}
	}
	if err := c.Logout().Wait(); err != nil {
		return res, fmt.Errorf("logout: %w", err)
	}
	res.wall = time.Since(began)
	return res, nil
}
