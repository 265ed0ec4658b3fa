package interview_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/calendar"
	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

// TestClassifyWording covers the phrases that decide a plain message.
func TestClassifyWording(t *testing.T) {
	const date = "2026-11-26T10:00:00Z"
	tests := []struct {
		name, from, subject, text string
		interview                 bool
		kind                      string
	}{
		{"online tests due at the end of a day that is not 23:59", "noreply@civilservicejobs.service.gov.uk", "Reminder: complete your online tests",
			"Dear Sam,\n\nThis is a reminder that the closing time for your online tests is 23:50 on Friday 11 December 2026. After this time the tests close.\n\nCivil Service Jobs", false, interview.KindNone},
		{"a deadline to book a live session after the video interview", "earlycareers@halberdcrane.example", "Technology Graduate Programme 2027 - Invitation to Assessment Centre",
			"Dear Sam,\n\nFollowing a review of your video interview, we are delighted to invite you to the final stage of our selection process: a Virtual Assessment Centre.\n\nPlease log in to your candidate account and select a session by 23:59 (UK time) on Tuesday 1 December 2026.\n\nEarly Careers Recruitment Team", false, interview.KindReply},
		{"a hiring system's slots to pick from on one day", "no-reply@trac.jobs", "Invitation to interview - Clinical Systems Analyst",
			"Dear Sam Rivera\n\nYou have been shortlisted for interview. Please log in to your Trac account and select an interview time from the slots available.\n\nAvailable slots on Wednesday 9 December 2026:\n09:00   09:45   10:30   11:15   13:00\n\nRecruitment Team", false, interview.KindReply},
		{"three clocks offered on one day", "jane@initech.example", "Interview invitation",
			"Dear Sam,\n\nWe would like to invite you to an interview. Would Thursday 10 December at 9:00, 11:00 or 14:00 suit you?\n\nJane", false, interview.KindReply},
		{"a second round that needs no preparation", "valerie.tremblay@lumivia.example", "Second interview / Deuxième entrevue – Senior Backend Developer",
			"Hi Sam,\n\nwe would like to invite you to a second interview with our CTO.\n\nWhen: Thursday, December 17, 2026, 9:00 to 10:30 a.m. ET (3:00 to 4:30 p.m. in Berlin)\nWhere: Microsoft Teams (I'll send the invitation as soon as you confirm)\nWhat: a 60-minute system design discussion (no preparation needed), followed by 30 minutes about the team\n\nValérie", true, interview.KindConfirmation},
		{"a council's committee on a planning application", "democratic.services@northvale.example", "Planning application 26/01234/FUL - Planning Applications Committee 15 December",
			"Dear Mr Rivera,\n\nThe application will be decided at the following meeting.\n\nMeeting: Planning Applications Committee\nDate: Tuesday 15 December 2026\nTime: 7:00pm\nVenue: Council Chamber\n\nDemocratic Services", false, interview.KindNone},
		{"a title in the possessive names no job", "democratic.services@northvale.example", "Committee meeting 15 December",
			"Dear Mr Rivera,\n\nThe Case Officer's recommendation will be heard at the meeting on Tuesday 15 December 2026 at 7:00pm in the Council Chamber.\n\nDemocratic Services", false, interview.KindNone},
		{"a new employer's health check before the start", "personal@klinikum-ostend.example", "Ihre Einstellungsuntersuchung am 14.12.",
			"Sehr geehrter Herr Rivera,\n\nherzlich willkommen! Vor Ihrem ersten Arbeitstag als Systemanalytiker bitten wir Sie zur Einstellungsuntersuchung beim Betriebsarzt am Montag, 14.12.2026, um 10:30 Uhr, Haus C, Ebene 1.\n\nBitte bringen Sie Ihren Impfpass mit.\n\nIhr Personalservice", false, interview.KindNone},
		{"a language course's placement interview", "accueil@francisation-nord.example", "Votre entrevue de classement",
			"Bonjour,\n\nvotre entrevue de classement en français aura lieu le mercredi 6 janvier 2027 à 8 h 30 (heure du Québec) sur Teams, avec une évaluatrice.\n\nService d'accueil", false, interview.KindNone},
		{"a right to work check booked on its own", "noreply@pageuppeople.com", "Action required: right to work check - Thursday 10 December",
			"Dear Sam,\n\nPlease join a short video call so that we can verify your documents before your start date.\n\nDate: Thursday 10 December 2026\nTime: 3:00pm GMT (15 minutes)\n\nPeople Services", false, interview.KindNone},
		{"an interview whose subject names the right to work check too", "recruitment@northbridgehospitals.example", "Interview and right to work check - Thursday 10 December",
			"Dear Sam,\n\nYour interview is on Thursday 10 December 2026 at 3:00pm GMT. Please bring your passport for the right to work check.\n\nRecruitment", true, interview.KindConfirmation},
		{"a careers service's CV review moved", "lena.wirth@hs-rheinau.example", "Unser Lebenslauf-Check am Donnerstag",
			"Hallo Sam,\n\nleider muss ich unseren Lebenslauf-Check am Donnerstag um 12:30 Uhr verschieben. Ich schlage Freitag, 4.12., um 9:00 Uhr vor, wieder per Zoom.\n\nSchicken Sie mir bis dahin gern Ihren Lebenslauf und die Stellenanzeige, auf die Sie sich bewerben möchten.\n\nLena Wirth\nKarriereberatung, Hochschule Rheinau", false, interview.KindNone},
		{"a careers service's CV review moved, in French", "c.morel@ecole-lorval.example", "Rendez-vous relecture du CV",
			"Bonjour Sam,\n\nj'ai un empêchement pour notre relecture du CV de mardi. Nous pouvons la faire mercredi 9 décembre à 11h00, sur Teams.\n\nMerci de m'envoyer votre CV la veille.\n\nClaire Morel\nService carrières", false, interview.KindNone},
		{"an employer's interview after its CV review stage", "oscar@ashcombe-reid.example", "Interview invitation",
			"Dear Sam,\n\nyou have been successful at the CV review stage and we would like to invite you to an interview on Friday 4 December at 9:00 GMT on Teams.\n\nOscar", true, interview.KindConfirmation},
		{"a magazine's interview request, in Romanian", "ioana.pop@revista-devops.example", "Interviu pentru Revista DevOps",
			"Bună ziua,\n\nsunt Ioana Pop, redactor la Revista DevOps. Am dori un interviu cu tine despre Kubernetes pentru numărul din ianuarie. " +
				"Ar merge joi, 10 decembrie, la ora 15:00, pe Zoom? Îți trimitem textul înainte de publicare.\n\nIoana", false, interview.KindNone},
		{"a mock interview with an agency's adviser, in Japanese", "yamaguchi@r-agent.com", "【リクルートエージェント】模擬面接の日程について（12/4 18:00〜）",
			"サム・リベラ様\n\n先日お話しした模擬面接を下記の日時で設定しました。\n\n日時：2026年12月4日（金）18:00～18:45（日本時間）\n形式：Microsoft Teams\n\n山口", false, interview.KindNone},
		{"a friend's mock interview, in Korean", "jihoon.park@gmail.com", "모의 면접 부탁해",
			"샘, 다음 주 면접 전에 모의면접 좀 해줄 수 있어? 12월 13일 (일) 오후 9시 어때?\n\n지훈", false, interview.KindNone},
		{"a campus visit with dinner with members of the search committee", "hokafor@glsu.example", "Campus visit - Assistant Professor, Biomedical Informatics",
			"Dear Sam,\n\nI'm delighted to invite you for an on-campus interview on Wednesday, January 20, 2027 at 3:00 pm, starting with a meeting with the Chair, " +
				"then dinner with members of the search committee.\n\nHelen", true, interview.KindConfirmation},
		{"mail to the search committee", "hokafor@glsu.example", "Candidate visit next week",
			"Dear members of the search committee,\n\nour first candidate's on-campus interview is on Wednesday, January 20, 2027 at 3:00 pm in Palmer Commons.\n\nHelen", false, interview.KindNone},
		{"an agency explains that the client called the interview off, in Japanese", "kenichi.tanaka@agent-recruit.example", "【ご報告】一次面接について",
			"サム・リベラ様\n\nお世話になっております。\n\nハートウェル製薬様の一次面接（12月8日 17:00～）について、ご説明させてください。\n\n" +
				"本日、同社より連絡があり、本ポジションの採用が凍結となりました。これに伴い、予定しておりました一次面接も中止となりました。\n\n田中", true, interview.KindCancellation},
		{"an interview cancelled before the one named with its time", "tom@acme.example", "Your interviews",
			"Hi Sam,\n\nwe have cancelled the first interview. Your second interview is on Friday 11 December at 10:00 as planned.\n\nTom", true, interview.KindConfirmation},
		{"an invitation to report to reception", "recruitment@eastmoor-nhs.example", "Interview invitation - Staff Nurse",
			"Dear Sam,\n\nwe are pleased to invite you to interview. Please report to main reception on Thursday 10 December 2026 at 9:30.\n\nRecruitment Team", true, interview.KindConfirmation},
		{"rejection: other candidates", "jane@umbrella.example", "Your application",
			"We have decided to move forward with other candidates.", false, interview.KindRejection},
		{"rejection: unfortunately … other candidates", "jane@umbrella.example", "Update",
			"Unfortunately, the team went with another candidate this time.", false, interview.KindRejection},
		{"rejection: not to proceed", "jane@umbrella.example", "Update",
			"After much thought we decided not to proceed with your application.", false, interview.KindRejection},
		{"cancellation: had to cancel", "recruitment@northmoor-water.example", "Northmoor Water - Update on your application - 2600417",
			"The vacancy has been withdrawn. Unfortunately this means we have had to cancel your telephone interview scheduled for Thursday 3rd December at 15:00.", true, interview.KindCancellation},
		{"rejection: not asked to the next round", "rdonnelly@isar-international.example", "Grade 3 Class Teacher - outcome of first-round interview",
			"We had a very strong field for this post, and after a great deal of discussion we have decided not to invite you to the second round in January.", false, interview.KindRejection},
		{"rejection: not to continue", "floor@vaarwater.example", "Your application at Vaarwater",
			"After a lot of discussion we have decided not to continue with your application.", false, interview.KindRejection},
		{"rejection: someone else, described", "kai@driftwood.example", "Re: driftwood <> sam",
			"honest answer though: we've decided to go with someone in APAC hours for this first hire. genuinely a close call.", false, interview.KindRejection},
		{"rejection: a profile with more of something", "aoife.brennan@corribhealth.example", "RE: Interview – Senior Backend Engineer",
			"It was a genuinely close call, but the team have decided to progress with a profile that has deeper hands-on experience with HL7/FHIR. I know that's not the news you were hoping for.", false, interview.KindRejection},
		{"rejection: another candidate", "sofie@helixharbor.example", "Your application for Product Engineer at Helix Harbor",
			"After a lot of deliberation we've decided to move forward with another candidate whose experience is a closer match.", false, interview.KindRejection},
		// "sammen med én annen kandidat": on to the last round beside
		// another candidate, not instead of one.
		{"rejection: another candidate, in Norwegian", "ingrid@fjellvik-sok.example", "Oppdatering",
			"Takk for samtalen. Vi har dessverre valgt en annen kandidat til stillingen.", false, interview.KindRejection},
		{"not a rejection: on beside another candidate, in Norwegian", "ingrid@fjellvik-sok.example", "Siste runde – casepresentasjon",
			"Tilbakemeldingen var svært god, og selskapet ønsker å ta deg videre til siste runde sammen med én annen kandidat. Siste runde er tirsdag 12. januar 2027 kl. 13.00-15.00 på hovedkontoret.", true, interview.KindConfirmation},
		{"not a rejection: on beside another candidate, in Spanish", "laura@reclutasur.example", "Última etapa",
			"¡Buenas noticias! Pasas a la etapa final junto con otro candidato: entrevista con el CEO el martes 12 de enero de 2027 a las 10:00.", true, interview.KindConfirmation},
		// At work already: a shift an app booked, an agency's review of
		// the first weeks. A trial shift is a step of hiring.
		{"not an interview: a shift booked", "no-reply@shiftbase-app.example", "Shift confirmed: Mon 7 Dec, Warehouse Operative",
			"Hi Sam,\n\nYour shift is confirmed.\n\nWarehouse Operative - Picking\nMonday 7 December 2026, 06:00 - 14:00\nClock in with the app when you arrive.", false, interview.KindNone},
		{"not an interview: a review of the first weeks, in Dutch", "roos@uitzendburo-zuid.example", "Evaluatiegesprek 4 weken - Sam Rivera",
			"Hoi Sam,\n\nJe werkt nu bijna 4 weken via ons, tijd voor een kort evaluatiegesprek op donderdag 10 december 2026 om 14:30.\n\nRoos", false, interview.KindNone},
		{"an interview: a trial shift", "jobs@cafe-lindgren.example", "Your trial shift is confirmed",
			"Hi Sam,\n\nthanks for applying as a barista. Your trial shift is confirmed for Saturday 5 December 2026 at 10:00.\n\nLena", true, interview.KindConfirmation},
		{"rejection: going on with others, in Italian", "selezione@fiorellidigital.example", "Esito colloquio",
			"Dopo un'attenta valutazione, abbiamo deciso di proseguire il processo di selezione con altri candidati.", false, interview.KindRejection},
		{"rejection: other candidates after a careful weighing, in Dutch", "hr@vaarwater.example", "Je sollicitatie",
			"Na zorgvuldige overweging hebben we gekozen voor andere kandidaten.", false, interview.KindRejection},
		// An assessment day's group exercise is done beside other
		// candidates: no rejection.
		{"an assessment day with other candidates", "rijnmond@myworkday.com", "Uitnodiging assessmentdag - Teamleider Data",
			"Wij nodigen je graag uit voor onze assessmentdag.\n\nDatum: vrijdag 8 januari 2027\nTijd: 09:00 - 16:00 uur\n\n" +
				"10:00 - 11:30  Groepsopdracht - Met drie andere kandidaten, geobserveerd door twee assessoren", true, interview.KindConfirmation},
		// A new time promised, none given: called off, not moved.
		{"cancellation promising a new time later", "noreply@workstream.us", "Interview canceled: Barista at Ridgeline Coffee Co.",
			"Your interview for Barista at Ridgeline Coffee Co. on Monday, December 14 at 2:30 PM has been canceled.\n\n" +
				"\"Sorry about this! The store is closing for a remodel, so I'll text you in January to set up a new time.\"", true, interview.KindCancellation},
		// The user is a reference for a former colleague.
		{"a reference call, in Spanish", "marta.gil@nubaria.example", "Referencias profesionales – Lucía Ortega",
			"Lucía nos ha facilitado tu contacto como referencia profesional. ¿Tendrías 20 minutos para una llamada? Te propongo el jueves 17 de diciembre a las 12:00.", false, interview.KindNone},
		{"a language school's placement interview, in Latvian", "info@valodu-centrs.example", "Līmeņa noteikšanas intervija – latviešu valoda A2",
			"Labdien!\n\nDatums:  otrdien, 2027. gada 12. janvārī\nLaiks:   18:00–18:20 (Rīgas laiks)", false, interview.KindNone},
		{"an offer with words between its verb and noun, in German", "miriam.voss@relecloud.example", "Gute Neuigkeiten - Ihr Angebot von Relecloud",
			"Hallo Herr Rivera,\n\nwir möchten Ihnen sehr gern ein Angebot für die Position Senior Site Reliability Engineer machen! Hätten Sie morgen um 16:00 Uhr Zeit?", false, interview.KindOffer},
		{"a German cancellation with its verb last", "reto.brunner@alpenlicht.example", "AW: Einladung zum Vorstellungsgespräch – Senior Data Analyst",
			"Leider müssen wir das Gespräch vom kommenden Freitag, 11. Dezember, um 10.00 Uhr kurzfristig absagen, da Frau Meier krankheitshalber ausfällt.", true, interview.KindCancellation},
		{"cancellation with an adverb between", "selezione@tessituremorandi.example", "Annullamento colloquio - Data Engineer",
			"Il colloquio previsto per martedì 15 dicembre alle ore 11.00 è pertanto annullato. Ci scusiamo per il disagio.", true, interview.KindCancellation},
		{"cancellation with the copula right before it", "f.bianchi@velatalent.example", "Re: Colloquio Gruppo Marzotti – Data Analyst",
			"Gruppo Marzotti ha chiuso la posizione con un candidato interno, per cui il colloquio di venerdì è annullato.", true, interview.KindCancellation},
		{"a scheduler's cancellation notice", "notifications@calendly.com", "Canceled: Indledende samtale (30 min) with Mette Holm on Thursday, December 10, 2026",
			"Mette Holm has canceled the following event.\n\nEvent Date/Time:\n09:00am - Thursday, December 10, 2026 (Central European Time)", true, interview.KindCancellation},
		{"a podcast's interview, the word inflected", "karolina@kodikawa.example", "Wywiad do podcastu „Kod i Kawa”?",
			"Prowadzę podcast o programowaniu. So: Thursday 10.12, 18:00 CET, interview in English.", false, interview.KindNone},
		{"a recruiter calls the user about a candidate", "lenka@vltavasoft.example", "Reference – Petr Novák",
			"Petr Novák se u nás uchází o pozici Tech Lead a uvedl Vás jako referenci. I will call you on Wednesday 9 December at 14:00.", false, interview.KindNone},
		{"an event platform's RSVP with interview in its title", "info@meetup.com", "You're going to Hiring in 2027: how we interview engineers now",
			"You're going!\n\nWednesday, December 9, 2026 7:00 PM to 9:30 PM CET\nFactory Berlin, Rheinsberger Str. 76", false, interview.KindNone},
		{"a reference check booked under an interview word", "bookings@maisoncorvette.example", "Entretien de référence (20 min) – Sam Rivera",
			"Votre rendez-vous est confirmé : mercredi 9 décembre 2026 à 11:00 (heure de Paris).", false, interview.KindNone},
		{"a friend's trial of an interview, in Italian", "giulia.r@gmail.com", "colloquio di prova sabato?",
			"Ciao Sam! Facciamo il colloquio di prova per il tuo system design? Sabato 5 dicembre alle 11:00 su Meet?", false, interview.KindNone},
		{"an expert network's paid call", "scheduling@meridian-insight.example", "CONFIRMED: Consultation call - Project Halyard - Tue 08 Dec 2026 14:00 UTC",
			"Your consultation has been confirmed.\n\nDate/Time: Tuesday, 08 December 2026, 15:00-16:00 CET (Berlin)\nDuration: 60 minutes\nHonorarium: USD 400\nDial-in: Zoom", false, interview.KindNone},
		{"an investor's call that is no job, said outright", "jiahui.ong@meridian-insight.example", "Quick call?",
			"The client would like to interview a few practitioners. This is NOT a job opportunity. Could you do Tuesday 8 December at 15:00 CET?", false, interview.KindNone},
		{"a project's recorded feature of a contributor", "ifeoma@tern-project.example", "Tern Contributor Spotlight - would you be up for an interview?",
			"We run a monthly Contributor Spotlight series - a recorded video interview with a contributor. How about Wednesday 16 December at 15:30 UTC?", false, interview.KindNone},
		{"a webinar in Swedish spelling", "no-reply@zoom.us", "Registrering: Webbinar – så klarar du intervjun",
			"Tack för din registrering!\nDatum och tid: 8 dec. 2026 06:00 PM Stockholm", false, interview.KindNone},
		{"a career coaching session in Danish", "bookings@ianord.onmicrosoft.com", "Din aftale er bekræftet: Karrieresparring",
			"Din aftale er bekræftet.\nTorsdag den 10. december 2026 kl. 15.00–16.00\nMicrosoft Teams-møde", false, interview.KindNone},
		{"an offer with a call about the package", "gwen.taylor@initech.example", "Great news from Initech!",
			"I'm delighted to let you know that the team would like to offer you the Senior Engineering Manager position! Are you free for a call on Thursday 3 December at 4pm GMT?", false, interview.KindOffer},
		{"a bank's mortgage appointment in Portuguese", "agendamentos@gringotts.example", "Marcação confirmada: reunião com o seu gestor de conta",
			"A sua reunião sobre crédito habitação com o seu gestor de conta está confirmada para quinta-feira, 3 de dezembro de 2026, às 17:00 (hora de Lisboa).", false, interview.KindNone},
		{"a Zoom webinar's reminder whose title speaks of interviews", "no-reply@zoom.us", "Reminder: Umbrella Health Candidate Session: How we interview starts tomorrow",
			"This is a reminder that \"Umbrella Health Candidate Session: How we interview\" will begin tomorrow.\nDate & Time: Dec 3, 2026 06:00 PM Berlin\nJoin: https://us06web.zoom.us/w/92817364510?tk=abc123", false, interview.KindNone},
		{"rejection in German's inclusive form", "jonas.becker@parcelino.example", "Deine Bewerbung als Customer Success Lead bei Parcelino",
			"Wir haben uns die Entscheidung nicht leicht gemacht, uns aber am Ende für eine:n andere:n Kandidat:in entschieden.", false, interview.KindRejection},
		{"a Dutch offer with its verb apart", "f.dewit@hollandsebrug.example", "Aanbod Financial Controller - Hollandse Brug",
			"Ik ben blij je te kunnen laten weten dat we je graag een aanbod willen doen voor de functie Financial Controller!", false, interview.KindOffer},
		{"a job board's warning about bank details is no bank appointment", "aoifebrennan-4k7xqz2m@indeedemail.com", "Interview invitation: Barista at Brennan's Bakehouse",
			"Interview details\nThursday, 3 December 2026 11:00 - 11:30 (GMT)\n\nNever share your bank details or pay for equipment as part of a job application.", true, interview.KindConfirmation},
		{"a Spanish public body's selection board proposes the hire", "seleccion@iacm.example", "Propuesta de contratación – Plaza 2026-PD-03",
			"Le comunicamos que, finalizada la fase de entrevista, la Comisión de Selección ha acordado proponer su contratación.", false, interview.KindOffer},
		{"rejection: position filled", "jane@umbrella.example", "Update",
			"Thank you for your patience. The position has been filled.", false, interview.KindRejection},
		{"rejection in German", "greta.schaefer@wonka.example", "Ihre Bewerbung",
			"Leider müssen wir Ihnen nach reiflicher Überlegung absagen.", false, interview.KindRejection},
		{"a German cancellation in the present tense", "c.mertens@kaiser-lind.example", "AW: Ihr Vorstellungsgespräch bei der Aurelius Bank",
			"Die Bank lässt den Suchauftrag vorerst ruhen. Der Termin am Freitag, 11. Dezember, um 9:30 Uhr entfällt damit leider.", true, interview.KindCancellation},
		{"rejection in Slovak", "martina.horvathova@tatra-data.example", "RE: Pozvánka na pohovor",
			"Po dôkladnom zvážení všetkých kandidátov sme sa rozhodli pokračovať s uchádzačom, ktorého skúsenosti viac zodpovedajú potrebám tímu.", false, interview.KindRejection},
		{"rejection: a candidate whose experience", "liga@daugava-fintech.example", "Your application",
			"After careful consideration we have decided to move forward with a candidate whose experience is a closer match.", false, interview.KindRejection},
		{"rejection in German: for a candidate", "anja.wuerth@kessler-praezision.example", "Ihre Bewerbung als Product Owner",
			"Nach sorgfältiger Abwägung aller Gespräche haben wir uns jedoch für eine Kandidatin entschieden, deren Profil besser passt.", false, interview.KindRejection},
		{"rejection: continue with another candidate", "jane@umbrella.example", "Update",
			"After careful consideration we have decided to continue with another candidate whose experience matches our needs more closely.", false, interview.KindRejection},
		{"rejection in German, the verb after the modal", "greta.schaefer@wonka.example", "Ihre Bewerbung",
			"Nach dem Gespräch mit dem Team müssen wir Ihnen leider absagen.", false, interview.KindRejection},
		{"the meeting called off, not the user, in the same words", "theresa@lindenhof-robotics.example", "Unser Vorstellungsgespräch am 17.12.",
			"Hallo Sam,\n\nwir müssen die Stelle leider bis auf Weiteres einfrieren. Unser Vorstellungsgespräch am 17.12. muss ich darum leider absagen - " +
				"die Absage im Kalender kommt gleich.\n\nLiebe Grüße\nTheresa", true, interview.KindCancellation},
		{"a consulate's interview is about a visa", "no-reply@visa-booking.example", "Appointment Confirmation - Consular Interview",
			"APPOINTMENT CONFIRMATION\n\nVisa Class: B1/B2\nAppointment Type: Consular Interview\nPost: Frankfurt\nDate: 15 December 2026\nTime: 08:15", false, interview.KindNone},
		{"a visa interview in French", "rdv@consulat-rdv.example", "Confirmation de rendez-vous",
			"Votre entretien consulaire aura lieu le mardi 15 décembre 2026 à 9h30. Merci de vous munir de votre passeport.", false, interview.KindNone},
		{"a letting agent's meeting with the landlord", "f.colombo@casamilano-immobiliare.example", "Appartamento Via Padova 118 - colloquio con la proprietà",
			"la proprietaria dell'appartamento vorrebbe conoscerLa. Le propongo un breve colloquio conoscitivo giovedì 17 dicembre alle 18.30. Se il colloquio va bene possiamo preparare la proposta di locazione.", false, interview.KindNone},
		{"a language school's placement interview", "studijni@linguapraga.example", "Potvrzení: vstupní rozřazovací pohovor (online)",
			"Lektorka s Vámi provede krátký rozřazovací pohovor přes Zoom.\nTermín: středa 9. 12. 2026 v 17:30", false, interview.KindNone},
		{"a language course offered as a benefit does not matter", "hr@wonka.example", "Einladung zum Vorstellungsgespräch",
			"Wir laden Sie zum Vorstellungsgespräch am Dienstag, 8. Dezember 2026, um 10:00 Uhr ein. Übrigens: einen Sprachkurs bieten wir allen neuen Kolleg:innen an.", true, interview.KindConfirmation},
		{"a company named Atelier is no workshop", "claire@atelierbrume.example", "Votre entretien avec Atelier Brume – jeudi 17 décembre",
			"Bonjour Sam,\n\nNous avons le plaisir de vous confirmer votre entretien le jeudi 17 décembre 2026 à 10h00.", true, interview.KindConfirmation},
		{"a freelance client's get-to-know call about a project", "anja@velo-atelier.example", "Website-Relaunch Velo Atelier – Kennenlernen?",
			"Hättest Du Lust auf ein kurzes Kennenlerngespräch, um zu schauen, ob das ein Projekt für Dich wäre? Wie wäre Mittwoch, 9. Dezember, 15 Uhr?", false, interview.KindNone},
		{"a video tool unknown by name asks to record answers by a deadline", "no-reply@mail.vidsplice.example", "Halvorsen Energy: Your video interview for Commercial Analyst",
			"We invite you to complete a short video interview. You will be asked 5 questions.\n\nPlease complete your video interview before: 14 December 2026, 23:59 (CET)", true, interview.KindOneWay},
		{"a reporter's phone interview for a feature", "l.pfeiffer@techblatt.example", "Anfrage Telefoninterview: Remote-Arbeit in der IT",
			"für eine Reportage sprechen wir mit Softwareentwickler:innen. Hätten Sie Zeit für ein kurzes Telefoninterview? Mir würde Mittwoch, der 16. Dezember, um 9:00 Uhr gut passen. Die Zitate schicke ich Ihnen vor Veröffentlichung.", false, interview.KindNone},
		{"a school's family interview for the user's child", "admissions@hollybrook.example", "Hollybrook Academy – Family Interview Confirmation for Lucas Rivera",
			"We are pleased to confirm your family interview:\nDate: Friday, December 11, 2026\nTime: 4:30 p.m. - 5:15 p.m. (Eastern Time)", false, interview.KindNone},
		{"an Indian recruiter's technical panel round", "ananya.k@saffronledger.example", "Saffron Ledger | Round 2 - Technical Panel | Staff Engineer - Payments",
			"We are pleased to schedule your Round 2 - Technical Panel as below:\nDate   : 9th Dec 2026 (Wednesday)\nTime   : 3:30 PM IST", true, interview.KindConfirmation},
		{"a user study's session, booked with a time on separate lines", "sessions@pollinate-research.example", "You're confirmed! 60-min interview with Fabrikam Cloud – Thu, Dec 10",
			"Thanks for booking a session for the study \"How platform teams choose observability tools\".\nType: 1:1 remote interview (video on)\nDate: Thursday, December 10, 2026\nTime: 9:00 AM - 10:00 AM PST (6:00 PM - 7:00 PM your time, CET)", false, interview.KindNone},
		{"recorded video answers by a deadline", "no-reply@vidscreen.example", "Next step: your recorded video responses for Data Engineer",
			"Thanks for your application for Data Engineer. As the next step, we invite you to record short video answers to 5 questions.\nPlease submit by Monday, 14 December 2026, 23:59 (CET).", true, interview.KindOneWay},
		{"a journalist asks for an interview", "lena.brandt@techpuls-magazin.example", "Interviewanfrage: Event-Streaming bei Globex",
			"ich bin Redakteurin bei TechPuls und schreibe gerade an einem Artikel über Event-Streaming. Hätten Sie Zeit für ein kurzes Interview? Mir würde Freitag, 27.11. um 11 Uhr gut passen.", false, interview.KindNone},
		{"rejection in French, the decision split by an adverb", "camille.durand@solvea.example", "Re: Votre candidature chez Solvéa",
			"Après mûre réflexion, nous avons malheureusement décidé de ne pas donner suite à votre candidature.", false, interview.KindRejection},
		{"text cancellation in Dutch, the verb at the end", "joost@dijkwerk.example", "Re: Sollicitatiegesprek Platform Engineer",
			"Vervelend nieuws: ik moet ons gesprek van morgen helaas afzeggen.", true, interview.KindCancellation},
		{"Finnish invitation with its time on a label line", "aino.laine@revontuli.example", "Kutsu haastatteluun: Ohjelmistokehittäjä (Java)",
			"Hei Sam,\n\nkutsumme sinut ensimmäiseen haastatteluun.\n\nAika: keskiviikko 2.12.2026 klo 14.00-15.00 (Suomen aikaa)\nPaikka: Microsoft Teams", true, interview.KindConfirmation},
		{"a Danish first conversation is an interview", "mette@nordlysrobotics.example", "Første samtale – Nordlys Robotics",
			"Hej Sam, tak for din ansøgning. Vi ses fredag den 27. november 2026 kl. 10.00 på Teams.", true, interview.KindConfirmation},
		{"French Canada calls it an entrevue", "rh@borealis.example", "Confirmation de votre entrevue",
			"Bonjour, votre entrevue est confirmée pour le jeudi 10 décembre 2026 à 10 h (heure de Montréal).", true, interview.KindConfirmation},
		{"French rejection: going on with another person", "nadia.rochat@leman.example", "Votre candidature",
			"Après mûre réflexion, nous avons le regret de vous informer que nous avons décidé de poursuivre le processus avec une autre personne.", false, interview.KindRejection},
		{"German: the committee chose another applicant", "claudia.meinhardt@uni-halbrueck.example", "Ihre Bewerbung – Kennziffer 118/26",
			"nochmals vielen Dank für das Gespräch am 30. November.\n\nNach sorgfältiger Abwägung hat sich die Auswahlkommission für eine andere Bewerberin entschieden.", false, interview.KindRejection},
		{"French: going on with the user is no rejection", "claire.dumas@ondine-robotique.example", "Suite de votre candidature",
			"J'ai le plaisir de vous confirmer que nous souhaitons poursuivre le processus avec vous. La prochaine étape est un entretien technique le jeudi 7 janvier 2027 à 10h, dans nos locaux à Lyon.", true, interview.KindConfirmation},
		{"a friend writes about her own interview", "ingrid.haugen@gmail.com", "Hjelp før intervjuet mitt?",
			"Jeg har fått jobbintervju hos Fjellkraft på tirsdag kl 10! Kunne du ta en liten runde med meg? Videosamtale søndag kl 19, passer det?", false, interview.KindNone},
		{"the recruiter answers the user's mail about my interview", "jo.park@acme.example", "Re: Question about my interview",
			"Yes, it is confirmed for Thursday, 10 December 2026 at 14:00 CET.", true, interview.KindConfirmation},
		{"a test to finish by a deadline is no meeting", "hr@fjordlys.example", "Test til stillingen som Data Engineer",
			"Du kan selv vælge, hvornår du tager den, men den skal være gennemført senest fredag den 11. december 2026 kl. 23.59.", false, interview.KindNone},
		{"a Finnish union's webinar of tips for the job interview", "no-reply@zoom.us", "Näin onnistut työhaastattelussa – vinkit tekniikan ammattilaisille",
			"Kiitos rekisteröitymisestä! Webinaari alkaa tiistaina 8.12.2026 klo 17.00.", false, interview.KindNone},
		{"a friend's interview simulation in Quebec French", "gab.lavoie88@gmail.com", "ta simulation d'entrevue",
			"Salut Sam! Je te fais passer une simulation d'entrevue. Samedi 5 décembre à 10h (heure de Montréal) sur Zoom, ça te va?", false, interview.KindNone},
		// The time in a sentence that names an open house is the open
		// house's, wherever in the sentence the words stand.
		{"a hiring system's tech talk for all who applied", "no-reply@teamtailor.com", "Bedankt voor je sollicitatie!",
			"Hoi Sam,\n\nNa een eerste gesprek volgt een technisch interview.\n\nKom ook naar onze Tech Talk over ons dataplatform, op donderdag 14 januari om 19.00 uur op kantoor.",
			false, interview.KindNone},
		{"a job ad's open house beside the interview steps", "no-reply@teamtailor.com", "New job at Brightline: Data Engineer",
			"Our process: 1. a short phone interview with our recruiter, 2. a technical interview.\n\n" +
				"Curious? Come and meet us at our open house in the Leith office on Thursday 10 December, 17:00-19:00.", false, interview.KindReply},
		// A hiring system's acknowledgement with the dates the first
		// conversations are planned for, which says it is no invitation.
		{"an acknowledgement that is no invitation yet", "no-reply@personio.de", "Deine Bewerbung bei Brightline",
			"Die ersten Gespräche planen wir für Dienstag, den 15. Dezember, um 10:00 Uhr. Bitte beachte: Dies ist noch keine Einladung.",
			false, interview.KindNone},
		{"an insurer's advice meeting on Teams", "m.devries@zeeland-verzekeringen.example", "Uw adviesgesprek over uw pensioen",
			"Beste Sam,\n\nHierbij bevestig ik ons adviesgesprek op dinsdag 8 december om 10.00 uur via Microsoft Teams.\n\nMet vriendelijke groet,\nMarloes de Vries", false, interview.KindNone},
		{"a friend's \"simu\" moved, as French speakers shorten it", "camille.r@free.fr", "Re: Simu d'entretien samedi ?",
			"On décale à dimanche 6 à 18h30 ?", false, interview.KindNone},
		{"an interview simulated in Spanish", "lucia.gomez@gmail.com", "Entrevista simulada el sábado",
			"Hola Sam, ¿hacemos la entrevista simulada el sábado 5 de diciembre a las 11:00?", false, interview.KindNone},
		{"a friend's own interview told from her private address", "carmen.vidal@gmail.com", "¡ayuda!",
			"¡Hola Sam! Te escribo porque por fin me han llamado de Laboratorios Farmavía para el puesto de analista. La entrevista es el jueves 10 de diciembre a las 10:00. ¿Me ayudas a prepararla?", false, interview.KindNone},
		{"a podcast's host asks for an interview, signing as the host", "jp@plattformgefluester.example", "Interview für Plattformgeflüster?",
			"Hey Sam,\n\nwir würden dich total gern für eine Folge interviewen. Termine von meiner Seite:\n- Mi 9.12. um 16 Uhr\n\nBeste Grüße\nJP\n\n—\n" +
				"Jan-Philipp Brandt\nHost, Plattformgeflüster – der Podcast rund um Platform Engineering", false, interview.KindNone},
		{"an employer that names its podcast beside a candidacy", "hr@nordwerk.example", "Einladung zum Vorstellungsgespräch – Backend-Entwickler",
			"Hallo Sam,\n\nwir laden Sie zum Vorstellungsgespräch am Mittwoch, 9.12., um 16 Uhr ein. Vorab hören Sie gern in unseren Podcast hinein.",
			true, interview.KindConfirmation},
		{"a club's board invites two applicants, the user among the interviewers", "tom.gerlach@gmx.de", "Bewerbungen Übungsleiter Kinderturnen - Vorstellungsgespräche",
			"Hallo zusammen,\n\nauf unsere Ausschreibung sind drei Bewerbungen eingegangen. Vorschlag: wir laden beide zu einem Vorstellungsgespräch ein, " +
				"Samstag 12.12. um 10:30 im Vereinsheim. Sam, dich als Jugendwart fände ich gut.\n\nTom", false, interview.KindNone},
		{"a Greenhouse interview kit for the interviewer", "no-reply@greenhouse.io", "Your interview kit: Jordan Pike, Backend Engineer",
			"Hi Sam,\n\nYou're interviewing Jordan Pike on Thursday, December 10 at 2:00 PM CET. Your interview kit and scorecard are ready.", false, interview.KindNone},
		{"a friend's own interview, named as known (es)", "tomi.acosta88@gmail.com", "una mano con la entrevista??",
			"Sammy!! El lunes 14 tengo la entrevista técnica con Mercado Libre y quería ver si me podés hacer un simulacro.\n\n¿Te va el sábado 5 a las 17 hs?",
			false, interview.KindNone},
		{"a friend through to his final round", "rohan.mehta.1991@gmail.com", "need ur help - final round on 7th!!",
			"So big news - I finally cleared the first two rounds with Nordlicht Commerce. Final round is on Monday 7th Dec, 4 PM IST i.e. 11:30 your time.",
			false, interview.KindNone},
		{"a friend's own interview in English", "tom.baker@outlook.com", "guess what",
			"I've got an interview at Redwood on Thursday 10 December at 3pm! Could we do a practice run before?", false, interview.KindNone},
		{"a Brazilian reporter's interview request", "camila.duarte@codigoaberto.example", "Pedido de entrevista",
			"Sou repórter da Código Aberto e estou preparando uma matéria sobre plataformas de dados. Você toparia me conceder uma entrevista na quinta-feira, 10/12, às 11h (horário de Brasília)?", false, interview.KindNone},
		{"an Italian school's parent meetings", "segreteria@scuola-leonardo.example", "Colloqui scuola-famiglia",
			"Gentili genitori, martedì 15 dicembre 2026, dalle 15:00 alle 19:00, si terranno i colloqui individuali scuola-famiglia.", false, interview.KindNone},
		{"an employer's breakfast for its talent network (sv)", "no-reply@teamtailor.com", "Frukost & kod: träffa våra utvecklare 10/12",
			"Hej Sam!\n\nKom och ät frukost med några av utvecklarna. Ingen ansökan behövs – bara kaffe.\n\nNär: torsdag 10 december, kl. 08.00–09.30\n" +
				"Var: Hantverkargatan 5, Stockholm\n\nDu får detta mejl eftersom du är med i Kvarnholmen Fintechs talangnätverk.", false, interview.KindNone},
		{"an employer's evening for its talent community (en)", "no-reply@teamtailor.com", "Meet our engineers – Thursday 10 December",
			"Hi Sam,\n\nJoin us for drinks and demos with our engineering team. No application needed.\n\nThursday 10 December, 18:00–20:00, our Berlin office.\n\n" +
				"You get this mail as a member of our talent community.", false, interview.KindNone},
		{"an interview for a member of the talent community", "no-reply@teamtailor.com", "Interview invitation – Backend Engineer",
			"Hi Sam,\n\nas a member of our talent community you caught our eye. We'd like to invite you to an interview on Thursday 10 December at 10:00.",
			true, interview.KindConfirmation},
		{"a mock interview, white in French", "camille.dufour.ge@gmail.com", "entretien blanc ?",
			"Salut Sam ! Je te propose un entretien blanc pour t'entraîner. Samedi 5 décembre à 15h, ça te va ?", false, interview.KindNone},
		{"mock interviews in French, plural", "camille.dufour.ge@gmail.com", "Tes entretiens blancs samedi",
			"Salut Sam ! On fait tes entretiens blancs samedi 5 décembre à 15h ? Je fais passer des entretiens toute la semaine au boulot.", false, interview.KindNone},
		{"a mock interview written apart", "lea.hoffmann@posteo.de", "Probe-Interview am Samstag?",
			"Hey Sam, wollen wir dein Probe-Interview machen? Samstag, 5. Dezember um 11 bei mir?", false, interview.KindNone},
		// The call after the last round that gives its outcome, beside
		// a call that arranges the next round.
		{"the recruiter's call with good news after the final round", "aoife.lynch@liffeymutual.example", "Quick call on Monday?",
			"Hi Sam,\n\nThank you so much for yesterday - the panel really enjoyed your presentation.\n\nWould you have 20 minutes for a quick call on Monday (14 December) at 12:00 Irish time? I'd love to talk you through some good news and next steps.\n\nAoife",
			false, interview.KindReply},
		{"good news: a second interview, the day after the first", "aoife.lynch@liffeymutual.example", "Next steps",
			"Hi Sam,\n\nThank you so much for yesterday! Good news: the team would like to invite you to a second interview on Monday (14 December) at 12:00 Irish time.\n\nAoife",
			true, interview.KindConfirmation},
		{"an agency's good news: the client wants to meet", "tom@brightpath-recruitment.example", "Good news!",
			"Hi Sam,\n\ngreat news - Halden Energy would like to meet you! Are you free on Monday 14 December at 12:00 for an interview at their office?\n\nTom",
			true, interview.KindConfirmation},
		// A school's electronic register books a parent's talk with a
		// teacher, the pupil as a field; a school hiring a teacher names
		// no pupil.
		{"a parent's talk booked in a school's register", "noreply@scuolanext.example", "Prenotazione colloquio confermata - ROSSI MARIO 10/12/2026",
			"Gentile RIVERA SAM,\nti confermiamo la prenotazione del colloquio:\n\nDocente ROSSI MARIO (ITALIANO)\nAlunna RIVERA MILA - classe 1A\nData giovedì 10/12/2026\nOrario 16:40 - 16:50",
			false, interview.KindNone},
		{"a school's interview for a teacher's post", "segreteria@ic-manzoni.example", "Convocazione colloquio - supplenza di matematica",
			"Gentile Sam Rivera,\nla invitiamo a un colloquio per l'incarico di docente di matematica giovedì 10 dicembre 2026 alle ore 15:00 presso la nostra sede.",
			true, interview.KindConfirmation},
		{"the user interviews students for practice", "alumni@kingsmere.example", "Tech Careers Evening: thank you for volunteering as an alumni interviewer",
			"Dear Sam,\n\nthank you for volunteering as an alumni interviewer for our Tech Careers Evening.\n\nWednesday 9 December 2026, 18:00 - 20:00 (UK time) - online via Microsoft Teams\n\n18:30 - 19:00  Interview 1 - your student: Amara Singh",
			false, interview.KindNone},
		{"a mock interview as a practice compound", "jule.brenner@gmail.com", "Samstag – Probe-Vorstellungsgespräch",
			"Hey Sam, lass uns am Samstag ein richtiges Probe-Vorstellungsgespräch machen. Samstag, 5. Dezember, 11 Uhr bei mir!", false, interview.KindNone},
		{"a practice interview in Dutch, one word", "femke.devries@gmail.com", "Oefensollicitatiegesprek zaterdag",
			"Hoi Sam, zullen we zaterdag 5 december om 11 uur een oefensollicitatiegesprek doen? Ik speel de recruiter.", false, interview.KindNone},
		// An agenda is one sentence: what another row prepares is that
		// row's business; a rehearsal in the row of the time still is one.
		{"an assessment day's agenda with a row that prepares a case study", "julia.brandt@kessler-partner.example", "Auswahltag Kessler & Partner – Sam Rivera",
			"Wann: Dienstag, 12. Januar 2027 (ganztägig)\nWo: Kessler & Partner, Taunusanlage 8, Frankfurt am Main\n\nAblauf:\n9:30 Uhr  Begrüßung und Vorstellung des Tages\n10:00 Uhr  Fallstudie – Vorbereitung (90 Min.)\n11:45 Uhr  Präsentation der Fallstudie\n14:30 Uhr  Einzelinterviews mit zwei Partnern", true, interview.KindConfirmation},
		{"a mock interview in the agenda's first row", "lea.hoffmann@posteo.de", "Samstag – Bewerbungstraining",
			"Hey Sam,\n\nSamstag, 5. Dezember 2026:\n11:00 Uhr  Probe-Interview bei mir\n12:30 Uhr  Mittagessen\n\nLea", false, interview.KindNone},
		// The agency's own call to get the user ready, asked beside the
		// interview's time it states, is no offer of another time.
		{"an agency's briefing call beside the interview's time", "m.kraus@hayfield-personal.example", "Ihr Gespräch bei der Auricon Versicherung AG am Freitag",
			"Sehr geehrter Herr Rivera,\n\nwie angekündigt vorab ein paar Informationen zu Ihrem Gespräch für die Position Cloud-Architekt (m/w/d) bei der Auricon Versicherung AG am Freitag, 11.12.2026, um 9:30 Uhr per Microsoft Teams.\n\nHätten Sie morgen (Donnerstag) gegen 18 Uhr eine Viertelstunde für ein kurzes Briefing-Telefonat?\n\nMelanie Kraus", true, interview.KindConfirmation},
		// The client's decision for the user, with words between its
		// parts, is an offer; said with a negation it is no offer.
		{"an offer with words inside, in German", "m.vogt@quantis-projekte.example", "Zusage Alpensee Versicherung AG – QT-26-4418 / nächste Schritte",
			"Hallo Sam Rivera,\n\nherzlichen Glückwunsch – die Alpensee Versicherung AG hat sich nach dem Gespräch am Mittwoch für Sie entschieden und möchte Sie ab 04.01.2027 beauftragen!\n\nOnboarding-Call mit unserem Contract Management am Montag, 14.12.2026, 09:00 Uhr.\n\nMelanie Vogt", false, interview.KindOffer},
		{"a decision not for the user, in German", "m.vogt@quantis-projekte.example", "Rückmeldung Alpensee Versicherung AG",
			"Hallo Sam Rivera,\n\nleider hat sich die Alpensee AG nicht für Sie entschieden.\n\nMelanie Vogt", false, interview.KindNone},
		{"a trial day is hiring, not a rehearsal", "personal@kessler-kunststoff.example", "Einladung zum Probearbeitstag",
			"Sehr geehrter Herr Rivera,\n\nwir laden Sie zu einem Probearbeitstag und anschließendem Vorstellungsgespräch ein: Donnerstag, 10. Dezember 2026, 7:00 Uhr.", true, interview.KindConfirmation},
		{"a student's informational interview", "lucia.gomez@gmail.com", "Solicitud de entrevista informativa – TFM sobre Platform Engineering",
			"Hola Sam, estoy escribiendo mi trabajo de fin de máster. ¿Podríamos hablar el miércoles 16 de diciembre a las 18:00?", false, interview.KindNone},
		// Appointments of daily life with a concrete time.
		{"a language school's level test called an interview", "nerea@academia-lavapies.example", "Tu entrevista de nivel – Academia Lavapiés",
			"Hola Sam,\n\nSoy Nerea, la profesora que te hará la entrevista de nivel el próximo miércoles 9 de diciembre a las 18:30 por Zoom.", false, interview.KindNone},
		{"a course's placement test", "admissions@sprachschule-mitte.example", "Your placement test",
			"Dear Sam,\n\nyour placement test interview for the German B2 course is on Wednesday 9 December at 18:30.", false, interview.KindNone},
		{"a tax adviser's yearly meeting", "kanzlei@vogt-partner.example", "Termin bestätigt: Jahresgespräch Einkommensteuer",
			"Sehr geehrter Herr Rivera, Ihr Termin ist bestätigt: Montag, 7. Dezember 2026, 08:30 Uhr, online über Teams.", false, interview.KindNone},
		{"a school's meeting with the parents", "k.seidel@kiefern-grundschule.example", "Lernentwicklungsgespräch Mila Rivera (3b)",
			"Liebe Familie Rivera, für Mila habe ich Ihnen folgenden Termin eingetragen: Mittwoch, 9. Dezember 2026, 16:15 Uhr (online über Teams).", false, interview.KindNone},
		// A public employment service's meeting with the user as a job
		// seeker, whatever the service is called.
		{"a job centre's follow-up meeting in French", "noreply@emploi-bruxelles.example", "Convocation à un entretien",
			"Dans le cadre de votre accompagnement en tant que demandeur d'emploi, nous vous invitons à un entretien de suivi.\nDate : lundi 7 décembre 2026\nHeure : 9h15", false, interview.KindNone},
		{"a work coach's interview in English", "noreply@dwp.example", "Your interview on Thursday",
			"You need to attend an interview with your work coach on Thursday 10 December 2026 at 10:40am. It is part of your claimant commitment.", false, interview.KindNone},
		// Mass hiring that anyone may walk into is no appointment.
		{"a hiring drive open to all", "jobs@naukri.com", "Hiring Drive | Python Developer | 3-6 yrs | Bengaluru",
			"Dear Candidate, we are conducting a hiring drive. Date: 12th December 2026 (Saturday), Timings: 10:00 AM - 3:00 PM. Interview process: Technical Round, HR Round.", false, interview.KindNone},
		{"a walk-in drive the user registered for, greeted by name", "careers@deccan-analytics.example",
			"Walk-in Drive | Lead Data Engineer | Sat, 19th Dec 2026 | Registration Confirmed",
			"Dear Sam Rivera,\n\nThank you for registering for the Deccan Analytics Walk-in Drive. Your registration is confirmed.\n\n" +
				"Date            : Saturday, 19th December 2026\nReporting Time  : 09:30 AM (IST)\n\nSelection process (same day): Online assessment, Technical panel interview, HR discussion.",
			true, interview.KindConfirmation},
		{"the same drive announced to every candidate", "careers@deccan-analytics.example",
			"Walk-in Drive | Lead Data Engineer | Sat, 19th Dec 2026",
			"Dear Candidate,\n\nWe are conducting a Walk-in Drive. Your slot is confirmed when you register.\n\n" +
				"Date            : Saturday, 19th December 2026\nReporting Time  : 09:30 AM (IST)\n\nSelection process (same day): Online assessment, Technical panel interview, HR discussion.",
			false, interview.KindNone},
		{"a store's open interviews", "careers@harborgoods.example", "Open interviews this Saturday!",
			"Join us for open interviews on Saturday, December 12, 2026 from 10 AM to 2 PM at our Elm Street store. No appointment needed.", false, interview.KindNone},
		// A vendor selling to the user books meetings as recruiters do.
		{"a vendor's demo booked by a scheduling tool", "notifications@chilipiper.example", "Meeting booked: Tracefield <> Sam Rivera | Discovery & Demo - Tue, Dec 8, 3:00 PM CET",
			"Niklas Hedlund has booked a meeting with you.\nTuesday, December 8, 2026, 3:00 PM - 3:45 PM (CET)\nGoogle Meet", false, interview.KindNone},
		{"a trial's onboarding call in German", "lea@cloudbar.example", "Ihre Testphase: Onboarding-Termin am Mittwoch",
			"Hallo Sam, wie besprochen: Mittwoch, 9. Dezember 2026, 11:00 Uhr per Teams.", false, interview.KindNone},
		{"a job title with a vendor's word is a job's", "sanne.visser@zilverberg.example", "Vervolgstappen Senior Data Scientist Pricing",
			"Beste Sam, graag nodig ik je uit voor een eerste gesprek op maandag 11 januari om 10.00 uur via Teams.", true, interview.KindConfirmation},
		{"a pricing analyst's screen", "jo.park@acme.example", "Pricing Analyst – phone call Thursday",
			"Hi Sam, thanks for applying. Let's talk Thursday, December 10, 2026 at 3:00 PM CET; I'll call your mobile.", true, interview.KindConfirmation},
		{"an interview that asks for a demo is an interview", "jo.park@acme.example", "Interview: portfolio demo with the design team",
			"Your interview is confirmed for Tuesday, December 8, 2026 at 3:00 PM CET.", true, interview.KindConfirmation},
		// A minute to midnight is a deadline, whatever the words.
		// A tool's instructions, one answer at a time, and its last
		// day: recorded, not met.
		{"a Danish video interview with its last day is one-way", "noreply@videorecruit.example", "Næste trin: videointerview – Data Analyst",
			"Hej Sam,\n\nDu får fem spørgsmål og kan optage dit svar på hvert af dem, når det passer dig.\n\nSidste dag: fredag den 11. december 2026 kl. 12.00",
			true, interview.KindOneWay},
		{"a video interview in Polish, due at 23:59, is one-way", "rekrutacja@wislasoft.example", "Zaproszenie do rozmowy wideo – Inżynier QA",
			"Zapraszamy do kolejnego etapu rekrutacji: nagrania krótkiej rozmowy wideo. Termin: czwartek, 10 grudnia 2026, godz. 23:59.", true, interview.KindOneWay},
		{"a test by a deadline that says it has no video", "acme@candidates.workablemail.com", "Next step: online assessment for Analytics Engineer",
			"As the next step, please complete a short online skills assessment. There's no video and nobody watching.\nPlease complete it by Wednesday, 9 December 2026, 23:59 CET.\nWe'll then get back to you about a first interview.", false, interview.KindReply},
		{"a Swedish receipt with the last day to apply", "no-reply@skargard.example", "Tack för din ansökan – Backendutvecklare",
			"Tack för din ansökan! Vi går igenom ansökningarna löpande och bjuder in till intervju – sista ansökningsdag är 2026-12-15 kl. 23:59.", false, interview.KindNone}, // a receipt
		{"an assessment's window from a start to 11:59 PM", "no-reply@assess.example", "Invitation: Backend Hiring Challenge | Ardent Labs",
			"Ardent Labs invited you to an assessment. Shortlisted candidates will be contacted for interviews.\nTest starts: Dec 07, 2026, 10:00 AM IST\nTest ends: Dec 09, 2026, 11:59 PM IST", false, interview.KindReply},
		{"a Dutch offer after the interview", "marieke@polderdata.example", "Goed nieuws",
			"Ik ben blij je te kunnen laten weten dat we je graag een aanbod doen voor de functie Platform Engineer.", false, interview.KindOffer},
		{"a Portuguese offer after the interview", "rh@atlantida.example", "Proposta – Engenheiro/a de Plataforma – Atlântida Software",
			"Em nome de toda a equipa, é com muito gosto que lhe apresentamos uma proposta para integrar a Atlântida Software. Pedimos uma resposta até 18 de dezembro.", false, interview.KindOffer},
		{"an offer with a call to talk it through is no interview", "kelsey.nguyen@prairieline.example", "Great news from Prairieline!",
			"The team loved meeting you and we'd like to make you an offer for the Director of Platform Engineering role! Are you free for a call Monday at 10am Central?", false, interview.KindOffer},
		{"an agency passes on the client's no", "ellis.cole@northgatetalent.example", "RE: Lead Platform Engineer – Thistledown Insurance",
			"I've now had feedback from Thistledown. Unfortunately they've decided not to take things further – they've gone with a candidate who has more insurance-domain experience.", false, interview.KindRejection},
		{"German rejection: going on with another candidate", "jana.krueger@nordlicht-mobility.example", "Ihre Bewerbung bei Nordlicht Mobility",
			"Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess mit einer anderen Kandidatin fortzusetzen.", false, interview.KindRejection},
		{"Czech rejection: going on with another applicant", "petra.horakova@vltavasoftware.example", "Výsledek výběrového řízení",
			"Po pečlivém zvážení všech kandidátů jsme se rozhodli pokračovat s uchazečem, jehož zkušenosti lépe odpovídají potřebám týmu.", false, interview.KindRejection},
		{"a recruiter has cancelled it, in a reply", "sanne@koppelstad.example", "Re: Interview invitation - DevOps Engineer",
			"Thanks for letting us know, and congratulations! I've cancelled Monday's interview on our side.", true, interview.KindCancellation},
		{"a confirmation that says how it could be cancelled", "no-reply@greenhouse.io", "Interview confirmed: DevOps Engineer",
			"Your interview is confirmed for Monday, 14 December 2026 at 11:00 CET. If it has to be cancelled, use the link below.", true, interview.KindConfirmation},
		{"Finnish rejection", "aino.laine@revontuli.example", "Hakemuksesi",
			"Kiitos kiinnostuksestasi. Valitettavasti valitsimme toisen hakijan.", false, interview.KindRejection},
		{"a booking page's haircut", "notifications@calendly.com", "Confirmado: Corte de cabello y barba con Barbería Roma Norte",
			"Se programó tu Corte de cabello y barba con Barbería Roma Norte a las 11:00 el miércoles, 2 de diciembre de 2026.", false, interview.KindNone},
		{"a hiring system's booking in any words", "no-reply@ashbyhq.com", "Vltavia Labs",
			"Sam, you are booked: Wednesday, 2 December 2026, 14:00 CET.", true, interview.KindConfirmation},
		{"a Hungarian reporter's interview", "kiss.anna@techvilag.example", "Interjúkérés – Techvilág magazin",
			"Kedves Sam! Újságíró vagyok a Techvilág magazinnál, és szeretnék interjút készíteni Önnel a cikkünkhöz december 10-én, csütörtökön 14 órakor.", false, interview.KindNone},
		{"a Romanian reporter's interview", "ioana@revistatech.example", "Interviu pentru Revista Tech",
			"Bună ziua, sunt jurnalistă la Revista Tech și aș dori un interviu pentru articolul nostru joi, 10 decembrie 2026, ora 14:00.", false, interview.KindNone},
		{"a Turkish reporter's interview, in the job interview's word", "selin@teknohaber.example", "Röportaj talebi",
			"Merhaba Sam, TeknoHaber'de gazeteciyim; haberimiz için sizinle 10 Aralık Perşembe saat 14:00'te kısa bir mülakat yapmak isteriz.", false, interview.KindNone},
		{"a Turkish interview word in capitals, its ı lost", "ik@bosforlabs.example", "Bosfor Labs",
			"Merhaba Sam,\nMÜLAKATINIZ: 10 Aralık 2026 Perşembe günü saat 14:00'te, ofisimizde. Görüşmek üzere.", true, interview.KindConfirmation},
		{"Czech invitation with a spaced date", "tereza@vltavia.example", "Pozvánka na pohovor – Senior Python vývojář",
			"Dobrý den, rádi bychom vás pozvali na pohovor ve čtvrtek 17. 12. 2026 v 9:30 přes Google Meet.", true, interview.KindConfirmation},
		{"rejection in Polish: going on with others, and good luck", "katarzyna@korona.example", "Rekrutacja – informacja zwrotna",
			"Niestety, po analizie wszystkich kandydatur zdecydowaliśmy się kontynuować proces rekrutacyjny na stanowisko Inżynier DevOps z osobami, których doświadczenie lepiej odpowiada potrzebom zespołu.", false, interview.KindRejection},
		{"rejection: going on with candidates whose experience fits better", "no-reply@us.greenhouse-mail.io", "Your application to Harborline Analytics",
			"After careful consideration, we've decided to move forward with candidates whose experience more closely aligns with our current needs.", false, interview.KindRejection},
		{"rejection in Spanish: going on with people whose profile fits", "no-reply@personio.de", "Actualización sobre tu candidatura en Orfeo Pagos",
			"Después de valorar detenidamente todas las candidaturas, lamentamos comunicarte que hemos decidido continuar el proceso con otras personas cuyo perfil se ajusta más a las necesidades actuales del equipo.", false, interview.KindRejection},
		{"an apology in Spanish is no rejection", "lucia@orfeo-pagos.example", "Cambio de hora de la entrevista",
			"Lamentamos las molestias por el cambio. La entrevista será el jueves 10 de diciembre a las 11:00.", true, interview.KindConfirmation},
		{"rejection in German: the post filled with someone whose profile fits better", "noreply@dvinci-hr.com", "Ihre Bewerbung als IT-Systemadministrator (m/w/d)",
			"Nach sorgfältiger Abwägung aller Bewerbungen haben wir uns entschieden, die Stelle mit einer Bewerberin zu besetzen, deren Profil den Anforderungen des Aufgabengebietes noch besser entspricht.", false, interview.KindRejection},
		{"a friend's own final round, from a Portuguese mailbox", "rui.tavares@sapo.pt", "Café em Berlim? (pergunta sobre a Globex)",
			"Tenho uma novidade: passei à fase final para Engineering Manager na Globex e a entrevista presencial é aí em Berlim, terça-feira dia 12 de janeiro às 10h. Consegues tomar um café comigo na segunda, dia 11, ao fim da tarde?", false, interview.KindNone},
		{"an employer's invitation that names the Agentur für Arbeit", "p.weigand@spreewerk-energie.example", "Einladung zum Vorstellungsgespräch – DevOps Engineer (m/w/d)",
			"Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als DevOps Engineer (m/w/d), die uns über den Vermittlungsvorschlag der Agentur für Arbeit erreicht hat. Wir laden Sie herzlich zu einem persönlichen Vorstellungsgespräch ein:\n\nDatum: Dienstag, 15. Dezember 2026\nUhrzeit: 13:30 Uhr\n\nFahrtkosten können leider nicht erstattet werden; ggf. ist eine Übernahme durch die Agentur für Arbeit möglich.", true, interview.KindConfirmation},
		{"the Agentur für Arbeit's own appointment", "termine@arbeitsagentur.de", "Ihr Termin bei der Agentur für Arbeit",
			"Sehr geehrter Herr Rivera,\n\nwir laden Sie zu einem Gespräch über Ihre berufliche Situation ein: Dienstag, 15. Dezember 2026, 10:00 Uhr, Agentur für Arbeit Berlin Mitte.", false, interview.KindNone},
		{"a friend's own interview, in Serbian", "milica.jovanovic87@gmail.com", "Pomoć oko intervjua",
			"Ćao Sam!\n\nIzvini što ti dosađujem u ovo doba. Imam intervju u petak u 10h za poziciju product managera u jednoj firmi na Novom Beogradu i baš sam nervozna.\n\nDa li bi mogao da uradimo jedan probni razgovor u sredu uveče preko Zooma, oko 20h?\n\nHvala ti od srca!\nM.", false, interview.KindNone},
		{"a university's selection interview for a study place", "weiterbildung@tu-nordheim.example", "Einladung zum Auswahlgespräch – M.Sc. Data Engineering (berufsbegleitend)",
			"lieber Herr Rivera,\n\nvielen Dank für Ihre Bewerbung um einen Studienplatz im weiterbildenden Masterstudiengang Data Engineering. Gemäß § 5 der Zulassungsordnung laden wir Sie zu einem Auswahlgespräch ein:\n\nTermin: Freitag, 11. Dezember 2026, 14:00 Uhr", false, interview.KindNone},
		{"a university's admission interview in Romanian", "admitere@utcarpati.example", "Programare interviu de admitere - Program de studii Informatică",
			"Stimată candidată,\n\nInterviul de admitere va avea loc joi, 14 ianuarie 2027, ora 11:00 (ora României), online, pe platforma Zoom.", false, interview.KindNone},
		{"a boiler's annual service is no interview in French", "gestion@immo-marais.example", "Rendez-vous entretien annuel chaudière – 12 rue Oberkampf",
			"Dans le cadre de l'entretien annuel obligatoire de la chaudière de votre logement, la société Thermo Services Paris interviendra le jeudi 17 décembre 2026, entre 8h00 et 12h00.", false, interview.KindNone},
		{"rejection in German: others in the inclusive plural", "lea.hoffmann@flinkwerk.example", "Deine Bewerbung bei Flinkwerk",
			"nochmals vielen Dank für das offene Gespräch am Montag. Nach sorgfältiger Abwägung haben wir uns jedoch für Kandidat:innen entschieden, deren Erfahrung mit unserem Stack noch etwas besser passt.", false, interview.KindRejection},
		{"rejection in German: the application no longer considered", "lea.hoffmann@flinkwerk.example", "Deine Bewerbung bei Flinkwerk",
			"nochmals vielen Dank für das offene Gespräch am Montag. Wir werden Deine Bewerbung für diese Position daher nicht weiter berücksichtigen.", false, interview.KindRejection},
		{"offer in Polish", "kinga@bursztynlabs.example", "RE: zaproszenie na drugi etap",
			"Zespół jednogłośnie zdecydował, że chcielibyśmy zaproponować Ci dołączenie do Bursztyn Labs na stanowisku Senior Go Developer. Najważniejsze warunki oferty: B2B.", false, interview.KindOffer},
		{"a freelance platform's offer", "donotreply@upwork.com", "You received an offer: Senior Data Engineer for Airflow/dbt pipeline rebuild",
			"Good news! Melissa Grant from Harborview Analytics sent you an offer.\n\nContract title: Senior Data Engineer\nRate: $88.00/hr\nStart date: Jan 4, 2027", false, interview.KindOffer},
		{"offer", "joanna.park@initech.example", "Next steps",
			"Please find the offer letter attached.", false, interview.KindOffer},
		{"text cancellation", "jane@umbrella.example", "Our interview",
			"I am sorry, we have to cancel our interview on Thursday.", true, interview.KindCancellation},
		{"text cancellation in Italian", "giulia@morandi.example", "R: Convocazione colloquio",
			"Purtroppo dobbiamo annullare il colloquio di giovedì 26 novembre.", true, interview.KindCancellation},
		{"text cancellation in French", "claire@monceau.example", "Entretien jeudi",
			"Je suis désolée, nous devons annuler l'entretien de jeudi.", true, interview.KindCancellation},
		{"text cancellation in Swedish", "elin@fjallbacka.example", "Intervju torsdag",
			"Tyvärr måste vi ställa in intervjun på torsdag.", true, interview.KindCancellation},
		{"text cancellation in Polish", "anna@wisla.example", "Rozmowa rekrutacyjna",
			"Niestety musimy odwołać rozmowę zaplanowaną na czwartek.", true, interview.KindCancellation},
		{"a cancellation that names the time cancelled", "talent@harborview.example", "Interview Cancelled - Software Engineer II",
			"Your interview, scheduled for Thursday, December 3, 2026 at 1:00 PM ET, has been cancelled. The requisition is on hold.", true, interview.KindCancellation},
		{"a decline button beside a confirmed time", "hr@isarwerk.example", "Einladung zum Vorstellungsgespräch",
			"Wir laden Sie herzlich zum Vorstellungsgespräch am Dienstag, 8. Dezember 2026 um 10:00 Uhr ein.\nTermin absagen: https://isarwerk.jobs.personio.example/decline", true, interview.KindConfirmation},
		{"offer in Spanish", "lucia@quebracho.example", "Propuesta Quebracho Labs",
			"Después de la entrevista, nos complace ofrecerte la posición de Backend Developer.", false, interview.KindOffer},
		{"a forwarded invitation's When line", "marta@contoso.example", "FW: Contoso - Platform Engineer - technical interview",
			"Hi Sam, forwarding the invitation below.\n\n-----Original Appointment-----\nFrom: Daniel Hughes <daniel@contoso.example>\nSent: Monday, November 23, 2026 5:41 PM\nTo: Sam Rivera\nSubject: technical interview\nWhen: Thursday, December 3, 2026 10:00 AM-11:00 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.\nWhere: Microsoft Teams Meeting",
			true, interview.KindConfirmation},
		{"a quoted invitation in a reply is old news", "marta@contoso.example", "Re: technical interview",
			"Thanks!\n\n-----Original Message-----\nFrom: Daniel Hughes <daniel@contoso.example>\nSent: Monday, November 23, 2026 5:41 PM\nSubject: technical interview\nWhen: Thursday, December 3, 2026 10:00 AM-11:00 AM (UTC+01:00) Amsterdam",
			false, interview.KindReply},
		{"a course's lesson about interviews", "hello@interviewcraft.example", "Tomorrow: Module 4 – Acing the System Design Interview (live)",
			"Your next live lesson starts tomorrow! Wednesday, December 2 · 7:00 PM – 8:30 PM CET", false, interview.KindNone},
		{"cancel boilerplate is no cancellation", "jane@umbrella.example", "Our interview",
			"If you need to cancel, just reply to this email.", false, interview.KindReply},
		{"reschedule in words", "jane@umbrella.example", "Re: phone interview",
			"Could we reschedule to Friday, December 4 at 11:00 AM CET?", true, interview.KindConfirmation},
		{"a time without interview words", "jane@umbrella.example", "Lunch",
			"See you on Friday, December 4 at 12:30 PM.", false, interview.KindNone},
		{"interview words without a time", "jane@umbrella.example", "Interview",
			"We would love to set up an interview. What suits you?", false, interview.KindReply},
		{"receipt", "careers@globochem.example", "We got it",
			"Thanks for applying! We will reach out to schedule an interview.", false, interview.KindNone},
		{"a colleague's interview is the employer's", "carol.pike@globex.example", "Interview loop",
			"Confirming the interview with the candidate on Thursday, December 3 at 2 PM CET.", false, interview.KindNone},
		{"job alert by its body from a job board", "jobs@indeed.com", "Sam, something new",
			"Jobs for you: Go Developer at Hooli. Interviewing now.", false, interview.KindNone},
		{"a saved search's mail names its employer's information meeting", "no-reply@emply.net", "Jobagent: Nyt job – IT-udviklere til Digitalisering og IT",
			"Din jobagent har fundet et nyt job.\n\nOnline informationsmøde\nVi holder et online informationsmøde tirsdag d. 1. december kl. 16.00-17.00, hvor du kan møde teamet.\n\nForventet proces: Første samtalerunde afholdes i uge 3.",
			false, interview.KindNone},
		{"article by its subject", "coach@careerboost.example", "10 interview questions to ask",
			"Confirming our webinar on Thursday, December 3 at 6 PM CET about interviews.", false, interview.KindNone},
		{"a podcast's interview", "hanna@nebenlaeufig.example", "Interview-Anfrage für den Podcast",
			"Hättest du Lust, bei uns als Gast für ein Interview dabei zu sein? Wir würden gern am Donnerstag, 10.12., um 17 Uhr aufnehmen.", false, interview.KindNone},
		{"a podcast's interview in English", "host@devchats.example", "Interview request",
			"Would you join us for an interview on our podcast? We record on Thursday, December 10 at 5 PM CET.", false, interview.KindNone},
		{"quoted rejection in a reply is old news", "jane@umbrella.example", "Re: Update",
			"Thanks, Sam!\n\nOn Mon, Nov 30, 2026 at 9:00 AM Jane wrote:\n> We decided to move forward with other candidates.", false, interview.KindReply},
	}
	cfg := sampleConfig()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := textMessage("w@x", date, tc.from, tc.subject, tc.text)
			v := interview.Classify(m, cfg)
			if v.Interview != tc.interview || v.Kind != tc.kind {
				t.Errorf("Classify = {%v %s} (%s), want {%v %s}", v.Interview, v.Kind, v.Reason, tc.interview, tc.kind)
			}
		})
	}
}

// TestClassifyCalendar covers invitations without interview words: an
// interview when someone outside the user's organisation is invited by a
// recruiter or a scheduling system, not otherwise.
func TestClassifyCalendar(t *testing.T) {
	chat := vevent{method: "REQUEST", stamp: "20261120T100000Z", start: "20261201T090000Z", summary: "Chat with Peter"}
	tests := []struct {
		name, from, text string
		v                vevent
		interview        bool
		kind             string
	}{
		{"interview scheduling system", "scheduling@goodtime.io", "A new event has been scheduled.", chat, true, interview.KindInvitation},
		{"a booking page alone says nothing of a job", "notifications@calendly.com", "A new event has been scheduled.", chat, false, interview.KindNone},
		{"a designer's portfolio walkthrough is an interview", "notifications@calendly.com", "Your Portfolio walkthrough with Olly Hart is scheduled.",
			vevent{method: "REQUEST", stamp: "20261120T100000Z", start: "20261204T153000Z", summary: "Portfolio walkthrough with Olly Hart"}, true, interview.KindInvitation},
		{"recruiter by signature", "joanna.park@initech.example", "Best,\nJoanna\nTechnical Recruiter, Initech", chat, true, interview.KindInvitation},
		{"someone else", "joanna.park@initech.example", "See you there!", chat, false, interview.KindNone},
		{"cancelled by STATUS in a REQUEST", "joanna.park@initech.example", "",
			vevent{method: "REQUEST", status: "CANCELLED", seq: 1, stamp: "20261121T100000Z", start: "20261201T090000Z"}, true, interview.KindCancellation},
		{"a reply is no invitation", "joanna.park@initech.example", "Joanna has accepted.",
			vevent{method: "REPLY", stamp: "20261121T100000Z", start: "20261201T090000Z"}, false, interview.KindNone},
	}
	cfg := sampleConfig()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := calMessage("c@x", "2026-11-20T10:00:00Z", tc.v)
			m.From[0].Email, m.Text = tc.from, tc.text
			v := interview.Classify(m, cfg)
			if v.Interview != tc.interview || v.Kind != tc.kind {
				t.Errorf("Classify = {%v %s} (%s), want {%v %s}", v.Interview, v.Kind, v.Reason, tc.interview, tc.kind)
			}
		})
	}
}

// TestEventThatTeachesInterviews: an interview word in an event's
// description that names what the event teaches or talks about (a career
// evening's programme, the topic a user typed into a mentor's booking
// page) makes no interview of it; the same word naming the meeting does.
func TestEventThatTeachesInterviews(t *testing.T) {
	event := func(summary, description, organizer string) []byte {
		return vevent{method: "REQUEST", start: "20261210T160000Z", summary: summary, organizer: organizer, uid: "e1@x.example",
			extra: []string{"DESCRIPTION:" + description, "LOCATION:https://meet.google.com/kxa-bmqe-tvd"}}.ics()
	}
	for _, tc := range []struct {
		name, subject, summary, description, organizer string
		interview                                      bool
	}{
		{"a career evening's programme", "Tak for din tilmelding: Karriereaften for alumner 2026", "Karriereaften for alumner 2026",
			"Program: Velkomst\\, paneldebat og workshop om jobsamtalen.", "alumni@limfjord.example", false},
		{"a mentor's office hours booked with the topic", "Termin gebucht: Mentoring-Sprechstunde (45 Min.) mit Katrin Albers",
			"Mentoring-Sprechstunde (45 Min.) (Sam Rivera)",
			"Gebucht von\\nSam Rivera\\n\\nWorüber möchtest du sprechen?\\nJobwechsel\\, über Vorstellungsgespräche reden (System Design)",
			"katrin.albers@gmail.com", false},
		{"a coffee booked to prepare for interviews", "Booked: Coffee chat (30 min) with Dana Whitfield", "Coffee chat (Sam Rivera)",
			"Booked by Sam Rivera\\nWhat would you like to talk about?\\nSome prep for my interviews next month", "dana.whitfield@gmail.com", false},
		{"the description names the meeting", "Einladung: Kennenlernen Katrin Albers / Sam Rivera", "Kennenlernen (Sam Rivera)",
			"Vorstellungsgespräch für die Stelle Backend-Entwickler (m/w/d)", "katrin.albers@albers-software.example", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := mail.Message{Summary: mail.Summary{MessageID: "k@x", Date: time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC),
				Subject: tc.subject, From: addr("", tc.organizer), To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
				Calendars: [][]byte{event(tc.summary, tc.description, tc.organizer)}}
			if v := interview.Classify(m, sampleConfig()); v.Interview != tc.interview {
				t.Errorf("Classify = %+v, want interview %v", v, tc.interview)
			}
		})
	}
}

// TestTemptingNonInterviews: mail and invitations that look like an
// interview of the user's and are not.
func TestTemptingNonInterviews(t *testing.T) {
	at := time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC)
	calAt := func(summary, organizer, location, start string) [][]byte {
		return [][]byte{[]byte(strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//x//EN", "METHOD:REQUEST",
			"BEGIN:VEVENT", "UID:t1@x.example", "DTSTAMP:20261130T100000Z", "DTSTART:" + start, "SUMMARY:" + summary,
			"ORGANIZER:mailto:" + organizer, "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Rivera:mailto:sam.rivera@example.org",
			"LOCATION:" + location, "END:VEVENT", "END:VCALENDAR", ""}, "\r\n"))}
	}
	cal := func(summary, organizer string) [][]byte {
		return calAt(summary, organizer, "https://us02web.zoom.us/j/81177342008", "20261205T100000Z")
	}
	tests := []struct {
		name string
		m    mail.Message
	}{
		{"coffee and interview prep with a friend", mail.Message{Summary: mail.Summary{MessageID: "k1", Date: at, Subject: "Einladung: Kaffee + Interview-Prep",
			From: addr("Lena", "lena@freunde.example"), To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Calendars: cal("Kaffee + Interview-Prep", "lena@freunde.example")}},
		{"a talk on how to shine at an interview", mail.Message{Summary: mail.Summary{MessageID: "k2", Date: at, Subject: "Inscrição confirmada",
			From: addr("EmpregoJá", "eventos@empregoja.example"), To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Calendars: cal("Como brilhar na entrevista de emprego", "eventos@empregoja.example")}},
		{"a consulate's personal interview for a work visa, in Spanish", mail.Message{Summary: mail.Summary{MessageID: "k13", Date: at,
			Subject: "Confirmación de cita: Entrevista personal - Visa de Residencia Temporal", From: addr("Consulado General", "citas@consulado-chile.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org")},
			Text: "Estimado Sr. Rivera:\n\nSu cita ha sido confirmada.\n\nTrámite: Entrevista personal - Visa de Residencia Temporal (motivo: trabajo)\n" +
				"Fecha: jueves 14 de enero de 2027\nHora: 10:30\n\nTraiga su pasaporte y el contrato de trabajo."}},
		{"a hiring system's group info talk on YouTube Live", mail.Message{Summary: mail.Summary{MessageID: "k14", Date: at,
			Subject: "Invitación: charla informativa grupal - entrevistas Nodo Sur Software", From: addr("Nodo Sur Software", "jobs@nodosur.workablemail.com"),
			To: addr("Sam Rivera", "sam.rivera@example.org")},
			Text: "¡Hola Sam!\n\nTe invitamos a nuestra charla informativa grupal sobre el proceso de entrevistas:\n\n" +
				"Jueves 3 de diciembre, 18:00 hs (Argentina)\nYouTube Live: https://youtube.com/live/abc\n\nEl equipo de Nodo Sur"}},
		{"a visa interview as a calendar invitation", mail.Message{Summary: mail.Summary{MessageID: "k9", Date: at, Subject: "Invitation: Visa interview",
			From: addr("Sam's partner", "alex@gmail.com"), To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Calendars: calAt("Visa interview – US Consulate General", "alex@gmail.com", "Gießener Str. 30, Frankfurt", "20261215T071500Z")}},
		{"a podcast's guest recording booked through a scheduler", mail.Message{Summary: mail.Summary{MessageID: "k10", Date: at, Subject: "Confirmed: Guest interview recording with Declan Foley",
			From: addr("SavvyCal", "notifications@savvycal.example"), To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Calendars: cal("Ship It Weekly - guest interview recording (Sam Rivera)", "declan@shipitweekly.example")}},
		{"a bank's first meeting about a mortgage, booked through Bookings", mail.Message{Summary: mail.Summary{MessageID: "k11", Date: at, Subject: "Gebucht: Erstgespräch Baufinanzierung (Video) mit Thorsten Albrecht",
			From: addr("Stadtsparkasse Ebersfeld - Baufinanzierung", "baufinanzierung@ssk-ebersfeld.example"), To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Calendars: calAt("Erstgespräch Baufinanzierung (Video)", "thorsten.albrecht@ssk-ebersfeld.example", "Microsoft Teams-Besprechung", "20261211T150000Z")}},
		{"a podcast interview, hyphenated, as a calendar invitation", mail.Message{Summary: mail.Summary{MessageID: "k12", Date: at, Subject: "Einladung: Podcast-Interview „Tech im Mittelstand“ – Folge 42 mit Sam Rivera (Globex)",
			From: addr("Miriam Albers", "miriam@techimmittelstand.example"), To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Calendars: calAt("Podcast-Interview „Tech im Mittelstand“ – Folge 42 mit Sam Rivera (Globex)", "miriam@techimmittelstand.example", "https://riverside.fm/studio/x", "20261217T100000Z")}},
		{"a paid research interview booked for a study", mail.Message{Summary: mail.Summary{MessageID: "k4", Date: at, Subject: "Agendado: Entrevista de investigação",
			From: addr("Calendly", "notifications@calendly.com"), To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Calendars: cal("Entrevista de investigação – Trabalho remoto transfronteiriço", "ines@uatlantica.example")}},
		{"the employer's hiring system to the work address", mail.Message{Summary: mail.Summary{MessageID: "k3", Date: at,
			Subject: "You are scheduled to interview Jane Doe for Backend Engineer", From: addr("Globex Recruiting", "no-reply@greenhouse.io"),
			ReplyTo: addr("", "dana@globex.example"), To: addr("", "sam@globex.example")},
			Text: "Interview: System Design\nWhen: Wednesday, December 9, 2026, 2:00 PM - 3:00 PM EST"}},
		// The system's name in From, the employer's only in the text.
		{"a hiring system naming the employer in its text, to the work address", mail.Message{Summary: mail.Summary{MessageID: "k5", Date: at,
			Subject: "Reminder: You're interviewing Jo Lee today at 2:00 PM", From: addr("Ashby", "no-reply@ashbyhq.com"),
			To: addr("", "sam@globex.example")},
			Text: "Candidate: Jo Lee\nJob: Backend Engineer\nTime: Thursday, December 10, 2026, 2:00 PM – 3:00 PM CET\n\n– Ashby, on behalf of Globex"}},
		{"a customer's booking on the user's work calendar link", mail.Message{Summary: mail.Summary{MessageID: "k8", Date: at,
			Subject: "Mikko Virtanen booked a meeting with you", From: addr("HubSpot", "noreply@notifications.hubspot.com"),
			To: addr("Sam Rivera", "sam@globex.example"), HasCalendar: true},
			Calendars: [][]byte{[]byte(strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HubSpot//Meetings//EN",
				"METHOD:REQUEST", "BEGIN:VEVENT", "UID:hs-1@hubspot.com", "DTSTAMP:20261130T100000Z", "DTSTART:20261215T080000Z",
				"SUMMARY:Globex x Kuusikko Forest - Integration roadmap review", "ORGANIZER;CN=Sam Rivera:mailto:sam@globex.example",
				"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:mikko.virtanen@kuusikko.example", "LOCATION:https://meet.google.com/gbx-kusk-rvw",
				"END:VEVENT", "END:VCALENDAR", ""}, "\r\n"))}}},
		{"a welcome session after the hire", mail.Message{Summary: mail.Summary{MessageID: "k9", Date: at,
			Subject: "Inbjudan: Digital välkomstträff torsdag 17 december kl 13", From: addr("Tallbacka Mobility", "no-reply@teamtailor-mail.com"),
			To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Calendars: cal("Digital välkomstträff för nya medarbetare", "elin.lindqvist@tallbacka.example")}},
		{"a Finnish webinar on job interviews", mail.Message{Summary: mail.Summary{MessageID: "k10", Date: at,
			Subject: "Ilmoittautuminen vahvistettu", From: addr("Ohjelmistoammattilaiset ry", "tapahtumat@ohjelmistoammattilaiset.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Calendars: cal("Webinaari: Onnistu työhaastattelussa – myös englanniksi", "tapahtumat@ohjelmistoammattilaiset.example")}},
		{"a reference check the user gives for a former colleague", mail.Message{Summary: mail.Summary{MessageID: "k11", Date: at,
			Subject: "Confirmed: Reference check: Priya Nair between Jordan Ellis and Sam Rivera", From: addr("Cal.com", "hello@cal.com"),
			ReplyTo: addr("Jordan Ellis", "jordan.ellis@litware.example"), To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Text:      "Your event has been scheduled\nWhat\nReference check: Priya Nair between Jordan Ellis and Sam Rivera",
			Calendars: cal("Reference check: Priya Nair between Jordan Ellis and Sam Rivera", "jordan.ellis@litware.example")}},
		{"a registration for a live session on how to crack an interview", mail.Message{Summary: mail.Summary{MessageID: "k12", Date: at,
			Subject: "You're registered: Cracking the Staff-Level System Design Interview (live)", From: addr("Interview Ladder Events", "events@interviewladder.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Calendars: cal("Cracking the Staff-Level System Design Interview (live)", "events@interviewladder.example")}},
		{"a business school's admission interview", mail.Message{Summary: mail.Summary{MessageID: "k13", Date: at,
			Subject: "Entrevista de admisión Executive MBA", From: addr("Admisiones ESNB", "admisiones@esnb.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Calendars: cal("Entrevista de admisión Executive MBA - Sam Rivera", "admisiones@esnb.example")}},
		{"a friend forwards her own invitation", mail.Message{Summary: mail.Summary{MessageID: "k14", Date: at,
			Subject: "Fwd: Zaproszenie na rozmowę kwalifikacyjną – Analityk Danych", From: addr("Kasia", "kasia.w92@gmail.com"),
			To: addr("Sam Rivera", "sam.rivera@example.org")},
			Text: "Hej Sam! Dostałam zaproszenie na rozmowę! Masz jakieś rady?\n\n---------- Forwarded message ---------\n" +
				"Od: Rekrutacja Allegretto <rekrutacja@allegretto.example>\nTo: <kasia.w92@gmail.com>\n\n" +
				"Zapraszamy na rozmowę kwalifikacyjną: poniedziałek, 14 grudnia 2026 r., godz. 10:00"}},
		{"a friend's onsite at the user's own employer", mail.Message{Summary: mail.Summary{MessageID: "k15", Date: at,
			Subject: "onsite at Globex next Thursday!!", From: addr("Jordan Lee", "jordan.lee.dev@gmail.com"),
			To: addr("Sam Rivera", "sam.rivera@example.org")},
			Text: "Just got the invite for the onsite on Thursday, 10 December 2026 at 3pm at your office. Thanks for the referral!"}},
		{"interview days announced to every applicant", mail.Message{Summary: mail.Summary{MessageID: "k7", Date: at,
			Subject: "Ihre Bewerbung – unsere Kennenlerntage im Januar", From: addr("Nordwerk Energie GmbH", "noreply@join.personio.de")},
			Text: "Liebe Bewerberin, lieber Bewerber,\n\nzur Info: unsere Kennenlerntage finden am 12., 13. und 14. Januar 2027 jeweils von 9:00 bis 16:00 Uhr in Hamburg statt. Wer weiterkommt, erhält eine persönliche Einladung."}},
		{"a new employer's Christmas lunch", mail.Message{Summary: mail.Summary{MessageID: "k16", Date: at,
			Subject: "Julefrokost - Team Platform", From: addr("Mette Kjær", "mette.kjaer@skovgaardsoftware.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Text:      "Julefrokost for hele platformteamet. Sam er med som kommende kollega.",
			Calendars: calAt("Julefrokost - Team Platform", "mette.kjaer@skovgaardsoftware.example", "Restaurant Havfruen, Nyhavn 39, 1051 København", "20261211T110000Z")}},
		{"an employer's open evening for all who are curious", mail.Message{Summary: mail.Summary{MessageID: "k17", Date: at,
			Subject: "Je bent aangemeld: open avond bij Studio Vlinder", From: addr("Studio Vlinder", "notifications@homerun.co"),
			To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Text:      "Hoi Sam,\n\nBedankt voor je interesse in Studio Vlinder! Je bent aangemeld voor onze open avond.",
			Calendars: calAt("Open avond Studio Vlinder", "jobs@studiovlinder.example", "Studio Vlinder, Oudegracht 212, 3511 NR Utrecht", "20261210T153000Z")}},
		{"a podcast recording booked through a scheduler", mail.Message{Summary: mail.Summary{MessageID: "k18", Date: at,
			Subject: "Confirmed: Podcast recording: Paged at 3AM x Sam Rivera", From: addr("SavvyCal", "notifications@savvycal.com"),
			To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Calendars: cal("Podcast recording: Paged at 3AM x Sam Rivera", "keisha@pagedat3am.example")}},
		{"a supplier's demo at the work address", mail.Message{Summary: mail.Summary{MessageID: "k19", Date: at,
			Subject: "Quartzline x Globex | Observe product demo", From: addr("Chloe Sandoval", "chloe.sandoval@quartzline.example"),
			To: addr("Sam Rivera", "sam@globex.example"), HasCalendar: true},
			Calendars: cal("Quartzline x Globex | Observe product demo", "chloe.sandoval@quartzline.example")}},
		{"a new client's project kick-off at its office", mail.Message{Summary: mail.Summary{MessageID: "k22", Date: at,
			Subject: "Project kick-off: Client Portal Rebuild (Rivera Digital)", From: addr("Oliver Pryce", "oliver.pryce@fenwick-hale.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Text:      "Hi Sam, great to have the SOW signed. Here's the invite for the kick-off at our studio.",
			Calendars: calAt("Project kick-off: Client Portal Rebuild (Rivera Digital)", "oliver.pryce@fenwick-hale.example", "F&H Studio, 41 Cowcross Street, London EC1M 6BU", "20270106T093000Z")}},
		{"a kick-off in German, at the client's", mail.Message{Summary: mail.Summary{MessageID: "k23", Date: at,
			Subject: "Auftaktmeeting Relaunch Webshop", From: addr("Jana Winter", "jana.winter@hafenkontor.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Calendars: calAt("Auftaktmeeting Relaunch Webshop", "jana.winter@hafenkontor.example", "Hafenkontor, Großer Burstah 3, 20457 Hamburg", "20261214T090000Z")}},
		{"an agency's call about the rate of a contract won", mail.Message{Summary: mail.Summary{MessageID: "k23b", Date: at,
			Subject: "Telefonat Vertragskonditionen – Sam Rivera / Projekt Netzleitsystem", From: addr("Melanie Scholz", "m.scholz@brueckner-it.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Calendars: calAt("Telefonat Vertragskonditionen – Sam Rivera / Projekt Netzleitsystem", "m.scholz@brueckner-it.example", "Telefon (Melanie ruft an)", "20261209T150000Z")}},
		{"stakeholder interviews the user holds for a client", mail.Message{Summary: mail.Summary{MessageID: "k24", Date: at,
			Subject: "Stakeholder-Interview Einkauf - Discovery Lieferportal (mit Sam Rivera)", From: addr("Lena Hartmann", "lena.hartmann@halvorsen-moebel.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Calendars: cal("Stakeholder-Interview Einkauf - Discovery Lieferportal (mit Sam Rivera)", "lena.hartmann@halvorsen-moebel.example")}},
		{"customer interviews for a client's discovery", mail.Message{Summary: mail.Summary{MessageID: "k25", Date: at,
			Subject: "Customer interviews - week 50 schedule", From: addr("Maya Cole", "maya@brightloop.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org")},
			Text: "Hi Sam, here are the customer interviews you'll run for the discovery: Tuesday 8 December at 10:00 CET with the ops lead, Wednesday at 14:00 with finance."}},
		{"an application update that invites to an open Q&A for all applicants", mail.Message{Summary: mail.Summary{MessageID: "k27", Date: at,
			Subject: "Your application - Backend Developer (Grid Analytics)", From: addr("Northwind Energy Talent", "talent@northwind-energy.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org")},
			Text: "Hi Sam,\n\nthank you for applying for the Backend Developer position. We'll reach out to shortlisted candidates about interviews in the first half of January.\n\n" +
				"In the meantime, you're very welcome to join our open online Q&A \"Meet the Engineering Team\" on Thursday, 10 December at 17:30 CET. It's open to all applicants.\n\nBest wishes,\nIngrid"}},
		{"a hiring system's take-home task with an open Q&A for all candidates, in Polish", mail.Message{Summary: mail.Summary{MessageID: "k27p", Date: at,
			Subject: "Zadanie rekrutacyjne – Analityk danych", From: addr("Wisła Analytics", "notifications@recruitee.com"),
			To: addr("Sam Rivera", "sam.rivera@example.org")},
			Text: "Cześć Sam,\n\nw kolejnym etapie prosimy o wykonanie zadania rekrutacyjnego do środy, 9 grudnia.\n\n" +
				"Jeśli masz pytania do treści zadania, możesz dołączyć do otwartej sesji Q&A dla wszystkich kandydatów w piątek, 4 grudnia o 16:00 (Google Meet).\n\nPozdrawiamy\nZespół rekrutacji"}},
		{"a daycare place for the user's child", mail.Message{Summary: mail.Summary{MessageID: "k26", Date: at,
			Subject: "Ihre Bewerbung um einen Krippenplatz – Einladung zum Kennenlernen", From: addr("Kinderladen Kleine Strolche e.V.", "info@kleine-strolche.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org")},
			Text: "Liebe Familie Rivera,\n\nvielen Dank für Ihre Bewerbung um einen Krippenplatz ab Februar. Gern laden wir Sie zu einem Kennenlerngespräch ein:\n\nDonnerstag, 17. Dezember 2026, um 15:00 Uhr\nKinderladen Kleine Strolche e.V., Hobrechtstraße 51, 12047 Berlin\n\nHerzliche Grüße\nAnja"}},
		{"a teacher's individual meeting with the parents, in French", mail.Message{Summary: mail.Summary{MessageID: "k28", Date: at,
			Subject: "Entretiens individuels du 1er trimestre – CE2 A", From: addr("Claire Morel", "c.morel@ecole-jaures.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org")},
			Text: "Chers parents,\n\nje vous propose un entretien individuel d'une vingtaine de minutes pour faire le point sur le trimestre. " +
				"Pour Léa, ce serait le jeudi 10 décembre à 17h00, en salle 4.\n\nBien cordialement,\nClaire Morel"}},
		{"a tutor's interview about the user's child, in Spanish", mail.Message{Summary: mail.Summary{MessageID: "k29", Date: at,
			Subject: "Entrevista individual – 1.ª evaluación", From: addr("Marta Ruiz", "marta.ruiz@colegio-alameda.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org")},
			Text: "Estimadas familias:\n\nOs cito a una entrevista individual para comentar la evaluación de vuestro hijo el martes 15 de diciembre a las 17:30.\n\nUn saludo,\nMarta Ruiz"}},
		{"an agency's careers evening with speed interviews, in Dutch", mail.Message{Summary: mail.Summary{MessageID: "k30", Date: at,
			Subject: "Uitnodiging: Carrièreavond voor developers – 21 januari", From: addr("Femke Bakker", "femke.bakker@grachtwerving.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org")},
			Text: "Hoi Sam,\n\nOp donderdag 21 januari om 18:00 organiseren wij een carrièreavond voor developers op ons kantoor. Zes van onze klanten " +
				"zijn erbij en houden korte speed-interviews van tien minuten met kandidaten. Neem je cv mee!\n\nAanmelden kan via de link.\n\nGroet,\nFemke"}},
		{"the same in English, the event named in the body only", mail.Message{Summary: mail.Summary{MessageID: "k31", Date: at,
			Subject: "Meet eight of our clients on 20 January", From: addr("Tom Hale", "tom.hale@northgate-talent.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org")},
			Text: "Hi Sam,\n\nOn Wednesday 20 January at 6pm we're hosting our careers evening for data people at our Manchester office. " +
				"Eight clients will be there, and several run speed interviews of ten minutes with candidates on the night.\n\nTickets are free.\n\nTom"}},
		{"a bank's first meeting about an account", mail.Message{Summary: mail.Summary{MessageID: "k32", Date: at,
			Subject: "Terminbestätigung: Ihr Erstgespräch am 10.12.", From: addr("Sparkasse am Main", "termine@sparkasse-am-main.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org")},
			Text: "Guten Tag Herr Rivera,\n\nwir bestätigen Ihr Erstgespräch zur Kontoeröffnung am Donnerstag, 10. Dezember 2026, um 10:00 Uhr " +
				"mit Frau Keller. Bitte bringen Sie Ihren Arbeitsvertrag und Ihren Ausweis mit.\n\nIhre Sparkasse am Main"}},
		{"a search firm with no mandate, a chat to get to know each other", mail.Message{Summary: mail.Summary{MessageID: "k33", Date: at,
			Subject: "Kennenlernen – Ihr Profil", From: addr("Dr. Anna Brehm", "a.brehm@brehm-partner.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org")},
			Text: "Sehr geehrter Herr Rivera,\n\nganz offen: Aktuell habe ich kein konkretes Mandat, das ich Ihnen vorstellen kann. Ich würde Sie aber gerne " +
				"in einem unverbindlichen Kennenlerngespräch am Donnerstag, 10. Dezember um 11:00 Uhr kennenlernen.\n\nMit besten Grüßen\nAnna Brehm\nBrehm & Partner Personalberatung"}},
		{"a friend's invitation to interview his candidate", mail.Message{Summary: mail.Summary{MessageID: "k20", Date: at,
			Subject: "Invitation: Interview: Jonas Weber - Backend Engineer (Kestrel Robotics)", From: addr("Max Oduya", "max@kestrel-robotics.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Calendars: [][]byte{[]byte(strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
				"METHOD:REQUEST", "BEGIN:VEVENT", "UID:ev-2@google.com", "DTSTAMP:20261203T100000Z", "DTSTART:20261217T130000Z",
				"SUMMARY:Interview: Jonas Weber - Backend Engineer (Kestrel Robotics)", "ORGANIZER;CN=Max Oduya:mailto:max@kestrel-robotics.example",
				"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=sam.rivera@example.org:mailto:sam.rivera@example.org",
				"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Jonas Weber:mailto:jonas.weber.dev@gmail.com",
				"LOCATION:https://meet.google.com/abc-defg-hij", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n"))}}},
		{"an all-day placeholder for an interview day", mail.Message{Summary: mail.Summary{MessageID: "k21", Date: at,
			Subject: "Invitation: Onsite interview day – Sam Rivera (Orbisant)", From: addr("Orbisant Recruiting", "recruiting@orbisant.example"),
			To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Calendars: [][]byte{[]byte(strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
				"METHOD:REQUEST", "BEGIN:VEVENT", "UID:day-1@google.com", "DTSTAMP:20261203T100000Z", "DTSTART;VALUE=DATE:20261222",
				"DTEND;VALUE=DATE:20261223", "SUMMARY:Onsite interview day – Sam Rivera (Orbisant)",
				"ORGANIZER;CN=Orbisant Recruiting:mailto:recruiting@orbisant.example",
				"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Rivera:mailto:sam.rivera@example.org", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n"))}}},
		{"a scheduling system writing for the employer to the work address", mail.Message{Summary: mail.Summary{MessageID: "k6", Date: at,
			Subject: "Nuevo evento: Entrevista con Jo Lee", From: addr("Calendly", "notifications@calendly.com"),
			To: addr("", "sam@globex.example")},
			Text: "Globex – Entrevista técnica\nFecha: jueves, 10 de diciembre de 2026\nHora: 14:00 – 15:00 (CET)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if v := interview.Classify(tc.m, sampleConfig()); v.Interview {
				t.Errorf("Classify = %+v, want no interview", v)
			}
		})
	}
}

// TestDayLongOnsiteToTheUser: a day-long loop written to the candidate is
// an interview; the same window announced to undisclosed recipients is
// not (TestTemptingNonInterviews).
func TestDayLongOnsiteToTheUser(t *testing.T) {
	m := mail.Message{Summary: mail.Summary{MessageID: "o1", Date: time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC),
		Subject: "Your onsite interview schedule", From: addr("Hooli Recruiting", "no-reply@greenhouse.io"),
		To: addr("Sam Rivera", "sam.rivera@example.org")},
		Text: "Hi Sam,\n\nYour onsite interview is scheduled for Thursday, 10 December 2026, 9:30 AM – 3:30 PM CET, with lunch."}
	if v := interview.Classify(m, sampleConfig()); !v.Interview {
		t.Errorf("Classify = %+v, want an interview", v)
	}
}

// TestCancelledSomethingElse: "is ... cancelled" with words between counts
// only about a meeting, not a flight in the same mail.
func TestCancelledSomethingElse(t *testing.T) {
	m := mail.Message{Summary: mail.Summary{MessageID: "fl1", Date: time.Date(2026, 12, 10, 9, 0, 0, 0, time.UTC), Subject: "Your interview trip",
		From: addr("Travel desk", "travel@airline.example"), To: addr("Sam Rivera", "sam.rivera@example.org")},
		Text: "Your flight LH 2041 is unfortunately cancelled. We rebooked you on LH 2043."}
	if v := interview.Classify(m, sampleConfig()); v.Kind == interview.KindCancellation {
		t.Errorf("Classify = %+v, want no cancellation", v)
	}
}

// TestUserChairs: a booking in which the user's own attendee entry says
// ROLE=CHAIR (a mentoring session the user gives) is no interview of
// the user, by mail or in a feed; the same booking with the user as a
// required participant and a recruiter organising it would be.
func TestUserChairs(t *testing.T) {
	ics := func(role string) string {
		return strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ADPList//Sessions//EN", "METHOD:REQUEST",
			"BEGIN:VEVENT", "UID:adplist-1@adplist.example", "DTSTAMP:20261201T190322Z", "DTSTART:20261208T170000Z", "DTEND:20261208T174500Z",
			"SUMMARY:Portfolio Review with Kemal Aydın", "LOCATION:https://adplist.example/session/join/kx81",
			"ORGANIZER;CN=ADPList:mailto:sessions@adplist.example",
			"ATTENDEE;CN=Sam Rivera;ROLE=" + role + ":mailto:sam.rivera@example.org",
			"ATTENDEE;CN=Kemal Aydın;ROLE=REQ-PARTICIPANT:mailto:kemal.aydin@posta.example",
			"END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	}
	m := mail.Message{Summary: mail.Summary{MessageID: "ch1", Date: time.Date(2026, 12, 1, 19, 3, 0, 0, time.UTC), Subject: "New booking: Portfolio Review with Kemal Aydın",
		From: addr("ADPList", "hello@adplist.example"), To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
		Text: "Hi Sam, Kemal Aydın has booked a session with you.", Calendars: [][]byte{[]byte(ics("CHAIR"))}}
	if v := interview.Classify(m, sampleConfig()); v.Interview {
		t.Errorf("Classify = %+v, want no interview", v)
	}
	cal, err := calendar.Parse([]byte(ics("CHAIR")), time.UTC)
	if err != nil || len(cal.Events) != 1 {
		t.Fatalf("calendar.Parse: %v", err)
	}
	if v := interview.ClassifyEvent(cal.Events[0], sampleConfig(), true); v.Interview {
		t.Errorf("ClassifyEvent = %+v, want no interview", v)
	}
}

// TestAppointmentsShapedLikeInterviews: an outside organisation's Teams
// invitation with the user as a required participant has an interview's
// shape; its title says when it is a tax adviser's or a school's.
func TestAppointmentsShapedLikeInterviews(t *testing.T) {
	invite := func(org, email, summary string) mail.Message {
		ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:Microsoft Exchange Server 2010", "METHOD:REQUEST",
			"BEGIN:VEVENT", "UID:040000008200E00074C5B7101A82E008-" + email, "SEQUENCE:0", "DTSTAMP:20261120T100000Z",
			"DTSTART:20261209T151500Z", "DTEND:20261209T153500Z", "SUMMARY;LANGUAGE=de-DE:" + summary,
			"LOCATION:Microsoft Teams-Besprechung",
			"ORGANIZER;CN=" + org + ":mailto:" + email,
			"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Rivera:mailto:sam.rivera@example.org",
			"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc",
			"END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
		return mail.Message{Summary: mail.Summary{MessageID: "a@" + email, Date: time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC),
			Subject: summary, From: addr(org, email), To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
			Text:      "Microsoft Teams-Besprechung\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_abc",
			Calendars: [][]byte{[]byte(ics)}}
	}
	tests := []struct {
		name string
		m    mail.Message
		want bool
	}{
		{"a tax adviser's yearly meeting", invite("Kanzlei Vogt & Partner", "kanzlei@vogt-partner.example", "Jahresgespräch Einkommensteuer (Online)"), false},
		{"a teacher's meeting with the parents", invite("Katrin Seidel", "k.seidel@kiefern-grundschule.example", "Lernentwicklungsgespräch Mila Rivera (3b)"), false},
		{"a volunteer orientation", invite("Hanna Lindqvist", "volunteers@kiezkitchen.example", "Volunteer orientation - new drivers"), false},
		{"a conference's speaker briefing", invite("Mette Sørensen", "mette@datadaysnordic.example", "Speaker briefing & tech check – Sam Rivera"), false},
		{"a new hire's orientation", invite("Jasper Henning", "jasper.henning@orbis-health.example", "New Hire Orientation - January cohort"), false},
		{"a check of the right to work", invite("Fiona Gallagher", "fiona.gallagher@calderapayments.example", "Right to Work check (video) - Sam Rivera"), false},
		{"an app's user interview, thanked with a voucher", func() mail.Message {
			m := invite("Hanna Lund", "research@mynta.example", "Användarintervju Mynta (45 min)")
			m.Text = "Tack för att du vill hjälpa oss! Som tack får du ett digitalt presentkort på 400 kr."
			return m
		}(), false},
		{"a doctoral defence the user examines", invite("Pedel Universiteit Lindendaal", "pedel@lindendaal.example", "Openbare verdediging van het proefschrift van J. de Boer"), false},
		{"a PhD defence in English", invite("Graduate School", "graduate.school@lindendaal.example", "PhD defence Jan de Boer – committee member"), false},
		{"a gym's trial session with its getting-to-know talk", func() mail.Message {
			m := invite("FitLoft Prenzlauer Berg", "hallo@fitloft.example", "Dein Probetraining bei FitLoft")
			m.Text = "Hey Sam,\n\ndein Probetraining ist gebucht. Wir starten mit einem kurzen Kennenlerngespräch mit deinem Coach."
			return m
		}(), false},
		{"a new starter's payroll call", invite("Nicole Tran", "nicole.tran@kestrelfreight.example", "Onboarding & Payroll Call with Nicole Tran"), false},
		{"a master's defence in Portuguese", invite("Secretaria PPGCC", "secretaria.ppgcc@ufcerrado.example", "Banca de Defesa de Mestrado - Lucas Andrade (PPGCC)"), false},
		{"a dentist's check-up, said in its mail", func() mail.Message {
			m := invite("Tandvårdshuset Söder", "noreply@tandvardshuset-soder.example", "Tandläkare - undersökning (Erik Sandberg)")
			m.Text = "Hej Sam,\n\nDet är dags för din regelbundna undersökning.\n\nTorsdag 10 december 2026 kl. 08.20-09.05\nUndersökning hos tandläkare Erik Sandberg"
			return m
		}(), false},
		{"a family doctor's check-up booked through Bookings", func() mail.Message {
			m := invite("Hausarztpraxis Dr. Vogel", "HausarztpraxisDrVogel@praxis-vogel.example", "Check-up 35 - Hausarztpraxis Dr. Vogel")
			m.Text = "Ihre Buchung wurde bestätigt\n\nDienstleistung\nCheck-up 35\n\nBitte kommen Sie nüchtern (Blutabnahme) und bringen Sie Ihre Versichertenkarte mit."
			return m
		}(), false},
		{"a GP's blood test in English", func() mail.Message {
			m := invite("Parkside Medical Centre", "appointments@parkside-medical.example", "Appointment with Dr Patel")
			m.Text = "Your appointment is confirmed. Please bring your NHS number; the blood test is done on the day."
			return m
		}(), false},
		{"an interview whose mail names a bank", func() mail.Message {
			m := invite("Katrin Seidel", "k.seidel@nordwerk.example", "Vorstellungsgespräch Backend-Entwickler")
			m.Text = "Hallo Sam,\n\nwir freuen uns auf das Gespräch. Parkplätze gibt es vor der Sparkasse, bei der Bankfiliale gegenüber."
			return m
		}(), true},
		{"a teacher's meeting about the user's child, in French", invite("Claire Morel", "c.morel@ecole-jaures.example", "Entretien individuel – Léa Rivera (CE2 A)"), false},
		{"a child's check-up named for the child", invite("Kinderarztpraxis am Park", "termine@kinderarzt-park.example", "U9-Vorsorge Mia Rivera"), false},
		{"an interviewer who shares the user's family name", invite("Jenny Rivera", "jenny.rivera@nordwerk.example", "Vorstellungsgespräch Backend-Entwickler – Jenny Rivera"), true},
		{"the user's name as the application spelt it", invite("Katrin Seidel", "k.seidel@nordwerk.example", "Vorstellungsgespräch Samuel Rivera – Backend-Entwickler"), true},
		{"the user named with an honorific", invite("Katrin Seidel", "k.seidel@nordwerk.example", "Vorstellungsgespräch mit Herrn Rivera"), true},
		{"a bank's meeting about an account, its title", invite("Banque de la Moselle", "rdv@banque-moselle.example", "Entretien conseil – ouverture de compte"), false},
		{"a relocation service's call for the move", func() mail.Message {
			m := invite("Maren Holt", "maren@nordflytt-relocation.example", "Relocation consultation call - Sam Rivera / Nordflytt")
			m.Text = "I'm a relocation consultant with Nordflytt Relocation Services. Your new employer has asked us to support your move."
			return m
		}(), false},
		{"a friend's mock interview, hyphenated", invite("Lena Hoffmann", "lena.hoffmann@posteo.de", "Mock-Interview System Design (Lena ↔ Sam)"), false},
		{"a career adviser's interview training, in one word", invite("Katrin Albers", "k.albers@uni-lindenau.example", "Interviewtraining Sam Rivera"), false},
		{"the same in Dutch", invite("Femke de Wit", "f.dewit@hogeschool-ijssel.example", "Sollicitatiegesprektraining – Sam Rivera"), false},
		{"an employer's information meeting for all applicants", invite("Lofoten Kraft", "noreply@hr-manager.net", "Informasjonsmøte for søkere – Lofoten Kraft"), false},
		{"the same shape, an employer's first talk", invite("Katrin Seidel", "k.seidel@nordwerk.example", "Kennenlerngespräch Backend-Entwickler"), true},
	}
	cfg := sampleConfig()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if v := interview.Classify(tc.m, cfg); v.Interview != tc.want {
				t.Errorf("Classify = %v (%s), want %v", v.Interview, v.Reason, tc.want)
			}
		})
	}
}

// TestInvestorsMeetAFounder: a fund writing to the user about a side
// project titles its invitation as recruiters title an introduction; a
// founder who recruits may name the company's own funding round.
func TestInvestorsMeetAFounder(t *testing.T) {
	ics := func(uid, org, email, summary string) []byte {
		return []byte(strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "METHOD:REQUEST",
			"BEGIN:VEVENT", "UID:" + uid, "SEQUENCE:0", "DTSTAMP:20261125T100000Z",
			"DTSTART:20261210T150000Z", "DTEND:20261210T154500Z", "SUMMARY:" + summary,
			"LOCATION:https://us06web.zoom.us/j/84419902377",
			"ORGANIZER;CN=" + org + ":mailto:" + email,
			"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Rivera:mailto:sam.rivera@example.org",
			"END:VEVENT", "END:VCALENDAR", ""}, "\r\n"))
	}
	// A note about the meeting, then the sender's calendar invitation.
	thread := func(name, email, subject, note, title string) []mail.Message {
		at := func(day int) time.Time { return time.Date(2026, 11, day, 10, 0, 0, 0, time.UTC) }
		me := addr("Sam Rivera", "sam.rivera@example.org")
		return []mail.Message{
			{Summary: mail.Summary{MessageID: "note@" + mail.DomainOf(email), Date: at(24), Subject: subject, From: addr(name, email), To: me}, Text: note},
			{Summary: mail.Summary{MessageID: "invite@" + mail.DomainOf(email), Date: at(25), Subject: "Invitation: " + title,
				From: addr(name, email), To: me, HasCalendar: true},
				Text: title + "\nJoin Zoom Meeting", Calendars: [][]byte{ics("invite-uid@"+mail.DomainOf(email), name, email, title)}},
		}
	}
	tests := []struct {
		name string
		msgs []mail.Message
		want int
	}{
		{"a fund's partner about the user's side project", thread("Henrik Aalto", "henrik@nordlys-ventures.example", "Great meeting you at Slush - Loomkit",
			"Hi Sam,\n\nI'd love to hear where you want to take Loomkit before your pre-seed round. I'll send an invite.\n\nHenrik\n\n--\nHenrik Aalto\nPartner, Nordlys Ventures",
			"Sam Rivera <> Nordlys Ventures - intro"), 0},
		{"a founder recruiting names the company's seed round", thread("Priya Nair", "priya@tidewell.example", "hi from Tidewell (via Lukas)",
			"Hi Sam,\n\nTidewell is 9 people, our seed round closed in September, and we're hiring our first platform engineer. No prep, no pitch deck - could we talk? I'll send an invite.\n\nPriya\nCo-founder & CEO, Tidewell",
			"Sam / Priya"), 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			if len(ivs) != tc.want {
				for _, v := range interview.Verdicts(tc.msgs, sampleConfig()) {
					t.Logf("%s: %v %s", v.Subject, v.Interview, v.Reason)
				}
				t.Errorf("Build found %d interviews, want %d", len(ivs), tc.want)
			}
		})
	}
}

// TestHiringSystemsPublishNamesNobody: a hiring system's calendar file
// may be a PUBLISH with neither organizer nor attendees; it is the
// system's word about the interview it booked.
func TestHiringSystemsPublishNamesNobody(t *testing.T) {
	ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//softgarden//scheduling//DE", "METHOD:PUBLISH",
		"BEGIN:VEVENT", "UID:ab37e0c1@softgarden.io", "DTSTAMP:20261128T084157Z",
		"DTSTART:20261211T090000Z", "DTEND:20261211T100000Z",
		"SUMMARY:Videointerview Brenner & Vogt Medizintechnik – Senior Software Engineer Cloud (m/w/d)",
		"LOCATION:Microsoft Teams", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	m := mail.Message{Summary: mail.Summary{MessageID: "sg@softgarden.io", Date: time.Date(2026, 11, 28, 8, 42, 0, 0, time.UTC),
		Subject: "Terminbestätigung: Videointerview – Senior Software Engineer Cloud (m/w/d)", HasCalendar: true,
		From: addr("Brenner & Vogt Medizintechnik GmbH", "noreply@softgarden.io"), To: addr("Sam Rivera", "sam.rivera@example.org")},
		Text: "Ihr Termin ist bestätigt.", Calendars: [][]byte{[]byte(ics)}}
	if v := interview.Classify(m, sampleConfig()); !v.Interview {
		t.Errorf("Classify = %v (%s), want an interview", v.Interview, v.Reason)
	}
}

// TestVendorDisplayNameOverSubjectLabel: HireVue writes as "Soča Telekom"
// from its own no-reply address, under "Opomnik: vaš video intervju za
// Soča Telekom še čaka"; the company is the display name the subject
// names too, not the subject's label ("Opomnik", reminder).
func TestVendorDisplayNameOverSubjectLabel(t *testing.T) {
	m := textMessage("hv1@email.amazonses.com", "2026-12-03T08:15:11Z", "noreply@hirevue.com",
		"Opomnik: vaš video intervju za Soča Telekom še čaka",
		"Pozdravljeni, Sam,\n\nprijazno vas opominjamo, da video intervjuja za delovno mesto Cloud Engineer še niste opravili.\n\n"+
			"Rok za oddajo 11. 12. 2026 ob 23.59 (CET)\n\nZačni video intervju <https://app.hirevue.com/interviews/x>\n\nKadrovska služba\nSoča Telekom d.d.")
	m.From[0].Name = "Soča Telekom"
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	if len(ivs) != 1 || ivs[0].Company != "Soča Telekom" {
		t.Fatalf("got %+v, want one interview with Soča Telekom", ivs)
	}
}

// TestBookingAfterThanksSoMuchForApplying: "Thanks so much for applying"
// says the user applied; the intro call that Calendly then books on the
// recruiter's behalf (her address in Reply-To) is with an organisation
// the user is in process with: an interview, with no word for one.
func TestBookingAfterThanksSoMuchForApplying(t *testing.T) {
	const jenna = "jenna.okeefe@avalon-ocean.example"
	hello := textMessage("n1@avalon-ocean.example", "2026-11-30T15:12:09Z", jenna, "Avalon Ocean Analytics - Senior Analytics Engineer - intro call",
		"Hi Sam,\n\nThanks so much for applying for the Senior Analytics Engineer role at Avalon Ocean Analytics.\n\n"+
			"I'd love to set up a 30-minute intro call. Please grab whatever slot works for you here:\nhttps://calendly.com/jenna-okeefe-avalon/30min\n\nJenna")
	booked := textMessage("n2@email.amazonses.com", "2026-11-30T17:03:44Z", "notifications@calendly.com",
		"Confirmed: 30 Minute Intro Call with Jenna O'Keefe on Tuesday, December 8, 2026",
		"Hi Sam Rivera,\n\nA new event has been scheduled.\n\nEvent Type:\n30 Minute Intro Call\n\nInvitee:\nSam Rivera\n\n"+
			"Event Date/Time:\n7:00pm - 7:30pm, Tuesday, December 8, 2026 (Central European Time)\n\nHost:\nJenna O'Keefe\n\n"+
			"Location:\nThis is a Google Meet web conference.\n\nPowered by Calendly.com")
	booked.From[0].Name = "Calendly"
	booked.ReplyTo = []mail.Address{{Name: "Jenna O'Keefe", Email: jenna}}
	checkStarts(t, []mail.Message{hello, booked}, utc("20261208T180000Z"))
}

// TestReceiptsInTheLanguagesRead: a hiring system's acknowledgement is a
// receipt in every language followupd reads; it names an organisation
// the user applied to (see jobSearch).
func TestReceiptsInTheLanguagesRead(t *testing.T) {
	tests := []struct{ lang, subject, text string }{
		{"nl", "Bedankt voor je sollicitatie!", "Hoi Sam, we hebben je sollicitatie goed ontvangen en komen binnen twee weken bij je terug."},
		{"it", "La tua candidatura", "Ciao Sam, grazie per la tua candidatura! Ti faremo sapere al più presto."},
		{"pt", "Candidatura recebida", "Olá Sam, recebemos a sua candidatura e entraremos em contacto em breve."},
		{"pl", "Twoja aplikacja", "Cześć Sam, dziękujemy za przesłanie aplikacji. Odezwiemy się wkrótce."},
		{"sv", "Din ansökan", "Hej Sam, tack för din ansökan! Vi återkommer inom kort."},
		{"da", "Din ansøgning", "Hej Sam, vi har modtaget din ansøgning og vender tilbage hurtigst muligt."},
		{"no", "Søknaden din", "Hei Sam, takk for søknaden! Vi tar kontakt så snart vi kan."},
		{"fi", "Hakemuksesi", "Hei Sam, kiitos hakemuksestasi! Palaamme asiaan pian."},
		{"cs", "Vaše žádost", "Dobrý den, děkujeme za vaši žádost, brzy se vám ozveme."},
		{"fr", "Votre candidature", "Bonjour Sam, nous avons bien reçu votre candidature."},
		{"es", "Tu candidatura", "Hola Sam, hemos recibido tu candidatura y te contactaremos pronto."},
	}
	cfg := sampleConfig()
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			v := interview.Classify(textMessage("r@x", "2026-11-26T10:00:00Z", "jobs@brightline.example", tc.subject, tc.text), cfg)
			if v.Interview || !strings.HasPrefix(v.Reason, "application receipt") {
				t.Errorf("Classify = {%v %s} (%s), want an application receipt", v.Interview, v.Kind, v.Reason)
			}
		})
	}
}

// TestAppointmentWordInTheEmployersName: a tax adviser's recruiter signs
// with the firm's name ("... Steuerberatung GmbH"); the trade in the name
// makes no tax appointment of the interview she books.
func TestAppointmentWordInTheEmployersName(t *testing.T) {
	const from, sig = "verena.stoeckl@auerpichler.example", "\n\nLiebe Grüße aus Wien\nVerena Stöckl\n\nMag. Verena Stöckl\nTalent Acquisition\n" +
		"Auer Pichler & Partner Steuerberatung GmbH\nWiedner Gürtel 9, 1100 Wien"
	invite := textMessage("a1@auerpichler.example", "2026-12-03T14:22:00Z", from, "Auer Pichler & Partner - Telefoninterview Consultant Tax Technology",
		"Hallo Herr Rivera,\n\ngerne würden wir Sie zu einem Telefoninterview einladen. Bitte buchen Sie sich einen Termin über meinen Kalender."+sig)
	booked := inThread(textMessage("a2@auerpichler.example", "2026-12-03T16:12:00Z", from, "AW: Auer Pichler & Partner - Telefoninterview Consultant Tax Technology",
		"Hallo Herr Rivera,\n\ndanke für Ihre Buchung – ich rufe Sie am Montag, 14.12.2026, um 9:30 Uhr an."+sig), invite)
	checkStarts(t, []mail.Message{invite, booked}, utc("20261214T083000Z"))
}

// TestEventThreadTurnsToAJob: a thread named after a meetup ("vos slides")
// in which the speaker's host proposes an interview in her own words.
func TestEventThreadTurnsToAJob(t *testing.T) {
	const from = "claire.fontaine@valmorel.example"
	first := textMessage("s1@valmorel.example", "2026-11-27T09:21:00Z", from, "Meetup Kubernetes Lyon – vos slides",
		"Bonjour Sam,\n\nmerci pour ton talk au meetup ! Tu pourrais m'envoyer les slides ? Et on recrute un SRE senior, ça t'intéresserait d'en parler ?\n\nClaire")
	yes := sentReply(first, "s2@example.org", "2026-11-27T18:55:00Z")
	yes.Text = "Bonjour Claire,\n\nles slides sont en pièce jointe. Et pour le poste : oui, volontiers.\n\nSam"
	offer := inThread(textMessage("s3@valmorel.example", "2026-12-01T08:47:00Z", from, "RE : Meetup Kubernetes Lyon – vos slides",
		"Super nouvelle !\n\nJe te propose un premier entretien en visio avec moi et Julien le mardi 8 décembre à 11h (heure de Paris). Ça te convient ?\n\nClaire"),
		first, yes)
	ok := sentReply(offer, "s4@example.org", "2026-12-01T11:16:00Z")
	ok.Text = "Parfait pour mardi 11h.\n\nSam"
	checkStarts(t, []mail.Message{first, yes, offer, ok}, utc("20261208T100000Z"))
}

// TestBookingAnswersOfAnotherBooker: a scheduling system tells the owner
// of a booking page that someone booked it; what that booker typed into
// the page's questions ("maybe a short mock interview?") is theirs and
// makes no interview of the user's. The user's own booking keeps its
// answers ("Which role are you applying for? Product Analyst").
func TestBookingAnswersOfAnotherBooker(t *testing.T) {
	notice := func(invitee, answer string) mail.Message {
		return mail.Message{Summary: mail.Summary{MessageID: "c@calendly.com", Date: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC),
			Subject: "New Event: " + invitee + " - 11:00am Thu, Dec 10, 2026 - Office Hours",
			From:    addr("Calendly", "notifications@calendly.com"), To: addr("Sam Rivera", "sam.rivera@example.org")},
			Text: "Hi Sam Rivera,\n\nA new event has been scheduled.\n\nEvent Type:\nOffice Hours (20 min)\n\nInvitee:\n" + invitee +
				"\n\nEvent Date/Time:\n11:00am - Thursday, December 10, 2026 (Central European Time)\n\nQuestions:\n" +
				"Please share anything that will help prepare for our meeting.\n" + answer + "\n\nView event in Calendly: https://calendly.com/app\n\nSent from Calendly"}
	}
	for _, tc := range []struct {
		name      string
		m         mail.Message
		interview bool
	}{
		{"a student books the user's office hours", notice("Mei Tanaka", "Feedback on my internship application (maybe a short mock interview?)"), false},
		{"the user books a recruiter's page", notice("Sam Rivera", "Looking forward to the interview for the Product Analyst role."), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if v := interview.Classify(tc.m, sampleConfig()); v.Interview != tc.interview {
				t.Errorf("Classify = %+v, want interview %v", v, tc.interview)
			}
		})
	}
}

// TestCommitteeAgendaWithAnInterviewItem: a committee's convocation whose
// agenda ("Orden del día", "Tagesordnung") lists an interview among its
// numbered items is the committee's meeting, not the user's interview.
// An onsite's programme listing its interviews is an interview.
func TestCommitteeAgendaWithAnInterviewItem(t *testing.T) {
	msg := func(subject, text string) mail.Message {
		return textMessage("a@iici.example", "2026-12-01T09:00:00Z", "pilar.ortega@iici-investigacion.example", subject, text)
	}
	for _, tc := range []struct {
		name      string
		m         mail.Message
		interview bool
	}{
		{"es", msg("Borrador convocatoria Comité Científico Asesor",
			"Hola Sam,\n\nte adjunto el borrador de la convocatoria. Como presidente, necesito tu visto bueno.\n\n"+
				"Reunión ordinaria del Comité Científico Asesor\nFecha: lunes, 21 de diciembre de 2026, a las 10:30\n\nOrden del día:\n"+
				"1. Lectura y aprobación del acta de la sesión anterior.\n2. Informe del Presidente.\n"+
				"3. Entrevista con la Directora Gerente sobre sus prioridades de gestión.\n4. Ruegos y preguntas.\n\nPilar"), false},
		{"de", msg("Einladung zur Beiratssitzung",
			"Liebe Mitglieder des Beirats,\n\nhiermit lade ich zur Sitzung am Montag, 21. Dezember 2026, um 10:30 Uhr ein.\n\nTagesordnung:\n"+
				"1. Genehmigung des Protokolls\n2. Vorstellungsgespräch mit der neuen Geschäftsführerin\n3. Verschiedenes\n\nPilar"), false},
		{"an onsite's programme", msg("Your visit on Monday",
			"Hi Sam,\n\nyour onsite starts on Monday, 21 December 2026 at 10:30 in our Valencia office. The agenda:\n\n"+
				"1. Technical interview with Jonas\n2. Interview with the hiring manager\n3. Lunch with the team\n\nSee you then,\nPilar"), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if v := interview.Classify(tc.m, sampleConfig()); v.Interview != tc.interview {
				t.Errorf("Classify = %+v, want interview %v", v, tc.interview)
			}
		})
	}
}

// TestLanguageSchoolsPlacementInterview: a language school's
// registration invites to a placement test and interview, the user
// confirms, and its reminder calls it a "nivåintervju": a level
// interview, whose school the user's answer does not make an employer.
func TestLanguageSchoolsPlacementInterview(t *testing.T) {
	const school = "kurs@sprakhuset-soder.example"
	invite := textMessage("s1@sprakhuset-soder.example", "2026-12-01T09:00:00Z", school, "Inbjudan till nivåtest och intervju – Svenska B1",
		"Hej Sam!\n\nTack för din anmälan till Svenska B1 – kvällskurs hos Språkhuset Söder.\n\nInnan vi placerar dig i en grupp vill vi träffa dig "+
			"för ett kort nivåtest och en intervju på svenska.\n\nTid: onsdag 9 december kl. 17:30–17:50\nVar: Zoom\n\nSvara gärna och bekräfta att tiden passar.")
	answer := textMessage("s2@example.org", "2026-12-01T12:00:00Z", "sam.rivera@example.org", "Re: Inbjudan till nivåtest och intervju – Svenska B1",
		"Hej! Tiden passar bra. Vi ses på onsdag.\n\nSam")
	answer = inThread(answer, invite)
	answer.To = addr("Språkhuset Söder", school)
	reminder := textMessage("s3@sprakhuset-soder.example", "2026-12-08T09:00:00Z", school, "Påminnelse: nivåintervju imorgon kl. 17:30",
		"Hej Sam,\n\nPåminnelse: din nivåintervju är imorgon, onsdag 9 december kl. 17:30.\n\nZoom: https://sprakhuset-soder.zoom.us/j/61290417733\n\n/Ingrid")
	if ivs := interview.Build([]mail.Message{invite, answer, reminder}, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("Build found %d interviews (%s at %s), want none", len(ivs), ivs[0].Company, ivs[0].Start)
	}
}

// TestInformationSessionInCJK: an employer's information session for all
// who registered ("エンジニア向けオンライン会社説明会", sent by its
// recruiting team, with its time and the reader's) is no interview, as
// Japanese, Chinese and Korean name it.
func TestInformationSessionInCJK(t *testing.T) {
	const name = "testdata/eval/nc-kazami-setsumeikai-webinar/01-setsumeikai-annai.eml"
	raw, err := os.ReadFile(name)
	if err != nil {
		t.Skip(err)
	}
	m := parseRaw(t, name, raw, "INBOX").msg
	if ivs := interview.Build([]mail.Message{m}, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("Build found %d interviews (%s), want none", len(ivs), ivs[0].Why.Time)
	}
	for _, subject := range []string{"深蓝数智 2027届校园宣讲会邀请", "누리랩스 채용설명회 안내"} {
		m.Subject = subject
		if v := interview.Classify(m, sampleConfig()); v.Interview {
			t.Errorf("Classify(%q) = interview (%s)", subject, v.Reason)
		}
	}
}

// TestBankAdviceInKorean: a bank's asset-management consultation, set
// for "고객님" (the customer) and moved at the user's request, is no
// interview, however its thread is answered.
func TestBankAdviceInKorean(t *testing.T) {
	msgs := evalCaseMessages(t, "nc-hangyeol-bank-myeondam")
	if ivs := interview.Build(msgs, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("Build found %d interviews (%s), want none", len(ivs), ivs[0].Why.Time)
	}
}

// TestMoveOfferedOtherwiseNothing: the interviewer restates the booked
// time on the reader's clock ("11pm on the Wednesday night for you") and
// offers another "if you'd rather ... Just reply and Jess will move it -
// otherwise no action needed"; the user keeps the booking. One interview,
// at the booked time.
func TestMoveOfferedOtherwiseNothing(t *testing.T) {
	wantOneAt(t, interview.Build(evalCaseMessages(t, "nc-employment-hero-sydney-prev-day"), nil, sampleConfig()), "20270106T220000Z")
}

// evalCaseMessages parses the messages of one case of the evaluation set,
// in the order of their files; the test skips when the case is absent.
func evalCaseMessages(t *testing.T, name string) []mail.Message {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "eval", name, "*.eml"))
	if err != nil || len(files) == 0 {
		t.Skipf("evaluation case %s absent", name)
	}
	var msgs []mail.Message
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, parseRaw(t, f, raw, "INBOX").msg)
	}
	return msgs
}
