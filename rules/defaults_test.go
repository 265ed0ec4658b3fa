package rules

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/interview"
)

func TestDefaultRules(t *testing.T) {
	rs := DefaultRules()
	if err := ValidateRules(rs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, after, within, template string
		trigger                       Trigger
		to                            Recipients
		unless                        []Condition
	}{
		{"thank-you", "1h", "next business day", "thank-you", InterviewEnd, ToInterviewers, []Condition{IWrote, IfCancelled}},
		{"check-in", "3 business days", "within the week", "check-in", InterviewEnd, ToOrganizer, []Condition{EmployerReplied, IfRejected, IfCancelled}},
	}
	if len(rs) != len(tests) {
		t.Fatalf("%d default rules, want %d", len(rs), len(tests))
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := rs[i]
			if r.Name != tc.name || r.After.String() != tc.after || r.Within.String() != tc.within || r.Template != tc.template ||
				r.Trigger != tc.trigger || r.To != tc.to || !slices.Equal(r.Unless, tc.unless) {
				t.Fatalf("rule %d = %+v (after %s, within %s)", i, r, r.After, r.Within)
			}
		})
	}
}

// "Do not call back the next day unless asked": whatever the weekday and
// the hour the interview ends, the check-in is not due on the following
// calendar day (nor the same day), with or without holidays and across
// a DST switch.
func TestCheckInNeverTheNextDay(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	newYork := mustLoad(t, "America/New_York")
	de, err := HolidaysFor("de")
	if err != nil {
		t.Fatal(err)
	}
	beHol := DefaultSchedule(berlin)
	beHol.Holiday = de
	checkIn := DefaultRules()[1]
	weeks := []struct {
		name   string
		s      Schedule
		monday string
	}{
		{"berlin ordinary week", DefaultSchedule(berlin), "2026-03-02"},
		{"berlin easter week with holidays", beHol, "2026-03-30"},
		{"berlin week of the fall back", DefaultSchedule(berlin), "2026-10-19"},
		{"new york week of the spring forward", DefaultSchedule(newYork), "2026-03-02"},
	}
	for _, w := range weeks {
		loc := w.s.Location
		for d := range 7 {
			for _, clock := range []string{"00:30", "08:00", "12:00", "17:59", "23:30"} {
				end := at(t, loc, w.monday+" "+clock).AddDate(0, 0, d)
				t.Run(w.name+"/"+end.Format("Mon 15:04"), func(t *testing.T) {
					iv := interview.Interview{ID: "x", End: end, Start: end.Add(-time.Hour), Organizer: rita}
					it := Plan([]interview.Interview{iv}, []Rule{checkIn}, w.s, nil, end)[0]
					if it.Status == StatusSuppressed {
						t.Fatalf("suppressed: %s", it.Reason)
					}
					notBefore := addDays(startOfDay(it.Trigger), 2)
					if it.Due.Before(notBefore) {
						t.Fatalf("check-in due %s after an interview ending %s", it.Due.Format(dateFormat), end.Format(dateFormat))
					}
				})
			}
		}
	}
}

// The thank-you never misses its deadline for an interview that ends in
// work hours: there is always a work hour before the end of the next
// business day.
func TestThankYouWithinNextBusinessDay(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	s := DefaultSchedule(berlin)
	for d := range 5 {
		for _, clock := range []string{"09:00", "16:59", "17:00", "17:59"} {
			end := at(t, berlin, "2026-03-02 "+clock).AddDate(0, 0, d)
			t.Run(end.Format("Mon 15:04"), func(t *testing.T) {
				iv := interview.Interview{ID: "x", End: end, Interviewers: []interview.Person{ada}}
				it := Plan([]interview.Interview{iv}, DefaultRules()[:1], s, nil, end)[0]
				if it.Late || it.Due.After(it.Deadline) || it.Due.Before(end.Add(time.Hour)) {
					t.Fatalf("thank-you due %s (late %v), deadline %s", it.Due.Format(dateFormat), it.Late, it.Deadline.Format(dateFormat))
				}
			})
		}
	}
}

func TestRuleValidate(t *testing.T) {
	good := DefaultRules()[0]
	tests := []struct {
		name string
		rs   []Rule
		want []string
	}{
		{"defaults", DefaultRules(), nil},
		{"everything wrong", []Rule{{Trigger: "lunch", To: "boss", Unless: []Condition{"raining"}}}, []string{
			"rule without a name",
			`rule "": no template`,
			`rule "": trigger "lunch" is not one of [interview_end interview_start invitation]`,
			`rule "": to "boss" is not one of [interviewers organizer thread]`,
			`rule "": unless "raining" is not one of [employer_replied i_wrote rejected cancelled offer]`,
		}},
		{"duplicate names", []Rule{good, good}, []string{`rule "thank-you": name used twice`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := ValidateRules(tc.rs)
			if tc.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || err.Error() != strings.Join(tc.want, "\n") {
				t.Fatalf("ValidateRules = %v\nwant %s", err, strings.Join(tc.want, "\n"))
			}
		})
	}
}
