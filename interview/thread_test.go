package interview_test

import (
	"slices"
	"testing"

	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

// TestBuildThreadOrder: a draft replies to the last Message-ID of Thread,
// so Thread is in date order whatever order Build met the messages in.
func TestBuildThreadOrder(t *testing.T) {
	invite := calMessage("a@x", "2026-11-20T10:00:00Z", vevent{method: "REQUEST", seq: 0, stamp: "20261120T100000Z", start: "20261201T090000Z"})
	moved := calMessage("b@x", "2026-11-22T10:00:00Z", vevent{method: "REQUEST", seq: 1, stamp: "20261122T100000Z", start: "20261202T130000Z"})
	// Read before the invitation although Build merges it after.
	textConf := textMessage("h@x", "2026-11-19T10:00:00Z", "joanna.park@initech.example", "Interview with Initech",
		"Confirming your interview with Initech on Tuesday, December 1 at 10:30 AM CET.")
	// The same words in the same second as the invitation.
	sameTime := textMessage("0@x", "2026-11-20T10:00:00Z", "joanna.park@initech.example", "Interview with Initech",
		"Confirming your interview with Initech on Tuesday, December 1 at 10:30 AM CET.")
	// A reply to the invitation that quotes an older message the store
	// does not have, written before the update.
	reply := textMessage("r@x", "2026-11-21T10:00:00Z", "joanna.park@initech.example", "Re: Interview with Initech",
		"Looking forward to it.")
	reply.References = []string{"old-2@x", "old-1@x", "a@x"}
	reply.InReplyTo = []string{"a@x"}

	tests := []struct {
		name   string
		msgs   []mail.Message
		thread []string
	}{
		{"an older confirmation comes before the invitation", []mail.Message{invite, textConf}, []string{"h@x", "a@x"}},
		{"equal dates by Message-ID", []mail.Message{invite, sameTime}, []string{"0@x", "a@x"}},
		{"a reply older than the update comes before it", []mail.Message{invite, moved, reply},
			[]string{"old-2@x", "old-1@x", "a@x", "r@x", "b@x"}},
		{"only referenced, undated, first in their given order", []mail.Message{invite, reply},
			[]string{"old-2@x", "old-1@x", "a@x", "r@x"}},
	}
	cfg := sampleConfig()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, msgs := range [][]mail.Message{tc.msgs, reversed(tc.msgs)} {
				ivs := interview.Build(msgs, nil, cfg)
				if len(ivs) != 1 {
					t.Fatalf("Build found %d interviews, want 1: %s", len(ivs), mustJSON(ivs))
				}
				if got := ivs[0].Thread; !slices.Equal(got, tc.thread) {
					t.Errorf("Thread = %v, want %v", got, tc.thread)
				}
			}
		})
	}
}

func reversed(msgs []mail.Message) []mail.Message {
	out := slices.Clone(msgs)
	slices.Reverse(out)
	return out
}
