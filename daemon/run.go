package daemon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"
)

// Setup is the part of the loop that a reload replaces as a whole.
type Setup struct {
	Settings Settings
	// Dial opens the connection of one pass.
	Dial func(ctx context.Context) (Mailbox, error)
	// Watch opens a connection that waits for new mail (IDLE); the loop
	// keeps one per watched mailbox. nil polls every mailbox instead.
	Watch func(ctx context.Context) (Watcher, error)
	// PollInterval is how often to look for new mail where the server
	// cannot push it.
	PollInterval time.Duration
}

// Defaults of the loop's timing.
const (
	// defaultDebounce gathers the wake-ups that come together (the
	// watchers of INBOX and of a Jobs folder, a server that sends EXISTS
	// twice) into one pass; it is far below what anyone would notice.
	defaultDebounce = 250 * time.Millisecond
	// idleCheck is how long a watcher waits in IDLE before it proves the
	// connection alive with a NOOP: well inside the 29 minutes after which
	// RFC 2177 lets a server drop an idle client, and short enough that
	// NAT boxes keep the connection's mapping.
	idleCheck = 2 * time.Minute
	// defaultShutdownTimeout is how long shutdown waits for the pass in
	// progress: systemd's default TimeoutStopSec is 90 s, and an APPEND
	// takes well under a second.
	defaultShutdownTimeout = 10 * time.Second
	// passTimeout bounds a pass: a connection that hangs without an error
	// (go-imap has no timeouts of its own) must not stop the daemon
	// forever. The first pass of a large mailbox takes minutes, not this.
	passTimeout = 30 * time.Minute
	// maxSleep is the longest the loop waits without looking at the
	// clock: timers run on the monotonic clock, which stands still while
	// a laptop sleeps, and a draft due during the sleep is due at wake-up.
	maxSleep = time.Minute
	// abandonTimeout is how long shutdown waits for a cancelled pass or
	// watcher to notice; past it, the process exits without them.
	abandonTimeout = 5 * time.Second
)

// Loop is the daemon: an initial pass, then one pass whenever there may be
// something to do (new mail, a feed to refresh, a draft coming due, a
// reload), retries with backoff on failure, and a two-phase shutdown.
type Loop struct {
	// Runner does the passes. Its Settings and Dial are replaced from the
	// Setup before each pass; its Store must stay open until Run returns.
	Runner *Runner
	Setup  Setup
	Clock  Clock        // nil = the system clock
	Log    *slog.Logger // nil = discard
	Notify Notifier     // nil = none
	// Watchdog is how often to send WATCHDOG=1; 0 = never.
	Watchdog time.Duration
	Health   *Health  // nil = none
	Metrics  *Metrics // nil = none
	// ShutdownTimeout is how long stopping waits for the pass in
	// progress before cancelling it; 0 = 10 s.
	ShutdownTimeout time.Duration

	debounce  time.Duration
	idleCheck time.Duration
	// pass is Runner.Pass; tests replace it.
	pass func(ctx context.Context, opts Options) (*Result, error)

	initOnce sync.Once
	base     *slog.Logger // Log, or a discarding one
	log      *slog.Logger
	clock    Clock
	wake     chan struct{} // new mail: buffered, so a burst is one wake-up
	nudge    chan struct{} // a watcher changed state: recompute the timer
	reloadCh chan struct{}
	passDone chan passOutcome

	mu        sync.Mutex
	nextSetup *Setup // from Reload, for the loop to take

	// Everything below belongs to the goroutine running serve.
	setup         Setup
	reloaded      *Setup // taken from nextSetup, applied once no pass runs
	running       *inflight
	last          *Result
	lastPassAt    time.Time
	feedDue       time.Time // the next refresh of a calendar feed
	pending       bool      // woken since the last pass started
	debounceUntil time.Time
	failed        bool
	retryAt       time.Time // no pass before this after a failure
	failingSince  time.Time
	warnedLong    bool
	lastErr       error
	retry         *backoff
	lastPermanent string
	ready         bool
	stopping      bool
	watchers      *watchGroup
	watchdogC     <-chan time.Time
	timerAt       time.Time
	timerC        <-chan time.Time
}

type inflight struct {
	start     time.Time // the pass's now
	realStart time.Time // for its duration, whatever the clock
	cancel    context.CancelFunc
}

type passOutcome struct {
	res *Result
	err error
}

// panicError is a recovered panic with the stack where it happened.
type panicError struct {
	value any
	stack []byte
}

func (p *panicError) Error() string { return fmt.Sprintf("panic: %v", p.value) }

func (l *Loop) init() {
	l.initOnce.Do(func() {
		l.base = l.Log
		if l.base == nil {
			l.base = slog.New(slog.DiscardHandler)
		}
		l.log = l.base.With("component", "loop")
		l.clock = l.Clock
		if l.clock == nil {
			l.clock = SystemClock()
		}
		if l.ShutdownTimeout <= 0 {
			l.ShutdownTimeout = defaultShutdownTimeout
		}
		if l.debounce <= 0 {
			l.debounce = defaultDebounce
		}
		if l.idleCheck <= 0 {
			l.idleCheck = idleCheck
		}
		if l.pass == nil {
			l.pass = l.Runner.Pass
		}
		l.wake = make(chan struct{}, 1)
		l.nudge = make(chan struct{}, 1)
		l.reloadCh = make(chan struct{}, 1)
		l.passDone = make(chan passOutcome, 1)
		l.retry = newBackoff(backoffMin, backoffMax)
		l.setup = l.Setup
	})
}

// Reload hands the loop a new Setup. It is applied as soon as no pass is
// running, and followed by a pass; the watchers reconnect with it. Safe to
// call from any goroutine.
func (l *Loop) Reload(s Setup) {
	l.init()
	l.mu.Lock()
	l.nextSetup = &s
	l.mu.Unlock()
	signal(l.reloadCh)
}

// signal wakes whoever reads ch, without blocking: one pending signal is
// as good as many.
func signal(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

// Run runs the loop until ctx ends, then stops taking work, gives the pass
// in progress ShutdownTimeout to finish before cancelling it, and waits
// for the watchers. It returns nil: failures are retried, never fatal.
func (l *Loop) Run(ctx context.Context) error {
	l.init()
	l.Health.configure(l.setup.Settings.Mailboxes, l.setup.Settings.Feeds, l.setup.PollInterval)
	l.watchers = l.startWatchers()
	if l.Watchdog > 0 {
		l.watchdogC = l.clock.After(l.Watchdog)
	}
	l.startPass(l.clock.Now())

	restart := newBackoff(backoffMin, backoffMax)
	for {
		err := l.serveSafely(ctx)
		if err == nil {
			break
		}
		var p *panicError
		errors.As(err, &p)
		l.log.Error("loop panicked; restarting it", "err", err, "stack", string(p.stack))
		l.Metrics.failed(kindPanic)
		select {
		case <-ctx.Done():
		case <-l.clock.After(restart.Next()):
			continue
		}
		break
	}
	l.shutdown()
	return nil
}

// serveSafely runs serve and turns a panic into an error, so that Run can
// restart the loop instead of losing the process.
func (l *Loop) serveSafely(ctx context.Context) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &panicError{value: v, stack: debug.Stack()}
		}
	}()
	l.serve(ctx)
	return nil
}

func (l *Loop) serve(ctx context.Context) {
	for {
		l.step()
		select {
		case <-ctx.Done():
			return
		case <-l.wake:
			if !l.pending {
				l.pending = true
				l.debounceUntil = l.clock.Now().Add(l.debounce)
			}
		case <-l.nudge:
		case <-l.reloadCh:
			l.mu.Lock()
			if l.nextSetup != nil {
				l.reloaded, l.nextSetup = l.nextSetup, nil
			}
			l.mu.Unlock()
		case out := <-l.passDone:
			l.finish(out)
		case <-l.watchdogC:
			if l.responsive() {
				l.notify("WATCHDOG=1")
			} else {
				l.log.Warn("a pass is stuck; not telling the watchdog", "since", l.running.start)
			}
			// Re-armed after the ping, so that whoever sees the new timer
			// (the tests' clock) also sees the ping it follows.
			l.watchdogC = l.clock.After(l.Watchdog)
		case <-l.timerC:
			l.timerC, l.timerAt = nil, time.Time{}
		}
	}
}

// step starts a pass when it is time for one, else arms the timer for the
// next. It does nothing while a pass runs: what arrives meanwhile is
// remembered and looked at when the pass ends.
func (l *Loop) step() {
	if l.running != nil {
		return
	}
	now := l.clock.Now()
	if s := l.reloaded; s != nil {
		l.reloaded = nil // taken first: a Setup that panics is not applied again and again
		l.apply(*s, now)
	}
	at := l.nextPassAt()
	if !at.IsZero() && !now.Before(at) {
		l.startPass(now)
		return
	}
	if at.IsZero() {
		l.timerC, l.timerAt = nil, time.Time{}
		return
	}
	if l.timerC != nil && l.timerAt.Equal(at) {
		return
	}
	l.timerAt = at
	l.timerC = l.clock.After(min(at.Sub(now), maxSleep))
}

// nextPassAt is when the next pass is due: after a wake-up's debounce, at
// the next draft's due time, at a feed's refresh, at the poll interval
// where a mailbox has no watcher, but never before the retry time of a
// failure. The zero time means nothing is scheduled.
func (l *Loop) nextPassAt() time.Time {
	var at time.Time
	consider := func(t time.Time) {
		if !t.IsZero() && (at.IsZero() || t.Before(at)) {
			at = t
		}
	}
	if l.pending {
		consider(l.debounceUntil)
	}
	if l.last != nil {
		if next := nextDraft(l.last.Plan, l.last.Now); next != nil {
			consider(next.Due)
		}
	}
	consider(l.feedDue)
	if l.polling() && l.setup.PollInterval > 0 {
		consider(l.lastPassAt.Add(l.setup.PollInterval))
	}
	if !l.retryAt.IsZero() {
		consider(l.retryAt)
		if at.Before(l.retryAt) {
			at = l.retryAt
		}
	}
	return at
}

// apply swaps in a reloaded Setup. A reload is the user saying "try
// again", so the slow retry of a permanent failure ends and its error is
// logged anew if it persists.
func (l *Loop) apply(s Setup, now time.Time) {
	l.setup = s
	l.Health.configure(s.Settings.Mailboxes, s.Settings.Feeds, s.PollInterval)
	l.stopWatchers(l.watchers)
	l.watchers = l.startWatchers()
	l.retryAt = time.Time{}
	l.retry.Reset()
	l.lastPermanent = ""
	l.pending, l.debounceUntil = true, now
	l.log.Info("new configuration in use")
}

// responsive reports whether the loop is doing its job: no pass running
// far longer than a pass may take.
func (l *Loop) responsive() bool {
	return l.running == nil || l.clock.Now().Sub(l.running.start) < passTimeout+time.Minute
}

func (l *Loop) startPass(now time.Time) {
	if l.Runner != nil {
		l.Runner.Settings, l.Runner.Dial = l.setup.Settings, l.setup.Dial
	}
	// Not derived from Run's ctx: shutdown lets the pass finish first.
	ctx, cancel := context.WithTimeout(context.Background(), passTimeout)
	l.running = &inflight{start: now, realStart: time.Now(), cancel: cancel}
	// A wake-up that came before this pass starts is served by it: the
	// pass reads the mailboxes after this point.
	select {
	case <-l.wake:
	default:
	}
	l.pending, l.debounceUntil = false, time.Time{}
	l.lastPassAt = now
	l.timerC, l.timerAt = nil, time.Time{}
	go func() {
		res, err := l.runPass(ctx, now)
		l.passDone <- passOutcome{res: res, err: err}
	}()
}

// runPass runs one pass and turns a panic into an error: the pass is
// retried like any failure, and the loop goes on.
func (l *Loop) runPass(ctx context.Context, now time.Time) (res *Result, err error) {
	defer func() {
		if v := recover(); v != nil {
			res, err = nil, &panicError{value: v, stack: debug.Stack()}
		}
	}()
	return l.pass(ctx, Options{Now: now})
}

// finish records the outcome of the pass that ran.
func (l *Loop) finish(out passOutcome) {
	run := l.running
	l.running = nil
	run.cancel()
	took := time.Since(run.realStart)
	if l.stopping && errors.Is(out.err, context.Canceled) {
		l.log.Info("pass abandoned at shutdown; the next start resumes it")
		return
	}
	l.Metrics.passDone(out.res, out.err, took.Seconds())
	l.Health.passDone(run.start, took, out.res, out.err, l.readFeeds())
	if out.err == nil {
		l.succeeded(run.start, out.res, took)
	} else {
		l.failedPass(run.start, out.res, out.err)
	}
	if !l.ready {
		l.notify("READY=1")
		l.ready = true
		l.log.Info("running", "status", l.status())
	}
	l.notify("STATUS=" + l.status())
}

// shutdown is the second phase of stopping: Run's ctx has ended, so no
// pass starts any more; the one in progress gets ShutdownTimeout.
func (l *Loop) shutdown() {
	l.stopping = true
	l.notify("STOPPING=1")
	l.log.Info("shutting down")
	if l.watchers != nil {
		l.watchers.cancel()
	}
	if l.running != nil {
		l.log.Info("waiting for the pass in progress", "up_to", l.ShutdownTimeout)
		select {
		case out := <-l.passDone:
			l.finish(out)
		case <-l.clock.After(l.ShutdownTimeout):
			l.log.Warn("the pass in progress did not finish in time; cancelling it", "after", l.ShutdownTimeout)
			l.running.cancel()
			select {
			case out := <-l.passDone:
				l.finish(out)
			case <-time.After(abandonTimeout):
				l.log.Error("the cancelled pass does not return; exiting without it")
			}
		}
	}
	l.stopWatchers(l.watchers)
	l.log.Info("stopped")
}
