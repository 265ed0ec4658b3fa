package daemon

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/sample"
	"github.com/followupd/followupd/mail"
)

// sentFails fails the sync of Sent, after INBOX was synced and committed:
// a connection that drops in the middle of a pass.
type sentFails struct{ Mailbox }

func (s sentFails) ScanSummaries(ctx context.Context, mb string, cur mail.Cursor, since time.Time, opts mail.ScanOptions, fn func(mail.SummaryBatch) error) (mail.Cursor, bool, error) {
	if mb == "Sent" {
		return cur, false, errInjected
	}
	return s.Mailbox.ScanSummaries(ctx, mb, cur, since, opts, fn)
}

// TestPassResumesAfterPartialSync: a pass stores a new invitation, then
// loses its connection before it rebuilds the interviews. The next pass
// finds no new mail, and must still see the invitation (found by killing
// Dovecot under `followupd run`).
func TestPassResumesAfterPartialSync(t *testing.T) {
	r := newRig(t)
	at := time.Date(2026, 12, 8, 17, 0, 0, 0, sample.Location())
	for _, m := range sample.Messages() {
		if !strings.Contains(m.Name, "wonka") && !m.Date.After(at) {
			if err := r.srv.Deliver(m.Mailbox, m.Raw, m.Date); err != nil {
				t.Fatal(err)
			}
		}
	}
	before, err := r.pass(at)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range sample.Messages() {
		if strings.Contains(m.Name, "wonka") {
			if err := r.srv.Deliver(m.Mailbox, m.Raw, m.Date); err != nil {
				t.Fatal(err)
			}
		}
	}
	dial := r.runner.Dial
	r.runner.Dial = func(ctx context.Context) (Mailbox, error) {
		c, err := dial(ctx)
		return sentFails{c}, err
	}
	if _, err := r.pass(at); !errors.Is(err, errInjected) {
		t.Fatalf("interrupted pass: err = %v, want the injected fault", err)
	}
	r.runner.Dial = dial
	after, err := r.pass(at)
	if err != nil {
		t.Fatal(err)
	}
	if after.Scanned != 0 {
		t.Fatalf("the resumed pass scanned %d messages; the test wants the invitation already stored", after.Scanned)
	}
	if len(after.Interviews) != len(before.Interviews)+1 {
		t.Errorf("%d interviews after the resumed pass, want %d: the stored invitation was ignored", len(after.Interviews), len(before.Interviews)+1)
	}
	if len(after.Written) != 1 || !strings.Contains(after.Written[0].Item.Company, "Wonka") {
		t.Errorf("the resumed pass wrote %d drafts, want Wonka's thank-you", len(after.Written))
	}
}
