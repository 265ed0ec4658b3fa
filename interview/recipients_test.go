package interview_test

import (
	"testing"
	"time"

	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

// TestMachinesAreNobodyToWrite: an interview confirmed by a machine has no
// address to thank, whatever domain it writes from; a person named in
// Reply-To is the one to write to.
func TestMachinesAreNobodyToWrite(t *testing.T) {
	cfg := sampleConfig()
	date := time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC)
	text := "Your interview for the Senior Go Engineer role is confirmed for Thursday, December 3 at 2:00 PM CET."
	tests := []struct {
		name    string
		from    []mail.Address
		replyTo []mail.Address
		text    string
		want    string // the organizer's address; "" for nobody
	}{
		{"a person at the company", addr("Jo Park", "jo.park@acme.example"), nil, text, "jo.park@acme.example"},
		{"the company's address that says not to reply", addr("Acme Careers", "careers@acme.example"), nil,
			text + "\n\nPlease do not reply to this email.", ""},
		{"a scheduling system", addr("Acme", "notifications@acme.bamboohr.example"), nil, text, ""},
		{"a no-reply address", addr("Acme", "no-reply@acme.example"), nil, text, ""},
		{"German: bitte antworten Sie nicht", addr("Acme", "karriere@acme.example"), nil,
			text + "\n\nBitte antworten Sie nicht auf diese E-Mail.", ""},
		{"a system, and a person in Reply-To", addr("Acme", "no-reply@greenhouse.io"), addr("Jo Park", "jo.park@acme.example"),
			text, "jo.park@acme.example"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := mail.Message{Summary: mail.Summary{
				MessageID: "m1@x", Date: date, Subject: "Interview confirmed",
				From: tc.from, ReplyTo: tc.replyTo, To: addr("Sam Rivera", "sam.rivera@example.org"),
			}, Text: tc.text}
			ivs := interview.Build([]mail.Message{m}, nil, cfg)
			if len(ivs) != 1 {
				t.Fatalf("Build found %d interviews, want 1", len(ivs))
			}
			iv := ivs[0]
			if iv.Organizer.Email != tc.want {
				t.Errorf("Organizer = %q, want %q", iv.Organizer.Email, tc.want)
			}
			for _, p := range iv.Interviewers {
				if !interview.PersonAddress(p.Email) || p.Email != tc.want {
					t.Errorf("interviewer %q: want only %q", p.Email, tc.want)
				}
			}
		})
	}
}
