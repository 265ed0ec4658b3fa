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
		// A hiring system's reply relay passes the answer to the recruiter.
		{"a system, and its reply relay in Reply-To", addr("Jo Park (Acme)", "no-reply@mail.teamtailor.com"),
			addr("Jo Park", "jo.park+8812047@inbound.teamtailor.com"), text, "jo.park+8812047@inbound.teamtailor.com"},
		{"a relay named for the reply", addr("Jo Park via Personio", "noreply@jobs.personio.de"),
			addr("", "reply+8f2c11a9@acme.jobs.personio.de"), text, "reply+8f2c11a9@acme.jobs.personio.de"},
		// A chat assistant's relay answers for the system: "reply C
		// to confirm".
		{"a chat assistant's relay", addr("Olivia from Acme", "noreply@paradox.ai"),
			addr("Olivia from Acme", "reply+c6QJ2mK9x@conversations.paradox.ai"), text, ""},
		{"a mailing's tagged address is no relay", addr("Acme", "no-reply@greenhouse.io"),
			addr("", "notifications+c4a1e9@greenhouse.io"), text, ""},
		{"a system's address without a tag", addr("Acme", "no-reply@greenhouse.io"), addr("", "acme@greenhouse.io"), text, ""},
		// A job board's own mailbox, named for what it sends; its
		// relay to the employer's recruiter is a person.
		{"a job board's invitation mailbox", addr("Indeed", "invitationtointerview@indeed.com"), nil, text, ""},
		{"a job board's relay to the recruiter", addr("Jo Park via Indeed", "jopark-3k8q2_x7f@indeedemail.com"), nil, text,
			"jopark-3k8q2_x7f@indeedemail.com"},
		{"a person at a job board hiring for itself", addr("Jo Park", "jo.park@linkedin.com"), nil, text, "jo.park@linkedin.com"},
		// A privacy notice's address for data protection requests,
		// written in the footer of a system's mail, is an office.
		{"a system, and the privacy office its footer names", addr("Talento Acme", "noreply@successfactors.eu"), nil,
			text + "\n\nAcme S.A. trata tus datos personales. Puedes ejercer tus derechos en privacidad@acme.example.", ""},
		{"a system, and the data protection officer its footer names", addr("Acme", "no-reply@greenhouse.io"), nil,
			text + "\n\nQuestions about your data: dpo@acme.example.", ""},
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

// TestContactBehindTheSystem: an interview that only a hiring system
// announced gets the employer's person who wrote about it, or whom the
// system's mail names, or who organised the round before; never an
// address at another organisation, and nobody for a one-way video
// interview.
func TestContactBehindTheSystem(t *testing.T) {
	cfg := sampleConfig()
	at := func(day, hour int) time.Time { return time.Date(2026, 11, day, hour, 0, 0, 0, time.UTC) }
	workday := func(id string, date time.Time, text string) mail.Message {
		return mail.Message{Summary: mail.Summary{
			MessageID: id, Date: date, Subject: "Interview scheduled: Platform Engineer at Initrode",
			From: addr("Initrode Careers", "initrode@myworkday.com"), To: addr("Sam Rivera", "sam.rivera@example.org"),
		}, Text: text}
	}
	const confirmed = "Your interview for the Platform Engineer role is confirmed for Thursday, December 10 at 3:00 PM CET.\n\n"
	tests := []struct {
		name string
		msgs []mail.Message
		want string // the organizer of the interview on 10 December
	}{
		{"the recruiter named in the system's mail",
			[]mail.Message{workday("w1@x", at(30, 9), confirmed+"If you need to reschedule, please contact your recruiter, Priya Shah, at priya.shah@initrode.example.")},
			"priya.shah@initrode.example"},
		{"an address at another organisation is nobody to thank",
			[]mail.Message{workday("w1@x", at(30, 9), confirmed+"Questions? Write to support@helpdesk-partner.example.")},
			""},
		{"the user's own address in the text is not the employer's",
			[]mail.Message{workday("w1@x", at(30, 9), confirmed+"We will write to you at sam.rivera@example.org.")},
			""},
		{"the organizer of the round before",
			[]mail.Message{
				{Summary: mail.Summary{MessageID: "p1@initrode.example", Date: at(20, 9), Subject: "Interview with Initrode",
					From: addr("Priya Shah", "priya.shah@initrode.example"), To: addr("Sam Rivera", "sam.rivera@example.org")},
					Text: "Hi Sam, your first interview for the Platform Engineer role is confirmed for Tuesday, November 24 at 10:00 CET.\n\nPriya"},
				workday("w1@x", at(30, 9), confirmed),
			},
			"priya.shah@initrode.example"},
		{"nobody known",
			[]mail.Message{workday("w1@x", at(30, 9), confirmed)},
			""},
		// The system's mail names the interviewer without an address;
		// he writes from his own, as a directory spells him, about the
		// next round.
		{"the interviewer the system names, writing about a later round",
			[]mail.Message{
				workday("w1@x", at(30, 9), confirmed+"Interviewer: Frank Ostermann, Head of Platform"),
				{Summary: mail.Summary{MessageID: "f1@initrode.example", Date: at(30, 15), Subject: "Zweites Gespräch – Platform Engineer",
					From: addr("Ostermann, Frank", "frank.ostermann@initrode.example"), To: addr("Sam Rivera", "sam.rivera@example.org")},
					Text: "Hallo Sam,\n\nnach unserem Gespräch laden wir Sie gern zum zweiten Gespräch ein: Dienstag, 12. Januar 2027, 09:00 Uhr, bei uns vor Ort.\n\nFrank Ostermann"},
			},
			"frank.ostermann@initrode.example"},
		{"someone else at the employer, not named by the system",
			[]mail.Message{
				workday("w1@x", at(30, 9), confirmed+"Interviewer: Frank Ostermann, Head of Platform"),
				{Summary: mail.Summary{MessageID: "f1@initrode.example", Date: at(30, 15), Subject: "Zweites Gespräch – Platform Engineer",
					From: addr("Jana Weiss", "jana.weiss@initrode.example"), To: addr("Sam Rivera", "sam.rivera@example.org")},
					Text: "Hallo Sam,\n\nwir laden Sie gern zum zweiten Gespräch ein: Dienstag, 12. Januar 2027, 09:00 Uhr, bei uns vor Ort.\n\nJana Weiss"},
			},
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got *interview.Interview
			ivs := interview.Build(tc.msgs, nil, cfg)
			for i := range ivs {
				if ivs[i].Start.Equal(time.Date(2026, 12, 10, 14, 0, 0, 0, time.UTC)) {
					got = &ivs[i]
				}
			}
			if got == nil {
				t.Fatalf("no interview on 10 December among %d", len(ivs))
			}
			if got.Organizer.Email != tc.want {
				t.Errorf("Organizer = %q, want %q (%s)", got.Organizer.Email, tc.want, got.Why.People)
			}
		})
	}
}

// TestWorkModeIsNoCompany: Gupy's subject ends with where the job is
// done ("(Remoto)"), which is no company; the system's mail names the
// employer's recruiter, who is then the person to thank.
func TestWorkModeIsNoCompany(t *testing.T) {
	m := mail.Message{Summary: mail.Summary{
		MessageID: "g1@x", Date: time.Date(2026, 12, 2, 11, 14, 0, 0, time.UTC),
		Subject: "Convite para entrevista - Pessoa Engenheira de Software Backend Sênior (Remoto)",
		From:    addr("Vinhedo Pagamentos | Gupy", "naoresponda@gupy.io"), To: addr("Sam Rivera", "sam.rivera@example.org"),
	}, Text: "Olá, Sam!\n\nVocê avançou para a etapa Entrevista com Recrutamento na Vinhedo Pagamentos.\n\nData: 07/12/2026 (segunda-feira)\nHorário: 14:30 às 15:15 (horário de Brasília)\n\n" +
		"Qualquer coisa, meu e-mail é juliana.prado@vinhedopag.example.\n\nEste é um e-mail automático enviado pela Gupy em nome de Vinhedo Pagamentos."}
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("%d interviews, want 1", len(ivs))
	}
	if got := ivs[0].Company; got != "Vinhedo Pagamentos" {
		t.Errorf("Company = %q, want Vinhedo Pagamentos", got)
	}
	if got := ivs[0].Organizer.Email; got != "juliana.prado@vinhedopag.example" {
		t.Errorf("Organizer = %q, want the recruiter at vinhedopag.example", got)
	}
}
