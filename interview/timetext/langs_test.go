package timetext

import (
	"testing"
	"time"
)

// The languages other than English, each with the ways its mail writes a
// day and a time. Ref is Thursday 26 November 2026; Loc is Berlin.
func TestFindLanguages(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	madrid := zone(t, "Europe/Madrid")
	at := func(mo time.Month, d, h, mi int) time.Time { return time.Date(2026, mo, d, h, mi, 0, 0, berlin) }
	runFind(t, []findCase{
		// German
		{name: "de/weekday, date, year, um, Uhr", text: "am Donnerstag, 3. Dezember 2026 um 14:00 Uhr", want: at(12, 3, 14, 0)},
		{name: "de/numeric date, dotted time with Uhr", text: "3.12.2026, 14.30 Uhr", want: at(12, 3, 14, 30)},
		{name: "de/day and month with dots, hour with Uhr", text: "18.12. um 9 Uhr", want: at(12, 18, 9, 0)},
		{name: "de/morgen", text: "Passt es Ihnen morgen um 10 Uhr?", want: at(11, 27, 10, 0)},
		{name: "de/Morgen opening a sentence", text: "Morgen um 10 Uhr?", want: at(11, 27, 10, 0)},
		{name: "de/übermorgen", text: "übermorgen 15:00", want: at(11, 28, 15, 0)},
		{name: "de/abbreviations, range, MEZ", text: "Di., 8. Dez. 2026, 10:00–11:00 MEZ",
			want: at(12, 8, 10, 0), dur: time.Hour, zone: "MEZ"},
		{name: "de/a shift's name before von", text: "Dienstag, 08.12.2026, Frühdienst von 6:30 Uhr bis ca. 13:00 Uhr",
			want: at(12, 8, 6, 30), dur: 6*time.Hour + 30*time.Minute},
		{name: "de/the day alone in parentheses", text: "Ihr Termin (Dienstag, 8.12.) um 10 Uhr", want: at(12, 8, 10, 0)},
		{name: "de/Maerz without umlaut", text: "am 3. Maerz um 10 Uhr", want: time.Date(2027, 3, 3, 10, 0, 0, 0, berlin)},
		{name: "de/range with bis", text: "Freitag, 4. Dezember, von 10 bis 11 Uhr", want: at(12, 4, 10, 0), dur: time.Hour},
		{name: "de/dashed day-month-year", text: "am 8-dez-26 um 10 Uhr", want: at(12, 8, 10, 0)},
		{name: "de/weekday and day without month", text: "Donnerstag, den 10. um 13 Uhr", want: at(12, 10, 13, 0)},
		{name: "pt/weekday, dia and day without month", text: "na próxima quinta-feira, dia 10, às 15h00", want: at(12, 10, 15, 0)},
		{name: "pt/weekday typed without its hyphen, in capitals", text: "PODE VIR NA QUINTA FEIRA DIA 10 AS 15H30 PARA UMA ENTREVISTA", want: at(12, 10, 15, 30)},
		{name: "pt/weekday, dia and a whole date", text: "na próxima terça-feira, dia 15 de dezembro, às 15h00", want: at(12, 15, 15, 0)},
		// Portuguese counts its weekdays: "3.ª feira" is terça-feira.
		{name: "pt/ordinal weekday with a dotted sign and a date", text: "  *   3.ª feira, 15/12, às 15h00", want: at(12, 15, 15, 0)},
		{name: "pt/ordinal weekday with a hyphen, no date", text: "Pode ser na 3ª-feira às 15h?", want: at(12, 1, 15, 0)},
		{name: "pt/ordinal weekday typed without its sign", text: "6a feira, dia 4, às 10h", want: at(12, 4, 10, 0)},
		{name: "es/weekday, bare day and a las", text: "Te paso un hueco:\n- martes 8, a las 10:00", want: at(12, 8, 10, 0)},
		{name: "fr/weekday, bare day and à", text: "Seriez-vous disponible mardi 8 à 10h ?", want: at(12, 8, 10, 0)},
		{name: "en/weekday, bare day, comma and at", text: "How about Tuesday 8, at 10:00?", want: at(12, 8, 10, 0)},
		{name: "de/weekday, bare day and um", text: "Passt Ihnen Mittwoch 9 um 14 Uhr?", want: at(12, 9, 14, 0)},
		{name: "en/weekday and a range of bare hours", text: "Thursday 2 to 3pm works", want: at(12, 3, 14, 0), dur: time.Hour},
		{name: "en/a shift's bare hours with till after its day", text: "Could you do a trial shift this Saturday (12th), 6 till 10? It's paid.",
			want: at(12, 12, 18, 0), dur: 4 * time.Hour},
		{name: "pl/weekday, day.month without its dot, and o", text: "Potwierdzam rozmowę w czwartek 10.12 o 15:30.", want: at(12, 10, 15, 30)},
		{name: "de/weekday, day.month without its dot, and a comma", text: "Do., 10.12, 10:00 – passt das?", want: at(12, 10, 10, 0)},
		{name: "es/weekday, el and a whole date", text: "el jueves, el 17 de diciembre a las 10:00", want: at(12, 17, 10, 0)},
		// An hour marked as one ("hrs", "h") right after its day, no cue.
		{name: "es/day then an hour in hrs", text: "Te llamo el jueves 17, 10 hrs", want: at(12, 17, 10, 0)},
		{name: "fr/demain then 10h", text: "On se parle demain 10h ?", want: at(11, 27, 10, 0)},
		// Whose clock, after "de": Chile's, Lisbon's.
		{name: "es/hrs de Chile", text: "Mañana 10 hrs de Chile, ¿cierto?",
			want: time.Date(2026, 11, 27, 10, 0, 0, 0, zone(t, "America/Santiago")), zone: "de Chile"},
		{name: "es/hrs and the country", text: "el jueves 17 a las 10 hrs Chile",
			want: time.Date(2026, 12, 17, 10, 0, 0, 0, zone(t, "America/Santiago")), zone: "Chile"},
		{name: "pt/às 10h de Lisboa", text: "amanhã às 10h de Lisboa",
			want: time.Date(2026, 11, 27, 10, 0, 0, 0, zone(t, "Europe/Lisbon")), zone: "de Lisboa"},
		// A clock given "in" a city is the city's, the meeting's place
		// or where someone is.
		{name: "en/in a city after the clock", text: "which is 7pm Tuesday evening for her in Melbourne",
			want: time.Date(2026, 12, 1, 19, 0, 0, 0, zone(t, "Australia/Melbourne")), zone: "in Melbourne"},
		{name: "fr/à a city after the clock", text: "le mardi 15 décembre à 19h à Montréal",
			want: time.Date(2026, 12, 15, 19, 0, 0, 0, zone(t, "America/Toronto")), zone: "à Montréal"},
		{name: "es/en a city after the clock", text: "el martes 15 a las 19:00 en Bogotá",
			want: time.Date(2026, 12, 15, 19, 0, 0, 0, zone(t, "America/Bogota")), zone: "en Bogotá"},
		{name: "en/the writer's clock in a city", text: "Tuesday at 10am my time in Boston",
			want: time.Date(2026, 12, 1, 10, 0, 0, 0, zone(t, "America/New_York")), zone: "in Boston"},
		{name: "en/in an office is no zone", text: "Tuesday at 10am in our office", want: at(12, 1, 10, 0)},
		{name: "en/weekday the 10th", text: "Bas can do Thursday the 10th at 13:00 as well", want: at(12, 10, 13, 0)},
		{name: "en/a short weekday right after the clock", text: "Let's do 3pm Fri ET then", want: time.Date(2026, 11, 27, 15, 0, 0, 0, zone(t, "America/New_York")), zone: "ET"},
		{name: "en/weekday 10th", text: "Thursday 10th at 2pm", want: at(12, 10, 14, 0)},
		// "next week" with a weekday is that weekday of the week after,
		// not the nearest one (Ref is a Thursday: Friday is tomorrow).
		{name: "en/weekday next week", text: "Could you do Friday next week at 10am?", want: at(12, 4, 10, 0)},
		{name: "de/nächste Woche and a weekday", text: "Ginge nächste Woche Freitag um 10 Uhr?", want: at(12, 4, 10, 0)},
		{name: "de/a weekday, nächste Woche and its clock", text: "Ginge Freitag nächste Woche um 10 Uhr?", want: at(12, 4, 10, 0)},
		{name: "fr/a weekday, de la semaine prochaine and its clock", text: "vendredi de la semaine prochaine à 14h", want: at(12, 4, 14, 0)},
		{name: "nl/volgende week and a weekday", text: "Kan je volgende week vrijdag om 10.00 uur?", want: at(12, 4, 10, 0)},
		// "the 8th" is English: a bare hour before it is a working one.
		{name: "en/a bare hour on the 8th", text: "Perfect - I'll give you a ring at 2 on the 8th.", want: at(12, 8, 14, 0)},
		{name: "en/weekday and a bare number is an hour", text: "Thursday 10 am works", want: at(12, 3, 10, 0)},
		{name: "de/halb and its hour wrapped apart", text: "vielen Dank, ich freue mich sehr! Mittwoch um halb\ndrei passt mir gut.", want: at(12, 2, 14, 30)},
		// A quarter hour in the Germanic languages.
		{name: "de/Viertel nach zehn", text: "Freitag, 11.12., um Viertel nach zehn", want: at(12, 11, 10, 15)},
		{name: "de/dreiviertel elf", text: "am Freitag, 11.12., um dreiviertel elf", want: at(12, 11, 10, 45)},
		{name: "nl/kwart voor drie", text: "donderdag 10 december om kwart voor drie", want: at(12, 10, 14, 45)},
		// The part of the day before the cue of its hour.
		{name: "de/nachmittag ab 4", text: "Ich könnte Freitag nachmittag ab 4, per Google Meet.", want: at(11, 27, 16, 0)},
		{name: "en/afternoon at 4", text: "Would Friday afternoon at 4 work?", want: at(11, 27, 16, 0)},
		{name: "it/pomeriggio alle 3", text: "venerdì 4 dicembre pomeriggio alle 3", want: at(12, 4, 15, 0)},
		// "halb" and "half" before an hour in figures, as quick mail writes it.
		{name: "de/halb 9 in figures", text: "Montag früh so ab halb 9", want: at(11, 30, 8, 30)},
		{name: "sv/halv 3 in figures", text: "torsdag 10 december kl halv 3", want: at(12, 10, 14, 30)},
		{name: "en-GB/half 3 in figures", text: "Thursday 10 December at half 3", want: at(12, 10, 15, 30)},
		{name: "nl/half 11 in figures is the half before", text: "We hebben dinsdag 15 december om half 11 voor je gereserveerd.", want: at(12, 15, 10, 30)},
		// Windows's name for Sydney's summer time is no US Eastern time,
		// and an Australian date is day-first.
		{name: "en-AU/AUS Eastern Daylight Time", text: "Deadline 10/12/2026 11:59 PM (AUS Eastern Daylight Time)", want: time.Date(2026, 12, 10, 12, 59, 0, 0, time.UTC), zone: "AUS Eastern Daylight Time"},
		{name: "en/a Nairobi office's time", text: "confirmed for Wednesday 9 December at 4pm Nairobi time", want: time.Date(2026, 12, 9, 13, 0, 0, 0, time.UTC), zone: "Nairobi time"},
		{name: "en/a country for its zone, after the clock", text: "Thu 10th, 3pm UK?", want: time.Date(2026, 12, 10, 15, 0, 0, 0, time.UTC), zone: "UK"},
		{name: "en/a country in brackets after the clock", text: "Thursday 10 December at 3pm (UK)", want: time.Date(2026, 12, 10, 15, 0, 0, 0, time.UTC), zone: "UK"},
		{name: "pt/a country for its zone", text: "quinta-feira, 10 de dezembro, às 11h Portugal", want: time.Date(2026, 12, 10, 11, 0, 0, 0, time.UTC), zone: "Portugal"},
		{name: "en/a Riyadh office's time", text: "Sunday 13 December at 10:30 Riyadh time", want: time.Date(2026, 12, 13, 7, 30, 0, 0, time.UTC), zone: "Riyadh time"},
		// Every country on one clock and its principal city, from the tz
		// database (places_gen.go), not only the ones listed by hand.
		{name: "en/Vietnam's time", text: "Tuesday 22 Dec, 15:00 Vietnam time = 09:00 Berlin", want: time.Date(2026, 12, 22, 8, 0, 0, 0, time.UTC), zone: "Vietnam time"},
		{name: "en/Bangkok's time", text: "Thursday 17 December at 1.30pm Bangkok time", want: time.Date(2026, 12, 17, 6, 30, 0, 0, time.UTC), zone: "Bangkok time"},
		{name: "en/a country of two words", text: "Monday 14 December, 10:00 Sri Lanka time", want: time.Date(2026, 12, 14, 4, 30, 0, 0, time.UTC), zone: "Sri Lanka time"},
		{name: "en/a capital of two words", text: "Wednesday 9 December 2pm Kuala Lumpur time", want: time.Date(2026, 12, 9, 6, 0, 0, 0, time.UTC), zone: "Kuala Lumpur time"},
		{name: "en/Lagos in brackets", text: "Friday 11 December at 11am (Lagos)", want: time.Date(2026, 12, 11, 10, 0, 0, 0, time.UTC), zone: "Lagos"},
		{name: "en/Hawaii's deadline", text: "Please complete it by Friday, December 18, 2026 at 11:59 PM HST.", want: time.Date(2026, 12, 19, 9, 59, 0, 0, time.UTC), zone: "HST"},
		{name: "en/Alaska's time", text: "Tuesday, January 5, 2027 at 7:00 AM AKST", want: time.Date(2027, 1, 5, 16, 0, 0, 0, time.UTC), zone: "AKST"},
		{name: "en/Central Africa Time after the clock", text: "Friday 18 December at 10:00 CAT", want: time.Date(2026, 12, 18, 8, 0, 0, 0, time.UTC), zone: "CAT"},
		{name: "en/a given name after the clock is no zone", text: "Tuesday 22 Dec at 3pm Jordan will call you", want: time.Date(2026, 12, 22, 14, 0, 0, 0, time.UTC)},
		// Flemish marks the hour with "u", as French does with "h".
		{name: "nl-BE/9u30", text: "een eerste gesprek op maandag 14 december om 9u30 op ons hoofdkantoor", want: at(12, 14, 9, 30)},
		{name: "nl-BE/13u30", text: "verplaatst naar woensdag 16 december om 13u30, op dezelfde locatie", want: at(12, 16, 13, 30)},
		{name: "nl-BE/14u", text: "donderdag 10 december om 14u in Gent", want: at(12, 10, 14, 0), zone: "in Gent"},
		{name: "nl-BE/range 10u-11u", text: "vrijdag 11/12 van 10u tot 11u", want: at(12, 11, 10, 0), dur: time.Hour},
		{name: "sv/kvart över tio", text: "torsdag 10 december kl. kvart över tio", want: at(12, 10, 10, 15)},
		{name: "no/kvart på elleve", text: "torsdag 10. desember klokken kvart på elleve", want: at(12, 10, 10, 45)},
		// Afternoon hours and minutes in words, as formal mail writes them.
		{name: "fr/quatorze heures", text: "lundi 7 décembre à quatorze heures", want: at(12, 7, 14, 0)},
		{name: "fr/dix heures trente", text: "mercredi 9 décembre à dix heures trente", want: at(12, 9, 10, 30)},
		{name: "fr/dix-sept heures quarante-cinq", text: "le 9 décembre à dix-sept heures quarante-cinq", want: at(12, 9, 17, 45)},
		// An hour in figures, then its minutes or its half in words;
		// an hour given roughly, an article after "verso" or "sobre".
		{name: "it/alle 11 e mezza", text: "martedì 8 alle 11 e mezza su Google Meet", want: at(12, 8, 11, 30)},
		{name: "it/verso le 11 e mezza", text: "martedì 8 verso le 11 e mezza, su Google Meet", want: at(12, 8, 11, 30)},
		{name: "it/alle 11 e un quarto", text: "martedì 8 alle 11 e un quarto", want: at(12, 8, 11, 15)},
		{name: "it/verso le 18, then a word", text: "martedì 15 verso le 18 per un aperitivo?", want: at(12, 15, 18, 0)},
		{name: "it/alle 18, then a word", text: "martedì 15 alle 18 per un aperitivo", want: at(12, 15, 18, 0)},
		{name: "pt/às 11 e meia", text: "terça-feira, 8 de dezembro, às 11 e meia", want: at(12, 8, 11, 30)},
		{name: "es/a las 11 y media", text: "el martes 8 a las 11 y media", want: at(12, 8, 11, 30)},
		{name: "es/sobre las 18", text: "el martes 15 sobre las 18 por Zoom", want: at(12, 15, 18, 0)},
		{name: "it/alle sedici e trenta", text: "giovedì 10 dicembre alle sedici e trenta", want: at(12, 10, 16, 30)},
		{name: "pt/às quinze horas e quarenta e cinco", text: "no dia 10 de dezembro às quinze horas e quarenta e cinco", want: at(12, 10, 15, 45)},
		{name: "es/a las dieciséis horas", text: "el jueves 10 de diciembre a las dieciséis horas", want: at(12, 10, 16, 0)},
		{name: "de/vierzehn Uhr dreißig", text: "am Donnerstag, 10. Dezember, um vierzehn Uhr dreißig", want: at(12, 10, 14, 30)},
		{name: "en/two thirty", text: "Thursday 10 December at two thirty", want: at(12, 10, 14, 30)},
		// A move that keeps the clock and restates it after "same time".
		{name: "en/same time, clock in parentheses", text: "Could we move it to Monday, December 7, same time (9:00 AM)?", want: at(12, 7, 9, 0)},
		{name: "de/zur gleichen Uhrzeit", text: "auf Montag, 7. Dezember, zur gleichen Uhrzeit (14:00 Uhr)", want: at(12, 7, 14, 0)},
		{name: "fr/même heure", text: "au lundi 7 décembre, même heure (10h30)", want: at(12, 7, 10, 30)},
		{name: "nl/zelfde tijd", text: "naar maandag 7 december, zelfde tijd (13.00 uur)", want: at(12, 7, 13, 0)},
		// A move that keeps the day and names it after "same day".
		{name: "en/same day, day in parentheses", text: "Done for 2.00 pm, same day (Mon 21/12).", want: at(12, 21, 14, 0)},
		{name: "de/am gleichen Tag", text: "Dann um 15 Uhr am gleichen Tag (Montag, 21.12.).", want: at(12, 21, 15, 0)},
		{name: "fr/même jour", text: "Ce sera donc à 16h, même jour (lundi 21 décembre).", want: at(12, 21, 16, 0)},
		{name: "de/Zoom's double dot", text: "Zeit: 4.Dez..2026 04:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien",
			want: time.Date(2026, 12, 4, 16, 0, 0, 0, zone(t, "Europe/Amsterdam")), zone: "Amsterdam"},
		// English as HR systems write it (Zoho, Oracle): day-Mon-year
		{name: "en/dashed day-month-year", text: "Interview on 08-Dec-2026 at 11:00 AM", want: at(12, 8, 11, 0)},
		{name: "en/dashed date and a From/To table", text: "Interview Date 08-Dec-2026\nFrom 11:00 AM\nTo 12:00 PM",
			want: at(12, 8, 11, 0), dur: time.Hour},
		// French
		{name: "fr/weekday, date, 10h30", text: "vendredi 11 décembre à 10h30", want: at(12, 11, 10, 30)},
		{name: "fr/1er, 9h", text: "le 1er décembre à 9h", want: at(12, 1, 9, 0)},
		{name: "fr/range de à", text: "jeudi 3 décembre 2026 de 14h à 15h", want: at(12, 3, 14, 0), dur: time.Hour},
		{name: "fr/demain", text: "demain à 11h00", want: at(11, 27, 11, 0)},
		{name: "fr/numeric day and month", text: "le 18/12 à 14:00", want: at(12, 18, 14, 0)},
		{name: "fr/without accents", text: "mercredi 9 decembre a 10h", want: at(12, 9, 10, 0)},
		{name: "fr/après-demain", text: "après-demain à 14h", want: at(11, 28, 14, 0)},
		{name: "fr/à 14h, a capitalised word after", text: "lundi 30 novembre 2026 à 14h Nous vous attendons", want: at(11, 30, 14, 0)},
		{name: "fr/heures", text: "lundi 7 décembre à 14 heures", want: at(12, 7, 14, 0)},
		{name: "fr/heure de Paris", text: "lundi 7 décembre à 9h30 (heure de Paris)", want: at(12, 7, 9, 30), zone: "heure de Paris"},
		// Spanish
		{name: "es/weekday and date, a las", text: "el jueves 3 de diciembre a las 10:00", want: at(12, 3, 10, 0)},
		{name: "es/mañana and hora de Madrid", text: "mañana a las 16:30 (hora de Madrid)",
			want: time.Date(2026, 11, 27, 16, 30, 0, 0, madrid), zone: "hora de Madrid"},
		{name: "es/hora del Este, a US region", text: "miércoles, 2 de diciembre de 2026 Hora: 11:00 a. m. (hora del Este)",
			want: time.Date(2026, 12, 2, 16, 0, 0, 0, time.UTC), zone: "hora del Este"},
		{name: "es/hora del Pacífico", text: "jueves, 10 de diciembre de 2026, 11:59 p. m. (hora del Pacífico)",
			want: time.Date(2026, 12, 11, 7, 59, 0, 0, time.UTC), zone: "hora del Pacífico"},
		{name: "es/de year, h", text: "3 de diciembre de 2026, 10:00 h", want: at(12, 3, 10, 0)},
		{name: "es/de la tarde", text: "el jueves a las 4 de la tarde", want: at(12, 3, 16, 0)},
		{name: "es/de la mañana is morning", text: "el jueves a las 10 de la mañana", want: at(12, 3, 10, 0)},
		{name: "es/mañana por la mañana", text: "mañana por la mañana a las 9", want: at(11, 27, 9, 0)},
		{name: "es/pasado mañana", text: "pasado mañana a las 10:00", want: at(11, 28, 10, 0)},
		// Italian
		{name: "it/weekday and date, alle", text: "giovedì 3 dicembre alle 15:00", want: at(12, 3, 15, 0)},
		{name: "it/domani alle ore", text: "domani alle ore 10", want: at(11, 27, 10, 0)},
		{name: "it/numeric date", text: "il 18/12/2026 alle 9:30", want: at(12, 18, 9, 30)},
		{name: "it/ora italiana", text: "venerdì 4 dicembre alle 11:00 ora italiana", want: at(12, 4, 11, 0), zone: "ora italiana"},
		{name: "it/h. before a bare hour", text: "il colloquio è fissato per giovedì 10/12 h. 10, presso la sede", want: at(12, 10, 10, 0)},
		{name: "it/h. before hour and minutes", text: "giovedì 10 dicembre, h. 15.30", want: at(12, 10, 15, 30)},
		// Portuguese
		{name: "pt/quinta-feira, às 14h", text: "quinta-feira, 3 de dezembro, às 14h", want: at(12, 3, 14, 0)},
		{name: "pt/amanhã", text: "amanhã às 10h30", want: at(11, 27, 10, 30)},
		{name: "pt/numeric date", text: "03/12/2026 às 15:00", want: at(12, 3, 15, 0)},
		// Dutch
		{name: "nl/weekday and date, om, uur", text: "donderdag 3 december om 13.00 uur", want: at(12, 3, 13, 0)},
		{name: "nl/morgen", text: "morgen om 10:00", want: at(11, 27, 10, 0)},
		{name: "nl/range van tot", text: "op 18-12-2026 van 13.00 tot 14.00 uur", want: at(12, 18, 13, 0), dur: time.Hour},
		// Polish
		{name: "pl/weekday, genitive month, r., godz.", text: "w czwartek, 3 grudnia 2026 r., o godz. 14:00", want: at(12, 3, 14, 0)},
		{name: "pl/jutro", text: "jutro o 10:00", want: at(11, 27, 10, 0)},
		{name: "pl/numeric date, godz.", text: "18.12.2026 godz. 9:30", want: at(12, 18, 9, 30)},
		{name: "de/a full stop after Uhr ends the mention", text: "Er hätte Mittwoch, den 16.12. um 9 Uhr Zeit – das wäre bei dir 18 Uhr. Alternativ Donnerstag zur gleichen Zeit.", want: at(12, 16, 9, 0)},
		{name: "pl/weekday, day and month without their dot, godz.", text: "potwierdzam: poniedziałek 14.12, godz. 9:30.", want: at(12, 14, 9, 30)},
		{name: "sv/weekday, day and month without their dot, kl.", text: "torsdag 10.12 kl. 14.00", want: at(12, 10, 14, 0)},
		{name: "pl/accusative weekday", text: "w środę o 10:00", want: at(12, 2, 10, 0)},
		// Swedish
		{name: "sv/den, kl.", text: "torsdag den 3 december kl. 14.00", want: at(12, 3, 14, 0)},
		{name: "sv/i morgon", text: "i morgon kl 10", want: at(11, 27, 10, 0)},
		{name: "sv/day and month with slash", text: "3/12 kl. 9.30", want: at(12, 3, 9, 30)},
		// Danish
		{name: "da/den, dotted day", text: "torsdag den 3. december kl. 14.00", want: at(12, 3, 14, 0)},
		{name: "da/i morgen", text: "i morgen kl. 10", want: at(11, 27, 10, 0)},
		// Norwegian
		{name: "no/dotted day", text: "torsdag 3. desember kl. 14:00", want: at(12, 3, 14, 0)},
		{name: "no/i morgen klokken", text: "i morgen klokken 10", want: at(11, 27, 10, 0)},
		// Ranges said in words
		{name: "de/zwischen und", text: "am 2.12. zwischen 14 und 15 Uhr", want: at(12, 2, 14, 0), dur: time.Hour},
		{name: "es/de a with h after the end", text: "el miércoles 2 de diciembre de 14 a 15 h", want: at(12, 2, 14, 0), dur: time.Hour},
		{name: "it/dalle alle", text: "mercoledì 2 dicembre dalle 14 alle 15", want: at(12, 2, 14, 0), dur: time.Hour},
		{name: "sv/mellan och", text: "onsdag 2 december mellan 14 och 15", want: at(12, 2, 14, 0), dur: time.Hour},
		// Finnish
		{name: "fi/weekday, numeric date, klo, range and Suomen aikaa", text: "Aika: keskiviikko 2.12.2026 klo 14.00-15.00 (Suomen aikaa)",
			want: time.Date(2026, 12, 2, 14, 0, 0, 0, zone(t, "Europe/Helsinki")), dur: time.Hour, zone: "Suomen aikaa"},
		{name: "fi/abbreviated weekday and day.month.", text: "- ti 8.12. klo 10.00–11.30", want: at(12, 8, 10, 0), dur: 90 * time.Minute},
		{name: "fi/to tomorrow, illative", text: "Siirretäänkö huomiseen klo 9?", want: at(11, 27, 9, 0)},
		{name: "fi/essive weekday and partitive month", text: "torstaina 10. joulukuuta kello 13", want: at(12, 10, 13, 0)},
		{name: "fi/huomenna", text: "Sopiiko huomenna klo 9?", want: at(11, 27, 9, 0)},
		// Czech
		{name: "cs/weekday and a spaced numeric date", text: "čtvrtek 17. 12. 2026 v 9:30", want: at(12, 17, 9, 30)},
		{name: "cs/accusative weekday, genitive month, půl", text: "ve čtvrtek 17. prosince v půl desáté", want: at(12, 17, 9, 30)},
		{name: "cs/od do hod", text: "pondělí 30. listopadu 2026 od 14:00 do 15:00 hod.", want: at(11, 30, 14, 0), dur: time.Hour},
		{name: "cs/zítra", text: "zítra v 10 hod.", want: at(11, 27, 10, 0)},
		{name: "fr/hour in words and a half after heures", text: "jeudi à dix heures et demie", want: at(12, 3, 10, 30)},
		// Slovak
		{name: "sk/accusative weekday, genitive month, o", text: "vo štvrtok 10. decembra o 14:00", want: at(12, 10, 14, 0)},
		{name: "sk/weekday and hod.", text: "v pondelok o 10:00 hod.", want: at(11, 30, 10, 0)},
		{name: "sk/o pol tretej", text: "v stredu 2. decembra o pol tretej", want: at(12, 2, 14, 30)},
		{name: "sk/ordinal hour after o", text: "Hodí sa vám zajtra o desiatej?", want: at(11, 27, 10, 0)},
		{name: "sk/zajtra", text: "zajtra o 9:30", want: at(11, 27, 9, 30)},
		{name: "sk/od do", text: "v utorok 8. decembra od 14:00 do 15:30", want: at(12, 8, 14, 0), dur: 90 * time.Minute},
		{name: "sk/SEČ", text: "vo štvrtok 10. decembra o 14:00 SEČ", want: at(12, 10, 14, 0), zone: "SEČ"},
		{name: "sk/next week, then v and the weekday", text: "budúci týždeň v piatok o 10:00", want: at(12, 4, 10, 0)},
		{name: "sk/accusative Sunday", text: "v nedeľu o 11:00", want: at(11, 29, 11, 0)},
		{name: "sk/popoludní", text: "v piatok 4. decembra o 3 popoludní", want: at(12, 4, 15, 0)},
		{name: "sk/stredoeurópskeho času", text: "10. decembra 2026 o 14:00 (stredoeurópskeho času)",
			want: time.Date(2026, 12, 10, 14, 0, 0, 0, zone(t, "Europe/Bratislava")), zone: "stredoeurópskeho času"},
		{name: "pl/między a", text: "w czwartek 10 grudnia między 14 a 15", want: at(12, 10, 14, 0), dur: time.Hour},
		// Hungarian
		{name: "hu/year first, month, day with its dot, weekday", text: "2026. december 10., csütörtök 14:00", want: at(12, 10, 14, 0)},
		{name: "hu/year first in figures, spaced", text: "Időpont: 2026. 12. 10. 9:30", want: at(12, 10, 9, 30)},
		{name: "hu/a day with its case ending, órakor", text: "december 10-én 14 órakor", want: at(12, 10, 14, 0)},
		{name: "hu/holnap and -kor glued", text: "Holnap 10:30-kor megfelel?", want: at(11, 27, 10, 30)},
		{name: "hu/du. before the hour", text: "pénteken du. 2 órakor", want: at(11, 27, 14, 0)},
		{name: "hu/fél and an hour with its cue glued", text: "december 3-án, csütörtökön fél háromkor", want: at(12, 3, 14, 30)},
		{name: "hu/an hour with its cue glued after a day", text: "december 3-án, csütörtökön tízkor", want: at(12, 3, 10, 0)},
		{name: "hu/-tól -ig", text: "december 8-án 14:00-tól 15:30-ig", want: at(12, 8, 14, 0), dur: 90 * time.Minute},
		{name: "hu/órától óráig", text: "kedden, december 8-án 14 órától 15 óráig", want: at(12, 8, 14, 0), dur: time.Hour},
		{name: "hu/ma on a Hungarian line", text: "ma 16 órakor", want: at(11, 26, 16, 0)},
		{name: "hu/jövő héten", text: "jövő héten pénteken 9:00-kor", want: at(12, 4, 9, 0)},
		{name: "hu/közép-európai idő", text: "december 10. 14:00 (közép-európai idő szerint)",
			want: time.Date(2026, 12, 10, 14, 0, 0, 0, zone(t, "Europe/Budapest")), zone: "közép-európai idő"},
		// Romanian
		{name: "ro/weekday, date, ora", text: "joi, 10 decembrie 2026, ora 14:00", want: at(12, 10, 14, 0)},
		{name: "ro/la ora and a bare hour", text: "Ne vedem vineri la ora 11?", want: at(11, 27, 11, 0)},
		{name: "ro/mâine", text: "mâine la ora 14:30", want: at(11, 27, 14, 30)},
		{name: "ro/maine typed without its accent", text: "Putem vorbi maine la 10?", want: at(11, 27, 10, 0)},
		{name: "ro/de la ... până la", text: "marți, 8 decembrie, de la 14:00 până la 15:30", want: at(12, 8, 14, 0), dur: 90 * time.Minute},
		{name: "ro/de la ... la", text: "miercuri 9 decembrie de la 10:00 la 11:00", want: at(12, 9, 10, 0), dur: time.Hour},
		{name: "ro/an hour in words and a half", text: "vineri la ora două și jumătate", want: at(11, 27, 14, 30)},
		{name: "ro/diacritics with a comma below", text: "sâmbătă, 5 decembrie, ora 10:00", want: at(12, 5, 10, 0)},
		{name: "ro/săptămâna viitoare", text: "săptămâna viitoare, vineri, la ora 9:30", want: at(12, 4, 9, 30)},
		{name: "ro/ora României", text: "joi, 10 decembrie 2026, ora 14:00 (ora României)",
			want: time.Date(2026, 12, 10, 14, 0, 0, 0, zone(t, "Europe/Bucharest")), zone: "ora României"},
		// Turkish
		{name: "tr/date, weekday, günü, saat and an ending glued on", text: "10 Aralık 2026 Perşembe günü saat 14:00'te", want: at(12, 10, 14, 0)},
		{name: "tr/a month with its ending after an apostrophe", text: "10 Aralık'ta saat 10:00", want: at(12, 10, 10, 0)},
		{name: "tr/yarın, saat and a bare hour", text: "Yarın saat 10'da uygun musunuz?", want: at(11, 27, 10, 0)},
		{name: "tr/a dotted time and its ending, no cue", text: "Salı 14.30'da görüşelim mi?", want: at(12, 1, 14, 30)},
		{name: "tr/capitals lose the dotless ı", text: "SALI, 8 ARALIK 2026, SAAT 11:00", want: at(12, 8, 11, 0)},
		{name: "tr/a weekday with its ending", text: "Görüşmeyi Cuma'ya, saat 16:00'ya alabilir miyiz?", want: at(11, 27, 16, 0)},
		{name: "tr/an hour in words and buçuk", text: "Cuma günü saat iki buçukta", want: at(11, 27, 14, 30)},
		{name: "tr/öğleden sonra before saat", text: "Cuma öğleden sonra saat 3'te", want: at(11, 27, 15, 0)},
		{name: "tr/gelecek hafta", text: "gelecek hafta Cuma saat 10:00", want: at(12, 4, 10, 0)},
		{name: "tr/TSİ", text: "10 Aralık 2026 saat 14:00 (TSİ)",
			want: time.Date(2026, 12, 10, 14, 0, 0, 0, zone(t, "Europe/Istanbul")), zone: "TSİ"},
		{name: "tr/Türkiye saati", text: "Perşembe 10 Aralık, saat 15:00 Türkiye saati ile",
			want: time.Date(2026, 12, 10, 15, 0, 0, 0, zone(t, "Europe/Istanbul")), zone: "Türkiye saati"},
		// Hours in words, a 12-hour clock in every language
		{name: "es/hour in words, que viene, de la mañana", text: "Álvaro propone el miércoles que viene a las nueve de la mañana.", want: at(12, 2, 9, 0)},
		{name: "es/hour in words and a half", text: "el miércoles a las cuatro y media", want: at(12, 2, 16, 30)},
		{name: "es/p. m. spaced, as the RAE writes it", text: "el jueves 10 de diciembre a las 3:30 p. m.", want: at(12, 10, 15, 30)},
		{name: "es/a. m. spaced", text: "el jueves 10 de diciembre a las 9:30 a. m.", want: at(12, 10, 9, 30)},
		{name: "de/hour in words with Uhr", text: "am Mittwoch um neun Uhr", want: at(12, 2, 9, 0)},
		{name: "de/halb drei is half past two", text: "Mittwoch um halb drei", want: at(12, 2, 14, 30)},
		{name: "de/am Nachmittag is no a.m.", text: "Passt Ihnen Freitag, der 4. Dezember, um halb drei am Nachmittag?", want: at(12, 4, 14, 30)},
		{name: "de/am Vormittag", text: "Freitag, 4. Dezember, um 10 Uhr am Vormittag", want: at(12, 4, 10, 0)},
		{name: "nl/'s middags", text: "vrijdag 4 december om 3 uur 's middags", want: at(12, 4, 15, 0)},
		{name: "sv/på eftermiddagen", text: "fredag den 4 december klockan 3 på eftermiddagen", want: at(12, 4, 15, 0)},
		{name: "pl/po południu", text: "w piątek 4 grudnia o 3 po południu", want: at(12, 4, 15, 0)},
		{name: "nl/half drie is half past two", text: "woensdag om half drie", want: at(12, 2, 14, 30)},
		{name: "en/half two is half past two", text: "Wednesday at half two", want: at(12, 2, 14, 30)},
		{name: "fr/hour in words with heures", text: "mercredi prochain à neuf heures", want: at(12, 2, 9, 0)},
		{name: "it/hour in words after a weekday", text: "mercoledì prossimo alle nove", want: at(12, 2, 9, 0)},
		{name: "pt/hour in words, que vem", text: "quarta-feira que vem às três horas", want: at(12, 2, 15, 0)},
		{name: "pl/ordinal hour", text: "w środę o dziewiątej", want: at(12, 2, 9, 0)},
		{name: "sv/klockan and a word", text: "på onsdag klockan nio", want: at(12, 2, 9, 0)},
		// Croatian: genitive months of its own, "u" before the weekday
		// and the hour, "sati" after it, the year's dot.
		{name: "hr/weekday, genitive month, year's dot, u and sati", text: "Pozivamo Vas na razgovor u utorak, 1. prosinca 2026. u 9:00 sati u našem uredu.", want: at(12, 1, 9, 0)},
		{name: "hr/godine, s početkom u", text: "Razgovor će se održati 10. prosinca 2026. godine s početkom u 10 sati.", want: at(12, 10, 10, 0)},
		{name: "hr/sutra, 14h", text: "Možemo li se čuti sutra u 14h?", want: at(11, 27, 14, 0)},
		{name: "hr/od do", text: "u četvrtak 10. prosinca od 10:00 do 11:00", want: at(12, 10, 10, 0), dur: time.Hour},
		{name: "hr/numeric date with its closing dot", text: "Termin: četvrtak, 3.12.2026. u 11:30", want: at(12, 3, 11, 30)},
		{name: "hr/listopad is October on a Croatian line", text: "u srijedu, 13. listopada 2027. u 10:00 sati", want: time.Date(2027, 10, 13, 10, 0, 0, 0, berlin)},
		{name: "hr/sljedeći tjedan", text: "sljedeći tjedan u petak u 10 sati", want: at(12, 4, 10, 0)},
		{name: "hr/label lines", text: "Datum: 8. prosinca 2026.\nVrijeme: 10:00 - 11:00", want: at(12, 8, 10, 0), dur: time.Hour},
		// Serbian, in both scripts
		{name: "sr-Cyrl/weekday, genitive month, године, у and часова", text: "Позивамо вас на интервју у уторак, 15. децембра 2026. године, у 11 часова.", want: at(12, 15, 11, 0)},
		{name: "sr-Latn/accusative weekday and časova", text: "Intervju je zakazan za sredu, 9. decembra u 13 časova.", want: at(12, 9, 13, 0)},
		{name: "sr-Cyrl/сутра", text: "Да ли вам одговара сутра у 10 часова?", want: at(11, 27, 10, 0)},
		{name: "sr-Cyrl/accusative weekday and minutes", text: "Видимо се у среду 16. децембра у 10:30.", want: at(12, 16, 10, 30)},
		{name: "sr-Latn/sa početkom u", text: "Razgovor će se održati 10. decembra 2026. sa početkom u 10 časova.", want: at(12, 10, 10, 0)},
		{name: "sr-Cyrl/label lines, nominative month", text: "Датум: 15. децембар 2026.\nВреме: 11:00 часова", want: at(12, 15, 11, 0)},
		// Slovenian
		{name: "sl/v torek, genitive month, ob 10h", text: "Vabimo vas na razgovor v torek, 15. decembra, ob 10h.", want: at(12, 15, 10, 0)},
		{name: "sl/jutri ob 10. uri", text: "Se vidimo jutri ob 10. uri?", want: at(11, 27, 10, 0)},
		{name: "sl/v sredo, year, ob", text: "Razgovor bo v sredo, 16. decembra 2026 ob 14:00 prek Zooma.", want: at(12, 16, 14, 0)},
		{name: "sl/v četrtek ob and a dotted time", text: "Ali vam ustreza v četrtek ob 14.30?", want: at(12, 3, 14, 30)},
		{name: "sl/label lines, spaced numeric date", text: "Datum: 15. 12. 2026\nUra: 10.00", want: at(12, 15, 10, 0)},
		// Bulgarian: "от 14:00 ч." is at 14:00.
		{name: "bg/date, weekday in parentheses, от and ч.", text: "Каним Ви на интервю на 9 декември (сряда) от 14:00 ч. в нашия офис.", want: at(12, 9, 14, 0)},
		{name: "bg/г., от до ч.", text: "Интервюто е на 15 декември 2026 г. от 10:00 до 11:00 ч.", want: at(12, 15, 10, 0), dur: time.Hour},
		{name: "bg/утре", text: "Удобно ли ви е утре в 10:30?", want: at(11, 27, 10, 30)},
		{name: "bg/в сряда в 11 ч.", text: "Можем ли да се чуем в сряда в 11 ч.?", want: at(12, 2, 11, 0)},
		{name: "bg/следващата седмица", text: "следващата седмица в петък от 10 ч.", want: at(12, 4, 10, 0)},
		{name: "bg/label lines", text: "Дата: 9 декември 2026 г.\nЧас: 14:00 ч.", want: at(12, 9, 14, 0)},
		// Ukrainian
		{name: "uk/у четвер, genitive month, о", text: "Запрошуємо вас на співбесіду у четвер, 10 грудня, о 15:00.", want: at(12, 10, 15, 0)},
		{name: "uk/weekday, date, time", text: "четвер, 10 грудня, 15:00", want: at(12, 10, 15, 0)},
		{name: "ru/Cyprus's clock by its adjective", text: "в среду, 2 декабря, в 12:00 по кипрскому времени.",
			want: time.Date(2026, 12, 2, 12, 0, 0, 0, zone(t, "Asia/Nicosia")), zone: "по кипрскому времени"},
		{name: "ru/по and the place", text: "Дата: среда, 9 декабря\nВремя: 16:30-18:00 по Кипру",
			want: time.Date(2026, 12, 9, 16, 30, 0, 0, zone(t, "Asia/Nicosia")), dur: 90 * time.Minute, zone: "по Кипру"},
		{name: "en/the city after the clock's weekday", text: "I'll call at 7am Tues Sydney on the +49 number.",
			want: time.Date(2026, 12, 1, 7, 0, 0, 0, zone(t, "Australia/Sydney")), zone: "Sydney"},
		{name: "el/genitive month and στις", text: "την Πέμπτη 10 Δεκεμβρίου στις 15:30", want: at(12, 10, 15, 30)},
		{name: "el/capitals without accents", text: "ΤΕΤΑΡΤΗ 9 ΔΕΚΕΜΒΡΙΟΥ 2026, 11:00", want: at(12, 9, 11, 0)},
		{name: "el/Greece's clock", text: "Ημερομηνία: Τετάρτη, 9 Δεκεμβρίου 2026\nΏρα: 11:00 (ώρα Ελλάδας)",
			want: time.Date(2026, 12, 9, 11, 0, 0, 0, zone(t, "Europe/Athens")), zone: "ώρα Ελλάδας"},
		{name: "uk/р. and Kyiv's clock", text: "Співбесіда відбудеться 4 грудня 2026 р. о 10:00 за київським часом.",
			want: time.Date(2026, 12, 4, 10, 0, 0, 0, zone(t, "Europe/Kyiv")), zone: "за київським часом"},
		{name: "uk/завтра о 15 годині", text: "Чи зручно вам завтра о 15 годині?", want: at(11, 27, 15, 0)},
		{name: "uk/apostrophe in п’ятницю, з до", text: "у п’ятницю, 11 грудня, з 10:00 до 11:00", want: at(12, 11, 10, 0), dur: time.Hour},
		{name: "uk/label lines", text: "Дата: 10 грудня 2026 р.\nЧас: 15:00", want: at(12, 10, 15, 0)},
		// Russian
		{name: "ru/в четверг, genitive month, в", text: "Приглашаем вас на собеседование в четверг, 10 декабря, в 15:00.", want: at(12, 10, 15, 0)},
		{name: "ru/завтра and Moscow's clock", text: "Давайте созвонимся завтра в 11:00 по Москве?",
			want: time.Date(2026, 11, 27, 11, 0, 0, 0, zone(t, "Europe/Moscow")), zone: "по Москве"},
		{name: "ru/г., с до", text: "10 декабря 2026 г. с 15:00 до 16:00", want: at(12, 10, 15, 0), dur: time.Hour},
		{name: "ru/послезавтра в 3 часа дня", text: "послезавтра в 3 часа дня", want: at(11, 28, 15, 0)},
		{name: "ru/в пятницу, в 10 часов", text: "Удобно ли вам в пятницу, 4 декабря, в 10 часов?", want: at(12, 4, 10, 0)},
		{name: "ru/на следующей неделе", text: "на следующей неделе в пятницу в 11:00", want: at(12, 4, 11, 0)},
		{name: "ru/на следующей неделе after the weekday", text: "в пятницу на следующей неделе в 11:00", want: at(12, 4, 11, 0)},
		{name: "ru/Среда with its date", text: "Среда, 9 декабря, 10:00", want: at(12, 9, 10, 0)},
		{name: "ru/label lines and мск", text: "Дата: 10 декабря 2026 г.\nВремя: 15:00 (мск)",
			want: time.Date(2026, 12, 10, 15, 0, 0, 0, zone(t, "Europe/Moscow")), zone: "мск"},
		// Lithuanian: the month before the day, "d." after it.
		{name: "lt/month, day, d., accusative weekday", text: "Kviečiame į pokalbį sausio 7 d. (ketvirtadienį) 10:00.", want: time.Date(2027, 1, 7, 10, 0, 0, 0, berlin)},
		{name: "lt/year first with m., val.", text: "Pokalbis vyks 2027 m. sausio 7 d. 14 val.", want: time.Date(2027, 1, 7, 14, 0, 0, 0, berlin)},
		{name: "lt/rytoj", text: "Ar jums tiktų rytoj 10 val.?", want: at(11, 27, 10, 0)},
		{name: "lt/nuo iki", text: "gruodžio 10 d. nuo 10:00 iki 11:00", want: at(12, 10, 10, 0), dur: time.Hour},
		{name: "lt/poryt", text: "Gal galėtume poryt 15:00?", want: at(11, 28, 15, 0)},
		{name: "lt/label lines", text: "Data: 2026-12-10\nLaikas: 10:00 val.", want: at(12, 10, 10, 0)},
		// Latvian: the year first with "gada", the locative month, "plkst."
		{name: "lv/otrdien, gada, locative month, plkst.", text: "Aicinām uz interviju otrdien, 2027. gada 12. janvārī, plkst. 18:00.", want: time.Date(2027, 1, 12, 18, 0, 0, 0, berlin)},
		{name: "lv/rīt", text: "Vai jums der rīt plkst. 10:00?", want: at(11, 27, 10, 0)},
		{name: "lv/no līdz", text: "12. janvārī no 10:00 līdz 11:00", want: time.Date(2027, 1, 12, 10, 0, 0, 0, berlin), dur: time.Hour},
		{name: "lv/ceturtdien and a dotted time", text: "ceturtdien, 10. decembrī plkst. 14.00", want: at(12, 10, 14, 0)},
		{name: "lv/parīt", text: "parīt plkst. 9:30", want: at(11, 28, 9, 30)},
		{name: "lv/nākamnedēļ", text: "nākamnedēļ piektdien plkst. 10:00", want: at(12, 4, 10, 0)},
		{name: "lv/label lines, nominative month", text: "Datums: 2027. gada 12. janvāris\nLaiks: 18:00", want: time.Date(2027, 1, 12, 18, 0, 0, 0, berlin)},
		// Estonian
		{name: "et/weekday, nominative month, range", text: "Kutsume teid vestlusele: Neljapäev, 14. jaanuar 2027 13:00–13:45",
			want: time.Date(2027, 1, 14, 13, 0, 0, 0, berlin), dur: 45 * time.Minute},
		{name: "et/homme kell", text: "Kas sobib homme kell 10?", want: at(11, 27, 10, 0)},
		{name: "et/adessive weekday and month, kell and a dotted time", text: "Teisipäeval, 15. detsembril kell 13.00 toimub vestlus.", want: at(12, 15, 13, 0)},
		{name: "et/ülehomme", text: "ülehomme kell 11.30", want: at(11, 28, 11, 30)},
		{name: "et/kuni", text: "reedel, 4. detsembril kell 10.00 kuni 11.00", want: at(12, 4, 10, 0), dur: time.Hour},
		{name: "et/label lines", text: "Kuupäev: 14.01.2027\nKellaaeg: 13:00", want: time.Date(2027, 1, 14, 13, 0, 0, 0, berlin)},
		// Numerals alone
		{name: "num/dots", text: "18.12.2026 10:00", want: at(12, 18, 10, 0)},
		{name: "num/slashes", text: "18/12/2026 10:00", want: at(12, 18, 10, 0)},
		{name: "num/dashes", text: "18-12-2026 10:00", want: at(12, 18, 10, 0)},
		{name: "num/07/12 is 7 December", text: "07/12 10:00", want: at(12, 7, 10, 0)},
		{name: "num/07/12 is July 12 month-first", text: "07/12 10:00", want: time.Date(2027, 7, 12, 10, 0, 0, 0, berlin), opt: monthFirst},
	})
}

// Lang names the language whose words decided, and Langs keeps other
// languages' words from being read.
func TestLangs(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	tests := []struct {
		name  string
		text  string
		langs []string
		want  time.Time // zero: no mention
		lang  string
	}{
		{"German words", "am Donnerstag um 14 Uhr", nil, time.Date(2026, 12, 3, 14, 0, 0, 0, berlin), "de"},
		{"Dutch words", "donderdag 3 december om 13.00 uur", nil, time.Date(2026, 12, 3, 13, 0, 0, 0, berlin), "nl"},
		{"Polish words", "jutro o 10:00", nil, time.Date(2026, 11, 27, 10, 0, 0, 0, berlin), "pl"},
		{"numerals only", "18.12.2026 10:00", nil, time.Date(2026, 12, 18, 10, 0, 0, 0, berlin), ""},
		{"German words not read in English", "Donnerstag um 14 Uhr", []string{"en"}, time.Time{}, ""},
		{"morgen is not French", "morgen om 10:00", []string{"fr"}, time.Time{}, ""},
		{"numerals are read in any language", "18.12.2026 10:00", []string{"fr"}, time.Date(2026, 12, 18, 10, 0, 0, 0, berlin), ""},
		{"mar. is Spanish Tuesday", "mar. 8 dic. 2026 10:00", []string{"es"}, time.Date(2026, 12, 8, 10, 0, 0, 0, berlin), "es"},
		{"mar. is March in English, and dic. nothing", "mar. 8 dic. 2026 10:00", []string{"en"}, time.Time{}, ""},
		{"i morgen is Danish", "i morgen kl. 10", []string{"da"}, time.Date(2026, 11, 27, 10, 0, 0, 0, berlin), "da"},
		{"Croatian words", "u utorak, 1. prosinca 2026. u 9:00 sati", nil, time.Date(2026, 12, 1, 9, 0, 0, 0, berlin), "hr"},
		{"Serbian in Latin letters", "u sredu, 9. decembra u 13 časova", nil, time.Date(2026, 12, 9, 13, 0, 0, 0, berlin), "sr"},
		{"Serbian in Cyrillic letters", "у уторак, 15. децембра 2026. године, у 11 часова", nil, time.Date(2026, 12, 15, 11, 0, 0, 0, berlin), "sr"},
		{"Slovenian words", "v torek, 15. decembra, ob 10h", nil, time.Date(2026, 12, 15, 10, 0, 0, 0, berlin), "sl"},
		{"Bulgarian words", "на 9 декември (сряда) от 14:00 ч.", nil, time.Date(2026, 12, 9, 14, 0, 0, 0, berlin), "bg"},
		{"Ukrainian words", "четвер, 10 грудня, 15:00", nil, time.Date(2026, 12, 10, 15, 0, 0, 0, berlin), "uk"},
		{"Russian words", "в четверг, 10 декабря, в 15:00", nil, time.Date(2026, 12, 10, 15, 0, 0, 0, berlin), "ru"},
		{"Lithuanian words", "sausio 7 d. (ketvirtadienį) 10:00", nil, time.Date(2027, 1, 7, 10, 0, 0, 0, berlin), "lt"},
		{"Latvian words", "otrdien, 2027. gada 12. janvārī, plkst. 18:00", nil, time.Date(2027, 1, 12, 18, 0, 0, 0, berlin), "lv"},
		{"Estonian words", "Neljapäev, 14. jaanuar 2027 13:00–13:45", nil, time.Date(2027, 1, 14, 13, 0, 0, 0, berlin), "et"},
		{"Latvian typed without its accents", "otrdien, 12. janvari, plkst. 18:00", nil, time.Date(2027, 1, 12, 18, 0, 0, 0, berlin), "lv"},
		{"Lithuanian typed without its accents", "gruodzio 10 d. (ketvirtadieni) 10:00", nil, time.Date(2026, 12, 10, 10, 0, 0, 0, berlin), "lt"},
		// "listopada" is November in Polish and October in Croatian: the
		// line's other words decide, and Polish a tie.
		{"listopada on a Polish line", "3 listopada o 10:00", nil, time.Date(2026, 11, 3, 10, 0, 0, 0, berlin), "pl"},
		{"listopada on a Croatian line", "3. listopada 2027. u 10:00 sati", nil, time.Date(2027, 10, 3, 10, 0, 0, 0, berlin), "hr"},
		{"listopada read as Croatian only", "3 listopada o 10:00", []string{"hr"}, time.Date(2026, 10, 3, 10, 0, 0, 0, berlin), "hr"},
		{"Russian words not read in Bulgarian", "в четверг, 10 декабря, в 15:00", []string{"bg"}, time.Time{}, ""},
		{"Cyrillic words not read in English", "завтра в 15:00", []string{"en"}, time.Time{}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.text, Options{Ref: ref, Loc: berlin, Langs: tc.langs})
			if tc.want.IsZero() {
				if len(got) != 0 {
					t.Fatalf("Find(%q) = %+v, want none", tc.text, got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("Find(%q) = %+v, want one mention", tc.text, got)
			}
			if !got[0].Start.Equal(tc.want) {
				t.Errorf("Start = %s, want %s", got[0].Start, tc.want)
			}
			if got[0].Lang != tc.lang {
				t.Errorf("Lang = %q, want %q", got[0].Lang, tc.lang)
			}
		})
	}
}

// TestFindBulletedSlots: a dash that opens a line is a list's bullet, not
// the end of a range begun on the line before ("10:00\n- 11 Aralık").
func TestFindBulletedSlots(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	at := func(d, h, mi int) time.Time { return time.Date(2026, 12, d, h, mi, 0, 0, berlin) }
	tests := []struct {
		name, text string
		want       []time.Time
	}{
		{"tr", "- 10 Aralık Perşembe, saat 10:00\n- 11 Aralık Cuma, saat 15:30", []time.Time{at(10, 10, 0), at(11, 15, 30)}},
		{"en", "- Thursday, 10 December at 10:00\n- 11 December, 15:30", []time.Time{at(10, 10, 0), at(11, 15, 30)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkStarts(t, tc.text, tc.want)
		})
	}
}
