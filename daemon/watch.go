package daemon

import (
	"context"
	"errors"
	"log/slog"
	"runtime/debug"
	"slices"
	"sync"
	"time"

	"github.com/followupd/followupd/mail"
)

// Watcher is a connection that waits for new mail in a mailbox (IMAP IDLE,
// RFC 2177). *mail.Client implements it. WaitForChange returns true when
// mail arrived, false after check with the connection proven alive, and an
// error wrapping mail.ErrNoIdle when the server cannot push.
type Watcher interface {
	WaitForChange(ctx context.Context, mailbox string, check time.Duration) (bool, error)
	Close() error
}

// watchState is what the loop needs to know of a watcher: whether it
// covers its mailbox, or the loop has to poll.
type watchState int

const (
	watchConnecting watchState = iota
	watchIdle                  // connected and waiting: new mail wakes the loop
	watchPolling               // the server has no IDLE
	watchBroken                // waiting to reconnect
)

// watchGroup is the set of watchers of one Setup; a reload replaces it.
type watchGroup struct {
	cancel context.CancelFunc
	done   chan struct{} // closed when every watcher has returned

	mu    sync.Mutex
	state map[string]watchState
}

func (g *watchGroup) set(mailbox string, s watchState) {
	g.mu.Lock()
	g.state[mailbox] = s
	g.mu.Unlock()
}

// polling reports whether some watched mailbox has no working watcher,
// so that only polling finds its new mail.
func (l *Loop) polling() bool {
	g := l.watchers
	if g == nil {
		return true
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, s := range g.state {
		if s != watchIdle {
			return true
		}
	}
	return false
}

// startWatchers starts one watcher per watched mailbox, each on its own
// connection: IDLE watches the selected mailbox only (RFC 2177), and
// NOTIFY (RFC 5465), which watches several, is rare among servers.
func (l *Loop) startWatchers() *watchGroup {
	ctx, cancel := context.WithCancel(context.Background())
	g := &watchGroup{cancel: cancel, done: make(chan struct{}), state: map[string]watchState{}}
	var mailboxes []string
	for _, mb := range l.setup.Settings.Mailboxes {
		if !slices.Contains(mailboxes, mb) {
			mailboxes = append(mailboxes, mb)
		}
	}
	for _, mb := range mailboxes {
		g.state[mb] = watchConnecting
		if l.setup.Watch == nil {
			g.state[mb] = watchPolling
		}
	}
	var wg sync.WaitGroup
	if l.setup.Watch != nil {
		for _, mb := range mailboxes {
			wg.Add(1)
			go func() {
				defer wg.Done()
				l.watch(ctx, g, mb, l.setup.Watch)
			}()
		}
	}
	go func() {
		wg.Wait()
		close(g.done)
	}()
	return g
}

// stopWatchers cancels g's watchers and waits for them a little: one that
// does not return is left behind rather than holding up a reload or the
// shutdown.
func (l *Loop) stopWatchers(g *watchGroup) {
	if g == nil {
		return
	}
	g.cancel()
	select {
	case <-g.done:
	case <-time.After(abandonTimeout):
		l.log.Warn("a mailbox watcher does not stop; leaving it")
	}
}

// watch keeps a watcher on mailbox until ctx ends, reconnecting with
// backoff after a failure and recovering from panics.
func (l *Loop) watch(ctx context.Context, g *watchGroup, mailbox string, dial func(context.Context) (Watcher, error)) {
	log := l.base.With("component", "watch", "mailbox", mailbox)
	b := newBackoff(backoffMin, backoffMax)
	var lastPermanent string
	for {
		err := l.watchSession(ctx, g, log, mailbox, dial, b)
		if ctx.Err() != nil {
			return
		}
		if errors.Is(err, mail.ErrNoIdle) {
			g.set(mailbox, watchPolling)
			signal(l.nudge)
			log.Info("the server cannot push new mail (no IDLE); polling", "every", l.setup.PollInterval)
			return
		}
		g.set(mailbox, watchBroken)
		signal(l.nudge)
		now := l.clock.Now()
		kind := errorKind(err)
		l.Metrics.failed(kind)
		l.Health.watchFailed(mailbox, now, err)
		var delay time.Duration
		switch kind {
		case kindPanic:
			delay = b.Next()
			var p *panicError
			errors.As(err, &p)
			log.Error("watcher panicked; restarting it", "err", err, "retry_in", delay, "stack", string(p.stack))
		case kindTemporary:
			delay = b.Next()
			log.Debug("watcher lost its connection; reconnecting", "err", err, "retry_in", delay)
		default:
			// The pass meets the same error and logs it at error level,
			// with what to do; once is enough for the watchers.
			delay = permanentRetry
			if msg := err.Error(); msg != lastPermanent {
				lastPermanent = msg
				log.Warn("cannot watch the mailbox; polling until this is fixed", "err", err, "retry_in", delay)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-l.clock.After(delay):
		}
	}
}

// watchSession is one connection of a watcher, from dial to the error
// that ends it.
func (l *Loop) watchSession(ctx context.Context, g *watchGroup, log *slog.Logger, mailbox string,
	dial func(context.Context) (Watcher, error), b *backoff) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &panicError{value: v, stack: debug.Stack()}
		}
	}()
	w, err := dial(ctx)
	if err != nil {
		return err
	}
	defer w.Close()
	g.set(mailbox, watchIdle)
	signal(l.nudge)
	// The first call EXAMINEs the mailbox and reports a change: mail that
	// came while no watcher was connected (between the last pass and now,
	// or during an outage) has woken nobody, so a pass follows.
	for first := true; ; first = false {
		changed, err := w.WaitForChange(ctx, mailbox, l.idleCheck)
		if err != nil {
			return err
		}
		if !first {
			// A session that outlives its first command is healthy; one
			// that the server drops right after login keeps backing off.
			b.Reset()
		}
		if changed {
			log.Debug("new mail")
			signal(l.wake)
		} else {
			l.Health.watchOK(mailbox, l.clock.Now())
		}
	}
}
