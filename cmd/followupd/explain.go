package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/followupd/followupd/interview"
)

// explanation is what `interviews --explain` shows: one interview with
// where its parts came from and the verdicts on its thread, or one
// message's verdict.
type explanation struct {
	iv       *interview.Interview
	messages []interview.MessageVerdict
	missing  string // a Message-ID asked about that is not stored
}

// explainOne finds what arg names: an interview by ID or ID prefix, or a
// message by Message-ID (with or without angle brackets).
func explainOne(arg string, ivs []interview.Interview, verdicts []interview.MessageVerdict) (explanation, error) {
	arg = strings.TrimSpace(arg)
	var found []int
	for i, iv := range ivs {
		if iv.ID == arg {
			found = []int{i}
			break
		}
		if strings.HasPrefix(iv.ID, arg) {
			found = append(found, i)
		}
	}
	switch {
	case len(found) == 1:
		iv := ivs[found[0]]
		inThread := map[string]bool{}
		for _, id := range iv.Thread {
			inThread[id] = true
		}
		ex := explanation{iv: &iv}
		for _, v := range verdicts {
			if inThread[v.MessageID] {
				ex.messages = append(ex.messages, v)
			}
		}
		return ex, nil
	case len(found) > 1:
		return explanation{}, fmt.Errorf("%q names %d interviews: give more of the ID", arg, len(found))
	}
	id := strings.Trim(arg, "<>")
	for _, v := range verdicts {
		if v.MessageID == id {
			return explanation{messages: []interview.MessageVerdict{v}}, nil
		}
	}
	if strings.Contains(id, "@") {
		return explanation{missing: id}, nil
	}
	return explanation{}, fmt.Errorf("no interview with ID %q and no stored message with that Message-ID (see `followupd interviews`)", arg)
}

func (ex explanation) print(w io.Writer, loc *time.Location) {
	if ex.missing != "" {
		fmt.Fprintf(w, "Message <%s> is not stored: followupd never read its body.\n", safe(ex.missing))
		fmt.Fprintln(w, "Only candidates are read: a calendar part, interview or scheduling words in the subject,")
		fmt.Fprintln(w, "a scheduling system as sender, a reply in a known interview's thread or to your job mail,")
		fmt.Fprintln(w, "or a sender among the people of a known interview. Bulk mail and ignored senders never are.")
		return
	}
	if iv := ex.iv; iv != nil {
		fmt.Fprintf(w, "Interview %s: %s", iv.ID, orDash(safe(iv.Company)))
		if iv.Role != "" {
			fmt.Fprintf(w, ", %s", safe(iv.Role))
		}
		fmt.Fprintf(w, "\n  time     %s – %s (%s)\n", human(iv.Start, loc), iv.End.In(loc).Format("15:04"), iv.Status)
		if iv.OneWay {
			fmt.Fprintln(w, "           a one-way video interview: the time is the deadline to record by")
		}
		fmt.Fprintf(w, "           from %s\n", orDash(safe(iv.Why.Time)))
		fmt.Fprintf(w, "  company  from %s\n", orDash(safe(iv.Why.Company)))
		fmt.Fprintf(w, "  people   %s\n", names(append([]interview.Person{iv.Organizer}, iv.Interviewers...)))
		fmt.Fprintf(w, "           from %s\n", orDash(safe(iv.Why.People)))
		fmt.Fprintf(w, "  status   %s\n", orDash(safe(iv.StatusReason)))
		fmt.Fprintf(w, "  why      %s\n", orDash(safe(iv.Evidence)))
		for _, ig := range iv.Ignored {
			fmt.Fprintf(w, "  ignored  <%s>: %s\n", safe(ig.MessageID), safe(ig.Reason))
		}
		fmt.Fprintf(w, "Messages of its thread (%d stored of %d known):\n", len(ex.messages), len(iv.Thread))
	}
	for _, v := range ex.messages {
		verdict := v.Kind
		if v.Interview {
			verdict += ", an interview"
		}
		fmt.Fprintf(w, "  %s  %s  <%s>\n    from %s: %s\n    %s: %s\n", human(v.Date, loc), v.Mailbox, safe(v.MessageID),
			safe(v.From), strconv.Quote(safe(v.Subject)), verdict, safe(v.Reason))
		if v.Line != "" {
			fmt.Fprintf(w, "    read: %s\n", strconv.Quote(safe(v.Line)))
		}
	}
}

type explanationJSON struct {
	Interview *interviewItem             `json:"interview,omitempty"`
	Why       *interview.Provenance      `json:"why,omitempty"`
	Messages  []interview.MessageVerdict `json:"messages"`
	NotStored string                     `json:"not_stored,omitempty"`
}

func (ex explanation) json(loc *time.Location) explanationJSON {
	out := explanationJSON{Messages: ex.messages, NotStored: ex.missing}
	if out.Messages == nil {
		out.Messages = []interview.MessageVerdict{}
	}
	if ex.iv != nil {
		item := interviewsJSON([]interview.Interview{*ex.iv}, loc)[0]
		out.Interview, out.Why = &item, &ex.iv.Why
	}
	return out
}

// safe shows control characters from mail escaped: a subject must not
// drive the user's terminal.
func safe(s string) string {
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isControl(r) {
			fmt.Fprintf(&b, "\\x%02x", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isControl(r rune) bool { return unicode.IsControl(r) || r == '\u2028' || r == '\u2029' }
