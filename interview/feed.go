package interview

import (
	"hash/maphash"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/followupd/followupd/calendar"
)

// FeedEvent is one event or occurrence from a calendar feed, as
// calendar.Expand returns them, with what BuildWith needs to know about
// the feed it came from.
type FeedEvent struct {
	Event calendar.Event
	// Loose is the feed's interviews_only: false: an event with someone
	// from another organisation is a candidate without interview words.
	Loose bool
	// Feed names the feed in StatusReason and Evidence.
	Feed string
}

func feedName(name string) string {
	if name == "" {
		return "feed"
	}
	return "feed " + strconv.Quote(name)
}

// occurrence is every version of one UID and RECURRENCE-ID.
type occurrence struct {
	rid       time.Time // zero for an event that does not recur
	versions  []version
	interview bool
}

// occurrencesOf splits the versions of one UID into its occurrences,
// keyed by RECURRENCE-ID (RFC 5545 §3.8.4.4), oldest first:
//
//   - an occurrence from calendar.Expand or an override carries its own;
//   - a recurring master that was not expanded (an invitation by mail)
//     stands for its first instance, whose RECURRENCE-ID is its DTSTART,
//     so that it meets that instance from a feed. Every version of the
//     master is one occurrence, at the DTSTART of the version in force:
//     a reschedule of the series rewrites the master with a new DTSTART
//     (RFC 5546 §3.2.2.1), and the version it replaces is no interview of
//     its own;
//   - a cancellation without RECURRENCE-ID of a series cancels the whole
//     series (RFC 5546 §3.2.5) and joins every occurrence.
//
// An occurrence is an interview when one of its versions is, or when it
// has only bare versions (no SUMMARY, as a minimal CANCEL of one instance
// is written) and another occurrence of the UID is an interview.
func occurrencesOf(vs []version) []occurrence {
	recurring := false
	for _, v := range vs {
		recurring = recurring || !v.ev.RecurrenceID.IsZero() || recurringMaster(v.ev)
	}
	byRID := map[int64]*occurrence{}
	inSeries := func(v version) bool { return v.ev.RecurrenceID.IsZero() && recurring && v.ev.Cancelled() }
	var live, series []version
	for _, v := range vs {
		if inSeries(v) {
			series = append(series, v)
		} else {
			live = append(live, v)
		}
	}
	add := func(rid time.Time, v version) {
		k := ridKey(rid)
		occ := byRID[k]
		if occ == nil {
			occ = &occurrence{rid: rid}
			byRID[k] = occ
		}
		occ.versions = append(occ.versions, v)
	}
	masterRID := masterStart(live)
	for _, v := range live {
		rid := v.ev.RecurrenceID
		if recurringMaster(v.ev) {
			rid = masterRID
		}
		add(rid, v)
	}
	if len(byRID) == 0 {
		seriesRID := masterStart(series)
		for _, v := range series {
			rid := time.Time{}
			if recurringMaster(v.ev) {
				rid = seriesRID
			}
			add(rid, v)
		}
	} else {
		for _, occ := range byRID {
			if !occ.rid.IsZero() {
				occ.versions = append(occ.versions, series...)
			}
		}
	}

	anyInterview := false
	for _, v := range vs {
		anyInterview = anyInterview || v.ivw
	}
	out := make([]occurrence, 0, len(byRID))
	for _, occ := range byRID {
		bare := true
		for _, v := range occ.versions {
			occ.interview = occ.interview || v.ivw
			bare = bare && strings.TrimSpace(v.ev.Summary) == ""
		}
		occ.interview = occ.interview || (bare && anyInterview)
		out = append(out, *occ)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].rid.Before(out[j].rid) })
	return out
}

// masterStart is the DTSTART of the newest of the recurring masters among
// vs (calendar.Newer; versionLess breaks its ties, so that the choice does
// not depend on the order of vs), zero when there is none.
func masterStart(vs []version) time.Time {
	var best *version
	for i := range vs {
		v := &vs[i]
		if !recurringMaster(v.ev) {
			continue
		}
		if best == nil || calendar.Newer(v.ev, best.ev) || (!calendar.Newer(best.ev, v.ev) && versionLess(*best, *v)) {
			best = v
		}
	}
	if best == nil {
		return time.Time{}
	}
	return best.ev.Start
}

func ridKey(rid time.Time) int64 {
	if rid.IsZero() {
		return 0
	}
	return rid.UnixNano()
}

// recurringMaster reports a series as written, before calendar.Expand.
func recurringMaster(ev calendar.Event) bool {
	return ev.RecurrenceID.IsZero() && (len(ev.Rules) > 0 || len(ev.RDates) > 0)
}

// occurrenceID is an interview's stable id: from the UID alone for an
// event that does not recur, so that the same event by mail and from a
// feed stays one interview, and from UID and RECURRENCE-ID (in UTC, so
// that the zone it was written in does not matter) for one occurrence of
// a series.
func occurrenceID(uid string, rid time.Time) string {
	if rid.IsZero() {
		return shortID("ics:" + uid)
	}
	return shortID("ics:" + uid + "|" + rid.UTC().Format(time.RFC3339))
}

// movedInstance reports an occurrence that does not start at its
// original time: an override that moved it.
func movedInstance(ev calendar.Event) bool {
	return !ev.RecurrenceID.IsZero() && !ev.Start.IsZero() && !ev.Start.Equal(ev.RecurrenceID)
}

// verdictCache remembers ClassifyEvent's verdicts for one Build: the
// occurrences of a series share everything the verdict depends on, and a
// busy feed expands to tens of thousands of them.
type verdictCache struct {
	seed     maphash.Seed
	verdicts map[eventFacts]Verdict
}

func newVerdictCache() *verdictCache {
	return &verdictCache{seed: maphash.MakeSeed(), verdicts: map[eventFacts]Verdict{}}
}

// eventFacts is what ClassifyEvent reads of an event. The people are
// hashed: a 64-bit hash does not collide among a feed's few thousand
// series, and building a key of every attendee would cost more than it
// saves.
type eventFacts struct {
	uid, method, status, summary, description, location, url, conference string
	people                                                               uint64
	allDay, loose                                                        bool
}

func (c *verdictCache) classify(e *calendar.Event, cfg Config, loose bool) Verdict {
	var h maphash.Hash
	h.SetSeed(c.seed)
	person := func(p *calendar.Person) {
		h.WriteString(p.Email)
		h.WriteByte(0)
		h.WriteString(p.Name)
		h.WriteByte(0)
		h.WriteString(p.CUType)
		h.WriteByte(0)
	}
	person(&e.Organizer)
	for i := range e.Attendees {
		person(&e.Attendees[i])
	}
	k := eventFacts{
		uid: e.UID, method: e.Method, status: e.Status, summary: e.Summary, description: e.Description,
		location: e.Location, url: e.URL, conference: e.Conference,
		people: h.Sum64(), allDay: e.AllDay, loose: loose,
	}
	if v, ok := c.verdicts[k]; ok {
		return v
	}
	v := ClassifyEvent(*e, cfg, loose)
	c.verdicts[k] = v
	return v
}
