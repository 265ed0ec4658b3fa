package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/followupd/followupd/mail"
)

// ErrUIDValidityChanged means SaveMailbox was asked to add to a mailbox
// whose stored UIDVALIDITY differs from the new cursor's without reset:
// the stored UIDs would then name other messages (RFC 3501 section
// 2.3.1.1), so the caller must resync with reset=true.
var ErrUIDValidityChanged = errors.New("uidvalidity changed without reset")

// Cursor is how far a mailbox has been synced: every message with a UID up
// to LastUID under this UIDVALIDITY has been seen.
type Cursor struct {
	UIDValidity uint32
	LastUID     uint32
}

// Cursor returns the stored cursor of mailbox; ok is false when the mailbox
// has never been saved.
func (s *Store) Cursor(ctx context.Context, mailbox string) (c Cursor, ok bool, err error) {
	err = s.db.QueryRowContext(ctx,
		"SELECT uid_validity, last_uid FROM mailboxes WHERE name = ?", mailbox,
	).Scan(&c.UIDValidity, &c.LastUID)
	if errors.Is(err, sql.ErrNoRows) {
		return Cursor{}, false, nil
	}
	if err != nil {
		return Cursor{}, false, fmt.Errorf("read cursor of %q: %w", mailbox, err)
	}
	return c, true, nil
}

// SaveMailbox stores the messages learnt from one mailbox and advances its
// cursor in one transaction, so that after a crash the cursor never points
// past a message that was not stored. reset=true (UIDVALIDITY changed)
// first drops every stored message of that mailbox. A message already
// stored (same mailbox and UID) is replaced. Every message must belong to
// mailbox and have a non-zero UID.
func (s *Store) SaveMailbox(ctx context.Context, mailbox string, cur Cursor, reset bool, msgs []mail.Message) error {
	// Encode before taking the write lock: it is the slow part.
	rows, err := encodeMessages(mailbox, msgs)
	if err != nil {
		return fmt.Errorf("save mailbox %q: %w", mailbox, err)
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		if reset {
			if _, err := tx.ExecContext(ctx, "DELETE FROM messages WHERE mailbox = ?", mailbox); err != nil {
				return fmt.Errorf("drop messages: %w", err)
			}
		} else if err := checkUIDValidity(ctx, tx, mailbox, cur); err != nil {
			return err
		}
		// An upsert, not INSERT OR REPLACE: replacing the row would delete
		// it first and cascade to the mailbox's messages.
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO mailboxes (name, uid_validity, last_uid) VALUES (?, ?, ?)
			ON CONFLICT (name) DO UPDATE SET
				uid_validity = excluded.uid_validity,
				last_uid = excluded.last_uid`,
			mailbox, cur.UIDValidity, cur.LastUID); err != nil {
			return fmt.Errorf("save cursor: %w", err)
		}
		return insertMessages(ctx, tx, mailbox, rows)
	})
	if err != nil {
		return fmt.Errorf("save mailbox %q: %w", mailbox, err)
	}
	return nil
}

// encodeMessages encodes msgs, a first pass's thousands on every
// processor, and returns the error of the first message that fails.
func encodeMessages(mailbox string, msgs []mail.Message) ([]messageRow, error) {
	rows := make([]messageRow, len(msgs))
	errs := make([]error, len(msgs))
	procs := runtime.GOMAXPROCS(0)
	if len(msgs) < 64 {
		procs = 1 // not worth a goroutine
	}
	var wg sync.WaitGroup
	for w := range procs {
		wg.Go(func() {
			for i := w; i < len(msgs); i += procs {
				rows[i], errs[i] = encodeMessage(mailbox, &msgs[i])
			}
		})
	}
	wg.Wait()
	return rows, firstError(errs)
}

func firstError(errs []error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func checkUIDValidity(ctx context.Context, tx *sql.Tx, mailbox string, cur Cursor) error {
	var stored uint32
	err := tx.QueryRowContext(ctx, "SELECT uid_validity FROM mailboxes WHERE name = ?", mailbox).Scan(&stored)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read cursor: %w", err)
	}
	if stored != cur.UIDValidity {
		return fmt.Errorf("%w: stored %d, new %d", ErrUIDValidityChanged, stored, cur.UIDValidity)
	}
	return nil
}

func insertMessages(ctx context.Context, tx *sql.Tx, mailbox string, rows []messageRow) error {
	if len(rows) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `
		INSERT INTO messages (mailbox, uid, message_id, date, data) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (mailbox, uid) DO UPDATE SET
			message_id = excluded.message_id,
			date = excluded.date,
			data = excluded.data`)
	if err != nil {
		return fmt.Errorf("prepare insert: %w", err)
	}
	defer stmt.Close()
	for _, r := range rows {
		if _, err := stmt.ExecContext(ctx, mailbox, r.uid, r.messageID, r.date, r.data); err != nil {
			return fmt.Errorf("store message uid %d: %w", r.uid, err)
		}
	}
	return nil
}

// Messages returns every stored message, ordered by date, then mailbox,
// then UID. Each comes back as it was saved, except that the Date keeps its
// instant and UTC offset but not its zone name: it is in UTC when the
// offset is zero and in an unnamed fixed zone otherwise (never time.Local,
// whatever the machine's zone). Strings that are not valid UTF-8 come back
// with U+FFFD in place of the bad bytes (they are stored as JSON).
func (s *Store) Messages(ctx context.Context) ([]mail.Message, error) {
	return s.messages(ctx, "SELECT mailbox, uid, data FROM messages ORDER BY date, mailbox, uid")
}

// StoredMessageIDs reports which of ids are the Message-IDs of stored
// messages.
func (s *Store) StoredMessageIDs(ctx context.Context, ids []string) (map[string]bool, error) {
	out := map[string]bool{}
	if len(ids) == 0 {
		return out, nil
	}
	// SQLite allows 32,766 parameters; callers ask for a few.
	q := "SELECT DISTINCT message_id FROM messages WHERE message_id IN (?" + strings.Repeat(", ?", len(ids)-1) + ")"
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("look up message-ids: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("look up message-ids: %w", err)
		}
		out[id] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("look up message-ids: %w", err)
	}
	return out, nil
}

// CountMessages returns how many messages are stored.
func (s *Store) CountMessages(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM messages").Scan(&n); err != nil {
		return 0, fmt.Errorf("count messages: %w", err)
	}
	return n, nil
}

// MessagesIn returns the stored messages of one mailbox, as Messages does.
func (s *Store) MessagesIn(ctx context.Context, mailbox string) ([]mail.Message, error) {
	return s.messages(ctx, "SELECT mailbox, uid, data FROM messages WHERE mailbox = ? ORDER BY date, uid", mailbox)
}

func (s *Store) messages(ctx context.Context, query string, args ...any) ([]mail.Message, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("read messages: %w", err)
	}
	defer rows.Close()
	var msgs []mail.Message
	for rows.Next() {
		var (
			mailbox string
			uid     uint32
			data    string
		)
		if err := rows.Scan(&mailbox, &uid, &data); err != nil {
			return nil, fmt.Errorf("read messages: %w", err)
		}
		m, err := decodeMessage(mailbox, uid, data)
		if err != nil {
			return nil, fmt.Errorf("read messages: %w", err)
		}
		msgs = append(msgs, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read messages: %w", err)
	}
	return msgs, nil
}

// PruneMessages deletes the stored messages dated before the given time
// and returns how many it deleted. Cursors stay: a pruned message is not
// fetched again. A message without a date (the zero time) counts as old.
func (s *Store) PruneMessages(ctx context.Context, before time.Time) (int, error) {
	b, err := formatTime(before)
	if err != nil {
		return 0, fmt.Errorf("prune messages: %w", err)
	}
	res, err := s.db.ExecContext(ctx, "DELETE FROM messages WHERE date < ?", b)
	if err != nil {
		return 0, fmt.Errorf("prune messages: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("prune messages: %w", err)
	}
	return int(n), nil
}
