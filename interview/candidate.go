package interview

import (
	"slices"
	"strings"

	"github.com/followupd/followupd/mail"
)

// Known is what the interviews found so far tell about new mail: the
// Message-IDs of their threads and the addresses and domains of the
// employers' people. Candidate uses it to fetch replies and news from
// people already in an interview, whatever their subject.
type Known struct {
	MessageIDs map[string]bool
	Addresses  map[string]bool // lower-cased
	Domains    map[string]bool // registrable domains; never freemail, vendor or calendar domains
	// Sent holds the Message-IDs of everything the user sent: an
	// organisation's person answering any of it is worth reading.
	Sent map[string]bool
	// Applied holds the registrable domains of the organisations the user
	// applied to or wrote to about an interview: their mail is read in any
	// language, from whoever there writes it.
	Applied map[string]bool
	// Replied holds the Message-IDs the user's own mail answers: a
	// person's mail, read whatever its headers say (a recruiter's
	// outreach sent through a mailer that adds List-Unsubscribe).
	Replied map[string]bool
	// Answered holds the Message-IDs that the candidates fetched so far
	// answer or refer to: the earlier messages of their threads. An
	// agency's "Quick update" that named the client and offered the
	// slots is read once the agency's "RE: Quick update" confirming one
	// of them is, whatever the first one's subject.
	Answered map[string]bool
}

// KnownFrom collects Known from interviews.
func KnownFrom(ivs []Interview) Known {
	k := Known{MessageIDs: map[string]bool{}, Addresses: map[string]bool{}, Domains: map[string]bool{},
		Sent: map[string]bool{}, Applied: map[string]bool{}, Answered: map[string]bool{}, Replied: map[string]bool{}}
	addPerson := func(p Person) {
		e := strings.ToLower(strings.TrimSpace(p.Email))
		if e == "" || !PersonAddress(e) {
			return
		}
		k.Addresses[e] = true
		if d := domainOf(e); companyDomain(d) {
			k.Domains[orgDomain(d)] = true
		}
	}
	for _, iv := range ivs {
		for _, id := range iv.Thread {
			k.MessageIDs[id] = true
		}
		addPerson(iv.Organizer)
		for _, p := range iv.Interviewers {
			addPerson(p)
		}
		for _, c := range iv.Correspondence {
			if c.MessageID != "" {
				k.MessageIDs[c.MessageID] = true
			}
			if c.Direction == Inbound {
				addPerson(c.From)
			}
		}
	}
	return k
}

// AddSent adds what the user's own mail about a job tells: a message the
// user sent with job wording in its subject (an application, "Re: Next
// steps") names people the user is in process with, and a reply to it is
// worth reading whatever its subject. An application or a mail about an
// interview also names the organisation (Applied): its HR may answer from
// another address, in a language followupd has no words for. Mere
// scheduling words ("Re: chat") name only the addresses: the user also
// writes to friends at small providers.
func (k Known) AddSent(sent []mail.Summary, cfg Config) {
	for _, s := range sent {
		if !cfg.isMe(firstAddress(s.From)) {
			continue
		}
		if s.MessageID != "" && k.Sent != nil {
			k.Sent[s.MessageID] = true
		}
		if k.Replied != nil {
			for _, id := range s.InReplyTo {
				k.Replied[id] = true
			}
		}
		sig := cfg.subjectSignals(s.Subject)
		cv := cvSubject(s.Subject)
		if sig.scheduling == "" && sig.application == "" && sig.keyword == "" && !cv {
			// "Re: coffee? (Ferncast / Tobias sent me)": a founder
			// asking the user over Gmail, in words that name no job,
			// and answering the user's reply from there. The message
			// the user answered and the answers to the user's reply
			// are read (whether they are about a job, the text says);
			// the addresses are not learnt, since the user meets
			// friends over coffee too.
			if len(s.InReplyTo) > 0 && cfg.meetingSubject(s.Subject) {
				if s.MessageID != "" {
					k.MessageIDs[s.MessageID] = true
				}
				for _, id := range s.InReplyTo {
					k.MessageIDs[id] = true
				}
			}
			continue
		}
		if s.MessageID != "" {
			k.MessageIDs[s.MessageID] = true
		}
		applied := (sig.application != "" || sig.keyword != "") && !sig.titleOnly || cv
		for _, list := range [][]mail.Address{s.To, s.Cc} {
			for _, a := range list {
				e := strings.ToLower(a.Email)
				if e != "" && !cfg.isMe(e) && PersonAddress(e) && !cfg.ownDomain(domainOf(e)) {
					k.Addresses[e] = true
					if d := domainOf(e); applied && k.Applied != nil && companyDomain(d) {
						k.Applied[orgDomain(d)] = true
					}
				}
			}
		}
	}
}

// AddAnswered adds the messages that fetched, candidates fetched for
// their own sake, answer or refer to (In-Reply-To, References; RFC 5322
// section 3.6.4).
func (k Known) AddAnswered(fetched []mail.Message) {
	if k.Answered == nil {
		return
	}
	for _, m := range fetched {
		for _, ids := range [][]string{m.InReplyTo, m.References} {
			for _, id := range ids {
				k.Answered[id] = true
			}
		}
	}
}

// Candidate decides from the summary alone whether a message's body is
// worth fetching: a calendar part, interview or scheduling words in the
// subject (in any language followupd knows; scheduling words not from the
// user's own organisation), a scheduling system, a reply into a known
// interview's thread or to the user's job mail, or a sender among a known
// interview's people or the people the user applied to. Bulk mail and
// ignored senders never are, whatever they contain.
func Candidate(s mail.Summary, cfg Config, k Known) bool {
	if k.Unread(s, cfg) {
		return false
	}
	return CandidateAlone(s, cfg) || k.Reaches(s, cfg)
}

// CandidateAlone reports a summary that is a candidate by what it says
// itself (a calendar, a word of interviews or scheduling in its subject, a
// hiring system's sender), whatever is known: the part of Candidate that
// needs nothing known. It does not rule out bulk mail (see Triage). Such
// messages are the ones whose bodies teach the known set most.
func CandidateAlone(s mail.Summary, cfg Config) bool {
	from := firstAddress(s.From)
	if s.HasCalendar {
		return true
	}
	sig := cfg.subjectSignals(s.Subject)
	if sig.keyword != "" {
		return true
	}
	// A recruiting agency's mail that names only a job is its first,
	// unasked-for contact: once the user answers, the answers are
	// candidates by the user's own mail (AddSent).
	agencyPitch := sig.titleOnly && agencyDomain(domainOf(from)) && !isReplySubject(s.Subject) && len(s.InReplyTo) == 0
	if (sig.scheduling != "" || sig.application != "") && !cfg.ownDomain(domainOf(from)) && !agencyPitch {
		return true
	}
	for _, list := range [][]mail.Address{s.From, s.Sender, s.ReplyTo} {
		for _, a := range list {
			if isVendor(domainOf(a.Email)) {
				return true
			}
		}
	}
	return relaysPerson(s)
}

// relaysPerson reports a job board's or a messaging service's notice of
// one person's message to the reader (personMessage): that person's
// letter, whatever words it holds.
func relaysPerson(s mail.Summary) bool {
	return (sentFrom(s, isJobBoard) || sentFrom(s, isMessaging)) && personMessage(s.Subject)
}

// Reaches reports a message that what is known makes worth reading,
// whatever its summary says: a message of a known interview's thread, a
// reply to the user's job mail, a sender among a known interview's people or
// the organisations the user applied to. A scan that kept the messages
// Candidate turned down (and NeverCandidate did not rule out) asks only
// this of them once more is known: the rest of Candidate cannot change.
func (k Known) Reaches(s mail.Summary, cfg Config) bool {
	from := firstAddress(s.From)
	// A message of a known interview's thread: a reply to it, or the
	// message its replies refer to (an agency's "Quick update" that named
	// the client and offered the slots, answered under the same subject),
	// as is the message a fetched candidate answers.
	if s.MessageID != "" && (k.MessageIDs[s.MessageID] || k.Answered[s.MessageID]) {
		return true
	}
	for _, ids := range [][]string{s.InReplyTo, s.References} {
		for _, id := range ids {
			if k.MessageIDs[id] {
				return true
			}
		}
	}
	if k.answersUser(s, cfg) && PersonAddress(from) && companyDomain(domainOf(from)) && !cfg.ownDomain(domainOf(from)) {
		return true
	}
	for _, list := range [][]mail.Address{s.From, s.ReplyTo} {
		for _, a := range list {
			e := strings.ToLower(a.Email)
			if k.Addresses[e] {
				return true
			}
			// orgDomain consults the public suffix list: only when
			// there is a domain to find (a first pass knows none).
			if len(k.Domains) == 0 && len(k.Applied) == 0 {
				continue
			}
			if d := domainOf(e); companyDomain(d) && !cfg.ownDomain(d) && (k.Domains[orgDomain(d)] || k.Applied[orgDomain(d)]) {
				return true
			}
		}
	}
	return false
}

// answersUser reports a reply to the user's own mail: its In-Reply-To
// names a message the user sent, or one whose Message-ID names exactly the
// domain of one of the user's addresses (RFC 5322 §3.6.4 asks for a unique
// right-hand side, and Thunderbird and Apple Mail write the sender's
// domain there; a freemail provider's is everybody's, and a mail server's
// own host, "smtp.globex.example", is not the user's client, so neither
// says anything). A person at an organisation answering
// the user ("Re: Kurze Rückfrage") is the conversation a second interview
// is arranged in, whatever its subject.
func (k Known) answersUser(s mail.Summary, cfg Config) bool {
	for _, id := range s.InReplyTo {
		if k.Sent[id] {
			return true
		}
		if at := strings.LastIndexByte(id, '@'); at >= 0 && cfg.addressDomain(strings.ToLower(id[at+1:])) {
			return true
		}
	}
	return false
}

// bulk reports list and bulk mail that is not a hiring system's: HireVue
// and other applicant tracking systems send each candidate's invitation
// through mailers that add List-Unsubscribe to everything (RFC 2369).
func bulk(s mail.Summary) bool {
	return s.Bulk && !sentFrom(s, isJobSystem) && !onBehalf(s) && !viaSystem(s)
}

// bulkFor is bulk, but for a job board's interview invitation: Computrabajo's
// "Logística Regia te citó a una entrevista" comes through the same mailer,
// with List-Unsubscribe, as its job alerts, and says in its subject what it
// is.
func bulkFor(s mail.Summary, cfg Config) bool {
	return bulk(s) && !(sentFrom(s, isJobBoard) && boardInvitation(s.Subject, cfg)) && !relaysPerson(s) &&
		!(greetsUser(s.Subject, cfg) && boardInvitation(s.Subject, cfg))
}

// greetsUser reports a subject that opens with the user's first name and
// a comma or colon, as a system's notice to one person does: "Sam,
// próximo passo: grava a tua vídeo-entrevista" from a staffing app whose
// mailer adds List-Unsubscribe. With the user's own interview after it
// (boardInvitation), it is the user's, not a list's.
func greetsUser(subject string, cfg Config) bool {
	s := strings.TrimSpace(subject)
	for _, n := range cfg.Names {
		first, _, _ := strings.Cut(strings.TrimSpace(n), " ")
		if len(first) < 2 || len(s) <= len(first) || !strings.EqualFold(s[:len(first)], first) {
			continue
		}
		if c := s[len(first)]; c == ',' || c == ':' {
			return true
		}
	}
	return false
}

// boardMessage reports a job board's subject that relays one employer's
// message to the reader ("Grupo Tláloc Logística te ha enviado un
// mensaje", "Acme sent you a message"): a person's letter about the
// reader's application, whatever words it holds.
func boardMessage(subject string) bool {
	s := cleanSubject(subject)
	return sentYouMessageRE.re().MatchString(s) || newMessageRE.re().MatchString(s) || unreadMessagesRE.re().MatchString(s)
}

// personMessage reports a subject by which a service relays one person's
// message to the reader: a job board's (boardMessage), or a messaging
// service's notice of messages not yet seen (missedMessagesRE).
func personMessage(subject string) bool {
	return boardMessage(subject) || missedMessagesRE.re().MatchString(cleanSubject(subject))
}

// missedMessagesRE is a messaging service's notice of one person's
// messages: "[Slack] New messages in #ext-hiring from Tidewater Labs",
// "You have missed messages from Marieke", "New text message from (646)
// 555-0132", "Sie haben Nachrichten von Björn Albrecht verpasst", "Je hebt
// een bericht gemist van ...", "Vous avez des messages manqués de ...".
// A digest ("Notifications from the Berlin Engineers workspace") names no
// one person and is no such notice.
var missedMessagesRE = lazyRE(`^(?:\[[^\]]{1,30}\]\s*)?(?i:` +
	`(?:(?:you have|you've got|you got)\s+)?(?:an?\s+|\d+\s+)?(?:(?:new|missed|unread)\s+)+(?:chat\s+|direct\s+|text\s+|group\s+)?messages?\s+(?:in\s+#?\S+\s+)?from\s+\S` +
	`|(?:you have|you've got)\s+(?:an?\s+|\d+\s+)?messages?\s+from\s+\S` +
	`|je hebt\s+(?:een\s+|\d+\s+)?(?:nieuwe?\s+)?bericht(?:en)?\s+gemist\s+van\s+\S` +
	`|nieuwe berichten\s+van\s+\S` +
	`|(?:sie haben|du hast)\s+(?:eine\s+|\d+\s+)?(?:neue\s+)?nachrichten?\s+von\s+.+\s+verpasst` +
	`|neue nachrichten\s+von\s+\S` +
	`|vous avez\s+(?:manqué\s+)?(?:des|un|\d+)\s+(?:nouveaux?\s+)?messages?\s+(?:manqués?\s+|non lus?\s+)?de\s+\S` +
	`|nouveaux messages\s+de\s+\S` +
	`|tienes\s+(?:\d+\s+)?mensajes?\s+(?:perdidos?|sin leer|no leídos?|nuevos?)\s+de\s+\S` +
	`|nuevos mensajes\s+de\s+\S` +
	`|hai\s+(?:perso\s+)?(?:dei\s+|\d+\s+)?(?:nuovi\s+)?messaggi\s+(?:non letti\s+|persi\s+)?da\s+\S` +
	`|nuovi messaggi\s+da\s+\S` +
	`|(?:você|vc)\s+(?:tem|perdeu)\s+(?:\d+\s+)?(?:novas\s+)?mensagens?\s+(?:não lidas?\s+|perdidas?\s+)?de\s+\S` +
	`|novas mensagens\s+de\s+\S` +
	`)`)

// unreadMessagesRE is a freelance marketplace's way: "You have unread
// messages about the job React Native developer ...".
var unreadMessagesRE = lazyRE(`^(?i:you have (?:\d+ )?unread messages? (?:about|regarding|for|from)\b)`)

// boardInvitation reports a job board's subject that relays one employer's
// interview with the reader: the employer invites ("Acme te invitó a una
// entrevista", "Acme invited you to an interview") or the interview is the
// reader's ("Confirmaste tu entrevista con Acme"). Its newsletters' "Cómo
// superar una entrevista" and "Interview-Fragen bei Acme" are neither.
func boardInvitation(subject string, cfg Config) bool {
	if cfg.subjectSignals(subject).keyword == "" {
		return false
	}
	h := defaultLexicon().scan(subject)
	if h[lArticle] != "" || h[lEvent] != "" || h[lAlert] != "" {
		return false
	}
	if companyPatterns[invitedPattern].re().MatchString(cleanSubject(subject)) {
		return true
	}
	kw := cfg.keywords()
	ws := strings.Fields(normalize(subject))
	for i := 1; i < len(ws); i++ {
		if readersPossessives[ws[i-1]] && firstWord(strings.Join(ws[i:min(len(ws), i+3)], " "), kw) != "" {
			return true
		}
		// "You've been invited to an interview - Data Platform Engineer
		// at Savanna Grid Energy Ltd", "Einladung zum Vorstellungsgespräch":
		// an invitation's word, the interview's within a few words.
		if invitationWords[ws[i-1]] && firstWord(strings.Join(ws[i:min(len(ws), i+4)], " "), kw) != "" {
			return true
		}
	}
	return false
}

// invitationWords are the words of an invitation, lower-case, in the
// languages followupd reads.
var invitationWords = map[string]bool{
	"invited": true, "invitation": true, "eingeladen": true, "einladung": true, "invité": true, "invitée": true,
	"invitado": true, "invitada": true, "invitación": true, "invitato": true, "invitata": true, "invito": true,
	"convidado": true, "convidada": true, "convite": true, "uitgenodigd": true, "uitnodiging": true,
	"zaproszenie": true, "zaproszony": true, "zaproszona": true, "inbjudan": true, "inbjuden": true,
	"invitasjon": true, "invitert": true, "kutsu": true, "kutsuttu": true, "pozvánka": true, "pozván": true, "pozvaná": true,
}

// readersPossessives are "your" in the languages read: "tu entrevista",
// "Ihr Vorstellungsgespräch", "votre entretien".
var readersPossessives = map[string]bool{
	"your": true, "ihr": true, "ihre": true, "ihren": true, "ihrem": true, "dein": true, "deine": true,
	"deinen": true, "votre": true, "ton": true, "ta": true, "tu": true, "su": true, "tuo": true, "tua": true,
	"seu": true, "sua": true, "jouw": true, "je": true, "uw": true, "twój": true, "twoja": true, "twoje": true,
	"din": true, "ditt": true, "váš": true, "vaše": true, "tvůj": true, "tvoje": true, "vaša": true, "vášho": true,
	"tvoj": true,
}

// viaSystem reports a system that names whom it writes for in its display
// name, one message to one person: "Crestline Payments via VidScreen", a
// video-interview tool followupd does not know by name; "Jane Doe via
// LinkedIn". Its List-Unsubscribe is the mailer's, not a newsletter's.
func viaSystem(s mail.Summary) bool {
	for _, a := range s.From {
		if relays(a.Name) {
			return true
		}
	}
	return false
}

// onBehalf reports a system writing for an organisation: a no-reply sender
// whose answers go to a person at another organisation ("Ipê Tecnologia
// <no-reply@gupy.io>", Reply-To juliana.paiva@ipetecnologia.com.br), as
// hiring systems followupd does not know by name send each candidate's
// invitation, through mailers that add List-Unsubscribe to everything.
func onBehalf(s mail.Summary) bool {
	return slices.ContainsFunc(answersElsewhere(s), func(a mail.Address) bool { return PersonAddress(a.Email) })
}

// answersElsewhere returns the Reply-To addresses at another organisation
// than a no-reply sender's: a system writing for the organisation its
// answers go to.
func answersElsewhere(s mail.Summary) []mail.Address {
	from := firstAddress(s.From)
	if !isNoReply(from) {
		return nil
	}
	var out []mail.Address
	for _, r := range s.ReplyTo {
		if d := domainOf(r.Email); companyDomain(d) && orgDomain(d) != orgDomain(domainOf(from)) {
			out = append(out, r)
		}
	}
	return out
}

// Unread reports mail that nothing makes worth reading: an ignored
// sender, or bulk mail the user did not answer. Answered, bulk mail is a
// person's (a recruiter's outreach sent through a mailer that adds
// List-Unsubscribe) and is judged as the rest.
func (k Known) Unread(s mail.Summary, cfg Config) bool {
	return ignoredSender(s, cfg) || bulkFor(s, cfg) && (s.MessageID == "" || !k.Replied[s.MessageID])
}

// NeverCandidate reports bulk mail and ignored senders: no interview
// learnt later makes them worth reading, so a scan need not keep them for
// a second look.
func NeverCandidate(s mail.Summary, cfg Config) bool {
	return bulkFor(s, cfg) || ignoredSender(s, cfg)
}

// Triage is Candidate and NeverCandidate at once, for a scan that sorts
// thousands of summaries: whether to fetch the body now, and if not,
// whether no interview learnt later could make it worth reading. Bulk
// mail is told apart once, not twice (it asks the relay patterns).
func Triage(s mail.Summary, cfg Config, k Known) (candidate, never bool) {
	ignored := ignoredSender(s, cfg)
	bulk := bulkFor(s, cfg)
	unread := ignored || bulk && (s.MessageID == "" || !k.Replied[s.MessageID])
	if !unread && (CandidateAlone(s, cfg) || k.Reaches(s, cfg)) {
		return true, false
	}
	return false, bulk || ignored
}

// ignoredSender reports a From or Sender the configuration ignores.
func ignoredSender(s mail.Summary, cfg Config) bool {
	if cfg.ignored(firstAddress(s.From)) {
		return true
	}
	for _, a := range s.Sender {
		if cfg.ignored(a.Email) {
			return true
		}
	}
	return false
}

// SentCandidate reports a message the user sent whose text is worth
// fetching: an answer, about a job, in which the user may have taken one
// of the times offered ("Wednesday at 3pm works for me"), or a letter
// about an interview that may confirm one ("Interview on Tuesday:
// confirming our call on Tuesday 8 December at 15:00 CET"). There are few; the rest of the Sent folder is
// read as headers only.
func SentCandidate(s mail.Summary, cfg Config) bool {
	if !cfg.isMe(firstAddress(s.From)) {
		return false
	}
	if s.HasCalendar {
		// The user's calendar answer: a decline cancels the interview
		// it answers (see builder.declined). Few, and small.
		return true
	}
	sig := cfg.subjectSignals(s.Subject)
	// An answer: by its In-Reply-To, or by "Re:" where the client sent
	// none (see answeredBySubject).
	if len(s.InReplyTo) > 0 || isReplySubject(s.Subject) {
		// "Re: Coffee next week?": a meeting over coffee is how a
		// hiring manager may start, and the answer is where the user
		// takes the slot. Read, not taken as a sign of a job search;
		// a dinner or a party is a friend's.
		if sig.keyword != "" || sig.scheduling != "" || sig.application != "" {
			return true
		}
		return cfg.meetingSubject(s.Subject)
	}
	// A letter about an interview that opens a thread: it may confirm
	// in writing one agreed on the phone (see userConfirmations), also
	// under the job's title ("Senior Backend Engineer – Nilgiri
	// Systems"). Not an application: there are many, with their CVs
	// attached, and the CV is what a fetch would cost.
	return sig.keyword != "" || sig.scheduling != "" && sig.application == "" || sig.application != "" && !s.HasAttachment
}

// meetingSubject reports a subject that proposes meeting ("coffee?",
// "Re: Call next week", "Kaffee?") and not a friend's occasion (a dinner
// or a party).
func (cfg Config) meetingSubject(subject string) bool {
	h := cfg.lexicon().scan(subject)
	if h.has(lPersonal) != "" {
		return false
	}
	return h.has(lMeeting) != "" || firstWord(normalize(subject), talkSubjects) != ""
}

// talkSubjects ask, in a subject, to talk: "Backend en Txoko Data –
// ¿hablamos?", "on en parle ?", "ne parliamo?". Verbs, which the text's
// meeting words leave out: in a body they say anything.
var talkSubjects = []string{
	"hablamos", "charlamos", "hablemos", "falamos", "conversamos", "on en parle", "on s'appelle", "ne parliamo",
	"sentiamoci", "let's talk", "shall we talk", "can we talk", "quick chat", "sprechen wir", "telefonieren wir",
	"kurz telefonieren", "zullen we bellen", "even bellen", "ska vi prata", "skal vi snakke", "porozmawiamy",
}
