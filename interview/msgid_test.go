package interview_test

import (
	"testing"
	"time"

	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

// TestConfirmationsWithoutMessageID: two recruiters' plain confirmations
// without a Message-ID are two interviews with two IDs, not one ID twice
// (which the store refuses, stopping every pass).
func TestConfirmationsWithoutMessageID(t *testing.T) {
	loc, _ := time.LoadLocation("Europe/Berlin")
	cfg := interview.Config{Keywords: interview.DefaultKeywords(), Me: []string{"sam.rivera@example.org"}, Location: loc}
	msg := func(from, company string, day int) mail.Message {
		return mail.Message{
			Summary: mail.Summary{
				Mailbox: "INBOX", UID: uint32(day),
				Date:    time.Date(2026, 11, day, 10, 0, 0, 0, loc),
				Subject: "Phone interview with " + company,
				From:    []mail.Address{{Name: "Recruiter", Email: from}},
				To:      []mail.Address{{Email: "sam.rivera@example.org"}},
			},
			Text: "Hi Sam,\n\nConfirming our phone interview on Thursday, December 3 at 4:00 PM CET.\n\nBest,\nRecruiter",
		}
	}
	ivs := interview.Build([]mail.Message{
		msg("jane@umbrella.example", "Umbrella", 24),
		msg("kate@hooli.example", "Hooli", 25),
	}, nil, cfg)
	if len(ivs) != 2 {
		t.Fatalf("got %d interviews, want 2: %+v", len(ivs), ivs)
	}
	if ivs[0].ID == ivs[1].ID {
		t.Fatalf("both interviews have ID %s", ivs[0].ID)
	}
}
