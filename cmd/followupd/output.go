package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/followupd/followupd/daemon"
	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/rules"
)

// planItem is the JSON form of a plan item. Field names are a contract
// with scripts: add fields, never rename them.
type planItem struct {
	Interview string             `json:"interview"`
	Company   string             `json:"company"`
	Role      string             `json:"role,omitempty"`
	Rule      string             `json:"rule"`
	Template  string             `json:"template"`
	Trigger   string             `json:"trigger,omitempty"`
	Due       string             `json:"due"`
	Deadline  string             `json:"deadline,omitempty"`
	Status    rules.Status       `json:"status"`
	Reason    string             `json:"reason"`
	To        []interview.Person `json:"to"`
	InReplyTo string             `json:"in_reply_to,omitempty"`
	Subject   string             `json:"subject,omitempty"` // what the draft's subject would be, when one is planned
	// Ignored lists the messages that tried to change the interview
	// without the authority to (not from its organizer's side).
	Ignored []interview.Ignored `json:"ignored,omitempty"`
}

func rfc3339(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format(time.RFC3339)
}

func planJSON(items []rules.Item, subjects map[rules.Key]string, ivs []interview.Interview, loc *time.Location) []planItem {
	ignored := ignoredByInterview(ivs)
	out := make([]planItem, 0, len(items))
	for _, it := range items {
		to := it.To
		if to == nil {
			to = []interview.Person{}
		}
		out = append(out, planItem{
			Interview: it.InterviewID, Company: it.Company, Role: it.Role,
			Rule: it.Rule, Template: it.Template,
			Trigger: rfc3339(it.Trigger, loc), Due: rfc3339(it.Due, loc), Deadline: rfc3339(it.Deadline, loc),
			Status: it.Status, Reason: it.Reason, To: to, InReplyTo: it.InReplyTo,
			Subject: subjects[it.Key()], Ignored: ignored[it.InterviewID],
		})
	}
	return out
}

type interviewItem struct {
	ID           string             `json:"id"`
	Company      string             `json:"company"`
	Role         string             `json:"role,omitempty"`
	Start        string             `json:"start"`
	End          string             `json:"end"`
	Location     string             `json:"location,omitempty"`
	Status       interview.Status   `json:"status"`
	StatusReason string             `json:"status_reason,omitempty"`
	Organizer    interview.Person   `json:"organizer"`
	Interviewers []interview.Person `json:"interviewers"`
	Thread       []string           `json:"thread"`
	Evidence     string             `json:"evidence,omitempty"`
	// OneWay marks a one-way video interview: Start is its deadline.
	OneWay bool `json:"one_way,omitempty"`
	// Why names the message or event that decided the time, the company
	// and the people.
	Why interview.Provenance `json:"why"`
	// Ignored lists the messages that tried to change the interview
	// without the authority to.
	Ignored []interview.Ignored `json:"ignored,omitempty"`
}

func interviewsJSON(ivs []interview.Interview, loc *time.Location) []interviewItem {
	out := make([]interviewItem, 0, len(ivs))
	for _, iv := range ivs {
		people := iv.Interviewers
		if people == nil {
			people = []interview.Person{}
		}
		thread := iv.Thread
		if thread == nil {
			thread = []string{}
		}
		out = append(out, interviewItem{
			ID: iv.ID, Company: iv.Company, Role: iv.Role,
			Start: rfc3339(iv.Start, loc), End: rfc3339(iv.End, loc), Location: iv.Location,
			Status: iv.Status, StatusReason: iv.StatusReason,
			Organizer: iv.Organizer, Interviewers: people, Thread: thread, Evidence: iv.Evidence,
			OneWay: iv.OneWay, Why: iv.Why, Ignored: iv.Ignored,
		})
	}
	return out
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

const humanTime = "Mon 02 Jan 15:04"

func human(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return "-"
	}
	return t.In(loc).Format(humanTime)
}

// ignoredByInterview indexes the interviews' ignored messages by ID.
func ignoredByInterview(ivs []interview.Interview) map[string][]interview.Ignored {
	out := map[string][]interview.Ignored{}
	for _, iv := range ivs {
		if len(iv.Ignored) > 0 {
			out[iv.ID] = iv.Ignored
		}
	}
	return out
}

func printPlan(w io.Writer, items []rules.Item, subjects map[rules.Key]string, ivs []interview.Interview, refused []interview.Ignored, loc *time.Location) {
	defer printRefused(w, refused)
	if len(items) == 0 {
		fmt.Fprintln(w, "No interviews found yet: nothing is planned.")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DUE\tSTATUS\tRULE\tCOMPANY\tTO\tWHY")
	for _, it := range items {
		why := it.Reason
		if subject, ok := subjects[it.Key()]; ok {
			why += ` (subject "` + safe(subject) + `")`
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", human(it.Due, loc), it.Status, it.Rule,
			orDash(safe(it.Company)), safe(names(it.To)), safe(why))
	}
	tw.Flush()
	printIgnored(w, ivs)
}

// printRefused lists the messages refused as a whole: a calendar export
// or a long list would have made more interviews than one message may.
func printRefused(w io.Writer, refused []interview.Ignored) {
	if len(refused) == 0 {
		return
	}
	fmt.Fprintln(w, "\nMessages that made no interview (one message makes a few at most):")
	for _, r := range refused {
		fmt.Fprintf(w, "  <%s> from %s: %s\n", safe(r.MessageID), safe(r.From), safe(r.Reason))
	}
}

// printIgnored lists the messages no interview took because their sender
// had no authority over it: someone may be trying to redirect a draft.
func printIgnored(w io.Writer, ivs []interview.Interview) {
	header := false
	for _, iv := range ivs {
		for _, ig := range iv.Ignored {
			if !header {
				fmt.Fprintln(w, "\nIgnored (not from the interview's organizer or organisation):")
				header = true
			}
			fmt.Fprintf(w, "  %s %s: <%s> %s\n", iv.ID, orDash(safe(iv.Company)), safe(ig.MessageID), safe(ig.Reason))
		}
	}
}

func printInterviews(w io.Writer, ivs []interview.Interview, loc *time.Location) {
	if len(ivs) == 0 {
		fmt.Fprintln(w, "No interviews tracked yet (run `followupd once` or `followupd plan` first).")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "START\tSTATUS\tCOMPANY\tROLE\tPEOPLE\tID")
	for _, iv := range ivs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", human(iv.Start, loc), iv.Status, orDash(safe(iv.Company)),
			orDash(safe(iv.Role)), safe(names(append([]interview.Person{iv.Organizer}, iv.Interviewers...))), iv.ID)
	}
	tw.Flush()
}

func printWritten(w io.Writer, res *daemon.Result) {
	if len(res.Written) == 0 {
		fmt.Fprintf(w, "No draft due at %s.\n", human(res.Now, res.Now.Location()))
		return
	}
	for _, d := range res.Written {
		verb := "wrote"
		if d.Recovered {
			verb = "found (written by an interrupted pass)"
		}
		fmt.Fprintf(w, "%s %s draft for %s to %s: %q\n", verb, d.Item.Rule, orDash(safe(d.Item.Company)), safe(names(d.Item.To)), d.Subject)
	}
}

func names(ps []interview.Person) string {
	seen := map[string]bool{}
	var out []string
	for _, p := range ps {
		if p.Email == "" || seen[p.Email] {
			continue
		}
		seen[p.Email] = true
		if p.Name != "" {
			out = append(out, p.Name)
		} else {
			out = append(out, p.Email)
		}
	}
	if len(out) == 0 {
		return "-"
	}
	return strings.Join(out, ", ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
