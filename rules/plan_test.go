package rules

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/interview"
)

var (
	ada  = interview.Person{Name: "Ada Lovelace", Email: "ada@acme.example"}
	bob  = interview.Person{Name: "Bob", Email: "bob@acme.example"}
	rita = interview.Person{Name: "Rita Recruiter", Email: "rita@acme.example"}
)

// interviewAt is an ordinary interview at Acme, one hour long, invited the
// Friday before 2026-03-03.
func interviewAt(t *testing.T, loc *time.Location, id, start, end string) interview.Interview {
	t.Helper()
	iv := interview.Interview{
		ID: id, Company: "Acme", Role: "Engineer",
		Interviewers: []interview.Person{ada},
		Organizer:    rita,
		Thread:       []string{"m1@acme.example", "m2@acme.example"},
		InvitedAt:    at(t, loc, "2026-02-27 20:00"),
		Status:       interview.Scheduled,
	}
	if start != "" {
		iv.Start = at(t, loc, start)
	}
	if end != "" {
		iv.End = at(t, loc, end)
	}
	return iv
}

// want is the part of an Item a timing case is about; times are wall clock
// in the schedule's zone, "" for the zero time.
type want struct {
	id, rule                         string
	trigger, earliest, deadline, due string
	status                           Status
	late                             bool
	reason                           string
}

func checkItems(t *testing.T, loc *time.Location, got []Item, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		t.Fatalf("got %d items, want %d: %+v", len(got), len(wants), got)
	}
	for i, w := range wants {
		g := got[i]
		if g.InterviewID != w.id || g.Rule != w.rule {
			t.Fatalf("item %d is %s/%s, want %s/%s", i, g.InterviewID, g.Rule, w.id, w.rule)
		}
		for _, f := range []struct {
			name string
			got  time.Time
			want string
		}{{"Trigger", g.Trigger, w.trigger}, {"Earliest", g.Earliest, w.earliest}, {"Deadline", g.Deadline, w.deadline}, {"Due", g.Due, w.due}} {
			var wt time.Time
			if f.want != "" {
				wt = at(t, loc, f.want)
			}
			if !f.got.Equal(wt) {
				t.Errorf("%s/%s %s = %s, want %s", w.id, w.rule, f.name, f.got, wt)
			}
		}
		if g.Status != w.status || g.Late != w.late || g.Reason != w.reason {
			t.Errorf("%s/%s = %s late=%v %q, want %s late=%v %q", w.id, w.rule, g.Status, g.Late, g.Reason, w.status, w.late, w.reason)
		}
	}
}

func TestPlanTiming(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	s := DefaultSchedule(berlin)
	tue := interviewAt(t, berlin, "tue", "2026-03-03 14:00", "2026-03-03 15:00")
	fri := interviewAt(t, berlin, "fri", "2026-03-06 16:30", "2026-03-06 17:30")
	tueLate := interviewAt(t, berlin, "tue-late", "2026-03-03 16:30", "2026-03-03 17:30")
	sameDay := Rule{Name: "same-day", Trigger: InterviewEnd, After: mustPhrase(t, "1h"), Within: mustPhrase(t, "same day"),
		Template: "thank-you", To: ToInterviewers}
	confirm := Rule{Name: "confirm", Trigger: Invitation, Within: mustPhrase(t, "next business day"),
		Template: "confirm", To: ToOrganizer}
	prep := Rule{Name: "prep", Trigger: InterviewStart, After: mustPhrase(t, "0"), Within: mustPhrase(t, "this week"),
		Template: "notes", To: ToThread}
	startOnly := interviewAt(t, berlin, "start-only", "2026-03-03 14:00", "")

	tests := []struct {
		name    string
		ivs     []interview.Interview
		rules   []Rule
		written map[Key]Written
		now     string
		want    []want
	}{
		{
			name: "ends tuesday 15:00: thank-you tuesday 16:00, check-in friday 15:00",
			ivs:  []interview.Interview{tue}, rules: DefaultRules(), now: "2026-03-03 15:30",
			want: []want{
				{"tue", "thank-you", "2026-03-03 15:00", "2026-03-03 16:00", "2026-03-05 00:00", "2026-03-03 16:00", StatusScheduled, false,
					"1h after interview end (Tue 3 Mar 15:00)"},
				{"tue", "check-in", "2026-03-03 15:00", "2026-03-06 15:00", "2026-03-10 15:00", "2026-03-06 15:00", StatusScheduled, false,
					"3 business days after interview end (Tue 3 Mar 15:00)"},
			},
		},
		{
			name: "ends friday 17:30: thank-you monday 09:00, inside next business day",
			ivs:  []interview.Interview{fri}, rules: DefaultRules(), now: "2026-03-06 17:45",
			want: []want{
				{"fri", "thank-you", "2026-03-06 17:30", "2026-03-06 18:30", "2026-03-10 00:00", "2026-03-09 09:00", StatusScheduled, false,
					"1h after interview end (Fri 6 Mar 17:30), first work hour Mon 9 Mar 09:00"},
				{"fri", "check-in", "2026-03-06 17:30", "2026-03-11 17:30", "2026-03-13 17:30", "2026-03-11 17:30", StatusScheduled, false,
					"3 business days after interview end (Fri 6 Mar 17:30)"},
			},
		},
		{
			name: "due exactly at its time",
			ivs:  []interview.Interview{tue}, rules: DefaultRules(), now: "2026-03-03 16:00",
			want: []want{
				{"tue", "thank-you", "2026-03-03 15:00", "2026-03-03 16:00", "2026-03-05 00:00", "2026-03-03 16:00", StatusDue, false,
					"1h after interview end (Tue 3 Mar 15:00)"},
				{"tue", "check-in", "2026-03-03 15:00", "2026-03-06 15:00", "2026-03-10 15:00", "2026-03-06 15:00", StatusScheduled, false,
					"3 business days after interview end (Tue 3 Mar 15:00)"},
			},
		},
		{
			name: "no work hour before the deadline: late, due at earliest",
			ivs:  []interview.Interview{tueLate}, rules: []Rule{sameDay}, now: "2026-03-03 17:45",
			want: []want{
				{"tue-late", "same-day", "2026-03-03 17:30", "2026-03-03 18:30", "2026-03-04 00:00", "2026-03-03 18:30", StatusLate, true,
					"1h after interview end (Tue 3 Mar 17:30); no work hour before the deadline Wed 4 Mar 00:00 (same day), so written late"},
			},
		},
		{
			name: "late and its time has come",
			ivs:  []interview.Interview{tueLate}, rules: []Rule{sameDay}, now: "2026-03-03 18:30",
			want: []want{
				{"tue-late", "same-day", "2026-03-03 17:30", "2026-03-03 18:30", "2026-03-04 00:00", "2026-03-03 18:30", StatusLate, true,
					"1h after interview end (Tue 3 Mar 17:30); no work hour before the deadline Wed 4 Mar 00:00 (same day), so written late"},
			},
		},
		{
			name: "deadline missed while not written",
			ivs:  []interview.Interview{tue}, rules: DefaultRules()[:1], now: "2026-03-05 00:01",
			want: []want{
				{"tue", "thank-you", "2026-03-03 15:00", "2026-03-03 16:00", "2026-03-05 00:00", "2026-03-03 16:00", StatusLate, false,
					"1h after interview end (Tue 3 Mar 15:00); deadline Thu 5 Mar 00:00 passed"},
			},
		},
		{
			name: "written is done",
			ivs:  []interview.Interview{tue}, rules: DefaultRules(), now: "2026-03-03 16:05",
			written: map[Key]Written{{"tue", "thank-you"}: {At: at(t, berlin, "2026-03-03 16:02")}},
			want: []want{
				{"tue", "thank-you", "2026-03-03 15:00", "2026-03-03 16:00", "2026-03-05 00:00", "2026-03-03 16:00", StatusDone, false,
					"written on Tue 3 Mar 16:02"},
				{"tue", "check-in", "2026-03-03 15:00", "2026-03-06 15:00", "2026-03-10 15:00", "2026-03-06 15:00", StatusScheduled, false,
					"3 business days after interview end (Tue 3 Mar 15:00)"},
			},
		},
		{
			name: "invitation counts immediately, first work hour",
			ivs:  []interview.Interview{tue}, rules: []Rule{confirm}, now: "2026-02-28 10:00",
			want: []want{
				{"tue", "confirm", "2026-02-27 20:00", "2026-02-27 20:00", "2026-03-03 00:00", "2026-03-02 09:00", StatusScheduled, false,
					"at invitation (Fri 27 Feb 20:00), first work hour Mon 2 Mar 09:00"},
			},
		},
		{
			name: "interview start",
			ivs:  []interview.Interview{tue}, rules: []Rule{prep}, now: "2026-03-03 14:00",
			want: []want{
				{"tue", "prep", "2026-03-03 14:00", "2026-03-03 14:00", "2026-03-07 00:00", "2026-03-03 14:00", StatusDue, false,
					"at interview start (Tue 3 Mar 14:00)"},
			},
		},
		{
			name: "no end: counts from the start",
			ivs:  []interview.Interview{startOnly}, rules: DefaultRules()[:1], now: "2026-03-03 14:30",
			want: []want{
				{"start-only", "thank-you", "2026-03-03 14:00", "2026-03-03 15:00", "2026-03-05 00:00", "2026-03-03 15:00", StatusScheduled, false,
					"1h after interview end (Tue 3 Mar 14:00)"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Plan(tc.ivs, tc.rules, s, tc.written, at(t, berlin, tc.now))
			checkItems(t, berlin, got, tc.want)
		})
	}
}

func TestPlanSuppression(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	s := DefaultSchedule(berlin)
	now := at(t, berlin, "2026-03-03 15:30")
	base := func() interview.Interview {
		return interviewAt(t, berlin, "tue", "2026-03-03 14:00", "2026-03-03 15:00")
	}
	msg := func(dir interview.Direction, when, id string, from interview.Person, to ...interview.Person) interview.Correspondence {
		return interview.Correspondence{At: at(t, berlin, when), Direction: dir, MessageID: id, From: from, To: to}
	}
	me := interview.Person{Email: "me@home.example"}
	offerRule := Rule{Name: "offer-thanks", Trigger: InterviewEnd, After: mustPhrase(t, "1h"), Within: mustPhrase(t, "2 days"),
		Template: "thank-you", To: ToOrganizer, Unless: []Condition{IfOffer}}
	lunch := Rule{Name: "lunch", Trigger: "lunch", Within: mustPhrase(t, "1 day"), Template: "x", To: ToOrganizer}

	tests := []struct {
		name    string
		edit    func(*interview.Interview)
		rule    Rule
		written map[Key]Written
		status  Status
		reason  string
	}{
		{
			name: "cancelled before the interview: no thank-you",
			edit: func(iv *interview.Interview) {
				iv.Status, iv.StatusAt, iv.StatusReason = interview.Cancelled, at(t, berlin, "2026-03-02 11:00"), "calendar CANCEL from rita@acme.example"
			},
			rule: DefaultRules()[0], status: StatusSuppressed,
			reason: "suppressed: interview cancelled on Mon 2 Mar 11:00 (calendar CANCEL from rita@acme.example)",
		},
		{
			name: "cancelled: no check-in",
			edit: func(iv *interview.Interview) { iv.Status = interview.Cancelled },
			rule: DefaultRules()[1], status: StatusSuppressed, reason: "suppressed: interview cancelled",
		},
		{
			name: "rejected: no check-in",
			edit: func(iv *interview.Interview) {
				iv.Status, iv.StatusAt, iv.StatusReason = interview.Rejected, at(t, berlin, "2026-03-03 15:20"), "message <no@acme.example>"
			},
			rule: DefaultRules()[1], status: StatusSuppressed,
			reason: "suppressed: rejected on Tue 3 Mar 15:20 (message <no@acme.example>)",
		},
		{
			name: "rejected: the thank-you still goes",
			edit: func(iv *interview.Interview) { iv.Status = interview.Rejected },
			rule: DefaultRules()[0], status: StatusScheduled,
			reason: "1h after interview end (Tue 3 Mar 15:00)",
		},
		{
			name: "offer",
			edit: func(iv *interview.Interview) { iv.Status = interview.Offer },
			rule: offerRule, status: StatusSuppressed, reason: "suppressed: offer received",
		},
		{
			name: "employer replied: the first reply after the interview",
			edit: func(iv *interview.Interview) {
				iv.Correspondence = []interview.Correspondence{
					msg(interview.Inbound, "2026-03-02 09:00", "before@acme.example", rita, me),
					msg(interview.Inbound, "2026-03-05 11:00", "later@acme.example", rita, me),
					msg(interview.Inbound, "2026-03-04 10:12", "reply@acme.example", bob, me),
				}
			},
			rule: DefaultRules()[1], status: StatusSuppressed,
			reason: "suppressed: employer replied <reply@acme.example> on Wed 4 Mar 10:12",
		},
		{
			name: "employer wrote only before the interview",
			edit: func(iv *interview.Interview) {
				iv.Correspondence = []interview.Correspondence{msg(interview.Inbound, "2026-03-03 13:00", "see-you@acme.example", rita, me)}
			},
			rule: DefaultRules()[1], status: StatusScheduled,
			reason: "3 business days after interview end (Tue 3 Mar 15:00)",
		},
		{
			name: "i wrote to the interviewer, address case differs",
			edit: func(iv *interview.Interview) {
				iv.Correspondence = []interview.Correspondence{
					msg(interview.Outbound, "2026-03-03 15:40", "sent1@home.example", me, interview.Person{Email: "ADA@Acme.Example"}),
				}
			},
			rule: DefaultRules()[0], status: StatusSuppressed,
			reason: "suppressed: you wrote to ADA@Acme.Example <sent1@home.example> on Tue 3 Mar 15:40",
		},
		{
			name: "i wrote to the recruiter only: the interviewers still get thanks",
			edit: func(iv *interview.Interview) {
				iv.Correspondence = []interview.Correspondence{msg(interview.Outbound, "2026-03-03 15:40", "sent1@home.example", me, rita)}
			},
			rule: DefaultRules()[0], status: StatusScheduled,
			reason: "1h after interview end (Tue 3 Mar 15:00)",
		},
		{
			name: "i wrote before the interview",
			edit: func(iv *interview.Interview) {
				iv.Correspondence = []interview.Correspondence{msg(interview.Outbound, "2026-03-03 09:00", "coming@home.example", me, ada)}
			},
			rule: DefaultRules()[0], status: StatusScheduled,
			reason: "1h after interview end (Tue 3 Mar 15:00)",
		},
		{
			name: "i wrote to anyone when the rule has nobody to write to",
			edit: func(iv *interview.Interview) {
				iv.Interviewers, iv.Organizer = nil, interview.Person{Name: "Rita"}
				iv.Correspondence = []interview.Correspondence{msg(interview.Outbound, "2026-03-03 16:00", "sent2@home.example", me, bob)}
			},
			rule: DefaultRules()[0], status: StatusSuppressed,
			reason: "suppressed: you wrote to bob@acme.example <sent2@home.example> on Tue 3 Mar 16:00",
		},
		{
			name: "nobody with an email",
			edit: func(iv *interview.Interview) {
				iv.Interviewers, iv.Organizer = []interview.Person{{Name: "Ada"}}, interview.Person{Name: "Rita"}
			},
			rule: DefaultRules()[0], status: StatusSuppressed,
			reason: "suppressed: no human recipient: no interviewers with an address that a person reads (only a no-reply or scheduling-system address is known)",
		},
		{
			name: "only machines: a vendor and a no-reply address",
			edit: func(iv *interview.Interview) {
				iv.Interviewers = []interview.Person{{Name: "Initech via Greenhouse", Email: "no-reply@greenhouse.io"}}
				iv.Organizer = interview.Person{Name: "Initech Careers", Email: "careers-noreply@initech.example"}
			},
			rule: DefaultRules()[0], status: StatusSuppressed,
			reason: "suppressed: no human recipient: no interviewers with an address that a person reads (only a no-reply or scheduling-system address is known)",
		},
		{
			name: "one-way video interview",
			edit: func(iv *interview.Interview) {
				iv.OneWay, iv.Interviewers, iv.Organizer = true, nil, interview.Person{Name: "HireVue"}
			},
			rule: DefaultRules()[0], status: StatusSuppressed,
			reason: "suppressed: a one-way video interview: recorded for a machine, no one to write to",
		},
		{
			name: "one-way video interview sent by the employer's careers mailbox",
			edit: func(iv *interview.Interview) {
				iv.OneWay, iv.Interviewers, iv.Organizer = true, nil, interview.Person{Name: "Acme Careers", Email: "careers@acme.example"}
			},
			rule: DefaultRules()[0], status: StatusSuppressed,
			reason: "suppressed: a one-way video interview: recorded for a machine, no one to write to",
		},
		{
			name: "one-way video interview: the check-in goes to the careers mailbox",
			edit: func(iv *interview.Interview) {
				iv.OneWay, iv.Interviewers, iv.Organizer = true, nil, interview.Person{Name: "Acme Careers", Email: "careers@acme.example"}
			},
			rule: DefaultRules()[1], status: StatusScheduled,
			reason: "3 business days after interview end (Tue 3 Mar 15:00)",
		},
		{
			name: "no time known",
			edit: func(iv *interview.Interview) { iv.Start, iv.End = time.Time{}, time.Time{} },
			rule: DefaultRules()[0], status: StatusSuppressed,
			reason: "suppressed: no time known for the interview end",
		},
		{
			name:   "no invitation time known",
			edit:   func(iv *interview.Interview) { iv.InvitedAt = time.Time{} },
			rule:   Rule{Name: "confirm", Trigger: Invitation, Within: mustPhrase(t, "1 day"), Template: "x", To: ToOrganizer},
			status: StatusSuppressed, reason: "suppressed: no time known for the invitation",
		},
		{
			name:   "unknown trigger",
			edit:   func(*interview.Interview) {},
			rule:   lunch,
			status: StatusSuppressed, reason: `suppressed: unknown trigger "lunch"`,
		},
		{
			name:    "written wins over cancelled",
			edit:    func(iv *interview.Interview) { iv.Status = interview.Cancelled },
			rule:    DefaultRules()[0],
			written: map[Key]Written{{"tue", "thank-you"}: {At: at(t, berlin, "2026-03-03 16:00")}},
			status:  StatusDone, reason: "written on Tue 3 Mar 16:00",
		},
		{
			name:    "written without a known time",
			edit:    func(iv *interview.Interview) { iv.Start, iv.End = time.Time{}, time.Time{} },
			rule:    DefaultRules()[0],
			written: map[Key]Written{{"tue", "thank-you"}: {At: at(t, berlin, "2026-03-03 16:00")}},
			status:  StatusDone, reason: "written on Tue 3 Mar 16:00",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			iv := base()
			tc.edit(&iv)
			got := Plan([]interview.Interview{iv}, []Rule{tc.rule}, s, tc.written, now)
			if len(got) != 1 {
				t.Fatalf("got %d items, want 1", len(got))
			}
			if got[0].Status != tc.status || got[0].Reason != tc.reason {
				t.Fatalf("got %s %q, want %s %q", got[0].Status, got[0].Reason, tc.status, tc.reason)
			}
		})
	}
}

func TestPlanRecipients(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	adaUpper := interview.Person{Name: "A. Lovelace", Email: " ADA@acme.example "}
	nameOnly := interview.Person{Name: "Carol"}
	tests := []struct {
		name string
		to   Recipients
		edit func(*interview.Interview)
		want []interview.Person
	}{
		{"interviewers", ToInterviewers, func(iv *interview.Interview) { iv.Interviewers = []interview.Person{ada, bob} },
			[]interview.Person{ada, bob}},
		{"interviewers deduplicated without case", ToInterviewers, func(iv *interview.Interview) {
			iv.Interviewers = []interview.Person{ada, nameOnly, adaUpper, bob}
		}, []interview.Person{ada, bob}},
		{"interviewers fall back to organizer", ToInterviewers, func(iv *interview.Interview) { iv.Interviewers = nil },
			[]interview.Person{rita}},
		{"interviewers without email fall back", ToInterviewers, func(iv *interview.Interview) {
			iv.Interviewers = []interview.Person{nameOnly}
		}, []interview.Person{rita}},
		{"a one-way video interview had no interviewers, and nobody stands in", ToInterviewers, func(iv *interview.Interview) {
			iv.OneWay, iv.Interviewers = true, nil
		}, nil},
		{"a one-way video interview's organizer", ToOrganizer, func(iv *interview.Interview) { iv.OneWay, iv.Interviewers = true, nil },
			[]interview.Person{rita}},
		{"organizer", ToOrganizer, func(*interview.Interview) {}, []interview.Person{rita}},
		{"organizer falls back to interviewers", ToOrganizer, func(iv *interview.Interview) {
			iv.Organizer = interview.Person{}
			iv.Interviewers = []interview.Person{adaUpper, bob}
		}, []interview.Person{{Name: "A. Lovelace", Email: "ADA@acme.example"}, bob}},
		{"thread", ToThread, func(iv *interview.Interview) {
			iv.Interviewers = []interview.Person{ada, bob}
			iv.Correspondence = []interview.Correspondence{
				{Direction: interview.Inbound, From: interview.Person{Email: "Rita@acme.example"}, To: []interview.Person{{Email: "me@home.example"}}},
				{Direction: interview.Outbound, From: interview.Person{Email: "me@home.example"}, To: []interview.Person{ada}},
				{Direction: interview.Inbound, From: interview.Person{Name: "Dan", Email: "dan@acme.example"}},
			}
		}, []interview.Person{rita, ada, bob, {Name: "Dan", Email: "dan@acme.example"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			iv := interviewAt(t, berlin, "tue", "2026-03-03 14:00", "2026-03-03 15:00")
			tc.edit(&iv)
			r := Rule{Name: "r", Trigger: InterviewEnd, Within: mustPhrase(t, "1 day"), Template: "x", To: tc.to}
			got := Plan([]interview.Interview{iv}, []Rule{r}, DefaultSchedule(berlin), nil, at(t, berlin, "2026-03-03 15:00"))
			if !slices.Equal(got[0].To, tc.want) {
				t.Fatalf("To = %+v, want %+v", got[0].To, tc.want)
			}
		})
	}
}

// TestPlanCapsRecipients: an invitation with many attendees (a mailing,
// or an attack) gets no draft to all of them; the plan says how to choose.
func TestPlanCapsRecipients(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	people := func(n int) []interview.Person {
		var ps []interview.Person
		for i := range n {
			ps = append(ps, interview.Person{Email: fmt.Sprintf("p%d@acme.example", i)})
		}
		return ps
	}
	tests := []struct {
		name         string
		interviewers int
		to           Recipients
		max          int // Rule.MaxRecipients, 0 for the default
		suppressed   bool
	}{
		{"ten interviewers", MaxRecipients, ToInterviewers, 0, false},
		{"eleven interviewers", MaxRecipients + 1, ToInterviewers, 0, true},
		{"two thousand attendees", 2000, ToInterviewers, 0, true},
		{"two thousand, to the organizer only", 2000, ToOrganizer, 0, false},
		{"four, with a cap of three", 4, ToInterviewers, 3, true},
		{"eleven, with a cap of twenty", 11, ToInterviewers, 20, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			iv := interviewAt(t, berlin, "tue", "2026-03-03 14:00", "2026-03-03 15:00")
			iv.Interviewers = people(tc.interviewers)
			r := Rule{Name: "r", Trigger: InterviewEnd, Within: mustPhrase(t, "1 day"), Template: "x", To: tc.to, MaxRecipients: tc.max}
			got := Plan([]interview.Interview{iv}, []Rule{r}, DefaultSchedule(berlin), nil, at(t, berlin, "2026-03-03 15:00"))[0]
			if suppressed := got.Status == StatusSuppressed; suppressed != tc.suppressed {
				t.Fatalf("status %s (%s), want suppressed=%v", got.Status, got.Reason, tc.suppressed)
			}
			if tc.suppressed && !strings.Contains(got.Reason, "too many recipients") {
				t.Errorf("reason %q does not say why", got.Reason)
			}
		})
	}
}

func TestPlanThreading(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	iv := interviewAt(t, berlin, "tue", "2026-03-03 14:00", "2026-03-03 15:00")
	bare := interviewAt(t, berlin, "bare", "2026-03-03 14:00", "2026-03-03 15:00")
	bare.Thread = nil
	got := Plan([]interview.Interview{iv, bare}, DefaultRules()[:1], DefaultSchedule(berlin), nil, at(t, berlin, "2026-03-03 15:00"))
	threaded, unthreaded := got[1], got[0]
	if threaded.InReplyTo != "m2@acme.example" || !slices.Equal(threaded.References, []string{"m1@acme.example", "m2@acme.example"}) {
		t.Fatalf("threaded: InReplyTo %q References %q", threaded.InReplyTo, threaded.References)
	}
	threaded.References[0] = "changed"
	if iv.Thread[0] != "m1@acme.example" {
		t.Fatal("References shares memory with the interview's Thread")
	}
	if unthreaded.InReplyTo != "" || unthreaded.References != nil {
		t.Fatalf("unthreaded: InReplyTo %q References %q", unthreaded.InReplyTo, unthreaded.References)
	}
	if threaded.Company != "Acme" || threaded.Role != "Engineer" || threaded.Template != "thank-you" {
		t.Fatalf("item = %+v", threaded)
	}
}

// Times come out in the schedule's zone whatever zone the interview used,
// so that `plan` shows the user's clock.
func TestPlanZone(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	newYork := mustLoad(t, "America/New_York")
	// 15:00 in New York is 21:00 in Berlin: the thank-you waits for Berlin's
	// next morning, which is still inside the next business day.
	iv := interviewAt(t, newYork, "ny", "2026-03-03 14:00", "2026-03-03 15:00")
	got := Plan([]interview.Interview{iv}, DefaultRules()[:1], DefaultSchedule(berlin), nil, at(t, berlin, "2026-03-03 21:00"))
	checkItems(t, berlin, got, []want{{"ny", "thank-you", "2026-03-03 21:00", "2026-03-03 22:00", "2026-03-05 00:00", "2026-03-04 09:00",
		StatusScheduled, false, "1h after interview end (Tue 3 Mar 21:00), first work hour Wed 4 Mar 09:00"}})
	for _, tm := range []time.Time{got[0].Trigger, got[0].Earliest, got[0].Deadline, got[0].Due} {
		if tm.Location() != berlin {
			t.Fatalf("%s is not in Europe/Berlin", tm)
		}
	}
}

func TestPlanOrderAndDeterminism(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	s := DefaultSchedule(berlin)
	b := interviewAt(t, berlin, "b", "2026-03-03 14:00", "2026-03-03 15:00")
	a := interviewAt(t, berlin, "a", "2026-03-03 14:00", "2026-03-03 15:00")
	early := interviewAt(t, berlin, "z-early", "2026-03-02 10:00", "2026-03-02 11:00")
	unknown := interviewAt(t, berlin, "y-unknown", "", "")
	rs := append(DefaultRules(), Rule{Name: "also-thanks", Trigger: InterviewEnd, After: mustPhrase(t, "60 minutes"),
		Within: mustPhrase(t, "next day"), Template: "thank-you", To: ToOrganizer})
	now := at(t, berlin, "2026-03-03 15:30")
	written := map[Key]Written{{"z-early", "thank-you"}: {At: at(t, berlin, "2026-03-02 12:00")}}

	first := Plan([]interview.Interview{b, early, unknown, a}, rs, s, written, now)
	var order []Key
	for _, it := range first {
		order = append(order, it.Key())
	}
	wantOrder := []Key{
		{"y-unknown", "also-thanks"}, {"y-unknown", "check-in"}, {"y-unknown", "thank-you"}, // no time: zero Due first
		{"z-early", "also-thanks"}, {"z-early", "thank-you"}, // Mon 12:00
		{"a", "also-thanks"}, {"a", "thank-you"}, {"b", "also-thanks"}, {"b", "thank-you"}, // Tue 16:00
		{"z-early", "check-in"},              // Thu 11:00
		{"a", "check-in"}, {"b", "check-in"}, // Fri 15:00
	}
	if !slices.Equal(order, wantOrder) {
		t.Fatalf("order = %v\nwant    %v", order, wantOrder)
	}
	reversed := slices.Clone(rs)
	slices.Reverse(reversed)
	for name, again := range map[string][]Item{
		"same input":     Plan([]interview.Interview{b, early, unknown, a}, rs, s, written, now),
		"shuffled input": Plan([]interview.Interview{a, unknown, b, early}, reversed, s, written, now),
	} {
		if !reflect.DeepEqual(first, again) {
			t.Fatalf("%s: plans differ", name)
		}
	}
}

// TestSuppressionPrefersStatus: a rejection mail is also an employer reply;
// the plan must name the rejection, whatever the order of the unless list.
func TestSuppressionPrefersStatus(t *testing.T) {
	loc, _ := time.LoadLocation("Europe/Berlin")
	end := time.Date(2026, 11, 30, 17, 0, 0, 0, loc)
	iv := interview.Interview{
		ID: "pp", Company: "Pied Piper", Start: end.Add(-time.Hour), End: end,
		Organizer: interview.Person{Email: "monica@piedpiper.example"},
		Status:    interview.Rejected, StatusAt: end.AddDate(0, 0, 3), StatusReason: "by message <rej@pp>",
		Correspondence: []interview.Correspondence{{
			At: end.AddDate(0, 0, 3), Direction: interview.Inbound, MessageID: "rej@pp",
			From: interview.Person{Email: "monica@piedpiper.example"},
		}},
	}
	after, _ := ParsePhrase("3 business days")
	within, _ := ParsePhrase("a week")
	for _, tc := range []struct {
		name   string
		unless []Condition
	}{
		{"reply listed first", []Condition{EmployerReplied, IfRejected}},
		{"rejection listed first", []Condition{IfRejected, EmployerReplied}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Rule{Name: "check-in", Trigger: InterviewEnd, After: after, Within: within, Template: "check-in", To: ToOrganizer, Unless: tc.unless}
			items := Plan([]interview.Interview{iv}, []Rule{r}, DefaultSchedule(loc), nil, end.AddDate(0, 0, 10))
			if len(items) != 1 || items[0].Status != StatusSuppressed || !strings.Contains(items[0].Reason, "rejected") {
				t.Fatalf("got %+v, want suppressed because rejected", items)
			}
		})
	}
}

// TestStaleDraftsAreNotWritten: a draft missed by more than its own span
// past the deadline is reported, not written; within that grace it is late.
func TestStaleDraftsAreNotWritten(t *testing.T) {
	loc, _ := time.LoadLocation("Europe/Berlin")
	end := time.Date(2026, 12, 1, 15, 0, 0, 0, loc) // Tue
	iv := interview.Interview{
		ID: "x", Company: "Initech", Start: end.Add(-time.Hour), End: end, Status: interview.Scheduled,
		Interviewers: []interview.Person{{Name: "Peter", Email: "peter@initech.example"}},
		Organizer:    interview.Person{Name: "Joanna", Email: "joanna@initech.example"},
	}
	thanks := DefaultRules()[0] // within next business day: deadline Thu 00:00, span 33h
	for _, tc := range []struct {
		name   string
		now    time.Time
		status Status
	}{
		{"due", time.Date(2026, 12, 1, 16, 0, 0, 0, loc), StatusDue},
		{"past the deadline, still worth it", time.Date(2026, 12, 3, 10, 0, 0, 0, loc), StatusLate},
		{"just before stale", time.Date(2026, 12, 4, 8, 59, 0, 0, loc), StatusLate},
		{"stale", time.Date(2026, 12, 4, 9, 0, 0, 0, loc), StatusSuppressed},
		{"weeks later", time.Date(2027, 1, 20, 9, 0, 0, 0, loc), StatusSuppressed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items := Plan([]interview.Interview{iv}, []Rule{thanks}, DefaultSchedule(loc), nil, tc.now)
			if len(items) != 1 || items[0].Status != tc.status {
				t.Fatalf("got %+v, want status %s", items, tc.status)
			}
			if tc.status == StatusSuppressed && !strings.Contains(items[0].Reason, "missed") {
				t.Errorf("reason %q does not say the draft was missed", items[0].Reason)
			}
		})
	}
}

// TestPlanRenamedRule: a rule renamed in the config (same trigger and
// template) does not draft again for an interview drafted under its old
// name; the plan says so. Another kind, or a draft of unknown kind, does
// not count.
func TestPlanRenamedRule(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	iv := interviewAt(t, berlin, "tue", "2026-03-03 14:00", "2026-03-03 15:00")
	renamed := Rule{Name: "thanks", Trigger: InterviewEnd, Within: mustPhrase(t, "1 day"), Template: "thank-you", To: ToInterviewers}
	old := renamed
	old.Name = "thank-you"
	at16 := at(t, berlin, "2026-03-03 16:00")
	tests := []struct {
		name    string
		rules   []Rule
		written map[Key]Written
		done    bool
		reason  string
	}{
		{"renamed", []Rule{renamed}, map[Key]Written{{"tue", "thank-you"}: {At: at16, Kind: old.Kind()}}, true, "already drafted as thank-you"},
		{"the old rule still there: a second rule", []Rule{old, renamed}, map[Key]Written{{"tue", "thank-you"}: {At: at16, Kind: old.Kind()}}, false, ""},
		{"another template", []Rule{{Name: "thanks", Trigger: InterviewEnd, Within: mustPhrase(t, "1 day"), Template: "merci", To: ToInterviewers}},
			map[Key]Written{{"tue", "thank-you"}: {At: at16, Kind: old.Kind()}}, false, ""},
		{"a draft of unknown kind", []Rule{renamed}, map[Key]Written{{"tue", "thank-you"}: {At: at16}}, false, ""},
		{"another interview's draft", []Rule{renamed}, map[Key]Written{{"wed", "thank-you"}: {At: at16, Kind: old.Kind()}}, false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			items := Plan([]interview.Interview{iv}, tc.rules, DefaultSchedule(berlin), tc.written, at(t, berlin, "2026-03-03 17:00"))
			var got Item
			for _, it := range items {
				if it.Rule == "thanks" {
					got = it
				}
			}
			if done := got.Status == StatusDone; done != tc.done {
				t.Fatalf("thanks: %s (%s), want done=%v", got.Status, got.Reason, tc.done)
			}
			if tc.reason != "" && !strings.Contains(got.Reason, tc.reason) {
				t.Errorf("reason %q, want %q", got.Reason, tc.reason)
			}
		})
	}
}
