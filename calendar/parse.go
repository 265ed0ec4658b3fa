package calendar

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Calendar is one iCalendar object: a feed, a .ics file or an invitation.
type Calendar struct {
	Method string // METHOD upper-cased (RFC 5546 §1.4): REQUEST, CANCEL, REPLY, PUBLISH...; "" for a plain feed
	ProdID string // PRODID, the program that wrote it
	Events []Event

	// Warnings lists what was read by guessing or skipped: an unknown
	// TZID, a VEVENT with an unreadable DTSTART, lines that were not
	// content lines. Each is a short sentence for logs and `followupd plan`.
	Warnings []string

	// DefaultZoneUsed reports that some time was read in Parse's default
	// zone: a floating date-time, an all-day date or an unknown TZID. A
	// calendar without one reads the same in any default zone, so a
	// caller that must work out which zone to pass can parse first with
	// its usual one and ask only when this is set.
	DefaultZoneUsed bool
}

// maxWarnings keeps a broken file from producing megabytes of warnings.
const maxWarnings = 100

// Parse reads an iCalendar object (RFC 5545) and returns every VEVENT as
// written: masters, and RECURRENCE-ID overrides as events of their own, not
// expanded (see Expand). Times are exact instants in the event's own zone;
// floating times and all-day dates are read in defaultLoc (nil means UTC),
// except that floating date-times in a feed with a known X-WR-TIMEZONE are
// read in that zone, as Google Calendar and Apple write it.
//
// Data that is not iCalendar, or larger than MaxSize, is an error. Inside
// a calendar Parse is lenient, as mail clients must be: a VEVENT whose
// DTSTART cannot be read is skipped with a warning, a bad RRULE is kept raw
// and reported by Expand, lines that are not content lines are skipped.
func Parse(data []byte, defaultLoc *time.Location) (*Calendar, error) {
	if defaultLoc == nil {
		defaultLoc = time.UTC
	}
	comps, skipped, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("parse calendar: %w", err)
	}
	cal := &Calendar{}
	warn := func(format string, args ...any) {
		if len(cal.Warnings) < maxWarnings {
			cal.Warnings = append(cal.Warnings, fmt.Sprintf(format, args...))
		}
	}
	if skipped > 0 {
		warn("%d lines that are not iCalendar content lines skipped", skipped)
	}
	z := newZones(defaultLoc, comps, warn)
	n := 0
	for _, vcal := range comps {
		n += len(vcal.children)
	}
	cal.Events = make([]Event, 0, n)
	for i, vcal := range comps {
		method := strings.Clone(strings.ToUpper(strings.TrimSpace(vcal.value("METHOD"))))
		if i == 0 {
			cal.Method = method
			cal.ProdID = strings.Clone(strings.TrimSpace(vcal.value("PRODID")))
		}
		r := reader{zones: z, floating: defaultLoc, dateLoc: defaultLoc}
		if wr := strings.TrimSpace(vcal.value("X-WR-TIMEZONE")); wr != "" {
			if loc := loadIANA(wr); loc != nil {
				r.floating = loc
			} else if iana, ok := WindowsToIANA(wr); ok {
				r.floating = loadIANA(iana)
			}
			if r.floating == nil {
				r.floating = defaultLoc
			}
		}
		for _, c := range vcal.children {
			if c.name != "VEVENT" {
				continue
			}
			ev, err := r.event(c)
			if err != nil {
				warn("event %q skipped: %v", truncate(c.value("UID")), err)
				continue
			}
			ev.Method = method
			cal.Events = append(cal.Events, ev)
		}
	}
	cal.DefaultZoneUsed = z.defUsed
	return cal, nil
}

// reader turns VEVENT components into Events.
type reader struct {
	zones    *zones
	floating *time.Location // for DATE-TIME values without TZID or Z
	dateLoc  *time.Location // for DATE values
}

func (r *reader) event(c *component) (Event, error) {
	ev := Event{
		UID:         strings.TrimSpace(c.value("UID")),
		Status:      strings.ToUpper(strings.TrimSpace(c.value("STATUS"))),
		Summary:     unescapeText(c.value("SUMMARY")),
		Description: unescapeText(c.value("DESCRIPTION")),
		Location:    unescapeText(c.value("LOCATION")),
		URL:         strings.TrimSpace(c.value("URL")),
	}
	if s := strings.TrimSpace(c.value("SEQUENCE")); s != "" {
		// A bad SEQUENCE reads as 0, the value RFC 5545 §3.8.7.4 gives a
		// missing one.
		if n, err := strconv.Atoi(s); err == nil && n >= 0 {
			ev.Sequence = n
		}
	}
	if p := c.get("DTSTAMP"); p != nil {
		if t, _, err := r.dateTime(p); err == nil {
			ev.Stamp = t
		}
	}

	if err := r.times(c, &ev); err != nil {
		return ev, err
	}
	if p := c.get("RECURRENCE-ID"); p != nil {
		t, err := r.instant(p, p.value, &ev)
		if err != nil {
			return ev, fmt.Errorf("RECURRENCE-ID: %w", err)
		}
		ev.RecurrenceID = t
		ev.Recurring = true
		ev.ThisAndFuture = strings.EqualFold(p.param("RANGE"), "THISANDFUTURE")
	}
	r.recurrence(c, &ev)

	if p := c.get("ORGANIZER"); p != nil {
		ev.Organizer = person(p)
	}
	c.all("ATTENDEE", func(p *prop) {
		ev.Attendees = append(ev.Attendees, person(p))
	})
	ev.Conference = conference(c, &ev)
	detach(&ev)
	return ev, nil
}

// detach copies the strings of ev out of the input: they are substrings of
// it, and one Event kept by a caller would otherwise keep the whole feed
// in memory.
func detach(ev *Event) {
	for _, s := range []*string{&ev.UID, &ev.Status, &ev.Summary, &ev.Description, &ev.Location, &ev.URL, &ev.Conference} {
		*s = strings.Clone(*s)
	}
	for _, p := range append([]*Person{&ev.Organizer}, personPtrs(ev.Attendees)...) {
		p.Name, p.Email = strings.Clone(p.Name), strings.Clone(p.Email)
		p.CUType, p.Role, p.PartStat = strings.Clone(p.CUType), strings.Clone(p.Role), strings.Clone(p.PartStat)
	}
	for i := range ev.Rules {
		ev.Rules[i] = strings.Clone(ev.Rules[i])
	}
}

func personPtrs(ps []Person) []*Person {
	out := make([]*Person, len(ps))
	for i := range ps {
		out[i] = &ps[i]
	}
	return out
}

// times fills Start, End and AllDay from DTSTART, DTEND and DURATION
// (RFC 5545 §3.6.1, §3.8.2).
func (r *reader) times(c *component, ev *Event) error {
	p := c.get("DTSTART")
	if p == nil {
		// Allowed in iTIP CANCEL and REPLY (RFC 5546 §3.2.5, §3.2.3),
		// where the UID alone names the event.
		return nil
	}
	start, allDay, err := r.dateTime(p)
	if err != nil {
		return fmt.Errorf("DTSTART: %w", err)
	}
	ev.Start, ev.AllDay = start, allDay
	ev.End = start
	if allDay {
		// §3.6.1: a DATE start without DTEND or DURATION lasts one day.
		ev.End = start.AddDate(0, 0, 1)
	}
	if p := c.get("DTEND"); p != nil {
		end, _, err := r.dateTime(p)
		if err == nil && !end.Before(start) {
			ev.End = end
		}
		return nil
	}
	if p := c.get("DURATION"); p != nil {
		days, exact, err := parseDuration(p.value)
		if err == nil && days >= 0 && exact >= 0 {
			ev.End = addDuration(start, days, exact)
		}
	}
	return nil
}

// recurrence keeps RRULE, RDATE and EXDATE for Expand (RFC 5545 §3.8.5).
func (r *reader) recurrence(c *component, ev *Event) {
	c.all("RRULE", func(p *prop) {
		if v := strings.TrimSpace(p.value); v != "" {
			ev.Rules = append(ev.Rules, v)
		}
	})
	c.all("RDATE", func(p *prop) {
		for _, v := range splitList(p.value) {
			if per, ok := r.period(p, v, ev); ok {
				ev.RDates = append(ev.RDates, per)
			}
		}
	})
	c.all("EXDATE", func(p *prop) {
		for _, v := range splitList(p.value) {
			if t, err := r.instant(p, v, ev); err == nil {
				ev.ExDates = append(ev.ExDates, t)
			}
		}
	})
	if ev.RecurrenceID.IsZero() && (len(ev.Rules) > 0 || len(ev.RDates) > 0) {
		ev.Recurring = true
	}
}

// period reads one RDATE value: a DATE, a DATE-TIME, or a PERIOD given as
// start/end or start/duration (§3.3.9).
func (r *reader) period(p *prop, v string, ev *Event) (Period, bool) {
	startStr, endStr, isPeriod := strings.Cut(v, "/")
	start, err := r.instant(p, startStr, ev)
	if err != nil {
		return Period{}, false
	}
	per := Period{Start: start}
	if !isPeriod || ev.AllDay {
		return per, true
	}
	if strings.HasPrefix(endStr, "P") || strings.HasPrefix(endStr, "+P") || strings.HasPrefix(endStr, "p") {
		if days, exact, err := parseDuration(endStr); err == nil && days >= 0 && exact >= 0 {
			per.End = addDuration(start, days, exact)
		}
	} else if end, _, err := r.value(p, endStr); err == nil && !end.Before(start) {
		per.End = end
	}
	return per, true
}

// instant reads a RECURRENCE-ID, RDATE or EXDATE value so that it can be
// compared with the instances of the event's own DTSTART, which RFC 5545
// §3.8.4.4 and §3.8.5 want it to resemble but files do not always: on an
// all-day event any value means its written date; on a timed event a DATE
// means that day at DTSTART's time of day, and a floating time is read in
// DTSTART's zone.
func (r *reader) instant(p *prop, v string, ev *Event) (time.Time, error) {
	if ev.Start.IsZero() {
		t, _, err := r.value(p, v)
		return t, err
	}
	c, err := parseCivil(v)
	if err != nil {
		return time.Time{}, err
	}
	loc := ev.Start.Location()
	switch {
	case ev.AllDay:
		return time.Date(c.year, time.Month(c.month), c.day, 0, 0, 0, 0, loc), nil
	case c.date:
		h, m, s := ev.Start.Clock()
		return wallTime(loc, c.year, c.month, c.day, h, m, s), nil
	case c.utc:
		return c.in(time.UTC), nil
	case p.param("TZID") != "":
		return c.in(r.zones.location(p.param("TZID"))), nil
	}
	return c.in(loc), nil
}

// dateTime reads a DATE or DATE-TIME property with its TZID.
func (r *reader) dateTime(p *prop) (time.Time, bool, error) {
	return r.value(p, p.value)
}

// value reads one DATE or DATE-TIME value of property p. VALUE=DATE, or an
// 8-digit value, is a date: local midnight in the default zone, because an
// all-day interview on the 3rd is on the 3rd wherever the user is.
func (r *reader) value(p *prop, v string) (time.Time, bool, error) {
	c, err := parseCivil(v)
	if err != nil {
		return time.Time{}, false, err
	}
	if strings.EqualFold(p.param("VALUE"), "DATE") && !c.date {
		return time.Time{}, false, errors.New("VALUE=DATE with a time")
	}
	if c.date {
		r.zones.defUsed = true
		return time.Date(c.year, time.Month(c.month), c.day, 0, 0, 0, 0, r.dateLoc), true, nil
	}
	if c.utc {
		return c.in(time.UTC), false, nil
	}
	loc := r.floating
	if tzid := p.param("TZID"); tzid != "" {
		loc = r.zones.location(tzid)
	} else if loc == r.zones.def {
		r.zones.defUsed = true
	}
	return c.in(loc), false, nil
}
