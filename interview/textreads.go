package interview

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/followupd/followupd/interview/timetext"
	"github.com/followupd/followupd/mail"
)

// timeRead is one day-and-time written in a message, with what its
// sentence says about it.
type timeRead struct {
	found    foundTime
	sentence string // the sentence it stands in, as written
	context  string // the line, a label line before it and the sentence
	score    int

	keyword, confirm, reschedule, call, accept bool
	question, rehearsal, round, deadline       bool

	pos int  // where it stands in the text
	old bool // "instead of Tuesday at 10": the time being moved away from
	// putOff is an old time that the interview is put off from, the
	// new one yet to come ("reporter votre entretien de demain (jeudi
	// 3 décembre, 11h00)", see postponedBefore).
	putOff bool
	due    bool // "by tomorrow noon": a deadline to answer by, not a meeting
	// option is set for one of several times listed to choose from
	// (listedOptions): offered, never fixed by the words around it.
	option bool
	// converted is set for a time given again in the reader's zone
	// ("that's 10pm Tuesday for you"): the same meeting, said twice.
	converted bool
}

// foundTime is a point in time read from text.
type foundTime struct {
	Start time.Time
	Dur   time.Duration // the length a range gives ("10:00 – 11:00"), or zero
	Text  string        // the words the time was read from
	Zone  string        // the zone as written, "" when the stated or the user's zone was used
	// Relative is set when the day was read from a weekday or a word
	// ("Thursday", "tomorrow"): the nearest such day, which a thread's
	// known interview may correct (builder.confirmation).
	Relative bool
	// Yours is set when the words say it is the reader's clock ("11.30
	// yours"): the writer gives the user's time, whatever else the
	// message says on its own clock.
	Yours bool
}

// zone is where a time the message writes without a zone happens: the
// zone the message states elsewhere ("all times are Eastern"), else its
// place's, else its writer's as the signature places them, else the
// user's. Never the Date header's offset: that is where the sender's
// computer was, and a UTC server says nothing of the interview.
func (a *analysis) zone(cfg Config) *time.Location {
	if a.zoneDone {
		return a.zoneLoc
	}
	a.zoneDone = true
	a.zoneLoc = cfg.location()
	if loc, ok := a.statedZone(); ok {
		a.zoneLoc = loc
	} else if loc, _, ok := timetext.PlaceZone(truncate(a.full, maxText)); ok {
		// No zone written: an interview met in person is on its city's clock.
		a.zoneLoc = loc
	} else if loc, ok := meetingCity(a.text); ok {
		// Nor an address: a sentence that meets in a city's office or
		// hotel ("She is in Hamburg ... can see you at 2pm ... at the
		// Hotel Atlantic"), whoever writes from elsewhere.
		a.zoneLoc = loc
	} else if loc, ok := timetext.VisitedCity(truncate(a.full, maxText)); ok && !a.sent {
		// Nor a venue in a city: a writer who will be in the user's
		// city, or another, and asks to meet there ("I'm in Berlin for a
		// few days ... fancy an informal coffee chat?").
		a.zoneLoc = loc
	} else if loc, _, ok := timetext.StreetZone(truncate(a.own, maxText)); ok && !a.sent {
		// Nor a city named as a venue: a street address beside the
		// time ("Mon 12/7 at 1pm? 9701 Metric Blvd Ste 200 Austin").
		a.zoneLoc = loc
	} else if loc, _, ok := timetext.SignatureZone(withoutNameLines(truncate(a.own, maxText), a.people)); ok && !a.sent && !a.relayed {
		// Nor a place: the writer's own clock, as their signature
		// places them ("Austin, TX"); not a relay's footer.
		a.zoneLoc = loc
	} else if a.publicZone != nil {
		// Nor a signature: a country's public service hires on its
		// own clock ("Time: 13:30" from Civil Service Jobs).
		a.zoneLoc = a.publicZone
	} else if loc := markedCountry(a.fromNames+"\n"+withoutCopyright(a.text), a.sentAt, a.zoneLoc); loc != nil && !a.sent {
		// Nor a public service's domain: the money, the country or the
		// service it names, with a Date header on that country's clock
		// ("Would you be able to come in earlier ... at 10:45am?" from
		// "HOLLINRAKE, Gemma (... NHS FOUNDATION TRUST)" at +00:00).
		// (Not a service's copyright line: "© 2026 LinkedIn Ireland
		// Unlimited Company, Wilton Place, Dublin 2" under every
		// notice, stamped +00:00, says where LinkedIn is.)
		a.zoneLoc = loc
	} else {
		return a.zoneLoc
	}
	a.zoneNamed = true
	return a.zoneLoc
}

// statedZone is the zone the message states: in its own words first,
// then in what it quotes ("Perfect, Thursday at 2pm then" answers a mail
// that said "all times UK").
func (a *analysis) statedZone() (*time.Location, bool) {
	if !a.statedDone {
		a.statedDone = true
		if loc, _, ok := timetext.ZoneIn(a.text); ok {
			a.stated = loc
		} else if loc, _, ok := timetext.ZoneIn(truncate(a.full, maxText)); ok {
			a.stated = loc
		}
	}
	return a.stated, a.stated != nil
}

// writersCountry returns the zone of the one country whose language the
// times without a zone are written in, when the Date header's offset is
// that country's and not the user's: "Vastaa viimeistään: su 6.12.2026
// klo 23.59" from a Finnish insurer, sent at +02:00 to a user in Berlin,
// is Helsinki's 23:59. Two signals that agree, neither taken alone: the
// language may be the user's own, and the offset a server's. Only the
// languages of one zone count (not English, Spanish, French or
// Portuguese, spoken on several continents), and a few of them alone
// (soleCountry) where the mail names no place.
func writersCountry(found []timetext.Mention, sent time.Time, user *time.Location, placed bool) *time.Location {
	lang := ""
	for _, mt := range found {
		if mt.Zone != "" {
			continue
		}
		l := mt.Lang
		if l == "" {
			// "6.12.2026 klo 23.59": figures, and the word that
			// announces the clock in one language.
			for _, w := range words(strings.ToLower(mt.Text)) {
				if cl := clockWordLanguages[w]; cl != "" {
					l = cl
				}
			}
		}
		if l == "" {
			continue
		}
		if lang != "" && l != lang {
			return nil
		}
		lang = l
	}
	if soleCountry[lang] && !placed {
		// Finnish and the Baltic languages are each written in one
		// country, on a clock that is not Central Europe's, and by
		// few people living elsewhere: "Aika: keskiviikko 13.1.2027
		// klo 10.00" from a Finnish town's Varbi, whose server stamps
		// +01:00, is Helsinki's 10:00. Unless the mail names a place
		// (placed): a hotel in Munich invites in Ukrainian.
		if loc, err := time.LoadLocation(languageZones[lang]); err == nil && !sameOffsets(loc, user, sent) {
			return loc
		}
	}
	return sentAtOffsetOf(languageZones[lang], sent, user)
}

// soleCountry are the languages of languageZones whose times need no
// Date header to agree: each written in one country, on another clock
// than Central Europe's. (Not Greek, Romanian, Bulgarian or Ukrainian,
// which many write from Germany too.)
var soleCountry = map[string]bool{"fi": true, "et": true, "lv": true, "lt": true}

// sameOffsets reports two zones on the same UTC offset at t.
func sameOffsets(a, b *time.Location, t time.Time) bool {
	_, x := t.In(a).Zone()
	_, y := t.In(b).Zone()
	return x == y
}

// sentAtOffsetOf returns the zone iana when the Date header's offset, sent, is
// that zone's on that day and not the user's: the second signal of
// writersCountry and markedCountry. Nil otherwise.
func sentAtOffsetOf(iana string, sent time.Time, user *time.Location) *time.Location {
	if iana == "" {
		return nil
	}
	loc, err := time.LoadLocation(iana)
	if err != nil {
		return nil
	}
	if !sameOffsets(sent.Location(), loc, sent) || sameOffsets(sent.Location(), user, sent) {
		return nil
	}
	return loc
}

// withoutCopyright is text without its copyright lines ("© 2026 LinkedIn
// Ireland Unlimited Company, Wilton Place, Dublin 2").
func withoutCopyright(text string) string {
	if !strings.Contains(text, "©") {
		return text
	}
	var b strings.Builder
	for line := range strings.SplitSeq(text, "\n") {
		if !strings.Contains(line, "©") {
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// markedCountry returns the zone of the one country whose money or name a
// text gives ("Finance Systems Analyst (£42-45k)", "₹28 LPA", "your right
// to work in the UK"), when the Date header's offset is that country's and
// not the user's: an agency in Leeds that writes "Mon 7th Dec @ 2pm" at
// +00:00 means 2pm in Leeds. Two signals that agree, as in writersCountry;
// neither alone.
func markedCountry(text string, sent time.Time, user *time.Location) *time.Location {
	text = truncate(text, 8<<10)
	var ws []string // the text's words, split once, when a mark is a word
	iana := ""
	for _, c := range countryMarks {
		var at bool
		if c.word {
			if ws == nil {
				ws = words(text)
			}
			at = slices.Contains(ws, c.mark)
		} else {
			at = strings.Contains(text, c.mark)
		}
		if !at {
			continue
		}
		if iana != "" && iana != c.iana {
			return nil // two countries' marks: neither says where
		}
		iana = c.iana
	}
	// "3 Wellington Place, Leeds LS1 4AP": a British postcode.
	if ukPostcodeRE.re().MatchString(text) {
		if iana != "" && iana != "Europe/London" {
			return nil
		}
		iana = "Europe/London"
	}
	// "1450 Orchard Avenue, Cedar Valley, CA 95688": an American state
	// and ZIP code, on the clock that covers most of the state (the
	// Date header's offset must agree, so a state of two zones is read
	// only when the writer's is its main one).
	for _, m := range usAddressRE.re().FindAllStringSubmatch(text, -1) {
		z, ok := timetext.RegionZone(m[1])
		if !ok {
			continue
		}
		if iana != "" && iana != z {
			return nil
		}
		iana = z
	}
	return sentAtOffsetOf(iana, sent, user)
}

// usAddressRE finds an American address's end: a city, a comma, the
// state's two capitals and the ZIP code.
var usAddressRE = lazyRE(`,\s*([A-Z]{2})\s+\d{5}(?:-\d{4})?\b`)

// ukPostcodeRE finds a postcode of the United Kingdom: the outward code
// (area letters, district figures) and the inward one (a figure, two
// letters of those the Royal Mail uses).
var ukPostcodeRE = lazyRE(`\b[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2}\b`)

// senderNames returns the display names of m's From, where a directory
// may name the writer's organisation ("HOLLINRAKE, Gemma (CALDERBRIDGE
// TEACHING HOSPITALS NHS FOUNDATION TRUST)") when the signature is cut.
func senderNames(m *mail.Message) string {
	var b strings.Builder
	for _, a := range m.From {
		b.WriteString(a.Name)
		b.WriteByte('\n')
	}
	return b.String()
}

// countryMarks are the signs and codes of currencies of one country with
// one zone, and the names of such countries and of cities; word marks
// count as whole words only ("CHF", not "CHFs"; "UK", not "UKW").
var countryMarks = []struct {
	mark, iana string
	word       bool
}{
	{"UK", "Europe/London", true}, {"United Kingdom", "Europe/London", false}, {"England", "Europe/London", true},
	{"Scotland", "Europe/London", true}, {"Wales", "Europe/London", true}, {"Welsh", "Europe/London", true},
	{"Ireland", "Europe/Dublin", true}, {"Portugal", "Europe/Lisbon", true}, {"India", "Asia/Kolkata", true},
	{"Singapore", "Asia/Singapore", true}, {"UAE", "Asia/Dubai", true},
	// The UK's health service, in a Trust's name and its staff's
	// display names ("HOLLINRAKE, Gemma (CALDERBRIDGE TEACHING
	// HOSPITALS NHS FOUNDATION TRUST)").
	{"NHS", "Europe/London", true},
	// Cities on another offset than most of Europe's, as a text names
	// where one meets: "If you're not in London that week".
	{"London", "Europe/London", true}, {"Manchester", "Europe/London", true}, {"Edinburgh", "Europe/London", true},
	{"Belfast", "Europe/London", true}, {"Dublin", "Europe/Dublin", true}, {"Lisbon", "Europe/Lisbon", true},
	{"Lisboa", "Europe/Lisbon", true}, {"Porto", "Europe/Lisbon", true},
	{"£", "Europe/London", false}, {"GBP", "Europe/London", true}, {"₹", "Asia/Kolkata", false}, {"INR", "Asia/Kolkata", true},
	{"LPA", "Asia/Kolkata", true}, {"CHF", "Europe/Zurich", true}, {"zł", "Europe/Warsaw", false}, {"PLN", "Europe/Warsaw", true},
	{"Kč", "Europe/Prague", false}, {"CZK", "Europe/Prague", true}, {"SGD", "Asia/Singapore", true}, {"S$", "Asia/Singapore", false},
	{"AED", "Asia/Dubai", true}, {"HUF", "Europe/Budapest", true}, {"RON", "Europe/Bucharest", true},
	{"₺", "Europe/Istanbul", false}, {"SEK", "Europe/Stockholm", true}, {"NOK", "Europe/Oslo", true},
	{"DKK", "Europe/Copenhagen", true}, {"NZD", "Pacific/Auckland", true}, {"ZAR", "Africa/Johannesburg", true},
	// Latin America, whose job boards name the country and the city of
	// the post ("Computrabajo Colombia", "Monterrey, Nuevo León").
	{"Colombia", "America/Bogota", true}, {"Bogotá", "America/Bogota", true}, {"Medellín", "America/Bogota", true},
	{"Cali", "America/Bogota", true}, {"COP", "America/Bogota", true}, {"México", "America/Mexico_City", true},
	{"Mexico", "America/Mexico_City", true}, {"Monterrey", "America/Mexico_City", true}, {"Guadalajara", "America/Mexico_City", true},
	{"CDMX", "America/Mexico_City", true}, {"MXN", "America/Mexico_City", true}, {"Perú", "America/Lima", true},
	{"Peru", "America/Lima", true}, {"Argentina", "America/Argentina/Buenos_Aires", true},
	{"ARS", "America/Argentina/Buenos_Aires", true}, {"Brasil", "America/Sao_Paulo", true}, {"Brazil", "America/Sao_Paulo", true},
	{"São Paulo", "America/Sao_Paulo", false}, {"R$", "America/Sao_Paulo", false}, {"BRL", "America/Sao_Paulo", true},
}

// clockWordLanguages are the words before or after a clock time that
// only one language writes.
var clockWordLanguages = map[string]string{
	"klo": "fi", "kello": "fi", "godz": "pl", "godzinie": "pl", "uur": "nl", "uhr": "de", "hod": "cs", "ore": "it",
	"klockan": "sv", "klokken": "da", "órakor": "hu", "saat": "tr",
}

// languageZones are the languages spoken in one zone, with its name.
var languageZones = map[string]string{
	"fi": "Europe/Helsinki", "cs": "Europe/Prague", "sk": "Europe/Bratislava", "hu": "Europe/Budapest", "ro": "Europe/Bucharest", "tr": "Europe/Istanbul", "pl": "Europe/Warsaw", "sv": "Europe/Stockholm",
	"da": "Europe/Copenhagen", "no": "Europe/Oslo", "nl": "Europe/Amsterdam", "it": "Europe/Rome", "de": "Europe/Berlin",
	// Each spoken in one zone: Sofia's, Kyiv's, the Baltic capitals', and
	// the former Yugoslavia's (on Central European time): "от 14:00 ч."
	// sent at +02:00 from Sofia is Sofia's 14:00. Not Russian (eleven
	// zones).
	"bg": "Europe/Sofia", "el": "Europe/Athens", "uk": "Europe/Kyiv", "lt": "Europe/Vilnius", "lv": "Europe/Riga", "et": "Europe/Tallinn",
	// Japanese and Korean by their script (kana, hangul), Chinese by its
	// own words ("下午", "点"): one offset each, +09:00 and +08:00
	// (Shanghai, Taipei, Hong Kong and Singapore keep the same), so
	// "12月11日（金）14:00でお願いします" sent at +09:00 is Tokyo's 14:00.
	"ja": "Asia/Tokyo", "ko": "Asia/Seoul", "zh": "Asia/Shanghai",
	"hr": "Europe/Zagreb", "sr": "Europe/Belgrade", "sl": "Europe/Ljubljana",
	// Persian by Iran's clock, +03:30 (Afghanistan's Dari keeps +04:30,
	// which a Date header there does not match). Not Arabic: written
	// from Casablanca to Muscat.
	"fa": "Asia/Tehran",
	// Malay by Malaysia's one clock (+08:00); Indonesian by Jakarta's,
	// the western of Indonesia's three, which a +07:00 Date header
	// names.
	"ms": "Asia/Kuala_Lumpur", "id": "Asia/Jakarta",
}

// publicServiceZones are the domains of countries' public services and
// their national job portals, each with its country's zone: a ministry's
// or a hospital trust's interview is on that clock, whichever zone the
// candidate lives in.
var publicServiceZones = map[string]string{
	"gov.uk": "Europe/London", "nhs.uk": "Europe/London", "nhs.net": "Europe/London", "nhs.scot": "Europe/London",
	"gov.scot": "Europe/London", "gov.wales": "Europe/London", "gov.ie": "Europe/Dublin", "publicjobs.ie": "Europe/Dublin",
	"hse.ie": "Europe/Dublin", "trac.jobs": "Europe/London",
	"gouv.fr": "Europe/Paris", "bund.de": "Europe/Berlin", "interamt.de": "Europe/Berlin",
	"gv.at": "Europe/Vienna", "admin.ch": "Europe/Zurich", "gob.es": "Europe/Madrid", "gov.pt": "Europe/Lisbon",
	"gov.it": "Europe/Rome", "gov.pl": "Europe/Warsaw", "overheid.nl": "Europe/Amsterdam",
	"rijksoverheid.nl": "Europe/Amsterdam", "werkenvoornederland.nl": "Europe/Amsterdam", "belgium.be": "Europe/Brussels",
}

// publicServiceZone returns the zone of the public service a domain
// belongs to, or nil.
func publicServiceZone(domain string) *time.Location {
	for d := domain; d != ""; {
		if iana := publicServiceZones[d]; iana != "" {
			loc, err := time.LoadLocation(iana)
			if err != nil {
				return nil
			}
			return loc
		}
		_, rest, ok := strings.Cut(d, ".")
		if !ok {
			break
		}
		d = rest
	}
	return nil
}

// withoutNameLines blanks the lines of text that are only a person's
// name or first name ("/Sofia", "– Florence"): a sign-off, whatever city
// shares the name.
func withoutNameLines(text string, people map[string]bool) string {
	if len(people) == 0 {
		return text
	}
	first := make(map[string]bool, len(people))
	for n := range people {
		if f := strings.Fields(n); len(f) > 0 {
			first[f[0]] = true
		}
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		w := strings.ToLower(strings.Trim(l, " \t\r-–—/~*"))
		if w != "" && (people[w] || first[w]) {
			lines[i] = ""
		}
	}
	return strings.Join(lines, "\n")
}

// times reads every day-and-time of the message's own text (quotes and
// signature cut off), once, and scores each by its sentence. A time in a
// conditional ("if you need to move it to Friday at 10") is left out.
func (a *analysis) times(m *mail.Message, cfg Config) []timeRead {
	if a.readsDone {
		return a.reads
	}
	a.readsDone = true
	if m.Date.IsZero() {
		return nil
	}
	// Most texts state no time at all: read them in the user's zone
	// first, and look for a zone the mail states only when a time
	// without one was found (timetext.ZoneIn reads every line).
	opt := timetext.Options{Ref: m.Date, Loc: cfg.location()}
	found := timetext.Find(a.text, opt)
	if len(found) == 0 {
		// "Product Designer @ Lumenfold - Fri 12/11, 10am ET?" over
		// "would this slot work for a video call?": a first message may
		// carry its time in its subject alone. Its subject is then the
		// first line of what it says. A reply's subject is inherited,
		// and says nothing new.
		// ("Heute 14 Uhr – 30 Min später?" names the time it moves.)
		if s := newsSubject(m); s != "" && len(timetext.Find(s, opt)) > 0 && !shiftsByAmount(s) {
			a.text = s + "\n\n" + a.text
			a.statedDone = false // the subject may state it
			found = timetext.Find(a.text, opt)
		}
	}
	// "the earliest date ... is Tuesday, 12 January. The plan:" over
	// "09:30 – 10:30   System design with Dana & Felix": an agenda
	// under its day. A time to send slides by is no meeting beside it:
	// the agenda is read then too, once the zone is known (below).
	agenda := hasAgendaLine(a.text)
	fromAgenda := false // found is the agenda's (read again on the zone found below)
	if agenda && len(found) == 0 {
		found, agenda, fromAgenda = agendaTimes(a.text, opt, cfg.keywords()), false, true
	}
	zoneless, american := false, false
	for _, mt := range found {
		zoneless = zoneless || mt.Zone == ""
		// "Tuesday 12/1 at 11 Eastern": the zone written with the date
		// says how its numbers are ordered.
		american = american || mt.Zone != "" && monthFirst(mt.Start.Location())
	}
	if zoneless {
		a.zoneGuessed = a.zone(cfg) == cfg.location()
		if a.zoneGuessed && !a.sent {
			if loc := writersCountry(found, m.Date, cfg.location(), a.zoneNamed); loc != nil {
				a.zoneLoc, a.zoneGuessed = loc, false
			}
		}
		// The same clock by another pointer ("Munich office" is the
		// user's Europe/Berlin) reads the same: a second reading would
		// lose an agenda's times (agendaTimes, above).
		if loc := a.zone(cfg); loc.String() != opt.Loc.String() || monthFirst(loc) || american {
			opt.Loc, opt.MonthFirst = loc, monthFirst(loc) || american
			if fromAgenda {
				// "Tuesday, December 8, 2026 / All times are listed in
				// Eastern Time" over a virtual onsite's rows.
				found = agendaTimes(a.text, opt, cfg.keywords())
			} else {
				found = timetext.Find(a.text, opt)
			}
		}
	} else if american {
		opt.MonthFirst = true
		found = timetext.Find(a.text, opt)
	}
	// "Thu, Dec 10  8:05 am  Arrive MUC (LH 2001 from BER)" over "10:30
	// am Interview with the Head of Data": an itinerary's first row,
	// the only one with the day, is the journey there.
	if agenda && (onlyAnswerBy(a.text, found) || onlyTravel(a.text, found)) {
		found = append(found, agendaTimes(a.text, opt, cfg.keywords())...)
	}
	return a.readsOf(datedByQuote(found, a.full, opt, m), m, cfg)
}

// meetingCity reads the city where the text's sentences with a time meet
// in person (see timetext.MeetingCity): all of them that name one must
// name the same clock.
func meetingCity(text string) (*time.Location, bool) {
	var found *time.Location
	for _, s := range sentences(truncate(text, 8<<10)) {
		if !strings.ContainsAny(s, "0123456789") {
			continue
		}
		loc, ok := timetext.MeetingCity(s)
		if !ok {
			continue
		}
		if found != nil && found.String() != loc.String() {
			return nil, false
		}
		found = loc
	}
	return found, found != nil
}

// hasAgendaLine reports a line that starts with a clock time ("09:30 –
// 10:30 System design", "14.00 Lunch"): a cheap test before agendaTimes
// reads the text's dates.
func hasAgendaLine(text string) bool {
	for i := 0; i < len(text); i++ {
		if i > 0 && text[i-1] != '\n' {
			continue
		}
		j := i
		for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		k := j
		for k < len(text) && k-j < 2 && text[k] >= '0' && text[k] <= '9' {
			k++
		}
		if k > j && k+1 < len(text) && (text[k] == ':' || text[k] == '.') && text[k+1] >= '0' && text[k+1] <= '9' {
			return true
		}
	}
	return false
}

// interviewDayWords name a day of interviews whose every session is one:
// a virtual onsite's agenda starts with its first session, "10:00 AM -
// 10:45 AM System Design", whichever row the interview's word is in.
var interviewDayWords = []string{"onsite", "on-site", "virtual onsite", "interview day", "superday", "interview loop", "final loop"}

// onlyAnswerBy reports whether every time found is one to answer or
// send something by ("email your slides by 10:00 on Monday").
// onlyTravel reports times found that are all on a journey's lines
// (travelSegment).
func onlyTravel(text string, found []timetext.Mention) bool {
	for _, f := range found {
		if !travelSegment(text, f.Pos, f.End) {
			return false
		}
	}
	return len(found) > 0
}

func onlyAnswerBy(text string, found []timetext.Mention) bool {
	for _, f := range found {
		if !answerBy(text[max(0, f.Pos-24):f.Pos]) {
			return false
		}
	}
	return true
}

// agendaTimes reads an agenda under its day: lines that start with
// their clock times and say what happens then, after a day written alone within a few lines above
// the first of them ("the selection process, which will take place on
// Tuesday 1 December ... Your timetable for the day is as follows:").
// The day nearest above the agenda is its day, whatever other days the
// mail names (a deadline for slides, a date to reply by). The interview
// is the agenda's first line that names one ("14:00 - 15:00 Presentation
// followed by formal panel interview" after "12:30 Informal meeting with
// the team"), else its first line.
func agendaTimes(text string, opt timetext.Options, kw []string) []timetext.Mention {
	days := timetext.FindDates(text, opt)
	// An itinerary gives the day on its first row, with the journey's
	// time: "Thu, Dec 10  8:05 am  Arrive MUC".
	for _, f := range timetext.Find(text, opt) {
		if travelSegment(text, f.Pos, f.End) {
			days = append(days, f)
		}
	}
	slices.SortFunc(days, func(a, b timetext.Mention) int { return a.Pos - b.Pos })
	var first, chosen *timetext.Mention
	var day *timetext.Mention
	seen := 0 // non-empty lines since the day
	for pos := 0; pos < len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text) - pos
		}
		line := text[pos : pos+end]
		lineEnd := pos + end
		for k := range days {
			if d := &days[k]; d.Pos >= pos && d.Pos < lineEnd && !d.Relative && d.Start.After(opt.Ref) && first == nil {
				day, seen = d, 0
			}
		}
		if strings.TrimSpace(line) != "" {
			seen++
		}
		trimmed := strings.TrimLeft(line, " \t-•*")
		if day != nil && seen <= 8 && len(trimmed) > 0 && trimmed[0] >= '0' && trimmed[0] <= '9' {
			y, mo, dd := day.Start.Date()
			noon := time.Date(y, mo, dd, 12, 0, 0, 0, day.Start.Location())
			// An agenda's line says what happens then; times alone,
			// one to a line, are slots to choose from ("the following
			// times are currently available: 09:30 / 10:30 / ...").
			if cs := timetext.FindClocksOn(trimmed, noon, opt); len(cs) > 0 && cs[0].Pos == 0 &&
				strings.IndexFunc(trimmed[cs[0].End:], unicode.IsLetter) >= 0 {
				c := cs[0]
				lead := len(line) - len(trimmed)
				c.Pos, c.End = pos+lead+c.Pos, pos+lead+c.End
				if travelSegment(text, c.Pos, c.End) {
					// "9:00 am  Check in – Graduate Hotel": the
					// journey and the stay go on the agenda beside
					// its meetings.
					seen = 0
					pos = lineEnd + 1
					continue
				}
				c.Relative = false
				if first == nil {
					first = &c
				}
				if chosen == nil && firstWord(normalize(trimmed), kw) != "" {
					chosen = &c
				}
				seen = 0 // the agenda goes on
			}
		} else if first != nil && strings.TrimSpace(line) != "" {
			break // the agenda has ended
		}
		pos = lineEnd + 1
	}
	switch {
	case chosen != nil && (first == chosen || firstWord(normalize(truncate(text, 4<<10)), interviewDayWords) == ""):
		return []timetext.Mention{*chosen}
	case first != nil:
		return []timetext.Mention{*first}
	}
	return nil
}

// timesApart reads, where times found no meeting, a day and an hour
// given apart (see dayAndClockApart): where it found nothing, or only a
// deadline ("please send your slides to me by 12 noon on Tuesday 8th
// December" beside "on Thursday 10th December ... Your interview will
// take place at 10:15"), which it keeps. The verdict asks for it only in
// a reply about a job or an invitation to an interview: it costs a second
// reading of the text, which most mail does not need.
func (a *analysis) timesApart(m *mail.Message, cfg Config) []timeRead {
	if slices.ContainsFunc(a.times(m, cfg), meets) || a.apartDone {
		return a.reads
	}
	a.apartDone = true
	opt := timetext.Options{Ref: m.Date, Loc: cfg.location()}
	found := dayAndClockApart(a.text, opt)
	if len(found) == 0 {
		return a.reads
	}
	if found[0].Zone == "" {
		a.zoneGuessed = a.zone(cfg) == cfg.location()
		if a.zone(cfg) != opt.Loc {
			opt.Loc = a.zone(cfg)
			found = dayAndClockApart(a.text, opt)
		}
	}
	due := slices.Clone(a.reads)
	a.reads = append(due, a.readsOf(found, m, cfg)...)
	return a.reads
}

// meets reports a time read that may be a meeting's: not a deadline to
// answer by.
func meets(r timeRead) bool { return !r.due }

// eventLine reports a sentence that opens with the event's name before
// its time ("IT Open Day: sobota, 12 grudnia", "Career fair – Thursday
// 10 December"), the way a programme lists what is on.
func eventLine(sentence, event string) bool {
	low := strings.ToLower(sentence)
	i := strings.Index(low, event)
	if i < 0 || i > 24 {
		return false
	}
	rest := strings.TrimSpace(low[i+len(event):])
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "(")
}

// prepCall reports a sentence in which the writer offers to call the user
// to get ready for the interview: a call's words and a preparation's,
// "I'll give you a ring on Wednesday 9th at 5pm to run through the case
// study brief", "ich rufe Sie am Mittwoch um 17 Uhr an, um das Gespräch
// vorzubereiten". The call is the writer's, not the employer's interview.
func prepCall(sentence string) bool {
	low := normalize(sentence)
	if firstWord(low, preparePhrases) == "" {
		return false
	}
	// "In advance of this, Richard would like to have a short
	// briefing call with you on Monday 30 November at 17:00": a
	// headhunter's call before the meeting, to prepare it.
	return firstWord(low, callYouPhrases) != "" || firstWord(low, beforehandPhrases) != "" || firstWord(low, prepCallNouns) != ""
}

// recurringBefore reports a word for a meeting that recurs ("weekly",
// "comiesięcznym", "Jour fixe") shortly before the time at [pos, end) of
// text, in its clause: the time is then that meeting's ("at our monthly
// contractor check-in, the next one on Monday 14 December at 9:00"). A
// clause joined after it gives the time to something else: "Amira's
// got a clash with the quarterly planning on the 9th and has asked if we
// can push you to Monday 14th", "moet aanschuiven bij het dagelijks
// bestuur, dus het gesprek wordt verzet naar vrijdag".
func recurringBefore(text string, pos, end int) bool {
	start, _ := sentenceBounds(text, pos, end)
	low := strings.ToLower(text[start:pos])
	ws := words(low)
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-recurringReach; i-- {
		if clauseJoins[ws[i]] {
			return false
		}
		if slices.ContainsFunc(recurringStems, func(stem string) bool { return strings.HasPrefix(ws[i], stem) }) {
			return true
		}
	}
	return firstWord(normalize(strings.Join(ws[max(0, len(ws)-recurringReach):], " ")), recurringPhrases) != ""
}

// recurringReach is how many words before a time a word for a recurring
// meeting may stand and still name the meeting of that time.
const recurringReach = 12

// clauseJoins are the words that join a clause of its own: what follows
// them is no longer about the meeting named before.
var clauseJoins = map[string]bool{
	"and": true, "so": true, "but": true, "und": true, "aber": true, "sodass": true, "dus": true, "maar": true,
	"donc": true, "mais": true, "pero": true, "así": true, "quindi": true, "ma": true, "och": true, "men": true,
	"så": true, "og": true, "ale": true, "więc": true, "mutta": true, "joten": true,
	"therefore": true, "hence": true, "deshalb": true, "daher": true, "darum": true, "deswegen": true, "alors": true,
	"eso": true, "perciò": true, "daarom": true, "därför": true, "derfor": true, "dlatego": true, "zatem": true,
}

// recurringStems begin the words for "weekly", "monthly", "daily",
// "recurring" of the languages followupd reads, inflected or not
// ("comiesięcznym", "wöchentlichen", "mensuelle").
var recurringStems = []string{
	"weekly", "biweekly", "fortnightly", "monthly", "bimonthly", "quarterly", "daily", "recurring",
	"wöchentlich", "zweiwöchentlich", "monatlich", "täglich", "quartalsweise", "vierteljährlich", "wiederkehrend", "turnusmäßig",
	"hebdomadaire", "bimensuel", "mensuel", "quotidien", "trimestriel", "récurrent",
	"semanal", "quincenal", "quinzenal", "mensual", "mensal", "trimestral", "diaria", "diario", "diária", "diário",
	"recurrente", "recorrente", "settimanal", "mensil", "quotidian", "ricorrent",
	"wekelijks", "tweewekelijks", "maandelijks", "dagelijks", "terugkerend", "periodiek",
	"cotygodniow", "comiesięczn", "codzienn", "cykliczn", "kwartaln",
	"veckovis", "månatlig", "månadsvis", "återkommande", "ugentlig", "ukentlig", "månedlig", "tilbagevendende",
	"viikoittai", "kuukausittai", "päivittäi",
}

// recurringPhrases name a recurring meeting in words of their own.
var recurringPhrases = []string{
	"jour fixe", "stand-up", "standup", "weekoverleg", "maandoverleg", "veckomöte", "månadsmöte", "every week", "every month",
}

// prepCallNouns name the call that gets the user ready in one noun:
// "eine Viertelstunde für ein kurzes Briefing-Telefonat", "a quick prep
// call".
var prepCallNouns = []string{
	"briefing call", "briefing-call", "prep call", "prep-call", "preparation call", "briefing-telefonat", "briefingtelefonat",
	"briefing-gespräch", "briefinggespräch", "vorbereitungsgespräch", "vorbereitungstelefonat", "vorbereitungscall",
	"appel de préparation", "llamada de preparación", "chiamata di preparazione", "voorbereidingsgesprek",
}

// beforehandPhrases place a call before the interview the mail is about.
var beforehandPhrases = []string{
	"in advance of this", "in advance of the", "ahead of this", "ahead of the", "beforehand", "prior to this", "prior to the",
	"vorab", "im vorfeld", "vorher", "en amont", "au préalable", "avant l'entretien", "antes de la entrevista", "previamente",
	"prima del colloquio", "in vista del", "antes da entrevista", "voorafgaand", "vooraf", "i förväg", "innan intervjun",
	"på forhånd", "før samtalen", "før intervjuet", "przed rozmową", "wcześniej",
}

// callYouPhrases are the writer's own offer to call the user: "I'll
// give you a ring". (Not "will call you": the hiring manager who calls
// the user is the interview.)
var callYouPhrases = []string{
	"i'll give you a ring", "i'll give you a call", "i'll give you a quick call", "i'll give you a quick ring",
	"i will give you a call", "i will give you a ring", "i'll call you", "i will call you", "i'll ring you",
	"i'll phone you", "let me give you a call", "let me give you a ring",
	"ich rufe sie", "ich rufe dich", "rufe ich sie", "rufe ich dich", "ich melde mich telefonisch",
	"je vous appelle", "je vous appellerai", "je t'appelle", "je t'appellerai", "te llamo", "le llamo", "te llamaré",
	"le llamaré", "ti chiamo", "la chiamo", "ti chiamerò", "la chiamerò", "eu te ligo", "eu ligo para você",
	"ik bel je", "ik bel u", "bel ik je", "bel ik u", "jag ringer dig", "ringer jag dig", "jeg ringer dig",
	"jeg ringer deg", "ringer jeg deg", "ringer jeg dig", "zadzwonię do ciebie", "zadzwonię do pana",
	"zadzwonię do pani", "soitan sinulle", "zavolám vám", "zavolám ti",
}

// writerReachable reports a sentence in which the writer says when they
// can be reached: "Bei Fragen erreichen Sie mich am Donnerstag ab 8 Uhr
// mobil unter +49 ...", "I'm reachable on Thursday from 8am", "je suis
// joignable jeudi dès 8h". Those are the writer's hours on the phone, not
// the interview's time. Only the writer's own: "please be reachable on
// Thursday at 10:00" is when the employer calls the user.
func writerReachable(sentence string) bool {
	low := normalize(sentence)
	if firstWord(low, reachMePhrases) != "" {
		return true
	}
	ws := words(low)
	for _, pair := range reachableSelf {
		if slices.Contains(ws, pair[0]) && slices.Contains(ws, pair[1]) {
			return true
		}
	}
	return false
}

// reachMePhrases reach the writer: "you can reach me".
var reachMePhrases = []string{
	"reach me", "i can be reached", "erreichen sie mich", "erreichst du mich", "mich erreichen",
	"me joindre", "localizarme", "contactarme", "contattarmi", "raggiungermi", "me bereiken", "mij bereiken",
	"nå mig", "nå meg", "dodzwonić się do mnie", "zastihnete mě", "zastihneš mě",
}

// reachableSelf pairs an adjective for being reachable with the first
// person it must stand beside ("bin ich ... telefonisch erreichbar").
var reachableSelf = [][2]string{
	{"reachable", "i"}, {"reachable", "i'm"}, {"erreichbar", "ich"}, {"joignable", "je"},
	{"localizable", "estoy"}, {"raggiungibile", "sono"}, {"bereikbaar", "ik"},
	{"anträffbar", "jag"}, {"træffes", "jeg"}, {"treffes", "jeg"}, {"dostępny", "jestem"}, {"dostępna", "jestem"},
	{"contactável", "estou"},
}

// preparePhrases are getting the user ready for an interview, not the
// talk itself ("to go through your CV" is a phone screen's).
var preparePhrases = []string{
	"pointers", "tips", "prep", "prepare", "preparation", "brief you", "briefing", "get you ready",
	"vorbereiten", "vorbereitung", "vorzubereiten", "tipps", "préparer", "préparation", "conseils", "preparar",
	"preparación", "consejos", "preparare", "preparazione", "consigli", "preparação", "dicas", "voorbereiden",
	"voor te bereiden", "voorbereiding", "förbereda", "förberedelse", "forberede", "forberedelse", "przygotować",
	"przygotowanie", "valmistautua", "připravit", "příprava",
}

// openSessionSentence reports a sentence that names an open session and
// no interview, though its paragraph does: "On Wednesday 20 January at
// 6pm we're hosting our careers evening ... Several clients run speed
// interviews on the night." The interviews are the evening's.
func (a *analysis) openSessionSentence(sentence string, lx lexicon) bool {
	h := lx.scan(sentence)
	if !a.sent {
		h[lKeyword] = h[lKeywordPlain]
	}
	return openSessions[h.has(lEvent)] && h.has(lKeyword) == ""
}

// clockAfterStruck returns the clock written on the same line after a
// crossed-out one that mt read, on mt's day.
func clockAfterStruck(text string, mt timetext.Mention) (timetext.Mention, bool) {
	k := strings.Index(text[mt.Pos:mt.End], mail.StruckPrefix)
	if k < 0 {
		return timetext.Mention{}, false
	}
	rest := text[mt.Pos+k:]
	close := strings.IndexByte(rest, ')')
	if close < 0 {
		return timetext.Mention{}, false
	}
	rest = rest[close+1:]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	cs := timetext.FindClocksOn(rest, mt.Start, timetext.Options{Loc: mt.Start.Location()})
	if len(cs) == 0 {
		return timetext.Mention{}, false
	}
	return cs[0], true
}

// dropDisowned drops the times of a paragraph that says its meeting is
// no interview ("2) Engineering Q&A (optional) Thursday, December 10 ...
// Not an interview, no evaluation") when another paragraph names an
// interview and holds a time ("1) Technical interview (required)
// Tuesday, December 15 ..."): the mail's interview is the other one.
func (a *analysis) dropDisowned() {
	disowned := func(r timeRead) bool {
		return firstWord(normalize(paragraphAround(a.text, r.pos)), saysNoInterviewPhrases) != ""
	}
	if !slices.ContainsFunc(a.reads, disowned) {
		return
	}
	if !slices.ContainsFunc(a.reads, func(r timeRead) bool {
		return !disowned(r) && hasInterviewStem(paragraphAround(a.text, r.pos))
	}) {
		return
	}
	a.reads = slices.DeleteFunc(a.reads, disowned)
}

// timeOfInterviewNoun reports a time written right after an interview's
// noun, only small words between: "votre entretien de jeudi 17 décembre",
// "your interview on Thursday", "Ihr Gespräch am Donnerstag".
func timeOfInterviewNoun(text string, pos int) bool {
	fs := strings.Fields(strings.ToLower(text[max(0, pos-48):pos]))
	for len(fs) > 0 && nounTimeLinks[fs[len(fs)-1]] {
		fs = fs[:len(fs)-1]
	}
	// "préparer votre entretien, jeudi à 14h ?": after a comma the time
	// may be the preparing's.
	return len(fs) > 0 && hasInterviewStem(fs[len(fs)-1]) && !strings.ContainsAny(fs[len(fs)-1], ",;:.()")
}

// withoutOtherRows is the sentence around [pos, end) without the other
// rows of an agenda it runs through: lines that start with a clock, as
// "10:00 Uhr  Fallstudie – Vorbereitung (90 Min.)" under "9:30 Uhr
// Begrüßung" (a list has no full stops, so its sentence is all of it).
// What another row names happens at that row's time: preparing a case
// study is no rehearsal of the day it is part of.
func withoutOtherRows(text string, pos, end int) string {
	start, stop := sentenceBounds(text, pos, end)
	var kept []string
	for at := start; at < stop; {
		next := strings.IndexByte(text[at:stop], '\n')
		if next < 0 {
			next = stop - at
		}
		line := text[at : at+next]
		if own := at <= pos && pos <= at+next; own || !hasAgendaLine(line) {
			kept = append(kept, line)
		}
		at += next + 1
	}
	return strings.Join(strings.Fields(strings.Join(kept, "\n")), " ")
}

// fallbackBefore reports a fallback's lead between the start of the
// sentence around pos and pos, after a question or full stop that did not
// end the sentence: a phone writes the next one in lower case ("2pm ET
// so 8pm for you. you said evenings are ok right? if not Thu 8am ET /
// 2pm yours works for Marcus too"), and the slot after "if not" is the
// fallback, the one before it the offer.
func fallbackBefore(text string, pos int) bool {
	start, _ := sentenceBounds(text, pos, pos)
	seg := strings.ToLower(text[start:pos])
	if !strings.ContainsAny(seg, ".?!") {
		return false
	}
	for _, lead := range fallbackLeads {
		if strings.Contains(seg, "? "+lead) || strings.Contains(seg, ". "+lead) || strings.Contains(seg, "! "+lead) {
			return true
		}
	}
	return false
}

// nounTimeLinks stand between an interview's noun and its time.
var nounTimeLinks = map[string]bool{
	"on": true, "of": true, "for": true, "this": true, "next": true, "coming": true, "at": true, "the": true,
	"am": true, "vom": true, "den": true, "diesen": true, "nächsten": true, "um": true,
	"de": true, "du": true, "d": true, "le": true, "ce": true, "prochain": true, "à": true,
	"del": true, "el": true, "di": true, "il": true, "da": true, "do": true, "dia": true, "op": true, "van": true,
	"w": true, "dnia": true, "på": true, "i": true,
}

// readsOf scores the mentions found in the message's text by their
// sentences, and keeps them as the message's reads.
func (a *analysis) readsOf(found []timetext.Mention, m *mail.Message, cfg Config) []timeRead {
	a.reads = a.reads[:0]
	lx := cfg.lexicon()
	for i, mt := range found {
		sentence := sentenceAround(a.text, mt.Pos, mt.End)
		if conditional(sentence) || fallbackBefore(a.text, mt.Pos) {
			continue
		}
		ctx := lineAround(a.text, mt.Pos, mt.End) + " " + sentence
		h := lx.scan(ctx)
		if !a.sent {
			h[lKeyword] = h[lKeywordPlain] // as the message's (see read)
		}
		if p := h.has(lPersonal); p != "" && h.has(lKeyword) == "" && holdsPhrase(sentence, p) {
			// "our lead investor is hosting a small founders & friends
			// dinner in Berlin on Thu 17 Dec, 7pm": a dinner's time, in
			// a thread about the call, is the dinner's.
			continue
		}
		if h.has(lEvent) != "" && h.has(lKeyword) == "" && webinarWord(sentence) == "" && !openSessions[h.has(lEvent)] &&
			(eventLine(sentence, h.has(lEvent)) || mt.Dur >= 4*time.Hour) {
			// "IT Open Day: sobota, 12 grudnia, godz. 10:00-14:00": an
			// event's own line, named before its time; "nos prochains
			// Job Days auront lieu le samedi 16 janvier de 10h à 16h":
			// an event's day-long window.
			continue
		}
		if h.has(lKeyword) == "" && firstWord(normalize(sentence), broadcastPhrases) != "" {
			// "Wednesday, 9 December 2026 17:00-17:45 CET (online,
			// YouTube Live)": a stream's time, wherever its line names
			// the stream.
			continue
		}
		if mt.Dur >= dayLong && h.has(lKeyword) == "" && either(&a.subj, &a.body, lEvent) != "" {
			// "Jueves 3 de diciembre, de 10 a 18 hs" in the
			// confirmation of a place at a "feria de empleo virtual":
			// a day-long window in a message about an event is the
			// event's opening hours, even where its line does not say
			// so; an interview day says it is one.
			continue
		}
		if travelSegment(a.text, mt.Pos, mt.End) {
			// "Wed 13 Jan - EI 337 Berlin BER 18:40 -> Dublin 20:05":
			// a flight's or a train's times, booked for the user to
			// get to the interview, are not the interview's.
			continue
		}
		if h.has(lKeyword) == "" && writerReachable(sentence) {
			// "Bei Fragen erreichen Sie mich am Donnerstag ab 8 Uhr
			// mobil unter ...": the writer's hours on the phone, in the
			// reminder of the day they help with.
			continue
		}
		if prepCall(sentence) {
			// "I'll give you a ring on Wednesday 9th at 5pm to run
			// through the case study brief": the agency's call to get
			// the user ready, the day before the interview.
			continue
		}
		if h.has(lNotAssessed) != "" {
			// "an informal lunch at 12:30 in the staff common room;
			// this does not form part of the assessment": the item of
			// an interview day that is none.
			continue
		}
		if h.has(lKeyword) == "" && h.has(lProposal) == "" && !asks(sentence) && recurringBefore(a.text, mt.Pos, mt.End) {
			// "możemy omówić na comiesięcznym spotkaniu rozliczeniowym -
			// najbliższy meeting w Teams: czwartek, 3 grudnia, godz. 9:00":
			// the next of a series (a monthly billing meeting, a weekly
			// sync) is no interview, which happens once.
			continue
		}
		if openSessions[h.has(lEvent)] && (h.has(lKeyword) == "" || a.openSessionSentence(sentence, lx)) {
			// "join our open online Q&A ... on Thursday, 10 December
			// at 17:30 CET": the time of an event, not of an interview.
			continue
		}
		// The words just before, in the same sentence: "Johan från
		// teamet. Funkar tisdag 17/11 kl. 10?" moves nothing from.
		lead := a.text[max(0, mt.Pos-32):mt.Pos]
		if i := strings.LastIndexAny(lead, ".!?\n"); i >= 0 {
			lead = lead[i+1:]
		}
		r := timeRead{
			found:    foundTime{Start: mt.Start, Dur: mt.Dur, Text: mt.Text, Zone: mt.Zone, Relative: mt.Relative},
			sentence: sentence, context: ctx, pos: mt.Pos,
			old:    insteadOfBefore(lx, lead) || formerOnNextLine(a.text, mt.End) || formerLabelBefore(a.text, mt.Pos) || conflictBefore(lead),
			putOff: postponedBefore(a.text[max(0, mt.Pos-64):mt.Pos]),
			due:    answerBy(a.text[max(0, mt.Pos-24):mt.Pos]) || dueInside(mt.Text) || dueAfter(a.text[mt.End:min(len(a.text), mt.End+24)]),
		}
		r.old = r.old || r.putOff
		if c, ok := clockAfterStruck(a.text, mt); ok {
			// "Datum Dienstag, 15.12.2026 / Uhrzeit (previously: 08:30 -
			// 16:00) 09:00 - 16:30 MEZ": the day's clock is the one after
			// the crossed-out one (see mail's HTML rendering).
			r.found.Start, r.found.Dur, r.found.Zone = c.Start, c.Dur, c.Zone
		}
		// "Available slots on Wednesday 9 December 2026: 09:00 09:45
		// 10:30": each is one to pick.
		r.option = mt.Listed
		r.keyword = h.has(lKeyword) != ""
		r.confirm = h.has(lConfirm) != "" && !negatedAround(ctx, sentence, h.has(lConfirm))
		r.reschedule = h.has(lReschedule) != ""
		r.call = h.has(lCall) != ""
		r.accept = h.has(lAccept) != ""
		r.round = h.has(lRound) != ""
		r.deadline = h.has(lDeadline) != ""
		if endOfDay(mt.Start) {
			// "sista ansökningsdag är 2026-12-15 kl. 23:59": nobody
			// meets at a minute to midnight; it is the end of a day
			// to apply, answer or record by, whatever the words.
			r.due, r.deadline = true, true
		}
		r.question = asks(sentence) || h.has(lProposal) != ""
		clause := clauseAfter(a.text, mt.End, 40)
		if i+1 < len(found) && found[i+1].Alt && found[i+1].Pos >= mt.End {
			// What follows the time on another clock is about that one.
			clause = a.text[mt.End:min(found[i+1].Pos, mt.End+len(clause))]
		}
		after := lx.scan(clause)
		// "would 10:00 work for you?" asks; "that's 10pm for you" converts.
		// "16h in Berlin", "(aqui em Berlim)": a city on the user's
		// clock, named after the time, gives it again for the user.
		// "11.30 yours tmrw": whose clock it is, inside the mention.
		yoursWithin := mt.Zone == "" && firstWord(strings.ToLower(a.text[mt.Pos:mt.End]), yourClockPhrases) != ""
		r.converted = (after.has(lForYou) != "" || yoursWithin || timetext.CityClock(clause, cfg.location(), mt.Start)) && !asksFit(clause)
		if r.converted && mt.Zone == "" && !a.sent && (readersClock(clause) || yoursWithin ||
			after.has(lForYou) != "" && convertsBefore(a.text[max(0, mt.Pos-24):mt.Pos])) {
			// "10:00 AM your time", written to the user: the user's
			// clock, wherever the writer sits.
			r.found.Start, r.found.Yours = sameClockIn(mt.Start, cfg.location()), true
		}
		if mt.Alt {
			// "10am (4pm your time)", "10:00 ET (16:00 CET)": the time
			// before, given again on another clock. Without a zone or
			// words saying whose clock it is, it is something else
			// ("10:00 (2h)").
			if mt.Zone == "" && !r.converted {
				continue
			}
			if mt.Zone == "" {
				// "3.30pm UK time (4.30pm for you)": the reader's
				// clock, not the zone the mail states.
				r.found.Start = sameClockIn(mt.Start, cfg.location())
			}
			r.converted = true
		}
		// "Je reviens vers vous pour préparer votre entretien de jeudi 17
		// décembre à 14h00": a time attached to the interview's noun is
		// the interview's, whoever prepares for it. (A mock word is no
		// preparing: "mock interview on Thursday" stays a rehearsal.)
		if w := rehearsalWord(sentence); w != "" && !(prepWords[w] && timeOfInterviewNoun(a.text, mt.Pos)) && rehearsalWord(withoutOtherRows(a.text, mt.Pos, mt.End)) != "" {
			r.rehearsal = true
		}
		if n := len(a.reads); r.converted && n > 0 && a.reads[n-1].due && a.reads[n-1].sentence == sentence {
			// "Deadline: Monday, November 30 by 9:00 AM Pacific, which
			// is 6 PM on Monday for you": the deadline again, on the
			// reader's clock.
			r.due = true
		}
		r.score = 4*btoi(r.keyword) + 2*btoi(r.confirm) + 2*btoi(r.reschedule) + 2*btoi(r.call) +
			btoi(r.accept) + btoi(mt.Zone != "") - 3*btoi(r.question)
		a.reads = append(a.reads, r)
	}
	a.dropDisowned()
	// The same moment written twice ("14h in Berlin, 10h in São Paulo")
	// is one time.
	sort.SliceStable(a.reads, func(i, j int) bool { return a.reads[i].score > a.reads[j].score })
	out := a.reads[:0]
	for _, r := range a.reads {
		dup := false
		for _, o := range out {
			if o.found.Start.Equal(r.found.Start) {
				dup = true
			}
		}
		if !dup {
			out = append(out, r)
		}
	}
	a.reads = out
	opensWindow(a.reads)
	eitherOr(a.text, a.reads)
	// Marked lists are options only where the message asks to choose;
	// lines that hold nothing but a time are, whatever it says. Never
	// when it asks for them all ("confirm your availability for both"),
	// which is read only when there is a list (it costs a pass over the
	// text).
	listedOptions(a.text, a.reads, a.body.has(lProposal) != "", func(n int) bool { return meansAll(a.text, n) })
	return a.reads
}

// newsSubject returns the subject of a message that starts a
// conversation and may hold a time ("" for replies and forwards, whose
// subjects repeat an older message's, and for subjects without a digit).
func newsSubject(m *mail.Message) string {
	s := strings.TrimSpace(m.Subject)
	if len(m.InReplyTo) > 0 || isReplySubject(s) || isForwardSubject(s) || !strings.ContainsAny(s, "0123456789") {
		return ""
	}
	return s
}

// formerLabelBefore reports a time labelled the former one by the label
// before it, on its own line or at the start of the time's line, as a
// scheduling system's notice of a move lays out the old time under the
// new ("Ny tid / fredag 11 december ..." then "Tidigare tid / onsdag 9
// december ...", "Previous time: ...", "Hora anterior").
func formerLabelBefore(text string, pos int) bool {
	ls := strings.LastIndexByte(text[:pos], '\n') + 1
	label := strings.TrimSpace(text[ls:pos])
	if label == "" && ls > 1 {
		prev := strings.TrimRight(text[:ls-1], " \t\r\n")
		label = strings.TrimSpace(prev[strings.LastIndexByte(prev, '\n')+1:])
	}
	// A label, or a short clause that names the time the old one:
	// "Your previous interview on Tuesday 12 January 2027 at 2:00pm has
	// been cancelled" under a system's "New interview details".
	ws := words(strings.ToLower(strings.Trim(label, " \t:")))
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	return slices.ContainsFunc(ws, func(w string) bool { return formerLabels[w] })
}

// formerOnNextLine reports a time whose next line labels it the former
// one, as a scheduling system's notice of a move shows the old time under
// the new ("Wednesday, 9 December 2026" then "Former"; struck through in
// its HTML).
func formerOnNextLine(text string, end int) bool {
	nl := strings.IndexByte(text[end:], '\n')
	if nl < 0 {
		return false
	}
	rest := text[end+nl+1:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	return formerLabels[strings.ToLower(strings.Trim(rest, " \t():"))]
}

// readersClock reports a clause right after a time that says it is the
// reader's own ("your time", "(Ihrer Zeit)"), not a city named after it.
func readersClock(clause string) bool {
	low := strings.TrimLeft(strings.ToLower(clause), " (,–-")
	// "8am Wednesday morning for you": the part of the day first.
	if w, rest, ok := strings.Cut(low, " "); ok && dayparts[w] {
		low = strings.TrimLeft(rest, " (,–-")
	}
	for _, p := range yourClockPhrases {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// convertsBefore reports the words that give a time again on another
// clock, right before it: "6pm Sydney time, which I believe is 8am
// Wednesday morning for you", "das ist 10 Uhr für dich".
func convertsBefore(before string) bool {
	ws := words(strings.ToLower(before))
	if len(ws) == 0 {
		return false
	}
	switch ws[len(ws)-1] {
	case "is", "be", "that's", "thats", "ist", "wäre", "est", "serait", "es", "sería", "è", "sarebbe", "é", "seria", "so", "also", "soit":
		return true
	}
	return false
}

// dayparts are the parts of a day written after a time.
var dayparts = map[string]bool{
	"morning": true, "afternoon": true, "evening": true, "night": true, "vormittag": true, "nachmittag": true,
	"abend": true, "morgen": true, "früh": true, "matin": true, "soir": true, "mañana": true, "tarde": true,
	"noche": true, "mattina": true, "pomeriggio": true, "sera": true, "manhã": true, "ochtend": true,
	"middag": true, "avond": true,
}

// listedOptions marks as questions the times on the lines of a list when
// they fall on two days or more: options. A list with marks counts in a
// message that asks to choose (marked: "Mi faccia sapere quale
// preferisce" over "- martedì 15 dicembre alle ore 10:00", "- mercoledì
// 16 dicembre alle ore 14:30"), however the sentence before the list
// words it; lines that are a time and nothing else always count ("ti
// 15.12. klo 9.00–10.00" over "ke 16.12. klo 13.15–14.15"). The sessions
// of one interview keep to one day.
func listedOptions(text string, reads []timeRead, marked bool, all func(n int) bool) {
	if len(reads) < 2 {
		return
	}
	var listed []int
	days := map[string]bool{}
	// The lines that hold a time alone, by where they start: such a line
	// counts beside another one right above or below it (a stage's time
	// under its heading stands alone too, but apart from the next).
	alone := map[int]bool{}
	for _, r := range reads {
		if aloneOnLine(text, r) {
			alone[lineStart(text, r.pos)] = true
		}
	}
	inBlock := func(r timeRead) bool {
		ls := lineStart(text, r.pos)
		if !alone[ls] {
			return false
		}
		if ls > 0 && alone[lineStart(text, ls-1)] {
			return true
		}
		next := strings.IndexByte(text[ls:], '\n')
		return next >= 0 && alone[ls+next+1]
	}
	for i, r := range reads {
		if !r.old && !r.due && (marked && onListLine(text, r.pos) || inBlock(r)) {
			listed = append(listed, i)
			days[r.found.Start.Format(time.DateOnly)] = true
		}
	}
	if len(listed) < 2 || len(days) < 2 || all(len(listed)) {
		return
	}
	for _, i := range listed {
		reads[i].question, reads[i].option = true, true
	}
}

// negatedAround reports a phrase that only the sentences around a time's
// own hold, each of them negated: "Ik zag dat je nog geen moment hebt
// ingepland via Calendly. Zullen we het anders zo doen: donderdag 10
// december om 11.00 uur?" confirms nothing.
func negatedAround(ctx, sentence, phrase string) bool {
	if holdsPhrase(sentence, phrase) {
		return false
	}
	found := false
	for _, s := range sentences(ctx) {
		if holdsPhrase(s, phrase) {
			if !negated(s) {
				return false
			}
			found = true
		}
	}
	return found
}

// conflictBefore reports words just before a time that name what now
// takes it: "a board prep call just landed on Friday at 9. Could we push
// to 10:15?" moves away from that time, not to it.
func conflictBefore(lead string) bool {
	low := strings.ToLower(lead)
	return slices.ContainsFunc(conflictLeads, func(p string) bool { return strings.Contains(low, p) })
}

// lineStart returns where the line holding pos starts.
func lineStart(text string, pos int) int {
	return strings.LastIndexByte(text[:min(pos, len(text))], '\n') + 1
}

// aloneOnLine reports a time that is all of its line but for a weekday's
// short name: "ti 15.12. klo 9.00–10.00" over "ke 16.12. klo 13.15–14.15",
// a list a hiring system writes without its marks.
func aloneOnLine(text string, r timeRead) bool {
	pos := min(r.pos, len(text))
	start := strings.LastIndexByte(text[:pos], '\n') + 1
	end := strings.IndexByte(text[pos:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += pos
	}
	line := text[start:end]
	rest := strings.Replace(line, r.found.Text, "", 1)
	return len(rest) < len(line) && letters(rest) <= 3
}

// meansAll reports a message that asks for all the times it lists
// ("Kindly confirm your availability for both the slots"), not for one.
//
// Its words say "both": with n times other than two they are about
// something else ("Op deze momenten kunnen we allebei", we both can).
func meansAll(text string, n int) bool {
	if n != 2 {
		return false
	}
	low := " " + normalize(text) + " "
	// "Would either of these work for you? ... I tried to keep both
	// inside your working day": one of the two is asked for.
	for _, w := range oneOfTwoWords {
		if hasWord(low, w) {
			return false
		}
	}
	for _, w := range allOfThemWords {
		if hasWord(low, w) {
			return true
		}
	}
	return false
}

// onListLine reports a position on a line that starts with a list's
// mark: a dash, a bullet, or a number or letter and a full stop or a
// bracket; or on a row of a table written with bars ("1 | Technical
// Round 2 (TR2) | 14-12-2026 (Mon) | 01:30 PM").
func onListLine(text string, pos int) bool {
	line := strings.TrimSpace(text[strings.LastIndexByte(text[:pos], '\n')+1 : pos])
	r, size := utf8.DecodeRuneInString(line)
	switch r {
	case '-', '–', '—', '•', '*', '·', '▪', '◦', '○', '●', '►', '→', '|':
		return true
	}
	if strings.Count(line, "|") >= 2 {
		return true
	}
	if size == 0 {
		return false
	}
	i := 0
	for i < len(line) && i < 3 && (line[i] >= '0' && line[i] <= '9' || i == 0 && line[i] >= 'a' && line[i] <= 'c') {
		i++
	}
	return i > 0 && i < len(line) && (line[i] == '.' || line[i] == ')') && (i+1 == len(line) || line[i+1] == ' ')
}

// findDates reads days written without a clock time: deadlines.
func findDates(text string, ref time.Time, loc *time.Location) []timetext.Mention {
	if ref.IsZero() {
		return nil
	}
	return timetext.FindDates(text, timetext.Options{Ref: ref, Loc: loc, MonthFirst: monthFirst(loc)})
}

// monthFirst reports whether "07/12" means July 12: in mail from the
// United States, known by the zone it states (the Americas' offsets in a
// Date header, where day-first countries also lie, say nothing alone).
func monthFirst(loc *time.Location) bool {
	if loc != nil && strings.HasPrefix(loc.String(), "America/") {
		switch loc.String() {
		case "America/Sao_Paulo", "America/Buenos_Aires", "America/Argentina/Buenos_Aires",
			"America/Mexico_City", "America/Bogota", "America/Lima", "America/Santiago":
			return false
		}
		return true
	}
	return false
}

// sentenceAround returns the sentence of text that holds [pos, end).
func sentenceAround(text string, pos, end int) string {
	start, stop := sentenceBounds(text, pos, end)
	return strings.Join(strings.Fields(text[start:stop]), " ")
}

// sentenceBounds returns where the sentence of text that holds [pos, end)
// starts and stops.
func sentenceBounds(text string, pos, end int) (int, int) {
	start := 0
	for i := pos - 1; i >= 0 && i >= pos-400; i-- {
		c := text[i]
		if c == '\n' && i > 0 && text[i-1] == '\n' {
			start = i + 1
			break
		}
		if (c == '.' || c == '!' || c == '?') && i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '\n') && !abbreviationBefore(text[:i]) &&
			!goesOnLower(text, i) {
			start = i + 1
			break
		}
		start = i
	}
	stop := len(text)
	for i := end; i < len(text) && i < end+400; i++ {
		c := text[i]
		if c == '\n' && i+1 < len(text) && text[i+1] == '\n' {
			stop = i
			break
		}
		if c == '.' || c == '!' || c == '?' {
			stop = i + 1
			if c == '.' && i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n' {
				continue // "14.30", "a.m."
			}
			if c == '.' && abbreviationBefore(text[:i]) {
				continue // "(Ref. 2600418), ha sido cancelada."
			}
			if goesOnLower(text, i) {
				continue
			}
			break
		}
		stop = i + 1
	}
	return start, stop
}

// goesOnLower reports punctuation at i that the sentence goes on after
// in lower case, on the same line: the dot closing a day-first date
// ("Wednesday, 16.12. at 13h or Thursday, 17.12. at 10h"), "a.m. and",
// as sentences, which ends one only before a capital or a figure, reads
// them.
func goesOnLower(text string, i int) bool {
	j := i + 1
	for j < len(text) && text[j] == ' ' {
		j++
	}
	if j == i+1 || j >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsLower(r)
}

// dayAndClockApart reads a date and a clock time that one sentence writes
// apart, with more words between them than Find pairs: "Monday 7
// December works for Rui – shall we say 14:30 Lisbon time (so 15:30 for
// you)?". Only a sentence with one date (written, not a weekday alone)
// and one clock counts (a second clock only as the same time on another
// clock, in parentheses or after a slash), and only in a text where Find
// read nothing.
func dayAndClockApart(text string, opt timetext.Options) []timetext.Mention {
	var out []timetext.Mention
	days := timetext.FindDates(text, opt)
	for i, d := range days {
		if d.Relative {
			// "am Donnerstag ... um halb drei" may mean the Thursday of
			// the interview known, not the next one: left to the
			// readers of moves (see builder.sameDayMoves).
			continue
		}
		start, stop := sentenceBounds(text, d.Pos, d.End)
		if i > 0 && days[i-1].End > start || i+1 < len(days) && days[i+1].Pos < stop {
			continue // two days in one sentence: a choice or a range
		}
		if answerBy(text[max(0, d.Pos-24):d.Pos]) {
			// "please submit your availability by Wednesday, December
			// 2": a day to answer by, whatever clock follows.
			continue
		}
		y, mo, dd := d.Start.Date()
		noon := time.Date(y, mo, dd, 12, 0, 0, 0, d.Start.Location())
		clocks := timetext.FindClocksOn(text[start:stop], noon, opt)
		if len(clocks) == 0 {
			// "Könnten wir unser Telefonat auf Donnerstag, den 10.12.,
			// verlegen? Ich hätte um halb zehn Zeit": the clock in the
			// next sentence of the paragraph, which names no day.
			if ns, ne, ok := nextSentence(text, stop); ok && (i+1 >= len(days) || days[i+1].Pos >= ne) {
				start, stop = ns, ne
				// "Can you do Wednesday 9th instead? 3:30 start": the
				// clock is in the day's language.
				next := opt
				next.Lang = d.Lang
				clocks = timetext.FindClocksOn(text[start:stop], noon, next)
			}
		}
		// "Das Gespräch würde dann bis ca. 15.30 Uhr dauern; Datum und
		// Ort bleiben unverändert (Montag, 11. Januar 2027)": when it
		// ends is no time to meet.
		clocks = slices.DeleteFunc(clocks, func(c timetext.Mention) bool {
			return endsRange(text[max(0, start+c.Pos-24) : start+c.Pos])
		})
		// "at 14:00 instead of 13:30", "um eine Stunde nach hinten
		// schieben, also auf 10:00 Uhr": a move, which the readers of
		// moves take on the interview's own clock (sameDayMoves); the
		// day the sentence before names is not the day it moves to.
		if slices.ContainsFunc(clocks, func(c timetext.Mention) bool {
			return insteadOfBefore(defaultLexicon(), text[max(0, start+c.Pos-24):start+c.Pos])
		}) || shiftsByAmount(text[start:stop]) {
			continue
		}
		if len(clocks) == 0 || len(clocks) > 2 {
			continue
		}
		// Two clocks are one time on two clocks ("10:00 (16:00 CET)",
		// "3pm PT / 6pm ET"), or a choice ("um halb zehn, alternativ ab
		// 13 Uhr"); anything else is a window, not an appointment.
		choice := false
		if len(clocks) == 2 {
			between := text[start+clocks[0].End : start+clocks[1].Pos]
			choice = orBetween(between)
			after := defaultLexicon().scan(text[start+clocks[1].End : min(len(text), start+clocks[1].End+24)])
			switch {
			case choice || strings.ContainsAny(between, "(/"):
			case len(between) <= 16 && after.has(lForYou) != "":
				// "10:30 UK time, so 11:30 for you in Berlin, this
				// Thursday (3rd)": the same time on the reader's clock.
			case endsDay(between):
				// "Please report to Main Reception for 8.45am; the
				// day will finish by approximately 3.30pm": the
				// second clock is when it ends.
				clocks = clocks[:1]
			default:
				continue
			}
		}
		// The clock's own words: what follows them says whose clock
		// it is ("10:30 your time on Thursday 17 December").
		for k, c := range clocks {
			c.Pos, c.End = start+c.Pos, start+c.End
			c.Relative, c.Alt = false, k == 1 && !choice
			if c.Dur > 3*time.Hour {
				break // "sessions between 9:00 AM and 1:00 PM": a window
			}
			if len(clocks) == 1 && d.Pos < c.Pos {
				// The mention spans the day too, so that what its
				// sentence says ("Mein Vorschlag wäre Mittwoch, der
				// 9.12. – Start gegen 9 Uhr") is read with the time.
				c.Pos, c.Text = d.Pos, text[d.Pos:c.End]
			}
			out = append(out, c)
		}
	}
	return out
}

// endsDay reports words before a second clock that make it the end of
// what the first begins: "the day will finish by approximately", "and
// ends at", "Ende gegen".
func endsDay(between string) bool {
	for _, w := range words(strings.ToLower(between)) {
		if dayEndWords[w] {
			return true
		}
	}
	return false
}

var dayEndWords = map[string]bool{
	"finish": true, "finishes": true, "end": true, "ends": true, "close": true, "closes": true, "until": true,
	"till": true, "ende": true, "endet": true, "bis": true, "termine": true, "finit": true, "jusqu": true,
	"termina": true, "finaliza": true, "hasta": true, "fino": true, "finisce": true, "até": true, "termina-se": true,
	"eindigt": true, "tot": true, "kończy": true, "slutar": true, "slutter": true, "loppuu": true, "končí": true,
}

// nextSentence returns the bounds of the sentence after the one that
// ends at stop, in the same paragraph or opening the next: "I'm pleased
// to confirm your place at our Virtual Assessment Centre on Wednesday 16
// December 2026.\n\nThe day will start promptly at 9.15am (GMT)".
func nextSentence(text string, stop int) (int, int, bool) {
	i, breaks := stop, 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r') {
		if text[i] == '\n' && i+1 < len(text) && text[i+1] == '\n' {
			if breaks++; breaks > 1 {
				return 0, 0, false
			}
		}
		i++
	}
	if i >= len(text) {
		return 0, 0, false
	}
	s, e := sentenceBounds(text, i, i)
	return s, e, e > s
}

// lineBounds returns where the line that holds text[pos:end] starts and
// ends.
func lineBounds(text string, pos, end int) (ls, le int) {
	ls = strings.LastIndexByte(text[:pos], '\n') + 1
	le = strings.IndexByte(text[end:], '\n')
	if le < 0 {
		return ls, len(text)
	}
	return ls, le + end
}

// lineAround returns the line of text that holds pos, with the line before
// it when that one is a short label ("Date:", "When", "Datum") as an HTML
// table renders it.
func lineAround(text string, pos, end int) string {
	ls, le := lineBounds(text, pos, end)
	line := text[ls:le]
	if ls > 1 {
		ps := strings.LastIndexByte(text[:ls-1], '\n') + 1
		if prev := strings.TrimSpace(text[ps : ls-1]); prev != "" && len(prev) < 40 {
			line = prev + " " + line
		}
	}
	return line
}

// insteadOfBefore reports the words just before a time that make it the
// one an interview moves away from: "instead of Tuesday at 10", "statt
// um 14 Uhr". Not German's "findet ... statt" ("Das Gespräch findet
// statt am Donnerstag"), whose "statt" is the verb's.
func insteadOfBefore(lx lexicon, lead string) bool {
	// German's "findet ... statt" is no "instead" (see takesPlace).
	h := lx.scan(lead)
	return h.has(lInsteadOf) != ""
}

// shiftRE finds a move by an amount of time, which keeps the day: "um
// eine Stunde nach hinten schieben", "push it back by half an hour", "an
// hour later", "spostare di un'ora", "décaler d'une demi-heure", "o
// godzinę później", "en timme senare", "30 minutes earlier". In the
// Romance languages "d'une heure" is as often a length ("un entretien
// d'une heure"), so there the verb that moves must be written too.
var shiftRE = lazyRE(`(?i)\b(?:um|by|o|met|med)\s+(?:(?:eine|einer|an|one|a|een|half\s+an|eine\s+halbe|pół|en|en\s+halv)\s+)?(?:stunde|hour|uur|godzinę|timme|time|\d{1,3}\s*(?:minuten|minutes|minuut|minuter|minut|min))\b` +
	`|\b(?:d(?:é|e)cal|avanc|retard|recul|repouss|spost|postic|anticip|retras|adelant|atras|adiant)\p{L}*\s+(?:[\p{L}'’]+\s+){0,3}?(?:d['’]\s*|de\s+|di\s+|em\s+)(?:(?:une|una|uma|media|meia)\s+|un['’]\s*|mezz['’]\s*)?(?:demi-?)?(?:heure|hora|ora|\d{1,3}\s*(?:minutes|minutos|minuti))\b` +
	`|\b(?:an|one|half\s+an|eine|eine\s+halbe|une|una|media|uma|meia|een|een\s+half|en|en\s+halv|\d{1,3})\s+(?:hour|stunde|heure|hora|uur|timme|time|minutes|minuten|minutos|minuter|mins?)\s+(?:later|earlier|sp(?:ä|ae)ter|fr(?:ü|ue)her|plus\s+tard|plus\s+t(?:ô|o)t|m(?:á|a)s\s+tarde|mais\s+tarde|mais\s+cedo|senare|tidigare|senere|tidligere|eerder)\b` +
	`|\bun['’]ora\s+(?:pi(?:ù|u)\s+tardi|prima)\b|\bgodzin[eęy]\s+(?:p(?:ó|o)(?:ź|z)niej|wcze(?:ś|s)niej)\b`)

// shiftsByAmount reports a sentence that moves a time by an amount
// ("eine Stunde nach hinten schieben"), relative to the time it had.
func shiftsByAmount(sentence string) bool {
	if !strings.ContainsAny(sentence, "0123456789") {
		return false // a shift with no new clock written is not read here
	}
	return shiftRE.re().MatchString(sentence)
}

// postponedRE ends with the words that name the time an interview is
// put off or moved from, right before it (not "cancel", which has its
// own reading, nor English "report to reception on Thursday at 9"): "reporter votre entretien de demain
// (jeudi 3 décembre, 11h00)", "postpone your interview on Thursday 3
// December at 11:00", "aplazar tu entrevista del jueves 3". The time a
// move goes to comes after another word ("to", "à", "auf", "al").
var postponedRE = lazyRE(`(?i)\b(?:postpone|reschedul|push(?:ing)?\s+back|report(?:er|é|ée|és|ées|ons|ez)|décal|decal|déplac|deplac|aplaz|pospon|rinvi|postic|sposta|adia|remarc|uitstel|verplaats|przełoż|przeloz|przesun|flytt|skjut)\p{L}*` +
	`\s+(?:[\p{L}'’]+\s+){0,3}?(?:de|du|d['’]|of|on|for|from|am|vom|del|di|dello|della|do|da|van|op|z|ze|från|på|fra)\s*` +
	`(?:(?:demain|aujourd['’]hui|tomorrow|today|morgen|heute|mañana|hoy|domani|oggi|amanhã|hoje|jutro|dzisiaj|imorgon|idag|i\s+morgen|i\s+dag|vandaag|this|ce|cet|cette)\s*)?[(,]?\s*$`)

// postponedBefore reports a time that lead, the words before it, names
// as the one an interview is put off from (postponedRE).
func postponedBefore(lead string) bool {
	if i := strings.LastIndexAny(lead, ".!?\n"); i >= 0 {
		lead = lead[i+1:]
	}
	return postponedRE.re().MatchString(lead)
}

// insteadOfPhrases stand right before the time an interview moves away
// from: "instead of Tuesday at 10", "statt Dienstag", "au lieu de mardi".
var insteadOfPhrases = []string{
	"instead of", "rather than", "from", "statt", "anstatt", "von", "au lieu de", "en lugar de",
	"en vez de", "invece di", "anziché", "anziche", "piuttosto che", "em vez de", "in plaats van", "van", "zamiast", "istället för",
	"i stedet for", "från", "fra",
	// A correction: "débutera à 10h15 et non à 9h30 comme indiqué".
	"et non", "et non à", "and not", "and not at", "und nicht", "und nicht um", "en niet", "en niet om",
	"e non", "e non alle", "y no", "y no a las", "e não", "e não às", "a nie", "och inte", "og ikke",
	// "Ihr Vortrag beginnt jetzt um 10:45 Uhr (nicht um 10:15 Uhr)".
	"nicht um", "nicht mehr um", "not at", "no longer at", "non à", "plus à", "no a las", "ya no a las",
	"non alle", "non più alle", "niet om", "niet meer om", "não às", "nie o", "inte kl", "ikke kl",
	// A scheduling system's "Previously: Thursday, November 19, 11:00 AM".
	// ("earlier": "tidigare", "wcześniej", is too common a word.)
	"previously", "originally", "original time", "old time", "formerly", "bisher",
	"ursprünglich", "alter termin", "précédemment", "initialement", "ancien horaire", "anteriormente",
	"originalmente", "in precedenza", "precedentemente", "voorheen", "oorspronkelijk", "poprzednio",
	"ursprungligen", "opprinnelig", "oprindeligt", "oprindelig",
	// The adjective before the old appointment's noun: "Der
	// ursprüngliche Termin am Donnerstag, 10.12.2026, 10:00 Uhr entfällt".
	"original", "ursprüngliche", "ursprünglichen", "ursprünglicher", "bisherige", "bisherigen", "oorspronkelijke",
	"ursprungliga", "oprindelige", "opprinnelige", "pierwotny", "pierwotnie", "pierwotnym", "alkuperäinen",
	"původně",
}

// asks reports a question mark that ends a word, not one inside a link
// ("j.php?MTID=...").
func asks(sentence string) bool {
	for _, f := range strings.Fields(sentence) {
		if strings.Contains(f, "://") || strings.HasPrefix(f, "www.") {
			continue
		}
		if strings.HasSuffix(strings.TrimRight(f, `)"'»”’`), "?") || strings.HasPrefix(f, "¿") {
			return true
		}
	}
	return false
}

// datedByQuote gives a weekday the date the quoted mail wrote with it:
// "Thursday at 11 it is" answers "Thursday 17 December at 11:00 would
// work", which is not the next Thursday. Only a quoted date with the same
// weekday and clock time counts.
func datedByQuote(found []timetext.Mention, full string, opt timetext.Options, m *mail.Message) []timetext.Mention {
	relative := false
	for _, mt := range found {
		relative = relative || mt.Relative
	}
	if !relative || full == "" {
		return found
	}
	quoted := timetext.Find(truncate(full, maxText), opt)
	var days []timetext.Mention // read only when a time is not found again
	for i, mt := range found {
		if !mt.Relative {
			continue
		}
		dated := false
		for _, q := range quoted {
			if q.Relative || !q.Start.After(m.Date) || q.Start.Weekday() != mt.Start.Weekday() ||
				q.Start.Hour() != mt.Start.Hour() || q.Start.Minute() != mt.Start.Minute() {
				continue
			}
			// The quote gives the date; the clock and its zone stay the
			// reply's ("2pm GMT" against a quoted table in the user's
			// zone).
			found[i].Start, dated = onDay(mt.Start, q.Start), true
			break
		}
		if dated {
			continue
		}
		// "see you Thursday at 9" answers "Thursday (Dec 3) or Friday
		// (Dec 4) would both work": the one Thursday the thread names,
		// at the time now written.
		if days == nil {
			text := truncate(full, maxText)
			// "probablement dans la semaine du 7 décembre": a week,
			// whatever its first day's weekday.
			days = slices.DeleteFunc(timetext.FindDates(text, opt), func(d timetext.Mention) bool {
				return weekOfBefore(text[max(0, d.Pos-24):d.Pos])
			})
		}
		if day, ok := soleDayOn(days, mt.Start.Weekday(), m.Date); ok {
			found[i].Start = onDay(mt.Start, day)
		}
	}
	return found
}

// weekOfPhrases stand before a date that names a week: "the week of
// 7 December", "semaine du 7 décembre", "Woche vom 7.12.".
var weekOfPhrases = []string{"week of", "week commencing", "w/c", "week beginning", "semaine du", "woche vom", "kalenderwoche ab",
	"semana del", "settimana del", "semana de", "week van", "tygodniu od", "veckan från", "ugen fra", "uken fra"}

func weekOfBefore(lead string) bool {
	low := strings.TrimRight(strings.ToLower(lead), " ")
	for _, p := range weekOfPhrases {
		if strings.HasSuffix(low, p) || strings.HasSuffix(low, p+" the") {
			return true
		}
	}
	return false
}

// soleDayOn returns the one day after after that mentions, written as
// dates (not weekdays alone), give the weekday wd; false when they give
// none or several.
func soleDayOn(mentions []timetext.Mention, wd time.Weekday, after time.Time) (time.Time, bool) {
	var day time.Time
	n := 0
	for _, q := range mentions {
		if q.Relative || !q.Start.After(after) || q.Start.Weekday() != wd || sameDay(q.Start, day) {
			continue
		}
		day, n = q.Start, n+1
	}
	return day, n == 1
}

// onDay is t's clock time on day's date, in t's zone.
func onDay(t, day time.Time) time.Time {
	y, mo, d := day.Date()
	return time.Date(y, mo, d, t.Hour(), t.Minute(), 0, 0, t.Location())
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// dueAfter reports the word after a time that makes it a deadline in the
// languages that write it there: Finnish "Haku on auki 14.12.2026 klo
// 16.00 asti" (open until), "mennessä" (by), "saakka" (until).
func dueAfter(after string) bool {
	ws := words(strings.ToLower(after))
	return len(ws) > 0 && (ws[0] == "asti" || ws[0] == "mennessä" || ws[0] == "saakka")
}

// answerBy reports a deadline word right before a time: "let us know by
// tomorrow noon", "d'ici demain midi". Only the last words count: "by
// Zoom on Thursday at 3pm" is a meeting.
func answerBy(before string) bool {
	// "Interviewer:innen", "Kandidat*innen": German's inclusive ending is
	// part of its word, not the Norwegian "innen" (by).
	before = genderEnding.re().ReplaceAllString(before, "$1")
	ws := words(strings.ToLower(before))
	for _, p := range answerByPhrases {
		pw := words(p)
		if len(pw) <= len(ws) && slices.Equal(ws[len(ws)-len(pw):], pw) {
			return true
		}
		// "by the 3rd", "d'ici le 4"
		if len(ws) > len(pw) && slices.Equal(ws[len(ws)-len(pw)-1:len(ws)-1], pw) && articles[ws[len(ws)-1]] {
			return true
		}
	}
	return false
}

// dueInside reports a deadline word between a time's day and its clock:
// "sexta-feira, 11 de dezembro, até às 18h00", "Friday 11 December, by
// 6pm". After a clock ("10:00 until 11:00", "Desde 10:00 hs Hasta 11:00
// hs") the word ends a range.
func dueInside(text string) bool {
	for j := 1; j < len(text); j++ {
		if !isDigit(text[j]) || text[j-1] != ' ' {
			continue
		}
		low := strings.ToLower(text[:j])
		if clockLike.re().MatchString(low) {
			return false
		}
		ws := words(low)
		for len(ws) > 0 && clockCues[ws[len(ws)-1]] {
			ws = ws[:len(ws)-1]
		}
		if len(ws) >= 2 && answerBy(strings.Join(ws, " ")) {
			return true
		}
	}
	return false
}

// clockLike finds a clock time written before a deadline's word: "10:00",
// "10h", "10 am", "10 Uhr".
var clockLike = lazyRE(`\d(?::\d|h\b|h\d|\s?(?:am|pm|uhr|hs|hrs|uur)\b)`)

// clockCues are the words between a deadline's word and its clock: "até
// às 18h00", "bis um 18 Uhr", "by 6pm".
var clockCues = map[string]bool{
	"às": true, "as": true, "a": true, "las": true, "alle": true, "ore": true, "um": true, "om": true,
	"at": true, "à": true, "o": true, "godz": true, "kl": true, "klo": true, "klockan": true, "klokken": true,
}

// opensWindow marks as due a time written before an end-of-day deadline
// on a later day: "Test starts: Dec 07, 10:00 AM IST / Test ends: Dec 09,
// 11:59 PM IST" is a window to take a test or record in, with no
// meeting at either end.
func opensWindow(reads []timeRead) {
	for _, end := range reads {
		if !endOfDay(end.found.Start) {
			continue
		}
		for i := range reads {
			r := &reads[i]
			if r.pos < end.pos && !endOfDay(r.found.Start) && r.found.Start.Before(end.found.Start) &&
				r.found.Start.YearDay() != end.found.Start.YearDay() {
				r.due = true
			}
		}
	}
}

// eitherOr marks as options two times that one sentence joins with "or":
// "Thursday 3rd at 15:30 CET or Friday 4th at 09:00 CET still work on my
// side", "Ich hätte um halb zehn Zeit, alternativ ginge auch ab 13 Uhr"
// offer both and fix neither, however sure the words around them sound.
// (One moment on two clocks, "14:00 CET or 8:00 ET", is one time.)
//
// A sentence that starts with the word is the other option of the time
// before it: "Potremmo spostare il colloquio a giovedì 3 dicembre alle
// ore 15:00? In alternativa avremmo venerdì 4 alle 9:30."
func eitherOr(text string, reads []timeRead) {
	for i := range reads {
		for j := range reads {
			a, b := &reads[i], &reads[j]
			if a.pos >= b.pos || a.found.Start.Equal(b.found.Start) {
				continue
			}
			if a.sentence != b.sentence {
				if !alternativeNext(text, a, b, reads) {
					continue
				}
				a.question, a.option = true, true
				b.question, b.option = true, true
				continue
			}
			end := min(a.pos+len(a.found.Text), b.pos)
			if end < a.pos || !orBetween(text[end:b.pos]) {
				continue
			}
			a.question, a.option = true, true
			b.question, b.option = true, true
		}
	}
}

// alternativeNext reports b in the sentence right after a's that opens
// with a word for an alternative ("Alternatively", "In alternativa",
// "Oder", "Sinon"), with no other time between them, where a's sentence
// asks. (After a statement, "Leider muss ich unser Gespräch am Mittwoch
// um 10 Uhr verschieben. Ginge alternativ Freitag ...?", the time before
// is the one given up.)
func alternativeNext(text string, a, b *timeRead, reads []timeRead) bool {
	if !strings.HasSuffix(strings.TrimSpace(a.sentence), "?") ||
		slices.ContainsFunc(reads, func(r timeRead) bool { return r.pos > a.pos && r.pos < b.pos }) {
		return false
	}
	i := strings.Index(text[a.pos:], b.sentence)
	if i < 0 || a.pos+i > b.pos {
		return false
	}
	between := text[a.pos+len(a.found.Text) : a.pos+i]
	if strings.Count(between, "\n\n") > 0 || len(between) > 200 {
		return false // another paragraph
	}
	// "In alternativa", "Otherwise", "Sinon": words that open the other
	// option, beside those for "or".
	ws := words(strings.ToLower(b.sentence))
	for k := 0; k < min(2, len(ws)); k++ {
		switch w := ws[k]; {
		case orWordsText[w], w == "alternativa", w == "otherwise", w == "sinon":
			return true
		}
	}
	return false
}

// orBetween reports the word for "or" alone between two times, in the
// languages followupd reads ("15:30 or Friday", "10 Uhr oder").
func orBetween(s string) bool {
	for _, w := range words(strings.ToLower(s)) {
		if orWordsText[w] {
			return true
		}
	}
	return false
}

// orWordsText are the words for "or" and for an alternative, in the
// languages followupd reads ("um halb zehn, alternativ ab 13 Uhr").
var orWordsText = map[string]bool{
	"or": true, "oder": true, "ou": true, "o": true, "oppure": true, "of": true, "lub": true, "albo": true, "eller": true,
	"tai": true, "nebo": true, "anebo": true, "u": true,
	"alternatively": true, "alternativ": true, "alternativement": true, "alternativamente": true, "alternatywnie": true,
	"alternativt": true, "vaihtoehtoisesti": true, "případně": true,
}

// endOfDay reports a clock in the last quarter hour of its own day:
// how forms and systems write "by the end of that day" (23:59, and the
// Civil Service's "23:55"). Nobody meets then.
func endOfDay(t time.Time) bool { return t.Hour() == 23 && t.Minute() >= 45 }

var genderEnding = lazyRE(`(\pL)[:*_/](innen|in)\b`)

var articles = map[string]bool{"the": true, "le": true, "la": true, "el": true, "il": true, "den": true, "dem": true, "zum": true}

// clauseAfter returns up to n bytes of text from end, stopping where the
// sentence or the line does: "that's 10pm Tuesday for you" converts its
// own time, not the one of the sentence before.
func clauseAfter(text string, end, n int) string {
	rest := text[end:min(len(text), end+n)]
	for _, stop := range []string{". ", "? ", "! ", "\n"} {
		if i := strings.Index(rest, stop); i >= 0 {
			rest = rest[:i]
		}
	}
	return rest
}

// asksFit reports "work for you", "suit you", "passt dir": the words
// before "for you" ask whether the time suits.
func asksFit(clause string) bool {
	low := strings.ToLower(clause)
	for _, w := range []string{"work for", "works for", "suit", "good for", "fine for", "ok for", "okay for",
		"convenient", "passt", "convient", "conviene", "va bien", "schikt", "pasuje", "passer", "passar"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// sameClockIn is t's date and clock read on another clock: "10:00 AM your
// time" is 10:00 where the user is, whichever zone it was first read in.
func sameClockIn(t time.Time, loc *time.Location) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, loc)
}

// travelSegment reports a time on a line of a journey, as a recruiter's
// or a travel agent's itinerary lists them: a flight's or a train's number
// ("EI 337", "LH1234", "ICE 1587") or an itinerary's word ("Flight",
// "Abflug") with an arrow between places ("Berlin BER 18:40 -> Dublin
// 20:05") or with each other, or a departure beside an arrival
// ("Abflug 07:15 TXL, Ankunft 09:05").
func travelSegment(text string, pos, end int) bool {
	ls, le := lineBounds(text, pos, end)
	line := text[ls:le]
	if len(line) > 200 {
		return false // a paragraph, not an itinerary's line
	}
	arrow := strings.Contains(line, "->") || strings.Contains(line, "→") || strings.Contains(line, "✈")
	code, word := travelCode(line), travelWordRE.re().MatchString(line)
	// An itinerary's row says what the time is for right after it:
	// "1:05 pm  Arrive DTW", "2:15 pm  Check in – Graduate Hotel". (Not a
	// sentence's "won't land at BER until after midnight. Mind if we
	// push tomorrow to 11:30?")
	after := text[end:min(le, end+48)]
	return arrow && (code || word) || code && word ||
		departureRE.re().MatchString(line) && arrivalRE.re().MatchString(line) ||
		airportRE.re().MatchString(after) || hotelCheckInRE.re().MatchString(after)
}

// travelCode reports a flight's or a long-distance train's number: an
// airline's two-character code or a train's kind, then its number; not a
// zone before a clock ("ET 10:00").
func travelCode(line string) bool {
	for _, m := range travelCodeRE.re().FindAllStringIndex(line, -1) {
		if rest := line[m[1]:]; len(rest) >= 2 && strings.ContainsAny(rest[:1], ":.h") && rest[1] >= '0' && rest[1] <= '9' {
			continue
		}
		return true
	}
	return false
}

var travelCodeRE = lazyRE(`\b(?:[A-Z]{2}|[A-Z][0-9]|[0-9][A-Z]|ICE|TGV|RJX|AVE)\s?[0-9]{2,4}\b`)

// airportRE is an arrival at or a departure from an airport by its code
// ("Arrive DTW (Delta 97 from AMS)", "Car to DTW", "Abflug FRA"); hotelCheckInRE
// a hotel's check-in ("2:15 pm Check in – Graduate Hotel Ann Arbor"): a
// campus visit's itinerary lists them beside its meetings.
var (
	airportRE      = lazyRE(`(?i:\b(?:arriv(?:e|es|al|ing)|depart(?:s|ure|ing)?|land(?:s|ing)?|car to|taxi to|shuttle to|drive to|abflug|ankunft|départ|arrivée|llegada|salida)\s+(?:at\s+|in\s+|from\s+)?)[A-Z]{3}\b`)
	hotelCheckInRE = lazyRE(`(?i)\bcheck[- ]?in\b.{0,40}\b(?:hotel|inn|hostel|lodge)\b|\b(?:hotel|inn)\b.{0,40}\bcheck[- ]?in\b`)
)

// travelWordRE, departureRE and arrivalRE are an itinerary's words in
// the languages read.
var (
	travelWordRE = lazyRE(`(?i)\b(?:flights?|flug|flüge|vols?|vuelos?|vol[io]|voo|vlucht|flyg|lento|boarding|booking ref(?:erence)?|pnr)\b`)
	departureRE  = lazyRE(`(?i)\b(?:dep(?:arts?|arture)?|abflug|abfahrt|départ|salida|partenza|partida|vertrek|odlot|avgång|afgang|lähtö|odlet)\b`)
	arrivalRE    = lazyRE(`(?i)\b(?:arr(?:ives?|ival)?|ankunft|arrivée|llegada|arrivo|chegada|aankomst|przylot|ankomst|saapuminen|přílet)\b`)
)
