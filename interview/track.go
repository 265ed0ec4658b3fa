package interview

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/followupd/followupd/interview/timetext"
	"github.com/followupd/followupd/mail"
)

// sameSlot is how far apart two mentions of one interview's start may be:
// a recruiter rounds, or writes the time in another zone by hand.
const sameSlot = time.Hour

// textConfirmations merges each time confirmed in words into the interview
// it is about (same thread, or same company and start within an hour),
// moves an interview when the text says it was moved, and otherwise
// creates one.
func (b *builder) textConfirmations(ins []input) {
	for i := range ins {
		if in := &ins[i]; len(in.a.roundOffers) > 0 && in.m.MessageID != "" {
			if b.roundOffers == nil {
				b.roundOffers = map[string][]time.Time{}
			}
			b.roundOffers[in.m.MessageID] = in.a.roundOffers
		}
	}
	b.sendersClocks(ins)
	var byID map[string]*input
	for i := range ins {
		in := &ins[i]
		if in.a.sent {
			if byID == nil {
				byID = byMessageID(ins)
			}
			b.askedToMove(in, byID)
			continue
		}
		kind := in.a.verdict.Kind
		if in.a.skip || (kind != KindConfirmation && kind != KindOneWay) || !in.a.hasTime {
			continue
		}
		if len(in.a.listed) == 0 {
			b.confirmation(in, respelled(b.textCompany(in), in), "")
			continue
		}
		// One message, interviews with several organisations, or the
		// stages of one: each is its own, under its own ID.
		moved := b.restagedTimes(in)
		for i, l := range in.a.listed {
			if moved[i] {
				continue
			}
			a := *in.a
			a.found, a.timeLine, a.listed = l.found, l.sentence, nil
			a.reschedule = a.reschedule || l.reschedule
			li := &input{m: in.m, a: &a}
			if l.stage != "" {
				// The stages of one organisation's process.
				b.confirmation(li, respelled(b.textCompany(li), li), "stage "+l.stage)
				continue
			}
			b.confirmation(li, titleCased(l.company, in.m.Subject), l.company)
		}
	}
}

// sendersClocks reads the times a message writes without a zone, and
// states none for, on the clock its sender's earlier mail stated: a
// university's notice that the interview moves to "2:00pm" is on the UK
// clock its invitation named ("11:15am", beside "your right to work in
// the UK"), not the user's, which was only a guess. The earlier mail's
// clock counts only when it was stated, and was not the user's.
func (b *builder) sendersClocks(ins []input) {
	user := b.cfg.location()
	type clock struct {
		loc *time.Location
		at  time.Time
	}
	stated := map[string]clock{}
	order := make([]int, len(ins))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return ins[x].m.Date.Compare(ins[y].m.Date) })
	for _, i := range order {
		in := &ins[i]
		if in.a.sent || in.a.skip || !in.a.hasTime {
			continue
		}
		from := strings.ToLower(firstAddress(in.m.From))
		if !in.a.zoneGuessed {
			if loc := in.a.found.Start.Location(); loc != user && loc != time.Local {
				stated[from] = clock{loc, in.m.Date}
			}
			continue
		}
		c, ok := stated[from]
		if !ok || in.a.found.Zone != "" || in.m.Date.Sub(c.at) > 90*24*time.Hour {
			continue
		}
		onClock := func(t time.Time) time.Time {
			if t.IsZero() || t.Location() != user {
				return t
			}
			return sameClockIn(t, c.loc)
		}
		in.a.found.Start = onClock(in.a.found.Start)
		for k := range in.a.listed {
			if in.a.listed[k].found.Zone == "" {
				in.a.listed[k].found.Start = onClock(in.a.listed[k].found.Start)
			}
		}
	}
}

// askedToMove joins to an interview still to come the thread the user
// starts to ask its people to move it, naming its day: a hiring system's
// invitation names the contact person, and the user writes to her ("I'm
// on a business trip on Thursday 3 December ... perhaps on another day
// that week?"). Her answer with another time then moves the interview.
// The interview was announced before the letter, to someone it names as
// one of its people or whose address its announcement gives.
func (b *builder) askedToMove(in *input, byID map[string]*input) {
	m := in.m
	if len(m.InReplyTo) > 0 || len(m.References) > 0 || m.MessageID == "" || !asksToMove(in.a.text, b.cfg) {
		return
	}
	for _, t := range b.all {
		if !t.iv.Start.After(m.Date) || !t.iv.InvitedAt.Before(m.Date) {
			continue
		}
		// "I just received the Saramin notification for the second
		// interview on Thursday 3 December at 4 PM KST": the user's own
		// words name a job board's booking, which names nobody to
		// write to, by its very minute.
		boardsSlot := systemsNotice(t) && restatesTime(in, t.iv.Start)
		if !boardsSlot && !namesDay(in.a.text, m.Date, t.iv.Start) {
			continue
		}
		if t.toEmployer(m) || b.namedInAnnouncement(t, m, byID) || boardsSlot {
			t.thread[m.MessageID] = true
			return
		}
	}
}

// namedInAnnouncement reports a recipient of the user's message m whose
// address the text of one of t's defining messages gives ("Lisätietoja
// antaa ... Tiina Lehtonen, tiina.lehtonen@jarvela.example").
func (b *builder) namedInAnnouncement(t *tracked, m *mail.Message, byID map[string]*input) bool {
	for id := range t.defining {
		d := byID[id]
		if d == nil {
			continue
		}
		low := strings.ToLower(d.a.text)
		for _, a := range append(slices.Clone(m.To), m.Cc...) {
			if e := strings.ToLower(a.Email); e != "" && !b.cfg.isMe(e) && strings.Contains(low, e) {
				return true
			}
		}
	}
	return false
}

// restagedTimes applies a recap of a process's stages that moves some
// of them ("Riepilogando: ven 11/12 ore 9:30 – colloquio tecnico; gio
// 17/12 ore 18:00 – colloquio con Elena", after the user asked to move
// the second from Tuesday): in the thread of interviews still to come,
// the stages listed at a time none of them has take the places of those
// known from words at a time the recap no longer lists, in the order of
// their times, when there are as many of each. It returns which listed
// times it applied, moved or restated.
func (b *builder) restagedTimes(in *input) map[int]bool {
	// Those booked by calendar count as listed, not as moved: their
	// calendar has the last word on their time.
	var known []*tracked
	for _, t := range b.all {
		if t.linked(in.m) && t.iv.Status == Scheduled && t.iv.Start.After(in.m.Date) && t.fromEmployer(in.m) {
			known = append(known, t)
		}
	}
	if len(known) == 0 {
		return nil
	}
	var fresh []int
	kept, keptAt := map[*tracked]bool{}, map[int]*tracked{}
	for i, l := range in.a.listed {
		if l.stage == "" {
			return nil // organisations, not stages
		}
		j := slices.IndexFunc(known, func(t *tracked) bool { return absDur(t.iv.Start.Sub(l.found.Start)) <= sameSlot })
		if j < 0 {
			fresh = append(fresh, i)
			continue
		}
		kept[known[j]] = true
		keptAt[i] = known[j]
	}
	var gone []*tracked
	for _, t := range known {
		if !kept[t] && t.iv.ICSUID == "" {
			gone = append(gone, t)
		}
	}
	if len(fresh) == 0 || len(fresh) != len(gone) {
		return nil
	}
	slices.SortFunc(gone, func(x, y *tracked) int { return x.iv.Start.Compare(y.iv.Start) })
	moved := map[int]bool{}
	for i, t := range keptAt {
		t.addMessage(in, true) // restated, as it was
		moved[i] = true
	}
	for k, i := range fresh {
		t, l := gone[k], in.a.listed[i]
		length := t.iv.End.Sub(t.iv.Start)
		t.iv.Start, t.iv.End = l.found.Start, l.found.Start.Add(length)
		t.timesAt = in.m.Date
		t.iv.Why.Time = fmt.Sprintf("message <%s>: %q", in.m.MessageID, shorten(l.sentence, 160))
		t.iv.StatusAt, t.iv.StatusReason = in.m.Date, "rescheduled by message <"+in.m.MessageID+">"
		t.addMessage(in, true)
		moved[i] = true
	}
	return moved
}

// titleCased is a name written in capitals ("PEMBROKE CIDER CO.", as
// agencies head their lists) as the subject spells it ("Pembroke
// Cider"), when it does; else the name.
func titleCased(name, subject string) string {
	if name != strings.ToUpper(name) {
		return name
	}
	bare := withoutLegalForm(name)
	if i := strings.Index(strings.ToLower(subject), strings.ToLower(bare)); i >= 0 && len(strings.ToLower(bare)) == len(bare) {
		return subject[i : i+len(bare)]
	}
	return name
}

// confirmation merges one time confirmed in words into the interview it is
// about, moves it, or creates one; idPart tells apart the interviews of
// one message (see analysis.listed).
func (b *builder) confirmation(in *input, company, idPart string) {
	start := in.a.found.Start
	if !in.a.newRound && b.roundOffered(in, start) {
		// "c'est calé : jeudi 17 décembre à 14h" answers the offer of
		// a second round on that day.
		in.a.newRound = true
	}
	var t *tracked
	if idPart != "" {
		// One of several organisations' interviews in one message: the
		// thread does not tell which; the organisation and the slot do.
		for _, o := range b.all {
			if absDur(o.iv.Start.Sub(start)) <= sameSlot && (sameCompany(o.iv.Company, company) || o.iv.Company == "" && o.linked(in.m)) {
				t = o
				break
			}
		}
	} else {
		t = b.match(in, func(t *tracked) bool {
			if start.Equal(t.iv.Start) && t.senders[strings.ToLower(firstAddress(in.m.From))] {
				// A scheduling system's reminder, for the slot it
				// booked, that names no company or names its bot
				// ("Olivia"): the same sender at the same minute.
				return true
			}
			if !in.a.reschedule && sameDay(start, t.iv.Start) && t.senders[strings.ToLower(firstAddress(in.m.From))] &&
				restatesTime(in, t.iv.Start) {
				// The same sender's agenda of the day, whose first line is
				// the interview's own time ("09:00 Acreditación ... 13:00
				// Entrevistas individuales"): the same day, restated.
				return true
			}
			// A name is anyone's to write: it joins an interview whose
			// people write from a domain that spells it, or that has
			// only a hiring system's mail (see trustedName).
			ours := sameCompany(t.iv.Company, company) && t.trustedName() || t.fromEmployer(in.m) ||
				// "OFFICIAL: 412783 Senior Data Architect - interview
				// joining details" from the department, after Civil
				// Service Jobs' "Interview slot booked - 412783": the
				// vacancy's number names the process a job board booked.
				len(t.domains) == 0 && sharesReference(in.m.Subject, t.iv.ThreadTopic) ||
				// The recruiter's "OHDA" for the slot its hiring system
				// booked as "Oregon Health Data Authority".
				company != "" && t.iv.Company != "" && initialled(company, t.iv.Company) && t.trustedName()
			// "Hi Sam, confirming Monday at 11:30" from the team lead a
			// Halifax booking names: read on the user's clock only
			// because the mail states no zone, it is the booking's own
			// clock time on its day (see onClockOf).
			if ours && in.a.zoneGuessed && in.a.found.Zone == "" && !in.a.reschedule && !in.a.newRound &&
				!start.Equal(t.iv.Start) && sameClockIn(start, t.iv.Start.Location()).Equal(t.iv.Start) {
				return true
			}
			// Workday's notice of the slot an Outlook update then moved,
			// written before the move: the same interview, as it was.
			if ours && in.m.Date.Before(t.timesAt) && slices.ContainsFunc(t.was, start.Equal) {
				return true
			}
			if d := t.iv.Start.Sub(start); ours && t.bookedFor(in.m) && in.a.found.Relative && !in.a.reschedule && !in.a.newRound &&
				d > 0 && d <= 3*7*24*time.Hour && d%(7*24*time.Hour) == 0 {
				// "saw your booking come through - Thursday 9:30am my
				// time works": the booked Thursday, a week or more
				// out, not the nearest one.
				return true
			}
			return absDur(t.iv.Start.Sub(start)) <= sameSlot && ours
		})
	}
	if t != nil {
		start = b.onClockOf(in, t, start)
		// "Looking forward to our chat on Thursday at 2pm UK time",
		// written a week before: the thread's interview, on that
		// weekday at that time, not the nearest Thursday.
		if d := t.iv.Start.Sub(start); in.a.found.Relative && !in.a.reschedule && !in.a.newRound && d > 0 && d%(7*24*time.Hour) == 0 {
			start = t.iv.Start
			in.a.found.Start = start
		}
	}
	if t != nil && in.a.roundInSubject && t.linked(in.m) && !t.heldBefore(in.m.Date) && t.iv.Start.After(in.m.Date) {
		// "RE: Uitnodiging tweede gesprek": the second round the
		// thread was opened for, still to come, and no further one.
		in.a.newRound = false
	}
	// "Arjun asked me to already lock in the final round ... Thursday,
	// 14 Jan 2027, 5pm SGT", in the thread of the hiring manager's
	// round: a round named in the text, and no word for moving.
	roundNamed := t != nil && in.a.body.has(lRound) != "" && !sameDay(t.iv.Start, start)
	if t != nil && absDur(t.iv.Start.Sub(start)) > sameSlot &&
		(t.heldBefore(in.m.Date) || !in.a.reschedule && (in.a.newRound || roundNamed || !t.iv.Start.After(in.m.Date))) {
		// The thread goes on after an interview, or says "second
		// round": another interview, not a move of the first. One
		// held a day or more before cannot be moved, whatever words
		// a conditional aside uses ("if travelling is a problem they
		// can do it on Teams instead", "si vous ne pouvez pas vous
		// déplacer").
		t = nil
	}
	if t != nil && t.iv.ICSUID != "" && absDur(t.iv.Start.Sub(start)) > sameSlot && !in.a.reschedule &&
		in.m.Date.Before(t.timesAt) && start.Before(t.timesAt) {
		// Personio's "Telefontermin: Montag, 30.11.2026, 10:00" in the
		// thread whose calendar invitation, sent on 2 December, is for
		// the second round: words written before an invitation, for a
		// time that had come by when it was sent, name an interview of
		// their own, not the invitation's.
		t = nil
	}
	if t != nil && absDur(t.iv.Start.Sub(start)) > sameSlot && otherStage(in.a.timeLine, t) {
		if !in.a.reschedule {
			// "booked your hiring manager conversation with her for
			// Tuesday 01/12", in the thread of a technical screen
			// booked by calendar: the next stage, not a move of the
			// screen.
			t = nil
		} else if named := b.stageNamed(in, company); named != nil {
			// "We've moved your technical interview to Thursday", in
			// the thread of the onsite: the technical interview.
			t = named
		}
	}
	if t == nil && in.a.reschedule {
		if t = b.latestFromEmployer(in, company); t != nil && t.heldBefore(in.m.Date) {
			t = nil
		}
		if t == nil {
			t = b.systemsBookingNamed(in, company)
		}
	}
	if t != nil && in.a.reschedule && idPart == "" {
		// "Andris will be travelling on 14 January, so we have moved it
		// to Friday, 15 January": of the employer's interviews to come,
		// the one whose day the moving sentence names.
		t = b.movedByDay(in, company, t)
	}
	moved := false
	if t == nil && idPart == "" && !in.a.newRound {
		t = b.bookedSlotNamed(in, company, start)
		moved = t != nil
	}
	if t == nil {
		t = b.newFromText(in, company)
		if idPart != "" {
			t.iv.ID = shortID(messageKey(*in.m) + "|" + squash(idPart))
		}
		b.all = append(b.all, t)
		return
	}
	if in.a.reschedule && !in.a.newRound && idPart == "" && start.Equal(t.iv.Start) {
		// The move's new time is known already, from the new booking
		// that came first ("Ik heb onze kennismaking verzet naar maandag
		// 7 december om 14:00" beside Calendly's second confirmation):
		// the employer's interview it moves away from is this one.
		if old := b.latestFromEmployer(in, company, t); old != nil && old.iv.Start.After(in.m.Date) {
			t.absorb(old)
			b.all = slices.DeleteFunc(b.all, func(x *tracked) bool { return x == old })
		}
	}
	// A calendar's times are exact; words only move an interview when
	// they say so and are newer than the calendar's last word.
	moves := in.a.reschedule || moved || t.iv.ICSUID == ""
	// "holt Sie am 14.01. um 9.45 Uhr an der Hotelrezeption ab; der
	// Vortrag beginnt wie angekündigt um 10.15 Uhr": the interview's own
	// time, said again, and another for getting there. Nothing moves
	// without a word for moving. ("10.30 our time 11.30 yours" gives the
	// time on both clocks: the reader's corrects the clock the first
	// mail was read on.)
	restated := moves && !in.a.reschedule && !moved && in.m.Date.After(t.timesAt) && !start.Equal(t.iv.Start) &&
		!in.a.found.Yours && restatesTime(in, t.iv.Start)
	if restated && idPart == "" && start.After(t.iv.End) && !sameDay(start, t.iv.Start) {
		// "Our call is still on for this Friday, December 4 at 9:30
		// a.m. ET ... They've both blocked Thursday, December 10 from
		// 2:00 to 3:00 p.m. ET for a video interview": the interview as
		// it stands, and a further one on a later day.
		b.all = append(b.all, b.newFromText(in, company))
		return
	}
	t.addMessage(in, true)
	if from := firstAddress(in.m.From); len(t.domains) == 0 && companyDomain(domainOf(from)) && !isJobBoard(domainOf(from)) && !isVendor(domainOf(from)) &&
		sharesReference(in.m.Subject, t.iv.ThreadTopic) {
		// The department's own mail about the vacancy a job board
		// booked: its domain is the employer's, whose name it gives.
		t.domains[orgDomain(domainOf(from))] = true
		t.addPeople(b.cfg, senderPerson(in, b.cfg))
	}
	if from := firstAddress(in.m.From); t.iv.Company != "" && companyDomain(domainOf(from)) && domainSpells(domainOf(from), t.iv.Company) {
		// The employer's own person confirming what a job board
		// booked ("Confirmación de entrevista" from tlaloc-energia.example
		// after Computrabajo's "Tlaloc Energía"): one of its people, whose
		// later word (a cancellation) then concerns it.
		t.addPeople(b.cfg, senderPerson(in, b.cfg))
	}
	if in.m.Date.Before(t.iv.InvitedAt) {
		t.iv.InvitedAt = in.m.Date
	}
	if restated {
		moves = false
	}
	if moves && in.m.Date.After(t.timesAt) && !start.Equal(t.iv.Start) {
		length := in.a.found.Dur
		if length == 0 {
			length = t.iv.End.Sub(t.iv.Start) // moved, not shortened
		}
		t.iv.Start, t.iv.End = start, start.Add(length)
		t.timesAt = in.m.Date
		t.iv.Why.Time = fmt.Sprintf("message <%s>: %q", in.m.MessageID, shorten(in.a.timeLine, 160))
		t.iv.StatusAt, t.iv.StatusReason = in.m.Date, "rescheduled by message <"+in.m.MessageID+">"
	}
	t.offerCompany(company, "message <"+in.m.MessageID+">")
}

// referenceRE finds a vacancy's or a requisition's number: five to nine
// digits standing alone.
var referenceRE = lazyRE(`(?:^|[^\d])(\d{5,9})(?:[^\d]|$)`)

// sharesReference reports two subjects that hold the same vacancy number.
func sharesReference(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	for _, m := range referenceRE.re().FindAllStringSubmatch(a, -1) {
		for _, n := range referenceRE.re().FindAllStringSubmatch(b, -1) {
			if m[1] == n[1] {
				return true
			}
		}
	}
	return false
}

// stageKinds are the stages of a hiring process as mail names them, by
// kind; see otherStage.
var stageKinds = []struct{ kind, words string }{
	{"screen", "phone screen|recruiter screen|recruiter call|intro call|screening call"},
	{"technical", "technical screen|technical interview|coding interview|system design|pairing session|tech screen"},
	{"manager", "hiring manager"},
	{"onsite", "onsite|on-site|virtual onsite"},
	{"final", "final round|final interview"},
}

// stagesIn returns the kinds of stage (stageKinds) s names.
func stagesIn(s string) map[string]bool {
	low, out := strings.ToLower(s), map[string]bool{}
	for _, k := range stageKinds {
		for _, w := range strings.Split(k.words, "|") {
			if hasWord(low, w) {
				out[k.kind] = true
			}
		}
	}
	return out
}

// stagesOf returns the kinds of stage interview t is named as, in its
// thread's subject or its evidence (as its invitation titled it).
func stagesOf(t *tracked) map[string]bool {
	return stagesIn(t.iv.ThreadTopic + "\n" + t.iv.Evidence)
}

// otherStage reports whether sentence names a stage of the process and
// the interview t is named as another and not that one.
func otherStage(sentence string, t *tracked) bool {
	here, there := stagesIn(sentence), stagesOf(t)
	return len(here) > 0 && len(there) > 0 && !sharesStage(here, there)
}

// sharesStage reports a kind of stage both sets name.
func sharesStage(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// stageNamed returns the one interview still to come, of the employer
// that wrote in, named as the stage in's time line names: the technical
// interview that "we've moved your technical interview to Thursday"
// moves, written in the thread of the onsite. Nil when none or several
// are.
func (b *builder) stageNamed(in *input, company string) *tracked {
	here := stagesIn(in.a.timeLine)
	var named *tracked
	for _, t := range b.all {
		if t.iv.Status != Scheduled || !t.iv.Start.After(in.m.Date) || !t.announcedBy(in, company) {
			continue
		}
		if !sharesStage(here, stagesOf(t)) {
			continue
		}
		if named != nil {
			return nil
		}
		named = t
	}
	return named
}

// movedByDay returns the interview a move is about when its sentence names
// the day of exactly one of the employer's interviews to come, and that
// is not t's; else t.
func (b *builder) movedByDay(in *input, company string, t *tracked) *tracked {
	if namesDay(in.a.timeLine, in.m.Date, t.iv.Start) {
		return t
	}
	var named *tracked
	for _, o := range b.all {
		if o == t || o.iv.Status != Scheduled || !o.iv.Start.After(in.m.Date) || !o.announcedBy(in, company) ||
			!namesDay(in.a.timeLine, in.m.Date, o.iv.Start) {
			continue
		}
		if named != nil {
			return t
		}
		named = o
	}
	if named == nil {
		return t
	}
	return named
}

// restatesTime reports whether the message's own words give the clock of
// at, on its day ("der Vortrag beginnt wie angekündigt um 10.15 Uhr").
func restatesTime(in *input, at time.Time) bool {
	opt := timetext.Options{Ref: in.m.Date, Loc: at.Location()}
	restated := func(c timetext.Mention) bool {
		// "débutera à 10h15 et non à 9h30": the time corrected away from.
		return c.Start.Equal(at) && firstWord(normalize(in.a.own[max(0, c.Pos-16):c.Pos]), insteadOfPhrases) == ""
	}
	// "Our call is still on for this Friday, December 4 at 9:30 a.m.
	// ET": the day written too, read on the clock the message's own time
	// was ("All confirmed for Wednesday 9th December at 2.30pm" from
	// Dublin corrects a 2.30pm first read on the user's clock).
	var found []timetext.Mention
	read := false
	mentions := func() []timetext.Mention {
		if !read {
			found, read = timetext.Find(in.a.own, timetext.Options{Ref: in.m.Date, Loc: in.a.found.Start.Location()}), true
		}
		return found
	}
	// (Not a clock given again on another one, which belongs to the day
	// before it: "Mittwoch, 9. Dezember, 17:00 Uhr bei uns (10:00 Uhr
	// in Austin)" restates nothing of a Tuesday at 17:00.)
	alt := func(c timetext.Mention) bool {
		return slices.ContainsFunc(mentions(), func(f timetext.Mention) bool { return f.Alt && f.Pos <= c.Pos && c.Pos < f.End })
	}
	return slices.ContainsFunc(timetext.FindClocksOn(in.a.own, at, opt), func(c timetext.Mention) bool { return restated(c) && !alt(c) }) ||
		slices.ContainsFunc(mentions(), restated)
}

// heldBefore reports whether the interview ended at least a day before
// at. Within the day a new time may still move it: "sorry we missed each
// other, could we do Thursday instead?", or a move the builder applies
// later (see sameDayMoves) that the thread already agreed.
func (t *tracked) heldBefore(at time.Time) bool {
	return !t.iv.End.IsZero() && !t.iv.End.Add(24*time.Hour).After(at)
}

// mergeSameSlot merges interviews that start at the same minute with the same
// company (or one whose company is not known): the mail that moved an
// interview and the calendar's update that followed it, each known
// first from another message ("Serait-il possible ... le jeudi 17
// décembre à 14h30 ?" and "Invitation mise à jour : ... jeu. 17 déc.
// 14:30"). Nobody sits two interviews with one company at once. The one
// with a calendar event keeps its identity and exact times.
func (b *builder) mergeSameSlot(ins []input) {
	out := b.all[:0]
	for _, t := range b.all {
		var into *tracked
		for _, o := range out {
			// The same person of the employer's at the same minute is
			// one interview, whatever each took for the company ("Round
			// 2 - Techno Managerial | ..." names the round where the
			// company stands).
			if o.iv.Start.Equal(t.iv.Start) && (o.iv.Status == t.iv.Status || cancelledAfter(o, t) || cancelledAfter(t, o) || decidedAfter(o, t) || decidedAfter(t, o)) &&
				(sameParty(o, t) || invitedByNamed(o, t) || invitedByNamed(t, o)) &&
				(likelySameCompany(o.iv.Company, t.iv.Company) || o.iv.Company == "" || t.iv.Company == "" ||
					initialled(o.iv.Company, t.iv.Company) || initialled(t.iv.Company, o.iv.Company) || sharesPerson(o, t) ||
					sharesDomain(o, t) || systemsNotice(o) || systemsNotice(t)) {
				into = o
				break
			}
		}
		if into == nil {
			out = append(out, t)
			continue
		}
		if into.iv.ICSUID == "" && t.iv.ICSUID != "" {
			*into, *t = *t, *into // the calendar's interview absorbs the other
		}
		// "Spitalverbund Seeland-Nord", as the agency wrote it, over
		// "Seeland-Nord" of the invitation's domain.
		if len(t.iv.Company) > len(into.iv.Company) && likelySameCompany(t.iv.Company, into.iv.Company) {
			into.iv.Company, into.iv.Why.Company = t.iv.Company, t.iv.Why.Company
		}
		if decidedAfter(t, into) {
			// The hiring system's rejection of the interview its
			// interviewer invited to: the outcome stands.
			into.iv.Status, into.iv.StatusAt, into.iv.StatusReason = t.iv.Status, t.iv.StatusAt, t.iv.StatusReason
		}
		into.absorb(t)
	}
	b.all = out
	b.dropShadowed(ins)
}

// maxSessionGap is the longest break between two sessions of one interview
// day: a lunch or a quarter of an hour between back-to-back rounds.
const maxSessionGap = 75 * time.Minute

// mergeSessions makes one interview of the sessions of a virtual onsite or
// an interview day that one message brought as several calendar events
// (GoodTime's and ModernLoop's one VEVENT per session): the same
// organizer, the same status, each starting at most maxSessionGap after
// the one before ends. The candidate sits one interview day and thanks
// its people once; the day starts with its first session and ends with
// its last, and every session's interviewers are its interviewers.
// Sessions that separate messages booked stay apart, unless a scheduling
// system sent them together (sessionBatch), as do rounds on other days.
func (b *builder) mergeSessions() {
	byStart := slices.Clone(b.all)
	slices.SortStableFunc(byStart, func(x, y *tracked) int { return x.iv.Start.Compare(y.iv.Start) })
	merged := map[*tracked]bool{}
	var days []*tracked
	for _, t := range byStart {
		var into *tracked
		for _, o := range days {
			if sessionOf(o, t) {
				into = o
				break
			}
		}
		if into == nil {
			days = append(days, t)
			continue
		}
		merged[t] = true
		if t.iv.End.After(into.iv.End) {
			into.iv.End = t.iv.End
		}
		for _, p := range t.iv.Interviewers {
			if !slices.ContainsFunc(into.iv.Interviewers, func(q Person) bool { return strings.EqualFold(q.Email, p.Email) }) {
				into.iv.Interviewers = append(into.iv.Interviewers, p)
			}
		}
		into.absorb(t)
	}
	if len(merged) > 0 {
		b.all = slices.DeleteFunc(b.all, func(x *tracked) bool { return merged[x] })
	}
}

// sessionOf reports whether t is a further session of o's interview day
// (see mergeSessions).
func sessionOf(o, t *tracked) bool {
	if o.iv.ICSUID == "" || t.iv.ICSUID == "" || o.iv.ICSUID == t.iv.ICSUID || o.iv.Status != t.iv.Status ||
		!strings.EqualFold(o.iv.Organizer.Email, t.iv.Organizer.Email) || o.iv.Organizer.Email == "" {
		return false
	}
	end := o.iv.End
	if end.IsZero() {
		end = o.iv.Start
	}
	// (mergeSessions visits by start: t starts no earlier than o.)
	if t.iv.Start.Sub(end) > maxSessionGap {
		return false
	}
	for id := range t.defining {
		if o.defining[id] {
			return true
		}
	}
	// ModernLoop and GoodTime send each session's invitation on its own,
	// all within a minute: one booking of one day.
	return !o.iv.InvitedAt.IsZero() && !t.iv.InvitedAt.IsZero() && o.iv.InvitedAt.Sub(t.iv.InvitedAt).Abs() <= sessionBatch
}

// sessionBatch is the longest time between the invitations a scheduling
// system sends for the sessions of one interview day.
const sessionBatch = 10 * time.Minute

// decidedAfter reports that d ended in a rejection or an offer after s,
// still scheduled, was last fixed: a hiring system's notice and the
// interviewer's invitation for the same minute, the system's verdict
// written after it.
func decidedAfter(d, s *tracked) bool {
	return (d.iv.Status == Rejected || d.iv.Status == Offer) && s.iv.Status == Scheduled && d.iv.StatusAt.After(s.timesAt)
}

// dropShadowed drops an interview known only from words that names no
// company or the invitation's, at the minute of a calendar invitation (or
// of the employer's own confirmation in words) from other people: an
// agency's "First stage is ... on Thursday 17th December at 10:00 GMT"
// beside its client's invitation. The user sits one interview then; the
// agency's people do not become the client's (see sameParty), so the two
// are not merged, and the nameless one is not listed twice.
func (b *builder) dropShadowed(ins []input) {
	var byID map[string]*input
	b.all = slices.DeleteFunc(b.all, func(t *tracked) bool {
		if t.iv.ICSUID != "" {
			return false
		}
		// The employer's own word: its calendar invitation, or a
		// confirmation in words from a domain that spells its name
		// (Greenhouse's "Technical Interview Date Wednesday, December
		// 9" with the recruiter's reply address), beside the words of
		// someone whose domain does not (the agency's "Stage 1 –
		// technical video call, Wednesday 9th Dec, 10:30").
		employers := func(o *tracked) bool {
			return o.iv.ICSUID != "" || len(o.domains) > 0 && o.domainSpells(o.iv.Company) && !t.trustedName()
		}
		// Nameless, or named as the invitation is: an agency's
		// forward of its client's invitation ("FW: Interview: Sam
		// Rivera - Senior Data Engineer") is the same interview. So is
		// an agency's own mail that names its client ("Mission Lead Dev
		// Python - Crédit Valmont - entretien client"). (Not an
		// invitation that names the agency: whoever sends one may write
		// any name in its title.)
		// So is a search firm's mail that names the client in its text,
		// its own name taken for the company ("I can now share who they
		// are: Voltaris Mobility ... will send you a calendar invitation
		// directly").
		i := slices.IndexFunc(b.all, func(o *tracked) bool {
			if o == t || !o.iv.Start.Equal(t.iv.Start) || o.iv.Status != t.iv.Status && !decidedAfter(t, o) || !employers(o) || !o.trustedName() {
				return false
			}
			if t.iv.Company == "" || likelySameCompany(o.iv.Company, t.iv.Company) || namesName(t.iv.ThreadTopic, o.iv.Company) {
				return true
			}
			if !t.domainSpells(t.iv.Company) || sharesDomain(o, t) {
				return false
			}
			if byID == nil {
				byID = byMessageID(ins)
			}
			return slices.ContainsFunc(t.iv.Thread, func(id string) bool {
				in := byID[id]
				return in != nil && t.defining[id] && namesName(in.a.own, o.iv.Company)
			})
		})
		if i >= 0 {
			// The agency's name is no part of the job's title:
			// "Mission Lead Dev Python (Orbis Conseil)", the agency
			// of orbis-conseil.example.
			o := b.all[i]
			if decidedAfter(t, o) {
				// The agency's "they've decided not to progress" after
				// the client's invitation: the outcome stands.
				o.iv.Status, o.iv.StatusAt, o.iv.StatusReason = t.iv.Status, t.iv.StatusAt, t.iv.StatusReason
			}
			if t.iv.Company != "" {
				o.agents = append(o.agents, t.iv.Company)
			}
			for from := range t.senders {
				o.agents = append(o.agents, otherOrg(o, from)...)
			}
			o.shadowed = append(o.shadowed, t.iv.Thread...)
		}
		return i >= 0
	})
}

// otherOrg returns the name a sender's domain gives its organisation
// when that is not t's employer: "orbis-conseil" of an agency's
// julien@orbis-conseil.example.
func otherOrg(t *tracked, from string) []string {
	d := domainOf(from)
	if !companyDomain(d) || t.domains[orgDomain(d)] {
		return nil
	}
	label, _, _ := strings.Cut(orgDomain(d), ".")
	return []string{label}
}

// namesName reports a text that holds a name as whole words, however
// cased: "Mission Lead Dev Python - Crédit Valmont - entretien client"
// names Crédit Valmont.
func namesName(text, name string) bool {
	n := normalize(withoutLegalForm(name))
	return n != "" && text != "" && hasWord(" "+normalize(text)+" ", n)
}

// sameParty reports two interviews whose employer's people share an
// address or a domain, or one that knows no people (a system's booking):
// a stranger who names the company and the slot does not join the
// employer's interview, and so never becomes one of its people (DESIGN,
// Trust).
func sameParty(a, b *tracked) bool {
	if len(a.people) == 0 || len(b.people) == 0 || sharesPerson(a, b) {
		return true
	}
	return sharesDomain(a, b)
}

// invitedByNamed reports that c is a calendar's interview whose people's
// domain names t's company: the client an agency wrote of ("Spitalverbund
// Seeland-Nord") is the one whose people at seeland-nord.example sent the
// invitation. Not the other way: a stranger may title an invitation
// "Interview – Acme", but cannot send it from Acme's domain.
func invitedByNamed(c, t *tracked) bool {
	if c.iv.ICSUID == "" || t.iv.Company == "" {
		return false
	}
	for d := range c.domains {
		if name := companyFromDomain(d); name != "" && likelySameCompany(name, t.iv.Company) {
			return true
		}
	}
	return false
}

// cancelledAfter reports that c is a calendar's interview cancelled after
// t was last confirmed in words: an agency's letter and the client's
// invitation for the same minute, which the client then called off, are
// one interview, cancelled.
func cancelledAfter(c, t *tracked) bool {
	return c.iv.ICSUID != "" && c.iv.Status == Cancelled && t.iv.ICSUID == "" && t.iv.Status == Scheduled &&
		c.iv.StatusAt.After(t.timesAt)
}

// systemsBookingNamed returns the one interview to come that only a
// hiring system's or a job board's notice booked, of the company a move
// names, on the day the move names: NHS Jobs booked Monday 7th at 2:15pm,
// and the Trust's manager writes from her own address "you're
// interviewing for on Monday 7th ... Would you be able to come in earlier
// on the same day instead, at 10:45am?". A move that names no such day
// moves the company's one booking, if it has one. Nil otherwise.
func (b *builder) systemsBookingNamed(in *input, company string) *tracked {
	var named, only *tracked
	n := 0
	for _, t := range b.all {
		if !systemsNotice(t) || t.iv.Status != Scheduled || !t.iv.Start.After(in.m.Date) || company == "" ||
			!sameCompany(t.iv.Company, company) {
			continue
		}
		n++
		only = t
		if !namesDay(in.a.text, in.m.Date, t.iv.Start) {
			continue
		}
		if named != nil {
			return nil
		}
		named = t
	}
	if named == nil && n == 1 {
		// "Berikut detail interview yang sudah diperbarui": a move
		// that names only its new day, of the company's one booking.
		return only
	}
	return named
}

// systemsNotice reports an interview known only from a hiring system's
// or a job board's notices, with no person of the employer's: at the
// minute of another interview it is that one, whatever name each gives
// the company ("사람인" notifies of "[한빛클라우드] 1차 면접", which
// Hanbit Cloud's recruiter invites to from hanbitcloud.example). A
// candidate sits one interview at a time.
func systemsNotice(t *tracked) bool {
	return len(t.people) == 0 && t.iv.ICSUID == ""
}

// sharesDomain reports an employer's domain in both interviews: its
// people's names for it may differ in script or length ("深蓝数智" in
// its hiring system's mail, "Shenlan-Ai" of the calendar's
// wanglei@shenlan-ai.example), the organisation does not.
func sharesDomain(a, b *tracked) bool {
	for d := range a.domains {
		if b.domains[d] {
			return true
		}
	}
	return false
}

// sharesPerson reports an employer's person in both interviews.
func sharesPerson(a, b *tracked) bool {
	for e := range a.people {
		if b.people[e] {
			return true
		}
	}
	return false
}

// likelySameCompany is sameCompany, or one name the start of the other
// as a domain shortens it ("Tatvamtech" of tatvamtech.example and "Tatvam
// Technologies"): enough for two interviews at the same minute.
func likelySameCompany(a, b string) bool {
	if sameCompany(a, b) {
		return true
	}
	x, y := squash(withoutLegalForm(a)), squash(withoutLegalForm(b))
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) >= 5 && strings.HasPrefix(y, x) {
		return true
	}
	// "Wattle & Gum Analytics" of wattleandgum.example: "&" as the
	// domain spells it.
	if x, y := squashAnd(withoutLegalForm(a)), squashAnd(withoutLegalForm(b)); x != "" && y != "" {
		if len(x) > len(y) {
			x, y = y, x
		}
		if len(x) >= 5 && strings.HasPrefix(y, x) {
			return true
		}
	}
	// "Regional Statistics" of regional-statistics.example and "Office
	// for Regional Statistics": the end of the full name, in whole words.
	// "Seeland-Nord" of seeland-nord.example is the end of "Spitalverbund
	// Seeland-Nord" too: a hyphen joins words. A domain writes no
	// accents: alcazar-seguros.example is "Grupo Alcázar Seguros".
	words := func(s string) []string {
		ws := strings.FieldsFunc(strings.ToLower(withoutLegalForm(s)), func(r rune) bool { return r == ' ' || r == '-' })
		for i, w := range ws {
			if sq := squash(w); sq != "" {
				ws[i] = sq
			}
		}
		return ws
	}
	xw, yw := words(a), words(b)
	if len(xw) > len(yw) {
		xw, yw = yw, xw
	}
	if len(xw) == 1 && len(yw) >= 3 && len(xw[0]) >= 8 && xw[0] == strings.Join(yw[len(yw)-2:], "") {
		// "Cordillerablanca" of cordillerablanca.example and "Minera
		// Cordillera Blanca": the end of the full name, its words run
		// together as a domain writes them.
		return true
	}
	return len(xw) >= 2 && len(xw) < len(yw) && slices.Equal(xw, yw[len(yw)-len(xw):])
}

// initialled reports whether short writes long with some of its words as
// their initials: "Northpine CU" for "Northpine Credit Union", "KIT" for
// "Karanpur Institute of Technology". Small words inside a name ("of",
// "für") have no initial.
func initialled(short, long string) bool {
	sw, lw := strings.Fields(withoutLegalForm(short)), strings.Fields(withoutLegalForm(long))
	abbreviated, k := false, 0
	for _, w := range sw {
		if k < len(lw) && strings.EqualFold(w, lw[k]) {
			k++
			continue
		}
		if len(w) < 2 || strings.ToUpper(w) != w {
			return false
		}
		for _, r := range w {
			for k < len(lw) && nameLinks[strings.ToLower(lw[k])] {
				k++
			}
			if first, _ := utf8.DecodeRuneInString(lw[min(k, len(lw)-1)]); k >= len(lw) || unicode.ToUpper(first) != r {
				return false
			}
			k++
		}
		abbreviated = true
	}
	return abbreviated && k == len(lw)
}

// userConfirmations makes an interview of a letter in which the user
// confirms one in writing, agreed on the phone or in person: "Confirming
// our call on Tuesday 8 December at 15:00 CET – the technical interview
// with Arjun Menon". It is the user's word, so only a time stated, to
// come, in a sentence that confirms and about an interview, to a person
// outside the user's organisation, counts; an interview already known at
// that time is left to what its people wrote.
func (b *builder) userConfirmations(ins []input) {
	for i := range ins {
		in := &ins[i]
		a := in.a
		if !a.sent || a.rsvp || len(a.reads) == 0 || len(in.m.InReplyTo) > 0 {
			continue
		}
		// The user hiring for their own employer, from whatever
		// address: "Interview for the Backend Engineer role at Globex",
		// "I'd like to invite you to a technical interview with me".
		if namesOwnOrganisation(in.m.Subject, b.cfg) || firstWord(normalize(a.text), hostPhrases) != "" {
			continue
		}
		var r *timeRead
		for k := range a.reads {
			x := &a.reads[k]
			if x.confirm && !x.question && !x.rehearsal && !x.due && !x.old && x.found.Start.After(in.m.Date) &&
				(x.keyword || a.subj.has(lKeyword) != "" || b.cfg.applicationSubject(in.m.Subject) != "") {
				r = x
				break
			}
		}
		if r == nil {
			continue
		}
		var to []Person
		for _, ad := range append(append([]mail.Address{}, in.m.To...), in.m.Cc...) {
			e := strings.ToLower(ad.Email)
			if e != "" && !b.cfg.isMe(e) && PersonAddress(e) && !b.cfg.ownDomain(domainOf(e)) {
				to = append(to, Person{Name: ad.Name, Email: e})
			}
		}
		if len(to) == 0 {
			continue
		}
		// The user cannot sit two interviews at once: one at that time
		// is the one confirmed. One that the employer's answer to this
		// very letter fixed later ("Abbiamo quindi spostato il colloquio
		// a venerdì 11 dicembre") is the one it confirmed, as moved.
		known := false
		for _, t := range b.all {
			known = known || absDur(t.iv.Start.Sub(r.found.Start)) <= sameSlot ||
				t.thread[in.m.MessageID] && (t.iv.InvitedAt.After(in.m.Date) || t.timesAt.After(in.m.Date))
		}
		if known {
			continue
		}
		c := *a
		c.found, c.timeLine, c.hasTime = r.found, r.sentence, true
		c.verdict = Verdict{true, KindConfirmation, fmt.Sprintf("interview time confirmed in writing by the user: %q → %s",
			shorten(r.sentence, 120), r.found.Start.Format("Mon 2 Jan 2006 15:04 MST"))}
		u := &input{m: in.m, a: &c}
		company := companyFromText(in.m.Subject, a.people, b.cfg.keywords())
		if company == "" {
			company = companyFromDomain(domainOf(to[0].Email))
		}
		t := b.newFromText(u, company)
		t.iv.Organizer, t.iv.Interviewers = to[0], nil
		t.iv.Why.People = "the recipients of the user's message <" + in.m.MessageID + ">"
		t.addPeople(b.cfg, to...)
		b.all = append(b.all, t)
	}
}

// onClockOf reads a time that a message about t writes without a zone
// on t's clock: "tomorrow, starting at 10:00 AM" in the reminder for an
// onsite in London is 10:00 London time, as everyone in the thread reads
// it. Only when the message states no zone of its own; the user's zone
// was a guess. A calendar's UTC is no one's clock, but the UTC of words
// is the one they stated: "09:00-10:00 GMT" in an agency's first mail
// sets the clock of "2pm start" in its reply.
func (b *builder) onClockOf(in *input, t *tracked, start time.Time) time.Time {
	loc := t.iv.Start.Location()
	if !in.a.zoneGuessed || in.a.found.Zone != "" || loc == start.Location() || loc == time.UTC && t.iv.ICSUID != "" {
		return start
	}
	return sameClockIn(start, loc)
}

// sameTimeMoves moves an interview to the day a message of its thread
// names "at the same time": the clock time stays, in the interview's zone.
func (b *builder) sameTimeMoves(ins []input) {
	for i := range ins {
		in := &ins[i]
		if in.a.sent || in.a.skip || !in.a.movesSameTime {
			continue
		}
		// Only the employer's people move their interview: a stranger's
		// reply in the thread does not (DESIGN, Trust).
		var ts []*tracked
		for _, t := range b.all {
			if t.linked(in.m) && t.fromEmployer(in.m) && in.m.Date.After(t.timesAt) {
				ts = append(ts, t)
			}
		}
		if len(ts) == 0 {
			continue
		}
		// A thread of several stages: "move the final stage to
		// Wednesday 16th instead, same time (1pm start). Stage 1 on
		// the 9th is unchanged" moves the one whose clock it names.
		t := ts[0]
		if len(ts) > 1 {
			named := slices.DeleteFunc(slices.Clone(ts), func(t *tracked) bool { return !namesClockOf(in, t.iv.Start) })
			if len(named) == 1 {
				t = named[0]
			}
		}
		// The day named besides the interview's own ("jeudi" it
		// cannot be, "lundi 7" then); more than one is unclear.
		old := t.iv.Start
		moved := in.a.movedDays
		if monthFirst(old.Location()) != monthFirst(b.cfg.location()) {
			// The thread's figures are written in the order of the
			// interview's country, not the user's.
			moved = in.a.daysMovedTo(in.m, old.Location())
		}
		var days []time.Time
		for _, d := range moved {
			if !sameDay(d, old) {
				days = append(days, d)
			}
		}
		if len(days) != 1 {
			continue
		}
		d := days[0]
		start := time.Date(d.Year(), d.Month(), d.Day(), old.Hour(), old.Minute(), 0, 0, old.Location())
		t.iv.End = start.Add(t.iv.End.Sub(old))
		t.iv.Start, t.timesAt = start, in.m.Date
		t.iv.StatusAt = in.m.Date
		t.iv.StatusReason = fmt.Sprintf("rescheduled by message <%s> to the same time on %s", in.m.MessageID, start.Format("Mon 2 Jan"))
		t.iv.Why.Time = fmt.Sprintf("message <%s>: %s, at the time of the interview it moves", in.m.MessageID, in.a.verdict.Reason)
		t.addMessage(in, true)
	}
}

// asksToMove reports the user's text asking for another time: a word for
// moving, or one that declines a time offered ("habe ich vormittags
// leider einen Termin ... wäre der Nachmittag möglich?").
func asksToMove(text string, cfg Config) bool {
	if text == "" {
		return false
	}
	h := cfg.lexicon().scan(text)
	return (h.has(lReschedule) != "" || h.has(lDecline) != "") && asks(text)
}

// asksWhoseClock reports the user's text asking on whose clock a time is
// meant ("Sure! 2pm your time or mine?"): the answer gives the same slot
// on the clock it names.
func asksWhoseClock(text string) bool {
	return text != "" && firstWord(normalize(text), whoseClockPhrases) != ""
}

// whoseClockPhrases ask on whose clock a time is meant.
var whoseClockPhrases = []string{
	"your time or mine", "my time or yours", "your timezone or mine", "your time zone or mine", "which time zone",
	"which timezone", "deine zeit oder meine", "ihrer zeit oder meiner", "welche zeitzone", "in welcher zeitzone",
	"votre heure ou la mienne", "quel fuseau horaire", "tu hora o la mía", "su hora o la mía", "qué zona horaria",
	"ora tua o mia", "quale fuso orario", "jouw tijd of de mijne", "welke tijdzone",
}

// namesClockOf reports whether a message's own words give the clock time
// of at, on any day: "same time (1pm start)" of an interview at 13:00.
func namesClockOf(in *input, at time.Time) bool {
	return slices.ContainsFunc(timetext.FindClocksOn(in.a.text, at, timetext.Options{Ref: in.m.Date, Loc: at.Location()}),
		func(c timetext.Mention) bool { return c.Start.Hour() == at.Hour() && c.Start.Minute() == at.Minute() })
}

// rebookedAfterCancel joins a booking a scheduling system cancelled so
// that it could be moved ("Lea Brunner asked you to reschedule
// Telefoninterview (30 Min.)") to the booking that follows it: the same
// organiser, the same company, booked after the cancellation. The user
// sits one interview, at the new time; the old one is not listed as
// cancelled beside it.
func (b *builder) rebookedAfterCancel(ins []input) {
	// The cancellation says it moves the booking, or the booking that
	// follows a plain one ("I'm pulling this invite and sending you a
	// fresh one for Friday") says so in its title (movedBy).
	says := func(a *analysis) bool { return a.subj.has(lReschedule) != "" || a.body.has(lReschedule) != "" }
	byID := byMessageID(ins)
	movedBy := func(t *tracked) bool {
		// The booking's own invitation, by its title ("Final Round
		// Panel (rescheduled)"): not a person's mail about a change of
		// plans that may have booked another interview, nor a
		// system's "Need to reschedule?" under every booking.
		for id := range t.defining {
			if x := byID[id]; x != nil && carriesUID(x.a, t.iv.ICSUID) && x.a.subj.has(lReschedule) != "" {
				return true
			}
		}
		return false
	}
	// bookedAt is when the booking's first calendar message came: "Rather
	// than move the invite, I'll cancel it and send a new one" may come
	// before the cancellation and join the new booking, which is booked
	// after it all the same.
	bookedAt := func(t *tracked) time.Time {
		var at time.Time
		for id := range t.defining {
			if x := byID[id]; x != nil && carriesUID(x.a, t.iv.ICSUID) && (at.IsZero() || x.m.Date.Before(at)) {
				at = x.m.Date
			}
		}
		if at.IsZero() {
			return t.iv.InvitedAt
		}
		return at
	}
	// askedFirst: the employer's person said the booking moves in the
	// week before the system cancelled it ("I'm going to cancel our
	// Friday slot in Calendly; could you rebook something early next
	// week?"), in mail of their own, outside the booking's thread.
	askedFirst := func(cancel *input, old *tracked) bool {
		org := orgDomain(domainOf(old.iv.Organizer.Email))
		if org == "" {
			return false
		}
		for j := range ins {
			x := &ins[j]
			if x.a.sent || x.a.skip || len(x.m.From) == 0 || !x.m.Date.Before(cancel.m.Date) ||
				cancel.m.Date.Sub(x.m.Date) > 7*24*time.Hour || orgDomain(domainOf(x.m.From[0].Email)) != org {
				continue
			}
			if says(x.a) {
				return true
			}
		}
		return false
	}
	// title is the booking's title in its first calendar message.
	title := func(t *tracked) string {
		var first *input
		for id := range t.defining {
			if x := byID[id]; x != nil && carriesUID(x.a, t.iv.ICSUID) &&
				(first == nil || x.m.Date.Before(first.m.Date) || x.m.Date.Equal(first.m.Date) && x.m.MessageID < first.m.MessageID) {
				first = x
			}
		}
		if first != nil {
			for _, ev := range first.a.events {
				if ev.UID == t.iv.ICSUID {
					return normalize(ev.Summary)
				}
			}
		}
		return ""
	}
	for i := range ins {
		in := &ins[i]
		a := in.a
		if a.sent || a.skip || len(a.events) == 0 || a.verdict.Kind != KindCancellation {
			continue
		}
		var old *tracked
		for _, x := range b.all {
			if x.defining[in.m.MessageID] && x.iv.ICSUID != "" && x.iv.Status == Cancelled {
				old = x
			}
		}
		if old == nil {
			continue
		}
		cancelSays := says(a)
		// Said only in the person's mail, the move books the same
		// meeting again, under its title ("Quillstack intro call (30
		// min)"): "I'm cancelling Monday's session with our CFO; our
		// CEO will meet you instead" cancels one interview and books
		// another ("Final Round - CFO", "Final Round - CEO").
		hostAsked := !cancelSays && askedFirst(in, old)
		var next *tracked
		for _, x := range b.all {
			if x != old && x.iv.ICSUID != "" && x.iv.Status == Scheduled && bookedAt(x).After(in.m.Date) &&
				strings.EqualFold(x.iv.Organizer.Email, old.iv.Organizer.Email) && sameCompany(x.iv.Company, old.iv.Company) &&
				(next == nil || bookedAt(x).Before(bookedAt(next))) &&
				(cancelSays || movedBy(x) || hostAsked && title(x) != "" && title(x) == title(old)) {
				next = x
			}
		}
		if next == nil {
			continue
		}
		b.rebooked(old, next, "rescheduled: booked again after message <"+in.m.MessageID+"> cancelled the slot to move it")
	}
}

// postponedInWords joins an interview that a person's mail put off, with
// no new time yet ("nous sommes donc contraints de reporter votre
// entretien de demain (jeudi 3 décembre, 11h00)", analysis.putOff), to
// the interview its thread books next: of the same company, first
// announced after the postponement. The user sits one interview, at the
// new time; the time put off is not listed as cancelled beside it.
func (b *builder) postponedInWords(ins []input) {
	byID := byMessageID(ins)
	announced := func(t *tracked) time.Time {
		var at time.Time
		for id := range t.defining {
			if x := byID[id]; x != nil && (at.IsZero() || x.m.Date.Before(at)) {
				at = x.m.Date
			}
		}
		return at
	}
	for i := range ins {
		in := &ins[i]
		if in.a.sent || in.a.skip || !in.a.putOff {
			continue
		}
		var old *tracked
		for _, x := range b.all {
			// The interview the message called off.
			if x.iv.Status == Cancelled && strings.Contains(x.iv.StatusReason, "<"+in.m.MessageID+">") {
				old = x
			}
		}
		if old == nil {
			continue
		}
		var next *tracked
		for _, x := range b.all {
			if x == old || x.iv.Status != Scheduled || !announced(x).After(in.m.Date) || !sameCompany(x.iv.Company, old.iv.Company) ||
				!sharesThread(x, old) {
				continue
			}
			if next == nil || announced(x).Before(announced(next)) {
				next = x
			}
		}
		if next != nil {
			b.rebooked(old, next, "rescheduled: booked again in the thread after message <"+in.m.MessageID+"> put it off")
		}
	}
}

// sharesThread reports two interviews with a message of one thread in
// common.
func sharesThread(a, b *tracked) bool {
	for id := range a.thread {
		if b.thread[id] {
			return true
		}
	}
	return false
}

// missedAndRedone joins an interview nobody on the employer's side came
// to, as the user wrote after its time ("I joined the Zoom link at 1:00
// PM and waited until 1:25, but nobody else joined"), to the interview
// the same employer booked after that message: the user sits the
// interview then, and the missed slot had no meeting to thank anyone
// for.
func (b *builder) missedAndRedone(ins []input) {
	for i := range ins {
		in := &ins[i]
		// The user says nobody came; or the employer's person says the
		// call did not reach the user ("ich habe eben versucht, Sie wie
		// vereinbart um 14:00 Uhr anzurufen, konnte Sie aber leider nicht
		// erreichen") and offers it again.
		if in.a.sent && firstWord(normalize(in.a.own), noShowPhrases) == "" ||
			!in.a.sent && firstWord(normalize(in.a.own), unreachedPhrases) == "" {
			continue
		}
		var missed *tracked
		for _, t := range b.all {
			if t.linked(in.m) && t.iv.Status == Scheduled && t.iv.Start.Before(in.m.Date) &&
				in.m.Date.Sub(t.iv.Start) < 3*24*time.Hour && (missed == nil || t.iv.Start.After(missed.iv.Start)) {
				missed = t
			}
		}
		if missed == nil {
			continue
		}
		var next *tracked
		for _, t := range b.all {
			if t != missed && t.iv.Status == Scheduled && t.iv.Start.After(in.m.Date) && !t.iv.InvitedAt.Before(in.m.Date) &&
				sameCompany(t.iv.Company, missed.iv.Company) && (next == nil || t.iv.InvitedAt.Before(next.iv.InvitedAt)) {
				next = t
			}
		}
		if next == nil {
			continue
		}
		b.rebooked(missed, next, "rescheduled: booked again after the user's message <"+in.m.MessageID+"> that nobody came to the first")
	}
}

// rebooked makes next the interview old was, booked again: next takes
// old's messages and people, and old is no interview of its own.
func (b *builder) rebooked(old, next *tracked, reason string) {
	next.absorb(old)
	next.iv.StatusAt, next.iv.StatusReason = next.iv.InvitedAt, reason
	b.all = slices.DeleteFunc(b.all, func(x *tracked) bool { return x == old })
}

// rescheduledBookings drops the booking a scheduling system's notice of a
// move replaces: Cal.com's "Rescheduled: Technical Interview ..." comes
// with a new booking under a new UID, and its text names the old slot
// beside the new one. The old booking, from the same organiser, at the
// slot the notice names, is the same interview, now at the new time.
func (b *builder) rescheduledBookings(ins []input) {
	for i := range ins {
		in := &ins[i]
		a := in.a
		if a.sent || a.skip || len(a.events) == 0 || a.subj.has(lReschedule) == "" && a.body.has(lReschedule) == "" {
			continue
		}
		var t *tracked
		for _, x := range b.all {
			if x.thread[in.m.MessageID] && x.iv.ICSUID != "" {
				t = x
			}
		}
		if t == nil {
			continue
		}
		for _, r := range a.times(in.m, b.cfg) {
			for _, o := range b.all {
				if o == t || o.iv.ICSUID == "" || o.iv.ICSUID == t.iv.ICSUID || !o.iv.Start.Equal(r.found.Start) ||
					!strings.EqualFold(o.iv.Organizer.Email, t.iv.Organizer.Email) || !o.iv.InvitedAt.Before(in.m.Date) ||
					!t.sameSide(o) {
					continue
				}
				t.absorb(o)
				b.all = slices.DeleteFunc(b.all, func(x *tracked) bool { return x == o })
				break
			}
		}
	}
}

// sameTimeRounds adds the further round an employer's message asks for on
// one day "at the same time" as its last interview (analysis.roundOnDay),
// at that interview's clock time; asked as a question, only once the user
// answered the message.
func (b *builder) sameTimeRounds(ins []input) {
	for i := range ins {
		in := &ins[i]
		a := in.a
		if a.sent || a.skip || len(a.roundDays) != 1 && !a.roundNextWeek || a.roundAsks && !answeredByUser(ins, in) {
			continue
		}
		day := in.m.Date
		if !a.roundNextWeek {
			day = a.roundDays[0]
		}
		var last *tracked
		for _, t := range b.all {
			if t.fromEmployer(in.m) && t.iv.Start.Before(day) && (last == nil || t.iv.Start.After(last.iv.Start)) {
				last = t
			}
		}
		if last == nil {
			continue
		}
		if a.roundNextWeek {
			d := last.iv.Start.AddDate(0, 0, 7)
			day = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, d.Location())
		}
		old := last.iv.Start.In(day.Location())
		start := time.Date(day.Year(), day.Month(), day.Day(), old.Hour(), old.Minute(), 0, 0, day.Location())
		known := false
		for _, t := range b.all {
			known = known || absDur(t.iv.Start.Sub(start)) <= sameSlot && sameCompany(t.iv.Company, last.iv.Company)
		}
		if known {
			continue
		}
		c := *a
		c.found = foundTime{Start: start, Dur: statedDuration(a.text)}
		if c.found.Dur == 0 {
			c.found.Dur = last.iv.End.Sub(last.iv.Start)
		}
		c.hasTime, c.newRound = true, true
		c.timeLine = a.roundLine
		c.verdict = Verdict{true, KindConfirmation, fmt.Sprintf("a further round on %s, at the time of the one on %s",
			start.Format("Mon 2 Jan 2006 15:04 MST"), old.Format("Mon 2 Jan"))}
		t := b.newFromText(&input{m: in.m, a: &c}, last.iv.Company)
		if t.iv.Role == "" {
			t.iv.Role = last.iv.Role
		}
		b.all = append(b.all, t)
	}
}

// answeredByUser reports a message the user answered: a message of the
// user's names it in In-Reply-To or References, or, without them, takes
// up its subject, to its sender, after it.
func answeredByUser(ins []input, in *input) bool {
	for i := range ins {
		r := &ins[i]
		if !r.a.sent || !r.m.Date.After(in.m.Date) {
			continue
		}
		if slices.Contains(r.m.InReplyTo, in.m.MessageID) || slices.Contains(r.m.References, in.m.MessageID) {
			return true
		}
		if len(r.m.InReplyTo) == 0 && answeredBySubject([]*input{in}, r) == in {
			return true
		}
	}
	return false
}

// sameDayMoves moves an interview to the clock time a message of its
// thread names for the same day: "spostare il colloquio di un'ora, quindi
// alle 11:30 anziché alle 10:30 (stesso giorno)". The time written without
// a day is on the interview's day; the one it moves away from ("anziché
// alle 10:30") is left out, and more than one left is unclear.
//
// The employer's answer to the user's own request to move it need not
// say so: "wäre der Nachmittag möglich?" answered "Herr Marxer hat am
// Mittwoch, 16.12. um 15.30 Uhr noch Zeit; ich habe den Termin so
// eingetragen".
func (b *builder) sameDayMoves(ins []input) {
	var byID map[string]*input
	for i := range ins {
		in := &ins[i]
		a := in.a
		if a.sent || a.skip {
			continue
		}
		if a.body.has(lReschedule) == "" {
			if len(in.m.InReplyTo) == 0 || !strings.ContainsAny(a.text, "0123456789") {
				continue
			}
			if byID == nil {
				byID = byMessageID(ins)
			}
			if asked := byID[in.m.InReplyTo[0]]; asked == nil || !asked.a.sent || !asksToMove(asked.a.text, b.cfg) && !asksWhoseClock(asked.a.text) {
				continue
			}
		}
		said := 0 // whether the text says "the same day": 0 not read yet, 1 yes, -1 no
		// A subject may be all that names the day: "tomorrow" over "can
		// we push to 3?", from a phone.
		dayText := in.m.Subject + "\n" + a.text
		// A message that moved one interview to another day ("we have
		// moved it to Friday, 15 January at 9:00 Riga time (8:00 in
		// Berlin)") said what it moves: the clocks it names are that
		// move's, not another interview's on a day it mentions.
		if slices.ContainsFunc(b.all, func(t *tracked) bool { return t.defining[in.m.MessageID] && t.timesAt.Equal(in.m.Date) }) {
			continue
		}
		for _, t := range b.all {
			if !in.m.Date.After(t.timesAt) || !t.iv.Start.After(in.m.Date) {
				continue
			}
			linked := t.linked(in.m)
			if linked && !t.fromEmployer(in.m) {
				if byID == nil {
					byID = byMessageID(ins)
				}
				if !b.sameChat(t, in, byID) {
					continue
				}
			}
			if !linked {
				// "I've got your name down for the group assessment on
				// Thurs 7th Jan ... now starting at 10 instead of half
				// 9": the employer's own people, in a thread of their
				// own, naming the day the hiring system booked.
				if !t.fromEmployer(in.m) && !t.atCompanyDomain(in.m) || !namesDay(dayText, in.m.Date, t.iv.Start) {
					continue
				}
			}
			if said == 0 {
				// Read only for a message in an interview's thread:
				// most that hold a word for moving are in none.
				said = -1
				if firstWord(normalize(a.text), sameDayPhrases) != "" || shiftRE.re().MatchString(a.text) {
					said = 1
				}
			}
			// The day is the same when the message says so, names the
			// interview's own date ("unserem Termin am Mittwoch, 9.12.:
			// ... erst um 10:30 Uhr"), or names no day at all ("cld we
			// do 8:30 instead?" in its thread).
			if said < 0 && !namesDay(dayText, in.m.Date, t.iv.Start) && (!linked || len(findDates(a.text, in.m.Date, t.iv.Start.Location())) > 0) {
				continue
			}
			old := t.iv.Start
			var to []time.Time
			var instead []time.Time // those said to be "instead"
			var begins []time.Time  // those said to be when it begins
			var goesTo []time.Time  // those a move goes to ("push your interview back to 3.15pm")
			opt := timetext.Options{Ref: in.m.Date, Loc: old.Location()}
			// "Die Teams-Einladung für das erste Gespräch am 7.12. um
			// 11.00 Uhr folgt separat": a clock written with another day
			// is that day's.
			dated := timetext.Find(a.text, opt)
			clocks := timetext.FindClocksOn(a.text, old, opt)
			if byID == nil {
				byID = byMessageID(ins)
			}
			parts := b.partsMoved(t, a.text, clocks, byID)
			for _, c := range clocks {
				if insteadOfBefore(b.cfg.lexicon(), a.text[max(0, c.Pos-24):c.Pos]) || c.Start.Equal(old) || endsRange(a.text[max(0, c.Pos-24):c.Pos]) {
					continue
				}
				if slices.ContainsFunc(parts, func(sp [2]int) bool { return sp[0] <= c.Pos && c.Pos < sp[1] }) ||
					writerReachable(sentenceAround(a.text, c.Pos, c.End)) {
					continue
				}
				if slices.ContainsFunc(dated, func(d timetext.Mention) bool {
					return !d.Relative && d.Pos <= c.Pos && c.End <= d.End && !sameDay(d.Start, old)
				}) {
					continue
				}
				// "We'll keep Tuesday 12 January at 11:00 Athens time
				// (10:00 in Berlin)": the same moment on another
				// clock, not a new hour.
				if slices.ContainsFunc(dated, func(d timetext.Mention) bool { return d.Alt && d.Pos <= c.Pos && c.End <= d.End }) {
					continue
				}
				c.Start = nearerReading(c, old)
				if !movedTo(a.text, c.Pos) && b.agendaHolds(t, c.Start, byID) {
					continue
				}
				if c.Zone == "" && readersClock(a.text[c.End:min(len(a.text), c.End+24)]) {
					// "2:30 PM IST ... That should be 10:00 AM your time":
					// the same moment on the user's clock.
					c.Start = sameClockIn(c.Start, b.cfg.location())
				}
				if !slices.ContainsFunc(to, c.Start.Equal) {
					to = append(to, c.Start)
				}
				if saysInstead(a.text[c.End:min(len(a.text), c.End+24)]) && !slices.ContainsFunc(instead, c.Start.Equal) {
					instead = append(instead, c.Start)
				}
				if startWordBefore(a.text[max(0, c.Pos-24):c.Pos]) && !slices.ContainsFunc(begins, c.Start.Equal) {
					begins = append(begins, c.Start)
				}
				if movedTo(a.text, c.Pos) && !slices.ContainsFunc(goesTo, c.Start.Equal) {
					goesTo = append(goesTo, c.Start)
				}
			}
			// "hat am Mittwoch, 16.12. um 15.30 Uhr noch Zeit": the
			// interview's own day written out, at another time.
			for _, d := range dated {
				if sameDay(d.Start, old) && d.Clock && !d.Alt && !d.Start.Equal(old) && !slices.ContainsFunc(to, d.Start.Equal) &&
					!insteadOfBefore(b.cfg.lexicon(), a.text[max(0, d.Pos-24):d.Pos]) && !writerReachable(sentenceAround(a.text, d.Pos, d.End)) {
					to = append(to, d.Start)
				}
			}
			if len(to) == 0 {
				// "can we push to 3?": an hour alone after a word for
				// moving, at the reading nearer the time it moves.
				if h, ok := bareHourMovedTo(a.text); ok {
					to = append(to, nearerHour(old, h))
				}
			}
			if len(to) > 1 && len(begins) == 1 {
				// "Bitte finden Sie sich daher erst um 10:15 Uhr an der
				// Pforte ein; das Gespräch beginnt um 10:30 Uhr": when to
				// arrive, and when it begins.
				to = begins
			}
			if len(to) > 1 && len(instead) == 1 {
				// "atterro alle 17.50, quindi per le 18 non ce la
				// faccio. Facciamo alle 19.30 invece": the time said to
				// be instead is the new one; the others are reasons.
				to = instead
			}
			if len(to) > 1 && len(goesTo) == 1 {
				// "I need to push your interview back to 3.15pm on the
				// same day ... The drug calc will be at 2.55pm": the
				// time the move goes to; the other is a part before it.
				to = goesTo
			}
			if len(to) != 1 {
				break
			}
			t.iv.End = to[0].Add(t.iv.End.Sub(old))
			t.iv.Start, t.timesAt, t.iv.StatusAt = to[0], in.m.Date, in.m.Date
			t.iv.StatusReason = fmt.Sprintf("rescheduled by message <%s> to %s the same day", in.m.MessageID, to[0].Format("15:04"))
			t.iv.Why.Time = fmt.Sprintf("message <%s>: the same day at %s", in.m.MessageID, to[0].Format("15:04 MST"))
			t.addMessage(in, true)
			break
		}
	}
}

// partsMoved returns the sentences of text that move a part of t's day
// rather than t: they name, as the time given up, a clock of t's agenda
// that is not its start. "Der schriftliche Test beginnt erst um 11:00 Uhr
// (statt 10:30 Uhr)" in a reminder of an assessment centre that begins
// at 08:30 moves the written test; the day still begins at 08:30.
func (b *builder) partsMoved(t *tracked, text string, clocks []timetext.Mention, byID map[string]*input) [][2]int {
	var parts [][2]int
	for _, k := range clocks {
		if !insteadOfBefore(b.cfg.lexicon(), text[max(0, k.Pos-24):k.Pos]) {
			continue
		}
		if at := nearerReading(k, t.iv.Start); !at.Equal(t.iv.Start) && b.agendaHolds(t, at, byID) {
			start, stop := sentenceBounds(text, k.Pos, k.End)
			parts = append(parts, [2]int{start, stop})
		}
	}
	return parts
}

// sameChat reports a service's notice of the same person's message as a
// notice that defined t: "Lorenzo De Santis tramite LinkedIn" confirmed
// the call, and his next message, relayed by the same machine address,
// moves it ("Ti chiamo alle 18:15 invece che alle 17:30").
func (b *builder) sameChat(t *tracked, in *input, byID map[string]*input) bool {
	who := relayedPerson(in.m)
	if who == "" || len(in.m.From) == 0 {
		return false
	}
	d := orgDomain(domainOf(in.m.From[0].Email))
	if !isJobBoard(d) && !isMessaging(d) {
		return false
	}
	for id := range t.defining {
		if x := byID[id]; x != nil && len(x.m.From) > 0 && orgDomain(domainOf(x.m.From[0].Email)) == d && strings.EqualFold(relayedPerson(x.m), who) {
			return true
		}
	}
	return false
}

// bareHourMovedToRE finds an hour written alone after a word for moving:
// "can we push to 3?", "move it to 4", "make it 10 instead".
var bareHourMovedToRE = lazyRE(`(?i)\b(?:push(?:ed)?|mov(?:e|ed)|make)\s+(?:it\s+|that\s+|this\s+)?(?:back\s+)?(?:to\s+)?(\d{1,2})(?:\s|[?!.,]|$)`)

// bareHourMovedTo returns the hour of bareHourMovedToRE in text, when
// there is one and it can be a clock's (1 to 12).
func bareHourMovedTo(text string) (int, bool) {
	text = truncate(text, 4<<10)
	loc := bareHourMovedToRE.re().FindStringSubmatchIndex(text)
	if loc == nil {
		return 0, false
	}
	// "moved to 2 weeks from now", "push it back 3 days": a count.
	if next := strings.Fields(strings.ToLower(text[loc[3]:min(len(text), loc[3]+24)])); len(next) > 0 && countNouns[strings.Trim(next[0], "?!.,")] {
		return 0, false
	}
	h, err := strconv.Atoi(text[loc[2]:loc[3]])
	if err != nil || h < 1 || h > 12 {
		return 0, false
	}
	return h, true
}

// countNouns follow a number that counts rather than tells the time.
var countNouns = map[string]bool{
	"week": true, "weeks": true, "day": true, "days": true, "hour": true, "hours": true, "hrs": true, "hr": true,
	"minute": true, "minutes": true, "mins": true, "min": true, "people": true, "months": true, "month": true,
}

// nearerHour is hour h (1 to 12) on old's day at the reading, morning or
// afternoon, nearer old: "push to 3" of a 2pm coffee is 3pm.
func nearerHour(old time.Time, h int) time.Time {
	y, mo, d := old.Date()
	am := time.Date(y, mo, d, h%12, 0, 0, 0, old.Location())
	pm := am.Add(12 * time.Hour)
	if absDur(pm.Sub(old)) <= absDur(am.Sub(old)) {
		return pm
	}
	return am
}

// startWordBefore reports the words just before a time that say the
// meeting begins then: "das Gespräch beginnt um", "we'll start at".
func startWordBefore(lead string) bool {
	return firstWord(normalize(lead), startWords) != ""
}

// startWords say a meeting begins, in the languages followupd reads.
var startWords = []string{
	"starts", "start", "starting", "begins", "begin", "kicks off", "beginnt", "startet", "anfangen", "beginnen",
	"commence", "commencera", "débute", "débutera", "empieza", "empezará", "comienza", "comenzará", "inizia",
	"inizierà", "começa", "começará", "begint", "zaczyna się", "rozpocznie się", "börjar", "starter",
	"begynder", "begynner", "alkaa", "začíná", "začne",
}

// saysInstead reports the words after a time that make it the new one:
// "19.30 invece", "10am instead", "um 11 stattdessen".
func saysInstead(after string) bool {
	low := " " + normalize(after) + " "
	for _, w := range insteadAfter {
		if strings.Contains(low, " "+w+" ") || strings.Contains(low, " "+w+",") || strings.Contains(low, " "+w+"?") || strings.Contains(low, " "+w+".") {
			return true
		}
	}
	return false
}

// insteadAfter say, after a time, that it replaces another.
var insteadAfter = []string{
	"instead", "invece", "stattdessen", "plutôt", "à la place", "en su lugar", "en vez", "em vez disso", "em vez",
	"in plaats daarvan", "zamiast tego", "istället", "i stedet", "sen sijaan", "místo toho",
}

// startsUpper reports s beginning with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// agendaHolds reports whether a message that fixed t lists clock c on
// t's day as one of its parts ("10:55 - 11:40 Pair Programming" in a
// virtual onsite's invitation): "Marco will run the 10:55 pair
// programming session instead" names a part of the interview by its
// time, and moves nothing.
func (b *builder) agendaHolds(t *tracked, c time.Time, byID map[string]*input) bool {
	for id := range t.defining {
		d := byID[id]
		if d == nil || d.a.text == "" {
			continue
		}
		opt := timetext.Options{Ref: d.m.Date, Loc: t.iv.Start.Location()}
		for _, k := range timetext.FindClocksOn(d.a.text, t.iv.Start, opt) {
			if nearerReading(k, t.iv.Start).Equal(c) {
				return true
			}
		}
	}
	return false
}

// nearerReading is a clock written without am or pm ("cld we do 1:30
// instead?" of a call at noon) at the one of its two readings nearer the
// time it moves, old. One written with them, or with a leading zero
// ("01:30"), or past 12, is as written.
func nearerReading(c timetext.Mention, old time.Time) time.Time {
	h := c.Start.Hour()
	low := strings.ToLower(c.Text)
	if h < 1 || h > 11 || strings.HasPrefix(strings.TrimSpace(c.Text), "0") || c.Dur != 0 ||
		strings.Contains(low, "am") || strings.Contains(low, "pm") || strings.Contains(low, "a.m") || strings.Contains(low, "p.m") {
		return c.Start
	}
	if pm := c.Start.Add(12 * time.Hour); absDur(pm.Sub(old)) < absDur(c.Start.Sub(old)) {
		return pm
	}
	return c.Start
}

// endsRange reports the words before a clock that make it a range's end:
// "(bis ca. 11:30)", "until 11:30".
func endsRange(before string) bool {
	// Only the clock's own sentence: "at 12 that day. Can you do 1:30
	// instead?" ("bis ca. 11:30" keeps its abbreviation).
	for i := len(before) - 2; i >= 0; i-- {
		if c := before[i]; (c == '.' || c == '?' || c == '!') && before[i+1] == ' ' && i+2 < len(before) &&
			startsUpper(before[i+2:]) || c == '\n' {
			before = before[i+1:]
			break
		}
	}
	ws := words(strings.ToLower(before))
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-2; i-- {
		switch ws[i] {
		case "bis", "until", "till", "jusqu", "hasta", "fino":
			return true
		case "to", "tot", "do", "til":
			// "10 to 11" ends a range; "moved it to half ten", "flytter
			// det til halv elleve" says where it goes.
			if strings.ContainsAny(before, "0123456789") {
				return true
			}
		}
		// "Should still be finished around 1": when it ends.
		if i >= len(ws)-3 && endWords[ws[i]] {
			return true
		}
	}
	return false
}

// endWords say that the clock after them is when something ends.
var endWords = map[string]bool{
	"finished": true, "finish": true, "finishes": true, "finishing": true, "ends": true, "end": true, "ending": true,
	"done": true, "wrapped": true, "wrapping": true, "terminando": true, "finissant": true,
	"ende": true, "endet": true, "fertig": true, "termine": true, "terminé": true, "termina": true, "finisce": true,
	"eindigt": true, "klaar": true, "slutar": true, "slutter": true, "kończy": true,
}

// namesDay reports a text that names day's date.
func namesDay(text string, ref, day time.Time) bool {
	// "a board prep call just landed on Friday at 9", of an interview on
	// Friday the week after: a weekday alone names the interview's own
	// when it is within the weeks to come, also with a clock (the time
	// it no longer has). A whole date with a clock is a time restated.
	weekday := func(d timetext.Mention) bool {
		return d.Relative && d.Start.Weekday() == day.Weekday() && day.After(ref) && day.Sub(ref) < 3*7*24*time.Hour
	}
	if slices.ContainsFunc(findDates(text, ref, day.Location()), func(d timetext.Mention) bool { return sameDay(d.Start, day) || weekday(d) }) {
		return true
	}
	if ref.IsZero() {
		return false
	}
	return slices.ContainsFunc(timetext.Find(text, timetext.Options{Ref: ref, Loc: day.Location()}), weekday)
}

// sameDayPhrases say a move keeps the day: the clock time alone changes.
var sameDayPhrases = []string{
	"same day", "stesso giorno", "am selben tag", "am gleichen tag", "denselben tag", "demselben tag", "selben tag",
	"gleichen tag", "le même jour", "même jour", "el mismo día",
	"mismo día", "no mesmo dia", "mesmo dia", "dezelfde dag", "tego samego dnia", "samma dag", "samme dag",
	"samme dagen", "samana päivänä", "tentýž den", "ve stejný den",
}

// movedInvitations merges an interview known from words into the calendar
// invitation that moves it: the recruiter confirmed a time in plain mail,
// then sent an invitation at another time saying so ("nous devons décaler
// l'entretien au jeudi"), without answering the first mail. The
// invitation's time is the newer word. A text-only interview still to
// come, from the same employer and announced before, is taken; so is one
// the invitation says it moves from by its day, though another calendar
// booked it or its hour has passed unheld.
func (b *builder) movedInvitations(ins []input) {
	byID := byMessageID(ins)
	merged := map[*tracked]bool{}
	for _, c := range b.all {
		if c.iv.ICSUID == "" || merged[c] {
			continue
		}
		// The last message that says it moves (by date, then Message-ID:
		// the set is a map, and the build must not depend on its order).
		var mover *input
		for id := range c.defining {
			in := byID[id]
			if in != nil && !in.a.sent && (in.a.body.has(lReschedule) != "" || in.a.subj.has(lReschedule) != "") &&
				(mover == nil || in.m.Date.After(mover.m.Date) || in.m.Date.Equal(mover.m.Date) && in.m.MessageID > mover.m.MessageID) {
				mover = in
			}
		}
		if mover == nil {
			continue
		}
		var moved *tracked
		for _, t := range b.all {
			if t == c || merged[t] || t.iv.Status != Scheduled || t.iv.Start.Equal(c.iv.Start) ||
				!t.iv.InvitedAt.Before(mover.m.Date) ||
				!(t.fromEmployer(mover.m) || sameCompany(t.iv.Company, c.iv.Company) && speaksForCompany(t, mover.m)) {
				continue
			}
			// An interview known from another calendar (a Calendly
			// booking the interviewer then missed) is moved only when
			// the invitation names its day ("Rescheduled from Tue Dec
			// 1"); one known from words, when it is still to come.
			if t.iv.ICSUID != "" || !t.iv.Start.After(mover.m.Date) {
				if t.iv.ICSUID == c.iv.ICSUID || mover.m.Date.Sub(t.iv.Start) > 24*time.Hour ||
					!namesDay(mover.a.text, mover.m.Date, t.iv.Start) {
					continue
				}
			}
			if moved == nil || movedFrom(mover, c, t, moved) {
				moved = t
			}
		}
		// One invitation moves one interview: of the stages a system
		// listed, the one it names, else the nearest in time.
		if moved != nil {
			c.absorb(moved)
			c.iv.StatusAt = mover.m.Date
			c.iv.StatusReason = fmt.Sprintf("rescheduled by message <%s> from %s", mover.m.MessageID,
				moved.iv.Start.Format("Mon 2 Jan 15:04 MST"))
			merged[moved] = true
		}
	}
	if len(merged) == 0 {
		return
	}
	kept := b.all[:0]
	for _, t := range b.all {
		if !merged[t] {
			kept = append(kept, t)
		}
	}
	b.all = kept
}

// roundOffered reports whether a message that in answers (its thread,
// by References) offered a further round on start's day.
func (b *builder) roundOffered(in *input, start time.Time) bool {
	for _, ids := range [][]string{in.m.InReplyTo, in.m.References} {
		for _, id := range ids {
			for _, d := range b.roundOffers[id] {
				if sameDay(d, start) {
					return true
				}
			}
		}
	}
	return false
}

// movedFrom reports whether the invitation c, sent with mover, moves t
// rather than the interview chosen so far: the one whose time the mover
// names ("moved from Thursday, 10 December"), else the nearest to c's new
// time.
func movedFrom(mover *input, c, t, chosen *tracked) bool {
	names := func(o *tracked) bool { return mover.a.namesBooked([]time.Time{o.iv.Start}) }
	if nt, nc := names(t), names(chosen); nt != nc {
		return nt
	}
	return absDur(t.iv.Start.Sub(c.iv.Start)) < absDur(chosen.iv.Start.Sub(c.iv.Start))
}

// newInvitationPhrases promise the invitation that replaces a cancelled
// one: "J'annule ce créneau et je vous renvoie tout de suite une
// invitation pour lundi prochain".
var newInvitationPhrases = []string{
	"new invite", "new invitation", "fresh invite", "send you another invite", "resend the invite", "re-send the invite",
	"neue einladung", "neuen einladung", "schicke ihnen gleich eine neue", "nouvelle invitation", "vous renvoie une invitation",
	"vous renvoie tout de suite une invitation", "te renvoie une invitation", "nueva invitación", "nueva convocatoria",
	"nuovo invito", "nuova convocazione", "novo convite", "nieuwe uitnodiging", "ny inbjudan", "ny invitasjon", "ny invitation",
	"nowe zaproszenie",
}

// postponedInvitations merges an invitation cancelled to be postponed
// into the invitation that books it again under a new UID: a calendar
// user deletes the event ("Abgesagt: ... Ich muss unseren Termin leider
// verschieben") and creates a new one later, which iTIP cannot tell from
// a cancellation and a new meeting (RFC 5546 §3.2.5 knows no link
// between two UIDs). Only the organiser's own cancellation that says it
// moves the interview is read so, and only the next invitation from the
// same organiser, for the same company, sent after it, is taken.
func (b *builder) postponedInvitations(ins []input) {
	byID := byMessageID(ins)
	merged := map[*tracked]bool{}
	for _, t := range b.all {
		if t.iv.ICSUID == "" || t.iv.Status != Cancelled || merged[t] {
			continue
		}
		var canceller *input
		for id := range t.defining {
			in := byID[id]
			if in == nil || in.a.sent || in.a.body.has(lReschedule) == "" && in.a.subj.has(lReschedule) == "" &&
				firstWord(normalize(in.a.own), newInvitationPhrases) == "" {
				continue
			}
			for _, e := range in.a.events {
				if e.UID == t.iv.ICSUID && strings.EqualFold(e.Method, "CANCEL") &&
					strings.EqualFold(firstAddress(in.m.From), t.iv.Organizer.Email) {
					canceller = in
				}
			}
		}
		if canceller == nil {
			continue
		}
		var next *tracked
		for _, o := range b.all {
			if o == t || merged[o] || o.iv.ICSUID == "" || o.iv.ICSUID == t.iv.ICSUID || o.iv.Status != Scheduled ||
				!strings.EqualFold(o.iv.Organizer.Email, t.iv.Organizer.Email) || !sameCompany(o.iv.Company, t.iv.Company) ||
				o.iv.InvitedAt.Before(canceller.m.Date) || !t.sameSide(o) {
				continue
			}
			if next == nil || o.iv.InvitedAt.Before(next.iv.InvitedAt) {
				next = o
			}
		}
		if next == nil {
			continue
		}
		old := t.iv.Start
		next.absorb(t)
		next.iv.StatusAt = next.iv.InvitedAt
		next.iv.StatusReason = fmt.Sprintf("postponed by message <%s> from %s, booked again as UID %s",
			canceller.m.MessageID, old.Format("Mon 2 Jan 15:04 MST"), next.iv.ICSUID)
		merged[t] = true
	}
	if len(merged) > 0 {
		b.all = slices.DeleteFunc(b.all, func(x *tracked) bool { return merged[x] })
	}
}

// absorb takes into t what o knew: its thread, people, the earlier
// invitation date and the names t lacks.
func (t *tracked) absorb(o *tracked) {
	for _, id := range o.iv.Thread {
		if !t.thread[id] {
			t.thread[id] = true
			t.iv.Thread = append(t.iv.Thread, id)
		}
	}
	for id, d := range o.dated {
		if old, ok := t.dated[id]; !ok || d.Before(old) {
			t.dated[id] = d
		}
	}
	for id := range o.defining {
		t.defining[id] = true
	}
	for e := range o.people {
		t.people[e] = true
	}
	for d := range o.domains {
		t.domains[d] = true
	}
	t.agents = append(t.agents, o.agents...)
	t.shadowed = append(t.shadowed, o.shadowed...)
	if o.iv.OneWay {
		// The system's calendar entry for the slot the user booked to
		// record a one-way interview: recorded alone all the same.
		t.iv.OneWay, t.iv.Interviewers = true, nil
	}
	if o.iv.InvitedAt.Before(t.iv.InvitedAt) {
		t.iv.InvitedAt = o.iv.InvitedAt
	}
	if !o.first.IsZero() && (t.first.IsZero() || o.first.Before(t.first)) {
		t.first, t.iv.ThreadTopic = o.first, o.iv.ThreadTopic
	}
	if o.client && !t.client && spelledBySender(o, t.iv.Company) {
		// The agency's move of its client's interview ("Terminverschie-
		// bung: Kundengespräch QT-26-4418 jetzt Mi. 09.12.") names only
		// the agency, whose domain spells it; the client it named before
		// stays the company.
		t.iv.Company, t.iv.Why.Company, t.client = o.iv.Company, o.iv.Why.Company, true
	} else {
		t.offerCompany(o.iv.Company, o.iv.Why.Company)
	}
	if t.iv.Role == "" {
		t.iv.Role = o.iv.Role
	}
	t.sortThread()
}

// spelledBySender reports whether company is what the domain of one of
// o's senders spells: the agency that wrote o.
func spelledBySender(o *tracked, company string) bool {
	for s := range o.senders {
		d := domainOf(s)
		if c := companyFromDomain(d); c != "" && likelySameCompany(company, c) {
			return true
		}
		// "Quantis IT-Projekte GmbH" of quantis-projekte.example.
		if label, _, _ := strings.Cut(orgDomain(d), "."); o.domainSpellsAs(label, company) {
			return true
		}
	}
	return false
}

// offerCompany names t's company as another message or event of it does
// (why says which), unless t has a name already. A calendar title names
// the team after the candidate ("Entrevista técnica – Sam Rivera |
// Plataforma") where the recruiter's mail named the company: of two
// names, the one the employer's own domain spells wins.
func (t *tracked) offerCompany(company, why string) {
	if company == "" {
		return
	}
	if t.client && spelledBySender(t, company) {
		// The agency's own name, which its domain spells, after the
		// client it named: the client stays.
		return
	}
	if t.iv.Company == "" || !t.domainSpells(t.iv.Company) && t.domainSpells(company) || t.namedByDomainOnly(company) {
		t.iv.Company, t.iv.Why.Company = company, why
	}
}

// namedByDomainOnly reports a company known only as a domain spells it
// ("Cerrosilla-Aceros" of cerrosilla-aceros.example) that company writes
// out in words the domain shortens ("Aceros Cerro de la Silla").
func (t *tracked) namedByDomainOnly(company string) bool {
	for d := range t.domains {
		if c := companyFromDomain(d); c != "" && c == t.iv.Company && c != company {
			label, _, _ := strings.Cut(d, ".")
			return sharesLongWord(company, label) && len(words(company)) > len(words(c)) && !t.namesPerson(company)
		}
	}
	return false
}

// namesPerson reports a name that is a person's: one with a courtesy
// title ("Mr Kenichi Sakuragawa"), or one of t's people.
func (t *tracked) namesPerson(name string) bool {
	if ws := words(strings.ToLower(name)); len(ws) > 0 && honorifics[ws[0]] {
		return true
	}
	for _, p := range append([]Person{t.iv.Organizer}, t.iv.Interviewers...) {
		if p.Name != "" && strings.EqualFold(strings.TrimSpace(p.Name), strings.TrimSpace(name)) {
			return true
		}
	}
	return false
}

// bookedFor reports whether t was defined by mail from m's sender's own
// organisation or from a scheduling system: a booking the writer of m
// can be speaking of. A stranger's invitation naming the recruiter as
// its ORGANIZER is neither.
func (t *tracked) bookedFor(m *mail.Message) bool {
	own := orgDomain(domainOf(firstAddress(m.From)))
	for s := range t.senders {
		if d := domainOf(s); isVendor(d) || orgDomain(d) == own {
			return true
		}
	}
	return false
}

// trustedName reports whether t's company name may stand for its
// identity: its people write from a domain that spells it, or it knows no
// domain of theirs (a hiring system's mail, which names the company it
// writes for). A stranger's invitation titled "Interview – Acme" from
// outsider.example names Acme, and is not Acme's.
func (t *tracked) trustedName() bool {
	return len(t.domains) == 0 || t.iv.Company != "" && t.domainSpells(t.iv.Company)
}

// domainSpells reports whether company is the name of one of the
// employer's domains ("Initech Robotics" of initech-robotics.example).
func (t *tracked) domainSpells(company string) bool {
	for d := range t.domains {
		if c := companyFromDomain(d); c != "" && likelySameCompany(company, c) {
			return true
		}
		if label, _, _ := strings.Cut(d, "."); t.domainSpellsAs(label, company) {
			return true
		}
	}
	return false
}

// domainSpellsAs reports a domain's label whose hyphenated parts are each
// a word of company, in order: "kingsmead-nhs" of "Kingsmead University
// Hospitals NHS Foundation Trust".
func (t *tracked) domainSpellsAs(label, company string) bool {
	parts := strings.Split(label, "-")
	return len(parts) > 1 && wordsInOrder(strings.ToLower(company), parts)
}

// wordsInOrder reports whether each of ws is a word of s, in that order.
func wordsInOrder(s string, ws []string) bool {
	have := words(s)
	i := 0
	for _, w := range have {
		if i < len(ws) && w == ws[i] {
			i++
		}
	}
	return i == len(ws)
}

func (b *builder) length(in *input) time.Duration {
	if in.a.found.Dur > 0 {
		return in.a.found.Dur
	}
	return defaultLength
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// match returns the interview m belongs to by thread, else the first one
// for which also(t) holds. A thread that holds two rounds ("Vi vill gärna
// gå vidare med en andra intervju") names the one also(t) picks.
func (b *builder) match(in *input, also func(*tracked) bool) *tracked {
	// Of several interviews in the thread, words that name none of
	// them are about the nearest to their time: "we've moved the final
	// round to Friday 8 January", of stages on 10 December and 7 January.
	var linked *tracked
	to := in.a.found.Start
	for _, t := range b.all {
		if t.linked(in.m) {
			if also(t) {
				return t
			}
			if linked == nil || absDur(t.iv.Start.Sub(to)) < absDur(linked.iv.Start.Sub(to)) {
				linked = t
			}
		}
	}
	if linked != nil {
		return linked
	}
	for _, t := range b.all {
		if also(t) {
			return t
		}
	}
	return nil
}

// senderOverTeam is c, the company a title names (subject, an event's
// title), unless c stands right after a job title, where a team stands as
// often ("Interview Scheduled - Technical Round 1 - Senior Software
// Engineer - Platform"), and the sender names another company: a hiring
// system's display name ("Kestrel Softworks <noreply@zohorecruit.in>"),
// or the sender's own domain as the mail spells it ("Harborview
// Insurance" of talent@harborview-ins.com). Not a system's own domain
// ("Nordhafen Logistics via Recrutio <notifications@recrutio.test>").
func senderOverTeam(c, title string, in *input) string {
	if in == nil || !afterTitle(title, c) {
		return c
	}
	if v := sendersOwnName(c, in); v != "" {
		return v
	}
	return c
}

// sendersOwnName is the name of the organisation in's sender writes for
// (see senderOverTeam), when it is not c: "" if in names none.
func sendersOwnName(c string, in *input) string {
	for _, a := range in.m.From {
		// ("State of Oregon" for "Oregon Health Data Authority": a
		// jurisdiction's system writing for one of its agencies, whose
		// longer name carries its own; a team's, "Pagamentos" of "Pampa
		// Pagamentos", is no more than that word.)
		if v := companyFromVendorSender(a, in); isVendor(domainOf(a.Email)) && v != "" && !likelySameCompany(v, c) &&
			!(strings.Contains(c, " ") && sharesNameWord(v, c)) {
			return v
		}
		// (An agency that says so is not the employer, whatever its
		// domain: "Locum Specialty Doctor ED - St Columba's - telephone
		// interview" from Cavendish Medical Staffing names the client.)
		if d := domainOf(a.Email); companyDomain(d) && !agencyDomain(d) && !isNoReply(a.Email) &&
			!relays(a.Name) && !in.a.agencyWrites() {
			label, _, _ := strings.Cut(orgDomain(d), ".")
			if v := spelledAs(label, spellingSources(in)...); v != "" && !likelySameCompany(v, c) {
				return v
			}
			// "Engineering Manager, Core Platform": words that name a
			// team, never a company, give way to the sender's domain
			// even where the mail does not spell it.
			if allTeamWords(c) {
				if v := companyFromDomain(d); v != "" {
					return v
				}
			}
		}
	}
	return ""
}

// sharesNameWord reports two names with a capitalised word of four
// letters or more in common that is no word of a team's or a field's
// ("State of Oregon", "Oregon Health Data Authority"; not "Oakridge
// Learning Group", "Digital Learning").
func sharesNameWord(a, b string) bool {
	for _, w := range strings.Fields(a) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && utf8.RuneCountInString(w) >= 4 &&
			!teamWords[strings.ToLower(w)] && !titleFields[strings.ToLower(w)] && slices.Contains(strings.Fields(b), w) {
			return true
		}
	}
	return false
}

// teamWords name a team or an area of a company ("Core Platform",
// "Data & Payments"), never the company itself.
var teamWords = map[string]bool{
	"core": true, "platform": true, "platforms": true, "payments": true, "data": true, "infrastructure": true,
	"infra": true, "backend": true, "frontend": true, "mobile": true, "growth": true, "security": true,
	"cloud": true, "team": true, "product": true, "analytics": true, "checkout": true, "search": true,
	"identity": true, "billing": true, "ledger": true, "risk": true, "reliability": true, "tooling": true,
	"developer": true, "experience": true, "operations": true, "ops": true, "ai": true, "ml": true, "&": true,
	"and": true, "services": true, "api": true, "apis": true, "web": true, "apps": true, "engineering": true,
	"development": true, "entwicklung": true, "softwareentwicklung": true, "développement": true, "desarrollo": true,
	"sviluppo": true, "ontwikkeling": true,
}

func allTeamWords(c string) bool {
	// "Backend-Entwicklung": a compound's parts count each.
	fs := strings.FieldsFunc(strings.ToLower(c), func(r rune) bool { return r == ' ' || r == '-' })
	if len(fs) == 0 {
		return false
	}
	for _, f := range fs {
		if !teamWords[f] {
			return false
		}
	}
	return true
}

// afterTitle reports whether name is a part of subject right after a part
// that holds a job title ("Senior Software Engineer - Platform",
// "Engineering Manager, Claims Platform"), where a team stands as often as
// a company.
func afterTitle(subject, name string) bool {
	parts := dashSplitRE.re().Split(cleanSubject(subject), -1)
	for k, p := range parts {
		if k > 0 && sameCompany(withoutLeadingSubjectWords(strings.TrimSpace(p)), name) && hasRoleWord(parts[k-1]) {
			return true
		}
		if i := strings.LastIndex(p, ", "); i > 0 && sameCompany(strings.TrimSpace(p[i+2:]), name) && hasRoleWord(p[:i]) {
			return true
		}
	}
	return false
}

// bookedSlotNamed is the employer's upcoming interview whose time m names
// beside the other time it confirms: "El jueves a las 16h me han puesto un
// comité y no llego. ¿Te iría bien el viernes 11 a las 9:30?", "am
// Donnerstag um 16 Uhr sitze ich leider in einer Sitzung. Passt Ihnen
// Freitag um 9:30?". Whatever words give the booked time up, naming it
// beside a new one, before it has taken place, moves it; a second round
// says so (newRound) and names the first after it was held.
//
// The employer is who wrote the interview's messages, a scheduling system
// naming its company, or a person whose own domain names it (Acme's
// no-reply ATS booked it; jo.park@acme.example moves it).
func (b *builder) bookedSlotNamed(in *input, company string, start time.Time) *tracked {
	own := companyFromDomain(domainOf(firstAddress(in.m.From)))
	for _, t := range b.all {
		// A job board's notice has nobody of the employer's to write
		// from: the employer's move that names its very minute moves
		// it ("原定于12月3日（周四）上午10:30的视频面试需要调整一下"
		// of BOSS直聘's 12月3日 周四 10:30).
		ours := t.announcedBy(in, company) || own != "" && t.iv.Company != "" && likelySameCompany(t.iv.Company, own) ||
			in.a.reschedule && systemsNotice(t) && companyDomain(domainOf(firstAddress(in.m.From)))
		if !ours || t.iv.Status != Scheduled || !t.iv.Start.After(in.m.Date) || absDur(t.iv.Start.Sub(start)) <= sameSlot {
			continue
		}
		for _, r := range in.a.reads {
			if at := r.found.Start; !at.Equal(start) && (at.Equal(t.iv.Start) || b.onClockOf(in, t, at).Equal(t.iv.Start)) {
				return t
			}
		}
	}
	return nil
}

// announcedBy reports whether in comes from t's employer: its people, or a
// scheduling system writing in the name of t's company (which names it),
// or the very system address that booked t when neither names a company
// (Calendly's "Updated:" of its own "New Event:").
func (t *tracked) announcedBy(in *input, company string) bool {
	from := strings.ToLower(firstAddress(in.m.From))
	return t.fromEmployer(in.m) || company != "" && isVendorMail(in.m) && sameCompany(t.iv.Company, company) ||
		t.atCompanyDomain(in.m) ||
		company == "" && t.iv.Company == "" && isVendorMail(in.m) && t.senders[from] && !PersonAddress(from) ||
		t.signedForCompany(in)
}

// signedForCompany reports mail from a person at a company's own domain
// who signs for t's company, which the domain shortens: "Lic. Karla
// Treviño Salinas / Reclutamiento y Selección / Aceros Cerro de la Silla,
// S.A. de C.V." from cerrosilla-aceros.example, where a job board booked
// the interview with "Aceros Cerro de la Silla".
func (t *tracked) signedForCompany(in *input) bool {
	if t.iv.Company == "" || len(in.m.From) == 0 {
		return false
	}
	from := firstAddress(in.m.From)
	d := domainOf(from)
	if !PersonAddress(from) || !companyDomain(d) || agencyDomain(d) {
		return false
	}
	label, _, _ := strings.Cut(orgDomain(d), ".")
	c := signerOrganisation(in.a.own, strings.TrimSpace(in.m.From[0].Name))
	return c != "" && sameCompany(c, t.iv.Company) && sharesLongWord(c, label)
}

// sameSide reports whether booking o was sent by t's employer or by a
// scheduling system, not by a stranger who wrote t's organizer into an
// invitation of their own (ORGANIZER is whatever the sender writes). A
// booking known from the user's own calendar feed only is the user's.
func (t *tracked) sameSide(o *tracked) bool {
	if len(o.senders) == 0 {
		return true
	}
	for s := range o.senders {
		if t.isEmployers(s) || !PersonAddress(s) {
			return true
		}
	}
	return false
}

// speaksForCompany reports mail that may speak for the company of t
// although none of its people wrote it: a scheduling system's (which
// names the company it writes for), or mail from the company's own domain.
// A stranger who only names the company does not.
func speaksForCompany(t *tracked, m *mail.Message) bool {
	return isVendorMail(m) || t.atCompanyDomain(m)
}

// atCompanyDomain reports mail from the domain of the company a scheduling
// system named for the interview: Workday's "Maple Ridge Financial
// <mapleridge@myworkday.com>" booked it, and a recruiter at
// mapleridgefinancial.example moves it. (The system's notices carry no
// address of the employer's to learn the domain from.)
func (t *tracked) atCompanyDomain(m *mail.Message) bool {
	d := domainOf(firstAddress(m.From))
	c := companyFromDomain(d)
	return c != "" && t.iv.Company != "" && (likelySameCompany(t.iv.Company, c) || domainWordsIn(d, t.iv.Company))
}

// domainWordsIn reports a domain whose name is words of the company's
// name, joined by hyphens: northmoor-nhs.example for "Northmoor Teaching
// Hospitals NHS Foundation Trust". One word alone is too little to tell.
func domainWordsIn(domain, company string) bool {
	label, _, _ := strings.Cut(orgDomain(domain), ".")
	parts := strings.Split(label, "-")
	if len(parts) < 2 {
		return false
	}
	names := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(company)) {
		names[squash(w)] = true
	}
	for _, p := range parts {
		if p == "" || !names[squash(p)] {
			return false
		}
	}
	return true
}

// latestFromEmployer is the interview most recently announced by the
// people who wrote m before m: the one a "we need to move it" is about.
// A scheduling system writes each notice as a new message from its own
// no-reply address ("Updated: your interview with Quillstack has moved"),
// so for its mail the company it names ties it; anyone else naming the
// company moves nothing.
func (b *builder) latestFromEmployer(in *input, company string, except ...*tracked) *tracked {
	var best *tracked
	named := false // best is the company's own, by name
	for _, t := range b.all {
		if !t.announcedBy(in, company) || t.iv.InvitedAt.After(in.m.Date) || t.iv.Status != Scheduled || slices.Contains(except, t) {
			continue
		}
		// An agency announces its clients' interviews alike: the move
		// of one names its client ("Calder Mutual have had to shuffle").
		same := company != "" && sameCompany(t.iv.Company, company)
		if best == nil || same && !named || same == named && t.iv.InvitedAt.After(best.iv.InvitedAt) {
			best, named = t, same
		}
	}
	return best
}

// textCompany names the company a confirmation in words is about: the
// subject's wording first ("Interview with Acme"); a scheduling system's
// display name ("Quillon Health <no-reply@hire.lever.co>"); the sender's
// own domain when the message spells it out ("Marlowe & Finch" for
// marloweandfinch.test); then a sentence about the interview ("your
// interview with Acme Robotics"), which is what names the employer when
// an agency or a freemail address writes; the sender's domain last.
func (b *builder) textCompany(in *input) string {
	m := in.m
	// A hiring system's or portal's form names the employer in a field
	// of its own: "Employer: Calderbrook Teaching Hospitals NHS
	// Foundation Trust", "Department: Department for Regional Growth".
	if c := b.notUser(employerField(in.a.text, in.a.people, in.a.publicZone != nil)); c != "" && (isNoReply(firstAddress(m.From)) || isVendor(domainOf(firstAddress(m.From))) || isJobBoard(domainOf(firstAddress(m.From)))) {
		return c
	}
	// "Soča Telekom <noreply@hirevue.com>", "Opomnik: vaš video
	// intervju za Soča Telekom še čaka": the system's display name,
	// which the subject names too, over a word the subject starts with.
	if c := b.notUser(vendorDisplayName(in)); c != "" && strings.Contains(m.Subject, c) {
		return c
	}
	// An agency's mail names its client in words ("an meinen Kunden,
	// die Voralpen Energie Handel GmbH"), over its subject's parts
	// ("Senior Backend Engineer (Java), Energiehandel": the team).
	agency := in.a.agencyWrites()
	if agency {
		if c := b.notUser(clientNamed(in)); c != "" {
			return c
		}
	}
	if c := b.notUser(companyFromText(m.Subject, in.a.people, b.cfg.keywords())); c != "" && !namedAsPerson(in.a.text, c) && !sendersFirstName(c, m.From) &&
		!personMetAtSendersCompany(c, m) && (!endsTitleLine(in.a.text, c) || employerAfterWith(m.Subject, c)) {
		// "Mira Okonkwo hat dir eine Nachricht geschickt", then "Mira
		// Okonkwo (Talent Acquisition Lead bei Feldfunk GmbH) hat dir
		// ...": a network relays a person, whose employer it gives.
		if d := domainOf(firstAddress(m.From)); isJobBoard(d) || isMessaging(d) {
			if e := b.notUser(employerOfNamed(in.a.text, c)); e != "" {
				return e
			}
		}
		return senderOverTeam(c, m.Subject, in)
	}
	// A network's or a chat service's notice of a person's message
	// shows the person's card: "Tomás Ferreira / Senior Technical
	// Recruiter at Quillon Systems" under LinkedIn's "Tomás just
	// messaged you".
	if d := domainOf(firstAddress(m.From)); isJobBoard(d) || isMessaging(d) {
		for _, who := range []string{relayedPerson(m), subjectCorrespondent(m.Subject)} {
			if e := b.notUser(employerOfNamed(in.a.text, who)); e != "" {
				return e
			}
		}
	}
	for _, a := range append(append([]mail.Address{}, m.From...), m.ReplyTo...) {
		if label := companyFromVendorHost(domainOf(a.Email)); label != "" {
			if c := spelledAs(label, spellingSources(in)...); c != "" {
				return c
			}
		}
	}
	for _, a := range m.From {
		// "Noor El Amrani <duinwater-logistiek@recruitee.email>": a
		// hiring system that sends from the company's slug, as the mail
		// spells it. A no-reply address in any language is no slug:
		// "naoresponda@gupy.io" is spelt "Não responda" in the footer.
		if local, _, _ := strings.Cut(a.Email, "@"); isVendor(domainOf(a.Email)) && !isNoReply(a.Email) && !strings.Contains(local, "reply") {
			if c := spelledAs(local, spellingSources(in)...); c != "" && !systemsOwnName(m, c) {
				return c
			}
		}
	}
	for _, a := range m.From {
		// "Merlion Pay via Vidscreen": a system unknown to followupd
		// names itself as one. "Sabine Kroll via JOIN" names the
		// recruiter, who signs the text with that name.
		if isVendor(domainOf(a.Email)) || relays(a.Name) {
			if c := companyFromVendorSender(a, in); c != "" {
				return c
			}
			// The recruiter the system names signs for the company;
			// the company it names signs with its legal form ("Julia
			// Hartmann | Brandt Hydraulik GmbH <no-reply@personio.de>",
			// whose footer's "Brandt Hydraulik GmbH | Am Stadtholz 24"
			// is no signer's line).
			if c := companyFromSenderName(a.Name, in.a.people); c != "" {
				if writtenWithLegalForm(in.a.own, c) {
					return c
				}
				if org := signerOrganisation(in.a.own, c); org != "" {
					return org
				}
			}
		}
	}
	// "Northgate Insurance Group <noreply@vidscreen.example>": a no-reply
	// sender named after an organisation the text names too is a system
	// writing for it, whether followupd knows the system or not.
	for _, a := range m.From {
		if !isNoReply(a.Email) || isVendor(domainOf(a.Email)) {
			continue
		}
		if c := companyFromVendorSender(a, in); c != "" && strings.Contains(in.a.text, c) {
			return c
		}
	}
	// A no-reply sender that sends answers elsewhere is a system writing
	// for the organisation of its Reply-To.
	for _, r := range answersElsewhere(m.Summary) {
		label, _, _ := strings.Cut(orgDomain(domainOf(r.Email)), ".")
		// The system's display name is the organisation's own spelling
		// ("Revontuli Software Oy"), where the text may inflect it
		// ("Revontuli Softwaren").
		if c := companyFromSenderName(m.From[0].Name, in.a.people); c != "" && spelledAs(label, newSpellText(c)) != "" {
			return c
		}
		if c := spelledAs(label, spellingSources(in)...); c != "" {
			return c
		}
	}
	// A forwarded invitation ("TR: Entretien ...", an agency passing on
	// its client's mail) is the organisation of whoever first wrote it,
	// as the mail spells it.
	if isForwardSubject(m.Subject) {
		from := orgDomain(domainOf(firstAddress(m.From)))
		for _, a := range forwardedFrom(in.a.full) {
			d := domainOf(a.Email)
			if !companyDomain(d) || agencyDomain(d) || b.cfg.ownDomain(d) || b.cfg.isMe(a.Email) || orgDomain(d) == from {
				continue
			}
			label, _, _ := strings.Cut(orgDomain(d), ".")
			if c := spelledAs(label, spellingSources(in)...); c != "" {
				return c
			}
			if c := companyFromDomain(d); c != "" {
				return c
			}
		}
	}
	// "MARSH, Helen (NORTHFIELD TEACHING HOSPITALS NHS FOUNDATION
	// TRUST)": a person's display name with the organisation they
	// write for in brackets, as NHSmail and many Exchange directories
	// write it.
	for _, a := range m.From {
		name := strings.TrimSpace(a.Name)
		if !PersonAddress(a.Email) || !strings.HasSuffix(name, ")") || agencyDomain(domainOf(a.Email)) {
			continue
		}
		if i := strings.LastIndexByte(name, '('); i > 0 {
			if c := companyFromSenderName(name, in.a.people); c != "" && strings.Contains(name[i:], c) {
				return titleCased(c, m.Subject+" "+in.a.text)
			}
		}
	}
	if d := domainOf(firstAddress(m.From)); companyDomain(d) && !agencyDomain(d) && !agency {
		label, _, _ := strings.Cut(orgDomain(d), ".")
		if c := spelledAs(label, spellingSources(in)...); c != "" {
			return c
		}
		// "Lic. Karla Treviño Salinas / Reclutamiento y Selección /
		// Aceros Cerro de la Silla, S.A. de C.V." from
		// cerrosilla-aceros.example: the signature's company, which the
		// domain shortens.
		if len(m.From) > 0 {
			if c := b.notUser(signerOrganisation(in.a.own, strings.TrimSpace(m.From[0].Name))); c != "" && sharesLongWord(c, label) {
				return c
			}
		}
	}
	if c := b.notUser(companyInSentences(in.a.text, in.a.people, b.cfg.keywords())); c != "" {
		return c
	}
	// "Lea Hoffmann / Co-founder & CEO, Ferncast": a person writing from
	// a private address signs for the organisation.
	for _, a := range m.From {
		if d := domainOf(a.Email); a.Name != "" && PersonAddress(a.Email) && !companyDomain(d) {
			if c := b.notUser(signerOrganisation(in.a.own, strings.TrimSpace(a.Name))); c != "" {
				return c
			}
		}
	}
	// "The Hare & Lantern <hareandlantern.ancoats@gmail.com>": a pub or
	// a café answers from Gmail under its own name, which its address
	// spells; a person's name does not read as a business's.
	for _, a := range m.From {
		if isFreemail(domainOf(a.Email)) && businessOnFreemail(a) {
			return strings.TrimSpace(a.Name)
		}
		// "Lekki Ledger HR <lekkiledger.hr@gmail.com>": an employer's
		// hiring team on a free mailbox, signing "Lekki Ledger
		// Technologies" under its officer's name.
		if org := teamOnFreemail(a); org != "" && b.notUser(org) != "" {
			return fullerName(in.a.own, org)
		}
	}
	return senderCompany(in, in.a.people)
}

// teamOnFreemail returns the organisation of a free mailbox whose display
// name is an organisation's hiring team ("Lekki Ledger HR", "Sahel Foods
// Recruitment": the name less senderNoise's words), each of its longer
// words spelled in the address; "".
func teamOnFreemail(a mail.Address) string {
	if !isFreemail(domainOf(a.Email)) {
		return ""
	}
	name := strings.TrimSpace(a.Name)
	org := strings.Join(strings.Fields(senderNoise.re().ReplaceAllString(name, " ")), " ")
	if org == "" || org == strings.Join(strings.Fields(name), " ") || spelledInLocalPart(strings.Fields(org), a.Email) < 1 {
		return ""
	}
	return org
}

// fullerName returns the longest spelling of org that starts a line of
// text on its own ("Lekki Ledger Technologies" under a signature for
// "Lekki Ledger"), without its legal form; org when there is none.
func fullerName(text, org string) string {
	best := org
	for line := range strings.Lines(truncate(text, 16<<10)) {
		l := strings.TrimSpace(line)
		rest, ok := strings.CutPrefix(l, org+" ")
		if !ok || strings.ContainsAny(l, "0123456789@:|,") {
			continue
		}
		extra := strings.Fields(rest)
		if len(extra) == 0 || len(extra) > 3 || slices.ContainsFunc(extra, func(w string) bool {
			r, _ := utf8.DecodeRuneInString(w)
			return !unicode.IsUpper(r)
		}) {
			continue
		}
		if c := withoutLegalForm(l); len(c) > len(best) {
			best = c
		}
	}
	return best
}

// businessOnFreemail reports a free mailbox's display name that is a
// business's, not a person's: "The ..." or "... & ...", or with a
// company's word, each of its longer words spelled in the address.
func businessOnFreemail(a mail.Address) bool {
	ws := strings.Fields(a.Name)
	if len(ws) < 2 || !(namedWithThe(ws) || strings.Contains(a.Name, " & ") || companyLike(a.Name)) {
		return false
	}
	return spelledInLocalPart(ws, a.Email) >= 2
}

// spelledInLocalPart counts the words of a display name of three letters
// or more ("the" aside) that the address's local part spells
// ("lekkiledger.hr" spells "Lekki" and "Ledger"); -1 when one is not.
func spelledInLocalPart(ws []string, email string) int {
	local, _, _ := strings.Cut(strings.ToLower(email), "@")
	long := 0
	for _, w := range ws {
		if w = strings.ToLower(strings.Trim(w, ".,'’")); len(w) < 3 || w == "the" {
			continue
		}
		if !strings.Contains(local, w) {
			return -1
		}
		long++
	}
	return long
}

// writtenWithLegalForm reports a line of text that starts with name and
// its legal form ("Brandt Hydraulik GmbH | Am Stadtholz 24"): name is an
// organisation's.
func writtenWithLegalForm(text, name string) bool {
	for line := range strings.Lines(truncate(text, 16<<10)) {
		l := strings.TrimSpace(line)
		if !strings.HasPrefix(l, name) {
			continue
		}
		if i := strings.IndexAny(l, "|·,"); i > 0 {
			l = strings.TrimSpace(l[:i])
		}
		if hasLegalForm(l) && withoutLegalForm(l) == withoutLegalForm(name) {
			return true
		}
	}
	return false
}

// employerField returns the organisation a form's field names, on a line
// of its own ("Employer: ...", "Arbeitgeber: ...", "Entreprise : ..."),
// or "". A public service's "Department:" is the employer too, where a
// company's is its team.
func employerField(text string, people map[string]bool, public bool) string {
	for line := range strings.Lines(truncate(text, 8<<10)) {
		label, rest, ok := strings.Cut(strings.Replace(line, "：", ":", 1), ":")
		l := strings.ToLower(strings.TrimSpace(label))
		if _, known := employerLabels[l]; !ok || len(label) > 24 || !known && !(public && l == "department") {
			// A form's table cell before the value, as a board's HTML
			// becomes text: "기업명 (주)한빛로보틱스", "Company name Acme Ltd".
			if l, r, cut := strings.Cut(strings.TrimSpace(line), " "); cut && employerLabels[strings.ToLower(l)] {
				rest = r
			} else if ws := strings.Fields(line); len(ws) > 2 && employerLabels[strings.ToLower(ws[0]+" "+ws[1])] {
				rest = strings.Join(ws[2:], " ")
			} else {
				continue
			}
		}
		// "Empresa: Aceros del Norte, S.A. de C.V. · Monterrey, N.L.": a
		// board's fields after the name, set off by a middle dot or a bar.
		for _, sep := range []string{" · ", " | "} {
			rest, _, _ = strings.Cut(rest, sep)
		}
		if c := acceptCompany(strings.TrimSpace(rest), people); c != "" {
			return c
		}
	}
	return ""
}

// employerLabels name the field of a form that holds the employer; those
// that say "company name" outright (true) may stand without a colon, in
// the table cell before the value.
var employerLabels = map[string]bool{
	"employer": false, "company": false, "organisation": false, "organization": false,
	"hiring organisation": false, "hiring organization": false, "arbeitgeber": false, "unternehmen": false,
	"firma": false, "entreprise": false, "employeur": false, "société": false, "empresa": false, "empleador": false,
	"azienda": false, "datore di lavoro": false, "empregador": false, "werkgever": false, "organisatie": false,
	"bedrijf": false, "pracodawca": false, "arbetsgivare": false, "arbejdsgiver": false, "arbeidsgiver": false,
	"työnantaja": false, "zaměstnavatel": false, "společnost": false, "zamestnávateľ": false, "spoločnosť": false,
	"munkáltató": false, "cég": false, "vállalat": false, "angajator": false, "companie": false, "compania": false,
	"işveren": false, "şirket": false, "公司": false,
	"company name": true, "employer name": true, "firmenname": true, "nom de l'entreprise": true,
	"nombre de la empresa": true, "nome da empresa": true, "nome azienda": true, "bedrijfsnaam": true,
	"företagsnamn": true, "nazwa firmy": true, "şirket adı": true, "기업명": true, "회사명": true, "会社名": true,
	"企業名": true, "企业名称": true, "公司名称": true, "企業名稱": true, "公司名稱": true,
}

// signedBy reports a text signed by name for an organisation (see
// signerOrganisation).
func signedBy(text, name string) bool { return signerOrganisation(text, name) != "" }

// signerOrganisation returns the organisation a text is signed for by
// name: a line that is name alone (or with a title after it), then a line
// with a company's legal form ("Sabine Kroll" over "Lindenhof Software
// GmbH"), that line without its legal form. A company that signs its own
// name has no employer under it.
func signerOrganisation(text, name string) string {
	lines := strings.Split(truncate(text, 16<<10), "\n")
	for i, line := range lines {
		// "Ing. Herbert Gruber", "Dr. Anna Weiß": a title before the name;
		// "JOAQUIM TEIXEIRA": a name typed in capitals.
		rest, ok := cutPrefixFold(withoutHonorifics(strings.TrimSpace(line)), name)
		if !ok || rest != "" && !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, " |") && !strings.HasPrefix(rest, " –") {
			continue
		}
		// "Kessler Medizintechnik GmbH" over "Software Engineer (m/w/d)
		// · Tuttlingen": a posting's header, the company's own line.
		if hasLegalForm(line) {
			continue
		}
		titled := false // a line of the signer's title came first
		for _, next := range lines[i+1 : min(len(lines), i+5)] {
			if next = strings.TrimSpace(next); next != "" {
				// "Talent Acquisition · Cobaltia Pagos", "People &
				// Talent Lead bei Tessin Robotics GmbH": a title, then
				// the organisation, less its legal form. Not
				// "Personalabteilung – Bewerbermanagement": a
				// department under a company's own name.
				// ("Co-founder, CTO": two titles, no organisation.)
				if title, org, ok := cutSeparator(next); ok && signersTitle(title) && !signersTitle(org) && !hiringDepartment(org) {
					return withoutLegalForm(org)
				}
				if hasLegalForm(next) {
					return withoutLegalForm(next)
				}
				// "TEIXEIRA & FILHOS LDA - INSTALACOES ELECTRICAS": the
				// company, then what it does.
				if org, _, _ := cutSeparator(next); hasLegalForm(org) {
					return withoutLegalForm(org)
				}
				// "Geschäftsführer", then (after a blank line) "Gruber
				// Software & Automation GmbH": the title, then the
				// company.
				if !titled && !strings.ContainsAny(next, "·|,–") && (leaderTitle(next) || hasRoleWord(next) || interviewerTitles[strings.ToLower(next)] ||
					hiringDepartment(next)) {
					titled = true
					continue
				}
				break
			}
		}
	}
	return ""
}

// cutPrefixFold is strings.CutPrefix with the prefix matched without
// regard to case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// signersTitle reports a job title as a signature or headline writes it
// before the employer.
func signersTitle(title string) bool {
	return hasRoleWord(title) || interviewerTitles[strings.ToLower(title)] || leaderTitle(title) ||
		slices.ContainsFunc(recruiterWords, func(w string) bool { return strings.Contains(strings.ToLower(title), w) })
}

// withoutHonorifics drops the academic and courtesy titles a signature
// writes before a name: "Ing. Herbert Gruber", "Dipl.-Ing. Jan Ott",
// "Dr. Anna Weiß", "Mag.a Eva Huber".
func withoutHonorifics(line string) string {
	for {
		first, rest, ok := strings.Cut(line, " ")
		if !ok || !signatureTitles[strings.ToLower(first)] && !honorifics[strings.TrimSuffix(strings.ToLower(first), ".")] {
			return line
		}
		line = strings.TrimLeft(rest, " ")
	}
}

// signatureTitles are the academic titles a signature writes before a
// name, besides the courtesy ones (honorifics).
var signatureTitles = map[string]bool{
	"ing.": true, "dipl.-ing.": true, "di": true, "mag.": true, "mag.a": true, "dott.ssa": true, "ir.": true,
	"drs.": true, "lic.": true, "eng.": true, "mgr.": true, "bc.": true,
}

// employerAfterWith reports a subject that names c after "with" or
// "at": "Bevestigd: sollicitatiegesprek met Hoekstra ICT Beheer" is the
// interview with the employer, whatever line of the text ends in it
// ("Systeembeheerder - Hoekstra ICT Beheer").
func employerAfterWith(subject, c string) bool {
	i := strings.Index(subject, " "+c)
	if i < 0 {
		return false
	}
	ws := strings.Fields(strings.ToLower(subject[:i]))
	return len(ws) > 0 && withWordsBeforeEmployer[ws[len(ws)-1]]
}

// withWordsBeforeEmployer are "with" and "at" in the languages read, as
// a notice writes them before the employer.
var withWordsBeforeEmployer = map[string]bool{
	"with": true, "at": true, "mit": true, "bei": true, "met": true, "bij": true, "avec": true, "chez": true,
	"con": true, "com": true, "presso": true, "med": true, "hos": true, "z": true, "w": true,
}

// endsTitleLine reports a line of text that is a job's title ending in
// part ("Band 5 Staff Nurse - Acute Medical Unit" under "You've booked an
// interview for the job:"): the part is the title's ward or team, though
// the subject's dash sets it apart as a company would be.
func endsTitleLine(text, part string) bool {
	for line := range strings.Lines(truncate(text, 4<<10)) {
		line = strings.TrimSpace(line)
		for _, sep := range []string{" - ", " – ", " — "} {
			if title, ok := strings.CutSuffix(line, sep+part); ok && hasRoleWord(title) {
				return true
			}
		}
	}
	return false
}

// sharesLongWord reports a word of name, of five letters or more, that
// the domain's label spells: "Aceros Cerro de la Silla" and
// cerrosilla-aceros.
func sharesLongWord(name, label string) bool {
	l := squash(label)
	for _, w := range words(name) {
		if w := squash(w); len(w) >= 5 && strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// hiringDepartment reports the name of a department that hires rather
// than an organisation: "Bewerbermanagement", "Talent Acquisition",
// "Recursos Humanos".
func hiringDepartment(s string) bool {
	low := strings.ToLower(strings.TrimSpace(s))
	return hiringDepartments[low] || slices.Contains(recruiterWords, low)
}

var hiringDepartments = map[string]bool{
	"bewerbermanagement": true, "personalwesen": true, "personal": true, "personalmanagement": true,
	"human resources": true, "hr": true, "people & culture": true, "people and culture": true, "people team": true,
	"ressources humaines": true, "rh": true, "recursos humanos": true, "rrhh": true, "risorse umane": true,
	"personeelszaken": true, "hr-afdeling": true, "dział hr": true, "kadry": true, "personalavdelningen": true,
	"hr-afdelingen": true, "hr-avdelingen": true, "henkilöstöhallinto": true, "personální oddělení": true,
	"talent acquisition": true, "recruiting": true, "recruitment": true, "reclutamiento": true,
	"reclutamiento y selección": true, "selección": true, "atracción de talento": true, "gestión humana": true,
	"talento humano": true, "recrutement": true, "recrutamento": true, "recrutamento e seleção": true,
	"recrutamento & seleção": true, "gente e gestão": true, "reclutamiento y selección de personal": true,
}

// leaderTitle reports a title of those who found or lead an
// organisation ("Co-founder & CEO", "Gründer & Geschäftsführer",
// "Fondatrice"), as a founder signs from a private address.
func leaderTitle(title string) bool {
	for _, w := range words(strings.ToLower(title)) {
		if leaderWords[w] {
			return true
		}
	}
	return false
}

var leaderWords = map[string]bool{
	"founder": true, "cofounder": true, "ceo": true, "cto": true, "coo": true, "cpo": true, "cfo": true,
	"gründer": true, "gründerin": true, "mitgründer": true, "mitgründerin": true, "geschäftsführer": true,
	"geschäftsführerin": true, "fondateur": true, "fondatrice": true, "cofondateur": true, "cofondatrice": true,
	"fundador": true, "fundadora": true, "cofundador": true, "cofundadora": true, "fondatore": true,
	"oprichter": true, "medeoprichter": true, "założyciel": true, "założycielka": true,
	"grundare": true, "grundlægger": true, "perustaja": true, "zakladatel": true,
}

// cutSeparator splits a signature line at its last separator ("Talent
// Acquisition · Cobaltia Pagos", "Recruiter | Lindqvist", "HR, Acme"),
// or at the word a headline puts before the employer ("Talent
// Acquisition Lead, Engineering at Fabrikam", as LinkedIn and XING show
// the writer above a relayed message; "Recruiterin bei Tessin Robotics").
func cutSeparator(line string) (before, after string, ok bool) {
	for _, sep := range []string{" at ", " bei ", " chez ", " @ ", " bij ", " presso ", " hos ", " · ", " | ", " – ", " — ", " - ", ", "} {
		if i := strings.LastIndex(line, sep); i > 0 {
			before, after = strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+len(sep):])
			return before, after, after != "" && bareNameRE.re().MatchString(after)
		}
	}
	return "", "", false
}

// companyInSentences reads the company from the sentences of text that
// speak of the interview: "your interview with Acme Robotics", "Ihr
// Vorstellungsgespräch bei unserem Mandanten Lindqvist Maschinenbau".
func companyInSentences(text string, people map[string]bool, kw []string) string {
	for _, s := range sentences(text) {
		// "Confirm Attendance: https://harri.com/interviews/rsvp/...": a
		// button's label, and a word of the link's, say no name.
		s = withoutLinkButtons(s)
		if firstWord(normalize(s), kw) == "" {
			continue
		}
		if c := companyFromText(s, people, kw); c != "" {
			return c
		}
	}
	return ""
}

// withoutLinkButtons drops the lines that are a label and a link ("Confirm
// Attendance: https://...", "Continue: https://..."), as an HTML mail's
// buttons become text, and the links elsewhere.
func withoutLinkButtons(s string) string {
	if !strings.Contains(s, "://") {
		return s
	}
	var keep []string
	for line := range strings.Lines(s) {
		if rest := withoutLinks(line); rest != strings.TrimSpace(line) && strings.HasSuffix(strings.TrimSpace(rest), ":") {
			continue
		}
		keep = append(keep, withoutLinks(line))
	}
	return strings.Join(keep, "\n")
}

// namedAsPerson reports a one-word name the text gives a person's title
// to: "Chat with Derek?" when the mail says "Hiring manager Derek".
func namedAsPerson(text, name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	low, n := strings.ToLower(text), strings.ToLower(name)
	for i := 0; ; {
		j := strings.Index(low[i:], " "+n)
		if j < 0 {
			return false
		}
		j += i
		before := strings.Fields(low[max(0, j-40):j])
		for k := 1; k <= 3 && k <= len(before); k++ {
			title := strings.Trim(strings.Join(before[len(before)-k:], " "), ",:;")
			if interviewerTitles[title] || personTitles[title] {
				return true
			}
		}
		i = j + 1 + len(n)
	}
}

// personTitles name a person's job when written before their name ("our
// CTO Derek"), besides the interviewers' titles.
var personTitles = map[string]bool{
	"cto": true, "ceo": true, "founder": true, "co-founder": true, "cofounder": true, "engineering manager": true,
	"tech lead": true, "team lead": true, "vp engineering": true, "head of engineering": true,
}

// executiveTitles name whom a meeting is with by their office, never an
// organisation: "Gesprek met CTO", "Entretien avec le DG".
var executiveTitles = map[string]bool{
	"cto": true, "ceo": true, "coo": true, "cfo": true, "cpo": true, "cio": true, "ciso": true, "cmo": true,
	"chro": true, "cdo": true, "cro": true, "cco": true, "cso": true, "cao": true, "clo": true, "cpto": true,
	"vp": true, "svp": true, "evp": true, "hr": true, "dg": true, "drh": true, "md": true,
	"founders": true, "the founders": true, "gründer": true, "gründerin": true, "fondateur": true,
	// The board's chair, whom a search's finalist meets: "Gespräch mit
	// dem VR-Präsidenten", "meeting with the Chair".
	"chair": true, "chairman": true, "chairwoman": true, "the chair": true, "vr-präsident": true, "vr-präsidenten": true,
	"vr-präsidentin": true, "verwaltungsratspräsident": true, "verwaltungsratspräsidenten": true, "aufsichtsratsvorsitzenden": true,
	"aufsichtsratsvorsitzende": true, "président du directoire": true, "président": true, "presidente": true,
	"fondatrice": true, "fundador": true, "fundadora": true, "oprichter": true, "oprichters": true,
	"geschäftsführer": true, "geschäftsführerin": true, "geschäftsführung": true, "directie": true,
}

// agencyWrites is agencyWriting of the message's own text, read once.
func (a *analysis) agencyWrites() bool {
	if !a.agencyDone {
		a.agency, a.agencyDone = agencyWriting(a.own), true
	}
	return a.agency
}

// agencyWriting reports mail whose writer says they recruit for a client,
// whatever the domain: "who the client is: it's Larkspur Payments",
// "Harrow & Finch Ltd is acting as an employment agency in relation to
// this vacancy" (the footer the UK's Conduct of Employment Agencies
// Regulations ask for), "im Auftrag unseres Mandanten". The writer's own
// organisation is then not the employer.
func agencyWriting(text string) bool {
	return firstWord(normalize(truncate(text, maxText)), agencyPhrases) != ""
}

// agencyDomain reports a recruiting agency's domain by its name: an
// agency writes about its clients, so its domain names no employer.
func agencyDomain(d string) bool {
	label, _, _ := strings.Cut(orgDomain(d), ".")
	for _, w := range []string{"recruit", "talent", "staffing", "search", "personnel", "headhunt",
		"resourcing", "placement", "hiring", "hire", "karriere", "personal",
		// the same trade in the other languages: "altair-recrutement.fr",
		// "reclutamento", "rekrutacja", "rekrytering", "werving", "bemanning"
		"recrut", "reclut", "rekrut", "rekryt", "werving", "bemanning", "seleccion", "selezione"} {
		if strings.Contains(label, w) {
			return true
		}
	}
	// The staffing groups whose names say nothing of their trade.
	return staffingGroups[label]
}

// staffingGroups are the recruitment and staffing groups of many countries
// by their domains' names: they write about their clients' jobs.
var staffingGroups = map[string]bool{
	"randstad": true, "adecco": true, "hays": true, "michaelpage": true, "pagegroup": true, "pagepersonnel": true,
	"gigroup": true, "manpower": true, "manpowergroup": true, "experis": true, "roberthalf": true,
	"robertwalters": true, "harveynash": true, "kellyservices": true, "akkodis": true, "modis": true,
	"spherion": true, "teksystems": true, "aerotek": true, "allegis": true, "tempo-team": true, "synergie": true,
	"crit": true, "proman": true, "start-people": true, "olympia": true, "asap": true, "brunel": true,
}

func (b *builder) newFromText(in *input, company string) *tracked {
	t := newTracked()
	m := in.m
	t.iv.ID = messageKey(*m)
	t.iv.Company = company
	// The client an agency names, not the agency: its own domain spells
	// another name.
	if d := companyFromDomain(domainOf(firstAddress(m.From))); company != "" && d != "" && !likelySameCompany(company, d) && in.a.agencyWrites() {
		t.client = true
	}
	t.iv.Why.Company = "message <" + m.MessageID + ">"
	t.iv.Why.Time = fmt.Sprintf("message <%s>: %q", m.MessageID, shorten(in.a.timeLine, 160))
	t.iv.Why.People = "the sender of message <" + m.MessageID + ">"
	t.iv.Role = roleFrom([]string{m.Subject}, []string{in.a.text})
	t.iv.Start = in.a.found.Start
	t.iv.End = t.iv.Start.Add(b.length(in))
	t.iv.Location = textLocation(in.a.text)
	org := senderPerson(in, b.cfg)
	t.iv.Organizer = org
	if PersonAddress(org.Email) {
		t.iv.Interviewers = []Person{org}
	}
	if in.a.oneWay {
		// Recorded, not met: its "start" is the deadline, and nobody
		// sat across the table to thank.
		t.iv.OneWay, t.iv.End, t.iv.Interviewers = true, t.iv.Start, nil
	}
	t.iv.InvitedAt = m.Date
	t.iv.Status, t.iv.StatusAt = Scheduled, m.Date
	t.iv.StatusReason = "confirmed by message <" + m.MessageID + ">"
	t.iv.Evidence = in.a.verdict.Reason
	t.timesAt = m.Date
	t.addMessage(in, true)
	t.addPeople(b.cfg, org)
	for _, r := range m.ReplyTo {
		t.addPeople(b.cfg, Person{Name: r.Name, Email: r.Email})
	}
	if from := firstAddress(m.From); isNoReply(from) || isVendor(domainOf(from)) {
		// "If you need to change your interview time ... contact:
		// Joanne Pryce, joanne.pryce@kingsmead-nhs.example": the
		// employer's person a system names, whose own mail is then this
		// interview's.
		for _, e := range t.contactsNamed(in.a.own, b.cfg) {
			t.addPeople(b.cfg, Person{Email: e})
		}
	}
	return t
}

// statusChanges applies rejections, offers and cancellations in words to
// the interviews they are about: same thread, or written by the
// employer's people. Every interview of that employer known by then is
// concerned but the rounds that led to a later one; a cancellation in
// words only the next one to come.
func (b *builder) statusChanges(ins []input) {
	for i := range ins {
		in := &ins[i]
		if in.a.sent && in.a.withdraws != "" {
			b.withdrawn(in)
			continue
		}
		if in.a.sent && len(in.a.declined) > 0 {
			b.declined(in)
			continue
		}
		if in.a.sent || in.a.skip {
			continue
		}
		var status Status
		switch in.a.verdict.Kind {
		case KindRejection:
			status = Rejected
		case KindOffer:
			status = Offer
		case KindCancellation:
			if len(in.a.events) == 0 {
				b.cancelInWords(in)
			}
			continue
		default:
			continue
		}
		var concerned []*tracked
		for _, t := range b.all {
			if !t.iv.InvitedAt.After(in.m.Date) && b.concerns(t, in) {
				concerned = append(concerned, t)
			}
		}
		for _, t := range concerned {
			// A round that took place and led to a further one was
			// passed: the offer or the no after the final round is
			// that round's outcome.
			if t.iv.Start.Before(in.m.Date) && slices.ContainsFunc(concerned, func(u *tracked) bool { return u.iv.Start.After(t.iv.Start) }) {
				continue
			}
			t.iv.Status, t.iv.StatusAt = status, in.m.Date
			t.iv.StatusReason = string(status) + ": " + in.a.verdict.Reason + " in message <" + in.m.MessageID + ">"
			if t.linked(in.m) {
				t.addMessage(in, false)
			}
		}
	}
}

// declined cancels the interviews whose invitations the user declined
// in their calendar, unless the organizer moved them after the answer
// (an update is a new question, RFC 5546 §3.2.2). The employer's next
// invitation after the decline, under a new UID (often from its hiring
// system), is the same interview at the time that suits: "Declined: ...
// Technical interview" with "that slot clashes", then Greenhouse's
// "Interview Confirmation" for another day.
func (b *builder) declined(in *input) {
	for _, old := range slices.Clone(b.all) {
		if old.iv.Status != Scheduled || old.iv.ICSUID == "" || !slices.Contains(in.a.declined, old.iv.ICSUID) ||
			!in.m.Date.After(old.timesAt) || !old.iv.Start.After(in.m.Date) {
			continue
		}
		old.iv.Status, old.iv.StatusAt = Cancelled, in.m.Date
		old.iv.StatusReason = fmt.Sprintf("cancelled: the user declined the invitation in message <%s>", in.m.MessageID)
		var next *tracked
		for _, x := range b.all {
			if x != old && x.iv.ICSUID != "" && x.iv.ICSUID != old.iv.ICSUID && x.iv.Status == Scheduled &&
				x.iv.InvitedAt.After(in.m.Date) && old.iv.Company != "" && sameCompany(x.iv.Company, old.iv.Company) &&
				(next == nil || x.iv.InvitedAt.Before(next.iv.InvitedAt)) {
				next = x
			}
		}
		if next == nil {
			continue
		}
		b.rebooked(old, next, "rescheduled: invited again after the user declined in message <"+in.m.MessageID+">")
	}
}

// withdrawn cancels the interviews still to come that the user's mail
// withdrawing a candidacy is about: those of its thread, or of the
// employer it is written to. Nobody thanks an interviewer for an
// interview they called off.
func (b *builder) withdrawn(in *input) {
	for _, t := range b.all {
		if t.iv.Status != Scheduled || !t.iv.Start.After(in.m.Date) || t.iv.InvitedAt.After(in.m.Date) ||
			!(t.linked(in.m) || t.toEmployer(in.m)) {
			continue
		}
		t.iv.Status, t.iv.StatusAt = Cancelled, in.m.Date
		t.iv.StatusReason = fmt.Sprintf("cancelled: the user withdrew (%q) in message <%s>", in.a.withdraws, in.m.MessageID)
		if t.linked(in.m) {
			t.addMessage(in, false)
		}
	}
}

// concerns reports whether a message about the status of a candidacy is
// about interview t: in its thread, from the employer's people, or from
// the scheduling or tracking system that writes for the company it names
// ("Navigli Tech Recruiting <no-reply@successfactors.eu>").
func (b *builder) concerns(t *tracked, in *input) bool {
	if t.fromEmployer(in.m) || t.linked(in.m) && !t.fromOtherOrganisation(in.m) {
		return true
	}
	// "Application outcome - 412345 - Senior Data Architect" from the
	// job board that booked "Interview booking confirmation - 412345":
	// one of the interview's own senders, about its vacancy's number.
	if from := strings.ToLower(firstAddress(in.m.From)); t.senders[from] && sharesReference(in.m.Subject, t.iv.ThreadTopic) {
		return true
	}
	// "Canceled: Indledende samtale (30 min) with Mette Holm on
	// Thursday, December 10, 2026": the scheduler that booked the
	// interview names its slot, not the company. Only a machine's word
	// counts so: a person who merely confirmed the same slot (anyone can)
	// is no scheduler of it.
	if from := firstAddress(in.m.From); t.senders[from] && !PersonAddress(from) && in.a.namesBooked([]time.Time{t.iv.Start}) {
		return true
	}
	// "Reciba un cordial saludo de parte de Soluciones Guatapé S.A.S.
	// ... cancelar la entrevista ... jueves 10 de diciembre a las 3:00
	// p. m.", from guatape-soluciones.example: the employer's own domain,
	// which spells the company a job board booked, naming the booked
	// slot. (The board's mail named only the company.)
	// "Your interview on Thursday 17th December at 11:00 is cancelled",
	// from glanrhyd-cc.example about "Cyngor Sir Glanrhyd"'s booking: a
	// domain that holds the name's own word (not a trade's, "software")
	// names the slot as well.
	if from := firstAddress(in.m.From); t.iv.Company != "" && companyDomain(domainOf(from)) &&
		(domainSpells(domainOf(from), t.iv.Company) || domainHoldsNameWord(domainOf(from), t.iv.Company)) &&
		in.a.namesBooked([]time.Time{t.iv.Start}) {
		return true
	}
	// An interview that only a job board or hiring system announced,
	// naming no company and none of the employer's people, and a mail
	// from an organisation's own domain that names its booked slot to
	// the minute ("змушені скасувати співбесіду, призначену на 15.12 о
	// 10:30" after Work.ua's invitation): the employer writing about the
	// booking its board made.
	if from := firstAddress(in.m.From); t.iv.Company == "" && len(t.people) == 0 && relayedOnly(t) &&
		companyDomain(domainOf(from)) && namesOnItsClock(in, t.iv.Start) {
		return true
	}
	// A job board or freelance marketplace relays the employer's word
	// as a hiring system does.
	if !isVendorMail(in.m) && !sentFrom(in.m.Summary, isJobBoard) || t.iv.Company == "" {
		return false
	}
	if c := respelled(b.textCompany(in), in); c != "" && sameCompany(t.iv.Company, c) {
		return true
	}
	// "Kari Haugen | Sjøbris Energi <noreply@teamtailor-mail.com>": a
	// hiring system writes for the company its display name or its text
	// names, whichever other name comes first.
	name := " " + normalize(t.iv.Company) + " "
	for _, a := range in.m.From {
		if strings.Contains(" "+normalize(a.Name)+" ", name) {
			return true
		}
	}
	return hasWord(normalize(truncate(in.a.text, 4<<10)), normalize(t.iv.Company))
}

// relayedOnly reports an interview whose every defining message came
// from a hiring system or a job board.
func relayedOnly(t *tracked) bool {
	if len(t.senders) == 0 {
		return false
	}
	for s := range t.senders {
		if d := domainOf(s); !isVendor(d) && !isJobBoard(d) {
			return false
		}
	}
	return true
}

// namesOnItsClock reports a message that names start to the minute, read
// on start's own clock when the message states none: the employer writes
// "15.12 о 10:30" on the clock its board's invitation gave ("за Києвом").
func namesOnItsClock(in *input, start time.Time) bool {
	if in.a.namesBooked([]time.Time{start}) {
		return true
	}
	for _, m := range timetext.Find(truncate(in.a.text, maxText), timetext.Options{Ref: in.m.Date, Loc: start.Location()}) {
		if m.Zone == "" && m.Start.Equal(start) {
			return true
		}
	}
	return false
}

func (b *builder) cancelInWords(in *input) {
	var next, named *tracked
	for _, t := range b.all {
		// (Not one booked anew after the cancellation: "Terminabsage ...
		// am 02.12.", then Personio's moved invitation for the 8th.)
		if t.iv.Status != Scheduled || !t.iv.Start.After(in.m.Date) || t.timesAt.After(in.m.Date) || !b.concerns(t, in) {
			continue
		}
		if next == nil || t.iv.Start.Before(next.iv.Start) {
			next = t
		}
		// "Your upcoming interview ... has been cancelled. Technical
		// Deep Dive, Tuesday, December 8, 2026, 1:00 PM": of two
		// stages, the one whose slot it names.
		if named == nil && in.a.namesBooked([]time.Time{t.iv.Start}) {
			named = t
		}
	}
	if named != nil {
		next = named
	}
	if next != nil {
		next.iv.Status, next.iv.StatusAt = Cancelled, in.m.Date
		next.iv.StatusReason = "cancelled by message <" + in.m.MessageID + ">: " + in.a.verdict.Reason
	}
}

// correspondence records, for every interview, the messages exchanged with
// the employer's people after the first invitation: inbound from them (or
// in the thread), outbound from the user to them (or in the thread).
// Calendar updates of the interview itself and the user's RSVPs are not
// letters and are left out. Messages in the thread join Thread, so that a
// draft answers the latest of them.
func (b *builder) correspondence(ins []input) {
	for _, t := range b.all {
		for i := range ins {
			in := &ins[i]
			m := in.m
			if in.a.skip || in.a.rsvp || t.defining[m.MessageID] || !m.Date.After(t.iv.InvitedAt) {
				continue
			}
			if carriesUID(in.a, t.iv.ICSUID) {
				continue
			}
			linked := t.linked(m)
			var c Correspondence
			switch {
			case in.a.sent && (linked || t.toEmployer(m)):
				c = Correspondence{At: m.Date, Direction: Outbound, MessageID: m.MessageID, Subject: m.Subject}
				c.From = in.a.dir.person("", firstAddress(m.From))
				for _, list := range [][]mail.Address{m.To, m.Cc} {
					for _, a := range list {
						c.To = append(c.To, in.a.dir.person(a.Name, a.Email))
					}
				}
			case !in.a.sent && (t.fromEmployer(m) || linked && !t.fromOtherOrganisation(m)):
				c = Correspondence{At: m.Date, Direction: Inbound, MessageID: m.MessageID, Subject: m.Subject}
				c.From = senderPerson(in, b.cfg)
				for _, a := range m.To {
					c.To = append(c.To, in.a.dir.person(a.Name, a.Email))
				}
			default:
				continue
			}
			t.iv.Correspondence = append(t.iv.Correspondence, c)
			if linked {
				t.addMessage(in, false)
			}
		}
	}
}

// carriesUID reports whether the message is an invitation or update of
// the event uid: a calendar notification, not a letter.
func carriesUID(a *analysis, uid string) bool {
	if uid == "" {
		return false
	}
	for _, ev := range a.events {
		if ev.UID == uid {
			return true
		}
	}
	return false
}

// employerOfNamed returns the organisation a text gives after name, in
// brackets or after a comma, with the person's title: "Mira Okonkwo
// (Talent Acquisition Lead bei Feldfunk GmbH)", "Priya Raman, Recruiter
// at Cobalt Systems"; or on the line under it, as a network's notice
// shows the sender's card ("Talent Acquisition Partner · Brandtwerk
// Logistik GmbH", "Senior Technical Recruiter at Quillon Systems",
// Teams' "Lindeboom Analytics B.V. (extern)"). "" when it gives none.
func employerOfNamed(text, name string) string {
	if name == "" {
		return ""
	}
	text = truncate(text, 4<<10)
	for from := 0; ; {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return ""
		}
		i += from + len(name)
		from = i
		rest := text[i:]
		var inner string
		switch {
		case strings.HasPrefix(strings.TrimLeft(rest, " "), "("):
			rest = strings.TrimLeft(rest, " ")[1:]
			end := strings.IndexByte(rest, ')')
			if end < 0 {
				continue
			}
			inner = rest[:end]
		case strings.HasPrefix(rest, ", "):
			inner, _, _ = strings.Cut(rest[2:], "\n")
		case strings.HasPrefix(strings.TrimLeft(rest, " \t"), "\n"):
			// The name ends its line: the card's next line.
			_, after, _ := strings.Cut(rest, "\n")
			inner, _, _ = strings.Cut(after, "\n")
			inner = strings.TrimSpace(inner)
			if org, ok := externalOrg(inner); ok {
				return withoutLegalForm(org)
			}
			alone := i-len(name) == 0 || text[i-len(name)-1] == '\n'
			// A recruiter's title: a board's own card is "Software
			// Engineer (m/w/d) · Tuttlingen", the job and its place.
			if title, org, ok := strings.Cut(inner, " · "); ok && alone && firstWord(normalize(title), recruiterWords) != "" &&
				!strings.Contains(org, " · ") {
				return withoutLegalForm(strings.TrimSpace(org))
			}
			// LinkedIn's headline: "Senior Tech Recruiter @ Tevere
			// Talent | Ricerca e selezione profili IT".
			if title, org, ok := strings.Cut(inner, " @ "); ok && alone && firstWord(normalize(title), recruiterWords) != "" {
				org, _, _ = strings.Cut(org, " | ")
				if org = strings.TrimSpace(org); org != "" && len(org) <= 60 {
					return withoutLegalForm(org)
				}
			}
		default:
			continue
		}
		if len(inner) > 100 {
			continue
		}
		// The title before the organisation: "Talent Acquisition Lead".
		if m := atOrganisationRE.re().FindStringSubmatchIndex(inner); m != nil && hasRoleWord(inner[:m[0]]) {
			return withoutLegalForm(strings.TrimSpace(inner[m[2]:m[3]]))
		}
	}
}

// externalOrg returns the organisation of a chat's card line that marks
// its person as from outside the reader's ("Lindeboom Analytics B.V.
// (extern)", "Acme Corp (External)").
func externalOrg(line string) (string, bool) {
	org, mark, ok := strings.Cut(line, " (")
	if !ok || !externalMarks[strings.ToLower(strings.TrimSuffix(mark, ")"))] || strings.TrimSpace(org) == "" {
		return "", false
	}
	return strings.TrimSpace(org), true
}

// externalMarks are the words chat services write after an outside
// person's organisation.
var externalMarks = map[string]bool{"extern": true, "external": true, "externe": true, "externo": true,
	"externa": true, "esterno": true, "esterna": true, "externt": true, "ekstern": true, "zewnętrzny": true}

// personMetAtSendersCompany reports a subject's one word after "with"
// ("Senior Data Engineer - intro call with Tom") in mail from a company's
// own domain that the word does not spell: someone there whom the user
// meets. From a private mailbox, an agency or a system the word may well
// be the employer ("Interview with Stripe").
func personMetAtSendersCompany(c string, m *mail.Message) bool {
	ws := strings.Fields(cleanSubject(m.Subject))
	if strings.Contains(c, " ") || len(ws) < 2 || ws[len(ws)-1] != c || !meetWithWords[strings.ToLower(ws[len(ws)-2])] {
		return false
	}
	d := domainOf(firstAddress(m.From))
	if !companyDomain(d) || agencyDomain(d) {
		return false
	}
	label, _, _ := strings.Cut(orgDomain(d), ".")
	return !likelySameCompany(c, label) && !strings.Contains(squash(label), squash(c))
}

// sendersFirstName reports a name that begins a sender's longer display
// name: "Jana hat Ihnen eine Nachricht gesendet" from "Jana Albrecht via
// LinkedIn" names the writer, not her employer.
func sendersFirstName(name string, from []mail.Address) bool {
	for _, a := range from {
		n := a.Name
		if org, _, ok := relayParts(n); ok {
			n = org
		}
		if rest, ok := strings.CutPrefix(n, name+" "); ok && rest != "" && relays(a.Name) {
			return true
		}
	}
	return false
}
