package bench

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// imapSteps times, on one connection, each IMAP command a pass sends, and
// the same FETCH with the bare items and with followupd's, so that the
// cost of what followupd asks for on top of the bare pass is visible apart
// from what it does with the answers.
func (e *env) imapSteps() (string, error) {
	var b strings.Builder
	step := func(name string, f func() error) error {
		began := time.Now()
		if err := f(); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		fmt.Fprintf(&b, "  %-58s %7.1f ms\n", name, ms(time.Since(began)))
		return nil
	}
	var c *imapclient.Client
	err := step("connect + LOGIN", func() error {
		var err error
		if c, err = imapclient.DialInsecure(e.srv.Addr(), nil); err != nil {
			return err
		}
		return c.Login(e.srv.User, e.srv.Password).Wait()
	})
	if err != nil {
		return "", err
	}
	defer c.Close()
	examine := func() error {
		_, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
		return err
	}
	if err := step("EXAMINE INBOX", examine); err != nil {
		return "", err
	}
	if err := step("EXAMINE INBOX again", examine); err != nil {
		return "", err
	}
	var uids []imap.UID
	err = step("UID SEARCH SINCE <window>", func() error {
		data, err := c.UIDSearch(&imap.SearchCriteria{Since: e.p.End.AddDate(0, 0, -61)}, nil).Wait()
		uids = data.AllUIDs()
		return err
	})
	if err != nil {
		return "", err
	}
	slices.Sort(uids)

	fetchAll := func(opts *imap.FetchOptions, batch int) func() error {
		return func() error {
			for chunk := range slices.Chunk(uids, batch) {
				if _, err := c.Fetch(imap.UIDSetNum(chunk...), opts).Collect(); err != nil {
					return err
				}
			}
			return nil
		}
	}
	bare := &imap.FetchOptions{UID: true, Envelope: true, BodyStructure: &imap.FetchItemBodyStructure{Extended: true}}
	withDate := &imap.FetchOptions{UID: true, Envelope: true, InternalDate: true, BodyStructure: &imap.FetchItemBodyStructure{Extended: true}}
	full := &imap.FetchOptions{UID: true, Envelope: true, InternalDate: true, BodyStructure: &imap.FetchItemBodyStructure{Extended: true},
		BodySection: []*imap.FetchItemBodySection{{Specifier: imap.PartSpecifierHeader, Peek: true, HeaderFields: []string{
			"Message-ID", "In-Reply-To", "References", "Date", "List-Unsubscribe", "List-Id", "Precedence", "Auto-Submitted"}}}}
	fewer := &imap.FetchOptions{UID: true, Envelope: true, InternalDate: true, BodyStructure: &imap.FetchItemBodyStructure{Extended: true},
		BodySection: []*imap.FetchItemBodySection{{Specifier: imap.PartSpecifierHeader, Peek: true, HeaderFields: []string{
			"References", "List-Unsubscribe", "List-Id", "Precedence", "Auto-Submitted"}}}}
	for _, f := range []struct {
		name string
		opts *imap.FetchOptions
	}{
		{fmt.Sprintf("FETCH %d: ENVELOPE BODYSTRUCTURE (bare)", len(uids)), bare},
		{"FETCH: + INTERNALDATE", withDate},
		{"FETCH: + BODY.PEEK[HEADER.FIELDS (8 fields)] (followupd)", full},
		{"FETCH: + BODY.PEEK[HEADER.FIELDS (5 not in ENVELOPE)]", fewer},
		{"FETCH: ENVELOPE BODYSTRUCTURE (bare) again", bare},
	} {
		if err := step(f.name, fetchAll(f.opts, bareBatch)); err != nil {
			return "", err
		}
	}
	// Bodies of as many messages as the pass reads, in its batch size.
	n := min(len(uids), e.stats.Candidates)
	candidates := uids[len(uids)-n:]
	body := &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{{Peek: true}}}
	err = step(fmt.Sprintf("FETCH BODY.PEEK[] of %d messages, batches of 50", n), func() error {
		for chunk := range slices.Chunk(candidates, 50) {
			if _, err := c.Fetch(imap.UIDSetNum(chunk...), body).Collect(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	return b.String(), c.Logout().Wait()
}
