package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/followupd/followupd/calendar"
)

// Feed returns the stored state of the calendar feed called name; ok is
// false (with a zero state) when none is stored. Times come back in UTC,
// an empty Body as nil.
func (s *Store) Feed(ctx context.Context, name string) (calendar.FeedState, bool, error) {
	var (
		st                calendar.FeedState
		fetchedAt, goodAt sql.NullString
	)
	err := s.db.QueryRowContext(ctx, `
		SELECT etag, last_modified, body, fetched_at, good_at, err
		FROM feeds WHERE name = ?`, name).
		Scan(&st.ETag, &st.LastModified, &st.Body, &fetchedAt, &goodAt, &st.Err)
	if errors.Is(err, sql.ErrNoRows) {
		return calendar.FeedState{}, false, nil
	}
	if err != nil {
		return calendar.FeedState{}, false, fmt.Errorf("read feed %q: %w", name, err)
	}
	if len(st.Body) == 0 {
		st.Body = nil
	}
	if st.FetchedAt, err = parseNullTime(fetchedAt); err != nil {
		return calendar.FeedState{}, false, fmt.Errorf("read feed %q: fetched_at: %w", name, err)
	}
	if st.GoodAt, err = parseNullTime(goodAt); err != nil {
		return calendar.FeedState{}, false, fmt.Errorf("read feed %q: good_at: %w", name, err)
	}
	return st, true, nil
}

// SaveFeed stores st as the state of the feed called name, replacing what
// was stored before.
func (s *Store) SaveFeed(ctx context.Context, name string, st calendar.FeedState) error {
	if name == "" {
		return errors.New("save feed: no name")
	}
	fetchedAt, err := formatNullTime(st.FetchedAt)
	if err != nil {
		return fmt.Errorf("save feed %q: fetched_at: %w", name, err)
	}
	goodAt, err := formatNullTime(st.GoodAt)
	if err != nil {
		return fmt.Errorf("save feed %q: good_at: %w", name, err)
	}
	body := st.Body
	if body == nil {
		body = []byte{} // nil would bind as NULL
	}
	_, err = s.db.ExecContext(ctx, `
		INSERT INTO feeds (name, etag, last_modified, body, fetched_at, good_at, err)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET
			etag = excluded.etag,
			last_modified = excluded.last_modified,
			body = excluded.body,
			fetched_at = excluded.fetched_at,
			good_at = excluded.good_at,
			err = excluded.err`,
		name, st.ETag, st.LastModified, body, fetchedAt, goodAt, st.Err)
	if err != nil {
		return fmt.Errorf("save feed %q: %w", name, err)
	}
	return nil
}

// formatNullTime is formatTime with the zero time, which has not happened,
// as NULL.
func formatNullTime(t time.Time) (sql.NullString, error) {
	if t.IsZero() {
		return sql.NullString{}, nil
	}
	s, err := formatTime(t)
	if err != nil {
		return sql.NullString{}, err
	}
	return sql.NullString{String: s, Valid: true}, nil
}

func parseNullTime(s sql.NullString) (time.Time, error) {
	if !s.Valid {
		return time.Time{}, nil
	}
	return parseTime(s.String)
}
