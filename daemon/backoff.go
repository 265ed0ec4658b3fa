package daemon

import (
	"math/rand/v2"
	"time"
)

// Reconnect delays. A server that restarts is back within seconds, so the
// first retries come quickly; one that stays down is asked every few
// minutes, which is soon enough for drafts due hours later and gentle on
// a provider that throttles. Errors that will not heal (a rejected
// password, a missing folder) wait permanentRetry: long enough never to
// lock the account or fill the log, short enough to notice a fix made on
// the server side; a reload retries at once.
const (
	backoffMin     = time.Second
	backoffMax     = 5 * time.Minute
	permanentRetry = 15 * time.Minute
)

// backoff is an exponential delay with jitter, after soju's backoffer
// (rate.go): each failure doubles the delay up to max, and Reset after a
// healthy session starts over. The jitter (up to a fifth of the delay)
// keeps the watchers of several mailboxes, which all lose their
// connection when the server restarts, from reconnecting in lockstep.
type backoff struct {
	min, max time.Duration
	next     time.Duration // 0: Reset or never used
	// jitter returns a number in [0, n); nil is math/rand.
	jitter func(n int64) int64
}

func newBackoff(min, max time.Duration) *backoff {
	return &backoff{min: min, max: max}
}

// Next returns how long to wait before the next attempt.
func (b *backoff) Next() time.Duration {
	d := b.next
	if d < b.min {
		d = b.min
	}
	b.next = min(2*d, b.max)
	n := int64(d / 5)
	if n <= 0 {
		return d
	}
	var j time.Duration
	if b.jitter != nil {
		j = time.Duration(b.jitter(n))
	} else {
		j = time.Duration(rand.Int64N(n))
	}
	// Up from the floor, down from the ceiling: every delay stays within
	// [min, max] and the ones at the ceiling still differ.
	if d+j > b.max {
		return b.max - j
	}
	return d + j
}

// Reset starts over after a healthy session.
func (b *backoff) Reset() { b.next = 0 }
