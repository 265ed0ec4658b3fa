package interview

import (
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
}

// KnownFrom collects Known from interviews.
func KnownFrom(ivs []Interview) Known {
	k := Known{MessageIDs: map[string]bool{}, Addresses: map[string]bool{}, Domains: map[string]bool{}}
	addPerson := func(p Person) {
		e := strings.ToLower(strings.TrimSpace(p.Email))
		if e == "" || !personAddress(e) {
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

// Candidate decides from the summary alone whether a message's body is
// worth fetching: a calendar part, interview words in the subject, a
// scheduling system, a reply into a known interview's thread, or a sender
// among a known interview's people. Bulk mail and ignored senders never
// are, whatever they contain.
func Candidate(s mail.Summary, cfg Config, k Known) bool {
	from := firstAddress(s.From)
	if s.Bulk || cfg.ignored(from) {
		return false
	}
	for _, a := range s.Sender {
		if cfg.ignored(a.Email) {
			return false
		}
	}
	if s.HasCalendar {
		return true
	}
	if firstWord(normalize(s.Subject), cfg.keywords()) != "" {
		return true
	}
	for _, list := range [][]mail.Address{s.From, s.Sender, s.ReplyTo} {
		for _, a := range list {
			if isVendor(domainOf(a.Email)) {
				return true
			}
		}
	}
	for _, ids := range [][]string{s.InReplyTo, s.References} {
		for _, id := range ids {
			if k.MessageIDs[id] {
				return true
			}
		}
	}
	for _, list := range [][]mail.Address{s.From, s.ReplyTo} {
		for _, a := range list {
			e := strings.ToLower(a.Email)
			if k.Addresses[e] {
				return true
			}
			// orgDomain consults the public suffix list: only when
			// there is a domain to find (a first pass knows none).
			if len(k.Domains) == 0 {
				continue
			}
			if d := domainOf(e); companyDomain(d) && k.Domains[orgDomain(d)] {
				return true
			}
		}
	}
	return false
}
