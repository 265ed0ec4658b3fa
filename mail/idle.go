package mail

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// ErrNoIdle: the server does not advertise IDLE (RFC 2177, part of
// IMAP4rev2). WaitForChange returns it at once, before any I/O; the caller
// polls instead.
var ErrNoIdle = errors.New("server does not support IDLE")

// defaultWatchCheck is WaitForChange's check when the caller passes none.
// RFC 2177 §3 lets servers log off an idling client after their
// inactivity timeout (at least 30 minutes) and advises re-issuing IDLE at
// least every 29; a health check every two minutes restarts it far more
// often and notices a dead peer in time.
const defaultWatchCheck = 2 * time.Minute

// watchAnswerTimeout bounds every round trip WaitForChange makes (EXAMINE,
// the start of IDLE, DONE, NOOP). go-imap waits for answers without a
// deadline, and a peer that vanished without a RST (a laptop that slept, a
// NAT that forgot the flow) never answers: the connection is closed
// instead. A variable for the tests.
var watchAnswerTimeout = 30 * time.Second

// WaitForChange blocks until mailbox changes and returns true, or until
// check passes on a quiet connection, when it proves the connection alive
// with NOOP and returns false, nil. True means "sync mailbox now": the
// server reported a new message (EXISTS), an expunge or a flag change
// (FETCH), or the mailbox had to be EXAMINEd and may have changed unseen.
//
// It uses IDLE (RFC 2177) and returns ErrNoIdle at once when the server
// lacks it. The mailbox is EXAMINEd (read-only: watching never changes
// flags) on the first call and whenever the Client had selected another
// one. The first EXAMINE of a mailbox on a Client returns true right away:
// the connection cannot tell what arrived before it from what the caller
// already synced, so it says "unknown", not "nothing". From then on the
// server reports every change (untagged EXISTS and EXPUNGE while idling,
// RFC 2177 §3; the NOOP that starts each call collects what came between
// calls), so none is missed; a later re-EXAMINE reports true only if
// UIDVALIDITY, UIDNEXT or the message count moved. A change reported
// while IDLE is being stopped may make the next call return true at once:
// a spare sync, never a lost one. Use a Client dedicated to watching: one
// that also syncs other mailboxes works, but EXAMINEs on every call.
//
// check <= 0 means two minutes; a dead connection is noticed within check
// plus 30 s (the bound on each answer), or sooner by TCP keepalive or a
// reset. A broken connection gives a temporary error wrapping
// ErrConnection: dial again. When ctx ends the connection is closed and
// the error wraps ctx.Err(), as for every method.
func (c *Client) WaitForChange(ctx context.Context, mailbox string, check time.Duration) (bool, error) {
	op := "watch " + mailbox
	if !c.caps.Has(imap.CapIdle) { // IMAP4rev2 implies IDLE
		return false, fmt.Errorf("%s: %w", op, ErrNoIdle)
	}
	if check <= 0 {
		check = defaultWatchCheck
	}
	var changed bool
	err := c.do(ctx, op, func() error {
		var err error
		changed, err = c.watch(ctx, mailbox, check)
		return err
	})
	if err != nil {
		return false, err
	}
	return changed, nil
}

// watch is WaitForChange inside c.do.
func (c *Client) watch(ctx context.Context, mailbox string, check time.Duration) (bool, error) {
	// Reported since the last call, in the answer to its NOOP or DONE.
	if c.watching == mailbox && c.takeChange() {
		return true, nil
	}

	// NOOP first. It collects what changed since the last call: Dovecot
	// would report that when IDLE starts too, but RFC 2177 does not
	// promise it, and go-imap's imapserver does not. And once it is
	// answered, go-imap's record of the selected mailbox is up to date:
	// it updates that record only after a SELECT's caller was woken.
	if err := c.answerWithin("noop", func() error { return wrapIMAPError(c.c.Noop().Wait()) }); err != nil {
		return false, err
	}
	if sel := c.c.Mailbox(); c.watching != mailbox || sel == nil || !sameMailbox(sel.Name, mailbox) {
		changed, err := c.startWatching(mailbox)
		if err != nil || changed {
			return changed, err
		}
	} else if c.takeChange() {
		return true, nil
	}

	var idle *imapclient.IdleCommand
	err := c.answerWithin("idle", func() error {
		var err error
		idle, err = c.c.Idle()
		return wrapIMAPError(err)
	})
	if err != nil {
		return false, err
	}
	c.log.Debug("imap watch: idling", "mailbox", mailbox)

	timer := time.NewTimer(check)
	defer timer.Stop()
	select {
	case <-c.changed:
		if err := c.stopIdle(idle, false); err != nil {
			return false, err
		}
		// Whatever else arrived until DONE was answered is older than
		// the sync the caller does now.
		c.takeChange()
		c.log.Debug("imap watch: change", "mailbox", mailbox)
		return true, nil
	case <-timer.C:
		// Leave IDLE and prove the connection alive; ending IDLE every
		// check also keeps it far below the 29 minutes of RFC 2177 §3.
		if err := c.stopIdle(idle, true); err != nil {
			return false, err
		}
		return c.takeChange(), nil
	case <-c.c.Closed():
		// go-imap's reader has stopped, and with it the IDLE command;
		// Close returns why the reader stopped, if not plain EOF.
		err := c.c.Close()
		if errors.Is(err, net.ErrClosed) {
			err = nil
		}
		return false, lostConnection("idle", err)
	case <-ctx.Done():
		// c.do closes the connection too, but may lose the race
		// against its own stop; an IDLE left running would wedge the
		// Client.
		c.c.Close()
		return false, ctx.Err()
	}
}

// watchState is what EXAMINE said about a watched mailbox (RFC 3501
// §6.3.1: EXISTS, UIDNEXT, UIDVALIDITY).
type watchState struct {
	uidValidity uint32
	uidNext     imap.UID
	exists      uint32
}

// startWatching EXAMINEs mailbox and reports whether it may have changed
// unseen: always the first time on this Client, since what arrived before
// cannot be told apart from what the caller synced ("unknown", not
// "nothing"); later only if the mailbox's state differs from the last
// EXAMINE here, so that a Client that also syncs other mailboxes does not
// report a change each time it comes back.
func (c *Client) startWatching(mailbox string) (bool, error) {
	c.watching = ""
	var sel *imap.SelectData
	err := c.answerWithin("examine", func() error {
		var err error
		sel, err = c.examine(mailbox)
		return err
	})
	if err != nil {
		return false, err
	}
	c.watching = mailbox
	// Reports so far were about what was selected before, or are
	// counted in sel.
	c.takeChange()

	if c.watched == nil {
		c.watched = make(map[string]watchState)
	}
	key := mailbox
	if strings.EqualFold(key, "INBOX") {
		key = "INBOX"
	}
	prev, seen := c.watched[key]
	now := watchState{uidValidity: sel.UIDValidity, uidNext: sel.UIDNext, exists: sel.NumMessages}
	c.watched[key] = now
	c.log.Debug("imap watch: examined", "mailbox", mailbox, "first", !seen, "changed", prev != now)
	return !seen || prev != now, nil
}

// sameMailbox compares names; INBOX is case-insensitive (RFC 3501 §5.1).
func sameMailbox(a, b string) bool {
	return a == b || strings.EqualFold(a, "INBOX") && strings.EqualFold(b, "INBOX")
}

// stopIdle sends DONE and waits for IDLE's tagged answer, then, with noop,
// sends NOOP (RFC 3501 §6.1.2), all within watchAnswerTimeout.
func (c *Client) stopIdle(idle *imapclient.IdleCommand, noop bool) error {
	return c.answerWithin("done", func() error {
		err := idle.Close()
		if err == nil {
			err = idle.Wait()
		}
		if err == nil && noop {
			err = c.c.Noop().Wait()
		}
		return wrapIMAPError(err)
	})
}

// answerWithin runs f, which waits for the server, and closes the
// connection when the server has not answered within watchAnswerTimeout.
// Closing fails f's pending command, so f always returns before
// answerWithin does.
func (c *Client) answerWithin(op string, f func() error) error {
	done := make(chan error, 1)
	go func() { done <- f() }()
	timer := time.NewTimer(watchAnswerTimeout)
	defer timer.Stop()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
		return nil
	case <-timer.C:
		c.c.Close()
		<-done
		return fmt.Errorf("%s: %w: no answer within %v", op, ErrConnection, watchAnswerTimeout)
	}
}

// lostConnection is the error for a connection that closed under IDLE;
// err is what stopping IDLE returned, possibly nil.
func lostConnection(op string, err error) error {
	if err == nil {
		return fmt.Errorf("%s: %w: closed by the server", op, ErrConnection)
	}
	if err = wrapIMAPError(err); errors.Is(err, ErrConnection) {
		return fmt.Errorf("%s: %w", op, err)
	}
	return fmt.Errorf("%s: %w: %w", op, ErrConnection, err)
}

// takeChange reports and clears a pending change signal.
func (c *Client) takeChange() bool {
	select {
	case <-c.changed:
		return true
	default:
		return false
	}
}

// changeHandler receives the server's unilateral data (go-imap calls it
// from its reader) and signals changed without blocking: one pending
// signal is as good as many. EXISTS means new mail (RFC 3501 §7.3.1),
// EXPUNGE a removed message (§7.4.1), FETCH changed flags (§7.4.2).
func changeHandler(changed chan<- struct{}) *imapclient.UnilateralDataHandler {
	signal := func() {
		select {
		case changed <- struct{}{}:
		default:
		}
	}
	return &imapclient.UnilateralDataHandler{
		Expunge: func(uint32) { signal() },
		Mailbox: func(d *imapclient.UnilateralDataMailbox) {
			if d.NumMessages != nil {
				signal()
			}
		},
		Fetch: func(msg *imapclient.FetchMessageData) {
			// go-imap runs this in a goroutine of its own, and its
			// reader waits until the message's items are consumed.
			_, _ = msg.Collect()
			signal()
		},
	}
}
