package interview

import (
	"testing"

	"github.com/followupd/followupd/mail"
)

// TestChatOf: the notices of one person's messages on one service share a
// conversation, whatever count of messages each names; other senders'
// mail, answers and the service's own mail have none of their own.
func TestChatOf(t *testing.T) {
	from := func(name, email string) []mail.Address { return []mail.Address{{Name: name, Email: email}} }
	teams := from("Microsoft Teams", "noreply@email.teams.microsoft.com")
	tests := []struct {
		name    string
		a, b    mail.Summary
		same    bool
		noneOfA bool // a has no conversation at all
	}{
		{name: "missed messages, counted differently",
			a:    mail.Summary{From: teams, Subject: "Je hebt 2 nieuwe berichten gemist van Marieke de Vries"},
			b:    mail.Summary{From: teams, Subject: "Je hebt een bericht gemist van Marieke de Vries"},
			same: true},
		{name: "two people on one service",
			a: mail.Summary{From: teams, Subject: "Je hebt berichten gemist van Marieke de Vries"},
			b: mail.Summary{From: teams, Subject: "Je hebt berichten gemist van Joris Bakker"}},
		{name: "a relay's display name and the person's own",
			a:    mail.Summary{From: from("Tomás Ferreira via LinkedIn", "inmail-hit-reply@linkedin.com"), Subject: "Staff Platform Engineer at Quillon – intro?"},
			b:    mail.Summary{From: from("Tomás Ferreira", "messages-noreply@linkedin.com"), Subject: "Tomás just messaged you"},
			same: true},
		{name: "the service's own name is nobody",
			a:       mail.Summary{From: from("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"), Subject: "30 new jobs for Platform Engineer"},
			b:       mail.Summary{From: from("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"), Subject: "30 new jobs for Platform Engineer"},
			noneOfA: true},
		{name: "a person's own mail",
			a:       mail.Summary{From: from("Marieke de Vries", "marieke@lindeboom.example"), Subject: "Tweede ronde"},
			b:       mail.Summary{From: from("Marieke de Vries", "marieke@lindeboom.example"), Subject: "Tweede ronde"},
			noneOfA: true},
		{name: "a notice that answers something",
			a:       mail.Summary{From: teams, Subject: "Je hebt berichten gemist van Marieke de Vries", InReplyTo: []string{"x@example.org"}},
			b:       mail.Summary{From: teams, Subject: "Je hebt berichten gemist van Marieke de Vries"},
			noneOfA: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := chatOf(&mail.Message{Summary: tc.a}), chatOf(&mail.Message{Summary: tc.b})
			if (a == "") != tc.noneOfA {
				t.Fatalf("chatOf(a) = %q; want none: %v", a, tc.noneOfA)
			}
			if tc.noneOfA {
				return
			}
			if (a == b) != tc.same {
				t.Errorf("chatOf = %q and %q; want the same: %v", a, b, tc.same)
			}
		})
	}
}
