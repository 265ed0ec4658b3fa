package interview_test

import (
	"testing"

	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

func addr(name, email string) []mail.Address { return []mail.Address{{Name: name, Email: email}} }

func TestCandidate(t *testing.T) {
	cfg := sampleConfig()
	cfg.IgnoreSenders = []string{"@spam.example", "boss@globex.example"}
	known := interview.Known{
		MessageIDs: map[string]bool{"invite-1@initech.example": true},
		Addresses:  map[string]bool{"priya.raman.talent@gmail.com": true},
		Domains:    map[string]bool{"initech.example": true},
	}
	tests := []struct {
		name string
		s    mail.Summary
		want bool
	}{
		{"calendar part", mail.Summary{Subject: "Sprint planning", From: addr("Bob", "bob@globex.example"), HasCalendar: true}, true},
		{"interview word in the subject", mail.Summary{Subject: "Your interview next week", From: addr("", "x@anywhere.example")}, true},
		{"German interview word", mail.Summary{Subject: "Einladung zum Vorstellungsgespräch", From: addr("", "hr@wonka.example")}, true},
		{"scheduling system", mail.Summary{Subject: "Next steps", From: addr("Initrode", "no-reply@hire.lever.co")}, true},
		{"scheduling system as Sender", mail.Summary{Subject: "Next steps", From: addr("", "x@y.example"), Sender: addr("", "notify@greenhouse.io")}, true},
		{"reply into a known thread", mail.Summary{Subject: "Re: hello", From: addr("", "someone@else.example"), InReplyTo: []string{"invite-1@initech.example"}}, true},
		{"known thread in References", mail.Summary{Subject: "hello", From: addr("", "someone@else.example"), References: []string{"old@x", "invite-1@initech.example"}}, true},
		{"known person on freemail", mail.Summary{Subject: "quick question", From: addr("Priya", "priya.raman.talent@gmail.com")}, true},
		{"known company domain", mail.Summary{Subject: "Next steps", From: addr("Bill", "bill@mail.initech.example")}, true},
		{"someone else on the same freemail", mail.Summary{Subject: "hi", From: addr("", "other@gmail.com")}, false},
		{"bulk mail, even with a calendar", mail.Summary{Subject: "Interview webinar", From: addr("", "news@loop.example"), Bulk: true, HasCalendar: true}, false},
		{"ignored domain", mail.Summary{Subject: "Interview tips", From: addr("", "a@mx.spam.example")}, false},
		{"ignored address", mail.Summary{Subject: "Interview debrief", From: addr("", "boss@globex.example"), HasCalendar: true}, false},
		{"nothing", mail.Summary{Subject: "Lunch?", From: addr("", "friend@example.net")}, false},
		{"empty", mail.Summary{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := interview.Candidate(tc.s, cfg, known); got != tc.want {
				t.Errorf("Candidate = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestKnownFromSample: after the sample, the recruiter's later mail is a
// candidate whatever its subject, and nothing vendor-ish is known.
func TestKnownFromSample(t *testing.T) {
	cfg := sampleConfig()
	k := interview.KnownFrom(interview.Build(messagesOf(sampleMessages(t)), nil, cfg))
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"Initech recruiter", k.Addresses["joanna.park@initech.example"], true},
		{"Pied Piper recruiter (Reply-To of Greenhouse)", k.Addresses["monica.hall@piedpiper.example"], true},
		{"Wonka interviewer", k.Addresses["juergen.mueller@wonka.example"], true},
		{"Umbrella domain", k.Domains["umbrella.example"], true},
		{"no vendor address", k.Addresses["no-reply@greenhouse.io"], false},
		{"no vendor domain", k.Domains["greenhouse.io"], false},
		{"no calendar system", k.Domains["google.com"], false},
		{"no room", k.Addresses["conf.moscone@hooli.example"], false},
		{"not the user", k.Addresses["sam.rivera@example.org"], false},
		{"Umbrella thread", k.MessageIDs["CAJd0e7kR3x+N1q2Wm8fTz5YbH4uVp6sLc9Aa0Bx@mail.umbrella.example"], true},
		{"Initech reply", k.MessageIDs["CAF7x9q2Lw+R8tY3mN4bV5cX6zA1sD2fG3hJ4kL5mN6pQ7@mail.gmail.com"], true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %v, want %v", tc.got, tc.want)
			}
		})
	}
	later := mail.Summary{Subject: "Quick question", From: addr("Joanna Park", "joanna.park@initech.example")}
	if !interview.Candidate(later, cfg, k) {
		t.Error("the Initech recruiter's next mail must be a candidate")
	}
}
