package calendar

import (
	"cmp"
	"slices"
	"time"
)

// Limits of one Expand call. A feed or an invitation is untrusted input;
// these keep a hostile one to about a second and under 100 MB, while a
// year of a 10,000-event company feed (about 180,000 occurrences) fits.
const (
	maxOccurrences      = 20_000     // per master: a year of an every-minute rule is no interview
	maxTotalOccurrences = 200_000    // per call
	maxExpandWork       = 40_000_000 // days and candidate times looked at, per call
)

// limits is the budget of one Expand call, shared by all its series.
type limits struct {
	work        int
	occurrences int
}

// Expand returns the events and occurrences that overlap [from, to),
// sorted by start. events is what Parse returned, possibly from several
// calendars (a feed and the invitations from mail); the input is not
// modified.
//
//   - Events are grouped by UID (RFC 5545 §3.8.4.7). Of several masters, or
//     several overrides of the same instance, the Newer one counts (iTIP,
//     RFC 5546 §2.1.5).
//   - A master with RRULE and/or RDATE yields one occurrence per instance
//     (DTSTART first, §3.8.5.3), less its EXDATEs, each with RecurrenceID
//     set to the instance's original start and Recurring true.
//   - An override (RECURRENCE-ID) replaces its instance, also when it was
//     moved into or out of the window, and also when its master is not in
//     events, as Exchange sends a changed instance alone. An override of
//     an instance that the master's EXDATE removes is dropped.
//     RANGE=THISANDFUTURE also moves and changes the later instances.
//   - Cancelled instances (STATUS:CANCELLED) are kept; see Event.Cancelled.
//   - A master without a DTSTART cannot be placed and is left out; a bad
//     RRULE is ignored and the master yields its other instances.
//   - Hostile input is cut short: a master yields at most 20,000
//     occurrences, a call at most 200,000, and the rule walks of a
//     call share a bounded amount of work. Honest feeds come nowhere near.
//
// Occurrences carry Start/End in the master's zone; a weekly 09:00 Berlin
// meeting stays at 09:00 Berlin time across DST.
func Expand(events []Event, from, to time.Time) []Event {
	var refs []occRef
	lim := &limits{work: maxExpandWork, occurrences: maxTotalOccurrences}
	for _, g := range groupByUID(events) {
		refs = g.expand(refs, from, to, lim)
		if lim.occurrences <= 0 {
			break
		}
	}
	// Sort and collect small references, and copy each Event (hundreds of
	// bytes) once, into a slice of the right size: a feed expands to tens
	// of thousands of occurrences.
	for i := range refs {
		refs[i].seq = i
	}
	slices.SortFunc(refs, func(a, b occRef) int {
		if c := a.start.Compare(b.start); c != 0 {
			return c
		}
		if c := cmp.Compare(a.base.UID, b.base.UID); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	out := make([]Event, len(refs))
	for i, r := range refs {
		if r.single {
			out[i] = *r.base
			continue
		}
		out[i] = occurrenceOf(r.base, r.rid, r.start, r.end)
	}
	return out
}

// occRef is one result of Expand before it is copied out: base with
// another RECURRENCE-ID and times, or base itself when single.
type occRef struct {
	base            *Event
	rid, start, end time.Time
	single          bool
	seq             int // position before sorting, for a stable order
}

func (r *occRef) overlaps(from, to time.Time) bool {
	ev := Event{Start: r.start, End: r.end}
	return overlaps(&ev, from, to)
}

// series is every event with one UID: at most one master, and overrides
// keyed by the instant of their RECURRENCE-ID.
type series struct {
	master    *Event
	overrides map[int64]*Event
	order     []int64 // override keys in input order, for a stable result
}

func groupByUID(events []Event) []*series {
	byUID := make(map[string]*series)
	var groups []*series
	for i := range events {
		ev := &events[i]
		var s *series
		if ev.UID != "" {
			s = byUID[ev.UID]
		}
		if s == nil {
			s = &series{overrides: make(map[int64]*Event)}
			groups = append(groups, s)
			if ev.UID != "" {
				byUID[ev.UID] = s
			}
		}
		if ev.RecurrenceID.IsZero() {
			switch {
			case s.master == nil:
				s.master = ev
			case Newer(*ev, *s.master):
				m := supersede(*s.master, *ev)
				s.master = &m
			}
			continue
		}
		key := ev.RecurrenceID.UnixNano()
		old, ok := s.overrides[key]
		switch {
		case !ok:
			s.order = append(s.order, key)
			s.overrides[key] = ev
		case Newer(*ev, *old):
			o := supersede(*old, *ev)
			s.overrides[key] = &o
		}
	}
	return groups
}

func overlaps(ev *Event, from, to time.Time) bool {
	if ev.Start.IsZero() {
		return false
	}
	if !ev.End.After(ev.Start) {
		return !ev.Start.Before(from) && ev.Start.Before(to)
	}
	return ev.End.After(from) && ev.Start.Before(to)
}

func (s *series) expand(out []occRef, from, to time.Time, lim *limits) []occRef {
	m := s.master
	if m != nil && len(m.Rules) == 0 && len(m.RDates) == 0 && len(s.order) == 0 {
		// The common case: a single event.
		if overlaps(m, from, to) {
			out = append(out, occRef{base: m, start: m.Start, single: true})
		}
		return out
	}
	var excluded map[int64]bool
	if m != nil && len(m.ExDates) > 0 {
		excluded = make(map[int64]bool, len(m.ExDates))
		for _, x := range m.ExDates {
			excluded[x.UnixNano()] = true
		}
	}
	var future []*Event // THISANDFUTURE overrides, by RecurrenceID
	for _, key := range s.order {
		ov := s.overrides[key]
		if excluded[key] {
			continue
		}
		if ov.ThisAndFuture && !ov.Start.IsZero() {
			future = append(future, ov)
		}
		r := occRef{base: ov, rid: ov.RecurrenceID, start: ov.Start, end: ov.End}
		if r.start.IsZero() {
			// A CANCEL of one instance may omit DTSTART (RFC 5546
			// §3.2.5): it takes place, cancelled, where the instance was.
			r.start, r.end = ov.RecurrenceID, ov.RecurrenceID
			if m != nil {
				r.end = r.start.Add(m.End.Sub(m.Start))
			}
		}
		if r.overlaps(from, to) {
			out = append(out, r)
		}
	}
	if m == nil {
		return out
	}
	if len(m.Rules) == 0 && len(m.RDates) == 0 {
		if overlaps(m, from, to) {
			out = append(out, occRef{base: m, start: m.Start, single: true})
		}
		return out
	}
	if m.Start.IsZero() {
		return out
	}
	slices.SortFunc(future, func(a, b *Event) int { return a.RecurrenceID.Compare(b.RecurrenceID) })

	for _, inst := range instances(m, from, to, lim) {
		key := inst.Start.UnixNano()
		if excluded[key] {
			continue
		}
		if _, ok := s.overrides[key]; ok {
			continue
		}
		r := occRef{base: m, rid: inst.Start, start: inst.Start, end: inst.End}
		if f := lastBefore(future, inst.Start); f != nil {
			// RFC 5545 §3.8.4.4: the override's changes, including a
			// shift of its start, apply to every later instance.
			r.base = f
			r.start = inst.Start.Add(f.Start.Sub(f.RecurrenceID))
			r.end = r.start.Add(f.End.Sub(f.Start))
		}
		if r.overlaps(from, to) {
			out = append(out, r)
		}
	}
	return out
}

// lastBefore returns the THISANDFUTURE override in effect at t.
func lastBefore(future []*Event, t time.Time) *Event {
	var found *Event
	for _, f := range future {
		if f.RecurrenceID.After(t) {
			break
		}
		found = f
	}
	return found
}

// occurrenceOf copies base into one occurrence.
func occurrenceOf(base *Event, recurrenceID, start, end time.Time) Event {
	occ := *base
	occ.RecurrenceID = recurrenceID
	occ.Start, occ.End = start, end
	occ.Recurring = true
	occ.Rules, occ.RDates, occ.ExDates = nil, nil, nil
	occ.ThisAndFuture = false
	occ.Attendees = slices.Clone(base.Attendees)
	return occ
}

// instances lists the instances of a master that may overlap [from, to):
// DTSTART, the RRULE instances and the RDATEs, sorted and without
// duplicates, each with its end.
func instances(m *Event, from, to time.Time, lim *limits) []Period {
	loc := m.Start.Location()
	dur := m.End.Sub(m.Start)
	allDayDays := 0
	if m.AllDay {
		allDayDays = int(daysBetween(m.Start, m.End))
	}
	endOf := func(start time.Time) time.Time {
		if m.AllDay {
			return start.AddDate(0, 0, allDayDays)
		}
		return start.Add(dur)
	}

	var list []Period
	add := func(start, end time.Time) {
		if end.IsZero() || end.Before(start) {
			end = endOf(start)
		}
		list = append(list, Period{Start: start, End: end})
	}
	add(m.Start, m.End)

	startNaive := naiveOf(m.Start.In(loc))
	// A day either side covers DST and the instance's own length.
	lo := naiveOf(from.In(loc)) - int64(dur/time.Second) - secondsPerDay
	hi := naiveOf(to.In(loc)) + secondsPerDay
	for _, raw := range m.Rules {
		r, err := parseRRule(raw)
		if err != nil {
			continue
		}
		until := untilNaive(r.until, loc, m.AllDay)
		n := 0
		// A walk cut short by the budget still leaves its first instances.
		_ = r.each(startNaive, until, hi, lo, &lim.work, func(naive int64) bool {
			if naive == startNaive {
				return true // DTSTART was added above
			}
			add(fromNaive(naive, loc, m.AllDay), time.Time{})
			n++
			lim.occurrences--
			return n < maxOccurrences && lim.occurrences > 0
		})
	}
	for _, rd := range m.RDates {
		start := rd.Start
		if m.AllDay {
			y, mo, d := rd.Start.Date()
			start = time.Date(y, mo, d, 0, 0, 0, 0, loc)
		}
		add(start, rd.End)
	}

	slices.SortStableFunc(list, func(a, b Period) int { return a.Start.Compare(b.Start) })
	return slices.CompactFunc(list, func(a, b Period) bool { return a.Start.Equal(b.Start) })
}

func naiveOf(t time.Time) int64 {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	return daysFromCivil(y, int(m), d)*secondsPerDay + int64(h*3600+mi*60+s)
}

func fromNaive(naive int64, loc *time.Location, allDay bool) time.Time {
	day := floorDiv(naive, secondsPerDay)
	y, m, d := civilFromDays(day)
	if allDay {
		return time.Date(y, time.Month(m), d, 0, 0, 0, 0, loc)
	}
	tod := int(naive - day*secondsPerDay)
	return wallTime(loc, y, m, d, tod/3600, tod/60%60, tod%60)
}

// untilNaive converts UNTIL to the master's wall clock. RFC 5545 §3.3.10
// wants it UTC when DTSTART has a zone and a DATE when DTSTART is one, but
// files mix them: a DATE bounds the whole day, a floating time is read on
// the master's wall clock.
func untilNaive(raw string, loc *time.Location, allDay bool) int64 {
	const never = int64(1) << 62
	if raw == "" {
		return never
	}
	c, err := parseCivil(raw)
	if err != nil {
		return never
	}
	if c.date {
		return c.naive() + secondsPerDay - 1
	}
	if c.utc {
		u := c.in(time.UTC).In(loc)
		if allDay {
			// A date series ending at a UTC instant ends on that date.
			return daysFromCivil(u.Year(), int(u.Month()), u.Day())*secondsPerDay + secondsPerDay - 1
		}
		return naiveOf(u)
	}
	return c.naive()
}

func daysBetween(a, b time.Time) int64 {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return daysFromCivil(by, int(bm), bd) - daysFromCivil(ay, int(am), ad)
}
