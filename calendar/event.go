// Package calendar reads iCalendar data (RFC 5545) as real calendar programs
// write it, whether it comes from a feed or from an invitation in mail
// (iTIP, RFC 5546), and turns it into Event values with exact times.
//
// Parse reads one object into events as written (masters and overrides);
// Expand turns them into the occurrences of a time window; Merge and Newer
// apply iTIP updates by SEQUENCE and DTSTAMP. Time zones may be IANA
// names, Windows names (mapped with the embedded CLDR table) or described
// only by a VTIMEZONE in the same object.
package calendar

import "time"

// Person is an ORGANIZER or ATTENDEE.
type Person struct {
	Name     string // CN parameter
	Email    string // lower-cased, "mailto:" stripped
	CUType   string // CUTYPE parameter upper-cased: INDIVIDUAL, ROOM, RESOURCE, GROUP, ...
	Role     string // ROLE parameter upper-cased
	PartStat string // PARTSTAT parameter upper-cased
}

// Event is one VEVENT (or one occurrence of a recurring one).
type Event struct {
	UID          string
	RecurrenceID time.Time // zero unless this is an override or an expanded occurrence
	Sequence     int
	Stamp        time.Time // DTSTAMP
	Method       string    // METHOD of the enclosing VCALENDAR, upper-cased; "" when absent
	Status       string    // STATUS upper-cased: CONFIRMED, TENTATIVE, CANCELLED or ""

	Summary     string
	Description string
	Location    string
	URL         string

	Start  time.Time // in the event's own zone (floating times: the default zone)
	End    time.Time // DTEND, or DTSTART+DURATION, or Start for a missing end
	AllDay bool

	Organizer Person
	Attendees []Person

	// Conference is the video-call link: X-GOOGLE-CONFERENCE, CONFERENCE
	// (RFC 7986 §5.11), Microsoft's Teams properties, or else the first
	// meeting link found in URL, LOCATION or DESCRIPTION.
	Conference string

	// Recurring is true for every part of a series: a master with RRULE or
	// RDATE, an override (RECURRENCE-ID), and each occurrence from Expand.
	Recurring bool

	// The recurrence as written, kept on the master so that Expand works
	// on events that went through a store or a merge (RFC 5545 §3.8.5).
	// Expand clears them on the occurrences it returns.
	Rules   []string    // every RRULE value, raw; RFC 5545 says at most one, real files have more
	RDates  []Period    // RDATE values, DATE, DATE-TIME or PERIOD
	ExDates []time.Time // EXDATE values from every EXDATE line

	// ThisAndFuture is set on an override whose RECURRENCE-ID carries
	// RANGE=THISANDFUTURE (RFC 5545 §3.2.13): it also moves later instances.
	ThisAndFuture bool
}

// Period is one RDATE value. End is zero unless the RDATE was a PERIOD
// (RFC 5545 §3.3.9), which gives that occurrence its own end.
type Period struct {
	Start time.Time
	End   time.Time
}

// Cancelled reports whether the event or occurrence is cancelled, either by
// STATUS:CANCELLED or by arriving in an iTIP CANCEL (RFC 5546 §3.2.5).
func (e Event) Cancelled() bool {
	return e.Status == "CANCELLED" || e.Method == "CANCEL"
}
