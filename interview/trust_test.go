package interview_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/calendar"

	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

// TestCalendarUpdatesNeedTheOrganizer: RFC 5546 §3.2 lets only an event's
// organizer update or cancel it. Anyone who learns an invitation's UID
// can send a higher SEQUENCE; such a message must change neither the
// people nor the time nor the status, and must be listed as ignored.
func TestCalendarUpdatesNeedTheOrganizer(t *testing.T) {
	invite := calMessage("inv@initech.example", "2026-11-20T10:00:00Z",
		vevent{method: "REQUEST", seq: 0, stamp: "20261120T100000Z", start: "20261201T090000Z"})
	// update returns a SEQUENCE 1 version of the invitation, moved to
	// 14:00 and cancelled when cancel is set, sent by from with the
	// organizer and attendee addresses of the invitation replaced.
	update := func(id, from, organizer, attendee string, cancel bool) mail.Message {
		v := vevent{method: "REQUEST", seq: 1, stamp: "20261122T100000Z", start: "20261201T130000Z"}
		if cancel {
			v.method, v.status = "CANCEL", "CANCELLED"
		}
		m := calMessage(id, "2026-11-22T10:00:00Z", v)
		m.From = []mail.Address{{Name: "Joanna Park", Email: from}}
		ics := strings.ReplaceAll(string(m.Calendars[0]), "mailto:joanna.park@initech.example", "mailto:"+organizer)
		m.Calendars[0] = []byte(strings.ReplaceAll(ics, "mailto:peter.gibbons@initech.example", "mailto:"+attendee))
		return m
	}
	const (
		organizer = "joanna.park@initech.example"
		peter     = "peter.gibbons@initech.example"
		outsider  = "joanna@outsider.example"
	)
	tests := []struct {
		name   string
		update mail.Message
		// applied: the update moves the interview (or cancels it).
		applied bool
		cancel  bool
	}{
		{"the organizer moves it", update("u@initech.example", organizer, organizer, peter, false), true, false},
		{"a colleague of the organizer moves it", update("u@initech.example", "bill.lumbergh@mail.initech.example", organizer, peter, false), true, false},
		{"the organizer cancels it", update("u@initech.example", organizer, organizer, peter, true), true, true},
		{"a scheduling system sends for the organizer", update("u@greenhouse.io", "no-reply@greenhouse.io", organizer, peter, false), true, false},
		{"an outsider takes over the people", update("u@outsider.example", outsider, outsider, outsider, false), false, false},
		{"an outsider cancels it", update("u@outsider.example", outsider, outsider, outsider, true), false, true},
		{"an outsider names the real organizer", update("u@outsider.example", outsider, organizer, outsider, false), false, false},
		{"a scheduling system sends for an outsider", update("u@greenhouse.io", "no-reply@greenhouse.io", outsider, outsider, false), false, false},
		{"a forged sender from a freemail address", update("u@gmail.com", "joanna.park.initech@gmail.com", organizer, peter, true), false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build([]mail.Message{invite, tc.update}, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("%d interviews, want 1: %+v", len(ivs), ivs)
			}
			iv := ivs[0]
			if !tc.applied {
				if got, want := iv.Start.UTC(), utc("20261201T090000Z"); !got.Equal(want) {
					t.Errorf("start %v, want the invitation's %v", got, want)
				}
				if iv.Status != interview.Scheduled {
					t.Errorf("status %s (%s), want scheduled", iv.Status, iv.StatusReason)
				}
				if iv.Organizer.Email != organizer {
					t.Errorf("organizer %q, want %q", iv.Organizer.Email, organizer)
				}
				for _, p := range iv.Interviewers {
					if strings.Contains(p.Email, "outsider") {
						t.Errorf("interviewer %q taken from the outsider's update", p.Email)
					}
				}
				if len(iv.Ignored) != 1 || iv.Ignored[0].MessageID != tc.update.MessageID {
					t.Fatalf("ignored %+v, want the update <%s>", iv.Ignored, tc.update.MessageID)
				}
				if !strings.Contains(iv.Ignored[0].Reason, "not this event's organizer") {
					t.Errorf("ignored reason %q does not say why", iv.Ignored[0].Reason)
				}
				return
			}
			if len(iv.Ignored) != 0 {
				t.Errorf("ignored %+v, want none", iv.Ignored)
			}
			if tc.cancel {
				if iv.Status != interview.Cancelled {
					t.Errorf("status %s, want cancelled", iv.Status)
				}
				return
			}
			if got, want := iv.Start.UTC(), utc("20261201T130000Z"); !got.Equal(want) {
				t.Errorf("start %v, want the update's %v", got, want)
			}
		})
	}
}

// TestFeedVersionsAreTheUsersOwn: the user's own calendar feed is
// trusted, and a mail update is then held to the feed's organizer.
func TestFeedVersionsAreTheUsersOwn(t *testing.T) {
	feedOnly := vevent{method: "PUBLISH", seq: 0, stamp: "20261120T100000Z", start: "20261201T090000Z"}
	cal, err := calendar.Parse(feedOnly.ics(), time.UTC)
	if err != nil || len(cal.Events) != 1 {
		t.Fatalf("calendar.Parse: %v, %d events", err, len(cal.Events))
	}
	events := cal.Events
	attack := calMessage("u@outsider.example", "2026-11-22T10:00:00Z",
		vevent{method: "CANCEL", status: "CANCELLED", seq: 4, stamp: "20261122T100000Z", start: "20261201T090000Z"})
	attack.From = []mail.Address{{Email: "someone@outsider.example"}}
	ivs := interview.Build([]mail.Message{attack}, events, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("%d interviews, want 1: %+v", len(ivs), ivs)
	}
	if ivs[0].Status != interview.Scheduled || len(ivs[0].Ignored) != 1 {
		t.Errorf("status %s, ignored %+v: want scheduled with the outsider's cancel ignored", ivs[0].Status, ivs[0].Ignored)
	}
}

// TestReplyToDoesNotSpeakForTheEmployer: anyone can set Reply-To. A
// person's mail with the employer's address in Reply-To is not the
// employer's answer (which would suppress a check-in); a scheduling
// system's with the recruiter in Reply-To is.
func TestReplyToDoesNotSpeakForTheEmployer(t *testing.T) {
	invite := calMessage("inv@initech.example", "2026-11-20T10:00:00Z",
		vevent{method: "REQUEST", seq: 0, stamp: "20261120T100000Z", start: "20261201T090000Z"})
	note := func(id, from string) mail.Message {
		m := textMessage(id, "2026-12-03T10:00:00Z", from, "Your interview with Initech",
			"Hi Sam, thanks for your time on Tuesday. We will be in touch soon.")
		m.ReplyTo = []mail.Address{{Name: "Peter Gibbons", Email: "peter.gibbons@initech.example"}}
		return m
	}
	tests := []struct {
		name    string
		msg     mail.Message
		inbound bool
	}{
		{"a stranger borrows the employer's Reply-To", note("n@outsider.example", "joanna@outsider.example"), false},
		{"a freemail address borrows it", note("n@gmail.com", "initech.hr@gmail.com"), false},
		{"a scheduling system writes for the recruiter", note("n@greenhouse.io", "no-reply@greenhouse.io"), true},
		{"the employer's own address", note("n@initech.example", "bill.lumbergh@initech.example"), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build([]mail.Message{invite, tc.msg}, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("%d interviews, want 1: %+v", len(ivs), ivs)
			}
			got := false
			for _, c := range ivs[0].Correspondence {
				if c.MessageID == tc.msg.MessageID && c.Direction == interview.Inbound {
					got = true
				}
			}
			if got != tc.inbound {
				t.Errorf("inbound correspondence from <%s>: %v, want %v (%+v)", tc.msg.MessageID, got, tc.inbound, ivs[0].Correspondence)
			}
		})
	}
}

// TestBookingSpeaksForTheRecruiter: a scheduling system's booking with no
// interview word is the interview of the organisation whose recruiter
// sent the link (its Reply-To), when that organisation is one the user is
// in process with; the same booking for anyone else is not.
func TestBookingSpeaksForTheRecruiter(t *testing.T) {
	outreach := textMessage("o@copperline.example", "2026-11-30T14:00:00Z", "jordan.blake@copperline.example", "Copperline // Staff Data Engineer",
		"Hi Sam, thanks for applying for the Staff Data Engineer role! Grab a time on my calendar: https://calendly.com/jordan-blake/30min")
	booking := func(replyTo string) mail.Message {
		m := textMessage("b@calendly.com", "2026-11-30T19:48:00Z", "notifications@calendly.com",
			"Confirmed: 30 Minute Intro Call with Jordan Blake on Wednesday, December 9, 2026",
			"Your 30 Minute Intro Call with Jordan Blake at 04:00pm (Central European Time) on Wednesday, December 9, 2026 is scheduled.")
		m.ReplyTo = []mail.Address{{Name: "Jordan Blake", Email: replyTo}}
		return m
	}
	tests := []struct {
		name string
		msgs []mail.Message
		want int
	}{
		{"the recruiter who wrote about the role", []mail.Message{outreach, booking("jordan.blake@copperline.example")}, 1},
		{"someone at an organisation never in process", []mail.Message{outreach, booking("jordan@tracefield.example")}, 0},
		{"the booking alone", []mail.Message{booking("jordan.blake@copperline.example")}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			if len(ivs) != tc.want {
				t.Fatalf("%d interviews, want %d: %s", len(ivs), tc.want, mustJSON(ivs))
			}
			if tc.want == 1 && !ivs[0].Start.Equal(utc("20261209T150000Z")) {
				t.Errorf("Start = %v, want 15:00 UTC", ivs[0].Start)
			}
		})
	}
}

// TestOneMessageBringsAFewInterviewsAtMost: a calendar file with hundreds
// of interview events is an export or an attack, not an invitation; it
// would otherwise make a thank-you and a check-in for each.
func TestOneMessageBringsAFewInterviewsAtMost(t *testing.T) {
	withEvents := func(n int) mail.Message {
		lines := []string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "METHOD:REQUEST"}
		for i := range n {
			// A day apart: sessions of one day would be one interview
			// (TestSessionsOfOneInterviewDay).
			start := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC).AddDate(0, 0, i)
			lines = append(lines, "BEGIN:VEVENT", fmt.Sprintf("UID:bulk-%d@initech.example", i), "SEQUENCE:0",
				"DTSTAMP:20261120T100000Z", "DTSTART:"+start.Format("20060102T150405Z"),
				"DTEND:"+start.Add(45*time.Minute).Format("20060102T150405Z"),
				fmt.Sprintf("SUMMARY:Interview with Initech – round %d", i+1),
				"ORGANIZER;CN=Joanna Park:mailto:joanna.park@initech.example",
				"ATTENDEE;CN=Sam Rivera:mailto:sam.rivera@example.org", "END:VEVENT")
		}
		lines = append(lines, "END:VCALENDAR", "")
		m := calMessage(fmt.Sprintf("events-%d@initech.example", n), "2026-11-20T10:00:00Z", vevent{})
		m.Subject = "Your interview schedule with Initech"
		m.Calendars = [][]byte{[]byte(strings.Join(lines, "\r\n"))}
		return m
	}
	tests := []struct {
		name   string
		events int
		want   int
	}{
		{"three rounds on three days", 3, 3},
		{"five, the most one message may bring", 5, 5},
		{"a calendar export", 6, 0},
		{"three hundred", 300, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := withEvents(tc.events)
			ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
			if len(ivs) != tc.want {
				t.Fatalf("%d interviews, want %d", len(ivs), tc.want)
			}
			if tc.want == 0 {
				v := interview.Verdicts([]mail.Message{m}, sampleConfig())
				if len(v) != 1 || !strings.Contains(v[0].Reason, "calendar export") {
					t.Errorf("verdict %+v does not say it is a calendar export", v)
				}
			}
		})
	}
}

// TestArrivalOrdersMail: a stranger's confirmation of the same company
// and slot, with a Date header earlier than the real one, arrived later:
// it must not become the interview's first message, whose sender and
// people the interview keeps.
func TestArrivalOrdersMail(t *testing.T) {
	real := textMessage("real@initech.example", "2026-11-20T10:00:00Z", "joanna.park@initech.example",
		"Interview with Initech – Senior Go Engineer",
		"Hi Sam,\n\nconfirming your interview on Tuesday, 1 December 2026 at 10:00 CET with Peter Gibbons.\n\nJoanna Park\nInitech")
	real.Arrived = utc("20261120T100005Z")
	forged := textMessage("forged@outsider.example", "2026-11-19T08:00:00Z", "joanna@outsider.example",
		"Interview with Initech – Senior Go Engineer",
		"Hi Sam,\n\nconfirming your interview on Tuesday, 1 December 2026 at 10:00 CET. Please send anything to me.\n\nJoanna\nInitech")
	forged.Arrived = utc("20261122T090000Z")
	for _, order := range [][]mail.Message{{real, forged}, {forged, real}} {
		ivs := interview.Build(order, nil, sampleConfig())
		if len(ivs) != 1 {
			t.Fatalf("%d interviews, want 1: %+v", len(ivs), ivs)
		}
		iv := ivs[0]
		if iv.Organizer.Email != "joanna.park@initech.example" {
			t.Errorf("organizer %q, want the real recruiter (people: %s)", iv.Organizer.Email, iv.Why.People)
		}
		if len(iv.Thread) == 0 || iv.Thread[0] != "real@initech.example" {
			t.Errorf("thread %v, want the real confirmation first", iv.Thread)
		}
		if !iv.InvitedAt.Equal(real.Arrived) {
			t.Errorf("invited at %v, want the real confirmation's arrival %v", iv.InvitedAt, real.Arrived)
		}
	}
}

// TestUnprovenSenderIsNobodysWord: a message whose From domain the user's
// server could not prove (DMARC or DKIM fail in Authentication-Results)
// neither moves the interview, nor cancels it, nor counts as the employer's
// reply, unless the user turned the check off.
func TestUnprovenSenderIsNobodysWord(t *testing.T) {
	invite := calMessage("inv@initech.example", "2026-11-20T10:00:00Z",
		vevent{method: "REQUEST", seq: 0, stamp: "20261120T100000Z", start: "20261201T090000Z"})
	move := calMessage("mv@initech.example", "2026-11-22T10:00:00Z",
		vevent{method: "REQUEST", seq: 1, stamp: "20261122T100000Z", start: "20261201T130000Z"})
	cancel := calMessage("cx@initech.example", "2026-11-22T10:00:00Z",
		vevent{method: "CANCEL", status: "CANCELLED", seq: 1, stamp: "20261122T100000Z", start: "20261201T090000Z"})
	reply := textMessage("re@initech.example", "2026-12-02T10:00:00Z", "peter.gibbons@initech.example",
		"Re: Interview with Initech", "Thanks Sam, we will be in touch next week.")
	reply.InReplyTo = []string{"inv@initech.example"}
	// The user's own address in From, in the inbox: anyone can write it.
	withdrawal := textMessage("wd@forged.example", "2026-11-25T10:00:00Z", "sam.rivera@example.org",
		"Re: Interview with Initech", "Dear Joanna, I would like to withdraw my application. Sam")
	withdrawal.To = []mail.Address{{Name: "Joanna Park", Email: "joanna.park@initech.example"}}
	withdrawal.InReplyTo = []string{"inv@initech.example"}
	tests := []struct {
		name  string
		msg   mail.Message
		check func(iv interview.Interview) bool // holds when the message was taken
	}{
		{"a withdrawal under the user's own address", withdrawal, func(iv interview.Interview) bool { return iv.Status == interview.Cancelled }},
		{"a move", move, func(iv interview.Interview) bool { return iv.Start.Equal(utc("20261201T130000Z")) }},
		{"a cancellation", cancel, func(iv interview.Interview) bool { return iv.Status == interview.Cancelled }},
		{"the employer's reply", reply, func(iv interview.Interview) bool {
			return slices.ContainsFunc(iv.Correspondence, func(c interview.Correspondence) bool { return c.MessageID == "re@initech.example" })
		}},
	}
	for _, tc := range tests {
		for _, failed := range []bool{false, true} {
			for _, ignore := range []bool{false, true} {
				m := tc.msg
				if failed {
					m.AuthFailure = "dmarc=fail (header.from=initech.example)"
				}
				cfg := sampleConfig()
				cfg.IgnoreAuthResults = ignore
				ivs := interview.Build([]mail.Message{invite, m}, nil, cfg)
				if len(ivs) != 1 {
					t.Fatalf("%s (failed %v, ignore %v): %d interviews, want 1", tc.name, failed, ignore, len(ivs))
				}
				if taken, want := tc.check(ivs[0]), !failed || ignore; taken != want {
					t.Errorf("%s (failed %v, ignore %v): taken = %v, want %v", tc.name, failed, ignore, taken, want)
				}
			}
		}
	}
	v := interview.Verdicts([]mail.Message{func() mail.Message { m := reply; m.AuthFailure = "dkim=fail (header.d=initech.example)"; return m }()}, sampleConfig())
	if len(v) != 1 || !strings.Contains(v[0].Reason, "dkim=fail") {
		t.Errorf("verdict %+v does not say why the message was not taken", v)
	}
}

// TestOneTextBringsAFewInterviewsAtMost: an agency's mail may list the
// interviews it arranged with a few clients; a text listing more than
// five is a schedule or a list, and makes none.
func TestOneTextBringsAFewInterviewsAtMost(t *testing.T) {
	companies := []string{"Acme Robotics", "Borealis Data", "Cobalt Ridge", "Dunmore Health", "Ember Logistics", "Fjord Analytics", "Granite Pay", "Harbor Lane"}
	list := func(n int) mail.Message {
		var b strings.Builder
		b.WriteString("Hi Sam,\n\nhere are the interviews I have confirmed for you:\n\n")
		for i, c := range companies[:n] {
			fmt.Fprintf(&b, "- %s: %s, 10:00 CET\n", c, time.Date(2026, 12, 7+i, 0, 0, 0, 0, time.UTC).Format("Monday 2 January 2006"))
		}
		b.WriteString("\nGood luck!\nTom\nHarbour Talent")
		return textMessage(fmt.Sprintf("list-%d@harbourtalent.example", n), "2026-12-01T10:00:00Z", "tom@harbourtalent.example",
			"Your interviews next week", b.String())
	}
	for _, tc := range []struct{ n, want int }{{3, 3}, {5, 5}, {8, 0}} {
		if ivs := interview.Build([]mail.Message{list(tc.n)}, nil, sampleConfig()); len(ivs) != tc.want {
			t.Errorf("a list of %d: %d interviews, want %d", tc.n, len(ivs), tc.want)
		}
	}
}

// TestThreadReplyFromAnotherOrganisation: someone from another
// organisation who learnt a Message-ID of the thread (copied on one of its
// messages) and answers in it speaks for no one: the rejection changes no
// status, the note is no answer from the employer. A recruiter's own
// freemail address, answering in the thread, still is.
func TestThreadReplyFromAnotherOrganisation(t *testing.T) {
	invite := calMessage("inv@initech.example", "2026-11-20T10:00:00Z",
		vevent{method: "REQUEST", seq: 0, stamp: "20261120T100000Z", start: "20261201T090000Z"})
	reply := func(id, from string) mail.Message {
		m := textMessage(id, "2026-12-02T10:00:00Z", from, "Re: Interview with Initech",
			"Hi Sam, unfortunately we have decided to move forward with other candidates.")
		m.InReplyTo = []string{"inv@initech.example"}
		return m
	}
	tests := []struct {
		name  string
		msg   mail.Message
		taken bool
	}{
		{"another organisation", reply("r@outsider.example", "joanna@outsider.example"), false},
		{"the employer", reply("r@initech.example", "joanna.park@initech.example"), true},
		{"a recruiter's freemail address", reply("r@gmail.com", "joanna.park.recruits@gmail.com"), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build([]mail.Message{invite, tc.msg}, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("%d interviews, want 1", len(ivs))
			}
			rejected := ivs[0].Status == interview.Rejected
			inbound := slices.ContainsFunc(ivs[0].Correspondence, func(c interview.Correspondence) bool {
				return c.MessageID == tc.msg.MessageID && c.Direction == interview.Inbound
			})
			if rejected != tc.taken || inbound != tc.taken {
				t.Errorf("rejected %v, inbound %v; want both %v (%s)", rejected, inbound, tc.taken, ivs[0].StatusReason)
			}
		})
	}
}

// TestStrangerWhoConfirmedTheSlotCannotCancelIt: anyone can confirm a
// known company's slot in words, and such a mail merges into the
// interview; its sender is no scheduler of the slot, and a later
// "Canceled:" notice from them cancels nothing.
func TestStrangerWhoConfirmedTheSlotCannotCancelIt(t *testing.T) {
	real := textMessage("real@initech.example", "2026-11-20T10:00:00Z", "joanna.park@initech.example",
		"Interview with Initech – Senior Go Engineer",
		"Hi Sam,\n\nconfirming your interview on Tuesday, 1 December 2026 at 10:00 CET.\n\nJoanna Park\nInitech")
	echo := textMessage("echo@outsider.example", "2026-11-21T10:00:00Z", "joanna@outsider.example",
		"Interview with Initech – Senior Go Engineer",
		"Hi Sam,\n\nconfirming your interview on Tuesday, 1 December 2026 at 10:00 CET.\n\nJoanna")
	cancel := textMessage("cx@outsider.example", "2026-11-25T10:00:00Z", "joanna@outsider.example",
		"Canceled: Interview on Tuesday, December 1, 2026",
		"Hi Sam,\n\nthe following event has been canceled.\n\nEvent Date/Time:\n10:00am - Tuesday, December 1, 2026 (Central European Time)")
	ivs := interview.Build([]mail.Message{real, echo, cancel}, nil, sampleConfig())
	if len(ivs) != 1 || ivs[0].Status != interview.Scheduled {
		for _, iv := range ivs {
			t.Logf("%s %s %s", iv.Start.UTC(), iv.Status, iv.StatusReason)
		}
		t.Fatalf("%d interviews, want the one, still scheduled", len(ivs))
	}
}

// invitationMsg is an iMIP message from `from` for event uid at start
// (UTC, "20061102T150405Z"), with ORGANIZER organizer; method CANCEL
// cancels it.
func invitationMsg(id, date, from, uid, method, start, organizer, subject, text string) mail.Message {
	st, _ := time.Parse("20060102T150405Z", start)
	status := "CONFIRMED"
	if method == "CANCEL" {
		status = "CANCELLED"
	}
	ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "METHOD:" + method,
		"BEGIN:VEVENT", "UID:" + uid, "SEQUENCE:0", "DTSTAMP:" + st.Add(-96*time.Hour).Format("20060102T150405Z"),
		"DTSTART:" + start, "DTEND:" + st.Add(time.Hour).Format("20060102T150405Z"),
		"SUMMARY:Interview with Initech", "STATUS:" + status,
		"ORGANIZER;CN=Joanna Park:mailto:" + organizer,
		"ATTENDEE;CN=Peter Gibbons:mailto:peter.gibbons@initech.example",
		"ATTENDEE;CN=Sam Rivera:mailto:sam.rivera@example.org", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	m := textMessage(id, date, from, subject, text)
	m.HasCalendar, m.Calendars = true, [][]byte{[]byte(ics)}
	return m
}

// TestStrangersBookingMovesNothing: a move or a postponement joins an
// interview to another booking only when that booking comes from the
// employer or a scheduling system; a stranger's invitation that writes the
// employer's recruiter as ORGANIZER, or names the company, moves nothing.
func TestStrangersBookingMovesNothing(t *testing.T) {
	const joanna = "joanna.park@initech.example"
	textInterview := textMessage("t1@initech.example", "2026-11-20T10:00:00Z", joanna, "Interview with Initech",
		"Hi Sam,\n\nconfirming your interview on Tuesday, 1 December 2026 at 10:00 CET.\n\nJoanna Park\nInitech")
	moved := func(id, from string) mail.Message {
		return invitationMsg(id, "2026-11-24T10:00:00Z", from, "mv-"+id, "REQUEST", "20261203T130000Z", joanna,
			"Updated invitation: Interview with Initech (rescheduled)", "We had to reschedule your interview with Initech to Thursday.")
	}
	real := invitationMsg("a1@initech.example", "2026-11-20T10:00:00Z", joanna, "uid-a@initech.example", "REQUEST", "20261201T090000Z", joanna,
		"Invitation: Interview with Initech", "Your interview.")
	postponed := invitationMsg("a2@initech.example", "2026-11-24T10:00:00Z", joanna, "uid-a@initech.example", "CANCEL", "20261201T090000Z", joanna,
		"Canceled: Interview with Initech", "We have to postpone the interview; a new invitation follows.")
	rebooked := func(id, from string) mail.Message {
		return invitationMsg(id, "2026-11-24T11:00:00Z", from, "uid-"+id, "REQUEST", "20261208T090000Z", joanna,
			"Invitation: Interview with Initech", "Your interview.")
	}
	tests := []struct {
		name  string
		msgs  []mail.Message
		check func([]interview.Interview) bool // holds when the booking was taken
		taken bool
	}{
		{"a move by a stranger's invitation", []mail.Message{textInterview, moved("s1@outsider.example", "joanna@outsider.example")},
			func(ivs []interview.Interview) bool {
				return !slices.ContainsFunc(ivs, func(iv interview.Interview) bool { return iv.Start.Equal(utc("20261201T090000Z")) })
			}, false},
		{"a move by a scheduling system", []mail.Message{textInterview, moved("g1@greenhouse.io", "no-reply@greenhouse.io")},
			func(ivs []interview.Interview) bool {
				return !slices.ContainsFunc(ivs, func(iv interview.Interview) bool { return iv.Start.Equal(utc("20261201T090000Z")) })
			}, true},
		{"a postponement booked again by a stranger", []mail.Message{real, postponed, rebooked("s2@outsider.example", "joanna@outsider.example")},
			func(ivs []interview.Interview) bool {
				return slices.ContainsFunc(ivs, func(iv interview.Interview) bool {
					return iv.ICSUID == "uid-s2@outsider.example" && strings.Contains(iv.StatusReason, "postponed")
				})
			}, false},
		{"a postponement booked again by the recruiter", []mail.Message{real, postponed, rebooked("r2@initech.example", joanna)},
			func(ivs []interview.Interview) bool {
				return slices.ContainsFunc(ivs, func(iv interview.Interview) bool {
					return iv.ICSUID == "uid-r2@initech.example" && strings.Contains(iv.StatusReason, "postponed")
				})
			}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			if got := tc.check(ivs); got != tc.taken {
				for _, iv := range ivs {
					t.Logf("%s %s %q %s", iv.Start.UTC(), iv.Status, iv.ICSUID, iv.StatusReason)
				}
				t.Errorf("taken = %v, want %v", got, tc.taken)
			}
		})
	}
}

// TestUIDOrdersMailOfTheSameSecond: two messages that arrived in the same
// second are in the order the server took them, by UID, not by whatever
// Message-ID their senders chose.
func TestUIDOrdersMailOfTheSameSecond(t *testing.T) {
	real := textMessage("z-real@initech.example", "2026-11-20T10:00:00Z", "joanna.park@initech.example",
		"Interview with Initech – Senior Go Engineer",
		"Hi Sam,\n\nconfirming your interview on Tuesday, 1 December 2026 at 10:00 CET.\n\nJoanna Park\nInitech")
	forged := textMessage("a-forged@outsider.example", "2026-11-20T10:00:00Z", "joanna@outsider.example",
		"Interview with Initech – Senior Go Engineer",
		"Hi Sam,\n\nconfirming your interview on Tuesday, 1 December 2026 at 10:00 CET.\n\nJoanna\nInitech")
	real.UID, forged.UID = 2, 5
	ivs := interview.Build([]mail.Message{forged, real}, nil, sampleConfig())
	if len(ivs) != 1 || ivs[0].Organizer.Email != "joanna.park@initech.example" {
		t.Fatalf("interviews %+v, want one whose organizer is the first to arrive", ivs)
	}
}

// TestInvitationSettlesTheWords: "4pm Thursday is fine" is read as the
// nearest Thursday; the employer's invitation that follows, for the
// Thursday after at 16:00, is its last word, and one interview remains. A
// stranger's invitation, its ORGANIZER the recruiter, settles nothing.
func TestInvitationSettlesTheWords(t *testing.T) {
	const oliver = "oliver.grant@initech.example"
	words := textMessage("w1@initech.example", "2026-12-01T10:00:00Z", oliver, "Re: Initech - next step",
		"Hi Sam,\n\nThat works - 4pm Thursday is fine for the interview. I'll send an invite.\n\nOliver")
	invite := func(id, from string) mail.Message {
		return invitationMsg(id, "2026-12-02T09:00:00Z", from, "uid-"+id, "REQUEST", "20261210T150000Z", oliver,
			"Sam Rivera / Oliver Grant", "")
	}
	tests := []struct {
		name   string
		invite mail.Message
		starts []time.Time
	}{
		{"the employer's invitation", invite("i1@initech.example", oliver), []time.Time{utc("20261210T150000Z")}},
		{"a stranger's invitation", invite("i2@outsider.example", "oliver@outsider.example"), []time.Time{utc("20261203T150000Z"), utc("20261210T150000Z")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := buildStarts([]mail.Message{words, tc.invite})
			if !slices.EqualFunc(got, tc.starts, time.Time.Equal) {
				t.Errorf("starts %v, want %v", got, tc.starts)
			}
		})
	}
}

// TestAgencyForwardOfTheClientsInvitation: an agency forwards the
// client's invitation the user also received; the forward's words name
// the same interview at the same minute, not a second one, and the
// forwarded header's "Subject:" is no company.
func TestAgencyForwardOfTheClientsInvitation(t *testing.T) {
	const joanna = "joanna.park@initech.example"
	invite := invitationMsg("i1@initech.example", "2026-12-01T15:58:00Z", joanna, "uid-i1@initech.example", "REQUEST", "20261210T150000Z", joanna,
		"Interview with Initech", "Looking forward to it.")
	forward := textMessage("f1@harcourt-talent.example", "2026-12-01T16:30:00Z", "olivia.brandt@harcourt-talent.example", "FW: Interview: Sam Rivera - Senior Data Engineer",
		"Hi Sam,\n\nJoanna has sent over the invite for the first stage. I'm forwarding it below in case it lands in your spam.\n\nOlivia\n\n"+
			"-----Original Appointment-----\nFrom: Joanna Park <joanna.park@initech.example>\nSent: 01 December 2026 15:58\nTo: sam.rivera@example.org\n"+
			"Subject: Interview: Sam Rivera - Senior Data Engineer\nWhen: 10 December 2026 15:00-16:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"+
			"Where: Microsoft Teams Meeting\n\nHi Sam,\n\nThis is the first-stage interview for the Senior Data Engineer role.\n\nJoanna\n")
	ivs := interview.Build([]mail.Message{invite, forward}, nil, sampleConfig())
	if len(ivs) != 1 {
		for _, iv := range ivs {
			t.Logf("%s %q %s", iv.Start.UTC(), iv.Company, iv.Evidence)
		}
		t.Fatalf("Build found %d interviews, want 1", len(ivs))
	}
	if ivs[0].Company != "Initech" {
		t.Errorf("Company = %q, want Initech", ivs[0].Company)
	}
}

// TestInvitationPassedOnByItsInvitee: a friend forwards, from his own
// mailbox, the hiring system's confirmation of his interview to ask for
// tips; its invitation invites him, not the user, and is no interview of
// the user's. When it invites the user too, or when a recruiter's company
// address passes on a client's invitation it alone was sent, it is.
func TestInvitationPassedOnByItsInvitee(t *testing.T) {
	msg := func(from string, attendees ...string) mail.Message {
		lines := []string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SmartRecruiters//EN", "METHOD:REQUEST",
			"BEGIN:VEVENT", "UID:sr-interview-1", "SEQUENCE:0", "DTSTAMP:20261130T131205Z",
			"DTSTART:20261207T090000Z", "DTEND:20261207T100000Z",
			"SUMMARY:Interview: Data Analyst (Pricing) - Orchard Retail",
			"LOCATION:Orchard Retail GmbH\\, Friedrichstrasse 68\\, 10117 Berlin",
			"ORGANIZER;CN=Orchard Retail:mailto:noreply@smartrecruiters.com"}
		for _, a := range attendees {
			lines = append(lines, "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"+a)
		}
		lines = append(lines, "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", "")
		m := textMessage("fwd1@x", "2026-11-30T18:48:50Z", from, "Fwd: Interview confirmation - Data Analyst (Pricing) at Orchard Retail",
			"Hey Sam,\n\nhast du ein paar Tipps für mich? Ist am Montag um 10 bei denen im Büro.\n\nTom\n\n"+
				"Von: \"Orchard Retail\" <noreply@smartrecruiters.com>\nBetreff: Interview confirmation - Data Analyst (Pricing) at Orchard Retail\n\n"+
				"We're pleased to confirm your interview for the position of Data Analyst (Pricing).")
		m.HasCalendar, m.Calendars = true, [][]byte{[]byte(strings.Join(lines, "\r\n"))}
		return m
	}
	tests := []struct {
		name string
		msg  mail.Message
		want int
	}{
		{"a friend's own, forwarded", msg("tom.becker@gmx.de", "tom.becker@gmx.de"), 0},
		{"a friend's that invites the user too", msg("tom.becker@gmx.de", "tom.becker@gmx.de", "sam.rivera@example.org"), 1},
		{"a recruiter passes on the client's", msg("tom@harbourtalent.example", "tom@harbourtalent.example"), 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := interview.Build([]mail.Message{tc.msg}, nil, sampleConfig()); len(got) != tc.want {
				t.Errorf("%d interviews, want %d: %+v", len(got), tc.want, got)
			}
		})
	}
}

// TestWebinarInvitationInAnyInflection: a job board's webinar about job
// interviews, sent as a calendar invitation with a video link and titled
// in Latvian, is an event, not the user's interview.
func TestWebinarInvitationInAnyInflection(t *testing.T) {
	ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CV//Webinars//LV", "METHOD:REQUEST",
		"BEGIN:VEVENT", "UID:webinar-20261210-4417@cv.example", "SEQUENCE:0", "DTSTAMP:20261124T183005Z",
		"DTSTART:20261210T150000Z", "DTEND:20261210T160000Z",
		"SUMMARY:Vebinārs: Kā strādāt Latvijā – darba intervijas\\, līgumi un nodokļi",
		"LOCATION:https://us06web.zoom.us/j/84412093377",
		"ORGANIZER;CN=CV:mailto:noreply@cv.example",
		"ATTENDEE;CN=Sam Rivera;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sam.rivera@example.org",
		"STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	m := textMessage("w1@cv.example", "2026-11-24T18:30:05Z", "noreply@cv.example", "Reģistrācija apstiprināta",
		"Sveiki, Sam!\n\nPaldies par reģistrāciju. Jūsu vieta vebinārā ir apstiprināta.\n\nDatums: ceturtdien, 10. decembrī\nLaiks: plkst. 17:00–18:00")
	m.HasCalendar, m.Calendars = true, [][]byte{[]byte(ics)}
	if ivs := interview.Build([]mail.Message{m}, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("%d interviews, want none: %+v", len(ivs), ivs[0])
	}
}

// TestSystemInvitationsPeopleSpeakForIt: a hiring system sends the
// invitation from its own address, with the employer's recruiter as
// ORGANIZER and the team lead as ATTENDEE. When the team lead later calls
// the interview off from his own mailbox, in a thread of his own and
// without the word "interview", it is that interview's cancellation; the
// same words from a stranger cancel nothing.
func TestSystemInvitationsPeopleSpeakForIt(t *testing.T) {
	invite := invitationMsg("inv@recruitee.com", "2026-12-01T10:33:00Z", "no-reply@recruitee.com", "recruitee-event-1@recruitee.com",
		"REQUEST", "20261209T140000Z", "joanna.park@initech.example", "Uitnodiging: Kennismakingsgesprek – Product Owner",
		"Hoi Sam,\n\nleuk dat je hebt gesolliciteerd! Hierbij de uitnodiging voor een kennismakingsgesprek.\n\nGroetjes,\nJoanna Park")
	invite.From[0].Name = "Joanna Park (Initech)"
	const offWords = "Hoi Sam,\n\nvervelend nieuws: de vacature gaat voorlopig on hold. Het gesprek van woensdag gaat daarom helaas niet door.\n\nMet vriendelijke groet,\nPeter Gibbons\nTeamlead Data"
	// The same invitation sent by a stranger's own mailbox: its ICS may
	// name anyone, and speaks for no one at Initech.
	strangers := invitationMsg("inv@outsider.example", "2026-12-01T10:33:00Z", "mallory@outsider.example", "outsider-event-1@outsider.example",
		"REQUEST", "20261209T140000Z", "joanna.park@initech.example", "Uitnodiging: Kennismakingsgesprek – Product Owner",
		"Hoi Sam,\n\nleuk dat je hebt gesolliciteerd! Hierbij de uitnodiging voor een kennismakingsgesprek.\n\nGroetjes,\nMallory")
	for _, tc := range []struct {
		name, from string
		invite     mail.Message
		want       interview.Status
	}{
		{"an attendee at the employer", "peter.gibbons@initech.example", invite, interview.Cancelled},
		{"a stranger", "peter.gibbons@outsider2.example", invite, interview.Scheduled},
		{"an attendee named by a stranger's invitation", "peter.gibbons@initech.example", strangers, interview.Scheduled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			off := textMessage("off@"+domainOfTest(tc.from), "2026-12-07T09:12:30Z", tc.from, "Gesprek woensdag", offWords)
			ivs := interview.Build([]mail.Message{tc.invite, off}, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("%d interviews, want 1", len(ivs))
			}
			if ivs[0].Status != tc.want {
				t.Errorf("Status = %s (%s), want %s", ivs[0].Status, ivs[0].StatusReason, tc.want)
			}
		})
	}
}
