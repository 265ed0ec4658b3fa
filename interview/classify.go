package interview

import (
	"fmt"
	"sort"
	"strings"
	"time"

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
	KindReply        = "reply" // a personal message in a conversation: may be correspondence
	KindNone         = "none"
)

// Classify explains what one message is. It is Build's first step, taken
// alone.
func Classify(m mail.Message, cfg Config) Verdict {
	return analyze(&m, cfg).verdict
}

// analysis is everything Build wants to know about one message.
type analysis struct {
	verdict Verdict
	sent    bool // written by the user
	skip    bool // bulk or ignored: never part of an interview
	rsvp    bool // the user's calendar response, not a letter

	// events are the VEVENTs of the message's calendar parts; interview
	// tells which of them are interviews.
	events    []calendar.Event
	interview []bool

	text       string // the message's own text, quotes stripped
	found      foundTime
	hasTime    bool
	reschedule bool
	dir        directory
	people     map[string]bool // lower-cased names of everyone involved
}

func analyze(m *mail.Message, cfg Config) *analysis {
	a := &analysis{dir: directory{}, people: map[string]bool{}}
	a.dir.add(m.From, m.ReplyTo, m.To, m.Cc, m.Sender)
	for e, n := range a.dir {
		// A vendor's display name is the company it writes for
		// ("Pied Piper <no-reply@greenhouse.io>"), not a person.
		if personAddress(e) {
			a.people[strings.ToLower(n)] = true
		}
	}
	a.text = truncate(stripQuoted(m.Text), maxText)
	from := firstAddress(m.From)
	switch {
	case cfg.isMe(from):
		a.sent = true
		a.rsvp = m.HasCalendar || hasResponsePrefix(m.Subject)
		if a.rsvp {
			return a.with(false, KindNone, "a calendar response sent by the user")
		}
		return a.with(false, KindReply, "sent by the user")
	case m.Bulk:
		a.skip = true
		return a.with(false, KindNone, "bulk mail (List-Unsubscribe, List-Id or Precedence)")
	case cfg.ignored(from) || (len(m.Sender) > 0 && cfg.ignored(m.Sender[0].Email)):
		a.skip = true
		return a.with(false, KindNone, "sender is ignored by configuration")
	}
	if v, ok := a.calendarVerdict(m, cfg); ok {
		a.verdict = v
		return a
	}
	a.verdict = a.textVerdict(m, cfg)
	return a
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

func hasResponsePrefix(subject string) bool {
	low := strings.ToLower(strings.TrimSpace(subject))
	for _, p := range responsePrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// calendarVerdict judges the message by its calendar parts. ok is false
// when it has none that could be an invitation, and the text decides.
func (a *analysis) calendarVerdict(m *mail.Message, cfg Config) (Verdict, bool) {
	for _, raw := range m.Calendars {
		cal, err := parseCalendar(raw, cfg.location())
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
	if len(a.events) == 0 {
		return Verdict{}, false
	}
	var reasons, why []string
	for _, ev := range a.events {
		ok, reason := eventIsInterview(ev, m, a.text, cfg)
		a.interview = append(a.interview, ok)
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

// eventIsInterview decides whether a VEVENT from mail is a job interview:
// interview words in its summary, description or the subject; or people
// from another organisation and a sender who recruits. A meeting organised
// from the user's own domain is never one: it is the current employer's
// (and the user may well be the interviewer there).
func eventIsInterview(ev calendar.Event, m *mail.Message, text string, cfg Config) (bool, string) {
	if !invitationMethod(ev.Method) {
		return false, "an iTIP " + ev.Method
	}
	org := strings.ToLower(ev.Organizer.Email)
	if org != "" && cfg.ownDomain(domainOf(org)) && !cfg.isMe(org) {
		return false, "organised at the user's own organisation (" + domainOf(org) + ")"
	}
	if org == "" && allOwn(ev, cfg) {
		return false, "only people of the user's own organisation"
	}
	kw := cfg.keywords()
	for _, s := range []string{ev.Summary, m.Subject, ev.Description} {
		if w := firstWord(normalize(s), kw); w != "" {
			return true, fmt.Sprintf("%q in %q", w, shorten(s, 80))
		}
	}
	if external(ev, cfg) && recruiterSender(m, text) {
		return true, "an invitation from a recruiter or scheduling system outside the user's organisation"
	}
	return false, "no interview wording and no recruiter"
}

func allOwn(ev calendar.Event, cfg Config) bool {
	for _, p := range ev.Attendees {
		if !cfg.ownDomain(domainOf(p.Email)) && !cfg.isMe(p.Email) {
			return false
		}
	}
	return true
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
	"personalreferent", "personalreferentin", "recrutement", "reclutamiento",
}

// recruiterSender reports mail from a scheduling system or from someone
// whose name, address or signature says they recruit.
func recruiterSender(m *mail.Message, text string) bool {
	for _, list := range [][]mail.Address{m.From, m.Sender, m.ReplyTo} {
		for _, a := range list {
			if isVendor(domainOf(a.Email)) {
				return true
			}
			local, _, _ := strings.Cut(strings.ToLower(a.Email), "@")
			for _, w := range []string{"recruit", "talent", "careers", "jobs", "hiring", "karriere", "bewerbung"} {
				if strings.Contains(local, w) || strings.Contains(strings.ToLower(a.Name), w) {
					return true
				}
			}
		}
	}
	return firstWord(normalize(text), recruiterWords) != ""
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

// textVerdict judges a message without a usable calendar part by its words.
func (a *analysis) textVerdict(m *mail.Message, cfg Config) Verdict {
	subject := normalize(m.Subject)
	body := normalize(a.text)
	all := subject + " " + body
	from := firstAddress(m.From)
	if d := domainOf(from); cfg.ownDomain(d) {
		// A colleague's "interview on Thursday at 4pm" is the current
		// employer's hiring, where the user interviews others.
		return Verdict{false, KindNone, "from the user's own organisation (" + d + ")"}
	}
	if p := firstWord(subject, alertPhrases); p != "" {
		return Verdict{false, KindNone, fmt.Sprintf("job alert (%q in the subject)", p)}
	}
	if isJobBoard(domainOf(from)) {
		if p := firstWord(body, alertPhrases); p != "" {
			return Verdict{false, KindNone, fmt.Sprintf("job alert from a job board (%q)", p)}
		}
	}
	if p := firstWord(subject, articlePhrases); p != "" {
		return Verdict{false, KindNone, fmt.Sprintf("an article or course about interviews (%q in the subject)", p)}
	}
	if p := firstWord(all, offerPhrases); p != "" {
		return Verdict{false, KindOffer, fmt.Sprintf("offer wording (%q)", p)}
	}
	if p := firstWord(body, rejectionPhrases); p != "" {
		return Verdict{false, KindRejection, fmt.Sprintf("rejection wording (%q)", p)}
	}
	if v, ok := a.confirmation(m, cfg, subject, body); ok {
		return v
	}
	if p := isRejection(body); p != "" {
		return Verdict{false, KindRejection, fmt.Sprintf("rejection wording (%q)", p)}
	}
	kw := firstWord(all, cfg.keywords())
	if p := firstWord(body, cancelPhrases); p != "" && kw != "" && !conditionalPhrase(a.text, p) {
		return Verdict{true, KindCancellation, fmt.Sprintf("cancellation wording (%q) about an interview", p)}
	}
	if p := firstWord(all, receiptPhrases); p != "" {
		return Verdict{false, KindNone, fmt.Sprintf("application receipt (%q), nothing scheduled", p)}
	}
	if len(m.InReplyTo) > 0 || len(m.References) > 0 || isReplySubject(m.Subject) {
		return Verdict{false, KindReply, "a reply in a conversation"}
	}
	if kw != "" {
		return Verdict{false, KindReply, fmt.Sprintf("mentions %q but fixes no time", kw)}
	}
	return Verdict{false, KindNone, "no interview wording"}
}

func isReplySubject(s string) bool {
	low := strings.ToLower(strings.TrimSpace(s))
	for _, p := range []string{"re:", "aw:", "sv:", "antw:"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// conditionalPhrase reports whether every sentence holding phrase is
// boilerplate such as "if you need to cancel".
func conditionalPhrase(text, phrase string) bool {
	for _, s := range sentences(text) {
		if hasWord(normalize(s), phrase) && !conditional(s) {
			return false
		}
	}
	return true
}

// candidateTime is one sentence with a time in it, scored by how much it
// reads like fixing an interview.
type candidateTime struct {
	found      foundTime
	sentence   string
	score      int
	keyword    bool
	confirm    bool
	reschedule bool
}

// confirmation looks for a sentence that fixes an interview's time:
// "Confirming our phone interview on Thursday, December 3 at 4:00 PM CET".
func (a *analysis) confirmation(m *mail.Message, cfg Config, subject, body string) (Verdict, bool) {
	kw := cfg.keywords()
	subjectKW := firstWord(subject, kw) != ""
	vendor := isVendorMail(m)
	// A time counts only in a message about an interview
	// (see "about" below); without a keyword anywhere, skip the costly
	// search for times.
	if !subjectKW && firstWord(body, kw) == "" {
		return Verdict{}, false
	}
	var cands []candidateTime
	for _, s := range sentences(a.text) {
		ft, ok := timeIn(s, m.Date)
		if !ok || conditional(s) {
			continue
		}
		ns := normalize(s)
		c := candidateTime{found: ft, sentence: s}
		c.keyword = firstWord(ns, kw) != ""
		c.confirm = firstWord(ns, confirmPhrases) != ""
		c.reschedule = firstWord(ns, reschedulePhrases) != ""
		c.score = 4*btoi(c.keyword) + 2*btoi(c.confirm) + 2*btoi(c.reschedule) + btoi(ft.Zone != "")
		cands = append(cands, c)
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	for _, c := range cands {
		about := c.keyword || subjectKW || (vendor && firstWord(body, kw) != "")
		fixes := c.confirm || c.reschedule || vendor || firstWord(subject, confirmPhrases) != ""
		if !about || !fixes {
			continue
		}
		a.found, a.hasTime = c.found, true
		a.reschedule = c.reschedule || firstWord(subject, reschedulePhrases) != ""
		if a.found.Dur == 0 {
			a.found.Dur = statedDuration(a.text)
		}
		what := "interview time confirmed in words"
		if a.reschedule {
			what = "interview moved in words"
		}
		return Verdict{true, KindConfirmation, fmt.Sprintf("%s: %q → %s", what, shorten(c.sentence, 120), a.found.Start.Format(time.RFC3339))}, true
	}
	return Verdict{}, false
}

// isVendorMail reports mail sent by a scheduling system itself.
func isVendorMail(m *mail.Message) bool {
	for _, list := range [][]mail.Address{m.From, m.Sender} {
		for _, a := range list {
			if isVendor(domainOf(a.Email)) {
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
