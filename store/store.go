// Package store keeps followupd's state in SQLite (modernc.org/sqlite, WAL):
// the per-mailbox sync cursors and the messages learnt with them, the last
// interview and plan snapshots, the draft journal, the state of each
// calendar feed (its validators and last good copy, which stands in while
// the feed fails), and a small key/value table. It is the only package
// that speaks SQL.
//
// Times. Every time the store owns (plan and draft times, the indexed
// message date) is written as UTC text with a fixed nine-digit fraction,
// "2006-01-02T15:04:05.000000000Z": it round-trips to the nanosecond, sorts
// as text in time order, and reads well in the sqlite3 shell. Such times
// come back in UTC, with no monotonic reading. Years outside 0000-9999 are
// refused. The times inside a stored mail.Message or interview.Interview
// are part of that value and keep their UTC offset; see Messages and
// Interviews.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// busyTimeout is how long a statement waits for another process (say
// `followupd plan` next to the daemon) to release the write lock before it
// fails with SQLITE_BUSY.
const busyTimeout = 10 * time.Second

// Store is an open followupd database. Its methods are safe for concurrent
// use by several goroutines.
type Store struct {
	db *sql.DB
	// tightened names the paths whose permissions Open made private.
	tightened []string
}

// Tightened returns the paths (the state directory, the database and its
// -wal and -shm files) that other users could read or write until Open
// made them private: the caller warns about each.
func (s *Store) Tightened() []string { return s.tightened }

// makePrivate gives path the mode want when it grants more to group or
// others (another user's backup tool, a careless umask, a copy from
// elsewhere), and reports whether it did; a path that is missing is fine.
func makePrivate(path string, want os.FileMode) (bool, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if fi.Mode().Perm()&0o077 == 0 {
		return false, nil
	}
	return true, os.Chmod(path, want)
}

// Open opens the database at path, creating it and its parent directory
// when missing, and brings its schema up to date. It fails with
// ErrNewerSchema when the database was written by a newer followupd.
func Open(ctx context.Context, path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	// The database holds the user's mail: keep it private. SQLite gives the
	// -wal and -shm files the mode of the database file, so creating that
	// file first with 0600 covers all three.
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	f, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}

	// The directory and files may be older than this process, with
	// other modes: make them private at every start.
	var tightened []string
	for _, p := range []struct {
		path string
		mode os.FileMode
	}{{filepath.Dir(abs), 0o700}, {abs, 0o600}, {abs + "-wal", 0o600}, {abs + "-shm", 0o600}} {
		changed, err := makePrivate(p.path, p.mode)
		if err != nil {
			return nil, fmt.Errorf("open store %s: make %s private: %w", path, p.path, err)
		}
		if changed {
			tightened = append(tightened, p.path)
		}
	}

	db, err := sql.Open("sqlite", dsn(abs))
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	// One connection serialises the goroutines of this process in Go, where
	// they wait on ctx, instead of in SQLite, where a second writer gets
	// SQLITE_BUSY. Other processes are handled by busy_timeout together with
	// _txlock=immediate: a transaction takes the write lock when it begins,
	// so it waits for it rather than failing on a read-to-write upgrade.
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)

	s := &Store{db: db, tightened: tightened}
	if err := s.checkWAL(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := migrate(ctx, db, migrations); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

// dsn builds a SQLite URI for path. The URI form lets a path hold
// characters such as '?' and '#' (percent-encoded) without being cut.
func dsn(path string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "journal_mode(WAL)")
	// NORMAL is durable across application crashes in WAL mode and may lose
	// only the last commits on power loss, which the journal tolerates: a
	// draft's Message-ID is derived from its interview and rule, and the
	// daemon searches Drafts for it before any APPEND without an "appended"
	// record, so a lost commit is found again, not written twice.
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	// url.URL renders "file:///abs/path"; SQLite accepts an empty authority.
	return u.String() + "?" + q.Encode()
}

// checkWAL makes sure journal_mode(WAL) took: SQLite silently keeps the
// old mode where WAL is impossible (some network file systems), and then a
// reader such as `followupd plan` would block the daemon's writes.
func (s *Store) checkWAL(ctx context.Context) error {
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return fmt.Errorf("read journal mode: %w", err)
	}
	if !strings.EqualFold(mode, "wal") {
		return fmt.Errorf("journal mode is %q, not WAL: is the database on a network file system?", mode)
	}
	return nil
}

// Close closes the database. Callers close the store last, after every
// goroutine that uses it has stopped.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close store: %w", err)
	}
	return nil
}

// inTx runs fn in one transaction and commits it when fn returns nil.
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		if rerr := tx.Rollback(); rerr != nil && !errors.Is(rerr, sql.ErrTxDone) {
			return errors.Join(err, fmt.Errorf("rollback: %w", rerr))
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// timeLayout is RFC 3339 with a fixed-width fraction: with every time in
// UTC, text order is time order.
const timeLayout = "2006-01-02T15:04:05.000000000Z07:00"

// formatTime renders t for a time column.
func formatTime(t time.Time) (string, error) {
	t = t.UTC()
	if y := t.Year(); y < 0 || y > 9999 {
		return "", fmt.Errorf("time %v: year outside 0000-9999", t)
	}
	return t.Format(timeLayout), nil
}

// parseTime reads a time column back, in UTC.
func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored time %q: %w", s, err)
	}
	return t.UTC(), nil
}
