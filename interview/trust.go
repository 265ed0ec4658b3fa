package interview

import (
	"fmt"
	"strings"

	"github.com/followupd/followupd/mail"
)

// Ignored is a message that tried to change an interview without the
// authority to: shown by `plan` and `interviews --explain`, never applied.
type Ignored struct {
	MessageID string `json:"message_id"`
	From      string `json:"from"`
	Reason    string `json:"reason"`
}

// authority is who may update or cancel a calendar event: its organizer
// and whoever first sent it, by address and by organisation.
//
// RFC 5546 §3.2 lets only the organizer send REQUEST updates and CANCEL,
// and RFC 6047 §3 ties the iMIP message's sender to that organizer. Anyone
// can put a known UID and a higher SEQUENCE into a mail, so an update is
// taken only from an address or organisation that was already the event's,
// or from a calendar or scheduling system that writes for the same
// organizer.
type authority struct {
	addresses map[string]bool
	orgs      map[string]bool // registrable domains that can stand for an employer
}

// eventAuthority is the authority that the trusted versions establish:
// every feed version (the user's own calendar) and those of first, the
// message that brought the event.
func eventAuthority(vs []version, first *input) authority {
	au := authority{addresses: map[string]bool{}, orgs: map[string]bool{}}
	for _, v := range vs {
		if v.in == nil || v.in == first {
			au.add(strings.ToLower(v.ev.Organizer.Email))
		}
	}
	if first != nil {
		au.add(firstAddress(first.m.From))
	}
	return au
}

// has reports an address of the authority, or one at its organisation.
func (au authority) has(addr string) bool {
	d := domainOf(addr)
	return au.addresses[addr] || companyDomain(d) && au.orgs[orgDomain(d)]
}

func (au authority) add(addr string) {
	if addr == "" {
		return
	}
	au.addresses[addr] = true
	if d := domainOf(addr); companyDomain(d) {
		au.orgs[orgDomain(d)] = true
	}
}

// allows reports whether the mail version v may change the event, with
// the reason when it may not.
func (au authority) allows(v version) (bool, string) {
	from := firstAddress(v.in.m.From)
	if au.has(from) {
		return true, ""
	}
	if d := domainOf(from); isVendor(d) || isCalendarSystem(d) || isNoReply(from) {
		// A calendar or scheduling system writes for the organizer it
		// names: the update counts when that organizer is the event's.
		org := strings.ToLower(v.ev.Organizer.Email)
		if au.has(org) {
			return true, ""
		}
		return false, fmt.Sprintf("sent by %s for organizer %q, not this event's organizer", from, org)
	}
	return false, fmt.Sprintf("sent by %s, who is not this event's organizer nor of its organisation", from)
}

// authorised keeps the versions of one event that its authority allows
// (RFC 5546 §3.2): feed versions and the first message always, later
// messages only from the organizer's side. The others come back as
// Ignored, in the order given.
func authorised(vs []version) (kept []version, ignored []Ignored) {
	// The first message to bring the event is trusted, unless the
	// user's own calendar has it: then every message answers to it.
	var first *input // the earliest to arrive (prepare sets Date to the arrival)
	for _, v := range vs {
		if v.in == nil {
			first = nil
			break
		}
		if first == nil || v.in.m.Date.Before(first.m.Date) {
			first = v.in
		}
	}
	au := eventAuthority(vs, first)
	for _, v := range vs {
		if v.in == nil || v.in == first {
			kept = append(kept, v)
			continue
		}
		ok, why := au.allows(v)
		if ok {
			kept = append(kept, v)
			continue
		}
		what := "an update"
		if v.ev.Cancelled() {
			what = "a cancellation"
		}
		ignored = append(ignored, Ignored{
			MessageID: v.in.m.MessageID,
			From:      firstAddress(v.in.m.From),
			Reason:    fmt.Sprintf("%s of event %s (SEQUENCE %d) %s", what, v.ev.UID, v.ev.Sequence, why),
		})
	}
	return kept, ignored
}

// replyToSpeaks reports whether m's Reply-To names whom it speaks for:
// only when From is a machine that writes for someone (a scheduling
// system, a no-reply address). Anyone can write any Reply-To: "From:
// someone@outsider.example, Reply-To: peter@employer.example" is the
// outsider's mail, not the employer's. From always speaks for itself.
func replyToSpeaks(m *mail.Message) bool {
	return len(m.ReplyTo) > 0 && !PersonAddress(firstAddress(m.From))
}

// maxEventsPerMessage is how many interviews one message may bring. An
// invitation carries one event, a panel day a few; a calendar file with
// more is someone's calendar export (or an attack meant to fill Drafts),
// and none of its events is taken.
const maxEventsPerMessage = 5

// boundEvents takes no interview from a message whose calendar parts hold
// more than maxEventsPerMessage interview events (counted by UID and
// RECURRENCE-ID), or whose text lists more than that many, and says why in
// its verdict.
func boundEvents(a *analysis) {
	if len(a.listed) > maxEventsPerMessage {
		a.with(false, KindNone, fmt.Sprintf("a text listing %d interview times: a schedule or a list, not an invitation (at most %d are taken from one message)",
			len(a.listed), maxEventsPerMessage))
		a.listed, a.hasTime, a.overBound = nil, false, true
		return
	}
	seen := map[string]bool{}
	for i, ev := range a.events {
		if i < len(a.interview) && a.interview[i] {
			seen[fmt.Sprintf("%s|%d", ev.UID, ev.RecurrenceID.Unix())] = true
		}
	}
	if len(seen) <= maxEventsPerMessage {
		return
	}
	a.interview, a.overBound = make([]bool, len(a.events)), true
	a.with(false, KindNone, fmt.Sprintf("a calendar file with %d interview events: a calendar export, not an invitation (at most %d are taken from one message)",
		len(seen), maxEventsPerMessage))
}
