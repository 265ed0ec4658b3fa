package interview

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/followupd/followupd/calendar"
	"github.com/followupd/followupd/mail"
)

// Verdict is what detection makes of one message, for the `explain` debug
// command and for tests.
type Verdict struct {
	// Interview is true when the message by itself announces an interview
	// or changes when it happens: an invitation, a confirmation, a
	// reschedule or a cancellation. Rejections, offers and replies only
	// change interviews that are already known, so they are false here.
	Interview bool
	// Kind is one of the Kind... constants.
	Kind string
	// Reason says which signal decided, in words.
	Reason string
}

// Verdict kinds.
const (
	KindInvitation   = "invitation"   // a calendar invitation or update (ICS) for an interview
	KindCancellation = "cancellation" // an interview called off (ICS CANCEL or plain words)
	KindConfirmation = "confirmation" // a time confirmed or moved in words, no usable ICS
	KindRejection    = "rejection"
	KindOffer        = "offer"
	KindOneWay       = "one-way" // a recorded video interview, with a deadline rather than a meeting
	KindReply        = "reply"   // a personal message in a conversation: may be correspondence
	KindNone         = "none"
)

// Classify explains what one message is. It is Build's first step, taken
// alone.
func Classify(m mail.Message, cfg Config) Verdict {
	return analyze(&m, cfg, msgContext{}).verdict
}

// analysis is everything Build wants to know about one message.
type analysis struct {
	verdict Verdict
	sent    bool // written by the user
	// withdraws: the user's own mail withdraws the candidacy ("I'd
	// like to withdraw my application"): the phrase, or "".
	withdraws string
	skip      bool // bulk or ignored: never part of an interview
	// unproven is the Authentication-Results failure that made skip.
	unproven string
	// broken is the panic that reading the message met (see safeRead).
	broken string
	// jobTalk: the message names a job and proposes to meet, with no
	// time yet (see textVerdict); its thread is about the job.
	jobTalk bool
	// putOff: the message puts the interview off from the time it
	// names, with no new time yet (see textVerdict and
	// builder.postponedInWords).
	putOff bool
	// overBound: the message would make more interviews than one
	// message may (see boundEvents), and makes none.
	overBound bool
	rsvp      bool // the user's calendar response, not a letter
	// declined holds the UIDs of the events the user's calendar
	// response declines (METHOD:REPLY, the user's PARTSTAT=DECLINED).
	declined []string
	// relayed: a job board or a hiring system sent it on the writer's
	// behalf, so its footer ("Indeed Ireland Operations Limited,
	// Dublin") says where the relay is, not the writer.
	relayed bool

	// events are the VEVENTs of the message's calendar parts; interview
	// tells which of them are interviews.
	events    []calendar.Event
	interview []bool
	// shape tells, for each event, whether it has the shape of an
	// interview invitation (invitationShape) and whether that alone made
	// it one: a version of an event another version of which had the
	// shape and was still turned down is judged with it
	// (builder.calendarVersions).
	shape []shapeVerdict

	text string // the message's own text, quotes and signature stripped
	full string // the whole text, with what it quotes
	own  string // the message's own text with its signature
	// forwardedAt is where, in text, the message a forward passes on
	// starts (after the forwarder's own words), or 0 when text holds
	// no forwarded message.
	forwardedAt int
	apartDone   bool // timesApart has read the text
	found       foundTime
	hasTime     bool
	reschedule  bool
	newRound    bool // "second round": a new interview, not a move
	// roundInSubject is set when only the subject says "second round":
	// in a reply, the round its thread is about.
	roundInSubject bool
	proposal       bool        // offers times; the confirmation comes later
	offers         []timeRead  // the times a proposal offers
	movedDays      []time.Time // the days a move "at the same time" names, read in the user's zone
	movesSameTime  bool        // the text moves an interview "at the same time" (movesToDay)
	// roundDays are the days a further round "at the same time" is
	// asked for on (roundAsks: in a question, which the user's answer
	// makes an agreement).
	roundDays []time.Time
	// roundNextWeek: the further round is asked for "at the same time
	// next week", a week after the last one (see builder.sameTimeRounds).
	roundNextWeek bool
	roundAsks     bool
	roundLine     string // the sentence that asks for it, for Explain
	// roundOffers are the days of times a message offers for a further
	// round, in a paragraph that says so ("nous aimerions aussi caler
	// le second entretien ... Je vous propose le jeudi 17 décembre à
	// 16h"): the reply that fixes one of them fixes that round, not a
	// move of the first (see builder.confirmation).
	roundOffers []time.Time
	oneWay      bool // a one-way video interview: found is its deadline
	// listed holds, for a message that lists interviews with several
	// organisations ("Brightwater Insurance – Wednesday 2 December,
	// 2.30pm" and "Calder & Finch – Friday 4 December, 11.00am"), each
	// time with the organisation its line starts with; found is the
	// first. Nil for most mail.
	listed   []listedTime
	timeLine string // the sentence the time was read from, for Explain

	// agency: the writer says they recruit for a client (agencyWriting),
	// read once, on demand (see analysis.agencyWrites).
	agency, agencyDone bool
	// scanned: subj and body hold the lexicon's scan of the subject and
	// the text (not done for mail read no further, nor for most of the
	// user's own).
	scanned bool
	// memo holds what the verdict asks of the text alone, asked once:
	// a build judges a copy of this reading (Reader.Preview) before the
	// pass's build judges it again, and the copy shares it.
	memo *textMemo
	// times and zone are read once, on demand.
	reads     []timeRead
	readsDone bool
	zoneLoc   *time.Location
	zoneDone  bool
	// zoneNamed: zone found the clock in what the mail says, a zone,
	// a place or a signature, not only the user's by default.
	zoneNamed bool
	// stated is the zone the text states (statedZone), once asked.
	stated     *time.Location
	statedDone bool
	// publicZone is the zone of the public service that sent the
	// message (publicServiceZone), or nil.
	publicZone *time.Location
	// sentAt and fromNames are the Date header and the From display
	// names, for the country a mail marks (markedCountry) when its
	// clock is first needed.
	sentAt    time.Time
	fromNames string
	// zoneGuessed: a time was written without a zone and the mail
	// states none, so it was read in the user's zone.
	zoneGuessed bool
	dir         directory
	people      map[string]bool // lower-cased names of everyone involved
	doNotReply  bool            // the message says not to answer it
	subj, body  hits            // the phrases of the subject and of text (see lexicon)
	spell       *spellText      // the whole text, for spelledAs; made on demand
	ctxJob      bool            // the mailbox says it is about the job search (msgContext)
	jobOrg      string          // msgContext.org
	// answeredPrivately: the user answered from the job search's
	// address (msgContext).
	answeredPrivately bool
	answered          bool // the user replied to the message (msgContext)
	press             bool // about a press or research interview, or in such a thread
	// ruledOut: the words say what the message is, and it is no
	// interview (an event's registration, an appointment, a
	// committee's agenda: textVerdict's notAnInterview).
	ruledOut bool
}

func analyze(m *mail.Message, cfg Config, ctx msgContext) *analysis {
	a := read(m, cfg, ctx.answered)
	a.judge(m, cfg, ctx)
	return a
}

// read does the part of the analysis that depends on the message alone:
// its people, its own text, the phrases it holds, its calendar parts and
// the times it writes. Build runs it for many messages at once (see
// prepare); judge then decides in date order, with the context of the
// messages before.
//
// answered tells that the user replied to m: bulk mail is read then.
func read(m *mail.Message, cfg Config, answered bool) *analysis {
	a := &analysis{dir: directory{}, people: map[string]bool{}, memo: &textMemo{}}
	for _, n := range cfg.Names {
		a.people[strings.ToLower(strings.TrimSpace(n))] = true
	}
	a.dir.add(m.From, m.ReplyTo, m.To, m.Cc, m.Sender)
	if d := domainOf(firstAddress(m.From)); isVendor(d) || jobBoardSet.has(d) || isMessaging(d) || len(m.From) > 0 && relayedFor(m.From[0]) != "" {
		a.relayed = true
	}
	for e, n := range a.dir {
		// A vendor's display name is the company it writes for
		// ("Pied Piper <no-reply@greenhouse.io>"), not a person; so is
		// a recruiting mailbox's ("Helix Harbor <jobs@...>").
		if PersonAddress(e) && !recruitingMailbox(e) {
			a.people[strings.ToLower(n)] = true
		}
	}
	own, quoted := splitQuoted(m.Text)
	a.own = own
	a.text = stripSignature(own)
	if quoted != "" && isForward(m) {
		// "FW: ... technical interview": the invitation forwarded is
		// the news ("When: Tuesday, November 17, 2026 10:00 AM").
		a.forwardedAt = len(a.text) + 2
		a.text += "\n\n" + quoted
	}
	if d := domainOf(firstAddress(m.From)); (isVendor(d) || isCalendarSystem(d)) && bookedByAnother(a.text, cfg) {
		a.text, a.forwardedAt = withoutBookingAnswers(a.text), 0
	}
	a.text = truncate(a.text, maxText)
	a.full = m.Text
	from := firstAddress(m.From)
	switch {
	case m.AuthFailure != "" && !cfg.IgnoreAuthResults:
		// The user's server could not prove the From domain: the mail
		// may come from anyone, and says nothing for the employer, nor
		// for the user (a forged "I withdraw my application" from the
		// user's own address must cancel nothing). Checked first: the
		// user's own mail in Sent carries no Authentication-Results.
		a.skip, a.unproven = true, m.AuthFailure
		return a
	case cfg.isMe(from) && !selfForward(m, cfg):
		a.sent = true
		a.rsvp = m.HasCalendar || hasResponsePrefix(m.Subject)
		a.withdraws = withdrawal(a.text)
		if m.HasCalendar {
			a.declined = declinedBy(m, cfg)
		}
		if !a.rsvp && a.text != "" && len(m.InReplyTo) == 0 {
			// A letter the user wrote, not an answer (those take an
			// offer, see acceptedOffers): it may confirm in writing what
			// was agreed on the phone.
			lx := cfg.lexicon()
			a.subj, a.body, a.scanned = lx.scan(m.Subject), lx.scan(a.text), true
			if a.body.has(lConfirm) != "" {
				a.times(m, cfg)
			}
		}
		return a
	case bulkFor(m.Summary, cfg) && !answered, cfg.ignored(from) || (len(m.Sender) > 0 && cfg.ignored(m.Sender[0].Email)):
		a.skip = true
		return a
	}
	lx := cfg.lexicon()
	a.subj, a.body, a.scanned = lx.scan(m.Subject), lx.scan(a.text), true
	// Someone else's "my interview" is theirs, and "no interview, just
	// lunch" is none (see qualified). "Re: Question about my interview"
	// keeps the words of whoever wrote first: the user.
	a.body[lKeyword] = a.body[lKeywordPlain]
	if !isReplySubject(m.Subject) {
		a.subj[lKeyword] = a.subj[lKeywordPlain]
	}
	if a.subj[lKeyword] == "" {
		// "Neste steg: videointervju": the interview word inside a
		// compound, as the candidate filter read it.
		a.subj[lKeyword] = compoundKeyword(m.Subject)
	}
	a.doNotReply = a.body.has(lDoNotReply) != ""
	a.publicZone = publicServiceZone(domainOf(from))
	a.sentAt, a.fromNames = m.Date, senderNames(m)
	a.parseCalendars(m, cfg)
	a.times(m, cfg)
	return a
}

// selfForward reports the user's forward of a mail to their own address,
// from another of their accounts or from the same one ("Fwd: Interview
// Confirmation: ..." from a private Gmail, "FW: Intervju ..." from the
// work address): it carries the mail it forwards, to be read as that
// mail, not as the user's word. The forwarder is the user by address or
// by the configured name, and every recipient is the user.
func selfForward(m *mail.Message, cfg Config) bool {
	if !isForwardSubject(m.Subject) || len(m.To) == 0 || len(m.From) == 0 {
		return false
	}
	for _, a := range append(slices.Clone(m.To), m.Cc...) {
		if !cfg.isMe(a.Email) {
			return false
		}
	}
	from := m.From[0]
	if cfg.isMe(from.Email) {
		return true
	}
	// By name, only from a private mailbox or the user's own
	// organisation's: anyone may write the user's name in a display
	// name, and a forward block names whatever sender its writer likes.
	d := domainOf(from.Email)
	return (isFreemail(d) || cfg.ownDomain(d)) && slices.ContainsFunc(cfg.Names, func(n string) bool {
		return strings.EqualFold(strings.TrimSpace(n), strings.TrimSpace(from.Name))
	})
}

// unwrapSelfForward returns the mail a self-forward (see selfForward)
// carries, as the user first got it: from its forwarded header block's
// sender, its text what follows that block (the user's note above it,
// "Moving this to my main inbox", is no word of the employer's, and the
// block names the user's other address as its recipient). A forward
// whose block names no sender is left as it is, and so is any other mail.
func unwrapSelfForward(m mail.Message, cfg Config) mail.Message {
	if !selfForward(&m, cfg) {
		return m
	}
	text := truncate(m.Text, 16<<10)
	var from []mail.Address
	pos := 0
	for line := range strings.Lines(text) {
		pos += len(line)
		label, _, ok := blockField(line)
		switch {
		case from == nil:
			if f := forwardSenders(line); len(f) > 0 && !cfg.isMe(f[0].Email) {
				from = f[:1]
			}
		case ok && len(label) <= 24 && !strings.Contains(label, " ") || strings.TrimSpace(line) == "":
			// The block's other fields (Date, Subject, To, Cc, "Sent"
			// in any language) and the blank line after it.
		default:
			m.From, m.Sender, m.ReplyTo = from, nil, nil
			m.Text = m.Text[pos-len(line):]
			return m
		}
	}
	return m
}

// judge sets the verdict of a read message.
func (a *analysis) judge(m *mail.Message, cfg Config, ctx msgContext) {
	a.ctxJob, a.jobOrg = ctx.job, ctx.org
	a.answeredPrivately, a.answered = ctx.answeredPrivately, ctx.answered
	if ctx.press && !a.sent {
		a.press = true
		a.interview = make([]bool, len(a.events)) // none of its events is one
		a.with(false, KindNone, "in a thread about a press or research interview, a reference or investors, not the user's job")
		return
	}
	switch {
	case a.sent && a.rsvp:
		a.with(false, KindNone, "a calendar response sent by the user")
	case a.sent:
		a.with(false, KindReply, "sent by the user")
	case bulkFor(m.Summary, cfg) && !ctx.answered:
		a.with(false, KindNone, "bulk mail (List-Unsubscribe, List-Id or Precedence)")
	case a.broken != "":
		a.with(false, KindNone, "could not be read (internal error: "+a.broken+"); please report it")
	case a.unproven != "":
		a.with(false, KindNone, "the sender's domain is not proven ("+a.unproven+" in Authentication-Results): not taken as the employer's word")
	case a.skip:
		a.with(false, KindNone, "sender is ignored by configuration")
	default:
		if v, ok := a.calendarVerdict(m, cfg, ctx); ok {
			a.verdict = v
			return
		}
		a.verdict = a.textVerdict(m, cfg, ctx)
	}
}

// maxText bounds the text read per message: what an invitation says is
// said near its top, and a pass must stay fast on a huge newsletter.
const maxText = 32 << 10

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8Start(s[n]) {
		n--
	}
	return s[:n]
}

func (a *analysis) with(iv bool, kind, reason string) *analysis {
	a.verdict = Verdict{Interview: iv, Kind: kind, Reason: reason}
	return a
}

func firstAddress(as []mail.Address) string {
	if len(as) == 0 {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(as[0].Email))
}

// calendarVerdict judges the message by its calendar parts. ok is false
// when it has none that could be an invitation, and the text decides.
// parseCalendars reads the VEVENTs of the message's calendar parts.
func (a *analysis) parseCalendars(m *mail.Message, cfg Config) {
	if len(m.Calendars) == 0 {
		return
	}
	// A floating DTSTART (no TZID, no Z) is the same wall-clock time
	// wherever it is read (RFC 5545 §3.3.5, form #1): an HR tool's
	// "DTSTART:20261208T110000" beside "11:00-12:30 (за київським
	// часом)" is Kyiv's 11:00. As for any time without a zone, the zone
	// the mail states counts, else the user's.
	//
	// Finding the stated zone means reading the whole text, so it is
	// looked for only when a calendar has such a time, which files
	// rarely do (most write TZID or UTC).
	loc := cfg.location()
	for _, raw := range m.Calendars {
		cal, err := parseCalendar(raw, loc)
		if err == nil && cal != nil && cal.DefaultZoneUsed {
			if z, ok := a.statedZone(); ok && z != loc {
				cal, err = parseCalendar(raw, z)
			}
		}
		if err != nil || cal == nil {
			continue
		}
		for _, ev := range cal.Events {
			if ev.Method == "" {
				ev.Method = strings.ToUpper(cal.Method)
			}
			a.events = append(a.events, ev)
		}
	}
}

// declinedBy returns the UIDs of the events the user's calendar response
// declines: a METHOD:REPLY whose attendee, the user, has PARTSTAT=DECLINED
// (RFC 5546 §3.2.3).
func declinedBy(m *mail.Message, cfg Config) []string {
	var uids []string
	for _, raw := range m.Calendars {
		cal, err := parseCalendar(raw, cfg.location())
		if err != nil || cal == nil || !strings.EqualFold(cal.Method, "REPLY") {
			continue
		}
		for _, ev := range cal.Events {
			if ev.UID != "" && slices.ContainsFunc(ev.Attendees, func(p calendar.Person) bool {
				return p.PartStat == "DECLINED" && cfg.isMe(p.Email)
			}) {
				uids = append(uids, ev.UID)
			}
		}
	}
	return uids
}

func (a *analysis) calendarVerdict(m *mail.Message, cfg Config, ctx msgContext) (Verdict, bool) {
	if len(a.events) == 0 {
		return Verdict{}, false
	}
	var reasons, why []string
	for _, ev := range a.events {
		ok, reason, byShape := judgeEvent(ev, m, a.text, cfg, ctx)
		a.interview = append(a.interview, ok)
		a.shape = append(a.shape, shapeVerdict{had: byShape || invitationShape(ev, cfg) != "", only: byShape})
		why = append(why, reason)
		if !ok {
			reasons = append(reasons, reason)
		}
	}
	for i, ev := range a.events {
		if !a.interview[i] {
			continue
		}
		kind, method := KindInvitation, methodOr(ev.Method, "PUBLISH")
		if ev.Cancelled() {
			kind, method = KindCancellation, methodOr(ev.Method, "CANCEL")
		}
		return Verdict{true, kind, fmt.Sprintf("calendar %s of an interview (%s; UID %s, SEQUENCE %d)",
			strings.ToLower(method), why[i], ev.UID, ev.Sequence)}, true
	}
	if allResponses(a.events) {
		return Verdict{}, false
	}
	// "Interviewtag ... Ablauf am Dienstag, 15.12.2026: 09:30 Uhr –
	// Begrüßung ...": an all-day event that would be an interview but for
	// its missing hours leaves them to the text, which has them.
	// An Outlook "add to calendar" file (PUBLISH, nobody in it) for
	// the "Kennenlerntag" a letter invites to is the same.
	for _, ev := range a.events {
		if ev.AllDay && !ev.Cancelled() {
			timed := ev
			timed.AllDay = false
			if ok, _ := eventIsInterview(timed, m, a.text, cfg, ctx); ok ||
				len(ev.Attendees) == 0 && ev.Organizer.Email == "" && (a.subj.has(lKeyword) != "" || firstWord(normalize(ev.Summary), cfg.keywords()) != "") {
				return Verdict{}, false
			}
		}
	}
	// Zoom's or a person's "add to calendar" file (PUBLISH, no organiser,
	// nobody invited) attached to a mail from someone at another
	// organisation is the sender's note of the time, not the user's own
	// entry: the mail's words decide, as they would without it.
	if from := firstAddress(m.From); from != "" && !cfg.isMe(from) && !cfg.ownDomain(domainOf(from)) &&
		!slices.ContainsFunc(a.events, namesSomebody) {
		return Verdict{}, false
	}
	if firstWord(normalize(m.Subject+" | "+a.text), incentivePhrases) != "" && slices.ContainsFunc(reasons, pressReason) {
		// A research interview's booking that names what it pays ("Hoe
		// wil je de cadeaukaart ontvangen?"): its host's reminder that
		// follows is the same research's (see jobSearch.learn). A
		// press word alone may be a job's ("Nutzerforschung" in a UX
		// designer's invitation) and rules out only the invitation.
		a.press = true
	}
	return Verdict{false, KindNone, "calendar invitation that is no interview: " + reasons[0]}, true
}

func methodOr(m, def string) string {
	if m == "" {
		return def
	}
	return m
}

// allResponses reports calendars that only answer an invitation (iTIP
// REPLY, COUNTER...): their text may still say something.
func allResponses(evs []calendar.Event) bool {
	for _, ev := range evs {
		if invitationMethod(ev.Method) {
			return false
		}
	}
	return true
}

func invitationMethod(method string) bool {
	switch method {
	case "", "REQUEST", "PUBLISH", "CANCEL", "ADD":
		return true
	}
	return false
}

// parseCalendar calls calendar.Parse and turns its panics into errors:
// a broken invitation must not stop the other messages.
func parseCalendar(raw []byte, loc *time.Location) (cal *calendar.Calendar, err error) {
	defer func() {
		if r := recover(); r != nil {
			cal, err = nil, fmt.Errorf("calendar: %v", r)
		}
	}()
	return calendar.Parse(raw, loc)
}

// candidateNamed returns the name of the candidate a title names when it
// is not the user: an attendee from outside the organiser's organisation
// whose full name the title holds, not after "with" ("Interview: Jonas
// Weber - Backend Engineer (Kestrel Robotics)", a friend asking the user
// to interview his candidate). An invitation naming the user ("Interview:
// Sam Rivera - Backend Engineer") or whom the user meets ("Interview with
// Priya Shah") is none.
func candidateNamed(ev calendar.Event, cfg Config) string {
	title := strings.ToLower(ev.Summary)
	for _, n := range cfg.Names {
		if n = strings.ToLower(strings.TrimSpace(n)); n != "" && strings.Contains(title, n) {
			return ""
		}
	}
	orgDom := orgDomain(domainOf(strings.ToLower(ev.Organizer.Email)))
	for _, p := range ev.Attendees {
		e := strings.ToLower(p.Email)
		name := strings.ToLower(strings.TrimSpace(p.Name))
		if cfg.isMe(e) || strings.EqualFold(e, ev.Organizer.Email) || len(strings.Fields(name)) < 2 ||
			orgDom != "" && orgDomain(domainOf(e)) == orgDom {
			continue
		}
		i := strings.Index(title, name)
		if i < 0 {
			continue
		}
		// "Interview with Jonas Weber": whom the user meets. (The index
		// is into the lower-cased title, which may differ in length
		// from the original: only it is sliced.)
		if before := words(title[:i]); len(before) > 0 && meetWithWords[before[len(before)-1]] {
			continue
		}
		return p.Name
	}
	return ""
}

// organizerNamed returns the given name of an organiser writing from a
// private address when the title names it, not after a word for meeting
// someone and without the user's names: "Entretien doctorat Camille
// (visio depuis la maison)", a partner's own interview put in the
// household's calendars. A founder's "Sam / Olivia" or "Intro call with
// Olivia" names the person the user meets, and a recruiter writes from
// the organisation's address. m, the invitation's mail, may be nil (a
// feed's event).
func organizerNamed(ev calendar.Event, m *mail.Message, cfg Config) string {
	org := strings.ToLower(ev.Organizer.Email)
	if org == "" || !isFreemail(domainOf(org)) || cfg.isMe(org) || anyNameWord(ev.Summary, cfg.Names) {
		return ""
	}
	name := ev.Organizer.Name
	if name == "" && m != nil && len(m.From) > 0 && strings.EqualFold(m.From[0].Email, org) {
		name = m.From[0].Name
	}
	given := strings.Fields(name)
	if len(given) == 0 || len([]rune(given[0])) < 3 {
		return ""
	}
	first := strings.ToLower(given[0])
	ws := words(strings.ToLower(ev.Summary))
	for i, w := range ws {
		if w != first {
			continue
		}
		if i > 0 && meetWithWords[ws[i-1]] {
			return ""
		}
		return given[0]
	}
	return ""
}

func organizersOwn(name string) string {
	return fmt.Sprintf("the organiser's own appointment: the title names %s, who sent it from a private address, and not the user", name)
}

// relativeNamed returns the name of one of the user's family that a
// calendar invitation's title holds: another given name before the user's
// family name ("Entretien individuel – Noah Rivera (CM2 B)",
// "U9-Vorsorge Mia Schmidt", "Parents' evening: Leo Rossi (5B)"). A
// child's school, doctor or club books the parent for the child; an
// employer titles the candidate's interview with the candidate's own name
// or the interviewer's, who is among the invited ("Interview with Jenny
// Lee" for a user named Sam Lee is none of this).
func relativeNamed(ev calendar.Event, cfg Config) string {
	title := ev.Summary
	for _, n := range cfg.Names {
		if n = strings.TrimSpace(n); n != "" && strings.Contains(strings.ToLower(title), strings.ToLower(n)) {
			return ""
		}
	}
	invited := func(name string) bool {
		return slices.ContainsFunc(append([]calendar.Person{ev.Organizer}, ev.Attendees...), func(p calendar.Person) bool {
			return strings.EqualFold(strings.Join(strings.Fields(p.Name), " "), name)
		})
	}
	ws := strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' })
	for _, n := range cfg.Names {
		own := strings.Fields(strings.ToLower(n))
		if len(own) < 2 {
			continue
		}
		for i := 1; i < len(ws); i++ {
			g := ws[i-1]
			lg := strings.ToLower(g)
			if !strings.EqualFold(ws[i], own[len(own)-1]) || utf8.RuneCountInString(g) < 2 || !unicode.IsUpper([]rune(g)[0]) ||
				abbreviations[lg] || honorifics[lg] || meetWithWords[lg] || firstWord(" "+lg+" ", cfg.keywords()) != "" {
				continue
			}
			// "Samuel Rivera" is the user "Sam Rivera" as the
			// application spelt it; "A. García López" too.
			if slices.ContainsFunc(own, func(o string) bool { return strings.HasPrefix(lg, o) || strings.HasPrefix(o, lg) }) {
				continue
			}
			if name := g + " " + ws[i]; !invited(name) {
				return name
			}
		}
	}
	return ""
}

// honorifics stand before a family name alone: "Zweites Gespräch mit
// Herrn Rivera", "Entretien avec Madame Rivera".
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "prof": true, "sir": true, "madam": true,
	"herr": true, "herrn": true, "frau": true, "monsieur": true, "madame": true, "mademoiselle": true, "mme": true,
	"señor": true, "señora": true, "sr": true, "sra": true, "signor": true, "signora": true, "sig": true, "dott": true,
	"dottssa": true, "dhr": true, "mevr": true, "mevrouw": true, "meneer": true, "pan": true, "pani": true, "panem": true,
	"panią": true, "hr": true, "fru": true, "herra": true, "rouva": true, "paní": true, "senhor": true, "senhora": true,
}

// passedOnBy returns the sender of m when the invitation it carries is
// the sender's own: a friend, writing from a personal address, forwards
// the confirmation of an interview addressed to him to ask for tips. The
// event invites him and not the user. A recruiter's company address
// passing a client's invitation on is not this: it may be the only
// attendee of an invitation meant for the candidate.
func passedOnBy(ev calendar.Event, m *mail.Message, cfg Config) string {
	from := strings.ToLower(firstAddress(m.From))
	if from == "" || cfg.isMe(from) || strings.EqualFold(from, ev.Organizer.Email) || !isFreemail(domainOf(from)) {
		return ""
	}
	invited := false
	for _, p := range ev.Attendees {
		e := strings.ToLower(p.Email)
		if cfg.isMe(e) {
			return ""
		}
		invited = invited || e == from
	}
	if !invited {
		return ""
	}
	return from
}

// ownOrganisationPaired reports a title that joins two sides with "x" or
// "<>", one of them the user's own organisation: "Teknomagasinet x
// Globex", "Globex <> Kuusikko".
func ownOrganisationPaired(title string, cfg Config) bool {
	for _, sep := range []string{" x ", " X ", " × ", "<>"} {
		l, r, ok := strings.Cut(title, sep)
		if !ok || strings.TrimSpace(l) == "" || strings.TrimSpace(r) == "" {
			continue
		}
		if namesOwnOrganisation(firstPart(lastPart(l)), cfg) || namesOwnOrganisation(firstPart(r), cfg) {
			return true
		}
	}
	return false
}

// lastPart is s after its last colon: "Intervju: Teknomagasinet" is
// Teknomagasinet.
func lastPart(s string) string {
	if i := strings.LastIndexByte(s, ':'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// meetWithWords stand before whom a meeting is with: "Interview with
// Jonas Weber", "Gespräch mit", "entre X et Y".
var meetWithWords = map[string]bool{
	"with": true, "mit": true, "avec": true, "con": true, "com": true, "met": true, "med": true, "z": true, "ze": true,
	"s": true, "kanssa": true, "between": true, "entre": true, "zwischen": true, "tussen": true, "mellan": true,
	"mellem": true, "mellom": true, "między": true, "tra": true, "and": true, "und": true, "et": true, "y": true, "e": true,
}

// socialGathering returns the words of a title (normalized) that name a
// workplace's social gathering ("Julefrokost", "Team lunch"), or "" when
// it names none or names an interview too ("Onsite interview and team
// lunch").
func socialGathering(title string, cfg Config) string {
	if p := firstWord(title, socialPhrases); p != "" && firstWord(title, cfg.keywords()) == "" {
		return p
	}
	return ""
}

// eventIsInterview decides whether a VEVENT from mail is a job interview.
// What never is: a meeting organised from the user's own domain (the
// current employer's, where the user may well be the interviewer), a
// webinar, course or rehearsal, an appointment at a job centre or a
// doctor's. What is: interview words in its summary, description or the
// subject; an organiser the user is in process with (applied to, wrote to
// about a job), in any language; people from another organisation and a
// sender who recruits; or, whatever its words, the shape of an interview
// invitation: another organisation invites the user in person (REQUEST,
// the user a required attendee among a few people) to a video call, a
// phone call or an address.
// pressRefusal begins the reason judgeEvent gives an event it takes for
// a press or research interview.
const pressRefusal = "a press or research interview"

func pressReason(reason string) bool { return strings.HasPrefix(reason, pressRefusal) }

func eventIsInterview(ev calendar.Event, m *mail.Message, text string, cfg Config, ctx msgContext) (bool, string) {
	ok, reason, _ := judgeEvent(ev, m, text, cfg, ctx)
	return ok, reason
}

// judgeEvent is eventIsInterview, and whether the event's shape alone
// (invitationShape) made it an interview.
func judgeEvent(ev calendar.Event, m *mail.Message, text string, cfg Config, ctx msgContext) (ok bool, reason string, byShape bool) {
	if !invitationMethod(ev.Method) {
		return false, "an iTIP " + ev.Method, false
	}
	if ev.AllDay {
		// "Onsite interview day – Sam Rivera": a placeholder for the
		// day; its sessions come as invitations of their own.
		return false, "all-day event: an interview has a time", false
	}
	if w := cfg.currentJobOnly(m, ctx.answeredPrivately); w != "" {
		// A supplier's demo, a sales call booked from the work calendar.
		return false, "an invitation to the user's work address only (" + w + "), about the current job", false
	}
	org := strings.ToLower(ev.Organizer.Email)
	if org != "" && cfg.ownDomain(domainOf(org)) && !cfg.isMe(org) {
		return false, "organised at the user's own organisation (" + domainOf(org) + ")", false
	}
	if ctx.afterRejection || ctx.orgTurnedDown || ctx.afterOffer {
		// "Feedbackgespräch" booked after the no, "Revisión de la
		// oferta" after the offer: as for words (see textVerdict), a
		// meeting then is the reasons or the terms, unless it says it
		// is an interview or a further round.
		title := cfg.lexicon().scan(ev.Summary)
		if title.has(lKeyword) == "" && title.has(lRound) == "" {
			if ctx.afterOffer {
				return false, "a meeting after the organisation's offer, not called an interview", false
			}
			return false, "a meeting in the thread of a rejection: feedback, not an interview", false
		}
	}
	if c := colleagueInvited(ev, cfg); c != "" && org != "" && !cfg.isMe(org) {
		// "Entrevista Diario Austral – Sam Rivera (Globex)" with the
		// press officer invited too: another organisation meets the
		// user and a colleague, so the user is there for the current
		// employer. Nobody invites a candidate's colleague to the
		// candidate's job interview.
		return false, "a colleague from the user's own organisation (" + c + ") is invited too: the user takes part for the current job", false
	}
	if cfg.isMe(org) && len(cfg.Me) > 1 && !strings.EqualFold(domainOf(org), domainOf(cfg.Me[0])) {
		// A booking on the user's work calendar link ("Globex x
		// Kuusikko – roadmap review", HubSpot, to sam@globex.example):
		// the user hosts it for the current employer. Only the address
		// the job search uses (the first) organises the user's own
		// notes of an interview.
		return false, "organised by the user at the work address " + org, false
	}
	// A hiring system's PUBLISH names nobody at all ("Videointerview
	// Brenner & Vogt – Senior Software Engineer", from Softgarden): it is
	// the system's word, not the user's own entry.
	if org == "" && allOwn(ev, cfg) && !(len(ev.Attendees) == 0 && isJobSystemMail(m)) {
		return false, "only people of the user's own organisation", false
	}
	if userChairs(ev, cfg) {
		return false, "the user chairs it (ROLE=CHAIR): a session the user gives, not an interview of the user", false
	}
	if l := userInterviews(ev.Description, cfg.Names); l != "" {
		return false, fmt.Sprintf("the user is among the interviewers (%q): someone else's interview", l), false
	}
	if n := candidateNamed(ev, cfg); n != "" {
		return false, fmt.Sprintf("someone else's interview: the title names %s, from outside the organiser's organisation, and not the user", n), false
	}
	if n := organizerNamed(ev, m, cfg); n != "" {
		return false, organizersOwn(n), false
	}
	if n := relativeNamed(ev, cfg); n != "" {
		return false, fmt.Sprintf("an appointment for one of the user's family: the title names %s, not the user", n), false
	}
	if p := passedOnBy(ev, m, cfg); p != "" {
		return false, fmt.Sprintf("someone else's invitation: %s, who sent it, is invited and the user is not", p), false
	}
	// The lexicon reads words whatever stands between them:
	// "Podcast-Interview" holds "podcast interview".
	lx := cfg.lexicon()
	titles := normalize(ev.Summary + " " + m.Subject)
	th := lx.scan(ev.Summary + " | " + m.Subject)
	// ("Tessaract Virtual Hiring Drive - Round 1 Technical Interview",
	// booked for the user alone: the drive's interview is the user's.)
	if p := cmp.Or(th.has(lEvent), webinarWord(ev.Summary+" | "+m.Subject)); p != "" && !(walkInDrives[p] && th.has(lKeyword) != "" && bookedForUserAlone(ev, cfg)) {
		return false, fmt.Sprintf("a webinar, course or event (%q), not an interview", p), false
	}
	if p := th.has(lArticle); p != "" {
		return false, fmt.Sprintf("a talk or course about interviews (%q in the title), not an interview", p), false
	}
	if p := vendorMeeting(ev.Summary+" | "+m.Subject, &th); p != "" && th.has(lKeyword) == "" {
		return false, fmt.Sprintf("a business meeting (%q in the title): a vendor's or a client's, not an interview", p), false
	}
	// A booking system titles the event after its two people ("Sam
	// Rivera and Hannah Okafor") and says what it is in the subject
	// ("Confirmed: Mock Interview – System Design").
	if w := cmp.Or(rehearsalWord(ev.Summary), rehearsalWord(m.Subject)); w != "" {
		return false, fmt.Sprintf("a rehearsal, not an interview (%q in the title)", w), false
	}
	if ownOrganisationPaired(ev.Summary, cfg) {
		// "Intervju: Teknomagasinet x Globex (Sam Rivera)": the
		// user's employer meets another organisation; nobody titles a
		// candidate's interview with the employer the candidate leaves.
		return false, fmt.Sprintf("a meeting of the user's organisation with another (%q), not a job interview", shorten(ev.Summary, 80)), false
	}
	if p := socialGathering(titles, cfg); p != "" {
		return false, fmt.Sprintf("a social gathering (%q in the title), not an interview", p), false
	}
	if rightToWorkCheck(ev.Summary + " | " + m.Subject) {
		return false, "a check of the right to work (in the title), not an interview", false
	}
	all := ev.Summary + " | " + m.Subject + " | " + truncate(ev.Description, maxText)
	ah := lx.scan(all)
	if p := ah.has(lAppointment); p != "" {
		return false, fmt.Sprintf("an appointment that is no job interview (%q)", p), false
	}
	// The invitation's mail, and the thread it quotes, say what the
	// recording is for: "Jag gör podden ... Skulle du vilja vara gäst?".
	mh := lx.scan(all + " | " + truncate(m.Text, 8<<10))
	if p := mh.has(lPress); p != "" {
		return false, fmt.Sprintf("%s (%q)", pressRefusal, p), false
	}
	// An event's registration system sends its calendar entry with the
	// confirmation ("Thank you for your RSVP ... A calendar entry is
	// attached"): a breakfast "The Board-Ready Executive" is no
	// interview for its title's word.
	if p := mh.has(lRegistration); p != "" && ah.has(lKeyword) == "" {
		return false, fmt.Sprintf("an event's registration system writes (%q), not an interview", p), false
	}
	if p := mh.has(lSignUp); p != "" && ah.has(lKeyword) == "" {
		return false, fmt.Sprintf("an agency signing the user up as its candidate (%q), not an interview", p), false
	}
	// And what the appointment is, when its title does not call it an
	// interview: "Undersökning hos tandläkare Erik Sandberg".
	if p := mh.has(lAppointment); p != "" && ah.has(lKeyword) == "" {
		return false, fmt.Sprintf("an appointment that is no job interview (%q in its mail)", p), false
	}
	if d := domainOf(firstAddress(m.From)); isEventPlatform(d) || isRecordingStudio(d) {
		return false, fmt.Sprintf("sent by an event platform or recording studio (%s), not an interview", d), false
	}
	if w := referenceCheck(ev.Summary+" | "+m.Subject, cfg.keywords()); w != "" {
		return false, fmt.Sprintf("a reference check about a candidate (%q in the title), not the user's interview", w), false
	}
	// The organizer's own address may be the show's: "rita@codigoaberto-podcast.example".
	if w := podcastWord(all + " | " + ev.Organizer.Email); w != "" && roleFrom(nil, []string{ev.Summary, m.Subject}) == "" {
		return false, fmt.Sprintf("a podcast's recording (%q), not a job interview", w), false
	}
	kw := cfg.keywords()
	for _, s := range []string{ev.Summary, m.Subject, ev.Description} {
		if w := firstWord(normalize(s), kw); w != "" {
			// "workshop om jobsamtalen" in a career evening's programme:
			// the word names what the event teaches.
			if s == ev.Description && firstWord(normalize(s), eventPhrases) != "" {
				continue
			}
			// "Mentoring-Sprechstunde" booked with the answer
			// "Vorbereitung auf Vorstellungsgespräche": interviews
			// are what the meeting talks about, not what it is.
			if s == ev.Description && (mentoringSubject(ev.Summary+" | "+m.Subject) != "" || preparesFor(normalize(s), w)) {
				continue
			}
			return true, fmt.Sprintf("%q in %q", w, shorten(s, 80)), false
		}
	}
	if ctx.afterOffer {
		// The contract's signing, an office tour, a team lunch.
		return false, "a meeting after the organisation's offer, not called an interview", false
	}
	// "Sam Rivera <> Nordlys Ventures - intro ... No deck needed": a
	// fund meeting the user as a founder is titled as recruiters title
	// an introduction.
	if ih := lx.scan(all + " | " + truncate(m.Text, 8<<10)); ih.has(lInvestor) != "" && ih.has(lKeyword) == "" && (fundWrites(m, m.Text) || readerInvests(m.Text) != "") {
		return false, fmt.Sprintf("a meeting about investing (%q), between investors and a founder, not an interview", ih.has(lInvestor)), false
	}
	if w := cfg.applicationSubject(ev.Summary + " | " + m.Subject); w != "" && external(ev, cfg) {
		return true, fmt.Sprintf("an invitation about a candidacy (%q in the title) from outside the user's organisation", w), false
	}
	if d := orgDomain(domainOf(org)); d != "" && ctx.orgs[d] {
		return true, "an invitation from " + d + ", an organisation the user is in process with", false
	}
	if ctx.job {
		return true, "an invitation " + ctx.why, false
	}
	if external(ev, cfg) && recruiterSender(m, text) {
		return true, "an invitation from a recruiter or scheduling system outside the user's organisation", false
	}
	// The shape alone does not tell a friend's party at a bar from an
	// interview at an office.
	if h := cfg.lexicon().scan(ev.Summary + " | " + m.Subject); h.has(lPersonal) != "" {
		return false, fmt.Sprintf("a personal invitation (%q), not an interview", h.has(lPersonal)), false
	}
	if why := invitationShape(ev, cfg); why != "" {
		return true, why, true
	}
	return false, "no interview wording, no recruiter, and not the shape of an interview invitation", false
}

// userInterviews returns the line of a text that lists the interviewers
// and names the user among them ("Interviewers: Sam Rivera, Aylin Demir"),
// or "": an agency's hold for its candidate's interview with the user. A
// candidate is never on the panel.
func userInterviews(text string, names []string) string {
	if len(names) == 0 || !strings.Contains(text, ":") {
		return ""
	}
	for line := range strings.Lines(text) {
		label, rest, ok := strings.Cut(line, ":")
		if !ok || !interviewerLabels[strings.ToLower(strings.TrimSpace(label))] {
			continue
		}
		low := strings.ToLower(rest)
		for _, n := range names {
			if n = strings.ToLower(strings.TrimSpace(n)); n != "" && strings.Contains(low, n) {
				return strings.TrimSpace(line)
			}
		}
	}
	return ""
}

// interviewerLabels label the list of who interviews, in the languages
// followupd reads.
var interviewerLabels = map[string]bool{
	"interviewer": true, "interviewers": true, "interviewer(s)": true, "interview panel": true, "panel": true, "panel members": true,
	"interviewer:innen": true, "interviewerinnen": true, "intervieweurs": true, "intervieweur": true, "jury": true,
	"entrevistador": true, "entrevistadora": true, "entrevistadores": true, "entrevistador(es)": true,
	"intervistatore": true, "intervistatori": true, "gespreksvoerders": true, "intervjuare": true, "intervjuer": true,
	"interviewere": true, "haastattelijat": true, "osoby prowadzące": true,
}

// bookedForUserAlone reports an event whose one attendee is the user: a
// slot booked for the user, not a session for many.
func bookedForUserAlone(ev calendar.Event, cfg Config) bool {
	return len(ev.Attendees) == 1 && cfg.isMe(ev.Attendees[0].Email)
}

// userChairs reports an event whose attendee entry for the user has
// ROLE=CHAIR (RFC 5545 §3.2.16): a mentoring platform's booking of the
// user's session, a panel the user leads. A candidate is never the chair.
func userChairs(ev calendar.Event, cfg Config) bool {
	for _, p := range ev.Attendees {
		if cfg.isMe(p.Email) && p.Role == "CHAIR" {
			return true
		}
	}
	return false
}

// invitationShape says why an event has the shape of an interview
// invitation, or "": a REQUEST from another organisation (not freemail:
// friends invite to dinner) to the user as a required participant, with
// at most a handful of people, and a video link, a phone number or an
// address to go to.
func invitationShape(ev calendar.Event, cfg Config) string {
	if ev.Method != "REQUEST" || ev.AllDay {
		return ""
	}
	org := strings.ToLower(ev.Organizer.Email)
	d := domainOf(org)
	if org == "" || cfg.isMe(org) || isFreemail(d) || isJobBoard(d) || cfg.ownDomain(d) {
		return ""
	}
	if len(ev.Attendees) > 8 {
		return ""
	}
	// The shape is the weakest evidence: it counts only for what looks
	// like a working meeting, on a weekday, in the day, for a few hours
	// at most; a friend's "Maras 35. 🎉" on Saturday evening does not.
	// The hours count in the organizer's zone or the user's: an
	// interview across zones is early for one and late for the other.
	start := ev.Start
	if !workingTime(start) && !workingTime(start.In(cfg.location())) {
		return ""
	}
	if !ev.End.IsZero() && ev.End.Sub(start) > 4*time.Hour {
		return ""
	}
	required := false
	for _, p := range ev.Attendees {
		if cfg.isMe(p.Email) && (p.Role == "" || p.Role == "REQ-PARTICIPANT" || p.Role == "CHAIR") {
			required = true
		}
	}
	if !required {
		return ""
	}
	where := ""
	switch {
	case eventVideoLink(ev) != "":
		where = "a video link (" + eventVideoLink(ev) + ")"
	case phoneRE.re().MatchString(ev.Location + " " + ev.Description):
		where = "a phone number"
	case strings.TrimSpace(ev.Location) != "":
		where = "a place (" + shorten(ev.Location, 40) + ")"
	default:
		return ""
	}
	return fmt.Sprintf("an invitation from %s to the user as a required participant, with %s", orgDomain(d), where)
}

// A shapeVerdict tells how an event's shape (invitationShape) counted.
type shapeVerdict struct {
	had  bool // it has the shape of an interview invitation
	only bool // the shape alone made it an interview: no word, no known organisation said so
}

// shapeOf is how the shape of the message's j-th event counted; nothing
// when its events were not judged one by one (a press thread's).
func (a *analysis) shapeOf(j int) shapeVerdict {
	if j < len(a.shape) {
		return a.shape[j]
	}
	return shapeVerdict{}
}

// phoneRE finds a phone number written for dialling: "+49 30 1234567",
// "tel:+1-555-0100".
var phoneRE = lazyRE(`(?:tel:|\+)\s?\d[\d\s().-]{6,}\d`)

func allOwn(ev calendar.Event, cfg Config) bool {
	for _, p := range ev.Attendees {
		if !cfg.ownDomain(domainOf(p.Email)) && !cfg.isMe(p.Email) {
			return false
		}
	}
	return true
}

// colleagueInvited returns the address of an attendee at the user's own
// organisation who is not the user, or "".
func colleagueInvited(ev calendar.Event, cfg Config) string {
	for _, p := range ev.Attendees {
		e := strings.ToLower(p.Email)
		if e != "" && !cfg.isMe(e) && cfg.ownDomain(domainOf(e)) && !isRoom(p) {
			return e
		}
	}
	return ""
}

// external reports whether someone from another organisation takes part.
func external(ev calendar.Event, cfg Config) bool {
	for _, p := range append([]calendar.Person{ev.Organizer}, ev.Attendees...) {
		e := strings.ToLower(p.Email)
		if e != "" && !cfg.isMe(e) && !cfg.ownDomain(domainOf(e)) && !isRoom(p) {
			return true
		}
	}
	return false
}

var recruiterWords = []string{
	"recruiter", "recruiting", "recruitment", "talent acquisition", "talent partner", "talent team",
	"sourcer", "hiring team", "people partner", "hr business partner", "personalabteilung",
	"personalreferent", "personalreferentin", "recrutement", "reclutamiento", "intercedent", "intercedente",
	// Agencies and HR in the other languages: "Kessler & Partner
	// Personalberatung", "chargée de recrutement", "selección de personal".
	"personalberatung", "personalberater", "personalberaterin", "personalvermittlung", "headhunter",
	"executive search", "chargée de recrutement", "chargé de recrutement", "cabinet de recrutement",
	"selección de personal", "reclutadora", "reclutador", "selezione del personale", "recrutamento",
	"werving en selectie", "rekruter", "rekruterka", "rekryterare", "rekrytering", "rekrutterer", "rekruttering",
	"rekrytointi", "náborář", "nábor",
}

// recruiterSender reports mail from a scheduling system or from someone
// whose name, address or signature says they recruit.
func recruiterSender(m *mail.Message, text string) bool {
	for _, list := range [][]mail.Address{m.From, m.Sender, m.ReplyTo} {
		for _, a := range list {
			if isJobSystem(domainOf(a.Email)) {
				return true
			}
			if recruitingMailbox(a.Email) || containsAny(strings.ToLower(a.Name), recruitingWords) {
				return true
			}
		}
	}
	return firstWord(normalize(text), recruiterWords) != ""
}

// recruiterMail is recruiterSender for an analysed message, whose text
// was scanned already.
func (a *analysis) recruiterMail(m *mail.Message) bool {
	return a.body.has(lRecruiter) != "" || recruiterSender(m, "") || a.signedByRecruiter()
}

// signedByRecruiter reads the signature, which is cut from the text a
// time is read in, for who writes: "Talent Acquisition Specialist" under
// a closing. Only when asked: most mail never needs it.
func (a *analysis) signedByRecruiter() bool {
	if len(a.own) <= len(a.text) || !strings.HasPrefix(a.own, a.text) {
		return false
	}
	sig := defaultLexicon().scan(truncate(a.own[len(a.text):], 2<<10))
	return sig.has(lRecruiter) != ""
}

func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8Start(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// isVendorMail reports mail sent by a scheduling system itself.
func isVendorMail(m *mail.Message) bool { return sentFrom(m.Summary, isVendor) }

// isJobSystemMail reports mail sent by a hiring system itself (see
// isJobSystem): about a job whatever its words.
func isJobSystemMail(m *mail.Message) bool { return sentFrom(m.Summary, isJobSystem) }

// sentFrom reports whether the From or Sender domain of s is one that
// domain accepts.
func sentFrom(s mail.Summary, domain func(string) bool) bool {
	for _, list := range [][]mail.Address{s.From, s.Sender} {
		for _, a := range list {
			if domain(domainOf(a.Email)) {
				return true
			}
		}
	}
	return false
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func workingTime(t time.Time) bool {
	wd := t.Weekday()
	return wd != time.Saturday && wd != time.Sunday && t.Hour() >= 7 && t.Hour() < 19
}

// namesSomebody reports whether an event names its organiser or anyone
// invited.
func namesSomebody(ev calendar.Event) bool {
	return ev.Organizer.Email != "" || len(ev.Attendees) > 0
}

// bookedByAnother reports a scheduling system's notice to the owner of a
// booking page of a booking someone else made ("Invitee: Mei Tanaka"):
// the user's own page, booked by a student, a client, a colleague. A
// notice of the user's own booking names the user there.
func bookedByAnother(text string, cfg Config) bool {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		label := strings.ToLower(strings.TrimRight(strings.TrimSpace(l), ":"))
		if !bookerLabels[label] {
			continue
		}
		for _, next := range lines[i+1 : min(i+3, len(lines))] {
			if next = strings.TrimSpace(next); next == "" {
				continue
			}
			if cfg.isMe(next) || slices.ContainsFunc(cfg.Names, func(n string) bool { return strings.EqualFold(strings.TrimSpace(n), next) }) ||
				strings.Contains(strings.ToLower(next), "@") && cfg.isMe(strings.Trim(strings.ToLower(next), "<> ")) {
				return false
			}
			return true
		}
	}
	return false
}

// bookerLabels head the booker's name in a scheduling system's notice.
var bookerLabels = map[string]bool{
	"invitee": true, "invitee name": true, "booked by": true, "gebucht von": true, "eingeladene person": true,
	"invitado": true, "reservado por": true, "invité": true, "réservé par": true, "invitato": true, "prenotato da": true,
	"convidado": true, "genodigde": true, "geboekt door": true, "attendee": true, "guest": true,
}

// withoutBookingAnswers drops what a booking page's booker typed into its
// questions ("Questions: Please share anything that will help prepare
// for our meeting. ... maybe a short mock interview?"), as a scheduling
// system's notice lists it: the booker's words, which say what they want
// to talk about, not what the meeting is, nor when. The block runs from
// its heading to the system's closing line ("View event in Calendly"),
// or to the end.
func withoutBookingAnswers(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if !bookingAnswerHeadings[strings.ToLower(strings.TrimRight(strings.TrimSpace(l), ":"))] {
			continue
		}
		end := len(lines)
		for j := i + 1; j < len(lines); j++ {
			low := strings.ToLower(strings.TrimSpace(lines[j]))
			if strings.HasPrefix(low, "view event") || strings.HasPrefix(low, "powered by") || strings.HasPrefix(low, "sent from") ||
				strings.HasPrefix(low, "need to make changes") || strings.HasPrefix(low, "cancel") || strings.HasPrefix(low, "reschedule") {
				end = j
				break
			}
		}
		return strings.Join(append(lines[:i:i], lines[end:]...), "\n")
	}
	return text
}

// bookingAnswerHeadings head the booker's answers in a scheduling
// system's notice, in the languages of its localisations.
var bookingAnswerHeadings = map[string]bool{
	"questions": true, "questions and answers": true, "invitee answers": true, "additional notes": true,
	"additional information": true, "responses": true, "fragen": true, "antworten": true, "zusätzliche hinweise": true,
	"preguntas": true, "respuestas": true, "notas adicionales": true, "réponses": true, "notes supplémentaires": true,
	"domande": true, "risposte": true, "perguntas": true, "respostas": true, "vragen": true, "antwoorden": true,
	"worüber möchtest du sprechen?": true, "what would you like to talk about?": true,
}
