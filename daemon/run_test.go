package daemon

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/followupd/followupd/internal/sample"
	"github.com/followupd/followupd/mail"
	"github.com/followupd/followupd/rules"
)

var t0 = time.Date(2026, 12, 2, 16, 5, 0, 0, sample.Location())

// loopRig runs a Loop with a fake clock, fake passes and fake watchers.
type loopRig struct {
	t      *testing.T
	clock  *fakeClock
	passes *fakePasser
	watch  *fakeWatch
	logs   *logRecorder
	notes  *notes
	loop   *Loop
	cancel context.CancelFunc
	done   chan struct{}
}

// startLoop starts a loop on setup; watchers are fake unless setup says
// to poll (set Watch to nil through tweak).
func startLoop(t *testing.T, setup Setup, tweak func(*Loop)) *loopRig {
	t.Helper()
	r := &loopRig{t: t, clock: newFakeClock(t0), passes: newFakePasser(), watch: newFakeWatch(),
		logs: &logRecorder{}, notes: newNotes(), done: make(chan struct{})}
	if setup.Watch == nil {
		setup.Watch = r.watch.dial
	}
	if setup.PollInterval == 0 {
		setup.PollInterval = 5 * time.Minute
	}
	r.loop = &Loop{
		Runner:  &Runner{},
		Setup:   setup,
		Clock:   r.clock,
		Log:     r.logs.logger(),
		Notify:  r.notes,
		Health:  NewHealth(r.clock),
		Metrics: NewMetrics(),
	}
	r.loop.pass = r.passes.pass
	if tweak != nil {
		tweak(r.loop)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	go func() {
		r.loop.Run(ctx)
		close(r.done)
	}()
	t.Cleanup(func() {
		r.stop()
		if t.Failed() {
			r.logs.dump(t)
		}
	})
	return r
}

// stop ends the loop, answering what it still waits for.
func (r *loopRig) stop() {
	r.cancel()
	deadline := time.After(testTimeout)
	for {
		select {
		case <-r.done:
			return
		case c := <-r.passes.calls:
			c.fail(context.Canceled)
		case <-time.After(10 * time.Millisecond):
			// Shutdown may be waiting on the fake clock.
			r.clock.Advance(time.Minute)
		case <-deadline:
			r.t.Fatalf("the loop did not stop within %v", testTimeout)
		}
	}
}

func withMailboxes(mbs ...string) Setup {
	return Setup{Settings: Settings{Mailboxes: mbs, Schedule: rules.Schedule{Location: sample.Location()}}}
}

func polling(l *Loop) { l.Setup.Watch = nil }

// waitNote waits until the loop has sent n states starting with prefix
// (it sends STATUS= at the end of every pass) and returns the n-th.
func (r *loopRig) waitNote(prefix string, n int) string {
	r.t.Helper()
	deadline := time.After(testTimeout)
	for {
		var got []string
		for _, s := range r.notes.all() {
			if strings.HasPrefix(s, prefix) {
				got = append(got, s)
			}
		}
		if len(got) >= n {
			return got[n-1]
		}
		select {
		case <-r.notes.sent:
		case <-deadline:
			r.t.Fatalf("no %q number %d from the loop within %v; sent: %q", prefix, n, testTimeout, r.notes.all())
		}
	}
}

// TestLoopCoalescesWakes: the watchers of three mailboxes report new mail
// at the same moment; the loop runs one pass for all of it, not three.
func TestLoopCoalescesWakes(t *testing.T) {
	r := startLoop(t, withMailboxes("INBOX", "Jobs", "Recruiters"), nil)

	first := r.passes.next(t)
	if !first.opts.Now.Equal(t0) {
		t.Errorf("first pass at %s, want %s", first.opts.Now, t0)
	}
	var ws []*fakeWatcher
	for range 3 {
		ws = append(ws, r.watch.next(t))
	}
	calls := make([]waitCall, len(ws))
	for i, w := range ws {
		calls[i] = w.wait(t)
	}

	// Round 1: the watchers' first WaitForChange (EXAMINE) reports a change
	// while the first pass runs. Round 2: three new messages at once.
	for round := 1; round <= 2; round++ {
		mark := r.clock.mark()
		for i, w := range ws {
			calls[i].reply <- waitReply{changed: true}
			calls[i] = w.wait(t) // it has signalled the loop, and waits again
		}
		if round == 1 {
			first.ok(nil)
			r.waitNote("STATUS=", 1)
		}
		if d := r.clock.waitTimer(t, mark); d != defaultDebounce {
			t.Fatalf("round %d: the loop waits %v, want the debounce %v", round, d, defaultDebounce)
		}
		r.passes.none(t)
		r.clock.Advance(defaultDebounce)
		c := r.passes.next(t)
		if !c.opts.Now.Equal(r.clock.Now()) {
			t.Errorf("round %d: pass at %s, want now (%s)", round, c.opts.Now, r.clock.Now())
		}
		c.ok(nil)
		r.waitNote("STATUS=", round+1)
	}
	r.passes.none(t)
	if got := testutil.ToFloat64(r.loop.Metrics.passes.WithLabelValues("ok")); got != 3 {
		t.Errorf("%v passes, want 3: the first and one per round", got)
	}
}

// TestLoopWakesAtNextDue: with nothing else to do, the loop sleeps until
// the next planned draft is due, not a minute less, and passes then.
func TestLoopWakesAtNextDue(t *testing.T) {
	setup := withMailboxes("INBOX")
	setup.PollInterval = 24 * time.Hour
	r := startLoop(t, setup, polling)

	due := t0.Add(3 * time.Hour)
	mark := r.clock.mark()
	r.passes.next(t).ok(&Result{Now: t0, Plan: []rules.Item{
		{InterviewID: "old", Rule: "thank-you", Due: t0.Add(-time.Hour), Status: rules.StatusDone},
		{InterviewID: "iv", Rule: "check-in", Due: t0.Add(30 * time.Hour), Status: rules.StatusScheduled},
		{InterviewID: "iv", Rule: "thank-you", Due: due, Status: rules.StatusScheduled},
		{InterviewID: "gone", Rule: "thank-you", Due: t0.Add(time.Hour), Status: rules.StatusSuppressed},
	}})
	if s := r.waitNote("STATUS=", 1); s != "STATUS=0 interviews, next draft Wed 19:05" {
		t.Errorf("status %q", s)
	}
	// The loop looks at the clock every maxSleep, because timers stand
	// still while a laptop sleeps; it passes only when the draft is due.
	for _, step := range []time.Duration{due.Sub(t0) - 2*time.Minute, time.Minute, time.Minute} {
		if d := r.clock.waitTimer(t, mark); d != maxSleep {
			t.Fatalf("at %s the loop waits %v, want %v", r.clock.Now(), d, maxSleep)
		}
		r.passes.none(t)
		mark = r.clock.mark()
		r.clock.Advance(step)
	}
	c := r.passes.next(t)
	if !c.opts.Now.Equal(due) {
		t.Fatalf("pass at %s, want at the due time %s", c.opts.Now, due)
	}
	c.ok(nil)
}

// TestLoopPollsWithoutIdle: a server without IDLE is polled every
// poll interval.
func TestLoopPollsWithoutIdle(t *testing.T) {
	r := startLoop(t, withMailboxes("INBOX"), nil)
	// Every timer of this test is maxSleep from t0 until the first poll,
	// so any one armed from here on will do.
	mark := r.clock.mark()
	r.passes.next(t).ok(nil)
	r.waitNote("STATUS=", 1)
	w := r.watch.next(t)
	w.wait(t).reply <- waitReply{err: fmt.Errorf("watch INBOX: %w", mail.ErrNoIdle)}
	select {
	case <-w.closed:
	case <-time.After(testTimeout):
		t.Fatal("the watcher's connection was not closed")
	}
	for i := 1; i <= 2; i++ {
		// 5 minutes in steps of at most maxSleep.
		for elapsed := time.Duration(0); elapsed < 5*time.Minute; {
			d := r.clock.waitTimer(t, mark)
			mark = r.clock.mark()
			r.passes.none(t)
			r.clock.Advance(d)
			elapsed += d
		}
		c := r.passes.next(t)
		if want := t0.Add(time.Duration(i) * 5 * time.Minute); !c.opts.Now.Equal(want) {
			t.Errorf("poll %d at %s, want %s", i, c.opts.Now, want)
		}
		mark = r.clock.mark()
		c.ok(nil)
	}
	r.logs.wait(t, slog.LevelInfo, "no IDLE", 1)
	if n := len(r.logs.find(slog.LevelInfo, "no IDLE")); n != 1 {
		t.Errorf("%d info lines about the missing IDLE, want 1", n)
	}
}

// TestLoopBackoff: temporary failures are retried after 1 s, 2 s, 4 s...
// (with up to 20% jitter), quietly, and a successful pass resets the delay.
func TestLoopBackoff(t *testing.T) {
	setup := withMailboxes("INBOX")
	setup.PollInterval = 24 * time.Hour
	r := startLoop(t, setup, polling)
	temporary := fmt.Errorf("fetch INBOX: %w: connection reset by peer", mail.ErrConnection)

	retries := func(n int) {
		t.Helper()
		base := time.Second
		for i := range n {
			mark := r.clock.mark()
			r.passes.next(t).fail(temporary)
			d := r.clock.waitTimer(t, mark)
			if d < base || d > base+base/5 {
				t.Fatalf("retry %d after %v, want %v plus up to 20%%", i+1, d, base)
			}
			r.clock.Advance(d)
			base *= 2
		}
	}
	retries(5)
	mark := r.clock.mark()
	r.passes.next(t).ok(nil)
	r.clock.waitTimer(t, mark)
	r.loop.Reload(setup) // a pass now, to fail again
	retries(2)
	r.passes.next(t).ok(nil)

	if n := len(r.logs.find(slog.LevelWarn, "")); n != 0 {
		t.Errorf("%d warnings or errors for temporary failures, want none", n)
	}
	if got := testutil.ToFloat64(r.loop.Metrics.errors.WithLabelValues(kindTemporary)); got != 7 {
		t.Errorf("errors_total{kind=temporary} = %v, want 7", got)
	}
}

// TestLoopPermanentError: a rejected password is logged once, at error
// level, with what to do; the loop retries every 15 minutes, not in a
// tight loop, and at once after a reload.
func TestLoopPermanentError(t *testing.T) {
	setup := withMailboxes("INBOX")
	setup.PollInterval = time.Minute // must not make it retry sooner
	r := startLoop(t, setup, polling)
	authErr := fmt.Errorf("connect to imap.example.org:993: authenticate as sam: %w: NO [AUTHENTICATIONFAILED]", mail.ErrAuth)

	for attempt := range 3 {
		mark := r.clock.mark()
		c := r.passes.next(t)
		if want := t0.Add(time.Duration(attempt) * permanentRetry); !c.opts.Now.Equal(want) {
			t.Fatalf("attempt %d at %s, want %s", attempt+1, c.opts.Now, want)
		}
		c.fail(authErr)
		for waited := time.Duration(0); waited < permanentRetry; {
			d := r.clock.waitTimer(t, mark)
			mark = r.clock.mark()
			r.passes.none(t)
			r.clock.Advance(d)
			waited += d
		}
	}
	errs := r.logs.find(slog.LevelError, "")
	if len(errs) != 1 {
		t.Fatalf("%d error lines for 3 identical failures, want 1", len(errs))
	}
	if fix := errs[0].attrs["fix"]; !strings.Contains(fix, "imap.username") || !strings.Contains(fix, "password") {
		t.Errorf("the error says to %q; want imap.username and the password command", fix)
	}
	if s := r.notes.all(); !strings.Contains(strings.Join(s, "\n"), "STATUS=last pass failed") {
		t.Errorf("no failure in the status: %q", s)
	}
	if got := testutil.ToFloat64(r.loop.Metrics.errors.WithLabelValues(kindPermanent)); got != 3 {
		t.Errorf("errors_total{kind=permanent} = %v, want 3", got)
	}

	// A reload retries at once and, as the user changed something, says
	// again what is wrong if it still is.
	r.passes.next(t).fail(authErr)
	r.loop.Reload(setup)
	r.passes.next(t).fail(authErr)
	r.waitNote("STATUS=", 5)
	if n := len(r.logs.find(slog.LevelError, "")); n != 2 {
		t.Errorf("%d error lines after a reload, want 2", n)
	}
}

// TestWatcherPanic: a panic in a watcher is logged with its stack, and the
// watcher restarts on a new connection.
func TestWatcherPanic(t *testing.T) {
	r := startLoop(t, withMailboxes("INBOX"), nil)
	r.passes.next(t).ok(nil)
	w := r.watch.next(t)
	mark := r.clock.mark()
	w.wait(t).reply <- waitReply{panic: true}
	select {
	case <-w.closed:
	case <-time.After(testTimeout):
		t.Fatal("the panicked watcher's connection was not closed")
	}
	d := r.clock.waitTimerIn(t, mark, backoffMin, backoffMin*6/5) // the watcher's backoff
	recs := r.logs.find(slog.LevelError, "watcher panicked")
	if len(recs) != 1 {
		t.Fatalf("%d records of the panic, want 1", len(recs))
	}
	if st := recs[0].attrs["stack"]; !strings.Contains(st, "watchSession") || recs[0].attrs["mailbox"] != "INBOX" {
		t.Errorf("the panic is logged without its stack or mailbox: %v", recs[0].attrs)
	}
	r.clock.Advance(d)
	w2 := r.watch.next(t)
	w2.wait(t).reply <- waitReply{changed: true}
	c := w2.wait(t)
	defer func() { c.reply <- waitReply{} }()
	r.clock.waitTimerIn(t, mark, defaultDebounce, defaultDebounce)
	r.clock.Advance(defaultDebounce)
	r.passes.next(t).ok(nil) // the restarted watcher wakes the loop
	if got := testutil.ToFloat64(r.loop.Metrics.errors.WithLabelValues(kindPanic)); got != 1 {
		t.Errorf("errors_total{kind=panic} = %v, want 1", got)
	}
}

// TestLoopPanic: a panic in the loop itself (here in the notifier) is
// logged with its stack, and the loop carries on.
func TestLoopPanic(t *testing.T) {
	setup := withMailboxes("INBOX")
	r := startLoop(t, setup, func(l *Loop) {
		polling(l)
		r := l.Notify.(*notes)
		r.panicOn = "READY=1"
	})
	mark := r.clock.mark()
	r.passes.next(t).ok(nil)
	d := r.clock.waitTimer(t, mark)
	if d < backoffMin || d > backoffMin*6/5 {
		t.Errorf("loop restarts after %v, want about %v", d, backoffMin)
	}
	recs := r.logs.find(slog.LevelError, "loop panicked")
	if len(recs) != 1 || !strings.Contains(recs[0].attrs["stack"], "notifier bug") && !strings.Contains(recs[0].attrs["stack"], "Notify") {
		t.Fatalf("panic records: %v", recs)
	}
	r.clock.Advance(d)
	r.loop.Reload(setup)
	r.passes.next(t).ok(nil)
	r.waitNote("STATUS=", 1)
	if r.notes.count("READY=1") != 1 {
		t.Errorf("READY=1 was not sent after the restart: %q", r.notes.all())
	}
}

// TestShutdown: stopping waits for the pass in progress up to
// ShutdownTimeout, then cancels it.
func TestShutdown(t *testing.T) {
	for _, tc := range []struct {
		name     string
		finishes bool
	}{{"pass finishes in time", true}, {"pass cancelled at the deadline", false}} {
		t.Run(tc.name, func(t *testing.T) {
			r := startLoop(t, withMailboxes("INBOX"), polling)
			c := r.passes.next(t)
			mark := r.clock.mark()
			r.cancel()
			if d := r.clock.waitTimer(t, mark); d != defaultShutdownTimeout {
				t.Fatalf("shutdown waits %v, want %v", d, defaultShutdownTimeout)
			}
			r.waitNote("STOPPING=1", 1)
			select {
			case <-r.done:
				t.Fatal("Run returned while a pass was running")
			default:
			}
			if tc.finishes {
				if c.ctx.Err() != nil {
					t.Fatal("the pass was cancelled before the deadline")
				}
				c.ok(nil)
			} else {
				r.clock.Advance(defaultShutdownTimeout)
				select {
				case <-c.ctx.Done():
				case <-time.After(testTimeout):
					t.Fatal("the pass was not cancelled at the deadline")
				}
				c.fail(fmt.Errorf("append draft: %w", c.ctx.Err()))
			}
			select {
			case <-r.done:
			case <-time.After(testTimeout):
				t.Fatal("Run did not return after the pass")
			}
			if n := len(r.logs.find(slog.LevelError, "")); n != 0 {
				t.Errorf("%d error lines for a clean shutdown", n)
			}
		})
	}
}

// TestWatchdog: WATCHDOG=1 goes out every interval while the loop works,
// and stops while a pass hangs far beyond what a pass may take.
func TestWatchdog(t *testing.T) {
	const every = 10 * time.Minute
	setup := withMailboxes("INBOX")
	setup.PollInterval = 24 * time.Hour
	r := startLoop(t, setup, func(l *Loop) {
		polling(l)
		l.Watchdog = every
	})
	c := r.passes.next(t) // and it hangs
	pings := 0
	for elapsed := every; elapsed <= 50*time.Minute; elapsed += every {
		mark := r.clock.mark()
		r.clock.Advance(every)
		r.clock.waitTimer(t, mark) // the loop re-armed its watchdog timer
		got := r.notes.count("WATCHDOG=1")
		if elapsed < passTimeout+time.Minute {
			pings++
		}
		if got != pings {
			t.Fatalf("after %v with a pass running: %d pings, want %d", elapsed, got, pings)
		}
	}
	if len(r.logs.find(slog.LevelWarn, "stuck")) == 0 {
		t.Error("no warning about the stuck pass")
	}
	c.ok(nil)
	r.waitNote("STATUS=", 1)
	mark := r.clock.mark()
	r.clock.Advance(every)
	r.clock.waitTimer(t, mark)
	if got := r.notes.count("WATCHDOG=1"); got != pings+1 {
		t.Errorf("%d pings once the pass ended, want %d", got, pings+1)
	}
}

// TestLoopReload: a reload swaps the settings of the next pass and
// restarts the watchers on the new mailboxes.
func TestLoopReload(t *testing.T) {
	var seen []string
	passes := newFakePasser()
	r := startLoop(t, withMailboxes("INBOX"), func(l *Loop) {
		l.pass = func(ctx context.Context, opts Options) (*Result, error) {
			seen = append(seen, strings.Join(l.Runner.Settings.Mailboxes, ","))
			return passes.pass(ctx, opts)
		}
	})
	r.passes = passes
	r.passes.next(t).ok(nil)
	old := r.watch.next(t)
	next := withMailboxes("INBOX", "Jobs")
	next.Watch = r.watch.dial
	next.PollInterval = time.Hour
	r.loop.Reload(next)
	select {
	case <-old.closed:
	case <-time.After(testTimeout):
		t.Fatal("the old watcher was not stopped")
	}
	r.watch.next(t)
	r.watch.next(t)
	r.passes.next(t).ok(nil)
	if len(seen) != 2 || seen[1] != "INBOX,Jobs" {
		t.Errorf("passes saw mailboxes %q, want the new ones in the second", seen)
	}
	if len(r.logs.find(slog.LevelInfo, "new configuration")) != 1 {
		t.Error("the reload is not logged")
	}
}
