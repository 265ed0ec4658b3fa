package interview

import (
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/interview/timetext"
)

// TestFormerLabelBefore: a scheduling system's notice of a move labels
// the old time before it, on its own line or at the start of its line.
func TestFormerLabelBefore(t *testing.T) {
	tests := []struct {
		name, text, time string
		want             bool
	}{
		{"a label line above (sv)", "Ny tid\nfredag 11 december 2026, kl. 10.00\nTidigare tid\nonsdag 9 december 2026, kl. 13.30", "onsdag 9", true},
		{"the new time's label is no former one", "Ny tid\nfredag 11 december 2026, kl. 10.00\nTidigare tid\nonsdag 9 december 2026, kl. 13.30", "fredag 11", false},
		{"a label at the start of the line", "New time: Friday, 11 December, 10:00\nPrevious time: Wednesday, 9 December, 13:30", "Wednesday", true},
		{"the word second (es)", "Hora anterior\nmiércoles 9 de diciembre, 13:30", "miércoles", true},
		{"Indeed's Antes (es)", "NUEVO: viernes, 4 de diciembre de 2026, 9:00 a. m.\nVideo (Indeed) · con Marta Villarreal\nAntes: jueves, 3 de diciembre de 2026, 2:00 p. m. CST", "jueves", true},
		{"Indeed's NUEVO is no former one", "NUEVO: viernes, 4 de diciembre de 2026, 9:00 a. m.\nAntes: jueves, 3 de diciembre de 2026, 2:00 p. m. CST", "viernes", false},
		{"Avant (fr)", "Nouvel horaire : vendredi 4 décembre, 9h00\nAvant : jeudi 3 décembre, 14h00", "jeudi", true},
		{"a sentence above is no label", "We had to move it from the time we agreed before.\nWednesday, 9 December, 13:30", "Wednesday", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := formerLabelBefore(tc.text, strings.Index(tc.text, tc.time)); got != tc.want {
				t.Errorf("formerLabelBefore = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSignOffIsNoPlace: a sign-off with the writer's first name is no
// place, though a city bears the name ("/Sofia").
func TestSignOffIsNoPlace(t *testing.T) {
	people := map[string]bool{"sofia nyström": true}
	text := "Toppen, då ringer jag dig på måndag vid halv tre.\n\n/Sofia"
	if got := withoutNameLines(text, people); strings.Contains(got, "Sofia") {
		t.Errorf("withoutNameLines kept the sign-off: %q", got)
	}
	if got := withoutNameLines("Best,\nTom\nBerlin", map[string]bool{"tom weber": true}); !strings.Contains(got, "Berlin") {
		t.Errorf("withoutNameLines dropped the place: %q", got)
	}
}

// TestSpellsWordsOf: a domain names the employer when it spells a run of
// its name's words, not when it spells one word every company may hold.
func TestSpellsWordsOf(t *testing.T) {
	tests := []struct {
		label, name string
		want        bool
	}{
		{"regionalgrowth", "Department for Regional Growth", true},
		{"kingsmead", "Kingsmead University Hospitals NHS Foundation Trust", true},
		{"technologies", "Acme Technologies", false},
		{"growth", "Department for Regional Growth", true},
		{"outsider", "Acme", false},
	}
	for _, tc := range tests {
		if got := spellsWordsOf(tc.label, tc.name); got != tc.want {
			t.Errorf("spellsWordsOf(%q, %q) = %v, want %v", tc.label, tc.name, got, tc.want)
		}
	}
}

// TestSentenceAroundGoesOnInLowerCase: punctuation followed by a word in
// lower case does not end the sentence a time stands in.
func TestSentenceAroundGoesOnInLowerCase(t *testing.T) {
	tests := []struct{ text, at, want string }{
		{"We could do Wednesday, 16.12. at 13h or Thursday, 17.12. at 10h. Which suits you?", "17.12.",
			"We could do Wednesday, 16.12. at 13h or Thursday, 17.12. at 10h."},
		{"Hi. We meet at 10 a.m. and lunch after. Bye.", "10 a.m.", "We meet at 10 a.m. and lunch after."},
		{"Thanks. Friday at 3pm works.", "Friday", "Friday at 3pm works."},
	}
	for _, tc := range tests {
		pos := strings.Index(tc.text, tc.at)
		if got := sentenceAround(tc.text, pos, pos+len(tc.at)); got != tc.want {
			t.Errorf("sentenceAround(%q, %q) = %q, want %q", tc.text, tc.at, got, tc.want)
		}
	}
}

// TestDueInside: a deadline's word between a day and its clock makes the
// time one to hand in by; after a clock it ends a range.
func TestDueInside(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"Portuguese, until at", "sexta-feira, 11 de dezembro, até às 18h00", true},
		{"English, by", "Friday 11 December, by 6pm", true},
		{"German, bis um", "Freitag, 11. Dezember, bis 18 Uhr", true},
		{"a range's end", "Friday 11 December 10:00 until 11:00", false},
		{"no deadline word", "Friday 11 December at 10:00", false},
		{"a Portuguese range", "sexta-feira, 11 de dezembro, das 10h até às 11h", false},
		{"a form's range, its hours marked", "Fecha 01/12/2026 Desde 10:00 hs Hasta 11:00 hs", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := dueInside(tc.text); got != tc.want {
				t.Errorf("dueInside(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestOfferedOnly: a scheduling system's help lines offer a move ("Need
// to reschedule?", "Reschedule: https://..."); a sentence that says one
// moves.
func TestOfferedOnly(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"a question", "Your call is booked.\nNeed to reschedule?", true},
		{"a link's label", "Your call is booked.\nCancel: https://calendly.com/cancellations/9f3c\nReschedule: https://calendly.com/reschedulings/9f3c", true},
		{"a condition", "If you need to reschedule, use the link below.", true},
		{"a move", "We had to reschedule your call to Friday.", false},
		{"a move before a link", "We had to reschedule your call to Friday, see the new invite at https://cal.example/x", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := offeredOnly(tc.text, "reschedule"); got != tc.want {
				t.Errorf("offeredOnly(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestDayAndClockApart: a day and its clock given apart make one time;
// a day to answer by and a window of hours make none, and the time is
// read with what the day's sentence says.
func TestDayAndClockApart(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip(err)
	}
	opt := timetext.Options{Ref: time.Date(2026, 11, 30, 15, 0, 0, 0, time.UTC), Loc: berlin}
	tests := []struct {
		name, text string
		want       []time.Time
		sentence   string // of the first, when set
	}{
		{"the clock in the next sentence, the day's end after it",
			"We would like to invite you to the school on Wednesday 9th December 2026. Please report to Main Reception for 8.45am; the day will finish by approximately 3.30pm.",
			[]time.Time{time.Date(2026, 12, 9, 8, 45, 0, 0, berlin)}, ""},
		{"a day to answer by, then a window of hours",
			"Please submit your availability by Wednesday, December 2 so we can lock in the panel. Our interviewers are based in New York, so sessions between 9:00 AM and 1:00 PM ET are easiest for us.",
			nil, ""},
		{"the day's sentence is read with its clock",
			"Mein Vorschlag wäre Mittwoch, der 9.12. – Start gegen 9 Uhr, Ende so gegen 16 Uhr, Mittagessen geht auf uns.",
			[]time.Time{time.Date(2026, 12, 9, 9, 0, 0, 0, berlin)},
			"Mein Vorschlag wäre Mittwoch, der 9.12. – Start gegen 9 Uhr, Ende so gegen 16 Uhr, Mittagessen geht auf uns."},
		{"the clock given again for the reader, the day after both",
			"Yes, exactly – 10:30 UK time, so 11:30 for you in Berlin, this Thursday (3rd). Tom will send the Teams invite.",
			[]time.Time{time.Date(2026, 12, 3, 10, 30, 0, 0, time.UTC), time.Date(2026, 12, 3, 11, 30, 0, 0, berlin)}, ""},
		{"two clocks that are two times are none",
			"Yes – 10:30 UK time, and then 14:00 with the team, this Thursday (3rd).", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := dayAndClockApart(tc.text, opt)
			if len(got) != len(tc.want) {
				t.Fatalf("dayAndClockApart = %+v, want %v", got, tc.want)
			}
			for i := range got {
				if !got[i].Start.Equal(tc.want[i]) {
					t.Errorf("Start = %s, want %s", got[i].Start, tc.want[i])
				}
			}
			if tc.sentence != "" {
				if s := sentenceAround(tc.text, got[0].Pos, got[0].End); s != tc.sentence {
					t.Errorf("sentence = %q, want %q", s, tc.sentence)
				}
			}
		})
	}
}

// TestStageHeading: a paragraph that opens by naming its stage, in the
// languages followupd reads, and the look-alikes that open with the same
// nouns but name no stage.
func TestStageHeading(t *testing.T) {
	tests := []struct {
		name, line string
		want       bool
	}{
		{"en number and dash", "Round 1 – video call with the data team, Thursday ", true},
		{"en number and colon", "Stage 2: onsite at the Leeds office on ", true},
		{"en ordinal before the noun", "Second round: panel with the CTO, ", true},
		{"en final stage with a hyphen", "Final stage - lunch with the founders on ", true},
		{"de Runde", "Runde 2 – vor Ort in München, Dienstag ", true},
		{"de ordinal", "Zweite Runde: Fachgespräch am ", true},
		{"fr étape", "Étape 2 : entretien final le ", true},
		{"es fase", "Segunda fase – entrevista técnica el ", true},
		{"nl ronde", "Ronde 2 – kennismaking op kantoor, ", true},
		{"sv steg", "Steg 2: intervju på plats ", true},
		{"roman numeral", "Part II – case study presentation, ", true},
		{"en a loop's day", "Day 2 – Wednesday, 13 January ", true},
		{"pt a loop's day", "Dia 1 - terça-feira, 12 de janeiro de 2027", true},
		{"de a loop's day", "Tag 2: Mittwoch, 13. Januar ", true},
		{"a day in running prose", "Day 2 would be ", false},
		{"a stage manager is no stage", "Stage manager – Helen will look after you on ", false},
		{"a round of applause", "Round of applause for the team on ", false},
		{"a stage number in running prose", "Round 2 would be on ", false},
		{"an ordinal without a stage", "Second thoughts: could we do ", false},
		{"part-time", "Part-time – three days a week from ", false},
		{"too short", "Round 1", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stageHeading(tt.line); got != tt.want {
				t.Errorf("stageHeading(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

// TestWriterReachable: the hours the writer can be reached are theirs;
// the hours the user must be reachable are the interview's.
func TestWriterReachable(t *testing.T) {
	tests := []struct {
		name, sentence string
		want           bool
	}{
		{"de questions", "Bei Fragen erreichen Sie mich am Donnerstag ab 8 Uhr mobil unter +49 172 908 3315.", true},
		{"de bin ich erreichbar", "Am Donnerstag bin ich ab 7:30 Uhr telefonisch erreichbar.", true},
		{"en reach me", "You can reach me on Thursday from 8am on 07700 900123.", true},
		{"en reachable", "I'm reachable on the day from 8:00 on my mobile.", true},
		{"fr joignable", "Je suis joignable jeudi dès 8h au 06 12 34 56 78.", true},
		{"nl bereikbaar", "Ik ben donderdag vanaf 8.00 uur bereikbaar op 06-12345678.", true},
		{"es contactarme", "Puede contactarme el jueves a partir de las 8:00 en el 612 345 678.", true},
		{"de the user must be reachable", "Bitte seien Sie am Donnerstag um 10 Uhr telefonisch erreichbar.", false},
		{"en the user must be reachable", "Please make sure you are reachable on Thursday at 10am.", false},
		{"en the recruiter calls", "I'll call you on Thursday at 10am.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := writerReachable(tt.sentence); got != tt.want {
				t.Errorf("writerReachable(%q) = %v, want %v", tt.sentence, got, tt.want)
			}
		})
	}
}

// TestPrepCall: the writer's own call to get the user ready is no
// interview; a call from the employer, or one to talk the CV through, is.
func TestPrepCall(t *testing.T) {
	tests := []struct {
		name, sentence string
		want           bool
	}{
		{"an agency's ring for pointers", "I'll give you a ring on Wednesday 9th at 5pm to run through the case study brief and a few pointers on Rachel's interviewing style.", true},
		{"de", "Ich rufe Sie am Mittwoch um 17 Uhr an, um das Gespräch gemeinsam vorzubereiten.", true},
		{"nl", "Ik bel je dinsdag om 16:00 om het gesprek samen voor te bereiden.", true},
		{"fr", "Je vous appelle lundi à 18h pour préparer l'entretien.", true},
		{"the hiring manager calls: a phone screen", "Rachel will call you on Wednesday at 5pm to go through your CV.", false},
		{"the writer calls to go through the CV", "I'll call you on Wednesday at 5pm to go through your CV.", false},
		{"tips with no call", "Some tips for Thursday 10th at 11:00: arrive early and bring ID.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := prepCall(tt.sentence); got != tt.want {
				t.Errorf("prepCall(%q) = %v, want %v", tt.sentence, got, tt.want)
			}
		})
	}
}

// TestBareHourMovedTo: an hour alone after a word for moving, read on the
// side of noon nearer the time it moves; a count is no hour.
func TestBareHourMovedTo(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	old := time.Date(2026, 12, 3, 14, 0, 0, 0, berlin)
	tests := []struct {
		name, text string
		want       time.Time // zero when no hour is read
	}{
		{"push to 3", "Morning Sam - can we push to 3? Got an investor call dropped into my 2pm.", time.Date(2026, 12, 3, 15, 0, 0, 0, berlin)},
		{"move it to 11", "Could we move it to 11 instead?", time.Date(2026, 12, 3, 11, 0, 0, 0, berlin)},
		{"a count of weeks", "We had to push it back 2 weeks, sorry.", time.Time{}},
		{"no hour", "Can we push the call?", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, ok := bareHourMovedTo(tt.text)
			if ok != !tt.want.IsZero() {
				t.Fatalf("bareHourMovedTo(%q) = %d, %v", tt.text, h, ok)
			}
			if ok && !nearerHour(old, h).Equal(tt.want) {
				t.Errorf("nearerHour = %v, want %v", nearerHour(old, h), tt.want)
			}
		})
	}
}

// TestTravelSegment: the lines of an itinerary a recruiter books for the
// user, in the ways they list flights and trains, against lines that
// give an interview's time with zones or a range.
func TestTravelSegment(t *testing.T) {
	for _, tc := range []struct {
		name, line string
		want       bool
	}{
		{"flight with an arrow", "Wed 13 Jan - EI 337 Berlin BER 18:40 -> Dublin 20:05", true},
		{"flight number and word", "Flight LH1234 departs Frankfurt at 07:15", true},
		{"German departure and arrival", "Abflug 07:15 Uhr ab BER, Ankunft 09:05 Uhr in Zürich", true},
		{"train with an arrow", "ICE 1587 Berlin Hbf 06:29 → München Hbf 10:31", true},
		{"French flight", "Vol AF 1235 : départ 8h05, arrivée 9h50", true},
		{"an interview's time on two clocks", "Tuesday 15 December, 10:00 ET (16:00 CET)", false},
		{"a range with an arrow-like dash", "Interview: Thursday 10:00 – 11:00, Room B2", false},
		{"a zone before a clock", "Call at ET 10:00 on Monday", false},
		{"a quarter before a year", "Kick-off for Q4 2026 planning on Monday at 10:00", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "Hi Sam,\n" + tc.line + "\nBest"
			pos := strings.Index(text, tc.line)
			if got := travelSegment(text, pos, pos+len(tc.line)); got != tc.want {
				t.Errorf("travelSegment(%q) = %v, want %v", tc.line, got, tc.want)
			}
		})
	}
}

// TestShiftsByAmount: a move by an amount keeps the day; a length written
// the same way ("un entretien d'une heure") is no move.
func TestShiftsByAmount(t *testing.T) {
	tests := []struct {
		name, sentence string
		want           bool
	}{
		{"German, pushed back by an hour", "ob wir das Gespräch um eine Stunde nach hinten schieben können, also auf 10:00 Uhr", true},
		{"English, by half an hour", "could we push it back by half an hour, so 10:30?", true},
		{"English, minutes earlier", "we need to start 30 minutes earlier, at 9:30", true},
		{"Italian, spostare di un'ora", "dobbiamo spostare il colloquio di un'ora, quindi alle 11:30", true},
		{"French, décaler d'une demi-heure", "nous devons décaler l'entretien d'une demi-heure, à 10h30", true},
		{"Spanish, una hora más tarde", "lo pasamos una hora más tarde, a las 11:00", true},
		{"Polish, o godzinę później", "czy możemy przesunąć o godzinę później, o 11:00?", true},
		{"Swedish, en timme senare", "kan vi ta det en timme senare, kl. 11?", true},
		{"French length", "un entretien d'une heure le 10 décembre à 10h", false},
		{"Spanish length", "una reunión de una hora el jueves a las 10:00", false},
		{"Italian length", "un colloquio di un'ora alle 10", false},
		{"German length", "Das Gespräch dauert eine Stunde, Beginn 10:00", false},
		{"German clock", "Wir sehen uns um 10 Uhr", false},
		{"English deadline", "please reply by 10am", false},
		{"no clock written", "could we push it back by an hour?", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := shiftsByAmount(tc.sentence); got != tc.want {
				t.Errorf("shiftsByAmount(%q) = %v, want %v", tc.sentence, got, tc.want)
			}
		})
	}
}

// TestRegistersForJob: Spanish- and Portuguese-speaking hiring systems
// thank for an application as an event thanks for a registration; the
// job's noun after it tells them apart.
func TestRegistersForJob(t *testing.T) {
	tests := []struct {
		name, text, phrase string
		want               bool
	}{
		{"an application to an offer", "Gracias por inscribirte en la oferta Ingeniero/a de Datos (Sevilla / remoto).", "gracias por inscribirte", true},
		{"an application to a vacancy", "Olá Sam, obrigado pela sua inscrição na vaga de Analista de Dados!", "obrigado pela sua inscrição", true},
		{"a webinar's registration", "¡Gracias por inscribirte! El webinar empieza el jueves a las 18:00.", "gracias por inscribirte", false},
		{"a fair's, the job named far after", "Gracias por inscribirte a nuestra feria de empleo del sábado, con más de cuarenta ofertas.", "gracias por inscribirte", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := registersForJob(tc.text, tc.phrase); got != tc.want {
				t.Errorf("registersForJob = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestOrdinalChoice: an answer that picks an offer by its place in the
// list, in the languages read; two places named pick none.
func TestOrdinalChoice(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"The 2nd option works for me.", 2},
		{"option 3 is fine", 3},
		{"Die zweite Option passt mir gut.", 2},
		{"la deuxième proposition me convient", 2},
		{"The first one would be ideal - or the second one if easier.", 0},
		{"Thursday works for me.", 0},
	}
	for _, tc := range tests {
		if got := ordinalChoice(tc.text); got != tc.want {
			t.Errorf("ordinalChoice(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// TestConditionalOffer: a slot offered in case the reader would rather
// have it, after "but" or "or", is no time agreed; a plain statement is.
func TestConditionalOffer(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     bool
	}{
		{"Totally happy to keep it if that suits, but if you'd rather do something more civilised I could also do 5pm Sydney time on Wed 6 Jan.", true},
		{"We can keep Thursday, or if you prefer an earlier slot, Wednesday at 9am works too.", true},
		{"If you can make it, we start at 10:00 on Thursday.", true},
		{"If not, Thu 8am ET works for Marcus too.", true},
		{"Falls nicht, ginge auch Donnerstag um 9 Uhr.", true},
		{"If Friday morning doesn't work, we also have Monday, December 7 at 10:30 AM Central open.", true},
		{"Falls der Freitagvormittag nicht passt, hätten wir noch Montag, 7.12., um 10:30 Uhr.", true},
		{"Si le vendredi matin ne vous convient pas, nous avons aussi lundi 7 décembre à 10h30.", true},
		{"Si el viernes no te va bien, tenemos también el lunes 7 de diciembre a las 10:30.", true},
		{"Als vrijdagochtend niet lukt, hebben we ook maandag 7 december om 10.30 uur.", true},
		{"If the room changes, your interview still starts on Friday at 9:00.", false},
		{"Your interview is on Thursday 7 January at 9am Sydney time.", false},
		{"Thursday works, but Wednesday at 9 would be better for the team.", false},
	} {
		if got := conditional(tc.sentence); got != tc.want {
			t.Errorf("conditional(%q) = %v, want %v", tc.sentence, got, tc.want)
		}
	}
}

// TestFallbackAfterALowerCaseStop: a phone runs two sentences into one by
// writing the second in lower case; the slot after its "if not" is the
// fallback, the one before it stands.
func TestFallbackAfterALowerCaseStop(t *testing.T) {
	text := "mine sorry!! 2pm ET so 8pm for you. you said evenings are ok right? if not Thu 8am ET / 2pm yours works for Marcus too."
	for _, tc := range []struct {
		at   string
		want bool
	}{
		{"2pm ET", false},
		{"Thu 8am ET", true},
	} {
		if got := fallbackBefore(text, strings.Index(text, tc.at)); got != tc.want {
			t.Errorf("fallbackBefore(%q) = %v, want %v", tc.at, got, tc.want)
		}
	}
}

// TestNeitherNor: a sentence that turns down both times it names; a
// German "noch" alone ("hätte noch Donnerstag frei") offers.
func TestNeitherNor(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"per cui preferisco non fissare la telefonata né giovedì né venerdì.", true},
		{"Sadly neither Thursday nor Friday works for me.", true},
		{"Leider passt mir weder Donnerstag noch Freitag.", true},
		{"No puedo ni el jueves ni el viernes.", true},
		{"Ich hätte noch Donnerstag um 10 Uhr frei.", false},
		{"Thursday works, Friday too.", false},
	}
	for _, tc := range tests {
		if got := neitherNor(tc.sentence); got != tc.want {
			t.Errorf("neitherNor(%q) = %v, want %v", tc.sentence, got, tc.want)
		}
	}
}

// TestInBusinessNameOnly: an appointment's words inside a proper name
// within a sentence are a business's name; at a sentence's start or in
// lower case they are the appointment.
func TestInBusinessNameOnly(t *testing.T) {
	tests := []struct {
		name, text, phrase string
		want               bool
	}{
		{"a chauffeur company in an itinerary", "Arrival at 4:10 pm. A driver from Buckeye Car Service will meet you at baggage claim.", "car service", true},
		{"a garage's booking", "Hi Sam, your car service is booked for Tuesday at 9:00.", "car service", false},
		{"capitalised at a sentence's start", "Live via Zoom.\n\nLoopbaancoach Anouk Meijer laat zien hoe je je voorbereidt.", "loopbaancoach", false},
		{"capitalised after a line break", "Tuesday 8 December, live via Zoom\nLoopbaancoach Anouk Meijer laat zien", "loopbaancoach", false},
		{"once named, once not", "Pick-up by Harbour Car Service. Your car service is at 9:00.", "car service", false},
		{"the text's first words", "Car Service reminder for Tuesday", "car service", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := inBusinessNameOnly(tc.text, tc.phrase); got != tc.want {
				t.Errorf("inBusinessNameOnly(%q, %q) = %v, want %v", tc.text, tc.phrase, got, tc.want)
			}
		})
	}
}
