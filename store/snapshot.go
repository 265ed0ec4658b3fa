package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/followupd/followupd/interview"
)

// SaveInterviews replaces the stored interviews with ivs, in one
// transaction, so a reader never sees half of a pass. Every interview needs
// a distinct, non-empty ID.
func (s *Store) SaveInterviews(ctx context.Context, ivs []interview.Interview) error {
	type row struct{ id, start, data string }
	rows := make([]row, 0, len(ivs))
	for i := range ivs {
		iv := &ivs[i]
		if iv.ID == "" {
			return fmt.Errorf("save interviews: interview %d has no id", i)
		}
		start, err := formatTime(iv.Start)
		if err != nil {
			return fmt.Errorf("save interviews: interview %s: %w", iv.ID, err)
		}
		// interview.Interview carries json tags for this purpose: its JSON
		// form is the stored form.
		data, err := json.Marshal(iv)
		if err != nil {
			return fmt.Errorf("save interviews: interview %s: %w", iv.ID, err)
		}
		rows = append(rows, row{iv.ID, start, string(data)})
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM interviews"); err != nil {
			return err
		}
		if len(rows) == 0 {
			return nil
		}
		stmt, err := tx.PrepareContext(ctx, "INSERT INTO interviews (id, start, data) VALUES (?, ?, ?)")
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, r := range rows {
			if _, err := stmt.ExecContext(ctx, r.id, r.start, r.data); err != nil {
				return fmt.Errorf("interview %s: %w", r.id, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("save interviews: %w", err)
	}
	return nil
}

// Interviews returns the stored interviews ordered by start, then id. They
// come back through their JSON form: every time keeps its instant and UTC
// offset but not its zone name, and, as with any time.Time decoded from
// JSON, an offset equal to the machine's local one comes back as
// time.Local. Compare times with Equal, and convert with In before reading
// a wall clock.
func (s *Store) Interviews(ctx context.Context) ([]interview.Interview, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, data FROM interviews ORDER BY start, id")
	if err != nil {
		return nil, fmt.Errorf("read interviews: %w", err)
	}
	defer rows.Close()
	var ivs []interview.Interview
	for rows.Next() {
		var id, data string
		if err := rows.Scan(&id, &data); err != nil {
			return nil, fmt.Errorf("read interviews: %w", err)
		}
		var iv interview.Interview
		if err := json.Unmarshal([]byte(data), &iv); err != nil {
			return nil, fmt.Errorf("read interviews: decode %s: %w", id, err)
		}
		ivs = append(ivs, iv)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read interviews: %w", err)
	}
	return ivs, nil
}

// PlanItem is one line of the last computed plan, as `followupd plan`
// shows it: when the draft of a rule for an interview is due, or why it is
// not (Status and Reason are rules' words; the store does not read them).
type PlanItem struct {
	InterviewID, Rule, Company string
	Due                        time.Time
	Status, Reason             string
}

// SavePlan replaces the stored plan, in one transaction. An
// (InterviewID, Rule) pair may appear once.
func (s *Store) SavePlan(ctx context.Context, items []PlanItem) error {
	dues := make([]string, len(items))
	for i, it := range items {
		if it.InterviewID == "" || it.Rule == "" {
			return fmt.Errorf("save plan: item %d needs an interview id and a rule", i)
		}
		d, err := formatTime(it.Due)
		if err != nil {
			return fmt.Errorf("save plan: %s/%s: %w", it.InterviewID, it.Rule, err)
		}
		dues[i] = d
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM plan_items"); err != nil {
			return err
		}
		if len(items) == 0 {
			return nil
		}
		stmt, err := tx.PrepareContext(ctx, `
			INSERT INTO plan_items (interview_id, rule, company, due, status, reason)
			VALUES (?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for i, it := range items {
			if _, err := stmt.ExecContext(ctx, it.InterviewID, it.Rule, it.Company, dues[i], it.Status, it.Reason); err != nil {
				return fmt.Errorf("%s/%s: %w", it.InterviewID, it.Rule, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("save plan: %w", err)
	}
	return nil
}

// Plan returns the stored plan ordered by due time, then interview id and
// rule. Due comes back in UTC.
func (s *Store) Plan(ctx context.Context) ([]PlanItem, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT interview_id, rule, company, due, status, reason
		FROM plan_items ORDER BY due, interview_id, rule`)
	if err != nil {
		return nil, fmt.Errorf("read plan: %w", err)
	}
	defer rows.Close()
	var items []PlanItem
	for rows.Next() {
		var (
			it  PlanItem
			due string
		)
		if err := rows.Scan(&it.InterviewID, &it.Rule, &it.Company, &due, &it.Status, &it.Reason); err != nil {
			return nil, fmt.Errorf("read plan: %w", err)
		}
		if it.Due, err = parseTime(due); err != nil {
			return nil, fmt.Errorf("read plan: %w", err)
		}
		items = append(items, it)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read plan: %w", err)
	}
	return items, nil
}
