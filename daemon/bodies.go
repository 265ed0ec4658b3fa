package daemon

import (
	"bytes"
	"context"
	"fmt"
	"iter"
	"maps"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

// bodyFetcher fetches the bodies of one mailbox's candidates while its
// summaries are being scanned.
//
// A scan of one FETCH batch (the daemon's usual pass: a few new messages)
// queues the candidates and fetches them on the scanning connection
// afterwards. A larger scan (a first pass: thousands of messages in the
// window) opens a second connection as soon as a batch holds a candidate
// and fetches there while later batches still arrive on the first. Besides
// the overlap this hides a cost of Dovecot's Maildir: the first message file
// a session reads makes the server rescan the whole cur/ directory (about
// 175 ms at 100,000 messages, see bench/README.md); on the second
// connection that happens beside the scan rather than after it.
//
// The second connection is a help, never a requirement: whatever it did not
// deliver (no connection to be had, an error halfway) is fetched on the
// scanning connection in finish, which reports errors as a single
// connection would. Delivery is tracked by UID, so no message is kept
// twice.
type bodyFetcher struct {
	r        *Runner
	conn     Mailbox // the scanning connection
	helper   *helper // the second connection
	mb       string
	validity uint32 // the UIDVALIDITY of the scan; 0 until the first batch
	// rest holds the summaries that were not candidates when scanned;
	// lookAgain checks them once more against what the fetched bodies
	// taught (see syncInbox). The scan writes both; once it is done
	// (jobs closed) the worker may, until done is closed.
	rest  []mail.Summary
	known interview.Known
	// ahead, if not nil, is given every body as it is parsed
	// (interview.Reader.ReadAhead); replied is what the user answered as
	// known when the scan began, read by the parsing goroutines.
	ahead   *interview.Reader
	replied map[string]bool

	queued []mail.Summary // for conn, after the scan

	// The second connection's worker, once started. The fields after
	// done belong to the worker until done is closed.
	cancel     context.CancelFunc
	jobs       chan []mail.Summary
	jobsClosed bool
	done       chan struct{}
	fetched    []mail.Message
	leftover   []mail.Summary // not delivered there
	lookedOver bool           // the worker did the look at the rest
	// panicked is the panic the worker met: the pass fails with it, and
	// is retried, rather than the process ending.
	panicked error
}

func (r *Runner) newBodyFetcher(conn Mailbox, h *helper, mb string, known interview.Known, ahead *interview.Reader) *bodyFetcher {
	return &bodyFetcher{r: r, conn: conn, helper: h, mb: mb, known: known, ahead: ahead, replied: maps.Clone(known.Replied)}
}

// parsed hands a body to the ahead reader, if any.
func (f *bodyFetcher) parsed(m *mail.Message) {
	if f.ahead != nil {
		f.ahead.ReadAhead(*m, m.MessageID != "" && f.replied[m.MessageID])
	}
}

// add takes one scanned batch: its candidates are fetched, the rest kept for
// the look at the end. It never waits for the network.
func (f *bodyFetcher) add(ctx context.Context, b mail.SummaryBatch) {
	f.validity = b.UIDValidity
	want, rest := f.r.split(b.Summaries, f.known)
	f.rest = append(f.rest, rest...)
	if len(want) == 0 {
		return
	}
	if f.jobs == nil && b.Remaining > 0 {
		f.start(ctx)
	}
	if f.jobs == nil {
		f.queued = append(f.queued, want...)
		return
	}
	f.jobs <- want
}

// jobsCap bounds the queue to the worker. The scan sends at most one job per
// FETCH batch and a window has a few dozen batches, so add does not wait in
// practice; when it does, the worker is draining the queue.
const jobsCap = 64

// start runs the worker on a second connection. It fetches whatever has
// queued up since its last fetch in one go, all under one EXAMINE, and when
// the scan is over (jobs closed) the look at the rest too.
func (f *bodyFetcher) start(ctx context.Context) {
	ctx, f.cancel = context.WithCancel(ctx)
	f.jobs = make(chan []mail.Summary, jobsCap)
	f.done = make(chan struct{})
	validity := f.validity // one EXAMINE per scan: it cannot change
	go func() {
		defer close(f.done)
		defer func() {
			if v := recover(); v != nil {
				f.panicked = &panicError{value: v, stack: debug.Stack()}
				// The scan may still be sending: take its jobs until
				// it is done, so that it never waits on a dead worker.
				for range f.jobs {
				}
			}
		}()
		log := f.r.Log.With("mailbox", f.mb)
		conn, err := f.helper.get(ctx)
		if err != nil {
			log.Debug("no second connection for the bodies; fetching them after the scan", "err", err)
			for job := range f.jobs {
				f.leftover = append(f.leftover, job...)
			}
			return
		}
		f.leftover, err = f.r.stream(ctx, conn, f.mb, validity, f.batches(ctx), &f.fetched, f.parsed)
		if err != nil {
			log.Debug("second connection failed; fetching the rest after the scan", "err", err)
			for job := range f.jobs {
				f.leftover = append(f.leftover, job...)
			}
		}
	}()
}

// batches yields the worker's fetches: whatever jobs have queued up since
// the last one, in one go, and once the scan is over (jobs closed) what
// the look at the rest adds. stream appends every body of a batch to
// f.fetched before it asks for the next, so a look between batches sees
// them all.
func (f *bodyFetcher) batches(ctx context.Context) iter.Seq[[]mail.Summary] {
	return func(yield func([]mail.Summary) bool) {
		for {
			var job []mail.Summary
			select {
			case j, ok := <-f.jobs:
				if !ok {
					// The scan is over: rest and known
					// are final. (Cancelled: abort, not
					// worth a look.)
					if ctx.Err() != nil {
						return
					}
					f.lookedOver = true
					if more := f.lookAgain(f.fetched); len(more) > 0 {
						yield(more)
					}
					return
				}
				job = j
			case <-ctx.Done():
				return
			}
			// Take whatever else is waiting, without blocking.
			over := false
			for waiting := true; waiting; {
				select {
				case j, ok := <-f.jobs:
					if ok {
						job = append(job, j...)
					} else {
						waiting, over = false, true
					}
				default:
					waiting = false
				}
			}
			if over && len(job) >= earlyLookMin {
				// The scan is over and a large job is left: the
				// look at the rest need not wait for all of it
				// (see earlyLookMin).
				strong, weak := f.strongFirst(job)
				if len(strong) > 0 && !yield(strong) {
					return
				}
				looked := make(chan []mail.Summary, 1)
				fetched := f.fetched
				go func() { looked <- f.lookAgain(fetched) }()
				if len(weak) > 0 && !yield(weak) {
					<-looked
					return
				}
				job = <-looked
			}
			if len(job) > 0 && !yield(job) {
				return
			}
		}
	}
}

// earlyLookMin is the size of the last job (the scan over) from which the
// worker looks at the rest while it fetches. The look builds what was
// fetched: at the end of a large first pass where every sender is at an
// employer the user interviews with, that build took a fifth of a second
// while the connection idled, and only then were the messages it made
// candidates fetched. So the worker fetches first the candidates whose
// summaries speak for themselves (interview.CandidateAlone: invitations,
// interview subjects, the bodies that teach the known set most), looks at
// the rest with those on another goroutine while the job's other
// candidates are fetched, and fetches what the look adds after them. The
// final look (jobs closed) looks at whatever is still left with every body
// fetched, so nothing a single look after the whole job adds is missed.
// A smaller job is fetched and looked at as it is: its look is quick.
const earlyLookMin = 512

// strongFirst splits job into the candidates by their own summary
// (interview.CandidateAlone) and the rest, each in its order.
func (f *bodyFetcher) strongFirst(job []mail.Summary) (strong, weak []mail.Summary) {
	for _, s := range job {
		if interview.CandidateAlone(s, f.r.Settings.Detect) {
			strong = append(strong, s)
		} else {
			weak = append(weak, s)
		}
	}
	return strong, weak
}

// lookAgain returns the summaries of rest that the bodies fetched so far
// make candidates, and takes them out of rest: a recruiter's reply with a
// plain subject that arrived in the same scan as the invitation it answers.
func (f *bodyFetcher) lookAgain(fetched []mail.Message) []mail.Summary {
	if len(fetched) == 0 || len(f.rest) == 0 {
		return nil
	}
	// Only the new candidates are built: what the store knew is in
	// known already.
	var ivs []interview.Interview
	if f.ahead != nil {
		ivs = f.ahead.Preview(fetched)
	} else {
		ivs = interview.Build(fetched, nil, f.r.Settings.Detect)
	}
	f.known = mergeKnown(f.known, interview.KnownFrom(ivs))
	f.known.AddAnswered(fetched)
	// f.rest holds what Candidate turned down and NeverCandidate did not
	// rule out: only what is known now can change its answer.
	var more, rest []mail.Summary
	for _, s := range f.rest {
		if f.known.Reaches(s, f.r.Settings.Detect) {
			more = append(more, s)
		} else {
			rest = append(rest, s)
		}
	}
	f.rest = rest
	return more
}

// finish waits for the worker and fetches on the scanning connection what is
// left: the queued candidates of a small scan, whatever the worker did not
// deliver, and the look at the rest if the worker did not get to it. It
// returns every body fetched and the known set as they extended it.
func (f *bodyFetcher) finish(ctx context.Context) ([]mail.Message, interview.Known, error) {
	todo := f.queued
	var fetched []mail.Message
	lookedOver := false
	if f.jobs != nil {
		f.scanDone()
		<-f.done
		f.cancel()
		if f.panicked != nil {
			return nil, f.known, fmt.Errorf("fetch bodies from %s on the second connection: %w", f.mb, f.panicked)
		}
		fetched, lookedOver = f.fetched, f.lookedOver
		todo = append(todo, f.leftover...)
	}
	batches := func(yield func([]mail.Summary) bool) {
		if len(todo) > 0 && !yield(todo) {
			return
		}
		if !lookedOver {
			// fetched holds this connection's bodies too by now:
			// stream appends before it asks for the next batch.
			if more := f.lookAgain(fetched); len(more) > 0 {
				yield(more)
			}
		}
	}
	if _, err := f.r.stream(ctx, f.conn, f.mb, f.validity, batches, &fetched, f.parsed); err != nil {
		return nil, f.known, err
	}
	return fetched, f.known, nil
}

// scanDone tells the worker that no more candidates come: it can look at
// the rest (lookAgain) while the scanning connection does something else.
// Safe to call more than once.
func (f *bodyFetcher) scanDone() {
	if f.jobs != nil && !f.jobsClosed {
		close(f.jobs)
		f.jobsClosed = true
	}
}

// abort ends a worker that finish will not collect (the scan failed) and
// waits for it.
func (f *bodyFetcher) abort() {
	if f.jobs == nil {
		return
	}
	select {
	case <-f.done:
		return // finish collected it
	default:
	}
	f.cancel()
	f.scanDone()
	<-f.done
}

// helper is a pass's second IMAP connection, dialled in the background the
// first time a large scan asks for it: to search part of a large window
// (mail.ScanOptions) and to fetch the candidates' bodies while the scan
// goes on (bodyFetcher). A pass that reads a few new messages never
// dials it.
type helper struct {
	r      *Runner
	ctx    context.Context // of the pass; ends with close
	cancel context.CancelFunc
	once   sync.Once
	ready  chan struct{}
	conn   Mailbox
	err    error
}

func (r *Runner) newHelper(ctx context.Context) *helper {
	ctx, cancel := context.WithCancel(ctx)
	return &helper{r: r, ctx: ctx, cancel: cancel, ready: make(chan struct{})}
}

// start dials in the background, once. The dial belongs to the pass, not to
// whoever asked first (a search that is cancelled once its part is done).
func (h *helper) start() {
	h.once.Do(func() {
		go func() {
			defer close(h.ready)
			defer func() {
				if v := recover(); v != nil {
					h.conn, h.err = nil, &panicError{value: v, stack: debug.Stack()}
				}
			}()
			h.conn, h.err = h.r.Dial(h.ctx)
		}()
	})
}

// get dials on the first call and waits for the connection.
func (h *helper) get(ctx context.Context) (Mailbox, error) {
	h.start()
	select {
	case <-h.ready:
		return h.conn, h.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// SearchWindow implements mail.WindowSearcher on the second connection.
func (h *helper) SearchWindow(ctx context.Context, mailbox string, uidValidity uint32, from, to uint32, since time.Time) ([]uint32, error) {
	conn, err := h.get(ctx)
	if err != nil {
		return nil, err
	}
	return conn.SearchWindow(ctx, mailbox, uidValidity, from, to, since)
}

// close logs out of the second connection, if it was ever dialled, and
// ends a dial still under way.
func (h *helper) close() {
	h.once.Do(func() { close(h.ready) }) // never dialled: nothing to wait for
	h.cancel()
	<-h.ready
	// On an error Dial may hand back a typed nil inside the interface.
	if h.err == nil && h.conn != nil {
		h.conn.Close()
	}
}

// stream fetches and parses on conn the bodies of the summaries batches
// yields, read under UIDVALIDITY validity, and appends them to *msgs before
// it asks batches for more. When it fails it returns the summaries yielded
// but not delivered. A UID the server no longer has is skipped. A body that
// does not parse is kept as its summary: the header is still worth
// tracking. parsed, if not nil, is called with each message parsed, on the
// parsing goroutine.
//
// Bodies are parsed beside the fetch, on every processor: parsing a body
// costs about as much as reading it off the connection, and done in the
// connection's own loop it held the next response back.
func (r *Runner) stream(ctx context.Context, conn Mailbox, mb string, validity uint32, batches iter.Seq[[]mail.Summary], msgs *[]mail.Message, parsed func(*mail.Message)) (undelivered []mail.Summary, err error) {
	pending := map[uint32]mail.Summary{}
	var (
		parsing sync.WaitGroup
		mu      sync.Mutex // guards *msgs while parsing
		slots   = make(chan struct{}, runtime.GOMAXPROCS(0))
	)
	parse := func(sum mail.Summary, raw []byte, arrived time.Time) {
		defer func() { <-slots }()
		m, err := parseSafely(raw)
		if err != nil {
			r.Log.Warn("message does not parse; keeping its header", "mailbox", mb, "uid", sum.UID, "err", err)
			m = &mail.Message{Summary: sum}
		} else {
			m.Mailbox, m.UID = mb, sum.UID
			if m.Date.IsZero() {
				m.Date = sum.Date
			}
		}
		m.Arrived = arrived
		mu.Lock()
		*msgs = append(*msgs, *m)
		mu.Unlock()
		if parsed != nil {
			parsed(m)
		}
	}
	uids := func(yield func([]uint32) bool) {
		for b := range batches {
			ids := make([]uint32, 0, len(b))
			for _, s := range b {
				pending[s.UID] = s
				ids = append(ids, s.UID)
			}
			ok := yield(ids)
			// batches may look at *msgs (lookAgain) when asked
			// for more: every body delivered is in it by then.
			parsing.Wait()
			if !ok {
				return
			}
		}
	}
	err = conn.StreamBodies(ctx, mb, validity, uids, func(b mail.Body) error {
		sum, ok := pending[b.UID]
		if !ok {
			return nil // not asked for, or delivered already
		}
		delete(pending, b.UID)
		slots <- struct{}{}
		if b.Truncated {
			r.Log.Info("message larger than imap.max_message_size: reading its first part", "mailbox", mb, "uid", b.UID,
				"bytes_read", len(b.Raw))
		}
		parsing.Go(func() { parse(sum, b.Raw, b.Arrived) })
		return nil
	})
	parsing.Wait()
	if err != nil {
		for _, s := range pending {
			undelivered = append(undelivered, s)
		}
		return undelivered, fmt.Errorf("fetch bodies from %s: %w", mb, err)
	}
	return nil, nil
}

// parseMessage is mail.Parse; tests replace it to make it fail.
var parseMessage = func(raw []byte) (*mail.Message, error) { return mail.Parse(bytes.NewReader(raw)) }

// parseSafely parses on a worker goroutine, where a panic would end the
// process: one that does is an error like any unparseable message, whose
// header is kept.
func parseSafely(raw []byte) (m *mail.Message, err error) {
	defer func() {
		if v := recover(); v != nil {
			m, err = nil, fmt.Errorf("parse panicked: %v", v)
		}
	}()
	return parseMessage(raw)
}
