package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// ErrNoDraft means the journal has no entry for an (interview, rule) pair.
var ErrNoDraft = errors.New("no such draft in the journal")

// DraftState is how far a journaled draft got.
type DraftState string

const (
	// DraftIntent: the draft was decided and its Message-ID chosen, but
	// the APPEND is not known to have succeeded. After a crash, search the
	// Drafts folder for the Message-ID before appending again.
	DraftIntent DraftState = "intent"
	// DraftAppended: the server accepted the APPEND.
	DraftAppended DraftState = "appended"
)

// Draft is one entry of the draft journal. Times come back in UTC.
type Draft struct {
	InterviewID, Rule string
	MessageID         string // the draft's own Message-ID, chosen before APPEND
	Mailbox           string // Drafts folder it goes to
	State             DraftState
	// Kind is the kind of the rule that wrote it (rules.Rule.Kind), ""
	// for drafts journaled before kinds were kept.
	Kind             string
	UIDValidity, UID uint32 // set when appended (UID 0 = unknown, e.g. server without UIDPLUS)
	Due              time.Time
	CreatedAt        time.Time
	AppendedAt       time.Time // zero until appended
}

// BeginDraft records the intent to write a draft for (d.InterviewID,
// d.Rule) unless one is already journaled. It returns the journaled entry
// (the existing one if any, so the caller can resume it) and whether it
// was created now. Only InterviewID, Rule, Kind, MessageID, Mailbox, Due
// and CreatedAt are taken from d; a zero CreatedAt means now. The new entry is
// in state DraftIntent.
//
// Insert and read happen in one write transaction, so of several callers
// racing on the same pair, in this process or another, exactly one creates
// the entry and all get the same one back.
func (s *Store) BeginDraft(ctx context.Context, d Draft) (Draft, bool, error) {
	if d.InterviewID == "" || d.Rule == "" || d.MessageID == "" || d.Mailbox == "" {
		return Draft{}, false, fmt.Errorf("begin draft %s/%s: interview id, rule, message id and mailbox are required",
			d.InterviewID, d.Rule)
	}
	if d.CreatedAt.IsZero() {
		d.CreatedAt = time.Now()
	}
	due, err := formatTime(d.Due)
	if err != nil {
		return Draft{}, false, fmt.Errorf("begin draft %s/%s: due: %w", d.InterviewID, d.Rule, err)
	}
	created, err := formatTime(d.CreatedAt)
	if err != nil {
		return Draft{}, false, fmt.Errorf("begin draft %s/%s: created: %w", d.InterviewID, d.Rule, err)
	}

	var (
		out   Draft
		fresh bool
	)
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		// The conflict target is the pair only: a Message-ID used by
		// another pair is a bug and must fail, not be skipped.
		res, err := tx.ExecContext(ctx, `
			INSERT INTO drafts (interview_id, rule, kind, message_id, mailbox, state, due, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (interview_id, rule) DO NOTHING`,
			d.InterviewID, d.Rule, d.Kind, d.MessageID, d.Mailbox, DraftIntent, due, created)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		fresh = n == 1
		out, err = scanDraft(tx.QueryRowContext(ctx, selectDraft+" WHERE interview_id = ? AND rule = ?",
			d.InterviewID, d.Rule))
		return err
	})
	if err != nil {
		return Draft{}, false, fmt.Errorf("begin draft %s/%s: %w", d.InterviewID, d.Rule, err)
	}
	return out, fresh, nil
}

// MarkAppended records that the draft of (interviewID, rule) is in its
// Drafts folder at uid under uidValidity (uid 0 when the server did not
// say, as without UIDPLUS, RFC 4315). It may be called again on an
// appended entry to record a UID learnt later, for instance by a SEARCH
// for the Message-ID; the first appended time is kept. It returns
// ErrNoDraft when BeginDraft was never called for the pair.
func (s *Store) MarkAppended(ctx context.Context, interviewID, rule string, uidValidity, uid uint32, at time.Time) error {
	t, err := formatTime(at)
	if err != nil {
		return fmt.Errorf("mark draft %s/%s appended: %w", interviewID, rule, err)
	}
	res, err := s.db.ExecContext(ctx, `
		UPDATE drafts SET
			state = ?,
			uid_validity = ?,
			uid = ?,
			appended_at = coalesce(appended_at, ?)
		WHERE interview_id = ? AND rule = ?`,
		DraftAppended, uidValidity, uid, t, interviewID, rule)
	if err != nil {
		return fmt.Errorf("mark draft %s/%s appended: %w", interviewID, rule, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("mark draft %s/%s appended: %w", interviewID, rule, err)
	}
	if n == 0 {
		return fmt.Errorf("mark draft %s/%s appended: %w", interviewID, rule, ErrNoDraft)
	}
	return nil
}

// Drafts returns the whole journal, oldest entry first.
func (s *Store) Drafts(ctx context.Context) ([]Draft, error) {
	rows, err := s.db.QueryContext(ctx, selectDraft+" ORDER BY created_at, interview_id, rule")
	if err != nil {
		return nil, fmt.Errorf("read drafts: %w", err)
	}
	defer rows.Close()
	var ds []Draft
	for rows.Next() {
		d, err := scanDraft(rows)
		if err != nil {
			return nil, fmt.Errorf("read drafts: %w", err)
		}
		ds = append(ds, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read drafts: %w", err)
	}
	return ds, nil
}

const selectDraft = `SELECT interview_id, rule, kind, message_id, mailbox, state, uid_validity, uid,
	due, created_at, appended_at FROM drafts`

// scanner is what *sql.Row and *sql.Rows have in common.
type scanner interface{ Scan(dest ...any) error }

func scanDraft(sc scanner) (Draft, error) {
	var (
		d            Draft
		due, created string
		appended     sql.NullString
	)
	if err := sc.Scan(&d.InterviewID, &d.Rule, &d.Kind, &d.MessageID, &d.Mailbox, &d.State,
		&d.UIDValidity, &d.UID, &due, &created, &appended); err != nil {
		return Draft{}, err
	}
	var err error
	if d.Due, err = parseTime(due); err != nil {
		return Draft{}, err
	}
	if d.CreatedAt, err = parseTime(created); err != nil {
		return Draft{}, err
	}
	if appended.Valid {
		if d.AppendedAt, err = parseTime(appended.String); err != nil {
			return Draft{}, err
		}
	}
	return d, nil
}
