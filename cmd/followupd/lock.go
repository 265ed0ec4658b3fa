package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// errBusy says another followupd process writes drafts from the same state.
var errBusy = errors.New("another followupd (run or once) is writing drafts from this state directory")

// lockState takes the state directory's writer lock: only one process at a
// time may write drafts from one journal. Without it, `once` started while
// `run` is mid-APPEND could take `run`'s fresh intent for an interrupted
// one and write the draft a second time. The lock is an flock(2) on a file
// beside the database, released by the kernel when the process dies, so a
// crash never leaves it stale.
func lockState(dir string) (unlock func(), err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("lock state: %w", err)
	}
	path := filepath.Join(dir, "writer.lock")
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("lock state: %w", err)
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, unix.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w (%s); `followupd plan` shows what it will do", errBusy, dir)
		}
		return nil, fmt.Errorf("lock state %s: %w", path, err)
	}
	return func() { f.Close() }, nil
}
