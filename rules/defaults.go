package rules

import (
	"errors"
	"fmt"
	"slices"
	"time"
)

// DefaultRules are the two follow-ups of the usual advice: thank the
// interviewers soon after, and check in with the recruiter a few business
// days later, never the next day, and not when they already answered.
func DefaultRules() []Rule {
	return []Rule{
		{
			Name:     "thank-you",
			Trigger:  InterviewEnd,
			After:    Phrase{kind: phraseClock, d: time.Hour},
			Within:   Phrase{kind: phraseNextBusinessDay},
			Template: "thank-you",
			To:       ToInterviewers,
			Unless:   []Condition{IWrote, IfCancelled},
		},
		{
			Name:     "check-in",
			Trigger:  InterviewEnd,
			After:    Phrase{kind: phraseBusinessDays, n: 3},
			Within:   Phrase{kind: phraseWithinWeek},
			Template: "check-in",
			To:       ToOrganizer,
			Unless:   []Condition{EmployerReplied, IfRejected, IfCancelled},
		},
	}
}

var (
	triggers   = []Trigger{InterviewEnd, InterviewStart, Invitation}
	recipients = []Recipients{ToInterviewers, ToOrganizer, ToThread}
	conditions = []Condition{EmployerReplied, IWrote, IfRejected, IfCancelled, IfOffer}
)

// Validate reports every problem of a rule at once, naming the accepted
// words, so that config can show them all with their file:line.
func (r Rule) Validate() error {
	var errs []error
	if r.Name == "" {
		errs = append(errs, errors.New("rule without a name"))
	}
	if r.Template == "" {
		errs = append(errs, fmt.Errorf("rule %q: no template", r.Name))
	}
	if !slices.Contains(triggers, r.Trigger) {
		errs = append(errs, fmt.Errorf("rule %q: trigger %q is not one of %v", r.Name, r.Trigger, triggers))
	}
	if !slices.Contains(recipients, r.To) {
		errs = append(errs, fmt.Errorf("rule %q: to %q is not one of %v", r.Name, r.To, recipients))
	}
	for _, c := range r.Unless {
		if !slices.Contains(conditions, c) {
			errs = append(errs, fmt.Errorf("rule %q: unless %q is not one of %v", r.Name, c, conditions))
		}
	}
	return errors.Join(errs...)
}

// ValidateRules validates each rule and that names are unique: a rule's
// name is half of the key under which its drafts are journaled.
func ValidateRules(rs []Rule) error {
	var errs []error
	seen := make(map[string]bool, len(rs))
	for _, r := range rs {
		if err := r.Validate(); err != nil {
			errs = append(errs, err)
		}
		if seen[r.Name] && r.Name != "" {
			errs = append(errs, fmt.Errorf("rule %q: name used twice", r.Name))
		}
		seen[r.Name] = true
	}
	return errors.Join(errs...)
}
