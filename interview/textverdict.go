package interview

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/followupd/followupd/interview/timetext"
	"github.com/followupd/followupd/mail"
)

// msgContext is what the rest of the mailbox tells about one message: it
// answers mail about a job (an interview's or application's thread, the
// user's own job mail), or comes from an organisation the user applied to.
// Such a message is about the job search whatever its words, so that a
// recruiter's "Great, Thursday 3pm then!" counts in any language.
type msgContext struct {
	job  bool
	why  string
	orgs map[string]bool // registrable domains of the organisations in process; may be nil
	// press: the message answers a thread about a press or research
	// interview; nothing in it is a job interview.
	press bool
	// byOrg: job is set only because the sender's organisation is one the
	// user applied to. A big one also delivers parcels and sends
	// technicians: its mail is about the job only when it speaks of a
	// meeting (see about).
	byOrg bool
	// booked holds the starts of the interviews the sender's
	// organisation announced (byOrg only).
	booked []time.Time
	// answered: the user replied to the message, so a person wrote it,
	// whatever its List-Unsubscribe says (a recruiter's outreach sent
	// through Gem).
	answered bool
	// answeredPrivately: the user replied from the address the job
	// search uses (see Config.currentJobOnly).
	answeredPrivately bool
	// afterOffer: the sender's organisation made the user an offer
	// before this message.
	afterOffer bool
	// afterRejection: the message answers a thread in which the user was
	// turned down; a call it books is the feedback, not an interview.
	afterRejection bool
	// orgTurnedDown: the sender's organisation turned the user down
	// before this message, in whatever thread (see eventIsInterview).
	orgTurnedDown bool
	// org is the registrable domain of the organisation the sender
	// wrote from about the job, when they now write from a private
	// address (see jobSearch.names).
	org string
}

// textVerdict judges a message without a usable calendar part by its words.
// The order matters: what a message cannot be (the user's own
// organisation, alerts, articles, rehearsals, appointments elsewhere) is
// ruled out first; then what changes a known interview (offer, rejection);
// then a time it fixes; then what is left.
func (a *analysis) textVerdict(m *mail.Message, cfg Config, ctx msgContext) Verdict {
	if v, ok := a.notAnInterview(m, cfg); ok {
		a.ruledOut = true
		return v
	}
	subj, body := &a.subj, &a.body
	all := func(l list) string { return either(subj, body, l) }
	if p := all(lOffer); p != "" && !documentsOnly(a.text, p) {
		return Verdict{false, KindOffer, fmt.Sprintf("offer wording (%q)", p)}
	}
	if p := chosenYou(a.own); p != "" {
		return Verdict{false, KindOffer, fmt.Sprintf("offer wording (%q)", p)}
	}
	if p := body.has(lRejection); p != "" && !a.callsOffMeeting(p, cfg) && !alongsideOnly(a.text, p) {
		return Verdict{false, KindRejection, fmt.Sprintf("rejection wording (%q)", p)}
	}
	if v, ok := a.oneWayVideo(m, cfg); ok {
		return v
	}
	kw := all(lKeyword)
	// "Your interview ..., scheduled for Thursday at 1:00 PM, has been
	// cancelled": the time names what is cancelled. A message that also
	// moves it ("cancel Thursday; could we do Friday instead?") is a move.
	// The body's words before the subject's: "Absage Ihres Termins am
	// 07.12." over "leider müssen wir Ihren Termin am Montag, 07.12.2026
	// um 13:30 Uhr absagen" is called off in the sentence with its time.
	cancel := body.has(lCancel)
	if cancel == "" && (body.has(lCancelled) != "" || body.has(lCancelVerbFinal) != "") {
		// Only about a meeting: "Your flight ... is unfortunately
		// cancelled" calls off no interview. (The scan says whether a
		// participle is there at all: most mail has none, and reading
		// its sentences costs.)
		cancel, _ = cancelledWithAdverb(a.text, func(sentence string) bool {
			h := cfg.lexicon().scan(sentence)
			return h.has(lKeyword) != "" || h.has(lMeeting) != "" || hasInterviewStem(sentence)
		})
	}
	if cancel == "" {
		cancel = subj.has(lCancel)
	}
	// "Canceled: 30 Minute Recruiter Screen ...": a scheduling system's
	// notice says it in its subject's label.
	label := cancelLabel(m.Subject)
	if cancel == "" {
		cancel = label
	}
	// A scheduler's "Canceled:" notice is about whatever it booked: it
	// changes an interview only when it names that interview's slot
	// (see builder.concerns).
	// A hiring system's own mail is about the job whatever it calls the
	// meeting ("vi ställer in vår träff på torsdag").
	cancelled := cancel != "" && (kw != "" || ctx.job || isJobSystemMail(m) || label != "" && (a.about(m, ctx, cfg) != "" || isVendorMail(m))) &&
		!conditionalPhrase(a.text, cancel)
	// A person answering in the interview's thread may name the time in
	// one sentence and call it off in the next ("au sujet de l'entretien
	// prévu ce mardi à 14h00. ... nous devons l'annuler"); a system's
	// confirmation with a cancel link beside its time does not cancel.
	inThread := ctx.job && (len(m.InReplyTo) > 0 || len(m.References) > 0) && !isVendorMail(m)
	// A hiring system's notice says so in its subject ("Interview
	// Cancelled - Flatiron Geospatial") and lists the slot below, apart
	// from its sentence; its confirmations' "need to cancel?" does not.
	// A job board passes an employer's on the same way ("Interview
	// canceled: Backend Developer (Go) at ..." from Indeed).
	systemSays := (isJobSystemMail(m) || isJobBoard(domainOf(firstAddress(m.From)))) && slices.ContainsFunc(words(strings.ToLower(m.Subject)), func(w string) bool { return cancelledWords[w] })
	// "has been canceled ... I'll text you in January to set up a new
	// time": a new time promised, none given, is no move.
	// "Sobald ich mit Herrn Hansen einen neuen Termin abstimmen konnte,
	// melde ich mich": no time to come at all is no move either.
	// "Te confirmo entonces: miércoles 16 de diciembre, de 17:30 a 18:30
	// ... la del martes queda cancelada": a time confirmed that is not
	// the one booked is a new time too, said without a word of moving.
	noNewTime := all(lReschedule) == "" && !a.confirmsOtherTime(m, cfg, ctx, cancel) ||
		a.onlyCancelledTimes(m, cfg, cancel) || len(upcoming(a.times(m, cfg), m)) == 0
	if cancelled && noNewTime && (a.cancelsItsTime(m, cfg, cancel) || inThread || label != "" || systemSays || a.cancelsNamedInterview(m, cfg, cancel)) {
		// A new time promised, none given ("Sobald ich ... einen neuen
		// Termin abstimmen konnte, melde ich mich"): put off, so the
		// interview its thread books next is this one, moved (see
		// builder.postponedInWords).
		a.putOff = all(lReschedule) != "" && len(upcoming(a.times(m, cfg), m)) == 0
		return Verdict{true, KindCancellation, fmt.Sprintf("cancellation wording (%q) about an interview", cancel)}
	}
	// "Nous sommes donc contraints de reporter votre entretien de demain
	// (jeudi 3 décembre, 11h00). Je reviens vers vous ... pour vous
	// proposer de nouveaux créneaux": put off from the one time it
	// names, to none yet. The interview at that time is off; the one
	// its thread books next is it, moved (see builder.postponedInWords).
	if !cancelled && (kw != "" || ctx.job) && a.putOffOnly(m, cfg) {
		a.putOff = true
		return Verdict{true, KindCancellation, "put off from the time it names, no new time given"}
	}
	if ctx.afterRejection && kw == "" && a.subj.has(lRound) == "" && body.has(lRound) == "" {
		// "Zadzwonię w piątek o 12:00 z feedbackiem": the call after a
		// no is the reasons for it.
		return Verdict{false, KindReply, "a call in the thread of a rejection: feedback, not an interview"}
	}
	if kw == "" && a.subj.has(lRound) == "" && body.has(lRound) == "" && !a.sent {
		// "Thank you so much for yesterday - the panel really enjoyed
		// your presentation. Would you have 20 minutes for a quick call
		// on Monday? I'd love to talk you through some good news": the
		// call after the last interview gives its outcome.
		if p := a.outcomeOfText(); p != "" {
			return Verdict{false, KindReply, fmt.Sprintf("a call to give the outcome of the interview just held (%q), not an interview", p)}
		}
	}
	if ctx.afterOffer && kw == "" && a.subj.has(lRound) == "" && body.has(lRound) == "" {
		// "before you decide, would you like to come by the studio?"
		return Verdict{false, KindReply, "a meeting after the organisation's offer, not called an interview"}
	}
	if v, ok := a.confirmation(m, cfg, ctx); ok {
		return v
	}
	if body.has(lSoftLead) != "" {
		// "Unfortunately" is common; only with a reason near it is it a no.
		if p := isRejection(normalize(a.text)); p != "" && !a.callsOffMeeting(p, cfg) {
			return Verdict{false, KindRejection, fmt.Sprintf("rejection wording (%q)", p)}
		}
	}
	if cancelled {
		return Verdict{true, KindCancellation, fmt.Sprintf("cancellation wording (%q) about an interview", cancel)}
	}
	// "Thank you for applying ... Would any of the following suit
	// you?": the thanks for applying before slots offered is no mere
	// receipt.
	if a.proposal {
		return Verdict{false, KindReply, "proposes times for an interview; the one confirmed later counts"}
	}
	if p := all(lReceipt); p != "" {
		return Verdict{false, KindNone, fmt.Sprintf("application receipt (%q), nothing scheduled", p)}
	}
	if a.movesToDay(m, cfg) {
		return Verdict{false, KindReply, "moves the interview to another day at the same time"}
	}
	if a.roundOnDay(m, cfg) {
		return Verdict{false, KindReply, "asks for a further round on another day, at the time of the last one"}
	}
	// "We're about to hire our first Head of Platform ... Fancy a
	// coffee?": a job named and a meeting proposed, without a time yet.
	// Its thread is about the job, so the reply that fixes the time is
	// read as a confirmation (see jobSearch.learn).
	if !ctx.job && len(m.InReplyTo) == 0 && len(m.References) == 0 && a.speaksOfMeeting(m) {
		// "Wir suchen bei Spreewerk gerade eine:n Teamlead Platform",
		// "We zoeken een backend lead": the writer hires, for a job
		// named in any case.
		// "ich hab den Vertrag unterschrieben und fang im Januar als
		// Produktmanagerin an": a friend's own new job names a role
		// that is hers, not one she hires for.
		if a.hiresInText() {
			a.jobTalk = true
		}
	}
	if len(m.InReplyTo) > 0 || len(m.References) > 0 || isReplySubject(m.Subject) {
		return Verdict{false, KindReply, "a reply in a conversation"}
	}
	if kw != "" {
		return Verdict{false, KindReply, fmt.Sprintf("mentions %q but fixes no time", kw)}
	}
	return Verdict{false, KindNone, "no interview wording"}
}

// mentoringSubject returns the word of a subject that names mentoring,
// or "".
func mentoringSubject(subject string) string {
	for _, w := range words(strings.ToLower(subject)) {
		switch w {
		case "mentoring", "mentee", "mentorship", "mentorat", "mentoría", "mentoria", "mentorado", "tutorato", "mentorprogramm",
			"mentoringprogramm", "mentoraat":
			return w
		}
	}
	return ""
}

// registersForJob reports an event's thanks for registering that thanks
// for an application: "Gracias por inscribirte en la oferta Ingeniero/a
// de Datos", "obrigado pela sua inscrição na vaga", as Spanish- and
// Portuguese-speaking hiring systems say applying. A job's noun follows
// within a few words.
func registersForJob(text, phrase string) bool {
	ws := words(strings.ToLower(truncate(text, 4<<10)))
	pw := words(phrase)
	for i := 0; i+len(pw) <= len(ws); i++ {
		if !slices.Equal(ws[i:i+len(pw)], pw) {
			continue
		}
		for _, w := range ws[i+len(pw) : min(len(ws), i+len(pw)+4)] {
			if roleQuestionNouns[w] || jobOfferNouns[w] {
				return true
			}
		}
	}
	return false
}

// jobOfferNouns name an advertised job or its process beside the nouns
// for a post (roleQuestionNouns): "la oferta", "o processo", "l'offre".
var jobOfferNouns = map[string]bool{
	"oferta": true, "posición": true, "proceso": true, "processo": true, "candidatura": true, "offre": true,
	"stellenanzeige": true, "offerta": true,
}

// studyProgramme returns the words of a subject that name a degree
// programme the interview admits to ("Convocatória para entrevista -
// Mestrado em Engenharia Informática", "Auswahlgespräch Masterstudiengang
// Data Science"), or "". A job's title never starts so; its text may ask
// for "a Master in Computer Science", so only the subject is read.
func studyProgramme(subject string) string {
	return firstWord(normalize(subject), studyProgrammePhrases)
}

// studyProgrammePhrases name degree programmes, in the languages read.
var studyProgrammePhrases = []string{
	"mestrado em", "mestrado integrado", "licenciatura em", "doutoramento em", "doutorado em", "máster en",
	"master en", "máster universitario", "maestría en", "grado en", "master in", "master of science",
	"master of arts", "msc in", "mba programme", "mba program", "master's programme", "masters programme",
	"master's program", "masters program", "degree programme", "degree program", "masterstudiengang",
	"bachelorstudiengang", "studiengang", "studienplatz", "laurea magistrale", "corso di laurea",
	"masteropleiding", "bacheloropleiding", "masterprogramma", "masterprogram", "masterprogrammet",
	"programme de master", "admission en master", "studia magisterskie", "studia podyplomowe",
	// An admission interview for a degree: "Programare interviu de
	// admitere - Program de studii Informatică", "entretien d'admission".
	// (Not the Czech, Slovak and Hungarian words for it, nor
	// "Aufnahmegespräch": employers use them too.)
	"interviu de admitere", "program de studii", "entretien d'admission", "entrevista de admisión",
	"entrevista de admissão", "colloquio di ammissione", "admission interview", "admissions interview",
	"toelatingsgesprek", "intakegesprek opleiding",
}

// documentsOnly reports an offer phrase that only ever names a paper to
// bring: "Please carry ... payslips / offer letter of current company",
// "your previous offer letter". A walk-in's list of documents is no
// offer.
func documentsOnly(text, phrase string) bool {
	if phrase != "offer letter" {
		return false
	}
	low := strings.ToLower(text)
	found := false
	for i := 0; ; {
		j := strings.Index(low[i:], phrase)
		if j < 0 {
			break
		}
		j += i
		found = true
		before := low[max(0, j-20):j]
		after := strings.TrimSpace(low[j+len(phrase) : min(len(low), j+len(phrase)+30)])
		document := false
		for _, w := range []string{"current", "previous", "present", "last", "past"} {
			document = document || strings.Contains(before, w) ||
				strings.HasPrefix(after, "of "+w) || strings.HasPrefix(after, "of your "+w) || strings.HasPrefix(after, "from "+w) ||
				strings.HasPrefix(after, "from your "+w)
		}
		if !document {
			return false
		}
		i = j + len(phrase)
	}
	return found
}

// namesCompany reports a word of the subject that belongs to the name of
// the company it gives: "Votre entretien avec Atelier Brume" is with a
// studio called Atelier, not at a workshop.
func (a *analysis) namesCompany(m *mail.Message, cfg Config, word string) bool {
	c := companyFromText(m.Subject, a.people, cfg.keywords())
	return c != "" && hasWord(" "+normalize(c)+" ", word)
}

// cancelledWithAdverb finds "is cancelled" with up to two words between
// ("è annullato", "è pertanto annullato", "ist damit leider abgesagt", "est donc
// malheureusement annulé"), which a list of fixed phrases cannot hold in
// every language. It returns the words found and their sentence, in the
// first sentence about (a meeting, not "la ricerca è stata sospesa"), or
// "".
func cancelledWithAdverb(text string, about func(sentence string) bool) (found, sentence string) {
	for _, sent := range sentences(truncate(text, 8<<10)) {
		if c := cancelledIn(sent); c != "" && about(sent) {
			return c, sent
		}
	}
	return "", ""
}

// cancelledIn finds the words of cancelledWithAdverb in one sentence.
func cancelledIn(sent string) string {
	ws := words(strings.ToLower(sent))
	modal := -1
	for i, w := range ws {
		// German and Dutch put the verb last: "leider muss ich
		// unser ... geplantes Erstgespräch absagen", "moeten we het
		// gesprek helaas afzeggen".
		if cancelModals[w] && modal < 0 {
			modal = i
		}
		if modal >= 0 && i > modal && cancelVerbsFinal[w] {
			return strings.Join(ws[modal:i+1], " ")
		}
		// The Romance languages put the infinitive right after
		// what obliges: "hemos tenido que anular la videollamada",
		// "dobbiamo annullare il colloquio", "nous devons annuler".
		if cancelInfinitives[w] {
			for j := max(0, i-2); j < i; j++ {
				if obligeWords[ws[j]] {
					return strings.Join(ws[j:i+1], " ")
				}
			}
		}
		// German and Dutch part a verb from its particle, with what
		// they like between: "Das Gespräch findet deshalb nicht statt",
		// "fällt leider aus", "gaat helaas niet door".
		if p, ok := splitCancelVerbs[w]; ok && (p.not == "" || i > 0 && ws[i-1] == p.not) {
			for j := max(0, i-5); j < i; j++ {
				if p.verbs[ws[j]] {
					return strings.Join(ws[j:i+1], " ")
				}
			}
		}
		if !cancelledWords[w] {
			continue
		}
		for j := max(0, i-3); j < i; j++ {
			if copulas[ws[j]] {
				return strings.Join(ws[j:i+1], " ")
			}
		}
		for j := max(0, i-8); j < i; j++ {
			if perfectAuxiliaries[ws[j]] {
				return strings.Join(ws[j:i+1], " ")
			}
		}
	}
	return ""
}

// splitCancelVerbs are the particles that end a German or Dutch verb of
// not taking place, by particle: the negation right before it, if the
// verb needs one, and the verb's finite forms.
var splitCancelVerbs = map[string]struct {
	not   string
	verbs map[string]bool
}{
	"statt": {"nicht", map[string]bool{"findet": true, "finden": true}},
	"aus":   {"", map[string]bool{"fällt": true, "fallen": true}},
	"door":  {"niet", map[string]bool{"gaat": true, "gaan": true}},
}

// cancelInfinitives and obligeWords are the Romance infinitives of
// calling off and the words of obligation just before them ("tenido que",
// "dobbiamo", "devons", "temos de").
var (
	cancelInfinitives = map[string]bool{
		"cancelar": true, "anular": true, "suspender": true, "annullare": true, "cancellare": true, "disdire": true,
		"annuler": true, "desmarcar": true,
	}
	obligeWords = map[string]bool{
		"que": true, "de": true, "debemos": true, "debo": true, "dobbiamo": true, "devo": true, "dovuto": true,
		"devons": true, "dois": true, "dû": true, "devemos": true, "temos": true, "tivemos": true,
		// "Infelizmente preciso cancelar nossa conversa", "necesitamos
		// cancelar", "vamos cancelar", "il faut annuler", "bisogna annullare".
		"preciso": true, "precisamos": true, "precisei": true, "necesito": true, "necesitamos": true,
		"vamos": true, "vou": true, "faut": true, "bisogna": true,
	}
)

// cancelModals and cancelVerbsFinal are the modal verbs and the
// infinitives of calling off that German and Dutch put at either end of
// a clause, and that the Slavic and Nordic languages part with an
// adverb ("musíme bohužel zrušit").
var (
	cancelModals = map[string]bool{"muss": true, "müssen": true, "musste": true, "mussten": true, "müsste": true, "moet": true, "moeten": true, "moest": true, "moesten": true,
		// "musíme bohužel zrušit", "musimy niestety odwołać", "vi må dessverre avlyse".
		"musíme": true, "musím": true, "museli": true, "musel": true, "musela": true, "musieť": true, "musimy": true, "muszę": true,
		"musieliśmy": true, "måste": true, "må": true, "måtte": true, "joudumme": true, "joudun": true}
	cancelVerbsFinal = map[string]bool{"absagen": true, "entfallen": true, "stornieren": true, "canceln": true, "annullieren": true, "annuleren": true, "afzeggen": true, "afblazen": true,
		"zrušit": true, "zrušiť": true, "odwołać": true, "anulować": true, "avboka": true, "aflyse": true, "avlyse": true, "perumaan": true, "perua": true}
)

// callsOffMeeting reports a rejection phrase whose verb calls off ("leider
// absagen") and whose sentence has the meeting for its object, not the
// user: "Unser Kennenlernen am 17.12. muss ich darum leider absagen" calls
// the meeting off; "müssen wir Ihnen leider absagen" turns the user down.
// alongsideOnly reports a rejection's phrase that the text writes only
// after "together with": "Havbruk Vest ønsker å ta deg videre til siste
// runde sammen med én annen kandidat" takes the user on beside another
// candidate, where "valgt en annen kandidat" turns the user down.
func alongsideOnly(text, phrase string) bool {
	low := normalize(truncate(text, 8<<10))
	found := false
	for from := 0; from < len(low); {
		i := strings.Index(low[from:], phrase)
		if i < 0 {
			break
		}
		i += from
		from = i + len(phrase)
		if !boundaryBefore(low, i) || !boundaryAfter(low, from) {
			continue
		}
		found = true
		before := strings.Fields(low[max(0, i-32):i])
		if len(before) > 0 && (before[len(before)-1] == "én" || before[len(before)-1] == "ein" || before[len(before)-1] == "one" ||
			before[len(before)-1] == "en" || before[len(before)-1] == "un" || before[len(before)-1] == "una" || before[len(before)-1] == "uno") {
			before = before[:len(before)-1] // "sammen med én annen kandidat"
		}
		if firstWord(strings.Join(before, " ")+" ", togetherWithEnds) == "" {
			return false
		}
	}
	return found
}

// togetherWithEnds are "together with" in the languages whose rejections
// name "another candidate", each ending the words before it.
var togetherWithEnds = []string{
	"together with ", "along with ", "alongside ", "sammen med ", "tillsammans med ", "samen met ", "zusammen mit ",
	"gemeinsam mit ", "junto con ", "junto a ", "junto com ", "insieme a ", "insieme ad ", "razem z ", "wraz z ",
	"ensemble avec ", "aux côtés d'", "yhdessä ",
}

func (a *analysis) callsOffMeeting(phrase string, cfg Config) bool {
	ws := words(phrase)
	if len(ws) == 0 {
		return false
	}
	if !cancelVerbsFinal[ws[len(ws)-1]] {
		// "Nous avons le regret de vous informer que ... le processus
		// de sélection 26-CNIA-EA-0471 a été annulé": the regret is
		// for what is called off in its own sentence.
		for _, sent := range sentences(truncate(a.text, 8<<10)) {
			if holdsPhrase(sent, phrase) {
				h := cfg.lexicon().scan(sent)
				return h.has(lCancel) != ""
			}
		}
		return false
	}
	for _, line := range strings.Split(truncate(a.text, 8<<10), "\n") {
		if !holdsPhrase(line, phrase) {
			continue
		}
		for _, sent := range sentences(line) {
			c := cancelledIn(sent)
			if c == "" || !holdsPhrase(sent, phrase) {
				continue
			}
			if slices.ContainsFunc(words(c), func(w string) bool { return personObjects[w] }) {
				return false
			}
			// The meeting may stand in the sentence before, which a
			// date's full stop ends: "Unser Kennenlernen am 17.12.
			// muss ich ... absagen".
			h := cfg.lexicon().scan(line)
			return h.has(lKeyword) != "" || h.has(lMeeting) != "" || hasInterviewStem(line)
		}
	}
	return false
}

// personObjects are the pronouns a calling-off verb takes when it turns a
// person down: "wir müssen Ihnen leider absagen", "dir", "euch".
var personObjects = map[string]bool{"ihnen": true, "dir": true, "euch": true, "u": true, "je": true, "jou": true}

// cancelledWords are the participles that say a meeting was called off;
// copulas the verbs they follow ("is", "è", "est", "ist", "wurde", ...).
// These find them adjacent or a word or two apart, whichever tense or
// word order the sentence has.
var (
	cancelledWords = map[string]bool{
		"cancelled": true, "canceled": true, "abgesagt": true, "annulé": true, "annulée": true,
		"annullato": true, "annullata": true, "cancelada": true, "cancelado": true, "geannuleerd": true,
		"afgezegd": true, "odwołana": true, "odwołane": true, "anulowana": true, "inställd": true,
		"inställt": true, "aflyst": true, "avlyst": true, "peruttu": true, "zrušen": true, "zrušena": true,
		"zrušeno": true, "storniert": true, "zrušený": true, "zrušená": true, "zrušené": true,
		"törölve": true, "lemondva": true, "anulat": true, "anulată": true, "anulate": true,
		// The hiring, and so its interviews: "o processo de recrutamento
		// ... foi suspenso".
		"suspended": true, "suspendu": true, "suspendue": true, "suspendido": true, "suspendida": true,
		"suspenso": true, "suspensa": true, "sospeso": true, "sospesa": true, "ausgesetzt": true,
		"opgeschort": true, "wstrzymana": true, "wstrzymany": true, "pozastaven": true, "pozastavena": true,
		"suspendat": true, "suspendată": true,
		// Croatian, Slovenian and Serbian (both scripts), whose "je"
		// may stand several words before: "te je razgovor zakazan za
		// 10. prosinca otkazan".
		"otkazan": true, "otkazana": true, "otkazano": true, "odpovedan": true, "odpovedana": true, "odpovedano": true,
		"отказан": true, "отказана": true, "отказано": true,
	}
	// perfectAuxiliaries come before a German or Dutch participle, at the
	// end of its clause, however many words between: "Ich habe den Termin
	// am 14.01. storniert", "we hebben het gesprek van dinsdag geannuleerd".
	perfectAuxiliaries = map[string]bool{
		"habe": true, "haben": true, "hat": true, "hab": true, "hatte": true, "hatten": true,
		"heb": true, "hebben": true, "heeft": true,
		// "they've cancelled all interviews incl. Thursday's".
		"have": true, "has": true, "had": true, "ve": true,
		// The South Slavic auxiliary before a passive participle, in
		// Latin and Cyrillic letters.
		"je": true, "је": true,
	}
	copulas = map[string]bool{
		"is": true, "was": true, "ist": true, "wird": true, "wurde": true, "est": true, "été": true,
		"è": true, "stato": true, "stata": true, "está": true, "queda": true, "sido": true,
		"foi": true, "wordt": true, "werd": true, "zostało": true, "została": true, "jest": true,
		"är": true, "blev": true, "er": true, "blir": true, "je": true, "byl": true, "byla": true,
	}
)

// notAnInterview rules out what a message cannot be about, whatever time
// it names: the user's own organisation, alerts, articles, events,
// rehearsals, appointments elsewhere, press interviews.
func (a *analysis) notAnInterview(m *mail.Message, cfg Config) (Verdict, bool) {
	subj, body := &a.subj, &a.body
	event := cmp.Or(subj.has(lEvent), webinarWord(m.Subject))
	no := func(format string, args ...any) (Verdict, bool) {
		return Verdict{false, KindNone, fmt.Sprintf(format, args...)}, true
	}
	from := firstAddress(m.From)
	if w := body.has(lKeyword); w != "" && subj.has(lKeyword) == "" && agendaItemOnly(a.text, w) {
		// "Orden del día: ... 4. Entrevista con la Directora Gerente":
		// a committee's meeting, one of whose items is an interview.
		return no("a meeting's agenda with an interview among its items (%q), not the user's interview", w)
	}
	switch d := domainOf(from); {
	case cfg.ownDomain(d):
		// A colleague's "interview on Thursday at 4pm" is the current
		// employer's hiring, where the user interviews others.
		return no("from the user's own organisation (%s)", d)
	case cfg.currentJobOnly(m, a.answeredPrivately) != "":
		// The employer's hiring system asking the user to interview a
		// candidate, a customer, a supplier, a sales call: mail that
		// reaches the user only at the work address is the current
		// job's; the job search uses the first address of the config.
		// A reporter's request there ("ich bin Redakteurin bei ...
		// Hätten Sie Lust auf ein kurzes Interview?") keeps its thread
		// out as any press interview's, whichever address the user
		// answers from.
		if either(subj, body, lPress) != "" {
			a.press = true
		}
		return no("mail to the user's work address only (%s), about the current job", cfg.workAddressOnly(m))
	case either(subj, body, lNotJob) != "":
		// Its thread, and the same organisation's invitation that
		// follows it, are not the job search's (see jobSearch.press),
		// whatever else it reads like ("TUM-Alumni-Mentoring ... das
		// ist kein Bewerbungsgespräch").
		a.press = true
		return no("the writer says it is not about a job (%q)", either(subj, body, lNotJob))
	case either(subj, body, lNotAssessed) != "" && a.oneMeetingTime(m, cfg):
		// "an informal 'Meet the Team' evening ... When: Wednesday 9
		// December, from 18:30 ... This is entirely optional and does
		// not form part of the assessment process": the employer's own
		// word that the one meeting of the mail assesses nobody. (Said
		// of one item beside an interview's time, it is that item's;
		// see readsOf.) The thread stays the job search's: the super
		// day it leads to is one.
		return no("the employer says the meeting assesses nobody (%q)", either(subj, body, lNotAssessed))
	case rightToWorkCheck(m.Subject) && subj.has(lKeyword) == "":
		// "Action required: identity and right to work check - Friday
		// 11 December": the check booked on its own, after an offer, as
		// a calendar title says it (see calendarVerdict). Beside an
		// interview's word the subject is the interview's.
		return no("a check of the right to work (in the subject), not an interview")
	case a.notForReader() != "":
		// "jeg antar at rollen ikke er aktuell for deg selv ... hvem
		// du mener vi bør snakke med": a search firm asks the user for
		// names, not to apply. Its thread is not the job search's.
		a.press = true
		return no("the writer says the role is not for the user (%q)", a.notForReader())
	case either(subj, body, lSignUp) != "" && either(subj, body, lKeyword) == "":
		// "Before we can represent you to any of our clients, we ask
		// every new candidate to come in and register with us": the
		// agency's own sign-up, no employer's interview. Its thread
		// stays the job search's: a client's interview may follow.
		return no("an agency signing the user up as its candidate (%q), not an interview", either(subj, body, lSignUp))
	case body.has(lYourNetwork) != "" && namesWanted(a.text) != "":
		// "Fällt Ihnen aus Ihrem Netzwerk jemand ein, der für eine
		// solche Aufgabe in Frage käme?": a search firm sounds out the
		// reader's network for a role, and the call it asks for is
		// about names. Its thread is not the job search's.
		a.press = true
		return no("the writer asks the user for names from their network (%q)", namesWanted(a.text))
	case mentoringSubject(m.Subject) != "" && subj.has(lKeyword) == "":
		// "Aalford mentoring - hello & first call?": a mentee's call,
		// and its mock interview, are the user giving time, not
		// applying; so is its thread.
		a.press = true
		return no("a mentoring conversation (%q in the subject), not the user's job interview", mentoringSubject(m.Subject))
	case subj.has(lAlert) != "":
		return no("job alert (%q in the subject)", subj.has(lAlert))
	case isJobBoard(d) && body.has(lAlert) != "" && subj.has(lKeyword) == "":
		// A board's own notice about the user's interview ("Interview
		// canceled: Backend Developer at ...") ends with "similar
		// jobs" too: its subject says what it is.
		return no("job alert from a job board (%q)", body.has(lAlert))
	case subj.has(lArticle) != "":
		return no("an article or course about interviews (%q in the subject)", subj.has(lArticle))
	case studyProgramme(m.Subject) != "":
		// Its thread, where the user confirms the day, is the
		// admission's too.
		a.press = true
		return no("an admission to a degree programme (%q in the subject), not a job interview", studyProgramme(m.Subject))
	case vendorMeeting(m.Subject, subj) != "" && subj.has(lKeyword) == "":
		return no("a business meeting (%q in the subject): a vendor's or a client's, not an interview", subj.has(lSales))
	case event != "" && !a.namesCompany(m, cfg, event) && !(event == "panel discussion" && hasRoleWord(m.Subject)) && !a.ownWalkIn(event, cfg) &&
		!(walkInDrives[event] && a.answered && a.body.has(lConfirm) != "") && !a.threadTurnsToJob(m):
		// (A walk-in the user answered, asked to confirm attendance, is
		// the user's: "you have been shortlisted for our Face-to-Face
		// Walk-in Interview ... Kindly reply to confirm".)
		// ("Senior Data Platform Engineer | Panel discussion - 8th
		// Dec": an Indian recruiter's name for the panel interview.)
		return no("a webinar, course or event, not an interview (%q in the subject)", event)
	case openSessions[body.has(lEvent)] && either(subj, body, lKeyword) == "":
		// "Frukost & kod: träffa våra utvecklare ... Ingen ansökan
		// behövs": an employer's event for all who are curious, sent
		// by its hiring system, that calls nothing an interview.
		return no("an employer's event open to all, not an interview (%q)", body.has(lEvent))
	case strings.Contains(a.full, "zoom.us/w/"):
		// Zoom joins a webinar at /w/ and a meeting at /j/: its
		// "Reminder: Umbrella Health Candidate Session ... will begin
		// tomorrow" is a webinar's, whatever its title says.
		return no("a Zoom webinar (its link is a webinar's)")
	case isEventPlatform(d):
		return no("an event platform's mail (%s): a meetup, fair or webinar, not an interview", d)
	case isRecordingStudio(d):
		a.press = true
		return no("a recording studio's invitation (%s): a show's guest, not a job interview", d)
	case body.has(lRegistration) != "" && !a.ownWalkIn(event, cfg) && !registersForJob(a.text, body.has(lRegistration)):
		return no("an event's registration system writes (%q), not an interview", body.has(lRegistration))
	case rehearsalWord(m.Subject) != "" && subj.has(lKeyword) != "":
		return no("a rehearsal, not an interview (%q in the subject)", rehearsalWord(m.Subject))
	case (isFreemail(d) || isForwardSubject(m.Subject) && !namesUser(m.Subject+"\n"+a.full, cfg)) && forwardedToOther(a.full, cfg) && !selfForward(m, cfg):
		// "Fwd: Zaproszenie na rozmowę" from a friend's own mailbox, or
		// a partner's "Fwd: Einladung zum Vorstellungsgespräch" that
		// greets him, never the user: the invitation was addressed to
		// someone else. (An agency forwarding its client's invitation
		// sent to the agency names the user: "Entretien M. Sam Rivera".)
		// Its thread, where a call to prepare may be agreed ("el
		// domingo a las 18h perfecto"), is theirs too.
		if isFreemail(d) && !namesUser(m.Subject, cfg) {
			a.press = true
		}
		return no("an invitation forwarded by someone else, addressed to them")
	case isFreemail(d) && writerReferredReader(a.text) != "":
		// "wie besprochen hab ich dich heute intern für die
		// Staff-Engineer-Stelle empfohlen. Unsere Recruiterin meldet
		// sich": a friend inside the company refers the user, and its
		// recruiter invites. The coffee the friend proposes in that
		// thread ("vorher nen Kaffee?") is to prepare, no interview.
		a.press = true
		return no("a friend who referred the user (%q); the employer invites", writerReferredReader(a.text))
	case !cfg.ownDomain(d) && namesOwnOrganisation(m.Subject, cfg) && subj.has(lKeyword) != "":
		// "Interview-Anfrage: Stackgeflüster – Folge über Observability
		// bei Globex": a podcast interviews the user about the user's
		// own organisation. Its invitation to record, sent after, is
		// the show's (see jobSearch.press).
		if p := either(subj, body, lPress); p != "" {
			a.press = true
			return no("a press or research interview about the user's own organisation (%q)", p)
		}
		// "onsite at Globex next Thursday!!": someone else's interview at
		// the user's own employer (a referral, a friend).
		return no("an interview at the user's own organisation, someone else's")
	case len(m.InReplyTo) == 0 && !isReplySubject(m.Subject) && sendersOwnInterview(m.Subject) != "":
		// "Hjelp før intervjuet mitt?", "Tips for my interview on
		// Tuesday?": a friend writes about their own interview. An
		// employer never calls it "my interview"; the user's own mail
		// does, so an answer to it ("Re: Question about my interview")
		// is not this.
		return no("the sender's own interview (%q in the subject)", sendersOwnInterview(m.Subject))
	case isFreemail(d) && len(m.InReplyTo) == 0 && sendersOwnInText(a.text) != "":
		// "por fin me han llamado de Laboratorios Farmavía ... la
		// entrevista es el jueves": a friend writes from a private
		// address about the interview she has. Her thread, where a
		// call to prepare is agreed, is kept out like a reporter's.
		a.press = true
		return no("the sender's own interview (%q)", sendersOwnInText(a.text))
	case body.has(lSpecific) != "" && noRoleInMind(a.text) != "":
		// "I don't have a specific role for you right now, but I'd
		// love a quick catch-up on the market": a recruiter's chat.
		a.press = true
		return no("the writer says it is about no particular job (%q)", noRoleInMind(a.text))
	case body.has(lAskInterviewer) != "":
		// "Could you run the technical interview with him for us?": a
		// friend's candidate, the user interviewing.
		return no("the user is asked to interview someone (%q)", body.has(lAskInterviewer))
	case either(subj, body, lAppointment) != "" && a.appointmentStands(m, cfg, either(subj, body, lAppointment)):
		p := either(subj, body, lAppointment)
		// A reference call, a podcast's volunteer-run show, a landlord's
		// viewing: the thread that agrees its time ("Parfait, va pour
		// le mardi 15 décembre à 18h30 !") is the appointment's, and is
		// kept out like a reporter's (see jobSearch.press). (Not a new
		// employer's welcome: a further interview with it says so, see
		// jobSearch.offered.)
		// (Not a chat that says it is no interview: "a coffee, not an
		// interview" is often followed, in its thread, by the
		// invitation to the real one.)
		// A friend's own word, from a private address ("Not an
		// interview, promise, just coffee"), is hers to keep: her
		// calendar invitation for the coffee that follows is the same.
		if either(subj, body, lHired) == "" && (!saysNoInterview[p] || isFreemail(domainOf(from))) {
			a.press = true
		}
		return no("an appointment that is no job interview (%q)", p)
	case either(subj, body, lPress) != "" && (subj[lPress] != "" || !onlyInLinks(a.text, body[lPress])):
		a.press = true
		return no("a press or research interview, not a job interview (%q)", either(subj, body, lPress))
	case either(subj, body, lInvestor) != "" && either(subj, body, lKeyword) == "" && (fundWrites(m, a.own) || readerInvests(a.own) != ""):
		// A fund's "partner meeting" about the user's side project, or a
		// founder's pitch to the user as an angel: its thread and its
		// invitations are kept out like a reporter's. (A founder
		// recruiting says "seed round closed in September" of the
		// company, to a candidate, not to an investor.)
		a.press = true
		return no("a meeting about investing (%q), between investors and a founder, not an interview", either(subj, body, lInvestor))
	}
	// A reference check is told before any time is: the request ("Lena
	// has given your name as a referee ... a couple of times that suit
	// you?") keeps the call its thread fixes later out of the job search.
	head := truncate(a.text, 4<<10)
	if w := referenceCheck(m.Subject, cfg.keywords()); w != "" {
		a.press = true
		return no("a reference check about a candidate, not the user's interview (%q)", w)
	}
	if w := asReferee(head); w != "" {
		// "Petr ... uvedl Vás jako referenci": a recruiter calls the
		// user about a candidate, not to interview the user. Its thread
		// is kept out like a reporter's (see jobSearch.press).
		a.press = true
		return no("the user is asked for a reference about a candidate (%q)", w)
	}
	if len(a.reads) == 0 {
		// A show's host asking the user on as a guest, before any time
		// ("presento Código Abierto, un podcast ... tenerte como
		// invitado para una entrevista"): the thread where the
		// recording's time is agreed is the show's (see jobSearch.press).
		// Its subject may say so instead of a guest or an episode
		// ("Entrevista para el podcast Código Abierto FM").
		if w := podcastWord(head); w != "" && (showsGuest(head) || podcastWord(m.Subject) != "") && roleFrom(nil, []string{m.Subject, head}) == "" &&
			either(subj, body, lApplication) == "" {
			a.press = true
			return no("a podcast host's invitation to be a guest, not a job interview (%q)", w)
		}
		// The rest asks what kind of meeting a time is for; text that
		// holds no time needs no answer (and a pass reads thousands).
		return Verdict{}, false
	}
	// Its host may say so only in the signature: "Host,
	// Plattformgeflüster – der Podcast rund um Platform Engineering".
	if w := podcastWord(m.Subject + "\n" + head + "\n" + signatureOf(a.own)); w != "" && roleFrom(nil, []string{m.Subject, head}) == "" &&
		roleFrom([]string{m.Subject}, nil) == "" && either(subj, body, lApplication) == "" {
		// A show's recording, in any language's inflection of the
		// word ("wywiad do podcastu", "podcastissa"); a job at a
		// podcast company names its role.
		a.press = true
		return no("a podcast's recording, not a job interview (%q)", w)
	}
	return Verdict{}, false
}

// movesToDay reads a move that names a day only and keeps the clock time:
// "décaler votre entretien ... le 7 décembre, à la même heure". The
// interview of the thread moves (see builder.sameTimeMoves).
func (a *analysis) movesToDay(m *mail.Message, cfg Config) bool {
	if a.body.has(lReschedule) == "" || a.body.has(lSameTime) == "" {
		return false
	}
	// "Die gleiche Uhrzeit geht bei uns leider nicht, aber um Viertel
	// nach zehn": the same time denied is no move at it.
	lx := cfg.lexicon()
	for _, sent := range sentences(truncate(a.text, 8<<10)) {
		if h := lx.scan(sent); h.has(lSameTime) != "" && negated(sent) {
			return false
		}
	}
	// The days are those written in the user's zone; the builder reads
	// them again in an interview's (see builder.sameTimeMoves).
	a.movesSameTime = true
	a.movedDays = a.daysMovedTo(m, cfg.location())
	return true
}

// daysMovedTo returns the days a move names, its dates read in loc and
// in the order of figures written there ("fri 12/11" in a thread set in
// Eastern time is 11 December).
func (a *analysis) daysMovedTo(m *mail.Message, loc *time.Location) []time.Time {
	var out, said []time.Time
	dates := findDates(a.text, m.Date, loc)
	for _, d := range dates {
		day := time.Date(d.Start.Year(), d.Start.Month(), d.Start.Day(), 0, 0, 0, 0, d.Start.Location())
		// "If Thursday doesn't work, I'm also free Friday morning": an
		// alternative, not the day it moves to.
		if startsCondition(sentenceAround(a.text, d.Pos, d.End)) {
			continue
		}
		// "den Freitag drauf, also 18.12.": the weekday is the date
		// written beside it, not the nearest Friday.
		if d.Relative && slices.ContainsFunc(dates, func(e timetext.Mention) bool {
			return !e.Relative && e.Start.Weekday() == d.Start.Weekday() && e.Start.After(d.Start)
		}) {
			continue
		}
		if !d.Start.After(m.Date) || slices.ContainsFunc(out, day.Equal) {
			continue
		}
		out = append(out, day)
		low := " " + normalize(sentenceAround(a.text, d.Pos, d.End)) + " "
		if firstWord(low, sameTimePhrases) != "" || firstWord(low, reschedulePhrases) != "" {
			said = append(said, day)
		}
	}
	// "move the final stage to Wednesday 16th instead, same time ...
	// flight and hotel details on Monday": the days of the sentence
	// that moves are those it moves to.
	if len(said) > 0 {
		return said
	}
	return out
}

// negated reports a sentence with a word of negation, in the languages
// followupd reads.
func negated(sentence string) bool {
	for _, w := range wordsWithApostrophes(strings.ToLower(sentence)) {
		if negations[w] {
			return true
		}
	}
	return false
}

// wordsWithApostrophes splits s as words does, keeping an apostrophe
// inside a word ("can't", "don't", written with ' or ’), as the
// negations are listed.
func wordsWithApostrophes(s string) []string {
	s = strings.ReplaceAll(s, "’", "'")
	ws := strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) && r != '\'' })
	for i, w := range ws {
		ws[i] = strings.Trim(w, "'")
	}
	return ws
}

var negations = map[string]bool{
	"not": true, "can't": true, "cannot": true, "won't": true, "doesn't": true, "don't": true, "isn't": true,
	"aren't": true, "nicht": true, "kein": true,
	"keine": true, "pas": true, "no": true, "non": true, "não": true, "niet": true, "geen": true, "nie": true,
	"inte": true, "ikke": true, "ei": true, "nejde": true, "nemůžeme": true, "nelze": true, "nemôžeme": true,
	"dont": true, "haven't": true, "nothing": true, "keinen": true, "aucun": true, "aucune": true, "ningún": true,
	"ninguna": true, "nessun": true, "nessuna": true, "nenhum": true, "nenhuma": true, "sem": true, "sin": true,
	"senza": true, "sans": true, "ohne": true, "bez": true, "ingen": true, "inget": true, "ingenting": true,
	"keinem": true, "without": true, "niente": true, "nessuno": true, "nada": true, "rien": true, "niets": true,
	"zonder": true, "nic": true, "intet": true, "żadnej": true, "żadnych": true, "žádný": true, "žádné": true, "žiadny": true, "žiadne": true,
	"nem": true, "nincs": true, "nu": true, "değil": true, "yok": true,
}

// roundOnDay reads a further round asked for on a day only, at the time
// of the last one: "zur zweiten Runde ... Würde Ihnen wieder dieselbe
// Uhrzeit passen, also nächsten Dienstag?" (see builder.sameTimeRounds).
func (a *analysis) roundOnDay(m *mail.Message, cfg Config) bool {
	if a.body.has(lRound) == "" && a.subj.has(lRound) == "" || a.body.has(lSameTime) == "" || a.body.has(lReschedule) != "" {
		return false
	}
	for _, d := range findDates(a.text, m.Date, cfg.location()) {
		sentence := sentenceAround(a.text, d.Pos, d.End)
		// ("Tack för ett trevligt samtal idag": today is the round
		// that was, not the next.)
		if startsCondition(sentence) || !d.Start.After(m.Date) || sameDay(d.Start, m.Date.In(d.Start.Location())) {
			continue
		}
		day := time.Date(d.Start.Year(), d.Start.Month(), d.Start.Day(), 0, 0, 0, 0, d.Start.Location())
		if !slices.ContainsFunc(a.roundDays, day.Equal) {
			a.roundDays = append(a.roundDays, day)
			a.roundAsks = a.roundAsks || asks(sentence)
			a.roundLine = sentence
		}
	}
	if len(a.roundDays) == 0 {
		// "Funkar samma tid nästa vecka?": a week after the last round.
		for _, sentence := range sentences(a.text) {
			if h := cfg.lexicon().scan(sentence); h.has(lSameTime) != "" && timetext.SaysNextWeek(sentence) {
				a.roundNextWeek, a.roundAsks, a.roundLine = true, asks(sentence), sentence
				return true
			}
		}
	}
	return len(a.roundDays) > 0
}

// about says why a message is about a job interview, or "": interview
// words, a scheduling system, the thread or organisation it belongs to,
// a subject about a candidacy, a role named in the text, or a recruiter
// proposing a conversation.
func (a *analysis) about(m *mail.Message, ctx msgContext, cfg Config) string {
	if w := a.subj.has(lKeyword); w != "" {
		return fmt.Sprintf("%q in the subject", w)
	}
	if w := a.body.has(lKeyword); w != "" {
		return fmt.Sprintf("%q in the text", w)
	}
	if isJobSystemMail(m) {
		return "sent by a scheduling system (" + domainOf(firstAddress(m.From)) + ")"
	}
	// "Wollen wir das mit einem zweiten Gespräch verbinden?": a further
	// round is an interview whatever else the mail discusses.
	if w := a.body.has(lRound); w != "" {
		return fmt.Sprintf("%q in the text", w)
	}
	if ctx.job && (!ctx.byOrg || a.speaksOfMeeting(m)) {
		return ctx.why
	}
	// "Am Donnerstag um 16 Uhr sitze ich leider in einer Sitzung": the
	// organisation's mail names the time of the interview it booked, in
	// whatever words; a parcel notice or a newsletter does not.
	if ctx.byOrg && a.namesBooked(ctx.booked) {
		return ctx.why + ", naming the time of its interview"
	}
	if w := cfg.applicationSubject(m.Subject); w != "" {
		return fmt.Sprintf("the subject is about a candidacy (%q)", w)
	}
	// A role named near the top, not the writer's own new one ("fang im
	// Januar als Produktmanagerin an"), unless they hire too.
	if r := a.topsRole(); r != "" && (a.ownNewJob() == "" || a.hiresForRole()) {
		return fmt.Sprintf("the text names a role (%q)", r)
	}
	// ("Ti chiamo io sul numero che mi hai lasciato": the recruiter's
	// call is the conversation.)
	if a.recruiterMail(m) && (either(&a.subj, &a.body, lMeeting) != "" || a.body.has(lCall) != "") {
		return "a recruiter proposing a conversation"
	}
	// "Thanks for applying for the Backend Engineer role ... Fancy a
	// quick call this week? ... I'm free Thurs after lunch or Fri at
	// 2.30pm": a person of the employer answers the application by
	// offering times for a call. (Not a meeting fixed outright: an
	// angel network's "Tak for din ansøgning ... Tidspunkt: fredag den
	// 11. december kl. 14.00" is no employer's.)
	if w := either(&a.subj, &a.body, lReceipt); w != "" && !isVendorMail(m) && PersonAddress(strings.ToLower(firstAddress(m.From))) &&
		(either(&a.subj, &a.body, lMeeting) != "" || either(&a.subj, &a.body, lCall) != "") &&
		a.body.has(lProposal) != "" && either(&a.subj, &a.body, lInvestor) == "" {
		return fmt.Sprintf("a person answers the user's application (%q) and proposes to talk", w)
	}
	if c := a.agencyMeetsAtClient(m); c != "" {
		return fmt.Sprintf("a staffing agency's consultant arranges a meeting at %s", c)
	}
	// "I'm looking for a staff engineer to help me build the team ...
	// over a fika", "We zoeken een senior backend developer": a founder
	// who hires, in a job's words of any case.
	if (either(&a.subj, &a.body, lMeeting) != "" || either(&a.subj, &a.body, lScheduling) != "") && a.hiresForRole() {
		return "the writer hires for a role and proposes to meet"
	}
	// "Mel Kaur passed along your resume ... any chance ur free thurs
	// 12/10 at 2 ET? zoom is fine": an organisation's person who holds
	// the reader's CV and proposes to meet is hiring, in any words for
	// the job. A friend writing from home offers to pass it on ("wenn du
	// magst, leite ich deinen Lebenslauf weiter").
	if w := a.body.has(lReadersCV); w != "" && companyDomain(domainOf(firstAddress(m.From))) && (either(&a.subj, &a.body, lMeeting) != "" || either(&a.subj, &a.body, lScheduling) != "") {
		return fmt.Sprintf("the writer has the reader's CV (%q) and proposes to meet", w)
	}
	return ""
}

// agencyMeetsAtClient returns the organisation at which a staffing
// agency's consultant says the reader meets ("je gesprek bij Kloosterman
// Voedingsmiddelen staat op maandag 4 januari om 9.30 uur", "Het gesprek
// staat gepland op donderdag ... bij Brinkhorst op kantoor"), or "". A
// meeting at the agency itself, a consultant's own chat about the
// market, is none.
func (a *analysis) agencyMeetsAtClient(m *mail.Message) string {
	from := firstAddress(m.From)
	d := domainOf(from)
	if !PersonAddress(from) || !companyDomain(d) || !agencyDomain(d) || either(&a.subj, &a.body, lMeeting) == "" {
		return ""
	}
	agency, _, _ := strings.Cut(orgDomain(d), ".")
	re := atOrganisationRE
	for _, sent := range sentences(truncate(a.text, 4<<10)) {
		if h := defaultLexicon().scan(sent); h.has(lMeeting) == "" {
			continue
		}
		for _, mm := range re.re().FindAllStringSubmatch(sent, -1) {
			if c := acceptCompany(mm[1], a.people); c != "" && !strings.Contains(squash(c), squash(agency)) && !strings.Contains(squash(agency), squash(c)) {
				return c
			}
		}
	}
	return ""
}

// atOrganisationRE is a name after a word for meeting at a place: "bij
// Kloosterman Voedingsmiddelen", "at Brinkhorst", "chez Lumière Pharma".
var atOrganisationRE = lazyRE(atWords + `\s+` + nameRE)

// appointmentStands reports whether appointment wording p found in a
// message rules out an interview. A meeting that says it is none (p one
// of saysNoInterviewPhrases) is one all the same from someone who says
// whom they hire: "Not a formal interview thing, more a proper first
// conversation about the role" from a founder about to hire his first
// Head of Data is his first round. And such words found only inside a
// link's address ("video.webcruiter.no/interview/..." reads "no
// interview") say nothing.
func (a *analysis) appointmentStands(m *mail.Message, cfg Config, p string) bool {
	// "Sandrine Chabert est convoquée à un jury de thèse le 8 décembre
	// ... Nous devons donc décaler l'entretien": in a job's thread, a
	// sentence of its own moves the interview; the appointment is why.
	if a.ctxJob && a.body.has(lReschedule) != "" && a.movesInterviewApart(cfg, p) {
		return false
	}
	// "hat sich ... für Sie entschieden ... Onboarding-Call mit unserem
	// Contract Management": the offer, whose next steps hold the
	// appointment.
	// (Not any offer: a council's "pleased to offer you the flat" comes
	// with its sign-up appointment.)
	if chosenYou(a.own) != "" {
		return false
	}
	// "Auer Pichler & Partner Steuerberatung GmbH" under a recruiter's
	// name: the employer's trade in its name, not an appointment for it.
	// (A language school's "Escuela de Idiomas Alborada S.L." under its
	// teacher's is the school that tests the user's level.)
	if inLegalNameOnly(a.own, p) && a.recruiterMail(m) {
		return false
	}
	// "A driver from Buckeye Car Service will meet you at baggage
	// claim": a business's name in an interview day's itinerary.
	if a.subj.has(lAppointment) == "" && inBusinessNameOnly(a.own, p) {
		return false
	}
	// "Aufnahmegespräch" is a child's at a Kita in Germany and a
	// candidate's in Austria's public service: "Einladung zum
	// Aufnahmegespräch - Kennzahl 7341/2026 Systemadministrator*in
	// Linux" names the post it is for.
	if jobOrAdmission[p] && (a.ctxJob || roleFrom([]string{m.Subject}, nil) != "" || a.hiresForRole()) {
		return false
	}
	// "Einladung zum Vorstellungsgespräch – DevOps Engineer (m/w/d)",
	// from the employer, whose text says the application came through
	// the Agentur für Arbeit: the service named, not its appointment.
	if slices.Contains(employmentServices, p) && a.subj.has(lKeyword) != "" && roleFrom([]string{m.Subject}, nil) != "" &&
		companyDomain(domainOf(firstAddress(m.From))) && a.subj.has(lAppointment) == "" {
		return false
	}
	// "A reference check will also be conducted as part of this
	// selection process. Please provide the names ... of two
	// references": the employer will ask the user's referees, a step
	// of the user's own process, beside the interview it invites to.
	if slices.Contains(referencePhrases, p) && firstWord(normalize(a.text), ownReferencePhrases) != "" {
		return false
	}
	if !saysNoInterview[p] {
		return true
	}
	return !a.hiresForRole() && holdsPhrase(webAddressRE.re().ReplaceAllString(a.text, " "), p) && !a.interviewBesides(p)
}

// jobOrAdmission are the words of admission that are also a job's
// interview where the mail names the job.
var jobOrAdmission = map[string]bool{"aufnahmegespräch": true, "aufnahmeverfahren": true}

// interviewBesides reports a paragraph of the text that names an
// interview and holds one of its times, apart from the one that says
// something is not an interview (p): "1) Technical interview (required)
// Tuesday, December 15 ..." above "2) Engineering Q&A (optional) ... Not
// an interview, no evaluation". The "not" is the other item's (see
// dropDisowned, which has dropped that item's times).
func (a *analysis) interviewBesides(p string) bool {
	for _, r := range a.reads {
		if par := paragraphAround(a.text, r.pos); !holdsPhrase(par, p) && hasInterviewStem(par) {
			return true
		}
	}
	return false
}

// paragraphAround returns the paragraph of text that holds byte offset
// pos: the lines between the blank lines around it.
func paragraphAround(text string, pos int) string {
	pos = min(max(pos, 0), len(text))
	start, end := 0, len(text)
	if i := strings.LastIndex(text[:pos], "\n\n"); i >= 0 {
		start = i + 2
	}
	if i := strings.Index(text[pos:], "\n\n"); i >= 0 {
		end = pos + i
	}
	return text[start:end]
}

// threadTurnsToJob reports a reply in a thread named after an event
// ("RE : Meetup Kubernetes Lyon – vos slides") in which a person at a
// company proposes an interview in words of their own ("Je te propose un
// premier entretien ..."): the conversation has moved on from the event.
func (a *analysis) threadTurnsToJob(m *mail.Message) bool {
	from := firstAddress(m.From)
	return isReplySubject(m.Subject) && a.body.has(lKeywordPlain) != "" && PersonAddress(from) &&
		companyDomain(domainOf(from)) && !m.Bulk
}

// inLegalNameOnly reports a phrase that the text holds only on lines
// that name an organisation with its legal form.
func inLegalNameOnly(text, p string) bool {
	found := false
	for line := range strings.Lines(truncate(text, 16<<10)) {
		if !holdsPhrase(line, p) {
			continue
		}
		if !hasLegalForm(line) {
			return false
		}
		found = true
	}
	return found
}

// nameWordRE is a word as inBusinessNameOnly reads them.
var nameWordRE = lazyRE(`\p{L}[\p{L}\p{N}'’&-]*`)

// inBusinessNameOnly reports whether phrase p stands in text only as part
// of a proper name: capitalised, after a capitalised word inside its
// sentence ("from Buckeye Car Service"), never as a common noun ("your
// car service is booked").
func inBusinessNameOnly(text, p string) bool {
	pw := words(p)
	if len(pw) == 0 {
		return false
	}
	text = truncate(text, 16<<10)
	locs := nameWordRE.re().FindAllStringIndex(text, -1)
	found := false
	for i := 0; i+len(pw) <= len(locs); i++ {
		match := true
		for k, w := range pw {
			if strings.ToLower(text[locs[i+k][0]:locs[i+k][1]]) != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if i < 2 {
			return false // the text's first words
		}
		capital := func(j int) bool {
			r, _ := utf8.DecodeRuneInString(text[locs[j][0]:])
			return unicode.IsUpper(r)
		}
		named := capital(i - 1)
		for k := range pw {
			named = named && capital(i+k)
		}
		// The word before is in the phrase's sentence, and is no
		// sentence's first.
		if gap := text[locs[i-2][1]:locs[i][0]]; !named || strings.ContainsAny(gap, ".!?:\n") {
			return false
		}
		found = true
	}
	return found
}

// webAddressRE is a link's address, written out in a text.
var webAddressRE = lazyRE(`(?i)\b(?:https?://|www\.)[^\s<>"]+`)

// fundWrites reports mail from an investment fund: its domain or the
// sender's signature names one ("Partner, Nordlys Ventures", "Associate
// | Harbor & Pine Ventures", "hello@northcap-fund.example").
func fundWrites(m *mail.Message, own string) bool {
	d := strings.ToLower(orgDomain(domainOf(firstAddress(m.From))))
	for _, w := range fundWords {
		if strings.Contains(d, w) {
			return true
		}
	}
	sig := own
	if i := len(sig) - 600; i > 0 {
		sig = sig[i:]
	}
	for _, w := range words(strings.ToLower(sig)) {
		if slices.Contains(fundWords, w) {
			return true
		}
	}
	return false
}

// readerInvests returns the words of a text that address its reader as an
// investor ("you have been angel investing", "as a business angel"), or "".
// Not "your portfolio": a designer's is a body of work.
func readerInvests(text string) string {
	return firstWord(normalize(text), readerInvestorPhrases)
}

var readerInvestorPhrases = []string{
	"angel investing", "angel investments", "business angel", "as an investor", "as an angel", "your fund",
	"als investor", "als business angel", "en tant qu'investisseur", "como inversor",
	"como inversionista", "como investidor", "come investitore", "als investeerder", "jako inwestor",
	"som investerare", "som investor", "som investorer",
}

// fundWords name an investment fund in a domain or a signature.
// An accelerator's or an angel network's too: "Partner, Lanterne Founders",
// "Northlight Accelerator" under "€150k pre-seed".
var fundWords = []string{"ventures", "capital", "fund", "vc", "investments", "invest", "accelerator", "incubator", "founders", "angels"}

// forwardedToOther reports a forwarded message whose header block names
// recipients, none of them the user: "To: <kasia@...>" under "----------
// Forwarded message". A block the user wrote is the user's own mail,
// quoted by a reply ("De: Sam Rivera ... Para: Lucía Benítez" under an
// Outlook answer from a recruiter's private address).
func forwardedToOther(text string, cfg Config) bool {
	if slices.ContainsFunc(forwardedFrom(text), func(a mail.Address) bool { return cfg.isMe(a.Email) }) {
		return false
	}
	found := false
	for _, line := range strings.Split(truncate(text, 16<<10), "\n") {
		label, rest, ok := blockField(line)
		if !ok || !forwardToLabels[label] || !strings.Contains(rest, "@") {
			continue
		}
		for _, a := range mail.ParseAddressList(rest) {
			if cfg.isMe(a.Email) {
				return false
			}
			found = true
		}
	}
	return found
}

// forwardedFrom returns the senders a forwarded header block names
// ("De : Hélène Moreau <h.moreau@maisonverdier.fr>" under "-------- Message
// transféré --------"), in the order written.
func forwardedFrom(text string) []mail.Address {
	var out []mail.Address
	for _, line := range strings.Split(truncate(text, 16<<10), "\n") {
		out = append(out, forwardSenders(line)...)
	}
	return out
}

// blockField cuts a line of a forwarded or quoted header block into its
// label, lower-cased, and its value: "> De : Hélène Moreau <h.moreau@...>".
func blockField(line string) (label, value string, ok bool) {
	name, value, ok := strings.Cut(strings.TrimLeft(line, "> \t*"), ":")
	return strings.ToLower(strings.TrimSpace(name)), value, ok
}

// forwardSenders returns the addresses a header block's From line names,
// in any language ("From:", "De :", "Von:"), or nil for any other line.
func forwardSenders(line string) []mail.Address {
	label, value, ok := blockField(line)
	if !ok || !strings.Contains(value, "@") || !hasFieldPrefix(label+":", outlookFrom) {
		return nil
	}
	return mail.ParseAddressList(value)
}

// ownWalkIn reports a walk-in drive the user registered for: the mail
// greets the user by name and confirms ("Dear Sam Rivera, ... Your
// registration is confirmed ... Reporting Time: 09:30 AM (IST)"). The
// drive's announcement greets "Dear Candidate", and anyone may come.
func (a *analysis) ownWalkIn(event string, cfg Config) bool {
	if !walkInDrives[event] || a.body.has(lConfirm) == "" {
		return false
	}
	greeting, _, _ := strings.Cut(strings.TrimSpace(a.text), "\n")
	return namesUser(truncate(greeting, 80), cfg)
}

// walkInDrives are the event phrases of mass hiring, as the lexicon gives
// them (punctuation between words ignored).
var walkInDrives = map[string]bool{
	"walk in drive": true, "walkin drive": true, "walk in interview": true, "walk in interviews": true,
	"walkin interview": true, "hiring drive": true, "recruitment drive": true, "mega drive": true,
}

// namesUser reports text that names the user: the full name of one of
// cfg.Names, or its last word ("M. Rivera", "Frau Rivera").
func namesUser(text string, cfg Config) bool {
	low := strings.ToLower(text)
	for _, n := range cfg.Names {
		n = strings.ToLower(strings.TrimSpace(n))
		if n == "" {
			continue
		}
		if hasWord(low, n) {
			return true
		}
		if f := strings.Fields(n); len(f) > 1 && len(f[len(f)-1]) >= 3 && hasWord(low, f[len(f)-1]) {
			return true
		}
	}
	return false
}

// forwardToLabels label the recipients in a forwarded header block, in the
// languages of the mail clients followupd reads.
var forwardToLabels = map[string]bool{
	"to": true, "an": true, "à": true, "a": true, "para": true, "aan": true, "do": true, "till": true,
	"til": true, "komu": true, "vastaanottaja": true, "destinataire": true,
}

// namesOwnOrganisation reports a subject that names the organisation of one
// of the user's own (not freemail) addresses: "onsite at Globex".
func namesOwnOrganisation(subject string, cfg Config) bool {
	low := strings.ToLower(subject)
	for _, me := range cfg.Me {
		d := domainOf(me)
		if d == "" || isFreemail(d) {
			continue
		}
		if label, _, _ := strings.Cut(orgDomain(d), "."); len(label) >= 4 && hasWord(low, label) {
			return true
		}
	}
	return false
}

// sendersOwnInText returns the words near a text's top in which the
// writer tells of the interview they have, or "".
func sendersOwnInText(text string) string {
	low := normalize(truncate(text, 4<<10))
	if p := firstWord(low, firstPersonInterview); p != "" {
		return p
	}
	// "I just got an interview invitation", "ich habe endlich ein
	// Vorstellungsgespräch": the same, an adverb between.
	fs := strings.Fields(low)
	kept := fs[:0:0]
	for _, f := range fs {
		if !fillerAdverbs[f] {
			kept = append(kept, f)
		}
	}
	if len(kept) == len(fs) {
		return ""
	}
	return firstWord(strings.Join(kept, " "), firstPersonInterview)
}

// fillerAdverbs are the small words a writer puts inside "I got an
// interview" without changing whose it is.
var fillerAdverbs = map[string]bool{
	"just": true, "finally": true, "actually": true, "also": true, "now": true, "already": true,
	"endlich": true, "gerade": true, "jetzt": true, "auch": true, "enfin": true, "finalement": true,
	"finalmente": true, "ya": true, "già": true, "eindelijk": true, "net": true, "äntligen": true, "endelig": true,
}

// signatureOf returns the end of own, where a signature stands: its last
// few hundred bytes, from a line's start.
func signatureOf(own string) string {
	own = strings.TrimRight(own, " \t\r\n")
	if len(own) <= 400 {
		return own
	}
	tail := own[len(own)-400:]
	if i := strings.IndexByte(tail, '\n'); i >= 0 {
		tail = tail[i+1:]
	}
	return tail
}

// writerReferredReader returns the verb of a sentence in which the writer
// says they referred the reader for a job ("I've referred you", "hab ich
// dich intern empfohlen", "je t'ai recommandé"), or "". Not "I was
// referred to you by Jonas": the writer is the one referred to.
func writerReferredReader(text string) string {
	text = truncate(text, 4<<10)
	low := strings.ToLower(text)
	if !slices.ContainsFunc(referStems, func(st string) bool { return strings.Contains(low, st) }) {
		return "" // most mail
	}
	for _, sent := range sentences(low) {
		ws := wordsWithApostrophes(sent)
		verb, me, you, passive := "", false, false, false
		for i, w := range ws {
			switch {
			case referVerbs[w] && verb == "":
				verb, me = w, me || ownReferVerbs[w]
				// "referred to you by", "empfohlen von": the writer
				// was referred.
				if i+1 < len(ws) && referredBy[ws[i+1]] || i+2 < len(ws) && referredBy[ws[i+2]] || i+3 < len(ws) && referredBy[ws[i+3]] {
					passive = true
				}
			case firstPersonWords[w]:
				me = true
			case readerWords[w]:
				you = true
			case passiveWords[w]:
				passive = true
			}
		}
		if verb != "" && me && you && !passive {
			return verb
		}
	}
	return ""
}

var (
	// referStems are in every referVerbs word, for a cheap first look.
	referStems = []string{"empfohlen", "referred", "recommend", "recommand", "recomend", "raccomand", "segnalat",
		"indiquei", "aanbevolen", "voorgedragen", "rekommender", "anbefal", "polecił"}
	referVerbs = map[string]bool{
		"empfohlen": true, "weiterempfohlen": true, "referred": true, "recommended": true, "recommandé": true,
		"recommandée": true, "recomendado": true, "recomendada": true, "recomendé": true, "recomendei": true,
		"raccomandato": true, "raccomandata": true, "segnalato": true, "segnalata": true, "indiquei": true,
		"aanbevolen": true, "voorgedragen": true, "rekommenderat": true, "anbefalet": true, "anbefalt": true,
		"poleciłem": true, "poleciłam": true,
	}
	firstPersonWords = map[string]bool{
		"i": true, "i've": true, "ich": true, "hab": true, "habe": true, "j'ai": true, "je": true, "yo": true,
		"ho": true, "eu": true, "ik": true, "jag": true, "jeg": true,
	}
	// ownReferVerbs say who referred in their ending: "recomendé",
	// "poleciłem". (Spanish "he" and Polish "ja" are other words in
	// English and German.)
	ownReferVerbs = map[string]bool{"recomendé": true, "recomendei": true, "indiquei": true, "poleciłem": true, "poleciłam": true}
	readerWords   = map[string]bool{
		"you": true, "dich": true, "t'ai": true, "te": true, "ti": true, "você": true, "jou": true, "dig": true,
		"deg": true, "cię": true,
	}
	referredBy = map[string]bool{"by": true, "von": true, "par": true, "por": true, "da": true, "door": true,
		"av": true, "af": true, "przez": true}
	passiveWords = map[string]bool{"was": true, "were": true, "been": true, "wurde": true, "worden": true,
		"été": true, "sido": true, "stato": true, "stata": true, "blev": true, "ble": true, "blivit": true}
)

// writersNewJob returns the words in which the writer says the job is
// theirs already (writersNewJobPhrases), or "".
func writersNewJob(text string) string {
	return firstWord(normalize(truncate(text, 4<<10)), writersNewJobPhrases)
}

// sendersOwnInterview returns the words of a subject in which the writer
// calls the interview theirs, or "".
func sendersOwnInterview(subject string) string {
	low := " " + normalize(subject) + " "
	for _, p := range ownInterviewPhrases {
		if hasWord(low, p) {
			return p
		}
	}
	return ""
}

// namesBooked reports whether the text names one of the starts, to the
// minute.
func (a *analysis) namesBooked(starts []time.Time) bool {
	for _, r := range a.reads {
		for _, s := range starts {
			if r.found.Start.Equal(s) {
				return true
			}
			// "cancelar la entrevista ... el jueves 10 de diciembre a las
			// 3:00 p. m." from the employer, in no zone the mail states:
			// the booked slot's own clock, wherever the user is.
			if a.zoneGuessed && r.found.Zone == "" && sameWallClock(r.found.Start, s) {
				return true
			}
		}
	}
	return false
}

// sameWallClock reports two times that read the same on their own clocks.
func sameWallClock(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd && a.Hour() == b.Hour() && a.Minute() == b.Minute()
}

// speaksOfMeeting reports wording for a meeting, a call or a candidacy,
// or a video link: what a mail from an organisation in process needs to
// be about the job, in any language followupd reads (and a link in any).
func (a *analysis) speaksOfMeeting(m *mail.Message) bool {
	return either(&a.subj, &a.body, lMeeting) != "" || either(&a.subj, &a.body, lScheduling) != "" ||
		either(&a.subj, &a.body, lApplication) != "" || videoLinkRE.re().MatchString(a.text) ||
		roleFrom([]string{m.Subject}, nil) != ""
}

// confirmation looks for a time that fixes an interview: "Confirming our
// phone interview on Thursday, December 3 at 4:00 PM CET", a scheduling
// system's "Date: … / Time: …", a recruiter's "Great, confirmed for
// Thursday at 3pm!" in a thread about the job, "I'll call you on Thursday
// at 11:00". A message that offers several times, or asks whether one
// suits, only proposes: the reply that confirms one is the interview.
func (a *analysis) confirmation(m *mail.Message, cfg Config, ctx msgContext) (Verdict, bool) {
	// The times first: read already read them, on every processor,
	// while about may look for a role in the text, which is dearer.
	reads := a.times(m, cfg)
	if !slices.ContainsFunc(reads, meets) && (ctx.job && len(m.InReplyTo) > 0 || a.subj.has(lKeyword) != "" && a.body[lKeywordPlain] != "") {
		// "we would like to invite you to Hollins Park Academy on
		// Wednesday 9th December 2026. Please report to Main Reception
		// for 8.45am": a reply in a thread about a job, or an
		// invitation that says "interview", may give its day and its
		// clock apart.
		reads = a.timesApart(m, cfg)
	}
	reads = a.ownFixedOnly(reads, m)
	if len(reads) == 0 {
		return Verdict{}, false
	}
	about := a.about(m, ctx, cfg)
	if about == "" {
		return Verdict{}, false
	}
	if !ctx.job && a.subj.has(lKeyword) == "" && a.body.has(lKeyword) != "" && isFreemail(domainOf(firstAddress(m.From))) &&
		!slices.ContainsFunc(reads, func(r timeRead) bool { return r.keyword }) && strings.HasPrefix(about, fmt.Sprintf("%q in the text", a.body.has(lKeyword))) {
		// "Lust auf Kaffee am Samstag um halb elf? ... Tipps für so ein
		// Case-Interview": from a private address, an interview word
		// away from every time read is about something else than the
		// time (her own interview, advice), and the time is a friend's.
		return Verdict{}, false
	}
	subjectFixes := a.subj.has(lConfirm) != ""
	vendor := isVendorMail(m)
	// A time given again in the reader's zone is the same meeting; it
	// decides only when nothing else is written.
	converted := 0
	for _, r := range reads {
		converted += btoi(r.converted)
	}
	// Unless the writer's clock is a guess: "às 10h (14h aí em
	// Berlim)" from a writer whose zone the mail never states is 14h on
	// the user's clock, and 10h in the user's zone is nobody's time.
	onUsersClock := a.zoneGuessed && converted > 0
	best := -1
	for i, r := range reads {
		if r.converted && converted < len(reads) && !onUsersClock || onUsersClock && !r.converted && r.found.Zone == "" {
			continue
		}
		// In a message about the job search, a time stated, not asked
		// about, is the time agreed: "I've got you down for Thursday at
		// 2pm", "Je bent welkom op woensdag om 13.00 uur". A time before
		// the message was written is one that was, not one to come.
		// An employer asking to move an interview to one new time is
		// taken at its word: the user agrees far more often than not,
		// and a thank-you on the old day would be the worse mistake.
		fixes := (!r.question || r.confirm || r.reschedule || vendor || subjectFixes) && !r.option
		// A time named as what it gives way to ("got pulled into an ops
		// review at 10 on the 17th", "instead of Tuesday") fixes nothing.
		if !fixes || r.rehearsal || r.due || r.old || !r.found.Start.After(m.Date) {
			continue
		}
		if best < 0 || r.score > reads[best].score {
			best = i
		}
	}
	// A move names the old time and the new one ("I have to move our
	// Thursday 3pm. Would Monday 10am work?"): the new one is the last
	// written that is not "instead of" something nor a deadline to
	// answer by.
	// A message read as a move as a whole: it says so, and answers an
	// earlier one or names the old time and a new one. (A first contact
	// with one time and "instead" somewhere is no move.)
	// A system's "Need to reschedule or have a question?" or "If you
	// need to reschedule, use the link below" is the help line of all
	// its mail, no move.
	bodyMoves := a.body.has(lReschedule) != "" && !(vendor && offeredOnly(a.text, a.body.has(lReschedule))) &&
		!onlyInConditions(a.text, a.body.has(lReschedule))
	moving := (bodyMoves || a.subj.has(lReschedule) != "") &&
		(len(m.InReplyTo) > 0 || len(m.References) > 0 || isReplySubject(m.Subject) || len(upcoming(reads, m)) > 1 ||
			slices.ContainsFunc(reads, func(r timeRead) bool { return r.old }) || a.namesAnotherDay(reads, m, cfg))
	// An agency's times with two organisations are their interviews; a
	// "video instead" elsewhere in the mail moves neither.
	if moving && !vendor && !slices.ContainsFunc(reads, func(r timeRead) bool { return r.reschedule }) && a.listedTimes(reads, m) != nil {
		moving = false
	}
	moved := -1
	for i, r := range reads {
		// A time given again for the reader is the same moment: it is
		// no later word than the one it repeats.
		if r.converted && converted < len(reads) {
			continue
		}
		// "Telefonat also wie besprochen am Dienstag um 9:30": a time
		// said again as agreed, beside the one that moves, is not it;
		// nor is one the move leaves where it was.
		if moving && len(reads) > 1 && (!r.reschedule && asAgreed(r.sentence) || unchanged(r.sentence)) {
			continue
		}
		// "The slides deadline is now 12 noon on Wednesday": a time to
		// hand something in by, after the one the interview moves to.
		if (r.reschedule || moving) && !r.old && !r.due && !namesDeadline(r.sentence) && r.found.Start.After(m.Date) && (moved < 0 || r.pos > reads[moved].pos) {
			moved = i
		}
	}
	if moved >= 0 {
		if first := agendaStart(reads, m); first >= 0 {
			moved = first
		}
	}
	if moved >= 0 && !vendor {
		// An agency's update on two clients, one of them moved ("Pennine
		// confirmed for Tues 8th ...", "Calder Mutual have had to
		// shuffle ... confirmed Fri 11th at 11am instead"): each is its
		// client's; the move is only the moved one's (see
		// builder.confirmation).
		if l := a.listedTimes(reads, m); l != nil {
			a.listed = l
			best = slices.IndexFunc(reads, func(r timeRead) bool { return r.found.Start.Equal(l[0].found.Start) })
			moved = -2
		}
	}
	if moved >= 0 {
		// A move that offers a choice ("muszę przełożyć naszą rozmowę.
		// Czy mógłby Pan w poniedziałek, 14 grudnia, o 9:30?
		// Alternatywnie wtorek, 15 grudnia, o 13:00."): the user's answer
		// takes one (acceptedOffers). The sentence that says the move
		// names the old time, not a new one.
		var news []timeRead
		for _, r := range upcoming(reads, m) {
			// (A time offered as one option, "spostare il colloquio a
			// giovedì alle 15:00? In alternativa ...", is new all the
			// same.)
			// "Could we move our chat to Tuesday Dec 8, same time?":
			// the time the move goes to is new all the same.
			if h := cfg.lexicon().scan(r.sentence); h.has(lReschedule) == "" || r.option || movedTo(a.text, r.pos) {
				news = append(news, r)
			}
		}
		if len(news) >= 2 && offersChoice(news) && slices.ContainsFunc(news, func(r timeRead) bool { return r.question }) {
			a.proposal, a.offers, a.reschedule = true, news, true
			return Verdict{}, false
		}
		best = moved
	}
	// Times on lines that each start with another organisation are
	// their interviews, not a choice between them.
	// A system's summary of a process lists its stages too; its lines
	// never name other organisations.
	if moved == -1 {
		if !vendor {
			a.listed = a.listedTimes(reads, m)
		}
		if a.listed == nil {
			a.listed = a.stagedTimes(reads, m)
		}
		if a.listed == nil {
			a.listed = a.prosedStages(reads, m, cfg.lexicon())
		}
		if a.listed != nil {
			best = slices.IndexFunc(reads, func(r timeRead) bool { return r.found.Start.Equal(a.listed[0].found.Start) })
		}
	}
	if moved < 0 && a.listed == nil && best >= 0 && len(upcoming(reads, m)) == 1 {
		a.listed = a.dayAfterSameTime(reads[best])
	}
	if best < 0 && len(upcoming(reads, m)) == 0 {
		// Only times gone by, deadlines to answer by and rehearsals:
		// nothing offered either.
		return Verdict{}, false
	}
	// A system's times are the stages of its booking, unless it offers
	// them as slots to pick from ("Available slots on Wednesday 9
	// December 2026: 09:00 09:45 10:30", from Trac).
	if best < 0 || (a.listed == nil && moved < 0 && offersChoice(upcoming(reads, m)) && !reads[best].confirm && !reads[best].accept &&
		(!vendor || firstWord(normalize(truncate(a.text, 8<<10)), slotChoicePhrases) != "")) {
		a.proposal = true
		// The user's reply takes one of them (see acceptedOffers).
		a.offers = upcoming(reads, m)
		if onUsersClock {
			// "shall we say 14:30 (so 15:30 for you)?" from a writer
			// whose zone the mail never states: the offer is 15:30 on
			// the user's clock.
			a.offers = slices.DeleteFunc(slices.Clone(append(a.offers, upcomingConverted(reads, m)...)),
				func(r timeRead) bool { return !r.converted && r.found.Zone == "" })
		}
		return Verdict{}, false
	}
	a.noteRoundOffers(reads, best, m, cfg)
	r := reads[best]
	if r.found.Dur >= dayLong && !addressedTo(m, cfg) {
		// "samtaledage ... den 12., 13. og 14. januar kl. 9.00–16.00" to
		// undisclosed recipients: the days an employer holds interviews,
		// announced to every applicant, are nobody's appointment.
		return Verdict{false, KindNone, fmt.Sprintf("a day-long window (%s) announced to many, not addressed to the user: %q",
			r.found.Dur, shorten(r.sentence, 120))}, true
	}
	if r.found.Dur == 0 && openEnded(a.text, r) && !addressedTo(m, cfg) {
		// "Kochi - 19th & 20th December 2026, 9:00 AM onwards", to
		// undisclosed recipients: a walk-in's opening, for whoever
		// comes.
		return Verdict{false, KindNone, fmt.Sprintf("a time open to whoever comes (%q), announced to many, not addressed to the user",
			shorten(r.sentence, 120))}, true
	}
	a.found, a.hasTime = r.found, true
	a.timeLine = r.sentence
	a.reschedule = r.reschedule || a.subj.has(lReschedule) != "" || moved >= 0 && moving
	a.newRound = r.round || a.subj.has(lRound) != ""
	a.roundInSubject = !r.round && a.subj.has(lRound) != ""
	if a.found.Dur == 0 {
		a.found.Dur = statedDuration(a.text)
	}
	what := "interview time confirmed in words"
	if a.reschedule {
		what = "interview moved in words"
	}
	return Verdict{true, KindConfirmation, fmt.Sprintf("%s (%s): %q → %s", what, about,
		shorten(r.sentence, 120), a.found.Start.Format("Mon 2 Jan 2006 15:04 MST"))}, true
}

// namesDeadline reports a sentence about a deadline by its noun ("The
// slides deadline is now 12 noon", "Abgabefrist"), not only a word that
// may say "by" ("bis", "avant").
func namesDeadline(sentence string) bool {
	return firstWord(normalize(sentence), deadlineNouns) != ""
}

var deadlineNouns = []string{
	"deadline", "deadlines", "frist", "abgabefrist", "einsendeschluss", "date limite", "fecha límite", "plazo",
	"scadenza", "prazo", "data limite", "termijn", "inleverdatum", "sista dag", "termin nadesłania", "määräaika",
}

// dayLong is the length from which a time range is a window of a day (an
// event's or an office's hours) rather than a meeting, unless written to
// the user: an onsite loop sent to the candidate runs as long.
const dayLong = 5 * time.Hour

// addressedTo reports whether one of the user's addresses is in To or Cc:
// mail to "undisclosed-recipients" or by Bcc was written for many.
func addressedTo(m *mail.Message, cfg Config) bool {
	for _, list := range [][]mail.Address{m.To, m.Cc} {
		for _, a := range list {
			if cfg.isMe(a.Email) {
				return true
			}
		}
	}
	return false
}

// openEnded reports a time written as the start of an open window: "9:00
// AM onwards", "Saturday 12 December, from 10:00", "ab 9 Uhr", "à partir
// de 9h".
func openEnded(text string, r timeRead) bool {
	end := r.pos + len(r.found.Text)
	if end > len(text) || r.pos < 0 {
		return false
	}
	after := words(strings.ToLower(text[end:min(len(text), end+16)]))
	if len(after) > 0 && (after[0] == "onwards" || after[0] == "onward") {
		return true
	}
	return openFromRE.re().MatchString(text[max(0, r.pos-16):end])
}

// openFromRE finds a clock at the end of a mention, after a word that
// opens a window from it.
var openFromRE = lazyRE(`(?i)(?:^|[\s,(])(?:from|ab|à partir de|a partir de|desde las|a partir das|dalle|vanaf|od godz\.?|från kl\.?|fra kl\.?)\s+\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h|hrs|uur)?\s*$`)

// dayAfterSameTime reads a further meeting that a message fixes relative to
// the one it names: "Richard Hale (CTO) has asked to meet you the day
// after, same time, for the final", "le lendemain à la même heure". Both
// are interviews, as stages of one process; nil when the message says no
// such thing.
func (a *analysis) dayAfterSameTime(r timeRead) []listedTime {
	if a.body.has(lSameTime) == "" || a.body.has(lDayAfter) == "" {
		return nil // most mail: no sentence to look for
	}
	for _, s := range sentences(a.text) {
		low := " " + normalize(s) + " "
		if firstWord(low, dayAfterPhrases) == "" || firstWord(low, sameTimePhrases) == "" || firstWord(low, reschedulePhrases) != "" {
			continue
		}
		next := r.found
		next.Start = r.found.Start.AddDate(0, 0, 1)
		next.Dur = statedDuration(s)
		return []listedTime{
			{found: r.found, sentence: r.sentence, stage: "first"},
			{found: next, sentence: strings.TrimSpace(s), stage: "the day after"},
		}
	}
	return nil
}

// listedTime is one interview of a message that lists several.
type listedTime struct {
	found    foundTime
	sentence string
	company  string
	// stage is set instead of company for one of the stages of one
	// organisation's process (stagedTimes): the words before its time.
	stage string
	// reschedule: its own sentence moves it ("confirmed Fri 11th at
	// 11am with them instead"), whatever the others say.
	reschedule bool
}

// stagedTimes reads a message that fixes several stages of one process,
// one to a line of a list and on different days ("1. Pairing session
// with Ana and Jo (90 mins) - Friday 18 December, 10:00 GMT", "2. System
// design with me (60 mins) - Monday 21 December, 15:00 GMT"): each is an
// interview. Not when the message asks to choose (listedOptions) or asks
// about them: then they are options.
func (a *analysis) stagedTimes(reads []timeRead, m *mail.Message) []listedTime {
	if a.body.has(lProposal) != "" && !meansAll(a.text, len(upcoming(reads, m))) {
		return nil
	}
	var out []listedTime
	days := map[string]bool{}
	lastEnd := 0   // where the last stage's time ends
	visit := false // days after the first of a visit were left out
	lastKeyword := false
	for _, r := range reads {
		// "antes del viernes 11 de diciembre a las 14:00 necesitamos
		// ... el consentimiento": a deadline beside the stages is none.
		if !mayBeStage(r, m) {
			continue
		}
		// "Friday 11 December, 9:00am Sydney time. I know that's late
		// for you, I think it works out at 11pm Thursday night in
		// Berlin?": a stage's time again, on the reader's clock, on
		// its line, is no stage of its own.
		if r.converted && len(out) > 0 && !strings.Contains(a.text[min(lastEnd, r.pos):r.pos], "\n") {
			continue
		}
		lastEnd = r.pos + len(r.found.Text)
		// "Thursday, January 21 - interview day / 8:00 - 8:45 am
		// Breakfast ... Friday, January 22 / 8:30 - 9:15 am Start-up,
		// benefits": a visit's days, each headed by its date, the next
		// day's agenda going on from the first's, are one interview.
		// (Not "Dia 1 ... System design / Dia 2 ... Conversa com o
		// CTO": the first day named as the interview's and the next not
		// is a visit; two days of rounds are two interviews.)
		if n := len(out); n > 0 && headed(out[n-1].found) && headed(r.found) && sameDay(out[n-1].found.Start.AddDate(0, 0, 1), r.found.Start) &&
			lastKeyword && !r.keyword {
			visit = true
			continue
		}
		stage, ok := stageOf(a.text, r.pos, r.pos+len(r.found.Text))
		if r.question || r.option || !ok {
			return nil
		}
		days[r.found.Start.Format(time.DateOnly)] = true
		out = append(out, listedTime{found: r.found, sentence: r.sentence, stage: stage})
		lastKeyword = r.keyword
	}
	if len(out) == 1 && visit {
		return out // one visit, not a choice of days
	}
	if len(out) < 2 || len(days) < 2 {
		return nil
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].found.Start.Before(out[j].found.Start) })
	return out
}

// mayBeStage reports a time that may be a stage of a process the message
// fixes (stagedTimes, prosedStages): one to come, not the old one of a
// move, a deadline or a rehearsal.
func mayBeStage(r timeRead, m *mail.Message) bool {
	return !r.old && !r.due && !r.deadline && !r.rehearsal && r.found.Start.After(m.Date)
}

// prosedStages reads a sentence, or sentences, that fix several stages of
// one process in prose, each time after its stage's name and on a day of
// its own: "your first interview with Marieke is on Thursday 17 December
// at 14:00 on Teams, and the technical round with Joost follows on
// Thursday 7 January at 10:00". Each is an interview (as stagedTimes
// reads a list). Not when a time is asked about, offered, moved or
// named without its stage: then it is one interview, or options.
func (a *analysis) prosedStages(reads []timeRead, m *mail.Message, lx lexicon) []listedTime {
	if a.body.has(lProposal) != "" {
		return nil
	}
	// In the order written: each stage's name is in the words since the
	// time before it.
	inText := slices.SortedStableFunc(slices.Values(reads), func(x, y timeRead) int { return x.pos - y.pos })
	var out []listedTime
	days := map[string]bool{}
	from := 0 // where the last stage's time ends
	for _, r := range inText {
		if !mayBeStage(r, m) {
			continue
		}
		// "14:00 CET (8am for you)": the time before, on another clock.
		if r.converted && len(out) > 0 && r.pos-from < 40 {
			continue
		}
		if r.question || r.option || r.reschedule {
			return nil
		}
		end := r.pos + len(r.found.Text)
		start, _ := sentenceBounds(a.text, r.pos, end)
		clause := a.text[max(start, min(from, r.pos)):r.pos]
		h := lx.scan(clause)
		stage := cmp.Or(h.has(lRound), h.has(lKeyword))
		if ws := words(strings.ToLower(clause)); stage == "" {
			// "the technical round", or a talk with its number: "Ihr
			// erstes Gespräch", "your second call".
			if i := slices.IndexFunc(ws, func(w string) bool { return proseStageNouns[w] }); i >= 0 {
				stage = ws[i]
			} else if h.has(lMeeting) != "" && slices.ContainsFunc(ws, func(w string) bool { return stageOrdinals[w] }) {
				stage = h.has(lMeeting)
			}
		}
		if stage == "" {
			return nil
		}
		from = end
		day := r.found.Start.Format(time.DateOnly)
		if days[day] {
			return nil // an agenda of one day: one interview
		}
		days[day] = true
		out = append(out, listedTime{found: r.found, sentence: r.sentence, stage: shorten(strings.Join(strings.Fields(clause), " "), 60)})
	}
	if len(out) < 2 {
		return nil
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].found.Start.Before(out[j].found.Start) })
	return out
}

// proseStageNouns name a stage of a hiring process in a sentence, without
// an interview's word: "the technical round", "die zweite Stufe",
// "l'étape suivante". (Fewer than stageNouns, which head a list's lines:
// "part", "day" in a sentence are anything.)
var proseStageNouns = map[string]bool{
	"round": true, "runde": true, "ronde": true, "ronda": true, "rodada": true, "etapa": true, "etap": true, "fase": true,
	"phase": true, "stage": true, "step": true, "stufe": true, "étape": true, "kolo": true, "kierros": true, "turno": true,
	"omgång": true, "runda": true,
}

// headed reports a mention read from a day alone on its line and a
// clock on a line below it: a day's heading over its agenda.
func headed(f foundTime) bool { return strings.Contains(f.Text, "\n") }

// stageOf returns the stage a time at text[pos:end] is listed under:
// the words before it on a list's line ("1. Pairing session with Ana (90
// mins) - Friday 18 December, 10:00 GMT"), the words after it on a
// table's row that starts with it ("Tue, Dec 15 · 10:00 – 11:00    System
// Design    Joost de Vries"), or the list's line right above when the
// time is alone on its line ("1) Technical interview with Marcus Bell"
// over "   Monday, December 7, 11:00 AM - 12:00 PM ET").
func stageOf(text string, pos, end int) (string, bool) {
	ls := strings.LastIndexByte(text[:pos], '\n') + 1
	trim := func(line string) string {
		return strings.Trim(strings.TrimLeft(strings.TrimSpace(line), "-–—•*·0123456789.)"), " -–—:,|")
	}
	if onListLine(text, pos) || stageHeading(text[ls:pos]) {
		if stage := trim(text[ls:pos]); stage != "" {
			return stage, true
		}
		// "- Lunes 14/12, 10:00 hrs - Entrevista técnica con Matías":
		// the time first, then a dash and the stage.
		if end = min(end, len(text)); end > pos {
			rest, _, _ := strings.Cut(text[end:], "\n")
			for _, dash := range []string{" - ", " – ", " — "} {
				if i := strings.Index(rest, dash); i >= 0 && i <= 16 {
					if stage := trim(rest[i:]); letters(stage) >= 3 {
						return stage, true
					}
				}
			}
		}
	}
	// "Interview User  | Selasa, 5 Januari 2027 | 15.00 – 16.00 WIB": a
	// table's row whose first column names the stage, its time in the
	// next. (A field's label is no stage: see below.)
	if before := text[ls:pos]; strings.ContainsAny(before, "|\t") || strings.Contains(strings.TrimSpace(before), "  ") {
		cell := strings.TrimSpace(before)
		if i := strings.IndexAny(cell, "|\t"); i >= 0 {
			cell = cell[:i]
		}
		if i := strings.Index(cell, "  "); i >= 0 {
			cell = cell[:i]
		}
		if stage := trim(cell); letters(stage) >= 3 && len(strings.Fields(stage)) <= 5 && !fieldLabels[strings.ToLower(stage)] {
			return stage, true
		}
	}
	// "Date Tuesday, December 8, 2026" under its stage's heading: a
	// field's label before the time, as a system's table cells become
	// lines, stands where a list's bullet would.
	labelled := false
	if p := trim(text[ls:pos]); p != "" {
		if !fieldLabels[strings.ToLower(p)] {
			return "", false
		}
		labelled = true
	}
	if end = min(end, len(text)); end > pos {
		le := strings.IndexByte(text[end:], '\n')
		if le < 0 {
			le = len(text) - end
		}
		// The row goes on in columns: two spaces, a tab or a bar
		// apart, not a sentence.
		if rest := text[end : end+le]; strings.Contains(rest, "  ") || strings.ContainsAny(rest, "\t|") {
			if stage := trim(rest); letters(stage) >= 3 {
				return stage, true
			}
		}
	}
	if ls < 2 {
		return "", false
	}
	ps := strings.LastIndexByte(text[:ls-1], '\n') + 1
	// Further fields above it ("With Marcus", "Time 8:00 AM") belong to
	// the same block: its heading is above them all.
	for labelled && ps > 1 && fieldLine(text[ps:ls-1]) {
		ls = ps
		ps = strings.LastIndexByte(text[:ls-1], '\n') + 1
	}
	if ps >= ls-1 {
		return "", false
	}
	above := text[ps : ls-1]
	if onListLine(text, ls-1) {
		stage := trim(above)
		return stage, stage != ""
	}
	// A block headed by its stage's name ("STEP 2" / "Design challenge
	// presentation" / "Friday, 18 December 2026 · 14:00–15:30"), as
	// hiring systems lay out a process: a short line that is no sentence
	// and offers no choice.
	stage := strings.TrimSpace(above)
	if n := utf8.RuneCountInString(stage); n < 3 || n > 60 || strings.ContainsAny(stage[len(stage)-1:], ".?!:,;") ||
		letters(stage) < 3 || containsAny(strings.ToLower(stage), optionHeadings) {
		return "", false
	}
	return stage, true
}

// stageHeading reports a paragraph that starts by naming its stage of a
// process, as recruiters write them out in prose rather than as a list
// ("Stage 1 – technical video call, Wednesday 9th Dec, 10:30", "Second
// round: Tuesday 15th from 1pm", "Runde 2 – vor Ort, Dienstag …",
// "Étape 2 : entretien final le mardi …"): a stage's noun with its number,
// or an ordinal before the noun, then a dash or a colon.
func stageHeading(line string) bool {
	words := strings.Fields(strings.ToLower(strings.TrimSpace(line)))
	if len(words) < 3 {
		return false
	}
	head := 0
	switch {
	case stageNouns[words[0]] && stageNumber(words[1]):
		head = 2
	case stageOrdinals[words[0]] && stageNouns[strings.TrimRight(words[1], ":")]:
		head = 2
	default:
		return false
	}
	// "Stage 1 – …", "Stage 1: …", "Second round: …": the number's
	// colon or a dash after it.
	if strings.HasSuffix(words[head-1], ":") {
		return true
	}
	switch words[head] {
	case "-", "–", "—", ":":
		return true
	}
	return false
}

// stageNumber is a stage's number: "1", "2:", "II", "B".
func stageNumber(w string) bool {
	w = strings.TrimRight(w, ":.)")
	if w == "" || len(w) > 3 {
		return false
	}
	switch w {
	case "i", "ii", "iii", "iv", "a", "b", "c":
		return true
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// stageNouns name a step of a hiring process in the languages followupd
// reads.
var stageNouns = map[string]bool{
	"stage": true, "round": true, "step": true, "phase": true, "part": true, // English
	"runde": true, "stufe": true, "etappe": true, "schritt": true, "teil": true, // German
	"étape": true, "etape": true, "tour": true, "partie": true, // French
	"fase": true, "ronda": true, "etapa": true, "paso": true, "parte": true, // Spanish, Portuguese, Italian
	"turno": true, "passo": true, "colloquio": true, // Italian
	"ronde": true, "stap": true, "deel": true, // Dutch
	"etap": true, "krok": true, "tura": true, // Polish
	"steg": true, "omgång": true, "del": true, "runda": true, "trin": true, "trinn": true,
	"steget": true, "omgången": true, "rundan": true, "trinnet": true, // Nordic
	// A loop over several days, one heading each: "Day 1 – Tuesday,
	// 12 January", "Dia 2 - quarta-feira", "Tag 2: Mittwoch".
	"day": true, "tag": true, "jour": true, "día": true, "dia": true, "giorno": true, "dag": true, "dzień": true,
}

// stageOrdinals come before a stage's noun: "Second round", "Zweite
// Runde", "Deuxième étape", "Segunda fase", "Tweede ronde", "Andra steget".
var stageOrdinals = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "final": true, "1st": true, "2nd": true, "3rd": true, "4th": true,
	"erste": true, "zweite": true, "dritte": true, "vierte": true, "letzte": true, "finale": true,
	// German declines them: "Ihr erstes Gespräch", "in der zweiten Runde".
	"erstes": true, "ersten": true, "zweites": true, "zweiten": true, "drittes": true, "dritten": true,
	"première": true, "premier": true, "deuxième": true, "seconde": true, "troisième": true, "dernière": true,
	"primera": true, "primer": true, "segunda": true, "segundo": true, "tercera": true, "última": true, "primeira": true,
	"primeiro": true, "terceira": true,
	"prima": true, "primo": true, "secondo": true, "seconda": true, "terza": true, "terzo": true, "ultima": true,
	"eerste": true, "tweede": true, "derde": true, "laatste": true,
	"pierwszy": true, "drugi": true, "trzeci": true, "pierwsza": true, "druga": true, "trzecia": true, "pierwsze": true, "drugie": true,
	"första": true, "andra": true, "tredje": true, "første": true, "anden": true, "andet": true, "andre": true, "sista": true, "siste": true, "sidste": true,
}

// optionHeadings head a slot offered, not a stage: "Option A", "Slot 2",
// "Alternative", "Créneau 1", "Opción B", "Möglichkeit 2".
var optionHeadings = []string{"option", "slot", "alternativ", "choice", "créneau", "opción", "opção", "opzione",
	"möglichkeit", "variante", "vorschlag", "mogelijkheid", "możliwość", "termin 1", "termin 2", "termin 3",
	"proposal", "proposition", "propuesta", "proposta", "voorstel", "förslag", "forslag", "ehdotus", "návrh"}

// listedTimes reads a message that confirms interviews with several
// organisations, one to a line that starts with the organisation's name
// ("Calder & Finch – Friday 4 December, 11.00am, 88 Curtain Road"), as an
// agency writes about its clients. It returns them in the order written
// when at least two organisations are named so, else nil: times on lines
// of one organisation are the sessions of one interview.
func (a *analysis) listedTimes(reads []timeRead, m *mail.Message) []listedTime {
	var out []listedTime
	companies := map[string]bool{}
	for _, r := range reads {
		if r.question || r.rehearsal || r.due || r.old || r.converted || !r.found.Start.After(m.Date) {
			continue
		}
		c, item := lineCompany(a.text, r.pos), false
		if c == "" {
			c = itemCompany(a.text, r.pos)
			item = c != ""
		}
		if c == "" {
			c = headingCompany(a.text, r.pos)
			item = c != ""
		}
		if c == "" {
			c = paragraphCompany(a.text, r.pos, m.Subject)
		}
		// A name the mail uses again, or its subject gives: the
		// organisations it is about, not a line's label. (A list
		// item's heading, the name before the job's title, is one.)
		first, _, _ := strings.Cut(strings.ToLower(c), " ")
		low := strings.ToLower(a.text)
		if c == "" || !item && strings.Count(low, first) < 2 && !strings.Contains(strings.ToLower(m.Subject), first) {
			continue
		}
		companies[squash(c)] = true
		out = append(out, listedTime{found: r.found, sentence: r.sentence, company: c, reschedule: r.reschedule})
	}
	if len(companies) < 2 {
		return nil
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].found.Start.Before(out[j].found.Start) })
	return out
}

// paragraphCompany is the one organisation, of those a subject names side
// by side ("Pennine Freight + Calder Mutual - times"), whose name the
// paragraph holding pos names: an agency's update on two clients, a
// paragraph each ("Pennine confirmed for Tues 8th at 10.30 UK", "Calder
// Mutual have had to shuffle ... confirmed Fri 11th at 11am with them").
func paragraphCompany(text string, pos int, subject string) string {
	var names []string
	for _, sep := range []string{" + ", " & ", " / ", " and ", " und ", " et ", ", "} {
		l, r, ok := strings.Cut(cleanSubject(subject), sep)
		if !ok {
			continue
		}
		for _, side := range []string{l, r} {
			if n := firstPart(side); bareNameRE.re().MatchString(n) && !hasRoleWord(n) {
				names = append(names, n)
			}
		}
		break
	}
	if len(names) != 2 {
		return ""
	}
	start := strings.LastIndex(text[:pos], "\n\n") + 1
	end := strings.Index(text[pos:], "\n\n")
	if end < 0 {
		end = len(text)
	} else {
		end += pos
	}
	para := strings.ToLower(text[start:end])
	found := ""
	for _, n := range names {
		first, _, _ := strings.Cut(strings.ToLower(n), " ")
		if hasWord(para, first) {
			if found != "" {
				return ""
			}
			found = n
		}
	}
	return found
}

// lineCompany is the name a line starts with before a dash or a colon,
// when it is only a name: "Brightwater Insurance – Wednesday ...",
// "Calder & Finch: Friday 4th at 11".
// itemCompany is lineCompany for a time on a labelled line, or starting
// its line, under a list item that names the organisation: "1) PEMBROKE
// CIDER CO. - Marketing Executive" over "When: Tuesday 8th December,
// 10:00am", "2) Tillbrook Foods – Systems Analyst, ERP (£40k + bonus)"
// over "Weds 9th Dec @ 9.30am".
func itemCompany(text string, pos int) string {
	ls := strings.LastIndexByte(text[:pos], '\n') + 1
	label := strings.TrimSpace(text[ls:pos])
	labelled := strings.HasSuffix(label, ":") && fieldLabels[strings.ToLower(strings.TrimSuffix(label, ":"))]
	if ls < 2 || label != "" && !labelled || !onListLine(text, ls-1) {
		return ""
	}
	ps := strings.LastIndexByte(text[:ls-1], '\n') + 1
	item := strings.TrimLeft(text[ps:ls-1], " \t-*•·0123456789.)")
	return lineCompany(item+":", len(item)+1)
}

// headingCompany is the organisation a paragraph is headed by, on a line
// of its own as "Name – Job title", when the time at pos is further down
// in that paragraph: an agency's update, a client to a paragraph
// ("Quayline – Senior Data Engineer" over "They've booked a video
// interview for Tues 8th Dec at 3pm").
func headingCompany(text string, pos int) string {
	start := strings.LastIndex(text[:pos], "\n\n") + 2
	if start < 2 {
		start = 0
	}
	nl := strings.IndexByte(text[start:pos], '\n')
	if nl < 0 {
		return "" // the time is on the paragraph's first line
	}
	head := strings.TrimSpace(text[start : start+nl])
	if head == "" || strings.ContainsAny(head[len(head)-1:], ".!?,;") {
		return ""
	}
	c := lineCompany(head+":", len(head)+1)
	if c == "" {
		return ""
	}
	// What follows the name is the job: a heading, not a sentence.
	if rest := strings.TrimLeft(strings.TrimSpace(head[len(c):]), "-–—: "); !hasRoleWord(rest) {
		return ""
	}
	return c
}

func lineCompany(text string, pos int) string {
	line := text[strings.LastIndexByte(text[:pos], '\n')+1 : pos]
	line = strings.TrimLeft(line, " \t-*•")
	i := strings.IndexAny(line, "–—:")
	if j := strings.Index(line, " - "); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 {
		return ""
	}
	name := strings.TrimSpace(line[:i])
	if !bareNameRE.re().MatchString(name) || hasRoleWord(name) || meetingLabel(name) || isSubjectWord(name) {
		return ""
	}
	if fieldLabels[strings.ToLower(name)] {
		return "" // "Date: ...", "Start: ..."
	}
	return name
}

// fieldLine reports a line that starts with a field's label: "Time 8:00
// AM – 9:00 AM PST", "Ort: Raum 3".
func fieldLine(line string) bool {
	w := words(strings.ToLower(line))
	return len(w) > 1 && fieldLabels[w[0]]
}

// fieldLabels name the fields of a schedule, not an organisation.
var fieldLabels = map[string]bool{
	"date": true, "time": true, "when": true, "where": true, "location": true, "start": true, "end": true,
	"begin": true, "duration": true, "venue": true, "address": true, "datum": true, "uhrzeit": true,
	"zeit": true, "ort": true, "termin": true, "beginn": true, "ende": true, "heure": true, "lieu": true,
	"début": true, "fin": true, "fecha": true, "hora": true, "lugar": true, "inicio": true, "data": true,
	"ora": true, "luogo": true, "tijd": true, "locatie": true, "plaats": true, "godzina": true,
	"miejsce": true, "tid": true, "plats": true, "sted": true, "aika": true, "paikka": true,
	// How long, and where, in the other languages: "Duração: cerca de 1h".
	"duração": true, "duración": true, "durata": true, "dauer": true, "duur": true, "durée": true,
	"varaktighet": true, "varighed": true, "varighet": true, "kesto": true, "délka": true, "trvanie": true,
	"időtartam": true, "durată": true, "süre": true, "local": true, "morada": true, "endereço": true,
	"dirección": true, "indirizzo": true, "adres": true, "adresse": true, "anschrift": true, "adresa": true,
	"session": true, "round": true, "part": true, "step": true, "teil": true,
	// How it is held: "Format: Videointerview über Microsoft Teams".
	"format": true, "formato": true, "formaat": true, "formát": true, "modus": true, "mode": true,
	"modalité": true, "modalidad": true, "modalità": true, "modalidade": true, "typ": true, "type": true,
	// What to do: "Instructions: A Microsoft Teams link will be emailed".
	"instructions": true, "instruction": true, "note": true, "notes": true, "hinweis": true, "hinweise": true,
	"remarque": true, "nota": true, "opmerking": true,
	// A scheduling page's or hiring system's labels of two words and
	// more: "Event Type:", "Invitee Time Zone:", "Type d'événement :".
	"event type": true, "event name": true, "event details": true, "meeting type": true, "meeting name": true,
	"interview type": true, "interview stage": true, "invitee time zone": true, "invitee name": true,
	"time zone": true, "date/time": true, "date and time": true, "job title": true, "job posting": true,
	"position title": true, "type d'événement": true, "type de rendez-vous": true, "nom de l'événement": true,
	"art des termins": true, "termintyp": true, "ereignistyp": true, "tipo de evento": true, "nombre del evento": true,
	"tipo di evento": true, "tipo de reunião": true, "soort afspraak": true, "type afspraak": true,
}

// startsCondition reports a sentence that opens with "if" in a language
// followupd reads.
func startsCondition(sentence string) bool {
	w := words(strings.ToLower(sentence))
	if len(w) == 0 {
		return false
	}
	switch w[0] {
	case "if", "falls", "wenn", "si", "se", "als", "indien", "jeśli", "jesli", "jeżeli", "om", "ifall", "hvis", "jos":
		return true
	}
	return false
}

// cancelsItsTime reports a time written in the sentence that cancels:
// the time of the interview called off, not a new one. (A "Termin
// absagen" button beside a confirmed time cancels nothing.)
func (a *analysis) cancelsItsTime(m *mail.Message, cfg Config, phrase string) bool {
	for _, r := range a.times(m, cfg) {
		// "selection process 26-CNIA-EA-0471 has been cancelled. As a
		// result, the interview scheduled for Tuesday, January 12, 2027
		// at 1:30 p.m. is cancelled": the sentence with the time may
		// call it off in other words than the first found.
		h := cfg.lexicon().scan(r.sentence)
		if (holdsPhrase(r.sentence, phrase) || h.has(lCancel) != "") && !conditional(r.sentence) {
			return true
		}
	}
	return false
}

// cancelsNamedInterview reports a message that names the interview with
// its one time to come and calls it off in a later sentence that names
// it again, as an agency explains a cancellation: "ハートウェル製薬様の一次
// 面接（12月8日 17:00～）について、ご説明させてください。... 予定しておりま
// した一次面接も中止となりました。"
func (a *analysis) cancelsNamedInterview(m *mail.Message, cfg Config, phrase string) bool {
	up := upcoming(a.times(m, cfg), m)
	if len(up) != 1 || !a.namesInterview(up[0].sentence, cfg) {
		return false
	}
	at := strings.Index(strings.ToLower(a.text), phrase)
	if at < 0 || at < up[0].pos {
		return false
	}
	start, stop := sentenceBounds(a.text, at, at+len(phrase))
	return a.namesInterview(a.text[start:stop], cfg)
}

// namesInterview reports a sentence with a word for an interview.
func (a *analysis) namesInterview(sentence string, cfg Config) bool {
	h := cfg.lexicon().scan(sentence)
	return h.has(lKeyword) != "" || hasInterviewStem(sentence)
}

// onlyCancelledTimes reports a message whose every time to come stands in
// a sentence that calls it off with phrase (and there is one).
func (a *analysis) onlyCancelledTimes(m *mail.Message, cfg Config, phrase string) bool {
	up := upcoming(a.times(m, cfg), m)
	return len(up) > 0 && !slices.ContainsFunc(up, func(r timeRead) bool { return !holdsPhrase(a.clauseOf(r), phrase) })
}

// confirmsOtherTime reports a message that confirms a time to come other
// than the times its thread booked before, and calls off something
// without a time of its own: "la del martes queda cancelada" is the slot
// the new one replaces. A sentence that cancels a time of its own ("L'entretien
// de jeudi 3 décembre à 14h30 est donc annulé") is about that interview,
// and a time confirmed beside it about another.
func (a *analysis) confirmsOtherTime(m *mail.Message, cfg Config, ctx msgContext, cancel string) bool {
	if a.body.has(lConfirm) == "" || len(ctx.booked) == 0 {
		return false
	}
	up := upcoming(a.times(m, cfg), m)
	if slices.ContainsFunc(up, func(r timeRead) bool { return holdsPhrase(r.sentence, cancel) }) {
		return false
	}
	return slices.ContainsFunc(up, func(r timeRead) bool { return !slices.ContainsFunc(ctx.booked, r.found.Start.Equal) })
}

// clauseOf is the words a time read belongs to: its sentence, or the
// field line it stands on when a sentence runs over several such lines
// ("原面试时间：2026年12月16日 上午10:00（已取消）" over "新面试时间：
// 2026年12月18日 下午15:30", a block without a full stop).
func (a *analysis) clauseOf(r timeRead) string {
	ls, le := lineBounds(a.text, r.pos, r.pos+len(r.found.Text))
	if line := a.text[ls:le]; len(line) < len(r.sentence) && timetext.FieldLine(line) {
		return line
	}
	return r.sentence
}

// cancelLabel returns the label before a subject's colon that says the
// event is cancelled ("Canceled: ...", "Abgesagt: ..."), or "".
func cancelLabel(subject string) string {
	label, _, ok := strings.Cut(subject, ":")
	if !ok {
		return ""
	}
	label = strings.ToLower(strings.TrimSpace(label))
	if cancelLabels[label] {
		return label
	}
	return ""
}

// agendaStart is the first slot of an onsite day's agenda sent again
// ("Updated Interview Confirmation": one interviewer swapped, the table
// of sessions below): the day starts at its first session, not at the
// last time written. It is -1 unless every time to come is a session
// (from–to) of one day and none stands in a sentence that says what
// moves.
func agendaStart(reads []timeRead, m *mail.Message) int {
	up := upcoming(reads, m)
	if len(up) < 2 || offersChoice(up) || slices.ContainsFunc(reads, func(r timeRead) bool { return r.reschedule }) ||
		slices.ContainsFunc(up, func(r timeRead) bool { return r.found.Dur == 0 }) {
		return -1
	}
	first := slices.MinFunc(up, func(a, b timeRead) int { return a.found.Start.Compare(b.found.Start) })
	return slices.IndexFunc(reads, func(r timeRead) bool { return r.pos == first.pos })
}

// ownFixedOnly drops the times of the message a forward passes on when
// the forwarder's own words fix one: "we're set for Monday 14 December
// at 13:00 CET", above the internal thread where the user's three
// proposals were weighed, is the news; the thread is its history, and
// its times are no choice offered. A forward whose own words fix none
// ("see below") keeps them: what it forwards is the news then.
func (a *analysis) ownFixedOnly(reads []timeRead, m *mail.Message) []timeRead {
	if a.forwardedAt == 0 {
		return reads
	}
	fixes := func(r timeRead) bool {
		return r.pos < a.forwardedAt && !r.question && !r.option && !r.old && !r.due && !r.rehearsal && r.found.Start.After(m.Date)
	}
	if !slices.ContainsFunc(reads, fixes) {
		return reads
	}
	return slices.DeleteFunc(slices.Clone(reads), func(r timeRead) bool { return r.pos >= a.forwardedAt })
}

// offersChoice reports times to come on different days, or a list of
// slots: a proposal, not a booking. (A forwarded invitation's "Sent:"
// date is no second offer.) Times on one day are an itinerary (the rounds
// of an onsite day), which is one interview, unless they are written as
// alternatives ("um halb zehn, alternativ ab 13 Uhr").
func offersChoice(reads []timeRead) bool {
	if len(reads) < 2 {
		return false
	}
	for _, r := range reads[1:] {
		y1, m1, d1 := reads[0].found.Start.Date()
		y2, m2, d2 := r.found.Start.Date()
		if y1 != y2 || m1 != m2 || d1 != d2 {
			return true
		}
	}
	// Two times of one day joined as alternatives (see eitherOr).
	return slices.ContainsFunc(reads, func(r timeRead) bool { return r.option && !r.found.Start.Equal(reads[0].found.Start) })
}

// oneWayVideo recognises a one-way (recorded) video interview: nobody is
// met at a time, there is a deadline to record by. It becomes an interview
// whose start is that deadline and whose people are nobody to write to.
func (a *analysis) oneWayVideo(m *mail.Message, cfg Config) (Verdict, bool) {
	p := either(&a.subj, &a.body, lOneWay)
	if p == "" {
		return a.videoByDeadline(m, cfg)
	}
	// "dziękuję za nagranie rozmowy w HireVue ... Termin: wtorek, 15
	// grudnia, godz. 9:00–9:45 / Forma: MS Teams – link do spotkania":
	// the recording done, a live meeting's link is the next round's.
	if videoLinkRE.re().MatchString(truncate(a.own, maxText)) {
		return Verdict{}, false
	}
	for _, r := range a.times(m, cfg) {
		if r.deadline {
			return a.oneWayAt(r.found, r.sentence, p), true
		}
	}
	lx := cfg.lexicon()
	for _, d := range findDates(a.text, m.Date, a.zone(cfg)) {
		line := lineAround(a.text, d.Pos, d.End)
		if h := lx.scan(line); h.has(lDeadline) != "" {
			return a.oneWayAt(foundTime{Start: d.Start, Text: d.Text, Zone: d.Zone}, line, p), true
		}
	}
	return Verdict{}, false
}

// videoByDeadline recognises a one-way video interview by its shape,
// whatever the tool calls it ("rozmowa wideo", "entrevista em vídeo",
// "videohaastattelu"): a video interview whose only time is a minute to
// midnight is to be recorded by then, as nobody meets at 23:59.
func (a *analysis) videoByDeadline(m *mail.Message, cfg Config) (Verdict, bool) {
	kw := either(&a.subj, &a.body, lKeyword)
	if kw == "" {
		kw = either(&a.subj, &a.body, lRound)
	}
	if kw == "" {
		return Verdict{}, false
	}
	for _, r := range a.times(m, cfg) {
		// 23:59, not any end of the day: "You must book a slot by
		// 23:55" is the Civil Service's deadline to book an interview.
		if t := r.found.Start; t.Hour() != 23 || t.Minute() != 59 || !t.After(m.Date) || r.old {
			continue
		}
		// "Please log in to your candidate account and select a session
		// by 23:59 (UK time)": the deadline to book a live session,
		// after a review of the video interview already recorded.
		if firstWord(normalize(r.sentence), bookSlotPhrases) != "" {
			continue
		}
		if w := videoWord(m.Subject + "\n" + a.text); w != "" {
			return a.oneWayAt(r.found, r.sentence, w), true
		}
		break
	}
	return Verdict{}, false
}

// videoWord returns the word for video in text, in the spellings of the
// languages followupd reads ("video", "vidéo", "vídeo", "wideo"), also
// inside a compound ("Videointerview", "videohaastattelu").
// A sentence that denies it ("There's no video and nobody watching")
// speaks of a test, not of a recording.
func videoWord(text string) string {
	low := strings.ToLower(text)
	for _, w := range []string{"video", "vidéo", "vídeo", "wideo", "videó"} {
		for from := 0; ; {
			i := strings.Index(low[from:], w)
			if i < 0 {
				break
			}
			i += from
			if !negated(sentenceAround(low, i, i+len(w))) {
				return w
			}
			from = i + len(w)
		}
	}
	return ""
}

func (a *analysis) oneWayAt(ft foundTime, line, phrase string) Verdict {
	a.found, a.hasTime, a.oneWay, a.timeLine = ft, true, true, line
	a.doNotReply = true // the recording goes to a machine
	// "Copperleaf Bank has extended your interview deadline ... New
	// deadline 14 December": the same recording, due later.
	a.reschedule = either(&a.subj, &a.body, lReschedule) != ""
	return Verdict{true, KindOneWay, fmt.Sprintf("one-way video interview (%q) to record by %s: %q",
		phrase, ft.Start.Format("Mon 2 Jan 2006 15:04 MST"), shorten(line, 120))}
}

// conditionalPhrase reports whether every sentence holding phrase is
// boilerplate such as "if you need to cancel".
// holdsPhrase reports whether the words of phrase, as the lexicon reports
// it ("devons l annuler"), stand in a row in s, however s joins them
// ("nous devons l’annuler").
// onlyInConditions reports a phrase that text holds only in sentences
// that are conditions or fallbacks ("If it's a problem they can do the
// 11th instead"): they say what could change, not that anything did.
func onlyInConditions(text, phrase string) bool {
	found := false
	for _, s := range sentences(text) {
		if !holdsPhrase(s, phrase) {
			continue
		}
		// "Just reply and Jess will move it in the system - otherwise no
		// action needed": the move is the branch of a choice.
		if !conditional(s) && firstWord(normalize(s), otherwisePhrases) == "" {
			return false
		}
		found = true
	}
	return found
}

// otherwisePhrases say what happens if the reader does nothing, beside
// what happens if they answer.
var otherwisePhrases = []string{
	"otherwise", "sonst", "ansonsten", "andernfalls", "sinon", "de lo contrario", "altrimenti", "caso contrário",
	"anders", "annars", "ellers", "muuten", "w przeciwnym razie", "jinak",
}

// onlyInLinks reports a phrase that text holds only inside its web
// addresses: Saramin's "zf_user/interview-review" is no "user interview".
func onlyInLinks(text, phrase string) bool {
	if !strings.Contains(text, "://") && !strings.Contains(text, "www.") {
		return false
	}
	return !holdsPhrase(webAddressRE.re().ReplaceAllString(text, " "), phrase)
}

func holdsPhrase(s, phrase string) bool {
	pw := words(phrase)
	if len(pw) == 0 {
		return false
	}
	sw := words(strings.ToLower(s))
	for i := 0; i+len(pw) <= len(sw); i++ {
		if slices.Equal(sw[i:i+len(pw)], pw) {
			return true
		}
	}
	return false
}

// conditionalPhrase reports a phrase that text says only in conditional
// sentences ("if travelling is a problem we can cancel"): every sentence
// holding it is one, and at least one does.
func conditionalPhrase(text, phrase string) bool {
	held := false
	for _, s := range sentences(text) {
		if holdsPhrase(s, phrase) {
			if !conditional(s) {
				return false
			}
			held = true
		}
	}
	// A phrase the text does not hold (the subject's "Absage des
	// Termins") is said outright.
	return held
}

// noteRoundOffers records the days of the times other than the chosen
// one that stand in a paragraph naming a further round (see
// analysis.roundOffers).
func (a *analysis) noteRoundOffers(reads []timeRead, best int, m *mail.Message, cfg Config) {
	if a.body.has(lRound) == "" || len(reads) < 2 {
		return
	}
	lx := cfg.lexicon()
	for i, r := range reads {
		if i == best || !r.found.Start.After(m.Date) || sameDay(r.found.Start, reads[best].found.Start) {
			continue
		}
		start := strings.LastIndex(a.text[:min(r.pos, len(a.text))], "\n\n") + 1
		end := strings.Index(a.text[min(r.pos, len(a.text)):], "\n\n")
		if end < 0 {
			end = len(a.text)
		} else {
			end += r.pos
		}
		if h := lx.scan(a.text[start:end]); h.has(lRound) != "" {
			a.roundOffers = append(a.roundOffers, r.found.Start)
		}
	}
}

// asAgreed reports a sentence that gives a time as the one agreed before:
// "wie besprochen", "as agreed", "comme convenu".
func asAgreed(sentence string) bool {
	return firstWord(normalize(sentence), agreedPhrases) != ""
}

// unchanged reports a sentence that says its time stands while another
// moves: "The technical interview on Tuesday 12 January at 10:00 stays
// as it is."
func unchanged(sentence string) bool {
	return firstWord(normalize(sentence), unchangedPhrases) != ""
}

// unchangedPhrases say that a time stands while another moves.
var unchangedPhrases = []string{
	"stays as it is", "stays as planned", "stays the same", "stays unchanged", "remains as planned", "remains unchanged",
	"remains the same", "is unchanged", "is unaffected", "still stands", "bleibt wie", "bleibt bestehen",
	"bleibt unverändert", "bleibt unveraendert", "bleibt gleich", "reste inchangé", "reste inchangée", "reste prévu",
	"est maintenu", "est maintenue", "se mantiene", "sigue en pie", "sigue igual", "rimane invariato", "resta invariato",
	"rimane confermato", "resta confermato", "mantém-se", "continua igual", "continua confirmada", "continua confirmado", "blijft staan",
	"blijft ongewijzigd", "blijft hetzelfde", "pozostaje bez zmian", "bez zmian", "står fast", "står kvar",
	"forblir uendret", "forbliver uændret", "pysyy ennallaan", "zůstává beze změny",
}

var agreedPhrases = []string{
	"as agreed", "as discussed", "as planned", "as before", "wie besprochen", "wie vereinbart", "wie abgemacht",
	"wie geplant", "comme convenu", "comme prévu", "como acordado", "como quedamos", "como habíamos quedado",
	"como previsto", "come concordato", "come previsto", "como combinado", "conforme combinado",
	"zoals afgesproken", "zoals besproken", "jak ustaliliśmy", "zgodnie z ustaleniami", "som avtalat",
	"som planerat", "som aftalt", "som avtalt", "kuten sovittu", "jak jsme se domluvili", "jak bylo domluveno",
}

// offeredOnly reports a phrase that the text holds only in conditions,
// questions and links' labels: "If you need to reschedule, ...", "Need to
// reschedule?", "Reschedule: https://calendly.com/reschedulings/...".
func offeredOnly(text, phrase string) bool {
	for _, s := range sentences(truncate(text, 8<<10)) {
		if holdsPhrase(s, phrase) && !conditional(s) && !startsCondition(s) && !asks(s) && !labelsLink(s) {
			return false
		}
	}
	return true
}

// labelsLink reports a sentence that is a link's label and the link:
// "Reschedule: https://...", "Cancel <https://...>".
func labelsLink(sentence string) bool {
	i := strings.Index(sentence, "http")
	if i < 0 {
		return false
	}
	label := strings.TrimRight(sentence[:i], " :<([\t")
	return label != "" && len(strings.Fields(label)) <= 3
}

// namesAnotherDay reports a day to come, written without a time, other
// than the days of the times read: "fått förhinder onsdagen den 16/12,
// så vi behöver flytta din intervju. Skulle du kunna torsdag 17/12 kl
// 14.15 istället?" names the old day beside the new time.
func (a *analysis) namesAnotherDay(reads []timeRead, m *mail.Message, cfg Config) bool {
	for _, d := range findDates(a.text, m.Date, cfg.location()) {
		if d.Start.After(m.Date) && !slices.ContainsFunc(reads, func(r timeRead) bool { return sameDay(r.found.Start, d.Start) }) {
			return true
		}
	}
	return false
}

// putOffOnly reports a message that puts the interview off from a time
// to come and names no new one (timeRead.putOff).
func (a *analysis) putOffOnly(m *mail.Message, cfg Config) bool {
	reads := a.times(m, cfg)
	return len(upcoming(reads, m)) == 0 &&
		slices.ContainsFunc(reads, func(r timeRead) bool { return r.putOff && r.found.Start.After(m.Date) })
}

// upcoming returns the distinct times of reads after the message's date
// that are not "instead of" another. A time given again for the reader
// counts only when it is all there is (as in confirmation).
func upcoming(reads []timeRead, m *mail.Message) []timeRead {
	var out, converted []timeRead
	for _, r := range reads {
		if !r.found.Start.After(m.Date) || r.old || r.due || r.rehearsal {
			continue
		}
		if r.converted {
			converted = append(converted, r)
		} else {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return converted
	}
	return out
}

// upcomingConverted returns the reads after the message's date that give
// a time again on the reader's clock.
func upcomingConverted(reads []timeRead, m *mail.Message) []timeRead {
	var out []timeRead
	for _, r := range reads {
		if r.converted && r.found.Start.After(m.Date) && !r.old && !r.due && !r.rehearsal {
			out = append(out, r)
		}
	}
	return out
}

// acceptedOffers turns a message that offers times into the interview's
// confirmation when the user answered it: with one of the times in the
// answer's own words ("Wednesday at 3pm works for me", read when followupd
// fetched the answer, see SentCandidate), or, when one time was offered,
// with any answer at all: an answer to a single slot is a yes far more
// often than not, and a no brings a new time from the employer, which
// moves the interview. An answer that names none of several slots leaves
// them a proposal until the employer confirms one.
func acceptedOffers(ins []input, cfg Config) {
	byID := make(map[string]*input, len(ins))
	var offering []*input // few: most mail offers no times
	for i := range ins {
		if id := ins[i].m.MessageID; id != "" {
			byID[id] = &ins[i]
		}
		if len(ins[i].a.offers) > 0 {
			offering = append(offering, &ins[i])
		}
	}
	if len(offering) == 0 {
		return
	}
	for i := range ins {
		reply := &ins[i]
		if !reply.a.sent {
			continue
		}
		answered := make([]*input, 0, 1)
		for _, id := range reply.m.InReplyTo {
			in := byID[id]
			// "sorry tue 15th not wed", a minute after the offer: the
			// user answers the writer's own correction, and takes the
			// offer it corrects.
			if in != nil && len(in.a.offers) == 0 && !in.a.sent && len(in.m.InReplyTo) > 0 {
				if up := byID[in.m.InReplyTo[0]]; up != nil && len(up.a.offers) > 0 && strings.EqualFold(firstAddress(up.m.From), firstAddress(in.m.From)) {
					in = up
				}
			}
			answered = append(answered, in)
		}
		if len(reply.m.InReplyTo) == 0 && len(reply.m.References) == 0 {
			answered = append(answered, answeredBySubject(offering, reply))
		}
		for _, offer := range answered {
			if offer == nil || len(offer.a.offers) == 0 || offer.a.verdict.Interview || isOutcome(offer.a.verdict) || !reply.m.Date.After(offer.m.Date) {
				continue
			}
			if p := firstWord(normalize(truncate(offer.a.text, 8<<10)), provisionalOfferPhrases); p != "" {
				// "Falls wir nach dem ersten Gespräch beide weitermachen
				// möchten ... Mögliche Termine wären: ...": days held
				// for a round that depends on one still to come. The
				// user keeping one free agrees to no interview.
				continue
			}
			r, how := chosenOffer(offer, reply, cfg)
			if r == nil {
				continue
			}
			if w := onWritersClock(*r, offer, reply, cfg); w != nil {
				r, how = w, how+", on the writer's clock as the user's answer converts it"
			}
			offer.a.found, offer.a.hasTime, offer.a.timeLine = r.found, true, r.sentence
			// "vi behöver tyvärr flytta vår intervju. Skulle det funka
			// att köra torsdag 10/12 kl. 9.00 istället?": the time taken
			// moves the interview the offer is about.
			offer.a.reschedule = offer.a.reschedule || r.reschedule || either(&offer.a.subj, &offer.a.body, lReschedule) != "" ||
				movesThreadInterview(offer, r.found.Start, threadInterviewDay(byID, offer))
			if offer.a.found.Dur == 0 {
				offer.a.found.Dur = statedDuration(offer.a.text)
			}
			offer.a.verdict = Verdict{true, KindConfirmation, fmt.Sprintf(
				"interview time offered, %s in <%s>: %q → %s", how, reply.m.MessageID,
				shorten(r.sentence, 120), r.found.Start.Format("Mon 2 Jan 2006 15:04 MST"))}
		}
	}
}

// outcomeCall returns the good news a message promises to give on a
// call, when it also thanks for an interview just held: "Thank you so much
// for yesterday ... I'd love to talk you through some good news". Either
// alone is common (an agency's "good news, the client wants to meet you";
// a thank-you before the next round is arranged); together, and without
// a word for an interview or a round, they are the outcome. "" otherwise.
func outcomeCall(text string) string {
	low := normalize(truncate(text, 4<<10))
	p := firstWord(low, goodNewsPhrases)
	if p == "" || firstWord(low, justHeldPhrases) == "" {
		return ""
	}
	return p
}

var (
	goodNewsPhrases = []string{
		"good news", "great news", "exciting news", "gute nachrichten", "gute neuigkeiten", "erfreuliche nachrichten",
		"bonne nouvelle", "bonnes nouvelles", "buenas noticias", "buenas nuevas", "buone notizie", "boas notícias",
		"boas novas", "goed nieuws", "dobre wiadomości", "dobrą wiadomość", "goda nyheter", "gode nyheder",
		"gode nyheter", "hyviä uutisia",
	}
	// justHeldPhrases thank for an interview the day before, or today.
	justHeldPhrases = []string{
		"for yesterday", "for today", "for your time yesterday", "for your time today", "after yesterday",
		"danke für gestern", "danke für heute", "dank für gestern", "vielen dank für gestern", "für das gestrige gespräch",
		"für das heutige gespräch", "merci pour hier", "merci pour aujourd'hui", "gracias por ayer", "gracias por lo de ayer",
		"grazie per ieri", "obrigado por ontem", "obrigada por ontem", "bedankt voor gisteren", "dank voor gisteren",
		"dziękuję za wczoraj", "dzięki za wczoraj", "tack för igår", "tack för i går", "tak for i går", "takk for i går",
		"kiitos eilisestä",
	}
)

// isOutcome reports a verdict of an offer or a rejection: the call it
// proposes ("Georgina would like to ring you herself to walk you through
// the package") is about the outcome, and the user taking its time makes
// no interview of it.
func isOutcome(v Verdict) bool { return v.Kind == KindOffer || v.Kind == KindRejection }

// clocksTaken turns an employer's message that proposes a clock time
// without a day of its own into the interview's confirmation when the
// user's answer takes that clock on a day it names: "Thursday it is! ...
// could we do 9:45-10:30 instead?", answered "9:45–10:30 on Thursday is
// fine – see you then". The day is the user's word, the clock the
// employer's; only in a thread about a job (see jobSearch), and only a
// sentence of the user's that accepts and asks nothing.
func clocksTaken(ins []input, cfg Config, jobs *jobSearch) {
	var byID map[string]*input
	for i := range ins {
		reply := &ins[i]
		if !reply.a.sent || reply.a.text == "" || len(reply.m.InReplyTo) == 0 {
			continue
		}
		if byID == nil {
			byID = byMessageID(ins)
		}
		offer := byID[reply.m.InReplyTo[0]]
		clockTaken(offer, reply, cfg, jobs, threadInterviewDay(byID, offer))
	}
}

// threadInterviewDay is the time of the interview that an earlier message
// of in's thread fixed (following In-Reply-To back), or zero: the day an
// answer on that day means when it names only a clock ("a las 19:00 paso
// por allí").
func threadInterviewDay(byID map[string]*input, in *input) time.Time {
	for range 10 {
		if in == nil || len(in.m.InReplyTo) == 0 {
			return time.Time{}
		}
		in = byID[in.m.InReplyTo[0]]
		if in != nil && !in.a.sent && in.a.verdict.Interview && in.a.hasTime {
			return in.a.found.Start
		}
	}
	return time.Time{}
}

func clockTaken(offer, reply *input, cfg Config, jobs *jobSearch, known time.Time) {
	if offer == nil || offer.a.sent || offer.a.skip || offer.a.press || offer.a.verdict.Interview || isOutcome(offer.a.verdict) || len(offer.a.offers) > 0 ||
		!reply.m.Date.After(offer.m.Date) || !jobs.ids[offer.m.MessageID] ||
		offer.a.subj.has(lKeyword) == "" && cfg.applicationSubject(offer.m.Subject) == "" {
		return
	}
	var took *timeRead
	for _, r := range reply.a.times(reply.m, cfg) {
		if !r.accept || r.question || r.old || r.due || r.rehearsal || !r.found.Start.After(reply.m.Date) || !proposedClock(offer, r.found.Start) {
			continue
		}
		if took != nil && !took.found.Start.Equal(r.found.Start) {
			return // two times taken: unclear
		}
		took = &r
	}
	if took == nil {
		// A new clock on the day already fixed moves that interview.
		if took = clockOnKnownDay(offer, reply, cfg, known); took != nil {
			offer.a.reschedule = true
		}
	} else if movesThreadInterview(offer, took.found.Start, known) {
		offer.a.reschedule = true
	}
	if took == nil {
		return
	}
	if took.found.Zone == "" && !took.found.Yours {
		// "Would you be able to come in earlier ... at 10:45am?" from an
		// NHS Trust, answered "10:45am on Monday 7 December works for
		// me": the employer's clock, the user's day. (The offer read
		// no time of its own, so nothing has placed its clock yet.)
		took.found.Start = sameClockIn(took.found.Start, offer.a.zone(cfg))
	}
	offer.a.found, offer.a.hasTime, offer.a.timeLine = took.found, true, took.sentence
	offer.a.verdict = Verdict{true, KindConfirmation, fmt.Sprintf(
		"a clock time proposed, taken by the user on a day in <%s>: %q → %s", reply.m.MessageID,
		shorten(took.sentence, 120), took.found.Start.Format("Mon 2 Jan 2006 15:04 MST"))}
}

// movesThreadInterview reports whether the time the user took from an
// offer moves the interview its thread fixed before (known, or zero):
// "giovedi ... non ce la faccio, possiamo fare venerdi 4 stessa ora alle
// 15?", or "Am Montag, 30.11., könnten wir Ihnen 09:30 Uhr oder 11:00 Uhr
// anbieten" after the user turned Thursday down. Another time for an
// interview still to come moves it, unless the offer names a further
// round.
func movesThreadInterview(offer *input, took, known time.Time) bool {
	return !known.IsZero() && known.After(offer.m.Date) && !took.Equal(known) &&
		offer.a.subj.has(lRound) == "" && offer.a.body.has(lRound) == ""
}

// clockOnKnownDay reads the user's answer that takes the employer's new
// clock on the day of the interview the thread fixed, the answer naming
// no day ("Te viene bien a las 19:00?" on the interview's morning,
// answered "Sin problema, a las 19:00 paso por allí"). Only when the
// employer writes before that day ends.
func clockOnKnownDay(offer, reply *input, cfg Config, known time.Time) *timeRead {
	if known.IsZero() || !known.After(offer.m.Date) || !sameDay(known, offer.m.Date.In(known.Location())) {
		return nil
	}
	var took *timeRead
	for _, c := range timetext.FindClocksOn(reply.a.text, known, timetext.Options{Ref: reply.m.Date, Loc: known.Location()}) {
		sentence := sentenceAround(reply.a.text, c.Pos, c.End)
		h := cfg.lexicon().scan(sentence)
		if c.Start.Equal(known) || asks(sentence) || h.has(lDecline) != "" || !proposedClock(offer, c.Start) {
			continue
		}
		if took != nil && !took.found.Start.Equal(c.Start) {
			return nil // two clocks taken: unclear
		}
		took = &timeRead{found: foundTime{Start: c.Start, Text: c.Text}, sentence: sentence}
	}
	return took
}

// proposedClock reports whether in's own words propose the clock time of
// at, on whatever day, in a sentence that asks.
func proposedClock(in *input, at time.Time) bool {
	for _, c := range timetext.FindClocksOn(in.a.text, at, timetext.Options{Ref: in.m.Date, Loc: at.Location()}) {
		if c.Start.Hour() == at.Hour() && c.Start.Minute() == at.Minute() && asks(sentenceAround(in.a.text, c.Pos, c.End)) {
			return true
		}
	}
	return false
}

// counterAgreed turns an employer's short yes to the user's own proposal
// into the interview's confirmation: the user wrote the times ("I could
// do Tuesday at 11:00, Wednesday at 15:00 ..." or "could we move it to
// Thursday 10 December at 14:00?") and the answer only agrees ("Tuesday
// works for Tom!", "Done 👍"). The time is the one of the user's that the
// answer names by its day, else the user's only one. The answer must
// come from someone the user wrote to about a job, in reply to the
// user's mail, and ask nothing back.
func counterAgreed(ins []input, cfg Config, jobs *jobSearch) {
	byID := byMessageID(ins)
	lx := cfg.lexicon()
	for i := range ins {
		in := &ins[i]
		a := in.a
		if a.sent || a.skip || a.press || a.verdict.Interview || a.verdict.Kind != KindReply || len(in.m.InReplyTo) == 0 {
			continue
		}
		counter := byID[in.m.InReplyTo[0]]
		if counter == nil || !counter.a.sent || counter.a.press || !jobs.people[strings.ToLower(firstAddress(in.m.From))] {
			continue
		}
		// A yes that writes no figure of its own; an answer that names a
		// time is read on its own words (confirmation, counterAccepted).
		own := strings.TrimSpace(stripSignature(a.own))
		if len(own) > 1500 || asks(own) || strings.ContainsAny(own, "0123456789") {
			continue
		}
		// The user's times answer a request for them ("Could you send me
		// 2-3 slots?"), or move a booked interview; a choice among the
		// employer's own slots is acceptedOffers' to read.
		if len(counter.m.InReplyTo) > 0 {
			if asked := byID[counter.m.InReplyTo[0]]; asked != nil && (len(asked.a.offers) > 0 || asked.a.proposal) {
				continue
			}
		}
		// The yes comes first ("Tuesday works for Tom!", "Done 👍"),
		// not within a reason to wait ("I'll come back to you with a
		// time that works around your availability").
		// A yes alone ("Done 👍"), or one that names the day it takes
		// ("Tuesday works for Tom!"); "Great to hear from you" is a
		// greeting.
		yes := false
		for _, sentence := range sentences(truncate(own, 160)) {
			h := lx.scan(sentence)
			if h.has(lDecline) != "" {
				break
			}
			if h.has(lAccept) != "" || h.has(lConfirm) != "" {
				// A meeting link beside the yes ("Top, freu mich! Hier der
				// Link: https://meet.google.com/...") adds nothing to say.
				yes = len(withoutLinks(own)) <= 60 || len(timetext.FindDates(sentence, timetext.Options{Ref: in.m.Date, Loc: cfg.location()})) > 0
				break
			}
		}
		if !yes {
			continue
		}
		loc := counter.a.zone(cfg)
		var proposed []timetext.Mention
		for _, c := range timetext.Find(counter.a.own, timetext.Options{Ref: counter.m.Date, Loc: loc}) {
			// "(12:00 for me in Berlin)": the time before, on the
			// user's clock, is no slot of its own.
			if !c.Alt && c.Start.After(in.m.Date) && !slices.ContainsFunc(proposed, func(p timetext.Mention) bool { return p.Start.Equal(c.Start) }) {
				proposed = append(proposed, c)
			}
		}
		if len(proposed) == 0 {
			continue
		}
		took := proposed
		if len(proposed) > 1 {
			took = nil
			for _, d := range timetext.FindDates(own, timetext.Options{Ref: in.m.Date, Loc: loc}) {
				for _, p := range proposed {
					if sameDay(p.Start, d.Start) || d.Relative && p.Start.Weekday() == d.Start.Weekday() {
						took = append(took, p)
					}
				}
			}
		}
		if len(took) != 1 {
			continue
		}
		c := took[0]
		a.found = foundTime{Start: c.Start, Text: c.Text, Dur: c.Dur}
		a.hasTime, a.timeLine = true, sentenceAround(counter.a.own, c.Pos, c.End)
		// "Would it be possible to move the technical interview ... to
		// Thursday 10 December?": the yes moves the interview.
		ch := lx.scan(a.timeLine)
		a.reschedule = ch.has(lReschedule) != "" || firstWord(normalize(a.timeLine), movingVerbs) != ""
		a.verdict = Verdict{true, KindConfirmation, fmt.Sprintf(
			"the user's proposal in <%s>, agreed: %q → %s", counter.m.MessageID,
			shorten(a.timeLine, 120), c.Start.Format("Mon 2 Jan 2006 15:04 MST"))}
	}
}

// withoutLinks returns text without its URLs.
func withoutLinks(text string) string {
	if !strings.Contains(text, "://") {
		return text
	}
	fs := strings.Fields(text)
	fs = slices.DeleteFunc(fs, func(f string) bool { return strings.Contains(f, "://") })
	return strings.Join(fs, " ")
}

// movingVerbs are the verbs with which the user asks to move an
// interview, whatever stands between them and the new time.
var movingVerbs = []string{
	"move", "moving", "reschedule", "push", "shift", "postpone", "verschieben", "verlegen", "décaler", "déplacer",
	"reporter", "mover", "cambiar", "aplazar", "spostare", "posticipare", "adiar", "remarcar", "verzetten",
	"verplaatsen", "przełożyć", "przesunąć", "flytta", "flytte", "siirtää", "přesunout",
}

// counterAccepted turns an employer's answer that takes the user's
// counter-proposal by its clock alone ("Klar, 17:30 passt", "Top, 9u is
// perfect!") into the interview's confirmation: the day is the one the
// user's counter names, else the one day the offer before it named; the
// clock one the counter proposed, said again in a sentence that accepts.
// Only the writer of the offer answers for it, and only in a thread about
// a job (a friend's "9u is perfect!" for a coffee is a coffee).
func counterAccepted(ins []input, cfg Config, jobs *jobSearch) {
	byID := byMessageID(ins)
	lx := cfg.lexicon()
	for i := range ins {
		in := &ins[i]
		a := in.a
		if a.sent || a.skip || a.verdict.Interview || len(in.m.InReplyTo) == 0 || !strings.ContainsAny(a.text, "0123456789") {
			continue
		}
		counter := byID[in.m.InReplyTo[0]]
		if counter == nil || !counter.a.sent || len(counter.m.InReplyTo) == 0 {
			continue
		}
		offer := byID[counter.m.InReplyTo[0]]
		// Not a podcast's or a reporter's thread, nor anything else
		// ruled out before (see analysis.press).
		if offer == nil || offer.a.sent || offer.a.press || a.press || !jobs.ids[offer.m.MessageID] ||
			!strings.EqualFold(firstAddress(offer.m.From), firstAddress(in.m.From)) {
			continue
		}
		offered := upcoming(offer.a.reads, offer.m)
		if len(offered) == 0 {
			continue
		}
		loc := offer.a.zone(cfg)
		opt := timetext.Options{Ref: counter.m.Date, Loc: loc}
		var day time.Time
		for _, d := range timetext.FindDates(counter.a.text, opt) {
			at := d.Start
			if d.Relative {
				// "Mittwoch klappt grundsätzlich": the Wednesday offered,
				// not the nearest one.
				for _, o := range offered {
					if o.found.Start.Weekday() == at.Weekday() {
						at = o.found.Start
					}
				}
			}
			if at.After(counter.m.Date) && (day.IsZero() || sameDay(day, at)) {
				day = at
			}
		}
		if day.IsZero() {
			for _, o := range offered {
				if !day.IsZero() && !sameDay(day, o.found.Start) {
					day = time.Time{}
					break
				}
				day = o.found.Start
			}
		}
		if day.IsZero() {
			continue
		}
		proposed := timetext.FindClocksOn(counter.a.text, day, opt)
		var took []timetext.Mention
		for _, c := range timetext.FindClocksOn(a.text, day, timetext.Options{Ref: in.m.Date, Loc: loc}) {
			sentence := sentenceAround(a.text, c.Pos, c.End)
			h := lx.scan(sentence)
			// The counter's clock, read, or written as the answer
			// repeats it ("kan 9u ook?" ... "Top, 9u is perfect!").
			countered := slices.ContainsFunc(proposed, func(p timetext.Mention) bool { return p.Start.Equal(c.Start) }) ||
				hasWord(strings.ToLower(counter.a.text), strings.ToLower(c.Text))
			if asks(sentence) || h.has(lAccept) == "" && h.has(lConfirm) == "" || h.has(lDecline) != "" || !countered {
				continue
			}
			if !slices.ContainsFunc(took, func(t timetext.Mention) bool { return t.Start.Equal(c.Start) }) {
				took = append(took, c)
			}
		}
		if len(took) != 1 {
			continue
		}
		c := took[0]
		a.found = foundTime{Start: c.Start, Text: c.Text}
		a.hasTime, a.timeLine = true, sentenceAround(a.text, c.Pos, c.End)
		if a.found.Dur == 0 {
			a.found.Dur = statedDuration(offer.a.text)
		}
		a.verdict = Verdict{true, KindConfirmation, fmt.Sprintf(
			"the user's counter-proposal in <%s>, taken: %q → %s", counter.m.MessageID,
			shorten(a.timeLine, 120), c.Start.Format("Mon 2 Jan 2006 15:04 MST"))}
	}
}

// answeredBySubject finds the offer a reply without In-Reply-To or
// References answers (some clients and webmails send none, RFC 5322
// §3.6.4 makes them optional): the latest before it, from one of its
// recipients, under the same subject less its "Re:". offering are the
// messages that offer times, in date order.
func answeredBySubject(offering []*input, reply *input) *input {
	if !isReplySubject(reply.m.Subject) {
		return nil
	}
	to := map[string]bool{}
	for _, list := range [][]mail.Address{reply.m.To, reply.m.Cc} {
		for _, a := range list {
			to[strings.ToLower(a.Email)] = true
		}
	}
	subject := ""
	for i := len(offering) - 1; i >= 0; i-- {
		in := offering[i]
		if in.a.sent || !in.m.Date.Before(reply.m.Date) || !to[strings.ToLower(firstAddress(in.m.From))] {
			continue
		}
		if subject == "" {
			subject = cleanSubject(reply.m.Subject)
		}
		if strings.EqualFold(cleanSubject(in.m.Subject), subject) {
			return in
		}
	}
	return nil
}

// neitherNor reports a sentence that turns down both of what it names:
// "preferisco non fissare la telefonata né giovedì né venerdì", "neither
// Thursday nor Friday works", "weder Donnerstag noch Freitag".
func neitherNor(sentence string) bool {
	ws := words(strings.ToLower(sentence))
	count := func(w string) int {
		n := 0
		for _, x := range ws {
			if x == w {
				n++
			}
		}
		return n
	}
	for _, pair := range [][2]string{{"neither", "nor"}, {"weder", "noch"}, {"varken", "eller"}, {"hverken", "eller"}} {
		if count(pair[0]) > 0 && count(pair[1]) > 0 && slices.Index(ws, pair[0]) < slices.Index(ws, pair[1]) {
			return true
		}
	}
	// The same word twice: "né ... né", "ni ... ni", "ani ... ani", "nem
	// ... nem".
	for _, w := range []string{"né", "ni", "ani", "nem", "nec"} {
		if count(w) >= 2 {
			return true
		}
	}
	return false
}

// chosenOffer is the offered time the user's answer takes, and how.
func chosenOffer(offer, reply *input, cfg Config) (*timeRead, string) {
	offers := offer.a.offers
	lx := cfg.lexicon()
	// declined: the clause naming a time turns it down ("Wednesday is
	// difficult for me, but Thursday works").
	declined := func(mt timetext.Mention) bool {
		clause := contrastClause(reply.a.text, mt.Pos, mt.End)
		h := lx.scan(clause)
		return h.has(lDecline) != "" || neitherNor(sentenceAround(reply.a.text, mt.Pos, mt.End))
	}
	// namedOther: the answer names a time on a weekday none of the offers
	// is on ("14:30 on Monday is fine" to "Could we push it to 14:30?
	// Otherwise Tuesday 1 Dec at 11:00 is also open"): it took something
	// else. (On an offer's day it may be the same moment on the user's
	// clock: "Wednesday at 5pm my time" to "4pm London / 5pm Berlin".)
	namedOther := false
	if reply.a.text != "" {
		opt := timetext.Options{Ref: reply.m.Date, Loc: offer.a.zone(cfg)}
		if counterProposes(reply.a.text, offers, opt) {
			// "Would Monday 7 December work instead?": the user took
			// none of them, whatever else the answer names.
			return nil, ""
		}
		for _, mt := range timetext.Find(reply.a.text, opt) {
			if declined(mt) {
				continue
			}
			for i := range offers {
				o := offers[i].found.Start
				sameClock := mt.Start.Weekday() == o.Weekday() && mt.Start.Hour() == o.Hour() && mt.Start.Minute() == o.Minute()
				if !mt.Start.Equal(o) && sameClock && mt.Zone != "" && offers[i].found.Zone == "" {
					// "te llamo mañana a las 10 hrs" answered "Mañana
					// 10 hrs de Chile, ¿cierto?": the offer named no
					// clock, the user names the writer's.
					r := offers[i]
					r.found.Start, r.found.Zone = mt.Start, mt.Zone
					return &r, "the one the user took, on the clock the user named"
				}
				if mt.Start.Equal(o) || mt.Relative && sameClock {
					return &offers[i], "the one the user took"
				}
			}
			// By its weekday only: a numeric date is read on the
			// user's side of the ocean ("Tuesday 12/1" answered to a
			// US hiring manager). Nor the offer on the user's clock:
			// "that's 21:30 on the Tuesday for me" to "Wed 13 Jan,
			// 7:30am Sydney time".
			if mt.Relative && !slices.ContainsFunc(offers, func(o timeRead) bool {
				mine := o.found.Start.In(cfg.location())
				return o.found.Start.Weekday() == mt.Start.Weekday() ||
					mine.Weekday() == mt.Start.Weekday() && mine.Hour() == mt.Start.Hour() && mine.Minute() == mt.Start.Minute()
			}) {
				namedOther = true
			}
		}
		// "Wednesday works for me": the one slot offered on that day.
		for _, d := range timetext.FindDates(reply.a.text, opt) {
			if declined(d) {
				continue
			}
			var same []int
			for i := range offers {
				if o := offers[i].found.Start; o.Weekday() == d.Start.Weekday() && (d.Relative || o.YearDay() == d.Start.YearDay()) {
					same = append(same, i)
				}
			}
			if len(same) == 1 {
				if r := clockInWindow(offers[same[0]], reply.a.text, opt); r != nil {
					return r, "the day the user took, at the clock the user named in its window"
				}
				return &offers[same[0]], "the day the user took"
			}
		}
		// "09:30 Uhr passt mir sehr gut" to "am Montag, 30.11., könnten
		// wir Ihnen 09:30 Uhr oder 11:00 Uhr anbieten": a clock alone,
		// on the one day all the offers are on.
		if len(offers) > 1 && !slices.ContainsFunc(offers, func(o timeRead) bool { return !sameDay(o.found.Start, offers[0].found.Start) }) {
			var took []int
			for _, c := range timetext.FindClocksOn(reply.a.text, offers[0].found.Start, opt) {
				if declined(c) {
					continue
				}
				for i := range offers {
					if o := offers[i].found.Start; o.Hour() == c.Start.Hour() && o.Minute() == c.Start.Minute() && !slices.Contains(took, i) {
						took = append(took, i)
					}
				}
			}
			if len(took) == 1 {
				return &offers[took[0]], "the clock the user took on the day offered"
			}
		}
		// "Yes please, 12:30pm ET would be perfect", to the one window
		// offered ("calls on Thursday between 11am and 1pm ET"): a
		// clock inside it, without its day.
		if len(offers) == 1 {
			if r := clockInWindow(offers[0], reply.a.text, opt); r != nil {
				return r, "the clock the user named in the window offered"
			}
		}
	}
	// "The 2nd option works for me", "option 2 is fine", "die zweite
	// Option passt": the offers by their place in the list.
	if n := ordinalChoice(reply.a.text); n > 0 && n <= len(offers) {
		if h := lx.scan(reply.a.text); h.has(lDecline) == "" {
			order := make([]int, len(offers))
			for i := range order {
				order[i] = i
			}
			slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(offers[x].pos, offers[y].pos) })
			return &offers[order[n-1]], "the option the user took by its number"
		}
	}
	// The one time offered, answered: taken unless the answer turns
	// something down ("passt mir leider nicht" holds "passt" too).
	if h := lx.scan(reply.a.text); len(offers) == 1 && h.has(lDecline) == "" && !namedOther {
		return &offers[0], "answered by the user"
	}
	return nil, ""
}

// movedTo reports a time written right after the word a move goes to it
// with: "move our chat to Tuesday", "verschieben auf Donnerstag", "décaler
// à jeudi", "verplaatsen naar dinsdag".
func movedTo(text string, pos int) bool {
	fs := strings.Fields(strings.ToLower(text[max(0, pos-12):pos]))
	if len(fs) == 0 {
		return false
	}
	switch fs[len(fs)-1] {
	case "to", "until", "auf", "à", "au", "al", "a", "para", "naar", "na", "till", "til":
		return true
	}
	return false
}

// onWritersClock returns the offer o read on the clock of its writer's
// Date header when the user's answer gives that very moment on the user's
// own clock: "let's do 30 mins tomorrow after lunch, say 1:30?" sent at
// 21:04 -0500, answered "1:30 works for me, that's 7:30pm here in
// Berlin". Both the writer's day ("tomorrow") and hour are then hers. The
// header's offset alone never decides a clock (see analysis.zone); here
// the user's own words agree with it. Nil when o names its zone, the
// offset is the user's, or the answer holds no such clock.
func onWritersClock(o timeRead, offer, reply *input, cfg Config) *timeRead {
	user := cfg.location()
	_, off := offer.m.Date.Zone()
	if o.found.Zone != "" || o.found.Yours || reply.a.text == "" {
		return nil
	}
	if _, here := offer.m.Date.In(user).Zone(); off == here {
		return nil
	}
	writer := time.FixedZone("", off)
	again := timetext.Find(o.found.Text, timetext.Options{Ref: offer.m.Date, Loc: writer})
	if len(again) == 0 || again[0].Zone != "" {
		return nil
	}
	at := again[0].Start
	if at.Equal(o.found.Start) {
		return nil
	}
	for _, c := range timetext.FindClocksOn(reply.a.text, at.In(user), timetext.Options{Ref: reply.m.Date, Loc: user}) {
		if c.Start.Equal(at) {
			w := o
			w.found.Start = at
			return &w
		}
	}
	return nil
}

// ordinalChoiceRE is an answer that picks an offer by its place: "the
// 2nd option", "the first one", "option 2", "slot #3", "die zweite
// Option", "la deuxième proposition", "la segunda opción", "de tweede
// optie".
var ordinalChoiceRE = lazyRE(`(?i)\b(?:(1st|2nd|3rd|4th|first|second|third|fourth|erste|ersten|zweite|zweiten|dritte|dritten|première|premier|deuxième|seconde|troisième|primera|segunda|tercera|prima|seconda|terza|eerste|tweede|derde)\s+(?:option|one|slot|time|proposal|termin|vorschlag|proposition|créneau|opción|propuesta|opzione|proposta|optie|voorstel)|(?:option|slot|no\.|number|nummer|#)\s*([1-4]))\b`)

// ordinalPlaces are the places ordinalChoiceRE names, by word.
var ordinalPlaces = map[string]int{"1st": 1, "first": 1, "erste": 1, "ersten": 1, "première": 1, "premier": 1, "primera": 1, "prima": 1, "eerste": 1,
	"2nd": 2, "second": 2, "zweite": 2, "zweiten": 2, "deuxième": 2, "seconde": 2, "segunda": 2, "seconda": 2, "tweede": 2,
	"3rd": 3, "third": 3, "dritte": 3, "dritten": 3, "troisième": 3, "tercera": 3, "terza": 3, "derde": 3, "4th": 4, "fourth": 4,
	"1": 1, "2": 2, "3": 3, "4": 4}

// ordinalChoice returns the place (from 1) of the offer an answer picks
// by number, or 0: only when the answer names one place.
func ordinalChoice(text string) int {
	n := 0
	for _, m := range ordinalChoiceRE.re().FindAllStringSubmatch(truncate(text, 2<<10), -1) {
		p := ordinalPlaces[strings.ToLower(m[1]+m[2])]
		if n != 0 && p != n {
			return 0 // two places named: a comparison, not a choice
		}
		n = p
	}
	return n
}

// clockInWindow returns the offer o, a window to pick a time in
// ("Thursday 1/7, anytime between 8:00 and 11:00 AM Central"), at the
// clock the answer names inside it ("How about 9:30 AM Central?"), or nil
// when o is no window or the answer names no clock in it.
func clockInWindow(o timeRead, answer string, opt timetext.Options) *timeRead {
	if o.found.Dur < 90*time.Minute {
		return nil // a meeting's length, not a window
	}
	var in []timetext.Mention
	for _, c := range timetext.FindClocksOn(answer, o.found.Start, opt) {
		if !c.Start.Before(o.found.Start) && c.Start.Before(o.found.Start.Add(o.found.Dur)) && !c.Start.Equal(o.found.Start) {
			in = append(in, c)
		}
	}
	if len(in) != 1 {
		return nil
	}
	r := o
	r.found.Start, r.found.Dur, r.found.Text, r.found.Zone = in[0].Start, 0, in[0].Text, cmp.Or(in[0].Zone, o.found.Zone)
	return &r
}

// movesInterviewApart reports a sentence of the message's own text that
// moves the interview by its name ("Nous devons donc décaler
// l'entretien") without the appointment p, which is then the reason.
func (a *analysis) movesInterviewApart(cfg Config, p string) bool {
	lx := cfg.lexicon()
	for _, s := range sentences(a.own) {
		if h := lx.scan(s); h.has(lReschedule) != "" && h.has(lKeyword) != "" && !holdsPhrase(s, p) {
			return true
		}
	}
	return false
}

// counterProposes reports an answer that asks about a day none of the
// offers falls on ("Would Monday 7 December work instead?", "Ginge auch
// Dienstag?"): the user proposes another time.
func counterProposes(text string, offers []timeRead, opt timetext.Options) bool {
	for _, d := range timetext.FindDates(text, opt) {
		if !asks(sentenceAround(text, d.Pos, d.End)) {
			continue
		}
		offered := slices.ContainsFunc(offers, func(r timeRead) bool {
			o := r.found.Start
			return o.Weekday() == d.Start.Weekday() && (d.Relative || o.YearDay() == d.Start.YearDay())
		})
		if !offered {
			return true
		}
	}
	// "El jueves 10 sí, pero a las 9:30 lo veo justo; ¿sería posible a
	// partir de las 11, por ejemplo a las 11:30?": another clock asked
	// for, on a day offered.
	if len(offers) == 0 {
		return false
	}
	for _, c := range timetext.FindClocksOn(text, offers[0].found.Start, opt) {
		if !asks(sentenceAround(text, c.Pos, c.End)) {
			continue
		}
		h, mi, _ := c.Start.Clock()
		if !slices.ContainsFunc(offers, func(r timeRead) bool {
			oh, omi, _ := r.found.Start.In(c.Start.Location()).Clock()
			return oh == h && omi == mi
		}) {
			return true
		}
	}
	return false
}

// contrastClause is the part of the sentence around text[pos:end] that
// a contrast does not set apart: "Wednesday is difficult for me, but
// Thursday at 10 works" holds two clauses, one for each day.
func contrastClause(text string, pos, end int) string {
	s := sentenceAround(text, pos, end)
	at := strings.Index(s, text[pos:end])
	if at < 0 {
		return s
	}
	low := strings.ToLower(s)
	start, stop := 0, len(s)
	for _, c := range contrastWords {
		for i := 0; ; {
			j := strings.Index(low[i:], c)
			if j < 0 {
				break
			}
			j += i
			if j+len(c) <= at && j+len(c) > start {
				start = j + len(c)
			}
			if j >= at+len(text[pos:end]) && j < stop {
				stop = j
			}
			i = j + len(c)
		}
	}
	return s[start:stop]
}

// contrastWords set one clause against another, with the spaces or
// punctuation that make them words.
var contrastWords = []string{
	" but ", "; ", ", whereas ", " however", " aber ", ", doch ", " mais ", " pero ", " sino ", " mas ", " porém ",
	" ma ", " però ", " maar ", " ale ", " men ", " mutta ", " však ",
}

// withdrawal finds how the user's own mail withdraws a candidacy: a
// phrase ("withdraw my application"), or, in a language that puts the
// verb at the end of its clause, the candidacy and the verb in one
// sentence with words between ("Ich möchte meine Bewerbung daher
// zurückziehen", "wil ik mijn sollicitatie helaas intrekken"). It
// returns the words found, or "".
func withdrawal(text string) string {
	if p := firstWord(normalize(text), withdrawPhrases); p != "" {
		return p
	}
	for _, sent := range sentences(truncate(text, 8<<10)) {
		ws := words(strings.ToLower(sent))
		noun := -1
		for i, w := range ws {
			if candidacyNouns[w] && noun < 0 {
				noun = i
			}
			if noun >= 0 && i > noun && i-noun <= 5 && withdrawVerbsFinal[w] {
				return strings.Join(ws[noun:i+1], " ")
			}
		}
	}
	return ""
}

var (
	candidacyNouns = map[string]bool{
		"bewerbung": true, "kandidatur": true, "sollicitatie": true, "kandidatuur": true,
	}
	withdrawVerbsFinal = map[string]bool{
		"zurückziehen": true, "zurückzuziehen": true, "intrekken": true, "trekken": true,
	}
)

// hiringForRole reports a text whose writer says they hire for a job it
// names ("we're looking for a backend lead", "we're now looking for our
// first platform engineer", "wir sind gerade auf der Suche nach einer
// Teamleitung"), and does not ask the reader to recommend someone for it
// ("do you know anyone?"). A family or a shop may name no job, but then
// says what it pays: "Nous cherchons quelqu'un pour aller chercher nos
// deux enfants à l'école … Rémunération 15 EUR/h".
func hiringForRole(text string) bool {
	text = truncate(text, 4<<10)
	norm := withoutFillers(normalize(text))
	if firstWord(norm, referralAsks) != "" || firstWord(norm, hiringPhrases) == "" {
		// A phrase within a sentence is one within the text: most mail
		// has none, and is not cut into sentences.
		return false
	}
	if offersPay(norm) {
		return true
	}
	for _, sent := range sentences(text) {
		if firstWord(withoutFillers(normalize(sent)), hiringPhrases) != "" && (hasRoleWord(sent) || hasPluralRoleWord(sent)) {
			return true
		}
	}
	return false
}

// offersPay reports a normalized text that states the pay of a job: a
// rate for a length of time ("15 EUR/h", "£11.50 per hour", "80 € par
// jour") or a word for the wage ("Rémunération", "Stundenlohn").
func offersPay(norm string) bool {
	return firstWord(norm, payWords) != "" || payRateRE.re().MatchString(norm)
}

var (
	// payWords name a job's pay; a price or a fee is not one.
	payWords = []string{
		"salary", "hourly rate", "hourly wage", "pay rate", "rate of pay", "wage", "wages",
		"gehalt", "stundenlohn", "vergütung", "minijob", "bruttolohn",
		"rémunération", "salaire", "taux horaire",
		"salario", "sueldo", "retribución", "retribuzione", "stipendio", "paga oraria",
		"remuneração", "salário", "salaris", "uurloon",
		"wynagrodzenie", "stawka godzinowa", "lön", "timlön", "løn", "timeløn", "lønn", "timelønn", "palkka", "tuntipalkka",
	}
	// payRateRE is an amount of money for a length of time, in a
	// normalized (lower-case) text.
	payRateRE = lazyRE(`(?:[€£$]\s?[0-9]+(?:[.,][0-9]{1,2})?|[0-9]+(?:[.,][0-9]{1,2})?\s?(?:€|eur|euros?|£|gbp|\$|usd|chf|kr|sek|nok|dkk|zł|pln))\s?` +
		`(?:/|per |pro |par |por |all'|de l'|an |the )\s?(?:h|hr|hour|heure|stunde|std|hora|ora|uur|godz|timme|time|day|tag|jour|día|dia|giorno|dag|month|monat|mois|mes|mese|mês|maand)\b`)
)

// textMemo holds the answers to the dearest questions a verdict asks of
// a message's text alone, once asked. The text is final once read, so
// every copy of a reading may share them (see analysis.copyRead): a
// worst-case first pass judges thousands of messages twice, and asked
// them twice before. It is not locked: a pass's Preview and its build
// run one after the other (daemon: finish waits for the look over the
// scan; the build starts once every mailbox is synced).
type textMemo struct {
	hiring                                     int8 // hiresForRole: 0 not asked yet, 1 yes, -1 no
	topRole, outcome, notForReader             string
	topRoleDone, outcomeDone, notForReaderDone bool
}

// memoOf returns a's memo, making it on first use (a reading made by
// hand in a test has none).
func (a *analysis) memoOf() *textMemo {
	if a.memo == nil {
		a.memo = &textMemo{}
	}
	return a.memo
}

// mayHold reports whether the text may hold a phrase of the list whose
// anchors l holds: not when the lexicon's scan, made as the message was
// read, found none of them in the subject or the text (the subject may
// have been put above the text since; see analysis.times).
func (a *analysis) mayHold(l list) bool {
	return !a.scanned || a.body.has(l) != "" || a.subj.has(l) != ""
}

// hiresForRole is hiringForRole of the message's text, read once: the
// verdict asks it in several places.
func (a *analysis) hiresForRole() bool {
	m := a.memoOf()
	if m.hiring == 0 {
		m.hiring = -1
		if a.mayHold(lHiringAnchor) && hiringForRole(a.text) {
			m.hiring = 1
		}
	}
	return m.hiring > 0
}

// hiresInText reports a text that names a role the writer hires for:
// one named at its top that is not the writer's own new job, or a phrase
// of hiring beside a role.
func (a *analysis) hiresInText() bool {
	return a.topsRole() != "" && a.ownNewJob() == "" || a.hiresForRole()
}

// ownNewJob is writersNewJob of the message's text.
func (a *analysis) ownNewJob() string {
	if !a.mayHold(lNewJobAnchor) {
		return ""
	}
	return writersNewJob(a.text)
}

// topsRole is roleFrom of the top of the message's text, read once. A
// role is named near the top; the rest of a long text costs time.
func (a *analysis) topsRole() string {
	m := a.memoOf()
	if !m.topRoleDone {
		m.topRole, m.topRoleDone = roleFrom(nil, []string{truncate(a.text, 4<<10)}), true
	}
	return m.topRole
}

// oneMeetingTime reports a text that gives the time of one meeting and no
// more, none of it an interview's by its words: times to answer by do
// not count.
func (a *analysis) oneMeetingTime(m *mail.Message, cfg Config) bool {
	n := 0
	for _, r := range a.times(m, cfg) {
		if r.due {
			continue
		}
		if r.keyword {
			return false
		}
		n++
	}
	return n == 1
}

// notForReader is notForReader of the message's text, read once, and
// only when the text holds a word of its phrases.
func (a *analysis) notForReader() string {
	m := a.memoOf()
	return a.readOnce(&m.notForReaderDone, &m.notForReader, lYourselfAnchor, notForReader)
}

// outcomeOfText is outcomeCall of the message's text, read once.
func (a *analysis) outcomeOfText() string {
	m := a.memoOf()
	return a.readOnce(&m.outcomeDone, &m.outcome, lGoodNewsAnchor, outcomeCall)
}

// readOnce returns *v, setting it first, unless *done says it is set, to
// ask of the text when the text may hold a phrase anchored by anchor
// (else "").
func (a *analysis) readOnce(done *bool, v *string, anchor list, ask func(string) string) string {
	if !*done {
		*done = true
		if a.mayHold(anchor) {
			*v = ask(a.text)
		}
	}
	return *v
}

// hasPluralRoleWord reports a job title's word in the English plural
// ("hiring our first founding engineers", "we're looking for two
// nurses"): who hires often hires several. Only here, after a phrase of
// hiring; elsewhere a plural names people, not a job ("our engineers").
func hasPluralRoleWord(s string) bool {
	for _, w := range words(strings.ToLower(s)) {
		if base, ok := strings.CutSuffix(w, "s"); ok && len(base) > 3 && hasRoleWord(base) {
			return true
		}
	}
	return false
}

// withoutFillers drops the adverbs people put between "we are" and
// "looking for" ("we're now looking", "we are currently hiring", "wij
// zijn momenteel op zoek"), so that a list of phrases holds each way of
// saying it once. norm is normalized text.
func withoutFillers(norm string) string {
	fs := strings.Fields(norm)
	out := fs[:0]
	for _, f := range fs {
		if !hiringFillers[f] {
			out = append(out, f)
		}
	}
	return strings.Join(out, " ")
}

var (
	// hiringPhrases say the writer's organisation is hiring, without the
	// adverbs withoutFillers drops.
	hiringPhrases = []string{
		"wir suchen", "suchen wir", "wir sind auf der suche", "sind wir auf der suche", "wir stellen ein",
		"we're looking for", "we are looking for", "we're hiring", "we are hiring", "we're recruiting",
		"we are recruiting", "we're seeking", "we are seeking", "we're searching for", "we are searching for",
		"looking to hire", "hire our first", "hiring our first", "i'm looking for", "i am looking for", "i'm hiring",
		"i am hiring", "ich suche", "je cherche", "je recrute", "ik zoek", "jag söker", "szukam",
		"we zoeken", "zoeken we", "wij zoeken", "we zijn op zoek", "wij zijn op zoek", "zijn we op zoek",
		"nous cherchons", "nous recherchons", "on recrute", "nous recrutons", "on cherche",
		"nous sommes à la recherche", "on est à la recherche",
		"buscamos", "estamos buscando", "estamos contratando", "estamos en búsqueda", "estamos a la búsqueda",
		"cerchiamo", "stiamo cercando", "stiamo assumendo", "siamo alla ricerca",
		"procuramos", "estamos à procura", "estamos em busca", "szukamy", "poszukujemy", "rekrutujemy",
		"vi söker", "söker vi", "vi rekryterar", "vi søger", "søger vi", "vi leder efter", "vi søker", "søker vi",
		"vi ser etter", "vi rekrutterer", "etsimme", "haemme", "hledáme",
		// In the course of it: "Vi er ved at rekruttere en Chief Product
		// Officer", "we're in the process of hiring".
		"vi er ved at rekruttere", "vi er i gang med at rekruttere", "vi er i ferd med å rekruttere",
		"vi holder på å rekruttere", "vi håller på att rekrytera", "we're in the process of hiring",
		"we are in the process of hiring", "we're in the process of recruiting", "we are in the process of recruiting",
		"nous sommes en train de recruter", "estamos reclutando", "stiamo reclutando", "estamos recrutando",
		"we zijn aan het werven", "wij werven", "we werven",
	}
	// hiringFillers are the adverbs withoutFillers drops.
	hiringFillers = map[string]bool{
		"now": true, "currently": true, "actively": true, "also": true, "still": true, "finally": true,
		"urgently": true, "really": true, "right": true,
		"gerade": true, "aktuell": true, "derzeit": true, "momentan": true, "jetzt": true, "noch": true,
		"dringend": true, "auch": true,
		"nu": true, "momenteel": true, "ook": true, "nog": true,
		"actuellement": true, "aussi": true, "également": true, "toujours": true,
		"actualmente": true, "también": true, "ahora": true,
		"attualmente": true, "anche": true, "ora": true, "adesso": true,
		"atualmente": true, "também": true, "agora": true,
		"obecnie": true, "też": true, "także": true,
	}
	// referralAsks ask the reader to recommend someone.
	referralAsks = []string{
		"know anyone", "know someone", "know of anyone", "kennst du jemand", "kennst du jemanden",
		"kennen sie jemand", "kennen sie jemanden", "ken je iemand", "ken jij iemand", "connaissez-vous quelqu",
		"tu connais quelqu", "conoces a alguien", "conoce a alguien", "conosci qualcuno", "conhece alguém",
		"conheces alguém", "znasz kogoś", "känner du någon", "kender du nogen", "kjenner du noen",
		"tunnetko jonkun", "znáš někoho", "referral", "refer someone", "empfehlen könntest", "empfehlen könnten",
	}
)

// notForReader returns the sentence in which a writer says the job is not
// for the reader personally: a negation and "for you yourself" in one
// sentence ("I assume the role isn't one for you yourself", "rollen ikke
// er aktuell for deg selv", "nicht für Sie selbst"). Who writes so wants
// names from the reader, as a search firm sounding out its network does.
func notForReader(text string) string {
	head := truncate(text, 4<<10)
	// Most mail holds none of the phrases' last words: a substring
	// search spares normalising every message a pass reads.
	if !slices.ContainsFunc(forYourselfAnchors, func(w string) bool { return strings.Contains(head, w) }) {
		return ""
	}
	low := normalize(head)
	if firstWord(low, forYourselfPhrases) == "" {
		return "" // no sentence to cut
	}
	for _, sent := range sentences(truncate(text, 4<<10)) {
		ls := normalize(sent)
		if firstWord(ls, forYourselfPhrases) == "" {
			continue
		}
		for _, w := range wordsWithApostrophes(ls) {
			if negations[w] {
				return shorten(strings.TrimSpace(sent), 120)
			}
		}
	}
	return ""
}

// namesWanted returns the sentence in which the writer asks for someone
// from the reader's network: a phrase of lYourNetwork and a word for
// someone or names in one sentence, not put as the second choice ("if
// it isn't for you, maybe someone in your network?", which offers the
// job to the reader first). A scan found the phrase already.
func namesWanted(text string) string {
	sents := sentences(truncate(text, 4<<10))
	for i, sent := range sents {
		if h := defaultLexicon().scan(sent); h.has(lYourNetwork) == "" {
			continue
		}
		someone, cond := false, false
		for _, w := range wordsWithApostrophes(strings.ToLower(sent)) {
			someone = someone || someoneWords[w]
			cond = cond || conditionWords[w]
		}
		if i > 0 {
			for _, w := range wordsWithApostrophes(strings.ToLower(sents[i-1])) {
				cond = cond || conditionWords[w]
			}
		}
		if someone && !cond {
			return shorten(strings.TrimSpace(sent), 120)
		}
	}
	return ""
}

var (
	// someoneWords are "someone", "anyone" and "names", as a request
	// for candidates says them.
	someoneWords = map[string]bool{
		"someone": true, "anyone": true, "anybody": true, "somebody": true, "names": true, "people": true, "candidates": true,
		"jemand": true, "jemanden": true, "namen": true, "personen": true, "kandidaten": true,
		"quelqu'un": true, "quelqu": true, "noms": true, "personnes": true, "candidats": true,
		"alguien": true, "nombres": true, "personas": true, "candidatos": true, "alguém": true, "nomes": true, "pessoas": true,
		"qualcuno": true, "nomi": true, "persone": true, "candidati": true,
		"iemand": true, "mensen": true, "kandidaten ": true,
		"någon": true, "namn": true, "nogen": true, "noen": true, "navne": true, "navn": true, "kandidater": true,
		"joku": true, "jonkun": true, "ketään": true, "nimiä": true, "kogoś": true, "ktoś": true, "osoby": true, "někoho": true,
	}
	// conditionWords open a condition: "if", "falls", "sinon".
	conditionWords = map[string]bool{
		"if": true, "otherwise": true, "falls": true, "wenn": true, "sonst": true, "ansonsten": true,
		"si": true, "sinon": true, "sino": true, "se": true, "altrimenti": true, "caso": true, "senão": true,
		"als": true, "anders": true, "indien": true, "om": true, "annars": true, "hvis": true, "ellers": true,
		"jos": true, "muuten": true, "jeśli": true, "jeżeli": true, "jestli": true, "pokud": true,
	}
)

// chosenYouRE finds the German decision for the reader with words between
// its parts: "die Alpensee Versicherung AG hat sich nach dem Gespräch am
// Mittwoch für Sie entschieden", "möchte Sie ab 04.01.2027 beauftragen".
var chosenYouRE = lazyRE(`(?i)\bsich\s+(?:[\p{L}\d.,]+\s+){0,7}?für\s+(?:sie|dich)\s+entschieden\b|\bmöchten?\s+(?:sie|dich)\s+(?:[\p{L}\d.,]+\s+){0,4}?beauftragen\b`)

// chosenYou returns where the writer says the organisation decided for
// the reader, or "": an offer, however many words stand in it. A negation
// inside ("hat sich leider nicht für Sie entschieden") is a rejection.
func chosenYou(own string) string {
	if !strings.Contains(own, "entschieden") && !strings.Contains(own, "beauftragen") {
		return "" // most mail: no regular expression
	}
	m := chosenYouRE.re().FindString(truncate(own, 4<<10))
	if m == "" {
		return ""
	}
	for _, w := range wordsWithApostrophes(strings.ToLower(m)) {
		if negations[w] || w == "gegen" || w == "anders" || w == "anderen" {
			return ""
		}
	}
	return shorten(m, 80)
}

// forYourselfAnchors are the words forYourselfPhrases end with, as a
// sentence writes them (in lower case).
var forYourselfAnchors = []string{
	"yourself", "personally", "selbst", "persönlich", "même", "personnellement", "mismo", "misma", "mesmo", "mesma",
	"stesso", "stessa", "jezelf", "uzelf", "själv", "selv", "samego", "samej", "itsellesi",
}

// forYourselfPhrases are "for you yourself", the reader as a person
// rather than a source of names.
var forYourselfPhrases = []string{
	"for you yourself", "for you personally", "für dich selbst", "für sie selbst", "für dich persönlich",
	"für sie persönlich", "pour vous-même", "pour toi-même", "pour vous personnellement", "para ti mismo", "para ti misma",
	"para usted mismo", "para usted misma", "para você mesmo", "para você mesma", "para si mesmo", "per te stesso",
	"per te stessa", "per lei stesso", "voor jezelf", "voor uzelf", "för dig själv", "for deg selv", "for dig selv",
	"dla ciebie samego", "dla ciebie samej", "sinulle itsellesi",
}

// noRoleInMind returns the sentence in which a writer says they have no
// particular job in mind, in any order of its words: a negation, a word
// for "specific" and a word for a role ("I don't have a specific role for
// you right now", "keine konkrete Stelle", "pas de poste précis pour le
// moment"). The fixed phrases of lNotJob hold only some of the ways.
func noRoleInMind(text string) string {
	for _, sent := range sentences(truncate(text, 4<<10)) {
		if h := defaultLexicon().scan(sent); h.has(lSpecific) == "" {
			continue
		}
		var neg, role bool
		for _, w := range wordsWithApostrophes(strings.ToLower(sent)) {
			switch {
			case negations[w], w == "erst":
				// "konkrete Stellen besprechen wir erst im nächsten
				// Schritt": not until later is not now.
				neg = true
			case roleNouns[w]:
				role = true
			}
		}
		if neg && role {
			return strings.TrimSpace(sent)
		}
	}
	return ""
}

var (
	// specificWords are "specific", "particular" and "concrete" in the
	// languages read. The lexicon says whether a text holds one at all
	// (lSpecific); most mail does not, and is not cut into sentences.
	specificWords = []string{"specific", "particular", "concrete", "konkret", "konkrete", "konkreten",
		"konkreter", "konkretes", "précis", "précise", "precisa", "preciso", "concret", "concrète", "concreto",
		"concreta", "específico", "específica", "specifico", "specifica", "particolare", "specifiek", "specifieke",
		"bepaalde", "konkretnego", "konkretne", "konkretny", "konkretnej", "specifik", "specifikt", "specifikke",
		"konkreet", "tiettyä", "tietty", "konkrétní"}
	// roleNouns are the words for a job opening.
	roleNouns = map[string]bool{"role": true, "roles": true, "position": true, "positions": true, "vacancy": true,
		"vacancies": true, "opening": true, "job": true, "stelle": true, "vakanz": true, "poste": true,
		"puesto": true, "vacante": true, "posizione": true, "ruolo": true, "vaga": true, "cargo": true, "vacature": true,
		"functie": true, "stanowisko": true, "stanowiska": true, "tjänst": true, "roll": true, "stilling": true,
		"tehtävää": true, "tehtävä": true, "pozice": true, "místo": true,
		// An agency's "specific roles / konkrete Stellen / postes précis".
		"jobs": true, "stellen": true, "vakanzen": true, "postes": true, "puestos": true, "vacantes": true,
		"posizioni": true, "ruoli": true, "vagas": true, "cargos": true, "vacatures": true, "functies": true}
)

// agendaItemOnly reports a meeting's agenda ("Orden del día",
// "Tagesordnung", "Agenda:") whose every line holding the word w is one
// of its items ("4. Entrevista con la Directora Gerente").
func agendaItemOnly(text, w string) bool {
	low := strings.ToLower(text)
	if !slices.ContainsFunc(agendaHeadings, func(h string) bool { return strings.Contains(low, h) }) {
		return false
	}
	found := false
	for _, line := range strings.Split(low, "\n") {
		if !hasWord(line, w) {
			continue
		}
		found = true
		if !onListLine(line, strings.Index(line, w)) {
			return false
		}
	}
	return found
}

// agendaHeadings head a meeting's agenda, in the languages read.
var agendaHeadings = []string{"orden del día", "orden del dia", "tagesordnung", "ordre du jour", "ordine del giorno",
	"agendapunten", "porządek obrad", "dagordning", "dagsorden", "esityslista", "order of business",
	"ordem do dia", "ordem de trabalhos"}
