package interview_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

// TestALaterRoundIsNotAMove: a new time in an interview's thread, written
// a day or more after that interview was held, is a further round, even
// when an aside about the format uses a word for moving ("if travelling
// is a problem they can do it on Teams instead").
func TestALaterRoundIsNotAMove(t *testing.T) {
	const agency = "tom.hargreaves@harbourtalent.example"
	first := textMessage("c1@harbourtalent.example", "2026-11-17T15:47:00Z", agency, "RE: Ledgerline - first stage interview slots",
		"Hi Sam,\n\nAll confirmed – Tuesday 24th November at 14:30 UK time with Rachel Kim, Ledgerline's engineering manager.\n\nTom")
	second := func(date string) mail.Message {
		m := textMessage("c2@harbourtalent.example", date, agency, "RE: Ledgerline - first stage interview slots",
			"Hi Sam,\n\nRachel would like to take you through to the second stage. They've asked for Thursday 10th December at 10:00 GMT, "+
				"in person at their office – if travelling from Berlin is a problem they can do it on Teams instead, just say.\n\nTom")
		m.InReplyTo, m.References = []string{"c1@harbourtalent.example"}, []string{"c1@harbourtalent.example"}
		return m
	}
	tests := []struct {
		name   string
		second mail.Message
		want   []time.Time
	}{
		{"a week after the first", second("2026-12-01T16:05:00Z"),
			[]time.Time{utc("20261124T143000Z"), utc("20261210T100000Z")}},
		{"before the first was held, it moves it", second("2026-11-20T09:00:00Z"),
			[]time.Time{utc("20261210T100000Z")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build([]mail.Message{first, tc.second}, nil, sampleConfig())
			var got []time.Time
			for _, iv := range ivs {
				got = append(got, iv.Start.UTC())
			}
			if len(got) != len(tc.want) {
				t.Fatalf("starts %v, want %v", got, tc.want)
			}
			for i := range got {
				if !got[i].Equal(tc.want[i]) {
					t.Errorf("starts %v, want %v", got, tc.want)
				}
			}
		})
	}
}

// TestEmployerMovesASystemsBooking: Workday booked the interview for
// "Maple Ridge Financial" from its own no-reply address; the recruiter at
// the company's own domain moves it. One interview, at the new time.
func TestEmployerMovesASystemsBooking(t *testing.T) {
	booked := textMessage("w1@myworkday.com", "2026-11-26T19:03:00Z", "mapleridge@myworkday.com",
		"Interview Scheduled - Senior Data Engineer (R-20418)",
		"Dear Sam,\n\nYour interview for Senior Data Engineer has been scheduled.\n\nDate: Wednesday, December 9, 2026\nTime: 10:00 AM - 11:00 AM Eastern Standard Time\n\nMaple Ridge Financial Talent Acquisition")
	booked.From = []mail.Address{{Name: "Maple Ridge Financial", Email: "mapleridge@myworkday.com"}}
	moved := textMessage("m1@mapleridgefinancial.example", "2026-12-01T14:11:00Z", "chloe.gagnon@mapleridgefinancial.example",
		"Your interview with Maple Ridge - new time?",
		"Hi Sam,\n\nOne of the panel has a conflict on Wednesday. Would Friday, December 11 at 9:30 AM ET work for you instead?\n\nChloé")
	ivs := interview.Build([]mail.Message{booked, moved}, nil, sampleConfig())
	if len(ivs) != 1 || !ivs[0].Start.Equal(utc("20261211T143000Z")) {
		for _, iv := range ivs {
			t.Logf("%s %q %s", iv.Start.UTC(), iv.Company, iv.StatusReason)
		}
		t.Fatalf("%d interviews, want one at Fri 11 Dec 14:30 UTC", len(ivs))
	}
}

// TestUserConfirmationMovedThroughABoard: an employer invites through a
// job board, the user confirms the time in a letter of their own, and the
// employer's answer to that letter moves it: one interview, at the new
// time, not a second one left at the time the user confirmed.
func TestUserConfirmationMovedThroughABoard(t *testing.T) {
	board := textMessage("b1@reed.co.uk", "2026-11-23T09:14:00Z", "noreply@reed.co.uk", "Corvid Analytics sent you a message",
		"Dear Sam,\n\nThank you for your application for Data Engineer. We would like to invite you to an interview on Thursday 10 December at 11:00 (UK time) on Teams.\n\nKind regards,\nHannah Blake\nCorvid Analytics")
	board.From = []mail.Address{{Name: "Reed", Email: "noreply@reed.co.uk"}}
	letter := textMessage("s1@example.org", "2026-11-23T17:41:00Z", "sam.rivera@example.org", "Interview - Data Engineer",
		"Dear Hannah,\n\nI am happy to confirm my interview on Thursday 10 December at 11:00 UK time on Teams.\n\nBest regards,\nSam")
	letter.From = []mail.Address{{Name: "Sam Rivera", Email: "sam.rivera@example.org"}}
	letter.To = []mail.Address{{Name: "Hannah Blake", Email: "hannah.blake@corvid-analytics.example"}}
	moved := textMessage("h1@corvid-analytics.example", "2026-12-01T08:05:00Z", "hannah.blake@corvid-analytics.example", "RE: Interview - Data Engineer",
		"Dear Sam,\n\nUnfortunately we have had to move the interview to Friday 11 December at 14:30 UK time, still on Teams.\n\nBest,\nHannah")
	moved.InReplyTo, moved.References = []string{"s1@example.org"}, []string{"s1@example.org"}
	ivs := interview.Build([]mail.Message{board, letter, moved}, nil, sampleConfig())
	if len(ivs) != 1 || !ivs[0].Start.Equal(utc("20261211T143000Z")) {
		for _, iv := range ivs {
			t.Logf("%s %q %s", iv.Start.UTC(), iv.Company, iv.Why.Time)
		}
		t.Fatalf("%d interviews, want one at Fri 11 Dec 14:30 UTC", len(ivs))
	}
}

// TestSessionsOfOneInterviewDay: a scheduling system books a virtual
// onsite as one calendar part with an event per session; the candidate
// sits one interview day, from the first session's start to the last's
// end. Sessions hours apart, or from another organizer, stay apart.
func TestSessionsOfOneInterviewDay(t *testing.T) {
	session := func(uid, start, summary, organizer string) vevent {
		return vevent{method: "REQUEST", uid: uid, start: start, summary: summary, organizer: organizer,
			extra: []string{"LOCATION:https://brightwater.zoom.us/j/96620184533"}}
	}
	// oneCalendar writes the sessions' events into one VCALENDAR, as
	// GoodTime and ModernLoop do.
	oneCalendar := func(vs ...vevent) []byte {
		var events []string
		for _, v := range vs {
			ics := string(v.ics())
			events = append(events, ics[strings.Index(ics, "BEGIN:VEVENT"):strings.Index(ics, "END:VEVENT")+len("END:VEVENT")])
		}
		return []byte("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\n" + strings.Join(events, "\r\n") + "\r\nEND:VCALENDAR\r\n")
	}
	const kelsey, other = "kelsey.brandt@brightwater-health.example", "dan.whitcombe@brightwater-health.example"
	onsite := func(vs ...vevent) mail.Message {
		m := calMessageFrom("gt1@goodtime.io", "2026-12-03T15:41:00Z", "Your virtual onsite with Brightwater Health is confirmed",
			"Your virtual onsite with Brightwater Health for the Staff Backend Engineer position is confirmed.", vs[0])
		m.From = addr("Brightwater Health", "no-reply@goodtime.io")
		m.Calendars = [][]byte{oneCalendar(vs...)}
		return m
	}
	for _, tc := range []struct {
		name     string
		sessions []vevent
		want     []time.Time // starts
		end      time.Time   // of the first
	}{
		{"back to back, a break of a quarter of an hour", []vevent{
			session("s1@goodtime.io", "20261210T143000Z", "Brightwater Health Virtual Onsite: System Design (Sam Rivera)", kelsey),
			session("s2@goodtime.io", "20261210T153000Z", "Brightwater Health Virtual Onsite: Coding (Sam Rivera)", kelsey),
			session("s3@goodtime.io", "20261210T164500Z", "Brightwater Health Virtual Onsite: Values Interview (Sam Rivera)", kelsey),
		}, []time.Time{utc("20261210T143000Z")}, utc("20261210T174500Z")},
		{"the second session hours later", []vevent{
			session("s1@goodtime.io", "20261210T090000Z", "Brightwater Health Interview: System Design (Sam Rivera)", kelsey),
			session("s2@goodtime.io", "20261210T150000Z", "Brightwater Health Interview: Coding (Sam Rivera)", kelsey),
		}, []time.Time{utc("20261210T090000Z"), utc("20261210T150000Z")}, utc("20261210T100000Z")},
		{"another organizer's session", []vevent{
			session("s1@goodtime.io", "20261210T143000Z", "Brightwater Health Interview: System Design (Sam Rivera)", kelsey),
			session("s2@goodtime.io", "20261210T153000Z", "Brightwater Health Interview: Hiring Manager (Sam Rivera)", other),
		}, []time.Time{utc("20261210T143000Z"), utc("20261210T153000Z")}, utc("20261210T153000Z")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build([]mail.Message{onsite(tc.sessions...)}, nil, sampleConfig())
			var got []time.Time
			for _, iv := range ivs {
				got = append(got, iv.Start.UTC())
			}
			if !slices.EqualFunc(got, tc.want, time.Time.Equal) {
				t.Fatalf("interviews at %v, want %v", got, tc.want)
			}
			if !ivs[0].End.Equal(tc.end) {
				t.Errorf("first ends %v, want %v", ivs[0].End.UTC(), tc.end)
			}
		})
	}
}

// TestSessionsInvitedTogether: ModernLoop and GoodTime also send each
// session of an interview day as an invitation of its own, seconds
// apart: one day, from its first session. Sessions invited days apart
// were booked apart, and stay apart.
func TestSessionsInvitedTogether(t *testing.T) {
	const jordan = "jordan.ellis@lumora-health.example"
	session := func(id, sent, uid, start, summary string) mail.Message {
		return calMessageFrom(id, sent, "Invitation: "+summary, "Join with Google Meet: https://meet.google.com/abc-defg-hij",
			vevent{method: "REQUEST", uid: uid, start: start, summary: summary, organizer: jordan})
	}
	for _, tc := range []struct {
		name string
		msgs []mail.Message
		want []time.Time
	}{
		{"invited within seconds", []mail.Message{
			session("ml1@lumora.example", "2027-01-05T16:05:14Z", "u1", "20270114T150000Z", "Lumora Health - Coding Interview (Sam Rivera)"),
			session("ml2@lumora.example", "2027-01-05T16:05:19Z", "u2", "20270114T160000Z", "Lumora Health - System Design Interview (Sam Rivera)"),
			session("ml3@lumora.example", "2027-01-05T16:05:23Z", "u3", "20270114T171500Z", "Lumora Health - Hiring Manager Interview (Sam Rivera)"),
		}, []time.Time{utc("20270114T150000Z")}},
		{"invited days apart", []mail.Message{
			session("ml1@lumora.example", "2027-01-05T16:05:14Z", "u1", "20270114T150000Z", "Lumora Health - Coding Interview (Sam Rivera)"),
			session("ml2@lumora.example", "2027-01-08T10:00:00Z", "u2", "20270114T160000Z", "Lumora Health - Hiring Manager Interview (Sam Rivera)"),
		}, []time.Time{utc("20270114T150000Z"), utc("20270114T160000Z")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []time.Time
			for _, iv := range interview.Build(tc.msgs, nil, sampleConfig()) {
				got = append(got, iv.Start.UTC())
			}
			slices.SortFunc(got, time.Time.Compare)
			if !slices.EqualFunc(got, tc.want, time.Time.Equal) {
				t.Fatalf("interviews at %v, want %v", got, tc.want)
			}
		})
	}
}

// TestVideoInterviewInOneWord: Spanish, Portuguese and Italian write the
// video interview as one word ("videoentrevista", "videocolloquio"), and
// Rioplatense Spanish tells the candidate to record in the voseo
// ("grabás tus respuestas"): a one-way interview with its deadline.
func TestVideoInterviewInOneWord(t *testing.T) {
	m := textMessage("bm1@bumeran.com.ar", "2026-12-04T12:11:00Z", "notificaciones@bumeran.com.ar",
		"Pampa Seguros te invitó a una videoentrevista",
		"Hola Sam,\n\nPampa Seguros te invitó a completar una videoentrevista para el aviso Desarrollador/a Full Stack.\n\n"+
			"- 4 preguntas, hasta 2 minutos por respuesta\n- Tenés tiempo hasta el viernes 11/12/2026 a las 23:59 hs (hora de Argentina)\n\n"+
			"No hay entrevistador en vivo: grabás tus respuestas cuando quieras dentro del plazo.")
	m.From = addr("Bumeran", "notificaciones@bumeran.com.ar")
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	if len(ivs) != 1 || !ivs[0].OneWay || !ivs[0].Start.Equal(utc("20261212T025900Z")) {
		t.Fatalf("Build = %+v, want one one-way interview due Sat 12 Dec 02:59 UTC", ivs)
	}
}

// TestPhrasesInsideLinksSayNothing: the words of a web address are no
// wording: Saramin's "zf_user/interview-review" is no "user interview".
func TestPhrasesInsideLinksSayNothing(t *testing.T) {
	m := textMessage("s1@hanbit-robotics.example", "2026-11-27T09:00:00Z", "hr@hanbit-robotics.example",
		"Interview reminder - Embedded Software Engineer",
		"Dear Sam,\n\nThis is a reminder of your video interview on Thursday 10 December at 15:00 KST.\n\n"+
			"Read other candidates' reviews first: https://www.saramin.co.kr/zf_user/interview-review\n\nHR Team")
	if ivs := interview.Build([]mail.Message{m}, nil, sampleConfig()); len(ivs) != 1 {
		t.Fatalf("%d interviews, want 1 (%v)", len(ivs), interview.Verdicts([]mail.Message{m}, sampleConfig()))
	}
}

// TestInvitationsThatAreNoInterview: calendar invitations whose only
// interview word is misleading: a podcast's recording (the show's name in
// its organizer's domain, or a recording studio's invitation), and a
// reference check about a candidate booked as an "entretien".
func TestInvitationsThatAreNoInterview(t *testing.T) {
	invite := func(summary, from, organizer string) mail.Message {
		m := calMessage("i1@x.example", "2026-12-02T09:00:00Z",
			vevent{method: "REQUEST", stamp: "20261202T090000Z", start: "20261209T160000Z", summary: summary})
		m.From = []mail.Address{{Email: from}}
		m.Subject = "Invitation: " + summary
		m.Text = "You have been invited. Join: https://meet.google.com/abc-defg-hij"
		m.Calendars[0] = []byte(strings.ReplaceAll(string(m.Calendars[0]), "joanna.park@initech.example", organizer))
		return m
	}
	tests := []struct {
		name string
		m    mail.Message
	}{
		{"a show's organizer", invite("Entrevista – Código Aberto Ep. 87 com Sam Rivera", "rita@codigoaberto-podcast.example", "rita@codigoaberto-podcast.example")},
		{"a recording studio's invitation", invite("Interview: Código Aberto – Ep. 87 with Sam Rivera", "no-reply@riverside.fm", "rita@codigoaberto.example")},
		{"a reference check", invite("Entretien de référence (20 min) – Sam Rivera", "rh@maisoncorvette.example", "rh@maisoncorvette.example")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if ivs := interview.Build([]mail.Message{tc.m}, nil, sampleConfig()); len(ivs) != 0 {
				t.Errorf("%d interviews (%s), want none", len(ivs), ivs[0].Evidence)
			}
		})
	}
	// The same invitation from an employer is one.
	if ivs := interview.Build([]mail.Message{invite("Entrevista – Engenheiro de Plataforma", "rita@codigoaberto.example", "rita@codigoaberto.example")},
		nil, sampleConfig()); len(ivs) != 1 {
		t.Errorf("an employer's invitation: %d interviews, want 1", len(ivs))
	}
}

// TestJobTalkThreads: a founder's or a recruiter's first mail that names
// a job and proposes to meet ("Fancy a coffee?", "una videollamada"), with
// no time yet, makes its thread about the job: the reply that fixes the
// time is the interview. The same words from a friend, naming no job, do
// not.
func TestJobTalkThreads(t *testing.T) {
	const ines = "ines@lumenfield.example"
	first := func(text string) mail.Message {
		return textMessage("c1@lumenfield.example", "2026-11-30T22:04:00Z", ines, "Coffee next week?", text)
	}
	sam := sentReply(first(""), "s1@example.org", "2026-12-01T07:15:00Z")
	confirm := inThread(textMessage("c2@lumenfield.example", "2026-12-01T09:02:00Z", ines, "Re: Coffee next week?",
		"Perfect - Thursday 10 December, 9:30 at Hallesches Haus. See you there!\n\nInes"), first(""), sam)
	tests := []struct {
		name, text string
		want       int
	}{
		{"a founder names the job", "Hi Sam,\n\nwe're about to hire our first Head of Platform. Fancy a coffee to talk about it next week?\n\nInes", 1},
		{"a friend names none", "Hi Sam,\n\nI'm in Berlin next week. Fancy a coffee to catch up?\n\nInes", 0},
		{"a CTO names the job, in French", "Bonjour Sam,\n\nnous cherchons un·e Lead Developer pour notre équipe berlinoise. Seriez-vous disponible pour un café la semaine prochaine ?\n\nInes", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build([]mail.Message{first(tc.text), sam, confirm}, nil, sampleConfig())
			if len(ivs) != tc.want {
				t.Fatalf("%d interviews, want %d", len(ivs), tc.want)
			}
			if tc.want == 1 && !ivs[0].Start.Equal(utc("20261210T083000Z")) {
				t.Errorf("start %v, want Thursday 10 December 9:30 in Berlin", ivs[0].Start)
			}
		})
	}
}

// TestStatusWordsOfMoreLanguagesAndSystems: a Spanish recruiter who "had
// to annul" the video call cancels it; a hiring system's rejection signed
// "Kari Haugen | Sjøbris Energi" is the company's.
func TestStatusWordsOfMoreLanguagesAndSystems(t *testing.T) {
	confirm := textMessage("v1@grupoalbatros.example", "2026-11-26T11:48:00Z", "mjruiz@grupoalbatros.example",
		"Videollamada con Alberto - Arquitecto/a de Soluciones Cloud",
		"Hola Sam:\n\nte confirmo la videollamada con Alberto para la posición de Arquitecto/a de Soluciones Cloud:\n\nLunes 14 de diciembre, a las 16:00\n\nMaría José Ruiz\nTalent Acquisition | Grupo Albatros")
	cancel := textMessage("v2@grupoalbatros.example", "2026-12-02T09:31:00Z", "mjruiz@grupoalbatros.example",
		"RE: Videollamada con Alberto - Arquitecto/a de Soluciones Cloud",
		"Hola Sam:\n\nlamento mucho tener que escribirte esto: hemos tenido que anular la videollamada del lunes 14 con Alberto.\n\nMaría José")
	cancel.InReplyTo = []string{"v1@grupoalbatros.example"}
	booked := textMessage("t1@teamtailor-mail.com", "2026-11-10T13:47:00Z", "noreply@teamtailor-mail.com",
		"Bekreftelse: Intervju – Løsningsarkitekt", "Intervju – Løsningsarkitekt\ntirsdag 17. november 2026 kl. 13.00–14.00\nSted: Microsoft Teams")
	booked.From = addr("Sjøbris Energi", "noreply@teamtailor-mail.com")
	rejected := textMessage("t2@teamtailor-mail.com", "2026-11-26T09:05:00Z", "noreply@teamtailor-mail.com",
		"Tilbakemelding på din søknad – Løsningsarkitekt",
		"Hei Sam,\n\nvi har dessverre valgt å gå videre med en annen kandidat.\n\nVennlig hilsen\nKari Haugen")
	rejected.From = addr("Kari Haugen | Sjøbris Energi", "noreply@teamtailor-mail.com")
	// A Spanish offer that names no "offer" phrase but its letter and
	// the wish that the user join, a few days after the interview.
	final := textMessage("f1@alisio-software.example", "2026-11-24T10:00:00Z", "talento@alisio-software.example",
		"Fase final – Engineering Manager – Data | Alisio Software",
		"Hola Sam:\n\nte confirmo la entrevista final con Carmen y Yeray el miércoles 2 de diciembre a las 12:00 hora canaria.\n\nAcerina")
	offer := textMessage("f2@alisio-software.example", "2026-12-03T16:00:00Z", "talento@alisio-software.example",
		"Oferta – Engineering Manager – Data | Alisio Software",
		"Hola Sam:\n\nCarmen y Yeray salieron encantados de la conversación del miércoles: ¡nos encantaría que te unieras a Alisio como Engineering Manager – Data!\n\n"+
			"- Salario: 92.000 € brutos anuales\n- Incorporación: a partir del 1 de marzo de 2027\n\nEn los próximos días te llegará la carta de oferta a través de Factorial.\n\nAcerina")
	// An agency's no: the role offered to someone else, and a call to
	// give the feedback, which the user takes.
	stage := textMessage("h1@harbourfinch.example", "2026-12-03T15:22:00Z", "olly.bennett@harbourfinch.example",
		"Ledgerline - second stage, Mon 7th Dec 10:30am", "Hi Sam,\n\nLedgerline would like you back for the second stage: Monday 7th December at 10:30am UK time, a pairing session.\n\nOlly")
	no := inThread(textMessage("h2@harbourfinch.example", "2026-12-10T12:10:00Z", "olly.bennett@harbourfinch.example",
		"RE: Ledgerline - second stage, Mon 7th Dec 10:30am",
		"Hi Sam,\n\nLedgerline have come back to me and they've decided to offer the role to another candidate. Are you free for a quick call tomorrow (Friday) at 11am UK for the feedback?\n\nOlly"), stage)
	ok := sentReply(no, "h3@example.org", "2026-12-10T13:32:00Z")
	ok.Text = "Hi Olly,\n\nthanks - Friday at 11 works.\n\nSam"
	davet := textMessage("m1@marmara-veri.example", "2026-11-27T08:10:00Z", "selin.kaya@marmara-veri.example",
		"Mülakat Daveti - Veri Mühendisi", "Merhaba Sam Bey,\n\nSizi mülakata davet etmek isteriz.\n\nTarih: 9 Aralık 2026, Çarşamba\nSaat: 14:00 (TSİ)\n\nSelin Kaya")
	iptal := inThread(textMessage("m2@marmara-veri.example", "2026-12-03T09:00:00Z", "selin.kaya@marmara-veri.example",
		"YNT: Mülakat Daveti - Veri Mühendisi", "Merhaba Sam Bey,\n\nMaalesef 9 Aralık Çarşamba saat 14:00'te planladığımız mülakatı iptal etmek durumundayız.\n\nSelin Kaya"), davet)
	// A board's invitation on Kyiv's clock, then the employer's own
	// cancellation naming the slot on that clock without saying so.
	board := textMessage("w1@mail.work.ua", "2026-12-01T11:08:00Z", "noreply@work.ua", "Вас запрошують на співбесіду",
		"Вас запрошують на співбесіду\n\nРоботодавець Фортеця ІТ розглянув ваш відгук на вакансію «Системний адміністратор».\n\n"+
			"Дата і час: 15 грудня 2026, 10:30 (за Києвом)\nФормат: онлайн, Zoom")
	board.From = addr("Work.ua", "noreply@work.ua")
	called := textMessage("f1@fortecia-it.example", "2026-12-08T09:00:00Z", "maryna.hnatiuk@fortecia-it.example", "Скасування співбесіди",
		"Доброго дня, Сем!\n\nНа жаль, змушені скасувати співбесіду, призначену на 15.12 о 10:30, на позицію «Системний адміністратор».\n\nМарина Гнатюк")
	for _, tc := range []struct {
		name string
		msgs []mail.Message
		want interview.Status
	}{
		{"uk: the employer cancels its board's booking", []mail.Message{board, called}, interview.Cancelled},
		{"en: the role offered to another candidate, a feedback call taken", []mail.Message{stage, no, ok}, interview.Rejected},
		{"es: hemos tenido que anular", []mail.Message{confirm, cancel}, interview.Cancelled},
		{"es: que te unieras, la carta de oferta", []mail.Message{final, offer}, interview.Offer},
		{"no: a hiring system's rejection", []mail.Message{booked, rejected}, interview.Rejected},
		{"tr: iptal etmek durumundayız", []mail.Message{davet, iptal}, interview.Cancelled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			if len(ivs) != 1 || ivs[0].Status != tc.want {
				t.Fatalf("Build = %d interviews (%+v), want one %s", len(ivs), ivs, tc.want)
			}
		})
	}
}

// TestAgencyTextBesideItsClientsInvitation: an agency names the slot and
// the city ("in Oslo"), the client invites; one interview, the client's.
func TestAgencyTextBesideItsClientsInvitation(t *testing.T) {
	agency := textMessage("a1@harbourtalent.example", "2026-12-01T10:26:00Z", "tom@harbourtalent.example",
		"Senior Data Engineer - Oslo",
		"Hi Sam,\n\ngreat news: first stage is a 45-minute video call with Ingrid Solberg (Head of Data) on Thursday 17th December at 10:00 GMT, which is 11:00 your time.\n\nTom")
	client := invitationMsg("c1@nordlys.example", "2026-12-01T13:32:00Z", "ingrid@nordlys.example", "uid-c1@nordlys.example",
		"REQUEST", "20261217T100000Z", "ingrid@nordlys.example", "Invitation: Senior Data Engineer – Sam Rivera", "Velkommen.")
	ivs := interview.Build([]mail.Message{agency, client}, nil, sampleConfig())
	if len(ivs) != 1 || ivs[0].ICSUID != "uid-c1@nordlys.example" {
		for _, iv := range ivs {
			t.Logf("%s %q %q", iv.Start.UTC(), iv.Company, iv.ICSUID)
		}
		t.Fatalf("%d interviews, want the client's invitation alone", len(ivs))
	}
}

// TestReferenceCallThread: a recruiter asks the user for a reference
// call about a candidate; the reply that fixes the time ("I'll call you
// on Friday at 10:00") is in a thread about someone else's candidacy.
func TestReferenceCallThread(t *testing.T) {
	const laura = "laura.mendez@corvalis.example"
	ask := textMessage("r1@corvalis.example", "2026-11-30T10:37:00Z", laura, "Reference for Daniel Brandt - Senior Engineer at Corvalis",
		"Hi Sam,\n\nDaniel Brandt is in the final stage of our process and has named you as a reference.\n\nWould you have 15 minutes for a short reference call? I could do Thursday 3 Dec at 16:00 or Friday 4 Dec at 10:00.\n\nLaura")
	sam := sentReply(ask, "s1@example.org", "2026-11-30T12:05:00Z")
	thanks := inThread(textMessage("r2@corvalis.example", "2026-11-30T12:20:00Z", laura, "Re: Reference for Daniel Brandt - Senior Engineer at Corvalis",
		"Thank you, Sam! I'll call you on Friday at 10:00.\n\nLaura"), ask, sam)
	if ivs := interview.Build([]mail.Message{ask, sam, thanks}, nil, sampleConfig()); len(ivs) != 0 {
		t.Fatalf("%d interviews (%s), want none", len(ivs), ivs[0].Evidence)
	}
}

// TestFeedbackCallAfterARejection: the call a recruiter books in the
// thread of a rejection gives the reasons; it is no interview.
func TestFeedbackCallAfterARejection(t *testing.T) {
	const hr = "agnieszka@tyrell.example"
	no := textMessage("t1@tyrell.example", "2026-11-30T10:00:00Z", hr, "Twoja aplikacja – Senior Backend Engineer",
		"Dzień dobry,\n\ndziękujemy za rozmowy. Niestety zdecydowaliśmy się kontynuować proces z innym kandydatem.\n\nAgnieszka")
	sam := sentReply(no, "s1@example.org", "2026-11-30T12:00:00Z")
	call := inThread(textMessage("t2@tyrell.example", "2026-12-01T09:00:00Z", hr, "Re: Twoja aplikacja – Senior Backend Engineer",
		"Oczywiście! Zadzwonię w piątek 4 grudnia o 12:00 i omówimy feedback.\n\nAgnieszka"), no, sam)
	if ivs := interview.Build([]mail.Message{no, sam, call}, nil, sampleConfig()); len(ivs) != 0 {
		t.Fatalf("%d interviews (%s), want none", len(ivs), ivs[0].Evidence)
	}
}

// sentReply is the user's answer to m, as their Sent folder keeps it:
// no text, only what threads it.
func sentReply(m mail.Message, id, date string) mail.Message {
	d, _ := time.Parse(time.RFC3339, date)
	return mail.Message{Summary: mail.Summary{Mailbox: "Sent", MessageID: id, Date: d, Subject: "Re: " + m.Subject,
		InReplyTo: []string{m.MessageID}, References: []string{m.MessageID},
		From: addr("Sam Rivera", "sam.rivera@example.org"), To: m.From}}
}

// inThread makes m the answer to the last of thread, referencing all of it
// (RFC 5322 section 3.6.4).
func inThread(m mail.Message, thread ...mail.Message) mail.Message {
	m.InReplyTo = []string{thread[len(thread)-1].MessageID}
	m.References = nil
	for _, t := range thread {
		m.References = append(m.References, t.MessageID)
	}
	return m
}

// TestSystemsStagesThenOneMoved: a scheduling system sums up two stages on
// different days, each a block of fields under its heading, with the help
// line every one of its mails carries ("Need to reschedule?"); then an
// updated invitation moves one of them. Two interviews: the stage the
// update does not name keeps its time.
func TestSystemsStagesThenOneMoved(t *testing.T) {
	summary := textMessage("s1@modernloop.io", "2026-12-01T19:22:00Z", "no-reply@modernloop.io", "Your upcoming interviews with Initech",
		"Hi Sam,\n\nBelow are the details of your next two conversations with the Initech team.\n\n"+
			"Technical Screen — collaborative coding\nDate Tuesday, December 8, 2026\nTime 8:00 AM – 9:00 AM PST\nWith Peter Gibbons, Staff Engineer\n\n"+
			"Hiring Manager Conversation\nDate Thursday, December 10, 2026\nTime 9:30 AM – 10:15 AM PST\nWith Joanna Park\n\n"+
			"Need to reschedule or have a question? Just reply to this email.\n\nThe Initech Recruiting Team")
	moved := calMessage("u1@initech.example", "2026-12-02T22:48:00Z",
		vevent{method: "REQUEST", seq: 1, stamp: "20261202T224800Z", start: "20261211T190000Z", summary: "Updated: Hiring Manager Conversation with Initech"})
	moved.Subject = "Updated: Hiring Manager Conversation with Initech"
	moved.From = []mail.Address{{Name: "Initech via ModernLoop", Email: "no-reply@modernloop.io"}}
	moved.Text = "Your Hiring Manager Conversation has been rescheduled to Friday, December 11, 2026 at 11:00 AM PST."
	tests := []struct {
		name string
		msgs []mail.Message
		want []time.Time
	}{
		{"the summary alone", []mail.Message{summary}, []time.Time{utc("20261208T160000Z"), utc("20261210T173000Z")}},
		{"one stage moved by an invitation", []mail.Message{summary, moved}, []time.Time{utc("20261208T160000Z"), utc("20261211T190000Z")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			var got []time.Time
			for _, iv := range ivs {
				got = append(got, iv.Start.UTC())
			}
			slices.SortFunc(got, time.Time.Compare)
			if !slices.EqualFunc(got, tc.want, time.Time.Equal) {
				t.Errorf("starts %v, want %v", got, tc.want)
			}
		})
	}
}

// TestMeetingsAfterTheHire: once an organisation has welcomed the user as
// its new hire (the contract signed, the first day, checks before the
// start), its invitations are no interviews unless they say so, as after
// its offer: the welcome lunch, a check of papers on video.
func TestMeetingsAfterTheHire(t *testing.T) {
	invite := func(id, date, summary, location string) mail.Message {
		ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:Microsoft Exchange Server 2010", "METHOD:REQUEST",
			"BEGIN:VEVENT", "UID:" + id, "SEQUENCE:0", "DTSTAMP:20261127T080000Z",
			"DTSTART:20261211T130000Z", "DTEND:20261211T143000Z", "SUMMARY:" + summary, "LOCATION:" + location,
			"ORGANIZER;CN=Javier Montero:mailto:javier.montero@soleradatos.example",
			"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Rivera:mailto:sam.rivera@example.org",
			"END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
		m := textMessage(id, date, "javier.montero@soleradatos.example", summary, "Nos vemos allí.")
		m.HasCalendar, m.Calendars = true, [][]byte{[]byte(ics)}
		return m
	}
	welcome := textMessage("w@soleradatos.example", "2026-11-26T17:34:00Z", "javier.montero@soleradatos.example", "¡Bienvenido/a!",
		"¡Hola Sam! Ya tenemos el contrato firmado por las dos partes, ¡bienvenido/a al equipo de Plataforma!")
	tests := []struct {
		name string
		msgs []mail.Message
		want int
	}{
		{"the same invitation without a welcome", []mail.Message{invite("l@soleradatos.example", "2026-11-27T08:02:00Z", "Comida - Sam", "Casa Remedios, C. de Alcalá 212, Madrid")}, 1},
		{"the team's lunch after the welcome", []mail.Message{welcome, invite("l@soleradatos.example", "2026-11-27T08:02:00Z", "Comida - Sam", "Casa Remedios, C. de Alcalá 212, Madrid")}, 0},
		{"an interview after the welcome that says so", []mail.Message{welcome, invite("i@soleradatos.example", "2026-11-27T08:02:00Z", "Entrevista final - Sam", "Casa Remedios, C. de Alcalá 212, Madrid")}, 1},
		{"a welcome before an invitation sent earlier changes nothing", []mail.Message{invite("l@soleradatos.example", "2026-11-25T08:02:00Z", "Comida - Sam", "Casa Remedios, C. de Alcalá 212, Madrid"), welcome}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			if len(ivs) != tc.want {
				t.Errorf("%d interviews, want %d: %s", len(ivs), tc.want, mustJSON(ivs))
			}
		})
	}
}

// TestWordsAboutTheBookedSlot: "3:30pm yours" is the reader's clock; a
// recruiter's "Thursday" written after a scheduling system booked the
// Thursday a week out is that booking, not the nearest Thursday.
func TestWordsAboutTheBookedSlot(t *testing.T) {
	const dana = "dana.whitfield@initech.example"
	words := func(text string) mail.Message {
		return textMessage("w1@initech.example", "2026-12-01T08:52:10-05:00", dana, "Re: Initech - Senior Data Analyst (Remote)",
			"Hi Sam,\n\n"+text+"\n\nDana")
	}
	booking := invitationMsg("zs1@zoom.us", "2026-11-30T17:03:22Z", "no-reply@zoom.us", "ZSCH-1@zoom.us", "REQUEST",
		"20261210T143000Z", dana, "Confirmed: Initech intro - Senior Data Analyst with Dana Whitfield", "")
	tests := []struct {
		name   string
		msgs   []mail.Message
		starts []time.Time
	}{
		{"the booking, then the weekday", []mail.Message{booking,
			words("Saw your booking come through - great, Thursday 9:30am my time / 3:30pm yours works perfectly.")},
			[]time.Time{utc("20261210T143000Z")}},
		{"the other clock is the reader's", []mail.Message{
			words("Confirming our interview on Thursday 10 December, 9:30am my time / 3:30pm yours.")},
			[]time.Time{utc("20261210T143000Z")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkStarts(t, tc.msgs, tc.starts...)
		})
	}
}

// TestMoveOfOneOfTwoListedStages: a message fixes two stages, one with a
// remark that the time is the reader's too ("Swedish time, so same as
// yours"); a reply moves "the final round" to the next day. The move is
// of the stage nearest the new time; the other stays.
func TestMoveOfOneOfTwoListedStages(t *testing.T) {
	const elin = "elin.lindqvist@tallvik.example"
	first := textMessage("s1@tallvik.example", "2026-12-01T15:48:22+01:00", elin, "Next steps - Machine Learning Engineer at Tallvik",
		"Hej Sam!\n\nHere are the next two steps for the Machine Learning Engineer role:\n\n"+
			"1) Technical interview – pair programming with Oskar and Maja, 75 min\n   Thursday 10 December kl. 13.30 (Swedish time, so same as yours)\n\n"+
			"2) Final round – values & team fit with our CTO Johan Ek, 45 min\n   Thursday 7 January kl. 09.00\n\n"+
			"Could you confirm both times work for you?\n\nElin")
	moved := inThread(textMessage("s2@tallvik.example", "2026-12-03T10:17:45+01:00", elin, "Re: Next steps - Machine Learning Engineer at Tallvik",
		"Hi Sam,\n\nOne small change: Johan will be travelling on the 7th, so we've moved the final round to Friday 8 January, same time (kl. 09.00).\n\nElin"), first)
	checkStarts(t, []mail.Message{first, moved}, utc("20261210T123000Z"), utc("20270108T080000Z"))
}

// TestTwoDaysOfferedAtOneClock: "Tuesday 1st or Wednesday 2nd at 10am UK
// time" offers two slots; nothing is fixed until the answer picks one.
func TestTwoDaysOfferedAtOneClock(t *testing.T) {
	const tom = "tom.hargreaves@brightpath-talent.example"
	offer := textMessage("o1@brightpath-talent.example", "2026-11-26T09:41:27Z", tom, "Lead Data Engineer - Amsterdam fintech",
		"Hi Sam,\n\nA Series B fintech in Amsterdam is hiring a Lead Data Engineer. Would you be open to a quick 15-min call "+
			"so I can walk you through it? I have Tuesday 1st or Wednesday 2nd at 10am UK time free.\n\nBest,\nTom")
	answer := sentReply(offer, "o2@example.org", "2026-11-26T19:15:33Z")
	answer.Text = "Hi Tom,\n\nWednesday works for me.\n\nSam"
	fixed := inThread(textMessage("o3@brightpath-talent.example", "2026-11-27T08:55:02Z", tom, "RE: Lead Data Engineer - Amsterdam fintech",
		"Great, Wednesday 2nd at 10am UK time it is - I'll call you on your mobile.\n\nTom"), offer, answer)
	tests := []struct {
		name   string
		msgs   []mail.Message
		starts []time.Time
	}{
		{"the offer alone", []mail.Message{offer}, nil},
		{"the slot picked", []mail.Message{offer, answer, fixed}, []time.Time{utc("20261202T100000Z")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkStarts(t, tc.msgs, tc.starts...)
		})
	}
}

// TestPublicSystemBookingThenItsOfficer: NHS Jobs confirms the slot the
// candidate chose, at the trust it names, and gives the recruitment
// officer's address to contact; the officer then restates it in words
// ("quarter past eleven"), signing from an address with a British
// postcode. One interview: the trust's full name, at 11:15 London time,
// with the officer to thank.
func TestPublicSystemBookingThenItsOfficer(t *testing.T) {
	booked := textMessage("nhs1@amazonses.com", "2026-11-27T08:03:17Z", "no-reply@jobs.nhs.uk",
		"Interview time confirmed: Outpatient Services Manager - 311-KUH-1187-C",
		"Dear Sam Rivera,\n\nYou have chosen an interview time for Outpatient Services Manager (311-KUH-1187-C) at Kingsmead University Hospitals NHS Foundation Trust.\n\n"+
			"Date: Wednesday 9 December 2026\nTime: 11:15am\nInterview type: In person\n\n"+
			"If you need to change your interview time, sign in to your NHS Jobs account or contact:\nJoanne Pryce\njoanne.pryce@kingsmead-nhs.example\n01632 960418\n\n"+
			"Do not reply to this email. This mailbox is not monitored.\n\nNHS Jobs")
	booked.From[0].Name = "NHS Jobs"
	officer := textMessage("kp1@kingsmead-nhs.example", "2026-12-01T15:42:08Z", "joanne.pryce@kingsmead-nhs.example",
		"Interview 9th December - Outpatient Services Manager - presentation & ID",
		"Dear Sam,\n\nThank you for booking your interview slot for the Outpatient Services Manager post. Just to confirm, we will see you on "+
			"Wednesday 9th December at quarter past eleven in the Education Centre.\n\nKind regards\n\nJoanne\n\nJoanne Pryce\nRecruitment Officer\n"+
			"Kingsmead University Hospitals NHS Foundation Trust\nKingsmead General Hospital, Harrow Lane, Kingsmead KM4 2QT\nTel: 01632 960418")
	officer.From[0].Name = "Joanne Pryce"
	ivs := interview.Build([]mail.Message{booked, officer}, nil, sampleConfig())
	if len(ivs) != 1 {
		for _, iv := range ivs {
			t.Logf("%s %q", iv.Start.UTC(), iv.Company)
		}
		t.Fatalf("%d interviews, want 1", len(ivs))
	}
	iv := ivs[0]
	if want := utc("20261209T111500Z"); !iv.Start.Equal(want) {
		t.Errorf("start %s, want %s", iv.Start.UTC(), want)
	}
	if want := "Kingsmead University Hospitals NHS Foundation Trust"; iv.Company != want {
		t.Errorf("company %q, want %q", iv.Company, want)
	}
	if !slices.ContainsFunc(iv.Interviewers, func(p interview.Person) bool { return p.Email == "joanne.pryce@kingsmead-nhs.example" }) &&
		iv.Organizer.Email != "joanne.pryce@kingsmead-nhs.example" {
		t.Errorf("organizer %v, interviewers %v: want the officer among them", iv.Organizer, iv.Interviewers)
	}
}

// TestTheRoundTheThreadIsAbout: in the replies of "Uitnodiging tweede
// gesprek", the subject's "second round" is the round the thread was
// opened for: a new time agreed there moves it, and makes no third.
func TestTheRoundTheThreadIsAbout(t *testing.T) {
	const sanne = "sanne.devries@veldkamp-mobility.example"
	invite := textMessage("r1@veldkamp-mobility.example", "2026-11-27T13:08:44Z", sanne, "Uitnodiging tweede gesprek - Senior Backend Developer",
		"Hoi Sam,\n\nWe willen je graag uitnodigen voor een tweede gesprek voor de functie Senior Backend Developer, op kantoor in Utrecht.\n\n"+
			"Zou dinsdag 15 december om 14.00 uur je schikken? Reken op ongeveer anderhalf uur.\n\nHartelijke groet,\nSanne")
	ask := sentReply(invite, "r2@example.org", "2026-11-30T08:40:27Z")
	ask.Text = "Hoi Sanne,\n\nOp 15 december zit ik helaas de hele dag in een training. Zou donderdag 17 december ook kunnen?\n\nGroeten,\nSam"
	moved := inThread(textMessage("r3@veldkamp-mobility.example", "2026-11-30T10:52:03Z", sanne, "RE: Uitnodiging tweede gesprek - Senior Backend Developer",
		"Hoi Sam,\n\nGeen probleem! Ik heb even met Joost en Fenna geschakeld: donderdag 17 december om 10.30 uur lukt bij allebei.\n\nGroet,\nSanne"), invite, ask)
	checkStarts(t, []mail.Message{invite, ask, moved}, utc("20261217T093000Z"))
}

// TestDoctoralDefenceIsNoInterview: a professor invites the external
// examiner (the user) and the candidate to a doctoral defence, with a
// video link, as Outlook sends it: the shape of an interview invitation,
// but an academic examination the user sits on.
func TestDoctoralDefenceIsNoInterview(t *testing.T) {
	for _, title := range []string{"Disputation Jonas Weidmann", "PhD viva voce – Amira Haddad", "Soutenance de thèse de Léa Martin"} {
		t.Run(title, func(t *testing.T) {
			ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:Microsoft Exchange Server 2010", "METHOD:REQUEST",
				"BEGIN:VEVENT", "UID:defence-1@tu-lindenau.example", "SEQUENCE:0", "DTSTAMP:20261125T094122Z",
				"DTSTART:20261218T131500Z", "DTEND:20261218T151500Z", "SUMMARY:" + title,
				"LOCATION:https://tu-lindenau.zoom.us/j/65120948873",
				"ORGANIZER;CN=\"Engelhardt, Klaus\":mailto:klaus.engelhardt@tu-lindenau.example",
				"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.rivera@example.org:mailto:sam.rivera@example.org",
				"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Weidmann, Jonas\":mailto:jonas.weidmann@tu-lindenau.example",
				"STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
			m := textMessage("d1@tu-lindenau.example", "2026-11-25T09:41:22Z", "klaus.engelhardt@tu-lindenau.example", title,
				"Liebe Kolleginnen und Kollegen,\n\nanbei die Kalendereinladung. Für alle, die remote teilnehmen, habe ich einen Zoom-Raum eingerichtet.\n\nKlaus Engelhardt")
			m.HasCalendar, m.Calendars = true, [][]byte{[]byte(ics)}
			if ivs := interview.Build([]mail.Message{m}, nil, sampleConfig()); len(ivs) != 0 {
				t.Errorf("%d interviews (%s), want none", len(ivs), ivs[0].Evidence)
			}
		})
	}
}

// TestJobTalkAndTheWayThere: a university invites the candidate to a
// Probevortrag (the job talk that opens an academic interview); its
// secretary later gives a pick-up time at the hotel and says the talk
// begins as announced. The interview stays at the talk's time.
func TestJobTalkAndTheWayThere(t *testing.T) {
	const office = "sekretariat.brandstaetter@uni-hohenfels.example"
	invite := textMessage("u1@uni-hohenfels.example", "2026-11-20T10:42:07Z", office,
		"Berufungsverfahren W2-Professur \"Maschinelles Lernen\" - Einladung zum Probevortrag",
		"Sehr geehrte/r Dr. Rivera,\n\ndie Kommission möchte Sie zu einem hochschulöffentlichen Probevortrag mit anschließendem Gespräch einladen.\n\n"+
			"Termin:  Donnerstag, 14. Januar 2027, 10.15 Uhr\nOrt:     Campus Nord, Gebäude C, Hörsaal C 0.12\n\nMit freundlichen Grüßen\nPetra Kühnel")
	answer := sentReply(invite, "u2@example.org", "2026-11-23T07:57:31Z")
	answer.Text = "Sehr geehrte Frau Kühnel,\n\nhiermit bestätige ich gerne meine Teilnahme am 14. Januar 2027 um 10.15 Uhr.\n\nSam Rivera"
	pickup := inThread(textMessage("u3@uni-hohenfels.example", "2026-12-01T13:20:45Z", office,
		"Re: Berufungsverfahren W2-Professur \"Maschinelles Lernen\" - Einladung zum Probevortrag",
		"Sehr geehrte/r Dr. Rivera,\n\nHerr Dr. Lorenz holt Sie am 14.01. um 9.45 Uhr an der Hotelrezeption ab; "+
			"der Vortrag beginnt wie angekündigt um 10.15 Uhr.\n\nPetra Kühnel"), invite, answer)
	tests := []struct {
		name string
		msgs []mail.Message
	}{
		{"the invitation", []mail.Message{invite}},
		{"and the pick-up", []mail.Message{invite, answer, pickup}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkStarts(t, tc.msgs, utc("20270114T091500Z"))
		})
	}
}

// TestCancelledInTheSubjectAndAVerbLast: a German institute calls the
// interview off in its subject ("Absage des Termins am 10.12.") and in a
// sentence whose verb stands last ("muss daher leider entfallen"), while
// a later sentence holds an "ob" (if) about the post's future.
func TestCancelledInTheSubjectAndAVerbLast(t *testing.T) {
	const hr = "birgit.hansen@nik-nordhafen.example"
	invite := textMessage("n1@nik-nordhafen.example", "2026-11-24T09:05:33Z", hr, "Einladung zum Auswahlgespräch - Kennziffer 41/2026",
		"Sehr geehrte/r Dr. Rivera,\n\ngerne laden wir Sie zu einem Auswahlgespräch per Webex ein, am Donnerstag, den 10.12.2026, um 11:00 Uhr.\n\nBirgit Hansen")
	off := func(subject, text string) mail.Message {
		return inThread(textMessage("n2@nik-nordhafen.example", "2026-12-03T07:52:19Z", hr, subject, text), invite)
	}
	const later = "\n\nSobald feststeht, ob und wann die Stelle besetzt werden kann, melden wir uns.\n\nBirgit Hansen"
	tests := []struct {
		name string
		msg  mail.Message
	}{
		{"in the subject", off("AW: Einladung zum Auswahlgespräch - Absage des Termins am 10.12.",
			"Sehr geehrte/r Dr. Rivera,\n\nleider müssen wir Ihnen mitteilen, dass das Auswahlverfahren ausgesetzt wird."+later)},
		{"the verb last", off("AW: Einladung zum Auswahlgespräch - Kennziffer 41/2026",
			"Sehr geehrte/r Dr. Rivera,\n\ndas für Donnerstag, den 10.12.2026, um 11:00 Uhr vereinbarte Gespräch muss daher leider entfallen."+later)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build([]mail.Message{invite, tc.msg}, nil, sampleConfig())
			if len(ivs) != 1 || ivs[0].Status != interview.Cancelled {
				for _, iv := range ivs {
					t.Logf("%s %s %s", iv.Start.UTC(), iv.Status, iv.StatusReason)
				}
				t.Errorf("want one cancelled interview, got %d", len(ivs))
			}
		})
	}
}

// TestHiringCommitteeTheUserSitsOn: a university invites the members of
// an appointment committee, the user among them, to the day of the
// candidates' job talks; a lecturer's own invitation is an interview.
func TestHiringCommitteeTheUserSitsOn(t *testing.T) {
	tests := []struct {
		name, subject, text string
		want                int
	}{
		{"the committee's session",
			"Berufungskommission W1-Professur \"Geodatenanalyse\" - Einladung zur 3. Sitzung mit Probevorträgen am 21.01.2027",
			"Sehr geehrte Mitglieder der Berufungskommission,\n\nich lade Sie herzlich zur dritten Sitzung ein.\n\n" +
				"Termin: Donnerstag, 21. Januar 2027, 8:30 Uhr bis ca. 17:30 Uhr\nOrt: Senatssaal\n\n" +
				"Tagesordnung:\n2. Probevorträge mit den eingeladenen Kandidat*innen:\n   09:00 Uhr  Dr. Agnieszka Nowak\n   10:30 Uhr  Dr. Karin Lindqvist\n\nSabine Vogel", 0},
		{"the search committee in English",
			"Lecturer in Data Science - shortlisting and interview day",
			"Dear members of the selection committee,\n\nthe interview day for the Lecturer in Data Science post is Thursday 14 January 2027 at 9:00 GMT.\n\nMaeve", 0},
		{"the candidate's own invitation",
			"Interview: Lecturer in Environmental Statistics (Level B)",
			"Dear Dr Rivera,\n\nwe are pleased to invite you to interview for the post of Lecturer in Environmental Statistics on Thursday 14 January 2027 at 9:00 GMT.\n\nMaeve", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := textMessage("c1@uni-oberau.example", "2026-11-30T11:04:16Z", "sabine.vogel@uni-oberau.example", tc.subject, tc.text)
			if ivs := interview.Build([]mail.Message{m}, nil, sampleConfig()); len(ivs) != tc.want {
				t.Errorf("%d interviews, want %d", len(ivs), tc.want)
			}
		})
	}
}

// TestStoreManagerMovesTheSystemsSlot: SmartRecruiters books a group
// assessment at a store whose address (its postcode on the line under the
// "Location" cell) gives the clock; the store manager, writing from the
// company's domain in a thread of his own, names the day and moves the
// start ("now starting at 10 instead of half 9 ... finished around 1").
func TestStoreManagerMovesTheSystemsSlot(t *testing.T) {
	booked := textMessage("sr1@smartrecruiters.com", "2026-11-30T16:22:09Z", "noreply@smartrecruiters.com",
		"Your Group Assessment - Assistant Store Manager (Salford Quays)",
		"Hi Sam,\n\nwe'd love you to join us for a Group Assessment, finishing with a 1:1 interview with the Store Manager.\n\n"+
			"Date Thursday, 7 January 2027\nTime 09:30 – 13:00\nLocation Greenacre Foods Salford Quays\nBroadway, Salford M50 2UW\n\n"+
			"This email was sent by Greenacre Foods Ltd via SmartRecruiters. Please do not reply to this email.")
	booked.From[0].Name = "Greenacre Foods"
	moved := textMessage("dw1@greenacre-foods.example", "2026-12-02T19:47:51Z", "dave.whitworth@greenacre-foods.example", "Assessment day 7th Jan",
		"Hi Sam,\n\nDave here, Store Manager at Salford Quays. I've got your name down for the group assessment on Thurs 7th Jan. "+
			"Quick heads up - we've got a big delivery coming in first thing that morning so we're now starting at 10 instead of half 9. "+
			"Should still be finished around 1.\n\nCheers\nDave")
	tests := []struct {
		name string
		msgs []mail.Message
		want time.Time
	}{
		{"the booking, at the store's clock", []mail.Message{booked}, utc("20270107T093000Z")},
		{"moved by the store manager", []mail.Message{booked, moved}, utc("20270107T100000Z")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := buildStarts(tc.msgs)
			if !slices.EqualFunc(got, []time.Time{tc.want}, time.Time.Equal) {
				t.Errorf("starts %v, want [%v]", got, tc.want)
			}
		})
	}
}

// TestTrialShiftMovedToTheFridayAfter: a restaurant's owner invites to a
// paid trial shift (Probearbeiten), the user takes it, and the owner moves
// it from his phone to "den Freitag drauf, also 18.12., gleiche Uhrzeit".
func TestTrialShiftMovedToTheFridayAfter(t *testing.T) {
	const markus = "markus.hopfengarten@gmail.com"
	invite := textMessage("w1@mail.gmail.com", "2026-11-25T22:41:17Z", markus, "Probearbeiten Serviceleitung",
		"Hallo Sam,\n\ndanke für deine Bewerbung als Serviceleitung. Wir machens bei uns so: du kommst einfach einen Abend zum Probearbeiten.\n\n"+
			"Vorschlag: Samstag 12.12., Schicht ab 17 Uhr, geht bis ca. 23 Uhr.\n\nGib mir kurz Bescheid obs passt.\n\nMarkus\n\n--\nWirtshaus Hopfengarten")
	taken := sentReply(invite, "w2@example.org", "2026-11-26T07:15:02Z")
	taken.Text = "Hallo Markus,\n\nklingt gut, Samstag 12.12. ab 17 Uhr passt mir.\n\nSam"
	moved := inThread(textMessage("w3@gmail.com", "2026-12-02T13:03:26Z", markus, "Re: Probearbeiten Serviceleitung",
		"Hi Sam,\nsorry muss umplanen. Am 12. haben wir 3 Weihnachtsfeiern im Haus. Lass uns den Freitag drauf machen, also 18.12., gleiche Uhrzeit.\nLG Markus"),
		invite, taken)
	tests := []struct {
		name string
		msgs []mail.Message
		want time.Time
	}{
		{"the shift taken", []mail.Message{invite, taken}, utc("20261212T160000Z")},
		{"moved to the Friday after", []mail.Message{invite, taken, moved}, utc("20261218T160000Z")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			var got []time.Time
			for _, iv := range ivs {
				got = append(got, iv.Start.UTC())
			}
			if !slices.EqualFunc(got, []time.Time{tc.want}, time.Time.Equal) {
				t.Errorf("starts %v, want [%v]", got, tc.want)
			}
			if len(ivs) == 1 && ivs[0].Role != "Serviceleitung" {
				t.Errorf("role %q, want Serviceleitung", ivs[0].Role)
			}
		})
	}
}

// TestAFriendsOwnInvitation: a neighbour, from his private address, tells
// the user he has been invited to an interview and asks for practice:
// his interview, not the user's.
func TestAFriendsOwnInvitation(t *testing.T) {
	for _, tc := range []struct{ name, subject, text string }{
		{"German", "Kleine Bitte (Bewerbung)", "Hallo Sam,\n\nhier Henrik von gegenüber. Ich hab nach über einem Jahr endlich eine Einladung bekommen: " +
			"Schichtleiter Lager bei Spreewerk Logistik, nächsten Freitag um halb zehn. Hättest du vorher mal eine Stunde Zeit, mit mir so ein Vorstellungsgespräch durchzuspielen?\n\nHenrik"},
		{"the invitation, in German", "Hilfe!! Band 6 interview", "Hi Sam!!\n\nStell dir vor, ich hab die Einladung für die Band 6 Stelle bekommen. " +
			"Interview ist am Dienstag 8.12. um 11 Uhr (UK time). Hättest du Zeit für ein Mock Interview?\n\nLena"},
		{"English", "Quick favour", "Hi Sam,\n\nI've been invited to an interview at Harbour Freight for the shift lead job, next Friday at 9:30. " +
			"Could you run through some practice questions with me before?\n\nHenrik"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := textMessage("h1@posteo.de", "2026-11-28T10:26:03Z", "henrik.olsen@posteo.de", tc.subject, tc.text)
			if ivs := interview.Build([]mail.Message{m}, nil, sampleConfig()); len(ivs) != 0 {
				t.Errorf("%d interviews (%s), want none", len(ivs), ivs[0].Evidence)
			}
		})
	}
}

// TestManagerMovesTheBookingBySpokenClock: Webcruiter books an interview
// at 09:00; the hiring manager, from the company's domain and in a thread
// of her own, moves it "til halv elleve samme dag" (10:30).
func TestManagerMovesTheBookingBySpokenClock(t *testing.T) {
	booked := textMessage("wc1@webcruiter.no", "2026-11-20T12:12:40Z", "noreply@webcruiter.no", "Innkalling til intervju – Systemutvikler",
		"Hei Sam,\n\nVi har gleden av å invitere deg til intervju for stillingen som Systemutvikler i Nordlys Energi AS.\n\n"+
			"Dato: tirsdag 12. januar 2027\nKlokkeslett: 09:00 - 10:00\nSted: Microsoft Teams\n\nMed vennlig hilsen\nNordlys Energi AS")
	booked.From[0].Name = "Nordlys Energi AS"
	moved := textMessage("kn1@nordlys-energi.example", "2026-12-02T13:48:03Z", "kari.nilsen@nordlys-energi.example", "Intervju 12. januar - ny tid",
		"Hei Sam,\n\nBeklager, men vi må skyve litt på intervjuet ditt den 12. januar. Vi flytter det derfor til halv elleve samme dag.\n\nVennlig hilsen\nKari Nilsen")
	checkStarts(t, []mail.Message{booked, moved}, utc("20270112T093000Z"))
}

// TestPressInvitationInNorwegian: a journalist's Teams invitation for an
// "intervju" with the user about the current employer's work: its title
// pairs the magazine with the user's own organisation, or its mail says
// the quotes go out before publication.
func TestPressInvitationInNorwegian(t *testing.T) {
	for _, tc := range []struct{ name, title, text string }{
		{"the magazine paired with the user's employer", "Intervju: Teknomagasinet x Globex (Sam Rivera)", "Hei Sam,\n\nher er en invitasjon.\n\nMvh\nIngrid"},
		{"the quotes before publication", "Intervju med Sam Rivera", "Hei Sam,\n\nher er en invitasjon. Jeg tar opp samtalen og sender teksten til deg før publisering.\n\nMvh\nIngrid"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:Microsoft Exchange Server 2010", "METHOD:REQUEST",
				"BEGIN:VEVENT", "UID:press-1@teknomagasinet.example", "SEQUENCE:0", "DTSTAMP:20261125T080244Z",
				"DTSTART:20261216T130000Z", "DTEND:20261216T133000Z", "SUMMARY:" + tc.title,
				"LOCATION:Microsoft Teams-møte",
				"ORGANIZER;CN=Ingrid Solheim:mailto:ingrid.solheim@teknomagasinet.example",
				"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Rivera:mailto:sam.rivera@example.org",
				"STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
			m := textMessage("p1@teknomagasinet.example", "2026-11-25T08:02:44Z", "ingrid.solheim@teknomagasinet.example", tc.title, tc.text)
			m.HasCalendar, m.Calendars = true, [][]byte{[]byte(ics)}
			if ivs := interview.Build([]mail.Message{m}, nil, sampleConfig()); len(ivs) != 0 {
				t.Errorf("%d interviews (%s), want none", len(ivs), ivs[0].Evidence)
			}
		})
	}
}

// TestPracticeCallInTheThreadOfAForward: a sister forwards, from her own
// mailbox, the invitation addressed to her; the user offers a practice
// call and she agrees to its time. Her thread, her interview: none of
// the user's.
func TestPracticeCallInTheThreadOfAForward(t *testing.T) {
	const lu = "lucia.rivera.gil@gmail.com"
	fwd := textMessage("l1@mail.gmail.com", "2026-12-01T09:40:00Z", lu, "Fwd: Invitation til samtale - Data Analyst",
		"Sam!!! Mira, me han llamado de Nordhavn para la entrevista!!!\n\nEs el jueves 17 a la 1 y media. Me ayudas a prepararla?\n\nLu\n\n"+
			"---------- Forwarded message ---------\nDe: Mette Lund <mette.lund@nordhavn-pharma.example>\nDate: mar, 1 dic 2026 a las 10:14\n"+
			"Subject: Invitation til samtale - Data Analyst\nTo: Lucía Rivera <lucia.rivera.gil@gmail.com>\n\n\nKære Lucía\n\n"+
			"Vi vil gerne invitere dig til en samtale torsdag den 17. december kl. 13.30.\n\nMette Lund")
	offer := sentReply(fwd, "l2@example.org", "2026-12-01T20:05:00Z")
	offer.Text = "Luuu qué bien!!!\n\n¿Hacemos un ensayo por videollamada el domingo a las 18h? Yo hago de Anders.\n\nSam"
	yes := inThread(textMessage("l3@icloud.com", "2026-12-01T21:30:00Z", lu, "Re: Fwd: Invitation til samtale - Data Analyst",
		"Siiii el domingo a las 18h perfecto!! Eres el mejor hermano del mundo"), fwd, offer)
	if ivs := interview.Build([]mail.Message{fwd, offer, yes}, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("%d interviews (%s), want none", len(ivs), ivs[0].Evidence)
	}
}

// TestInterviewWordInsideACompound: Finnish and the Scandinavian
// languages glue and inflect the interview word ("kutsuu sinut
// videohaastatteluun"): a subject that holds it inside a compound is read.
// A practice interview's compound ("Prøveintervju") and a public
// employment service's initial interview are still none.
func TestInterviewWordInsideACompound(t *testing.T) {
	oneWay := textMessage("r1@amazonses.com", "2026-11-30T08:00:41Z", "noreply@recright.com", "Kide Vakuutus kutsuu sinut videohaastatteluun",
		"Hei Sam,\n\nRekrytointimme seuraava vaihe on videohaastattelu, johon voit vastata silloin, kun sinulle parhaiten sopii.\n\n"+
			"Vastaa viimeistään: su 6.12.2026 klo 23.59\n\nAloita videohaastattelu: https://app.recright.com/i/ODCe0842\n\nTerveisin\nKide Vakuutuksen rekrytointitiimi")
	oneWay.From[0].Name = "Kide Vakuutus"
	practice := textMessage("e1@gmail.com", "2026-11-30T08:00:41Z", "eirik.berg@gmail.com", "Prøveintervju før de ekte?",
		"Hei Sam!\n\nSkal vi ta et prøveintervju før jobbintervjuet ditt? Lørdag kl. 11 over Google Meet?\n\nEirik")
	service := textMessage("t1@helsinki-tyollisyys.example", "2026-11-27T06:15:00Z", "ei-vastausta@helsinki-tyollisyys.example",
		"Sinulle on varattu alkuhaastattelu 10.12.2026",
		"Hei Sam Rivera,\n\nolet ilmoittautunut työnhakijaksi Helsingin työllisyyspalveluihin. Sinulle on varattu alkuhaastattelu.\n\n"+
			"Aika: torstai 10.12.2026 klo 13.00-13.45\n\nHaastattelun jälkeen velvollisuutenasi on hakea työmahdollisuuksia.")
	norwegian := textMessage("t1@teamtailor-app.mail", "2026-11-25T12:41:09Z", "no-reply@teamtailor-mail.com", "Neste steg: videointervju – Dataanalytiker",
		"Hei Sam!\n\nVi vil gjerne bli bedre kjent med deg. Spill inn svarene dine på tre spørsmål senest søndag 13. desember kl. 23.59.\n\n"+
			"Start videointervjuet: https://app.teamtailor.com/video/abc\n\nHilsen\nHavbris Sjømat")
	norwegian.From[0].Name = "Havbris Sjømat"
	research := textMessage("b1@timeflyt.example", "2026-11-25T12:41:09Z", "ingrid.solberg@timeflyt.example", "Bekreftelse: brukerintervju 16. desember",
		"Hei Sam,\n\ntakk for at du stiller opp! Hva: Brukerintervju – Timeflyt (45 min)\nNår: onsdag 16. desember 2026, kl. 11:00–11:45\n\nDu får et gavekort på 500 kr.\n\nIngrid")
	tests := []struct {
		name    string
		msg     mail.Message
		want    int
		company string
	}{
		{"a one-way video interview", oneWay, 1, "Kide Vakuutus"},
		{"a Norwegian one-way video interview", norwegian, 1, "Havbris Sjømat"},
		{"a user research interview", research, 0, ""},
		{"a practice interview with a friend", practice, 0, ""},
		{"the employment service's initial interview", service, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !interview.Candidate(tc.msg.Summary, sampleConfig(), interview.Known{}) && tc.want > 0 {
				t.Fatalf("not a candidate: its body would never be read")
			}
			ivs := interview.Build([]mail.Message{tc.msg}, nil, sampleConfig())
			if len(ivs) != tc.want {
				t.Fatalf("%d interviews, want %d", len(ivs), tc.want)
			}
			if tc.want == 1 && (ivs[0].Company != tc.company || !ivs[0].OneWay) {
				t.Errorf("company %q one-way %v, want %q one-way", ivs[0].Company, ivs[0].OneWay, tc.company)
			}
		})
	}
}

// TestCzechCancellation: "plánovaný pohovor 5. ledna se proto ruší", a
// reflexive Czech cancellation in the interview's thread.
func TestCzechCancellation(t *testing.T) {
	const hr = "tomas.prochazka@krkonose-software.example"
	invite := textMessage("k1@krkonose-software.example", "2026-11-20T09:00:00Z", hr, "Pozvánka na osobní pohovor – Product Owner",
		"Dobrý den,\n\nrádi bychom Vás pozvali na osobní pohovor v úterý 5. ledna 2027 v 10:00.\n\nTomáš Procházka")
	off := inThread(textMessage("k2@krkonose-software.example", "2026-12-02T09:00:00Z", hr, "RE: Pozvánka na osobní pohovor – Product Owner",
		"Dobrý den,\n\nbohužel Vám musím oznámit, že výběrové řízení jsme pozastavili, a plánovaný pohovor 5. ledna se proto ruší.\n\nTomáš Procházka"), invite)
	ivs := interview.Build([]mail.Message{invite, off}, nil, sampleConfig())
	if len(ivs) != 1 || ivs[0].Status != interview.Cancelled {
		t.Errorf("want one cancelled interview, got %+v", ivs)
	}
}

// TestSlotsAsBareLines: Varbi lists the free slots one to a line with
// nothing but the time ("ti 15.12. klo 9.00–10.00"), to choose from: no
// interview until the booking's confirmation fixes one.
func TestSlotsAsBareLines(t *testing.T) {
	slots := textMessage("v1@varbi.com", "2026-11-26T08:00:00Z", "noreply@varbi.com", "Kutsu haastatteluun: Data-analyytikko",
		"Hei Sam,\n\nOlemme tyytyväisiä voidessamme kutsua sinut haastatteluun!\n\nVaraa itsellesi sopiva haastatteluaika viimeistään keskiviikkona 2.12. "+
			"Vapaana on vielä seuraavat ajat:\n\nti 15.12. klo 9.00–10.00\nke 16.12. klo 13.15–14.15\npe 18.12. klo 10.00–11.00\n\nAjat ovat Suomen aikaa.\n\nMinna Laaksonen\nPohjolan Vesi Oy")
	slots.From[0].Name = "Pohjolan Vesi"
	booked := textMessage("v2@varbi.com", "2026-11-27T08:00:00Z", "noreply@varbi.com", "Vahvistus: haastatteluaika varattu – Data-analyytikko",
		"Hei Sam,\n\nkiitos, haastatteluaikasi on varattu.\n\nAika: keskiviikko 16.12.2026 klo 13.15–14.15 (Suomen aikaa)\nPaikka: Microsoft Teams\n\nPohjolan Vesi Oy")
	booked.From[0].Name = "Pohjolan Vesi"
	tests := []struct {
		name string
		msgs []mail.Message
		want []time.Time
	}{
		{"the slots", []mail.Message{slots}, nil},
		{"and the booking", []mail.Message{slots, booked}, []time.Time{utc("20261216T111500Z")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := buildStarts(tc.msgs)
			if !slices.EqualFunc(got, tc.want, time.Time.Equal) {
				t.Errorf("starts %v, want %v", got, tc.want)
			}
		})
	}
}

// TestWritersCountryClock: a Finnish system's deadline "su 6.12.2026 klo
// 23.59" is Helsinki's 23:59 for a user in Berlin, sent at +02:00 or from
// a server at +01:00: Finnish is written in Finland. Where the Finnish
// mail names a place in Berlin, the place's clock holds; an English text
// says nothing of a country.
func TestWritersCountryClock(t *testing.T) {
	msg := func(date, deadline string) mail.Message {
		m := textMessage("r1@amazonses.com", date, "noreply@recright.com", "Kide Vakuutus kutsuu sinut videohaastatteluun",
			"Hei Sam,\n\nRekrytointimme seuraava vaihe on videohaastattelu.\n\n"+deadline+"\n\nAloita videohaastattelu: https://app.recright.com/i/ODCe0842")
		m.From[0].Name = "Kide Vakuutus"
		return m
	}
	tests := []struct {
		name string
		msg  mail.Message
		want time.Time
	}{
		{"Finnish, sent from Finland", msg("2026-11-30T10:00:41+02:00", "Vastaa viimeistään: su 6.12.2026 klo 23.59"), utc("20261206T215900Z")},
		{"Finnish, sent at the user's offset", msg("2026-11-30T10:00:41+01:00", "Vastaa viimeistään: su 6.12.2026 klo 23.59"), utc("20261206T215900Z")},
		{"Finnish, naming a place in Berlin", msg("2026-11-30T10:00:41+01:00", "Vastaa viimeistään: su 6.12.2026 klo 23.59\n\nPaikka: Friedrichstraße 43, 10117 Berlin"), utc("20261206T225900Z")},
		{"English, sent at +02:00", msg("2026-11-30T10:00:41+02:00", "Please record your answers by Sunday 6 December 2026, 23:59."), utc("20261206T225900Z")},
		// Japanese by its kana, sent from Tokyo: Tokyo's 23:59.
		{"Japanese, sent from Japan", msg("2026-11-30T10:00:41+09:00", "回答期限：12月6日（日）23:59までにご回答ください。"), utc("20261206T145900Z")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build([]mail.Message{tc.msg}, nil, sampleConfig())
			if len(ivs) != 1 || !ivs[0].Start.Equal(tc.want) {
				for _, iv := range ivs {
					t.Logf("%s %s", iv.Start.UTC(), iv.Evidence)
				}
				t.Errorf("want one interview at %s", tc.want)
			}
		})
	}
}

// TestEmployerTakesTheUsersCounter: the employer offers a day and a time,
// the user keeps the day and asks for another clock, and the employer
// takes it by the clock alone ("Klar, 17:30 passt", "Top, 9u is
// perfect!"). A friend's coffee in the same shape is no interview.
func TestEmployerTakesTheUsersCounter(t *testing.T) {
	thread := func(from, subject, offer, counter, taken string) []mail.Message {
		o := textMessage("o1@"+domainOfTest(from), "2026-11-26T21:13:41Z", from, subject, offer)
		c := sentReply(o, "o2@example.org", "2026-11-27T07:30:12Z")
		c.Text = counter
		k := inThread(textMessage("o3@"+domainOfTest(from), "2026-11-27T08:02:19Z", from, "Re: "+subject, taken), o, c)
		return []mail.Message{o, c, k}
	}
	tests := []struct {
		name string
		msgs []mail.Message
		want []time.Time
	}{
		{"German founder", thread("jonas@flinkwerk.example", "Flinkwerk // Senior Backend Engineer (Go)",
			"Hey Sam,\n\ndanke für deine Bewerbung! Hast du übernächste Woche Zeit für einen ersten Call? Mittwoch, 9.12., so gegen 17 Uhr?\n\nJonas",
			"Hi Jonas,\n\nMittwoch klappt grundsätzlich, ich hab allerdings bis 17 Uhr noch einen Termin – ginge auch 17:30?\n\nSam",
			"Klar, 17:30 passt, hab's Merve schon eingetragen.\n\nJonas"), []time.Time{utc("20261209T163000Z")}},
		{"Flemish founder", thread("pieter@schelderobotics.example", "Koffie?",
			"Dag Sam,\n\nWe zoeken een backend lead om ons platformteam uit te bouwen. Zou woensdag 9/12 om 8u30 lukken voor een koffie?\n\nPieter",
			"Dag Pieter,\n\nWoensdag 9/12 past, maar 8u30 is voor mij wat vroeg – kan 9u ook?\n\nSam",
			"Top, 9u is perfect! Tot dan!\n\nPieter"), []time.Time{utc("20261209T080000Z")}},
		{"Spanish recruiter from her phone", thread("nerea@arandela.example", "Entrevista – Desarrollador/a Frontend Senior",
			"Hola Sam:\n\nTe propongo el jueves 10 de diciembre a las 16:00 (hora peninsular), por videollamada. ¿Te encaja?\n\nNerea",
			"¿Podría ser a las 17:00? A las 16 tengo una reunión que no puedo mover. Gracias!\n\nEnviado desde mi iPhone",
			"Sin problema, a las 17h entonces 👍 Te llega ahora la invitación con el enlace.\n\nEnviado desde mi Galaxy"), []time.Time{utc("20261210T160000Z")}},
		{"a friend's coffee", thread("pieter.claes@gmail.com", "Koffie?",
			"Dag Sam,\n\nIk ben in Berlijn! Zou woensdag 9/12 om 8u30 lukken voor een koffie?\n\nPieter",
			"Dag Pieter,\n\nWoensdag 9/12 past, maar 8u30 is voor mij wat vroeg – kan 9u ook?\n\nSam",
			"Top, 9u is perfect! Tot dan!\n\nPieter"), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := buildStarts(tc.msgs)
			if !slices.EqualFunc(got, tc.want, time.Time.Equal) {
				t.Errorf("starts %v, want %v", got, tc.want)
			}
		})
	}
}

func domainOfTest(addr string) string {
	_, d, _ := strings.Cut(addr, "@")
	return d
}

// TestTracBookingAndTheManagersWords: Trac (the NHS's hiring system)
// books 10:30 with no zone, which is the UK's; the hiring manager writes
// from the trust's own domain under an NHSmail display name that names
// the trust in brackets, "at 10.30", also without a zone. One interview,
// at 10:30 London time.
func TestTracBookingAndTheManagersWords(t *testing.T) {
	booked := textMessage("t1@trac.jobs", "2026-12-01T10:00:00Z", "no-reply@trac.jobs", "Interview booking confirmed - Senior Information Analyst",
		"Dear Sam,\n\nYour interview has been booked.\n\nPost Senior Information Analyst - Band 7\nDate 15/12/2026\nTime 10:30\nDuration 60 minutes\n\n"+
			"Northfield Teaching Hospitals NHS Foundation Trust")
	booked.From[0].Name = "Northfield Teaching Hospitals NHS Foundation Trust"
	brief := textMessage("h1@northfieldhospitals.example", "2026-12-03T09:00:00Z", "helen.marsh@northfieldhospitals.example",
		"Your interview on 15 December - presentation brief",
		"Dear Sam,\n\nI'm writing ahead of your interview for the Senior Information Analyst post on Tuesday 15th December at 10.30. "+
			"The panel would like a 10 minute presentation.\n\nBest wishes\nHelen")
	brief.From[0].Name = "MARSH, Helen (NORTHFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST)"
	checkStarts(t, []mail.Message{booked, brief}, utc("20261215T103000Z"))
}

// TestNotAboutAJob: a fund's partner says outright that her coffee is
// not a job pitch; the booking Calendly then confirms, with her in
// Reply-To, is the same coffee. And a founder's dinner invitation, in the
// thread of a call already agreed, does not move the call.
func TestNotAboutAJob(t *testing.T) {
	const priya = "priya@northgate-ventures.example"
	ask := textMessage("v1@northgate-ventures.example", "2026-11-24T16:48:02Z", priya, "coffee? (tinyqueue)",
		"Hi Sam,\n\nI'm a partner at Northgate Ventures. To be upfront: this is not a job pitch and I'm not recruiting for any of our portfolio companies.\n\n"+
			"Would you be up for a coffee at our office? Here's my calendar: https://calendly.com/priya-northgate/coffee\n\nPriya")
	ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "METHOD:REQUEST",
		"BEGIN:VEVENT", "UID:cal-1@calendly.com", "SEQUENCE:0", "DTSTAMP:20261124T191135Z",
		"DTSTART:20261207T080000Z", "DTEND:20261207T083000Z", "SUMMARY:Coffee with Northgate Ventures",
		"LOCATION:Northgate Ventures\\, Paul-Lincke-Ufer 4\\, 10999 Berlin",
		"ORGANIZER;CN=Priya Shah:mailto:" + priya,
		"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sam Rivera:mailto:sam.rivera@example.org",
		"STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	booked := textMessage("v2@calendly.com", "2026-11-24T19:11:35Z", "notifications@calendly.com",
		"Confirmed: Coffee with Northgate Ventures with Priya Shah on Monday, December 7, 2026",
		"Hi Sam Rivera,\n\nYour Coffee with Northgate Ventures with Priya Shah at 9:00am on Monday, December 7, 2026 is scheduled.")
	booked.ReplyTo = []mail.Address{{Name: "Priya Shah", Email: priya}}
	booked.HasCalendar, booked.Calendars = true, [][]byte{[]byte(ics)}
	if ivs := interview.Build([]mail.Message{ask, booked}, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("the fund's coffee: %d interviews (%s), want none", len(ivs), ivs[0].Evidence)
	}

	const arjun = "arjun@kestrelpay.example"
	offer := textMessage("k1@kestrelpay.example", "2026-12-02T09:00:00Z", arjun, "Kestrel Pay <> Sam",
		"Hi Sam,\n\nWe're hiring a founding backend engineer. Could we do a quick call Mon 14 Dec, 3:30 PM IST?\n\nArjun")
	yes := sentReply(offer, "k2@example.org", "2026-12-02T22:00:52Z")
	yes.Text = "Hi Arjun,\n\nMonday 14 Dec at 3:30 PM IST works.\n\nSam"
	dinner := inThread(textMessage("k3@kestrelpay.example", "2026-12-03T05:00:00Z", arjun, "Re: Kestrel Pay <> Sam",
		"Great, locked in - I'll send a Meet link Monday morning.\n\nTotally unrelated: our lead investor is hosting a small founders & friends dinner in Berlin on Thu 17 Dec, 7pm. Say the word and I'll add you.\n\nArjun"),
		offer, yes)
	checkStarts(t, []mail.Message{offer, yes, dinner}, utc("20261214T100000Z")) // the call, not the dinner
}

// TestAgencyUpdateOnTwoClients: an agency's subject names two clients
// ("Pennine Freight + Calder Mutual - times") and its update gives each a
// paragraph: one confirmed, the other moved. Two interviews, each its
// client's.
func TestAgencyUpdateOnTwoClients(t *testing.T) {
	const jess = "jess.whitlock@harcourt-talent.example"
	offer := textMessage("h1@harcourt-talent.example", "2026-11-30T18:42:00Z", jess, "Pennine Freight + Calder Mutual - times",
		"Hi Sam,\n\nPennine Freight – Senior Data Engineer\n1st stage interview Tues 8th Dec @ 10.30am (UK time), Teams, 45 mins with Priya Shah.\n\n"+
			"Calder Mutual – Analytics Engineering Lead\nThey'd like to meet face to face – Thurs 10th Dec at 2pm, their office in Manchester.\n\n"+
			"Can you let me know asap on both?\n\nJess")
	yes := sentReply(offer, "h2@example.org", "2026-11-30T20:00:00Z")
	yes.Text = "Hi Jess,\n\nBoth work for me – Tuesday 10:30 UK time is fine for Pennine Freight. For Calder Mutual, 2pm works.\n\nSam"
	update := inThread(textMessage("h3@harcourt-talent.example", "2026-12-01T09:00:00Z", jess, "RE: Pennine Freight + Calder Mutual - times",
		"Hi Sam,\n\nPennine confirmed for Tues 8th at 10.30 UK – Priya's invite should be with you today.\n\n"+
			"Calder Mutual have had to shuffle I'm afraid. I've confirmed Fri 11th at 11am with them instead – same place, same people.\n\nJess"), offer, yes)
	ivs := interview.Build([]mail.Message{offer, yes, update}, nil, sampleConfig())
	got := map[string]time.Time{}
	for _, iv := range ivs {
		got[iv.Company] = iv.Start.UTC()
	}
	want := map[string]time.Time{"Pennine Freight": utc("20261208T103000Z"), "Calder Mutual": utc("20261211T110000Z")}
	if len(ivs) != 2 || !got["Pennine Freight"].Equal(want["Pennine Freight"]) || !got["Calder Mutual"].Equal(want["Calder Mutual"]) {
		t.Errorf("interviews %v, want %v", got, want)
	}
}

// TestPanelDiscussionMovedTheSameDay: an Indian recruiter's "Panel
// discussion" beside the job's title is the panel interview, not an event;
// her reply moves it "to 2:30 PM IST on the same day ... That should be
// 10:00 AM your time" (one moment, on two clocks).
func TestPanelDiscussionMovedTheSameDay(t *testing.T) {
	const divya = "divya.r@kaveri-freight.example"
	const subject = "Kaveri Freight Technologies | Senior Data Platform Engineer | Panel discussion - 8th Dec"
	invite := textMessage("p1@kaveri-freight.example", "2026-11-24T07:17:19Z", divya, subject,
		"Hi Sam,\n\nWe are pleased to invite you to the next round, a panel discussion.\n\n"+
			"Date : Tuesday, 8th December 2026\nTime : 11:00 AM IST (approx. 1 hour)\nMode : Google Meet\n\nDivya")
	ask := sentReply(invite, "p2@example.org", "2026-11-24T09:02:41Z")
	ask.Text = "Hi Divya,\n\nthanks! Could we start a little later that day?\n\nSam"
	moved := inThread(textMessage("p3@kaveri-freight.example", "2026-11-25T04:35:52Z", divya, "RE: "+subject,
		"Hi Sam,\n\nNoted. I have checked with the panel and we can move it to 2:30 PM IST on the same day i.e. Tuesday, 8th Dec. "+
			"That should be 10:00 AM your time.\n\nDivya"), invite, ask)
	tests := []struct {
		name string
		msgs []mail.Message
		want time.Time
	}{
		{"the panel", []mail.Message{invite}, utc("20261208T053000Z")},
		{"moved the same day", []mail.Message{invite, ask, moved}, utc("20261208T090000Z")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := buildStarts(tc.msgs)
			if !slices.EqualFunc(got, []time.Time{tc.want}, time.Time.Equal) {
				t.Errorf("starts %v, want [%v]", got, tc.want)
			}
		})
	}
}

// TestEventLineInASystemsMail: an application's acknowledgement from a
// hiring system that also announces the employer's open day, its name
// before its time ("IT Open Day: sobota, 12 grudnia, godz. 10:00-14:00"),
// fixes no interview.
func TestEventLineInASystemsMail(t *testing.T) {
	m := textMessage("t1@traffit.com", "2026-11-30T09:00:00Z", "no-reply@traffit.com", "Dziękujemy za aplikację – Analityk danych",
		"Dzień dobry,\n\ndziękujemy za przesłanie aplikacji na stanowisko Analityk danych. Kolejne etapy to rozmowa z HR i rozmowa techniczna.\n\n"+
			"Zapraszamy też na nasz dzień otwarty:\nIT Open Day: sobota, 12 grudnia, godz. 10:00-14:00, biuro przy ul. Prostej 20.\n\nZespół rekrutacji Mazowsze Retail")
	m.From[0].Name = "Mazowsze Retail"
	if ivs := interview.Build([]mail.Message{m}, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("%d interviews (%s), want none", len(ivs), ivs[0].Evidence)
	}
}

// TestMeetingAboutTheOffer: "we willen je heel graag aannemen" is an
// offer; the Teams call it books to go through the terms is no
// interview.
func TestMeetingAboutTheOffer(t *testing.T) {
	const hr = "anne.hoekstra@polderlicht.example"
	offer := textMessage("o1@polderlicht.example", "2026-12-01T09:00:00Z", hr, "Goed nieuws - aanbod Lead Analytics Engineer",
		"Beste Sam,\n\nwe willen je heel graag aannemen als Lead Analytics Engineer! Voordat ik het schriftelijke aanbod opstel, "+
			"wil ik het voorstel graag met je doornemen. Zullen we vrijdag 4 december om 16.00 uur even bellen via Teams?\n\nSanne")
	ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:Microsoft Exchange Server 2010", "METHOD:REQUEST",
		"BEGIN:VEVENT", "UID:offer-1@polderlicht.example", "SEQUENCE:0", "DTSTAMP:20261201T091500Z",
		"DTSTART:20261204T150000Z", "DTEND:20261204T153000Z", "SUMMARY:Aanbod & arbeidsvoorwaarden bespreken - Sam Rivera",
		"LOCATION:Microsoft Teams-vergadering",
		"ORGANIZER;CN=Sanne Hoekstra:mailto:" + hr,
		"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Rivera:mailto:sam.rivera@example.org",
		"STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	invite := textMessage("o2@polderlicht.example", "2026-12-01T09:15:00Z", hr, "Aanbod & arbeidsvoorwaarden bespreken - Sam Rivera",
		"Microsoft Teams-vergadering\nDeelnemen: https://teams.microsoft.com/l/meetup-join/abc")
	invite.HasCalendar, invite.Calendars = true, [][]byte{[]byte(ics)}
	if ivs := interview.Build([]mail.Message{offer, invite}, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("%d interviews (%s), want none", len(ivs), ivs[0].Evidence)
	}
}

// TestGoogleCalendarBoilerplateIsNoGuest: Google Calendar's Spanish,
// French and Italian invitations end with "Responder a ... como invitado:
// Sí", which names no podcast guest: the employer's invitation is an
// interview.
func TestGoogleCalendarBoilerplateIsNoGuest(t *testing.T) {
	for _, tc := range []struct{ name, footer string }{
		{"Spanish", "Responder a sam.rivera@example.org como invitado: Sí - https://calendar.google.com/calendar/event?action=RESPOND"},
		{"French", "Répondre pour sam.rivera@example.org comme invité : Oui"},
		{"Italian", "Rispondi per sam.rivera@example.org come ospite: Sì"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "METHOD:REQUEST",
				"BEGIN:VEVENT", "UID:g-1@google.com", "SEQUENCE:0", "DTSTAMP:20261202T100000Z",
				"DTSTART:20261217T150000Z", "DTEND:20261217T160000Z", "SUMMARY:Entrevista técnica Sam Rivera - Olivar Sistemas",
				"ORGANIZER;CN=Marcos Olivares:mailto:m.olivares@olivar-sistemas.example",
				"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sam.rivera@example.org",
				"STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
			m := textMessage("g1@olivar-sistemas.example", "2026-12-02T10:00:00Z", "m.olivares@olivar-sistemas.example",
				"Invitación: Entrevista técnica Sam Rivera - Olivar Sistemas @ jue 17 dic 2026 16:00 - 17:00 (CET)",
				"Entrevista técnica Sam Rivera - Olivar Sistemas\njueves, 17 de diciembre de 2026 16:00 – 17:00 (CET)\n\n"+tc.footer)
			m.HasCalendar, m.Calendars = true, [][]byte{[]byte(ics)}
			if ivs := interview.Build([]mail.Message{m}, nil, sampleConfig()); len(ivs) != 1 {
				t.Errorf("%d interviews, want 1", len(ivs))
			}
		})
	}
}

// TestAgendaUnderItsDay: the day in a sentence, then the day's plan with
// a clock at the start of each line: the interview starts with the
// plan's first line.
func TestAgendaUnderItsDay(t *testing.T) {
	m := textMessage("k1@kestrel-robotics.example", "2026-12-01T10:00:00Z", "priya@kestrel-robotics.example",
		"Final round - Robotics Software Engineer (Motion Planning)",
		"Hi Sam,\n\nwe'd love to invite you to the final round. Because of the holidays the earliest date that works for everyone is Tuesday, 12 January. The plan:\n\n"+
			"09:30 – 10:30   System design with Dana & Felix\n10:45 – 11:30   Meet the team / lab tour\n11:30 – 12:15   Conversation with our CTO\n\n"+
			"This one is on-site at our Munich office (Landsberger Str. 302, 80687 München).\n\nPriya")
	checkStarts(t, []mail.Message{m}, utc("20270112T083000Z"))
}

// TestAgendaBesideADeadline: a university's selection day names its day,
// then a timetable whose first line is an informal meeting and whose
// second is the panel interview, and a time to send the slides by. The
// interview is the panel's line of the agenda under the day, not the
// deadline nor the day to reply by.
func TestAgendaBesideADeadline(t *testing.T) {
	m := textMessage("u1@eastbridge.example", "2026-11-17T09:00:00Z", "hr-recruitment@eastbridge.example",
		"Invitation to Interview: Head of Data Platforms (Ref: EB04411)",
		"Dear Sam,\n\nThank you for your application for the above post. I am pleased to invite you to attend the selection process, "+
			"which will take place on Tuesday 1 December 2026 at the Registry Building.\n\nYour timetable for the day is as follows:\n\n"+
			"12:30 - 13:15   Informal meeting with members of the team (Registry, Room 2.07)\n"+
			"13:45           Please report to the Registry reception\n"+
			"14:00 - 15:00   Presentation (10 minutes) followed by formal panel interview (Council Room)\n\n"+
			"Please email your slides to hr-recruitment@eastbridge.example by 10:00 on Monday 30 November.\n\n"+
			"Please confirm your attendance by replying to this email by Tuesday 24 November.\n\nHarriet")
	checkStarts(t, []mail.Message{m}, utc("20261201T130000Z"))

	// Times alone, one to a line, are slots to book, not an agenda.
	slots := textMessage("s1@trac.jobs", "2026-11-17T09:00:00Z", "noreply@trac.jobs", "Invitation to interview - Senior Data Engineer",
		"Dear Sam Rivera\n\nInterviews will be held on Wednesday 9th December 2026 via Microsoft Teams.\n\n"+
			"Please log in to choose an interview time. The following times are currently available:\n\n09:30\n10:30\n11:30\n13:30\n\n"+
			"Please book your interview time by 12:00 noon on Wednesday 25th November 2026.\n\nRecruitment Team")
	checkStarts(t, []mail.Message{slots})
}

// TestNoInterviewThreeShapes: an employer's open Job Days named after a
// rejection; a coach's mock interview booked through Calendly, whose event
// is titled after its two people; a take-home's deadline given again "for
// you".
func TestNoInterviewThreeShapes(t *testing.T) {
	jobDays := textMessage("j1@teamtailor-mail.com", "2026-12-02T10:00:00Z", "noreply@teamtailor-mail.com", "Ta candidature chez Sonian Bikes",
		"Bonjour Sam,\n\nmerci pour ta candidature. Nous ne pouvons malheureusement pas te proposer d'entretien pour ce poste.\n\n"+
			"Ce n'est peut-être que partie remise : nos prochains Job Days auront lieu le samedi 16 janvier 2027 de 10h à 16h dans nos locaux.\n\nL'équipe Sonian Bikes")
	ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "METHOD:REQUEST",
		"BEGIN:VEVENT", "UID:mock-1@calendly.com", "SEQUENCE:0", "DTSTAMP:20261201T100000Z",
		"DTSTART:20261218T160000Z", "DTEND:20261218T170000Z", "SUMMARY:Sam Rivera and Hannah Okafor",
		"ORGANIZER;CN=Hannah Okafor:mailto:hannah@okafor-coaching.example",
		"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sam.rivera@example.org",
		"STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	mock := textMessage("c1@calendly.com", "2026-12-01T10:00:00Z", "notifications@calendly.com",
		"Confirmed: Mock Interview – System Design (60 min) with Hannah Okafor on Friday, December 18, 2026",
		"Hi Sam Rivera,\n\nYour Mock Interview – System Design (60 min) with Hannah Okafor at 5:00pm on Friday, December 18, 2026 is scheduled.")
	mock.HasCalendar, mock.Calendars = true, [][]byte{[]byte(ics)}
	takeHome := textMessage("t1@northpass.example", "2026-11-23T17:00:00Z", "recruiting@northpass.example", "Take-home assignment - Backend Engineer",
		"Hi Sam,\n\nhere is the take-home assignment.\n\nDeadline: Monday, November 30 by 9:00 AM Pacific, which is 6 PM on Monday for you.\n\nThanks,\nNorthpass Recruiting")
	for name, m := range map[string]mail.Message{"job days": jobDays, "mock interview": mock, "take-home deadline": takeHome} {
		t.Run(name, func(t *testing.T) {
			if ivs := interview.Build([]mail.Message{m}, nil, sampleConfig()); len(ivs) != 0 {
				t.Errorf("%d interviews (%s), want none", len(ivs), ivs[0].Evidence)
			}
		})
	}
}

// TestOneWayDeadlineExtended: HireVue invites to a one-way video
// interview due 10 December and later extends it to the 14th: one
// recording, due on the 14th.
func TestOneWayDeadlineExtended(t *testing.T) {
	hv := func(id, date, subject, text string) mail.Message {
		m := textMessage(id, date, "no-reply@hirevue.com", subject, text)
		m.From[0].Name = "Copperleaf Bank"
		return m
	}
	invite := hv("hv1@hirevue.com", "2026-12-01T10:00:00Z", "Copperleaf Bank - your on-demand video interview for Senior Quantitative Developer",
		"Hi Sam,\n\nCopperleaf Bank invites you to an on-demand video interview.\n\nPosition Senior Quantitative Developer\nComplete by 10 December 2026, 23:59\nTime zone GMT (London)\n\nStart Interview")
	extended := hv("hv2@hirevue.com", "2026-12-03T10:00:00Z", "Copperleaf Bank has extended your interview deadline",
		"Hi Sam,\n\nGood news - Copperleaf Bank has extended the deadline for your on-demand video interview.\n\n"+
			"Your previous deadline no longer applies.\n\nNew deadline 14 December 2026, 23:59\nTime zone GMT (London)\n\nStart Interview")
	checkStarts(t, []mail.Message{invite, extended}, utc("20261214T235900Z"))
}

// TestFlatViewingWithALandlordsChat: an estate agent confirms a flat's
// viewing where the landlord wants "un breve colloquio conoscitivo con i
// potenziali inquilini": no job interview.
func TestFlatViewingWithALandlordsChat(t *testing.T) {
	m := textMessage("v1@immobiliarenavigli.example", "2026-11-26T18:00:00Z", "r.galli@immobiliarenavigli.example",
		"Conferma appuntamento visita - Bilocale via Tortona 27",
		"Gentile Sig. Rivera,\n\nle confermo l'appuntamento per la visita dell'immobile in oggetto:\n\nsabato 12 dicembre ore 10.30, ritrovo davanti al portone.\n\n"+
			"Sarà presente anche il proprietario, che desidera sempre fare un breve colloquio conoscitivo con i potenziali inquilini.\n\nRoberto Galli")
	if ivs := interview.Build([]mail.Message{m}, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("%d interviews (%s), want none", len(ivs), ivs[0].Evidence)
	}
}

// checkStarts fails t unless Build makes of msgs, with the sample
// configuration, interviews starting at want (in order).
func checkStarts(t *testing.T, msgs []mail.Message, want ...time.Time) {
	t.Helper()
	if got := buildStarts(msgs); !slices.EqualFunc(got, want, time.Time.Equal) {
		t.Errorf("starts %v, want %v", got, want)
	}
}

// buildStarts returns the starts, in UTC, of the interviews Build makes
// of msgs with the sample configuration.
func buildStarts(msgs []mail.Message) []time.Time {
	var got []time.Time
	for _, iv := range interview.Build(msgs, nil, sampleConfig()) {
		got = append(got, iv.Start.UTC())
	}
	return got
}

// TestNextStageInTheThreadOfABookedScreen: a calendar books the technical
// screen; the recruiter's later mail in its thread books "your hiring
// manager conversation" a month on. That is the next stage, not a move
// of the screen, which the calendar keeps.
func TestNextStageInTheThreadOfABookedScreen(t *testing.T) {
	screen := calMessage("s1@initech.example", "2026-11-25T21:29:11Z", vevent{method: "REQUEST", stamp: "20261125T212911Z",
		start: "20261209T160000Z", summary: "Initech Technical Screen: Sam Rivera <> Peter Gibbons"})
	hm := textMessage("s2@initech.example", "2026-12-02T00:52:18Z", "joanna.park@initech.example", "Re: Initech Technical Screen",
		"Hi Sam,\n\nLauren is out on leave until the new year. Rather than wait on sequencing, I went ahead and booked your hiring "+
			"manager conversation with her for Tuesday 01/12 at 9:00 AM PT (45 min, Zoom). It stays on the calendar regardless of "+
			"how things go with Peter on 12/9.\n\nJoanna")
	hm = inThread(hm, screen)
	checkStarts(t, []mail.Message{screen, hm}, utc("20261209T160000Z"), utc("20270112T170000Z"))
}

// TestAgencyStagesInProseThenOneMoved: an agency writes out two stages of
// its client's process as paragraphs headed "Round 1 –" and "Round 2 –";
// the client's recruiter confirms the first in her own words from the
// client's domain; the agency later moves the second to another day "at
// the same time", naming the first's day to say it stays and a day for
// the expenses form besides. Two interviews: the first at its minute,
// listed once (the client's word, not the agency's beside it), the second
// on its new day.
func TestAgencyStagesInProseThenOneMoved(t *testing.T) {
	stages := textMessage("st1@harbour-talent.example", "2026-11-27T16:05:00Z", "priya@harbour-talent.example",
		"Northwind Analytics - next steps",
		"Hi Sam,\n\nGreat news, Northwind Analytics would like to meet you, and quickly, as their team breaks up on the 19th.\n\n"+
			"Round 1 – video call with the data team, Thursday 10th December, 09:00-10:00 GMT. Mostly SQL and modelling.\n\n"+
			"Round 2 – onsite at their Leeds office, Friday 18th December from 2pm, about two hours with the CTO.\n\n"+
			"Round 2 only goes ahead if round 1 goes well, but they wanted to pencil it in now.\n\nBest,\nPriya")
	own := textMessage("st2@northwind-analytics.example", "2026-11-28T09:40:00Z", "olivia.hart@northwind-analytics.example",
		"Your interview with Northwind Analytics",
		"Hi Sam,\n\nI'm pleased to confirm your video interview with our data team on Thursday, 10 December 2026 at 9:00 AM GMT. "+
			"A Teams link will follow.\n\nKind regards,\nOlivia Hart\nTalent Acquisition, Northwind Analytics")
	moved := textMessage("st3@harbour-talent.example", "2026-12-03T11:15:00Z", "priya@harbour-talent.example",
		"RE: Northwind Analytics - next steps",
		"Hi Sam,\n\nThe CTO is travelling on the 18th, so Northwind have asked to move round 2 to Monday 21st December instead, "+
			"same time (2pm start). Round 1 on the 10th stays as it is.\n\nI'll send the expenses form over on Tuesday.\n\nBest,\nPriya")
	moved = inThread(moved, stages)
	checkStarts(t, []mail.Message{stages, own, moved}, utc("20261210T090000Z"), utc("20261221T140000Z"))
}

// TestStagesWrittenAsHeadedParagraphs: a recruiter writes the stages of a
// process as paragraphs, each opening with its stage ("Runde 2 –",
// "Second round:"), not as a list. Each is an interview of its own, not
// two times offered for one.
func TestStagesWrittenAsHeadedParagraphs(t *testing.T) {
	tests := []struct {
		name, from, subject, body string
		want                      []time.Time
	}{
		{"de", "lena.vogt@isartal-energie.example", "Ihr Bewerbungsprozess bei Isartal Energie",
			"Hallo Sam,\n\nwir freuen uns, Sie kennenzulernen. Wir haben beide Gespräche schon eingeplant:\n\n" +
				"Runde 1 – Video-Call mit dem Fachbereich am Dienstag, 15. Dezember 2026, 10:00 Uhr.\n\n" +
				"Runde 2 – vor Ort in München mit der Geschäftsführung am Montag, 11. Januar 2027, 14:00 Uhr.\n\n" +
				"Viele Grüße\nLena Vogt\nPersonal, Isartal Energie",
			[]time.Time{utc("20261215T090000Z"), utc("20270111T130000Z")}},
		{"en", "maya.okafor@fernbrook.example", "Fernbrook interviews",
			"Hi Sam,\n\nThanks for your time on the phone. We'd like to go ahead with both conversations:\n\n" +
				"First round: a technical video call with two of our engineers, Wednesday 16 December 2026 at 3:00 PM GMT.\n\n" +
				"Second round: onsite at our London office with the Head of Engineering, Thursday 7 January 2027 at 11:00 AM GMT.\n\n" +
				"Best,\nMaya Okafor\nRecruiter, Fernbrook",
			[]time.Time{utc("20261216T150000Z"), utc("20270107T110000Z")}},
		// A final stage over two days, one heading a day, the time on
		// the line below; the mail calls it the final stage, never an
		// interview.
		{"pt two days", "ines.carvalho@alvorlabs.example", "Alvor Labs – fase final (12 e 13 de janeiro)",
			"Olá Sam,\n\nTemos o prazer de te convidar para a fase final do processo. A fase final decorre em dois dias, tudo por Google Meet:\n\n" +
				"Dia 1 - terça-feira, 12 de janeiro de 2027\n10h00 - 11h30 (hora de Lisboa; 11h00 em Berlim)\nSystem design, com o Rui Matos\n\n" +
				"Dia 2 - quarta-feira, 13 de janeiro de 2027\n14h00 - 15h30 (hora de Lisboa; 15h00 em Berlim)\nConversa com o Miguel Sá (CTO)\n\n" +
				"Se alguma destas datas não for possível, diz-me e encontramos alternativa.\n\nInês Carvalho\nPeople & Talent | Alvor Labs",
			[]time.Time{utc("20270112T100000Z"), utc("20270113T140000Z")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := textMessage(tt.name+"@stages.example", "2026-12-01T09:00:00Z", tt.from, tt.subject, tt.body)
			checkStarts(t, []mail.Message{m}, tt.want...)
		})
	}
}

// TestMoveNamesAnotherDayBesides: the recruiter moves the interview "to
// Wednesday 16th instead, same time" and, in a sentence of its own, names
// the day the travel details will come. The interview moves to the day of
// the sentence that moves it.
func TestMoveNamesAnotherDayBesides(t *testing.T) {
	booked := textMessage("mv1@kestrel-labs.example", "2026-11-30T10:00:00Z", "nina.berg@kestrel-labs.example",
		"Kestrel Labs final interview",
		"Hi Sam,\n\nI'm pleased to confirm your final interview at our Bristol office on Friday 11 December 2026 at 10:30 AM GMT, "+
			"with our VP of Product.\n\nKind regards,\nNina Berg\nTalent Partner, Kestrel Labs")
	moved := textMessage("mv2@kestrel-labs.example", "2026-12-02T15:20:00Z", "nina.berg@kestrel-labs.example",
		"Re: Kestrel Labs final interview",
		"Hi Sam,\n\nOur VP is away that week, so could we move your final interview to Wednesday 16th December instead, same time? "+
			"I'll send over the travel and hotel details on Monday.\n\nKind regards,\nNina")
	moved = inThread(moved, booked)
	checkStarts(t, []mail.Message{booked, moved}, utc("20261216T103000Z"))
}

// TestOneOfTwoStagesMovedAtTheSameTime: both stages come in one mail; the
// reply moves one of them "to Monday 11th instead, same time (11am
// start, finishing around 2), and keep the video call on the 16th as
// planned", naming the other's day to say it stays. The stage whose
// clock the reply names moves; the other keeps its day.
func TestOneOfTwoStagesMovedAtTheSameTime(t *testing.T) {
	stages := textMessage("ms1@fernbrook.example", "2026-12-01T09:00:00Z", "maya.okafor@fernbrook.example", "Fernbrook interviews",
		"Hi Sam,\n\nThanks for your time on the phone. We'd like to go ahead with both conversations:\n\n"+
			"First round: a technical video call with two of our engineers, Wednesday 16 December 2026 at 3:00 PM GMT.\n\n"+
			"Second round: onsite at our London office with the Head of Engineering, Thursday 7 January 2027 at 11:00 AM GMT.\n\n"+
			"Best,\nMaya Okafor\nRecruiter, Fernbrook")
	moved := textMessage("ms2@fernbrook.example", "2026-12-03T12:00:00Z", "maya.okafor@fernbrook.example", "Re: Fernbrook interviews",
		"Hi Sam,\n\nOur Head of Engineering is away that week, so could we move the onsite to Monday 11th instead, "+
			"same time (11am start, finishing around 2), and keep the video call on the 16th as planned.\n\nBest,\nMaya")
	moved = inThread(moved, stages)
	checkStarts(t, []mail.Message{stages, moved}, utc("20261216T150000Z"), utc("20270111T110000Z"))
}

// TestAgencyConfirmationWithItsPrepCall: an agency confirms its client's
// interview as a form ("Date: Donnerstag, 10. Dezember 2026", "Uhrzeit:
// 11:00 Uhr") and offers its own call the day before to get the user
// ready. One interview, at the form's time; the call is no second time
// offered for it.
func TestAgencyConfirmationWithItsPrepCall(t *testing.T) {
	m := textMessage("prep1@isar-personal.example", "2026-12-02T13:17:00Z", "jonas.keller@isar-personal.example",
		"Interviewbestätigung: Alpenblick Versicherung – Teamleitung Data Analytics",
		"Hallo Sam,\n\nwie besprochen bestätige ich Ihnen hiermit Ihr Vorstellungsgespräch:\n\n"+
			"Kunde: Alpenblick Versicherung AG\nPosition: Teamleitung Data Analytics\nDatum: Donnerstag, 10. Dezember 2026\n"+
			"Uhrzeit: 11:00 Uhr\nOrt: Leopoldstraße 12, 80802 München\n\n"+
			"Ich rufe Sie am Mittwoch, 9. Dezember, um 17:00 Uhr an, um das Gespräch gemeinsam vorzubereiten und Ihnen ein paar Tipps zu geben.\n\n"+
			"Viel Erfolg!\nJonas Keller\nIsar Personal GmbH")
	checkStarts(t, []mail.Message{m}, utc("20261210T100000Z"))
}

// TestMeetingInAnotherCitysHotel: a London headhunter, whose footer
// places her, writes that the client's CEO "is in Hamburg ... and can see
// you at 2pm that afternoon at the Hotel Atlantic". The meeting keeps
// Hamburg's clock, not the writer's.
func TestMeetingInAnotherCitysHotel(t *testing.T) {
	m := textMessage("hh1@ashcombe-search.example", "2026-11-27T11:05:31Z", "clara.hughes@ashcombe-search.example",
		"Confidential: CFO opportunity – your first interview",
		"Dear Sam,\n\nThe client is Vestby Shipping. Their chair would like to hold your first interview himself: he is in Hamburg on Wednesday 9 December "+
			"and can see you at 2pm that afternoon at the Hotel Vier Jahreszeiten. It will be a private conversation of about an hour.\n\n"+
			"Best wishes,\nClara\n\nClara Hughes\nPartner\nAshcombe Search\n1 Cavendish Square, London W1G 0LT\nT +44 20 7946 0312")
	checkStarts(t, []mail.Message{m}, utc("20261209T130000Z"))
}

// TestConflictNamedBeforeAMove: an agency writes from a phone that the
// hiring manager "got pulled into an ops review at 10 on the 17th" and
// pushes the call half an hour; the employer's calendar then moves it.
// The ops review's time is what the call gives way to: no interview of
// its own beside the one the calendar moves.
func TestConflictNamedBeforeAMove(t *testing.T) {
	invite := calMessage("cf1@oakfield-energy.example", "2026-12-02T15:05:00Z", vevent{method: "REQUEST", stamp: "20261202T150500Z",
		start: "20261217T160000Z", summary: "Oakfield Energy | Principal Data Engineer interview - Sam Rivera",
		organizer: "carla.mendes@oakfield-energy.example", uid: "cf-1@oakfield-energy.example"})
	push := textMessage("cf2@summit-talent.example", "2026-12-03T13:58:31Z", "bkowalski@summit-talent.example",
		"Oakfield Energy | Principal Data Engineer - small time change",
		"Morning Sam - quick one. Carla got pulled into an ops review at 10 on the 17th so she's going to push your call 30 min "+
			"to 10:30 central (5:30 your time if I have the math right). Same Teams link. She'll send the update shortly!\n\nBrian\n\nSent from my iPhone")
	moved := calMessage("cf3@oakfield-energy.example", "2026-12-03T15:10:00Z", vevent{method: "REQUEST", seq: 1, stamp: "20261203T151000Z",
		start: "20261217T163000Z", summary: "Oakfield Energy | Principal Data Engineer interview - Sam Rivera",
		organizer: "carla.mendes@oakfield-energy.example", uid: "cf-1@oakfield-energy.example"})
	checkStarts(t, []mail.Message{invite, push, moved}, utc("20261217T163000Z"))
}

// TestTakesPlaceIsNoInsteadOf: German's "Das Gespräch findet statt am
// Donnerstag ..." holds "statt", which alone means "instead of"; the time
// after it is the interview's, not the one it replaces.
func TestTakesPlaceIsNoInsteadOf(t *testing.T) {
	m := textMessage("tp1@donaublick-personal.example", "2026-11-24T09:00:00Z", "m.leitner@donaublick-personal.example",
		"Ihr Vorstellungsgespräch bei der Hollerbach Medizintechnik GmbH",
		"Sehr geehrter Herr Rivera,\n\nich freue mich, Ihnen mitteilen zu dürfen, dass man Sie gerne persönlich kennenlernen möchte!\n\n"+
			"Das Gespräch findet statt am Donnerstag, 10.12.2026 um 9:30 Uhr\nOrt: Hollerbach Medizintechnik GmbH, Leopold-Ungar-Platz 3, 1190 Wien\n\n"+
			"Mit freundlichen Grüßen\nMarkus Leitner")
	checkStarts(t, []mail.Message{m}, utc("20261210T083000Z"))
}

// TestOneWayRecordingSlotBooked: HireVue invites to a one-way video
// interview due Friday; the user books a slot to record it, and HireVue
// sends a calendar entry for that slot. One interview, at the slot,
// still recorded alone: no one to thank.
func TestOneWayRecordingSlotBooked(t *testing.T) {
	invite := textMessage("ow1@hirevue.com", "2026-11-30T08:00:00Z", "noreply@hirevue.com",
		"Danube Freight - your video interview for Lead Data Scientist",
		"Dear Sam,\n\nAs the next step we kindly ask you to complete a recorded (one-way) video interview: 5 questions in English. "+
			"There is no live interviewer.\n\nPlease complete it by Friday, 11 December 2026, 23:59 CET. You may also book a time slot "+
			"for your recording.\n\nDanube Freight - Talent Acquisition")
	invite.From[0].Name = "Danube Freight"
	booked := calMessageFrom("ow2@hirevue.com", "2026-11-30T18:34:00Z", "Your recording session is booked - Danube Freight",
		"Your recording session is booked for Wednesday, 9 December 2026, 16:00 CET. A calendar entry is attached.",
		vevent{method: "PUBLISH", stamp: "20261130T183400Z", start: "20261209T150000Z", organizer: "noreply@hirevue.com",
			summary: "Video interview (recorded, no live interviewer) - Danube Freight", uid: "hv-sched-88214035@hirevue.com"})
	booked.From[0].Name = "Danube Freight"
	ivs := interview.Build([]mail.Message{invite, booked}, nil, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("%d interviews, want 1", len(ivs))
	}
	if iv := ivs[0]; !iv.OneWay || !iv.Start.Equal(utc("20261209T150000Z")) || len(iv.Interviewers) != 0 {
		t.Errorf("OneWay %v at %v with %d interviewers, want a one-way recording at 15:00Z with none", iv.OneWay, iv.Start.UTC(), len(iv.Interviewers))
	}
}

// TestSlotsOfferedAsAvailabilities: "voici deux disponibilités :" over a
// list of two days is a choice, not two interviews nor the last of them;
// the user's answer takes one.
func TestSlotsOfferedAsAvailabilities(t *testing.T) {
	offer := textMessage("dv1@cedre-analytique.example", "2026-11-30T15:15:00Z", "sophie.gagnon@cedre-analytique.example",
		"Cèdre Analytique – Entrevue pour le poste d'architecte de données",
		"Bonjour Sam,\n\nVotre profil a retenu notre attention et nous aimerions vous rencontrer en entrevue virtuelle (Teams).\n\n"+
			"Compte tenu du décalage horaire, voici deux disponibilités :\n• le mardi 12 janvier, à 13 h 30 (heure de Montréal), soit 19 h 30 pour vous;\n"+
			"• le mercredi 13 janvier, à 10 h (HNE), soit 16 h à Berlin.\n\n"+
			"Au plaisir d'avoir de vos nouvelles,\n\nSophie Gagnon\nConseillère, acquisition de talents")
	pick := textMessage("dv2@example.org", "2026-12-01T07:47:00Z", "sam.rivera@example.org",
		"Re: Cèdre Analytique – Entrevue pour le poste d'architecte de données",
		"Bonjour Sophie,\n\nMerci beaucoup. Le mardi 12 janvier à 13 h 30 heure de Montréal (19 h 30 chez moi) me convient parfaitement.\n\nSam Rivera")
	pick = inThread(pick, offer)
	pick.Mailbox = "Sent"
	checkStarts(t, []mail.Message{offer, pick}, utc("20270112T183000Z"))
}

// TestFounderSaysItIsNoFormalInterview: a founder about to hire his first
// Head of Data calls the first talk "not a formal interview thing, more a
// proper first conversation about the role" over coffee. Whoever says
// whom they hire holds the first round all the same; a friend's "no
// interviews, I promise - just coffee" stays none (TestTemptingNonInterviews).
func TestFounderSaysItIsNoFormalInterview(t *testing.T) {
	m := textMessage("fc1@kestrelwave.example", "2026-11-27T20:14:33Z", "jakob@kestrelwave.example", "Head of Data @ Kestrelwave",
		"Hi Sam,\n\nLena passed me your CV, hope that's ok. We're about to hire our first Head of Data at Kestrelwave (Series A, 24 people) "+
			"and from what she told me you'd be a great fit.\n\nNot a formal interview thing, more a proper first conversation about the role - "+
			"want to grab a coffee? Thu 3rd, 2pm at Bravo (Auguststr.)?\n\nCheers\nJakob\n\nSent from my iPhone")
	yes := textMessage("fc2@example.org", "2026-11-28T09:02:51Z", "sam.rivera@example.org", "Re: Head of Data @ Kestrelwave",
		"Hi Jakob,\n\nThursday 2pm at Bravo works for me. Looking forward to hearing more about the role.\n\nBest,\nSam")
	yes = inThread(yes, m)
	yes.Mailbox = "Sent"
	checkStarts(t, []mail.Message{m, yes}, utc("20261203T130000Z"))
}

// TestNoInterviewInsideALink: a Norwegian system's one-way video
// interview whose link reads "video.webcruiter.no/interview/...": the
// words "no interview" of the address say nothing; the recording is due
// on the deadline.
func TestNoInterviewInsideALink(t *testing.T) {
	m := textMessage("wc1@webcruiter.no", "2026-12-01T08:03:17Z", "noreply@webcruiter.no", "Invitasjon til videointervju – Senior produktleder",
		"Hei Sam,\n\nSom neste steg ber vi deg om å gjennomføre et digitalt videointervju. Svarene dine tas opp og vurderes i etterkant. "+
			"Det er ingen person til stede under opptaket.\n\nDu kan gjennomføre intervjuet når det passer deg, men senest søndag 6. desember 2026 kl. 23:59.\n\n"+
			"Start videointervjuet her:\nhttps://video.webcruiter.no/interview/NKE-2026-114/7f1e3a92b4c84d0e\n\nRekrutteringsteamet i Fjordkraft Nord ASA")
	m.From[0].Name = "Fjordkraft Nord ASA"
	checkStarts(t, []mail.Message{m}, utc("20261206T225900Z"))
}

// TestArriveAtOneTimeBeginAtAnother: a federal agency moves its
// interview half an hour: "Bitte finden Sie sich daher erst um 10:15 Uhr
// an der Pforte ein; das Gespräch beginnt um 10:30 Uhr." The interview
// begins at 10:30; 10:15 is when to arrive.
func TestArriveAtOneTimeBeginAtAnother(t *testing.T) {
	invite := textMessage("ia1@bundesamt-daten.example", "2026-11-19T13:00:00Z", "k.moellenbeck@bundesamt-daten.example",
		"Einladung zum Auswahlgespräch – Kennziffer BAD-2026-117",
		"Sehr geehrter Herr Rivera,\n\nwir laden Sie zu einem Auswahlgespräch ein.\n\nTermin: Montag, 14. Dezember 2026, 10:00 Uhr\n"+
			"Ort: Dienstgebäude Bonn, Godesberger Allee 18, 53175 Bonn\n\nMit freundlichen Grüßen\nKerstin Möllenbeck")
	moved := textMessage("ia2@bundesamt-daten.example", "2026-11-23T13:05:00Z", "k.moellenbeck@bundesamt-daten.example",
		"AW: Einladung zum Auswahlgespräch – Kennziffer BAD-2026-117",
		"Sehr geehrter Herr Rivera,\n\naus organisatorischen Gründen müssen wir den Beginn Ihres Gesprächs am 14.12.2026 leider um eine halbe Stunde "+
			"nach hinten verschieben. Bitte finden Sie sich daher erst um 10:15 Uhr an der Pforte ein; das Gespräch beginnt um 10:30 Uhr.\n\n"+
			"Mit freundlichen Grüßen\nKerstin Möllenbeck")
	moved = inThread(moved, invite)
	checkStarts(t, []mail.Message{invite, moved}, utc("20261214T093000Z"))
}

// TestPushedByAnHourFromAPhone: the day before a founder's coffee, from
// his phone, with no thread headers and "tomorrow" as its whole subject:
// "can we push to 3? Got an investor call dropped into my 2pm". The
// interview moves to 3pm, the same day.
func TestPushedByAnHourFromAPhone(t *testing.T) {
	m := textMessage("pp1@kestrelwave.example", "2026-11-27T20:14:33Z", "jakob@kestrelwave.example", "Head of Data @ Kestrelwave",
		"Hi Sam,\n\nWe're about to hire our first Head of Data at Kestrelwave and you'd be a great fit. Want to grab a coffee and talk "+
			"about the role? Thu 3rd, 2pm at Bravo (Auguststr.)?\n\nCheers\nJakob\n\nSent from my iPhone")
	yes := textMessage("pp2@example.org", "2026-11-28T09:02:51Z", "sam.rivera@example.org", "Re: Head of Data @ Kestrelwave",
		"Hi Jakob,\n\nThursday 2pm at Bravo works for me.\n\nBest,\nSam")
	yes = inThread(yes, m)
	yes.Mailbox = "Sent"
	push := textMessage("pp3@kestrelwave.example", "2026-12-02T07:51:07Z", "jakob@kestrelwave.example", "tomorrow",
		"Morning Sam - can we push to 3? Got an investor call dropped into my 2pm. Same place. Sorry!\nJ\n\nSent from my iPhone")
	checkStarts(t, []mail.Message{m, yes, push}, utc("20261203T140000Z"))
}

// TestOneOfTwoStagesMovedByItsDay: an employer lists two stages on two
// days, then moves one of them, naming the day it leaves ("travelling on
// 14 January") and saying the other stays. The moved stage is the one
// whose day the moving sentence names; the time said to stay moves
// nothing, and the move's clock on the reader's side ("8:00 in Berlin")
// is the same moment, not a new time for the other stage.
func TestOneOfTwoStagesMovedByItsDay(t *testing.T) {
	riga := mustZone(t, "Europe/Riga")
	at := func(loc *time.Location, mo time.Month, d, h, mi int) time.Time {
		return time.Date(2027, mo, d, h, mi, 0, 0, loc)
	}
	// The stages come from a hiring system on the recruiter's behalf;
	// the move from her own address, in a thread of its own.
	tests := []struct {
		name         string
		system, from []mail.Address
		subject      string // of the stages' mail
		stages       string
		moveSubject  string
		move         string
		first, next  time.Time // the stage that stays, and the moved one's new time
	}{
		{
			name:    "English, the other stays as it is",
			system:  addr("Ilze Kalnina, Daugava Fintech", "no-reply@teamtailor-mail.com"),
			from:    addr("Ilze Kalnina", "ilze.kalnina@daugava-fintech.example"),
			subject: "Next steps – Senior Site Reliability Engineer at Daugava Fintech",
			stages: "The next stage consists of two conversations:\n\n1) Technical interview\n   Tuesday, 12 January 2027, 10:00–11:30 (Riga time, EET)\n   With Martins Ozols\n\n" +
				"2) Conversation with our CTO\n   Thursday, 14 January 2027, 14:00–14:45 (Riga time, EET)\n   With Andris Berzins\n\nBoth take place on Google Meet.",
			moveSubject: "Change of time - conversation with our CTO",
			move: "A small change regarding the conversation with our CTO: Andris will be travelling on 14 January, so we have moved it to Friday, 15 January at 9:00 Riga time (8:00 in Berlin). " +
				"The technical interview on Tuesday 12 January at 10:00 stays as it is.",
			first: at(riga, 1, 12, 10, 0), next: at(riga, 1, 15, 9, 0),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			stages := letterFrom(tc.system)("s@x", time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC), tc.subject, "Hi Sam,\n\n"+tc.stages)
			move := letterFrom(tc.from)("m@x", time.Date(2026, 12, 8, 9, 0, 0, 0, time.UTC), tc.moveSubject, tc.move)
			checkStarts(t, []mail.Message{stages, move}, tc.first, tc.next)
		})
	}
}

// TestOfferPresentedInFrench: after the final interview, the employer
// writes that it wants to make the user an offer ("nous souhaitons vous
// faire une proposition pour rejoindre ...") and asks for a call to present
// it. The interview is offered; the call about the offer is none.
func TestOfferPresentedInFrench(t *testing.T) {
	const hr = "sophie.baud@lemanique-solutions.example"
	final := textMessage("f1@x", "2026-11-23T09:00:00Z", hr, "Entretien final – Senior Product Manager Data – Lémanique Solutions",
		"Bonjour Sam,\n\nNous vous proposons un entretien final le mardi 1er décembre à 9h30, dans nos bureaux à Genève.\n\nSophie Baud")
	offer := inThread(textMessage("f2@x", "2026-12-03T10:00:00Z", hr, "RE: Entretien final – Senior Product Manager Data – Lémanique Solutions",
		"Bonjour Sam,\n\nexcellente nouvelle : nous souhaitons vous faire une proposition pour rejoindre Lémanique Solutions en tant que Senior Product Manager – Data !\n\n"+
			"Laurent tient à vous présenter l'offre lui-même. Seriez-vous disponible demain, vendredi 4 décembre, à 17h pour un appel d'une demi-heure ?\n\nSophie"), final)
	ivs := interview.Build([]mail.Message{final, offer}, nil, sampleConfig())
	if len(ivs) != 1 || ivs[0].Status != interview.Offer {
		for _, iv := range ivs {
			t.Logf("%s %s (%s)", iv.Start.UTC(), iv.Status, iv.Evidence)
		}
		t.Fatalf("%d interviews, want the final one, offered", len(ivs))
	}
}

// TestSecondRoundNamedAsTheFirst: the first round's letter names the
// university; the second round's room booking, from the same domain,
// names nothing but its domain. Both are the university.
func TestSecondRoundNamedAsTheFirst(t *testing.T) {
	const hr = "m.dekker@uwaalstad.example"
	first := textMessage("r1@x", "2026-11-20T10:00:00Z", hr, "Uitnodiging sollicitatiegesprek Research Software Engineer",
		"Beste Sam,\n\nNamens de Universiteit van Waalstad nodig ik je uit voor een sollicitatiegesprek op donderdag 3 december om 14.00 uur.\n\nMet vriendelijke groet,\nMarieke Dekker\nUniversiteit van Waalstad")
	second := calMessageFrom("r2@x", "2026-12-04T09:00:00Z", "Tweede gesprek Research Software Engineer", "Tot dinsdag!",
		vevent{method: "REQUEST", start: "20261215T093000Z", organizer: hr, uid: "uw2@x", summary: "Tweede gesprek Research Software Engineer"})
	ivs := interview.Build([]mail.Message{first, second}, nil, sampleConfig())
	if len(ivs) != 2 {
		t.Fatalf("Build found %d interviews, want 2", len(ivs))
	}
	for _, iv := range ivs {
		if iv.Company != "Universiteit van Waalstad" {
			t.Errorf("interview at %s: company %q (%s), want Universiteit van Waalstad", iv.Start.UTC(), iv.Company, iv.Why.Company)
		}
	}
}

// TestInterviewsThatAreNotForAJob: a podcast host who asked for a
// recording writes its outline in a new thread from her private address;
// a university admits to a master's programme by interview; a bank's
// manager asks the customer a few questions for an investor profile. Each
// gives a time and says "interview"; none is the user's job interview.
func TestInterviewsThatAreNotForAJob(t *testing.T) {
	const dana = "dana.whitfield@gmail.com"
	tests := []struct {
		name string
		msgs []mail.Message
	}{
		{"a podcast host's outline, in a thread of its own", []mail.Message{
			textMessage("p1@gmail.com", "2026-12-17T11:25:00Z", dana, "Shipping Hours podcast - would you come on?",
				"Hi Sam,\n\nI host Shipping Hours, a podcast about data engineering. Would you come on the show to talk about your migration at Globex?\n\nDana"),
			textMessage("p2@gmail.com", "2027-01-11T09:03:00Z", dana, "Shipping Hours - interview outline for Thursday",
				"Hi Sam,\n\nLooking forward to Thursday 14 January, 10am PT / 7pm CET! Here's the rough outline for the interview.\n\n1. Quick intro\n2. The migration\n\nDana"),
		}},
		{"an admission interview for a master's programme", []mail.Message{
			textMessage("u1@uatlantico.example", "2026-12-08T11:28:00Z", "posgrad@uatlantico.example",
				"Convocatória para entrevista - Mestrado em Engenharia Informática (2.ª fase)",
				"Exmo(a). Senhor(a) Sam Rivera,\n\nInformamos que V. Exa. foi convocado(a) para a entrevista de avaliação.\n\nData: 12 de janeiro de 2027 (terça-feira)\nHora: 10h00 (hora de Lisboa)\nLocal: Por videoconferência (Zoom).\n\nServiços Académicos"),
		}},
		{"a bank's meeting with a short interview for an investor profile", []mail.Message{
			textMessage("b1@bancomeridional.example", "2026-12-21T10:07:00Z", "patricia.figueiredo@bancomeridional.example",
				"Reunião com sua gerente - portabilidade",
				"Prezado Sam, bom dia!\n\nAgendei uma reunião por videochamada para tratarmos da portabilidade do seu financiamento imobiliário.\n\nData: quarta-feira, 06/01/2027\nHorário: 9h30 (horário de Brasília)\n\nNa ocasião também faremos a atualização do seu perfil de investidor. É uma entrevista rápida, com umas 10 perguntas.\n\nPatrícia Lemos Figueiredo\nGerente de Relacionamento"),
		}},
		{"an application's receipt with the end of the application period", []mail.Message{
			textMessage("f1@hr-manager.net", "2026-11-23T19:47:00Z", "noreply@hr-manager.net",
				"Hakemus vastaanotettu / Application received – Ohjelmistokehittäjä",
				"Hei Sam,\n\nkiitos hakemuksestasi. Hakuaika päättyy 27.11.2026 klo 16.00. Valituille lähetetään kutsu haastatteluun joulukuun alussa.\n\nKaamosvirasto"),
		}},
		{"a teacher moves a parents' meeting", []mail.Message{
			textMessage("s1@icmanzoni-milano.example", "2026-12-06T17:35:00Z", "marina.galli@icmanzoni-milano.example", "Colloquio Leo Rivera 2B",
				"Gentile Sig. Rivera,\n\nho visto la prenotazione per mercoledì 9 dicembre. Purtroppo quel pomeriggio ho il consiglio di classe della 3A che è stato spostato: "+
					"le andrebbe bene giovedì alle 17 invece, sempre in Meet? Mi basta un quarto d'ora.\n\nCordiali saluti,\nMarina Galli"),
		}},
		{"a bank's video identity check of a new account", []mail.Message{
			textMessage("k1@bank.example", "2026-11-30T06:00:00Z", "alerts@nri-bank.example", "Your Video KYC is scheduled - NRE Account Application",
				"Dear Sam Rivera,\n\nApplication No. NRE2611290037745\nVideo KYC\nDate: Saturday, 05-Dec-2026\nTime Slot: 02:30 PM – 03:00 PM IST\n\nOur officer will ask you a few questions."),
		}},
		{"a speakers' club's meeting themed on interviews", []mail.Message{
			textMessage("t1@easy-speak.example", "2026-12-05T08:00:00Z", "vpe@lioncity-toastmasters.example", "Meeting #214 - \"The Interview Chair\" - roles",
				"Hi all,\n\nMEETING #214 - \"The Interview Chair\"\nSaturday, 12 December 2026, 7:30 PM - 9:30 PM SGT\n\nSam runs Table Topics with mock interview questions.\n\nLion City Online Toastmasters"),
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if ivs := interview.Build(tc.msgs, nil, sampleConfig()); len(ivs) != 0 {
				t.Errorf("%d interviews (%s), want none", len(ivs), ivs[0].Evidence)
			}
		})
	}
}

// TestUpdatedAgendaStartsAtItsFirstSession: a hiring system sends an onsite
// day's agenda again when one interviewer changes ("Updated Interview
// Confirmation"); the day still starts at its first session, not at the
// last time the table lists.
func TestUpdatedAgendaStartsAtItsFirstSession(t *testing.T) {
	const agenda = "Date | Time | Interviewer(s) | Focus\n" +
		"Thu, Dec 10, 2026 | 10:00 AM – 10:45 AM | Jonas Weber | Pair programming\n" +
		"Thu, Dec 10, 2026 | 10:45 AM – 11:30 AM | %s | System design\n" +
		"Thu, Dec 10, 2026 | 12:15 PM – 1:00 PM | Claire Dubois | Hiring manager conversation\n" +
		"Thu, Dec 10, 2026 | 1:00 PM – 1:30 PM | Tomás Ortega | Values\n\nAll times are shown in (GMT+01:00) Berlin."
	first := textMessage("a1@northwind-robotics.example", "2026-12-02T09:41:00Z", "lena@northwind-robotics.example",
		"Interview Confirmation: Senior Backend Engineer at Northwind Robotics",
		"Hi Sam,\n\nhere is your onsite schedule:\n\n"+fmt.Sprintf(agenda, "Aylin Demir"))
	update := textMessage("a2@northwind-robotics.example", "2026-12-07T14:14:00Z", "lena@northwind-robotics.example",
		"Updated Interview Confirmation: Senior Backend Engineer at Northwind Robotics",
		"Hi Sam,\n\nMarek Nowak will run the system design session instead of Aylin. Nothing else has changed:\n\n"+fmt.Sprintf(agenda, "Marek Nowak"))
	checkStarts(t, []mail.Message{first, update}, utc("20261210T090000Z"))
}

// TestChangeNoticeWithTheOldTimeStruckThrough: a hiring system's change
// notice ("Interview geändert") strikes the old time through beside the
// new one, which mail renders "(previously: ...)": the new time holds.
func TestChangeNoticeWithTheOldTimeStruckThrough(t *testing.T) {
	const from = "jonas.petersen@rheinwerk-privatbank.example"
	invite := textMessage("r1@rheinwerk-privatbank.example", "2026-12-04T12:58:00Z", from, "Einladung Assessment Center am 15.12. - Analyst Risikocontrolling",
		"Hallo Sam,\n\nwir laden Sie herzlich zu unserem Assessment Center ein:\n\nDienstag, 15. Dezember 2026, 08:30 bis ca. 16:00 Uhr\nKönigsallee 61, 40212 Düsseldorf\n\nJonas Petersen")
	change := textMessage("r2@rheinwerk.fa.oraclecloud.com", "2026-12-09T06:12:00Z", "noreply@rheinwerk.fa.oraclecloud.com",
		"Interview geändert: Assessment Center - Analyst Risikocontrolling (m/w/d)",
		"Hallo Sam,\n\nder folgende Termin wurde geändert. Bitte beachten Sie die neue Uhrzeit.\n\nInterview Assessment Center\n"+
			"Datum Dienstag, 15.12.2026\nUhrzeit (previously: 08:30 - 16:00) 09:00 - 16:30 MEZ\nOrt Königsallee 61, 40212 Düsseldorf")
	change.From[0].Name = "Rheinwerk Privatbank"
	checkStarts(t, []mail.Message{invite, change}, utc("20261215T080000Z"))
}

// TestFurtherRoundSameTimeNextWeek: after the first round, the manager
// asks from her phone "Funkar samma tid nästa vecka?" (thanking for the
// talk "today"), and the user says yes: a second round a week after the
// first, at its hour.
func TestFurtherRoundSameTimeNextWeek(t *testing.T) {
	const from = "karin.aberg@kvarnby-medtech.example"
	invite := textMessage("k1@kvarnby-medtech.example", "2026-11-25T12:12:00Z", from, "Intervju – Teknisk projektledare",
		"Hej Sam,\n\nvi vill gärna träffa dig för en intervju. Passar tisdag den 1 december kl. 10.00?\n\n/Karin")
	yes := sentReply(invite, "k2@example.org", "2026-11-25T14:03:00Z")
	yes.Text = "Hej Karin,\n\ntisdag 1/12 kl. 10 passar utmärkt.\n\nSam"
	next := inThread(textMessage("k3@kvarnby-medtech.example", "2026-12-01T14:41:00Z", from, "SV: Intervju – Teknisk projektledare",
		"Hej Sam!\n\nTack för ett riktigt trevligt samtal idag. Vi vill gärna gå vidare med en andra intervju.\n\nFunkar samma tid nästa vecka? Samma ställe.\n\n/Karin"),
		invite, yes)
	ok := sentReply(next, "k4@example.org", "2026-12-01T18:22:00Z")
	ok.Text = "Hej Karin,\n\nja, det passar bra. Vi ses!\n\nSam"
	checkStarts(t, []mail.Message{invite, yes, next, ok}, utc("20261201T090000Z"), utc("20261208T090000Z"))
}

// TestOutcomeOfTheLastRound: an offer or a no after the final round is
// that round's outcome; the rounds that led to it were passed and stay as
// they were, also when the no comes before the last round takes place.
func TestOutcomeOfTheLastRound(t *testing.T) {
	first := vevent{method: "REQUEST", uid: "r1@initech.example", start: "20261201T100000Z", summary: "Interview with Initech: first round"}
	second := vevent{method: "REQUEST", uid: "r2@initech.example", start: "20261210T100000Z", summary: "Interview with Initech: final round", stamp: "20261203T100000Z"}
	rounds := []mail.Message{
		calMessage("r1@x", "2026-11-24T10:00:00Z", first),
		calMessage("r2@x", "2026-12-03T10:00:00Z", second),
	}
	for _, tc := range []struct {
		name, date, text string
		want             interview.Status
	}{
		{"an offer after the final round", "2026-12-14T10:00:00Z",
			"Dear Sam,\n\nwe are delighted to offer you the position of Site Reliability Engineer. The offer letter is attached.\n\nJoanna", interview.Offer},
		{"a no before the final round", "2026-12-07T10:00:00Z",
			"Dear Sam,\n\nthank you for your time. Unfortunately we have decided to move forward with other candidates, so we cancel Thursday's final round.\n\nJoanna", interview.Rejected},
	} {
		t.Run(tc.name, func(t *testing.T) {
			outcome := textMessage("o@x", tc.date, "joanna.park@initech.example", "Your application at Initech", tc.text)
			ivs := interview.Build(append(slices.Clone(rounds), outcome), nil, sampleConfig())
			if len(ivs) != 2 {
				t.Fatalf("%d interviews, want 2", len(ivs))
			}
			slices.SortFunc(ivs, func(a, b interview.Interview) int { return a.Start.Compare(b.Start) })
			if ivs[0].Status != interview.Scheduled {
				t.Errorf("first round: %s (%s), want scheduled: it led to the final one", ivs[0].Status, ivs[0].StatusReason)
			}
			if ivs[1].Status != tc.want {
				t.Errorf("final round: %s (%s), want %s", ivs[1].Status, ivs[1].StatusReason, tc.want)
			}
		})
	}
}

// TestNextRoundTakesTheRoleThroughAHeadhunter: a headhunter arranged the
// first call and named the post; the client's own invitation to the next
// round names none. The same employer's next round is for the same post,
// though the two share no domain.
func TestNextRoundTakesTheRoleThroughAHeadhunter(t *testing.T) {
	first := textMessage("h1@skargard-search.example", "2026-12-01T09:00:00Z", "johan.lindroos@skargard-search.example",
		"Sam Rivera / Head of Platform Engineering – first call with Aurora Grid",
		"Hi Sam,\n\ngood news: Aurora Grid would like to meet you for a first video call on Friday 11 December at 15:00 CET.\n\nBest,\nJohan Lindroos\nSkärgård Search")
	second := calMessageFrom("h2@auroragrid.example", "2026-12-20T09:00:00Z", "Aurora Grid / Sam Rivera – second interview (on-site, Espoo)", "See you in Espoo.",
		vevent{method: "REQUEST", uid: "round2@auroragrid.example", organizer: "laura.heikkinen@auroragrid.example",
			start: "20270112T080000Z", summary: "Aurora Grid / Sam Rivera – second interview (on-site, Espoo)", extra: []string{"LOCATION:Keilaranta 1, Espoo"}})
	ivs := interview.Build([]mail.Message{first, second}, nil, sampleConfig())
	if len(ivs) != 2 {
		t.Fatalf("%d interviews, want 2", len(ivs))
	}
	for _, iv := range ivs {
		if iv.Role != "Head of Platform Engineering" {
			t.Errorf("%s at %s: role %q, want the post the headhunter named", iv.Company, iv.Start.UTC(), iv.Role)
		}
	}
}

// TestOutcomeInMoreWordings: a no and a cancellation as more writers put
// them ("we decided to continue with a candidate whose ...", "I am forced
// to cancel our interview").
func TestOutcomeInMoreWordings(t *testing.T) {
	invite := calMessage("inv@x", "2026-11-24T10:00:00Z", vevent{method: "REQUEST", uid: "out-1@initech.example", start: "20261208T123000Z"})
	for _, tc := range []struct {
		name, date, text string
		want             interview.Status
	}{
		{"bg, continued with a candidate", "2026-12-09T10:00:00Z",
			"Здравейте, Сам,\n\nБлагодарим Ви за отделеното време в понеделник. За съжаление след обсъждане решихме да продължим с кандидат, " +
				"чийто опит с мобилна автоматизация е по-близо до текущите нужди на екипа.\n\nРадослава", interview.Rejected},
		{"cs, forced to cancel", "2026-12-03T10:00:00Z",
			"Dobrý den, Same,\n\npozici se nám podařilo obsadit interním kandidátem, a proto jsem nucen zrušit náš pohovor plánovaný " +
				"na úterý 8. 12. od 13:30.\n\nTomáš", interview.Cancelled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			outcome := inThread(textMessage("o@x", tc.date, "joanna.park@initech.example", "Re: Interview with Initech", tc.text), invite)
			ivs := interview.Build([]mail.Message{invite, outcome}, nil, sampleConfig())
			if len(ivs) != 1 || ivs[0].Status != tc.want {
				var got []string
				for _, iv := range ivs {
					got = append(got, string(iv.Status)+" ("+iv.StatusReason+")")
				}
				t.Fatalf("got %v, want one interview %s", got, tc.want)
			}
		})
	}
}

// TestKeptTimeGivenOnTwoClocks: "We'll keep Tuesday at 11:00 Athens time
// (10:00 in Berlin) and do it on Zoom instead" changes the place, not the
// time: the hour in brackets is the same moment on the reader's clock.
func TestKeptTimeGivenOnTwoClocks(t *testing.T) {
	invite := textMessage("g1@aegean.example", "2026-12-10T10:26:00Z", "e.papadaki@aegean.example", "Πρόσκληση σε συνέντευξη - Embedded Engineer",
		"Αγαπητέ κύριε Rivera,\n\nθα θέλαμε να σας προσκαλέσουμε σε συνέντευξη την Τρίτη 12 Ιανουαρίου 2027 στις 11:00 (ώρα Ελλάδας), "+
			"στα γραφεία μας στο Μαρούσι.\n\nΜε εκτίμηση,\nΕλένη Παπαδάκη")
	kept := inThread(textMessage("g3@aegean.example", "2026-12-11T07:40:00Z", "e.papadaki@aegean.example", "RE: Πρόσκληση σε συνέντευξη - Embedded Engineer",
		"Dear Sam,\n\nOf course, no problem at all. We'll keep Tuesday 12 January 2027 at 11:00 Athens time (10:00 in Berlin) and do it on Zoom instead.\n\nEleni"), invite)
	ivs := interview.Build([]mail.Message{invite, kept}, nil, sampleConfig())
	want := time.Date(2027, 1, 12, 9, 0, 0, 0, time.UTC)
	if len(ivs) != 1 || !ivs[0].Start.Equal(want) {
		for _, iv := range ivs {
			t.Logf("%s: %s", iv.Start.UTC(), iv.StatusReason)
		}
		t.Fatalf("%d interviews, want one at %s", len(ivs), want)
	}
}

// TestMoveOnTheClockTheSenderStated: a university invites in UK time,
// then moves the interview in a notice of its own that writes "2:00pm"
// and states no zone: the new time is on the clock the invitation
// stated, not the user's. When the invitation stated none either, the
// user's clock stays.
func TestMoveOnTheClockTheSenderStated(t *testing.T) {
	const from = "recruitment@northmoor-uni.example"
	moved := textMessage("r2@northmoor-uni.example", "2027-01-04T10:19:55Z", from, "Interview rescheduled: Lecturer in Data Science",
		"Dear Sam Rivera,\n\nwe have had to postpone the interviews for the above post. Your interview has been rescheduled as follows:\n\n"+
			"New date: Thursday 21 January 2027\nNew time: 2:00pm\nVenue: Room B2.21, Bramwell Building\n\nKind regards,\nLorraine Pike")
	for _, tc := range []struct {
		name, when string
		want       time.Time
	}{
		{"the invitation's clock", "Thursday 14 January 2027 at 11:15am (UK time)", utc("20270121T140000Z")},
		{"no clock stated", "Thursday 14 January 2027 at 11:15am", utc("20270121T130000Z")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			invite := textMessage("r1@northmoor-uni.example", "2026-11-27T15:02:11Z", from, "Invitation to interview: Lecturer in Data Science",
				"Dear Sam Rivera,\n\nI am pleased to invite you to attend an interview on "+tc.when+" in Room B2.21, Bramwell Building.\n\nKind regards,\nLorraine Pike")
			checkStarts(t, []mail.Message{invite, moved}, tc.want)
		})
	}
}

// TestMissedInterviewRedone: nobody from the employer joined the call,
// the user says so after its time, and the recruiter books it again: one
// interview, at the new time; the missed slot is no interview to thank
// anyone for. Without the user's word, a later interview of the same
// employer is a further round beside the first.
func TestMissedInterviewRedone(t *testing.T) {
	const recruiter = "jordan.blake@tidewatersoftware.example"
	first := textMessage("g1@tidewatersoftware.example", "2026-12-04T19:22:00Z", recruiter, "Interview confirmation: Technical Interview - Tidewater Software",
		"Hi Sam,\n\nyour technical interview is confirmed for Wednesday, December 9, 2026, 1:00 PM - 2:00 PM PST on Zoom.\n\nJordan Blake\nRecruiter, Tidewater Software")
	redo := textMessage("g3@tidewatersoftware.example", "2026-12-10T16:00:00Z", recruiter, "Re: Interview confirmation: Technical Interview - Tidewater Software",
		"Hi Sam,\n\nI'd like to get this back on the calendar as quickly as possible. I've held Monday, December 14, 2026 at 9:00 AM PT with Priya Raman, one of our staff engineers.\n\nJordan")
	for _, tc := range []struct {
		name, says string
		want       []time.Time
	}{
		{"nobody joined", "I joined the Zoom link at 1:00 PM PT today as planned and waited until about 1:25, but nobody else joined.",
			[]time.Time{utc("20261214T170000Z")}},
		{"thanks for the call", "Thank you for the conversation today, I enjoyed it.",
			[]time.Time{utc("20261209T210000Z"), utc("20261214T170000Z")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			user := textMessage("s2@example.org", "2026-12-09T21:40:00Z", "sam.rivera@example.org", "Re: Interview confirmation: Technical Interview - Tidewater Software",
				"Hi Jordan,\n\n"+tc.says+"\n\nSam")
			user = inThread(user, first)
			user.To = addr("Jordan Blake", recruiter)
			r := inThread(redo, user)
			checkStarts(t, []mail.Message{first, user, r}, tc.want...)
		})
	}
}

// TestLiveRoundAfterTheRecording: the recruiter thanks the user for the
// HireVue recording and invites to the next round on Teams, with its
// link; that round is a meeting, not one-way.
func TestLiveRoundAfterTheRecording(t *testing.T) {
	m := textMessage("mb4@mazowszebank.example", "2026-12-09T10:00:00+01:00", "agnieszka.kaminska@mazowszebank.example",
		"Zaproszenie na rozmowę z menedżerem – Data Analyst – Risk Modelling",
		"Dzień dobry Panie Samie,\n\ndziękuję za nagranie rozmowy w HireVue – Pana odpowiedzi bardzo nam się spodobały. Chciałabym zaprosić Pana na kolejny etap, czyli rozmowę z menedżerem zespołu.\n\n"+
			"Termin: wtorek, 15 grudnia 2026 r., godz. 9:00–9:45\nForma: MS Teams – link do spotkania:\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_MTk3NTg1@thread.v2/0\n"+
			"Uczestnicy: Piotr Nowak (Head of Risk Analytics) oraz ja\n\nZ poważaniem\nAgnieszka Kamińska\nSpecjalista ds. Rekrutacji")
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	wantOneAt(t, ivs, "20261215T080000Z")
	if len(ivs) == 1 && ivs[0].OneWay {
		t.Errorf("OneWay: a live round on Teams")
	}
}
