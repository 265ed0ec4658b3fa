package interview_test

import (
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

const teamsLink = "DESCRIPTION:Microsoft Teams meeting\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1@thread.v2/0"

// TestMeetingsBesidesTheJobSearch: invitations that have an interview's
// shape or word, but that the user attends as someone else than a
// candidate, are no interviews; the same shapes in the job search are.
func TestMeetingsBesidesTheJobSearch(t *testing.T) {
	pension := vevent{method: "REQUEST", uid: "pension-1@nordpension.example", organizer: "mads.kjaer@nordpension.example",
		start: "20261208T153000Z", summary: "Rådgivningsmøde om din pension", extra: []string{teamsLink}}
	pensionMoved := pension
	pensionMoved.seq, pensionMoved.start, pensionMoved.summary, pensionMoved.stamp = 1, "20261208T160000Z", "Pensionsmøde", "20261124T090000Z"

	// A first invitation without a link is turned down for want of
	// evidence, not for what it is: its update with a link has the shape.
	bare := vevent{method: "REQUEST", uid: "call-1@kvarnby.example", organizer: "lena.berg@kvarnby.example",
		start: "20261208T100000Z", summary: "Kvarnby / Sam"}
	withLink := bare
	withLink.seq, withLink.stamp, withLink.extra = 1, "20261124T090000Z", []string{teamsLink}

	press := vevent{method: "REQUEST", uid: "press-1@diarioaustral.example", organizer: "jmontt@diarioaustral.example",
		start: "20261216T130000Z", summary: "Entrevista Diario Austral – Sam Rivera (Globex)",
		extra: []string{teamsLink, "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Clara Vidal:mailto:clara.vidal@globex.example"}}
	aliasInvited := press
	aliasInvited.summary = "Entrevista – Sam Rivera"
	aliasInvited.extra = []string{teamsLink, "ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Sam Rivera:mailto:sam@globex.example"}

	pitch := textMessage("p1@tarang.example", "2026-11-30T08:00:00Z", "rohit@tarang.example", "Tarang Analytics - Seed Round | Intro via Ananya",
		"Dear Sam,\n\nAnanya suggested I reach out to you, as she mentioned you have been angel investing in early-stage data tooling companies.\n"+
			"We are raising a seed round of USD 1.2M. PFA our deck. Would you be available for a 30-minute call?\n\nRohit Menon\nCo-founder & CEO, Tarang Analytics")
	pitchInvite := calMessageFrom("p3@tarang.example", "2026-12-02T08:00:00Z", "Re: Tarang Analytics - Seed Round | Intro via Ananya",
		"Sending the invite for Thursday.",
		vevent{method: "REQUEST", uid: "pitch-1@tarang.example", organizer: "rohit@tarang.example", start: "20261210T100000Z",
			summary: "Tarang Analytics <> Sam Rivera", extra: []string{teamsLink}})
	pitchInvite = inThread(pitchInvite, pitch)

	founder := textMessage("f1@tallmo.example", "2026-12-01T09:00:00Z", "oskar@tallmo.example", "Founding designer at Tallmo?",
		"Hi Sam,\n\nLinnea Ek passed your portfolio on to me. We closed our seed round in October and I'm now looking for our first designer.\n"+
			"Would you be up for a video call? How about Friday 11 Dec at 10:00?\n\nOskar Hedlund\nCo-founder & CEO, Tallmo")

	founderInvite := inThread(calMessageFrom("f3@tallmo.example", "2026-12-02T09:00:00Z", "Re: Founding designer at Tallmo?", "Invite sent!",
		vevent{method: "REQUEST", uid: "tallmo-1@tallmo.example", organizer: "oskar@tallmo.example", start: "20261211T090000Z",
			summary: "Sam / Oskar (Tallmo)", extra: []string{teamsLink}}), founder)

	fair := textMessage("x1@mailer.bumeran.com.ar", "2026-11-25T12:00:00Z", "notificaciones@bumeran.com.ar",
		"Confirmamos tu inscripción a la Expo Bumeran Tech 2026",
		"Hola Sam, te confirmamos tu lugar en la feria de empleo virtual más grande de tecnología de Argentina.\n\n"+
			"Jueves 3 de diciembre, de 10 a 18 hs (hora Argentina)\n100% virtual\n\n"+
			"Durante la Expo vas a poder recorrer los stands de más de 40 empresas y, en algunos stands, hacer entrevistas en el acto.")

	welcome := textMessage("w1@jabuticabalabs.example", "2026-12-18T12:00:00Z", "bruna.tavares@jabuticabalabs.example",
		"Bem-vindo(a) à Jabuticaba Labs! Próximos passos",
		"Oi, Sam!\n\nDepois da sua entrevista final com o Marcelo, recebemos hoje o seu aceite assinado. Seja muito bem-vindo(a)!\n\n"+
			"Reunião de folha de pagamento e benefícios: quarta, 06/01, às 15h (horário de Brasília). Vou te mandar o convite.\n\nBruna Tavares\nPeople Ops")
	payroll := calMessageFrom("w2@jabuticabalabs.example", "2026-12-18T13:00:00Z", "Convite: Folha de pagamento e benefícios – Sam", "",
		vevent{method: "REQUEST", uid: "payroll-1@jabuticabalabs.example", organizer: "bruna.tavares@jabuticabalabs.example",
			start: "20270106T180000Z", summary: "Folha de pagamento e benefícios – Sam", extra: []string{teamsLink}})

	agencyFirst := textMessage("q1@talentbridge.example", "2026-11-23T09:00:00Z", "ryan.kessler@talentbridge.example", "Quick chat?",
		"Hi Sam,\n\nI came across your profile and would love a quick chat. Grab any slot here: https://calendly.com/ryan-kessler/15min\n\nRyan Kessler\nSenior Partner, TalentBridge")
	agencyAnswer := inThread(textMessage("q2@example.org", "2026-11-24T18:00:00Z", "sam.rivera@example.org", "Re: Quick chat?",
		"Hi Ryan, happy to hear about the role. I booked Wednesday.\nSam"), agencyFirst)
	agencyAnswer.Mailbox, agencyAnswer.From = "Sent", addr("Sam Rivera", "sam.rivera@example.org")
	agencyAnswer.To = addr("Ryan Kessler", "ryan.kessler@talentbridge.example")
	booked := textMessage("q3@calendly.com", "2026-11-24T19:12:00Z", "notifications@calendly.com",
		"Confirmed: 15 Minute Quick Chat with Ryan Kessler on Wednesday, December 2, 2026",
		"Hi Sam Rivera,\n\nYour 15 Minute Quick Chat with Ryan Kessler at 04:00pm (Central European Time) on Wednesday, December 2, 2026 is scheduled.")
	booked.From[0].Name = "Calendly"
	booked.ReplyTo = addr("Ryan Kessler", "ryan.kessler@talentbridge.example")
	pitchToClient := inThread(textMessage("q4@talentbridge.example", "2026-11-30T10:15:00Z", "ryan.kessler@talentbridge.example", "Re: Quick chat?",
		"Hi Sam,\n\nGreat to see you've grabbed a slot. So you have some context: we partner with engineering leaders like yourself to build out "+
			"high-performing teams. I'd love to understand your hiring plans for 2027; we have a bench of pre-vetted candidates ready to go.\n\nRyan"), agencyFirst)
	aboutRole := inThread(textMessage("q4@talentbridge.example", "2026-11-30T10:15:00Z", "ryan.kessler@talentbridge.example", "Re: Quick chat?",
		"Hi Sam,\n\nGreat to see you've grabbed a slot. So you have some context: the role is a Staff Data Engineer at a Berlin scale-up, "+
			"and their interview process has three steps. Speak Wednesday!\n\nRyan"), agencyFirst)

	reporter := textMessage("r1@netzpunkt.example", "2026-11-30T09:00:00Z", "k.vogel@netzpunkt.example", "Interviewanfrage NETZPUNKT: Rust-Migration bei Globex",
		"Sehr geehrter Herr Rivera,\n\nich bin Redakteurin bei NETZPUNKT und arbeite an einem Stück über Rust-Migrationen. "+
			"Hätten Sie Lust auf ein kurzes Interview am Telefon?\n\nKatharina Vogel\nRedakteurin")
	reporter.To = addr("Sam Rivera", "sam@globex.example")
	reporterYes := sentAnswer(reporter, "r2@example.org", "2026-11-30T18:00:00Z", "Gern, Dienstag passt.\nSam")
	reporterYes.From = addr("Sam Rivera", "sam@globex.example") // from work, where she asked
	reporterTime := inThread(textMessage("r3@netzpunkt.example", "2026-12-01T09:00:00Z", "k.vogel@netzpunkt.example", "Re: Interviewanfrage NETZPUNKT: Rust-Migration bei Globex",
		"Hallo Herr Rivera,\n\nwunderbar, dann halten wir fest:\n\n  Telefoninterview NETZPUNKT\n  Dienstag, 8. Dezember 2026, 10:00 Uhr (ca. 30 Min.)\n"+
			"  Ich rufe Sie unter +49 151 2240 8817 an.\n\nBis Dienstag!\nKatharina Vogel"), reporter, reporterYes)
	chat := textMessage("f1@falkenried.example", "2026-11-20T09:00:00Z", "jonas@falkenried.example", "Coffee?",
		"Hi Sam,\n\nthanks for applying for the Staff Platform Engineer role. Before the process starts, how about a coffee on "+
			"Thursday 26 November at 8:30? It's not a formal interview, just to get to know each other.\n\nJonas")
	chatYes := sentAnswer(chat, "f2@example.org", "2026-11-20T18:00:00Z", "Hi Jonas, Thursday at 8:30 works.\nSam")
	chatThenInterview := inThread(textMessage("f3@falkenried.example", "2026-11-27T09:00:00Z", "hr@falkenried.example",
		"Einladung zum technischen Interview – Staff Platform Engineer",
		"Hallo Sam,\n\nwir laden Sie zum technischen Interview ein:\n\nDatum: Mittwoch, 2. Dezember 2026\nUhrzeit: 15:00 – 16:30 Uhr\nOrt: Google Meet\n\nViele Grüße"), chat, chatYes)
	coffee := textMessage("v1@proton.me", "2026-12-08T18:20:00Z", "ines.duarte@proton.me", "café virtual?",
		"Olá Sam!\n\nLet's grab a virtual coffee? 30 min on Thursday, maybe 17:00 my time, so 18:00 yours?\n\n"+
			"Full disclosure: we're hiring like crazy at Azulejo, so if you're ever bored of Globex, tell me.\n\nInês")
	coffeeYes := sentAnswer(coffee, "v2@example.org", "2026-12-08T18:52:00Z", "Thursday 18:00 my time / 17:00 yours works. I'm happy at Globex, so it's coffee only.\nSam")
	coffeeLink := inThread(textMessage("v3@proton.me", "2026-12-08T19:30:00Z", "ines.duarte@proton.me", "Re: café virtual?",
		"Deal, coffee only, no recruiting, promise.\n\nHere's a link: https://meet.jit.si/ines-sam\n\nThursday 17:00 Lisbon / 18:00 Berlin.\n\nInês"), coffee, coffeeYes)
	trial := textMessage("b1@abv.bg", "2026-12-10T18:00:00Z", "nikola.petrov@abv.bg", "Пробно интервю в четвъртък?",
		"Здрасти, Сам!\n\nПредлагам четвъртък, 17 декември, от 19:00 наше време в Zoom. Аз ще съм интервюиращият.\n\nНикола")
	flat := textMessage("h1@hv-kretschmer.example", "2026-12-10T09:00:00Z", "info@hv-kretschmer.example",
		"Ihre Bewerbung Florastraße 22, WE 07 - Einladung zum persönlichen Gespräch",
		"Sehr geehrte/r Sam Rivera,\n\nvielen Dank für Ihr Interesse an der Wohnung Florastraße 22 und für Ihre Bewerbung.\n"+
			"Wir möchten Sie zu einem persönlichen Kennenlerngespräch einladen:\n\nTermin: Donnerstag, 17.12.2026, 16:30 Uhr\n\n"+
			"Bitte bringen Sie Gehaltsnachweise und eine aktuelle SCHUFA-Bonitätsauskunft mit.\n\nJana Kretschmer\nHausverwaltung Kretschmer & Sohn")
	owners := textMessage("s1@syndic-meunier.example", "2026-11-20T09:00:00Z", "info@syndic-meunier.example",
		"ACP Les Tilleuls - Convocation à l'assemblée générale ordinaire du 10/12",
		"Madame, Monsieur,\n\nnous avons l'honneur de vous convoquer à l'assemblée générale ordinaire des copropriétaires qui se tiendra\n\n"+
			"le jeudi 10/12 à 19h\n\nOrdre du jour :\n1. Approbation des comptes\n2. Entretien et réparation de la toiture plate\n\nPour le syndic,\nIsabelle Meunier")
	broker := textMessage("c1@delvaux-assurances.example", "2026-11-30T09:00:00Z", "marc@delvaux-assurances.example",
		"Entretien conseil - Habitation & épargne-pension",
		"Bonjour Monsieur Rivera,\n\nje vous confirme notre entretien conseil le jeudi 10/12 à 17h30 à notre bureau de Liège.\n\nMarc Delvaux\nVotre courtier")

	// The agency's first letter went to the work address, the user answered
	// from the private one, which the thread then continues at.
	holdAsked := textMessage("t1@thornbury.example", "2026-11-27T09:00:00Z", "chloe.parsons@thornbury.example",
		"Candidate for your Senior SRE role - Piotr Nowak",
		"Hi Sam,\n\nPiotr Nowak would be a great fit for your Senior SRE role. Could you send me a few slots for an interview?\n\nChloe")
	holdAsked.To = addr("Sam Rivera", "sam@globex.example")
	holdAnswer := sentAnswer(holdAsked, "t2@example.org", "2026-11-28T09:00:00Z", "Hi Chloe, Tuesday 8th at 10:00 works for Aylin and me.\nSam")
	panelAsked := textMessage("t1k@thornbury.example", "2026-11-27T09:00:00Z", "chloe.parsons@thornbury.example",
		"Senior SRE at Kestrel",
		"Hi Sam,\n\nKestrel would love to interview you for their Senior SRE role. Could you send me a few slots?\n\nChloe")
	panelAnswer := sentAnswer(panelAsked, "t2k@example.org", "2026-11-28T09:00:00Z", "Hi Chloe, Tuesday 8th at 10:00 works for me.\nSam")
	holdConfirmed := inThread(textMessage("t3@thornbury.example", "2026-12-01T09:00:00Z", "chloe.parsons@thornbury.example",
		"RE: Candidate for your Senior SRE role - Piotr Nowak - interview confirmed",
		"Hi Sam,\n\nConfirmed:\nInterview: Piotr Nowak (candidate) with Sam Rivera and Aylin Demir, Globex\nDate/time: Tuesday 8th December, 10:00 CET\n\nChloe"), holdAsked, holdAnswer)
	hold := calMessageFrom("t4@thornbury.example", "2026-12-01T09:45:00Z", "Interview: Piotr Nowak / Globex (Senior SRE)", "Calendar hold.",
		vevent{method: "REQUEST", uid: "hold-1@thornbury.example", organizer: "chloe.parsons@thornbury.example", start: "20261208T090000Z",
			summary: "Interview: Piotr Nowak / Globex (Senior SRE)",
			extra:   []string{"DESCRIPTION:Interview for Piotr Nowak (Thornbury candidate) – Senior SRE\\, Globex.\\nInterviewers: Sam Rivera\\, Aylin Demir."}})
	panelConfirmed := inThread(textMessage("t5@thornbury.example", "2026-12-01T09:00:00Z", "chloe.parsons@thornbury.example",
		"RE: Senior SRE at Kestrel - interview confirmed",
		"Hi Sam,\n\nConfirmed: your interview with Kestrel on Tuesday 8th December, 10:00 CET.\n\nChloe"), panelAsked, panelAnswer)
	panel := calMessageFrom("t6@thornbury.example", "2026-12-01T09:45:00Z", "Interview: Sam Rivera / Kestrel (Senior SRE)", "Calendar hold.",
		vevent{method: "REQUEST", uid: "hold-2@thornbury.example", organizer: "chloe.parsons@thornbury.example", start: "20261208T090000Z",
			summary: "Interview: Sam Rivera / Kestrel (Senior SRE)",
			extra:   []string{"DESCRIPTION:Interview for Sam Rivera (Thornbury candidate) – Senior SRE\\, Kestrel.\\nInterviewers: Aylin Demir\\, Jon Falk."}})

	// A union's advice session the user booked, with a place and the user
	// required: the shape of an invitation, but a member's appointment. A
	// union hiring is another matter.
	unionAdvice := calMessageFrom("u1@tjanstefacket.example", "2026-11-27T07:44:00Z",
		"Bokning bekräftad: Enskild rådgivning med ombudsman, 7 december 2026",
		"Tack för din bokning hos Tjänstefacket Region Stockholm.\nTjänst: Enskild rådgivning med ombudsman (30 min)",
		vevent{method: "REQUEST", uid: "union-1@tjanstefacket.example", organizer: "radgivning@tjanstefacket.example",
			start: "20261207T150000Z", summary: "Enskild rådgivning med ombudsman - Tjänstefacket", extra: []string{"LOCATION:Onlinemöte"}})
	unionHires := calMessageFrom("u2@tjanstefacket.example", "2026-11-27T07:44:00Z", "Intervju: Förbundsjurist – Tjänstefacket",
		"Välkommen på intervju för tjänsten som förbundsjurist.",
		vevent{method: "REQUEST", uid: "union-2@tjanstefacket.example", organizer: "rekrytering@tjanstefacket.example",
			start: "20261207T150000Z", summary: "Intervju: Förbundsjurist – Tjänstefacket", extra: []string{"LOCATION:Onlinemöte"}})

	owner := textMessage("o1@seaboard-rentals.example", "2026-12-03T09:00:00Z", "ridwaan@seaboard-rentals.example",
		"Unit 704 - shortlist & meeting with owner",
		"Hi Sam\n\nGood news, you're on the shortlist. The owner likes to do a short interview with every prospective tenant before she signs. "+
			"She has proposed Saturday 12 December at 10:00 at the unit, or a video call at the same time.\n\nRidwaan\nRental Agent")
	parish := textMessage("p1@stjude-ikeja.example", "2026-12-03T09:00:00Z", "chinedu.eze@stjude-ikeja.example",
		"The Beacon Christmas Edition - Interview request",
		"Dear Brother Sam,\n\nThe Communications Committee is preparing the Christmas edition of our parish magazine. "+
			"We would be very happy to interview you for a short feature on your life and work in Berlin.\n\n"+
			"Proposed time: Saturday, 19 December 2026 at 4:00pm (Lagos time).\n\nBro. Chinedu Eze")

	magazine := textMessage("m1@revistabytes.example", "2026-12-10T09:00:00Z", "lucia.ferrer@revistabytes.example",
		"Solicitud de entrevista – Revista Bytes",
		"Hola Sam:\n\nSoy Lucía Ferrer, redactora de tecnología en Revista Bytes. Estoy preparando un reportaje para el número de febrero "+
			"y me encantaría hacerte una entrevista. Podrías revisar tus citas antes de la publicación.\n\nLucía")
	magazineYes := sentAnswer(magazine, "m2@example.org", "2026-12-10T18:00:00Z", "Hola Lucía, encantado. El martes 12 de enero por la tarde me va bien.\nSam")
	magazineTime := inThread(textMessage("m3@revistabytes.example", "2026-12-11T09:00:00Z", "lucia.ferrer@revistabytes.example",
		"Re: Solicitud de entrevista – Revista Bytes",
		"Hola Sam:\n\nTe confirmo la entrevista para el martes 12 de enero de 2027 a las 17:00 (hora peninsular).\n\nLucía"), magazine, magazineYes)

	notaryMail := textMessage("n0@notaires-lefevre.example", "2026-11-30T08:41:00Z", "celine.wagner@notaires-lefevre.example",
		"Vente RIVERA / MULLER - rendez-vous",
		"Monsieur,\n\nJe vous propose un entretien préalable par visioconférence avec Maître Garnier le mardi 8 décembre 2026 à 18h00, "+
			"afin de relire ensemble le projet d'acte, puis la signature de l'acte authentique de vente le jeudi 17 décembre à 10h00.\n\n"+
			"Céline Wagner\nClerc de notaire\nOffice notarial Lefèvre & Garnier")
	notary := inThread(calMessageFrom("n1@notaires-lefevre.example", "2026-12-07T10:00:00Z", "Entretien préalable vente RIVERA / MULLER",
		"Monsieur,\n\nComme convenu, voici le lien pour l'entretien préalable de demain soir avec Maître Garnier.\n\nCéline Wagner",
		vevent{method: "REQUEST", uid: "notary-1@notaires-lefevre.example", organizer: "celine.wagner@notaires-lefevre.example",
			start: "20261208T170000Z", summary: "Entretien préalable vente RIVERA / MULLER", extra: []string{teamsLink}}), notaryMail)

	for _, tc := range []struct {
		name string
		msgs []mail.Message
		want int
	}{
		{"a notary's meeting before a sale's deed", []mail.Message{notaryMail, notary}, 0},
		{"a magazine's feature, the time confirmed later", []mail.Message{magazine, magazineYes, magazineTime}, 0},
		{"a flat's owner meets a prospective tenant", []mail.Message{owner}, 0},
		{"a parish magazine's feature", []mail.Message{parish}, 0},
		{"a union's advice session for a member", []mail.Message{unionAdvice}, 0},
		{"a union's interview for a post at the union", []mail.Message{unionHires}, 1},
		{"an advisor's appointment moved without its word", []mail.Message{
			calMessageFrom("a1@nordpension.example", "2026-11-20T10:00:00Z", pension.summary, "Invitation.", pension),
			calMessageFrom("a2@nordpension.example", "2026-11-24T09:00:00Z", "Flyttet: "+pensionMoved.summary, "Updated.", pensionMoved),
		}, 0},
		{"an update that adds the link to a bare invitation", []mail.Message{
			calMessageFrom("b1@kvarnby.example", "2026-11-20T10:00:00Z", bare.summary, "", bare),
			calMessageFrom("b2@kvarnby.example", "2026-11-24T09:00:00Z", withLink.summary, "", withLink),
		}, 1},
		{"a reporter's interview with a colleague invited", []mail.Message{
			calMessageFrom("c1@diarioaustral.example", "2026-12-02T10:00:00Z", press.summary, "Invitación.", press),
		}, 0},
		{"the user's own work address beside the private one", []mail.Message{
			calMessageFrom("c2@diarioaustral.example", "2026-12-02T10:00:00Z", aliasInvited.summary, "Invitación.", aliasInvited),
		}, 1},
		{"a founder's pitch to the user as an angel", []mail.Message{pitch, pitchInvite}, 0},
		{"a founder who read the user's portfolio recruits", []mail.Message{founder, founderInvite}, 1},
		{"a job fair's opening hours", []mail.Message{fair}, 0},
		{"a payroll meeting after the signed acceptance", []mail.Message{welcome, payroll}, 0},
		{"an agency's quick chat that is a pitch to the user's employer", []mail.Message{agencyFirst, agencyAnswer, booked, pitchToClient}, 0},
		{"an agency's quick chat about a role", []mail.Message{agencyFirst, agencyAnswer, booked, aboutRole}, 1},
		{"a property manager's talk with applicants for a flat", []mail.Message{flat}, 0},
		{"a friend's trial interview in Bulgarian", []mail.Message{trial}, 0},
		{"an old colleague's coffee, no recruiting", []mail.Message{coffee, coffeeYes, coffeeLink}, 0},
		{"a reporter's request at the work address", []mail.Message{reporter, reporterYes, reporterTime}, 0},
		{"a chat that is no interview, then the invitation to one", []mail.Message{chat, chatYes, chatThenInterview}, 1},
		{"a building's owners' general meeting", []mail.Message{owners}, 0},
		{"an insurance broker's advice meeting", []mail.Message{broker}, 0},
		{"an agency's candidate whom the user interviews", []mail.Message{holdAsked, holdAnswer, holdConfirmed, hold}, 0},
		{"an agency's client whose panel interviews the user", []mail.Message{panelAsked, panelAnswer, panelConfirmed, panel}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			if len(ivs) != tc.want {
				var got []string
				for _, iv := range ivs {
					got = append(got, iv.Start.UTC().String()+" "+iv.Evidence)
				}
				t.Fatalf("%d interviews, want %d: %s", len(ivs), tc.want, strings.Join(got, "; "))
			}
		})
	}
}

// TestCompanyAsItsHiringSystemNamesIt: the employer's own domain gives the
// first word of its name, the display name it gave its hiring system the
// whole ("Enerlia Renovables <enerlia@myworkday.com>"); a campus team's
// name is not the company's.
func TestCompanyAsItsHiringSystemNamesIt(t *testing.T) {
	for _, tc := range []struct{ name, display, want string }{
		{"the trade after the name", "Enerlia Renovables", "Enerlia Renovables"},
		{"a campus team", "Enerlia Campus Recruiting", "Enerlia"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			system := textMessage("w1@myworkday.com", "2026-11-25T09:00:00Z", "enerlia@myworkday.com", "Entrevista programada: Ingeniero/a de Datos",
				"Hola Sam:\n\nTu entrevista ha sido programada.\nFecha: 11/12/2026\nHora: 9:30 - 10:30 (GMT+01:00) Madrid\nEntrevistadores: Marta Ibáñez Soler")
			system.From[0].Name = tc.display
			invite := calMessageFrom("w2@enerlia.example", "2026-11-25T10:00:00Z", "Entrevista Sam Rivera – Ingeniero/a de Datos", "",
				vevent{method: "REQUEST", uid: "w-1@enerlia.example", organizer: "marta.ibanez@enerlia.example", start: "20261211T083000Z",
					summary: "Entrevista Sam Rivera – Ingeniero/a de Datos", extra: []string{teamsLink}})
			ivs := interview.Build([]mail.Message{system, invite}, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("%d interviews, want 1", len(ivs))
			}
			if ivs[0].Company != tc.want {
				t.Errorf("company %q, want %q", ivs[0].Company, tc.want)
			}
		})
	}
}

// sentAnswer is the user's answer to m with text, from the private address.
func sentAnswer(m mail.Message, id, date, text string) mail.Message {
	a := inThread(textMessage(id, date, "sam.rivera@example.org", "Re: "+m.Subject, text), m)
	a.Mailbox, a.From, a.To = "Sent", addr("Sam Rivera", "sam.rivera@example.org"), m.From
	return a
}

// TestTimesOutsideTheUsersZone: a time the mail writes without a zone is
// on the clock the mail states, a calendar's floating time too; a slot
// offered "if anything" beside the booked one is a fallback.
func TestTimesOutsideTheUsersZone(t *testing.T) {
	floating := calMessageFrom("k1@smereka.example", "2026-11-30T13:10:00Z", "Технічна співбесіда",
		"Коли: вівторок, 8 грудня, 11:00-12:30 (за київським часом)\nДе: Google Meet",
		vevent{method: "REQUEST", uid: "hrbox-1@smereka.example", organizer: "hr@smereka.example", start: "20261208T110000",
			summary: "Технічна співбесіда: Sam Rivera (Senior Android Developer)", extra: []string{teamsLink}})
	withFallback := textMessage("c1@akamasgames.example", "2026-12-02T15:02:00Z", "anna.sokolova@akamasgames.example",
		"Техническое интервью - Akamas Games",
		"Сэм, добрый день!\n\nСледующий этап - техническое интервью с тимлидом.\n\nДата: среда, 9 декабря\n"+
			"Время: 16:30-18:00 по Кипру (15:30 по Берлину)\n\nНапишите, пожалуйста, подходит ли время. "+
			"Если что - у Дмитрия есть ещё окно в четверг, 10 декабря, в 11:00.\n\nАнна")
	for _, tc := range []struct {
		name string
		msg  mail.Message
		want time.Time
	}{
		{"a floating DTSTART on the clock the mail names", floating, time.Date(2026, 12, 8, 9, 0, 0, 0, time.UTC)},
		{"the booked slot, not the fallback", withFallback, time.Date(2026, 12, 9, 14, 30, 0, 0, time.UTC)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build([]mail.Message{tc.msg}, nil, sampleConfig())
			if len(ivs) != 1 || !ivs[0].Start.Equal(tc.want) {
				var got []string
				for _, iv := range ivs {
					got = append(got, iv.Start.UTC().String())
				}
				t.Fatalf("interviews at %v, want one at %s", got, tc.want)
			}
		})
	}
}

// TestUnprovenVersionRefusesNothing: a version of an event that was turned
// down for what it is keeps a shape-only version of the same UID from
// being an interview; a version in mail the user's server could not prove
// (DMARC fail) is no version at all, and cannot do that.
func TestUnprovenVersionRefusesNothing(t *testing.T) {
	real := vevent{method: "REQUEST", uid: "call-7@kvarnby.example", organizer: "lena.berg@kvarnby.example",
		start: "20261208T100000Z", summary: "Kvarnby / Sam", extra: []string{teamsLink}}
	forged := real
	forged.summary, forged.stamp = "Rådgivningsmøde om din pension", "20261121T100000Z"
	spoof := calMessageFrom("x2@kvarnby.example", "2026-11-21T10:00:00Z", forged.summary, "Invitation.", forged)
	spoof.AuthFailure = "dmarc=fail (header.from=kvarnby.example)"
	msgs := []mail.Message{calMessageFrom("x1@kvarnby.example", "2026-11-20T10:00:00Z", real.summary, "", real), spoof}
	if ivs := interview.Build(msgs, nil, sampleConfig()); len(ivs) != 1 {
		t.Fatalf("%d interviews, want the real invitation's", len(ivs))
	}
}
