package daemon

import "runtime/debug"

// saves commits the mailboxes a fresh pass read in the background, one
// after the other in the order they were read. A first pass over a large
// window writes thousands of rows (about half a second for 8,000 bodies,
// see bench/README.md), and it builds the interviews from the same
// messages in memory (Result.saved): the two overlap instead of following
// each other. A pass that reads a few new messages saves as it goes.
//
// After a save fails, the later ones are not attempted, as a pass that
// saved as it went would have stopped at the first failure; wait reports
// it.
type saves struct {
	jobs   chan func() error
	done   chan struct{}
	closed bool
	err    error // written by the worker until done is closed
}

// add queues one save. It waits only when many are queued already.
func (s *saves) add(save func() error) {
	if s.jobs == nil {
		s.jobs = make(chan func() error, 8)
		s.done = make(chan struct{})
		go s.work()
	}
	s.jobs <- save
}

func (s *saves) work() {
	defer close(s.done)
	for save := range s.jobs {
		if s.err == nil {
			s.err = saveSafely(save)
		}
	}
}

// saveSafely runs save on the worker goroutine, where a panic would end
// the process: the pass fails with it instead, and is retried.
func saveSafely(save func() error) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &panicError{value: v, stack: debug.Stack()}
		}
	}()
	return save()
}

// wait returns once every queued save is committed or has failed, with
// the first failure. Nothing can be added after it; calling it again
// returns the same.
func (s *saves) wait() error {
	if s.jobs == nil {
		return nil
	}
	if !s.closed {
		close(s.jobs)
		s.closed = true
	}
	<-s.done
	return s.err
}
