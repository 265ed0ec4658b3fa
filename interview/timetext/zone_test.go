package timetext

import (
	"testing"
	"time"
)

func TestZoneIn(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		iana    string // the zone's name; "" when none is found
		offset  int    // seconds east of UTC on 8 December 2026
		written string
	}{
		{"abbreviation", "The call is at 4:00 PM CET.", "Europe/Berlin", 3600, "CET"},
		{"the mail's zone over the reader's given for reference", "Your schedule (all times Eastern Time, ET) ... 10:00 AM System Design ... For reference, in your time zone (Europe/Berlin) the day runs from 4:00 PM to 8:00 PM.",
			"America/New_York", -18000, "Eastern Time"},
		{"the reader's zone when it is the only one", "in your time zone (Europe/Berlin) that is 4:00 PM", "Europe/Berlin", 3600, "Europe/Berlin"},
		{"US region after a time", "Friday at noon Pacific (9 PM in Berlin)", "America/Los_Angeles", -28800, "Pacific"},
		{"US region elsewhere is a word", "our Pacific Northwest office", "", 0, ""},
		{"US region stated for all times", "Note that all the times below are Eastern.", "America/New_York", -18000, "times below are Eastern"},
		{"a region that is no statement", "Our Central team meets on Fridays.", "", 0, ""},
		{"Europe's region stated", "All times are Central European.", "", 0, ""},
		{"US region stated in brackets", "A rough outline (times Eastern):\nWed Jan 20\n- 3:00 pm meeting with the Chair", "America/New_York", -18000, "(times Eastern"},
		{"Mexico in Spanish", "a las 10:00 a.m. (hora del centro de México)", "America/Mexico_City", -21600, "hora del centro de México"},
		{"Mexico City's abbreviation in brackets", "Martes 15 de diciembre de 2026, 9:00 a 10:30 h (CDMX) / 16:00 a 17:30 h (Berlín)", "America/Mexico_City", -21600, "CDMX"},
		{"a country's time in English", "at 14:00 Irish time", "Europe/Dublin", 0, "Irish time"},
		{"another country's time in Polish", "czwartek, 10 grudnia, 14:00-15:30 czasu irlandzkiego (u nas 15:00)", "Europe/Dublin", 0, "czasu irlandzkiego"},
		{"London's, in Polish", "środa, 9 grudnia o 11:00 czasu londyńskiego", "Europe/London", 0, "czasu londyńskiego"},
		{"the United Kingdom's, in Portuguese", "Prazo: segunda-feira, 7 de dezembro de 2026, às 23:59 (hora do Reino Unido)", "Europe/London", 0, "hora do Reino Unido"},
		{"the Netherlands' time, in Romanian", "Ora: 10:00 ora Olandei (11:00 ora României)", "Europe/Amsterdam", 3600, "ora Olandei"},
		{"a phrase with a hyphen, in French", "lundi 7 décembre à 10h (heure de Terre-Neuve)", "America/St_Johns", -12600, "heure de Terre-Neuve"},
		// A city names a zone more precisely than "Irish time" does; but
		// here it is the reader's clock, given to convert the mail's.
		{"the mail's clock, not the one it adds an hour for", "LOOP: Tuesday 15 December 2026\nAll times Irish time (GMT) -- add one hour for Berlin.\n  09:30 - 10:25  Coding",
			"Europe/Dublin", 0, "Irish time"},
		{"the mail's clock, not the one given again in parentheses", "BAR RAISER: Thursday 17 December, 16:00 - 16:55 Irish time (17:00 Berlin)",
			"Europe/Dublin", 0, "Irish time"},
		{"the mail's clock, not the one after a slash", "Panel: Thursday, 16:00 Irish time / 17:00 Berlin", "Europe/Dublin", 0, "Irish time"},
		{"the writer's clock, not the one given again in a city", "Mittwoch, 9. Dezember, 17:00-18:00 Uhr bei uns (10:00-11:00 Uhr in Austin)", "", 0, ""},
		{"a third person's clock in a city", "which is 7pm Tuesday evening for her in Melbourne", "Australia/Melbourne", 39600, "in Melbourne"},
		{"the writer's own clock in a city is none", "4pm Pacific is 1am for me in Berlin", "America/Los_Angeles", -28800, "Pacific"},
		{"a city in parentheses without a clock is the mail's", "Interview on Thursday at 10:00 (Berlin)", "Europe/Berlin", 3600, "Berlin"},
		{"the Canary Islands' hour", "a las 10:30 h (hora canaria, es decir, una hora menos que en Madrid)", "Atlantic/Canary", 0, "hora canaria"},
		{"Quebec's eastern time", "le jeudi 10 décembre à 10 h (heure de l'Est)", "America/Toronto", -18000, "heure de l'Est"},
		{"Quebec's eastern time after a clock with PM, as Zoom writes it", "Heure : 15 déc. 2026 02:15 PM Heure de l’Est (États-Unis et Canada)", "America/Toronto", -18000, "Heure de l’Est"},
		{"Quebec's abbreviation", "le mardi 15 décembre à 14 h 15 HNE", "America/Toronto", -18000, "HNE"},
		{"Quebec's abbreviation of the Pacific", "mercredi 9 décembre, 9 h 30 HNP", "America/Vancouver", -28800, "HNP"},
		{"a Quebec abbreviation away from a clock is a word", "L'équipe HNE vous écrira.", "", 0, ""},
		{"German abbreviation", "um 10 Uhr MEZ", "Europe/Berlin", 3600, "MEZ"},
		{"summer abbreviation keeps the region", "um 10 Uhr MESZ", "Europe/Berlin", 3600, "MESZ"},
		{"IST is India", "11 AM IST", "Asia/Kolkata", 19800, "IST"},
		{"an Australian state's clock", "Technical interview – Monday 7 Dec, 4:30pm QLD time", "Australia/Brisbane", 36000, "QLD time"},
		{"Western Australia's", "Tuesday at 9am WA time", "Australia/Perth", 28800, "WA time"},
		{"New Zealand's, as a one-way tool writes it", "Please complete your interview before: Sunday 29 November 2026, 11:59pm (New Zealand Daylight Time)", "Pacific/Auckland", 46800, "New Zealand"},
		{"East Africa's spelled out", "Thursday at 10:00 East Africa Time", "Africa/Nairobi", 10800, "East Africa Time"},
		{"Israel's spelled out", "Sunday 13 December, 10:00 (Israel Standard Time)", "Asia/Jerusalem", 7200, "Israel Standard Time"},
		{"BST is London", "14:30 BST", "Europe/London", 0, "BST"},
		{"GMT is exact", "10:00 (GMT)", "UTC", 0, "GMT"},
		{"UTC with offset", "16:00 UTC+1", "UTC+1", 3600, "UTC+1"},
		{"GMT with offset and minutes", "16:00 GMT+05:30", "GMT+05:30", 19800, "GMT+05:30"},
		{"IANA name", "Time zone: America/New_York", "America/New_York", -18000, "America/New_York"},
		{"IANA wins", "10 AM EST (America/Chicago)", "America/Chicago", -21600, "America/Chicago"},
		{"words", "all times in Central European Time", "Europe/Berlin", 3600, "Central European Time"},
		{"words in summer", "Central European Summer Time", "Europe/Berlin", 3600, "Central European Summer Time"},
		{"Teams", "(UTC-05:00) Eastern Time (US & Canada)", "America/New_York", -18000, "UTC-05:00 Eastern Time"},
		{"Outlook cities", "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "Europe/Amsterdam", 3600, "UTC+01:00 Amsterdam"},
		{"Outlook UTC London", "(UTC) Dublin, Edinburgh, Lisbon, London", "Europe/Dublin", 0, "UTC Dublin"},
		{"heure de Paris", "à 10h (heure de Paris)", "Europe/Paris", 3600, "heure de Paris"},
		{"hora de Madrid", "a las 16:30 (hora de Madrid)", "Europe/Madrid", 3600, "hora de Madrid"},
		{"ora italiana", "alle 15:00 ora italiana", "Europe/Rome", 3600, "ora italiana"},
		{"a country's time in Spanish", "a las 11 hs (hora Argentina)", "America/Argentina/Buenos_Aires", -10800, "hora Argentina"},
		{"a city's time in Spanish", "9:00 (hora de Bogotá)", "America/Bogota", -18000, "hora de Bogotá"},
		{"a two-word city", "15:00 Buenos Aires time", "America/Argentina/Buenos_Aires", -10800, "Buenos Aires time"},
		{"city time", "3pm New York time", "America/New_York", -18000, "New York time"},
		{"two letters after a time", "2pm ET", "America/New_York", -18000, "ET"},
		{"two letters alone are no zone", "ET phone home", "", 0, ""},
		{"lower-case et and ist are words", "Das ist gut, et voilà.", "", 0, ""},
		{"a city's time in Spanish, without de", "a las 9:30 a.m. hora Bogotá (3:30 p.m. hora de Berlín)", "America/Bogota", -18000, "hora Bogotá"},
		{"a city's time by its German adjective", "11 Uhr New Yorker Zeit – also 17 Uhr bei uns", "America/New_York", -18000, "New Yorker Zeit"},
		{"Brasília's abbreviation after a range", "das 10h às 11h (BRT)", "America/Sao_Paulo", -10800, "BRT"},
		{"a department is no zone", "Head of ICT, Kunst (ART)", "", 0, ""},
		{"a country's code after a time", "Dale, confirmadísimo!! Martes 22/12 a las 11:00 hs (ARG)", "America/Argentina/Buenos_Aires", -10800, "ARG"},
		{"Colombia's abbreviation after a time", "el jueves a las 10:00 COT", "America/Bogota", -18000, "COT"},
		{"the Gulf's after a time", "Sunday 13 December at 11:00 AM GST is fine for me", "Asia/Dubai", 14400, "GST"},
		{"a sales tax is no zone", "The fee is AUD 450 + GST, payable by 10 December.", "", 0, ""},
		{"a company's initials are no Turkish zone", "TSI Holdings meets you at the office.", "", 0, ""},
		{"the Turkish zone after a time", "Perşembe saat 14:00 TSİ", "Europe/Istanbul", 10800, "TSİ"},
		{"Zoom's country after a time", "Dec 3, 2026 06:00 PM India", "Asia/Kolkata", 19800, "India"},
		{"a country alone is no zone", "Our team in India is growing.", "", 0, ""},
		{"a city alone is no zone", "Our office in Berlin is lovely.", "", 0, ""},
		{"nothing", "Hello", "", 0, ""},
	}
	day := time.Date(2026, 12, 8, 12, 0, 0, 0, time.UTC)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			loc, written, ok := ZoneIn(tc.text)
			if tc.iana == "" {
				if ok {
					t.Fatalf("ZoneIn(%q) = %s %q, want none", tc.text, loc, written)
				}
				return
			}
			if !ok {
				t.Fatalf("ZoneIn(%q) found none", tc.text)
			}
			if loc.String() != tc.iana {
				t.Errorf("zone = %s, want %s", loc, tc.iana)
			}
			if _, off := day.In(loc).Zone(); off != tc.offset {
				t.Errorf("offset = %d, want %d", off, tc.offset)
			}
			if written != tc.written {
				t.Errorf("written = %q, want %q", written, tc.written)
			}
		})
	}
}

// TestPlaceZone: the city on an invitation's place line gives its clock.
func TestPlaceZone(t *testing.T) {
	tests := []struct {
		name, text, iana string // iana "" when none
	}{
		{"Greenhouse location line", "Date: Wednesday, November 25th, 2026\nLocation: Kestrel Payments, 14 Leonard Street, London EC2A 4LX", "Europe/London"},
		{"German Ort", "Ort: Isarwerk, Leopoldstraße 20, 80802 München", "Europe/Berlin"},
		{"quoted", "> Adresse : 18 rue de Lisbonne, 75008 Paris", "Europe/Paris"},
		{"Finnish Paikka", "Aika: torstai 14.1.2027 klo 13.15\nPaikka: Kaupungintalo, Mannerheimintie 5, 00100 Helsinki", "Europe/Helsinki"},
		{"Lithuanian Vieta", "Vieta: Gedimino pr. 9, Vilnius", "Europe/Vilnius"},
		{"Portuguese Morada in capitals, no colon", "PODE VIR CA NA SEXTA FEIRA DIA 18 AS 9H30\nMORADA RUA DE ARROIOS 88 LOJA B 1150-054 LISBOA", "Europe/Lisbon"},
		{"a street named after a city", "Location: Londoner Straße 4, 80331 Munich", "Europe/Berlin"},
		{"a street named after a capital", "Lieu : 12 rue de Rome, 75008 Paris", "Europe/Paris"},
		{"two-word city", "Venue: WeWork, 115 W 18th St, New York, NY", "America/New_York"},
		{"a video call has no city", "Location: Microsoft Teams meeting", ""},
		{"a city in running text is no place line", "Our London office is closed on Friday.", ""},
		{"a British postcode, a town followupd does not know", "Location: Education Centre (Level 2), Calderbrook General Hospital, Ashby Road, Calderbrook, CB4 2QT", "Europe/London"},
		{"an Irish Eircode", "Venue: Harbour House, Quay Road, Ballyconneely, H91 X2Y4", "Europe/Dublin"},
		{"a room code is no postcode", "Location: Building B2 room 4AB, Teams", ""},
		{"a table's label cell, the address on the next line", "Date Thursday, 7 January 2027\nTime 09:30 – 13:00\nLocation Greenacre Foods Salford Quays\nBroadway, Salford M50 2UW", "Europe/London"},
		{"the label cell in its own language", "Ort Isarwerk\nLeopoldstraße 20, 80802 München", "Europe/Berlin"},
		{"a sentence starting with the word is no label", "Where we meet is up to you, Tom said: maybe Paris, maybe London", ""},
		{"the next line only after a place", "Date Thursday\nBroadway, Salford M50 2UW", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			loc, _, ok := PlaceZone(tc.text)
			got := ""
			if ok {
				got = loc.String()
			}
			if got != tc.iana {
				t.Errorf("PlaceZone = %q, want %q", got, tc.iana)
			}
		})
	}
}

// TestMeetingCity: a sentence that meets in a city's office or hotel is
// on that city's clock; one without a venue, or with cities on two
// clocks, says nothing.
func TestMeetingCity(t *testing.T) {
	tests := []struct {
		name, sentence, iana string // iana "" when none
	}{
		{"a hotel in a city", "She is in Hamburg for a customer visit on Tuesday 8 December and can see you at 2pm that afternoon at the Hotel Atlantic.", "Europe/Berlin"},
		{"our office in a two-word city", "Could you come to our office in New York on Thursday at 10am?", "America/New_York"},
		{"German, on site", "Das Gespräch findet vor Ort in Wien statt, am Montag um 14 Uhr.", "Europe/Vienna"},
		{"Spanish, our office", "Te esperamos en nuestra oficina en Lisboa el jueves a las 10:00.", "Europe/Lisbon"},
		{"in person", "Happy to meet in person in Lisbon on the 9th at 11.", "Europe/Lisbon"},
		{"no venue: a city in passing", "I'll be in London on Monday, so shall we talk on Tuesday at 2pm?", ""},
		{"two cities on two clocks", "Our office in London or the one in Berlin, Tuesday at 2pm.", ""},
		{"a venue without a city", "Come to our office on Tuesday at 2pm.", ""},
		// An address is where one goes, whatever words lead to it.
		{"a British address", "I would like to invite you to attend for interview on Thursday 10th December 2026 in the Boyd Orr Building, University Avenue, Glasgow G12 8QQ.", "Europe/London"},
		{"an Irish Eircode", "Please come to Block C, Grand Canal Quay, D02 X285 on the 9th at half ten.", "Europe/Dublin"},
		{"a continental postal code before its town", "Wir freuen uns, Sie am 14.12. um 10 Uhr in der Rua Augusta 27, 1100-048 Lisboa zu sehen; Anfahrt über 1100 Lisboa.", "Europe/Lisbon"},
		{"a French address", "Rendez-vous le mardi 8 décembre à 10h30 au 18 rue de Lisbonne, 75008 Paris.", "Europe/Paris"},
		{"a number that is no postal code", "Our 2000 Employees look forward to meeting you on Tuesday at 2pm.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			loc, ok := MeetingCity(tc.sentence)
			got := ""
			if ok {
				got = loc.String()
			}
			if got != tc.iana {
				t.Errorf("MeetingCity = %q, want %q", got, tc.iana)
			}
		})
	}
}

func TestSignatureZone(t *testing.T) {
	tests := []struct {
		name, text, iana string // iana "" when none
	}{
		{"US city and state code", "Does Thursday 12/3 at 10:30am work?\n\nKayla Morrison\nTechnical Recruiter\nAustin, TX\n(512) 555-0187", "America/Chicago"},
		{"state code with ZIP", "Thanks,\nDana\n500 W 2nd St, Austin, TX 78701", "America/Chicago"},
		{"state by name", "Best,\nLee\nPortland, Oregon", "America/Los_Angeles"},
		{"Canadian province", "Cheers,\nPriya\nToronto, ON M5V 2T6", "America/Toronto"},
		{"Australian state and postcode", "Cheers,\nLiam\n--\nLiam O'Connor\nLevel 4, 50 Holt St, Surry Hills NSW 2010\n+61 412 908 331", "Australia/Sydney"},
		{"Queensland keeps its own clock", "Thanks,\nMia\n12 Eagle St, Brisbane City QLD 4000", "Australia/Brisbane"},
		{"a known city with a postcode", "Kind regards,\nTom\n14 Leonard Street, London EC2A 4LX", "Europe/London"},
		{"parts split by a middle dot", "Saludos,\nLucía\nTalento · Madrid · España", "Europe/Madrid"},
		{"a city in a sentence is no signature", "Best,\nTom\nI will be in London on Monday, so we can meet there?", ""},
		{"no place at all", "Best,\nTom\nHead of Talent", ""},
		// A number in international form places its writer, in a
		// country of one zone.
		{"a British number and no place", "Best,\nTom\nHead of Talent\n+44 20 7946 0000", "Europe/London"},
		{"an Irish number with its trunk zero", "Thanks,\nCiarán\nT: +353 (0)1 662 0419 | M: +353 87 214 5530", "Europe/Dublin"},
		{"a North American number says no zone", "Best,\nKayla\nRecruiter\n+1 512 555 0187", ""},
		{"a place beats a number", "Best,\nKayla\nAustin, TX\n+44 20 7946 0000", "America/Chicago"},
		{"a code without a place before it", "Thanks,\nJo\nOK", ""},
		{"a lower-case word before a code is no place", "see you then, ok\nin any case, IN", ""},
		{"a place far above the end is no signature", "Austin, TX\n1\n2\n3\n4\n5\n6\n7\n8\n9", ""},
		{"a degree after a name is no state", "Mit freundlichen Grüßen\nBirgit Pichler, MA\nHuman Resources\nDonaustahl Digital GmbH", ""},
		{"the same code after a known city is the state", "Best,\nJo\nBoston, MA", "America/New_York"},
		{"or with a ZIP code", "Best,\nJo\n1 Main St, Cambridge, MA 02139", "America/New_York"},
		{"a first name that is a city signs the letter", "Ha en fin dag!\n\nSofia Nyström\nTalent Acquisition | Tallbacka Systems AB\n070-555 42 18", ""},
		{"a name line, then the office", "Best,\nAustin Lee\nRecruiter\nDenver, CO", "America/Denver"},
		{"a British postcode, the town unknown", "Kind regards\nJoanne\nKingsmead General Hospital, Harrow Lane, Kingsmead KM4 2QT\nTel: 01632 960418", "Europe/London"},
		{"an Eircode", "Thanks,\nAoife\nUnit 4, Harbour Road, Howth, Co. Dublin D13 K2X8", "Europe/Dublin"},
		{"a code in a sentence is none", "Best,\nTom\nPlease quote ref AB1 2CD when you reply to this message today", ""},
		{"a postcode in a long sentence is none", "Best,\nTom\nPlease send the signed form to our office at SW1A 1AA when you have a moment", ""},
		{"a legal footer's registered office", "Thanks,\nGemma\nHarbourline Recruitment\nDD: 0117 496 0215\n\n" +
			"Harbourline Recruitment Ltd is acting as an employment agency. Registered in England & Wales No. 08812345. Registered office: 14 Queen Square, Bristol BS1 4NT.", "Europe/London"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			loc, _, ok := SignatureZone(tc.text)
			got := ""
			if ok {
				got = loc.String()
			}
			if got != tc.iana {
				t.Errorf("SignatureZone = %q, want %q", got, tc.iana)
			}
		})
	}
}

// TestZoneOfTheNextLineStaysThere: a mention's own zone, and on the next
// line the same time given again on the reader's clock: "→ Berlin time"
// belongs to that line, not to the time above it.
func TestZoneOfTheNextLineStaysThere(t *testing.T) {
	opt := defaultOptions(t)
	tests := []struct {
		name, text string
		want       time.Time
	}{
		{"Korean", "- 일시 / Date & time: 2026년 12월 3일 (목) 오후 5시 ~ 6시 (KST)\n  → Berlin time: Thursday, Dec 3, 9:00 AM - 10:00 AM",
			time.Date(2026, 12, 3, 8, 0, 0, 0, time.UTC)},
		{"English", "Date & time: Thursday 3 December, 5pm – 6pm (SGT)\n→ Berlin time: Thursday, 10:00 AM – 11:00 AM",
			time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, opt)
			if len(got) == 0 {
				t.Fatalf("Find found nothing")
			}
			if !got[0].Start.Equal(tt.want) {
				t.Errorf("Find[0] = %s zone %q, want %s", got[0].Start, got[0].Zone, tt.want)
			}
		})
	}
}

// TestVisitedCity: a writer who will be in a city and asks to meet there
// in person gives that city's clock; being somewhere without meeting in
// person, or meeting without being anywhere, gives none.
func TestVisitedCity(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string // want "" for none
	}{
		{"en, a stay and a coffee", "I'm in Berlin for a few days the first week of December - fancy an informal coffee chat? Would Thursday 3rd around 11 work?", "Europe/Berlin"},
		{"en, will be in, lunch", "I'll be in Amsterdam next week and would love to grab lunch - Tuesday at 12:30?", "Europe/Amsterdam"},
		{"de, bin in, Kaffee", "Ich bin nächste Woche in Hamburg – hätten Sie Zeit für einen Kaffee am Dienstag um 10?", "Europe/Berlin"},
		{"fr, serai à, café", "Je serai à Paris mardi, on prend un café à 10h ?", "Europe/Paris"},
		{"es, estaré en, café", "Estaré en Madrid el jueves; ¿tomamos un café a las 9?", "Europe/Madrid"},
		{"a video call from a trip", "I'm in New York next week, so let's do a video call on Tuesday at 10.", ""},
		{"an office, nobody visiting", "Our office in London is on the 3rd floor; the interview is at 10 on Tuesday.", ""},
		{"was there, not will be", "I was in Lisbon last week. Coffee some time? Thursday 11?", ""},
		{"lived there for years", "I ran the bar at weekends in a pub in Dublin for three years during uni. I'll take a long lunch on Thursday.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			loc, ok := VisitedCity(tc.text)
			got := ""
			if ok {
				got = loc.String()
			}
			if got != tc.want {
				t.Errorf("VisitedCity(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestRelativeDayOnTheStatedClock: "tomorrow" and "today" are the
// writer's, counted on the clock the mention states. Written at 20:47 in
// New York, already 02:47 the next day in Berlin, "tomorrow at 10am ET"
// is the day after the writer's Monday, not after the reader's Tuesday.
func TestRelativeDayOnTheStatedClock(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	ny, _ := time.LoadLocation("America/New_York")
	ref := time.Date(2026, 11, 30, 20, 47, 0, 0, ny)
	tests := []struct {
		name, text string
		want       time.Time
	}{
		{"tomorrow, Eastern", "Would tomorrow at 10am ET work for a 30-minute call?", time.Date(2026, 12, 1, 15, 0, 0, 0, time.UTC)},
		{"tomorrow, Berlin's clock", "Would tomorrow at 10:00 CET work?", time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)},
		{"tomorrow, no zone", "Would tomorrow at 10am work?", time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, Options{Ref: ref, Loc: berlin})
			if len(got) != 1 || !got[0].Start.Equal(tt.want) {
				t.Fatalf("Find = %+v, want one at %s", got, tt.want)
			}
		})
	}
}

// TestRegionZone: a state's or a province's postal code as an address
// writes it, and nothing else.
func TestRegionZone(t *testing.T) {
	for _, tc := range []struct {
		code, want string
		ok         bool
	}{
		{"TX", "America/Chicago", true},
		{"CA", "America/Los_Angeles", true},
		{"ON", "America/Toronto", true},
		{"tx", "", false},
		{"texas", "", false},
		{"ZZ", "", false},
	} {
		if got, ok := RegionZone(tc.code); got != tc.want || ok != tc.ok {
			t.Errorf("RegionZone(%q) = %q, %v; want %q, %v", tc.code, got, ok, tc.want, tc.ok)
		}
	}
}

// TestStreetZone: a street address beside a clock time puts the meeting
// in its city; a footer's address, beside no time, does not.
func TestStreetZone(t *testing.T) {
	tests := []struct {
		name, text, iana string // iana "" when none
	}{
		{"a text message's address after the time", "Can you come in for an interview Mon 12/7 at 1pm? 9701 Metric Blvd Ste 200 Austin. Bring your DL", "America/Chicago"},
		{"a street, a comma and the city", "Interview: Tuesday at 10:30 a.m.\n1200 Main Street, Suite 400, Dallas", "America/Chicago"},
		{"a British address", "See you Thursday at 2pm at 14 Leonard Street, London EC2A 4LX.", "Europe/London"},
		{"a footer with no time", "Thanks for applying.\n\n© 2026 Indeed, Inc. 6433 Champion Grandview Way, Building 1, Austin, TX 78750", ""},
		{"an address with no city followupd knows", "Come by at 1pm: 12 Elm Street, Springdale", ""},
		{"a time with no address", "Can you do Monday at 1pm?", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			loc, _, ok := StreetZone(tc.text)
			got := ""
			if ok {
				got = loc.String()
			}
			if got != tc.iana {
				t.Errorf("StreetZone(%q) = %q, want %q", tc.text, got, tc.iana)
			}
		})
	}
}
