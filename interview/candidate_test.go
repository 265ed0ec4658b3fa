package interview_test

import (
	"strings"
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
		Sent:       map[string]bool{"CAsent-1@mail.gmail.com": true},
		Replied:    map[string]bool{"gem.1764842607@mail.gem.example": true, "news-7@loop.example": true},
	}
	tests := []struct {
		name string
		s    mail.Summary
		want bool
	}{
		{"calendar part", mail.Summary{Subject: "Sprint planning", From: addr("Bob", "bob@globex.example"), HasCalendar: true}, true},
		// A staffing app's notice to the user by first name, through a
		// mailer that adds List-Unsubscribe; its tips are a list's.
		{"a bulk notice of the user's own interview, by first name", mail.Summary{Subject: "Sam, próximo passo: grava a tua vídeo-entrevista", From: addr("Shiftly", "no-reply@shiftly-app.example"), Bulk: true}, true},
		{"a bulk notice without the user's name", mail.Summary{Subject: "Próximo passo: grava a tua vídeo-entrevista", From: addr("Shiftly", "no-reply@shiftly-app.example"), Bulk: true}, false},
		{"a bulk article by first name", mail.Summary{Subject: "Sam, 5 dicas para a tua próxima entrevista", From: addr("Shiftly", "no-reply@shiftly-app.example"), Bulk: true}, false},
		{"interview word in the subject", mail.Summary{Subject: "Your interview next week", From: addr("", "x@anywhere.example")}, true},
		{"German interview word", mail.Summary{Subject: "Einladung zum Vorstellungsgespräch", From: addr("", "hr@wonka.example")}, true},
		// An organisation beside the reader, as founders title it.
		{"a company + you", mail.Summary{Subject: "Kittiwake + you?", From: addr("Ollie", "ollie.m@icloud.com")}, true},
		{"the same in German", mail.Summary{Subject: "Lindwerk + du?", From: addr("Jana", "jana.k@gmx.de")}, true},
		{"two things joined by +", mail.Summary{Subject: "Coffee + cake on Sunday?", From: addr("Jo", "jo.meyer@gmail.com")}, false},
		{"a trial day is an interview", mail.Summary{Subject: "Fwd: Probearbeitstag Sam Rivera – Sales Advisor Luxury Watches", From: addr("Nadine Zürcher", "nadine.zuercher@alpinetalent.example")}, true},
		{"German appointment word", mail.Summary{Subject: "Ihr Vorstellungstermin am 15.12.2026 - Reise- und Ablaufplan", From: addr("", "melanie.grasser@brandtner-medizintechnik.de")}, true},
		{"an introduction", mail.Summary{Subject: "Intro - Halyard / Sam", From: addr("Marcus Bell", "marcus@halyard.example")}, true},
		{"the last step of a process", mail.Summary{Subject: "Quillstack - last step", From: addr("Tomás Ferreira", "tomas@quillstack.example")}, true},
		// A shop's summons to its walk-in selection day.
		{"a summons to a selection day", mail.Summary{Subject: "Convocatoria: jornada de selección - Dependiente/a (Madrid Fuencarral)", From: addr("Selección Albero Moda", "seleccion@albero-moda.example")}, true},
		{"an Italian summons", mail.Summary{Subject: "Convocazione - Addetto vendite", From: addr("Selezione", "hr@moda-bassani.example")}, true},
		{"a Dutch introduction", mail.Summary{Subject: "Kennismaking Sam / Dijkwerk", From: addr("Joost", "joost@dijkwerk.example")}, true},
		// An agency plans several at once: the plural of a scheduling word.
		{"a Dutch agency's plan of talks", mail.Summary{Subject: "Planning gesprekken volgende week (Kestrel + Brouwer)", From: addr("Sanne Verhoeven", "sanne@techtalent-utrecht.example")}, true},
		{"German talks, plural", mail.Summary{Subject: "Ihre Gespräche nächste Woche", From: addr("Anna Weber", "anna.weber@personal-plus.example")}, true},
		{"scheduling system", mail.Summary{Subject: "Next steps", From: addr("Initrode", "no-reply@hire.lever.co")}, true},
		{"scheduling system as Sender", mail.Summary{Subject: "Next steps", From: addr("", "x@y.example"), Sender: addr("", "notify@greenhouse.io")}, true},
		{"reply into a known thread", mail.Summary{Subject: "Re: hello", From: addr("", "someone@else.example"), InReplyTo: []string{"invite-1@initech.example"}}, true},
		{"known thread in References", mail.Summary{Subject: "hello", From: addr("", "someone@else.example"), References: []string{"old@x", "invite-1@initech.example"}}, true},
		{"known person on freemail", mail.Summary{Subject: "quick question", From: addr("Priya", "priya.raman.talent@gmail.com")}, true},
		{"known company domain", mail.Summary{Subject: "Next steps", From: addr("Bill", "bill@mail.initech.example")}, true},
		{"someone else on the same freemail", mail.Summary{Subject: "hi", From: addr("", "other@gmail.com")}, false},
		{"bulk mail, even with a calendar", mail.Summary{Subject: "Interview webinar", From: addr("", "news@loop.example"), Bulk: true, HasCalendar: true}, false},
		{"a system unknown by name writing for an employer", mail.Summary{Subject: "Crestline Payments invited you to a video interview",
			From: addr("Crestline Payments via VidScreen", "invites@mail.vidscreen.example"), Bulk: true}, true},
		// A job board relays one employer's interview through the mailer
		// of its alerts; its newsletters speak of interviews in general.
		{"a job board relaying an employer's invitation", mail.Summary{Subject: "Logística Regia te citó a una entrevista - Analista de Datos Sr.",
			From: addr("Computrabajo", "no-reply@computrabajo.com"), Bulk: true}, true},
		{"a job board's confirmation of the reader's interview", mail.Summary{Subject: "Confirmaste tu entrevista con Logística Regia",
			From: addr("Computrabajo", "no-reply@mx.computrabajo.com"), Bulk: true}, true},
		{"a university career platform's confirmation of a campus interview", mail.Summary{Subject: "Your interview with Harrowgate Partners is confirmed",
			From: addr("Handshake", "notifications@joinhandshake.com"), Bulk: true}, true},
		// Its relay of an employer's letter says "sent you a message"
		// and no more: the letter is about the reader's application.
		{"a job board relaying an employer's message", mail.Summary{Subject: "Grupo Tláloc Logística te ha enviado un mensaje",
			From: addr("Computrabajo", "notificaciones@computrabajo.com"), Bulk: true}, true},
		{"a job board relaying a message from a person at an employer", mail.Summary{Subject: "Jonas at Brightmoor sent you a message",
			From: addr("Wellfound", "notifications@wellfound.com"), Bulk: true}, true},
		{"a job board relaying a message from a person at an employer, in German", mail.Summary{Subject: "Mara von Kiezwerk hat dir eine Nachricht geschickt",
			From: addr("Welcome to the Jungle", "no-reply@welcometothejungle.com"), Bulk: true}, true},
		// The other way round: "new message from", "Neue Nachricht:",
		// "just messaged you".
		{"a job board's new message from an employer", mail.Summary{Subject: "Nouveau message de Maison Lumen",
			From: addr("Camille de Maison Lumen via Welcome to the Jungle", "no-reply@welcometothejungle.com"), Bulk: true}, true},
		{"a job board's new message about an application", mail.Summary{Subject: "Neue Nachricht: Ihre Bewerbung als Software Engineer (m/w/d)",
			From: addr("Kessler Medizintechnik GmbH über StepStone", "noreply@stepstone.de"), Bulk: true}, true},
		{"a job board's new message in Romanian", mail.Summary{Subject: "Mesaj nou de la Carpați Data SRL - QA Automation Engineer",
			From: addr("eJobs.ro", "notificari@ejobs.ro"), Bulk: true}, true},
		{"a job board's new message in Czech", mail.Summary{Subject: "Nová zpráva od Brnosoft s.r.o.",
			From: addr("Jobs.cz", "noreply@jobs.cz"), Bulk: true}, true},
		{"a job board's new message in Ukrainian", mail.Summary{Subject: "Нове повідомлення від Поділля Софт",
			From: addr("Work.ua", "noreply@work.ua"), Bulk: true}, true},
		{"a network's message notice", mail.Summary{Subject: "Priya just messaged you",
			From: addr("Priya Raman via LinkedIn", "messages-noreply@linkedin.com"), Bulk: true}, true},
		// A messaging service's notice of one person's messages, with
		// their words in it: read like a job board's relay. Its digest
		// of a workspace names no one person.
		{"a chat service's notice of one person's messages", mail.Summary{Subject: "[Slack] New messages in #ext-hiring-sam from Tidewater Labs",
			From: addr("Slack", "notification@slack.com"), Bulk: true}, true},
		{"a chat service's notice of missed messages, in Dutch", mail.Summary{Subject: "Je hebt 2 nieuwe berichten gemist van Marieke de Vries",
			From: addr("Microsoft Teams", "noreply@email.teams.microsoft.com")}, true},
		{"a chat service's notice of missed messages, in German", mail.Summary{Subject: "Sie haben Nachrichten von Björn Albrecht verpasst",
			From: addr("Microsoft Teams", "noreply@email.teams.microsoft.com")}, true},
		{"a phone service's text message", mail.Summary{Subject: "New text message from (646) 555-0132",
			From: addr("(646) 555-0132", "13475550188.16465550132.x1@txt.voice.google.com")}, true},
		{"a chat service's digest", mail.Summary{Subject: "[Slack] Notifications from the Berlin Engineers workspace",
			From: addr("Slack", "notification@slack.com"), Bulk: true}, false},
		{"a shop's notice of a message", mail.Summary{Subject: "New message from Anna K.",
			From: addr("Kleinanzeigen", "noreply@kleinanzeigen.example"), Bulk: true}, false},
		{"a job board's invitation to an interview in the passive", mail.Summary{Subject: "You've been invited to an interview - Data Platform Engineer at Savanna Grid Energy Ltd",
			From: addr("BrighterMonday Kenya", "noreply@brightermonday.co.ke"), Bulk: true}, true},
		{"a job board's invitation to an interview, the noun first", mail.Summary{Subject: "Einladung zum Vorstellungsgespräch: Backend Entwickler bei Hafenkante",
			From: addr("StepStone", "noreply@stepstone.de"), Bulk: true}, true},
		{"a job board's count of its own messages", mail.Summary{Subject: "You have 3 new messages",
			From: addr("Indeed", "no-reply@indeed.com"), Bulk: true}, false},
		{"a job board's message from itself", mail.Summary{Subject: "Tienes 3 mensajes nuevos",
			From: addr("Computrabajo", "notificaciones@computrabajo.com"), Bulk: true}, false},
		{"a job board's webinar about interviews", mail.Summary{Subject: "Webinar gratuito: cómo superar una entrevista por competencias",
			From: addr("InfoJobs", "alertas@infojobs.net"), Bulk: true}, false},
		{"a job board's reviews of interviews", mail.Summary{Subject: "Interview-Fragen bei Falkenried Versicherung",
			From: addr("Glassdoor", "noreply@glassdoor.com"), Bulk: true}, false},
		{"a newsletter's own name is no one it writes for", mail.Summary{Subject: "Interview tips for December",
			From: addr("Career Weekly", "news@careerweekly.example"), Bulk: true}, false},
		{"a hiring system's invitation sent with List-Unsubscribe", mail.Summary{Subject: "Reminder: your Pemberton video interview closes soon",
			From: addr("Pemberton Careers", "noreply@hirevue.com"), Bulk: true}, true},
		{"a hiring system unknown by name, writing for an employer", mail.Summary{Subject: "Entrevista agendada: Pessoa Desenvolvedora Backend Sênior",
			From: addr("Ipê Tecnologia", "no-reply@atsmailer.example"), ReplyTo: addr("Juliana Paiva", "juliana.paiva@ipetecnologia.example"), Bulk: true}, true},
		{"a newsletter from no-reply, answered by its own team", mail.Summary{Subject: "Interview tips for December",
			From: addr("Loop", "no-reply@loop.example"), ReplyTo: addr("Loop team", "hello@loop.example"), Bulk: true}, false},
		{"a recruiter's outreach through a bulk mailer, answered by the user", mail.Summary{MessageID: "gem.1764842607@mail.gem.example",
			Subject: "Tidewell AI - Senior Software Engineer, Inference", From: addr("Lena Hoffmann", "lena@tidewell.example"), Bulk: true}, true},
		{"the same, not answered", mail.Summary{MessageID: "gem.1764842608@mail.gem.example",
			Subject: "Tidewell AI - Senior Software Engineer, Inference", From: addr("Lena Hoffmann", "lena@tidewell.example"), Bulk: true}, false},
		{"a newsletter the user answered, with nothing of a job", mail.Summary{MessageID: "news-7@loop.example",
			Subject: "Our December picks", From: addr("Loop", "news@loop.example"), Bulk: true}, false},
		{"ignored domain", mail.Summary{Subject: "Interview tips", From: addr("", "a@mx.spam.example")}, false},
		{"ignored address", mail.Summary{Subject: "Interview debrief", From: addr("", "boss@globex.example"), HasCalendar: true}, false},
		{"nothing", mail.Summary{Subject: "Lunch?", From: addr("", "friend@example.net")}, false},
		{"empty", mail.Summary{}, false},
		// Subjects that carry no interview word but a process, in any language.
		{"next steps", mail.Summary{Subject: "Next steps", From: addr("Megan", "megan@brightwater.example")}, true},
		{"next stage", mail.Summary{Subject: "Harbourline - next stage", From: addr("Olivia", "olivia@harbourline.example")}, true},
		{"Swedish next steps", mail.Summary{Subject: "Nästa steg", From: addr("", "anna@fjallmark.example")}, true},
		{"Danish application", mail.Summary{Subject: "Din ansøgning hos Havbro", From: addr("", "mette@havbro.example")}, true},
		{"Spanish next steps, other wording", mail.Summary{Subject: "Siguientes pasos", From: addr("Lucía", "lucia@nubaria.example")}, true},
		{"Dutch follow-up steps", mail.Summary{Subject: "Vervolgstappen", From: addr("", "joost@dijkwerk.example")}, true},
		{"Portuguese next steps", mail.Summary{Subject: "Próximos passos - CajuFlow", From: addr("", "bia@cajuflow.example")}, true},
		{"company and a job title", mail.Summary{Subject: "Saltmarsh Games – Senior Server Engineer", From: addr("", "jess@saltmarshgames.example")}, true},
		{"a compound job title", mail.Summary{Subject: "Stillingen som backendutvikler", From: addr("", "ingrid@skarvet.example")}, true},
		{"an introduction", mail.Summary{Subject: "Marlowe & Finch <> Sam", From: addr("", "jordan@marlowefinch.example")}, true},
		{"a video call link", mail.Summary{Subject: "Zoom-Link für morgen", From: addr("", "jonas@flusswerk.example")}, true},
		// Answers to the user's own mail, whatever their subject.
		{"a person answering mail the user sent", mail.Summary{Subject: "Re: Kurze Rückfrage", From: addr("Thomas", "thomas@isarwerk.example"), InReplyTo: []string{"CAsent-1@mail.gmail.com"}}, true},
		{"an answer to an ID the user's domain made", mail.Summary{Subject: "Re: your note", From: addr("Ben", "ben@prairieledger.example"), InReplyTo: []string{"c5c477@example.org"}}, true},
		{"a friend on freemail answering the user", mail.Summary{Subject: "Re: dinner", From: addr("", "friend@gmail.com"), InReplyTo: []string{"CAsent-1@mail.gmail.com"}}, false},
		{"a colleague answering the user", mail.Summary{Subject: "Re: sprint", From: addr("", "bob@globex.example"), InReplyTo: []string{"CAsent-1@mail.gmail.com"}}, false},
		{"an answer to a message a mail server of the user's domain named", mail.Summary{Subject: "Re: hello", From: addr("Ann", "ann@shop.example"), InReplyTo: []string{"0a1b.42.inbox@smtp.globex.example"}}, false},
		{"an answer to someone else's freemail message", mail.Summary{Subject: "Re: hello", From: addr("", "ann@shop.example"), InReplyTo: []string{"CAother@mail.gmail.com"}}, false},
		// Not reasons to read a body.
		{"an order confirmation", mail.Summary{Subject: "Order 123456 confirmed", From: addr("", "orders@shop.example")}, false},
		{"a service reminder", mail.Summary{Subject: "Reminder: dentist appointment", From: addr("", "calendar-notification@calendar.example")}, false},
		{"a marketplace relaying a client's messages", mail.Summary{Subject: "You have unread messages about the job React Native developer for fitness app MVP",
			From: addr("Upwork Notification", "donotreply@upwork.com"), Bulk: true}, true},
		{"a colleague's meeting", mail.Summary{Subject: "Team meeting notes", From: addr("", "bob@globex.example")}, false},
		{"an agency's first pitch", mail.Summary{Subject: "Exciting Senior Go Engineer opportunity", From: addr("", "kim@techrecruit.example")}, false},
		{"an agency about a process", mail.Summary{Subject: "Harrowgate - 1st stage", From: addr("", "tom@pembertonsearch.example")}, true},
		{"an agency's appointments with two clients, in German", mail.Summary{Subject: "Gute Nachrichten: Termine mit Vantor Freight & Baltic Gate im Januar", From: addr("", "jonas.keller@hanseatic-talent.example")}, true},
		{"an agency's answer", mail.Summary{Subject: "Re: Exciting Senior Go Engineer opportunity", From: addr("", "kim@techrecruit.example")}, true},
		{"a system by its name in any domain", mail.Summary{Subject: "Next step", From: addr("Whitney", "notifications@app.bamboohr.example")}, true},
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
	// The message a known thread refers to, from someone not known yet
	// (an agency's first mail, answered under its plain subject).
	referenced := mail.Summary{MessageID: "CAJd0e7kR3x+N1q2Wm8fTz5YbH4uVp6sLc9Aa0Bx@mail.umbrella.example", Subject: "Quick update",
		From: addr("Tom", "tom@harbourvale.example")}
	if !interview.Candidate(referenced, cfg, k) {
		t.Error("a message of a known interview's thread must be a candidate")
	}
}

// TestKnownAddSent: what the user wrote about a job makes the answers
// candidates, whatever their subject; the rest of the user's mail does not.
func TestKnownAddSent(t *testing.T) {
	cfg := sampleConfig()
	me := addr("Sam Rivera", "sam.rivera@example.org")
	sent := []mail.Summary{
		{MessageID: "apply-1@example.org", Subject: "Application: Senior Go Engineer", From: me, To: addr("Jo", "jo@acme.example")},
		{MessageID: "reply-1@example.org", Subject: "Re: Next steps", From: me, To: addr("Megan", "megan@brightwater.example"), Cc: addr("", "sam@globex.example")},
		{MessageID: "dinner@example.org", Subject: "Dinner on Saturday?", From: me, To: addr("Alex", "alex@friends.example")},
		{MessageID: "noreply@example.org", Subject: "Re: Your application", From: me, To: addr("", "no-reply@greenhouse.io")},
		{MessageID: "coffee-2@example.org", Subject: "Re: coffee next week?", From: me, To: addr("Mira", "mira.vogt@gmail.com"),
			InReplyTo: []string{"coffee-1@mail.gmail.com"}},
		{MessageID: "pl-2@example.org", Subject: "Re: Kawka Systems - pogadamy?", From: me, To: addr("Tomasz", "t.wrobel@o2.pl"),
			InReplyTo: []string{"pl-1@o2.pl"}},
		// A CV sent by hand to a pub that recruits on Instagram and
		// answers from Gmail.
		{MessageID: "cv-1@example.org", Subject: "Bar staff - CV", From: me, To: addr("", "hareandlantern.ancoats@gmail.com")},
	}
	k := interview.KnownFrom(nil)
	k.AddSent(sent, cfg)
	tests := []struct {
		name string
		s    mail.Summary
		want bool
	}{
		{"the employer answers with a plain subject", mail.Summary{Subject: "quick question", From: addr("", "jo@acme.example")}, true},
		{"a reply to the user's job mail", mail.Summary{Subject: "Re: hmm", From: addr("", "other@elsewhere.example"), InReplyTo: []string{"reply-1@example.org"}}, true},
		{"their HR from another address, in any language", mail.Summary{Subject: "Pozvánka", From: addr("", "hr@acme.example")}, true},
		{"a friend written to about dinner is known by address only", mail.Summary{Subject: "hello", From: addr("", "bob@friends.example")}, false},
		// Any answer to the user's own mail from an organisation's person
		// is read: "Re: Kurze Rückfrage" may arrange a second round. Its
		// words decide; a friend's dinner plans fix no interview.
		{"the friend's answer at an organisation", mail.Summary{Subject: "Re: Dinner", From: addr("", "alex@friends.example"), InReplyTo: []string{"dinner@example.org"}}, true},
		{"the friend's answer from freemail", mail.Summary{Subject: "Re: Dinner", From: addr("", "alex@gmail.com"), InReplyTo: []string{"dinner@example.org"}}, false},
		{"a machine the user answered", mail.Summary{Subject: "hello", From: addr("", "no-reply@greenhouse.io")}, true}, // a vendor, by its domain
		// A founder's "coffee next week?" from Gmail, answered by the
		// user: the first mail and the answers to the user's reply are
		// read, whoever sends them; the address is not learnt.
		{"the mail the user answered about meeting", mail.Summary{MessageID: "coffee-1@mail.gmail.com", Subject: "coffee next week?", From: addr("", "mira.vogt@gmail.com")}, true},
		{"the answer to the user's reply about meeting", mail.Summary{Subject: "Re: coffee next week?", From: addr("", "mira.vogt@gmail.com"), InReplyTo: []string{"coffee-2@example.org"}}, true},
		{"other mail from the same private address", mail.Summary{Subject: "photos", From: addr("", "mira.vogt@gmail.com")}, false},
		{"the pub's answer to the user's CV", mail.Summary{Subject: "Re: Bar staff - CV", From: addr("The Hare & Lantern", "hareandlantern.ancoats@gmail.com"),
			InReplyTo: []string{"cv-1@example.org"}}, true},
		{"the answer to the user's reply to \"let's talk\" in Polish", mail.Summary{Subject: "Re: Kawka Systems - pogadamy?", From: addr("", "t.wrobel@o2.pl"), InReplyTo: []string{"pl-2@example.org"}}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := interview.Candidate(tc.s, cfg, k); got != tc.want {
				t.Errorf("Candidate = %v, want %v", got, tc.want)
			}
		})
	}
	if k.Addresses["sam@globex.example"] || k.Addresses["no-reply@greenhouse.io"] {
		t.Errorf("Addresses = %v: never the user's own or a machine's", k.Addresses)
	}
}

// TestSentCandidate: the user's answers about a job are read with their
// text (they may name the slot taken); the rest of Sent is not.
func TestSentCandidate(t *testing.T) {
	cfg := sampleConfig()
	me := addr("Sam Rivera", "sam.rivera@example.org")
	tests := []struct {
		name      string
		s         mail.Summary
		candidate bool
	}{
		{"an answer about an interview", mail.Summary{From: me, Subject: "Re: Interview next week", InReplyTo: []string{"p1@acme.example"}}, true},
		{"an answer without In-Reply-To", mail.Summary{From: me, Subject: "Re: Intervju Backend-utvecklare"}, true},
		{"an answer in German", mail.Summary{From: me, Subject: "AW: Einladung zum Vorstellungsgespräch", InReplyTo: []string{"p2@x.example"}}, true},
		{"an application with its CV, not an answer", mail.Summary{From: me, Subject: "Bewerbung als Backend-Entwickler", HasAttachment: true}, false},
		{"a letter under the job's title, nothing attached", mail.Summary{From: me, To: addr("Priya", "priya@nilgiri.example"), Subject: "Senior Backend Engineer – Nilgiri Systems"}, true},
		// A hiring manager may start with a coffee; the answer is where
		// the user takes the slot (the body decides whether it is a job).
		{"an answer about coffee", mail.Summary{From: me, Subject: "Re: Coffee next week?", InReplyTo: []string{"c1@x.example"}}, true},
		{"an answer about lunch", mail.Summary{From: me, Subject: "Re: Lunch on Friday", InReplyTo: []string{"l1@x.example"}}, true},
		{"an answer to 'shall we talk?' (es)", mail.Summary{From: me, Subject: "Re: Backend en Txoko Data – ¿hablamos?", InReplyTo: []string{"t1@gmail.com"}}, true},
		{"an answer to 'on en parle ?' (fr)", mail.Summary{From: me, Subject: "Re: Poste de data engineer, on en parle ?", InReplyTo: []string{"t2@gmail.com"}}, true},
		{"an answer about a sprint", mail.Summary{From: me, Subject: "Re: Sprint review notes", InReplyTo: []string{"s1@x.example"}}, false},
		{"an answer about dinner", mail.Summary{From: me, Subject: "Re: Dinner", InReplyTo: []string{"d1@x.example"}}, false},
		{"a letter about an interview that opens a thread", mail.Summary{From: me, To: addr("Priya", "priya@nilgiri.example"), Subject: "Technical interview on Tuesday"}, true},
		{"a letter about dinner", mail.Summary{From: me, To: addr("Alex", "alex@friends.example"), Subject: "Dinner on Saturday?"}, false},
		{"someone else's answer", mail.Summary{From: addr("Jo", "jo@acme.example"), Subject: "Re: Interview next week", InReplyTo: []string{"p1@acme.example"}}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := interview.SentCandidate(tc.s, cfg); got != tc.candidate {
				t.Errorf("SentCandidate = %v, want %v", got, tc.candidate)
			}
		})
	}
}

// TestTriageIsCandidateAndNeverCandidate: a scan sorts summaries with
// Triage, which must answer as Candidate and NeverCandidate do, over
// every evaluation message, with nothing known and with what the
// messages' own interviews and the user's answers teach.
func TestTriageIsCandidateAndNeverCandidate(t *testing.T) {
	cfg := sampleConfig()
	cfg.IgnoreSenders = []string{"jobalerts-noreply@linkedin.com", "stepstone.de"}
	var msgs []mail.Message
	for _, c := range loadEvalCases(t) {
		for _, f := range c.files {
			msgs = append(msgs, c.msgs[f])
		}
	}
	// What a pass may have learnt: some senders and their domains, some
	// threads, the messages the user answered.
	learnt := interview.KnownFrom(nil)
	for i, m := range msgs {
		if from := m.From; len(from) > 0 && i%3 == 0 {
			learnt.Addresses[strings.ToLower(from[0].Email)] = true
			learnt.Domains[mail.DomainOf(from[0].Email)] = true
		}
		if i%5 == 0 {
			learnt.MessageIDs[m.MessageID] = true
		}
		if len(m.InReplyTo) > 0 && i%2 == 0 {
			learnt.Replied[m.InReplyTo[0]] = true
		}
	}
	for name, known := range map[string]interview.Known{"nothing known": interview.KnownFrom(nil), "learnt": learnt} {
		counts := map[[2]bool]int{}
		for _, m := range msgs {
			s := m.Summary
			candidate, never := interview.Triage(s, cfg, known)
			want := interview.Candidate(s, cfg, known)
			wantNever := !want && interview.NeverCandidate(s, cfg)
			if candidate != want || never != wantNever {
				t.Errorf("%s: %q from %v: Triage = (%v, %v), want (%v, %v)", name, s.Subject, s.From, candidate, never, want, wantNever)
			}
			counts[[2]bool{candidate, never}]++
		}
		// Each answer is given somewhere, or the test compares nothing.
		for _, k := range [][2]bool{{true, false}, {false, true}, {false, false}} {
			if counts[k] == 0 {
				t.Errorf("%s: no message triaged as %v", name, k)
			}
		}
	}
}
