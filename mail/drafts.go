package mail

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-message/textproto"
)

// draftFlags mark an APPENDed draft: \Draft so that mail clients offer it
// for editing, \Seen so that the user's own draft does not show as unread
// (RFC 3501 §2.3.2, §6.3.11).
var draftFlags = []imap.Flag{imap.FlagDraft, imap.FlagSeen}

// Writing is limited to APPEND on purpose. followupd never sends STORE,
// COPY, MOVE (RFC 6851), EXPUNGE, CREATE or DELETE: the user's mail is not
// its to change. Reading goes through EXAMINE and BODY.PEEK.

// AppendDraft APPENDs raw to mailbox with the flags \Draft and \Seen and
// INTERNALDATE date (the zero time lets the server use now). It is the only
// write followupd makes to the user's mailbox. The UID and UIDVALIDITY come
// from the APPENDUID response code (RFC 4315 §3) when the server has
// UIDPLUS; otherwise the mailbox is EXAMINEd and searched for raw's
// Message-ID. uid is 0 when neither works (no UIDPLUS and no Message-ID in
// raw); the message was appended all the same.
//
// A missing mailbox (TRYCREATE) wraps ErrNoMailbox: AppendDraft never
// creates one. After an error other than a NO the outcome is unknown; look
// for the Message-ID with FindMessageID before appending again.
func (c *Client) AppendDraft(ctx context.Context, mailbox string, raw []byte, date time.Time) (uidValidity, uid uint32, err error) {
	err = c.do(ctx, "append to "+mailbox, func() error {
		cmd := c.c.Append(mailbox, int64(len(raw)), &imap.AppendOptions{Flags: draftFlags, Time: date})
		_, werr := cmd.Write(raw)
		cerr := cmd.Close()
		data, err := cmd.Wait()
		if err != nil {
			return mailboxError(err, false)
		}
		if werr != nil {
			return wrapIMAPError(werr)
		}
		if cerr != nil {
			return wrapIMAPError(cerr)
		}
		if data.UID != 0 && data.UIDValidity != 0 {
			uidValidity, uid = data.UIDValidity, uint32(data.UID)
			return nil
		}

		// No UIDPLUS: find what we just added.
		sel, err := c.examine(mailbox)
		if err != nil {
			return err
		}
		uidValidity = sel.UIDValidity
		if id := rawMessageID(raw); id != "" {
			uid, _, err = c.searchMessageID(id)
		}
		return err
	})
	if err != nil {
		return 0, 0, err
	}
	c.log.Debug("imap draft appended", "mailbox", mailbox, "uid", uid, "uidvalidity", uidValidity)
	return uidValidity, uid, nil
}

// FindMessageID looks in mailbox for a message whose Message-ID is id
// (without angle brackets) and returns its UID; with several, the highest.
// The draft journal uses it after a crash between recording an intent and
// recording the APPEND's UID.
func (c *Client) FindMessageID(ctx context.Context, mailbox, id string) (uid uint32, found bool, err error) {
	err = c.do(ctx, "search "+mailbox+" for message-id", func() error {
		if _, err := c.examine(mailbox); err != nil {
			return err
		}
		uid, found, err = c.searchMessageID(id)
		return err
	})
	return uid, found, err
}

// FindMessageIDs looks in mailbox, among the messages that arrived on or
// after the day before since, for the messages whose Message-IDs are ids
// (without angle brackets) and returns the UID of each one found; with
// several for one id, the highest. A pass uses it to read the message a
// newly fetched reply answers, skipped when it arrived. One UID SEARCH asks
// for all of them (OR of HEADER criteria, RFC 3501 §6.4.4); HEADER
// matches substrings, so the Message-ID fields of the matches are fetched
// and compared exactly. An id that is not a valid msg-id is skipped. If
// the mailbox's UIDVALIDITY is not uidValidity (0: any), it returns
// ErrUIDValidity.
func (c *Client) FindMessageIDs(ctx context.Context, mailbox string, uidValidity uint32, since time.Time, ids []string) (map[string]uint32, error) {
	var keys []imap.SearchCriteria
	want := map[string]bool{}
	for _, id := range ids {
		if p := ParseMessageIDs("<" + id + ">"); len(p) != 1 || p[0] != id || want[id] {
			continue
		}
		want[id] = true
		keys = append(keys, imap.SearchCriteria{
			Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: "<" + id + ">"}},
		})
	}
	found := map[string]uint32{}
	if len(keys) == 0 {
		return found, nil
	}
	// OR takes two keys (RFC 3501 §6.4.4): a chain of them asks for any.
	criteria := keys[0]
	for _, k := range keys[1:] {
		criteria = imap.SearchCriteria{Or: [][2]imap.SearchCriteria{{criteria, k}}}
	}
	if !since.IsZero() {
		criteria.Since = since.AddDate(0, 0, -1) // as searchWindow
	}
	err := c.do(ctx, "search "+mailbox+" for message-ids", func() error {
		sel, err := c.examine(mailbox)
		if err != nil {
			return err
		}
		if uidValidity != 0 && uidValidity != sel.UIDValidity {
			return fmt.Errorf("%w: was %d, is %d", ErrUIDValidity, uidValidity, sel.UIDValidity)
		}
		data, err := c.c.UIDSearch(&criteria, nil).Wait()
		if err != nil {
			return wrapIMAPError(err)
		}
		set, _ := data.All.(imap.UIDSet)
		cands, ok := set.Nums()
		if !ok || len(cands) == 0 {
			return nil
		}
		msgs, err := c.c.Fetch(set, &imap.FetchOptions{
			UID:         true,
			BodySection: []*imap.FetchItemBodySection{messageIDSection},
		}).Collect()
		if err != nil {
			return wrapIMAPError(err)
		}
		for _, m := range msgs {
			raw := m.FindBodySection(messageIDSection)
			id := rawMessageID(append(bytes.TrimRight(raw, "\r\n"), "\r\n\r\n"...))
			if want[id] && uint32(m.UID) > found[id] {
				found[id] = uint32(m.UID)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return found, nil
}

// searchMessageID runs UID SEARCH HEADER Message-ID "<id>" in the selected
// mailbox. HEADER matches substrings (RFC 3501 §6.4.4), so the candidates'
// Message-ID fields are fetched and compared exactly.
func (c *Client) searchMessageID(id string) (uint32, bool, error) {
	ids := ParseMessageIDs("<" + id + ">")
	if len(ids) != 1 || ids[0] != id {
		return 0, false, fmt.Errorf("invalid message-id %q", id)
	}
	criteria := &imap.SearchCriteria{
		Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: "<" + id + ">"}},
	}
	data, err := c.c.UIDSearch(criteria, nil).Wait()
	if err != nil {
		return 0, false, wrapIMAPError(err)
	}
	set, _ := data.All.(imap.UIDSet)
	cands, ok := set.Nums()
	if !ok || len(cands) == 0 {
		return 0, false, nil
	}
	uids := make([]uint32, len(cands))
	for i, u := range cands {
		uids[i] = uint32(u)
	}
	slices.Sort(uids)

	msgs, err := c.c.Fetch(uidSet(uids), &imap.FetchOptions{
		UID:         true,
		BodySection: []*imap.FetchItemBodySection{messageIDSection},
	}).Collect()
	if err != nil {
		return 0, false, wrapIMAPError(err)
	}
	var best uint32
	for _, m := range msgs {
		raw := m.FindBodySection(messageIDSection)
		if rawMessageID(append(bytes.TrimRight(raw, "\r\n"), "\r\n\r\n"...)) == id && uint32(m.UID) > best {
			best = uint32(m.UID)
		}
	}
	return best, best != 0, nil
}

var messageIDSection = &imap.FetchItemBodySection{
	Specifier:    imap.PartSpecifierHeader,
	HeaderFields: []string{"Message-ID"},
	Peek:         true,
}

// rawMessageID returns the Message-ID of a message's header, without angle
// brackets, or "".
func rawMessageID(raw []byte) string {
	h, err := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(raw)))
	if err != nil {
		return ""
	}
	if ids := ParseMessageIDs(h.Get("Message-Id")); len(ids) > 0 {
		return ids[0]
	}
	return ""
}
