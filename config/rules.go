package config

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/followupd/followupd/rules"
	"github.com/followupd/followupd/templates"
)

// defaultWorkdays and defaultHours are the schedule's source text when
// the file has none; they mean the same as rules.DefaultSchedule, and a
// test holds them to it.
var (
	defaultWorkdays = []string{"mon-fri"}
	defaultHours    = "09:00-18:00"
)

func (d *decoder) schedule(c *Config) {
	c.Schedule = rules.Schedule{Location: c.Location}
	text := &c.ScheduleText

	days := d.l.get("schedule.workdays")
	text.Workdays = slices.Clone(defaultWorkdays)
	if days.isSet() {
		text.Workdays = nil
		for _, it := range days.items {
			text.Workdays = append(text.Workdays, it.text)
		}
	}
	if set, err := rules.ParseWorkdays(text.Workdays); err != nil {
		d.blameItems(days, err, func(it item) error {
			_, err := rules.ParseWorkdays([]string{it.text})
			return err
		})
	} else {
		c.Schedule.Workdays = set
	}

	hours := d.l.get("schedule.hours")
	text.Hours = defaultHours
	if hours.isSet() && hours.text != "" {
		text.Hours = hours.text
	}
	if start, end, err := rules.ParseHours(text.Hours); err != nil {
		d.bad(hours, "%v", err)
	} else {
		c.Schedule.Start, c.Schedule.End = start, end
	}

	holidays := d.l.get("schedule.holidays")
	text.Holidays = holidays.text
	if fn, err := rules.HolidaysFor(text.Holidays); err != nil {
		d.bad(holidays, "%v", err)
	} else {
		c.Schedule.Holiday = fn
	}
}

// blameItems reports err at the list items that fail on their own, or at
// the list when the fault is the whole (such as an empty list). For a
// default value (nothing set) it is an internal error without a place.
func (d *decoder) blameItems(s setting, err error, check func(item) error) {
	if !s.isSet() {
		d.r.errorAt(0, "%s: default: %v", s.key, err)
		return
	}
	blamed := false
	for _, it := range s.items {
		if e := check(it); e != nil {
			d.badItem(s, it, "%v", e)
			blamed = true
		}
	}
	if !blamed {
		d.bad(s, "%v", err)
	}
}

// templateProblem matches the "FILE:LINE: message" lines of the templates
// package's errors, so that they join the list with their own place.
var templateProblem = regexp.MustCompile(`^(.+?):(\d+): (.*)$`)

func (d *decoder) templates(c *Config) {
	s := d.l.get("templates_dir")
	c.TemplatesDir = d.path(s, "")
	set, err := templates.Load(c.TemplatesDir)
	if err != nil {
		// templates.Load joins one error per problem, each naming its file.
		for _, line := range strings.Split(err.Error(), "\n") {
			file, msg, inDir := strings.Cut(line, ": ")
			switch m := templateProblem.FindStringSubmatch(line); {
			case m != nil:
				n, _ := strconv.Atoi(m[2])
				d.r.add(Problem{File: m[1], Line: n, Message: m[3]})
			case inDir && c.TemplatesDir != "" && strings.HasPrefix(file, c.TemplatesDir+string(filepath.Separator)):
				d.r.add(Problem{File: file, Message: msg})
			case line != "":
				d.bad(s, "%s", strings.TrimPrefix(line, "templates directory: "))
			}
		}
		return
	}
	c.Templates = set
}

var (
	triggerWords   = []string{string(rules.InterviewEnd), string(rules.InterviewStart), string(rules.Invitation)}
	recipientWords = []string{string(rules.ToInterviewers), string(rules.ToOrganizer), string(rules.ToThread)}
	conditionWords = []string{string(rules.EmployerReplied), string(rules.IWrote), string(rules.IfRejected), string(rules.IfCancelled), string(rules.IfOffer)}
)

func (d *decoder) rules(c *Config) {
	list := d.l.objects("rules")
	if list == nil {
		c.Rules = rules.DefaultRules()
		return
	}
	// An explicit empty list is kept: it is how a user turns drafting off.
	c.Rules = []rules.Rule{}
	names := map[string]int{}
	for _, rn := range list.objects {
		r := d.rule(c, rn)
		if first, dup := names[r.Name]; dup && r.Name != "" {
			d.bad(objectSetting(rn, "name"), "%q is the name of the rule at line %d too: names must be unique, a rule's name keys the drafts it has written", r.Name, first)
		} else if r.Name != "" {
			names[r.Name] = objectSetting(rn, "name").line()
		}
		c.Rules = append(c.Rules, r)
	}
}

// rule decodes one rule. What is wrong in it is reported, and then the
// whole Config is discarded, so the Rule need not be marked as bad.
func (d *decoder) rule(c *Config, rn object) (r rules.Rule) {
	before := len(d.r.problems)
	name := objectSetting(rn, "name")
	r.Name = name.text
	if r.Name == "" {
		d.r.errorAt(rn.line, "%s: name is required", rn.label)
	}

	trigger, _ := d.choice(objectSetting(rn, "trigger"), string(rules.InterviewEnd), triggerWords...)
	r.Trigger = rules.Trigger(trigger)
	to, _ := d.choice(objectSetting(rn, "to"), string(rules.ToInterviewers), recipientWords...)
	r.To = rules.Recipients(to)

	after := objectSetting(rn, "after")
	if after.isSet() {
		r.After = d.phrase(after)
	}
	within := objectSetting(rn, "within")
	if within.isSet() {
		r.Within = d.phrase(within)
	} else {
		// Without a deadline the draft would be late the moment it is
		// planned: rules.Plan reads a zero Within as "immediately".
		d.r.errorAt(rn.line, "%s: within is required (such as \"within: next business day\")", rn.label)
	}
	if after.isSet() && within.isSet() && len(d.r.problems) == before {
		d.checkOrder(c, after, within, r)
	}

	unless := objectSetting(rn, "unless")
	for _, it := range unless.items {
		if w, ok := d.choiceText(unless, it, conditionWords...); ok {
			r.Unless = append(r.Unless, rules.Condition(w))
		}
	}

	tmpl := objectSetting(rn, "template")
	r.Template = r.Name
	if tmpl.isSet() && tmpl.text != "" {
		r.Template = tmpl.text
	}
	if c.Templates != nil && r.Template != "" && !c.Templates.Has(r.Template) {
		if tmpl.isSet() {
			d.bad(tmpl, "no template %q%s", r.Template, templatesWhere(c))
		} else {
			d.r.errorAt(rn.line, "%s: no template %q%s; without a template key a rule uses the template of its own name",
				rn.label, r.Template, templatesWhere(c))
		}
	}
	return r
}

func templatesWhere(c *Config) string {
	if c.TemplatesDir == "" {
		return " among the built-in templates (set templates_dir to add your own)"
	}
	return fmt.Sprintf(" in %s or among the built-in templates", c.TemplatesDir)
}

func (d *decoder) phrase(s setting) rules.Phrase {
	p, err := rules.ParsePhrase(s.text)
	if err != nil {
		d.bad(s, "%v", err)
	}
	return p
}

// checkOrder rejects a rule whose deadline comes before its earliest
// moment, which would make every draft late. Both are measured from one
// sample trigger, a Wednesday afternoon in an ordinary week; phrases are
// monotonic enough that a rule wrong there is wrong everywhere.
func (d *decoder) checkOrder(c *Config, after, within setting, r rules.Rule) {
	loc := c.Location
	if loc == nil {
		return
	}
	s := c.Schedule
	s.Holiday = nil
	if s.Workdays == [7]bool{} || s.Start >= s.End {
		return // the schedule is wrong already, and reported
	}
	t := time.Date(2025, time.March, 12, 15, 0, 0, 0, loc)
	if r.After.From(t, s).After(r.Within.From(t, s)) {
		d.bad(within, "%q ends before after (%q) begins, so every draft would be late", within.text, after.text)
	}
}
