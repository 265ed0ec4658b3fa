package daemon

import "time"

// Clock is the loop's time: Now is the "now" of every pass (what is due is
// decided against it), After is how the loop waits. Tests replace it to
// step through days without sleeping.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type systemClock struct{}

func (systemClock) Now() time.Time                         { return time.Now() }
func (systemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// SystemClock is the machine's clock.
func SystemClock() Clock { return systemClock{} }

// StartClock is a clock that reads start now and runs forward in real time
// from there: `run --now` for demonstrations and end-to-end tests, where
// a replayed job search must be at a chosen moment while mail still
// arrives and drafts appear in real time.
func StartClock(start time.Time) Clock {
	return offsetClock{start: start, origin: time.Now()}
}

type offsetClock struct {
	start  time.Time
	origin time.Time // carries the monotonic reading, so a change of the wall clock does not move it
}

func (c offsetClock) Now() time.Time {
	return c.start.Add(time.Since(c.origin))
}

func (offsetClock) After(d time.Duration) <-chan time.Time { return time.After(d) }
