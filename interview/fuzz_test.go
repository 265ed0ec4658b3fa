package interview_test

import (
	"testing"
	"time"

	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

// FuzzBuild feeds Build a conversation of hostile text: a stranger writes
// the subject, the display name and the body, also of two notices of a
// chat service's (see chainChats). It must never panic, and every
// interview it finds must have a start and stand in the thread of a
// message it was given.
func FuzzBuild(f *testing.F) {
	f.Add("Interview: Backend Engineer – Sam Rivera", "Acme Careers", "Your interview is confirmed for Thursday, 10 December at 14:00 CET.", "Re: Interview", "Thursday at 11 it is")
	f.Add("Vorstellungsgespräch", "Jo | Acme GmbH", "am 8-dez-26 um 10 Uhr, Zeit: 4.Dez..2026 04:00 PM Amsterdam", "Re: x", "au lieu de mardi 8 décembre à 10h, lundi le 7 décembre à la même heure ?")
	f.Add("(((", "<>", "\x00\xff\xfe 12/12/12 12:12 +99:99 UTC+15", "Re:", "¿?")
	f.Add("Je hebt berichten gemist van Marieke de Vries", "Marieke de Vries", "Lindeboom Analytics B.V. (extern)\n\nHet gesprek staat gepland op donderdag 17 december van 13:00 tot 14:00 uur.",
		"Re: x", "we moeten het gesprek van donderdag helaas annuleren")
	cfg := sampleConfig()
	f.Fuzz(func(t *testing.T, subject, name, text, subject2, text2 string) {
		at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
		msgs := []mail.Message{
			{Summary: mail.Summary{MessageID: "a@x", Date: at, Subject: subject,
				From: []mail.Address{{Name: name, Email: "jo@acme.example"}}, To: addr("Sam", "sam.rivera@example.org")}, Text: text},
			{Summary: mail.Summary{MessageID: "b@x", Date: at.Add(time.Hour), Subject: subject2, InReplyTo: []string{"a@x"},
				From: []mail.Address{{Name: name, Email: "no-reply@greenhouse.io"}}, ReplyTo: addr(name, "jo@acme.example")}, Text: text2},
			{Summary: mail.Summary{MessageID: "c@x", Date: at.Add(2 * time.Hour), Subject: subject,
				From: []mail.Address{{Name: name, Email: "noreply@email.teams.microsoft.com"}}}, Text: name + "\n" + text},
			{Summary: mail.Summary{MessageID: "d@x", Date: at.Add(3 * time.Hour), Subject: subject,
				From: []mail.Address{{Name: "Microsoft Teams", Email: "noreply@email.teams.microsoft.com"}}}, Text: text2},
		}
		for _, iv := range interview.Build(msgs, nil, cfg) {
			if iv.Start.IsZero() || iv.ID == "" {
				t.Errorf("interview without a start or an ID: %+v", iv)
			}
			if len(iv.Thread) == 0 {
				t.Errorf("interview %s stands in no thread", iv.ID)
			}
		}
		interview.Verdicts(msgs, cfg)
	})
}
