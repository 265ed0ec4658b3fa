package interview

import (
	"maps"
	"reflect"
	"runtime"
	"slices"
	"sync"

	"github.com/followupd/followupd/mail"
)

// Reader builds interviews with one Config, and can read messages ahead of
// the build. Reading what a message says on its own (read) is most of a
// build's work over a large window, and needs nothing from the other
// messages: a pass that fetches thousands of bodies hands each to ReadAhead
// as it is parsed, so that it is read while the next ones are still on
// their way and while the pass stores them, instead of after.
//
// A Reader serves one build: Build takes each reading it uses (the build
// goes on to change it), and reads again whatever it has no reading for.
type Reader struct {
	cfg     Config
	workers int

	mu      sync.Mutex
	queue   []aheadReading // waiting to be read
	running int            // workers reading the queue
	drained *sync.Cond     // on mu: broadcast when the last worker stops
	ahead   map[aheadKey]aheadReading
	taken   int // readings a build used
}

// aheadKey names a stored message within one pass: a UID is unique in its
// mailbox while its UIDVALIDITY holds (RFC 9051 section 2.3.1.1).
type aheadKey struct {
	mailbox string
	uid     uint32
}

type aheadReading struct {
	m        *mail.Message
	answered bool
	a        *analysis
}

// NewReader returns a Reader for cfg. Its ahead readings run on all
// processors but one, which is left to the fetching and parsing they
// overlap.
func NewReader(cfg Config) *Reader {
	r := &Reader{cfg: cfg, workers: max(1, runtime.GOMAXPROCS(0)-1), ahead: map[aheadKey]aheadReading{}}
	r.drained = sync.NewCond(&r.mu)
	return r
}

// ReadAhead reads m in the background, for a later Build of the same
// message (same mailbox, UID, Message-ID, subject, date and text) that
// the user answered, or not, as answered says. It never waits for the
// reading; it is safe to call from several goroutines.
func (r *Reader) ReadAhead(m mail.Message, answered bool) {
	if m.Mailbox == "" || m.UID == 0 {
		return // no key that a build could find it by
	}
	m = unwrapSelfForward(m, r.cfg) // as the build will see it (see prepare)
	r.mu.Lock()
	r.queue = append(r.queue, aheadReading{m: &m, answered: answered})
	start := r.running < r.workers
	if start {
		r.running++
	}
	r.mu.Unlock()
	if start {
		go r.work()
	}
}

// work reads the queue until it is empty.
func (r *Reader) work() {
	for {
		r.mu.Lock()
		if len(r.queue) == 0 {
			if r.running--; r.running == 0 {
				r.drained.Broadcast()
			}
			r.mu.Unlock()
			return
		}
		next := r.queue[0]
		r.queue[0] = aheadReading{}
		r.queue = r.queue[1:]
		r.mu.Unlock()

		next.a = safeRead(next.m, r.cfg, next.answered)
		r.mu.Lock()
		r.ahead[aheadKey{next.m.Mailbox, next.m.UID}] = next
		r.mu.Unlock()
	}
}

// wait returns once every reading asked for is made. What is still queued
// is read on every processor meanwhile: whoever waits has nothing else to
// do, and the processor left to the fetching (NewReader) is idle once the
// messages are in. The last bodies of a first pass's scan arrive in a burst
// just before its Preview.
func (r *Reader) wait() {
	r.mu.Lock()
	for n := runtime.GOMAXPROCS(0); r.running < n && r.running < len(r.queue); {
		r.running++
		go r.work()
	}
	for r.running > 0 {
		r.drained.Wait()
	}
	r.mu.Unlock()
}

// take returns the reading made ahead of m, if there is one for this very
// message as the build sees it, and forgets it.
func (r *Reader) take(m *mail.Message, answered bool) *analysis {
	r.mu.Lock()
	defer r.mu.Unlock()
	k := aheadKey{m.Mailbox, m.UID}
	got, ok := r.ahead[k]
	if !ok {
		return nil
	}
	delete(r.ahead, k)
	if got.answered != answered || !sameMessage(got.m, m) {
		return nil
	}
	r.taken++
	return got.a
}

// sameMessage reports whether a and b are the same message in every field
// read looks at: within one pass a mailbox and UID name one message, but
// a build may be given anything.
func sameMessage(a, b *mail.Message) bool {
	return a.Text == b.Text && reflect.DeepEqual(a.Summary, b.Summary) && reflect.DeepEqual(a.Calendars, b.Calendars)
}

// BuildWithRefused is the package's BuildWithRefused, taking the readings
// made ahead once every one asked for is done.
func (r *Reader) BuildWithRefused(msgs []mail.Message, feed []FeedEvent) ([]Interview, []Ignored) {
	r.wait()
	return buildWithRefused(msgs, feed, r.cfg, r)
}

// copyRead returns a copy of a fresh reading that a build may change
// without changing a.
func (a *analysis) copyRead() *analysis {
	cp := *a
	cp.events = slices.Clone(a.events)
	cp.interview = slices.Clone(a.interview)
	cp.shape = slices.Clone(a.shape)
	cp.offers = slices.Clone(a.offers)
	cp.movedDays = slices.Clone(a.movedDays)
	cp.roundDays = slices.Clone(a.roundDays)
	cp.roundOffers = slices.Clone(a.roundOffers)
	cp.listed = slices.Clone(a.listed)
	cp.reads = slices.Clone(a.reads)
	cp.declined = slices.Clone(a.declined)
	cp.dir = maps.Clone(a.dir)
	cp.people = maps.Clone(a.people)
	return &cp
}

// Preview builds the interviews of msgs from copies of the readings made
// ahead, which it leaves for the build that follows.
func (r *Reader) Preview(msgs []mail.Message) []Interview {
	r.wait()
	ivs, _ := buildWithRefused(msgs, nil, r.cfg, &Reader{cfg: r.cfg, ahead: r.copies(msgs)})
	return ivs
}

func (r *Reader) copies(msgs []mail.Message) map[aheadKey]aheadReading {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := map[aheadKey]aheadReading{}
	for i := range msgs {
		k := aheadKey{msgs[i].Mailbox, msgs[i].UID}
		if got, ok := r.ahead[k]; ok {
			got.a = got.a.copyRead()
			out[k] = got
		}
	}
	return out
}
