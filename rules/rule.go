// Package rules is the timing language of followupd: phrases such as
// "2 business days" or "next business day", work hours, workdays and
// holidays, and Plan, which decides for every interview and rule when a
// draft is due or why it is suppressed. It is pure: values and a `now` in,
// values out.
package rules

import "time"

// Trigger is the moment a rule counts from.
type Trigger string

const (
	InterviewEnd   Trigger = "interview_end"
	InterviewStart Trigger = "interview_start"
	Invitation     Trigger = "invitation"
)

// Recipients says whom a rule's draft is addressed to.
type Recipients string

const (
	ToInterviewers Recipients = "interviewers"
	ToOrganizer    Recipients = "organizer"
	ToThread       Recipients = "thread"
)

// Condition is a word of a rule's `unless` list.
type Condition string

const (
	EmployerReplied Condition = "employer_replied"
	IWrote          Condition = "i_wrote"
	IfRejected      Condition = "rejected"
	IfCancelled     Condition = "cancelled"
	IfOffer         Condition = "offer"
)

// Rule is one validated timing rule.
type Rule struct {
	Name     string
	Trigger  Trigger
	After    Phrase // earliest moment, counted from the trigger
	Within   Phrase // deadline, counted from the trigger
	Template string
	To       Recipients
	Unless   []Condition
	// MaxRecipients caps the people one draft goes to (the config's
	// drafts.max_recipients); 0 means MaxRecipients.
	MaxRecipients int
}

func (r Rule) maxRecipients() int {
	if r.MaxRecipients > 0 {
		return r.MaxRecipients
	}
	return MaxRecipients
}

// Kind is what a rule drafts, whatever its name: its trigger and its
// template. A rule renamed in the config keeps its kind, so an interview
// drafted under the old name is not drafted again.
func (r Rule) Kind() string { return string(r.Trigger) + "|" + r.Template }

// Schedule is the user's working week: when a draft may appear.
type Schedule struct {
	Location *time.Location
	Workdays [7]bool // indexed by time.Weekday
	// Start and End of work hours as offsets from local midnight.
	Start, End time.Duration
	// Holiday reports whether a local date is a public holiday; nil means none.
	Holiday func(date time.Time) bool
}
