package interview

import (
	"slices"
	"strings"
	"unicode"

	"github.com/followupd/followupd/mail"
)

// A job board's or a messaging service's notices of one person's messages
// are one conversation, as a thread of replies is: LinkedIn's "Tomás just
// messaged you" three times, Teams' "Je hebt berichten gemist van Marieke
// de Vries" and then "Je hebt een bericht gemist van Marieke de Vries".
// The service gives them no In-Reply-To, so the second ("dann halten wir
// Mittwoch, den 9.12., um 10:30 Uhr fest", "we moeten het gesprek van
// donderdag helaas annuleren") would be read as a letter of its own, and
// the interview the first proposed never be fixed or cancelled. chainChats
// gives each notice, in the build's copy, the one before it in its
// conversation as the message it answers.

// chainChats threads the notices of each conversation (chatOf) of ins,
// which are in date order: a notice answers the one before it.
func chainChats(ins []input) {
	type prior struct {
		id   string
		refs []string
	}
	last := map[string]prior{}
	for i := range ins {
		m := ins[i].m
		if ins[i].a.sent || m.MessageID == "" {
			continue
		}
		k := chatOf(m)
		if k == "" {
			continue
		}
		if p, ok := last[k]; ok {
			// The build's own copy: the caller's slices stay as
			// they are.
			m.InReplyTo = []string{p.id}
			m.References = append(slices.Clone(p.refs), p.id)
		}
		last[k] = prior{id: m.MessageID, refs: m.References}
	}
}

// chatOf returns the conversation of a service's notice of a person's
// message: the service's domain and the person, as the sender's display
// name names them ("Tomás Ferreira via LinkedIn", "Lucía Martín Pardo -
// Grupo Alcora" at indeedemail.com) or, when the display name is the
// service's own ("Microsoft Teams", "XING"), as the subject does. It is ""
// for anything else, and for a notice that answers something already.
func chatOf(m *mail.Message) string {
	if len(m.From) == 0 || len(m.InReplyTo) > 0 {
		return ""
	}
	from := m.From[0]
	d := domainOf(from.Email)
	if !isJobBoard(d) && !isMessaging(d) {
		return ""
	}
	who := relayedPerson(m)
	if who == "" && personMessage(m.Subject) {
		who = subjectCorrespondent(m.Subject)
	}
	who = strings.Join(strings.Fields(strings.ToLower(who)), " ")
	if who == "" {
		return ""
	}
	return orgDomain(d) + "|" + who
}

// relayedPerson returns the person a service's notice is from, as its
// display name gives them ("Tomás Ferreira via LinkedIn", "Tomás
// Ferreira"), or "" when the display name is the service's own.
func relayedPerson(m *mail.Message) string {
	if len(m.From) == 0 {
		return ""
	}
	from := m.From[0]
	if org, _, ok := relayParts(from.Name); ok {
		return org
	}
	if name := strings.TrimSpace(from.Name); name != "" && !namesService(name, domainOf(from.Email)) {
		return name
	}
	return ""
}

// namesService reports a display name that is the service's own: one of
// the domain's names in it ("XING" from mail.xing.com, "Microsoft Teams"
// from email.teams.microsoft.com, "Welcome to the Jungle").
func namesService(name, domain string) bool {
	n := squash(name)
	for _, label := range strings.Split(domain, ".") {
		if len(label) >= 4 && !genericLabels[label] && strings.Contains(n, squash(label)) {
			return true
		}
	}
	return false
}

// genericLabels are the parts of a service's mail domains that name no
// service.
var genericLabels = map[string]bool{"mail": true, "email": true, "mailer": true, "notify": true,
	"notifications": true, "news": true, "info": true}

// chatPrepositions introduce the person a notice's subject names: "New
// messages in #hiring from Tidewater Labs", "Je hebt berichten gemist van
// Marieke de Vries", "Nuevo mensaje de Grupo Alcora: ...".
var chatPrepositions = map[string]bool{"from": true, "van": true, "von": true, "de": true, "da": true,
	"di": true, "od": true, "fra": true, "från": true, "от": true, "від": true, "από": true, "nuo": true}

// subjectCorrespondent returns what a notice's subject names after its
// first preposition ("Marieke de Vries verpasst" from "Sie haben
// Nachrichten von Marieke de Vries verpasst"), or the subject without its
// figures ("Katrin Vöhringer hat Dir eine Nachricht geschickt"): the same
// for every notice of one conversation, whatever the count of messages.
func subjectCorrespondent(subject string) string {
	ws := strings.Fields(cleanSubject(subject))
	for i := 1; i < len(ws)-1; i++ {
		if chatPrepositions[strings.ToLower(ws[i])] {
			return strings.Join(ws[i+1:], " ")
		}
	}
	return strings.Join(strings.FieldsFunc(strings.Join(ws, " "), func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsDigit(r)
	}), " ")
}
