package rules

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/followupd/followupd/interview"
)

// suppressedBy returns why the draft is ruled out: a status condition
// (cancelled, rejected, offer) first, since it says the most about the
// interview, then the first matching correspondence condition in the
// rule's order. Status conditions hold whenever the
// status changed, even before the trigger: a cancelled interview has no
// thank-you. Correspondence counts only after the trigger, since mail
// before the interview is what led to it.
func suppressedBy(iv interview.Interview, r Rule, trigger time.Time, to []interview.Person, loc *time.Location) (string, bool) {
	for _, c := range statusFirst(r.Unless) {
		switch c {
		case IfCancelled:
			if iv.Status == interview.Cancelled {
				return statusReason("interview cancelled", iv, loc), true
			}
		case IfRejected:
			if iv.Status == interview.Rejected {
				return statusReason("rejected", iv, loc), true
			}
		case IfOffer:
			if iv.Status == interview.Offer {
				return statusReason("offer received", iv, loc), true
			}
		case EmployerReplied:
			if m, ok := firstAfter(iv.Correspondence, interview.Inbound, trigger, nil); ok {
				return fmt.Sprintf("employer replied %s on %s", showID(m.MessageID),
					m.At.In(loc).Format(dateFormat)), true
			}
		case IWrote:
			if m, ok := firstAfter(iv.Correspondence, interview.Outbound, trigger, to); ok {
				return fmt.Sprintf("you wrote%s %s on %s", toText(m.To), showID(m.MessageID),
					m.At.In(loc).Format(dateFormat)), true
			}
		}
	}
	return "", false
}

// statusFirst orders conditions so that status conditions come before the
// correspondence ones, keeping the rule's order within each group. A
// rejection mail is also an employer reply; "rejected" is the better reason.
func statusFirst(cs []Condition) []Condition {
	out := make([]Condition, 0, len(cs))
	for _, c := range cs {
		if c == IfCancelled || c == IfRejected || c == IfOffer {
			out = append(out, c)
		}
	}
	for _, c := range cs {
		if c != IfCancelled && c != IfRejected && c != IfOffer {
			out = append(out, c)
		}
	}
	return out
}

func statusReason(what string, iv interview.Interview, loc *time.Location) string {
	if !iv.StatusAt.IsZero() {
		what += " on " + iv.StatusAt.In(loc).Format(dateFormat)
	}
	if iv.StatusReason != "" {
		what += " (" + iv.StatusReason + ")"
	}
	return what
}

// firstAfter returns the earliest message in direction dir strictly after
// t; when to is not empty, only one addressed to one of those people. The
// correspondence is not assumed to be sorted.
func firstAfter(cs []interview.Correspondence, dir interview.Direction, t time.Time, to []interview.Person) (interview.Correspondence, bool) {
	var first interview.Correspondence
	found := false
	for _, c := range cs {
		if c.Direction != dir || !c.At.After(t) || (found && !c.At.Before(first.At)) {
			continue
		}
		if len(to) > 0 && !addressedTo(c, to) {
			continue
		}
		first, found = c, true
	}
	return first, found
}

func addressedTo(c interview.Correspondence, people []interview.Person) bool {
	for _, p := range c.To {
		if slices.ContainsFunc(people, func(q interview.Person) bool { return sameEmail(p, q) }) {
			return true
		}
	}
	return false
}

func sameEmail(a, b interview.Person) bool {
	return emailKey(a) != "" && emailKey(a) == emailKey(b)
}

func emailKey(p interview.Person) string { return strings.ToLower(strings.TrimSpace(p.Email)) }

func toText(ps []interview.Person) string {
	var emails []string
	for _, p := range uniquePeople(ps) {
		emails = append(emails, p.Email)
	}
	if len(emails) == 0 {
		return ""
	}
	return " to " + strings.Join(emails, ", ")
}

// showID prints a Message-ID the way mail headers show it; mail stores
// them without angle brackets.
func showID(id string) string {
	if id == "" {
		return "(no message id)"
	}
	if strings.HasPrefix(id, "<") {
		return id
	}
	return "<" + id + ">"
}

// recipientsOf resolves a rule's To, falling back between interviewers and
// organizer so a draft is not lost for want of one of them. The thread adds
// everyone who wrote to the user; the To lists of inbound mail are left out
// because they hold the user's own address, which rules does not know.
func recipientsOf(iv interview.Interview, to Recipients) []interview.Person {
	organizer := []interview.Person{iv.Organizer}
	switch to {
	case ToInterviewers:
		if ps := uniquePeople(iv.Interviewers); len(ps) > 0 || iv.OneWay {
			// A one-way video interview was recorded for a machine:
			// nobody sat across the table, and the careers mailbox
			// that sent the link does not stand in for them.
			return ps
		}
		return uniquePeople(organizer)
	case ToOrganizer:
		if ps := uniquePeople(organizer); len(ps) > 0 {
			return ps
		}
		return uniquePeople(iv.Interviewers)
	case ToThread:
		all := append(organizer, iv.Interviewers...)
		for _, c := range iv.Correspondence {
			if c.Direction == interview.Inbound {
				all = append(all, c.From)
			}
		}
		return uniquePeople(all)
	}
	return nil
}

// uniquePeople drops people without an email, machines (no-reply and
// scheduling-system addresses: interview.PersonAddress) and repeats of an
// email, compared without case; the first occurrence, with its name, is
// kept.
func uniquePeople(ps []interview.Person) []interview.Person {
	var out []interview.Person
	seen := make(map[string]bool, len(ps))
	for _, p := range ps {
		k := emailKey(p)
		if k == "" || seen[k] || !interview.PersonAddress(k) {
			continue
		}
		seen[k] = true
		p.Email = strings.TrimSpace(p.Email)
		out = append(out, p)
	}
	return out
}
