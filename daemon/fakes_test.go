package daemon

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// testTimeout bounds every wait of these tests in real time: a loop that
// does not do what the test expects fails the test instead of hanging it.
const testTimeout = 10 * time.Second

// fakeClock is a Clock that moves only when the test says so. Every
// After is recorded with a sequence number, so that a test can wait until
// the loop has armed a timer after some point and see for how long.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	seq    int
	timers []*fakeTimer
	added  chan struct{} // closed and replaced at every After
}

type fakeTimer struct {
	seq int
	at  time.Time
	d   time.Duration
	ch  chan time.Time
}

func newFakeClock(now time.Time) *fakeClock {
	return &fakeClock{now: now, added: make(chan struct{})}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seq++
	t := &fakeTimer{seq: c.seq, at: c.now.Add(d), d: d, ch: make(chan time.Time, 1)}
	if d <= 0 {
		t.ch <- c.now
	} else {
		c.timers = append(c.timers, t)
	}
	close(c.added)
	c.added = make(chan struct{})
	return t.ch
}

// Advance moves the clock and fires the timers that are due.
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	kept := c.timers[:0]
	for _, t := range c.timers {
		if !t.at.After(c.now) {
			t.ch <- c.now
		} else {
			kept = append(kept, t)
		}
	}
	c.timers = kept
}

// mark is the sequence number of the last timer armed so far.
func (c *fakeClock) mark() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.seq
}

// waitTimer waits until a timer armed after mark is pending and returns
// its duration. The loop arms one timer per wait, so this is "the loop is
// now waiting, for this long".
func (c *fakeClock) waitTimer(t *testing.T, mark int) time.Duration {
	t.Helper()
	return c.waitTimerIn(t, mark, 0, 1<<62)
}

// waitTimerIn is waitTimer for a timer of at least lo and at most hi,
// where several goroutines arm timers.
func (c *fakeClock) waitTimerIn(t *testing.T, mark int, lo, hi time.Duration) time.Duration {
	t.Helper()
	deadline := time.After(testTimeout)
	for {
		c.mu.Lock()
		for _, tm := range c.timers {
			if tm.seq > mark && tm.d >= lo && tm.d <= hi {
				c.mu.Unlock()
				return tm.d
			}
		}
		added := c.added
		c.mu.Unlock()
		select {
		case <-added:
		case <-deadline:
			t.Fatalf("no timer of %v to %v armed within %v", lo, hi, testTimeout)
		}
	}
}

// passCall is one call of the fake pass; the test answers it.
type passCall struct {
	ctx   context.Context
	opts  Options
	reply chan passOutcome
}

// fakePasser replaces Runner.Pass: every pass waits for the test's answer.
type fakePasser struct {
	calls chan passCall
}

func newFakePasser() *fakePasser { return &fakePasser{calls: make(chan passCall)} }

func (f *fakePasser) pass(ctx context.Context, opts Options) (*Result, error) {
	c := passCall{ctx: ctx, opts: opts, reply: make(chan passOutcome, 1)}
	select {
	case f.calls <- c:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	out := <-c.reply
	return out.res, out.err
}

// next waits for the loop to start a pass.
func (f *fakePasser) next(t *testing.T) passCall {
	t.Helper()
	select {
	case c := <-f.calls:
		return c
	case <-time.After(testTimeout):
		t.Fatalf("no pass within %v", testTimeout)
		return passCall{}
	}
}

// none fails if a pass is waiting to be answered.
func (f *fakePasser) none(t *testing.T) {
	t.Helper()
	select {
	case c := <-f.calls:
		t.Fatalf("unexpected pass at %s", c.opts.Now)
	default:
	}
}

func (c passCall) ok(res *Result) {
	if res == nil {
		res = &Result{Now: c.opts.Now}
	}
	c.reply <- passOutcome{res: res}
}

func (c passCall) fail(err error) { c.reply <- passOutcome{err: err} }

// fakeWatch hands out fake watchers and lets the test answer every
// WaitForChange.
type fakeWatch struct {
	dials   chan *fakeWatcher
	dialErr error
}

func newFakeWatch() *fakeWatch { return &fakeWatch{dials: make(chan *fakeWatcher)} }

func (f *fakeWatch) dial(ctx context.Context) (Watcher, error) {
	if f.dialErr != nil {
		return nil, f.dialErr
	}
	w := &fakeWatcher{waits: make(chan waitCall), closed: make(chan struct{})}
	select {
	case f.dials <- w:
		return w, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// next waits for the loop to dial a watcher.
func (f *fakeWatch) next(t *testing.T) *fakeWatcher {
	t.Helper()
	select {
	case w := <-f.dials:
		return w
	case <-time.After(testTimeout):
		t.Fatalf("no watcher dialled within %v", testTimeout)
		return nil
	}
}

type fakeWatcher struct {
	waits     chan waitCall
	closed    chan struct{}
	closeOnce sync.Once
}

type waitCall struct {
	mailbox string
	check   time.Duration
	reply   chan waitReply
}

type waitReply struct {
	changed bool
	err     error
	panic   bool
}

func (w *fakeWatcher) WaitForChange(ctx context.Context, mailbox string, check time.Duration) (bool, error) {
	c := waitCall{mailbox: mailbox, check: check, reply: make(chan waitReply, 1)}
	select {
	case w.waits <- c:
	case <-ctx.Done():
		return false, ctx.Err()
	}
	select {
	case r := <-c.reply:
		if r.panic {
			panic("watcher bug")
		}
		return r.changed, r.err
	case <-ctx.Done():
		return false, ctx.Err()
	}
}

func (w *fakeWatcher) Close() error {
	w.closeOnce.Do(func() { close(w.closed) })
	return nil
}

// wait waits for the loop's watcher to call WaitForChange.
func (w *fakeWatcher) wait(t *testing.T) waitCall {
	t.Helper()
	select {
	case c := <-w.waits:
		return c
	case <-time.After(testTimeout):
		t.Fatalf("the watcher did not wait for mail within %v", testTimeout)
		return waitCall{}
	}
}

// logRecorder keeps every log record, for tests that count them.
type logRecorder struct {
	mu      sync.Mutex
	records []logRecord
	added   chan struct{} // closed and replaced at every record; nil until needed
}

type logRecord struct {
	level slog.Level
	msg   string
	attrs map[string]string
}

func (r *logRecorder) logger() *slog.Logger { return slog.New(&recordHandler{r: r}) }

type recordHandler struct {
	r     *logRecorder
	attrs []slog.Attr
}

func (h *recordHandler) Enabled(context.Context, slog.Level) bool { return true }

func (h *recordHandler) Handle(_ context.Context, rec slog.Record) error {
	attrs := map[string]string{}
	for _, a := range h.attrs {
		attrs[a.Key] = a.Value.String()
	}
	rec.Attrs(func(a slog.Attr) bool {
		attrs[a.Key] = a.Value.String()
		return true
	})
	h.r.mu.Lock()
	h.r.records = append(h.r.records, logRecord{level: rec.Level, msg: rec.Message, attrs: attrs})
	if h.r.added != nil {
		close(h.r.added)
		h.r.added = nil
	}
	h.r.mu.Unlock()
	return nil
}

// wait waits until n records at level or above hold msg.
func (r *logRecorder) wait(t *testing.T, level slog.Level, msg string, n int) {
	t.Helper()
	deadline := time.After(testTimeout)
	for {
		if len(r.find(level, msg)) >= n {
			return
		}
		r.mu.Lock()
		if r.added == nil {
			r.added = make(chan struct{})
		}
		added := r.added
		r.mu.Unlock()
		if len(r.find(level, msg)) >= n {
			return
		}
		select {
		case <-added:
		case <-deadline:
			t.Fatalf("no %d log records %q within %v", n, msg, testTimeout)
		}
	}
}

func (h *recordHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return &recordHandler{r: h.r, attrs: append(slices.Clip(h.attrs), as...)}
}

func (h *recordHandler) WithGroup(string) slog.Handler { return h }

// find returns the records at level or above whose message contains msg.
func (r *logRecorder) find(level slog.Level, msg string) []logRecord {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []logRecord
	for _, rec := range r.records {
		if rec.level >= level && strings.Contains(rec.msg, msg) {
			out = append(out, rec)
		}
	}
	return out
}

func (r *logRecorder) dump(t *testing.T) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, rec := range r.records {
		t.Logf("%s %s %v", rec.level, rec.msg, rec.attrs)
	}
}

// notes records what the loop tells the service manager.
type notes struct {
	mu     sync.Mutex
	states []string
	sent   chan string
	// panicOn makes Notify panic once on a state with this prefix.
	panicOn string
}

func newNotes() *notes { return &notes{sent: make(chan string, 100)} }

func (n *notes) Notify(state string) error {
	n.mu.Lock()
	if n.panicOn != "" && strings.HasPrefix(state, n.panicOn) {
		n.panicOn = ""
		n.mu.Unlock()
		panic(fmt.Sprintf("notifier bug on %q", state))
	}
	n.states = append(n.states, state)
	n.mu.Unlock()
	n.sent <- state
	return nil
}

func (n *notes) all() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return slices.Clone(n.states)
}

func (n *notes) count(prefix string) int {
	c := 0
	for _, s := range n.all() {
		if strings.HasPrefix(s, prefix) {
			c++
		}
	}
	return c
}
