package interview_test

import (
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

// msg is a message of a conversation for TestConversations.
type msg struct {
	id, inReplyTo string
	refs          []string // References, when more than In-Reply-To
	from          string   // "" for the recruiter, "me" for the user
	to            string   // "" for the user's first address, "work" for the work address, or "Name <address>"
	at            time.Time
	subject, text string
}

// TestConversations holds the rules of a conversation in words: what
// proposes, what confirms, what moves, what makes a second interview, and
// what quotes and signatures never do.
func TestConversations(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	day := func(d, h, m int) time.Time { return time.Date(2026, 12, d, h, m, 0, 0, berlin) }
	mon := day(7, 9, 0) // Monday 7 December
	tests := []struct {
		name string
		msgs []msg
		want []time.Time // the interviews' starts
	}{
		{
			name: "two days offered is a proposal",
			msgs: []msg{{id: "p1", at: mon, subject: "Interview - next steps",
				text: "Would Wednesday 9 December at 10:00 or Thursday 10 December at 14:00 work for you?"}},
			want: nil,
		},
		{
			// The subject names the time; the body only asks about
			// "this slot". The user's yes makes it the interview.
			name: "a time offered in the subject alone, then accepted",
			msgs: []msg{
				{id: "sj1", at: mon, subject: "Product Designer @ Lumenfold - Fri 12/11, 10am ET?",
					text: "Hi Sam - would this slot work for a video call with Dana, our design lead? If yes I'll send the invite.\n\nKat"},
				{id: "sj2", inReplyTo: "sj1", from: "me", at: mon.Add(2 * time.Hour), subject: "Re: Product Designer @ Lumenfold - Fri 12/11, 10am ET?",
					text: "Works for me!"},
			},
			want: []time.Time{day(11, 16, 0)},
		},
		{
			// The employer settles the day, then moves the clock in
			// its own sentence; the user's yes names both.
			name: "a clock proposed without its day, taken with the day",
			msgs: []msg{
				{id: "ck1", at: mon, subject: "Okapi – coding round",
					text: "Hi Sam,\n\nnext up is the coding round with two engineers. We have room on Wednesday or Thursday morning – does either suit?\n\nSanne"},
				{id: "ck2", inReplyTo: "ck1", from: "me", at: mon.Add(2 * time.Hour), subject: "Re: Okapi – coding round",
					text: "Thursday morning is best for me – would 9:30 work?"},
				{id: "ck3", inReplyTo: "ck2", at: mon.Add(20 * time.Hour), subject: "RE: Okapi – coding round",
					text: "Thursday it is! The panel has a stand-up until 9:30, so could we do 9:45-10:30 instead?\n\nSanne"},
				{id: "ck4", inReplyTo: "ck3", from: "me", at: mon.Add(22 * time.Hour), subject: "Re: RE: Okapi – coding round",
					text: "9:45–10:30 on Thursday is fine – see you then."},
			},
			want: []time.Time{day(10, 9, 45)},
		},
		{
			// "la semaine du 14 décembre" is a week: its Monday is not
			// the Monday agreed.
			name: "a weekday agreed beside the week of a later round",
			msgs: []msg{
				{id: "wk1", at: day(3, 16, 48), subject: "Votre candidature – Ingénieur SRE",
					text: "Bonjour Sam,\n\nj'aimerais organiser un premier échange téléphonique. Auriez-vous un moment demain à 9h ? Sinon, lundi en fin de matinée.\n\nSophie Rochat"},
				{id: "wk2", inReplyTo: "wk1", from: "me", at: day(3, 17, 30), subject: "Re: Votre candidature – Ingénieur SRE",
					text: "Bonjour Madame Rochat,\n\nDemain 9h ne m'est malheureusement pas possible. Lundi à 11h30 vous conviendrait-il ?\n\nSam Rivera"},
				{id: "wk3", inReplyTo: "wk2", refs: []string{"wk1", "wk2"}, at: day(3, 17, 41), subject: "Re: Votre candidature – Ingénieur SRE",
					text: "Bonjour Sam,\n\nAucun souci, va pour lundi à 11h30. Je vous appellerai sur votre portable.\n\n" +
						"Si l'échange est concluant, la suite serait un entretien technique avec l'équipe, probablement dans la semaine du 14 décembre.\n\nSophie Rochat"},
			},
			want: []time.Time{day(7, 11, 30)},
		},
		{
			// Windows to pick a time in: the user takes a day and names
			// the clock inside its window.
			name: "a day's window offered, the user names the clock in it",
			msgs: []msg{
				{id: "wi1", at: mon, subject: "Next steps - Ridgeline Financial",
					text: "Hi Sam,\n\nAngela would like to meet with you for a 60-minute conversation. The earliest she can offer is:\n\n" +
						"- Wednesday 12/16, anytime between 8:00 and 11:00 AM CET\n- Thursday 12/17, anytime between 8:00 and 11:00 AM CET\n\n" +
						"Please let me know which day and time work best for you.\n\nKevin"},
				{id: "wi2", inReplyTo: "wi1", from: "me", at: mon.Add(2 * time.Hour), subject: "Re: Next steps - Ridgeline Financial",
					text: "Hi Kevin,\n\nThursday 12/17 would be ideal, at 9:30 AM.\n\nSam"},
			},
			want: []time.Time{day(17, 9, 30)},
		},
		{
			// "both" speaks of the two slots offered, not of two
			// stages to attend: the user takes one.
			name: "either of two listed slots, both said to suit",
			msgs: []msg{
				{id: "ei1", at: mon, subject: "Next steps - Fabrikam Robotics, Senior Software Engineer",
					text: "Hi Sam,\n\nNext step is a 60-minute technical conversation with Priya and Marcus.\n\nWould either of these work for you?\n\n" +
						"  *   Tue Dec 8, 10:00-11:00am CET\n  *   Wed Dec 9, 1:00-2:00pm CET\n\nI tried to keep both inside your working day.\n\nBest,\nJordan"},
				{id: "ei2", inReplyTo: "ei1", from: "me", at: mon.Add(2 * time.Hour), subject: "Re: Next steps - Fabrikam Robotics, Senior Software Engineer",
					text: "Hi Jordan,\n\nTuesday Dec 8 at 10:00am works best for me.\n\nBest,\nSam"},
			},
			want: []time.Time{day(8, 10, 0)},
		},
		{
			// The move offers a time and, in the next sentence, an
			// alternative: a choice, which the user's answer settles.
			name: "a move offered with an alternative in the next sentence",
			msgs: []msg{
				{id: "al1", at: mon, subject: "Colloquio conoscitivo – Senior Backend Developer",
					text: "Ciao Sam,\n\nti proporrei un primo colloquio conoscitivo venerdì 11 dicembre alle ore 10:30, su Google Meet.\n\nGiulia"},
				{id: "al2", inReplyTo: "al1", from: "me", at: mon.Add(2 * time.Hour), subject: "Re: Colloquio conoscitivo – Senior Backend Developer",
					text: "Ciao Giulia,\n\nvenerdì 11/12 alle 10:30 va benissimo.\n\nSam"},
				{id: "al3", inReplyTo: "al2", refs: []string{"al1", "al2"}, at: mon.Add(26 * time.Hour), subject: "R: Colloquio conoscitivo – Senior Backend Developer",
					text: "Ciao Sam,\n\npurtroppo Stefano venerdì sarà in trasferta. Potremmo spostare il colloquio a giovedì 10 dicembre alle ore 15:00? " +
						"In alternativa avremmo lunedì 14 alle 9:30.\n\nFammi sapere cosa preferisci.\n\nGiulia"},
				{id: "al4", inReplyTo: "al3", refs: []string{"al1", "al2", "al3"}, from: "me", at: mon.Add(28 * time.Hour), subject: "Re: R: Colloquio conoscitivo – Senior Backend Developer",
					text: "Ciao Giulia,\n\nnessun problema! Giovedì 10 alle 15 per me va bene.\n\nSam"},
			},
			want: []time.Time{day(10, 15, 0)},
		},
		{
			// The move shifts the clock by an hour; the day the
			// sentence before names is the interviewer's conference,
			// not the interview's.
			name: "moved by an hour, a day named for another reason",
			msgs: []msg{
				{id: "sh1", at: mon, subject: "Terminbestätigung Alpenfunk Medien GmbH - Data Scientist",
					text: "Guten Tag Sam Rivera,\n\nhiermit bestätige ich Ihnen das Vorstellungsgespräch:\n\nTermin: Mittwoch, 16.12.2026, 9:00 Uhr\nOrt: Alpenfunk Medien GmbH, München\n\nMit freundlichen Grüßen\nKatrin Moll"},
				{id: "sh2", inReplyTo: "sh1", from: "me", at: mon.Add(2 * time.Hour), subject: "Re: Terminbestätigung Alpenfunk Medien GmbH - Data Scientist",
					text: "Guten Tag Frau Moll,\n\nden Termin am 16.12. um 9 Uhr bestätige ich gerne.\n\nSam Rivera"},
				{id: "sh3", inReplyTo: "sh2", refs: []string{"sh1", "sh2"}, at: mon.Add(26 * time.Hour), subject: "AW: Terminbestätigung Alpenfunk Medien GmbH - Data Scientist",
					text: "Guten Tag Sam Rivera,\n\nleider gibt es eine kleine Änderung: Herr Dr. Seitz ist am 15.12. noch auf einer Konferenz in Köln und kommt erst am Mittwochmorgen zurück. " +
						"Er lässt daher fragen, ob wir das Gespräch um eine Stunde nach hinten schieben können, also auf 10:00 Uhr. Ort und Dauer bleiben unverändert.\n\nKatrin Moll"},
			},
			want: []time.Time{day(16, 10, 0)},
		},
		{
			// The same exchange about practising is no interview:
			// nothing of it is about the user's job search.
			name: "a clock taken for a mock interview",
			msgs: []msg{
				{id: "pk1", at: mon, from: "friend", subject: "mock interview?",
					text: "Hey! Happy to do a practice round with you this weekend. Saturday works – could we do 11:00?"},
				{id: "pk2", inReplyTo: "pk1", from: "me", at: mon.Add(2 * time.Hour), subject: "Re: mock interview?",
					text: "Saturday at 11:00 is perfect, thank you!"},
			},
			want: nil,
		},
		{
			// "on-call" is a duty, not a call: the user's answer to a
			// peer's coffee about it says nothing of a job search.
			name: "a coffee about on-call duty",
			msgs: []msg{
				{id: "oc1", at: mon, subject: "coffee? on-call questions",
					text: "Hi Sam,\n\nwe're setting up our first on-call rotation and I'd love to pick your brain on how you did it at Globex. Coffee one morning next week?\n\nJo"},
				{id: "oc2", inReplyTo: "oc1", from: "me", at: mon.Add(2 * time.Hour), subject: "Re: coffee? on-call questions",
					text: "Gladly! Tuesday 15 December at 9:00?\n\nSam"},
				{id: "oc3", inReplyTo: "oc2", at: mon.Add(4 * time.Hour), subject: "Re: coffee? on-call questions",
					text: "Tuesday 15 December at 9:00 it is. See you then!\n\nJo"},
			},
			want: nil,
		},
		{
			// The writer names a role, then says outright that nothing
			// stands behind the meeting.
			name: "a coffee with nothing behind it",
			msgs: []msg{
				{id: "nb1", at: mon, subject: "coffee next week?",
					text: "Hi Sam,\n\nwe're about to hire our first Head of Platform, and I'd love to hear how you grew your team. To be upfront: there's nothing behind this, it's you I want to learn from.\n\nCoffee on Tuesday 15 December at 9:00?\n\nJo"},
				{id: "nb2", inReplyTo: "nb1", from: "me", at: mon.Add(2 * time.Hour), subject: "Re: coffee next week?",
					text: "Tuesday 15 December at 9:00 works, see you then!"},
			},
			want: nil,
		},
		{
			// "Eine Änderung zum Termin": the breakfast starts "nicht um
			// 8:00 Uhr, sondern um 8:45 Uhr", the new clock on a line
			// of its own.
			name: "a change to the appointment's clock, said as a change",
			msgs: []msg{
				{id: "ch1", from: "Petra Sommer <p.sommer@kesslerbrandt.example>", at: mon, subject: "Vertraulich: Vorstellungsgespräch mit Frau Prof. Dr. Albrecht",
					text: "Sehr geehrter Herr Rivera,\n\nich bestätige Ihnen gerne den nächsten Schritt im Auswahlverfahren:\n\n    Datum:    Dienstag, 15. Dezember 2026\n    Uhrzeit:  8:00 Uhr\n    Ort:      Hotel Breidenbacher Hof, Königsallee 11, 40212 Düsseldorf\n\nMit freundlichen Grüßen\nPetra Sommer"},
				{id: "ch2", inReplyTo: "ch1", from: "Petra Sommer <p.sommer@kesslerbrandt.example>", at: mon.Add(24 * time.Hour), subject: "AW: Vertraulich: Vorstellungsgespräch mit Frau Prof. Dr. Albrecht",
					text: "Sehr geehrter Herr Rivera,\n\neine Änderung zum Termin am kommenden Dienstag: Frau Prof. Dr. Albrecht kommt mit der ersten Maschine aus Brüssel. Das Frühstück beginnt deshalb nicht um 8:00 Uhr, sondern um\n\n    8:45 Uhr\n\nOrt und Tisch bleiben unverändert.\n\nMit freundlichen Grüßen\nPetra Sommer"},
			},
			want: []time.Time{time.Date(2026, 12, 15, 7, 45, 0, 0, time.UTC)},
		},
		{
			// A head chef moves a trial shift in a terse reply whose
			// clock stands in the sentence after the day: English, so
			// the afternoon's.
			name: "a trial shift moved, the clock in the next sentence",
			msgs: []msg{
				{id: "ts1", from: "Dan O'Rourke <danorourke.chef@gmail.com>", at: mon, subject: "Trial shift - Tollgate",
					text: "Hi Sam\n\nwe'd like to get you in for a trial shift. Paid, £14.50/hr.\n\nTuesday 15th Dec, 4pm till close.\n\nLet me know if thats ok\n\nDan\nHead Chef, The Tollgate Kitchen"},
				{id: "ts2", inReplyTo: "ts1", from: "me", at: mon.Add(10 * time.Hour), subject: "Re: Trial shift - Tollgate",
					text: "Hi Dan,\n\nTuesday 15th from 4pm works for me.\n\nSam"},
				{id: "ts3", inReplyTo: "ts2", from: "Dan O'Rourke <danorourke.chef@gmail.com>", at: mon.Add(48 * time.Hour), subject: "Re: Trial shift - Tollgate",
					text: "Change of plan sorry - Tuesday we've got a private hire. Can you do Wednesday 16th instead? 3:30 start so you get a bit of prep in before service.\n\nDan"},
				{id: "ts4", inReplyTo: "ts3", from: "me", at: mon.Add(50 * time.Hour), subject: "Re: Trial shift - Tollgate",
					text: "No problem at all - Wednesday 16th, 3:30pm. See you then!\n\nSam"},
			},
			want: []time.Time{time.Date(2026, 12, 16, 14, 30, 0, 0, time.UTC)},
		},
		{
			// A job board's change notice lists the old time, marked
			// cancelled, over the new one, in a block with no full stop:
			// the interview moves, it is not called off.
			name: "a board's change notice, the old time cancelled above the new",
			msgs: []msg{
				{id: "cj1", from: "前程无忧 <noreply@51job.com>", at: mon, subject: "【面试通知】深圳澜芯半导体有限公司邀请您参加面试",
					text: "Sam Rivera 您好：\n\n面试职位：嵌入式软件工程师\n面试时间：2026年12月16日（周三）上午10:00\n面试形式：线上视频面试\n联系人：刘先生"},
				{id: "cj2", from: "前程无忧 <noreply@51job.com>", at: mon.Add(30 * time.Hour), subject: "【面试时间变更】深圳澜芯半导体有限公司 - 嵌入式软件工程师",
					text: "Sam Rivera 您好：\n\n深圳澜芯半导体有限公司 已修改您的面试安排，请留意新的面试时间。\n\n面试职位：嵌入式软件工程师\n原面试时间：2026年12月16日（周三）上午10:00（已取消）\n新面试时间：2026年12月18日（周五）下午15:30\n面试形式：线上视频面试\n联系人：刘先生"},
			},
			want: []time.Time{time.Date(2026, 12, 18, 14, 30, 0, 0, time.UTC)},
		},
		{
			// A founder corrects his weekday a minute later; the user
			// answers the correction and takes the time it corrects.
			name: "an offer corrected by its writer, the correction answered",
			msgs: []msg{
				{id: "qb1", from: "Kofi Mensah <kofi.mensah.dev@gmail.com>", at: mon, subject: "quillbyte - next step?",
					text: "hey sam,\n\nas mentioned were hiring a backend eng for quillbyte. wd love to do a proper interview w you - wed 15th at 11 ur time work? ill send a zoom link\n\nk"},
				{id: "qb2", inReplyTo: "qb1", from: "Kofi Mensah <kofi.mensah.dev@gmail.com>", at: mon.Add(4 * time.Minute), subject: "Re: quillbyte - next step?",
					text: "sorry tue 15th not wed. long day"},
				{id: "qb3", inReplyTo: "qb2", from: "me", at: mon.Add(10 * time.Hour), subject: "Re: quillbyte - next step?",
					text: "Hi Kofi,\n\nTuesday 15 December at 11:00 Berlin time works for me.\n\nSam"},
			},
			want: []time.Time{time.Date(2026, 12, 15, 10, 0, 0, 0, time.UTC)},
		},
		{
			// A search firm asks the user, not as a candidate, for names
			// for its search; its call back is no interview.
			name: "a search firm asks for names, not as a candidate",
			msgs: []msg{
				{id: "nm1", from: "Jana Wolff <jana.wolff@lindqvistwolff.example>", at: mon, subject: "Ihre Einschätzung – vertrauliche Suche CTO (Hamburg)",
					text: "Sehr geehrter Herr Rivera,\n\nwir sind exklusiv mit der Besetzung der CTO-Position bei einem Logistikunternehmen in Hamburg beauftragt. Ich frage Sie ausdrücklich nicht als Kandidaten, sondern als jemanden, der den Markt sehr gut kennt: Wen würden Sie sich für eine solche Aufgabe ansehen?\n\nHätten Sie in der kommenden Woche 20 Minuten für ein Telefonat?\n\nJana Wolff\nPartnerin\n\nLindqvist Wolff Executive Search GmbH"},
				{id: "nm2", inReplyTo: "nm1", from: "me", at: mon.Add(10 * time.Hour), subject: "Re: Ihre Einschätzung – vertrauliche Suche CTO (Hamburg)",
					text: "Liebe Frau Wolff,\n\ngerne helfe ich. Donnerstag, 10. Dezember, um 16:00 Uhr würde mir gut passen.\n\nSam Rivera"},
				{id: "nm3", inReplyTo: "nm2", from: "Jana Wolff <jana.wolff@lindqvistwolff.example>", at: mon.Add(24 * time.Hour), subject: "AW: Ihre Einschätzung – vertrauliche Suche CTO (Hamburg)",
					text: "Lieber Herr Rivera,\n\ndann rufe ich Sie am Donnerstag, 10. Dezember, um 16:00 Uhr an.\n\nJana Wolff\nPartnerin\n\nLindqvist Wolff Executive Search GmbH"},
			},
			want: nil,
		},
		{
			// A coach's thread about a mock interview speaks of
			// interviews throughout; the session it fixes is practice.
			name: "a coach's thread about a mock interview",
			msgs: []msg{
				{id: "mk1", at: mon, subject: "Tu simulacro del martes - lo que necesito",
					text: "Hola Sam,\n\npara el simulacro de entrevista del martes necesito la descripción del puesto y tu CV.\n\nMarta"},
				{id: "mk2", inReplyTo: "mk1", from: "me", at: mon.Add(2 * time.Hour), subject: "Re: Tu simulacro del martes - lo que necesito",
					text: "Hola Marta, te lo envío adjunto.\n\nSam"},
				{id: "mk3", inReplyTo: "mk2", at: mon.Add(30 * time.Hour), subject: "Re: Tu simulacro del martes - lo que necesito",
					text: "Gracias, Sam. ¿Hacemos otra sesión el lunes 14 de diciembre a las 18:00?\n\nMarta"},
				{id: "mk4", inReplyTo: "mk3", from: "me", at: mon.Add(32 * time.Hour), subject: "Re: Tu simulacro del martes - lo que necesito",
					text: "Sí, el lunes 14 de diciembre a las 18:00 me va bien."},
			},
			want: nil,
		},
		{
			// The request names the user as a referee and fixes no
			// time; the call its thread books is about the candidate.
			name: "a referee's call booked in the thread of the request",
			msgs: []msg{
				{id: "rf1", at: mon, subject: "Lena Hoffmann",
					text: "Hi Sam,\n\nLena Hoffmann has given your name as a referee from your time together at Brightwater. Could you let me know a couple of times that suit you this week?\n\nJo Park\nSenior Recruitment Consultant | Acme Recruitment"},
				{id: "rf2", inReplyTo: "rf1", from: "me", at: mon.Add(2 * time.Hour), subject: "Re: Lena Hoffmann",
					text: "Happy to help. Thursday 17 December at 11:00 would work."},
				{id: "rf3", inReplyTo: "rf2", at: mon.Add(4 * time.Hour), subject: "RE: Lena Hoffmann",
					text: "Brilliant, I'll call you at 11:00 on Thursday 17 December.\n\nJo Park\nSenior Recruitment Consultant | Acme Recruitment"},
			},
			want: nil,
		},
		{
			// The offer's call about the package is no further round,
			// though the user takes its time as a confirmation would.
			name: "the call that walks through an offer",
			msgs: []msg{
				{id: "of1", at: mon.Add(-96 * time.Hour), subject: "Wattle & Finch – final interview",
					text: "Hi Sam,\n\nconfirmed: Tuesday 8 December, 8:00–9:00am Berlin, on Zoom with Georgina Hale, CTO.\n\nMitch"},
				{id: "of2", inReplyTo: "of1", at: mon.Add(48 * time.Hour), subject: "RE: Wattle & Finch – final interview",
					text: "Sam!\n\nthey loved you, and Wattle & Finch want to make you an offer for the Lead Data Platform Engineer role.\n\nGeorgina would like to ring you herself to walk you through the package – could you chat tomorrow (Thursday) at 7pm Sydney time, which is 9am yours?\n\nMitch"},
				{id: "of3", inReplyTo: "of2", from: "me", at: mon.Add(49 * time.Hour), subject: "Re: Wattle & Finch – final interview",
					text: "Fantastic news, thank you Mitch! Thursday at 9am my time works for the call with Georgina."},
			},
			want: []time.Time{day(8, 8, 0)},
		},
		{
			// A hiring system's invitation names the contact; the user
			// writes to her in a new thread to move it, and her answer
			// moves it.
			name: "moved through the contact a hiring system's invitation names",
			msgs: []msg{
				{id: "kr1", at: mon.Add(-72 * time.Hour), from: "ats", subject: "Interview invitation: Data Engineer",
					text: "Hi Sam,\n\nyou are invited to an interview for the Data Engineer role.\n\nInterview time: Thursday 10 December 2026 at 09:00\nPlace: Town hall, room 4\n\nFor questions contact Jo Park, jo.park@acme.example.\n\nThis is an automatic message, please do not reply."},
				{id: "kr2", from: "me", at: mon.Add(-60 * time.Hour), subject: "Interview 10.12. - Data Engineer",
					text: "Dear Ms Park,\n\nunfortunately I cannot make it on Thursday 10 December. Would it be possible to move the interview to another day that week?\n\nSam"},
				{id: "kr3", inReplyTo: "kr2", at: mon.Add(-50 * time.Hour), subject: "RE: Interview 10.12. - Data Engineer",
					text: "Hi Sam,\n\nno problem: let's hold the interview on Teams on Friday 11 December at 12:30.\n\nJo"},
			},
			want: []time.Time{day(11, 12, 30)},
		},
		{
			// A reply's subject is the old one: the time it names is
			// not news, and the body here names another.
			name: "a reply's subject time is not read",
			msgs: []msg{
				{id: "sr1", at: mon, subject: "Interview Wed 9 Dec 10:00?",
					text: "Hi Sam, would Wednesday work for a first interview?"},
				{id: "sr2", inReplyTo: "sr1", from: "me", at: mon.Add(time.Hour), subject: "Re: Interview Wed 9 Dec 10:00?",
					text: "Sorry, Wednesday is difficult for me."},
			},
			want: nil,
		},
		{
			name: "the day turned down is not the one taken",
			msgs: []msg{
				{id: "dc1", at: mon, subject: "Interview - next steps",
					text: "Hi Sam,\n\nCould you do Wednesday 9 December at 10:00 or Thursday 10 December at 14:00?\n\nBest,\nLena"},
				{id: "dc2", inReplyTo: "dc1", from: "me", at: mon.Add(time.Hour), subject: "Re: Interview - next steps",
					text: "Hi Lena,\n\nWednesday is difficult for me, but Thursday works.\n\nSam"},
			},
			want: []time.Time{day(10, 14, 0)},
		},
		{
			// Both slots turned down and another day asked for: the
			// answer names Friday only to say why not.
			name: "a counter-proposal takes none of the slots; the day and the hour agreed apart",
			msgs: []msg{
				{id: "cp1", at: mon.Add(-72 * time.Hour), subject: "Backend Engineer - first conversation",
					text: "Hi Sam,\n\nWould one of these work for you?\n\n- Wednesday 9 December, 15:00\n- Friday 11 December, 10:30\n\nInês"},
				{id: "cp2", inReplyTo: "cp1", from: "me", at: mon.Add(-70 * time.Hour), subject: "Re: Backend Engineer - first conversation",
					text: "Hi Inês,\n\nUnfortunately both slots clash with things at work (Friday morning I'm at an offsite). Would Monday 14 December work instead?\n\nSam"},
				{id: "cp3", inReplyTo: "cp2", at: mon.Add(-50 * time.Hour), subject: "Re: Backend Engineer - first conversation",
					text: "No problem at all. Monday 14 December works for Rui – shall we say 14:30 (so 15:30 for you)? I'll send an invite.\n\nInês"},
				{id: "cp4", inReplyTo: "cp3", from: "me", at: mon.Add(-48 * time.Hour), subject: "Re: Backend Engineer - first conversation",
					text: "Perfect, see you then."},
			},
			want: []time.Time{day(14, 15, 30)},
		},
		{
			// Days held for a second round that depends on the first:
			// keeping one free agrees to nothing yet.
			name: "days held for a round that depends on one to come, one kept free (de)",
			msgs: []msg{
				{id: "kr1", at: mon.Add(-72 * time.Hour), subject: "Kranich Robotik - mögliches Zweitgespräch im Januar",
					text: "Hallo Herr Rivera,\n\nFalls wir nach dem ersten Gespräch beide weitermachen möchten, würden wir gerne ein Zweitgespräch vor Ort einplanen.\n\n" +
						"Mögliche Termine wären aktuell:\n- Mittwoch, 13.01.2027, ab 10 Uhr\n- Donnerstag, 14.01.2027, ab 13 Uhr\n\nBeste Grüße\nStefan Huber"},
				{id: "kr2", inReplyTo: "kr1", from: "me", at: mon.Add(-70 * time.Hour), subject: "Re: Kranich Robotik - mögliches Zweitgespräch im Januar",
					text: "Hallo Herr Huber,\n\nden 13.01. kann ich mir grob freihalten, der 14. wäre bei mir schwierig.\n\nViele Grüße\nSam Rivera"},
			},
			want: nil,
		},
		{
			// "nog geen moment ingepland" says nothing is booked; the
			// two times after it are asked about, and never taken.
			name: "a word for booking, negated, confirms none of the times asked about (nl)",
			msgs: []msg{
				{id: "zw1", at: mon.Add(-72 * time.Hour), subject: "Kennismaken? Lead Data Engineer bij Zeewind Tech",
					text: "Hoi Sam,\n\nVia deze link kun je zelf een moment kiezen voor een kennismakingsgesprek: https://calendly.com/sanne/kennismaking\n\nSanne"},
				{id: "zw2", inReplyTo: "zw1", at: mon.Add(-24 * time.Hour), subject: "Re: Kennismaken? Lead Data Engineer bij Zeewind Tech",
					text: "Hoi Sam,\n\nIk zag dat je nog geen moment hebt ingepland via Calendly. Zullen we het anders zo doen: donderdag 10 december om 11.00 uur, via Google Meet? " +
						"Of als dat niet schikt, vrijdag 11 december om 15.30 uur.\n\nLaat maar even weten!\n\nSanne"},
			},
			want: nil,
		},
		{
			// The day taken, another clock asked for on it, and the
			// employer never agrees: no interview yet.
			name: "a day taken at another hour asked for is a counter-proposal (es)",
			msgs: []msg{
				{id: "ca1", at: mon.Add(-72 * time.Hour), subject: "Oleada Software - Backend (Go) - siguiente paso",
					text: "Hola Sam,\n\nel siguiente paso sería una entrevista técnica. ¿Te vendría bien el miércoles 9 de diciembre a las 16:00 o el jueves 10 a las 9:30?\n\nNerea"},
				{id: "ca2", inReplyTo: "ca1", from: "me", at: mon.Add(-70 * time.Hour), subject: "Re: Oleada Software - Backend (Go) - siguiente paso",
					text: "Hola Nerea,\n\nEl miércoles 9 no me va. El jueves 10 sí, pero a las 9:30 lo veo justo; ¿sería posible a partir de las 11, por ejemplo a las 11:30?\n\nSam"},
				{id: "ca3", inReplyTo: "ca2", at: mon.Add(-50 * time.Hour), subject: "RE: Oleada Software - Backend (Go) - siguiente paso",
					text: "Hola Sam,\n\nLo consulto con el equipo y te digo algo.\n\nNerea"},
			},
			want: nil,
		},
		{
			// An agency's mail names no interview word, only its client,
			// a position and two slots; its signature says who writes.
			name: "a German agency's two slots, one taken",
			msgs: []msg{
				{id: "pb1", at: mon.Add(-72 * time.Hour), subject: "Nordwerk Maschinenbau AG – Einladung zum Gespräch",
					text: "Guten Tag Sam Rivera,\n\nunser Mandant würde Sie gerne persönlich kennenlernen, und zwar für die Position\n\n    Teamleiter Data & Analytics (m/w/d)\n\nFolgende Termine wurden mir genannt:\n\n  - Dienstag, 8.12., 14 Uhr\n  - Mittwoch, 9.12., um halb drei\n\nWelcher Termin passt Ihnen besser?\n\nMit freundlichen Grüßen\n\nMarkus Kessler\nGeschäftsführender Partner\nKessler & Partner Personalberatung GmbH"},
				{id: "pb2", inReplyTo: "pb1", from: "me", at: mon.Add(-70 * time.Hour), subject: "Re: Nordwerk Maschinenbau AG – Einladung zum Gespräch",
					text: "Hallo Herr Kessler,\n\nMittwoch, 9.12., um halb drei passt mir sehr gut.\n\nViele Grüße\nSam Rivera"},
			},
			want: []time.Time{day(9, 14, 30)},
		},
		{
			name: "the one time offered, turned down",
			msgs: []msg{
				{id: "do1", at: mon, subject: "Kennenlerngespräch",
					text: "Hallo Sam,\n\nwürde Ihnen Mittwoch, der 9. Dezember, um 10:00 Uhr passen?\n\nViele Grüße\nLena"},
				{id: "do2", inReplyTo: "do1", from: "me", at: mon.Add(time.Hour), subject: "AW: Kennenlerngespräch",
					text: "Hallo Lena,\n\nMittwoch passt mir leider nicht, da bin ich auf Dienstreise.\n\nViele Grüße\nSam"},
			},
			want: nil,
		},
		{
			// The writer's own clock is not named; the user's city is.
			name: "a time given again in the user's city, the writer's zone unstated",
			msgs: []msg{{id: "uc1", at: mon, subject: "Entrevista confirmada",
				text: "Oi Sam,\n\nConfirmado: a entrevista com o time fica para quinta, 10/12, às 10h (14h aí em Berlim).\n\nAbraço,\nCamila"}},
			want: []time.Time{day(10, 14, 0)},
		},
		{
			name: "two stages, each time on the line under its item",
			msgs: []msg{{id: "sl1", at: mon, subject: "Northwind | Staff Data Engineer | interview loop",
				text: "Hi Sam,\n\nwe've split the loop into two virtual sessions:\n\n 1) Technical interview with Marcus Bell\n    Monday, December 14, 11:00 AM - 12:00 PM ET\n\n" +
					" 2) Final loop: system design and the VP of Data\n    Tuesday, December 15, 10:00 AM - 1:00 PM ET\n\nCan you confirm both work?\n\nThanks!\nDana"}},
			want: []time.Time{day(14, 17, 0), day(15, 16, 0)},
		},
		{
			name: "moved, with the new time given again for the reader",
			msgs: []msg{
				{id: "uk1", at: mon, subject: "Bramblewood Insurance - interview",
					text: "Hi Sam,\n\nAll confirmed for Thursday 10th December, 11:00-11:45 UK time (12:00 your time).\n\nTom"},
				{id: "uk2", inReplyTo: "uk1", at: mon.Add(26 * time.Hour), subject: "RE: Bramblewood Insurance - interview",
					text: "Hi Sam,\n\nSorry to do this - Claire has a clash on Thursday. She's asked if you could do Friday 11th at 3.30pm UK time instead (4.30pm for you), same format, same people.\n\nTom"},
			},
			want: []time.Time{day(11, 16, 30)},
		},
		{
			name: "an itinerary's rows, each a time then its session",
			msgs: []msg{{id: "it1", at: mon, subject: "Your interviews with Tulpenveld are scheduled",
				text: "Hi Sam,\n\nHere is your final-round itinerary.\n\nWhen (Europe/Amsterdam)        Session                    Interviewer\n" +
					"Tue, Dec 15 · 10:00 – 11:00    System Design              Joost de Vries, Principal SRE\n" +
					"Wed, Dec 16 · 16:00 – 16:45    Values & Collaboration     Anouk Bakker, Director of Engineering\n\nNeed to make a change? Reply to this email."}},
			want: []time.Time{day(15, 10, 0), day(16, 16, 0)},
		},
		{
			name: "slots listed one to a line are a choice",
			msgs: []msg{{id: "it2", at: mon, subject: "Interview - next steps",
				text: "Hi Sam,\n\nplease pick one of these slots for the interview:\n\nTue, Dec 15 · 10:00 – 11:00    with Joost\nWed, Dec 16 · 16:00 – 17:00    with Anouk\n\nThanks!"}},
			want: nil,
		},
		{
			name: "called off with another day offered in its place, then accepted",
			msgs: []msg{
				{id: "fx1", at: mon, subject: "Votre entretien avec Cartographe est confirmé",
					text: "Bonjour Sam,\n\nNous avons le plaisir de vous confirmer votre entretien.\n\njeudi 10 décembre 2026\n11:00 – 11:45 (heure de Paris)\n\nL'équipe Cartographe"},
				{id: "fx2", at: mon.Add(2 * time.Hour), subject: "Notre entretien de jeudi – changement",
					text: "Bonjour Sam,\n\nJe suis vraiment désolée, mais je dois annuler notre entretien de jeudi 10 à 11h.\n\n" +
						"Seriez-vous disponible le jeudi 17 décembre à 14h (heure de Paris) à la place ?\n\nLucie"},
				{id: "fx3", inReplyTo: "fx2", from: "me", at: mon.Add(3 * time.Hour), subject: "Re: Notre entretien de jeudi – changement",
					text: "Bonjour Lucie,\n\nAucun souci ! Le jeudi 17 décembre à 14h me convient parfaitement.\n\nSam"},
			},
			want: []time.Time{day(17, 14, 0)},
		},
		{
			name: "stages in blocks, each headed by its name",
			msgs: []msg{{id: "bk1", at: mon, subject: "Next steps with Brightloom",
				text: "Hej Sam!\n\nThe next two steps are below.\n\nSTEP 2\nDesign challenge presentation\nFriday, 18 December 2026 · 14:00–15:30 (CET)\nWith Johanna Lund\nMicrosoft Teams\n\n" +
					"STEP 3\nValues chat with our CEO\nMonday, 21 December 2026 · 16:00–16:45 (CET)\nWith Oskar Holm\nMicrosoft Teams\n\nElin"}},
			want: []time.Time{day(18, 14, 0), day(21, 16, 0)},
		},
		{
			name: "slots in blocks headed as options are a choice",
			msgs: []msg{{id: "bk2", at: mon, subject: "Interview - next steps",
				text: "Hi Sam,\n\nOption A\nFriday, 18 December 2026 · 14:00–15:00 (CET)\n\nOption B\nMonday, 21 December 2026 · 16:00–17:00 (CET)\n\nElin"}},
			want: nil,
		},
		{
			name: "two stages beside a deadline for a form",
			msgs: []msg{{id: "dl1", at: mon, subject: "Proceso de selección Arquitecto/a Cloud - siguientes pasos",
				text: "Hola Sam:\n\nTe proponemos cerrar las dos entrevistas que quedan:\n\n1) Entrevista técnica con Javier Morales\n   Lunes 14 de diciembre, 10:00 h (hora de Madrid), por Teams.\n" +
					"2) Entrevista final con Elena Ruiz\n   Miércoles 16 de diciembre, 12:30 h, presencial.\n\n" +
					"Además, antes del viernes 11 de diciembre a las 14:00 necesitamos que nos devuelvas firmado el consentimiento.\n\n¿Te encajan ambas fechas?\n\nLucía"}},
			want: []time.Time{day(14, 10, 0), day(16, 12, 30)},
		},
		{
			name: "two stages fixed in one mail, the first moved later",
			msgs: []msg{
				{id: "s1", at: mon, subject: "Next steps - Senior Backend Engineer",
					text: "Hi Sam,\n\nThe team would like to move you forward. The remaining two stages are:\n" +
						"1. Pairing session with Ana and Jo (90 mins) - Friday 18 December, 10:00 GMT\n" +
						"2. System design with me (60 mins) - Monday 21 December, 15:00 GMT\n" +
						"Both on Google Meet, links to follow.\n\nCheers,\nTom"},
				{id: "me1", inReplyTo: "s1", from: "me", at: mon.Add(time.Hour), subject: "Re: Next steps - Senior Backend Engineer",
					text: "Great to hear, thank you! Both slots work for me."},
				{id: "m1", inReplyTo: "me1", refs: []string{"s1", "me1"}, at: day(8, 10, 15), subject: "Re: Next steps - Senior Backend Engineer",
					text: "Small change, sorry: could we push the pairing session to the afternoon - same day (Fri 18th), 14:00 GMT? " +
						"System design on Monday 21st stays exactly as it is."},
				{id: "me2", inReplyTo: "m1", refs: []string{"s1", "me1", "m1"}, from: "me", at: day(8, 10, 40), subject: "Re: Next steps - Senior Backend Engineer",
					text: "No problem at all, 14:00 GMT on Friday works."},
			},
			want: []time.Time{day(18, 15, 0), day(21, 16, 0)},
		},
		{
			name: "a partner forwards his own invitation",
			msgs: []msg{{id: "fw1", from: "stranger", at: mon, subject: "Fwd: Einladung zum Vorstellungsgespräch – Disponent (m/w/d)",
				text: "Hey Schatz,\nguck mal, die haben sich gemeldet!! Kannst du heute Abend mal drüberschauen?\n\n" +
					"---------- Weitergeleitete Nachricht ---------\nVon: Kranich Logistik GmbH <jobs@kranich-logistik.example>\n" +
					"Betreff: Einladung zum Vorstellungsgespräch\nAn: Jonas Becker <jonas.becker@outsider.example>\n\n" +
					"Hallo Jonas Becker,\nwir laden Sie zu einem Vorstellungsgespräch ein:\nDatum: Dienstag, 15.12.2026\nUhrzeit: 10:00 Uhr"}},
			want: nil,
		},
		{
			name: "an agency forwards its client's invitation about the user",
			msgs: []msg{{id: "f2", at: mon, subject: "TR: Entretien M. Sam Rivera - Responsable Data",
				text: "Bonjour Sam,\nje vous transfère l'invitation de notre client.\n\n-------- Message transféré --------\n" +
					"De : Hélène Moreau <h.moreau@maisonverdier.example>\nÀ : Jo Park <jo.park@acme.example>\nObjet : Entretien M. Sam Rivera\n\n" +
					"Bonjour,\nnous souhaitons rencontrer M. Rivera le vendredi 11 décembre 2026 à 10h00 (heure de Paris)."}},
			want: []time.Time{day(11, 10, 0)},
		},
		{
			name: "a weekday a week ahead of the interview, in its thread, is the interview",
			msgs: []msg{
				{id: "k1", at: day(1, 8, 51), subject: "AW: Ihre Bewerbung als Senior Backend Engineer",
					text: "Great, then let's lock in Thursday, 10 December 2026, 15:00–16:00 CET."},
				{id: "k2", inReplyTo: "k1", refs: []string{"k1"}, at: day(1, 10, 17), subject: "RE: Ihre Bewerbung als Senior Backend Engineer",
					text: "Hi Sam,\n\nLovely to e-mail-meet you. Looking forward to our chat on Thursday at 2pm UK time.\n\nCheers,\nTom"},
			},
			want: []time.Time{day(10, 15, 0)},
		},
		{
			name: "a move offering two times, the user takes the first",
			msgs: []msg{
				{id: "p1", at: mon, subject: "DevOps Engineer – rozmowa telefoniczna", text: "Potwierdzam rozmowę telefoniczną w piątek, 11 grudnia, godz. 11:00."},
				{id: "p2", inReplyTo: "p1", refs: []string{"p1"}, at: day(9, 16, 40), subject: "RE: DevOps Engineer – rozmowa telefoniczna",
					text: "Panie Sam,\nbardzo przepraszam, ale w piątek wypadło mi spotkanie z klientem i muszę przełożyć naszą rozmowę. " +
						"Czy mógłby Pan w poniedziałek, 14 grudnia, o 9:30? Alternatywnie wtorek, 15 grudnia, o 13:00."},
				{id: "me1", inReplyTo: "p2", refs: []string{"p1", "p2"}, from: "me", at: day(9, 17, 12), subject: "Re: DevOps Engineer – rozmowa telefoniczna",
					text: "No problem at all – Monday 14 December at 9:30 is perfect."},
			},
			want: []time.Time{day(14, 9, 30)},
		},
		{
			name: "a scheduling system's move shows the former time under the new",
			msgs: []msg{
				{id: "cm1", from: "calendly", at: mon, subject: "New Event: Screening Interview - Senior Frontend Engineer",
					text: "Event Type:\nScreening Interview - Senior Frontend Engineer\nEvent Date/Time:\n09:00 - 09:30 (Central European Time), Wednesday, 9 December 2026"},
				{id: "cm2", from: "calendly", at: mon.Add(24 * time.Hour), subject: "Updated: Screening Interview - Senior Frontend Engineer",
					text: "Your event has been rescheduled.\nEvent Type:\nScreening Interview - Senior Frontend Engineer\nEvent Date/Time:\n" +
						"10:30 - 11:00 (Central European Time), Thursday, 10 December 2026\n09:00 - 09:30 (Central European Time), Wednesday, 9 December 2026\nFormer"},
			},
			want: []time.Time{day(10, 10, 30)},
		},
		{
			name: "a table whose header ends in a gender-inclusive ending",
			msgs: []msg{{id: "g1", from: "ats", at: mon, subject: "Interview-Bestätigung: Engineering Manager Payments bei Möwe Mobility",
				text: "Hallo Sam,\n\nhier die Details zu deinem Interview:\n\nDatum Uhrzeit Interviewer:innen\n" +
					"Dienstag, 15. Dezember 2026 15:30 - 16:15 MEZ Elif Demir (VP Engineering)\nPaul Jansen (Staff Engineer)"}},
			want: []time.Time{day(15, 15, 30)},
		},
		{
			name: "an accepted slot moved with the pronoun glued on, in Spanish",
			msgs: []msg{
				{id: "pm1", at: mon, subject: "Entrevista telefónica – Técnico/a de Sistemas",
					text: "Hola Sam:\n\n¿Te vendría bien el martes 8 de diciembre a las 10:00 h para una entrevista telefónica?\n\nLaura"},
				{id: "pm2", inReplyTo: "pm1", from: "me", at: day(7, 11, 0), subject: "Re: Entrevista telefónica – Técnico/a de Sistemas",
					text: "Hola Laura:\n\nSí, el martes 8 a las 10:00 me va perfecto.\n\nSam"},
				{id: "pm3", inReplyTo: "pm2", at: day(7, 15, 0), subject: "RE: Entrevista telefónica – Técnico/a de Sistemas",
					text: "Hola Sam:\n\nMe ha surgido un imprevisto. ¿Podríamos pasarlo al miércoles 9/12 a las 16:30 h?\n\nLaura"},
				{id: "pm4", inReplyTo: "pm3", from: "me", at: day(7, 16, 0), subject: "Re: RE: Entrevista telefónica – Técnico/a de Sistemas",
					text: "Hola Laura:\n\nSí, el miércoles a las 16:30 me va bien.\n\nSam"},
			},
			want: []time.Time{day(9, 16, 30)},
		},
		{
			name: "the next stage, with a fallback day 'instead' in a condition, is no move of the first",
			msgs: []msg{
				{id: "ns1", at: mon, subject: "Lanyard Energy – Senior Data Engineer – phone screen",
					text: "Hi Sam,\n\nThat's confirmed: phone screen with Fiona Grant on Tuesday 8th December, 2:00pm – 2:30pm (CET).\n\nTom"},
				{id: "ns2", inReplyTo: "ns1", at: day(9, 9, 30), subject: "RE: Lanyard Energy – Senior Data Engineer – phone screen",
					text: "Morning Sam,\n\nFiona really enjoyed your chat yesterday and Lanyard would like to move you to the second (and final) stage.\n\n" +
						"Date: Thursday 17/12/2026\nTime: 11:00 – 12:30 (CET)\n\nCan you confirm you're OK with the 17th? " +
						"If it's a problem they can do the 18th instead but would prefer Thursday.\n\nTom"},
			},
			want: []time.Time{day(8, 14, 0), day(17, 11, 0)},
		},
		{
			name: "a fallback slot in a sentence of its own",
			msgs: []msg{
				{id: "fb0", at: mon, subject: "Invitation à un entretien – Ingénieur DevOps",
					text: "Bonjour Sam,\n\nNous vous invitons à un entretien mardi 8 décembre à 10h30 sur Google Meet.\n\nCamille"},
				{id: "fb1", at: day(9, 10, 31), subject: "TR: Débrief entretien Sam Rivera – Ingénieur DevOps",
					text: "Bonjour Sam,\n\nMerci encore pour votre disponibilité mardi, Nadia a beaucoup apprécié l'échange !\n\n" +
						"Bonne nouvelle : nous souhaitons vous proposer un entretien final avec Thibault Marchand, notre CTO. Je vous transfère sa réponse ci-dessous pour le créneau :\n\n" +
						"➜ vendredi 18 décembre à 14h00, dans nos locaux à Lyon (27 rue de la Charité, 69002 Lyon), durée 1h30 environ.\n\n" +
						"Vos frais de train sont bien sûr pris en charge. Ce créneau vous convient-il ?\n\nBien cordialement,\n\nCamille Roux\nChargée de recrutement | Lumivert\n\n" +
						"De : Thibault Marchand <thibault.marchand@lumivert.example>\nEnvoyé : mardi 8 décembre 2026 17:52\nÀ : Camille Roux <camille.roux@lumivert.example>\n" +
						"Objet : RE: Débrief entretien Sam Rivera – Ingénieur DevOps\n\nCamille,\n\nBon feeling de mon côté aussi. Ok pour l'entretien final.\n" +
						"Je peux le voir vendredi 18/12 à 14h, ici à Lyon (2e étage, salle Confluence).\n" +
						"Si ça ne va pas, lundi 21 à 9h30 en dernier recours, après je suis en congés.\n\nThibault"},
				{id: "fb2", inReplyTo: "fb1", from: "me", at: day(9, 18, 0), subject: "Re: TR: Débrief entretien Sam Rivera – Ingénieur DevOps",
					text: "Bonjour Camille,\n\nVendredi 18 décembre à 14h me convient parfaitement.\n\nSam"},
			},
			want: []time.Time{day(8, 10, 30), day(18, 14, 0)},
		},
		{
			name: "moved to the same day, in German, at a time in words",
			msgs: []msg{
				{id: "h1", at: mon, subject: "Einladung zum Vorstellungsgespräch", text: "Termin: Donnerstag, 10. Dezember 2026, Beginn 11:00 Uhr"},
				{id: "h2", inReplyTo: "h1", refs: []string{"h1"}, at: day(8, 9, 52), subject: "AW: Einladung zum Vorstellungsgespräch",
					text: "Herr Brennecke hat am Donnerstag nachmittags Zeit, wir verschieben das Gespräch daher auf denselben Tag um halb drei."},
			},
			want: []time.Time{day(10, 14, 30)},
		},
		{
			name: "a small change of the hour, naming the interview's date",
			msgs: []msg{
				{id: "sc1", at: mon, subject: "Einladung zum Vorstellungsgespräch", text: "Termin: Mittwoch, 16. Dezember 2026, 10:00 Uhr"},
				{id: "sc2", inReplyTo: "sc1", refs: []string{"sc1"}, at: day(9, 14, 5), subject: "AW: Einladung zum Vorstellungsgespräch",
					text: "Hallo Sam,\nkurze Änderung zu unserem Termin am Mittwoch, 16.12.: Markus kommt an dem Tag aus einem Termin zurück, " +
						"wir beginnen daher erst um 10:30 Uhr\n(bis ca. 11:30). Alles andere bleibt gleich."},
			},
			want: []time.Time{day(16, 10, 30)},
		},
		{
			name: "a US date with its zone written beside it",
			msgs: []msg{
				{id: "us1", at: day(1, 9, 0).AddDate(0, 0, -8), subject: "Fenwick Bio - next step",
					text: "Hi Sam,\n\nWould Tuesday 12/1 at 11 Eastern work for the interview? That should be 5pm on your end."},
				{id: "us2", inReplyTo: "us1", refs: []string{"us1"}, from: "me", at: day(1, 9, 0).AddDate(0, 0, -7), subject: "Re: Fenwick Bio - next step",
					text: "Tuesday 12/1 at 11:00 ET works for me."},
			},
			want: []time.Time{day(1, 17, 0)},
		},
		{
			name: "a time on the reader's clock, from a writer in another zone",
			msgs: []msg{{id: "y1", at: mon, subject: "Interview - next steps",
				text: "Hi Sam,\n\nPerfect - let's lock in the interview on Thursday 17 December, 10:00 AM your time.\n\nWei Ling Tan\nTalent Partner, Tanjong Pay\n" +
					"1 Raffles Place, Singapore 048616 | +65 6123 4567"}},
			want: []time.Time{day(17, 10, 0)},
		},
		{
			name: "a final the day after, same time",
			msgs: []msg{{id: "n1", at: mon, subject: "Marlow & Pike - feedback + next steps",
				text: "Hi Sam,\n\nThey'd like to get you in for the second stage: a system design session with Priya on Wednesday 9th December at 2pm UK time. " +
					"Richard Hale (CTO) has asked to meet you the day after, same time, for the final. That one's a 45-min video call.\n\nTom"}},
			want: []time.Time{day(9, 15, 0), day(10, 15, 0)},
		},
		{
			name: "moved to the day after, same time, is one interview",
			msgs: []msg{
				{id: "n1", at: mon, subject: "Interview", text: "Your interview is confirmed for Wednesday 9 December at 14:00."},
				{id: "n2", inReplyTo: "n1", refs: []string{"n1"}, at: day(8, 9, 0), subject: "Re: Interview",
					text: "Sorry, we need to move it: could we do the day after, same time?"},
			},
			want: []time.Time{day(9, 14, 0)},
		},
		{
			name: "a second round asked for at the same time on another day, and agreed",
			msgs: []msg{
				{id: "i1", at: mon, subject: "Einladung zum Vorstellungsgespräch", text: "Wir laden Sie zu einem Vorstellungsgespräch am Dienstag, 8. Dezember, um 10:00 Uhr ein."},
				{id: "r1", at: day(9, 11, 37), subject: "Zweite Runde",
					text: "Hallo Herr Rivera,\n\nvielen Dank für das angenehme Gespräch gestern. Wir würden Sie gerne zur zweiten Runde einladen. " +
						"Würde Ihnen wieder dieselbe Uhrzeit passen, also nächsten Dienstag?\n\nViele Grüße\nJana Feldmann"},
				{id: "me1", inReplyTo: "r1", from: "me", at: day(9, 12, 10), subject: "Re: Zweite Runde", text: "Das passt mir gut."},
			},
			want: []time.Time{day(8, 10, 0), day(15, 10, 0)},
		},
		{
			name: "a second round asked for at the same time, not answered",
			msgs: []msg{
				{id: "i1", at: mon, subject: "Einladung zum Vorstellungsgespräch", text: "Wir laden Sie zu einem Vorstellungsgespräch am Dienstag, 8. Dezember, um 10:00 Uhr ein."},
				{id: "r1", at: day(9, 11, 37), subject: "Zweite Runde",
					text: "Wir würden Sie gerne zur zweiten Runde einladen. Würde Ihnen wieder dieselbe Uhrzeit passen, also nächsten Dienstag?"},
			},
			want: []time.Time{day(8, 10, 0)},
		},
		{
			name: "two rounds in a table, both to confirm",
			msgs: []msg{{id: "tb1", at: mon, subject: "Next Rounds Schedule - DevOps Architect",
				text: "Dear Sam,\n\nPFB the schedule for your next two rounds.\n\nS.No | Round | Date | Time (IST) | Time (CET) | Panel\n" +
					"1 | Technical Round 2 (TR2) | 14-12-2026 (Mon) | 01:30 PM - 02:30 PM | 09:00 AM - 10:00 AM | Srinivas Rao\n" +
					"2 | Managerial Round | 15-12-2026 (Tue) | 02:30 PM - 03:15 PM | 10:00 AM - 10:45 AM | Meenakshi Iyer\n\n" +
					"Kindly confirm your availability for both the slots."}},
			want: []time.Time{day(14, 9, 0), day(15, 10, 0)},
		},
		{
			// "allebei" is the two of them who can; the three times are
			// options, from a recruiter writing through her hiring
			// system's mail.
			name: "three options that we both can do are options (nl)",
			msgs: []msg{{id: "nl3", from: "ats", at: mon, subject: "Kennismaking Senior Data Engineer – Grachtwerk Logistics",
				text: "Hoi Sam,\n\nWe plannen een eerste gesprek van ongeveer een uur via Google Meet. Op deze\nmomenten kunnen we allebei:\n\n" +
					"- di 15 december, 14.00 uur\n- wo 16 december, 10.30 uur\n- vr 18 december, 09.00 uur\n\n" +
					"Laat je weten welk moment jou het beste uitkomt?\n\nFemke de Vries\nRecruiter"}},
			want: nil,
		},
		{
			name: "options listed under a question, never chosen, are no interview (it)",
			msgs: []msg{{id: "p1", at: mon, subject: "Secondo colloquio - Software Architect",
				text: "Buongiorno Sam,\ngrazie per la disponibilità. Per il secondo colloquio con il nostro\nDirettore Tecnico le propongo due possibilità:\n" +
					"- martedì 15 dicembre alle ore 10:00\n- mercoledì 16 dicembre alle ore 14:30\nMi faccia sapere quale preferisce.\n\nCordiali saluti\nPaolo Ricci\nHR Business Partner"}},
			want: nil,
		},
		{
			name: "one of the listed options, confirmed later",
			msgs: []msg{
				{id: "p1", at: mon, subject: "Secondo colloquio - Software Architect",
					text: "Buongiorno Sam,\nle propongo due possibilità:\n- martedì 15 dicembre alle ore 10:00\n" +
						"- mercoledì 16 dicembre alle ore 14:30\nMi faccia sapere quale preferisce."},
				{id: "c1", inReplyTo: "p1", at: mon.Add(2 * time.Hour), subject: "R: Secondo colloquio - Software Architect",
					text: "Perfetto, le confermo il colloquio di mercoledì 16 dicembre alle ore 14:30."},
			},
			want: []time.Time{day(16, 14, 30)},
		},
		{
			name: "the recruiter confirms one of them",
			msgs: []msg{
				{id: "p1", at: mon, subject: "Interview - next steps",
					text: "Would Wednesday 9 December at 10:00 or Thursday 10 December at 14:00 work for you?"},
				{id: "me1", inReplyTo: "p1", from: "me", at: mon.Add(time.Hour), subject: "Re: Interview - next steps"},
				{id: "c1", inReplyTo: "me1", at: mon.Add(2 * time.Hour), subject: "Re: Interview - next steps",
					text: "Great, confirmed for Thursday at 2pm!"},
			},
			want: []time.Time{day(10, 14, 0)},
		},
		{
			name: "one time offered and answered by the user",
			msgs: []msg{
				{id: "p1", at: mon, subject: "Interview", text: "Does Thursday 10 December at 11:00 suit you?"},
				{id: "me1", inReplyTo: "p1", from: "me", at: mon.Add(time.Hour), subject: "Re: Interview"},
			},
			want: []time.Time{day(10, 11, 0)},
		},
		{
			// Sent at 21:04 in New York, when it is 03:04 in Berlin:
			// her "tomorrow" and her 1:30 are New York's, as the user's
			// answer says in Berlin's hours.
			name: "a writer's own clock, converted in the user's answer",
			msgs: []msg{
				{id: "p1", at: time.Date(2026, 12, 7, 21, 4, 0, 0, mustZone(t, "America/New_York")), subject: "Re: Staff Backend Engineer - intro",
					text: "Hi Sam - great to meet you. Would love to chat about the staff role. let's do 30 mins tomorrow after lunch, say 1:30?\n\nDana"},
				{id: "me1", inReplyTo: "p1", from: "me", at: day(8, 7, 55), subject: "Re: Staff Backend Engineer - intro",
					text: "Hi Dana,\n\n1:30 works for me, that's 7:30pm here in Berlin. Looking forward to it!\n\nSam"},
			},
			want: []time.Time{day(8, 19, 30)},
		},
		{
			// The same offer answered without a clock of the user's: the
			// Date header's offset alone decides nothing, and the time
			// is read on the user's clock.
			name: "a writer's offset alone moves no clock",
			msgs: []msg{
				{id: "p1", at: time.Date(2026, 12, 7, 21, 4, 0, 0, mustZone(t, "America/New_York")), subject: "Re: Staff Backend Engineer - intro",
					text: "Hi Sam - great to meet you. Would love to chat about the staff role. let's do 30 mins tomorrow after lunch, say 1:30?\n\nDana"},
				{id: "me1", inReplyTo: "p1", from: "me", at: day(8, 7, 55), subject: "Re: Staff Backend Engineer - intro",
					text: "Hi Dana,\n\n1:30 works for me. Looking forward to it!\n\nSam"},
			},
			want: []time.Time{day(9, 13, 30)},
		},
		{
			// "hiring our first founding engineers": a plural title after
			// a phrase of hiring makes the thread about a job, and the
			// founder's lower-case "8am thurs then" fixes its call.
			name: "a founder hiring in the plural, then a time typed on a phone",
			msgs: []msg{
				{id: "q1", at: mon, subject: "hi from quillmark",
					text: "hey sam - jake here, cofounder at quillmark. we're a 6 person seed co and hiring our first founding engineers. would love to do a quick intro call, tell u more\n\njake"},
				{id: "me1", inReplyTo: "q1", from: "me", at: mon.Add(time.Hour), subject: "Re: hi from quillmark",
					text: "Hi Jake, happy to! Thursday morning works for me.\n\nSam"},
				{id: "q2", inReplyTo: "me1", at: mon.Add(2 * time.Hour), subject: "Re: hi from quillmark",
					text: "great. 8am thurs then, ill send a meet link\n\nSent from my iPhone"},
			},
			want: []time.Time{day(10, 8, 0)},
		},
		{
			// The "not an interview" is the webinar's, in its own
			// paragraph: the interview above it stands, at its time.
			name: "an interview and a candidates' webinar that is not one, in one mail",
			msgs: []msg{
				{id: "w1", at: mon, subject: "Next steps: technical interview + optional candidate Q&A",
					text: "Hi Sam,\n\nthe team would love to move you forward. Two things below, only the first is required.\n\n" +
						"1) Technical interview (required)\n   Tuesday, December 15\n   11:00 AM - 12:15 PM CET\n   With Marcus Lee (Staff SRE)\n\n" +
						"2) Life at Acme: Engineering Q&A (optional)\n   Thursday, December 10, 6:00 PM CET\n   A live webinar for all candidates in process. " +
						"Not an interview, no evaluation, cameras off.\n\nJo"},
			},
			want: []time.Time{day(15, 11, 0)},
		},
		{
			name: "a candidates' webinar that is not an interview, alone",
			msgs: []msg{
				{id: "w2", at: mon, subject: "Life at Acme: Engineering Q&A",
					text: "Hi Sam,\n\nas a candidate in process you are welcome to our live Q&A on Thursday, December 10, 6:00 PM CET.\n\n" +
						"Not an interview, no evaluation, cameras off.\n\nJo"},
			},
			want: nil,
		},
		{
			// A headhunter confirms the meeting with the client's chair
			// and, before it, a briefing call of the partner's own: the
			// briefing prepares the interview and is none.
			name: "a headhunter's briefing call before the meeting it confirms",
			msgs: []msg{
				{id: "h1", at: mon, subject: "Acme plc - Chief Technology Officer - meeting with the Chair, 15 December",
					text: "Dear Sam,\n\nI am pleased to confirm the following arrangements for the Chief Technology Officer appointment at Acme plc.\n\n" +
						"Meeting with the Chair\nDate Tuesday 15 December 2026\nTime 11:00 – 12:15\n\n" +
						"In advance of this, Richard would like to have a short briefing call with you on Friday 11 December at 17:00; he will call you on your mobile.\n\nWith kind regards,\nGeorgina"},
			},
			want: []time.Time{day(15, 11, 0)},
		},
		{
			// The agency that arranged the interview writes later about
			// the contract: the next of its monthly meetings is no
			// interview, whoever sends it.
			name: "an agency's monthly contractor meeting after the interview",
			msgs: []msg{
				{id: "rc1", at: mon, subject: "Client interview confirmed – Lumen Retail",
					text: "Hi Sam,\n\nyour interview with Lumen Retail is confirmed for Thursday 10 December at 10:00 CET in Teams.\n\nPriya"},
				{id: "rc2", at: mon.Add(26 * time.Hour), subject: "Timesheets and invoices for December",
					text: "Hi Sam,\n\nplease submit your timesheet in the portal by Friday.\n\nQuestions about rates can be raised at our monthly contractor check-in, the next one on Monday 14 December at 9:00 CET in Teams.\n\nContractor Care"},
			},
			want: []time.Time{day(10, 10, 0)},
		},
		{
			name: "a weekly Jour fixe, in German",
			msgs: []msg{
				{id: "rc3", at: mon, subject: "Ihr Gespräch bei der Nordlicht AG",
					text: "Hallo Herr Rivera,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am Donnerstag, 10.12.2026, um 10:00 Uhr.\n\nViele Grüße\nAnna Weber"},
				{id: "rc4", at: mon.Add(26 * time.Hour), subject: "Projektorganisation",
					text: "Hallo Herr Rivera,\n\nzur Info: Unser wöchentlicher Jour fixe mit dem Projektteam findet am Montag, 14.12., um 9:30 Uhr statt.\n\nViele Grüße\nAnna Weber"},
			},
			want: []time.Time{day(10, 10, 0)},
		},
		{
			// A recurring meeting is the reason for a move: the time
			// after it, in a clause of its own, is the interview's.
			name: "moved for a clash with a quarterly planning",
			msgs: []msg{
				{id: "rc7", at: mon, subject: "Larchmont - first interview",
					text: "Hi Sam,\n\nall confirmed for Wednesday 9 December at 4pm with Amira.\n\nDanny"},
				{id: "rc8", inReplyTo: "rc7", at: mon.Add(26 * time.Hour), subject: "RE: Larchmont - first interview",
					text: "Hi Sam,\n\nAmira has a clash with the quarterly planning on the 9th and has asked if we can push you to Monday 14th at the same time (4pm). I've said yes.\n\nDanny"},
			},
			want: []time.Time{day(14, 16, 0)},
		},
		{
			name: "moved for a weekly board meeting, in German",
			msgs: []msg{
				{id: "rc9", at: mon, subject: "Ihr Vorstellungsgespräch bei der Nordlicht AG",
					text: "Hallo Herr Rivera,\n\nich bestätige Ihr Gespräch am Montag, 14.12., um 10:00 Uhr.\n\nAnna Weber"},
				{id: "rc10", inReplyTo: "rc9", at: mon.Add(26 * time.Hour), subject: "AW: Ihr Vorstellungsgespräch bei der Nordlicht AG",
					text: "Hallo Herr Rivera,\n\nHerr Lange muss am Montag in die wöchentliche Vorstandsrunde, deshalb verschieben wir auf Freitag, 11.12., 10:30 Uhr.\n\nAnna Weber"},
			},
			want: []time.Time{day(11, 10, 30)},
		},
		{
			// The employer says the evening assesses nobody: it is no
			// interview, and the interview it leads to stands.
			name: "a candidates' evening the employer says is not part of the selection",
			msgs: []msg{
				{id: "na1", at: mon, subject: "Interview confirmed – Graduate Programme",
					text: "Dear Sam,\n\nyour interview is confirmed for Tuesday 15 December at 10:00 GMT at our London office.\n\nEarly Careers Team"},
				{id: "na2", at: mon.Add(3 * time.Hour), subject: "Join us for candidate drinks",
					text: "Hi Sam,\n\nyou're warmly invited to drinks with our current graduates.\n\nWhen: Thursday 10 December, 18:00 to 20:00\nWhere: Level 9, 1 Bank Street\n\n" +
						"The evening is optional and not part of our selection process - nobody will be assessing you, and you can ask anything you would not ask in an interview.\n\nHannah"},
			},
			want: []time.Time{day(15, 11, 0)},
		},
		{
			name: "an interview day's lunch that is not part of the selection, in German",
			msgs: []msg{
				{id: "na3", at: mon, subject: "Einladung zum Vorstellungsgespräch",
					text: "Sehr geehrter Herr Rivera,\n\nwir laden Sie zum Vorstellungsgespräch am Donnerstag, 10.12.2026, um 10:15 Uhr in unser Büro in Köln ein.\n\n" +
						"Im Anschluss sind Sie um 12:30 Uhr zum Mittagessen mit dem Team eingeladen; dies ist nicht Teil des Auswahlverfahrens.\n\nMit freundlichen Grüßen\nPersonalabteilung"},
			},
			want: []time.Time{day(10, 10, 15)},
		},
		{
			// Two stages in one sentence, each named before its time,
			// on days of their own: two interviews.
			name: "two stages fixed in one sentence",
			msgs: []msg{
				{id: "ps1", at: mon, subject: "Next steps - Staff Backend Engineer",
					text: "Hi Sam,\n\ngreat news: your first interview with Marieke is on Thursday 10 December at 14:00 on Teams, and the technical round with Joost follows on Tuesday 15 December at 10:00 in Utrecht.\n\nSanne"},
			},
			want: []time.Time{day(10, 14, 0), day(15, 10, 0)},
		},
		{
			name: "two stages fixed in prose, in German",
			msgs: []msg{
				{id: "ps2", at: mon, subject: "Ihre Bewerbung als Data Engineer",
					text: "Hallo Herr Rivera,\n\nIhr erstes Gespräch mit Frau Jansen findet am Donnerstag, 10.12.2026, um 14:00 Uhr per Teams statt. Die zweite Runde mit Herrn Bakker folgt am Dienstag, 15.12.2026, um 10:00 Uhr bei uns in Köln.\n\nViele Grüße\nSanne Vogel"},
			},
			want: []time.Time{day(10, 14, 0), day(15, 10, 0)},
		},
		{
			// The second time moves the first: one interview.
			name: "an interview moved in one sentence is no second stage",
			msgs: []msg{
				{id: "ps3", at: mon, subject: "Your interview with Kanaalzicht",
					text: "Hi Sam,\n\nyour interview on Thursday 10 December at 14:00 has been moved to Tuesday 15 December at 10:00, same link.\n\nSanne"},
			},
			want: []time.Time{day(15, 10, 0)},
		},
		{
			// A system's notice of a move: the new details first, then
			// the old time in a clause that calls it the previous one.
			name: "a system's notice of a change naming the previous time last",
			msgs: []msg{
				{id: "pv1", at: mon, subject: "Interview booked: Senior Analyst",
					text: "Dear Sam,\n\nYour interview is booked.\n\nDate: Tuesday 15 December 2026\nTime: 2:00pm\n\nJobs Service"},
				{id: "pv2", at: mon.Add(48 * time.Hour), subject: "Your interview has changed: Senior Analyst",
					text: "Dear Sam,\n\nYour interview has been changed by the employer.\n\nNew interview details\n\nDate: Wednesday 16 December 2026\nTime: 10:30am\n\n" +
						"Your previous interview on Tuesday 15 December 2026 at 2:00pm has been cancelled.\n\nJobs Service"},
			},
			want: []time.Time{day(16, 10, 30)},
		},
		{
			name: "a change naming the original time last, in German",
			msgs: []msg{
				{id: "pv3", at: mon, subject: "Ihr Vorstellungsgespräch: Analyst (m/w/d)",
					text: "Guten Tag Herr Rivera,\n\nTermin: Dienstag, 15.12.2026\nUhrzeit: 14:00 Uhr\n\nIhr Bewerbungsportal"},
				{id: "pv4", at: mon.Add(48 * time.Hour), subject: "Änderung Ihres Vorstellungsgesprächs: Analyst (m/w/d)",
					text: "Guten Tag Herr Rivera,\n\nneuer Termin: Mittwoch, 16.12.2026\nUhrzeit: 10:30 Uhr\n\n" +
						"Ihr ursprünglicher Termin am Dienstag, 15.12.2026, um 14:00 Uhr entfällt.\n\nIhr Bewerbungsportal"},
			},
			want: []time.Time{day(16, 10, 30)},
		},
		{
			// Asked, a time beside someone's weekly meeting is offered
			// for the interview, and taken.
			name: "a time asked for beside a weekly meeting, then taken",
			msgs: []msg{
				{id: "rc5", at: mon, subject: "Next step: interview with our CTO",
					text: "Hi Sam,\n\nJana has her weekly leadership sync on Thursday mornings, so could we do Thursday 10 December at 3pm CET instead?\n\nKai"},
				{id: "rc6", inReplyTo: "rc5", from: "me", at: mon.Add(2 * time.Hour), subject: "Re: Next step: interview with our CTO",
					text: "Thursday at 3pm works for me."},
			},
			want: []time.Time{day(10, 15, 0)},
		},
		{
			// "préparer votre entretien de jeudi": the recruiter prepares
			// the user for the interview, whose time it is.
			name: "a recruiter's note to prepare the interview at its time",
			msgs: []msg{
				{id: "pr1", at: mon, subject: "Votre entretien du jeudi 10/12 – Ingénieur DevOps",
					text: "Bonjour Sam,\n\nJe reviens vers vous pour préparer votre entretien de jeudi 10 décembre à 14h00 avec Thomas Leroy.\n\nVoici le lien Teams : https://teams.microsoft.com/l/meetup-join/19%3a\n\nÉlodie Martin\nChargée de recrutement"},
			},
			want: []time.Time{day(10, 14, 0)},
		},
		{
			// A session of its own to prepare, its time after a comma.
			name: "a coach's session to prepare the interview",
			msgs: []msg{
				{id: "pr2", at: mon, subject: "Préparation de votre entretien",
					text: "Bonjour Sam,\n\nJe vous propose une séance pour préparer votre entretien, jeudi 10 décembre à 14h00 ?\n\nMarie, coach carrière"},
			},
			want: nil,
		},
		{
			// An agency's update, a client to a paragraph headed
			// "Name – Job title": each time is its client's interview.
			name: "an agency's update with a client heading each paragraph",
			msgs: []msg{
				{id: "ag1", at: mon, from: "Jess Whitfield <jess.whitfield@northbeck.example>", subject: "Interview update - Pennine BS & Quayline",
					text: "Hi Sam,\n\nQuick update on where everything's at:\n\n" +
						"Pennine Building Society – Data Platform Lead\nThey'd like to do a phone screen first – Wed 9th @ 10am. Dave Ashworth (Head of Data) will call you on your mobile.\n\n" +
						"Quayline – Senior Data Engineer\nGreat feedback from the CV. They've booked a video interview for Fri 11th Dec at 3pm with Hamid (CTO).\n\n" +
						"Both the above are confirmed so pop them in the diary.\n\nCheers,\nJess"},
			},
			want: []time.Time{day(9, 10, 0), day(11, 15, 0)},
		},
		{
			// "move our chat": the meeting by the name the writer uses,
			// moved and taken; not a second one.
			name: "a chat moved a day and the move taken",
			msgs: []msg{
				{id: "mc1", at: day(2, 18, 31), subject: "RE: Intro: Sam <> Marcus (Wide World Importers)", text: "Monday 8am PT it is. Here's my Zoom.\n\nMarcus"},
				{id: "mc2", inReplyTo: "mc1", at: day(3, 22, 5), subject: "RE: Intro: Sam <> Marcus (Wide World Importers)",
					text: "Hi Sam,\n\nApologies - I just got pulled into our quarterly planning all day Monday. Could we move our chat to Tuesday Dec 8, same time (8:00am PT / 17:00 Berlin)? " +
						"Same Zoom link. If Tuesday doesn't work, Wednesday 7-9am PT is also open.\n\nMarcus"},
				{id: "mc3", inReplyTo: "mc2", from: "me", at: day(3, 22, 41), subject: "Re: Intro: Sam <> Marcus (Wide World Importers)", text: "No problem at all - Tuesday 8:00am PT works."},
			},
			want: []time.Time{day(8, 17, 0)},
		},
		{
			name: "one time offered and answered without In-Reply-To",
			msgs: []msg{
				{id: "p1", at: mon, subject: "Intervju Backend-utvecklare", text: "Funkar torsdag 10/12 kl. 11?"},
				{id: "me1", from: "me", at: mon.Add(time.Hour), subject: "Re: Intervju Backend-utvecklare"},
			},
			want: []time.Time{day(10, 11, 0)},
		},
		{
			name: "a 'from' in the sentence before moves nothing",
			msgs: []msg{
				{id: "p1", at: mon, subject: "Interview", text: "You will meet me and Jo from the team. Does Thursday 10 December at 11:00 suit you?"},
				{id: "me1", inReplyTo: "p1", from: "me", at: mon.Add(time.Hour), subject: "Re: Interview"},
			},
			want: []time.Time{day(10, 11, 0)},
		},
		{
			name: "an answer under another subject takes nothing",
			msgs: []msg{
				{id: "p1", at: mon, subject: "Intervju Backend-utvecklare", text: "Funkar torsdag 10/12 kl. 11?"},
				{id: "me1", from: "me", at: mon.Add(time.Hour), subject: "Re: Lunch"},
			},
			want: nil,
		},
		{
			name: "a move names the new time after the old",
			msgs: []msg{
				{id: "i1", at: mon, subject: "Interview confirmed", text: "Your interview is confirmed for Wednesday 9 December at 10:00."},
				{id: "r1", inReplyTo: "i1", at: mon.Add(time.Hour), subject: "Re: Interview confirmed",
					text: "Sorry, we need to move it: instead of Wednesday 9 December at 10:00, could we do Friday 11 December at 15:00?"},
			},
			want: []time.Time{day(11, 15, 0)},
		},
		{
			// "mover la entrevista": Spanish moves as English does; the
			// recruiter writes anew, not in the system's thread.
			name: "a recruiter moves a system's booking in Spanish, in a thread of her own",
			msgs: []msg{
				{id: "bk1", at: mon, from: "Cóndor Finanzas vía Buk <notificaciones@buk.cl>", subject: "Invitación a entrevista: Analista de Datos - Cóndor Finanzas",
					text: "Hola Sam,\n\n¡Gracias por postular a Analista de Datos en Cóndor Finanzas! Queremos conocerte en una entrevista.\n\nFecha: miércoles, 09 de diciembre de 2026\nHora: 11:00 - 11:45 (hora de Berlín)\n\nEste correo fue enviado automáticamente por Buk en nombre de Cóndor Finanzas SpA."},
				{id: "bk2", at: mon.Add(24 * time.Hour), from: "Camila Fuentes <camila.fuentes@condorfinanzas.example>", subject: "Cambio de horario entrevista",
					text: "Hola Sam,\n\ntuvimos un cambio en la agenda y necesitamos mover la entrevista del miércoles 9. Quedó agendada para el viernes 11/12 a las 12:30.\n\nSaludos,\nCamila Fuentes\nCóndor Finanzas"},
			},
			want: []time.Time{day(11, 12, 30)},
		},
		{
			// Outlook quotes the user's mail under a header block ("De:
			// Sam Rivera ... Para: Lucía"): an answer, not an invitation
			// forwarded by someone else.
			name: "a recruiter on a private address confirms under Outlook's quote of the user's mail",
			msgs: []msg{
				{id: "ar1", at: mon, from: "Lucía Benítez <lucia.benitez.talent@outlook.com>", subject: "Quebracho Software - entrevista técnica",
					text: "Hola Sam! Te cuento que el cliente (Quebracho Software) quiere avanzar con vos a la entrevista técnica.\n\n¿Te queda bien el martes 15/12 a las 11 hs (hora Argentina)?\n\nLucía"},
				{id: "ar2", inReplyTo: "ar1", from: "me", at: mon.Add(time.Hour), subject: "Re: Quebracho Software - entrevista técnica",
					text: "Hola Lucía, sí, el martes a las 11 hs de Argentina me queda bien.\n\nSam"},
				{id: "ar3", inReplyTo: "ar2", from: "Lucía Benítez <lucia.benitez.talent@outlook.com>", at: mon.Add(2 * time.Hour), subject: "Re: Quebracho Software - entrevista técnica",
					text: "Dale, confirmadísimo!! Martes 15/12 a las 11:00 hs (ARG) / 15:00 Berlín\n\nLu\n\n________________________________\nDe: Sam Rivera <sam.rivera@example.org>\nEnviado: lunes, diciembre 7, 2026 10:00:00 a. m.\nPara: Lucía Benítez <lucia.benitez.talent@outlook.com>\nAsunto: Re: Quebracho Software - entrevista técnica\n\nHola Lucía, sí, el martes a las 11 hs de Argentina me queda bien."},
			},
			want: []time.Time{time.Date(2026, 12, 15, 14, 0, 0, 0, time.UTC)},
		},
		{
			// A booking link's confirmation that names its meeting a
			// "tech screen", from a scheduler followupd had not known.
			name: "a tech screen booked through Reclaim",
			msgs: []msg{
				{id: "rc1", at: mon, from: "Reclaim.ai <notifications@reclaim.ai>", subject: "Confirmed: Acme - ML Platform tech screen with Jo Park on Wed, Dec 9",
					text: "Your meeting is confirmed\n\nAcme - ML Platform tech screen\nJo Park and Sam Rivera\n\nWednesday, December 9, 2026\n7:00 PM - 7:45 PM (Europe/Berlin)\n\nScheduled with Reclaim.ai"},
			},
			want: []time.Time{day(9, 19, 0)},
		},
		{
			// A staffing agency's consultant books a "gesprek" at the
			// client: no interview word, but the meeting is at another
			// organisation, arranged by one whose trade is placing people.
			name: "a staffing agency's meeting at its client",
			msgs: []msg{
				{id: "ol1", at: mon, from: "Kevin Bos <kevin.bos@olympia.example>", subject: "Gesprek Kloosterman 14 dec",
					text: "Hoi Sam,\n\nZoals net telefonisch besproken: je gesprek bij Kloosterman Voedingsmiddelen staat op maandag 14 december om 9.30 uur.\n\nGr Kevin\n\nVerstuurd vanaf mijn iPhone"},
			},
			want: []time.Time{day(14, 9, 30)},
		},
		{
			// The same consultant's coffee at the agency is no interview.
			name: "a staffing agency's coffee at its own office",
			msgs: []msg{
				{id: "ol2", at: mon, from: "Kevin Bos <kevin.bos@olympia.example>", subject: "Koffie?",
					text: "Hoi Sam,\n\nzin om een keer koffie te drinken bij Olympia in Utrecht? Maandag 14 december om 9.30 uur?\n\nGr Kevin"},
			},
			want: nil,
		},
		{
			// Thanks for applying, then slots to choose from; the user
			// names the second, and the recruiter's "Friday it is"
			// restates nothing.
			name: "the user picks an offered slot by its number",
			msgs: []msg{
				{id: "nu1", at: mon, subject: "Acme - Senior Platform Engineer - next steps",
					text: "Hi Sam,\n\nThank you for applying for the Senior Platform Engineer role. Would any of the following suit you?\n\n  1. Thursday 10th December, 11:00 - 11:45\n  2. Friday 11th December, 14:30 - 15:15\n  3. Monday 14th December, 09:30 - 10:15\n\nJo"},
				{id: "nu2", inReplyTo: "nu1", from: "me", at: mon.Add(time.Hour), subject: "Re: Acme - Senior Platform Engineer - next steps",
					text: "Hi Jo,\n\nthanks! The 2nd option works for me.\n\nSam"},
				{id: "nu3", inReplyTo: "nu2", at: mon.Add(2 * time.Hour), subject: "RE: Acme - Senior Platform Engineer - next steps",
					text: "Perfect - Friday it is. Tom will send the Teams invite later today.\n\nJo"},
			},
			want: []time.Time{day(11, 14, 30)},
		},
		{
			name: "a move to another day at the same time",
			msgs: []msg{
				{id: "i1", at: mon, subject: "Interview confirmed", text: "Your interview is confirmed for Wednesday 9 December at 10:00."},
				{id: "r1", inReplyTo: "i1", at: mon.Add(time.Hour), subject: "Re: Interview confirmed",
					text: "Could we reschedule to Friday 11 December, same time?"},
			},
			want: []time.Time{day(11, 10, 0)},
		},
		{
			// The reason for the move names other times; the one said
			// to be instead is the new one.
			name: "a clock moved on its day, said to be instead, among the times of the reason",
			msgs: []msg{
				{id: "lu1", at: mon, subject: "Head of Data @ Lumea - due chiacchiere?",
					text: "Ciao Sam!\n\nsono co-founder di Lumea e stiamo cercando la prima persona come Head of Data. Ti andrebbe di fare una prima chiacchierata? Potremmo vederci martedì 15 alle 18 per un aperitivo?\n\nGiulia"},
				{id: "lu2", inReplyTo: "lu1", from: "me", at: mon.Add(time.Hour), subject: "Re: Head of Data @ Lumea - due chiacchiere?", text: "Ciao Giulia, martedì 15 alle 18 va benissimo!"},
				{id: "lu3", inReplyTo: "lu2", refs: []string{"lu1", "lu2"}, at: mon.Add(24 * time.Hour), subject: "Re: Head of Data @ Lumea - due chiacchiere?",
					text: "Ciao Sam, devo chiederti di spostare un po': atterro al BER alle 17.50, quindi per le 18 non ce la faccio. Facciamo alle 19.30 invece, stesso posto?\n\nG."},
			},
			want: []time.Time{day(15, 19, 30)},
		},
		{
			name: "an invitation that gives its day and its clock apart",
			msgs: []msg{
				{id: "sc1", at: mon, subject: "Interview – Teacher of Mathematics – Wednesday 9th December",
					text: "Dear Sam,\n\nThank you for your application. We would like to invite you to interview at Hollins Park Academy on Wednesday 9th December 2026. Please report to Main Reception for 8.45am; the day will finish by approximately 3.30pm.\n\nDeborah Clarke"},
			},
			want: []time.Time{day(9, 8, 45)},
		},
		{
			// A deadline for the slides is no meeting: the day and the
			// clock given apart are; and an address in Glasgow puts
			// them on Glasgow's clock.
			name: "an invitation's day and clock apart beside a deadline, at an address abroad",
			msgs: []msg{
				{id: "gu1", at: mon, subject: "Invitation to Interview - Lecturer in Data Science",
					text: "Dear Sam\n\nI would like to invite you to attend for interview on Thursday 10th December 2026 in the Boyd Orr Building, University Avenue, Glasgow G12 8QQ.\n\nYour interview will take place at 10:15 in Room 4.07 and will begin with a presentation.\n\nPlease send your slides to me by 12 noon on Tuesday 8th December.\n\nKind regards\n\nMorag"},
			},
			want: []time.Time{time.Date(2026, 12, 10, 10, 15, 0, 0, time.UTC)},
		},
		{
			name: "an invitation's day and clock apart, offered as a suggestion",
			msgs: []msg{
				{id: "pt1", at: mon, subject: "Probearbeitstag bei Nordlicht",
					text: "Hallo Sam,\n\nwir würden dich gern zu einem Probearbeitstag einladen.\n\nMein Vorschlag wäre Mittwoch, der 9.12. – Start gegen 9 Uhr, Ende so gegen 16 Uhr.\n\nSag einfach Bescheid, ob das passt.\n\nJan"},
			},
			want: nil,
		},
		{
			// Whoever at an organisation holds the reader's CV and
			// proposes to meet is hiring, in whatever words.
			name: "a founder who has the reader's CV proposes a time, and the user takes it",
			msgs: []msg{
				{id: "cv1", at: mon, subject: "chat thurs?",
					text: "hey Sam - Mel passed along your resume for the founding backend eng role, looks great. any chance ur free thurs 12/10 at 2pm for 30 min w me + Ana? zoom is fine\n\nLuis\n\nSent from my iPhone"},
				{id: "cv2", inReplyTo: "cv1", from: "me", at: mon.Add(time.Hour), subject: "Re: chat thurs?", text: "Hi Luis, Thursday 12/10 at 2pm works for me. Talk then!"},
			},
			want: []time.Time{day(10, 14, 0)},
		},
		{
			// A friend writing from home offers to pass the CV on.
			name: "a friend's coffee that mentions passing the reader's CV on",
			msgs: []msg{
				{id: "f1", at: mon, subject: "Kaffee?",
					text: "Hey Sam, wollen wir mal wieder nen Kaffee trinken? Mittwoch 9.12. um 12:30? Bei uns sucht das Data-Team grad nen Senior Data Engineer, wenn du magst leite ich deinen Lebenslauf an meine Teamleiterin weiter.\n\nLea"},
				{id: "f2", inReplyTo: "f1", from: "me", at: mon.Add(time.Hour), subject: "Re: Kaffee?", text: "Mittwoch um 12:30 passt, bis dann!"},
			},
			want: nil,
		},
		{
			// The figures of a thread set in Eastern time are written
			// month first, whatever the user's own zone.
			name: "a move to another day at the same time, in an American thread's figures",
			msgs: []msg{
				{id: "i1", at: mon, subject: "Interview confirmed", text: "Your interview is confirmed for Wednesday 9 December at 10:00 AM ET."},
				{id: "r1", inReplyTo: "i1", at: mon.Add(time.Hour), subject: "Re: Interview confirmed",
					text: "Could we reschedule to 12/11/2026, same time?"},
			},
			want: []time.Time{time.Date(2026, 12, 11, 15, 0, 0, 0, time.UTC)},
		},
		{
			name: "a move names the old time, then asks about the new one",
			msgs: []msg{
				{id: "i1", at: mon, subject: "Interview confirmed", text: "Your interview is confirmed for Wednesday 9 December at 10:00."},
				{id: "r1", at: mon.Add(time.Hour), subject: "Unser Gespräch am Mittwoch",
					text: "Leider muss ich unser Gespräch am Mittwoch um 10 Uhr verschieben. Ginge alternativ Freitag, 11.12., um 15 Uhr?"},
			},
			want: []time.Time{day(11, 15, 0)},
		},
		{
			name: "a deadline to answer by is no meeting",
			msgs: []msg{
				{id: "i1", at: mon, subject: "Interview confirmed", text: "Your interview is confirmed for Wednesday 9 December at 10:00."},
				{id: "r1", inReplyTo: "i1", at: mon.Add(time.Hour), subject: "Re: Interview confirmed",
					text: "We have to move it, sorry. We propose Friday 11 December at 14:30. If we do not hear from you by tomorrow at 12:00, we will take it that it suits you."},
			},
			want: []time.Time{day(11, 14, 30)},
		},
		{
			name: "a webinar's reminder from its registration system",
			msgs: []msg{{id: "w1", from: "ats", at: mon, subject: "Reminder: Careers Live: Meet our Engineering Leaders starts in 1 day",
				text: "Hi Sam Rivera,\n\nThis is a reminder that \"Careers Live: Meet our Engineering Leaders\" will begin in 1 day.\n\n" +
					"Date & Time Dec 10, 2026 06:00 PM India\nWebinar ID 862 4410 3397\n\nJoin our engineering leaders for an open Q&A " +
					"on our hiring plans and how our interview process works. Open to all registrants.\n\nJoin Webinar"}},
			want: nil,
		},
		{
			// The hiring manager's calls that afternoon, one of which
			// the recruiter would book for the user: the user passes.
			name: "a window of calls offered to hold one, and the user passes",
			msgs: []msg{
				{id: "hw1", at: mon, subject: "Re: Sam + Lumenfold?",
					text: "Hi Sam, bumping this one. Dana is doing a few intro calls on Thursday (12/10) between 11am and 1pm ET, so 5-7pm for you. Happy to hold one of those for you if that's easier than the link."},
				{id: "hw2", inReplyTo: "hw1", from: "me", at: mon.Add(3 * time.Hour), subject: "Re: Sam + Lumenfold?",
					text: "Hi Kat, thanks, but I'm not looking to move right now, so I'll pass on the call with Dana."},
			},
			want: nil,
		},
		{
			name: "a window of calls offered to hold one, and the user takes a time in it",
			msgs: []msg{
				{id: "hx1", at: mon, subject: "Re: Sam + Lumenfold?",
					text: "Hi Sam, bumping this one. Dana is doing a few intro calls on Thursday (12/10) between 11am and 1pm ET, so 5-7pm for you. Happy to hold one of those for you if that's easier than the link."},
				{id: "hx2", inReplyTo: "hx1", from: "me", at: mon.Add(3 * time.Hour), subject: "Re: Sam + Lumenfold?",
					text: "Hi Kat, yes please, 12:30pm ET would be perfect."},
			},
			want: []time.Time{day(10, 18, 30)},
		},
		{
			// The department's schedule, in a thread of its own,
			// corrects the start the committee's invitation gave.
			name: "a later schedule moves the start away from the time it names as no longer so",
			msgs: []msg{
				{id: "cv1", at: mon, subject: "Invitation to interview: Lecturer in Statistics",
					text: "Dear Sam,\n\nThe panel would like to invite you to interview on Thursday 17 December at 10:15, " +
						"beginning with a short presentation.\n\nBest wishes,\nRuth"},
				{id: "cv2", at: mon.Add(48 * time.Hour), subject: "Your visit on 17 December - schedule",
					text: "Dear Sam,\n\nPlease note that the start has changed: your interview on Thursday 17 December now begins at 10:45 (not at 10:15).\n\n" +
						"10:45 - 11:00 Presentation\n11:00 - 11:45 Questions from the panel\n12:00 Tour of the department\n\nKind regards,\nAnne"},
			},
			want: []time.Time{day(17, 10, 45)},
		},
		{
			// The appointment is why the interview moves, said in a
			// sentence of its own.
			name: "an interviewer's appointment elsewhere moves the interview",
			msgs: []msg{
				{id: "ap1", at: mon, subject: "Postdoc position - interview",
					text: "Dear Sam,\n\nThe committee would like to interview you by video on Tuesday 8 December at 14:00 (Berlin time). Could you confirm?\n\nBest,\nAnna"},
				{id: "ap2", inReplyTo: "ap1", from: "me", at: mon.Add(2 * time.Hour), subject: "Re: Postdoc position - interview",
					text: "Dear Anna, I confirm Tuesday 8 December at 14:00. Best, Sam"},
				{id: "ap3", inReplyTo: "ap2", at: mon.Add(26 * time.Hour), subject: "Re: Postdoc position - interview",
					text: "Dear Sam,\n\nProf. Weber has been called to sit on a thesis defence on the 8th and cannot attend. We therefore have to move the interview. " +
						"Would Thursday 10 December at 9:30 suit you?\n\nBest,\nAnna"},
				{id: "ap4", inReplyTo: "ap3", from: "me", at: mon.Add(27 * time.Hour), subject: "Re: Postdoc position - interview",
					text: "Dear Anna, Thursday 10 December at 9:30 suits me well. Best, Sam"},
			},
			want: []time.Time{day(10, 9, 30)},
		},
		{
			// Days headed by their dates: the clocks under each heading
			// are its own, the day named the interview's is the
			// interview, and the morning after it (benefits, the
			// shuttle) is the same visit. A car service's name in the
			// arrival's line is no appointment.
			name: "a campus visit's itinerary over two days is one interview",
			msgs: []msg{{id: "it1", at: mon, subject: "Campus visit itinerary - Sam Rivera - December 14-15",
				text: "Hi Sam,\n\nBelow is your itinerary.\n\nSunday, December 13\nArrival at 5:20 pm. A driver from Lakeside Car Service will meet you at the exit.\n\n" +
					"Monday, December 14 - interview day (all times Central)\n\n9:00 - 9:45 am\tCoffee with the committee chair\tRoom 12\n" +
					"10:00 - 11:00 am\tResearch talk\tHall B\n2:00 - 2:30 pm\tMeeting with the Dean\tRoom 3\n\n" +
					"Tuesday, December 15\n\n8:30 - 9:00 am\tBenefits overview with HR\tAdmin building\n10:00 am\tShuttle to the airport\tHotel lobby\n\nBest,\nLisa"}},
			want: []time.Time{time.Date(2026, 12, 14, 9, 0, 0, 0, mustZone(t, "America/Chicago"))},
		},
		{
			// Each day of a final round headed by its date, each with
			// its own conversation: two interviews.
			name: "a final round over two days, each day a round, is two interviews",
			msgs: []msg{{id: "fr1", at: mon, subject: "Final round - two days",
				text: "Hi Sam,\n\nThe final round takes two days, both on Zoom:\n\n" +
					"Day 1 - Monday, December 14\n10:00 - 11:30 (Berlin time)\nSystem design interview with Rui and Sofia\n\n" +
					"Day 2 - Tuesday, December 15\n14:00 - 15:30 (Berlin time)\nInterview with our CTO\n\nBest,\nInes"}},
			want: []time.Time{day(14, 10, 0), day(15, 14, 0)},
		},
		{
			name: "a booking link's closing time is no interview",
			msgs: []msg{{id: "bl1", from: "ats", at: mon, subject: "Invitation to interview - Staff Nurse (Band 5)",
				text: "Dear Sam,\n\nYou have been shortlisted for interview. Interviews will be held on Wednesday 16 December. " +
					"Please book a slot using the link below; the booking link will close at 17:00 on Thursday 10 December.\n\nRecruitment Team"}},
			want: nil,
		},
		{
			name: "an itinerary's evening social marked not evaluated is no interview",
			msgs: []msg{{id: "so1", at: mon, subject: "Interview day itinerary - Friday 11 December",
				text: "Dear Sam,\n\nPlease find your interview day itinerary below.\n\nResidents' get-together (optional, not assessed)\n" +
					"Thursday, 10 December, 18:00 - 19:00\nAn informal video call with our current trainees.\n\n" +
					"INTERVIEW DAY - Friday, 11 December 2026\n09:00 Welcome\n09:30 Panel interview\n11:00 Close\n\nKind regards,\nDenise"}},
			want: []time.Time{day(11, 9, 0)},
		},
		{
			// An agency's mail to itself, the user in Bcc: interviews for
			// whoever turns up from the time it names on.
			name: "a walk-in's opening time sent to many is no interview",
			msgs: []msg{{id: "wk1", from: "Nordic Care Staffing <jobs.nordiccare@gmail.com>", to: "Nordic Care Staffing <jobs.nordiccare@gmail.com>",
				at: mon, subject: "Care assistants for Norway - interviews in Gdańsk and Kraków",
				text: "Dear Candidate,\n\nINTERVIEWS WITH THE EMPLOYER:\n  Gdańsk - Saturday 12 December 2026, from 10:00\n  Venue: Hotel Nadmorski\n\n" +
					"Please bring your CV and certificates. Forward this mail to friends who may be interested.\n\nRecruitment Team"}},
			want: nil,
		},
		{
			name: "a friend's own interview, an adverb in her words, is hers",
			msgs: []msg{{id: "fo1", from: "Mira Stein <mira.stein@gmail.com>", at: mon, subject: "News + a favour?",
				text: "Hi Sam!\n\nI finally got an interview with Nordvik Labs: Thursday 10 December at 14:00 on Teams. " +
					"Could we do a practice run before? Any evening works.\n\nMira"}},
			want: nil,
		},
		{
			// The user gives a talk; the host's programme of the day
			// holds meetings, as a job talk's would.
			name: "a guest lecture and its day's programme are no interview",
			msgs: []msg{
				{id: "gl1", at: mon, subject: "Einladung zum Kolloquium",
					text: "Sehr geehrte*r Sam Rivera,\n\nich würde Sie gern als Gastredner*in zu unserem Kolloquium einladen.\n\n" +
						"Vorschlag: Donnerstag, 14. Januar 2027, 16:15 Uhr.\n\nEin Vortragshonorar von 250 EUR können wir zahlen.\n\nViele Grüße\nJonas Feldhoff"},
				{id: "gl2", inReplyTo: "gl1", from: "me", at: mon.Add(4 * time.Hour), subject: "Re: Einladung zum Kolloquium",
					text: "Lieber Herr Feldhoff, der 14. Januar passt mir, ich komme gern. Beste Grüße, Sam Rivera"},
				{id: "gl3", at: mon.Add(72 * time.Hour), subject: "Ihr Besuch am 14.01.2027 – Programm",
					text: "Sehr geehrte*r Sam Rivera,\n\nhier das Programm für Ihren Besuch am Donnerstag, 14. Januar 2027:\n\n" +
						"14:00 – 14:30   Gespräch mit Prof. Dr. Ostermann\n16:15 – 17:45   Kolloquium: Vortrag mit Diskussion\n\nMit freundlichen Grüßen\nSabine"},
			},
			want: nil,
		},
		{
			// A job board books the slot; the department writes later,
			// in a thread of its own, under the vacancy's number, its
			// clock without a zone: the same interview, on the board's
			// stated UK clock.
			name: "the department's own mail under the vacancy number a job board booked",
			msgs: []msg{
				{id: "vn1", from: "Civil Service Jobs <noreply@civilservicejobs.service.gov.uk>", at: mon, subject: "Interview slot booked - 418822 - Data Engineer",
					text: "Dear Sam,\n\nYou have booked an interview slot.\n\nDate: Tuesday 15 December 2026\nTime: 2.30pm to 3.30pm (UK time)\nLocation: Video interview"},
				{id: "vn2", from: "Data Office Recruitment <recruitment@data-office.example>", at: mon.Add(48 * time.Hour),
					subject: "OFFICIAL: 418822 Data Engineer - interview joining details",
					text:    "Dear Candidate,\n\nVacancy 418822 - Data Engineer - interview on Tuesday 15 December 2026 at 14:30\n\nJoin the meeting: https://teams.microsoft.com/l/meetup-join/1"},
			},
			want: []time.Time{time.Date(2026, 12, 15, 14, 30, 0, 0, time.UTC)},
		},
		{
			// The employer cannot keep the day and offers another, which
			// the user takes: the interview moves, no second one.
			name: "another day offered for the interview still to come, and taken",
			msgs: []msg{
				{id: "od1", from: "Marco Bellini <marco.bellini63@gmail.com>", at: mon, subject: "trial shift",
					text: "hi sam saw your cv, we need a line cook for weekends. come in thursday 10 at 3pm for a chat and a short trial in the kitchen\nmarco"},
				{id: "od2", inReplyTo: "od1", from: "me", at: mon.Add(2 * time.Hour), subject: "Re: trial shift",
					text: "Hi Marco, thanks! Thursday 10 at 3pm works, see you then. Sam"},
				{id: "od3", inReplyTo: "od2", from: "Marco Bellini <marco.bellini63@gmail.com>", at: mon.Add(26 * time.Hour), subject: "Re: trial shift",
					text: "sam sorry thursday the fish supplier comes and im alone\ncan we do friday 11 same time at 3pm ? you see the service too"},
				{id: "od4", inReplyTo: "od3", from: "me", at: mon.Add(27 * time.Hour), subject: "Re: trial shift",
					text: "No problem Marco, Friday 11 at 3pm is fine."},
			},
			want: []time.Time{day(11, 15, 0)},
		},
		{
			// The user turns the one time proposed down; the employer
			// offers two others, of which the user takes one: the
			// interview moves there, the first time is no interview.
			name: "a time turned down, two offered instead, one taken",
			msgs: []msg{
				{id: "tk1", from: "Katrin Vogt <k.vogt@hollmann-logistik.example>", at: mon, subject: "Ihre Bewerbung als Senior Backend-Entwickler - Einladung zum Kennenlernen",
					text: "Sehr geehrter Herr Rivera,\n\nwir würden Sie gern in einem ersten Gespräch per Microsoft Teams kennenlernen. Als Termin würden wir Ihnen Donnerstag, den 10.12.2026, um 11:00 Uhr vorschlagen. Passt Ihnen das?\n\nKatrin Vogt"},
				{id: "tk2", inReplyTo: "tk1", from: "me", at: mon.Add(10 * time.Hour), subject: "Re: Ihre Bewerbung als Senior Backend-Entwickler - Einladung zum Kennenlernen",
					text: "Sehr geehrte Frau Vogt,\n\nam Donnerstag um 11 Uhr habe ich leider einen Termin, den ich nicht verschieben kann. Wäre alternativ Montag, 14.12., vormittags möglich?\n\nSam Rivera"},
				{id: "tk3", inReplyTo: "tk2", from: "Katrin Vogt <k.vogt@hollmann-logistik.example>", at: mon.Add(24 * time.Hour), subject: "AW: Re: Ihre Bewerbung als Senior Backend-Entwickler - Einladung zum Kennenlernen",
					text: "Sehr geehrter Herr Rivera,\n\nam Montag, 14.12., könnten wir Ihnen 09:30 Uhr oder 11:00 Uhr anbieten - welche Uhrzeit ist Ihnen lieber?\n\nKatrin Vogt"},
				{id: "tk4", inReplyTo: "tk3", from: "me", at: mon.Add(26 * time.Hour), subject: "Re: AW: Re: Ihre Bewerbung als Senior Backend-Entwickler - Einladung zum Kennenlernen",
					text: "Sehr geehrte Frau Vogt,\n\nMontag um 09:30 Uhr passt mir sehr gut.\n\nSam Rivera"},
			},
			want: []time.Time{time.Date(2026, 12, 14, 8, 30, 0, 0, time.UTC)},
		},
		{
			// Two clocks offered on one day; the answer names a clock
			// alone.
			name: "two clocks on one day offered, a clock alone taken",
			msgs: []msg{
				{id: "ck1", from: "Katrin Vogt <k.vogt@hollmann-logistik.example>", at: mon, subject: "Ihre Bewerbung als Senior Backend-Entwickler - Einladung zum Kennenlernen",
					text: "Sehr geehrter Herr Rivera,\n\nwir würden Sie gern in einem ersten Gespräch per Microsoft Teams kennenlernen. Als Termin würden wir Ihnen Donnerstag, den 10.12.2026, um 11:00 Uhr vorschlagen. Passt Ihnen das?\n\nKatrin Vogt"},
				{id: "ck2", inReplyTo: "ck1", from: "me", at: mon.Add(10 * time.Hour), subject: "Re: Ihre Bewerbung als Senior Backend-Entwickler - Einladung zum Kennenlernen",
					text: "Sehr geehrte Frau Vogt,\n\nam Donnerstag um 11 Uhr habe ich leider einen Termin, den ich nicht verschieben kann. Wäre alternativ Montag, 14.12., vormittags möglich?\n\nSam Rivera"},
				{id: "ck3", inReplyTo: "ck2", from: "Katrin Vogt <k.vogt@hollmann-logistik.example>", at: mon.Add(24 * time.Hour), subject: "AW: Re: Ihre Bewerbung als Senior Backend-Entwickler - Einladung zum Kennenlernen",
					text: "Sehr geehrter Herr Rivera,\n\nam Montag, 14.12., könnten wir Ihnen 09:30 Uhr oder 11:00 Uhr anbieten - welche Uhrzeit ist Ihnen lieber?\n\nKatrin Vogt"},
				{id: "ck4", inReplyTo: "ck3", from: "me", at: mon.Add(26 * time.Hour), subject: "Re: AW: Re: Ihre Bewerbung als Senior Backend-Entwickler - Einladung zum Kennenlernen",
					text: "Sehr geehrte Frau Vogt,\n\n11:00 Uhr passt mir sehr gut.\n\nSam Rivera"},
			},
			want: []time.Time{time.Date(2026, 12, 14, 10, 0, 0, 0, time.UTC)},
		},
		{
			name: "a team's stream for all applicants is no interview",
			msgs: []msg{{id: "s1", from: "ats", at: mon, subject: "Join us live: inside our data team",
				text: "Hi Sam,\n\nWant to see how our data team works? Bring your questions about the stack and our interview process.\n\n" +
					"Inside the Data Team\nThursday, 10 December 2026\n18:00-18:45 CET, streamed on LinkedIn Live\n\nSave your spot: https://careers.example/live"}},
			want: nil,
		},
		{
			name: "a stream named after its time, in Spanish",
			msgs: []msg{{id: "s2", from: "ats", at: mon, subject: "Te invitamos: conoce al equipo de producto",
				text: "Hola Sam:\n\nConoce a nuestro equipo de producto y pregúntales por nuestro proceso de entrevistas.\n\n" +
					"Jueves 10 de diciembre, 18:00 (hora de Madrid), en directo por YouTube."}},
			want: nil,
		},
		{
			name: "an assessment's due date is no meeting",
			msgs: []msg{{id: "a1", from: "ats", at: mon, subject: "Reminder: Your assessment is due soon",
				text: "Just a reminder: your CCAT assessment for the Senior Frontend Developer position is due Thursday, December 10, 2026 at 11:59 PM Mountain Time."}},
			want: nil,
		},
		{
			name: "a test's deadline under its label is no meeting",
			msgs: []msg{{id: "t1", from: "ats", at: mon, subject: "Tu candidatura en Nubaria Tech: siguiente paso",
				text: "El siguiente paso es una prueba técnica online.\n- Duración aproximada: 60 minutos\n" +
					"- Fecha límite: miércoles, 9 de diciembre de 2026 a las 23:59 (hora de Madrid)"}},
			want: nil,
		},
		{
			name: "a second round in the same thread is a second interview",
			msgs: []msg{
				{id: "i1", at: mon, subject: "Interview", text: "Your interview is confirmed for Tuesday 8 December at 10:00."},
				{id: "i2", inReplyTo: "i1", at: day(9, 9, 0), subject: "Re: Interview",
					text: "Thanks for Tuesday! We'd like to invite you to a second round on Tuesday 15 December at 14:00."},
			},
			want: []time.Time{day(8, 10, 0), day(15, 14, 0)},
		},
		{
			name: "a time given again for the reader is the same slot",
			msgs: []msg{
				{id: "p1", at: mon, subject: "Staff Backend Engineer - intro",
					text: "Would 8am Friday 11 December Sydney time work? I think that's 10pm Thursday for you."},
				{id: "me1", inReplyTo: "p1", from: "me", at: mon.Add(time.Hour), subject: "Re: Staff Backend Engineer - intro"},
			},
			want: []time.Time{time.Date(2026, 12, 10, 22, 0, 0, 0, berlin)},
		},
		{
			name: "one time in the sender's zone and the reader's, answered",
			msgs: []msg{
				{id: "p1", at: mon, subject: "Conversa sobre a vaga",
					text: "Tens disponibilidade na quinta-feira, dia 10, às 15h00 (hora de Lisboa, 16h00 em Berlim)?"},
				{id: "me1", inReplyTo: "p1", from: "me", at: mon.Add(time.Hour), subject: "Re: Conversa sobre a vaga"},
			},
			want: []time.Time{day(10, 16, 0)},
		},
		{
			// The trust's hiring system booked it; its staffing office
			// moves it, from a domain that spells the trust's name in
			// two of its words.
			name: "a hiring system's booking moved by the employer's office",
			msgs: []msg{
				{id: "nh1", from: "Northmoor Teaching Hospitals NHS Foundation Trust <no-reply@trac.jobs>", at: mon,
					subject: "Interview booking confirmation - Consultant in Emergency Medicine",
					text:    "Dear Dr Rivera,\n\nYour interview booking is confirmed.\n\nDate: 15/12/2026\nTime: 10:30\nVenue: Boardroom\n\nMedical Staffing"},
				{id: "nh2", from: "Bethan Lloyd-Harris <medical.staffing@northmoor-nhs.example>", at: mon.Add(24 * time.Hour),
					subject: "Change to interview time - Consultant in Emergency Medicine 15/12/2026",
					text: "Dear Dr Rivera,\n\nI am writing regarding your interview for the post of Consultant in Emergency Medicine on Tuesday 15 December 2026.\n\n" +
						"The assessor can only join from 13:00, so your interview will now take place at 14:00 (previously 10:30). The date and venue are unchanged.\n\nBethan"},
			},
			want: []time.Time{day(15, 15, 0)}, // 14:00 in the UK, where the NHS is
		},
		{
			// A campus visit's itinerary starts with the flight in and
			// the hotel; the visit starts with its first meeting.
			name: "an itinerary's arrival and hotel before the first meeting",
			msgs: []msg{{id: "it1", at: mon, subject: "Final itinerary - on-site interview Dec 10",
				text: "Hi Sam,\n\nyour final itinerary for the on-site interview (all times are Central European):\n\n" +
					"Thu, Dec 10  8:05 am  Arrive MUC (LH 2001 from BER)\n" +
					"             9:00 am  Check in – Hotel Vier Jahreszeiten\n" +
					"             10:30 am Interview with the Head of Data\n" +
					"             12:00 pm Lunch with the team\n\nSafe travels!\nTonya"}},
			want: []time.Time{day(10, 10, 30)},
		},
		{
			// "hemos pasado la entrevista al lunes 14": Spanish moves
			// it so, here in a mail of its own.
			name: "an interview moved with pasar, in Spanish",
			msgs: []msg{
				{id: "ps1", at: mon, subject: "Tu candidatura - Analista de Datos",
					text: "Hola Sam:\n\nte confirmo la entrevista por Teams con el equipo el jueves 10 de diciembre a las 11:00.\n\nUn saludo,\nMarta"},
				{id: "ps2", at: mon.Add(48 * time.Hour), subject: "Tu entrevista - Analista de Datos",
					text: "Hola Sam:\n\na Pablo le ha surgido un viaje justo el jueves 10 y no podrá estar. Para no hacerte esperar, " +
						"hemos pasado la entrevista al lunes 14 de diciembre a las 16:30, mismo enlace.\n\nUn saludo,\nMarta"},
			},
			want: []time.Time{day(14, 16, 30)},
		},
		{
			// A consultancy's "practice" is its business unit: the
			// interviewer's title rehearses nothing.
			name: "an interviewer of a consultancy's practice",
			msgs: []msg{{id: "cp1", at: mon, subject: "Entretien – Consultant Data",
				text: "Bonjour Sam,\n\nje vous confirme votre entretien :\n\nDate : jeudi 10 décembre 2026\nHeure : 14h30\n" +
					"Avec : Léa Martin, directrice de la practice Cloud & Data\n\nBien cordialement,\nNadia"}},
			want: []time.Time{day(10, 14, 30)},
		},
		{
			// Put off from the time it names, with new times to come:
			// the interview the thread books next is the same one,
			// moved, and the time put off is not listed beside it.
			name: "an interview put off, then booked again in its thread",
			msgs: []msg{
				{id: "po1", at: mon, subject: "Your interview for the Data Engineer role",
					text: "Hi Sam,\n\nI'm pleased to confirm your interview on Thursday 10 December at 11:00 with Priya.\n\nBest,\nTom"},
				{id: "po2", inReplyTo: "po1", at: mon.Add(48 * time.Hour), subject: "RE: Your interview for the Data Engineer role",
					text: "Hi Sam,\n\nPriya is unwell, so I'm afraid we have to postpone your interview on Thursday (10 December, 11:00). " +
						"I'll come back to you with new times next week.\n\nApologies,\nTom"},
				{id: "po3", inReplyTo: "po2", refs: []string{"po1", "po2"}, at: mon.Add(7 * 24 * time.Hour), subject: "RE: Your interview for the Data Engineer role",
					text: "Hi Sam,\n\nPriya is back. Would Wednesday 16 December at 15:00 work for you?\n\nTom"},
				{id: "po4", inReplyTo: "po3", refs: []string{"po1", "po2", "po3"}, from: "me", at: mon.Add(7*24*time.Hour + time.Hour),
					subject: "RE: Your interview for the Data Engineer role", text: "Wednesday at 15:00 works for me, thank you!"},
			},
			want: []time.Time{day(16, 15, 0)},
		},
		{
			// A network's notices of one person's messages are one
			// conversation, though the network threads none of them:
			// the second fixes the talk the first proposed.
			name: "a chat's later notice fixes the talk its first proposed",
			msgs: []msg{
				{id: "ch1", from: "XING <mailrobot@mail.xing.com>", at: mon, subject: "Annika Brenner hat Dir eine Nachricht geschickt",
					text: "Annika Brenner\nRecruiterin · Kranich Logistik GmbH\n\nHallo Sam,\n\ndanke für Deine Bewerbung als Backend-Entwickler. " +
						"Wir würden Dich gern in einem ersten Gespräch per Teams kennenlernen. Wann passt es Dir nächste Woche?"},
				{id: "ch2", from: "XING <mailrobot@mail.xing.com>", at: mon.Add(5 * time.Hour), subject: "Annika Brenner hat Dir eine Nachricht geschickt",
					text: "Annika Brenner\n\nSuper, dann halten wir Donnerstag, den 10.12., um 15:30 Uhr fest. Den Link schicke ich Dir noch."},
			},
			want: []time.Time{day(10, 15, 30)},
		},
		{
			// Another person's notice on the same network is another
			// conversation: its "dann halten wir ... fest" answers
			// nothing about a job.
			name: "a chat's notice from someone else fixes nothing",
			msgs: []msg{
				{id: "cx1", from: "XING <mailrobot@mail.xing.com>", at: mon, subject: "Annika Brenner hat Dir eine Nachricht geschickt",
					text: "Annika Brenner\nRecruiterin · Kranich Logistik GmbH\n\nHallo Sam,\n\ndanke für Deine Bewerbung als Backend-Entwickler. " +
						"Wir würden Dich gern in einem ersten Gespräch per Teams kennenlernen. Wann passt es Dir nächste Woche?"},
				{id: "cx2", from: "XING <mailrobot@mail.xing.com>", at: mon.Add(5 * time.Hour), subject: "Jonas Pfeiffer hat Dir eine Nachricht geschickt",
					text: "Jonas Pfeiffer\n\nSuper, dann halten wir Donnerstag, den 10.12., um 15:30 Uhr fest. Ich bringe die Kletterschuhe mit."},
			},
			want: nil,
		},
		{
			name: "a scheduling system's notice of a move, the old time last",
			msgs: []msg{
				{id: "a1", from: "ats", at: mon, subject: "Your interview with Acme is confirmed",
					text: "Your Technical Screen with Acme is confirmed.\nWednesday, December 9, 2026\n10:00 AM - 11:00 AM CET"},
				{id: "a2", from: "ats", at: mon.Add(24 * time.Hour), subject: "Updated: your interview with Acme has moved",
					text: "Your Technical Screen with Acme has been moved.\nNEW TIME\nThursday, December 10, 2026\n2:00 PM - 3:00 PM CET\nPreviously: Wednesday, December 9, 10:00 AM CET"},
			},
			want: []time.Time{day(10, 14, 0)},
		},
		{
			name: "a stranger naming the company moves nothing to a new time",
			msgs: []msg{
				{id: "i1", at: mon, subject: "Your interview with Acme is confirmed", text: "Your interview with Acme is confirmed for Wednesday 9 December at 10:00."},
				{id: "x1", from: "stranger", at: mon.Add(24 * time.Hour), subject: "Updated: your interview with Acme has moved",
					text: "Your interview with Acme has been moved.\nNEW TIME\nFriday, December 11, 2026\n2:00 PM - 3:00 PM CET"},
			},
			want: []time.Time{day(9, 10, 0), day(11, 14, 0)},
		},
		{
			name: "a time in quoted text fixes nothing",
			msgs: []msg{{id: "q1", at: mon, subject: "Re: Interview",
				text: "Thanks, see you then!\n\nOn Mon, 7 Dec 2026, Jo wrote:\n> Your interview is confirmed for Wednesday 9 December at 10:00."}},
			want: nil,
		},
		{
			name: "a signature's office hours fix nothing",
			msgs: []msg{{id: "s1", at: mon, subject: "Your application",
				text: "Thanks for applying, we will be in touch.\n\n-- \nJo Park, Recruiting\nOffice hours: Monday 7 December 9:00-17:00"}},
			want: nil,
		},
		{
			name: "a phone screen announced as a call",
			msgs: []msg{{id: "ph", at: mon, subject: "Your application",
				text: "I'll call you on Thursday 10 December at 11:00 CET for a first chat about the Backend Engineer role."}},
			want: []time.Time{day(10, 11, 0)},
		},
		{
			name: "a reminder without a zone is on the interview's clock",
			msgs: []msg{
				{id: "i1", at: mon, subject: "Onsite interview details",
					text: "Date: Thursday, 10 December 2026\nTime: 10:00 - 15:00\nLocation: 14 Leonard Street, London EC2A 4LX"},
				{id: "r1", inReplyTo: "i1", at: day(9, 12, 0), subject: "Re: Onsite interview details",
					text: "Just a reminder that your onsite is tomorrow, starting at 10:00 AM."},
			},
			want: []time.Time{time.Date(2026, 12, 10, 10, 0, 0, 0, mustZone(t, "Europe/London"))},
		},
		{
			name: "a time without a zone is on the clock of the writer's signature",
			msgs: []msg{
				{id: "p1", at: mon, subject: "Chat with Derek?",
					text: "Hi Sam,\n\nDoes Thursday 12/10 at 10:30am work for a 30 min video call?\n\nThanks!\nKayla\n\nKayla Morrison\nTechnical Recruiter\nAustin, TX\n(512) 555-0187"},
				{id: "me1", inReplyTo: "p1", from: "me", at: mon.Add(time.Hour), subject: "Re: Chat with Derek?", text: "Thursday works, talk then."},
			},
			want: []time.Time{time.Date(2026, 12, 10, 10, 30, 0, 0, mustZone(t, "America/Chicago"))},
		},
		{
			name: "a further round proposed in a reply about something else, and taken",
			msgs: []msg{
				{id: "q1", at: mon, subject: "Re: Kurze Rückfrage",
					text: "Hallo Sam,\n\nwir arbeiten remote-first. Wollen wir das nicht gleich mit einem zweiten Gespräch verbinden? Hätten Sie Donnerstag um 14 Uhr Zeit?\n\nBeste Grüße\nThomas"},
				{id: "me1", inReplyTo: "q1", from: "me", at: mon.Add(time.Hour), subject: "Re: Kurze Rückfrage", text: "Sehr gerne, Donnerstag um 14 Uhr passt."},
			},
			want: []time.Time{day(10, 14, 0)},
		},
		{
			name: "a scheduling system's reminder naming no company is the slot it booked",
			msgs: []msg{
				{id: "b1", from: "calendly", at: mon, subject: "New Event: Sam Rivera - 14:00 Thu, 10 Dec 2026 - Intro call - Backend Engineer",
					text: "A new event has been scheduled.\n\nEvent Type: Intro call - Backend Engineer\nInvitee: Sam Rivera\nEvent Date/Time: 14:00 - 14:30, Thursday, 10 December 2026 (Central European Time)"},
				{id: "b2", from: "calendly", at: day(9, 14, 0), subject: "Reminder: Intro call - Backend Engineer tomorrow at 14:00 (CET)",
					text: "This is a friendly reminder that your event is scheduled for Thursday, 10 December 2026 14:00 - 14:30 (Central European Time)."},
			},
			want: []time.Time{day(10, 14, 0)},
		},
		{
			name: "the confirmation of a second round joins the second round, not the first",
			msgs: []msg{
				{id: "r1", at: mon, subject: "Backend role", text: "We would like to invite you to a first interview on Tuesday 8 December at 13:00. Does that work?"},
				{id: "me1", inReplyTo: "r1", from: "me", at: mon.Add(time.Hour), subject: "Re: Backend role", text: "Tuesday works for me."},
				{id: "r2", inReplyTo: "me1", at: day(9, 10, 0), subject: "Re: Backend role", text: "Thanks for yesterday! We'd like to go ahead with a second interview. Would Friday 11 December at 14:00 work?"},
				{id: "me2", inReplyTo: "r2", from: "me", at: day(9, 11, 0), subject: "Re: Backend role", text: "Friday works, thank you."},
				{id: "r3", inReplyTo: "me2", refs: []string{"r1", "me1", "r2", "me2"}, at: day(9, 12, 0), subject: "Re: Backend role", text: "Great, see you on Friday 11 December at 14:00."},
			},
			want: []time.Time{day(8, 13, 0), day(11, 14, 0)},
		},
		{
			name: "a chatbot's reminder naming itself is the slot it booked",
			msgs: []msg{
				{id: "o1", from: "olivia", at: mon, subject: "Interview Confirmed - Tembusu Retail Group",
					text: "Hi Sam, your interview with Tembusu Retail Group is confirmed.\n\nDate: Wednesday, 9 December 2026\nTime: 16:30"},
				{id: "o2", from: "olivia", at: day(8, 16, 0), subject: "Reminder: your interview tomorrow",
					text: "Hi Sam, this is Olivia. A quick reminder that your interview is tomorrow, Wednesday 9 December at 16:30."},
			},
			want: []time.Time{day(9, 16, 30)},
		},
		{
			name: "a weekday is the one the quoted thread dates",
			msgs: []msg{
				{id: "p1", at: mon, subject: "Our chat", text: "I'd love for you to do a proper interview with me and our CTO. I'm open most mornings the week after next."},
				{id: "me1", inReplyTo: "p1", from: "me", at: mon.Add(time.Hour), subject: "Re: Our chat", text: "Thursday (Dec 17) or Friday (Dec 18) would both work for me."},
				{id: "c1", inReplyTo: "me1", at: mon.Add(2 * time.Hour), subject: "Re: Our chat",
					text: "Perfect, see you Thursday at 9!\n\nOn Mon, Dec 7, 2026 at 10:00 AM Sam Rivera <sam.rivera@example.org> wrote:\n> Thursday (Dec 17) or Friday (Dec 18) would both work for me."},
			},
			want: []time.Time{day(17, 9, 0)},
		},
		{
			name: "pushed to a day at the same time, with an alternative in a condition",
			msgs: []msg{
				{id: "i1", at: mon, subject: "Interview confirmed", text: "Your interview is confirmed for Tuesday 8 December at 10:30."},
				{id: "p1", inReplyTo: "i1", at: mon.Add(2 * time.Hour), subject: "Re: Interview confirmed",
					text: "Apologies for the short notice. Could we push to Thursday, same time? If Thursday doesn't work, I'm also free Friday morning."},
			},
			want: []time.Time{day(10, 10, 30)},
		},
		{
			name: "a recruiter known by the title under her closing proposes, then moves",
			msgs: []msg{
				{id: "q1", from: "me", at: mon, subject: "Pytanie", text: "Dzień dobry, czy praca jest w pełni zdalna?"},
				{id: "r1", inReplyTo: "q1", at: mon.Add(time.Hour), subject: "ODP: Pytanie",
					text: "Dzień dobry,\n\nPraca jest w pełni zdalna. Zapraszam na rozmowę z naszym Head of Engineering. Proponuję środę 9 grudnia o godz. 11:00.\n\nPozdrawiam serdecznie\n\nKatarzyna Nowak\nTalent Acquisition Specialist"},
				{id: "me1", inReplyTo: "r1", from: "me", at: mon.Add(2 * time.Hour), subject: "Re: ODP: Pytanie", text: "Środa 9 grudnia o 11:00 bardzo mi odpowiada."},
				{id: "r2", inReplyTo: "me1", refs: []string{"q1", "r1", "me1"}, at: day(8, 9, 0), subject: "ODP: ODP: Pytanie",
					text: "Czy moglibyśmy przesunąć rozmowę na piątek 11 grudnia, godz. 13:30?\n\nPozdrawiam serdecznie\n\nKatarzyna Nowak\nTalent Acquisition Specialist"},
			},
			want: []time.Time{day(11, 13, 30)},
		},
		{
			name: "a reply's clock and zone stay when the quote dates its weekday",
			msgs: []msg{
				{id: "r1", at: day(14, 10, 0), subject: "Re: Interview Confirmation: Senior Data Engineer",
					text: "Just a quick reminder that your panel is tomorrow (Tuesday) from 2pm GMT – so 3pm in Berlin.\n\nOn Mon, 7 Dec 2026 at 10:00, Greenhouse wrote:\n> Date: Tuesday, 15 December 2026\n> Time: 2:00 PM"},
			},
			want: []time.Time{time.Date(2026, 12, 15, 14, 0, 0, 0, time.UTC)},
		},
		{
			name: "a mail that moved the interview and the calendar's update after it are one interview",
			msgs: []msg{
				{id: "l1", from: "ats", at: mon, subject: "Entretien – Product Designer",
					text: "Je vous propose un premier entretien le mardi 15 décembre à 11h."},
				{id: "l2", from: "ats", inReplyTo: "l1", at: day(9, 17, 0), subject: "Re: Entretien – Product Designer",
					text: "Nous devons décaler l'entretien. Serait-il possible de le faire le jeudi 17 décembre à 14h30 à la place ?"},
				{id: "g1", from: "gcal", at: day(9, 18, 0), subject: "Invitation mise à jour : Entretien Product Designer"},
			},
			want: []time.Time{day(17, 14, 30)},
		},
		{
			name: "moved an hour on the same day",
			msgs: []msg{
				{id: "i1", at: mon, subject: "Colloquio confermato", text: "Le confermo il colloquio: giovedì 10 dicembre, ore 10:30, su Teams."},
				{id: "m1", inReplyTo: "i1", at: day(8, 9, 0), subject: "R: Colloquio confermato",
					text: "L'Ing. Ferraretti chiede se fosse possibile spostare il colloquio di un'ora, quindi alle 11:30 anziché alle 10:30 (stesso giorno, stessa modalità)."},
			},
			want: []time.Time{day(10, 11, 30)},
		},
		{
			// The user cannot make the morning and asks for the
			// afternoon; the answer gives the day and its new hour
			// without a word for moving, and restates another day's
			// interview beside it.
			name: "the same day at another hour, as the user asked",
			msgs: []msg{
				{id: "vz1", at: mon, subject: "Ihre Bewerbung – Gesprächstermine",
					text: "Guten Tag Sam Rivera\n\nwir möchten Sie zum Vorstellungsgespräch einladen: Mittwoch, 16. Dezember 2026, 9.00 Uhr, vor Ort in Vaduz.\n\nFreundliche Grüsse\nManuela Frommelt"},
				{id: "vz2", from: "me", inReplyTo: "vz1", at: mon.Add(3 * time.Hour), subject: "Re: Ihre Bewerbung – Gesprächstermine",
					text: "Guten Tag Frau Frommelt\n\nam 16.12. habe ich vormittags leider einen Termin, den ich nicht verschieben kann – wäre der Nachmittag möglich?\n\nSam Rivera"},
				{id: "vz3", inReplyTo: "vz2", refs: []string{"vz1", "vz2"}, at: mon.Add(26 * time.Hour), subject: "AW: Ihre Bewerbung – Gesprächstermine",
					text: "Guten Tag Sam Rivera\n\nkein Problem – Herr Marxer hat am Mittwoch, 16.12. um 15.30 Uhr noch Zeit; ich habe den Termin so eingetragen. " +
						"Die Unterlagen für das Telefonat am 9.12. um 11.00 Uhr folgen separat.\n\nManuela Frommelt"},
			},
			want: []time.Time{day(16, 15, 30)},
		},
		{
			// The new start is asked for; when it will end is said
			// beside the day, which stays.
			name: "a later start asked for, its end beside the unchanged day",
			msgs: []msg{
				{id: "pl1", at: mon, subject: "Einladung zum Vorstellungsgespräch: DevOps Engineer",
					text: "Datum: Montag, 14. Dezember 2026\nZeit: 13.30 – 15.00 Uhr\nOrt: Pilatus Versicherungen AG, Luzern"},
				{id: "pl2", inReplyTo: "pl1", at: mon.Add(3 * time.Hour), subject: "AW: Einladung zum Vorstellungsgespräch: DevOps Engineer",
					text: "Leider hat sich eine Terminkollision ergeben. Wäre es für Sie möglich, den Beginn um eine halbe Stunde auf 14.00 Uhr zu verschieben? " +
						"Das Gespräch würde dann bis ca. 15.30 Uhr dauern; Datum und Ort bleiben unverändert (Montag, 14. Dezember 2026, Luzern)."},
			},
			want: []time.Time{day(14, 14, 0)},
		},
		{
			// A founder asks from his phone, the day and the hour in two
			// sentences; the user names both; his yes sends a link.
			name: "the user's time taken by a yes with a meeting link",
			msgs: []msg{
				{id: "jg1", at: day(7, 16, 48), subject: "Deine Bewerbung als Lead Data Engineer",
					text: "Hi Sam,\n\nhast du morgen früh Zeit für ein erstes Gespräch? So um 9, ca. 30 Min, per Video.\n\nBeste Grüße\nJakob"},
				{id: "jg2", from: "me", inReplyTo: "jg1", at: day(7, 17, 20), subject: "Re: Deine Bewerbung als Lead Data Engineer",
					text: "Hi Jakob,\n\nMorgen um 9 passt mir.\n\nViele Grüße\nSam"},
				{id: "jg3", inReplyTo: "jg2", refs: []string{"jg1", "jg2"}, at: day(7, 17, 31), subject: "Re: Deine Bewerbung als Lead Data Engineer",
					text: "Top, freu mich!\n\nHier der Link: https://meet.google.com/xqr-bkfa-pwe\n\nBis morgen\nJakob"},
			},
			want: []time.Time{day(8, 9, 0)},
		},
		{
			// A walk-in drive is many people's, unless the user was
			// shortlisted for it, asked to confirm, and answered; the
			// documents to bring name no offer.
			name: "a walk-in the user was shortlisted for and answered",
			msgs: []msg{
				{id: "wk1", at: mon, subject: "Shortlisted: Walk-in Interview for Site Reliability Engineer | Acme",
					text: "Dear Sam,\n\nyou have been shortlisted for our Face-to-Face Walk-in Interview.\n\nWalk-in Date : 19/12/2026 (Saturday)\nTime : 9:30 AM to 1:00 PM\n\n" +
						"Please carry: updated resume, photo ID, last 3 months' payslips / offer letter of current company.\n\nKindly reply to this mail to confirm your participation.\n\nRegards,\nJo"},
				{id: "wk2", from: "me", inReplyTo: "wk1", at: mon.Add(2 * time.Hour), subject: "Re: Shortlisted: Walk-in Interview for Site Reliability Engineer | Acme",
					text: "Dear Jo,\n\nthank you for shortlisting me; I can attend on Saturday 19/12 and will be at the reception at 9:30 AM.\n\nSam"},
			},
			want: []time.Time{day(19, 9, 30)},
		},
		{
			// A mentee asks for a first call; the user moves it and
			// offers a mock interview; she takes the new time.
			name: "a mentee's call, moved by the user",
			msgs: []msg{
				{id: "mt1", at: mon, subject: "Aalford mentoring - hello & first call?",
					text: "Hi Sam,\n\nI'm applying for graduate roles and my first technical interviews are in January. Would Tuesday 8 December at 18:00 work for a first call?\n\nLea"},
				{id: "mt2", from: "me", inReplyTo: "mt1", at: mon.Add(2 * time.Hour), subject: "Re: Aalford mentoring - hello & first call?",
					text: "Hi Lea,\n\nTuesday works, but could we say 18:30? We can also do a short mock interview at the end.\n\nSam"},
				{id: "mt3", inReplyTo: "mt2", refs: []string{"mt1", "mt2"}, at: mon.Add(4 * time.Hour), subject: "Re: Aalford mentoring - hello & first call?",
					text: "18:30 is perfect! And yes please to the mock interview.\n\nLea"},
			},
			want: nil,
		},
		{
			name: "a walk-in drive nobody answered",
			msgs: []msg{
				{id: "wd1", at: mon, subject: "Walk-in Interview for Site Reliability Engineers | Acme",
					text: "Dear Candidate,\n\nWalk-in Date : 19/12/2026 (Saturday)\nTime : 9:30 AM to 1:00 PM\n\nPlease carry your resume.\n\nKindly reply to this mail to confirm your participation."},
			},
			want: nil,
		},
		{
			// The new end of the day is said too; it moves nothing.
			name: "a later start on the same day, with when it now ends",
			msgs: []msg{
				{id: "ox1", at: mon, subject: "Oxbow Travel - case presentation",
					text: "Hi Sam,\n\nwe'd like to invite you to the case presentation interview at our Amsterdam HQ on Friday 11 December, 13:30–15:00 CET.\n\nNoor"},
				{id: "ox2", inReplyTo: "ox1", at: day(8, 9, 0), subject: "Re: Oxbow Travel - case presentation",
					text: "Hi Sam,\n\nOne small change for Friday the 11th: Bram's flight lands later than planned, so we'll start the case presentation at 14:00 instead of 13:30 (finishing around 15:30). Same place.\n\nNoor"},
			},
			want: []time.Time{day(11, 14, 0)},
		},
		{
			name: "preponed, as Indian English moves a time earlier",
			msgs: []msg{
				{id: "pp1", at: mon, subject: "Shortlisted for Senior Backend Engineer | Sahyadri Payments",
					text: "Dear Sam,\n\nYour telephonic round has been scheduled as per below details:\n\nDate : 10th December 2026 (Thursday)\nTime : 3:30 PM IST\n\nThanks & Regards,\nSnehal"},
				{id: "pp2", inReplyTo: "pp1", at: day(8, 9, 0), subject: "RE: Shortlisted for Senior Backend Engineer | Sahyadri Payments",
					text: "Dear Sam,\n\nDue to an urgent client meeting Vikram will not be available at 3:30 PM on 10th Dec. Hence we have preponed your telephonic round " +
						"to 2:30 PM IST on the same day i.e. Thursday, 10th December.\n\nThanks & Regards,\nSnehal"},
			},
			want: []time.Time{time.Date(2026, 12, 10, 9, 0, 0, 0, time.UTC)},
		},
		{
			name: "moved to a clock alone, on the interview's day",
			msgs: []msg{
				{id: "cg1", at: mon, subject: "Analytics Engineering Lead - quick chat?",
					text: "Hi Sam,\n\nI liked your resume for the Analytics Engineering Lead role. Confirming our interview Thu Dec 10 at 10am on Zoom.\n\nDerek"},
				{id: "cg2", inReplyTo: "cg1", at: day(8, 9, 0), subject: "Re: Analytics Engineering Lead - quick chat?",
					text: "Actually cld we do 10:30 instead? standup sometimes runs over. Same zoom.\n\nD"},
			},
			want: []time.Time{day(10, 10, 30)},
		},
		{
			name: "a friend's mock interview",
			msgs: []msg{{id: "f1", at: mon, subject: "Mock interview?",
				text: "Want to do a mock interview on Thursday 10 December at 19:00? I can play the hiring manager."}},
			want: nil,
		},
		{
			name: "signing the contract after the offer",
			msgs: []msg{{id: "vu1", at: mon, subject: "Ihr Arbeitsvertrag - Termin zur Unterzeichnung",
				text: "Hallo Sam,\nwir freuen uns sehr, dass Sie unser Angebot als Lead Platform Engineer angenommen haben!\n" +
					"Wir möchten Sie gerne zur Unterzeichnung Ihres Arbeitsvertrags zu uns einladen:\nMontag, 21. Dezember 2026, 10:00 Uhr\nRaum 3.12"}},
			want: nil,
		},
		{
			name: "a student's informational interview with the user",
			msgs: []msg{{id: "st1", from: "stranger", at: mon, subject: "Informational interview request",
				text: "Hi Sam,\nthank you for agreeing to an informational interview about your work in payments - I'm writing my master's thesis. " +
					"Confirming Friday 11 December at 17:30 on Zoom.\nLéa"}},
			want: nil,
		},
		{
			name: "a customer's follow-up call at the user's work address",
			msgs: []msg{{id: "wk1", to: "work", at: mon, subject: "Entretien de suivi - incident paiements du 24/11",
				text: "Bonjour Sam,\nJe vous propose un entretien téléphonique le mardi 8 décembre à 14h00 (heure de Paris), avec M. Roussel."}},
			want: nil,
		},
		{
			// The recruiter found the work address; the user answers
			// from the private one, as a job search does.
			name: "an interview sent to the work address, answered privately",
			msgs: []msg{
				{id: "wp1", to: "work", at: mon, subject: "Technical interview - Senior Go Developer - Wislany Software",
					text: "Hi Sam,\n\nas agreed, the details of the technical interview with our team:\n\nDate: Monday, 21st December 2026\nTime: 13:00 - 14:00 CET\nWhere: Google Meet\n\nBest regards,\nAgnieszka"},
				{id: "wp2", inReplyTo: "wp1", from: "me", at: mon.Add(3 * time.Hour), subject: "Re: Technical interview - Senior Go Developer - Wislany Software",
					text: "Hi Agnieszka,\n\nThanks, confirmed for Monday 21st at 13:00! Could you please use this address from now on rather than my work one?\n\nBest,\nSam"},
			},
			want: []time.Time{day(21, 13, 0)},
		},
		{
			// Forwarded to a friend for advice, from the private
			// address: the job search's, whatever address it reached.
			name: "an interview sent to the work address, forwarded privately",
			msgs: []msg{
				{id: "wf1", to: "work", at: mon, subject: "Acme - second round (Staff Product Designer)",
					text: "Hi Sam,\n\nwe'd love to invite you to the second round.\n\nWhen: Monday 14 December, 11:00 - 12:30 (Amsterdam time)\n\nJo"},
				{id: "wf2", from: "me", at: mon.Add(3 * time.Hour), subject: "Fwd: Acme - second round (Staff Product Designer)",
					text: "Mara!! Look what came in. Could you be my rubber duck this weekend?\n\n---------- Forwarded message ---------\n" +
						"From: Jo Park <jo.park@acme.example>\nSubject: Acme - second round (Staff Product Designer)\nTo: Sam Rivera <sam@globex.example>\n\nwe'd love to invite you to the second round."},
			},
			want: []time.Time{day(14, 11, 0)},
		},
		{
			name: "a visit after the offer",
			msgs: []msg{
				{id: "ao1", at: mon, subject: "Your offer from Acme",
					text: "Hi Sam,\n\nwe're delighted to offer you the position of Senior Gameplay Engineer. Your offer letter is attached.\n\nAoife"},
				{id: "ao2", at: mon.Add(24 * time.Hour), subject: "Acme - come see the studio?",
					text: "Hey Sam,\n\nbefore you decide, would you like to come by the studio? No interviews, I promise - just coffee. Would Friday 11th around 2pm suit?\n\nAoife"},
				{id: "ao3", inReplyTo: "ao2", from: "me", at: mon.Add(25 * time.Hour), subject: "Re: Acme - come see the studio?", text: "Yes please!"},
				{id: "ao4", inReplyTo: "ao3", at: mon.Add(26 * time.Hour), subject: "Re: Acme - come see the studio?", text: "Brilliant! Fri 11 Dec, 2pm then."},
			},
			want: nil,
		},
		{
			// Two stages fixed; the second moved, the first said again
			// "as agreed" with its weekday only.
			name: "a move beside the other stage said again as agreed",
			msgs: []msg{
				{id: "wb1", at: mon.Add(-4 * 24 * time.Hour), subject: "Senior Frontend Developer – nächste Schritte",
					text: "Hi Sam,\n\nIch hätte folgende Vorschläge:\n- Telefonat: Dienstag, 8.12., 9:30 Uhr\n- Fachgespräch: Donnerstag, 10.12., 15 Uhr\n\nWenn beides passt, gib mir kurz Bescheid.\n\nJana"},
				{id: "wb2", inReplyTo: "wb1", from: "me", at: mon.Add(-4*24*time.Hour + 6*time.Hour), subject: "Re: Senior Frontend Developer – nächste Schritte",
					text: "Hi Jana, beides passt!\n\nSam"},
				{id: "wb3", inReplyTo: "wb2", at: mon.Add(-3 * 24 * time.Hour), subject: "Re: Senior Frontend Developer – nächste Schritte",
					text: "Hi Sam,\n\nEine kleine Änderung: Marco schafft es am Donnerstag erst um halb vier. Es bleibt also bei Do, 10.12., 15:30 Uhr.\n\n" +
						"Telefonat mit mir also wie besprochen am Dienstag um 9:30.\n\nJana"},
			},
			want: []time.Time{day(8, 9, 30), day(10, 15, 30)},
		},
		{
			// The appointment's thread is the appointment's: its last
			// word fixes the time of a flat viewing, not an interview.
			name: "the time a landlord's thread agrees",
			msgs: []msg{
				{id: "ll1", at: mon, subject: "Einladung: Wohnung Kastanienallee",
					text: "Hallo Sam, danke für Ihr Interesse an der Wohnung. Die Wohnungsbesichtigung wäre am Dienstag, 15. Dezember, um 18 Uhr möglich."},
				{id: "ll2", inReplyTo: "ll1", from: "me", at: mon.Add(time.Hour), subject: "Re: Einladung: Wohnung Kastanienallee",
					text: "Hallo, 18 Uhr schaffe ich nicht, ginge 18:30?"},
				{id: "ll3", inReplyTo: "ll2", at: mon.Add(2 * time.Hour), subject: "Re: Einladung: Wohnung Kastanienallee",
					text: "Perfekt, dann am Dienstag, 15. Dezember, um 18:30 Uhr!"},
			},
			want: nil,
		},
		{
			// The first round confirmed, the second offered beside it;
			// the reply fixing the second at another hour is that round.
			name: "a second round offered beside the first's confirmation",
			msgs: []msg{
				{id: "sr1", at: mon.Add(-5 * 24 * time.Hour), subject: "Candidature Lead Développeur Backend",
					text: "Bonjour Sam,\n\nC'est noté pour le jeudi 10 décembre à 10h30 avec Hugo.\n\n" +
						"Nous aimerions aussi caler dès maintenant le second entretien, avec notre directrice générale, dans nos locaux. Je vous propose le jeudi 17 décembre à 16h, est-ce que cela vous irait ?\n\nClaire"},
				{id: "sr2", inReplyTo: "sr1", from: "me", at: mon.Add(-5*24*time.Hour + 2*time.Hour), subject: "Re: Candidature Lead Développeur Backend",
					text: "Bonjour Claire, le 17 à 16h est difficile pour mon vol, serait-il possible à 14h ?\n\nSam"},
				{id: "sr3", inReplyTo: "sr2", refs: []string{"sr1", "sr2"}, at: mon.Add(-4 * 24 * time.Hour), subject: "RE: Candidature Lead Développeur Backend",
					text: "Bonjour Sam,\n\nAucun souci, c'est calé : jeudi 17 décembre à 14h dans nos locaux.\n\nClaire"},
			},
			want: []time.Time{day(10, 10, 30), day(17, 14, 0)},
		},
		{
			// A later round that says it is one is still an interview.
			name: "an interview after the welcome that says it is one",
			msgs: []msg{
				{id: "wi1", at: mon, subject: "Welcome to the team!",
					text: "Hi Sam, welcome to the team! Your contract is signed.\n\nFiona"},
				{id: "wi2", at: mon.Add(2 * time.Hour), subject: "Interview for the Principal role",
					text: "Hi Sam, for the Principal level we'd like one more interview: Wednesday 9 December 2026 at 11:30 CET.\n\nFiona"},
			},
			want: []time.Time{day(9, 11, 30)},
		},
		{
			name: "a time given as an example is offered, and the user declines",
			msgs: []msg{
				{id: "eg1", at: mon, subject: "Senior Frontend Engineer – Münchner InsurTech (remote)",
					text: "Hallo Sam,\n\nhättest du Lust auf ein kurzes Telefonat? Ich hätte z.B. Donnerstag, 10.12. um 15:00 Uhr oder Freitag Vormittag Zeit.\n\nLiebe Grüße\nVanessa"},
				{id: "eg2", inReplyTo: "eg1", from: "me", at: mon.Add(time.Hour), subject: "Re: Senior Frontend Engineer – Münchner InsurTech (remote)",
					text: "Hallo Vanessa,\n\ndanke! Ich suche nichts im Frontend, daher passe ich das Telefonat am Donnerstag lieber aus.\n\nSam"},
			},
			want: nil,
		},
		{
			name: "a move announced in a new thread headed Terminverschiebung",
			msgs: []msg{
				{id: "tv1", at: mon, subject: "Einladung zum Vorstellungsgespräch",
					text: "Guten Tag Sam Rivera,\n\nwir halten Donnerstag, den 10.12.2026 um 10:30 Uhr fest.\n\nMit freundlichen Grüßen\nKathrin Janssen"},
				{id: "tv2", at: mon.Add(72 * time.Hour), subject: "Terminverschiebung Vorstellungsgespräch Acme",
					text: "Guten Tag Sam Rivera,\n\nleider ist Herr Dr. Brandt am Donnerstag verreist. Wir haben das Gespräch daher auf Freitag, 11.12.2026, 15:00 Uhr gelegt.\n\nMit freundlichen Grüßen\nKathrin Janssen"},
			},
			want: []time.Time{day(11, 15, 0)},
		},
		{
			// Each client heads its item; the time stands on a
			// "When:" line under it. "video instead" in a conditional
			// moves neither.
			name: "an agency's two clients, each item with its When line",
			msgs: []msg{{id: "ag2", at: mon, subject: "Interviews next week - Pembroke Cider & Cask and Crown!!",
				text: "Hi Sam,\n\nHere are the details for next week:\n\n1) PEMBROKE CIDER CO. - Marketing Executive\nWhen: Tuesday 8th December, 10:00am\nWhere: Bristol\n\n" +
					"2) CASK & CROWN BREWERY - Brand Manager (Ales)\nWhen: Wednesday 9th December, 3:30pm\nWhere: Teams\n\n" +
					"If the Bristol trip is a pain let me know and I'll see if Pembroke can do video instead.\n\nCheers,\nOllie"}},
			want: []time.Time{day(8, 11, 0), day(9, 16, 30)}, // UK time: the places are in Britain
		},
		{
			name: "a recruiter's market chat about no role",
			msgs: []msg{
				{id: "mc1", at: mon, subject: "Quick catch-up before the year ends?",
					text: "Hi Sam,\n\nI'm not reaching out about a specific role this time, just keen to hear what you'd want from a move in 2027. Would Friday 11th work, maybe 4pm your time?\n\nTom"},
				{id: "mc2", inReplyTo: "mc1", from: "me", at: mon.Add(time.Hour), subject: "Re: Quick catch-up before the year ends?",
					text: "Hey Tom, sure, Friday 11th at 16:00 CET works.\n\nSam"},
				{id: "mc3", at: mon.Add(2 * time.Hour), subject: "Booked: 20 min catch-up with Tom - Fri 11 Dec, 16:00 CET",
					text: "Your meeting is booked.\n\nEvent: 20 min catch-up with Tom\nDate: Friday, 11 December 2026\nTime: 16:00 - 16:20 (Central European Time)\n\nNotes from Sam: \"Market chat, no specific role\""},
			},
			want: nil,
		},
		{
			name: "the user passes on a recruiter's only time",
			msgs: []msg{
				{id: "cd1", at: mon, subject: "Staff Engineer - Series C healthtech - remote EU",
					text: "Hi Sam,\n\nMy client is hiring a Staff Engineer. Would you be free for a quick 15-minute call on Thursday at 3pm GMT (4pm yours) so I can share more?\n\nCallum"},
				{id: "cd2", inReplyTo: "cd1", from: "me", at: mon.Add(time.Hour), subject: "Re: Staff Engineer - Series C healthtech - remote EU",
					text: "Hi Callum,\n\nThanks for thinking of me. I'm already in a few processes, so I'll pass on Thursday's call.\n\nSam"},
			},
			want: nil,
		},
		{
			name: "a friend asks the user to run an interview",
			msgs: []msg{{id: "fa1", at: mon, subject: "favour? tech interview next week",
				text: "Hey Sam,\nwe finally have a strong candidate for our backend role. Could you run the technical interview with him for us? " +
					"Thursday 17 Dec, 14:00-15:00, on Meet.\nMax"}},
			want: nil,
		},
		{
			name: "a flat share's casting for a room",
			msgs: []msg{{id: "w1", at: mon, subject: "Deine Bewerbung für unser WG-Zimmer in Friedrichshain",
				text: "Hey Sam,\n\nwir würden dich gerne zum WG-Casting einladen:\nDonnerstag, 10.12., um 19:30 Uhr\nSimon-Dach-Str. 24\n\nLiebe Grüße\nLena"}},
			want: nil,
		},
		{
			name: "a volunteer's intake",
			msgs: []msg{{id: "v1", at: mon, subject: "Uitnodiging intakegesprek vrijwilliger",
				text: "Beste Sam,\n\nWat leuk dat je je hebt aangemeld als vrijwilliger bij Buurtkeuken Oost! Voordat je begint voeren we een kort intakegesprek. " +
					"Het is geen sollicitatiegesprek - we willen vooral weten wat je leuk vindt.\n\n" +
					"Datum: zaterdag 12 december 2026\nTijd: 10:30 uur\nPlaats: Buurthuis De Meeuw, Javaplein 9, Amsterdam"}},
			want: nil,
		},
		{
			name: "a career coach's session to get ready for interviews",
			msgs: []msg{{id: "c1", at: mon, subject: "Our session on Thursday",
				text: "Hi Sam,\n\nThanks for booking - confirming our session on Thursday 10 December at 18:00 on Zoom. " +
					"Bring the job ads you're interviewing for and we'll work on your answers.\n\nAnna Weber\nCareer Coach, Weber Coaching"}},
			want: nil,
		},
		// A new mail from the employer that names the booked time and
		// offers another, agreed by the user, moves the booking, in
		// whatever words it gives the old time up.
		{
			name: "a new mail naming the booked time and offering another moves it (es)",
			msgs: []msg{
				{id: "i1", from: "ats", at: mon, subject: "Entrevista confirmada: Backend – Acme",
					text: "Te confirmamos los detalles de tu entrevista.\n\nFecha: jueves, 10 de diciembre de 2026\nHora: 16:00 – 16:45 (CET)"},
				{id: "p1", at: mon.Add(24 * time.Hour), subject: "Cambio entrevista jueves",
					text: "Hola Sam, perdona. El jueves a las 16h me han puesto un comité y no llego. ¿Te iría bien el viernes 11 a las 9:30?"},
				{id: "me1", inReplyTo: "p1", from: "me", at: mon.Add(25 * time.Hour), subject: "Re: Cambio entrevista jueves",
					text: "Sin problema, el viernes 11 a las 9:30 me va perfecto."},
			},
			want: []time.Time{day(11, 9, 30)},
		},
		{
			name: "a new mail naming the booked time and offering another moves it (de)",
			msgs: []msg{
				{id: "i1", at: mon, subject: "Ihr Vorstellungsgespräch",
					text: "Hiermit bestätigen wir Ihr Vorstellungsgespräch am Donnerstag, 10.12.2026, um 16:00 Uhr."},
				{id: "p1", at: mon.Add(24 * time.Hour), subject: "Donnerstag",
					text: "Hallo Herr Rivera, am Donnerstag um 16 Uhr sitze ich leider in einer Vorstandssitzung. Passt Ihnen stattdessen Freitag, 11.12., um 9:30 Uhr?"},
				{id: "me1", inReplyTo: "p1", from: "me", at: mon.Add(25 * time.Hour), subject: "Re: Donnerstag",
					text: "Freitag um 9:30 passt mir gut."},
			},
			want: []time.Time{day(11, 9, 30)},
		},
		{
			name: "an office's answer to the user's letter about an appointment",
			msgs: []msg{
				{id: "u1", from: "me", at: mon, subject: "Rückfrage zu Unterlagen für den Termin am 14.12.",
					text: "Den Termin am Montag, 14.12.2026 um 09:40 Uhr nehme ich gern wahr. Reicht der Arbeitsvertrag im Original?"},
				{id: "o1", inReplyTo: "u1", at: mon.Add(24 * time.Hour), subject: "AW: Rückfrage zu Unterlagen für den Termin am 14.12.",
					text: "Das Original reicht. Den Termin am 14.12.2026, 09:40 Uhr, habe ich für Sie vermerkt."},
			},
			want: nil,
		},
		{
			name: "an answer to the user's reply to a chat proposal",
			msgs: []msg{
				{id: "c1", at: mon, subject: "Quick chat?", text: "We're hiring our first Staff Engineer. Up for a 30 min call this week?"},
				{id: "u1", inReplyTo: "c1", from: "me", at: mon.Add(time.Hour), subject: "Re: Quick chat?", text: "Happy to. Wednesday or Thursday afternoon works."},
				{id: "c2", inReplyTo: "u1", at: mon.Add(2 * time.Hour), subject: "Re: Quick chat?", text: "Amazing. Let's do Wednesday at 16:00 then."},
			},
			want: []time.Time{day(9, 16, 0)},
		},
		{
			name: "a second interview offered after the first was held is another interview",
			msgs: []msg{
				{id: "i1", at: mon, subject: "Interview confirmed",
					text: "Your interview is confirmed for Tuesday 8 December at 10:00."},
				{id: "p1", at: day(9, 12, 0), subject: "Next step",
					text: "Thanks for Tuesday at 10:00, the team enjoyed it. Could you meet our CTO on Monday 14 December at 15:00?"},
				{id: "me1", inReplyTo: "p1", from: "me", at: day(9, 13, 0), subject: "Re: Next step",
					text: "Monday at 15:00 works for me."},
			},
			want: []time.Time{day(8, 10, 0), day(14, 15, 0)},
		},
		{
			// No interview word anywhere: the writer hires for a job he
			// names and asks to meet; the reply that fixes the time is
			// the interview.
			name: "a hiring manager's coffee about a job he names",
			msgs: []msg{
				{id: "h1", at: mon, subject: "Anna meinte, ich soll mich mal melden",
					text: "Hallo Sam,\n\nWir suchen bei Acme gerade eine:n Teamlead Platform – sechs Leute, Go und Kubernetes.\n\nHättest du Lust, dich nächste Woche mal auf einen Kaffee zu treffen?\n\nBeste Grüße\nStefan"},
				{id: "h2", inReplyTo: "h1", from: "me", at: mon.Add(3 * time.Hour), subject: "Re: Anna meinte, ich soll mich mal melden",
					text: "Hallo Stefan, gern! Dienstag oder Mittwoch nachmittags passt mir gut."},
				{id: "h3", inReplyTo: "h2", refs: []string{"h1", "h2"}, at: mon.Add(6 * time.Hour), subject: "Re: Anna meinte, ich soll mich mal melden",
					text: "Super, dann lass uns Mittwoch, den 9.12., um halb drei machen – im Café Kohlenquelle.\n\nBis dann!\nStefan"},
			},
			want: []time.Time{day(9, 14, 30)},
		},
		{
			// The same coffee to ask whom the user would recommend.
			name: "a coffee about someone else for the job",
			msgs: []msg{
				{id: "r1", at: mon, subject: "Kurze Frage",
					text: "Hallo Sam,\n\nWir suchen bei Acme gerade eine:n Teamlead Platform. Kennst du jemanden, der passen könnte? Lass uns doch nächste Woche auf einen Kaffee treffen.\n\nStefan"},
				{id: "r2", inReplyTo: "r1", from: "me", at: mon.Add(3 * time.Hour), subject: "Re: Kurze Frage",
					text: "Hallo Stefan, gern! Mittwoch nachmittags passt mir gut."},
				{id: "r3", inReplyTo: "r2", refs: []string{"r1", "r2"}, at: mon.Add(6 * time.Hour), subject: "Re: Kurze Frage",
					text: "Super, dann Mittwoch, den 9.12., um halb drei im Café Kohlenquelle."},
			},
			want: nil,
		},
		{
			// The employer's person moves the calendar's interview in
			// the present tense.
			name: "a calendar interview moved in words, in the present tense",
			msgs: []msg{
				{id: "g1", from: "gcal", at: day(9, 17, 0), subject: "Invitation mise à jour"},
				{id: "m1", at: day(10, 9, 0), subject: "Re: interview on 17 December",
					text: "Dzień dobry,\n\nnie ma problemu. Przesuwamy rozmowę na piątek 18.12 o godz. 10:00.\n\nPozdrawiam\nJo"},
			},
			want: []time.Time{day(18, 10, 0)},
		},
		{
			// The employer asks to move it and offers one time; the
			// user's yes moves the interview, it adds none.
			name: "a move offered by the employer and taken by the user",
			msgs: []msg{
				{id: "b1", from: "ats", at: day(9, 17, 0), subject: "Bekräftelse: Intervju – Senior backendutvecklare",
					text: "Hej Sam,\n\ndin intervju är bokad: torsdag 17 december kl. 14:30.\n\nMed vänlig hälsning\nAcme"},
				{id: "o1", at: day(10, 9, 0), subject: "Vår intervju – kan vi flytta?",
					text: "Hej Sam,\n\ntyvärr behöver vi flytta vår intervju. Skulle det funka att köra fredag 18/12 kl. 10.00 istället?\n\nJo"},
				{id: "a1", inReplyTo: "o1", from: "me", at: day(10, 11, 0), subject: "Re: Vår intervju – kan vi flytta?",
					text: "Hej Jo, ja, det funkar bra!\n\nSam"},
			},
			want: []time.Time{day(18, 10, 0)},
		},
		{
			// The one time offered is answered, but the answer turns
			// the whole opportunity down: no interview.
			name: "an offer the user declines as a whole",
			msgs: []msg{
				{id: "o1", at: mon, subject: "Oportunidade - Staff Engineer (Braga / remoto)",
					text: "Bom dia Sam,\n\nTeria disponibilidade para uma chamada de 20 minutos na quinta-feira, 10 de dezembro, às 11h (hora de Portugal)?\n\nMarta"},
				{id: "d1", inReplyTo: "o1", from: "me", at: mon.Add(3 * time.Hour), subject: "Re: Oportunidade - Staff Engineer (Braga / remoto)",
					text: "Bom dia Marta,\n\nMuito obrigado pelo contacto. De momento estou contente na Globex e não estou à procura de novas oportunidades, por isso prefiro não avançar com a chamada.\n\nSam"},
			},
			want: nil,
		},
		{
			// A recap lists both rounds again: the one the user kept,
			// and the other at the time agreed since. The second round
			// moves; there are not three.
			name: "a recap of the stages moves the one asked to move",
			msgs: []msg{
				{id: "s1", at: mon, subject: "Dora Robotics - i prossimi step",
					text: "Ciao Sam,\n\nti scrivo per fissare i due colloqui previsti dal nostro processo:\n\n" +
						"1) colloquio tecnico con Luca e Marco (team Cloud) — venerdì 11 dicembre, ore 9:30, su Google Meet, circa un'ora e mezza;\n" +
						"2) colloquio finale con Elena, la nostra CEO — martedì 15 dicembre alle 17, sempre online, 45 minuti.\n\n" +
						"Se una delle due non ti torna fammi sapere.\n\nUn saluto,\nFrancesca"},
				{id: "s2", inReplyTo: "s1", from: "me", at: mon.Add(3 * time.Hour), subject: "Re: Dora Robotics - i prossimi step",
					text: "Ciao Francesca,\n\ngrazie! Venerdì 11 alle 9:30 va benissimo.\nIl 15 invece alle 17 sono in volo :( sarebbe possibile fare il colloquio con Elena mercoledì 16 o giovedì 17?\n\nSam"},
				{id: "s3", inReplyTo: "s2", refs: []string{"s1", "s2"}, at: mon.Add(6 * time.Hour), subject: "Re: Dora Robotics - i prossimi step",
					text: "Ciao Sam,\n\nnessun problema! Elena può giovedì 17 dicembre alle 18.\n\nRiepilogando:\n- ven 11/12 ore 9:30 – colloquio tecnico con Luca e Marco\n- gio 17/12 ore 18:00 – colloquio con Elena\n\nA presto!\nFrancesca"},
			},
			want: []time.Time{day(11, 9, 30), day(17, 18, 0)},
		},
	}
	tests = append(tests, struct {
		name string
		msgs []msg
		want []time.Time
	}{
		name: "a stranger in the thread moves nothing to the same time elsewhere",
		msgs: []msg{
			{id: "i1", at: mon, subject: "Interview confirmed", text: "Your interview is confirmed for Wednesday 9 December at 10:00."},
			{id: "r1", inReplyTo: "i1", from: "stranger", at: mon.Add(time.Hour), subject: "Re: Interview confirmed",
				text: "Could we reschedule to Friday 11 December, same time?"},
		},
		want: []time.Time{day(9, 10, 0)},
	})
	cfg := sampleConfig()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var msgs []mail.Message
			for _, m := range tc.msgs {
				from := addr("Jo Park", "jo.park@acme.example")
				to := addr("Sam Rivera", "sam.rivera@example.org")
				switch m.from {
				case "me":
					from, to = to, from
				case "stranger":
					from = addr("Mallory", "mallory@outsider.example")
				case "ats":
					from = addr("Acme", "no-reply@ashbyhq.com")
				case "olivia":
					from = addr("Olivia", "noreply@paradox.ai")
				case "calendly":
					from = addr("Calendly", "notifications@calendly.com")
				case "gcal":
					from = addr("Jo Park", "jo.park@acme.example")
				default:
					// "Name <address>": a sender of the case's own.
					if name, email, ok := strings.Cut(strings.TrimSuffix(m.from, ">"), " <"); ok {
						from = addr(name, email)
					}
				}
				if m.id == "f1" {
					from = addr("Alex", "alex.kim@gmail.com")
				}
				if m.to == "work" {
					to = addr("Sam Rivera", "sam@globex.example")
				} else if name, email, ok := strings.Cut(strings.TrimSuffix(m.to, ">"), " <"); ok {
					// Someone else, the user in Bcc.
					to = addr(name, email)
				}
				mm := mail.Message{Summary: mail.Summary{MessageID: m.id, Date: m.at, Subject: m.subject, From: from, To: to}, Text: m.text}
				if m.from == "gcal" {
					// Google Calendar's update of an invitation whose first
					// version the mailbox does not hold.
					mm.HasCalendar, mm.Text = true, "Invitation mise à jour"
					mm.Calendars = [][]byte{[]byte(strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0",
						"PRODID:-//Google Inc//Google Calendar 70.9054//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
						"DTSTART;TZID=Europe/Berlin:20261217T143000", "DTEND;TZID=Europe/Berlin:20261217T151500",
						"DTSTAMP:20261209T170000Z", "UID:g1@google.com", "SEQUENCE:1", "SUMMARY:Entretien Product Designer",
						"ORGANIZER;CN=Jo Park:mailto:jo.park@acme.example",
						"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Rivera:mailto:sam.rivera@example.org",
						"END:VEVENT", "END:VCALENDAR", ""}, "\r\n"))}
				}
				if m.inReplyTo != "" {
					mm.InReplyTo, mm.References = []string{m.inReplyTo}, []string{m.inReplyTo}
					if m.refs != nil {
						mm.References = m.refs
					}
				}
				msgs = append(msgs, mm)
			}
			ivs := interview.Build(msgs, nil, cfg)
			var got []time.Time
			for _, iv := range ivs {
				got = append(got, iv.Start)
			}
			if len(got) != len(tc.want) {
				var why []string
				for _, iv := range ivs {
					why = append(why, iv.Evidence)
				}
				t.Fatalf("interviews at %v, want %v (%q)", got, tc.want, why)
			}
			for i := range got {
				if !got[i].Equal(tc.want[i]) {
					t.Errorf("interview %d at %s, want %s (%s)", i, got[i], tc.want[i], ivs[i].Evidence)
				}
			}
		})
	}
}

// TestStatusFromASchedulingSystem: a tracking system writes each notice
// as a new message from its own address; the company it names ties a
// rejection to the interview, and only that company's.
func TestStatusFromASchedulingSystem(t *testing.T) {
	at := func(d, h int) time.Time { return time.Date(2026, 11, d, h, 0, 0, 0, time.UTC) }
	invite := mail.Message{Summary: mail.Summary{MessageID: "i1@sapsf.example", Date: at(16, 9),
		Subject: "Invito a colloquio - Navigli Tech", From: addr("Navigli Tech Recruiting", "no-reply@successfactors.eu"),
		To: addr("Sam Rivera", "sam.rivera@example.org")},
		Text: "Gentile Sam, La invitiamo a un colloquio con Navigli Tech giovedì 19 novembre 2026 alle ore 10:00."}
	tests := []struct {
		name, company string
		want          interview.Status
	}{
		{"the company of the interview", "Navigli Tech", interview.Rejected},
		{"another company", "Brera Systems", interview.Scheduled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			outcome := mail.Message{Summary: mail.Summary{MessageID: "o1@sapsf.example", Date: at(24, 16),
				Subject: "Esito candidatura - " + tc.company, From: addr(tc.company+" Recruiting", "no-reply@successfactors.eu"),
				To: addr("Sam Rivera", "sam.rivera@example.org")},
				Text: "Dopo un'attenta valutazione, abbiamo deciso di proseguire con altri candidati."}
			ivs := interview.Build([]mail.Message{invite, outcome}, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("Build found %d interviews, want 1", len(ivs))
			}
			if ivs[0].Status != tc.want {
				t.Errorf("Status = %s (%s), want %s", ivs[0].Status, ivs[0].StatusReason, tc.want)
			}
		})
	}
}

// TestStatusAfterAHardChoice: "a difficult decision" leads to a no only
// with another candidate after it; good news may begin the same way.
func TestStatusAfterAHardChoice(t *testing.T) {
	at := func(d, h int) time.Time { return time.Date(2026, 11, d, h, 0, 0, 0, time.UTC) }
	eva := addr("Eva Smit", "eva.smit@dijkhuis.example")
	invite := mail.Message{Summary: mail.Summary{MessageID: "i1@dijkhuis.example", Date: at(20, 9),
		Subject: "Uitnodiging voor een gesprek – Product Manager", From: eva, To: addr("Sam Rivera", "sam.rivera@example.org")},
		Text: "Hoi Sam,\n\nHierbij bevestig ik ons gesprek op donderdag 26 november om 13:30 uur."}
	for _, tc := range []struct {
		name, text string
		want       interview.Status
	}{
		{"another candidate (nl)", "Nogmaals bedankt voor het fijne gesprek. We hebben een lastige keuze moeten maken. Hoewel we erg onder de indruk waren, " +
			"hebben we besloten verder te gaan met een kandidaat wiens profiel nog net iets beter aansluit.", interview.Rejected},
		{"another candidate (en)", "Thanks again for Thursday. This was a tough decision, but we have decided to go with another candidate.", interview.Rejected},
		{"other candidates in the inclusive form (de)", "Nach reiflicher Überlegung haben wir uns entschieden, den Prozess mit anderen Kandidat:innen fortzusetzen.", interview.Rejected},
		{"good news after a hard choice", "Thanks again for Thursday. This was a tough decision, but we'd love you to join us for the next round!", interview.Scheduled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			outcome := mail.Message{Summary: mail.Summary{MessageID: "o1@dijkhuis.example", Date: at(30, 16),
				Subject: "Je sollicitatie bij Dijkhuis", From: eva, To: addr("Sam Rivera", "sam.rivera@example.org")}, Text: tc.text}
			ivs := interview.Build([]mail.Message{invite, outcome}, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("Build found %d interviews, want 1", len(ivs))
			}
			if ivs[0].Status != tc.want {
				t.Errorf("Status = %s (%s), want %s", ivs[0].Status, ivs[0].StatusReason, tc.want)
			}
		})
	}
}

// TestOneMessageSeveralOrganisations: an agency confirms interviews with
// two clients in one mail, one to a line; each is an interview of its
// own, under its own ID. One organisation's sessions stay one interview.
func TestOneMessageSeveralOrganisations(t *testing.T) {
	cfg := sampleConfig()
	at := time.Date(2026, 11, 20, 9, 31, 0, 0, time.UTC)
	agency := mail.Message{Summary: mail.Summary{
		MessageID: "all-confirmed@agency.example", Date: at, Subject: "RE: Brightwater + Calder & Finch - next steps",
		From: addr("Tom Ashcroft", "tom@harlowtalent.example"), To: addr("Sam Rivera", "sam.rivera@example.org"),
	}, Text: "Morning Sam,\n\nAll confirmed:\n\nBrightwater Insurance – Wednesday 2 December, 2.30pm–3.30pm (UK time), Microsoft Teams with Rachel Osei.\n" +
		"Calder & Finch – Friday 4 December, 11.00am, 3rd Floor, 88 Curtain Road, London. Ask for Mark Pryce at reception.\n\nTom"}
	ivs := interview.Build([]mail.Message{agency}, nil, cfg)
	if len(ivs) != 2 {
		t.Fatalf("Build found %d interviews, want 2: %+v", len(ivs), ivs)
	}
	london := mustZone(t, "Europe/London")
	want := []struct {
		company string
		start   time.Time
	}{
		{"Brightwater Insurance", time.Date(2026, 12, 2, 14, 30, 0, 0, london)},
		{"Calder & Finch", time.Date(2026, 12, 4, 11, 0, 0, 0, london)},
	}
	for i, w := range want {
		if ivs[i].Company != w.company || !ivs[i].Start.Equal(w.start) {
			t.Errorf("interview %d: %q at %s, want %q at %s", i, ivs[i].Company, ivs[i].Start, w.company, w.start)
		}
	}
	if ivs[0].ID == ivs[1].ID {
		t.Errorf("both interviews have ID %s", ivs[0].ID)
	}

	sessions := mail.Message{Summary: mail.Summary{
		MessageID: "onsite@acme.example", Date: at, Subject: "Your onsite schedule",
		From: addr("Jo Park", "jo.park@acme.example"), To: addr("Sam Rivera", "sam.rivera@example.org"),
	}, Text: "Hi Sam, your onsite interview is confirmed.\n\nStart: Wednesday 2 December, 10:00 CET\nEnd: Wednesday 2 December, 14:00 CET\n\nJo"}
	if ivs := interview.Build([]mail.Message{sessions}, nil, cfg); len(ivs) != 1 {
		t.Errorf("one organisation's schedule made %d interviews, want 1", len(ivs))
	}
}

// TestCancellations: an interview called off in words, however the mail
// builds its sentences.
func TestCancellations(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	mon := time.Date(2026, 12, 7, 9, 0, 0, 0, berlin)
	recruiter := addr("Chloé Favre", "chloe.favre@leman.example")
	me := addr("Sam Rivera", "sam.rivera@example.org")
	tests := []struct {
		name string
		msgs []mail.Message
	}{
		{"the time in one sentence, the cancellation in the next, with a typographic apostrophe", []mail.Message{
			{Summary: mail.Summary{MessageID: "i1", Date: mon, Subject: "Votre candidature", From: recruiter, To: me},
				Text: "Nous avons le plaisir de vous inviter à un entretien le mercredi 16 décembre à 14h00, par Teams."},
			{Summary: mail.Summary{MessageID: "c1", Date: mon.Add(48 * time.Hour), Subject: "Re: Votre candidature", From: recruiter, To: me,
				InReplyTo: []string{"i1"}, References: []string{"i1"}},
				Text: "Je reviens vers vous au sujet de l’entretien prévu ce mercredi 16 décembre à 14h00.\n\nJe suis au regret de vous informer que nous devons l’annuler : le recrutement est gelé."},
		}},
		{"a scheduling system's notice that the recruiter canceled", []mail.Message{
			{Summary: mail.Summary{MessageID: "k1", Date: mon, Subject: "New Event: 30 Minute Recruiter Screen - Ashgrove Health with Tasha Greenberg on Wednesday, December 16, 2026",
				From: addr("Calendly", "notifications@calendly.com"), ReplyTo: addr("Tasha Greenberg", "tasha@ashgrove.example"), To: me},
				Text: "A new event has been scheduled.\n\nEvent Type: 30 Minute Recruiter Screen – Ashgrove Health\n" +
					"Event Date/Time: 04:00pm - 04:30pm (Central European Time) on Wednesday, December 16, 2026"},
			{Summary: mail.Summary{MessageID: "k2", Date: mon.Add(24 * time.Hour), Subject: "Canceled: 30 Minute Recruiter Screen - Ashgrove Health with Tasha Greenberg on Wednesday, December 16, 2026",
				From: addr("Calendly", "notifications@calendly.com"), ReplyTo: addr("Tasha Greenberg", "tasha@ashgrove.example"), To: me},
				Text: "Tasha Greenberg has canceled the event below.\n\nEvent Type: 30 Minute Recruiter Screen – Ashgrove Health\n" +
					"Event Date/Time: 04:00pm - 04:30pm (Central European Time) on Wednesday, December 16, 2026\n\n" +
					"Cancellation reason: so sorry, the backend req was just put on hold for Q1 budget reasons."},
		}},
		// "they've cancelled": English's perfect, its auxiliary cut short.
		{"an agency's 'they've cancelled all interviews incl. Thursday's'", []mail.Message{
			{Summary: mail.Summary{MessageID: "pe1", Date: mon, Subject: "Interview confirmation - Pilbara Ore Systems", From: recruiter, To: me},
				Text: "Hi Sam,\n\nWhen: Thursday 17/12, 4:00pm CET, on Zoom with Shane.\n\nJarrod"},
			{Summary: mail.Summary{MessageID: "pe2", Date: mon.Add(48 * time.Hour), Subject: "Re: Interview confirmation - Pilbara Ore Systems", From: recruiter, To: me,
				InReplyTo: []string{"pe1"}, References: []string{"pe1"}},
				Text: "Hi Sam,\n\nBad news sorry mate - Pilbara have put the role on hold, so they've cancelled all interviews incl. Thursday's.\n\nJarrod"},
		}},
		// The recruiter writes anew, in Portuguese: "preciso cancelar".
		{"a recruiter calls off the system's booking in a mail of her own (pt)", []mail.Message{
			{Summary: mail.Summary{MessageID: "kb1", Date: mon, Subject: "Jabuticaba Saúde | Próxima etapa: Entrevista com a Gestora",
				From: addr("Jabuticaba Saúde", "noreply@mg.kenoby.com"), To: me},
				Text: "Olá Sam!\n\nSua próxima etapa é uma entrevista com a gestora.\n\nData: 21/12 (segunda-feira), às 16h\nDuração: 45 minutos\n\nDúvidas: beatriz.moura@jabuticabasaude.example"},
			{Summary: mail.Summary{MessageID: "kb2", Date: mon.Add(48 * time.Hour), Subject: "Sobre a entrevista de segunda (21/12)",
				From: addr("Beatriz Moura", "beatriz.moura@jabuticabasaude.example"), To: me},
				Text: "Oi Sam,\n\nInfelizmente preciso cancelar nossa conversa de segunda-feira (21/12) com a Renata: a vaga foi congelada.\n\nBeatriz Moura\nTalent Acquisition | Jabuticaba Saúde"},
		}},
		// A council's hiring system booked it under the Welsh name; HR
		// writes from a domain that holds the name's word, and names the
		// slot.
		{"HR calls off a slot the hiring system booked, from a domain with the name's word", []mail.Message{
			{Summary: mail.Summary{MessageID: "tp1", Date: mon, Subject: "Gwahoddiad i Gyfweliad / Invitation to Interview – Data and Insight Officer",
				From: addr("Cyngor Sir Glanrhyd", "noreply@glanrhyd.tribepad.com"), To: me},
				Text: "Dear Sam,\n\nWe are pleased to invite you to interview.\n\nDate: Thursday 17/12/2026\nTime: 11:00\nLocation: Neuadd y Sir"},
			{Summary: mail.Summary{MessageID: "tp2", Date: mon.Add(72 * time.Hour), Subject: "Interview 17/12 - Data and Insight Officer - CANCELLED",
				From: addr("Siân Prydderch", "sian.prydderch@glanrhyd-cc.example"), To: me},
				Text: "Dear Sam,\n\nThe post has been withdrawn. This means that your interview on Thursday 17th December at 11:00 is cancelled.\n\nSiân Prydderch\nHR Advisor"},
		}},
		{"a hiring system's subject names the cancellation, its text the time called off (de)", []mail.Message{
			{Summary: mail.Summary{MessageID: "sg1", Date: mon, Subject: "Einladung zum Vorstellungsgespräch – Embedded Software Entwickler:in",
				From: addr("Murtal Robotics GmbH", "no-reply@softgarden.io"), To: me},
				Text: "Sehr geehrter Herr Rivera,\n\nwir laden Sie zu einem Vorstellungsgespräch ein:\n\nWann: Donnerstag, 17.12.2026, 13:30 – 14:30 Uhr\nWo: Graz"},
			{Summary: mail.Summary{MessageID: "sg2", Date: mon.Add(48 * time.Hour), Subject: "Absage Ihres Termins am 17.12.2026 – Murtal Robotics GmbH",
				From: addr("Murtal Robotics GmbH", "no-reply@softgarden.io"), To: me},
				Text: "Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihren Termin am Donnerstag, 17.12.2026 um 13:30 Uhr absagen, da unser Teamleiter erkrankt ist. " +
					"Wir melden uns mit einem neuen Terminvorschlag bei Ihnen."},
		}},
		// A job board passes on the employer's cancellation, and ends it
		// with "similar jobs", as its alerts do.
		{"a job board's notice of the employer's cancellation", []mail.Message{
			{Summary: mail.Summary{MessageID: "in1", Date: mon, Subject: "Interview confirmed: Backend Developer (Go) at Tulpenveld Software B.V.",
				From: addr("Indeed", "invitationtointerview@indeed.com"), To: me},
				Text: "Your interview is confirmed.\n\nBackend Developer (Go)\nWednesday, December 16, 2026 11:00 AM – 11:30 AM (CET)\nVideo interview on Indeed"},
			{Summary: mail.Summary{MessageID: "in2", Date: mon.Add(48 * time.Hour), Subject: "Interview canceled: Backend Developer (Go) at Tulpenveld Software B.V.",
				From: addr("Indeed", "invitationtointerview@indeed.com"), To: me},
				Text: "Tulpenveld Software B.V. canceled your interview\n\nBackend Developer (Go)\nWed, Dec 16 · 11:00 AM (CET)\n\n" +
					"We know this is disappointing. Here are similar jobs you might like:\n  - Go Developer – Fabrikam Logistics, Amersfoort"},
		}},
		{"the recruiter cancels in the first person (pl)", []mail.Message{
			{Summary: mail.Summary{MessageID: "pl1", Date: mon, Subject: "Zaproszenie na rozmowę - Senior Java Developer", From: recruiter, To: me},
				Text: "Zapraszam na rozmowę w czwartek, 17 grudnia, o godz. 10:00."},
			{Summary: mail.Summary{MessageID: "pl2", Date: mon.Add(48 * time.Hour), Subject: "RE: Zaproszenie na rozmowę - Senior Java Developer", From: recruiter, To: me,
				InReplyTo: []string{"pl1"}, References: []string{"pl1"}},
				Text: "Z przykrością muszę poinformować, że rekrutacja została wstrzymana. W związku z tym muszę odwołać naszą rozmowę zaplanowaną na 17 grudnia."},
		}},
		{"a word between the verb and its participle", []mail.Message{
			{Summary: mail.Summary{MessageID: "a1", Date: mon, Subject: "Entretien Vermeil Assurances - Responsable Data", From: recruiter, To: me},
				Text: "Le premier entretien aurait lieu le mercredi 16 décembre à 9h30, en visio (Teams)."},
			{Summary: mail.Summary{MessageID: "a2", Date: mon.Add(48 * time.Hour), Subject: "RE: Entretien Vermeil Assurances - Responsable Data", From: recruiter, To: me,
				InReplyTo: []string{"a1"}, References: []string{"a1"}},
				Text: "Vermeil Assurances vient de m'informer que le recrutement du poste est gelé. L'entretien de mercredi prochain est donc annulé."},
		}},
		{"a hiring system's mail calls off its meeting in the present tense (sv)", []mail.Message{
			{Summary: mail.Summary{MessageID: "tt1", Date: mon, Subject: "Bokningsbekräftelse: Träff med teamet – Fjällkod",
				From: addr("Johanna Ek via Fjällkod", "no-reply@teamtailor.com"), To: me},
				Text: "Hej Sam!\n\nDin bokning är bekräftad.\n\nTräff med teamet – Tech Lead\ntorsdag 17 december 2026\n13:00 - 14:00 (Europe/Stockholm)"},
			{Summary: mail.Summary{MessageID: "tt2", Date: mon.Add(48 * time.Hour), Subject: "Angående torsdagens träff",
				From: addr("Johanna Ek via Fjällkod", "no-reply@teamtailor.com"), To: me},
				Text: "Hej Sam,\n\nTyvärr måste jag meddela att vi ställer in vår träff på torsdag den 17 december. Rekryteringen är pausad."},
		}},
		{"a modal and its infinitive parted by an adverb (cs)", []mail.Message{
			{Summary: mail.Summary{MessageID: "cz1", Date: mon, Subject: "Pozvánka na pohovor – QA inženýr", From: recruiter, To: me},
				Text: "Rád bych Vás pozval na pohovor, který proběhne ve čtvrtek 17. 12. 2026 v 9:00."},
			{Summary: mail.Summary{MessageID: "cz2", Date: mon.Add(48 * time.Hour), Subject: "RE: Pozvánka na pohovor – QA inženýr", From: recruiter, To: me,
				InReplyTo: []string{"cz1"}, References: []string{"cz1"}},
				Text: "omlouvám se, ale náš pohovor naplánovaný na čtvrtek 17. 12. v 9:00 musíme bohužel zrušit. Pozici jsme obsadili interně."},
		}},
		// The user calls it off: no thank-you for an interview the user
		// withdrew from, whether or not the employer answers.
		{"the user withdraws in the thread (en)", []mail.Message{
			{Summary: mail.Summary{MessageID: "w1", Date: mon, Subject: "Interview – Data Engineer", From: recruiter, To: me},
				Text: "Hi Sam, your interview is confirmed for Thursday, 17 December 2026 at 10:00 CET on Teams."},
			{Summary: mail.Summary{MessageID: "w2", Date: mon.Add(24 * time.Hour), Subject: "Re: Interview – Data Engineer", From: me, To: recruiter,
				InReplyTo: []string{"w1"}, References: []string{"w1"}},
				Text: "Hi Chloé,\n\nI have accepted another offer, so I'd like to withdraw my application. Thank you for your time.\n\nSam\n\nOn Mon, Chloé wrote:\n> your interview is confirmed"},
		}},
		{"the user withdraws in a new mail to the employer (de)", []mail.Message{
			{Summary: mail.Summary{MessageID: "w3", Date: mon, Subject: "Einladung zum Vorstellungsgespräch", From: recruiter, To: me},
				Text: "Wir laden Sie ein: Donnerstag, 17. Dezember 2026, 10:00 Uhr."},
			{Summary: mail.Summary{MessageID: "w4", Date: mon.Add(24 * time.Hour), Subject: "Meine Bewerbung", From: me, To: recruiter},
				Text: "Sehr geehrte Frau Favre,\n\nhiermit ziehe ich meine Bewerbung zurück, da ich mich für eine andere Stelle entschieden habe."},
		}},
		{"the employer confirms it has called it off (fr)", []mail.Message{
			{Summary: mail.Summary{MessageID: "w5", Date: mon, Subject: "Votre candidature", From: recruiter, To: me},
				Text: "Nous avons le plaisir de vous inviter à un entretien le mardi 5 janvier 2027 à 11h."},
			{Summary: mail.Summary{MessageID: "w6", Date: mon.Add(24 * time.Hour), Subject: "RE: Votre candidature", From: recruiter, To: me,
				InReplyTo: []string{"w5"}, References: []string{"w5"}},
				Text: "Merci de nous avoir prévenus. J'ai bien annulé l'entretien du 5 janvier dans nos agendas."},
		}},
		{"a reference number in the sentence that cancels", []mail.Message{
			{Summary: mail.Summary{MessageID: "t1", Date: mon, Subject: "Convocatoria de entrevista", From: addr("Grupo Ibervía", "no-reply@taleo.net"), To: me},
				Text: "Fecha: miércoles, 16 de diciembre de 2026\nHora: 11:30 h"},
			{Summary: mail.Summary{MessageID: "t2", Date: mon.Add(48 * time.Hour), Subject: "Cancelación de entrevista - Analista de Datos (Ref. 2600418)", From: addr("Grupo Ibervía", "no-reply@taleo.net"), To: me},
				Text: "Le informamos de que la entrevista prevista para el miércoles, 16 de diciembre de 2026 a las 11:30 h, correspondiente al puesto de Analista de Datos (Ref. 2600418), ha sido cancelada."},
		}},
		// A public service cancels the whole selection process, and the
		// interview with it in the next sentence, in each of its two
		// languages; the French opens with a regret.
		{"a selection process cancelled, the interview in the next sentence", []mail.Message{
			{Summary: mail.Summary{MessageID: "gc1", Date: mon, Subject: "Selection process 26-CNIA-EA-0471 - Invitation to an interview",
				From: addr("CNIA Staffing", "staffing@cnia.example"), To: me},
				Text: "Dear Sam Rivera,\n\nWe are pleased to invite you to an interview.\n\nDate: Wednesday, December 16, 2026\nTime: 1:30 p.m. to 3:00 p.m. (Eastern Time)\nLocation: Microsoft Teams"},
			{Summary: mail.Summary{MessageID: "gc2", Date: mon.Add(48 * time.Hour), Subject: "Selection process 26-CNIA-EA-0471 - Notice",
				From: addr("CNIA Staffing", "staffing@cnia.example"), To: me},
				Text: "Dear Sam Rivera,\n\nFollowing a review of the Agency's operational requirements, selection process 26-CNIA-EA-0471 has been cancelled.\n\n" +
					"As a result, the interview scheduled for Wednesday, December 16, 2026 at 1:30 p.m. (Eastern Time) is cancelled."},
		}},
		{"a regret for a cancelled process (fr)", []mail.Message{
			{Summary: mail.Summary{MessageID: "gf1", Date: mon, Subject: "Processus de sélection 26-CNIA-EA-0471 - Convocation à une entrevue",
				From: addr("Dotation ACIN", "dotation@acin.example"), To: me},
				Text: "Bonjour Sam Rivera,\n\nNous avons le plaisir de vous convoquer à une entrevue.\n\nDate : le mercredi 16 décembre 2026\nHeure : de 13 h 30 à 15 h (heure de l'Est)"},
			{Summary: mail.Summary{MessageID: "gf2", Date: mon.Add(48 * time.Hour), Subject: "Processus de sélection 26-CNIA-EA-0471 - Annulation",
				From: addr("Dotation ACIN", "dotation@acin.example"), To: me},
				Text: "Bonjour Sam Rivera,\n\nNous avons le regret de vous informer qu'à la suite d'un examen des besoins opérationnels de l'Agence, le processus de sélection 26-CNIA-EA-0471 a été annulé.\n\n" +
					"Par conséquent, l'entrevue prévue le mercredi 16 décembre 2026 à 13 h 30 (heure de l'Est) est annulée."},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("Build found %d interviews, want 1", len(ivs))
			}
			if ivs[0].Status != interview.Cancelled {
				t.Errorf("Status = %s (%s), want cancelled", ivs[0].Status, ivs[0].StatusReason)
			}
		})
	}
}

// TestUserConfirmsInWriting: an interview agreed on the phone is known
// from the letter in which the user confirms it, and only from such a
// letter.
func TestUserConfirmsInWriting(t *testing.T) {
	at := time.Date(2026, 11, 26, 11, 40, 0, 0, time.UTC)
	me := addr("Sam Rivera", "sam.rivera@example.org")
	letter := func(subject, to, text string) mail.Message {
		return mail.Message{Summary: mail.Summary{MessageID: "u1@example.org", Date: at, Subject: subject, From: me, To: addr("", to)}, Text: text}
	}
	const confirm = "Thank you for the call this morning.\n\nConfirming our call on Tuesday 8 December at 15:00 CET – the technical interview with Arjun Menon.\n\nBest regards,\nSam"
	tests := []struct {
		name    string
		m       mail.Message
		company string // "" when no interview
	}{
		{"to the recruiter", letter("Senior Backend Engineer – Nilgiri Systems", "priya@nilgiri.example", confirm), "Nilgiri Systems"},
		{"a rehearsal with a friend", letter("Mock interview", "alex@friends.example", "Confirming our mock interview on Tuesday 8 December at 19:00."), ""},
		{"a question, not a confirmation", letter("Interview", "priya@nilgiri.example", "Could we do the interview on Tuesday 8 December at 15:00 CET?"), ""},
		{"to a colleague", letter("Interview panel", "bob@globex.example", "Confirming the interview on Tuesday 8 December at 15:00 CET with the candidate."), ""},
		{"to a candidate, for the user's own employer", letter("Interview for the Backend Engineer role at Globex", "jordan.pike@fastmail.example",
			"Thanks for applying for the Backend Engineer role. I'd like to confirm a technical interview with me and Wei on Tuesday 8 December at 15:00 CET."), ""},
		{"inviting a candidate", letter("Technical interview", "jordan.pike@fastmail.example",
			"I'm the engineering manager for the payments team. I'd like to invite you to a technical interview with me and Wei, confirmed for Tuesday 8 December at 15:00 CET."), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build([]mail.Message{tc.m}, nil, sampleConfig())
			if tc.company == "" {
				if len(ivs) != 0 {
					t.Errorf("Build found %+v, want none", ivs)
				}
				return
			}
			if len(ivs) != 1 {
				t.Fatalf("Build found %d interviews, want 1", len(ivs))
			}
			want := time.Date(2026, 12, 8, 14, 0, 0, 0, time.UTC)
			if iv := ivs[0]; iv.Company != tc.company || !iv.Start.Equal(want) || iv.Organizer.Email != "priya@nilgiri.example" {
				t.Errorf("got %q at %s organised by %q, want %q at %s by priya", iv.Company, iv.Start, iv.Organizer.Email, tc.company, want)
			}
		})
	}
}

// TestOrganisationAppliedToSendsOtherMail: an organisation the user
// applied to is in process with the user, but its mail is about the job
// only when it speaks of a meeting: a big one also delivers parcels.
func TestOrganisationAppliedToSendsOtherMail(t *testing.T) {
	at := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	me := addr("Sam Rivera", "sam.rivera@example.org")
	application := mail.Message{Summary: mail.Summary{MessageID: "a1", Date: at, Subject: "Application: Backend Engineer", From: me, To: addr("Jobs", "jobs@bigshop.example")}}
	tests := []struct {
		name, from, subject, text string
		interview                 bool
	}{
		{"a parcel", "shipment-tracking@bigshop.example", "Your package is on its way",
			"Hello Sam, your package will arrive on Thursday 10 December between 10:00 and 12:00.", false},
		{"a technician", "jeff@bigshop.example", "Your order",
			"Hi Sam, the technician will come on Thursday 10 December at 14:00 to install the router.", false},
		{"a call with the team, in no interview word", "hr@bigshop.example", "Backend Engineer",
			"Hi Sam, your call with our team is on Thursday 10 December at 14:00.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := mail.Message{Summary: mail.Summary{MessageID: "m1", Date: at.Add(time.Hour), Subject: tc.subject, From: addr("", tc.from), To: me}, Text: tc.text}
			ivs := interview.Build([]mail.Message{application, m}, nil, sampleConfig())
			if got := len(ivs) == 1; got != tc.interview {
				t.Errorf("Build found %d interviews, want interview %v", len(ivs), tc.interview)
			}
		})
	}
}

// TestBookingMovedByMail: a booking page confirms a slot; the recruiter
// writes that she moved it, and the page's new booking (another event)
// arrives before or after her mail: one interview, at the new time.
func TestBookingMovedByMail(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	booking := func(id, uid string, at time.Time, start string) mail.Message {
		ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
			"UID:" + uid, "SEQUENCE:0", "DTSTAMP:20261125T085100Z", "DTSTART:" + start, "SUMMARY:Kennismaking Grachtwerk",
			"ORGANIZER;CN=Sanne de Vries:mailto:sanne@grachtwerk.example",
			"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Rivera:mailto:sam.rivera@example.org",
			"LOCATION:https://meet.google.com/wdc-hzro-fyq", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
		return mail.Message{Summary: mail.Summary{MessageID: id, Date: at, Subject: "Confirmed: Kennismaking Grachtwerk",
			From: addr("Calendly", "notifications@calendly.com"), To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Text: "Your Kennismaking Grachtwerk is scheduled.", Calendars: [][]byte{[]byte(ics)}}
	}
	first := booking("c1", "e1@calendly.com", time.Date(2026, 11, 25, 8, 51, 0, 0, time.UTC), "20261203T090000Z")
	second := booking("c2", "e2@calendly.com", time.Date(2026, 12, 1, 8, 30, 0, 0, time.UTC), "20261207T130000Z")
	moved := mail.Message{Summary: mail.Summary{MessageID: "m1", Date: time.Date(2026, 12, 1, 8, 34, 0, 0, time.UTC),
		Subject: "Re: Kennismaking Grachtwerk – Senior Software Engineer", From: addr("Sanne de Vries", "sanne@grachtwerk.example"),
		To: addr("Sam Rivera", "sam.rivera@example.org")},
		Text: "Hoi Sam,\n\nIk heb onze kennismaking daarom verzet naar maandag 7 december om 14:00. Je krijgt zo een nieuwe bevestiging van Calendly.\n\nGroetjes,\nSanne"}
	ivs := interview.Build([]mail.Message{first, second, moved}, nil, sampleConfig())
	want := time.Date(2026, 12, 7, 14, 0, 0, 0, berlin)
	if len(ivs) != 1 || !ivs[0].Start.Equal(want) {
		var got []time.Time
		for _, iv := range ivs {
			got = append(got, iv.Start)
		}
		t.Errorf("interviews at %v, want one at %s", got, want)
	}
}

// TestPressThread: a podcast host's invitation to be interviewed, then
// the recording's calendar invitation titled "intervju": press, not a job
// interview, though the invitation alone does not say so.
func TestPressThread(t *testing.T) {
	at := time.Date(2026, 12, 1, 20, 12, 0, 0, time.UTC)
	host := addr("Johan Lindqvist", "johan@mjukvarupodden.example")
	me := addr("Sam Rivera", "sam.rivera@example.org")
	ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "METHOD:REQUEST",
		"BEGIN:VEVENT", "UID:podd-1@google.com", "SEQUENCE:0", "DTSTAMP:20261202T081600Z", "DTSTART:20261217T170000Z",
		"DTEND:20261217T174500Z", "SUMMARY:Mjukvarupodden – inspelning: intervju med Sam Rivera",
		"ORGANIZER;CN=Johan Lindqvist:mailto:johan@mjukvarupodden.example",
		"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Rivera:mailto:sam.rivera@example.org",
		"LOCATION:https://riverside.fm/studio/mjukvarupodden", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	msgs := []mail.Message{
		{Summary: mail.Summary{MessageID: "p1", Date: at, Subject: "Gäst i Mjukvarupodden? Intervju om jobbköer", From: host, To: me},
			Text: "Hej Sam! Jag gör podden Mjukvarupodden. Skulle du vilja vara gäst? Det blir en avslappnad intervju, torsdag 17 december kl. 18:00."},
		{Summary: mail.Summary{MessageID: "p2", Date: at.Add(12 * time.Hour), Subject: "Re: Gäst i Mjukvarupodden? Intervju om jobbköer", From: me, To: host,
			InReplyTo: []string{"p1"}, References: []string{"p1"}}, Text: "Torsdag 17/12 kl. 18 funkar bra."},
		{Summary: mail.Summary{MessageID: "p3", Date: at.Add(13 * time.Hour), Subject: "Re: Gäst i Mjukvarupodden? Intervju om jobbköer", From: host, To: me,
			InReplyTo: []string{"p2"}, References: []string{"p1", "p2"}, HasCalendar: true},
			Text: "Grymt, tack Sam! Jag har skickat en kalenderinbjudan.", Calendars: [][]byte{[]byte(ics)}},
	}
	if ivs := interview.Build(msgs, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("Build found %d interviews (%s), want none", len(ivs), ivs[0].Evidence)
	}
	// The host's calendar invitation may come on its own, outside the
	// thread, after the user answered "Re: Interview request".
	en := []mail.Message{
		{Summary: mail.Summary{MessageID: "e1", Date: at, Subject: "Interview request - Ship It Sideways podcast", From: host, To: me},
			Text: "Hi Sam,\n\nI host Ship It Sideways, a podcast about the people behind infrastructure open source. Would Thursday 17 December at 5pm UK time work?\n\nJohan"},
		{Summary: mail.Summary{MessageID: "e2", Date: at.Add(12 * time.Hour), Subject: "Re: Interview request - Ship It Sideways podcast", From: me, To: host,
			InReplyTo: []string{"e1"}, References: []string{"e1"}}, Text: "Happy to! Thursday at 5pm UK works."},
		{Summary: mail.Summary{MessageID: "e3", Date: at.Add(13 * time.Hour), Subject: "Invitation: Ship It Sideways recording", From: host, To: me, HasCalendar: true},
			Text: "Ship It Sideways recording - Sam Rivera", Calendars: [][]byte{[]byte(ics)}},
	}
	if ivs := interview.Build(en, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("Build found %d interviews (%s) for the invitation outside the thread, want none", len(ivs), ivs[0].Evidence)
	}
	// The host's first mail names no time, only a booking link; the
	// reply that fixes the recording's ("Ya te tengo en el calendario
	// para el miércoles 16 a las 17:00") is the show's too, though its
	// subject says "entrevista" and its text no longer says podcast.
	lucia := addr("Lucía Ferrer", "luciaferrer.podcast@gmail.com")
	es := []mail.Message{
		{Summary: mail.Summary{MessageID: "s1", Date: at, Subject: "¿Te animas a una entrevista en Código Abierto?", From: lucia, To: me},
			Text: "Hola Sam:\n\nSoy Lucía Ferrer, presento \"Código Abierto\", un podcast en español sobre ingeniería de software. " +
				"Nos encantaría tenerte como invitado para una entrevista de unos 45-60 minutos. Puedes elegir hueco aquí: " +
				"https://calendly.com/codigoabierto-podcast/grabacion\n\nLucía"},
		{Summary: mail.Summary{MessageID: "s2", Date: at.Add(12 * time.Hour), Subject: "Re: ¿Te animas a una entrevista en Código Abierto?", From: me, To: lucia,
			InReplyTo: []string{"s1"}, References: []string{"s1"}}, Text: "¡Hola Lucía! Me encantará. He reservado el 16 por la tarde."},
		{Summary: mail.Summary{MessageID: "s3", Date: at.Add(13 * time.Hour), Subject: "Re: ¿Te animas a una entrevista en Código Abierto?", From: lucia, To: me,
			InReplyTo: []string{"s2"}, References: []string{"s1", "s2"}},
			Text: "¡Genial, Sam! Ya te tengo en el calendario para el miércoles 16 a las 17:00.\n\nTe paso unas preguntas para la entrevista.\n\nLucía"},
	}
	if ivs := interview.Build(es, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("Build found %d interviews (%s) in a host's thread that began without a time, want none", len(ivs), ivs[0].Evidence)
	}
	// The subject says podcast, the text names no guest or episode, and
	// the user takes a clock the host offered on two days.
	ivan := addr("Iván Montero", "ivan@codigoabierto-fm.example")
	subject := "Entrevista para el podcast Código Abierto FM"
	taken := []mail.Message{
		{Summary: mail.Summary{MessageID: "t1", Date: at, Subject: subject, From: ivan, To: me},
			Text: "Hola Sam,\n\nSoy Iván, uno de los organizadores del podcast Código Abierto FM. Nos encantaría hacerte una entrevista para el podcast: " +
				"unos 40 minutos. ¿Tendrías un hueco el martes 15 o el miércoles 16 de diciembre a partir de las 19:00?\n\nIván"},
		{Summary: mail.Summary{MessageID: "t2", Date: at.Add(12 * time.Hour), Subject: "Re: " + subject, From: me, To: ivan,
			InReplyTo: []string{"t1"}, References: []string{"t1"}}, Text: "¡Hola Iván! El miércoles 16 a las 19:00 me va perfecto."},
	}
	if ivs := interview.Build(taken, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("Build found %d interviews (%s) when the user took the clock a podcast host offered, want none", len(ivs), ivs[0].Evidence)
	}
	// A research interview booked through a scheduling system, which
	// names the gift card it pays with; the researcher's own reminder
	// says only "entrevista" and the time.
	ana := addr("Ana Quintela", "ana.quintela@pulso-estudos.example")
	booking := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "METHOD:PUBLISH",
		"BEGIN:VEVENT", "UID:pulso-1@calendly.com", "DTSTAMP:20261202T081600Z", "DTSTART:20261210T150000Z",
		"DTEND:20261210T154500Z", "SUMMARY:Entrevista aprofundada entre Ana Quintela e Sam Rivera",
		"ORGANIZER;CN=Ana Quintela:mailto:ana.quintela@pulso-estudos.example",
		"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Rivera:mailto:sam.rivera@example.org", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	research := []mail.Message{
		{Summary: mail.Summary{MessageID: "r1", Date: at, Subject: "Confirmado: Entrevista aprofundada com Ana Quintela",
			From: addr("Calendly", "notifications@calendly.com"), ReplyTo: ana, To: me, HasCalendar: true},
			Text: "Olá Sam Rivera,\n\nO seu evento com Ana Quintela está agendado.\n\nQuando:\n15:00 - 15:45, quinta-feira, 10 de dezembro de 2026\n\n" +
				"Perguntas:\nComo prefere receber o cartão-presente?\nPor e-mail", Calendars: [][]byte{[]byte(booking)}},
		{Summary: mail.Summary{MessageID: "r2", Date: at.Add(48 * time.Hour), Subject: "Lembrete: a nossa entrevista amanhã às 15h", From: ana, To: me},
			Text: "Olá Sam,\n\nSó para lembrar: amanhã, quinta-feira 10 de dezembro às 15h, falamos por Google Meet para a entrevista.\n\nAté amanhã!\nAna"},
	}
	if ivs := interview.Build(research, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("Build found %d interviews (%s) for a paid research interview and its host's reminder, want none", len(ivs), ivs[0].Evidence)
	}
	// A friend, from a private address, promises the coffee is no
	// interview; his calendar invitation for it, a new thread whose
	// title pairs two names, is the same coffee.
	jonas := addr("Jonas Weber", "jonas.weber@gmail.com")
	coffee := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "METHOD:REQUEST",
		"BEGIN:VEVENT", "UID:kaffee-1@google.com", "SEQUENCE:0", "DTSTAMP:20261202T081600Z", "DTSTART:20261210T073000Z",
		"DTEND:20261210T083000Z", "SUMMARY:Coffee Sam + Jonas", "ORGANIZER;CN=Jonas Weber:mailto:jonas.weber@gmail.com",
		"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Rivera:mailto:sam.rivera@example.org", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	friend := []mail.Message{
		{Summary: mail.Summary{MessageID: "k1", Date: at, Subject: "coffee?", From: jonas, To: me},
			Text: "Hey Sam, coffee next week? We've opened a role on my team and I'd love to tell you about it. Not an interview, I promise, just coffee and catching up."},
		{Summary: mail.Summary{MessageID: "k2", Date: at.Add(2 * time.Hour), Subject: "Re: coffee?", From: me, To: jonas,
			InReplyTo: []string{"k1"}, References: []string{"k1"}}, Text: "Sure! Thursday 8:30?"},
		{Summary: mail.Summary{MessageID: "k3", Date: at.Add(10 * time.Hour), Subject: "Invitation: Coffee Sam + Jonas @ Thu 10 Dec 2026 08:30", From: jonas, To: me, HasCalendar: true},
			Text: "Coffee Sam + Jonas", Calendars: [][]byte{[]byte(coffee)}},
	}
	if ivs := interview.Build(friend, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("Build found %d interviews (%s) for a friend's coffee she said was no interview, want none", len(ivs), ivs[0].Evidence)
	}
}

// TestAnsweredBulkMail: a recruiter's outreach sent through a mailer that
// adds List-Unsubscribe is read once the user answered it; unanswered, it
// is bulk mail like any other.
func TestAnsweredBulkMail(t *testing.T) {
	at := time.Date(2026, 12, 4, 10, 3, 0, 0, time.UTC)
	lena := addr("Lena Hoffmann", "lena@tidewell.example")
	me := addr("Sam Rivera", "sam.rivera@example.org")
	outreach := mail.Message{Summary: mail.Summary{MessageID: "gem.1@mail.gem.example", Date: at, Bulk: true,
		Subject: "Tidewell AI - Senior Software Engineer, Inference", From: lena, To: me},
		Text: "Hallo Sam,\n\nhättest du Lust auf ein erstes Gespräch mit unserem Engineering Manager? Er hätte Mittwoch, den 16.12. um 9 Uhr PT Zeit – " +
			"das wäre bei dir 18 Uhr. Alternativ Donnerstag zur gleichen Zeit.\n\nLena"}
	answer := mail.Message{Summary: mail.Summary{MessageID: "a1@example.org", Date: at.Add(2 * time.Hour), InReplyTo: []string{"gem.1@mail.gem.example"},
		Subject: "Re: Tidewell AI - Senior Software Engineer, Inference", From: me, To: lena},
		Text: "Hallo Lena,\n\nMittwoch, 16.12., 18 Uhr (9 Uhr PT) passt mir gut.\n\nSam"}
	for _, tc := range []struct {
		name string
		msgs []mail.Message
		want []time.Time
	}{
		{"answered", []mail.Message{outreach, answer}, []time.Time{time.Date(2026, 12, 16, 17, 0, 0, 0, time.UTC)}},
		{"not answered", []mail.Message{outreach}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			if len(ivs) != len(tc.want) {
				t.Fatalf("Build found %d interviews, want %d", len(ivs), len(tc.want))
			}
			for i, iv := range ivs {
				if !iv.Start.Equal(tc.want[i]) {
					t.Errorf("interview %d at %s, want %s (%s)", i, iv.Start.UTC(), tc.want[i], iv.Evidence)
				}
			}
		})
	}
}

// TestRescheduledBooking: a scheduling system moves a booking by making a
// new one, under a new UID, and says so, naming the old slot beside the
// new; the old booking is the same interview, now at the new time.
func TestRescheduledBooking(t *testing.T) {
	me := addr("Sam Rivera", "sam.rivera@example.org")
	booking := func(id, uid, subject, text, start string, at time.Time) mail.Message {
		ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Cal.com Inc.//Cal.com Event//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
			"UID:" + uid, "SEQUENCE:0", "DTSTAMP:20261201T100000Z", "DTSTART:" + start, "DURATION:PT1H",
			"SUMMARY:Technical Interview – Lumora Pay between Wei Ling Tan and Sam Rivera",
			"ORGANIZER;CN=Wei Ling Tan:mailto:wei.ling.tan@lumorapay.example",
			"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Rivera:mailto:sam.rivera@example.org", "STATUS:CONFIRMED",
			"END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
		return mail.Message{Summary: mail.Summary{MessageID: id, Date: at, Subject: subject, From: addr("Wei Ling Tan", "notifications@cal.com"), To: me, HasCalendar: true},
			Text: text, Calendars: [][]byte{[]byte(ics)}}
	}
	at := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	first := booking("c1", "a1@Cal.com", "Confirmed: Technical Interview – Lumora Pay", "Your event has been scheduled.\n\nWhen 9:00am - 10:00am, Friday, December 4, 2026 (Europe/Berlin)", "20261204T080000Z", at)
	moved := booking("c2", "b2@Cal.com", "Rescheduled: Technical Interview – Lumora Pay", "Your event has been rescheduled.\n\nWhen 10:00am - 11:00am, Monday, December 7, 2026 (Europe/Berlin)\n9:00am - 10:00am, Friday, December 4, 2026 (Europe/Berlin)", "20261207T090000Z", at.Add(24*time.Hour))
	other := booking("c3", "c3@Cal.com", "Confirmed: Technical Interview – Lumora Pay", "Your event has been scheduled.\n\nWhen 10:00am - 11:00am, Monday, December 7, 2026 (Europe/Berlin)", "20261207T090000Z", at.Add(24*time.Hour))
	for _, tc := range []struct {
		name string
		msgs []mail.Message
		want []time.Time
	}{
		{"the notice of the move names the old slot", []mail.Message{first, moved}, []time.Time{time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)}},
		{"a second booking that moves nothing", []mail.Message{first, other}, []time.Time{time.Date(2026, 12, 4, 8, 0, 0, 0, time.UTC), time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			if len(ivs) != len(tc.want) {
				t.Fatalf("Build found %d interviews, want %d", len(ivs), len(tc.want))
			}
			for i, iv := range ivs {
				if !iv.Start.Equal(tc.want[i]) {
					t.Errorf("interview %d at %s, want %s", i, iv.Start.UTC(), tc.want[i])
				}
			}
		})
	}
}

// TestPostponedInvitation: an organiser who deletes the event to postpone
// it and books it again under a new UID moved one interview; a plain
// cancellation, or one by someone else, is not linked to a later booking.
func TestPostponedInvitation(t *testing.T) {
	me := addr("Sam Rivera", "sam.rivera@example.org")
	inv := func(id, method, uid, from, subject, text, start string, at time.Time) mail.Message {
		status := "CONFIRMED"
		if method == "CANCEL" {
			status = "CANCELLED"
		}
		ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "METHOD:" + method,
			"BEGIN:VEVENT", "UID:" + uid, "SEQUENCE:0", "DTSTAMP:20261201T100000Z", "DTSTART:" + start, "DURATION:PT1H",
			"SUMMARY:Technisches Interview: Sam Rivera / Fernwerk", "ORGANIZER;CN=Tobias Reinhardt:mailto:tobias.reinhardt@fernwerk.example",
			"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Rivera:mailto:sam.rivera@example.org", "STATUS:" + status,
			"END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
		return mail.Message{Summary: mail.Summary{MessageID: id, Date: at, Subject: subject, From: addr("Tobias Reinhardt", from), To: me, HasCalendar: true},
			Text: text, Calendars: [][]byte{[]byte(ics)}}
	}
	at := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	const tobias = "tobias.reinhardt@fernwerk.example"
	first := inv("p1", "REQUEST", "old@google.com", tobias, "Einladung: Technisches Interview", "Bis dann, Tobias", "20261210T090000Z", at)
	postponed := inv("p2", "CANCEL", "old@google.com", tobias, "Abgesagt: Technisches Interview",
		"Hi Sam, Aylin ist krank. Ich muss unseren Termin morgen daher leider verschieben und schicke Dir einen neuen Vorschlag.", "20261210T090000Z", at.Add(8*24*time.Hour))
	cancelled := inv("p2", "CANCEL", "old@google.com", tobias, "Abgesagt: Technisches Interview",
		"Hi Sam, die Stelle ist leider intern besetzt worden.", "20261210T090000Z", at.Add(8*24*time.Hour))
	resent := inv("p2", "CANCEL", "old@google.com", tobias, "Abgesagt: Technisches Interview",
		"Hi Sam, ein Kundentermin ist dazwischengekommen. Ich sage diesen Slot ab und schicke Dir sofort eine neue Einladung für nächste Woche.", "20261210T090000Z", at.Add(8*24*time.Hour))
	again := inv("p3", "REQUEST", "new@google.com", tobias, "Einladung: Technisches Interview", "Neuer Versuch: Dienstag, gleiche Besetzung.", "20261215T150000Z", at.Add(8*24*time.Hour+8*time.Hour))
	for _, tc := range []struct {
		name string
		msgs []mail.Message
		want []interview.Status // by start
	}{
		{"postponed, then booked again", []mail.Message{first, postponed, again}, []interview.Status{interview.Scheduled}},
		{"cancelled with a new invitation promised, then booked again", []mail.Message{first, resent, again}, []interview.Status{interview.Scheduled}},
		{"cancelled, then another interview", []mail.Message{first, cancelled, again}, []interview.Status{interview.Cancelled, interview.Scheduled}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			if len(ivs) != len(tc.want) {
				t.Fatalf("Build found %d interviews, want %d: %+v", len(ivs), len(tc.want), ivs)
			}
			for i, iv := range ivs {
				if iv.Status != tc.want[i] {
					t.Errorf("interview %d at %s is %s, want %s", i, iv.Start.UTC(), iv.Status, tc.want[i])
				}
			}
			if last := ivs[len(ivs)-1]; !last.Start.Equal(time.Date(2026, 12, 15, 15, 0, 0, 0, time.UTC)) {
				t.Errorf("the new booking is at %s", last.Start.UTC())
			}
		})
	}
}

// TestCompanyIsNeverTheUser: an agency's subject names the candidate
// ("Kandidat Rivera – ...") where an employer's names the company; the
// company comes from what the mail says of the interview instead.
func TestCompanyIsNeverTheUser(t *testing.T) {
	at := time.Date(2026, 12, 3, 9, 5, 0, 0, time.UTC)
	m := mail.Message{Summary: mail.Summary{MessageID: "ag1", Date: at, Subject: "WG: Kandidat Rivera – Teamleiter IT-Infrastruktur",
		From: addr("Stefan Kessler", "s.kessler@kessler-personal.example"), To: addr("Sam Rivera", "sam.rivera@example.org")},
		Text: "Hallo Herr Rivera,\n\ngute Nachrichten: Unten die Einladung der Brandt Logistik.\n\nBeste Grüße\nStefan Kessler\n\n" +
			"Von: Hoffmann, Julia <j.hoffmann@brandt-logistik.example>\nGesendet: Mittwoch, 2. Dezember 2026 16:48\n" +
			"An: Stefan Kessler <s.kessler@kessler-personal.example>\nBetreff: Kandidat Rivera – Teamleiter IT-Infrastruktur\n\n" +
			"Wir würden ihn gern zu einem persönlichen Vorstellungsgespräch bei Brandt Logistik einladen:\nDonnerstag, 17.12.2026, 11:00 Uhr\n"}
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("Build found %d interviews, want 1 (%s)", len(ivs), interview.Classify(m, sampleConfig()).Reason)
	}
	if ivs[0].Company != "Brandt Logistik" {
		t.Errorf("company %q (%s), want Brandt Logistik", ivs[0].Company, ivs[0].Why.Company)
	}
}

// TestCompanyOfARecruitingMailbox: a recruiting mailbox's display name is
// the company, not a person, so the subject's "Interview with Helix
// Harbor" names it, not the platform's domain it is sent from.
func TestCompanyOfARecruitingMailbox(t *testing.T) {
	m := mail.Message{Summary: mail.Summary{MessageID: "wh1", Date: time.Date(2026, 12, 3, 9, 12, 0, 0, time.UTC),
		Subject: "Interview with Helix Harbor for Product Engineer",
		From:    addr("Helix Harbor", "jobs@helixharbor.workhive.example"), To: addr("Sam Rivera", "sam.rivera@example.org")},
		Text: "Hi Sam,\n\nWe'd love to have a video call with you.\n\nInterview details\nFriday, December 4, 2026\n16:00 - 16:45 (Europe/Copenhagen)\n\nHelix Harbor Hiring Team"}
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	if len(ivs) != 1 || ivs[0].Company != "Helix Harbor" {
		t.Fatalf("Build = %+v, want one interview with Helix Harbor", ivs)
	}
}

// TestCompanyOfAHiringTeamOnAFreeMailbox: an employer's HR on a free
// mailbox, its name spelled in the address, signing the company's full
// name under its officer's.
func TestCompanyOfAHiringTeamOnAFreeMailbox(t *testing.T) {
	m := mail.Message{Summary: mail.Summary{MessageID: "fm1", Date: time.Date(2026, 12, 3, 9, 12, 0, 0, time.UTC),
		Subject: "INVITATION FOR INTERVIEW - ACCOUNTANT",
		From:    addr("Accra Harvest Recruitment", "accraharvest.recruitment@yahoo.com"), To: addr("Sam Rivera", "sam.rivera@example.org")},
		Text: "Dear Sam,\n\nWe are pleased to invite you for an interview.\n\nDate: Tuesday, 8th December, 2026\nTime: 11:00am (GMT)\n\n" +
			"Regards,\nAma Owusu\nHR Officer\nAccra Harvest Foods\nSpintex Road, Accra"}
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	if len(ivs) != 1 || ivs[0].Company != "Accra Harvest Foods" {
		t.Fatalf("Build = %+v, want one interview with Accra Harvest Foods", ivs)
	}
}

// TestCompanyOfAHiringSystemsRecruiter: a hiring system that names the
// recruiter in its display name ("Sabine Kroll via JOIN"), or sends from
// the company's slug ("duinwater-logistiek@recruitee.email"), writes for
// the company the recruiter signs for, or the slug spells.
func TestCompanyOfAHiringSystemsRecruiter(t *testing.T) {
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		from []mail.Address
		text string
		want string
	}{
		{"a recruiter via JOIN, signing for the company", addr("Sabine Kroll via JOIN", "noreply@join.com"),
			"Hallo Sam Rivera,\n\nwir schlagen folgenden Termin vor:\nFreitag, 11.12.2026, 14:00 - 14:45 Uhr\n\nBeste Grüße\nSabine Kroll\nLindenhof Software GmbH\nLindenhofstraße 3, 04155 Leipzig",
			"Lindenhof Software"},
		{"a no-reply system unknown by name, named after the employer", addr("Northgate Insurance Group", "noreply@vidscreen.example"),
			"Hi Sam,\n\nThank you for your interest in the Business Systems Analyst position at Northgate Insurance Group.\n\nInterview: Thursday, December 10, 2026, 3:00 PM CET\n\nNorthgate Insurance Group Talent Acquisition",
			"Northgate Insurance Group"},
		{"a recruiter via Greenhouse, her title and the company on the line under her name", addr("Lucía Romero", "no-reply@us.greenhouse-mail.io"),
			"Hola Sam:\n\nTe confirmamos la entrevista el jueves 10 de diciembre de 2026 a las 11:30 (CET).\n\nUn saludo,\nLucía Romero\nTalent Acquisition · Cobaltia Pagos\nCalle de Alcalá 120, 28009 Madrid",
			"Cobaltia Pagos"},
		{"a company's slug as the sender's local part", addr("Noor El Amrani", "duinwater-logistiek@recruitee.com"),
			"Beste Sam,\n\nDatum: dinsdag 15 december 2026\nTijd: 11:00 - 12:00 uur\n\nMet vriendelijke groet,\nNoor El Amrani\nDuinwater Logistiek",
			"Duinwater Logistiek"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := mail.Message{Summary: mail.Summary{MessageID: "hs1", Date: at, Subject: "Einladung zum Kennenlerngespräch - Softwarearchitekt (m/w/d)",
				From: tc.from, To: addr("Sam Rivera", "sam.rivera@example.org")}, Text: tc.text}
			if strings.Contains(tc.text, "dinsdag") {
				m.Subject = "Uitnodiging sollicitatiegesprek Data Platform Engineer"
			}
			ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
			if len(ivs) != 1 || ivs[0].Company != tc.want {
				t.Fatalf("Build = %+v, want one interview with %s", ivs, tc.want)
			}
		})
	}
}

// TestCalledOffInOtherWords: an interview is off when the employer says so
// in a tense or word order no fixed phrase holds ("Ich habe den Termin am
// 14.01. storniert"), when the hiring it belonged to is suspended ("fica
// sem efeito"), when a sentence about something else comes first, and
// when the user withdraws with the verb at the end of the clause.
func TestCalledOffInOtherWords(t *testing.T) {
	at := func(d, h int) time.Time { return time.Date(2026, 12, d, h, 0, 0, 0, time.UTC) }
	hr := addr("Theresa Gruber", "theresa.gruber@donauwerk.example")
	me := addr("Sam Rivera", "sam.rivera@example.org")
	invite := mail.Message{Summary: mail.Summary{MessageID: "i1@donauwerk.example", Date: at(1, 9), Subject: "Einladung zum Zweitgespräch: IT-Projektleiter SAP EWM",
		From: hr, To: me}, Text: "Sehr geehrter Herr Rivera,\n\ngerne laden wir Sie zum Zweitgespräch ein.\n\nTermin: Donnerstag, 14. Januar 2027, 9:30 Uhr\n\nMit freundlichen Grüßen\nTheresa Gruber"}
	reply := func(id string, from []mail.Address, d int, text string) mail.Message {
		to := me
		if from[0].Email == me[0].Email {
			to = hr
		}
		return mail.Message{Summary: mail.Summary{MessageID: id, Date: at(d, 10), Subject: "AW: Einladung zum Zweitgespräch: IT-Projektleiter SAP EWM",
			From: from, To: to, InReplyTo: []string{"i1@donauwerk.example"}, References: []string{"i1@donauwerk.example"}}, Text: text}
	}
	tests := []struct {
		name string
		then mail.Message
	}{
		{"the employer's perfect tense, the participle last",
			reply("c1@donauwerk.example", hr, 3, "Sehr geehrter Herr Rivera,\n\nich habe den Termin am 14.01. storniert und Ihre Bewerbung im System vermerkt.\n\nMit freundlichen Grüßen\nTheresa Gruber")},
		{"the hiring suspended, the interview void",
			reply("c2@donauwerk.example", hr, 3, "Olá Sam,\n\nO processo de recrutamento foi suspenso até ao próximo ano, pelo que a entrevista do dia 14 fica sem efeito.\n\nInês")},
		{"a sentence about the search before the one about the interview",
			reply("c3@donauwerk.example", hr, 3, "Gentile Sam,\n\nla ricerca per questa posizione è stata sospesa. Il colloquio previsto per il 14 gennaio è pertanto annullato.\n\nCordiali saluti")},
		{"a German verb parted from its particle",
			reply("c4@donauwerk.example", hr, 3, "Sehr geehrter Herr Rivera,\n\ndie Stelle wurde intern besetzt. Das Gespräch am 14.01. findet deshalb leider nicht statt.\n\nMit freundlichen Grüßen\nTheresa Gruber")},
		{"a Dutch one",
			reply("c5@donauwerk.example", hr, 3, "Beste Sam,\n\nhet gesprek van 14 januari gaat helaas niet door: de vacature is ingetrokken.\n\nGroet,\nTheresa")},
		{"the user withdraws, the verb at the end",
			reply("w1@example.org", me, 2, "Sehr geehrte Frau Gruber,\n\nein Umzug ist für mich derzeit nicht möglich. Ich möchte meine Bewerbung daher zurückziehen.\n\nMit freundlichen Grüßen\nSam Rivera")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build([]mail.Message{invite, tc.then}, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("Build found %d interviews, want 1", len(ivs))
			}
			if ivs[0].Status != interview.Cancelled {
				t.Errorf("status %s (%s), want cancelled", ivs[0].Status, ivs[0].StatusReason)
			}
		})
	}
}

// TestWritersAndReadersClockInAReply: a recruiter's "tmrw at half 10" is
// read on the user's clock, as nothing says otherwise; the reply that
// gives it on both ("10.30 our time 11.30 yours") moves it to the
// reader's, though the writer's own figure is the first read.
func TestWritersAndReadersClockInAReply(t *testing.T) {
	const from = "darragh.osullivan@shandon-recruitment.example"
	call := textMessage("k1@shandon-recruitment.example", "2026-12-03T08:47:12Z", from, "Kestrel",
		"Morning Sam\n\nKestrel Payments came back - they'd like a call tmrw at half 10 with Colm Byrne, he's the eng lead "+
			"for the Backend Engineer role. Phone call, he'll ring your mobile, 30 mins or so.\n\nThat ok??\n\nDarragh\n\nSent from my iPhone")
	yes := sentReply(call, "k2@example.org", "2026-12-03T09:02:44Z")
	yes.Text = "Hi Darragh,\n\nGreat - yes, that works. Just to double-check: half 10 Irish time, so 11:30 here in Berlin?\n\nSam"
	confirmed := inThread(textMessage("k3@shandon-recruitment.example", "2026-12-03T09:20:05Z", from, "Re: Kestrel",
		"Yep thats it, 10.30 our time 11.30 yours tmrw (Fri). Confirmed with Colm + passed on ur number. Best of luck!!\n\nD"), call, yes)
	checkStarts(t, []mail.Message{call, yes, confirmed}, utc("20261204T103000Z"))
}

// TestTwoDayFirstOptionsInOneSentence: "Wednesday, 16.12. at 13h or
// Thursday, 17.12. at 10h (both Zagreb time). Which one suits you
// better?" offers two times; the dot after "16.12." does not end the
// sentence, so the second is an option too, and only the one the user
// picks is the interview.
func TestTwoDayFirstOptionsInOneSentence(t *testing.T) {
	offer := textMessage("j1@jadranmobility.example", "2026-11-27T12:44:32Z", "ivana.kovacevic@jadranmobility.example",
		"Jadran Mobility - next step (Senior Platform Engineer)",
		"Hi Sam,\n\nAs discussed, the next step would be a 1 hour technical conversation with our platform team.\n\n"+
			"We could do Wednesday, 16.12. at 13h or Thursday, 17.12. at 10h (both Zagreb time). Which one suits you better? "+
			"Once you confirm, you'll get the invite from our Greenhouse system.\n\nKind regards,\nIvana")
	pick := sentReply(offer, "j2@example.org", "2026-11-27T15:10:06Z")
	pick.Text = "Hi Ivana,\n\nthanks, likewise! Wednesday 16.12. at 13h works best for me.\n\nBest,\nSam"
	checkStarts(t, []mail.Message{offer, pick}, utc("20261216T120000Z"))
}

// TestTimeAskedIfItWorksIsOffered: an agency's "let me know if Thursday
// 12/10 around 11am CT works for you" proposes a call; the user passes,
// and there is no interview.
func TestTimeAskedIfItWorksIsOffered(t *testing.T) {
	pitch := textMessage("a1@summit-talent.example", "2026-12-02T23:58:00Z", "bhollis@summit-talent.example",
		"Staff Data Engineer | Remote US | $210-240K base | Fintech client",
		"Hi Sam,\n\nI'm working with a Series C fintech client in Chicago that's hiring a Staff Data Engineer.\n\n"+
			"Would you be open to a quick 15 min call to see if it's a fit? Feel free to grab time on my calendar here: "+
			"https://calendly.com/brent-hollis-summit/15min - or just let me know if Thursday 12/10 around 11am CT works for you.\n\nBest,\nBrent")
	pass := sentReply(pitch, "a2@example.org", "2026-12-03T08:00:00Z")
	pass.Text = "Hi Brent,\n\nthanks for thinking of me. Unfortunately I'd need visa sponsorship, so I'll pass on a call for this one.\n\nBest regards,\nSam"
	if ivs := interview.Build([]mail.Message{pitch, pass}, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("%d interviews (%s at %s), want none", len(ivs), ivs[0].Evidence, ivs[0].Start)
	}
}

// TestMovedWithTheOldMeetingCancelled: "the 2nd round is moved to Thu 17
// Dec, 3:30pm Beijing time ... the meeting on the 8th is cancelled" moves
// the interview; it does not call it off.
func TestMovedWithTheOldMeetingCancelled(t *testing.T) {
	const from = "liting@ruicai-search.example"
	invite := textMessage("c1@ruicai-search.example", "2026-11-27T02:00:00Z", from, "2nd round with Zhiyuan Tech",
		"Hi Sam,\n\nWang Lei, Head of the International Data Platform, would like to meet you for the 2nd round interview: "+
			"Tue 8 Dec, 4pm Beijing time (9am Berlin), on Tencent Meeting.\n\nTina")
	moved := inThread(textMessage("c3@ruicai-search.example", "2026-12-02T03:00:00Z", from, "Re: 2nd round with Zhiyuan Tech",
		"Sorry Sam - Wang Lei has to travel next week, so the 2nd round is moved to Thu 17 Dec, 3:30pm Beijing time "+
			"(8:30am Berlin). New Tencent Meeting ID 731-204-558, the meeting on the 8th is cancelled.\n\nTina"), invite)
	ivs := interview.Build([]mail.Message{invite, moved}, nil, sampleConfig())
	if len(ivs) != 1 || !ivs[0].Start.Equal(utc("20261217T073000Z")) || ivs[0].Status != interview.Scheduled {
		t.Fatalf("got %+v, want one interview at 07:30Z on 17 December, scheduled", ivs)
	}
}

// TestCorrectionAwayFromATime: "l'entretien du mardi 12 janvier 2027
// débutera à 10h15 et non à 9h30 comme indiqué" corrects the time; the
// 9h30 it names is the one corrected away from, not the time restated.
func TestCorrectionAwayFromATime(t *testing.T) {
	const from = "sandrine.perrenoud@etat-geneve.example"
	conv := textMessage("g1@etat-geneve.example", "2026-11-30T10:23:40Z", from, "Convocation - ingénieur-e DevOps (réf. 2026-OCSIN-118)",
		"Madame, Monsieur,\n\nNous avons le plaisir de vous convoquer à un entretien le mardi 12 janvier 2027 à 9h30, salle « Salève ».\n\n"+
			"Meilleures salutations\n\nSandrine Perrenoud\nResponsable ressources humaines")
	fix := inThread(textMessage("g3@etat-geneve.example", "2026-12-01T07:57:04Z", from, "RE: Convocation - ingénieur-e DevOps (réf. 2026-OCSIN-118)",
		"Madame, Monsieur,\n\nNous vous informons toutefois qu'une erreur s'est glissée dans notre convocation : l'entretien du mardi "+
			"12 janvier 2027 débutera à 10h15 et non à 9h30 comme indiqué. Le lieu reste inchangé.\n\nMeilleures salutations\n\nSandrine Perrenoud"), conv)
	checkStarts(t, []mail.Message{conv, fix}, utc("20270112T091500Z"))
}

// TestFounderOverCoffee: a founder writes from a private address, names
// the job only in passing ("we're currently looking for our first data
// engineer", adverb and all) and signs for the company; the user picks
// the day by its number ("Thursday the 10th") and a time, and the founder
// confirms with the weekday alone. The interview is that Thursday, at
// the company of the signature.
func TestFounderOverCoffee(t *testing.T) {
	const founder = "mira.vogt@gmail.com"
	first := textMessage("c1@mail.gmail.com", "2026-11-26T20:14:00Z", founder, "coffee next week?",
		"Hi Sam,\n\nJonas gave me your name. We're a team of five building routing software for bike couriers, and "+
			"we're currently looking for our first data engineer. Nothing formal yet: would you be up for a coffee? "+
			"I could do Tue 8th or Thu 10th, any morning.\n\nBest,\nMira\n\n--\nMira Vogt\nFounder & CTO, Lichtwerk\n")
	first.From[0].Name = "Mira Vogt"
	reply := sentReply(first, "c2@example.org", "2026-11-27T07:02:00Z")
	reply.Text = "Hi Mira,\n\nhappy to meet! Thursday the 10th suits me best, how about 9:30 at the Oberholz?\n\nSam"
	confirm := inThread(textMessage("c3@mail.gmail.com", "2026-11-27T08:40:00Z", founder, "Re: coffee next week?",
		"Great, Thursday 9:30 it is! See you there.\n\nMira"), first, reply)
	confirm.From[0].Name = "Mira Vogt"
	ivs := interview.Build([]mail.Message{first, reply, confirm}, nil, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("%d interviews, want 1", len(ivs))
	}
	if want := utc("20261210T083000Z"); !ivs[0].Start.Equal(want) {
		t.Errorf("start %s, want %s (%s)", ivs[0].Start.UTC(), want, ivs[0].Evidence)
	}
	if ivs[0].Company != "Lichtwerk" {
		t.Errorf("company %q, want Lichtwerk (%s)", ivs[0].Company, ivs[0].Why.Company)
	}
}

// TestInterviewWordsThatNameNoInterviewOfTheUser: a friend's "my panel
// interview" is hers, and "no formal interview, promise" after the
// contract is signed is lunch, whatever words stand between the
// possessive or the negation and the interview.
func TestInterviewWordsThatNameNoInterviewOfTheUser(t *testing.T) {
	hired := textMessage("h1@brightline.example", "2026-11-27T09:00:00Z", "ana@brightline.example", "Contract signed - welcome to the team!",
		"Hi Sam,\n\nthe contract is signed, welcome to the team! Your first day is 4 January.\n\nAna")
	tests := []struct {
		name string
		msgs []mail.Message
	}{
		{"a friend's own interview, and coffee before it", []mail.Message{
			textMessage("f1@mail.gmail.com", "2026-11-27T18:00:00Z", "lena.k@gmail.com", "Saturday?",
				"Hey Sam,\n\nBrightline finally invited me: Tuesday at 14:00 is my panel interview there! Want to grab a coffee on Saturday at 10:30 before, for some tips?\n\nLena")}},
		// Answered, so read: the interview word stands apart from the
		// time, in a private person's mail.
		{"a friend's coffee beside advice on a case interview", []mail.Message{
			textMessage("f2@mail.gmail.com", "2026-11-27T18:00:00Z", "jo.meyer@gmail.com", "Coffee on Saturday?",
				"Hey Sam!\n\nLong time no see - fancy a coffee on Saturday at 10:30 at the usual place?\n\n"+
					"Also, if you have any tips for a case interview, bring them along, you've just been through a few.\n\nJo"),
			sentReply(textMessage("f2@mail.gmail.com", "2026-11-27T18:00:00Z", "jo.meyer@gmail.com", "Coffee on Saturday?", ""), "f3@example.org", "2026-11-27T19:00:00Z")}},
		// The Indian English of onboarding after the offer, then the
		// manager's invitation to a welcome chat: no interview.
		{"a manager's welcome chat after the pre-joining formalities", []mail.Message{
			textMessage("pj1@helixsemi.example", "2026-12-22T06:00:00Z", "pallavi.d@helixsemi.example", "Pre-joining formalities | Staff Firmware Engineer",
				"Dear Sam,\n\nCongratulations once again on your selection. Please find below the pre-joining formalities: "+
					"upload your documents in the portal by 4 January. Date of joining: Monday, 18 January 2027.\n\nWarm Regards,\nPallavi"),
			calMessageFrom("pj2@helixsemi.example", "2026-12-23T05:00:00Z", "Welcome chat - Sam Rivera / Arvind Rao",
				"Looking forward to introducing the team.", vevent{method: "REQUEST", start: "20270108T103000Z",
					summary: "Welcome chat - Sam Rivera / Arvind Rao", organizer: "arvind.rao@helixsemi.example", uid: "pj2-uid",
					extra: []string{"LOCATION:Microsoft Teams Meeting"}})}},
		// A hospital's teaching meeting on an interviewing method.
		{"a journal club on motivational interviewing", []mail.Message{
			calMessageFrom("jc1@hollismemorial.example", "2026-12-20T09:00:00Z", "Invitation: Hospital Medicine Journal Club – motivational interviewing RCT",
				"Journal Club: a trial of motivational interviewing in heart failure.", vevent{method: "REQUEST", start: "20270107T163000Z",
					summary: "Hospital Medicine Journal Club – motivational interviewing RCT", organizer: "p.raghunathan@hollismemorial.example",
					uid: "jc1-uid", extra: []string{"LOCATION:Conference Room B"}})}},
		{"lunch with the new team, no interviews", []mail.Message{hired,
			textMessage("h2@brightline.example", "2026-12-01T11:00:00Z", "tom@brightline.example", "Team lunch before the holidays",
				"Hi Sam,\n\nbefore the holidays the team always has lunch together, and we'd love you to join so you meet everyone before January "+
					"(no formal interview, promise, just pizza). Thursday 17 December at 13:00 at Trattoria Ponte.\n\nTom")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, iv := range interview.Build(tc.msgs, nil, sampleConfig()) {
				t.Errorf("interview at %s with %q: %s", iv.Start.UTC(), iv.Company, iv.Evidence)
			}
		})
	}
}

// TestMovedInANewThreadNamingTheOldDay: a person at the employer moves
// the interview a hiring system booked, in a mail of their own that names
// the old day without its time and the new time ("onsdagen den 16/12 ...
// flytta din intervju ... torsdag 17/12 kl 14.15 istället?"). One
// interview, at the new time.
func TestMovedInANewThreadNamingTheOldDay(t *testing.T) {
	booked := textMessage("w1@varbi.example", "2026-11-24T08:03:00Z", "noreply@varbi.com", "Inbjudan till intervju – Dataanalytiker",
		"Hej Sam!\n\nVi vill gärna träffa dig för en intervju.\n\nDatum: onsdag 16 december 2026\nTid: kl 10.00–11.00\nPlats: Zoom\n\nVänliga hälsningar\nNorrhamn kommun")
	booked.ReplyTo = []mail.Address{{Name: "Eva Lind", Email: "eva.lind@norrhamn.example"}}
	moved := textMessage("w2@norrhamn.example", "2026-12-01T15:22:00Z", "eva.lind@norrhamn.example", "Intervju 16/12 - ny tid",
		"Hej Sam,\n\nTyvärr kan en i panelen inte onsdagen den 16/12, så vi behöver flytta din intervju.\n\n"+
			"Skulle du kunna torsdag 17/12 kl 13.30-14.30 istället? Zoom-länken är densamma.\n\n"+
			"Hör av dig om tiden inte passar, så hittar vi en annan lösning.\n\nVänliga hälsningar\nEva Lind\nHR, Norrhamn kommun")
	checkStarts(t, []mail.Message{booked, moved}, utc("20261217T123000Z"))
}

// TestTimeStillOnAndAFurtherRound: the recruiter's update says the booked
// call stands, with its day and time, and books the next round on a later
// day. Two interviews: the update neither moves the first nor is lost.
func TestTimeStillOnAndAFurtherRound(t *testing.T) {
	const from = "dana.whitfield@harborline.example"
	offer := textMessage("r1@harborline.example", "2026-11-24T19:02:00Z", from, "Harborline - Payroll Analyst",
		"Hi Sam,\n\nThanks for applying! Would Monday, December 7 at 11:00 a.m. ET work for a 30-minute phone screen?\n\nDana")
	yes := sentReply(offer, "r2@example.org", "2026-11-25T07:47:00Z")
	yes.Text = "Hi Dana,\n\nMonday at 11 ET works well for me.\n\nSam"
	update := inThread(textMessage("r3@harborline.example", "2026-12-02T21:18:00Z", from, "Re: Harborline - Payroll Analyst",
		"Hi Sam,\n\nA quick update: our call is still on for Monday, December 7 at 11:00 a.m. ET.\n\n"+
			"Good news too: our controller would like to meet you as well, and has blocked Tuesday, December 15 from 1:00 to 2:00 p.m. ET for a video interview.\n\nDana"),
		offer, yes)
	checkStarts(t, []mail.Message{offer, yes, update}, utc("20261207T160000Z"), utc("20261215T180000Z"))
}

// TestMovedToADayWithTwoTimesInTheNextSentence: the move names the new
// day in one sentence and offers two times of it in the next, as
// alternatives; the user's answer takes one.
func TestMovedToADayWithTwoTimesInTheNextSentence(t *testing.T) {
	const from = "j.brandt@elbwerk.example"
	offer := textMessage("m1@elbwerk.example", "2026-11-27T10:23:00Z", from, "Ihre Bewerbung - Telefonat",
		"Guten Tag Herr Rivera,\n\nwürde es Ihnen am Mittwoch, den 9.12., um 11 Uhr für ein kurzes Telefonat passen?\n\nViele Grüße\nJana Brandt")
	yes := sentReply(offer, "m2@example.org", "2026-11-27T17:05:00Z")
	yes.Text = "Guten Tag Frau Brandt,\n\nja, das passt mir gut.\n\nViele Grüße\nSam Rivera"
	move := inThread(textMessage("m3@elbwerk.example", "2026-12-02T07:47:00Z", from, "AW: Ihre Bewerbung - Telefonat",
		"Guten Morgen Herr Rivera,\n\nleider ist mir am Mittwoch ein Termin dazwischengekommen.\n\n"+
			"Könnten wir das Telefonat auf Freitag, den 11.12., verschieben? Ich könnte um 10 Uhr, alternativ auch um 15 Uhr.\n\nViele Grüße\nJana Brandt"),
		offer, yes)
	take := sentReply(move, "m4@example.org", "2026-12-02T11:10:00Z")
	take.Text = "Guten Tag Frau Brandt,\n\nkein Problem, Freitag um 15 Uhr passt mir.\n\nViele Grüße\nSam Rivera"
	checkStarts(t, []mail.Message{offer, yes, move, take}, utc("20261211T140000Z"))
}

// TestAdvisersMeetingOnTeams: an insurer's advice meeting comes as an
// Outlook invitation from another organisation, with the user a required
// attendee and a Teams link: the shape of an interview, and none.
func TestAdvisersMeetingOnTeams(t *testing.T) {
	m := calMessageFrom("a1@zeeland-verzekeringen.example", "2026-12-01T09:00:00Z", "Adviesgesprek pensioenopbouw",
		"Deelnemen aan Microsoft Teams-vergadering", vevent{method: "REQUEST", uid: "advies-1@zeeland-verzekeringen.example",
			start: "20261208T090000Z", summary: "Adviesgesprek pensioenopbouw", organizer: "m.devries@zeeland-verzekeringen.example",
			extra: []string{"DESCRIPTION:Deelnemen aan Microsoft Teams-vergadering\\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_abc"}})
	for _, iv := range interview.Build([]mail.Message{m}, nil, sampleConfig()) {
		t.Errorf("interview at %s: %s", iv.Start.UTC(), iv.Evidence)
	}
}

// TestRecruitersCatchUpWithNoRoleInMind: an agency's "I don't have a
// specific role for you right now" opens a chat about the market; the
// call it books in the thread is no interview, in any order of the words
// that say so.
func TestRecruitersCatchUpWithNoRoleInMind(t *testing.T) {
	tests := []struct{ name, from, subject, first, answer, booked string }{
		{"English", "ellie@brightpath-search.example", "Quick catch-up?",
			"Hi Sam,\n\nI don't have a specific role for you right now, but I'd love a quick chat about the market. Could I give you a ring on Wednesday 9th at 11?\n\nEllie",
			"Hi Ellie,\n\nsure, Wednesday at 11 works.\n\nSam", "Brilliant - I'll ring you at 11 on Wednesday."},
		{"German", "j.kranz@personalwerk.example", "Kurzer Austausch?",
			"Hallo Sam,\n\neine konkrete Stelle habe ich im Moment nicht für dich, aber lass uns gern über den Markt sprechen. Passt dir Mittwoch, 9.12., um 11 Uhr?\n\nJulia",
			"Hallo Julia,\n\nja, Mittwoch um 11 passt.\n\nSam", "Super, dann rufe ich dich am Mittwoch um 11 Uhr an."},
		{"French", "c.roux@talentis.example", "Petit échange ?",
			"Bonjour Sam,\n\nJe n'ai pas de poste précis à vous proposer pour l'instant, mais j'aimerais échanger sur le marché. Mercredi 9 décembre à 11h ?\n\nClaire",
			"Bonjour Claire,\n\nmercredi à 11h me convient.\n\nSam", "Parfait, je vous appelle mercredi à 11h."},
		// An agency's "Vorstellungsgespräch" for its candidate pool:
		// the jobs come after it, not in it.
		{"German, jobs not until later", "s.opitz@brueckner-personal.example", "Einladung zum Vorstellungsgespräch",
			"Hallo Herr Rivera,\n\nvielen Dank für Ihre Registrierung. Gerne lade ich Sie zu einem Vorstellungsgespräch in unsere Niederlassung ein.\n\n" +
				"Termin: Mittwoch, 09.12.2026\nUhrzeit: 11:00 Uhr\n\nDanach schlagen wir Ihnen passende Vakanzen bei unseren Kunden vor – konkrete Stellen besprechen wir erst im nächsten Schritt.\n\nStefan Opitz",
			"Hallo Herr Opitz,\n\nvielen Dank, ich komme gern.\n\nSam Rivera", "Prima, bis Mittwoch um 11 Uhr."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			first := textMessage("c1@"+tc.from[strings.IndexByte(tc.from, '@')+1:], "2026-11-30T11:47:00Z", tc.from, tc.subject, tc.first)
			answer := sentReply(first, "c2@example.org", "2026-11-30T18:22:00Z")
			answer.Text = tc.answer
			booked := inThread(textMessage("c3@"+tc.from[strings.IndexByte(tc.from, '@')+1:], "2026-12-01T09:10:00Z", tc.from, "Re: "+tc.subject, tc.booked), first, answer)
			for _, iv := range interview.Build([]mail.Message{first, answer, booked}, nil, sampleConfig()) {
				t.Errorf("interview at %s: %s", iv.Start.UTC(), iv.Evidence)
			}
		})
	}
}

// TestSystemsMoveNamesTheOriginalAfterTheNew: a hiring system's notice of
// a move gives the new appointment, then "Der ursprüngliche Termin am
// ... entfällt": the original is the one moved from, wherever it is
// written.
func TestSystemsMoveNamesTheOriginalAfterTheNew(t *testing.T) {
	invite := textMessage("s1@softgarden.example", "2026-11-26T13:05:00Z", "noreply@softgarden.io", "Einladung zum Vorstellungsgespräch – Prüfingenieur (w/m/d)",
		"Guten Tag Sam Rivera,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch ein.\n\nTermin: Mittwoch, 9.12.2026\nUhrzeit: 09:00 - 10:00 Uhr\nOrt: Auenwerk Prüftechnik GmbH, Linz\n\nIhr Recruiting-Team")
	moved := textMessage("s2@softgarden.example", "2026-11-30T10:22:00Z", "noreply@softgarden.io", "Terminänderung: Ihr Vorstellungsgespräch bei Auenwerk Prüftechnik GmbH",
		"Guten Tag Sam Rivera,\n\nIhr Termin für das Vorstellungsgespräch wurde geändert.\n\nNEUER TERMIN\nDatum: Montag, 14.12.2026\nUhrzeit: 13:30 - 14:30 Uhr\n\n"+
			"Der ursprüngliche Termin am Mittwoch, 9.12.2026, 09:00 Uhr entfällt.\n\nIhr Recruiting-Team")
	invite.From[0].Name, moved.From[0].Name = "Auenwerk Prüftechnik GmbH", "Auenwerk Prüftechnik GmbH"
	checkStarts(t, []mail.Message{invite, moved}, utc("20261214T123000Z"))
}

// TestMovedInPortuguese: the user asks the recruiter whom Gupy's notice
// names to move the interview; her "Remarquei para sexta" moves it. The
// first-person and feminine forms ("remarquei", "foi reagendada") say it
// as much as "reagendado" does.
func TestMovedInPortuguese(t *testing.T) {
	invite := textMessage("g1@gupy.example", "2026-11-30T14:02:00Z", "no-reply@gupy.io", "Vitalis Saúde | Entrevista agendada - Pessoa Desenvolvedora Backend",
		"Olá, Sam!\n\nConfira os detalhes da sua entrevista:\n\nData: 10/12/2026 (quinta-feira)\nHorário: 14:00 às 15:00 (horário de Brasília)\n"+
			"Pessoa entrevistadora: Juliana Prado\n\nCaso não possa comparecer, entre em contato pelo e-mail juliana.prado@vitalis-saude.example.")
	invite.From[0].Name = "Vitalis Saúde via Gupy"
	ask := mail.Message{Summary: mail.Summary{Mailbox: "Sent", MessageID: "g2@example.org", Date: utc("20261201T042000Z"),
		Subject: "Entrevista 10/12 - Pessoa Desenvolvedora Backend", From: addr("Sam Rivera", "sam.rivera@example.org"),
		To: addr("", "juliana.prado@vitalis-saude.example")},
		Text: "Oi Juliana, tudo bem?\n\nRecebi o agendamento da entrevista para quinta, 10/12, às 14h. Infelizmente vou estar num voo. " +
			"Seria possível remarcar para sexta, 11/12, de manhã?\n\nAbraço,\nSam"}
	moved := textMessage("g3@mail.gmail.com", "2026-12-01T11:05:00Z", "juliana.prado@vitalis-saude.example", "Re: Entrevista 10/12 - Pessoa Desenvolvedora Backend",
		"Oi Sam, tudo ótimo!\n\nImagina, sem problemas. Remarquei para sexta, 11/12, às 10h30 (Brasília).\n\nJuliana")
	moved = inThread(moved, ask)
	checkStarts(t, []mail.Message{invite, ask, moved}, utc("20261211T133000Z"))
}

// TestRehearsalNamedByItsInvitation: a friend's mail about her interview
// proposes a time; her calendar invitation for that minute calls it a
// mock interview. The invitation's title says what the meeting is.
func TestRehearsalNamedByItsInvitation(t *testing.T) {
	const friend = "lena.k@gmail.com"
	ask := textMessage("r1@mail.gmail.com", "2026-12-01T20:14:00Z", friend, "help!! interview on monday",
		"Hi Sam,\n\nCredito finally called, the interview is on Monday and I'm so nervous. Could we go through it together? Sunday 13 December at 18:00 on Meet, half an hour?\n\nLena")
	yes := sentReply(ask, "r2@example.org", "2026-12-02T07:30:00Z")
	yes.Text = "Sure, happy to!\n\nSam"
	invite := calMessageFrom("r3@google.com", "2026-12-02T09:11:00Z", "Invitation: Mock interview Lena x Sam @ Sun 13 Dec 2026 18:00 - 18:30 (CET)",
		"Mock interview Lena x Sam", vevent{method: "REQUEST", uid: "mock-1@google.com", start: "20261213T170000Z",
			summary: "Mock interview Lena x Sam", organizer: friend})
	for _, iv := range interview.Build([]mail.Message{ask, yes, invite}, nil, sampleConfig()) {
		t.Errorf("interview at %s: %s", iv.Start.UTC(), iv.Evidence)
	}
}

// TestRearrangedInBritishEnglish: "your interview on ... has had to be
// rearranged. Your new interview details are: ..." moves it.
func TestRearrangedInBritishEnglish(t *testing.T) {
	const from = "noreply@civilservicejobs.service.gov.uk"
	invite := textMessage("c1@csj.example", "2026-11-25T11:02:00Z", from, "Invite to interview - Policy Analyst - 518822",
		"Dear Sam Rivera\n\nWe are pleased to invite you to interview.\n\nDate: Tuesday 12 January 2027\nTime: 11:00am\nLocation: Microsoft Teams\n\nGovernment Recruitment Service")
	moved := textMessage("c2@csj.example", "2026-12-02T15:47:00Z", from, "Change to your interview - Policy Analyst - 518822",
		"Dear Sam Rivera\n\nDue to a change in panel availability, your interview on Tuesday 12 January 2027 at 11:00am has had to be rearranged.\n\n"+
			"Your new interview details are:\n\nDate: Wednesday 13 January 2027\nTime: 2:00pm\n\nGovernment Recruitment Service")
	checkStarts(t, []mail.Message{invite, moved}, utc("20270113T140000Z"))
}

// TestDayThenItsClockInTheNextParagraph: a confirmation names the day at
// the end of one paragraph and the clock at the start of the next.
func TestDayThenItsClockInTheNextParagraph(t *testing.T) {
	const from = "earlycareers@kingsmoor-bank.example"
	offer := textMessage("a1@kingsmoor-bank.example", "2026-11-24T11:42:00Z", from, "Graduate Programme 2027 – assessment centre",
		"Hi Sam,\n\nCongratulations! We'd like to invite you to our virtual assessment centre. Please let us know which date suits you: Tuesday 15 December or Thursday 17 December.\n\nEarly Careers Team")
	pick := sentReply(offer, "a2@example.org", "2026-11-25T07:03:00Z")
	pick.Text = "Hi,\n\nThursday 17 December suits me best.\n\nSam"
	confirm := inThread(textMessage("a3@kingsmoor-bank.example", "2026-11-27T15:20:00Z", from, "RE: Graduate Programme 2027 – assessment centre",
		"Hi Sam,\n\nI'm pleased to confirm your place at our virtual assessment centre on Thursday 17 December 2026.\n\n"+
			"The day will start at 9.30am (GMT), so please join a few minutes early.\n\nEarly Careers Team"), offer, pick)
	checkStarts(t, []mail.Message{offer, pick, confirm}, utc("20261217T093000Z"))
}

// TestMeetingsAfterTheVerdict: after an organisation turns the user
// down, or offers the job, its calendar invitation for a call that
// does not call itself an interview is the feedback or the terms, in
// whatever thread it comes.
func TestMeetingsAfterTheVerdict(t *testing.T) {
	invite := func(id, from, summary string) mail.Message {
		return calMessageFrom(id, "2026-12-02T10:00:00Z", summary, "Microsoft Teams-Besprechung",
			vevent{method: "REQUEST", uid: id, start: "20261209T150000Z", summary: summary, organizer: from,
				extra: []string{"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_fb"}})
	}
	tests := []struct {
		name string
		msgs []mail.Message
	}{
		{"a feedback call after the no, in another thread", []mail.Message{
			textMessage("r1@nordkamm.example", "2026-12-01T09:00:00Z", "katrin.sommer@nordkamm.example", "Deine Bewerbung bei Nordkamm",
				"Hallo Sam,\n\nwir haben uns leider für jemand anderen entschieden.\n\nKatrin"),
			invite("f1@nordkamm.example", "jonas.weber@nordkamm.example", "Feedbackgespräch (15 Min.) – Sam Rivera")}},
		{"a call about the offer", []mail.Message{
			textMessage("o1@calblau.example", "2026-12-01T09:00:00Z", "nuria@calblau.example", "Propuesta de incorporación – Product Engineer",
				"Hola Sam,\n\nnos alegra hacerte una propuesta de incorporación como Product Engineer.\n\nNúria"),
			invite("o2@calblau.example", "nuria@calblau.example", "Revisión de la propuesta con Sam")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, iv := range interview.Build(tc.msgs, nil, sampleConfig()) {
				t.Errorf("interview at %s: %s", iv.Start.UTC(), iv.Evidence)
			}
		})
	}
}

// TestCancelledThenResentUnderANewUID: Outlook's way of moving by
// cancelling the invitation and sending a new one (a new UID), the
// cancellation saying only "I'm pulling this invite and sending you a
// fresh one", the new one titled "(rescheduled)": one interview, moved.
// The recruiter may say so in a mail of her own first, which joins the
// new booking: it is still booked after the cancellation.
func TestCancelledThenResentUnderANewUID(t *testing.T) {
	const from = "dana@corbel.example"
	panel := func(method, status, uid, summary, start string, seq int) vevent {
		return vevent{method: method, status: status, uid: uid, summary: summary, start: start, seq: seq, organizer: from}
	}
	first := calMessageFrom("p1@corbel.example", "2026-11-30T15:14:00Z", "Final Round Panel: Sam Rivera", "Here's the invite for your final round panel.",
		panel("REQUEST", "", "uid-a", "Final Round Panel: Sam Rivera", "20261209T160000Z", 0))
	cancel := calMessageFrom("p2@corbel.example", "2026-12-02T14:40:00Z", "Canceled: Final Round Panel: Sam Rivera",
		"Hi Sam – a board session landed on the 9th, so I'm pulling this invite and sending you a fresh one for Friday.",
		panel("CANCEL", "CANCELLED", "uid-a", "Canceled: Final Round Panel: Sam Rivera", "20261209T160000Z", 1))
	silentCancel := calMessageFrom("p2@corbel.example", "2026-12-02T14:40:00Z", "Canceled: Final Round Panel: Sam Rivera", "",
		panel("CANCEL", "CANCELLED", "uid-a", "Canceled: Final Round Panel: Sam Rivera", "20261209T160000Z", 1))
	again := calMessageFrom("p3@corbel.example", "2026-12-02T14:43:00Z", "Final Round Panel (rescheduled): Sam Rivera", "Here's the new time.",
		panel("REQUEST", "", "uid-b", "Final Round Panel (rescheduled): Sam Rivera", "20261211T150000Z", 0))
	announced := textMessage("p0@corbel.example", "2026-12-02T14:38:00Z", from, "Change of date - your interview on 9 Dec",
		"Hi Sam,\n\nA board session landed on the 9th. Rather than move the existing invite, I'll cancel it and send a new one "+
			"for Friday 11 December at 3pm UK time, the same panel.\n\nDana")
	for _, tc := range []struct {
		name string
		msgs []mail.Message
	}{
		{"the cancellation says why", []mail.Message{first, cancel, again}},
		{"a mail before the cancellation says why", []mail.Message{first, announced, silentCancel, again}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkStarts(t, tc.msgs, utc("20261211T150000Z"))
		})
	}
}

// TestStageMovedInAnotherStagesThread: two stages confirmed in two
// messages of a hiring system, and the recruiter's answer to the user's
// reply about the second that moves the first by its name: the
// technical interview moves, the onsite stays.
func TestStageMovedInAnotherStagesThread(t *testing.T) {
	const system = "no-reply@greenhouse.io"
	technical := textMessage("g1@greenhouse.example", "2026-12-01T09:14:00Z", system, "Interview Confirmation: Senior Data Engineer at Aarwald Robotics",
		"Hi Sam,\n\nWe're excited to confirm your interview.\n\nTechnical Interview – Senior Data Engineer\nDate Tuesday, December 8, 2026\n"+
			"Time 4:00 PM – 5:00 PM\nTime zone Central European Time - Zurich\nInterviewers Lukas Frei\n\nNoemi Keller\nAarwald Robotics")
	onsite := textMessage("g2@greenhouse.example", "2026-12-01T09:15:00Z", system, "Interview Confirmation: Senior Data Engineer at Aarwald Robotics",
		"Hi Sam,\n\nWe're also excited to confirm your onsite visit.\n\nOnsite Interview – Senior Data Engineer\nDate Thursday, January 14, 2027\n"+
			"Time 9:30 AM – 12:00 PM\nTime zone Central European Time - Zurich\nLocation Hardturmstrasse 201, 8005 Zürich\n\nNoemi Keller\nAarwald Robotics")
	reply := sentReply(onsite, "g3@example.org", "2026-12-01T20:37:00Z")
	reply.Text = "Hi Noemi,\n\nthanks, I got both confirmations. Do you book the hotel for the onsite?\n\nSam"
	moved := inThread(textMessage("g4@aarwald-robotics.example", "2026-12-02T08:48:00Z", "noemi.keller@aarwald-robotics.example",
		"Re: Interview Confirmation: Senior Data Engineer at Aarwald Robotics",
		"Hi Sam,\n\nWe book the hotel for you.\n\nOne change on our side: Lukas has been pulled into a customer workshop on the 8th, "+
			"so we've moved your technical interview to Thursday, 10 December, same time (16:00 CET).\n\nBest,\nNoemi"), onsite, reply)
	checkStarts(t, []mail.Message{technical, onsite, reply, moved}, utc("20261210T150000Z"), utc("20270114T083000Z"))
}

// TestFriendsCoffeeAboutHerNewJob: a friend who has taken a job names
// its role; her coffee, agreed with the user, is no interview. A
// founder who has just joined a company and hires for it is.
func TestFriendsCoffeeAboutHerNewJob(t *testing.T) {
	coffee := func(text string) []mail.Message {
		const friend = "miri.schulz@web.de"
		first := textMessage("k1@web.de", "2026-11-28T10:24:00Z", friend, "Kaffee nächste Woche?", text)
		first.From[0].Name = "Miriam Schulz"
		reply := sentReply(first, "k2@example.org", "2026-11-28T13:02:00Z")
		reply.Text = "Hi Miri,\n\nSamstag halb elf im Kranich, ich bin dabei.\n\nSam"
		return []mail.Message{first, reply}
	}
	for _, tc := range []struct {
		name string
		text string
		want int
	}{
		{"her contract signed, her start as the role", "Hey Sam,\nlang nicht gesehen! Ich hab den Vertrag bei Nordstern Mobility unterschrieben " +
			"und fang im Januar als Produktmanagerin an. Kaffee am Samstag, 5.12., um halb elf im Café Kranich?\nMiri", 0},
		{"her new job in English", "Hi Sam,\nbig news: I accepted the offer from Nordstern and start in January as Product Manager! " +
			"Coffee on Saturday 5 December at 10:30 at Café Kranich?\nMiri", 0},
		{"a founder who joined and hires", "Hi Sam,\nI've joined Nordstern as CTO and we're looking for a Data Engineer. " +
			"Coffee on Saturday 5 December at 10:30 at Café Kranich?\nMiri", 1},
		// Hiring as it goes on: "we are in the course of recruiting".
		{"a CEO in the course of hiring, in Danish", "Hej Sam,\nvi er ved at rekruttere en Head of Data til Nordstern, og jeg vil gerne høre, om det kunne være noget for dig. " +
			"Kaffe lørdag den 5. december kl. 10.30 på Café Kranich?\nMiri", 1},
		{"a founder in the process of hiring", "Hi Sam,\nwe're in the process of hiring a Head of Data at Nordstern. " +
			"Coffee on Saturday 5 December at 10:30 at Café Kranich?\nMiri", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(coffee(tc.text), nil, sampleConfig())
			if len(ivs) != tc.want {
				for _, iv := range ivs {
					t.Logf("%s %q: %s", iv.Start.UTC(), iv.Company, iv.Evidence)
				}
				t.Errorf("%d interviews, want %d", len(ivs), tc.want)
			}
		})
	}
}

// TestReferrersCoffeeBeforeTheInterview: a friend inside the company
// refers the user, its recruiter invites, and the friend proposes a
// coffee in the referral's thread to prepare: one interview, the
// recruiter's.
func TestReferrersCoffeeBeforeTheInterview(t *testing.T) {
	const friend = "jonas.brandt@posteo.de"
	referral := textMessage("r1@posteo.de", "2026-11-24T21:41:00Z", friend, "Staff Engineer bei uns",
		"Hi Sam,\n\nwie besprochen hab ich dich heute intern für die Staff-Engineer-Stelle im Grid-Analytics-Team empfohlen. "+
			"Unsere Recruiterin Miriam Sauer meldet sich die Tage bei dir.\n\nGrüße\nJonas")
	invite := textMessage("r2@lindgruen-energie.example", "2026-11-26T09:30:00Z", "miriam.sauer@lindgruen-energie.example",
		"Lindgrün Energie – let's talk! (Staff Engineer, Grid Analytics)",
		"Hi Sam,\n\nI'd love to set up a first conversation with Henrik Aalto, who leads our Grid Analytics team.\n\n"+
			"Proposed slot:\nMonday, 14 December 2026, 11:00 - 12:00 (CET)\n\nDoes that work for you?\n\nMiriam")
	yes := sentReply(invite, "r3@example.org", "2026-11-26T11:02:00Z")
	yes.Text = "Hi Miriam,\n\nMonday the 14th at 11 works perfectly for me.\n\nSam"
	coffee := inThread(textMessage("r4@posteo.de", "2026-12-01T17:20:00Z", friend, "Re: Staff Engineer bei uns",
		"Hey Sam,\n\nMiriam meinte, du sprichst bald mit Henrik. Lass uns doch vorher nen Kaffee trinken, dann erzähl ich dir, "+
			"wie Henrik so tickt.\n\nFreitag um halb neun im Bonanza? Geht auf mich.\n\nJ."), referral)
	coffeeYes := sentReply(coffee, "r5@example.org", "2026-12-01T18:02:00Z")
	coffeeYes.Text = "Gerne! Halb neun im Bonanza, bis Freitag :)\n\nSam"
	checkStarts(t, []mail.Message{referral, invite, yes, coffee, coffeeYes}, utc("20261214T100000Z"))
}

// TestRecapAfterOneStageWasBooked: a recruiter lists two stages, the
// user asks to move the second, and her recap lists them again, the
// time first on each line ("- Jueves 17/12, 12:30 hrs - Conversación con
// Francisca"); the first stage's calendar invitation comes too. The
// second stage moves; the first keeps its calendar's time.
func TestRecapAfterOneStageWasBooked(t *testing.T) {
	const from = "camila.soto@cordillera-fintech.example"
	plan := textMessage("cl1@cordillera-fintech.example", "2026-11-30T15:18:00Z", from, "Etapa final - Senior Software Engineer | Cordillera Fintech",
		"Hola Sam,\n\nquedan dos entrevistas, ambas por Teams.\n\n1. Entrevista técnica con Matías Reyes, Tech Lead:\n   lunes 14 de diciembre, de 10:00 a 11:30 hrs.\n\n"+
			"2. Conversación con Francisca Vidal, nuestra CTO:\n   miércoles 16 de diciembre, de 12:30 a 13:15 hrs.\n\n"+
			"Ambos horarios están en hora de Chile (Santiago). ¿Me confirmas si te acomodan?\n\nCamila Soto")
	ask := sentReply(plan, "cl2@example.org", "2026-11-30T18:55:00Z")
	ask.Text = "Hola Camila,\n\nel lunes 14 a las 10:00 me va bien. ¿Sería posible hacer la conversación con Francisca el jueves 17 a la misma hora?\n\nSam"
	recap := inThread(textMessage("cl3@cordillera-fintech.example", "2026-12-01T12:40:00Z", from, "RE: Etapa final - Senior Software Engineer | Cordillera Fintech",
		"Hola Sam,\n\n¡Sin problema! Francisca puede el jueves 17, así que queda así:\n\n- Lunes 14/12, 10:00 hrs - Entrevista técnica con Matías\n"+
			"- Jueves 17/12, 12:30 hrs - Conversación con Francisca (CTO)\n\n(hora de Chile, como siempre)\n\nCamila"), plan, ask)
	booked := calMessageFrom("cl4@cordillera-fintech.example", "2026-12-01T13:02:00Z", "Entrevista técnica - Sam Rivera - Senior Software Engineer", "Reunión de Microsoft Teams",
		vevent{method: "REQUEST", uid: "uid-tecnica", summary: "Entrevista técnica - Sam Rivera - Senior Software Engineer", start: "20261214T130000Z", organizer: from})
	checkStarts(t, []mail.Message{plan, ask, recap, booked}, utc("20261214T130000Z"), utc("20261217T153000Z"))
}

// TestSystemCancelsOneOfTwoStages: a hiring system confirms two stages in
// one mail, and its notice "Interview Cancelled" lists the second's slot
// apart from the sentence that cancels: the second is cancelled, the
// first stays.
func TestSystemCancelsOneOfTwoStages(t *testing.T) {
	me := addr("Sam Rivera", "sam.rivera@example.org")
	system := addr("Flatiron Geospatial", "no-reply@ashbyhq.com")
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	msgs := []mail.Message{
		{Summary: mail.Summary{MessageID: "as1", Date: at, Subject: "Interview Confirmation - Flatiron Geospatial", From: system, To: me},
			Text: "Hi Sam,\n\nHere are the details of your upcoming interviews.\n\nHIRING MANAGER CONVERSATION\nThursday, December 10, 2026\n" +
				"8:30 AM - 9:15 AM CET\n\nTECHNICAL DEEP DIVE\nTuesday, December 15, 2026\n1:00 PM - 2:00 PM CET\n\nTomás Herrera\nTechnical Recruiter"},
		{Summary: mail.Summary{MessageID: "as2", Date: at.Add(48 * time.Hour), Subject: "Interview Cancelled - Flatiron Geospatial", From: system, To: me},
			Text: "Hi Sam,\n\nYour upcoming interview with Flatiron Geospatial has been cancelled.\n\nTechnical Deep Dive\nTuesday, December 15, 2026\n" +
				"1:00 PM - 2:00 PM CET\n\nPowered by Ashby"},
	}
	got := map[time.Time]interview.Status{}
	for _, iv := range interview.Build(msgs, nil, sampleConfig()) {
		got[iv.Start.UTC()] = iv.Status
	}
	want := map[time.Time]interview.Status{utc("20261210T073000Z"): interview.Scheduled, utc("20261215T120000Z"): interview.Cancelled}
	if !maps.Equal(got, want) {
		t.Errorf("statuses %v, want %v", got, want)
	}
}

// TestNamesWantedNotTheUser: a search firm's partner asks the user for
// twenty minutes on whom to approach, saying the role is not for the user
// personally; the user takes the time, the partner confirms the call. No
// interview, in the languages it is said in; the same thread with the
// role offered to the user is one.
func TestNamesWantedNotTheUser(t *testing.T) {
	for _, tc := range []struct {
		name, ask string
		want      int
	}{
		{"Norwegian", "Vi har fått et oppdrag om å finne en ny Head of Supply Chain. Jeg antar at rollen ikke er aktuell for deg selv, men jeg vil gjerne høre hvem vi bør snakke med. Passer torsdag 17. desember kl. 14.00 for en telefon?", 0},
		{"English", "We're retained to find a new Head of Supply Chain. I don't imagine it's one for you personally, but I'd value 20 minutes on who we should approach. Would Thursday 17 December at 2pm work for a call?", 0},
		{"the role offered", "We're retained to find a new Head of Supply Chain, and I think it could be one for you personally. Would Thursday 17 December at 2pm work for a call about the role?", 1},
		{"names from the network, in German", "Ich begleite derzeit die Besetzung der Position Head of Supply Chain. Ich gehe davon aus, dass Sie derzeit keinen Wechsel anstreben. Fällt Ihnen aus Ihrem Netzwerk jemand ein, der für eine solche Aufgabe in Frage käme? Hätten Sie am Donnerstag, 17.12., um 14:00 Uhr Zeit für ein kurzes Telefonat?", 0},
		{"names from the network, in English", "We're retained to find a new Head of Supply Chain. Is there anyone in your network you'd put forward for it? Would Thursday 17 December at 2pm work for a quick call?", 0},
		{"the network only if the role is not for the user", "We're retained to find a new Head of Supply Chain, and I think you'd be a great fit. Would Thursday 17 December at 2pm work for a call? If the timing is wrong for you, is there anyone in your network who might be interested?", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ask := textMessage("ask-1@moen-search.example", "2026-12-11T13:37:00+01:00", "lars.moen@moen-search.example", "Head of Supply Chain", tc.ask+"\n\nLars Moen\nPartner")
			answer := textMessage("ans-1@example.org", "2026-12-11T15:02:00+01:00", "sam.rivera@example.org", "Re: Head of Supply Chain",
				"Hi Lars,\n\nGood to hear from you! Thursday 14:00 works for me.\n\nBest,\nSam")
			answer.From, answer.To = addr("Sam Rivera", "sam.rivera@example.org"), addr("Lars Moen", "lars.moen@moen-search.example")
			answer.InReplyTo, answer.References = []string{"ask-1@moen-search.example"}, []string{"ask-1@moen-search.example"}
			ivs := interview.Build([]mail.Message{ask, answer}, nil, sampleConfig())
			if len(ivs) != tc.want {
				for _, iv := range ivs {
					t.Logf("%q at %s (%s)", iv.Company, iv.Start.UTC(), iv.Why.Time)
				}
				t.Fatalf("%d interviews, want %d", len(ivs), tc.want)
			}
		})
	}
}

// TestFinnishReplyMovesUnderItsQuote: a Finnish Outlook reply ("VS:",
// which Danish and Norwegian write for a forward) moves the interview
// above its quote of the user's confirmation of the old time
// ("Lähettäjä:", "Lähetetty:"). The interview is at the new time.
func TestFinnishReplyMovesUnderItsQuote(t *testing.T) {
	invite := textMessage("kutsu-1@kuohu-data.example", "2026-12-17T09:00:00+02:00", "anna.virtanen@kuohu-data.example", "Kutsu haastatteluun – Data Engineer",
		"Hei Sam,\n\nkutsumme sinut haastatteluun.\n\nAika: tiistaina 12.1.2027 klo 9.00–10.00 (Suomen aikaa)\nPaikka: Microsoft Teams\n\nAnna")
	yes := sentReply(invite, "vastaus-1@example.org", "2026-12-18T19:03:00+01:00")
	yes.Text = "Hei Anna,\n\nKiitos! Tuesday 12.1. at 9:00 Finnish time works well for me.\n\nSam"
	move := textMessage("siirto-1@kuohu-data.example", "2027-01-04T10:15:00+02:00", "anna.virtanen@kuohu-data.example", "VS: Kutsu haastatteluun – Data Engineer",
		"Hei Sam,\n\njoudumme siirtämään haastattelua.\n\nUusi aika: torstai 14.1.2027 klo 13.00–14.00 (Suomen aikaa)\n\nTerveisin\nAnna\n\n"+
			"________________________________\nLähettäjä: Sam Rivera <sam.rivera@example.org>\nLähetetty: perjantai 18. joulukuuta 2026 19.03\n"+
			"Vastaanottaja: Anna Virtanen <anna.virtanen@kuohu-data.example>\nAihe: Re: Kutsu haastatteluun – Data Engineer\n\n"+
			"Hei Anna,\n\nKiitos! Tuesday 12.1. at 9:00 Finnish time works well for me.\n\nSam")
	move.InReplyTo, move.References = []string{"vastaus-1@example.org"}, []string{"kutsu-1@kuohu-data.example", "vastaus-1@example.org"}
	wantOneAt(t, interview.Build([]mail.Message{invite, yes, move}, nil, sampleConfig()), "20270114T110000Z")
}

// TestTrialDayInASlavicLanguage: "пробний робочий день" is a trial of
// the work, a step of hiring as "Probearbeiten" is; "пробна співбесіда"
// is a mock interview.
func TestTrialDayInASlavicLanguage(t *testing.T) {
	for _, tc := range []struct {
		name, subject, text string
		want                int
	}{
		{"a trial working day, in Ukrainian", "Запрошення на пробний робочий день",
			"Добрий день, Sam!\n\nЗапрошуємо Вас на пробний робочий день:\nпонеділок, 14 грудня 2026, з 8:00 до 14:00\nГотель Ліпа, Мюнхен\n\nОлена", 1},
		{"a trial day, in Polish", "Zaproszenie na próbny dzień pracy",
			"Dzień dobry,\n\nzapraszamy na próbny dzień pracy w poniedziałek, 14 grudnia 2026, o 8:00.\n\nMagazyn Lipa", 1},
		{"a mock interview, in Ukrainian", "Пробна співбесіда в понеділок?",
			"Привіт, Sam!\n\nДавай зробимо пробну співбесіду в понеділок, 14 грудня 2026, о 19:00.\n\nОлена", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := textMessage("trial-1@lipa-hotel.example", "2026-12-07T10:00:00+01:00", "olena@lipa-hotel.example", tc.subject, tc.text)
			if ivs := interview.Build([]mail.Message{m}, nil, sampleConfig()); len(ivs) != tc.want {
				t.Errorf("%d interviews, want %d", len(ivs), tc.want)
			}
		})
	}
}

// TestCallProposedAfterTheThanksForApplying: a recruiter in Portugal
// thanks for the application and proposes a first phone call
// ("chamada telefónica") at a time; the user takes it. The thanks make
// no mere receipt of it, and a field's label ("Duração:") names no
// company.
func TestCallProposedAfterTheThanksForApplying(t *testing.T) {
	ask := textMessage("cham-1@recrutamento-luso.example", "2026-11-24T11:52:00Z", "rita.matos@recrutamento-luso.example", "Operador de Armazém - chamada amanhã?",
		"Olá Sam,\n\nObrigada pela sua candidatura para Operador de Armazém.\n\nGostaria de fazer uma primeira chamada telefónica rápida. "+
			"Pode ser amanhã, quarta-feira 25/11, às 14h00 (hora de Lisboa)? Eu ligo para o número do CV.\nDuração: cerca de 15 min (chamada com a Rita, recrutadora)\n\nCumprimentos,\nRita Matos")
	yes := sentReply(ask, "cham-2@example.org", "2026-11-24T13:10:00Z")
	yes.Text = "Olá Rita,\n\nSim, amanhã às 14h00 está ótimo.\n\nSam"
	ivs := interview.Build([]mail.Message{ask, yes}, nil, sampleConfig())
	wantOneAt(t, ivs, "20261125T140000Z")
	if ivs[0].Company == "Duração" {
		t.Errorf("company %q: a field's label", ivs[0].Company)
	}
}

// TestAgendaReminderOfTheDay: a hiring system invites to an assessment day
// at its start, and its reminder gives the day's agenda, whose first line
// is that start and a later line the individual interviews. One
// interview, at the day's start.
func TestAgendaReminderOfTheDay(t *testing.T) {
	const from = "noreply@successfactors.eu"
	invite := namedMessage("inv-ad@successfactors.eu", "2026-12-02T10:05:00+01:00", "Talento Serrano Seguros", from,
		"Invitación Assessment Day - Analista de Riesgos",
		"Estimado/a Sam Rivera:\n\nNos complace invitarte a nuestro Assessment Day el jueves 17 de diciembre de 2026 a las 09:00 en nuestras oficinas de Madrid.\n\nEquipo de Talento\nSerrano Seguros")
	reminder := namedMessage("rem-ad@successfactors.eu", "2026-12-14T09:00:00+01:00", "Talento Serrano Seguros", from,
		"Recordatorio: Assessment Day el jueves 17 de diciembre",
		"Estimado/a Sam Rivera:\n\nTe recordamos que el próximo jueves 17 de diciembre te esperamos en nuestro Assessment Day.\n\nAGENDA\n 09:00  Acreditación y bienvenida\n"+
			" 10:00  Dinámica de grupo\n 11:50  Caso práctico\n 13:00  Entrevistas individuales (20 min)\n 14:00  Cierre\n\nEquipo de Talento\nSerrano Seguros")
	wantOneAt(t, interview.Build([]mail.Message{invite, reminder}, nil, sampleConfig()), "20261217T080000Z")
}

// TestMoveWithItsEnd: a move gives the new start and then when the
// session will end; the interview starts at the start.
func TestMoveWithItsEnd(t *testing.T) {
	invite := textMessage("inv-1@fjellvik-sok.example", "2026-12-15T09:30:00+01:00", "ingrid@fjellvik-sok.example", "Siste runde – casepresentasjon",
		"Hei Sam,\n\nSiste runde er en casepresentasjon:\n\nTirsdag 12. januar 2027 kl. 13.00-15.00 på hovedkontoret.\n\nKan du bekrefte at dagen passer?\n\nIngrid")
	moved := textMessage("mv-1@fjellvik-sok.example", "2027-01-04T08:12:00+01:00", "ingrid@fjellvik-sok.example", "Re: Siste runde – casepresentasjon",
		"Hei Sam,\n\nNB: vi har flyttet starten en halvtime: presentasjonen begynner tirsdag 12. januar kl. 13.30, og vi avslutter ca. kl. 15.30.\n\nIngrid")
	moved.InReplyTo, moved.References = []string{"inv-1@fjellvik-sok.example"}, []string{"inv-1@fjellvik-sok.example"}
	wantOneAt(t, interview.Build([]mail.Message{invite, moved}, nil, sampleConfig()), "20270112T123000Z")
}

// TestMoveThenANewDeadline: a move puts the interview on a new day and
// then gives a new deadline for the slides, later in the mail; the
// interview is at the time it moved to, not at the deadline.
func TestMoveThenANewDeadline(t *testing.T) {
	invite := textMessage("inv-1@hallamvale.example", "2026-11-20T10:00:00Z", "p.okafor@hallamvale.example", "Invitation to Interview - Staff Nurse",
		"Dear Sam\n\nThank you for your application. I am pleased to invite you to interview on Tuesday 15 December 2026 at 2.00pm (UK time) on Teams.\n\n"+
			"Please send your slides by 12 noon on Monday 14 December.\n\nKind regards\nPriya Okafor")
	moved := textMessage("mv-1@hallamvale.example", "2026-12-03T11:00:00Z", "p.okafor@hallamvale.example", "RE: Invitation to Interview - Staff Nurse - CHANGE OF DATE",
		"Dear Sam\n\nDue to a change in the panel's availability your interview has now been moved to:\n\nThursday 17 December 2026 at 10.00am (UK time)\n\n"+
			"Everything else stays the same. The slides deadline is now 12 noon on Wednesday 16 December.\n\nKind regards\nPriya Okafor")
	moved.InReplyTo, moved.References = []string{"inv-1@hallamvale.example"}, []string{"inv-1@hallamvale.example"}
	wantOneAt(t, interview.Build([]mail.Message{invite, moved}, nil, sampleConfig()), "20261217T100000Z")
}

// TestUsersConfirmationThenMovedInTheAnswer: the user confirms a time in a
// letter of their own, and the employer's answer to it moves the
// interview: one interview, at the new time.
func TestUsersConfirmationThenMovedInTheAnswer(t *testing.T) {
	me := addr("Sam Rivera", "sam.rivera@example.org")
	confirm := mail.Message{Summary: mail.Summary{MessageID: "ob1@example.org", Date: time.Date(2026, 11, 23, 17, 41, 0, 0, time.UTC),
		Subject: "Colloquio conoscitivo - Data Engineer (Python/Spark)", From: me, To: addr("Laura Colombo", "laura.colombo@officine-brambilla.example")},
		Text: "Buongiorno Laura,\n\nConfermo volentieri la mia disponibilità per giovedì 10 dicembre alle 11:00 su Teams.\n\nCordiali saluti,\nSam Rivera"}
	moved := textMessage("ob2@officine-brambilla.example", "2026-12-01T08:05:00Z", "laura.colombo@officine-brambilla.example",
		"R: Colloquio conoscitivo - Data Engineer (Python/Spark)",
		"Buongiorno Sam,\n\nmi scuso per il cambio: abbiamo quindi spostato il colloquio a venerdì 11 dicembre alle ore 14.30, sempre su Teams.\n\nLaura Colombo\nHR Recruiter")
	moved = inThread(moved, confirm)
	checkStarts(t, []mail.Message{confirm, moved}, utc("20261211T133000Z"))
}

// TestMovedWithLunchInTheSameParagraph: the employer fixes the later
// start the user asked for, and says in the next sentence that lunch
// ("dîner", in Switzerland) moves too: the time is the interview's.
func TestMovedWithLunchInTheSameParagraph(t *testing.T) {
	const from = "yannick.favre@alpinum-robotics.example"
	offer := textMessage("al1@alpinum-robotics.example", "2026-11-30T08:12:00Z", from, "Deuxième tour chez Alpinum",
		"Salut Sam,\n\nOn aimerait te faire venir à Lausanne pour un deuxième tour, sur place, pour le poste de Lead Software Engineer.\n\n"+
			"Est-ce que le mercredi 6 janvier à 9h15 pourrait te convenir ?\n\nYannick")
	ask := sentReply(offer, "al2@example.org", "2026-11-30T21:15:00Z")
	ask.Text = "Salut Yannick,\n\nLe 6 janvier me va très bien. Est-ce qu'on pourrait commencer un peu plus tard, genre vers 10h ?\n\nSam"
	fixed := inThread(textMessage("al3@alpinum-robotics.example", "2026-12-01T06:48:00Z", from, "Re: Deuxième tour chez Alpinum",
		"Pas de souci ! Disons 10h15 le mercredi 6 janvier alors, ça te laisse de la marge. Le dîner se décale d'autant, c'est pas un problème.\n\nYannick"), offer, ask)
	checkStarts(t, []mail.Message{offer, ask, fixed}, utc("20270106T091500Z"))
}

// TestRoleWithoutThePostingsReference: a council's subject puts the
// posting's reference after the title; it is no team of the role.
func TestRoleWithoutThePostingsReference(t *testing.T) {
	m := textMessage("cb1@calderbridge.example", "2026-11-25T10:00:00Z", "recruitment@calderbridge.example",
		"Interview invitation: Policy and Performance Officer - Ref POL0412",
		"Dear Sam,\n\nThank you for applying for the post of Policy and Performance Officer - Ref POL0412. We are pleased to invite you to interview.\n\n"+
			"Date: Thursday 17 December 2026\nTime: 10:00am\nLocation: Microsoft Teams\n\nHR Recruitment Team")
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("%d interviews, want 1", len(ivs))
	}
	if ivs[0].Role != "Policy and Performance Officer" {
		t.Errorf("role %q, want Policy and Performance Officer", ivs[0].Role)
	}
}

// TestStagesWithTheReadersClockBeside: each stage's time is followed by
// the writer's guess at it on the user's clock, in a question of its
// own; both stages are interviews, once each.
func TestStagesWithTheReadersClockBeside(t *testing.T) {
	m := textMessage("cg1@coralbay-games.example", "2026-11-24T23:18:00Z", "mia@coralbay-games.example", "Coralbay - next steps (Lead Gameplay Engineer)",
		"Hi Sam,\n\nNext two steps for the Lead Gameplay Engineer role:\n\n"+
			"1. Technical deep-dive with Liam Carter (Technical Director), 90 mins - Friday 11 December, 9:00am Sydney time. I know that's early-ish for us and late for you, I think it works out at 11pm Thursday night in Berlin?\n\n"+
			"2. Founders chat with Jess Nguyen and Daniel Okoro, 45 mins - Tuesday 15 December, 6:30pm AEDT (should be 8:30am Tuesday your time).\n\n"+
			"Both on Zoom.\n\nCheers,\nMia")
	checkStarts(t, []mail.Message{m}, utc("20261210T220000Z"), utc("20261215T073000Z"))
}

// TestFurtherRoundLockedInTheFirstRoundsThread: the recruiter answers in
// the thread of a hiring system's invitation and fixes the final round,
// its time on lines of its own below the paragraph that names it.
func TestFurtherRoundLockedInTheFirstRoundsThread(t *testing.T) {
	const recruiter = "nurul.aisyah@tembusu-robotics.example"
	first := calMessageFrom("fr1@freshteam.example", "2026-11-23T02:15:00Z", "Interview scheduled: Robotics Software Engineer at Tembusu Robotics",
		"Your interview has been scheduled.",
		vevent{method: "REQUEST", uid: "ft-1", summary: "Hiring Manager Round - Sam Rivera (Robotics Software Engineer)", start: "20261208T083000Z", organizer: recruiter})
	first.From = []mail.Address{{Name: "Tembusu Robotics", Email: "no-reply@freshteam.com"}}
	reply := sentReply(first, "fr2@example.org", "2026-11-23T18:22:00Z")
	reply.Text = "Hi Nurul,\n\nthanks! Is there live coding in the HM round?\n\nSam"
	locked := inThread(textMessage("fr3@tembusu-robotics.example", "2026-11-24T01:48:00Z", recruiter,
		"Re: Interview scheduled: Robotics Software Engineer at Tembusu Robotics",
		"Hi Sam,\n\nNo live coding in the HM round.\n\nAlso, Arjun asked me to already lock in the final round so we don't lose time over the holidays. "+
			"It will be with our CTO:\n\nThursday, 14 Jan 2027\n5pm SGT (10am your time), 90 mins, on Google Meet\n\nCheers,\nNurul"), first, reply)
	checkStarts(t, []mail.Message{first, reply, locked}, utc("20261208T083000Z"), utc("20270114T090000Z"))
}

// TestAgencysTwoClientsInOneMailFromLeeds: an agency in Leeds confirms two
// clients' interviews, each under its list item "<company> – <role>", its
// time alone on the next line, written at +00:00 with salaries in pounds:
// two interviews, each its client's, on the clock of the UK. The
// passport for the right to work check belongs to one of them.
func TestAgencysTwoClientsInOneMailFromLeeds(t *testing.T) {
	m := textMessage("kt1@keystonetalent.example", "2026-12-03T08:52:00Z", "darren.whelan@keystonetalent.example", "Interviews next week",
		"Morning Sam\n\nGreat news, both confirmed for next week - details below\n\n"+
			"1) Harrow & Finch – Finance Systems Analyst (£42-45k)\nMon 7th Dec @ 2pm\nTeams – Sophie Marsh (FD) will send you the link direct\n\n"+
			"2) Tillbrook Foods – Systems Analyst, ERP (£40k + bonus)\nWeds 9th Dec @ 9.30am\nFace to face – Tillbrook House, Leeds\n"+
			"Bring your passport for the right to work check\n\nDarren\n\nSent from my iPhone")
	got := map[time.Time]string{}
	for _, iv := range interview.Build([]mail.Message{m}, nil, sampleConfig()) {
		got[iv.Start.UTC()] = iv.Company
	}
	want := map[time.Time]string{utc("20261207T140000Z"): "Harrow & Finch", utc("20261209T093000Z"): "Tillbrook Foods"}
	if !maps.Equal(got, want) {
		t.Errorf("interviews %v, want %v", got, want)
	}
}

// TestCountryAndOffsetPlaceTheWriter: a currency or the name of one
// country and a Date header at that country's offset, not the user's, say
// whose clock a time without a zone is on; either alone does not.
func TestCountryAndOffsetPlaceTheWriter(t *testing.T) {
	invite := func(date, text string) mail.Message {
		return textMessage("mo1@northfield.example", date, "jo@northfield.example", "Interview – Finance Analyst",
			"Hi Sam,\n\nWe'd like to invite you to an interview for the Finance Analyst role ("+text+").\n\nDate: Tuesday 8 December 2026\nTime: 2pm\n\nJo")
	}
	for _, tc := range []struct {
		name string
		m    mail.Message
		want time.Time
	}{
		{"pounds at +00:00", invite("2026-12-01T09:00:00Z", "£42-45k"), utc("20261208T140000Z")},
		{"pounds at the user's offset", func() mail.Message {
			m := invite("2026-12-01T09:00:00Z", "£42-45k")
			m.Date = m.Date.In(time.FixedZone("", 3600))
			return m
		}(), utc("20261208T130000Z")},
		{"no money at +00:00", invite("2026-12-01T09:00:00Z", "permanent"), utc("20261208T130000Z")},
		{"the UK named at +00:00", invite("2026-12-01T09:00:00Z", "please bring proof of your right to work in the UK"), utc("20261208T140000Z")},
		{"London named at +00:00", invite("2026-12-01T09:00:00Z", "if you're not in London that week a video call is fine"), utc("20261208T140000Z")},
		{"an American address at its state's offset", func() mail.Message {
			m := invite("2026-12-01T18:00:00Z", "Human Resources, 1450 Orchard Avenue, Cedar Valley, CA 95688")
			m.Date = m.Date.In(time.FixedZone("", -8*3600))
			return m
		}(), utc("20261208T220000Z")},
		{"an American address at the user's offset", invite("2026-12-01T09:00:00Z", "our office: 200 Main Street, Austin, TX 78701"), utc("20261208T130000Z")},
		{"two states' addresses say no one clock", func() mail.Message {
			m := invite("2026-12-01T18:00:00Z", "offices at 1 Pine St, Portland, OR 97204 and 9 Elm St, Boston, MA 02108")
			m.Date = m.Date.In(time.FixedZone("", -8*3600))
			return m
		}(), utc("20261208T130000Z")},
		{"the UK named at the user's offset", func() mail.Message {
			m := invite("2026-12-01T09:00:00Z", "please bring proof of your right to work in the UK")
			m.Date = m.Date.In(time.FixedZone("", 3600))
			return m
		}(), utc("20261208T130000Z")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkStarts(t, []mail.Message{tc.m}, tc.want)
		})
	}
}

// TestMovedToAClockWithoutAMOrPM: a noon phone screen moved "to 1:30
// instead" the same day is at half past one in the afternoon.
func TestMovedToAClockWithoutAMOrPM(t *testing.T) {
	const recruiter = "kayla.recruits@gmail.com"
	screen := textMessage("pc1@gmail.example", "2026-12-01T15:00:00Z", recruiter, "Phone screen - Pinecrest Analytics",
		"Hi Sam,\n\nthe hiring manager at Pinecrest Analytics would like a phone screen. She proposed Mon Dec 14 at 12 noon Central. You'd call her cell.\n\nKayla")
	yes := sentReply(screen, "pc2@example.org", "2026-12-01T17:00:00Z")
	yes.Text = "Hi Kayla,\n\nMonday at noon Central works, I'll call her.\n\nSam"
	moved := inThread(textMessage("pc3@gmail.example", "2026-12-02T15:00:00Z", recruiter, "Re: Phone screen - Pinecrest Analytics",
		"Small change - she has a conflict at noon, can you call at 1:30 instead? Same number.\n\nK"), screen, yes)
	checkStarts(t, []mail.Message{screen, yes, moved}, utc("20261214T193000Z"))
}

// TestAlumniCoffeeThatSaysItIsNoInterview: an alumnus at a firm says his
// coffee chat is no job interview, in a thread whose subject names an
// alumni programme; the booking that follows is his coffee, not an
// interview.
func TestAlumniCoffeeThatSaysItIsNoInterview(t *testing.T) {
	const felix = "felix.hartmann@ashgrove-consulting.example"
	ask := mail.Message{Summary: mail.Summary{MessageID: "am1@example.org", Date: utc("20261120T203400Z"), Mailbox: "Sent",
		Subject: "TUM-Alumni-Mentoring: kurzer Austausch zu Consulting?", From: addr("Sam Rivera", "sam.rivera@example.org"), To: addr("Felix Hartmann", felix)},
		Text: "Hallo Felix,\n\nhättest du Lust auf einen kurzen virtuellen Kaffee?\n\nViele Grüße\nSam"}
	reply := inThread(textMessage("am2@ashgrove-consulting.example", "2026-11-22T09:02:00Z", felix, "Re: TUM-Alumni-Mentoring: kurzer Austausch zu Consulting?",
		"Hi Sam,\n\nklar, gerne! Nur damit keine falschen Erwartungen entstehen: ich bin nicht im Recruiting und das ist kein Bewerbungsgespräch, "+
			"einfach ein lockerer Kaffee unter Alumni.\n\nSuch dir einen Slot aus: https://calendly.com/felix-hartmann-ashgrove/coffee-chat\n\nFelix"), ask)
	booked := calMessageFrom("am3@calendly.example", "2026-11-22T19:26:00Z", "Confirmed: Sam Rivera and Felix Hartmann on Friday, December 11, 2026",
		"Your Coffee chat (30 min) with Felix Hartmann at 08:30am (Central European Time) on Friday, December 11, 2026 is scheduled.",
		vevent{method: "REQUEST", uid: "cal-coffee", summary: "Sam Rivera and Felix Hartmann", start: "20261211T073000Z", organizer: felix,
			extra: []string{"LOCATION:https://meet.google.com/vbk-rzqa-fuw"}})
	booked.From = []mail.Address{{Name: "Calendly", Email: "notifications@calendly.com"}}
	booked.ReplyTo = []mail.Address{{Name: "Felix Hartmann", Email: felix}}
	checkStarts(t, []mail.Message{ask, reply, booked})
}

// TestConflictLandedOnTheInterviewsTime: a week before, the hiring
// manager says a call "just landed on Friday at 9" and asks to push the
// coffee to 10:15: the interview moves to 10:15 that Friday, not to 9.
func TestConflictLandedOnTheInterviewsTime(t *testing.T) {
	const dana = "dana.whitfield@lumenfreight.example"
	offer := textMessage("lf1@lumenfreight.example", "2026-11-30T07:14:00Z", dana, "coffee?",
		"Hi Sam,\n\nRavi passed me your CV. I run the data team at Lumen Freight and I'm hiring an Analytics Engineering Lead. "+
			"Before our formal loop I like to meet over coffee, the first stage of our process.\n\nWould Friday the 11th at 9:30 work, at St. Oberholz?\n\nDana")
	yes := sentReply(offer, "lf2@example.org", "2026-11-30T20:03:00Z")
	yes.Text = "Hi Dana,\n\nFriday the 11th at 9:30 at St. Oberholz works for me.\n\nSam"
	push := inThread(textMessage("lf3@lumenfreight.example", "2026-12-02T06:51:00Z", dana, "Re: coffee?",
		"Sam – sorry, a board prep call just landed on Friday at 9. Could we push to 10:15, same place?\n\nD."), offer, yes)
	checkStarts(t, []mail.Message{offer, yes, push}, utc("20261211T091500Z"))
}

// TestFounderWhoHiresFromAProvidersAddress: a founder writing from his
// internet provider's address says whom he hires and proposes a call;
// the user's yes makes it an interview, and the provider is no company.
func TestFounderWhoHiresFromAProvidersAddress(t *testing.T) {
	for _, tc := range []struct {
		name, from, subject, text, yes string
		want                           time.Time
	}{
		{"in Dutch, from ziggo.nl", "jdewit1979@ziggo.nl", "Kraanvogel / even kennismaken?",
			"Hoi Sam,\n\nIk ben een van de oprichters van Kraanvogel. We zoeken een senior backend developer die ook een stuk architectuur wil trekken.\n\n" +
				"Zullen we maandag 14 december om 14.00 uur even (video)bellen? Half uurtje, gewoon kennismaken.\n\nGroet,\nJoost",
			"Hoi Joost,\n\nmaandag 14 december om 14.00 uur is prima!\n\nSam", utc("20261214T130000Z")},
		{"in Polish, from o2.pl, the title in its case", "t.wrobel@o2.pl", "Kawka Systems - pogadamy?",
			"Cześć Sam,\n\nrazem z Pawłem prowadzimy Kawka Systems i właśnie szukamy Senior Backend Developera (Go/Postgres), w 100% zdalnie.\n\n" +
				"Masz czas na luźną rozmowę online we wtorek 15 grudnia o godz. 14:00?\n\nTomasz",
			"Cześć Tomasz,\n\nwtorek 15 grudnia o 14:00 pasuje!\n\nSam", utc("20261215T130000Z")},
		{"in English over a fika", "linnea.ek.sthlm@gmail.com", "fika i januari? :)",
			"Hej Sam!\n\nOskar and I finally closed funding for Fjällvind and I'm looking for a staff engineer to help me build the engineering team. " +
				"I'd just love to tell you more over a fika. Would Thursday 7 January kl. 13.30 at our office work?\n\nLinnea",
			"Hej Linnea,\n\nThursday 7 January at 13.30 works, see you then!\n\nSam", utc("20270107T123000Z")},
		{"in Austrian German, from aon.at", "f.gruber.linz@aon.at", "Softwareentwickler/in C# - Telefonat?",
			"Sehr geehrte/r Sam Rivera,\n\nich bin Inhaber der Gruber Software & Automation GmbH in Linz und suche eine/n Softwareentwickler/in C#. " +
				"Hätten Sie am Montag, 7.12. um 14 Uhr Zeit für ein kurzes Telefonat?\n\nMit freundlichen Grüßen\nFranz Gruber",
			"Sehr geehrter Herr Gruber,\n\nMontag, 7.12. um 14 Uhr passt mir gut.\n\nSam Rivera", utc("20261207T130000Z")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := textMessage("fo1@"+tc.from[strings.IndexByte(tc.from, '@')+1:], "2026-11-27T09:00:00Z", tc.from, tc.subject, tc.text)
			reply := sentReply(m, "fo2@example.org", "2026-11-27T12:00:00Z")
			reply.Text = tc.yes
			ivs := interview.Build([]mail.Message{m, reply}, nil, sampleConfig())
			if len(ivs) != 1 || !ivs[0].Start.Equal(tc.want) {
				t.Fatalf("interviews %v, want one at %s", ivs, tc.want)
			}
			provider, _, _ := strings.Cut(tc.from[strings.IndexByte(tc.from, '@')+1:], ".")
			if c := ivs[0].Company; strings.EqualFold(c, provider) {
				t.Errorf("company %q: the mail provider", c)
			}
		})
	}
}

// TestBookingWithWhoWroteAboutAJob: a scheduling system's booking speaks
// for the person in its Reply-To; when that person wrote to the user
// about a job, the booking is the interview, in whatever words it is
// titled, and its "Reschedule:" link moves nothing.
func TestBookingWithWhoWroteAboutAJob(t *testing.T) {
	cfg := sampleConfig()
	at := func(day, hour int) time.Time { return time.Date(2026, 11, day, hour, 0, 0, 0, time.UTC) }
	note := mail.Message{Summary: mail.Summary{MessageID: "n1@hollisfreight.example", Date: at(30, 14),
		Subject: "Hollis Freight - Engineering Manager, Platform",
		From:    addr("Marcus Webb", "marcus.webb@hollisfreight.example"), To: addr("Sam Rivera", "sam.rivera@example.org")},
		Text: "Hi Sam,\n\nI'm the hiring manager for the Engineering Manager, Platform role here at Hollis Freight and I'd love to get 45 minutes with you.\n\nEasiest is to grab a slot on my calendar: https://calendly.com/marcus-webb-hollis/intro-call\n\nMarcus"}
	booking := func(replyTo string) mail.Message {
		return mail.Message{Summary: mail.Summary{MessageID: "b1@calendly.com", Date: at(30, 17),
			Subject: "Confirmed: Intro call - Hollis Freight with Marcus Webb on Friday, December 11, 2026",
			From:    addr("Calendly", "notifications@calendly.com"), ReplyTo: addr("Marcus Webb", replyTo), To: addr("Sam Rivera", "sam.rivera@example.org")},
			Text: "Hi Sam Rivera,\n\nYour Intro call - Hollis Freight with Marcus Webb at 04:30pm (Central European Time) on Friday, December 11, 2026 is scheduled.\n\n" +
				"Event Date/Time:\n04:30pm - 05:15pm (Central European Time) on Friday, December 11, 2026\n\nNeed to make changes to this event?\n" +
				"Cancel: https://calendly.com/cancellations/9f3c1a7e\nReschedule: https://calendly.com/reschedulings/9f3c1a7e\n\nPowered by Calendly.com"}
	}
	tests := []struct {
		name string
		msgs []mail.Message
		want int
	}{
		{"booked with the hiring manager who wrote", []mail.Message{note, booking("marcus.webb@hollisfreight.example")}, 1},
		{"the same booking alone", []mail.Message{booking("marcus.webb@hollisfreight.example")}, 0},
		{"booked with someone else", []mail.Message{note, booking("tom.ray@brightsales.example")}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, cfg)
			if len(ivs) != tc.want {
				t.Fatalf("%d interviews, want %d", len(ivs), tc.want)
			}
			if tc.want == 0 {
				return
			}
			if want := time.Date(2026, 12, 11, 15, 30, 0, 0, time.UTC); !ivs[0].Start.Equal(want) {
				t.Errorf("Start = %s, want %s", ivs[0].Start, want)
			}
			if strings.Contains(ivs[0].Evidence, "moved") {
				t.Errorf("Evidence = %q: a booking's own Reschedule link moves nothing", ivs[0].Evidence)
			}
		})
	}
}

// TestJobBoardInvitationThenTheEmployer: a job board relays one
// employer's interview, through the mailer of its alerts and in the
// country's clock the mail names; the employer's own domain, which spells
// the company, then cancels the slot it names.
func TestJobBoardInvitationThenTheEmployer(t *testing.T) {
	cfg := sampleConfig()
	bogota := time.FixedZone("-0500", -5*3600)
	invite := mail.Message{Summary: mail.Summary{MessageID: "ct1@mailer.computrabajo.com", Date: time.Date(2026, 11, 30, 10, 21, 0, 0, bogota),
		Subject: "Soluciones Guatapé S.A.S. te invitó a una entrevista",
		From:    addr("Computrabajo", "notificaciones@co.computrabajo.com"), To: addr("", "sam.rivera@example.org"), Bulk: true},
		Text: "¡Te invitaron a una entrevista!\nHola Sam,\nLa empresa Soluciones Guatapé S.A.S. revisó tu hoja de vida y quiere conocerte.\n\n" +
			"Fecha\njueves, 10 de diciembre de 2026\nHora\n3:00 p. m.\nModalidad\nVideollamada\n\n" +
			"Recibes este correo porque te postulaste a una oferta en Computrabajo Colombia."}
	cancel := mail.Message{Summary: mail.Summary{MessageID: "gs1@guatape-soluciones.example", Date: time.Date(2026, 12, 2, 17, 55, 0, 0, bogota),
		Subject: "Cancelación entrevista - Analista de Inteligencia de Negocios",
		From:    addr("Andrés Felipe Castaño", "afcastano@guatape-soluciones.example"), To: addr("", "sam.rivera@example.org")},
		Text: "Buenas tardes, Sam:\n\nLe escribo para informarle que nos vemos en la obligación de cancelar la entrevista que teníamos programada " +
			"para el jueves 10 de diciembre a las 3:00 p. m.\n\nCordialmente,\nAndrés Felipe Castaño\nSoluciones Guatapé S.A.S."}
	tests := []struct {
		name   string
		msgs   []mail.Message
		status interview.Status
	}{
		{"the invitation alone", []mail.Message{invite}, interview.Scheduled},
		{"cancelled by the employer's own domain", []mail.Message{invite, cancel}, interview.Cancelled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, cfg)
			if len(ivs) != 1 {
				t.Fatalf("%d interviews, want 1", len(ivs))
			}
			iv := ivs[0]
			if want := time.Date(2026, 12, 10, 20, 0, 0, 0, time.UTC); !iv.Start.Equal(want) {
				t.Errorf("Start = %s, want %s (3 p.m. in Colombia)", iv.Start.UTC(), want)
			}
			if iv.Company != "Soluciones Guatapé" && iv.Company != "Soluciones Guatapé S.A.S" {
				t.Errorf("Company = %q", iv.Company)
			}
			if iv.Status != tc.status {
				t.Errorf("Status = %s (%s), want %s", iv.Status, iv.StatusReason, tc.status)
			}
		})
	}
}

// TestItineraryTimesAreNoInterview: a recruiter books the flights to the
// final round and lists them; their departures and arrivals are not the
// interview's time, however the mail's subject names the round.
func TestItineraryTimesAreNoInterview(t *testing.T) {
	from := addr("Aoife Kinsella", "aoife.kinsella@liffeyhealth.example")
	for _, tc := range []struct{ name, text string }{
		{"flights with arrows", "All booked! Details below:\n\nFlights (Aer Lingus, booking ref. 4QXT7M)\nWed 13 Jan - EI 337 Berlin BER 18:40 -> Dublin 20:05\n" +
			"Thu 14 Jan - EI 338 Dublin 16:55 -> Berlin BER 20:20\n\nHotel: The Marker - one night, 13-14 Jan.\n\nAoife"},
		{"German departure and arrival", "alles gebucht:\n\nHinflug Mi., 13.01.: Abflug 18:40 Uhr BER, Ankunft 20:05 Uhr DUB (EI 337)\n" +
			"Rückflug Do., 14.01.: Abflug 16:55 Uhr DUB, Ankunft 20:20 Uhr BER (EI 338)\n\nViele Grüße\nAoife"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := letterFrom(from)("t@x", time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC), "Re: Liffey Health - final round in Dublin", tc.text)
			for _, iv := range interview.Build([]mail.Message{m}, nil, sampleConfig()) {
				t.Errorf("interview at %s from an itinerary (%s)", iv.Start.UTC().Format(time.RFC3339), iv.Evidence)
			}
		})
	}
}

// TestCoffeeInTheUsersCityIsOnItsClock: a founder from London, in Berlin
// for a few days, asks the user for a coffee at 11; the coffee is at 11 in
// Berlin, though his signature and his Date header are London's.
func TestCoffeeInTheUsersCityIsOnItsClock(t *testing.T) {
	tom := letterFrom(addr("Tom Ashdown", "tom@larchmont.example"))
	ask := tom("c1@x", time.Date(2026, 11, 20, 16, 22, 0, 0, time.UTC), "Coffee in Berlin?",
		"Hi Sam,\n\nTom here, CTO and co-founder at Larchmont Analytics. We're hiring a Staff Data Engineer and I think you could be a great fit.\n\n"+
			"I'm in Berlin for a few days the first week of December - fancy an informal coffee chat? It's the first step in our hiring process.\n\n"+
			"Would Thursday 3rd around 11 work? Happy to come to you.\n\nCheers,\nTom\n\n--\nTom Ashdown\nCTO & Co-founder, Larchmont Analytics\n+44 7700 900412")
	answer := mail.Message{Summary: mail.Summary{Mailbox: "Sent", MessageID: "c2@x", Date: time.Date(2026, 11, 21, 9, 5, 0, 0, time.UTC),
		Subject: "Re: Coffee in Berlin?", InReplyTo: []string{"c1@x"}, References: []string{"c1@x"},
		From: addr("Sam Rivera", "sam.rivera@example.org"), To: ask.From},
		Text: "Hi Tom,\n\nHappy to meet for a coffee. Thursday 3 December at 11 works for me.\n\nBest,\nSam"}
	confirm := inThread(tom("c3@x", time.Date(2026, 11, 23, 9, 12, 0, 0, time.UTC), "Re: Coffee in Berlin?",
		"Perfect - Café Fleury at 11 on Thursday 3rd it is.\n\nTom"), ask, answer)
	checkStarts(t, []mail.Message{ask, answer, confirm}, time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC))
}

// TestUsersProposalAgreedInAWord: the user writes the times, the other
// side only agrees. An agency asked for slots and answers "Tuesday works
// for Tom!"; a recruiter answers the user's "could we move it to
// Thursday 10 December, same time (14:00)?" with "Done 👍"; an agency
// that is glad to hear back but holds off agrees to nothing.
func TestUsersProposalAgreedInAWord(t *testing.T) {
	sent := func(id, date, inReplyTo, text string, to []mail.Address) mail.Message {
		d, _ := time.Parse(time.RFC3339, date)
		return mail.Message{Summary: mail.Summary{Mailbox: "Sent", MessageID: id, Date: d, Subject: "Re: next steps",
			InReplyTo: []string{inReplyTo}, References: []string{inReplyTo}, From: addr("Sam Rivera", "sam.rivera@example.org"), To: to},
			Text: text}
	}
	olivia := addr("Olivia Brennan", "olivia.brennan@redlinetalent.example")
	ask := letterFrom(olivia)("a1@x", time.Date(2026, 11, 23, 10, 12, 0, 0, time.UTC), "Halvard Analytics – next steps",
		"Hi Sam,\n\nHalvard Analytics would like to take you forward: a 45 min video interview with Tom. Could you send me 2-3 slots next week?\n\nOlivia")
	slots := sent("a2@x", "2026-11-23T12:40:00Z", "a1@x", "Hi Olivia,\n\nI could do any of these:\n\n- Tuesday 8 Dec at 11:00 UK time (12:00 for me in Berlin)\n- Wednesday 9 Dec at 14:00 UK\n\nBest,\nSam", olivia)
	works := inThread(letterFrom(olivia)("a3@x", time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC), "Re: Halvard Analytics – next steps",
		"Hi Sam,\n\nTuesday works for Tom! Halvard's TA team will send you the Teams invite directly.\n\nOlivia"), ask, slots)
	waits := inThread(letterFrom(olivia)("a4@x", time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC), "Re: Halvard Analytics – next steps",
		"Hi Sam,\n\nGreat to hear from you, thanks for coming back so quickly.\n\nBit of a curveball: the CTO has asked me to hold off for a few days. I'll come back to you with a time that works.\n\nOlivia"), ask, slots)

	femke := addr("Femke de Vries", "femke@brightwater-energy.example")
	booked := calMessageFrom("b1@x", "2026-11-25T10:03:00Z", "Interview with Brightwater Energy – Staff Software Engineer", "We're happy to confirm your Technical Interview.",
		vevent{method: "REQUEST", start: "20261207T130000Z", organizer: "femke@brightwater-energy.example", uid: "bw@x",
			summary: "Interview with Brightwater Energy – Staff Software Engineer"})
	move := sent("b2@x", "2026-11-30T08:00:00Z", "b1@x", "Hi Femke,\n\nWould it be possible to move the technical interview with Joost to Thursday 10 December, same time (14:00)?\n\nBest,\nSam", femke)
	done := inThread(letterFrom(femke)("b3@x", time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC), "Re: Interview with Brightwater Energy", "Done 👍\n\nSent from my iPhone"), booked, move)

	tests := []struct {
		name string
		msgs []mail.Message
		want []time.Time
	}{
		{"the day named among the user's slots", []mail.Message{ask, slots, works}, []time.Time{time.Date(2026, 12, 8, 11, 0, 0, 0, time.UTC)}},
		{"glad to hear, but holding off", []mail.Message{ask, slots, waits}, nil},
		{"a move the user asked for, done", []mail.Message{booked, move, done}, []time.Time{time.Date(2026, 12, 10, 13, 0, 0, 0, time.UTC)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkStarts(t, tc.msgs, tc.want...) })
	}
}

// TestRelaysFooterIsNotTheWritersPlace: a café writes through Indeed's
// relay, whose footer names Indeed's Dublin office; "Samstag, 5.12., so
// gegen 10" is ten in Berlin, where the café and the user are, not in
// Dublin.
func TestRelaysFooterIsNotTheWritersPlace(t *testing.T) {
	m := mail.Message{Summary: mail.Summary{MessageID: "i@x", Date: time.Date(2026, 11, 26, 15, 22, 0, 0, time.UTC),
		Subject: "Café Kornblume hat Ihnen eine Nachricht gesendet", From: addr("Lena Kowalski via Indeed", "lenakowalski-3k8q2@indeedemail.com"),
		To: addr("Sam Rivera", "sam.rivera@example.org")},
		Text: "Lena Kowalski schrieb:\n\nHallo Sam,\n\ndanke für deine Bewerbung! Hast du Lust, bei uns einen Probearbeitstag zu machen? Samstag, 5.12., so gegen 10 wäre gut.\n\n" +
			"Liebe Grüße\nLena\nCafé Kornblume · Weserstraße 41 · 12045 Berlin\n\nDiese Nachricht wurde über Indeed gesendet.\n© 2026 Indeed\nIndeed Ireland Operations Limited, Dublin, Ireland"}
	checkStarts(t, []mail.Message{m}, time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC))
}

// TestNewClockOnTheInterviewsDay: on the morning of the interview the
// employer asks for another hour ("Te viene bien a las 19:00?") and the
// user takes it without naming the day: the interview moves to that hour
// of its day. The job board in the user's subject is no employer.
func TestNewClockOnTheInterviewsDay(t *testing.T) {
	const from = "farmaciaolmedo@gmail.com"
	cv := textMessage("f1@example.org", "2026-11-27T10:05:00Z", "sam.rivera@example.org", "Candidatura técnico/a en farmacia (InfoJobs)",
		"Buenas tardes,\n\nHe visto en InfoJobs que buscan técnico/a en farmacia. Les adjunto mi CV.\n\nSam Rivera")
	cv.From[0].Name = "Sam Rivera"
	offer := inThread(textMessage("f2@mail.gmail.com", "2026-12-01T20:40:00Z", from, "Re: Candidatura técnico/a en farmacia (InfoJobs)",
		"Hola Sam, gracias por el cv. Puedes pasarte el jueves a las 17:30 por la farmacia y hablamos?\n\nCarmen Olmedo"), cv)
	yes := sentReply(offer, "f3@example.org", "2026-12-01T21:02:00Z")
	yes.Text = "Perfecto Carmen, el jueves 3 a las 17:30 allí estaré."
	move := inThread(textMessage("f4@mail.gmail.com", "2026-12-03T09:17:00Z", from, "Re: Candidatura técnico/a en farmacia (InfoJobs)",
		"Sam perdona, al final a las 17:30 me viene el visitador. Te viene bien a las 19:00?\n\nCarmen"), cv, offer, yes)
	ok := sentReply(move, "f5@example.org", "2026-12-03T09:31:00Z")
	ok.Text = "Sin problema, a las 19:00 paso por allí."
	msgs := []mail.Message{cv, offer, yes, move, ok}
	checkStarts(t, msgs, utc("20261203T180000Z"))
	for _, iv := range interview.Build(msgs, nil, sampleConfig()) {
		if iv.Company == "InfoJobs" {
			t.Errorf("Company = %q: the job board, not the employer", iv.Company)
		}
	}
}

// TestForwardedThreadBelowFixedTime: a recruiter forwards the internal
// thread where the user's proposals were weighed ("PD: SV: ..." from
// Polish Outlook, quoting a Swedish one), above it the time fixed. The
// forwarder's own words are the news; the times the thread lists are its
// history, no choice. A forward that fixes nothing itself ("see below")
// still passes on the time it forwards.
func TestForwardedThreadBelowFixedTime(t *testing.T) {
	at := time.Date(2026, 12, 2, 10, 31, 0, 0, time.UTC)
	me := addr("Sam Rivera", "sam.rivera@example.org")
	agnieszka := addr("Agnieszka Nowak", "agnieszka.nowak@vistula-payments.example")
	invite := mail.Message{Summary: mail.Summary{MessageID: "v1", Date: at, Subject: "Vistula Payments - Backend Engineer (Payments) - next step", From: agnieszka, To: me},
		Text: "Hi Sam,\n\nwe'd like to invite you to a 60-minute technical interview with Johan Lindqvist. " +
			"Could you send me two or three time slots in the week of 14 December?\n\nAgnieszka"}
	slots := mail.Message{Summary: mail.Summary{MessageID: "v2", Date: at.Add(12 * time.Hour), Subject: "RE: Vistula Payments - Backend Engineer (Payments) - next step",
		From: me, To: agnieszka, InReplyTo: []string{"v1"}, References: []string{"v1"}},
		Text: "Hi Agnieszka,\n\nThese would work for me:\n\n- Monday 14 December, 13:00 CET\n- Tuesday 15 December, 10:00 CET\n\nSam"}
	thread := "Od: Johan Lindqvist <johan.lindqvist@vistula-payments.example>\nWysłano: czwartek, 3 grudnia 2026 16:20\n" +
		"Do: Agnieszka Nowak <agnieszka.nowak@vistula-payments.example>\nTemat: SV: Rozmowa techniczna – Sam Rivera\n\n" +
		"Monday 13:00 works for me. Tuesday at 10 I'm in the board meeting.\n\n/Johan\n\n" +
		"Från: Agnieszka Nowak <agnieszka.nowak@vistula-payments.example>\nSkickat: den 3 december 2026 11:05\n" +
		"Till: Johan Lindqvist <johan.lindqvist@vistula-payments.example>\nÄmne: Rozmowa techniczna – Sam Rivera\n\n" +
		"Hej Johan,\n\nSam can do:\n- Mon 14.12 13:00 CET\n- Tue 15.12 10:00 CET\n\nWhich one do you prefer?\n\nAgnieszka\n"
	forward := func(own string) mail.Message {
		return mail.Message{Summary: mail.Summary{MessageID: "v3", Date: at.Add(46 * time.Hour), Subject: "PD: SV: Rozmowa techniczna – Sam Rivera",
			From: agnieszka, To: me, InReplyTo: []string{"internal-1"}, References: []string{"v1"}}, Text: own + "\n\n" + thread}
	}
	for _, tc := range []struct {
		name, own, want string
	}{
		{"own words fix the time", "Hi Sam,\n\nJohan picked the Monday slot, so we're set for Monday 14 December at 13:00 CET (60 minutes).\n\nAgnieszka",
			"20261214T120000Z"},
		{"own words fix it on another day than listed", "Hi Sam,\n\nJohan asked for Wednesday instead, so we're set for Wednesday 16 December at 11:00 CET.\n\nAgnieszka",
			"20261216T100000Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantOneAt(t, interview.Build([]mail.Message{invite, slots, forward(tc.own)}, nil, sampleConfig()), tc.want)
		})
	}
}

// TestClockInAnotherCity: a time given again on a city's clock is the
// same moment. "7pm Tuesday evening for her in Melbourne" is Melbourne's
// 7pm, the user's 9am; "17:00-18:00 Uhr bei uns (10:00-11:00 Uhr in
// Austin)" is the writer's 17:00, and it moves the thread's Tuesday to
// Wednesday, not restating Tuesday's 17:00 on Austin's clock.
func TestClockInAnotherCity(t *testing.T) {
	me := addr("Sam Rivera", "sam.rivera@example.org")
	jess := addr("Jess Nguyen", "jess.nguyen@harbourline.example")
	sydney := time.FixedZone("AEDT", 11*3600)
	offered := time.Date(2026, 12, 14, 17, 42, 0, 0, sydney)
	melbourne := []mail.Message{
		{Summary: mail.Summary{MessageID: "j1", Date: offered, Subject: "Tallowood Health - Lead Backend Engineer - interview with Priya", From: jess, To: me},
			Text: "Hi Sam,\n\nPriya Raman would like to meet you for the Lead Backend Engineer role. She has offered tomorrow morning your time - " +
				"9am for you, which is 7pm Tuesday evening for her in Melbourne.\n\nCould you let me know if that works?\n\nJess"},
		{Summary: mail.Summary{MessageID: "j2", Date: offered.Add(30 * time.Minute), Subject: "Re: Tallowood Health - Lead Backend Engineer - interview with Priya",
			From: me, To: jess, InReplyTo: []string{"j1"}, References: []string{"j1"}}, Text: "Hi Jess,\n\nTomorrow (Tuesday) at 9:00 my time works well.\n\nSam"},
		{Summary: mail.Summary{MessageID: "j3", Date: offered.Add(40 * time.Minute), Subject: "RE: Tallowood Health - Lead Backend Engineer - interview with Priya",
			From: jess, To: me, InReplyTo: []string{"j2"}, References: []string{"j1", "j2"}}, Text: "Brilliant, locked in. Priya will send the Teams invite.\n\nJess"},
	}
	joerg := addr("Jörg Hähnel", "joerg.haehnel@kessler-voigt.example")
	asked := time.Date(2026, 11, 25, 15, 40, 0, 0, time.UTC)
	subject := "Redbud Semiconductors – Interview Senior Firmware Engineer"
	austin := []mail.Message{
		{Summary: mail.Summary{MessageID: "k1", Date: asked, Subject: subject, From: joerg, To: me},
			Text: "Hallo Sam,\n\nRedbud möchte Sie gern kennenlernen.\n\nVorgeschlagener Termin: Dienstag, 8. Dezember 2026, 17:00 Uhr deutscher Zeit (= 10:00 Uhr in Austin, CST)\n\nJörg Hähnel"},
		{Summary: mail.Summary{MessageID: "k2", Date: asked.Add(5 * time.Hour), Subject: "AW: " + subject, From: me, To: joerg,
			InReplyTo: []string{"k1"}, References: []string{"k1"}},
			Text: "Hallo Herr Hähnel,\n\nam Dienstag habe ich leider einen Kundentermin. Ginge stattdessen Mittwoch, der 9.12., zur gleichen Uhrzeit (17:00 Uhr bei uns / 10:00 Uhr in Austin)?\n\nSam Rivera"},
		{Summary: mail.Summary{MessageID: "k3", Date: asked.Add(24 * time.Hour), Subject: "AW: " + subject, From: joerg, To: me,
			InReplyTo: []string{"k2"}, References: []string{"k1", "k2"}},
			Text: "Hallo Sam,\n\nkein Problem - Redbud hat bestätigt:\n\nMittwoch, 9. Dezember 2026, 17:00-18:00 Uhr bei uns (10:00-11:00 Uhr in Austin)\n\nViel Erfolg!\nJörg Hähnel"},
	}
	for _, tc := range []struct {
		name string
		msgs []mail.Message
		want string
	}{
		{"a third person's clock in a city", melbourne, "20261215T080000Z"},
		{"the writer's clock and the client's city", austin, "20261209T160000Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantOneAt(t, interview.Build(tc.msgs, nil, sampleConfig()), tc.want)
		})
	}
}

// TestPersonRestatesBookingsClock: a booking in Atlantic Time names the
// team lead; his two lines "confirming Monday at 11:30", with no zone,
// are the booking's 11:30 on its clock, not a second interview at 11:30
// on the user's.
func TestPersonRestatesBookingsClock(t *testing.T) {
	booked := textMessage("h1@higherme.com", "2026-12-07T14:03:17Z", "notifications@higherme.com", "Interview booked with Bluenose Contact Solutions",
		"Hi Sam,\n\nYour interview is booked. Here are the details:\n\nCompany:  Bluenose Contact Solutions\nPosition: Customer Care Agent (Inbound)\n"+
			"When:     Monday, December 14, 2026, 11:30 AM (Atlantic Time)\nWith:     Ravi Sandhu\n\nThe HigherMe Team")
	booked.From[0].Name = "Bluenose Contact Solutions via HigherMe"
	ravi := textMessage("h2@bluenose-contact.example", "2026-12-09T17:41:08Z", "ravi.sandhu@bluenose-contact.example", "Interview Monday",
		"Hi Sam, confirming Monday at 11:30. Come up to the 4th floor and ask for me at reception.\n\nRavi\n\nRavi Sandhu | Team Lead, Inbound Care\nBluenose Contact Solutions")
	ravi.From[0].Name = "Ravi Sandhu"
	checkStarts(t, []mail.Message{booked, ravi}, utc("20261214T153000Z"))
}

// TestHandWrittenApplication: the user sends a CV to a pub that answers
// from Gmail, in one line with no job word: the answer is about the job
// the letter applied for, and the chat it proposes, taken, is the
// interview.
func TestHandWrittenApplication(t *testing.T) {
	me := addr("Sam Rivera", "sam.rivera@example.org")
	pub := addr("The Hare & Lantern", "hareandlantern.ancoats@gmail.com")
	at := time.Date(2026, 12, 1, 14, 2, 0, 0, time.UTC)
	msgs := []mail.Message{
		{Summary: mail.Summary{Mailbox: "Sent", MessageID: "cv1@example.org", Date: at, Subject: "Bar staff - CV", From: me, To: pub},
			Text: "Hi there,\n\nI saw on your Instagram that you're looking for bar staff. My CV is attached.\n\nThanks,\nSam Rivera"},
		{Summary: mail.Summary{MessageID: "cv2@mail.gmail.com", Date: at.Add(55 * time.Hour), Subject: "Re: Bar staff - CV", From: pub, To: me,
			InReplyTo: []string{"cv1@example.org"}, References: []string{"cv1@example.org"}},
			Text: "Hi Sam thanks for getting in touch. Can you pop in for a chat Tuesday (8th) at 3? Just ask for me at the bar.\n\nGemma"},
		{Summary: mail.Summary{Mailbox: "Sent", MessageID: "cv3@example.org", Date: at.Add(57 * time.Hour), Subject: "Re: Bar staff - CV", From: me, To: pub,
			InReplyTo: []string{"cv2@mail.gmail.com"}, References: []string{"cv1@example.org", "cv2@mail.gmail.com"}},
			Text: "Brilliant, see you Tuesday at 3. Thanks Gemma!\n\nSam"},
	}
	ivs := interview.Build(msgs, nil, sampleConfig())
	wantOneAt(t, ivs, "20261208T140000Z")
	// The pub answers under its own name, which its Gmail address
	// spells; a friend's "Anna Berg <anna.berg@gmail.com>" would not.
	if ivs[0].Company != "The Hare & Lantern" {
		t.Errorf("Company = %q, want the pub's name", ivs[0].Company)
	}
}

// TestInterviewerNamedBySystemWritesPrivately: a booking system names
// the store manager as the interviewer; after the call she writes from
// her Gmail to arrange the owner's, and sends a Google invitation. The
// second round is the job's, though nothing in it says interview.
func TestInterviewerNamedBySystemWritesPrivately(t *testing.T) {
	booked := textMessage("v1@higherme.com", "2026-12-08T18:02:00Z", "notifications@higherme.com", "Interview booked with Kettle & Crumb",
		"Hi Sam,\n\nYour interview is booked.\n\nPosition Team Member (Barista / Cashier)\nDate Thursday, December 10, 2026\nTime 2:15 PM PST (15 minutes)\n"+
			"Type Phone interview\nInterviewer Dana Whitford\n\nThe HigherMe Team")
	booked.From[0].Name = "Kettle & Crumb via HigherMe"
	dana := addr("Dana Whitford", "dana.whitford.kc@gmail.com")
	ask := textMessage("v2@mail.gmail.com", "2026-12-11T00:58:41Z", "dana.whitford.kc@gmail.com", "quick call with Raj?",
		"Hey Sam!\n\nThanks for chatting today, I really enjoyed it.\n\nRaj, the owner, likes to meet everyone quickly before we make offers. "+
			"Would Saturday at 9am our time work for a short video call with him? I'll send a Google Meet invite now.\n\nDana")
	ask.From = dana
	invite := calMessageFrom("v3@google.com", "2026-12-11T01:03:18Z", "Invitation: Sam / Raj - Kettle & Crumb @ Sat Dec 12, 2026 9am - 9:30am (PST) (sam.rivera@example.org)",
		"Sam / Raj - Kettle & Crumb", vevent{method: "REQUEST", uid: "kc-raj@google.com", start: "20261212T170000Z",
			summary: "Sam / Raj - Kettle & Crumb", organizer: "dana.whitford.kc@gmail.com"})
	invite.From = dana
	checkStarts(t, []mail.Message{booked, ask, invite}, utc("20261210T221500Z"), utc("20261212T170000Z"))
}

// TestFirstRoundInWordsThenSecondByCalendar: a hiring system's phone
// call fixed in words, then, after it, the calendar invitation to the
// second round in the same thread: two interviews, the first not moved.
func TestFirstRoundInWordsThenSecondByCalendar(t *testing.T) {
	const from = "kiezkraft-recruiting@mail.personio.de"
	first := textMessage("k1@personio.example", "2026-11-24T10:42:17Z", from, "Einladung zum Telefontermin – Backend Engineer (Go)",
		"Hi Sam,\n\nwir würden dich gern in einem ersten Telefontermin kennenlernen.\n\nTermin: Montag, 30.11.2026, 10:00 - 10:30 Uhr (MEZ)\n"+
			"Art: Telefontermin (wir rufen dich an)\n\nLiebe Grüße\nLea")
	first.From[0].Name = "Lea Brandt | Kiezkraft GmbH"
	second := calMessageFrom("k2@personio.example", "2026-12-02T09:31:12Z", "Einladung: Zweitgespräch Kiezkraft – Sam Rivera",
		"Hi Sam,\n\ndanke nochmal für das nette Telefonat am Montag! Wir würden dich gern zu einem Zweitgespräch einladen.\n\nLea",
		vevent{method: "REQUEST", uid: "personio-2@kiezkraft.example", start: "20261211T130000Z",
			summary: "Zweitgespräch Kiezkraft – Sam Rivera", organizer: "recruiting@kiezkraft.example"})
	second = inThread(second, first)
	checkStarts(t, []mail.Message{first, second}, utc("20261130T090000Z"), utc("20261211T130000Z"))
}

// TestIndeedRelayInDutch: an employer's invitation relayed by Indeed
// under "Wietske Hoekstra van Hoekstra ICT Beheer", Indeed's own
// confirmation whose text ends a line with the company after the title,
// and its cancellation: one interview with Hoekstra ICT Beheer, called
// off.
func TestIndeedRelayInDutch(t *testing.T) {
	relay := "wietske-hoekstra-3f9a1c7b2e@indeedemail.com"
	invite := textMessage("i1@indeed-messaging.indeed.com", "2026-12-01T09:00:00Z", relay,
		"Uitnodiging voor een sollicitatiegesprek: Systeembeheerder bij Hoekstra ICT Beheer",
		"Hoekstra ICT Beheer heeft je uitgenodigd voor een sollicitatiegesprek\n\nSysteembeheerder - Hoekstra ICT Beheer - Leeuwarden\n\n"+
			"Voorgestelde tijd: maandag 14 december 2026, 14:30 - 15:00 (CET)\nType: Videogesprek via Indeed")
	invite.From[0].Name = "Wietske Hoekstra van Hoekstra ICT Beheer"
	confirmed := textMessage("i2@indeed-interviews.indeed.com", "2026-12-01T17:30:00Z", "no-reply@indeed.com",
		"Bevestigd: sollicitatiegesprek met Hoekstra ICT Beheer op ma 14 dec",
		"Je sollicitatiegesprek is bevestigd\n\nSysteembeheerder - Hoekstra ICT Beheer\nmaandag 14 december 2026, 14:30 - 15:00 (CET)\nVideogesprek via Indeed")
	confirmed.From[0].Name = "Indeed"
	cancelled := textMessage("i3@indeed-interviews.indeed.com", "2026-12-09T08:00:00Z", "no-reply@indeed.com",
		"Geannuleerd: sollicitatiegesprek met Hoekstra ICT Beheer",
		"Je sollicitatiegesprek met Hoekstra ICT Beheer op maandag 14 december 2026 om 14:30 is geannuleerd.\n\nDe vacature is intern ingevuld.")
	cancelled.From[0].Name = "Indeed"
	ivs := interview.Build([]mail.Message{invite, confirmed, cancelled}, nil, sampleConfig())
	if len(ivs) != 1 || ivs[0].Company != "Hoekstra ICT Beheer" || ivs[0].Status != interview.Cancelled {
		for _, iv := range ivs {
			t.Logf("%q at %s, %s (%s)", iv.Company, iv.Start.UTC(), iv.Status, iv.StatusReason)
		}
		t.Fatalf("%d interviews, want one with Hoekstra ICT Beheer, cancelled", len(ivs))
	}
}

// TestResearcherNoteAtTheSessionsMinute: a research panel confirms a paid
// session; the product's researcher then writes from her company about
// "interviewing you tomorrow (10:00 am my time in Boston, 4:00 pm for
// you)": the same session, no job interview.
func TestResearcherNoteAtTheSessionsMinute(t *testing.T) {
	session := textMessage("u1@userinterviews.com", "2026-12-03T09:00:00Z", "notifications@userinterviews.com", "Confirmed: your session on Tue, Dec 8 at 4:00 PM CET",
		"Hi Sam,\n\nYour session is confirmed for Tue, Dec 8 at 4:00 PM CET (60 minutes). There are no right or wrong answers: the researcher wants to hear about your experience.\n\nUser Interviews")
	session.From[0].Name = "User Interviews"
	note := textMessage("u2@hollis.example", "2026-12-07T14:00:00Z", "ana.ferreira@hollis.example", "Our chat tomorrow + quick consent form",
		"Hi Sam,\n\nAna here, I'm a UX researcher at Hollis and I'll be the one interviewing you tomorrow (10:00 am my time in Boston, 4:00 pm for you). "+
			"Thanks so much for signing up!\n\nAna")
	note.From[0].Name = "Ana Ferreira"
	for _, iv := range interview.Build([]mail.Message{session, note}, nil, sampleConfig()) {
		t.Errorf("interview %q at %s: %s", iv.Company, iv.Start.UTC(), iv.Evidence)
	}
}

// TestAgencySignUpIsNoInterview: a recruitment agency asks every new
// candidate in to register before it puts them forward to a client; the
// appointment, by mail or as an Outlook request, is no employer's
// interview. An agency that calls its call an interview for a kind of
// job, or books its client's interview, is left alone.
func TestAgencySignUpIsNoInterview(t *testing.T) {
	const agency = "daniel.okafor@marlowe-finch.example"
	signUp := "Hi Sam,\n\nBefore we can represent you to any of our clients, we ask every new candidate to come in and register with us in person. I've pencilled you in for Wednesday 2 December 2026, 09:30 at our office.\n\nDaniel"
	tests := []struct {
		name string
		msgs []mail.Message
		want int
	}{
		{"the agency's letter", []mail.Message{textMessage("r1@x", "2026-11-27T10:00:00Z", agency, "Next step: registering with Marlowe & Finch", signUp)}, 0},
		{"the agency's letter and its Outlook request", []mail.Message{
			textMessage("r1@x", "2026-11-27T10:00:00Z", agency, "Next step: registering with Marlowe & Finch", signUp),
			calMessageFrom("r2@x", "2026-11-27T10:05:00Z", "Candidate registration – Sam Rivera", "As discussed – registration meeting at our office. Please bring your passport and your CV.",
				vevent{method: "REQUEST", stamp: "20261127T100500Z", start: "20261202T083000Z", summary: "Candidate registration – Sam Rivera", organizer: agency,
					extra: []string{"LOCATION:Marlowe & Finch\\, Friedrichstraße 68\\, 10117 Berlin"}})}, 0},
		{"called an interview for a kind of job", []mail.Message{textMessage("r3@x", "2026-11-27T10:00:00Z", "jo.hart@randstad.example", "Video registration interview - Multi-drop Driver C1",
			"Hi Sam,\n\nYour video registration interview for our Multi-drop Driver C1 roles is booked for Wednesday 2 December 2026 at 09:30 on Teams.\n\nJo")}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			if len(ivs) != tc.want {
				for _, iv := range ivs {
					t.Logf("%q at %s (%s)", iv.Company, iv.Start.UTC(), iv.Why.Time)
				}
				t.Fatalf("%d interviews, want %d", len(ivs), tc.want)
			}
		})
	}
}

// TestAgencyMoveKeepsItsClient: a contracting firm names its end client
// for the call it arranges, then moves the call in a mail that names
// only itself. The client stays the company; the firm's domain spells
// the firm.
func TestAgencyMoveKeepsItsClient(t *testing.T) {
	const agency = "m.vogt@quantis-projekte.example"
	ask := namedMessage("q1@quantis", "2026-11-24T10:02:00+01:00", "Melanie Vogt", agency, "Projektanfrage QT-26-4418: Senior DevOps Engineer (Kubernetes/Azure) – ab 01/2027",
		"Hallo Sam Rivera,\n\nfür einen Kunden aus der Versicherungsbranche suchen wir ab Januar einen Senior DevOps Engineer (Kubernetes/Azure). Hätten Sie Interesse und Verfügbarkeit?\n\nBeste Grüße\nMelanie Vogt\nQuantis IT-Projekte GmbH")
	yes := sentAnswer(ask, "q2@example.org", "2026-11-24T18:40:00+01:00", "Hallo Frau Vogt,\n\nja, das Projekt interessiert mich, ich bin ab Januar verfügbar.\n\nViele Grüße\nSam Rivera")
	first := inThread(namedMessage("q3@quantis", "2026-12-01T09:12:00+01:00", "Melanie Vogt", agency, "Kundengespräch QT-26-4418 mit der Alpensee Versicherung AG – Di. 08.12.2026, 10:00 Uhr",
		"Hallo Sam Rivera,\n\nIch kann Ihnen jetzt auch den Endkunden nennen – es handelt sich um die Alpensee Versicherung AG in München. Der Kunde möchte Sie gerne in einem Teams-Call kennenlernen:\n\nTermin: Dienstag, 08.12.2026, 10:00 – 10:45 Uhr\n\nBeste Grüße\nMelanie Vogt\nQuantis IT-Projekte GmbH"), ask, yes)
	moved := inThread(namedMessage("q4@quantis", "2026-12-04T11:30:00+01:00", "Melanie Vogt", agency, "Terminverschiebung: Kundengespräch QT-26-4418 jetzt Mi. 09.12.2026, 15:30 Uhr",
		"Hallo Sam Rivera,\n\nleider muss Herr Brunner den Termin am Dienstag verschieben.\n\nNeuer Termin: Mittwoch, 09.12.2026, 15:30 – 16:15 Uhr\n\nDer Dienstagstermin um 10:00 Uhr entfällt damit.\n\nBeste Grüße\nMelanie Vogt\nQuantis IT-Projekte GmbH"), ask, yes, first)
	ivs := interview.Build([]mail.Message{ask, yes, first, moved}, nil, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("%d interviews, want 1", len(ivs))
	}
	if iv := ivs[0]; !strings.HasPrefix(iv.Company, "Alpensee Versicherung") || iv.Start.UTC().Format(time.RFC3339) != "2026-12-09T14:30:00Z" {
		t.Errorf("%q at %s (%s), want Alpensee Versicherung at 2026-12-09T14:30:00Z", iv.Company, iv.Start.UTC(), iv.Why.Company)
	}
}

// TestAgencysOwnCallNamesTheAgency: a recruiter at an agency books the
// user on his Calendly for an intro call about a client he does not
// name yet. The interview is with the agency, as its mail spells its
// domain; an agency's client, once named, stays the company.
func TestAgencysOwnCallNamesTheAgency(t *testing.T) {
	const jonas = "jonas@quayside-talent.example"
	pitch := namedMessage("p1@quayside", "2026-11-25T09:40:00+01:00", "Jonas Albrecht", jonas, "Staff Backend Engineer – Series B fintech (Berlin, hybrid)",
		"Hi Sam,\n\nI'm exclusively retained by a Series B fintech here in Berlin to hire a Staff Backend Engineer. I can't share the client's name in writing at this stage. Would you be up for a quick 20-minute intro call with me first?\n\nJonas Albrecht\nSenior Talent Partner, Engineering\nQuayside Talent GmbH")
	named := pitch
	named.Text = strings.Replace(pitch.Text, "I can't share the client's name in writing at this stage.", "The client is Verdant Grid.", 1)
	yes := sentAnswer(pitch, "p2@example.org", "2026-11-25T12:00:00+01:00", "Hi Jonas,\n\nhappy to hear more. Would Wednesday 2 December at 12:30 work?\n\nSam")
	agreed := inThread(namedMessage("p3@quayside", "2026-11-25T12:20:00+01:00", "Jonas Albrecht", jonas, "Re: Staff Backend Engineer – Series B fintech (Berlin, hybrid)",
		"Hi Sam,\n\ngreat, Wednesday 2 December at 12:30 it is – I'll call you.\n\nJonas\n\nJonas Albrecht\nQuayside Talent GmbH"), pitch, yes)
	for _, tc := range []struct {
		name, want string
		msgs       []mail.Message
	}{
		{"the agency's own call", "Quayside Talent", []mail.Message{pitch, yes, agreed}},
		{"the client named", "Verdant Grid", []mail.Message{named, yes, agreed}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			if len(ivs) != 1 || ivs[0].Company != tc.want {
				for _, iv := range ivs {
					t.Logf("%q at %s (%s)", iv.Company, iv.Start.UTC(), iv.Why.Company)
				}
				t.Fatalf("%d interviews, want one with %q", len(ivs), tc.want)
			}
		})
	}
}

// TestPushedByHalfAnHourOnTheDay: on the day, the interviewer writes in a
// thread of his own, his subject naming the old time and the shift
// ("Heute 14 Uhr – 30 Min später?"), his text the new clock. The
// interview moves to it; the subject's time is the one moved away from.
func TestPushedByHalfAnHourOnTheDay(t *testing.T) {
	const hr = "anna.pohl@lindqvist-robotik.example"
	invite := namedMessage("l-1@lindqvist", "2026-12-01T10:02:00+01:00", "Anna Pohl", hr, "Ihre Bewerbung als Embedded Software Engineer – Kennenlernen",
		"Hallo Herr Rivera,\n\nwir möchten Sie gern kennenlernen. Unser Vorschlag: Dienstag, 08.12.2026, 14:00 - 15:00 Uhr per Teams, mit Herrn Tobias Brenner (Teamleiter).\n\nViele Grüße\nAnna Pohl")
	invite.Cc = addr("Tobias Brenner", "tobias.brenner@lindqvist-robotik.example")
	push := namedMessage("l-4@lindqvist", "2026-12-08T12:51:00+01:00", "Tobias Brenner", "tobias.brenner@lindqvist-robotik.example", "Heute 14 Uhr – 30 Min später?",
		"Hallo Herr Rivera,\n\nsorry für die kurzfristige Nachricht – können wir 30 Min schieben, also 14:30? Mein Termin davor läuft länger.\n\nGruß\nTobias Brenner")
	ivs := interview.Build([]mail.Message{invite, push}, nil, sampleConfig())
	wantOneAt(t, ivs, "20261208T133000Z")
}

// TestWhoseClockAnswered: the recruiter offers "tmrw 2pm", the user asks
// "your time or mine?", she answers "mine ... 2pm ET so 8pm for you", with
// a fallback after "if not", and the user takes 8pm. The interview is at
// 2pm Eastern the next day, not 2pm in Berlin nor the fallback.
func TestWhoseClockAnswered(t *testing.T) {
	const dana = "dana.whitfield@brightwaterlabs.example"
	offer := namedMessage("d3@brightwater", "2026-12-01T12:48:04Z", "Dana Whitfield", dana, "Re: Brightwater Labs - Staff Platform Engineer next steps", "tmrw 2pm ok?")
	ask := sentAnswer(offer, "s4@example.org", "2026-12-01T14:05:12+01:00", "Sure! 2pm your time or mine?")
	mine := inThread(namedMessage("d5@brightwater", "2026-12-01T13:31:50Z", "Dana Whitfield", dana, "Re: Brightwater Labs - Staff Platform Engineer next steps",
		"mine sorry!! 2pm ET so 8pm for you. you said evenings are ok right? if not Thu 8am ET / 2pm yours works for Marcus too. zoom invite will come from him"), offer, ask)
	fine := sentAnswer(mine, "s6@example.org", "2026-12-01T14:40:33+01:00", "8pm is totally fine, talk to Marcus tomorrow then. Thanks Dana!")
	wantOneAt(t, interview.Build([]mail.Message{offer, ask, mine, fine}, nil, sampleConfig()), "20261202T190000Z")
}

// TestAcceleratorsCoffeeIsNoInterview: an accelerator's partner asks the
// user, as a founder to be, for a coffee, and sends the invitation on its
// own, titled as introductions are ("Mia <> Sam"). The fund's first mail
// keeps its invitations out of the job search, as a reporter's do.
func TestAcceleratorsCoffeeIsNoInterview(t *testing.T) {
	msgs := []mail.Message{
		textMessage("ac1", "2026-11-27T15:48:00Z", "mia@northlight.example", "coffee in berlin?",
			"hey sam,\n\nmia here, partner at northlight. we back engineers before they quit: 12 weeks, €120k pre-seed. "+
				"would love a coffee thursday 10 december at 15:00 at the usual place?\n\nmia\n\n--\nMia Grau\nPartner, Northlight Accelerator"),
		calMessageFrom("ac2", "2026-11-28T09:00:00Z", "Invitation: Mia <> Sam – coffee", "Mia <> Sam – coffee",
			vevent{method: "REQUEST", stamp: "20261128T090000Z", start: "20261210T140000Z", summary: "Mia <> Sam – coffee",
				organizer: "mia@northlight.example", uid: "ac2@google.com"}),
	}
	if ivs := interview.Build(msgs, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("Build found %d interviews (%s), want none", len(ivs), ivs[0].Evidence)
	}
}

// TestReminderMovesAPartOfTheDay: a reminder of an assessment day moves
// one item of its agenda ("statt 10:30 Uhr", an item's time, not the
// day's start) and gives the hours its writer can be reached; the day
// still begins when the invitation said.
func TestReminderMovesAPartOfTheDay(t *testing.T) {
	tests := []struct {
		name, subject, invite, reminder string
	}{
		{"de", "Einladung zum Assessment Center am 10.12.2026",
			"Guten Tag Sam Rivera,\n\nwir laden Sie herzlich zu unserem Assessment Center ein.\n\nTermin: Donnerstag, 10. Dezember 2026\nAblauf:\n08:30 Uhr Empfang und Begrüßung\n09:00 Uhr Gruppenübung\n10:30 Uhr Schriftlicher Test\n12:00 Uhr Mittagessen\n13:00 Uhr Einzelinterview\n\nMit freundlichen Grüßen\nKerstin Albers",
			"Hallo Sam,\n\nschön, dass Sie am Donnerstag dabei sind! Eine kleine Änderung im Ablauf: Der schriftliche Test beginnt erst um 11:00 Uhr (statt 10:30 Uhr). Alles andere bleibt wie geplant.\n\nBei Fragen erreichen Sie mich am Donnerstag ab 8 Uhr mobil unter +49 172 908 3315.\n\nViele Grüße\nKerstin Albers"},
		{"en", "Invitation to our assessment centre on 10 December",
			"Dear Sam,\n\nWe are pleased to invite you to our assessment centre.\n\nDate: Thursday 10 December 2026\nProgramme:\n08:30 Arrival and welcome\n09:00 Group exercise\n10:30 Written test\n12:00 Lunch\n13:00 Panel interview\n\nKind regards\nKerstin Albers",
			"Hi Sam,\n\nGlad you can make it on Thursday! One small change to the programme: the written test now starts at 11:00 instead of 10:30. Everything else stays as planned.\n\nIf anything comes up, you can reach me on Thursday from 8am on +49 172 908 3315.\n\nBest regards\nKerstin Albers"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const from = "kerstin.albers@nordlicht-versicherung.example"
			invite := textMessage("ac1@nordlicht-versicherung.example", "2026-11-27T10:00:00+01:00", from, tt.subject, tt.invite)
			reminder := inThread(textMessage("ac2@nordlicht-versicherung.example", "2026-12-07T11:32:00+01:00", from, "AW: "+tt.subject, tt.reminder), invite)
			wantOneAt(t, interview.Build([]mail.Message{invite, reminder}, nil, sampleConfig()), "20261210T073000Z")
		})
	}
}

// TestInvitationAsksForTheUsersReferences: an invitation that says a
// reference check of the user's own referees will follow is the user's
// interview; a request to give a reference for someone else is not.
func TestInvitationAsksForTheUsersReferences(t *testing.T) {
	const from = "staffing@cnia.example"
	invite := textMessage("rf1@cnia.example", "2026-12-01T10:00:00-05:00", from, "Selection process 26-CNIA-EA-0471 - Invitation to an interview",
		"Dear Sam Rivera,\n\nWe are pleased to invite you to an interview.\n\nDate: Tuesday, January 12, 2027\nTime: 1:30 p.m. to 3:00 p.m. (Eastern Time)\n\n"+
			"A reference check will also be conducted as part of this selection process. Please provide the names and contact information of two references who have supervised your work when you confirm.\n\nÉmilie Tremblay\nStaffing Advisor")
	wantOneAt(t, interview.Build([]mail.Message{invite}, nil, sampleConfig()), "20270112T183000Z")
	referee := textMessage("rf2@cnia.example", "2026-12-01T10:00:00-05:00", from, "Reference check - Jordan Miles",
		"Dear Sam Rivera,\n\nJordan Miles has named you as a reference. Could we schedule a reference call on Tuesday, January 12, 2027 at 1:30 p.m. (Eastern Time)?\n\nÉmilie Tremblay\nStaffing Advisor")
	if ivs := interview.Build([]mail.Message{referee}, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("a reference for someone else: %d interviews, want none (%s)", len(ivs), ivs[0].Evidence)
	}
}

// TestCancelledPromisingANewTime: the employer calls the interview off
// and promises a new date without giving one ("leider muss ich Ihnen
// mitteilen, dass wir unseren Termin ... absagen müssen ... Sobald ich
// ... einen neuen Termin abstimmen konnte, melde ich mich"), then books it
// again in the thread: one interview, at the new time. Without the new
// booking, the interview is cancelled.
func TestCancelledPromisingANewTime(t *testing.T) {
	tests := []struct {
		name, subject, invite, cancel, rebook string
	}{
		{"de", "Einladung zum Vorstellungsgespräch – Data Engineer (m/w/d)",
			"Sehr geehrter Herr Rivera,\n\nwir laden Sie zum Vorstellungsgespräch ein.\n\nDatum: Mittwoch, 02.12.2026\nUhrzeit: 10:00 – 11:30 Uhr\nOrt: Am Sandtorkai 41, 20457 Hamburg\n\nKatrin Vogel",
			"Sehr geehrter Herr Rivera,\n\nleider muss ich Ihnen mitteilen, dass wir unseren Termin am Mittwoch, 02.12.2026, absagen müssen. Herr Hansen ist kurzfristig erkrankt.\n\n" +
				"Sobald ich mit Herrn Hansen einen neuen Termin abstimmen konnte, melde ich mich bei Ihnen.\n\nKatrin Vogel",
			"Sehr geehrter Herr Rivera,\n\nwie angekündigt melde ich mich mit einem neuen Termin:\n\nDienstag, 08.12.2026, 14:30 – 15:30 Uhr (per Microsoft Teams)\n\nKatrin Vogel"},
		{"en", "Interview invitation – Data Engineer",
			"Dear Sam,\n\nWe would like to invite you to an interview.\n\nDate: Wednesday, 2 December 2026\nTime: 10:00 – 11:30\nLocation: Am Sandtorkai 41, 20457 Hamburg\n\nKate Vogel",
			"Dear Sam,\n\nI am sorry to tell you that we have to cancel our interview on Wednesday, 2 December. Mr Hansen has fallen ill.\n\n" +
				"As soon as I have agreed a new date with him, I will get back to you to reschedule.\n\nKate Vogel",
			"Dear Sam,\n\nAs promised, here is the new date:\n\nTuesday, 8 December 2026, 14:30 – 15:30 (on Microsoft Teams)\n\nKate Vogel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const from = "katrin.vogel@brandt-logistik.example"
			invite := textMessage("cv1@brandt-logistik.example", "2026-11-24T10:23:05Z", from, tt.subject, tt.invite)
			cancel := inThread(textMessage("cv2@brandt-logistik.example", "2026-11-30T07:52:44Z", from, "AW: "+tt.subject, tt.cancel), invite)
			ivs := interview.Build([]mail.Message{invite, cancel}, nil, sampleConfig())
			if len(ivs) != 1 || ivs[0].Status != interview.Cancelled {
				t.Errorf("without a new booking: %d interviews, want one, cancelled", len(ivs))
			}
			rebook := inThread(textMessage("cv3@brandt-logistik.example", "2026-12-03T13:16:09Z", from, "AW: "+tt.subject, tt.rebook), invite, cancel)
			ivs = interview.Build([]mail.Message{invite, cancel, rebook}, nil, sampleConfig())
			wantOneAt(t, ivs, "20261208T133000Z")
		})
	}
}

// TestStreetAddressBesideTheTime: a text message forwarded to mail
// invites to an interview "Mon 12/7 at 1pm" and gives the street address
// after it: the time is on Austin's clock, and its date month first, as
// there.
func TestStreetAddressBesideTheTime(t *testing.T) {
	m := namedMessage("gv1@google.com", "2026-12-02T13:22:41-08:00", "(512) 555-0143", "17375550128.15125550143.pH3kR9vQ2w@txt.voice.google.com",
		"New text message from (512) 555-0143",
		"Hi Sam this is Marcus w/ Lone Star Last Mile, we got your app for the Delivery Driver position. Can you come in for an interview Mon 12/7 at 1pm? "+
			"9701 Metric Blvd Ste 200 Austin. Bring your DL and insurance card. Reply YES to confirm")
	wantOneAt(t, interview.Build([]mail.Message{m}, nil, sampleConfig()), "20261207T190000Z")
}

// TestFounderAnswersTheApplicationWithFreeTimes: a start-up's CTO thanks
// the user for applying and offers the times he is free ("I'm free Thurs
// after lunch or Fri at 2.30pm"); the user takes Friday, and he confirms
// it ("Perfect, Fri 2.30 it is"): one interview, on Friday.
func TestFounderAnswersTheApplicationWithFreeTimes(t *testing.T) {
	const from = "ed@fernhill.example"
	offer := textMessage("fh1@fernhill.example", "2027-01-05T17:41:09Z", from, "Fernhill - Backend Engineer",
		"Hi Sam,\n\nThanks for applying for the Backend Engineer role.\n\nFancy a quick call this week so I can tell you a bit more? Nothing formal, 30 mins or so. "+
			"I'm free Thurs after lunch or Fri at 2.30pm. I'll ring you, just pop your number over.\n\nCheers,\nEd\n\n--\nEd Marsh\nCTO & co-founder, Fernhill Robotics\nUnit 7, The Sidings, Bristol BS2 0QQ")
	take := sentReply(offer, "fh2@example.org", "2027-01-05T20:17:33Z")
	take.Text = "Hi Ed,\n\nFriday at 2.30pm UK time suits me (3.30 here in Berlin). My mobile is +49 1512 3456789.\n\nSam"
	fixed := inThread(textMessage("fh3@fernhill.example", "2027-01-06T08:02:55Z", from, "Re: Fernhill - Backend Engineer",
		"Perfect, Fri 2.30 it is. I'll ring you on that number.\n\nEd"), offer, take)
	checkStarts(t, []mail.Message{offer, take, fixed}, utc("20270108T143000Z"))
}

// TestLinkedInMessagesInItalian: a recruiter's LinkedIn messages reach the
// user as notices ("Lorenzo ti ha appena inviato un messaggio", from
// LinkedIn's machine address, with its Dublin footer): one confirms a call
// on Friday at 17:30, the next pushes it 45 minutes. One interview, at
// 18:15 Rome time, with the agency his headline names.
func TestLinkedInMessagesInItalian(t *testing.T) {
	notice := func(id, date, text string) mail.Message {
		m := namedMessage(id, date, "Lorenzo De Santis tramite LinkedIn", "messages-noreply@linkedin.com", "Lorenzo ti ha appena inviato un messaggio",
			"Lorenzo De Santis\nSenior Tech Recruiter @ Tevere Talent | Ricerca e selezione profili IT\n\n"+text+
				"\n\nVisualizza messaggio: https://www.linkedin.com/comm/messaging/thread/2-OWY1ZjRl/\n\n----------------------------------------\n\n"+
				"Questa email è destinata a Sam Rivera (Senior Software Engineer presso Globex)\n© 2026 LinkedIn Ireland Unlimited Company, Wilton Place, Dublin 2.")
		return m
	}
	confirm := notice("li2@linkedin.com", "2026-11-25T17:02:18Z", "Perfetto Sam, allora confermo venerdì 27 alle 17:30 🙂 Ti chiamo io sul numero che mi hai lasciato, ci vorranno una ventina di minuti.")
	move := notice("li4@linkedin.com", "2026-11-27T13:41:55Z", "Ciao Sam, scusami tantissimo: mi si è allungata una riunione con il cliente e devo slittare di 45 minuti. Ti chiamo alle 18:15 invece che alle 17:30, stesso numero.")
	if !interview.Candidate(move.Summary, sampleConfig(), interview.KnownFrom(nil)) {
		t.Errorf("the notice of a person's message is no candidate")
	}
	ivs := interview.Build([]mail.Message{confirm, move}, nil, sampleConfig())
	wantOneAt(t, ivs, "20261127T171500Z")
	if len(ivs) == 1 && ivs[0].Company != "Tevere Talent" {
		t.Errorf("Company = %q, want Tevere Talent", ivs[0].Company)
	}
}

// TestCallThatDidNotReachTheUser: the recruiter's phone screen did not
// reach the user ("konnte Sie aber leider nicht erreichen"); she offers
// the next morning, the user takes it, and she confirms. One interview,
// at the new time: the missed call is that interview, not one of its own.
func TestCallThatDidNotReachTheUser(t *testing.T) {
	const from = "julia.hoffmann@brandt-automation.example"
	const subject = "Telefoninterview – Senior Embedded Software Engineer"
	offer := textMessage("ba1@brandt-automation.example", "2026-11-27T10:00:00+01:00", from, subject,
		"Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung. Passt Ihnen Dienstag, der 01.12.2026, um 14:00 Uhr für ein kurzes Telefoninterview?\n\nJulia Hoffmann\nTalent Acquisition")
	take := sentReply(offer, "ba2@example.org", "2026-11-27T12:00:00+01:00")
	take.Text = "Sehr geehrte Frau Hoffmann,\n\nDienstag um 14:00 Uhr passt mir gut.\n\nSam Rivera"
	missed := inThread(textMessage("ba3@brandt-automation.example", "2026-12-01T14:18:52+01:00", from, "AW: "+subject,
		"Sehr geehrter Herr Rivera,\n\nich habe eben versucht, Sie wie vereinbart um 14:00 Uhr anzurufen, konnte Sie aber leider nicht erreichen.\n\n"+
			"Sollen wir es morgen noch einmal versuchen? Ich hätte am Mittwoch, 02.12., um 9:30 Uhr oder um 15:00 Uhr Zeit.\n\nJulia Hoffmann"), offer, take)
	again := sentReply(missed, "ba4@example.org", "2026-12-01T15:02:00+01:00")
	again.Text = "Sehr geehrte Frau Hoffmann,\n\nentschuldigen Sie bitte, ich saß im Zug ohne Netz. Morgen um 9:30 Uhr passt sehr gut.\n\nSam Rivera"
	fixed := inThread(textMessage("ba5@brandt-automation.example", "2026-12-01T15:40:00+01:00", from, "AW: "+subject,
		"Sehr geehrter Herr Rivera,\n\nkein Problem. Dann rufe ich Sie morgen, Mittwoch, den 02.12., um 9:30 Uhr an.\n\nJulia Hoffmann"), offer, take, missed, again)
	checkStarts(t, []mail.Message{offer, take, missed, again, fixed}, utc("20261202T083000Z"))
}

// TestOffersDeclinedByNamingThem: a headhunter offers two times for a
// call; the user names both as he turns them down ("né giovedì né
// venerdì"). No interview.
func TestOffersDeclinedByNamingThem(t *testing.T) {
	const from = "g.ferri@selettiva.example"
	offer := textMessage("sl1@selettiva.example", "2027-01-06T09:40:55+01:00", from, "Opportunità Engineering Manager – fintech milanese",
		"Buongiorno Sam,\n\nmi chiamo Giulia Ferri e sono consulente di Selettiva Executive Search. Per conto di un nostro cliente sto seguendo la ricerca di un Engineering Manager.\n\n"+
			"Le andrebbe una breve telefonata conoscitiva, giovedì alle 11:00 oppure venerdì alle 15:00? La chiamerei io al numero che preferisce.\n\nCordiali saluti\nGiulia Ferri\n\n-- \nGiulia Ferri\nSenior Consultant – Technology Practice\nSelettiva Executive Search S.r.l.")
	no := sentReply(offer, "sl2@example.org", "2027-01-06T18:20:09+01:00")
	no.Text = "Buonasera Giulia,\n\ngrazie per avermi pensato. Al momento però sono contento del mio ruolo attuale e non sto valutando cambiamenti, per cui preferisco non fissare la telefonata né giovedì né venerdì.\n\nCordiali saluti\nSam Rivera"
	checkStarts(t, []mail.Message{offer, no})
}

// TestForwardedInvitationsCompany: an agency's consultant forwards the
// employer's invitation, on which the employer invited the consultant
// beside the candidate; the consultant is a go-between, and the company
// is the organiser's.
func TestForwardedInvitationsCompany(t *testing.T) {
	ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:Microsoft Exchange Server 2010", "METHOD:REQUEST",
		"BEGIN:VEVENT", "UID:fw-1@tallis", "SEQUENCE:0", "DTSTAMP:20261202T081600Z", "DTSTART:20261216T110000Z",
		"DTEND:20261216T120000Z", "SUMMARY:Interview: Sam Rivera – Lead Data Engineer (Stage 1)",
		"ORGANIZER;CN=Oliver Grant:mailto:oliver.grant@tallis-marine.example",
		"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Tom Whitaker:mailto:tom.whitaker@hartmannlowe.example",
		"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Rivera:mailto:sam.rivera@example.org", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	m := mail.Message{Summary: mail.Summary{MessageID: "fw1", Date: time.Date(2026, 12, 3, 9, 7, 0, 0, time.UTC),
		Subject: "FW: Interview: Sam Rivera – Lead Data Engineer (Stage 1)", From: addr("Tom Whitaker", "tom.whitaker@hartmannlowe.example"),
		To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
		Text: "Hi Sam,\n\nTallis Marine have sent the invite for your first-stage interview, below; please accept it.\n\nTom", Calendars: [][]byte{[]byte(ics)}}
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	if len(ivs) != 1 || ivs[0].Company != "Tallis Marine" {
		t.Fatalf("Build = %+v, want one interview with Tallis Marine", ivs)
	}
}

// TestOutcomeUnderTheVacancyNumber: the job board that booked the slot
// sends the outcome under the vacancy's number, after the department's
// own mail gave the interview its people.
func TestOutcomeUnderTheVacancyNumber(t *testing.T) {
	board := addr("Civil Service Jobs", "noreply@civilservicejobs.service.gov.uk")
	me := addr("Sam Rivera", "sam.rivera@example.org")
	at := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	msgs := []mail.Message{
		{Summary: mail.Summary{MessageID: "o1", Date: at, Subject: "Interview booking confirmation - 418822 - Data Engineer", From: board, To: me},
			Text: "Dear Sam,\n\nDate: Wednesday 9 December 2026\nTime: 14:00 - 15:00 (UK time)\nLocation: Video interview"},
		{Summary: mail.Summary{MessageID: "o2", Date: at.Add(24 * time.Hour), Subject: "Data Engineer (418822) - your interview on Wednesday 9 December",
			From: addr("Priya Shah", "priya.shah@data-office.example"), To: me},
			Text: "Dear Sam,\n\nI'm chairing the panel for the Data Engineer post and look forward to meeting you on Wednesday 9 December at 14:00.\n\nPriya Shah"},
		{Summary: mail.Summary{MessageID: "o3", Date: at.Add(5 * 24 * time.Hour), Subject: "Application outcome - 418822 - Data Engineer", From: board, To: me},
			Text: "Dear Sam,\n\nThank you for attending the interview. Unfortunately you have not been successful on this occasion."},
	}
	ivs := interview.Build(msgs, nil, sampleConfig())
	if len(ivs) != 1 || ivs[0].Status != interview.Rejected {
		for _, iv := range ivs {
			t.Logf("%s %s %s (%s)", iv.Company, iv.Start, iv.Status, iv.StatusReason)
		}
		t.Fatalf("Build = %d interviews, want one, rejected", len(ivs))
	}
}

// TestHouseholdHiresWithoutAJobWord: a family hiring a nanny names no job
// and no interview, but says it is looking for someone and what it pays;
// its proposal of a call, once the user takes it, is the interview. A
// neighbour's favour and a classified ad's viewing are not.
func TestHouseholdHiresWithoutAJobWord(t *testing.T) {
	const family = "helene.marchand@free.fr"
	propose := func(text string) string {
		return "Bonjour Sam,\n\nMerci pour votre réponse à notre annonce.\n" + text +
			"\n\nAvant toute chose je vous propose qu'on s'appelle pour faire connaissance : est-ce que jeudi 26 novembre à 20h vous conviendrait ?\n\nBien cordialement,\nHélène Marchand"
	}
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"a nanny, the pay named", propose("Nous cherchons quelqu'un pour aller chercher nos deux enfants à l'école les lundis et jeudis à 16h. Rémunération 15 EUR/h, déclaration en Minijob."), 1},
		{"a neighbour's favour, no pay", propose("Nous cherchons quelqu'un pour arroser nos plantes pendant les vacances."), 0},
		{"a sofa for sale", propose("Le canapé est toujours disponible, prix 150 €."), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first := textMessage("g1@free.fr", "2026-11-24T20:05:02Z", family, "Suite à votre message", tc.text)
			yes := inThread(textMessage("g2@example.org", "2026-11-24T21:31:47Z", "sam.rivera@example.org", "Re: Suite à votre message",
				"Bonjour Hélène,\n\nJeudi 26 à 20h c'est parfait pour moi, vous pouvez m'appeler au +49 151 2374 8806.\n\nSam"), first)
			yes.Mailbox = "Sent"
			ivs := interview.Build([]mail.Message{first, yes}, nil, sampleConfig())
			if len(ivs) != tc.want {
				t.Fatalf("%d interviews, want %d", len(ivs), tc.want)
			}
			if tc.want == 1 && !ivs[0].Start.Equal(utc("20261126T190000Z")) {
				t.Errorf("start %v, want 19:00 UTC", ivs[0].Start.UTC())
			}
		})
	}
}

// TestConfirmsNewTimeCancelsOld: a reply that confirms another time and
// says the old one is cancelled moves the interview; one that calls off
// the time it booked, however it recalls the confirmation, cancels it.
func TestConfirmsNewTimeCancelsOld(t *testing.T) {
	const hr = "lucia.ferrer@orbitapagos.example"
	const subject = "Entrevista técnica – Ingeniero/a de Software Senior"
	booked := textMessage("o1@orbitapagos.example", "2026-12-11T08:15:27Z", hr, subject,
		"¡Genial, Sam!\n\nQueda confirmada tu entrevista técnica el martes 15 de diciembre a las 10:00 con Marcos.\n\nUn saludo,\nLucía")
	for _, tc := range []struct {
		name, text string
		start      time.Time
		status     interview.Status
	}{
		{"another time confirmed, the old one cancelled",
			"¡Sin problema, Sam! Sí, el miércoles 16 sigue libre.\n\nTe confirmo entonces: miércoles 16 de diciembre, de 17:30 a 18:30, con Marcos Ibáñez por Google Meet. He actualizado la invitación del calendario; la del martes queda cancelada.\n\nLucía",
			utc("20261216T163000Z"), interview.Scheduled},
		{"the booked time recalled and cancelled",
			"Hola Sam:\n\nTe confirmé la entrevista del martes 15 de diciembre a las 10:00. Lo siento mucho, Marcos está enfermo y la entrevista queda cancelada. Te escribiré con nuevas fechas.\n\nLucía",
			utc("20261215T090000Z"), interview.Cancelled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sam := sentReply(booked, "o2@example.org", "2026-12-11T12:07:45Z")
			next := inThread(textMessage("o3@orbitapagos.example", "2026-12-11T13:22:10Z", hr, "Re: "+subject, tc.text), booked, sam)
			ivs := interview.Build([]mail.Message{booked, sam, next}, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("%d interviews, want 1", len(ivs))
			}
			if !ivs[0].Start.Equal(tc.start) || ivs[0].Status != tc.status {
				t.Errorf("%v %v, want %v %v", ivs[0].Start.UTC(), ivs[0].Status, tc.start, tc.status)
			}
		})
	}
}
