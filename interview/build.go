package interview

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/followupd/followupd/calendar"
	"github.com/followupd/followupd/interview/timetext"
	"github.com/followupd/followupd/mail"
)

// defaultLength is an interview's length when nothing says otherwise:
// most first rounds are booked for 45 to 60 minutes, and a thank-you
// written a little late is better than one written during the interview.
const defaultLength = time.Hour

// tracked is an interview being built, with what Build needs to match
// later messages to it.
type tracked struct {
	iv      Interview
	timesAt time.Time // Date of the message that set Start/End
	// defining holds the Message-IDs of the messages that carry this
	// interview's own invitations and updates: they are not correspondence.
	defining map[string]bool
	thread   map[string]bool
	people   map[string]bool // addresses of the employer's people
	domains  map[string]bool // the employer's registrable domains
	senders  map[string]bool // From addresses of the defining messages, machines too
	first    time.Time       // Date of the first message (zero for feed-only)
	// dated holds the Date of the thread's messages that were seen, not
	// only referenced, by Message-ID: Thread is kept in their order.
	dated map[string]time.Time
	// was holds the starts a calendar update moved the interview away
	// from: a notice written before the move names one of them.
	was []time.Time
	// agents are the names of the agencies that wrote about this
	// interview for the employer (see dropShadowed).
	agents []string
	// shadowed holds the Message-IDs of an agency's words about this
	// interview, dropped beside the employer's own (see dropShadowed):
	// they may name the role the invitation does not.
	shadowed []string
	// client is set when the company is the client an agency's mail
	// named, not the agency its domain spells (see absorb).
	client bool
}

// input is one stored message with its analysis.
type input struct {
	m *mail.Message
	a *analysis
}

// Build recomputes every interview from the stored messages (inbox
// candidates with bodies and Sent summaries; a message is the user's when
// its From is one of cfg.Me) and from calendar feed events (may be nil),
// all from feeds with interviews_only. See BuildWith.
func Build(msgs []mail.Message, events []calendar.Event, cfg Config) []Interview {
	feed := make([]FeedEvent, len(events))
	for i, e := range events {
		feed[i] = FeedEvent{Event: e}
	}
	return BuildWith(msgs, feed, cfg)
}

// BuildWith recomputes every interview from the stored messages and the
// occurrences of the calendar feeds (calendar.Expand over the window of
// interest; may be nil). The result does not depend on the order of
// either input; it is sorted by Start, then ID.
//
// An event is one interview per UID and RECURRENCE-ID, whether it came by
// mail, from a feed or both; its versions apply in iTIP order (see
// calendarVersions). A feed event that is not in feed (outside the window,
// or deleted from the calendar) leaves the interview to what mail says.
func BuildWith(msgs []mail.Message, feed []FeedEvent, cfg Config) []Interview {
	ivs, _ := BuildWithRefused(msgs, feed, cfg)
	return ivs
}

// BuildWithRefused is BuildWith that also returns the messages refused as
// a whole, by a bound rather than a verdict (see boundEvents): a calendar
// export, a list of many interviews. They belong to no interview, and
// `plan` says why they made none.
func BuildWithRefused(msgs []mail.Message, feed []FeedEvent, cfg Config) ([]Interview, []Ignored) {
	return buildWithRefused(msgs, feed, cfg, nil)
}

// buildWithRefused is BuildWithRefused taking what ahead (may be nil) read
// already.
func buildWithRefused(msgs []mail.Message, feed []FeedEvent, cfg Config, ahead *Reader) ([]Interview, []Ignored) {
	ins := prepare(msgs, cfg, ahead)
	var refused []Ignored
	for _, in := range ins {
		if in.a.overBound {
			refused = append(refused, Ignored{MessageID: in.m.MessageID, From: firstAddress(in.m.From), Reason: in.a.verdict.Reason})
		}
	}
	b := &builder{cfg: cfg}
	b.calendarVersions(ins, feed)
	b.textConfirmations(ins)
	b.userConfirmations(ins)
	b.movedInvitations(ins)
	b.rescheduledBookings(ins)
	b.postponedInvitations(ins)
	b.sameTimeMoves(ins)
	b.sameDayMoves(ins)
	b.sameTimeRounds(ins)
	b.statusChanges(ins)
	b.rebookedAfterCancel(ins)
	b.postponedInWords(ins)
	b.missedAndRedone(ins)
	b.mergeSameSlot(ins)
	b.mergeSessions()
	b.invitationSettles(ins)
	b.dropRehearsed(ins)
	b.dropClientPitches(ins)
	b.correspondence(ins)
	b.namesFromThread(ins)
	return b.result(ins), refused
}

type builder struct {
	cfg Config
	all []*tracked
	// roundOffers are the days each message (by Message-ID) offered for
	// a further round (analysis.roundOffers).
	roundOffers map[string][]time.Time
}

// prepare copies, sorts (by arrival, then Message-ID) and analyses the
// messages, taking what ahead (may be nil) read already.
//
// A message is no older than when the user's server received it
// (Arrived, its INTERNALDATE), where that is known: its Date header, which
// the sender writes, counts only when it is later. A forged early Date
// must not make a stranger's mail the first of an interview, whose people
// it would then define. (A later Date is kept: clocks drift, and a server
// stamps mail appended with a date to come, as the user's client may do
// for Sent, with the time of the append.) The words of a message are read
// against its Date ("tomorrow at 10" means the sender's tomorrow); once
// read, the builder sees every message at that time.
func prepare(msgs []mail.Message, cfg Config, ahead *Reader) []input {
	ins := make([]input, 0, len(msgs))
	for i := range msgs {
		m := unwrapSelfForward(msgs[i], cfg)
		ins = append(ins, input{m: &m})
	}
	sort.SliceStable(ins, func(i, j int) bool { return msgLess(ins[i].m, ins[j].m) })
	// The same message stored twice (two mailboxes, a re-sync) counts once.
	out := ins[:0]
	seen := map[string]bool{}
	for _, in := range ins {
		if id := in.m.MessageID; id != "" {
			if seen[id] {
				continue
			}
			seen[id] = true
		}
		out = append(out, in)
	}
	// What the user answered is a person's mail, whatever its headers.
	// Answered privately: from the address the job search uses, with no
	// colleague copied (a recruiter who wrote to the work address is
	// answered so; a customer is answered with a colleague in Cc).
	replied, privately := map[string]bool{}, map[string]bool{}
	for i := range out {
		if from := firstAddress(out[i].m.From); cfg.isMe(from) {
			private := cfg.searchAddress(from) && !copiesColleague(out[i].m, cfg)
			for _, id := range out[i].m.InReplyTo {
				replied[id] = true
				privately[id] = privately[id] || private
			}
			if private && isForwardSubject(out[i].m.Subject) {
				// Forwarded from the job search's address (to a friend
				// for advice): a client forwards without In-Reply-To.
				if id := forwardedOriginal(out, out[i].m); id != "" {
					privately[id] = true
				}
			}
		}
	}
	readAll(out, cfg, replied, ahead)
	chainChats(out)
	jobs := newJobSearch()
	for i := range out {
		in := &out[i]
		ctx := jobs.context(in.m, cfg)
		ctx.answered = in.m.MessageID != "" && replied[in.m.MessageID]
		ctx.answeredPrivately = in.m.MessageID != "" && privately[in.m.MessageID]
		in.a.judge(in.m, cfg, ctx)
		dedupeEvents(in.a)
		boundEvents(in.a)
		jobs.learn(*in, cfg)
	}
	datedByAnswered(out)
	acceptedOffers(out, cfg)
	clocksTaken(out, cfg, jobs)
	counterAccepted(out, cfg, jobs)
	counterAgreed(out, cfg, jobs)
	for i := range out {
		out[i].m.Date = arrival(out[i].m)
	}
	return out
}

// datedByAnswered gives the weekday of a confirmation the date that the
// message it answers wrote with it: "Great, Thursday 9:30 it is!"
// answers "Thursday the 10th suits me best", which is not the next
// Thursday. datedByQuote does this from the quote; a reply written on a
// phone or above an Outlook header may quote nothing. Only a date with
// the same weekday, the one such date of that message, counts.
func datedByAnswered(ins []input) {
	var byID map[string]*input
	for i := range ins {
		in := &ins[i]
		a := in.a
		if a.sent || a.skip || !a.verdict.Interview || !a.hasTime || !a.found.Relative || len(in.m.InReplyTo) == 0 {
			continue
		}
		if byID == nil {
			byID = byMessageID(ins)
		}
		prev := byID[in.m.InReplyTo[0]]
		if prev == nil || prev.a.text == "" {
			continue
		}
		st := a.found.Start
		opt := timetext.Options{Ref: prev.m.Date, Loc: st.Location()}
		text := truncate(prev.a.text, maxText)
		if day, ok := soleDayOn(append(timetext.Find(text, opt), timetext.FindDates(text, opt)...), st.Weekday(), in.m.Date); ok && !sameDay(day, st) {
			a.found.Start = onDay(st, day)
			const layout = "Mon 2 Jan 2006 15:04 MST"
			a.verdict.Reason = strings.Replace(a.verdict.Reason, "→ "+st.Format(layout),
				fmt.Sprintf("→ %s (the date <%s> gave that weekday)", a.found.Start.Format(layout), prev.m.MessageID), 1)
		}
	}
}

// forwardedOriginal returns the Message-ID of the message fwd forwards:
// the one whose subject it carries and whose sender its forwarded header
// block names ("From: Femke Visser <femke.visser@quillhaven.example>").
func forwardedOriginal(ins []input, fwd *mail.Message) string {
	subject := topic(fwd.Subject)
	senders := map[string]bool{}
	for _, a := range forwardedFrom(truncate(fwd.Text, 16<<10)) {
		senders[strings.ToLower(a.Email)] = true
	}
	if len(senders) == 0 {
		return ""
	}
	for _, in := range ins {
		if in.m.MessageID != "" && in.m.Date.Before(fwd.Date) && strings.EqualFold(topic(in.m.Subject), subject) &&
			senders[strings.ToLower(firstAddress(in.m.From))] {
			return in.m.MessageID
		}
	}
	return ""
}

// copiesColleague reports mail addressed to someone at the user's own
// organisation besides the user.
func copiesColleague(m *mail.Message, cfg Config) bool {
	for _, list := range [][]mail.Address{m.To, m.Cc} {
		for _, a := range list {
			if !cfg.isMe(a.Email) && cfg.ownDomain(domainOf(a.Email)) {
				return true
			}
		}
	}
	return false
}

// readAll reads every message (see read) on every processor, but for
// those ahead read already: what a message says on its own is most of the
// cost of a first pass over a large window, and does not depend on the
// others.
func readAll(ins []input, cfg Config, replied map[string]bool, ahead *Reader) {
	next := make(chan int, len(ins))
	for i := range ins {
		if ahead != nil {
			if a := ahead.take(ins[i].m, replied[ins[i].m.MessageID]); a != nil {
				ins[i].a = a
				continue
			}
		}
		next <- i
	}
	workers := min(runtime.GOMAXPROCS(0), len(next)/64+1)
	var wg sync.WaitGroup
	close(next)
	for range workers {
		wg.Go(func() {
			for i := range next {
				ins[i].a = safeRead(ins[i].m, cfg, replied[ins[i].m.MessageID])
			}
		})
	}
	wg.Wait()
}

// readMessage is read; tests replace it to make it fail.
var readMessage = read

// safeRead reads a message on a worker goroutine, where a panic would
// end the process: a message that cannot be read (a bug met by mail no one
// foresaw) is left out, with the reason in its verdict, and the others
// are read.
func safeRead(m *mail.Message, cfg Config, answered bool) (a *analysis) {
	defer func() {
		if v := recover(); v != nil {
			a = &analysis{dir: directory{}, people: map[string]bool{}, skip: true,
				broken: fmt.Sprintf("%v", v)}
		}
	}()
	return readMessage(m, cfg, answered)
}

// jobSearch is what the messages read so far (in date order) tell about
// the user's job search: which messages are about it, and which people and
// organisations the user is in process with (applied to, wrote to about a
// job, was invited by). It gives later messages their msgContext.
type jobSearch struct {
	ids    map[string]bool // Message-IDs of messages about the job search
	people map[string]bool // addresses the user wrote to about a job
	// writers are the people at organisations who wrote to the user
	// about a job before it came to an interview ("I'm the hiring
	// manager ... grab a slot on my calendar"): a booking made with
	// them through a scheduling system is about the job.
	writers map[string]bool
	// names are the display names (lower-cased, of two words or more)
	// of the people at organisations whose mail was about the job: a
	// founder's invitation from her private calendar ("Olivia Marsh
	// <olivia.marsh@icloud.com>") is hers.
	names map[string]string // → registrable domain
	// systemTexts are the lower-cased texts of hiring systems' mail about
	// an interview: the interviewer they name ("Interviewer Dana
	// Whitford") may write next from a private address.
	systemTexts []string
	orgs        map[string]bool // registrable domains of organisations in process
	press       map[string]bool // Message-IDs of messages about a press or research interview
	// ruledOut holds the Message-IDs of mail whose words say it is no
	// interview (analysis.ruledOut): the user's answer to it is no
	// candidacy, whatever its subject quotes.
	ruledOut map[string]bool
	// pressOrgs are the registrable domains of those who asked for a
	// press or research interview: their later invitation, outside the
	// thread, is for the same recording.
	pressOrgs map[string]bool
	// pressPeople holds the addresses at no organisation (a private
	// mailbox) that wrote such a thread: their later mail is for it too.
	pressPeople map[string]bool
	// rejected holds the Message-IDs of rejections and of the messages
	// they answer: their threads' later calls are feedback.
	rejected map[string]bool
	// offered holds, by registrable domain, when an organisation made
	// the user an offer.
	offered map[string]time.Time
	// turnedDown holds, by registrable domain, when the organisation
	// first turned the user down.
	turnedDown map[string]time.Time
	// booked holds, by registrable domain of an organisation in process,
	// the starts of the interviews its mail announced.
	booked map[string][]time.Time
}

func newJobSearch() *jobSearch {
	return &jobSearch{ids: map[string]bool{}, rejected: map[string]bool{}, people: map[string]bool{}, writers: map[string]bool{}, names: map[string]string{}, orgs: map[string]bool{}, press: map[string]bool{}, ruledOut: map[string]bool{},
		pressOrgs: map[string]bool{}, pressPeople: map[string]bool{}, offered: map[string]time.Time{}, turnedDown: map[string]time.Time{}, booked: map[string][]time.Time{}}
}

func (j *jobSearch) context(m *mail.Message, cfg Config) msgContext {
	ctx := j.threadContext(m, cfg)
	for _, id := range append(append([]string(nil), m.InReplyTo...), m.References...) {
		ctx.afterRejection = ctx.afterRejection || j.rejected[id]
	}
	// A visit to the studio, the contract's signing, a team lunch: after
	// an organisation's offer its meetings are no interviews, unless
	// they say they are.
	if d := domainOf(firstAddress(m.From)); companyDomain(d) {
		if at, ok := j.offered[orgDomain(d)]; ok && m.Date.After(at) {
			ctx.afterOffer = true
		}
		if at, ok := j.turnedDown[orgDomain(d)]; ok && m.Date.After(at) {
			ctx.orgTurnedDown = true
		}
		// What the organisation booked, however the thread made the
		// message about the job (see analysis.confirmsOtherTime).
		if ctx.booked == nil && !cfg.ownDomain(d) {
			ctx.booked = j.booked[orgDomain(d)]
		}
	}
	return ctx
}

func (j *jobSearch) threadContext(m *mail.Message, cfg Config) msgContext {
	// A podcast host's calendar invitation, after the mail that said what
	// the recording is for: the thread is about press, not a job.
	for _, ids := range [][]string{m.InReplyTo, m.References} {
		for _, id := range ids {
			if j.press[id] {
				return msgContext{press: true, orgs: j.orgs}
			}
		}
	}
	// Its own mail, or a booking system's that answers to it
	// (Calendly's confirmation with the host in Reply-To). Not a hiring
	// system's: a university that interviews for its degrees hires too
	// (Varbi's "Invitation to interview" with its HR in Reply-To).
	for _, a := range append(append([]mail.Address{}, m.From...), m.ReplyTo...) {
		if d := domainOf(a.Email); companyDomain(d) && j.pressOrgs[orgDomain(d)] && !j.orgs[orgDomain(d)] && !isJobSystemMail(m) {
			return msgContext{press: true, orgs: j.orgs}
		}
	}
	// A podcast host on a private address, in a new thread ("Shipping
	// Hours - interview outline for Thursday"): the person who asked
	// for the recording writes about it, not about a job the user asked
	// them for.
	for _, a := range m.From {
		if e := strings.ToLower(a.Email); j.pressPeople[e] && !j.people[e] {
			return msgContext{press: true, orgs: j.orgs}
		}
	}
	ctx := msgContext{orgs: j.orgs}
	for _, ids := range [][]string{m.InReplyTo, m.References} {
		for _, id := range ids {
			if j.ids[id] {
				return msgContext{job: true, why: "a reply in a thread about a job", orgs: j.orgs}
			}
		}
	}
	// A calendar invitation from a private address under the name of
	// someone who wrote about the job from their organisation's.
	if len(m.From) > 0 && m.HasCalendar && isFreemail(domainOf(m.From[0].Email)) {
		if org := j.names[strings.ToLower(strings.TrimSpace(m.From[0].Name))]; org != "" {
			return msgContext{job: true, why: "from " + m.From[0].Name + ", who wrote about the job from " + org, orgs: j.orgs, org: org}
		}
	}
	// "Thanks for chatting today ... Would Saturday at 9am our time
	// work for a short video call with him?" from the store manager's
	// Gmail, whom the booking system's mail named as the interviewer.
	if len(m.From) > 0 && isFreemail(domainOf(m.From[0].Email)) && len(strings.Fields(m.From[0].Name)) >= 2 {
		name := strings.ToLower(strings.Join(strings.Fields(m.From[0].Name), " "))
		for _, t := range j.systemTexts {
			if strings.Contains(t, name) {
				return msgContext{job: true, why: "from " + m.From[0].Name + ", whom a hiring system's mail named for the interview", orgs: j.orgs}
			}
		}
	}
	// A scheduling system's booking speaks for the person in its
	// Reply-To: Calendly's "Confirmed: 30 Minute Intro Call" from the
	// recruiter who sent the link (see replyToSpeaks).
	for _, ad := range speakers(m) {
		from := strings.ToLower(ad.Email)
		if j.people[from] {
			return msgContext{job: true, why: "from " + from + ", to whom the user wrote about a job", orgs: j.orgs}
		}
		if j.writers[from] {
			return msgContext{job: true, why: "for " + from + ", who wrote to the user about a job", orgs: j.orgs}
		}
		if d := domainOf(from); companyDomain(d) && !cfg.ownDomain(d) && j.orgs[orgDomain(d)] {
			return msgContext{job: true, byOrg: true, why: "from " + orgDomain(d) + ", an organisation the user is in process with",
				orgs: j.orgs, booked: j.booked[orgDomain(d)]}
		}
	}
	return ctx
}

// maxSystemTexts bounds the hiring systems' texts a pass keeps to find
// an interviewer's name in (jobSearch.systemTexts): a mailbox holds a
// few dozen such mails a season, and a pass must not grow with it.
const maxSystemTexts = 256

// speakers are the addresses a message speaks for: its From, and its
// Reply-To when From is a machine writing for someone (replyToSpeaks).
func speakers(m *mail.Message) []mail.Address {
	if replyToSpeaks(m) {
		return append(slices.Clip(m.From), m.ReplyTo...)
	}
	return m.From
}

// learn records what one analysed message tells: the user's mail with job
// words in its subject names people in process; an application receipt,
// an invitation or any message about an interview marks its thread, and
// its sender's organisation when that can stand for an employer.
func (j *jobSearch) learn(in input, cfg Config) {
	m, a := in.m, in.a
	if a.skip {
		return
	}
	if a.sent {
		// The user's answer to a podcast host's "Interview request" is
		// part of the press thread, whatever its subject says.
		if slices.ContainsFunc(m.InReplyTo, func(id string) bool { return j.press[id] }) {
			if m.MessageID != "" {
				j.press[m.MessageID] = true
			}
			return
		}
		// "Re: Inbjudan till nivåtest och intervju", to a language
		// school's registration: the answer to mail that is no
		// interview makes its sender no employer.
		if len(m.InReplyTo) > 0 && j.ruledOut[m.InReplyTo[0]] {
			return
		}
		// Scheduling words alone ("Re: Quick chat?") mark an answer: the
		// user takes up someone's proposal. A letter of the user's own
		// about "den Termin am 14.12." may be to any office.
		sig := cfg.subjectSignals(m.Subject)
		answer := len(m.InReplyTo) > 0 || isReplySubject(m.Subject)
		if sig.application == "" && sig.keyword == "" && !cvSubject(m.Subject) && (sig.scheduling == "" || !answer) {
			return
		}
		j.mark(m)
		for _, list := range [][]mail.Address{m.To, m.Cc} {
			for _, ad := range list {
				e := strings.ToLower(ad.Email)
				if e == "" || cfg.isMe(e) || !PersonAddress(e) || cfg.ownDomain(domainOf(e)) {
					continue
				}
				j.people[e] = true
				if d := domainOf(e); companyDomain(d) {
					j.orgs[orgDomain(d)] = true
				}
			}
		}
		return
	}
	v := a.verdict
	if a.ruledOut && !v.Interview && m.MessageID != "" {
		j.ruledOut[m.MessageID] = true
	}
	if a.press {
		for _, id := range append(append([]string{m.MessageID}, m.InReplyTo...), m.References...) {
			if id != "" {
				j.press[id] = true
			}
		}
		// Those who asked: the sender, or the host a booking system
		// answers for ("Bevestigd: Verdiepend interview ... met Marloes
		// Hendriks" from Calendly, her address in Reply-To), whose own
		// reminder follows. Not a hiring system's employer in Reply-To:
		// its mail is about a job whatever was read into it.
		who := m.From
		if !isJobSystemMail(m) {
			who = speakers(m)
		}
		for _, ad := range who {
			if d := domainOf(ad.Email); companyDomain(d) && !cfg.ownDomain(d) {
				j.pressOrgs[orgDomain(d)] = true
			} else if e := strings.ToLower(ad.Email); !companyDomain(d) && PersonAddress(e) {
				j.pressPeople[e] = true
			}
		}
		return
	}
	// "Welcome to the team", the contract's signing, the first day: the
	// organisation has hired the user, and its meetings from now on are
	// no interviews unless they say so, as after its offer.
	if !v.Interview && either(&a.subj, &a.body, lHired) != "" {
		for _, ad := range speakers(m) {
			if d := domainOf(ad.Email); companyDomain(d) && !cfg.ownDomain(d) {
				if at, ok := j.offered[orgDomain(d)]; !ok || m.Date.Before(at) {
					j.offered[orgDomain(d)] = m.Date
				}
			}
		}
	}
	// "Tu simulacro del martes": a coach's thread about a mock interview
	// speaks of interviews throughout, and is not the job search's.
	if !v.Interview && mockSubject(m.Subject) {
		return
	}
	receipt := either(&a.subj, &a.body, lReceipt) != ""
	job := v.Interview || receipt || a.proposal || a.ctxJob || a.jobTalk ||
		v.Kind == KindRejection || v.Kind == KindOffer || v.Kind == KindCancellation || isVendorMail(m) ||
		(v.Kind == KindReply && either(&a.subj, &a.body, lKeyword) != "")
	if len(m.From) > 0 && (job || cfg.applicationSubject(m.Subject) != "") && v.Kind != KindRejection && PersonAddress(m.From[0].Email) &&
		companyDomain(domainOf(m.From[0].Email)) && !cfg.ownDomain(domainOf(m.From[0].Email)) && len(strings.Fields(m.From[0].Name)) >= 2 {
		j.names[strings.ToLower(strings.TrimSpace(m.From[0].Name))] = orgDomain(domainOf(m.From[0].Email))
	}
	if !job {
		return
	}
	j.mark(m)
	if from := strings.ToLower(firstAddress(m.From)); !v.Interview && v.Kind != KindRejection && (a.jobTalk || v.Kind == KindReply && either(&a.subj, &a.body, lKeyword) != "") &&
		PersonAddress(from) && companyDomain(domainOf(from)) && !cfg.ownDomain(domainOf(from)) {
		j.writers[from] = true
	}
	if v.Kind == KindRejection {
		for _, id := range append([]string{m.MessageID}, m.References...) {
			if id != "" {
				j.rejected[id] = true
			}
		}
		if d := domainOf(firstAddress(m.From)); companyDomain(d) && !cfg.ownDomain(d) {
			if at, ok := j.turnedDown[orgDomain(d)]; !ok || m.Date.Before(at) {
				j.turnedDown[orgDomain(d)] = m.Date
			}
		}
	}
	if v.Kind == KindOffer {
		if d := domainOf(firstAddress(m.From)); companyDomain(d) && !cfg.ownDomain(d) {
			if at, ok := j.offered[orgDomain(d)]; !ok || m.Date.Before(at) {
				j.offered[orgDomain(d)] = m.Date
			}
		}
	}
	if !v.Interview && !receipt {
		return
	}
	if v.Interview && isJobSystemMail(m) && len(j.systemTexts) < maxSystemTexts {
		j.systemTexts = append(j.systemTexts, strings.ToLower(strings.Join(strings.Fields(truncate(a.text, 4<<10)), " ")))
	}
	var starts []time.Time
	if v.Interview && a.hasTime {
		starts = append(starts, a.found.Start)
	}
	for i, ev := range a.events {
		if i < len(a.interview) && a.interview[i] && !ev.Cancelled() {
			starts = append(starts, ev.Start)
		}
	}
	for _, ad := range speakers(m) {
		if d := domainOf(ad.Email); companyDomain(d) && !cfg.ownDomain(d) {
			j.orgs[orgDomain(d)] = true
			j.booked[orgDomain(d)] = append(j.booked[orgDomain(d)], starts...)
		}
	}
	// A hiring system's invitation comes from its own address, but its
	// ORGANIZER and ATTENDEEs are the employer's people (RFC 5545
	// §3.8.4.1, §3.8.4.3): the team lead who later writes "Het gesprek
	// van woensdag gaat niet door" from his own mailbox is in process
	// with the user too. Only a system's invitation speaks for the
	// people it names: anyone else's ICS may name anyone.
	for i, ev := range a.events {
		if !isVendorMail(m) && !isJobSystemMail(m) {
			break
		}
		if i >= len(a.interview) || !a.interview[i] || ev.Cancelled() {
			continue
		}
		seen := map[string]bool{}
		for _, p := range append([]calendar.Person{ev.Organizer}, ev.Attendees...) {
			e := strings.ToLower(p.Email)
			d := domainOf(e)
			if e == "" || cfg.isMe(e) || !companyDomain(d) || cfg.ownDomain(d) || seen[orgDomain(d)] {
				continue
			}
			seen[orgDomain(d)] = true
			if !j.orgs[orgDomain(d)] || !slices.Contains(j.booked[orgDomain(d)], ev.Start) {
				j.orgs[orgDomain(d)] = true
				j.booked[orgDomain(d)] = append(j.booked[orgDomain(d)], ev.Start)
			}
		}
	}
}

func (j *jobSearch) mark(m *mail.Message) {
	if m.MessageID != "" {
		j.ids[m.MessageID] = true
	}
}

func msgLess(a, b *mail.Message) bool {
	if at, bt := arrival(a), arrival(b); !at.Equal(bt) {
		return at.Before(bt)
	}
	// Within a mailbox, UIDs ascend in the order the server took the
	// messages in (RFC 3501 §2.3.1.1).
	if a.Mailbox == b.Mailbox && a.UID != 0 && b.UID != 0 && a.UID != b.UID {
		return a.UID < b.UID
	}
	if a.MessageID != b.MessageID {
		return a.MessageID < b.MessageID
	}
	return a.Subject < b.Subject
}

// arrival is when m was received, as far as followupd can tell: its
// Date, unless the server received it later (see prepare). Arrived is
// zero for a message stored before followupd fetched INTERNALDATE, or one
// whose body was never fetched.
func arrival(m *mail.Message) time.Time {
	if m.Arrived.After(m.Date) {
		return m.Arrived
	}
	return m.Date
}

// dedupeEvents drops repeated VEVENTs: Google sends the invitation both
// as a text/calendar part and as an invite.ics attachment.
func dedupeEvents(a *analysis) {
	seen := map[string]bool{}
	evs, flags, shapes := a.events[:0], a.interview[:0], a.shape[:0]
	for i, ev := range a.events {
		k := fmt.Sprintf("%s|%d|%d|%d", ev.UID, ev.RecurrenceID.Unix(), ev.Sequence, ev.Stamp.Unix())
		if seen[k] {
			continue
		}
		seen[k] = true
		evs = append(evs, ev)
		if i < len(a.interview) {
			flags = append(flags, a.interview[i])
		}
		if i < len(a.shape) {
			shapes = append(shapes, a.shape[i])
		}
	}
	a.events, a.interview, a.shape = evs, flags, shapes
}

// version is one state of a calendar event: from a message or a feed.
type version struct {
	ev     calendar.Event
	in     *input // nil for a feed event
	feed   string // the feed's name, for a feed event
	ivw    bool   // judged an interview on its own
	reason string // why, for a feed event
}

func (v version) date() time.Time {
	if v.in != nil {
		return v.in.m.Date
	}
	return v.ev.Stamp
}

// feedNotice is how long before an interview a feed-only interview counts
// as invited, at the latest. A feed has no invitation date: DTSTAMP is when
// the event was last written, and Google's and Outlook's exports write the
// time of the export there, which moves with every download and may even
// come after the interview. Bounding it by a week before the start keeps
// InvitedAt stable once the interview is near, never after the interview,
// and keeps the messages of the week before it as correspondence.
const feedNotice = 7 * 24 * time.Hour

// invited is when this version says the interview was known.
func (v version) invited() time.Time {
	if v.in != nil {
		return v.in.m.Date
	}
	if v.ev.Start.IsZero() {
		return v.ev.Stamp
	}
	latest := v.ev.Start.Add(-feedNotice)
	if !v.ev.Stamp.IsZero() && v.ev.Stamp.Before(latest) {
		return v.ev.Stamp
	}
	return latest
}

// calendarVersions groups every event by UID and RECURRENCE-ID (see
// occurrencesOf) and applies its versions in iTIP order (RFC 5546
// §2.1.5): a higher SEQUENCE wins, and for equal SEQUENCE a later DTSTAMP.
// An occurrence is an interview when any of its versions is one; later
// updates need not repeat the interview words, and a bare cancellation of
// one instance of an interview series is about an interview too.
func (b *builder) calendarVersions(ins []input, feed []FeedEvent) {
	// First which UIDs have an interview among their versions: a feed
	// is mostly other meetings, whose occurrences need not be copied.
	//
	// The shape of an interview invitation is the weakest evidence: when
	// one version of an event had it and was turned down for what it is
	// ("Rådgivningsmøde"), a moved version whose update leaves that word
	// out ("Flyttet: Pensionsmøde") is not an interview for its shape.
	refused := map[string]bool{}
	for i := range ins {
		in := &ins[i]
		if in.a.sent || in.a.skip {
			continue // not the organiser's word: the user's own, or unproven
		}
		for j, ev := range in.a.events {
			if ev.UID != "" && invitationMethod(ev.Method) && !in.a.interview[j] && in.a.shapeOf(j).had {
				refused[ev.UID] = true
			}
		}
	}
	isInterview := func(in *input, j int) bool {
		return in.a.interview[j] && !(in.a.shapeOf(j).only && refused[in.a.events[j].UID])
	}
	interesting := map[string]bool{}
	for i := range ins {
		in := &ins[i]
		if in.a.sent || in.a.skip {
			continue
		}
		for j, ev := range in.a.events {
			if ev.UID != "" && invitationMethod(ev.Method) && isInterview(in, j) {
				interesting[ev.UID] = true
			}
		}
	}
	verdicts := make([]Verdict, len(feed))
	cache := newVerdictCache()
	for i := range feed {
		if e := &feed[i].Event; e.UID != "" {
			verdicts[i] = cache.classify(e, b.cfg, feed[i].Loose)
			interesting[e.UID] = interesting[e.UID] || verdicts[i].Interview
		}
	}
	byUID := map[string][]version{}
	for i := range ins {
		in := &ins[i]
		if in.a.sent || in.a.skip {
			continue
		}
		for j, ev := range in.a.events {
			if interesting[ev.UID] && invitationMethod(ev.Method) {
				byUID[ev.UID] = append(byUID[ev.UID], version{ev: ev, in: in, ivw: isInterview(in, j)})
			}
		}
	}
	for i := range feed {
		fe := &feed[i]
		if interesting[fe.Event.UID] {
			byUID[fe.Event.UID] = append(byUID[fe.Event.UID],
				version{ev: fe.Event, feed: fe.Feed, ivw: verdicts[i].Interview, reason: verdicts[i].Reason})
		}
	}
	uids := make([]string, 0, len(byUID))
	for uid := range byUID {
		uids = append(uids, uid)
	}
	sort.Strings(uids)
	for _, uid := range uids {
		kept, ignored := authorised(byUID[uid])
		for _, occ := range occurrencesOf(kept) {
			if !occ.interview {
				continue
			}
			vs := occ.versions
			sort.SliceStable(vs, func(i, j int) bool { return versionLess(vs[i], vs[j]) })
			if k := reusedAfterHeld(vs); k > 0 {
				// The organiser re-used the event for the next round
				// after the first was held: two interviews.
				held := b.newFromVersions(uid, occ.rid, vs[:k])
				held.iv.Ignored = append(held.iv.Ignored, ignored...)
				b.all = append(b.all, held)
				next := b.newFromVersions(uid, occ.rid, vs[k:])
				next.iv.ID = shortID(occurrenceID(uid, occ.rid) + "|" + vs[k].ev.Start.UTC().Format(time.RFC3339))
				b.all = append(b.all, next)
				continue
			}
			t := b.newFromVersions(uid, occ.rid, vs)
			t.iv.Ignored = append(t.iv.Ignored, ignored...)
			b.all = append(b.all, t)
		}
	}
}

// reusedAfterHeld returns the index of the version that re-uses an event
// for a further round, or 0: an update sent after the time of the version
// before it had passed, for a later time, under a new title ("Sam Rivera
// / Lucía Moreno", held on 3 December, then that afternoon "Segunda
// ronda: Sam Rivera / Diego Salas / Ana Beltrán" on the 18th, SEQUENCE
// 2). RFC 5546 makes any REQUEST of a UID an update of the one meeting;
// an organiser who edits last week's event into next week's interview
// means a new one. Nobody moves an interview that took place.
func reusedAfterHeld(vs []version) int {
	for k := 1; k < len(vs); k++ {
		prev, cur := vs[k-1].ev, vs[k].ev
		if prev.Cancelled() || cur.Cancelled() || prev.Start.IsZero() || cur.Start.IsZero() || !strings.EqualFold(cur.Method, "REQUEST") {
			continue
		}
		end := prev.End
		if end.IsZero() || !end.After(prev.Start) {
			end = prev.Start.Add(defaultLength)
		}
		sent := vs[k].date()
		if sent.After(end) && cur.Start.After(sent) && normalize(cur.Summary) != normalize(prev.Summary) {
			return k
		}
	}
	return 0
}

func versionLess(a, b version) bool {
	switch {
	case a.ev.Sequence != b.ev.Sequence:
		return a.ev.Sequence < b.ev.Sequence
	case !a.ev.Stamp.Equal(b.ev.Stamp):
		return a.ev.Stamp.Before(b.ev.Stamp)
	case !a.date().Equal(b.date()):
		return a.date().Before(b.date())
	case a.ev.Cancelled() != b.ev.Cancelled():
		return !a.ev.Cancelled() // a cancel at the same SEQUENCE is the later word
	}
	return a.ev.Start.Before(b.ev.Start)
}

func (b *builder) newFromVersions(uid string, rid time.Time, vs []version) *tracked {
	t := newTracked()
	t.iv.ICSUID = uid
	t.iv.ID = occurrenceID(uid, rid)
	t.iv.Status = Scheduled
	// Facts that do not change with updates come from the earliest message.
	byDate := append([]version(nil), vs...)
	sort.SliceStable(byDate, func(i, j int) bool { return byDate[i].date().Before(byDate[j].date()) })
	for _, v := range byDate {
		if v.in != nil {
			t.addMessage(v.in, true)
		}
		if d := v.invited(); !d.IsZero() && (t.iv.InvitedAt.IsZero() || d.Before(t.iv.InvitedAt)) {
			t.iv.InvitedAt = d
		}
	}
	for i, v := range vs {
		b.applyVersion(t, v, i == 0)
	}
	for _, v := range byDate {
		b.fillNames(t, v.ev, v.in)
	}
	if t.iv.Evidence == "" {
		for _, v := range byDate {
			if v.ivw && v.in == nil {
				t.iv.Evidence = feedName(v.feed) + ": " + v.reason
				break
			}
		}
	}
	if t.iv.Evidence == "" && len(vs) > 0 {
		t.iv.Evidence = "calendar event " + uid
	}
	return t
}

// applyVersion makes v the state in force: times, people and place, and
// the status for a cancellation.
func (b *builder) applyVersion(t *tracked, v version, first bool) {
	ev := v.ev
	where := feedName(v.feed) + " event"
	at := ev.Stamp
	if at.IsZero() {
		at = v.invited()
	}
	if v.in != nil {
		where = "message <" + v.in.m.MessageID + ">"
		at = v.in.m.Date
	}
	ref := fmt.Sprintf("%s (UID %s, SEQUENCE %d)", where, ev.UID, ev.Sequence)
	if !ev.RecurrenceID.IsZero() {
		ref = fmt.Sprintf("%s (UID %s, SEQUENCE %d, RECURRENCE-ID %s)", where, ev.UID, ev.Sequence,
			ev.RecurrenceID.UTC().Format(time.RFC3339))
	}
	if ev.Cancelled() {
		if t.iv.Status == Scheduled {
			t.iv.Status, t.iv.StatusAt, t.iv.StatusReason = Cancelled, at, "cancelled by "+ref
		}
		t.iv.Sequence = ev.Sequence
		if first {
			b.setEvent(t, v, at)
		}
		return
	}
	moved := !first && !ev.Start.Equal(t.iv.Start)
	if moved {
		t.was = append(t.was, t.iv.Start)
	}
	b.setEvent(t, v, at)
	switch {
	case first:
		t.iv.StatusAt, t.iv.StatusReason = at, "invited by "+ref
		if movedInstance(ev) {
			// An override that moved its instance is a reschedule, even
			// when it is the first version seen.
			t.iv.StatusReason = fmt.Sprintf("rescheduled by %s from %s",
				ref, b.inZone(ev.RecurrenceID).Format("Mon 2 Jan 15:04 MST"))
		}
		if v.in != nil {
			t.iv.Evidence = v.in.a.verdict.Reason
		}
	case t.iv.Status == Cancelled:
		// A newer invitation after a cancellation invites again.
		t.iv.Status, t.iv.StatusAt, t.iv.StatusReason = Scheduled, at, "invited again by "+ref
	case moved:
		t.iv.StatusAt, t.iv.StatusReason = at, "rescheduled by "+ref
	}
}

func (b *builder) setEvent(t *tracked, v version, at time.Time) {
	ev := v.ev
	dir := directory{}
	if v.in != nil {
		dir = v.in.a.dir
	}
	t.iv.Start, t.iv.End = b.inZone(ev.Start), b.inZone(ev.End)
	if !t.iv.End.After(t.iv.Start) {
		t.iv.End = t.iv.Start.Add(defaultLength)
	}
	t.iv.Location = eventLocation(ev)
	t.iv.Sequence, t.timesAt = ev.Sequence, at
	interviewers, org := eventPeople(ev, b.cfg, dir)
	switch {
	case org.Email == "" && v.in != nil:
		// The organizer is a no-reply or vendor address: the recruiter
		// is whoever the message says to answer.
		org = senderPerson(v.in, b.cfg)
	case org.Email == "" && len(interviewers) > 0:
		// In the user's own calendar the user is often the organizer
		// (a booking page, an event copied by hand): the people to
		// write to are the others.
		org = interviewers[0]
	}
	t.iv.Interviewers, t.iv.Organizer = interviewers, org
	t.addPeople(b.cfg, append([]Person{org}, interviewers...)...)
	t.iv.Why.Time = fmt.Sprintf("DTSTART of %s", versionRef(v))
	t.iv.Why.People = fmt.Sprintf("ORGANIZER and ATTENDEEs of %s", versionRef(v))
	if v.in != nil && org.Email != "" && !strings.EqualFold(org.Email, ev.Organizer.Email) {
		t.iv.Why.People += "; the recruiter from the message's From or Reply-To"
	}
}

// versionRef names a version for Explain: its message or feed, UID and
// SEQUENCE.
func versionRef(v version) string {
	where := feedName(v.feed) + " event"
	if v.in != nil {
		where = "message <" + v.in.m.MessageID + ">"
	}
	return fmt.Sprintf("%s (UID %s, SEQUENCE %d)", where, v.ev.UID, v.ev.Sequence)
}

// inZone shows a time written in UTC ("DTSTART:20261202T130000Z", as
// Google Calendar writes every invitation) in the user's zone: the UTC is
// how the file was encoded, not where the interview happens. Times with a
// TZID keep their own zone.
func (b *builder) inZone(t time.Time) time.Time {
	if t.Location() == time.UTC {
		return t.In(b.cfg.location())
	}
	return t
}

// fillNames sets company and role from the first message (or event) that
// names them.
func (b *builder) fillNames(t *tracked, ev calendar.Event, in *input) {
	people := map[string]bool{}
	if in != nil {
		people = in.a.people
	}
	for _, p := range append(ev.Attendees, ev.Organizer) {
		// A hiring system's ORGANIZER ("CN=Vandermeer Logistics:mailto:
		// vandermeer@myworkday.com") is named for the company, not a
		// person, as in read.
		e := strings.ToLower(p.Email)
		if p.Name != "" && (e == "" || PersonAddress(e) && !recruitingMailbox(e)) {
			people[strings.ToLower(p.Name)] = true
		}
	}
	for _, n := range b.cfg.Names {
		people[strings.ToLower(strings.TrimSpace(n))] = true
	}
	evOrganizer := ev.Organizer.Email
	if b.cfg.isMe(evOrganizer) {
		// The user's own calendar: the user organised it, not the employer.
		evOrganizer = ""
	}
	var subject, text string
	if in != nil {
		subject, text = in.m.Subject, in.a.text
	}
	summary := withoutUsersAffiliation(ev.Summary, b.cfg.Names)
	subject = withoutUsersAffiliation(subject, b.cfg.Names)
	if t.iv.Company == "" {
		where := "message"
		if in != nil {
			where = "message <" + in.m.MessageID + ">"
		}
		notUser := b.notUser
		// Each source is asked only when those before it named nobody:
		// reading the text for a company costs more than all the rest.
		t.iv.Company, t.iv.Why.Company = firstNamed(
			named{func() string {
				return notUser(senderOverTeam(companyFromText(subject, people, b.cfg.keywords()), subject, in))
			}, "the subject of " + where},
			named{func() string {
				return notUser(senderOverTeam(companyFromText(summary, people, b.cfg.keywords()), summary, in))
			}, "the SUMMARY of event " + ev.UID},
			named{func() string { return interviewersOrganisation(evOrganizer, withoutForwarder(t.iv.Interviewers, in)) }, "the interviewers' domain, not the ORGANIZER's (a go-between)"},
			named{func() string { return companyFromDomain(domainOf(evOrganizer)) }, "the ORGANIZER's domain " + domainOf(evOrganizer)},
			named{func() string { return companyFromDomain(domainOf(t.iv.Organizer.Email)) }, "the organizer's domain " + domainOf(t.iv.Organizer.Email)},
			named{func() string { return companyOfPeople(t.iv.Interviewers) }, "the interviewers' domain"},
			named{func() string { return companyFromDomain(jobOrgOf(in)) }, "the organisation its sender wrote from about the job"},
			named{func() string { return notUser(vendorDisplayName(in)) }, "the hiring system's sender name of " + where},
			named{func() string {
				return notUser(companyInSentences(text+"\n\n"+truncate(ev.Description, maxText), people, b.cfg.keywords()))
			}, "the text of " + where},
			named{func() string { return senderCompany(in, people) }, "the sender of " + where},
		)
		t.iv.Company = respelled(t.iv.Company, in, ev.Summary, ev.Description)
	}
	if t.iv.Role == "" {
		t.iv.Role = roleFrom([]string{subject, ev.Summary}, []string{text, ev.Description})
	}
}

// withoutUsersAffiliation drops the brackets right after the user's name
// in a title: "Projektinterview Senior DevOps Engineer (m/w/d) – Sam
// Rivera (Hays)", the client's invitation, names the agency that puts
// the candidate forward, not the employer.
func withoutUsersAffiliation(title string, names []string) string {
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		i := strings.Index(strings.ToLower(title), strings.ToLower(n))
		if i < 0 {
			continue
		}
		rest := strings.TrimLeft(title[i+len(n):], " ")
		if !strings.HasPrefix(rest, "(") {
			continue
		}
		if j := strings.IndexByte(rest, ')'); j > 0 {
			title = strings.TrimRight(title[:i+len(n)]+" "+rest[j+1:], " ")
		}
	}
	return title
}

// dropRehearsed drops an interview known only from words when its
// writer's calendar invitation for that very minute calls the meeting a
// rehearsal: "ti andrebbe di farmi una simulazione? Tipo domenica 13
// alle 18 su Meet", then Google's "Simulazione colloquio Giulia x Sam @
// dom 13 dic 2026 18:00". The invitation's title says what the meeting
// is; the words around a time in a mail may not. So does a booking of an
// appointment that is no job interview for its minute, whoever then
// writes about it, and a research or press session a mail fixed.
func (b *builder) dropRehearsed(ins []input) {
	type slot struct {
		from  string
		start int64
	}
	var rehearsals map[slot]bool // few mailboxes hold any
	// appointments are the minutes the user booked for an appointment
	// that is no job interview ("Parent-Teacher Interviews - Ms
	// Achterberg" on a school's booking page): the teacher's own "See
	// you tomorrow at 17:20 on Meet" is about that one, whoever sends it.
	var appointments map[int64]bool
	for i := range ins {
		in := &ins[i]
		if in.a.sent || in.a.skip {
			continue
		}
		for k, ev := range in.a.events {
			if k >= len(in.a.interview) || in.a.interview[k] {
				continue
			}
			if rehearsalWord(ev.Summary) != "" {
				if rehearsals == nil {
					rehearsals = map[slot]bool{}
				}
				rehearsals[slot{strings.ToLower(firstAddress(in.m.From)), ev.Start.Unix()}] = true
			}
			if h := b.cfg.lexicon().scan(ev.Summary); h.has(lAppointment) != "" {
				if appointments == nil {
					appointments = map[int64]bool{}
				}
				appointments[ev.Start.Unix()] = true
			}
		}
		// A research panel's "Confirmed: your session on Tue, Dec 8 at
		// 4:00 PM CET": the researcher's own note about "interviewing
		// you tomorrow" at that minute is the same session. (Only mail
		// already ruled a press or research interview is read for its
		// times here: there are few.)
		if in.a.press && in.a.scanned {
			for _, r := range in.a.times(in.m, b.cfg) {
				if !r.question && r.found.Start.After(in.m.Date) {
					if appointments == nil {
						appointments = map[int64]bool{}
					}
					appointments[r.found.Start.Unix()] = true
				}
			}
		}
	}
	if rehearsals == nil && appointments == nil {
		return
	}
	b.all = slices.DeleteFunc(b.all, func(t *tracked) bool {
		if t.iv.ICSUID != "" {
			return false
		}
		if appointments[t.iv.Start.Unix()] {
			return true
		}
		for from := range t.senders {
			if rehearsals[slot{from, t.iv.Start.Unix()}] {
				return true
			}
		}
		return false
	})
}

// dropClientPitches drops an interview whose people then write to the
// user as to a client of recruiting: an agency's "15 Minute Quick Chat",
// booked because the user thought it was about a role, then "I'd love to
// understand your hiring plans for 2027 ... we have a bench of pre-vetted
// candidates". The meeting is a sales call to the user's current
// employer, whatever the booking said. A letter that also speaks of the
// user's interview is not such a pitch. Nor is an interview the user
// holds: the agency's hold for its candidate that lists the user among
// the interviewers ("Interviewers: Sam Rivera, Aylin Demir") tells what
// its confirmation in words was about.
func (b *builder) dropClientPitches(ins []input) {
	b.all = slices.DeleteFunc(b.all, func(t *tracked) bool {
		for i := range ins {
			in := &ins[i]
			if in.a.sent || in.a.skip || in.m.Date.Before(t.iv.InvitedAt) || !t.people[strings.ToLower(firstAddress(in.m.From))] ||
				!PersonAddress(firstAddress(in.m.From)) {
				continue
			}
			own := normalize(in.a.text)
			if firstWord(own, clientPitchPhrases) != "" && firstWord(own, b.cfg.keywords()) == "" {
				return true
			}
			if userInterviews(in.a.text, b.cfg.Names) != "" ||
				slices.ContainsFunc(in.a.events, func(ev calendar.Event) bool { return userInterviews(ev.Description, b.cfg.Names) != "" }) {
				return true
			}
		}
		return false
	})
}

// namesFromThread names the company and the role of an interview whose
// defining message named neither from the earlier mail of its thread
// from the same person: a founder's "Perfect, Thursday 9:30 at St
// Oberholz it is!" answers the first mail, signed "Co-founder & CEO,
// Ferncast" and looking "for our first platform engineer".
func (b *builder) namesFromThread(ins []input) {
	var byID map[string]*input
	for _, t := range b.all {
		if t.iv.Company != "" && t.iv.Role != "" {
			continue
		}
		if byID == nil {
			byID = byMessageID(ins)
		}
		// t.iv.Thread is in date order: the earliest mail names first.
		// (A calendar invitation's thread is its own updates.)
		for _, id := range t.iv.Thread {
			if t.iv.ICSUID != "" {
				break
			}
			in := byID[id]
			if in == nil || in.a.skip || in.a.sent || t.defining[id] || !t.senders[strings.ToLower(firstAddress(in.m.From))] {
				continue
			}
			if t.iv.Company == "" {
				if c := respelled(b.textCompany(in), in); c != "" {
					t.iv.Company, t.iv.Why.Company = c, "message <"+id+">, earlier in the thread"
				}
			}
			if t.iv.Role == "" {
				t.iv.Role = roleFrom([]string{in.m.Subject}, []string{in.a.text})
			}
		}
		// A founder's or manager's booking page sends its booking from
		// their personal address, outside the thread of their mail
		// that sent the link ("Tidewater Robotics - hiring manager
		// chat" from owen.gallagher@gmail.com): that person's latest
		// mail before the interview names what the booking does not.
		if t.iv.Company == "" {
			b.namesFromSendersMail(t, ins)
		}
	}
}

// namesFromSendersMail names t's company, and its role if it has none,
// from the latest mail of one of t's human senders before the interview
// was first known, within the four weeks before, in any thread.
func (b *builder) namesFromSendersMail(t *tracked, ins []input) {
	var latest *input
	for i := range ins {
		in := &ins[i]
		from := strings.ToLower(firstAddress(in.m.From))
		if in.a.skip || in.a.sent || t.thread[in.m.MessageID] || !t.senders[from] || !PersonAddress(from) ||
			isVendor(domainOf(from)) || !in.m.Date.Before(t.iv.InvitedAt) || t.iv.InvitedAt.Sub(in.m.Date) > 28*24*time.Hour {
			continue
		}
		if latest == nil || in.m.Date.After(latest.m.Date) {
			latest = in
		}
	}
	if latest == nil {
		return
	}
	// Only mail about the job names its employer: "great meeting you
	// at Rust Berlin" names where the two met.
	if sig := b.cfg.subjectSignals(latest.m.Subject); sig.keyword == "" && sig.application == "" {
		return
	}
	if c := respelled(b.textCompany(latest), latest); c != "" {
		t.iv.Company, t.iv.Why.Company = c, "message <"+latest.m.MessageID+"> of the same sender, before the interview"
		if t.iv.Role == "" {
			t.iv.Role = roleFrom([]string{latest.m.Subject}, []string{latest.a.text})
		}
	}
}

// namesUserInFull reports a text that holds one of the user's names of
// two words or more, as words.
func namesUserInFull(text string, cfg Config) bool {
	low := strings.ToLower(text)
	for _, n := range cfg.Names {
		if n = strings.ToLower(strings.TrimSpace(n)); len(strings.Fields(n)) > 1 && hasWord(low, n) {
			return true
		}
	}
	return false
}

// notUser is c unless it names the user: "Kandidat Rivera –
// Teamleiter IT-Infrastruktur", an agency's subject, names the candidate
// where others name the company.
func (b *builder) notUser(c string) string {
	if namesUser(c, b.cfg) {
		return ""
	}
	return c
}

func senderCompany(in *input, people map[string]bool) string {
	if in == nil {
		return ""
	}
	for _, a := range in.m.From {
		// Not a person who writes through the system ("Sabine Kroll via
		// JOIN" over a text she signs).
		if c := relayedFor(a); c != "" && !signedBy(in.a.own, c) && !people[strings.ToLower(c)] {
			return c
		}
	}
	for _, list := range [][]mail.Address{in.m.ReplyTo, in.m.From} {
		for _, a := range list {
			if c := companyFromDomain(domainOf(a.Email)); c != "" {
				return c
			}
		}
	}
	for _, a := range in.m.From {
		if isVendor(domainOf(a.Email)) {
			return companyFromVendorSender(a, in)
		}
	}
	return ""
}

// relayRE is a display name that names an organisation and the system
// it writes through: "Cóndor Finanzas vía Buk", "Kestrel via Teamtailor",
// "Stadtwerke Emsland über Softgarden", "Vinhedo através da Gupy"; and
// Hungarian's postposition, "Duna Fintech Zrt. a Profession.hu-n
// keresztül".
var (
	relayRE   = lazyRE(`(?i)^(.+?)\s+(?:via|vía|über|através d[aeo]|tramite)\s+(.+)$`)
	relayHuRE = lazyRE(`(?i)^(.+?)\s+az?\s+(\S+?)(?:-\pL+)?\s+keresztül$`)
)

// relayParts splits a display name that says it relays into the
// organisation and the system.
func relayParts(name string) (org, system string, ok bool) {
	name = strings.TrimSpace(name)
	for _, re := range []*lazyRegexp{relayRE, relayHuRE} {
		if m := re.re().FindStringSubmatch(name); m != nil {
			return strings.TrimSpace(m[1]), strings.TrimSpace(m[2]), true
		}
	}
	return "", "", false
}

// relays reports a display name that says it relays (see relayParts).
func relays(name string) bool {
	_, _, ok := relayParts(name)
	return ok
}

// relayedFor is the organisation a sender writes for when its display
// name says it relays through the system whose domain it sends from
// ("Cóndor Finanzas vía Buk <notificaciones@buk.cl>", "... a
// Profession.hu-n keresztül <uzenet@profession.hu>"): a hiring system
// followupd's tables do not know names itself so, and its own name is no
// employer. It is "" for any other sender.
func relayedFor(a mail.Address) string {
	org, sys, ok := relayParts(a.Name)
	if !ok {
		return ""
	}
	system := squash(sys)
	if system == "" {
		return ""
	}
	d := domainOf(a.Email)
	if system == squash(orgDomain(d)) {
		return org
	}
	for _, label := range strings.Split(d, ".") {
		if system == squash(label) {
			return org
		}
	}
	return ""
}

// vendorDisplayName is the employer a hiring system's sender names
// ("Ljungskogs kommun <no-reply@varbi.com>"), or "".
func vendorDisplayName(in *input) string {
	if in == nil {
		return ""
	}
	for _, a := range in.m.From {
		if isVendor(domainOf(a.Email)) {
			if c := companyFromVendorSender(a, in); c != "" {
				return c
			}
		}
	}
	return ""
}

// companyFromVendorSender reads the company a system writes for from its
// display name ("Pied Piper <no-reply@greenhouse.io>"), unless the name is
// the system's own ("Calendly <notifications@calendly.com>") or the person
// who signs the message ("Sabine Kroll via JOIN" over a text signed
// "Sabine Kroll").
func companyFromVendorSender(a mail.Address, in *input) string {
	c := companyFromSenderName(a.Name, in.a.people)
	if named := partNamed(a.Name, in); named != "" {
		c = named
	}
	if c == "" || signedBy(in.a.own, c) {
		return ""
	}
	// The system's own name: "NHS Jobs <no-reply@jobs.nhs.uk>" (nhs.uk
	// is a public suffix, so its label is not the first); "Poslovi
	// Infostud <noreply@infostud.com>", its name with a word before.
	// (Only the system's registrable domain: "rheinwerk" of
	// rheinwerk.fa.oraclecloud.com is the employer the system hosts.)
	for _, label := range strings.Split(domainOf(a.Email), ".") {
		if strings.EqualFold(strings.ReplaceAll(c, " ", ""), label) {
			return ""
		}
	}
	if own, _, _ := strings.Cut(orgDomain(domainOf(a.Email)), "."); len(own) >= 5 && strings.Contains(squash(c), own) {
		return ""
	}
	if systemsOwnName(in.m, c) {
		return ""
	}
	return c
}

// partNamed returns the part of a display name of several ("Olivia |
// Ashcombe Brands": a hiring chatbot's name and its employer's) that the
// message's subject names ("Update: your Ashcombe Brands interview has a
// new time"). "" when none or both. (Not the text: it names the person
// who signs as often as the employer.)
func partNamed(name string, in *input) string {
	for _, sep := range []string{" | ", " – ", " - ", " / "} {
		parts := strings.Split(name, sep)
		if len(parts) < 2 {
			continue
		}
		low := strings.ToLower(in.m.Subject)
		var found string
		n := 0
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if len(p) >= 3 && !in.a.people[strings.ToLower(p)] && hasWord(low, strings.ToLower(p)) {
				found = p
				n++
			}
		}
		if n == 1 {
			return companyFromSenderName(found, in.a.people)
		}
		return ""
	}
	return ""
}

// systemsOwnName reports the name of the system a mailer sends for: "NHS
// Jobs <nhs.jobs@notifications.service.gov.uk>", answered at
// noreply@jobs.nhs.uk, a system's domain that spells the name, every word
// of it. (A Reply-To at the employer's own domain spells the employer.)
func systemsOwnName(m *mail.Message, name string) bool {
	for _, r := range m.ReplyTo {
		if d := domainOf(r.Email); isVendor(d) && spellsAll(d, name) {
			return true
		}
	}
	return false
}

// spellsAll reports whether every word of name is a label of domain
// ("NHS Jobs" of jobs.nhs.uk).
func spellsAll(domain, name string) bool {
	labels := strings.Split(strings.ToLower(domain), ".")
	ws := words(strings.ToLower(name))
	for _, w := range ws {
		if !slices.Contains(labels, w) {
			return false
		}
	}
	return len(ws) > 0
}

// jobOrgOf is the organisation whose person sent in from a private
// address (msgContext.org), or "".
func jobOrgOf(in *input) string {
	if in == nil {
		return ""
	}
	return in.a.jobOrg
}

// interviewersOrganisation is the organisation of an invitation's
// interviewers when they all work at one that is not its organizer's:
// an agency's consultant sends the invitation for the client's panel
// ("Liam Doherty <liam@brackenridge.example>" inviting Priya and Mark of
// fairholme.example), and the panel's organisation is the employer.
func interviewersOrganisation(organizer string, ps []Person) string {
	od := orgDomain(domainOf(organizer))
	if od == "" || !companyDomain(domainOf(organizer)) {
		return ""
	}
	org := ""
	for _, p := range ps {
		d := domainOf(p.Email)
		if !companyDomain(d) || !PersonAddress(p.Email) {
			continue
		}
		switch o := orgDomain(d); {
		case o == od:
			return "" // the organizer's colleagues sit on the panel
		case org != "" && o != org:
			return "" // interviewers of two organisations
		default:
			org = o
		}
	}
	if org == "" {
		return ""
	}
	return companyFromDomain(org)
}

// withoutForwarder is ps without the person who forwarded the invitation
// in ("FW: Interview: ..." from the agency's consultant, whom the
// employer invited beside the candidate): a go-between, no interviewer.
func withoutForwarder(ps []Person, in *input) []Person {
	if in == nil || !isForwardSubject(in.m.Subject) || len(in.m.From) == 0 {
		return ps
	}
	from := strings.ToLower(in.m.From[0].Email)
	return slices.DeleteFunc(slices.Clone(ps), func(p Person) bool { return strings.EqualFold(p.Email, from) })
}

func companyOfPeople(ps []Person) string {
	for _, p := range ps {
		if c := companyFromDomain(domainOf(p.Email)); c != "" {
			return c
		}
	}
	return ""
}

// spelledInThread spells an interview's company as any message of its
// thread does, the fullest spelling found: an invitation names
// "Wattleandgum" by its domain, the recruiter's mail before it signs
// "Wattle & Gum".
func (b *builder) spelledInThread(t *tracked, ins []input, byID map[string]*input) string {
	c := t.iv.Company
	if c == "" {
		return ""
	}
	best, full := "", ""
	look := func(in *input) {
		if in != nil && !in.a.sent && !in.a.skip {
			if sp := spelledAs(c, spellingSources(in)...); len(sp) > len(best) {
				best = sp
			}
			// "NIC Riyadh" of a subject, where the mail wrote "Najd
			// Infrastructure Company (NIC), Riyadh": the name the
			// acronym was defined for.
			if f := acronymDefined(c, in.m.Text); f != "" && len(f) > len(full) {
				full = f
			}
			// "Canadian Northern Infrastructure Agency | Agence
			// canadienne ..." under the signature of cnia.example's
			// staffing adviser: a line that spells the acronym.
			if f := acronymSpelled(c, in.m.Text); f != "" && len(f) > len(full) {
				full = f
			}
			// A hiring system's sender name is the name the employer
			// gave it: "Enerlia Renovables <enerlia@myworkday.com>" is
			// the full name of enerlia.example's Enerlia.
			if v := vendorDisplayName(in); len(v) > len(best) && len(v) > len(c) && strings.HasPrefix(squash(v), squash(c)) &&
				len(strings.Fields(v)) <= len(strings.Fields(c))+2 {
				best = v
			}
		}
	}
	for _, id := range t.iv.Thread {
		look(byID[id])
	}
	// And the employer's other mail, a few: an invitation does not
	// answer the mail that proposed it.
	seen := 0
	for i := range ins {
		if in := &ins[i]; seen < 20 && !t.thread[in.m.MessageID] && t.fromEmployer(in.m) {
			look(in)
			seen++
		}
	}
	if full != "" {
		return full
	}
	if best == "" {
		return c
	}
	// The fullest spelling, if it is the name and not only a run of
	// words that start like its parts (abbreviatedAs): "Grupo Tlalli
	// Logística" and "Van der Meulen Energie" spell their domains in
	// order, "Universal Technical" does not spell "Uni-Tech".
	if sameCompany(best, c) || strings.HasPrefix(squashAnd(best), squash(c)) || strings.HasPrefix(squash(best), squash(c)) ||
		spelledInOrder(c, []*spellText{newSpellText(best)}) != "" && wordsWhole(best, c) {
		return best
	}
	return c
}

// wordsWhole reports whether each word of name is in label whole, but for
// the words a domain leaves out (the kind before the name, small links,
// the trade after it): "Stadtwerken Lahnau", the dative of a sentence,
// spells stadtwerke-lahnau but is not the name to write.
func wordsWhole(name, label string) bool {
	l, lt := squash(label), squash(umlauts.Replace(label))
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		if kindBeforeName[lw] || nameLinks[squash(w)] || companyWord(w) {
			continue
		}
		if sq := squash(w); sq != "" && !strings.Contains(l, sq) && !strings.Contains(lt, squash(umlauts.Replace(w))) {
			return false
		}
	}
	return true
}

// clientInThread reads the employer of an interview that has no company
// from an agency's first mail in its thread, which names its client:
// "Client: Calderbrook Energy (renewables, HQ in Leeds)", "for our client
// Ashdown Insurance". The agency's later mails say only "Calderbrook".
func clientInThread(t *tracked, byID map[string]*input) string {
	for _, id := range t.iv.Thread {
		if in := byID[id]; in != nil && !in.a.skip && !in.a.sent {
			if c := clientNamed(in); c != "" {
				return c
			}
		}
	}
	return ""
}

// agencyItself names the agency whose recruiter the interview is with,
// when its mail names no client: the agency's own screening call ("Intro
// call – Quayside Talent with Jonas Albrecht", booked on his Calendly).
// An agency's domain stands for no employer (see companyFromDomain), so
// only as its mail spells the domain: "Quayside Talent" of
// quayside-talent.example.
func agencyItself(t *tracked, byID map[string]*input) string {
	for _, p := range append([]Person{t.iv.Organizer}, t.iv.Interviewers...) {
		e := strings.ToLower(p.Email)
		d := domainOf(e)
		if !PersonAddress(e) || !companyDomain(d) || !agencyDomain(d) {
			continue
		}
		label, _, _ := strings.Cut(orgDomain(d), ".")
		for _, id := range t.iv.Thread {
			if in := byID[id]; in != nil && !in.a.skip {
				if c := spelledAs(label, spellingSources(in)...); c != "" {
					return c
				}
			}
		}
	}
	return ""
}

// wrappedName reports a name that runs from the end of line onto the
// next and ends there in a legal form: "Nordwerk" + "Maschinenbau GmbH".
func wrappedName(line, name string) bool {
	line = strings.TrimRight(line, " ")
	first, _, _ := strings.Cut(name, " ")
	i := strings.LastIndex(line, first)
	if i < 0 || !strings.HasPrefix(name, line[i:]+" ") {
		return false // the name does not start on this line and run on
	}
	ws := strings.Fields(sentenceEnd(name))
	return len(ws) > 1 && legalForms[strings.ToLower(strings.TrimRight(ws[len(ws)-1], ",."))]
}

// sentenceEnd cuts a name where its sentence ends: "Larkspur Payments.
// You're booked in" is "Larkspur Payments". (Not at an initial's stop:
// "J. Murphy & Sons".)
func sentenceEnd(name string) string {
	for i := 0; i < len(name); {
		j := strings.Index(name[i:], ". ")
		if j < 0 {
			break
		}
		j += i
		if w := name[strings.LastIndexByte(name[:j], ' ')+1 : j]; utf8.RuneCountInString(w) > 1 {
			return name[:j+1]
		}
		i = j + 2
	}
	return name
}

// clientNamed returns the client an agency's message names: "Client:
// Calderbrook Energy", "for our client Ashdown Insurance", "the client
// is Larkspur Payments".
func clientNamed(in *input) string {
	re := companyPatterns[clientPattern]
	lines := strings.Split(truncate(in.a.text, maxText), "\n")
	for i, line := range lines {
		if !companyPatternMayMatch(clientPattern, strings.ToLower(line)) {
			continue
		}
		// A name the writer's mail program wrapped ("unserem Mandanten,
		// der Nordwerk\nMaschinenbau GmbH") goes on at the start of the
		// next line, as far as its legal form.
		if i+1 < len(lines) {
			if m := re.re().FindStringSubmatch(strings.TrimRight(line, " ") + " " + lines[i+1]); m != nil && wrappedName(line, m[1]) {
				if c := acceptCompany(sentenceEnd(m[1]), in.a.people); c != "" {
					return c
				}
			}
		}
		for _, m := range re.re().FindAllStringSubmatch(line, -1) {
			if c := acceptCompany(sentenceEnd(m[1]), in.a.people); c != "" {
				return c
			}
		}
		for _, m := range clientApposRE.re().FindAllStringSubmatch(line, -1) {
			if c := acceptCompany(sentenceEnd(m[1]), in.a.people); c != "" {
				return c
			}
		}
	}
	// "Nun darf ich Ihnen auch den Namen nennen: Es handelt sich um die
	// Aurelius Bank AG": a search named at last, in the words that
	// introduce a name.
	for _, m := range clientNowNamedRE.re().FindAllStringSubmatch(truncate(in.a.text, maxText), -1) {
		if c := acceptCompany(sentenceEnd(m[1]), in.a.people); c != "" {
			return c
		}
	}
	return ""
}

// clientApposRE finds a client described first and named after a comma:
// "con un cliente nuestro del sector logística, Grupo Altamar", "a client
// of ours in the energy sector, Calder Mutual", "einen Kunden aus der
// Logistikbranche, die Nordwerk AG". The description starts with a
// lower-case word, so "client Acme Corp, ..." is not read here.
var clientApposRE = lazyRE(`(?i:\bclients?|\bklienta|\bkunden?|\bklant|\bcliente|\bkund|\bmandanten?)\s+\p{Ll}[\p{Ll}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,6},\s+(?:(?i:the|die|der|das|la|le|el|het|l'|l’)\s*)?` + nameRE)

// clientNowNamedRE finds the name after the words that introduce one:
// "es handelt sich um die ...", "il s'agit de ...", "se trata de ...".
var clientNowNamedRE = lazyRE(`(?i:handelt sich um|handelt es sich um|il s'agit de|il s’agit de|se trata de|si tratta di|het gaat om|trata-se da|trata-se de)` +
	`(?:\s+(?i:die|der|das|den|la|le|l'|el|los|las|il|lo|de|het|a|o))?\s+` + nameRE)

// spellsWordsOf reports a domain label that spells a run of the words of
// a name ("regionalgrowth" of "Department for Regional Growth"), other
// than one word that any company's name may hold ("technologies").
func spellsWordsOf(label, name string) bool {
	ws := strings.Fields(name)
	for i := range ws {
		for j := i + 1; j <= len(ws); j++ {
			if squash(strings.Join(ws[i:j], " ")) != squash(label) {
				continue
			}
			if j-i > 1 || !companyWords[strings.ToLower(ws[i])] {
				return true
			}
		}
	}
	return false
}

// roleInThread reads the role from any message of the interview's thread,
// oldest first: the invitation names the company, the application's answer
// before it named the job.
func roleInThread(t *tracked, byID map[string]*input) string {
	return roleIn(t.iv.Thread, byID)
}

// roleIn reads the role from the first of the messages ids that names
// one.
func roleIn(ids []string, byID map[string]*input) string {
	for _, id := range ids {
		if in := byID[id]; in != nil && !in.a.skip {
			text := in.a.text
			if in.a.sent {
				text = "" // the user's own words name what they applied for, not always as titled
			}
			if r := roleFrom([]string{in.m.Subject}, []string{text}); r != "" {
				return r
			}
		}
	}
	return ""
}

// withTeam adds to the role the team a subject names after it, once the
// company is known to be another name: "Software Engineer II - Claims
// Platform" from Harborview Insurance is the posting's title. A name
// after a title is either (see afterTitle); the company decides which.
func (b *builder) withTeam(t *tracked, byID map[string]*input) string {
	role, company := t.iv.Role, t.iv.Company
	if role == "" || company == "" {
		return role
	}
	for _, id := range t.iv.Thread {
		in := byID[id]
		if in == nil || in.a.sent {
			continue
		}
		// The subject, then the text's own sentences: "Merci pour
		// votre candidature au poste de Product Manager Senior –
		// Paiements B2B."
		for _, s := range []string{cleanSubject(in.m.Subject), clauseAfterRole(in.a.text, role)} {
			i := strings.Index(s, role)
			if i < 0 {
				continue
			}
			m := teamAfterRE.re().FindStringSubmatch(s[i+len(role):])
			if m == nil {
				continue
			}
			team := m[2]
			if !bareNameRE.re().MatchString(team) || hasRoleWord(team) || meetingLabel(team) || likelySameCompany(team, company) ||
				in.a.people[strings.ToLower(team)] || namedAsPerson(in.a.text, team) ||
				firstWord(normalize(team), b.cfg.keywords()) != "" || isSubjectWord(team) || statusOnly(team) || cvSubject(team) ||
				workMode(team) || placeOrContract(team) || roleQuestionNouns[strings.ToLower(team)] || namesUser(team, b.cfg) ||
				dashRefRE.re().MatchString(" - "+team) || len(timetext.FindDates(team, timetext.Options{Ref: in.m.Date, Loc: b.cfg.location()})) > 0 {
				// ("Analytics Engineer - Thursday": the day of the
				// call the subject was written for.)
				continue
			}
			return role + m[1] + team
		}
	}
	return role
}

// clauseAfterRole is the title where a text first names it with a dash
// after it, up to the end of its sentence or line; "" when it does not.
func clauseAfterRole(text, role string) string {
	text = truncate(text, 4<<10)
	for from := 0; ; {
		i := strings.Index(text[from:], role)
		if i < 0 {
			return ""
		}
		i += from
		end := i + len(role)
		rest := text[end:]
		if !strings.HasPrefix(rest, " – ") && !strings.HasPrefix(rest, " - ") && !strings.HasPrefix(rest, " — ") {
			from = end
			continue
		}
		// "Software Engineer, Infrastructure - Pair Programming (90
		// min)": a session and its length, not a team.
		if line, _, _ := strings.Cut(rest, "\n"); sessionLengthRE.re().MatchString(line) {
			return ""
		}
		for _, stop := range []string{". ", ".\n", "\n", "? ", "! ", " (", ": "} {
			if j := strings.Index(rest, stop); j >= 0 {
				rest = rest[:j]
			}
		}
		return role + strings.TrimRight(rest, ".")
	}
}

// teamAfterRE is a last dash- or comma-separated part of a subject, before
// a company after a bar: its separator, then the part.
var teamAfterRE = lazyRE(`^(\s+[–—-]\s+|,\s+)([^–—|,-]+?)\s*(?:\|.*)?$`)

// roleFromPitch is the job title in the subjects of the mail the
// interview's people wrote before it, outside its thread: a recruiter's
// pitch "Senior Frontend Engineer - Series B payments scale-up", then a
// booking page's "20 Minute Intro Call with Oliver Pryce" that names no
// job. One title only: an agency pitching two jobs does not say which.
func roleFromPitch(t *tracked, ins []input) string {
	return soleRole(ins, func(in *input) string {
		if in.a.sent || in.a.skip || !in.m.Date.Before(t.iv.InvitedAt) || t.thread[in.m.MessageID] {
			return ""
		}
		if from := firstAddress(in.m.From); !t.people[from] || !PersonAddress(from) {
			return ""
		}
		// Its subject, else its text: "Dank je wel voor je sollicitatie
		// op de vacature Senior Software Engineer – Data Platform".
		return roleFrom([]string{in.m.Subject}, []string{in.a.text})
	})
}

// soleRole is the one role that read finds in ins ("" for a message it
// does not read): "" when none does, or when two differ.
func soleRole(ins []input, read func(*input) string) string {
	role := ""
	for i := range ins {
		r := read(&ins[i])
		if r == "" {
			continue
		}
		if role != "" && !strings.EqualFold(role, r) {
			return ""
		}
		role = r
	}
	return role
}

// teamInThread is t's company, unless it stands after the job title in
// the subject of t's thread, where a team stands as often, and one of
// the thread's messages signs for its sender's own organisation
// (senderOverTeam, for a thread): "Candidatura Product Manager –
// Plataforma de Autoconsumo", confirmed from a phone by one line, from
// a recruiter whose first letter signed "Talent Acquisition · Lumbre
// Energía".
func teamInThread(t *tracked, byID map[string]*input) string {
	c := t.iv.Company
	if c == "" {
		return c
	}
	for _, id := range t.iv.Thread {
		in := byID[id]
		// (A hiring system's display name may be its recruiter's, which
		// only the message itself tells from the employer's.)
		if in == nil || in.a.sent || isVendor(domainOf(firstAddress(in.m.From))) || !afterTitle(cleanSubject(in.m.Subject), c) {
			continue
		}
		if v := sendersOwnName(c, in); v != "" {
			return v
		}
	}
	return c
}

// roleInCompanysSubjects reads the role from the subjects of earlier
// mail that names t's company, from a hiring system or a person, outside
// t's thread: "Parcelbird - Take-home assignment (Backend Engineer, Go)"
// before a booking titled "Take-home review (60 min) with Parcelbird
// Engineering". Two roles named so leave it unsaid.
func roleInCompanysSubjects(t *tracked, ins []input) string {
	company := strings.ToLower(t.iv.Company)
	if letters(company) < 3 {
		return ""
	}
	return soleRole(ins, func(in *input) string {
		if in.a.sent || in.a.skip || !in.m.Date.Before(t.iv.Start) || t.thread[in.m.MessageID] ||
			!hasWord(strings.ToLower(in.m.Subject), company) {
			return ""
		}
		return roleFrom([]string{in.m.Subject}, nil)
	})
}

// named is a value and where it came from.
// named is one source of a value and what firstNamed reports it came from.
type named struct {
	value func() string
	from  string
}

// firstNamed returns the first source's value that is not empty, asking
// each in turn.
func firstNamed(ns ...named) (value, from string) {
	for _, n := range ns {
		if v := n.value(); v != "" {
			return v, n.from
		}
	}
	return "", ""
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func newTracked() *tracked {
	return &tracked{
		defining: map[string]bool{},
		thread:   map[string]bool{},
		dated:    map[string]time.Time{},
		people:   map[string]bool{},
		domains:  map[string]bool{},
		senders:  map[string]bool{},
	}
}

// shortID is a stable, short name for an interview: 12 hex digits of a
// SHA-256, plenty for a few hundred interviews.
// messageKey is the ID of an interview first known from message m: its
// Message-ID, or, for a message without a usable one, what identifies it
// instead (sender, date, subject), so that two such messages never share
// an interview ID (the store refuses duplicates, and the draft journal is
// keyed by it).
func messageKey(m mail.Message) string {
	if m.MessageID != "" {
		return shortID("mid:" + m.MessageID)
	}
	from := ""
	if len(m.From) > 0 {
		from = m.From[0].Email
	}
	return shortID("nomid:" + from + "|" + m.Date.UTC().Format(time.RFC3339Nano) + "|" + m.Subject)
}

func shortID(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:6])
}

// addMessage adds a message (and what it replies to) to the thread, in
// date order (see sortThread). defining marks the interview's own
// invitations and confirmations.
func (t *tracked) addMessage(in *input, defining bool) {
	m := in.m
	if t.first.IsZero() || m.Date.Before(t.first) {
		t.first = m.Date
		t.iv.ThreadTopic = topic(m.Subject)
		if len(in.a.events) > 0 {
			// "Invitation: X @ Tue Dec 1, 2026 10am (CET) (addr)" goes
			// stale with the first reschedule; X is the topic.
			t.iv.ThreadTopic = cleanSubject(m.Subject)
		}
	}
	ids := append(append([]string{}, m.References...), m.InReplyTo...)
	ids = append(ids, m.MessageID)
	for _, id := range ids {
		if id != "" && !t.thread[id] {
			t.thread[id] = true
			t.iv.Thread = append(t.iv.Thread, id)
		}
	}
	if id := m.MessageID; id != "" {
		if d, ok := t.dated[id]; !ok || m.Date.Before(d) {
			t.dated[id] = m.Date
		}
	}
	t.sortThread()
	if defining && m.MessageID != "" {
		t.defining[m.MessageID] = true
	}
	if defining {
		t.senders[strings.ToLower(firstAddress(m.From))] = true
	}
}

// sortThread orders Thread by the messages' dates, ties by Message-ID, so
// that its last element, the one a draft replies to, is the newest
// whatever order Build met the messages in. Message-IDs known only from
// References or In-Reply-To have no date and go first, in the order they
// were added: RFC 5322 §3.6.4 lists References oldest first.
func (t *tracked) sortThread() {
	sort.SliceStable(t.iv.Thread, func(i, j int) bool {
		a, b := t.iv.Thread[i], t.iv.Thread[j]
		da, aok := t.dated[a]
		db, bok := t.dated[b]
		switch {
		case aok != bok:
			return bok
		case !aok:
			return false
		case !da.Equal(db):
			return da.Before(db)
		}
		return a < b
	})
}

// addPeople records the employer's people: their addresses, and their
// organisation's domain when it can stand for the employer.
func (t *tracked) addPeople(cfg Config, ps ...Person) {
	for _, p := range ps {
		e := strings.ToLower(p.Email)
		if e == "" || cfg.isMe(e) || !PersonAddress(e) {
			continue
		}
		t.people[e] = true
		if d := domainOf(e); companyDomain(d) && !cfg.ownDomain(d) {
			t.domains[orgDomain(d)] = true
		}
	}
}

// linked reports whether m belongs to t's thread by its headers.
func (t *tracked) linked(m *mail.Message) bool {
	if t.thread[m.MessageID] {
		return true
	}
	for _, id := range append(append([]string{}, m.InReplyTo...), m.References...) {
		if t.thread[id] {
			return true
		}
	}
	return false
}

// fromEmployer reports whether m was written by the employer's people:
// From or Reply-To is one of them, or from the employer's domain.
func (t *tracked) fromEmployer(m *mail.Message) bool {
	for _, a := range m.From {
		if t.isEmployers(a.Email) {
			return true
		}
	}
	// Checked last: most mail has no Reply-To, and asking whether From
	// is a machine costs more than the lookups.
	if replyToSpeaks(m) {
		for _, a := range m.ReplyTo {
			if t.isEmployers(a.Email) {
				return true
			}
		}
	}
	return false
}

// fromOtherOrganisation reports mail from an organisation's domain that
// is not the employer's: a stranger who learnt a Message-ID of the thread
// (copied on one of its messages) and answers in it. Such a message never
// speaks for the employer, thread or not; a freemail address or a system
// may (a recruiter writing from a phone, a scheduler's notice).
func (t *tracked) fromOtherOrganisation(m *mail.Message) bool {
	from := firstAddress(m.From)
	d := domainOf(from)
	return companyDomain(d) && !t.isEmployers(from)
}

func (t *tracked) isEmployers(addr string) bool {
	e := strings.ToLower(addr)
	return t.people[e] || t.domains[orgDomain(domainOf(e))]
}

// toEmployer reports whether the user's message m went to the employer.
func (t *tracked) toEmployer(m *mail.Message) bool {
	for _, list := range [][]mail.Address{m.To, m.Cc} {
		for _, a := range list {
			e := strings.ToLower(a.Email)
			if t.people[e] || t.domains[orgDomain(domainOf(e))] {
				return true
			}
		}
	}
	return false
}

// sameRoleAsBefore gives an interview that names no role the role of the
// employer's other interviews, when they name one and the same: the second
// round ("Bursztyn Tech - drugi etap rekrutacji") is for the job of the
// first. out[i] is all[i]'s interview; the employer is the same company
// with people at the same domain.
// sameNameAsBefore names an interview that only its domain named
// ("Uwaalstad" of uwaalstad.example, a second round's room booking) as
// the employer's other interviews from that domain name it ("Universiteit
// van Waalstad" in the first round's letter), when they agree.
func sameNameAsBefore(out []Interview, all []*tracked) {
	fromDomain := func(i int) bool {
		for d := range all[i].domains {
			if c := companyFromDomain(d); c != "" && squash(c) == squash(out[i].Company) {
				return true
			}
		}
		return false
	}
	for i := range out {
		if out[i].Company == "" || !fromDomain(i) {
			continue
		}
		name := ""
		for j := range out {
			if j == i || out[j].Company == "" || squash(out[j].Company) == squash(out[i].Company) || fromDomain(j) || !shareDomain(all[i], all[j]) ||
				!sharesWordWith(out[j].Company, out[i].Company) {
				continue
			}
			if name != "" && !sameCompany(name, out[j].Company) {
				name = ""
				break // two names for one domain: which is not said
			}
			name = out[j].Company
		}
		if name != "" {
			out[i].Company, out[i].Why.Company = name, "the same employer's other interview ("+out[i].Why.Company+")"
		}
	}
}

// sharesWordWith reports a word of name, of four letters or more, that
// the name a domain gives spells: "Waalstad" of "Universiteit van
// Waalstad" in "Uwaalstad". A person's name misread elsewhere ("Jiwoo
// Park") shares none.
func sharesWordWith(name, domainName string) bool {
	label := squash(domainName)
	for _, w := range strings.Fields(name) {
		if sq := squash(w); utf8.RuneCountInString(sq) >= 4 && strings.Contains(label, sq) {
			return true
		}
	}
	return false
}

func sameRoleAsBefore(out []Interview, all []*tracked) {
	for i := range out {
		if out[i].Role != "" || out[i].Company == "" {
			continue
		}
		role := ""
		for j := range out {
			// The same name is the same employer when they share a
			// domain, or when one came through a go-between (a
			// headhunter's first call, the client's own invitation to
			// the next round).
			if j == i || out[j].Role == "" || !sameCompany(out[i].Company, out[j].Company) ||
				!shareDomain(all[i], all[j]) && !viaGoBetween(all[i], out[i].Company) && !viaGoBetween(all[j], out[j].Company) {
				continue
			}
			if role != "" && !strings.EqualFold(role, out[j].Role) {
				role = ""
				break // two jobs with one employer: which is not said
			}
			role = out[j].Role
		}
		out[i].Role = role
	}
}

// viaGoBetween reports an interview none of whose domains spells its
// company: an agency, a headhunter or a board arranged it.
func viaGoBetween(t *tracked, company string) bool {
	for d := range t.domains {
		if sharesWordWith(company, d) {
			return false
		}
	}
	return len(t.agents) > 0 || len(t.domains) > 0
}

func shareDomain(a, b *tracked) bool {
	for d := range a.domains {
		if b.domains[d] {
			return true
		}
	}
	return false
}

// invitationSettles merges an interview that words fixed into the
// employer's calendar invitation that came after them, for another time
// near it: "4pm Thursday is fine" read as the nearest Thursday, "I'm free
// Monday 7th after 14:00 or Tuesday 8th" read as the Monday, then the
// employer's invitation for Thursday the 10th at 16:00. The invitation
// (or its update) is the employer's last word when it came after the
// words and before the time they named, for a slot within a fortnight of
// it, and says no further round.
func (b *builder) invitationSettles(ins []input) {
	byID := byMessageID(ins)
	round := func(t *tracked) bool {
		for id := range t.defining {
			if in := byID[id]; in != nil && (in.a.newRound || in.a.subj.has(lRound) != "") {
				return true
			}
		}
		return false
	}
	b.all = slices.DeleteFunc(b.all, func(t *tracked) bool {
		if t.iv.ICSUID != "" || t.iv.Status != Scheduled {
			return false
		}
		// Words that named the invitation's time too ("two interviews:
		// the 14th at 10:00 with the team, the 16th at 12:30 with the
		// director") knew both: neither settles the other.
		named := func(at time.Time) bool {
			for id := range t.defining {
				if in := byID[id]; in != nil && slices.ContainsFunc(in.a.reads, func(r timeRead) bool { return r.found.Start.Equal(at) }) {
					return true
				}
			}
			return false
		}
		// Words that listed several stages ("Technical Screen ...
		// Tuesday", "Hiring Manager Conversation ... Thursday") knew
		// them all: an invitation for one of them settles no other.
		for id := range t.defining {
			if in := byID[id]; in != nil && len(in.a.listed) > 1 {
				return false
			}
		}
		company := t.iv.Company
		if company == "" {
			company = clientInThread(t, byID)
		}
		for _, o := range b.all {
			if o == t || o.iv.ICSUID == "" || o.iv.Status != Scheduled || !employersWord(o, t, company) || named(o.iv.Start) ||
				!(likelySameCompany(o.iv.Company, t.iv.Company) || t.iv.Company == "") ||
				!o.timesAt.After(t.timesAt) || !o.timesAt.Before(t.iv.Start) ||
				absDur(o.iv.Start.Sub(t.iv.Start)) > 14*24*time.Hour || round(o) {
				continue
			}
			o.absorb(t)
			return true
		}
		return false
	})
}

// employersWord reports an invitation o sent from the side of the
// interview t its words fixed: by one of its people or from its domain,
// or by a scheduling system, or from the domain that spells the company
// the words named (an agency announces "our client Logística Ebro", and
// the invitation comes from logisticaebro.example). A stranger who names
// the company, or writes its recruiter into ORGANIZER, moves nothing
// (DESIGN, Trust).
func employersWord(o, t *tracked, company string) bool {
	for e := range o.senders {
		d := domainOf(e)
		if t.people[e] || companyDomain(d) && (t.domains[orgDomain(d)] || domainSpells(d, company)) || isVendor(d) || isCalendarSystem(d) {
			return true
		}
	}
	return false
}

// contactsForMachines gives an interview that only a hiring system
// announced (a Greenhouse itinerary from no-reply, a Workday update) the
// employer's person who wrote to the user about it: the latest one in its
// thread, else the organizer of the same company's interview before. A
// person thanks the recruiter who arranged it; a draft to no one helps
// nobody. A one-way video interview stays without one, and so does a
// cancelled one, which has nobody to thank.
// newestFirst returns the Message-IDs of ids that byID holds, the latest
// message first (then by Message-ID, so that a build never depends on the
// order of a map).
func newestFirst(ids map[string]bool, byID map[string]*input) []string {
	var out []string
	for id := range ids {
		if byID[id] != nil {
			out = append(out, id)
		}
	}
	slices.SortFunc(out, func(x, y string) int {
		if c := byID[y].m.Date.Compare(byID[x].m.Date); c != 0 {
			return c
		}
		return strings.Compare(x, y)
	})
	return out
}

func (b *builder) contactsForMachines(byID map[string]*input) {
	for _, t := range b.all {
		if t.iv.OneWay || t.iv.Status == Cancelled || hasPersonAddress(t.iv) {
			continue
		}
		var found Person
		var from string
		for id := range t.thread {
			in := byID[id]
			if in == nil || in.a.sent || in.a.skip {
				continue
			}
			p := senderPerson(in, b.cfg)
			d := domainOf(strings.ToLower(p.Email))
			// (Not a private address: anyone may restate a system's
			// booking from one, and a stranger must not become the one
			// a draft goes to.)
			if !PersonAddress(p.Email) || !companyDomain(d) || b.cfg.ownDomain(d) {
				continue
			}
			// The employer's own people, not an agency's or a friend's;
			// or whoever set the time it has now (the HR person who
			// moved a job board's booking, writing from a domain that
			// spells the company in another script).
			setTime := t.defining[id] && in.m.Date.Equal(t.timesAt)
			if c := companyFromDomain(orgDomain(d)); !setTime && !t.domains[orgDomain(d)] && (c == "" || !likelySameCompany(c, t.iv.Company)) {
				continue
			}
			if from == "" || in.m.Date.After(byID[from].m.Date) || in.m.Date.Equal(byID[from].m.Date) && id < from {
				found, from = p, id
			}
		}
		if from != "" {
			t.iv.Organizer = found
			t.iv.Why.People = fmt.Sprintf("%s wrote about it in message <%s>; the hiring system's own mail names nobody", found.Email, from)
			continue
		}
		// "If you need to reschedule, please contact your recruiter,
		// Priya Shah, at priya.shah@initrode.example": the system's
		// mail names the person behind it; its latest mail, when they
		// name different people.
		for _, id := range newestFirst(t.defining, byID) {
			in := byID[id]
			if in.a.sent {
				continue
			}
			if es := t.contactsNamed(in.a.own, b.cfg); len(es) > 0 {
				found, from = in.a.dir.person("", es[0]), id
			}
			if from != "" {
				break
			}
		}
		if from != "" {
			t.iv.Organizer = found
			t.iv.Why.People = fmt.Sprintf("%s, named in message <%s> from the hiring system", found.Email, from)
			continue
		}
		// "Gesprächspartner: Frank Ostermann, Pflegedienstleitung": the
		// system's mail names the interviewer without an address, and
		// he writes from his own about another interview with the same
		// employer, before or after.
		for _, o := range b.all {
			if o == t || !sameCompany(o.iv.Company, t.iv.Company) || !PersonAddress(o.iv.Organizer.Email) {
				continue
			}
			for _, id := range newestFirst(t.defining, byID) {
				if in := byID[id]; !in.a.sent && namedIn(in.a.own, o.iv.Organizer.Name) {
					found, from = o.iv.Organizer, id
					break
				}
			}
			if from != "" {
				break
			}
		}
		if from != "" {
			t.iv.Organizer = found
			t.iv.Why.People = fmt.Sprintf("%s, named in message <%s> and writing from %s about another interview with %s",
				found.Name, from, found.Email, t.iv.Company)
			continue
		}
		var before *tracked
		for _, o := range b.all {
			if o != t && o.iv.Start.Before(t.iv.Start) && sameCompany(o.iv.Company, t.iv.Company) &&
				PersonAddress(o.iv.Organizer.Email) && (before == nil || o.iv.Start.After(before.iv.Start)) {
				before = o
			}
		}
		if before != nil {
			t.iv.Organizer = before.iv.Organizer
			t.iv.Why.People = fmt.Sprintf("%s, who organised the interview with %s on %s; the hiring system's own mail names nobody",
				before.iv.Organizer.Email, t.iv.Company, before.iv.Start.Format(time.DateOnly))
		}
	}
}

// namedIn reports a person's name, of two words or more, written in
// text, as a display name gives it or as a directory writes it ("Ostermann,
// Frank" is Frank Ostermann).
func namedIn(text, name string) bool {
	name = strings.TrimSpace(name)
	if last, first, ok := strings.Cut(name, ","); ok {
		name = strings.TrimSpace(first) + " " + strings.TrimSpace(last)
	}
	if len(strings.Fields(name)) < 2 {
		return false
	}
	return strings.Contains(strings.ToLower(strings.Join(strings.Fields(text), " ")), strings.ToLower(strings.Join(strings.Fields(name), " ")))
}

// addressesIn returns the mail addresses written in text, lower case,
// each once, in order ("... contact Priya at priya.shah@initrode.example.").
// contactsNamed returns the addresses of the employer's people that a
// hiring system's mail names in text ("please contact your recruiter,
// Priya Shah, at priya.shah@initrode.example"): at a domain of the
// employer's, or one whose name is the company's or spells words of it
// ("hannah.okafor@regionalgrowth.example" for the Department for Regional
// Growth). A helpdesk's address at another organisation is nobody's.
func (t *tracked) contactsNamed(text string, cfg Config) []string {
	var out []string
	for _, e := range addressesIn(text) {
		d := domainOf(e)
		if cfg.isMe(e) || !PersonAddress(e) || !companyDomain(d) || cfg.ownDomain(d) || recruitingMailbox(e) {
			continue
		}
		label, _, _ := strings.Cut(orgDomain(d), ".")
		if c := companyFromDomain(orgDomain(d)); t.domains[orgDomain(d)] || c != "" && likelySameCompany(c, t.iv.Company) ||
			spellsWordsOf(label, t.iv.Company) || t.domainSpellsAs(label, t.iv.Company) || startsWithItsName(label, t.iv.Company) {
			out = append(out, e)
		}
	}
	return out
}

// startsWithItsName reports a domain label that starts with the name's
// own word, its first of five letters or more that is not a word any
// company may have: thamesbridgehospitals of "Thamesbridge University
// Hospitals NHS Foundation Trust", not healthgroup of "Health ...".
func startsWithItsName(label, name string) bool {
	l := squash(label)
	for _, w := range strings.Fields(name) {
		w = squash(w)
		if len(w) < 5 || companyWords[w] {
			continue
		}
		return strings.HasPrefix(l, w)
	}
	return false
}

func addressesIn(text string) []string {
	var out []string
	for {
		at := strings.IndexByte(text, '@')
		if at < 0 {
			return out
		}
		start, end := at, at+1
		for start > 0 && addressByte(text[start-1]) {
			start--
		}
		for end < len(text) && addressByte(text[end]) {
			end++
		}
		e := strings.ToLower(strings.Trim(text[start:end], ".-_+"))
		if local, dom, ok := strings.Cut(e, "@"); ok && local != "" && strings.Contains(dom, ".") && !slices.Contains(out, e) {
			out = append(out, e)
		}
		text = text[end:]
	}
}

// addressByte reports an ASCII byte that may stand in a mail address as
// people write them.
func addressByte(c byte) bool {
	return c == '.' || c == '-' || c == '_' || c == '+' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// hasPersonAddress reports whether an interview names someone a draft
// may go to: its organizer or an interviewer at a person's address.
func hasPersonAddress(iv Interview) bool {
	if PersonAddress(strings.ToLower(iv.Organizer.Email)) {
		return true
	}
	return slices.ContainsFunc(iv.Interviewers, func(p Person) bool { return PersonAddress(strings.ToLower(p.Email)) })
}

// companyInSystemsEarlierMail is the employer that the hiring system
// which booked t named in its earlier mail about the same job, the newest
// such: NHS Jobs' "Thamesbridge University Hospitals NHS Foundation Trust
// would like to invite you to an interview for the job: Specialist
// Occupational Therapist ..." before its "Interview booked: Specialist
// Occupational Therapist ..." that names none. The same job: the subject
// names t's title.
func (b *builder) companyInSystemsEarlierMail(t *tracked, ins []input) string {
	if t.iv.Role == "" {
		return ""
	}
	for i := len(ins) - 1; i >= 0; i-- {
		in := &ins[i]
		from := strings.ToLower(firstAddress(in.m.From))
		if in.a.sent || t.thread[in.m.MessageID] || !t.senders[from] || !isVendor(domainOf(from)) || in.m.Date.After(t.iv.InvitedAt) ||
			!strings.Contains(in.m.Subject, t.iv.Role) {
			continue
		}
		// What the text says, a field or a sentence: the system's
		// display name and subject are the later mail's too.
		if c := b.notUser(employerField(in.a.text, in.a.people, in.a.publicZone != nil)); c != "" {
			return c
		}
		if c := b.notUser(companyInSentences(in.a.text, in.a.people, b.cfg.keywords())); c != "" {
			return c
		}
	}
	return ""
}

// byMessageID indexes the inputs by Message-ID (messages without one are
// left out).
func byMessageID(ins []input) map[string]*input {
	byID := make(map[string]*input, len(ins))
	for i := range ins {
		if id := ins[i].m.MessageID; id != "" {
			byID[id] = &ins[i]
		}
	}
	return byID
}

func (b *builder) result(ins []input) []Interview {
	byID := byMessageID(ins)
	out := make([]Interview, 0, len(b.all))
	for _, t := range b.all {
		// Before the contacts: the company says whose people they are.
		if t.iv.Company == "" {
			t.iv.Company = b.companyInSystemsEarlierMail(t, ins)
		}
	}
	b.contactsForMachines(byID)
	for _, t := range b.all {
		if t.iv.Company == "" {
			t.iv.Company = clientInThread(t, byID)
		}
		if t.iv.Company == "" {
			t.iv.Company = agencyItself(t, byID)
		}
		t.iv.Company = b.spelledInThread(t, ins, byID)
		t.iv.Company = teamInThread(t, byID)
		if t.iv.Role == "" {
			t.iv.Role = roleInThread(t, byID)
		}
		if t.iv.Role == "" {
			t.iv.Role = roleFromPitch(t, ins)
		}
		if t.iv.Role == "" {
			t.iv.Role = roleIn(t.shadowed, byID)
		}
		if t.iv.Role == "" {
			t.iv.Role = roleInCompanysSubjects(t, ins)
		}
		names := append([]string(nil), b.cfg.Names...)
		for _, p := range append([]Person{t.iv.Organizer}, t.iv.Interviewers...) {
			names = append(names, p.Name)
		}
		names = append(names, t.agents...)
		for _, id := range t.iv.Thread {
			if in := byID[id]; in != nil && !in.a.sent {
				names = append(names, otherOrg(t, firstAddress(in.m.From))...)
			}
		}
		t.iv.Role = tidyRole(t.iv.Role, t.iv.Company, names)
		if namesUserInFull(t.iv.Role, b.cfg) {
			// "Fwd: SRE-Kandidat Sam Rivera": a subject about the
			// candidate, which no separator parts from a title.
			t.iv.Role = ""
		}
		t.iv.Role = b.withTeam(t, byID)
		// "Ferrovento S.r.l.": a person writing to them says Ferrovento.
		t.iv.Company = withoutLegalForm(t.iv.Company)
		sort.SliceStable(t.iv.Correspondence, func(i, j int) bool {
			ci, cj := t.iv.Correspondence[i], t.iv.Correspondence[j]
			if !ci.At.Equal(cj.At) {
				return ci.At.Before(cj.At)
			}
			return ci.MessageID < cj.MessageID
		})
		out = append(out, t.iv)
	}
	sameRoleAsBefore(out, b.all)
	sameNameAsBefore(out, b.all)
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Start.Equal(out[j].Start) {
			return out[i].Start.Before(out[j].Start)
		}
		return out[i].ID < out[j].ID
	})
	return out
}
