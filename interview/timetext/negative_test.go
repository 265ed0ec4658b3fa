package timetext

import (
	"strings"
	"testing"
	"time"
)

// Numbers that are no time, most of them next to a day so that only the
// number decides.
func TestFindNothing(t *testing.T) {
	tests := []struct{ name, text string }{
		{"phone number", "On Monday, call +49 30 1234 5678."},
		{"an English word that is an abbreviation, in lower case", "we sat at 10:30 and talked"},
		{"an abbreviation before a count", "Sun 3 friends came"},
		{"US phone number", "Friday: (555) 123-4567"},
		{"phone with dashes", "Call +1-212-555-0199 on Thursday"},
		{"requisition number", "Requisition R-104233 opened on December 3"},
		{"job id", "Job ID 12345, Monday"},
		{"version", "Version v2.14 ships on Friday"},
		{"price after a sign", "Friday, December 4: €14.30"},
		{"price before a sign", "Friday, December 4: 14.30 €"},
		{"postcode and street number", "Monday at Hauptstraße 12, 10115 Berlin"},
		{"percentage", "On Friday 95% of slots were taken, 10.5% left"},
		{"year alone", "Monday, 2026"},
		{"fraction", "3/4 of the team meets on Friday"},
		{"minutes", "Thursday, December 3: 45 minutes"},
		{"hours", "Monday, 2 hours"},
		{"a length in four figures", "On Friday 4 December the crew logged 1200 hours of flight time"},
		{"a rough count", "On Friday we expect 20-ish people and 5-ish speakers."},
		{"hours in French", "un entretien de 1h le jeudi 3 décembre"},
		{"hours of work in Spanish after a day", "mañana 10 hrs de trabajo, como siempre"},
		// A day and a clock each alone on a line pair up as a form's
		// fields, not when the lines are a sentence wrapped at 72
		// columns: "til tirsdag" goes on from the line above, "ca. kl."
		// too.
		{"wrapped lines are no fields", "Her kommer caset og litt praktisk informasjon\ntil tirsdag 12. januar.\n\nVi har flyttet starten, og vi avslutter\nca. kl. 15.30 som planlagt."},
		{"hours in Dutch", "donderdag 3 december, het gesprek duurt 2 uur"},
		{"heures in French", "jeudi 3 décembre, 2 heures d'entretien"},
		{"time without a day", "Call me at 10:00."},
		{"a spaced day.month without its second dot", "On Friday, 17. 12 people came at 9:30."},
		{"an ordinal that counts", "It was the 5th time at 2pm that week."},
		{"an English name that folds to Slovak five", "On Monday, at Pat Smith's office in room 12"},
		{"Slovak half before a Polish half hour", "W piątek mamy pół godziny."},
		{"Italian ma (but) is no Hungarian today", "Ci sentiamo presto, ma alle 15:00 ho un'altra call."},
		{"French du before a day, no Hungarian p.m.", "Le rendez-vous du 2 décembre est confirmé."},
		{"a Hungarian length in hours", "csütörtökön 2 óra az interjú"},
		{"a count with to after a day", "Saturday, 6 to 10 people are expected."},
		{"bare hours till, with no day", "I was at work from 2 till 3 yesterday."},
		{"a year, a dot and a count", "Tavaly, 2025. 12 jelölt jött pénteken."},
		{"Italian ora (now) is no Romanian cue", "Giovedì ora 10 persone sono in ufficio."},
		{"the state of Maine is no Romanian tomorrow", "Our office in Portland, Maine is open until 10:00."},
		{"a Spanish article is no Romanian cue", "El jueves la 2 fue mejor que la 1."},
		{"English per is no Turkish Thursday", "Per 10 employees, one laptop. Doors open at 9:00."},
		{"a Turkish page, not a time", "Perşembe günü sayfa 10'da yazıyor."},
		{"an English possessive before an apostrophe", "Monday's numbers: 10'da"},
		{"a number of people, not minutes", "Quatorze personnes, dix heures de route."},
		{"same time without a day", "It was the 5th, same time as ever: 2pm was too late."},
		{"an ordinal day without a clock", "Let's speak on the 10th."},
		{"month day and a bare number", "Friday, December 10 14 people came."},
		{"a day in the next sentence after a clock and its zone", "Call me at 3pm EST. Friday works too."},
		{"an aside's date before an agenda's next row", "14h00 – 15h00 : étude de cas (le brief vous sera envoyé le 8 décembre)\n15h15 – 16h00 : entretien avec Léa"},
		{"a number word after at", "At one point on Friday we met at one of our offices."},
		{"a number word without a day or an hour word", "Wir treffen uns um neun, am besten im Büro."},
		{"a spelled count", "On Monday, at two of our sites, we ship."},
		{"office hours, French", "01 84 60 22 17 – joignable du lundi au jeudi, 9h30-18h"},
		{"office hours, German abbreviations", "Telefonisch erreichbar Mo.–Fr. 9–17 Uhr"},
		{"office hours, English", "Our desk is staffed Monday to Friday 9am-5pm"},
		{"office hours, Spanish", "Atención de lunes a viernes de 9 a 18h"},
		{"German time without a day", "Um 10:00 Uhr."},
		{"a day without a time", "We'll be in touch by Friday."},
		{"married on a Saturday, in lower case", "they wed on sat, 2 of us flew in at 10am"},
		{"a part of the day and a count", "Thursday morning, 12 candidates sat the test."},
		{"no such day", "February 30 at 10am"},
		{"may the verb", "We may reach out at 10am."},
		{"Guten Morgen", "Guten Morgen, um 10 Uhr"},
		{"a street after at", "Thursday at 10 Downing Street"},
		{"IP address", "Monday 10.0.0.1"},
		{"score", "Friday 3-2 win"},
		{"empty", ""},
		{"only digits", "1234567890"},
		{"a dotted number without a cue", "Thursday 14.30"},
		{"lower-case et is French", "mardi et mercredi 10"},
		// The languages added last: pay, hours and counts, no day.
		{"hr/pay and working hours", "Plaća je 1.500 EUR neto, a radno vrijeme od 8 do 16 sati."},
		{"hr/counts and a phone number", "Imamo 25 zaposlenika i 3 ureda, javite se na 01 2345 678."},
		{"sr/nedelja is a week", "Javićemo vam se za nedelju dana, u 10 časova je sastanak tima."},
		{"sr/pay and leave", "Плата 120.000 динара, 40 сати недељно, 25 дана одмора."},
		{"sl/pay and hours", "Plača 2.500 EUR bruto, 40 ur na teden, 25 dni dopusta."},
		{"bg/pay and a working day", "Заплата 3000 лв., 8 часа работен ден, 20 дни отпуск."},
		{"ru/неделя is a week, not Bulgarian Sunday", "Следующая неделя в 10:00 — планёрка."},
		{"ru/среда is an environment", "Среда разработки: Python 3.11, Django 4.2, в 2 раза быстрее."},
		{"ru/pay and experience", "Зарплата от 200 000 руб., опыт от 3 лет, 5 дней в неделю."},
		{"uk/pay and hours", "Зарплата 50 000 грн, 40 годин на тиждень, 24 дні відпустки."},
		{"lt/pay and hours", "Atlyginimas 3000 EUR, 40 val. per savaitę, 25 darbo dienos."},
		{"lv/pay and hours", "Alga 2500 EUR, 40 stundas nedēļā, 20 darba dienas."},
		{"et/pay and hours", "Palk 3000 eurot, 40 tundi nädalas, 28 päeva puhkust."},
		{"English Danes are no Slovenian today", "The Danes at 10:00 sharp, the Swedes after."},
		{"French homme is no Estonian tomorrow", "Un homme à 10h30 a appelé."},
		{"Dutch rit is no Latvian tomorrow", "De rit om 10:00 duurt 20 minuten."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Find(tc.text, defaultOptions(t)); len(got) != 0 {
				t.Errorf("Find(%q) = %+v, want none", tc.text, got)
			}
		})
	}
}

// Words of the languages added last that are ordinary words too, or
// fold to another language's day: no day to FindDates either.
func TestFindDatesNothing(t *testing.T) {
	tests := []struct{ name, text string }{
		{"a name before a number is no day-first month", "Spoke to Marta 10 minutes ago; Julija 3 times."},
		{"Latvian in the week is no Slovak Sunday", "Alga 2500 EUR, 40 stundas nedēļā."},
		{"Russian environment is no Wednesday", "Среда разработки: Python, Docker."},
		{"Russian week is no Bulgarian Sunday", "Эта неделя была трудной."},
		{"Serbian week is no Sunday", "Javićemo vam se sledeće nedelje."},
		{"Ukrainian letter is no month", "Дякуємо за ваш лист 3 кандидатам."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FindDates(tc.text, defaultOptions(t)); len(got) != 0 {
				t.Errorf("FindDates(%q) = %+v, want none", tc.text, got)
			}
		})
	}
}

// Bad input must end quickly and never panic.
func TestFindBadInput(t *testing.T) {
	tests := []struct{ name, text string }{
		{"invalid UTF-8", "Thursday \xff\xfe 3 Dec\xe2 at 4:00\x80 PM"},
		{"NULs", "Thursday\x00 3 December\x00 at\x00 4:00 PM"},
		{"long digits", "Thursday " + strings.Repeat("9", 100000) + ":00"},
		{"many colons", strings.Repeat("1:", 50000)},
		{"many dates", strings.Repeat("Monday 3 December 10:00, ", 5000)},
		{"one huge line of words", strings.Repeat("Donnerstag morgen ", 50000)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			got := Find(tc.text, defaultOptions(t))
			for _, m := range got {
				if m.Pos < 0 || m.Pos > m.End || m.End > len(tc.text) || m.Start.IsZero() {
					t.Fatalf("bad mention %+v", m)
				}
			}
			FindDates(tc.text, defaultOptions(t))
			ZoneIn(tc.text)
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %s", d)
			}
		})
	}
}

// TestArticleAfterALabelIsNoHour: "one" is the article of most Romance and
// Germanic languages; after a label's colon it is no hour without the
// hour's word ("segunda etapa: una entrevista" beside a real time).
func TestArticleAfterALabelIsNoHour(t *testing.T) {
	text := "Queremos avanzar contigo a la segunda etapa: una entrevista técnica con el equipo (Matías, Francisca Soto y Diego Pizarro). " +
		"Son 90 minutos: 30 de conversación sobre tu experiencia y 60 de diseño de una plataforma interna de despliegue.\n\n" +
		"La agendamos para el lunes 14 de diciembre a las 15:30 hrs (hora de Chile), 19:30 en Berlín."
	got := Find(text, defaultOptions(t))
	want := time.Date(2026, 12, 14, 18, 30, 0, 0, time.UTC)
	if len(got) != 1 || !got[0].Start.Equal(want) {
		t.Fatalf("Find = %+v, want one mention at %v", got, want)
	}
}

// TestDayMonthWithoutItsDotBeforeAClock: "15.12" without its closing dot
// is a price or a decimal as often as a date; followed on its line by a
// clock, alone or after a joining word, it is the day ("am 15.12 um
// 10:30", "на 15.12 о 10:30"). A room number ending a schedule's row is
// not, though the next row starts with a time.
func TestDayMonthWithoutItsDotBeforeAClock(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	for _, tc := range []struct {
		name, text string
		want       []time.Time
	}{
		{"German", "Das Gespräch findet am 15.12 um 10:30 statt.", []time.Time{time.Date(2026, 12, 15, 10, 30, 0, 0, berlin)}},
		{"Ukrainian", "змушені скасувати співбесіду, призначену на 15.12 о 10:30", []time.Time{time.Date(2026, 12, 15, 10, 30, 0, 0, berlin)}},
		{"a schedule's room, then the next row", "11:15 Interview 2 (fit) Tom Ashworth, Director 4.08\n12:00 Lunch with analysts", nil},
		{"a price", "Der Preis beträgt 18.12 Euro, Termin folgt.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []time.Time
			for _, m := range Find(tc.text, defaultOptions(t)) {
				got = append(got, m.Start)
			}
			if len(got) != len(tc.want) || len(got) > 0 && !got[0].Equal(tc.want[0]) {
				t.Fatalf("Find = %v, want %v", got, tc.want)
			}
		})
	}
}
