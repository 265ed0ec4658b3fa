package interview

import (
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode"

	"github.com/followupd/followupd/calendar"
)

// ClassifyEvent explains why an event from a calendar feed is or is not a
// job interview; `followupd events` shows the reason, and BuildWith takes
// the same decision.
//
// A feed holds everything in the user's calendar, so interview wording
// (cfg's keywords, in the title or the description) must come with
// context that someone else takes part: a person from another
// organisation (a recruiter on freemail counts), a video link, or a
// scheduling system. What never is an interview: an all-day event (an
// interview has a time), a meeting organised at the user's own
// organisation or only among its people (the user interviewing others
// there), a rehearsal ("Interview practice", "Mock interview"), and a
// personal block without other attendees or a video link ("Prep for the
// Hooli interview"). loose is the feed's interviews_only: false: then an
// event with someone from another organisation is a candidate even
// without the wording. A cancelled event is judged like the event it
// cancels, so that its cancellation reaches the interview.
func ClassifyEvent(e calendar.Event, cfg Config, loose bool) Verdict {
	kind := KindInvitation
	if e.Cancelled() {
		kind = KindCancellation
	}
	no := func(reason string) Verdict { return Verdict{Interview: false, Kind: KindNone, Reason: reason} }
	if !invitationMethod(e.Method) {
		return no("an iTIP " + e.Method + ", not an event")
	}
	if e.AllDay {
		return no("all-day event: an interview has a time")
	}
	org := strings.ToLower(strings.TrimSpace(e.Organizer.Email))
	if org != "" && !cfg.isMe(org) {
		if cfg.ignored(org) {
			return no("organizer " + org + " is ignored by configuration")
		}
		if d := domainOf(org); cfg.ownDomain(d) {
			return no("organised at the user's own organisation (" + d + ")")
		}
	}
	if userChairs(e, cfg) {
		return no("the user chairs it (ROLE=CHAIR): a session the user gives, not an interview of the user")
	}
	p := participantsOf(e, cfg)
	video := eventVideoLink(e)
	if p.others == 0 && video == "" {
		return no("no other attendees: a personal block")
	}
	// Rehearsals come before the people's organisations: a mock
	// interview with a coach from outside has both the wording and an
	// outside attendee.
	if w := rehearsalWord(e.Summary); w != "" {
		return no(fmt.Sprintf("a rehearsal, not an interview (%q in the title)", w))
	}
	if p := socialGathering(normalize(e.Summary), cfg); p != "" {
		return no(fmt.Sprintf("a social gathering (%q in the title), not an interview", p))
	}
	if n := relativeNamed(e, cfg); n != "" {
		return no(fmt.Sprintf("an appointment for one of the user's family: the title names %s, not the user", n))
	}
	if n := candidateNamed(e, cfg); n != "" {
		return no(fmt.Sprintf("someone else's interview: the title names %s, from outside the organiser's organisation, and not the user", n))
	}
	if n := organizerNamed(e, nil, cfg); n != "" {
		return no(organizersOwn(n))
	}
	// "Cracking the System Design Interview: Live Q&A": an event about
	// interviews, whoever hosts it.
	h := defaultLexicon().scan(e.Summary)
	if w := cmp.Or(h.has(lEvent), webinarWord(e.Summary)); w != "" {
		return no(fmt.Sprintf("a webinar, course or event, not an interview (%q in the title)", w))
	}
	// "Visa interview – U.S. Consulate Frankfurt": an appointment that
	// is called an interview.
	if w := h.has(lAppointment); w != "" {
		return no(fmt.Sprintf("an appointment that is no job interview (%q in the title)", w))
	}
	if rightToWorkCheck(e.Summary) {
		return no("a check of the right to work, not an interview (in the title)")
	}
	if w := h.has(lPress); w != "" {
		return no(fmt.Sprintf("a press or research interview, not a job interview (%q in the title)", w))
	}
	if w := referenceCheck(e.Summary, cfg.keywords()); w != "" {
		return no(fmt.Sprintf("a reference check about a candidate (%q in the title), not the user's interview", w))
	}
	if w := podcastWord(e.Summary + " | " + e.Organizer.Email); w != "" && roleFrom([]string{e.Summary}, nil) == "" {
		return no(fmt.Sprintf("a podcast's recording (%q), not a job interview", w))
	}
	if p.others > 0 && p.outside == "" && p.vendor == "" {
		return no("only people of the user's own organisation (" + p.own + ")")
	}
	var context []string
	if p.outside != "" {
		context = append(context, p.outside)
	}
	if p.vendor != "" {
		context = append(context, "scheduled through "+p.vendor)
	} else if p.recruiter != "" {
		context = append(context, "organizer is a recruiter ("+p.recruiter+")")
	}
	if video != "" {
		context = append(context, "video link ("+video+")")
	}
	if where, w := eventWording(e, cfg.keywords()); w != "" {
		if len(context) == 0 {
			return no(fmt.Sprintf("interview wording (%q in the %s) but no one from outside, no video link and no scheduler", w, where))
		}
		return Verdict{Interview: true, Kind: kind,
			Reason: fmt.Sprintf("interview wording (%q in the %s) + %s", w, where, strings.Join(context, " + "))}
	}
	if loose {
		if p.outside != "" || p.vendor != "" {
			return Verdict{Interview: true, Kind: kind,
				Reason: "interviews_only: false and " + strings.Join(context, " + ")}
		}
		return no("no interview wording and no one from outside")
	}
	return no("no interview wording (interviews_only)")
}

// eventWording returns where the first interview word is and which.
func eventWording(e calendar.Event, kw []string) (where, word string) {
	if w := firstWord(normalize(e.Summary), kw); w != "" {
		return "title", w
	}
	if w := firstWord(normalize(truncate(e.Description, maxText)), kw); w != "" {
		return "description", w
	}
	return "", ""
}

// participants sums up who takes part in an event besides the user.
type participants struct {
	others    int    // people besides the user, rooms and calendar accounts
	outside   string // "organizer from hooli.example" or "attendee from gmail.com", the first seen
	vendor    string // domain of a scheduling system taking part
	recruiter string // an organizer whose address or name says they recruit
	own       string // a domain of the user's organisation seen
}

func participantsOf(e calendar.Event, cfg Config) participants {
	var p participants
	org := strings.ToLower(strings.TrimSpace(e.Organizer.Email))
	look := func(person calendar.Person, role string) {
		addr := strings.ToLower(strings.TrimSpace(person.Email))
		if addr == "" || cfg.isMe(addr) || isRoom(person) || calendarAccount(addr) {
			return
		}
		p.others++
		d := domainOf(addr)
		switch {
		case cfg.ownDomain(d):
			if p.own == "" {
				p.own = d
			}
		case isVendor(d):
			if p.vendor == "" {
				p.vendor = orgDomain(d)
			}
		default:
			if p.outside == "" {
				p.outside = role + " from " + d
			}
			if role == "organizer" && p.recruiter == "" && recruiterPerson(person) {
				p.recruiter = addr
			}
		}
	}
	if org != "" {
		look(e.Organizer, "organizer")
	}
	for _, a := range e.Attendees {
		if strings.EqualFold(strings.TrimSpace(a.Email), org) {
			continue // the organizer is often listed again as an attendee
		}
		look(a, "attendee")
	}
	return p
}

// calendarAccount reports addresses of calendars rather than people:
// Google's shared and resource calendars and its placeholder organizer.
func calendarAccount(addr string) bool {
	return domainMatches(domainOf(addr), "calendar.google.com")
}

// recruiterPerson reports an address or name that says its owner
// recruits ("talent@", "Jane Doe (Recruiting)").
func recruiterPerson(p calendar.Person) bool {
	return recruitingMailbox(p.Email) || containsAny(strings.ToLower(p.Name), recruitingWords)
}

// recruitingWords mark an address or a name as a recruiting team's
// ("talent@", "careers@", "Jane Doe (Recruiting)").
var recruitingWords = []string{"recruit", "talent", "careers", "jobs", "hiring", "karriere", "bewerbung"}

// recruitingMailbox reports an address whose local part is a recruiting
// team's, not a person's.
func recruitingMailbox(addr string) bool {
	local, _, _ := strings.Cut(strings.ToLower(addr), "@")
	return containsAny(local, recruitingWords)
}

func containsAny(s string, subs []string) bool {
	for _, w := range subs {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// eventVideoLink returns the host of the event's video-call link, or "".
func eventVideoLink(e calendar.Event) string {
	link := e.Conference
	if link == "" {
		for _, s := range []string{e.Location, e.URL, e.Description} {
			if m := videoLinkRE.re().FindString(s); m != "" {
				link = m
				break
			}
		}
	}
	if link == "" {
		return ""
	}
	if u, err := url.Parse(link); err == nil && u.Host != "" {
		return strings.ToLower(u.Host)
	}
	return "a meeting link"
}

// Words that make a calendar entry a rehearsal for an interview, not one.
// trainingSuffixes end a compound that trains for an interview.
var trainingSuffixes = []string{"training", "trainings", "coaching", "übung", "übungen", "vorbereitung", "simulation",
	"träning", "træning", "trening", "oefening", "szkolenie"}

// practiceCompound reports one word (hyphens allowed) that puts a
// practice prefix before an interview's stem.
func practiceCompound(w string) bool {
	joined := strings.ReplaceAll(w, "-", "")
	for _, p := range practicePrefixes {
		if rest, ok := strings.CutPrefix(joined, p); ok && hasInterviewStem(rest) {
			return true
		}
	}
	return false
}

// practicePrefixes are the first parts of a compound that make an
// interview a rehearsal: German "Probe-", "Übungs-", Dutch "proef-",
// "oefen-", the Scandinavian "prøve-", "øvings-", "övnings-", "prov-".
var practicePrefixes = []string{"probe", "übungs", "uebungs", "proef", "oefen", "prøve", "øvings", "övnings", "prov"}

var rehearsalWords = map[string]bool{
	"prep": true, "prepare": true, "preparing": true, "preparation": true,
	"practice": true, "practise": true, "practicing": true, "practising": true,
	"mock": true, "rehearsal": true, "rehearse": true, "dry-run": true,
	"vorbereitung": true, "vorbereiten": true, "übung": true, "üben": true, "probeinterview": true,
	"préparation": true, "préparer": true, "entraînement": true, "entraîner": true, "entraîne": true,
	"preparación": true, "preparar": true, "práctica": true, "simulacro": true,
	"preparazione": true, "voorbereiding": true, "oefenen": true, "oefengesprek": true, "proefinterview": true,
	"proefsollicitatie": true, "oefensollicitatie": true,
	"simulación": true, "simulazione": true, "simulação": true, "treino": true, "ensayo": true,
	"simulation": true, "simulations": true, "simu": true, "simus": true, "simulé": true, "simulée": true, "simulada": true, "simulado": true,
	"simulato": true, "simulata": true,
	"próbna": true, "próbną": true, "próbny": true, "próbne": true, "próbnej": true,
	"övningsintervju": true, "övning": true, "öva": true, "øvelse": true, "øve": true,
	"prøveintervju": true, "testintervju": true, "testsamtale": true, "übungsgespräch": true,
	"probegespräch": true, "prøverunde": true, "øvingsintervju": true, "øverunde": true, "provintervju": true,
	"övningsrunda": true, "harjoitushaastattelu": true, "cvičný": true, "nanečisto": true, "proefgesprek": true,
	// Getting ready, and being coached for it: "Interview Readiness
	// Review", "forberedelse til jobsamtaler".
	"readiness": true, "coaching": true, "forberedelse": true, "förberedelse": true, "przygotowanie": true,
	"preparação": true, "příprava": true, "valmistautuminen": true, "valmennus": true,
	// A trial interview in the Slavic languages and their neighbours':
	// "Пробно интервю", "пробное собеседование", "probni intervju",
	// "zkušební pohovor", "próbainterjú", "interviu de probă".
	"пробно": true, "пробна": true, "пробен": true, "пробное": true, "пробная": true, "пробний": true,
	"тренировочное": true, "тренувальна": true, "тренувальне": true, "репетиция": true, "репетиція": true,
	"probni": true, "probna": true, "probno": true, "zkušební": true, "skúšobný": true, "poskusni": true,
	"próbainterjú": true, "simulare": true,
}

// interviewNouns are the words for a job interview that "di prova" or "de
// prueba" can make a rehearsal of.
var interviewNouns = map[string]bool{"colloquio": true, "intervista": true, "entrevista": true, "entretien": true}

// rehearsalWord returns the rehearsal word of a title, or "". A word
// followed by a job title is part of the role ("Practice Lead",
// "Preparation Engineer"), not a rehearsal.
// mockSubject reports a subject that names a mock interview: a
// rehearsal word other than those for preparing, which a recruiter's
// "Interview prep for Tuesday" uses about the real one.
func mockSubject(subject string) bool {
	w := rehearsalWord(subject)
	return w != "" && !prepWords[w]
}

var prepWords = map[string]bool{
	"prep": true, "prepare": true, "preparing": true, "preparation": true, "vorbereitung": true, "vorbereiten": true,
	"préparation": true, "préparer": true, "preparación": true, "preparar": true, "preparazione": true,
	"voorbereiding": true,
}

// preparesFor reports whether every use of the word w in text (lower
// case) is what a preparation is for: "Vorbereitung auf
// Vorstellungsgespräche", "prep for my interviews", "préparation aux
// entretiens". A preparation word stands at most three words before it.
func preparesFor(text, w string) bool {
	ws := words(text)
	kw := words(w)
	if len(kw) == 0 {
		return false
	}
	found := false
	for i := 0; i+len(kw) <= len(ws); i++ {
		if !slices.Equal(ws[i:i+len(kw)], kw) {
			continue
		}
		found = true
		if !slices.ContainsFunc(ws[max(0, i-3):i], func(p string) bool { return prepWords[p] || rehearsalWords[p] }) {
			return false
		}
	}
	return found
}

func rehearsalWord(title string) string {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
	for i, w := range words {
		if w == "dry" && i+1 < len(words) && words[i+1] == "run" {
			return "dry run"
		}
		// "colloquio di prova", "entrevista de prueba": a trial of the
		// interview itself (a trial day, "giornata di prova", is work).
		if (w == "prova" || w == "prueba") && i >= 2 && (words[i-1] == "di" || words[i-1] == "de") &&
			interviewNouns[words[i-2]] {
			return words[i-2] + " " + words[i-1] + " " + w
		}
		// "entretien blanc", "entretiens blancs", "oral blanc": French
		// calls a mock exam white.
		if (w == "blanc" || w == "blancs" || w == "blanche" || w == "blanches") && i >= 1 &&
			(interviewNouns[strings.TrimSuffix(words[i-1], "s")] || words[i-1] == "oral" || words[i-1] == "oraux") {
			return words[i-1] + " " + w
		}
		// "模擬面接の日程について", "모의면접", "面接練習": Chinese,
		// Japanese and Korean write the word for a mock or a practice
		// into the interview's, with no space.
		if c := cjkRehearsal(w); c != "" {
			return c
		}
		if !rehearsalWords[w] {
			// "Interviewtraining", "Gesprächstraining": an interview's
			// stem before a word for training, in one word. ("Training"
			// alone is any course.)
			for _, suf := range trainingSuffixes {
				if stem := strings.TrimSuffix(strings.TrimSuffix(w, suf), "-"); stem != w && stem != "" && hasInterviewStem(stem) {
					return w
				}
			}
			// "Interview-Prep", "Bewerbungs-Übung": the last part of a
			// hyphenated compound.
			if j := strings.LastIndexByte(w, '-'); j > 0 && rehearsalWords[w[j+1:]] {
				return w[j+1:]
			}
			// "Probe-Interview" is a "Probeinterview" written apart.
			if joined := strings.ReplaceAll(w, "-", ""); joined != w && rehearsalWords[joined] {
				return w
			}
			// "Mock-Interview", "Practice-Interview": the first part.
			if j := strings.IndexByte(w, '-'); j > 0 && rehearsalWords[w[:j]] {
				return w[:j]
			}
			// "Probe-Vorstellungsgespräch", "Übungsinterview",
			// "oefensollicitatiegesprek": a practice prefix before an
			// interview's stem. ("Probearbeitstag" is a trial of the
			// work itself, a real step of hiring.)
			if practiceCompound(w) {
				return w
			}
			continue
		}
		if i+1 < len(words) && hasRoleWord(words[i+1]) {
			continue
		}
		// "Manager de la practice Data & IA": French consultancies
		// borrow the word for a business unit, after a French
		// determiner.
		if (w == "practice" || w == "practise") && i >= 1 && frenchDeterminers[words[i-1]] {
			continue
		}
		// "пробний робочий день", "próbny dzień pracy", "zkušební den":
		// a trial of the work, a real step of hiring, as
		// "Probearbeitstag" is.
		if i+1 < len(words) && trialOfWork[words[i+1]] {
			continue
		}
		// "no preparation needed", "keine Vorbereitung nötig", "aucune
		// préparation requise": the interview needs none, it is none.
		if i >= 1 && negations[words[i-1]] {
			continue
		}
		return w
	}
	return ""
}

// cjkRehearsal returns the part of a word in Chinese, Japanese or
// Korean that makes an interview a rehearsal: "模擬" (mock), "練習"
// (practice), "対策" (preparation, as in 面接対策).
func cjkRehearsal(w string) string {
	for _, p := range cjkRehearsalStems {
		if strings.Contains(w, p) {
			return p
		}
	}
	return ""
}

var cjkRehearsalStems = []string{"模擬", "模拟", "모의", "練習", "练习", "연습", "面接対策", "面试辅导", "면접대비"}

// frenchDeterminers are the words before a French noun that no English
// "practice" follows.
var frenchDeterminers = map[string]bool{"la": true, "sa": true, "notre": true, "votre": true, "cette": true, "leur": true}

// trialOfWork are the words after a Slavic "trial" that make it a trial
// of the work (a day, a shift, the work itself) rather than of an
// interview.
var trialOfWork = map[string]bool{
	"день": true, "робочий": true, "рабочий": true, "работен": true, "дзень": true, "dzień": true, "dzien": true,
	"den": true, "dan": true, "deň": true, "dnevi": true, "zmiana": true, "zmianę": true, "зміна": true, "смена": true,
	"praca": true, "pracy": true, "робота": true, "работа": true, "práce": true, "práca": true, "rad": true,
}
