package daemon

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/sample"
	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

// fillers is how many plain messages bigInbox adds after the job search:
// enough for the window to be searched in two parts (mail's splitMin is
// 2,000 UIDs) and to take several FETCH batches of summaries (500 each),
// so the candidates of the first batch are fetched while the scan goes on.
const fillers = 2100

// bigInbox delivers the sample job search up to at and then fillers
// messages that are nobody's interview, all inside the window.
func (r *rig) bigInbox(at time.Time, fillers int) {
	r.t.Helper()
	r.deliverUntil(at)
	r.fill(at, fillers)
}

// fill delivers n messages that are nobody's interview to INBOX.
func (r *rig) fill(at time.Time, fillers int) {
	r.t.Helper()
	for i := range fillers {
		raw := fmt.Sprintf("From: Weekly Digest <digest@news.example.net>\r\nTo: %s\r\n"+
			"Subject: Your weekly digest no. %d\r\nDate: %s\r\nMessage-ID: <digest%d@news.example.net>\r\n"+
			"Content-Type: text/plain; charset=utf-8\r\n\r\nNothing about work this week.\r\n",
			sample.MeEmail, i, at.Add(-time.Hour).Format(time.RFC1123Z), i)
		if err := r.srv.Deliver("INBOX", []byte(raw), at.Add(-time.Hour)); err != nil {
			r.t.Fatal(err)
		}
	}
}

// passFacts is what must not depend on how the bodies were fetched.
type passFacts struct {
	fetched    int
	interviews []string // ids and start times
	stored     int      // messages in the store
	written    int
}

func (r *rig) facts(res *Result) passFacts {
	r.t.Helper()
	f := passFacts{fetched: res.Fetched, written: len(res.Written)}
	for _, iv := range res.Interviews {
		f.interviews = append(f.interviews, iv.ID+"@"+iv.Start.Format(time.RFC3339))
	}
	slices.Sort(f.interviews)
	msgs, err := r.st.Messages(r.t.Context())
	if err != nil {
		r.t.Fatal(err)
	}
	f.stored = len(msgs)
	return f
}

// bigReference is what an undisturbed first pass over bigInbox finds.
func bigReference(t *testing.T, at time.Time) passFacts {
	t.Helper()
	ref := newRig(t)
	ref.bigInbox(at, fillers)
	res, err := ref.pass(at)
	if err != nil {
		t.Fatal(err)
	}
	return ref.facts(res)
}

// passAgain runs an undisturbed pass after a failed one and checks that it
// ends where an undisturbed first pass would.
func (r *rig) passAgain(at time.Time, want passFacts) {
	r.t.Helper()
	r.fault = nil
	res, err := r.pass(at)
	if err != nil {
		r.t.Fatal(err)
	}
	if got := r.facts(res); !got.same(want) {
		r.t.Errorf("the pass after = %+v\nwant %+v", got, want)
	}
}

func (f passFacts) same(g passFacts) bool {
	return f.fetched == g.fetched && f.stored == g.stored && f.written == g.written &&
		slices.Equal(f.interviews, g.interviews)
}

// TestPassFetchesBodiesOnSecondConnection: on a large first pass the bodies
// of the candidates come over a second connection while the scan goes on,
// and whatever that connection fails to do is done by the first. The pass
// finds the same interviews, stores every candidate once and writes the
// same drafts whichever way the bodies came.
func TestPassFetchesBodiesOnSecondConnection(t *testing.T) {
	at := time.Date(2026, 12, 8, 17, 0, 0, 0, sample.Location())

	// The reference: the same job search, small enough for one batch.
	ref := newRig(t)
	ref.deliverUntil(at)
	res, err := ref.pass(at)
	if err != nil {
		t.Fatal(err)
	}
	want := ref.facts(res)
	if want.fetched == 0 || len(want.interviews) == 0 || want.written == 0 {
		t.Fatalf("reference pass: %+v; the test would prove nothing", want)
	}
	// A mailbox read for the first time may get a second connection
	// (dialled before its size is known); a pass over a few new
	// messages never does.
	if got := ref.count("dial"); got > 2 {
		t.Errorf("a first pass dialled %d times, want at most 2", got)
	}
	before := ref.count("dial")
	ref.fill(at, 3)
	if _, err := ref.pass(at.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if got := ref.count("dial") - before; got != 1 {
		t.Errorf("a pass over a few new messages dialled %d times, want 1", got)
	}

	tests := []struct {
		name  string
		fault func(op string, n int) fault
		// whether the scan's candidates were fetched on the second
		// connection (the first then fetches only what the look at
		// the rest adds, see syncInbox)
		onSecond       bool
		searchOnSecond int // part of the window's SEARCH
	}{
		{name: "second connection does the bodies", onSecond: true, searchOnSecond: 1},
		{
			name: "no second connection to be had",
			fault: func(op string, n int) fault {
				if op == "dial" && n == 2 {
					return failBefore
				}
				return noFault
			},
		},
		{
			name: "second connection fails",
			fault: func(op string, n int) fault {
				if op == "bodies on the second connection" {
					return failBefore
				}
				return noFault
			},
			onSecond: false, searchOnSecond: 1,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t)
			r.bigInbox(at, fillers)
			r.fault = tc.fault
			res, err := r.pass(at)
			if err != nil {
				t.Fatal(err)
			}
			if res.Scanned < fillers {
				t.Fatalf("scanned %d messages, want at least %d", res.Scanned, fillers)
			}
			if got := r.count("dial"); got != 2 {
				t.Errorf("dialled %d times, want 2 (scan; part of the search and the bodies)", got)
			}
			if got, want := r.count("search on the second connection"), tc.searchOnSecond; got != want {
				t.Errorf("searched %d times on the second connection, want %d", got, want)
			}
			first, second := r.count("bodies: messages"), r.count("bodies on the second connection: messages")
			if first+second != want.fetched {
				t.Errorf("fetched %d bodies on the first connection and %d on the second, want %d in all",
					first, second, want.fetched)
			}
			if ok := second > 0 && first < second; ok != tc.onSecond {
				t.Errorf("fetched %d bodies on the first connection and %d on the second; want most on the second: %v",
					first, second, tc.onSecond)
			}
			if got := r.facts(res); !got.same(want) {
				t.Errorf("pass = %+v\nwant   %+v", got, want)
			}
			if ids := r.drafts(); len(ids) != want.written || !unique(ids) {
				t.Errorf("Drafts holds %d messages (unique: %v), want %d", len(ids), unique(ids), want.written)
			}
		})
	}
}

// TestPassSecondConnectionSeesRecreatedMailbox: INBOX is recreated between
// the scan and the body fetch on the second connection. Neither connection
// may read the new mailbox's messages under the old UIDs: the pass fails
// with ErrUIDValidity, stores nothing, and the next pass rescans and ends
// where an undisturbed pass would.
func TestPassSecondConnectionSeesRecreatedMailbox(t *testing.T) {
	at := time.Date(2026, 12, 8, 17, 0, 0, 0, sample.Location())
	want := bigReference(t, at)

	r := newRig(t)
	r.bigInbox(at, fillers)
	recreated := false
	r.fault = func(op string, n int) fault {
		if op == "bodies on the second connection" && !recreated {
			recreated = true
			if err := r.srv.Recreate("INBOX"); err != nil {
				t.Error(err)
			}
		}
		return noFault
	}
	if _, err := r.pass(at); !errors.Is(err, mail.ErrUIDValidity) {
		t.Fatalf("pass with INBOX recreated under it = %v, want ErrUIDValidity", err)
	}
	if !recreated {
		t.Fatal("the second connection never fetched: the test proved nothing")
	}
	if got := r.facts(&Result{}); got.stored != 0 {
		t.Errorf("the failed pass stored %d messages, want 0", got.stored)
	}

	for _, m := range sample.Messages() {
		if m.Mailbox == "INBOX" && !m.Date.After(at) {
			if err := r.srv.Deliver(m.Mailbox, m.Raw, m.Date); err != nil {
				t.Fatal(err)
			}
		}
	}
	r.fill(at, fillers)
	r.passAgain(at, want)
}

// TestPassScanFailsWhileBodiesArrive: the connection that scans drops after
// the first batch, while the second one fetches that batch's bodies. The
// pass fails and stores nothing; the second connection is stopped, not
// left behind; the next pass ends where an undisturbed one would.
func TestPassScanFailsWhileBodiesArrive(t *testing.T) {
	at := time.Date(2026, 12, 8, 17, 0, 0, 0, sample.Location())
	want := bigReference(t, at)

	r := newRig(t)
	r.bigInbox(at, fillers)
	r.fault = func(op string, n int) fault {
		if op == "summary batch of INBOX" && n == 2 {
			return failAfter
		}
		return noFault
	}
	if _, err := r.pass(at); !errors.Is(err, errInjected) {
		t.Fatalf("pass with the scan failing = %v, want the injected error", err)
	}
	if got := r.count("bodies on the second connection"); got == 0 {
		t.Fatal("no body fetch on the second connection before the scan failed: the test proved nothing")
	}
	r.mu.Lock()
	open := r.open
	r.mu.Unlock()
	if open != 0 {
		t.Errorf("%d connections left open after the failed pass", open)
	}
	if got := r.facts(&Result{}); got.stored != 0 {
		t.Errorf("the failed pass stored %d messages, want 0", got.stored)
	}

	r.passAgain(at, want)
}

// TestPassSecondDialOutlivesPass: a first pass dials its second connection
// early; when the pass is over before that dial is, the dial is cancelled
// and whatever it hands back (here a nil *mail.Client in a non-nil
// Mailbox, as a plain "return mail.Dial(...)" does) is not touched.
func TestPassSecondDialOutlivesPass(t *testing.T) {
	at := time.Date(2026, 12, 8, 17, 0, 0, 0, sample.Location())
	r := newRig(t)
	r.deliverUntil(at)
	dial := r.runner.Dial
	var dials sync.Mutex
	n := 0
	cancelled := make(chan struct{})
	r.runner.Dial = func(ctx context.Context) (Mailbox, error) {
		dials.Lock()
		n++
		first := n == 1
		dials.Unlock()
		if first {
			return dial(ctx)
		}
		<-ctx.Done()
		close(cancelled)
		var c *mail.Client
		return c, ctx.Err()
	}
	res, err := r.pass(at)
	if err != nil {
		t.Fatal(err)
	}
	select {
	case <-cancelled:
	default:
		t.Fatal("the pass ended without cancelling the second dial")
	}
	if len(res.Interviews) == 0 {
		t.Error("no interviews: the pass did not run through")
	}
}

// TestWorkerLooksAtTheRestEarly drives the worker's batches as stream
// does (every body of a batch delivered before the next is asked for).
// When the scan is over and a large job is left, the invitations go
// first, the rest is looked at with their bodies, and what the look adds
// comes with the job; a smaller job, or one sent while the scan goes on,
// is fetched as it is and the rest looked at once it is over. Either way
// every candidate is fetched once and the rest the invitation reaches is
// fetched too.
func TestWorkerLooksAtTheRestEarly(t *testing.T) {
	runner := newRig(t).runner
	var invitation []byte
	for _, m := range sample.Messages() {
		if m.Name == "2026-11-23-initech-invitation.eml" {
			invitation = m.Raw
		}
	}
	if invitation == nil {
		t.Fatal("the sample has no Initech invitation")
	}
	// A note from the invitation's recruiter whose subject says nothing:
	// a candidate only once the invitation is known.
	note := []byte("From: Joanna Park <joanna.park@initech.example>\r\nTo: sam.rivera@example.org\r\n" +
		"Subject: Parking\r\nDate: Tue, 24 Nov 2026 09:00:00 +0000\r\nMessage-ID: <parking@initech.example>\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\nThe visitor car park is behind building B.\r\n")
	var bodies map[uint32]mail.Message // of the subtest
	parse := func(uid uint32, raw []byte) mail.Summary {
		m, err := parseMessage(raw)
		if err != nil {
			t.Fatal(err)
		}
		m.Mailbox, m.UID = "INBOX", uid
		bodies[uid] = *m
		return m.Summary
	}
	const invUID, restUID = 1, 2
	filler := func(uid uint32) mail.Summary {
		return parse(uid, fmt.Appendf(nil, "From: Weekly Digest <digest@news.example.net>\r\nTo: sam.rivera@example.org\r\n"+
			"Subject: Digest %d\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\nMessage-ID: <d%d@news.example.net>\r\n"+
			"Content-Type: text/plain; charset=utf-8\r\n\r\nNothing.\r\n", uid, uid))
	}
	bodies = map[uint32]mail.Message{}
	if !interview.CandidateAlone(parse(invUID, invitation), runner.Settings.Detect) ||
		interview.CandidateAlone(filler(3), runner.Settings.Detect) {
		t.Fatal("the invitation must be a candidate by its summary and the digest not; the test would prove nothing")
	}

	tests := []struct {
		name string
		jobs int  // jobs queued, the first with the invitation amid its fillers
		size int  // fillers per job
		over bool // the scan is over before the worker takes the jobs
		// want is the batches fetched, each as its UIDs' kinds:
		// i invitation, f filler, r the rest's note
		want []string
	}{
		{name: "large last job, scan over", jobs: 2, size: 300, over: true,
			want: []string{"i", "f", "r"}},
		{name: "small last job, scan over", jobs: 2, size: 3, over: true,
			want: []string{"fif", "r"}},
		{name: "scan still going", jobs: 2, size: 300, over: false,
			want: []string{"fif", "r"}},
	}
	if 2*300 < earlyLookMin || 2*3+1 >= earlyLookMin {
		t.Fatalf("earlyLookMin is %d: the jobs must be larger and smaller", earlyLookMin)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			bodies = map[uint32]mail.Message{}
			inv, rest := parse(invUID, invitation), parse(restUID, note)
			f := runner.newBodyFetcher(nil, nil, "INBOX", interview.Known{}, nil)
			f.jobs = make(chan []mail.Summary, jobsCap)
			f.rest = []mail.Summary{rest}
			uid := uint32(3)
			fillers := func() []mail.Summary {
				var job []mail.Summary
				for range tc.size {
					job = append(job, filler(uid))
					uid++
				}
				return job
			}
			// The invitation arrives in the middle of a job.
			first := fillers()
			f.jobs <- append(append(first[:1:1], inv), first[1:]...)
			for range tc.jobs - 1 {
				f.jobs <- fillers()
			}
			if tc.over {
				f.scanDone()
			}
			var got []string
			seen := map[uint32]int{}
			for batch := range f.batches(t.Context()) {
				kinds := ""
				for _, s := range batch {
					seen[s.UID]++
					switch {
					case s.UID == inv.UID:
						kinds += "i"
					case s.UID == rest.UID:
						kinds += "r"
					case !strings.HasSuffix(kinds, "f"):
						kinds += "f"
					}
					f.fetched = append(f.fetched, bodies[s.UID])
				}
				got = append(got, kinds)
				// The scan goes on while the first job is
				// fetched, and ends after it.
				f.scanDone()
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("fetched batches %q, want %q", got, tc.want)
			}
			if len(seen) != len(bodies) {
				t.Errorf("fetched %d of %d messages", len(seen), len(bodies))
			}
			for u, n := range seen {
				if n != 1 {
					t.Errorf("UID %d fetched %d times", u, n)
				}
			}
			if len(f.rest) != 0 {
				t.Errorf("rest left %d messages, want none", len(f.rest))
			}
		})
	}
}
