package interview_test

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/calendar"
	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

const testUID = "merge-1@initech.example"

// vevent is one invitation as a calendar system would send it.
type vevent struct {
	method, status string
	seq            int
	stamp          string // DTSTAMP, UTC
	start          string // DTSTART, UTC
	summary        string
	rrule          string // RRULE value, empty for a single event
	// organizer is the ORGANIZER's address, the user the one attendee
	// then; empty for Initech's Joanna Park with Peter Gibbons.
	organizer string
	uid       string   // empty for testUID
	extra     []string // more properties: DESCRIPTION, a Teams URL
}

func (v vevent) ics() []byte {
	if v.summary == "" {
		v.summary = "Interview with Initech"
	}
	if v.status == "" {
		v.status = "CONFIRMED"
	}
	start, _ := time.Parse("20060102T150405Z", v.start)
	lines := []string{
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "METHOD:" + v.method,
		"BEGIN:VEVENT", "UID:" + cmp.Or(v.uid, testUID), fmt.Sprintf("SEQUENCE:%d", v.seq), "DTSTAMP:" + cmp.Or(v.stamp, "20261120T100000Z"),
		"DTSTART:" + v.start, "DTEND:" + start.Add(time.Hour).Format("20060102T150405Z"),
		"SUMMARY:" + v.summary, "STATUS:" + v.status,
	}
	if v.rrule != "" {
		lines = append(lines, "RRULE:"+v.rrule)
	}
	lines = append(lines, v.extra...)
	if v.organizer != "" {
		lines = append(lines, "ORGANIZER:mailto:"+v.organizer,
			"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Rivera:mailto:sam.rivera@example.org")
	} else {
		lines = append(lines,
			"ORGANIZER;CN=Joanna Park:mailto:joanna.park@initech.example",
			"ATTENDEE;CN=Peter Gibbons:mailto:peter.gibbons@initech.example",
			"ATTENDEE;CN=Sam Rivera:mailto:sam.rivera@example.org")
	}
	lines = append(lines, "END:VEVENT", "END:VCALENDAR", "")
	return []byte(strings.Join(lines, "\r\n"))
}

// calMessageFrom is a message from v's organizer carrying v, with its
// own subject and text.
func calMessageFrom(id, date, subject, text string, v vevent) mail.Message {
	m := textMessage(id, date, v.organizer, subject, text)
	m.HasCalendar, m.Calendars = true, [][]byte{v.ics()}
	return m
}

func calMessage(id, date string, v vevent) mail.Message {
	d, _ := time.Parse(time.RFC3339, date)
	return mail.Message{
		Summary: mail.Summary{
			Mailbox: "INBOX", MessageID: id, Date: d, Subject: v.summary,
			From:        []mail.Address{{Name: "Joanna Park", Email: "joanna.park@initech.example"}},
			To:          []mail.Address{{Name: "Sam Rivera", Email: "sam.rivera@example.org"}},
			HasCalendar: true,
		},
		Text:      "Invitation from the calendar.",
		Calendars: [][]byte{v.ics()},
	}
}

// namedMessage is textMessage from a sender of that display name: a
// hiring system's, a job board's, a person's as their directory writes it.
func namedMessage(id, date, name, from, subject, text string) mail.Message {
	m := textMessage(id, date, from, subject, text)
	m.From = addr(name, from)
	return m
}

func textMessage(id, date, from, subject, text string) mail.Message {
	d, _ := time.Parse(time.RFC3339, date)
	return mail.Message{
		Summary: mail.Summary{
			Mailbox: "INBOX", MessageID: id, Date: d, Subject: subject,
			From: []mail.Address{{Name: "Joanna Park", Email: from}},
			To:   []mail.Address{{Name: "Sam Rivera", Email: "sam.rivera@example.org"}},
		},
		Text: text,
	}
}

// wantOneAt fails t unless ivs is one interview starting at start (as
// utc reads it), listing what was built otherwise.
func wantOneAt(t *testing.T, ivs []interview.Interview, start string) {
	t.Helper()
	if len(ivs) == 1 && ivs[0].Start.Equal(utc(start)) {
		return
	}
	for _, iv := range ivs {
		t.Logf("%q at %s (%s)", iv.Company, iv.Start.UTC(), iv.StatusReason)
	}
	t.Fatalf("%d interviews, want one at %s", len(ivs), utc(start))
}

func utc(s string) time.Time {
	t, err := time.Parse("20060102T150405Z", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestBuildMerge(t *testing.T) {
	invite := calMessage("a@x", "2026-11-20T10:00:00Z", vevent{method: "REQUEST", seq: 0, stamp: "20261120T100000Z", start: "20261201T090000Z"})
	moved := calMessage("b@x", "2026-11-22T10:00:00Z", vevent{method: "REQUEST", seq: 1, stamp: "20261122T100000Z", start: "20261202T130000Z"})
	cancel := calMessage("c@x", "2026-11-24T10:00:00Z", vevent{method: "CANCEL", seq: 2, stamp: "20261124T100000Z", start: "20261202T130000Z", status: "CANCELLED"})
	reinvite := calMessage("d@x", "2026-11-25T10:00:00Z", vevent{method: "REQUEST", seq: 3, stamp: "20261125T100000Z", start: "20261203T130000Z", summary: "Chat with Peter"})
	// Same SEQUENCE, later DTSTAMP, but delivered first.
	sameSeqLater := calMessage("e@x", "2026-11-21T09:00:00Z", vevent{method: "REQUEST", seq: 0, stamp: "20261121T080000Z", start: "20261201T140000Z"})
	// An old version delivered late.
	stale := calMessage("f@x", "2026-11-26T10:00:00Z", vevent{method: "REQUEST", seq: 0, stamp: "20261119T100000Z", start: "20261130T090000Z"})
	rejection := textMessage("g@x", "2026-11-23T10:00:00Z", "joanna.park@initech.example", "Your application",
		"Unfortunately, we have decided to move forward with other candidates.")
	// A text confirmation of the same slot from the recruiter (±1h).
	textConf := textMessage("h@x", "2026-11-19T10:00:00Z", "joanna.park@initech.example", "Interview with Initech",
		"Confirming your interview with Initech on Tuesday, December 1 at 10:30 AM CET.")
	feedMoved := calendar.Event{UID: testUID, Sequence: 4, Stamp: utc("20261126T100000Z"), Summary: "Interview with Initech",
		Start: utc("20261204T100000Z"), End: utc("20261204T110000Z"),
		Organizer: calendar.Person{Name: "Joanna Park", Email: "joanna.park@initech.example"}}

	tests := []struct {
		name       string
		msgs       []mail.Message
		feed       []calendar.Event
		start      string
		status     interview.Status
		sequence   int
		invitedAt  string
		threadSize int
	}{
		{"invitation alone", []mail.Message{invite}, nil, "20261201T090000Z", interview.Scheduled, 0, "2026-11-20T10:00:00Z", 1},
		{"higher SEQUENCE moves it", []mail.Message{moved, invite}, nil, "20261202T130000Z", interview.Scheduled, 1, "2026-11-20T10:00:00Z", 2},
		{"equal SEQUENCE: later DTSTAMP wins", []mail.Message{sameSeqLater, invite}, nil, "20261201T140000Z", interview.Scheduled, 0, "2026-11-20T10:00:00Z", 2},
		{"a stale version delivered late is ignored", []mail.Message{stale, moved, invite}, nil, "20261202T130000Z", interview.Scheduled, 1, "2026-11-20T10:00:00Z", 3},
		{"CANCEL", []mail.Message{invite, cancel, moved}, nil, "20261202T130000Z", interview.Cancelled, 2, "2026-11-20T10:00:00Z", 3},
		{"invited again after a cancel, without interview words", []mail.Message{reinvite, cancel, invite}, nil, "20261203T130000Z", interview.Scheduled, 3, "2026-11-20T10:00:00Z", 3},
		{"rejection keeps through a later update", []mail.Message{invite, moved, rejection}, nil, "20261202T130000Z", interview.Rejected, 1, "2026-11-20T10:00:00Z", 2},
		{"a feed event with the same UID updates the mail's interview", []mail.Message{invite, moved}, []calendar.Event{feedMoved}, "20261204T100000Z", interview.Scheduled, 4, "2026-11-20T10:00:00Z", 2},
		{"text confirmation of the same slot merges", []mail.Message{invite, textConf}, nil, "20261201T090000Z", interview.Scheduled, 0, "2026-11-19T10:00:00Z", 2},
	}
	cfg := sampleConfig()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, tc.feed, cfg)
			if len(ivs) != 1 {
				t.Fatalf("Build found %d interviews, want 1: %s", len(ivs), mustJSON(ivs))
			}
			iv := ivs[0]
			if !iv.Start.Equal(utc(tc.start)) {
				t.Errorf("Start = %s, want %s", iv.Start.UTC().Format(time.RFC3339), utc(tc.start).Format(time.RFC3339))
			}
			if iv.Status != tc.status || iv.Sequence != tc.sequence {
				t.Errorf("Status, Sequence = %s, %d; want %s, %d (%s)", iv.Status, iv.Sequence, tc.status, tc.sequence, iv.StatusReason)
			}
			if got := iv.InvitedAt.UTC().Format(time.RFC3339); got != tc.invitedAt {
				t.Errorf("InvitedAt = %s, want %s", got, tc.invitedAt)
			}
			if len(iv.Thread) != tc.threadSize {
				t.Errorf("Thread = %v, want %d ids", iv.Thread, tc.threadSize)
			}
			sum := sha256.Sum256([]byte("ics:" + testUID))
			if want := hex.EncodeToString(sum[:6]); iv.ID != want {
				t.Errorf("ID = %s, want %s (from the UID, whatever the versions)", iv.ID, want)
			}
			if iv.Company != "Initech" || iv.Organizer.Email != "joanna.park@initech.example" {
				t.Errorf("Company, Organizer = %q, %q", iv.Company, iv.Organizer.Email)
			}
		})
	}
}

func TestBuildFeedOnly(t *testing.T) {
	ev := func(uid, summary, organizer string) calendar.Event {
		return calendar.Event{UID: uid, Summary: summary, Stamp: utc("20261120T100000Z"),
			Start: utc("20261201T090000Z"), End: utc("20261201T100000Z"),
			Organizer: calendar.Person{Email: organizer}}
	}
	tests := []struct {
		name    string
		ev      calendar.Event
		want    int
		company string
	}{
		{"interview words", ev("f1@x", "Interview with Hooli", "denise.lu@hooli.example"), 1, "Hooli"},
		{"company from the organizer's domain", ev("f2@x", "Phone screen", "denise.lu@hooli.example"), 1, "Hooli"},
		{"no interview words", ev("f3@x", "Dentist", "frontdesk@dentist.example"), 0, ""},
		{"the user's own employer", ev("f4@x", "Interview: candidate Jamie", "carol@globex.example"), 0, ""},
		{"no UID", ev("", "Interview with Hooli", "denise.lu@hooli.example"), 0, ""},
	}
	cfg := sampleConfig()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(nil, []calendar.Event{tc.ev}, cfg)
			if len(ivs) != tc.want {
				t.Fatalf("Build found %d interviews, want %d", len(ivs), tc.want)
			}
			if tc.want == 1 && (ivs[0].Company != tc.company || ivs[0].InvitedAt.IsZero() || ivs[0].ICSUID != tc.ev.UID) {
				t.Errorf("got %s", mustJSON(ivs[0]))
			}
		})
	}
}

func TestBuildTextOnlyID(t *testing.T) {
	conf := textMessage("conf-1@umbrella.example", "2026-11-26T10:00:00Z", "jane.doe@umbrella.example", "Phone interview",
		"Confirming our phone interview on Thursday, December 3 at 4:00 PM CET.")
	ivs := interview.Build([]mail.Message{conf}, nil, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("Build found %d interviews", len(ivs))
	}
	sum := sha256.Sum256([]byte("mid:conf-1@umbrella.example"))
	if want := hex.EncodeToString(sum[:6]); ivs[0].ID != want {
		t.Errorf("ID = %s, want %s", ivs[0].ID, want)
	}
	if ivs[0].Company != "Umbrella" {
		t.Errorf("Company = %q", ivs[0].Company)
	}
}

// TestBuildSeriesByMail: a recurring invitation by mail is not expanded;
// its versions stand for the series' first instance, however often the
// series was moved.
func TestBuildSeriesByMail(t *testing.T) {
	const weekly = "FREQ=WEEKLY;COUNT=3"
	invite := calMessage("a@x", "2026-11-20T10:00:00Z", vevent{method: "REQUEST", seq: 0, stamp: "20261120T100000Z", start: "20261201T090000Z", rrule: weekly})
	moved := calMessage("b@x", "2026-11-22T10:00:00Z", vevent{method: "REQUEST", seq: 1, stamp: "20261122T100000Z", start: "20261203T130000Z", rrule: weekly})
	// Same SEQUENCE as invite, later DTSTAMP, delivered first.
	sameSeqLater := calMessage("e@x", "2026-11-19T09:00:00Z", vevent{method: "REQUEST", seq: 0, stamp: "20261121T080000Z", start: "20261202T140000Z", rrule: weekly})
	cancel := calMessage("c@x", "2026-11-24T10:00:00Z", vevent{method: "CANCEL", seq: 2, stamp: "20261124T100000Z", start: "20261203T130000Z", status: "CANCELLED", rrule: weekly})
	// The moved series' first instance as an expanded feed shows it.
	feedFirst := calendar.Event{UID: testUID, Sequence: 1, Stamp: utc("20261126T100000Z"), Summary: "Interview with Initech",
		RecurrenceID: utc("20261203T130000Z"), Start: utc("20261203T130000Z"), End: utc("20261203T140000Z"),
		Organizer: calendar.Person{Name: "Joanna Park", Email: "joanna.park@initech.example"}}
	id := func(rid string) string {
		sum := sha256.Sum256([]byte("ics:" + testUID + "|" + utc(rid).Format(time.RFC3339)))
		return hex.EncodeToString(sum[:6])
	}

	tests := []struct {
		name       string
		msgs       []mail.Message
		feed       []calendar.Event
		start      string
		status     interview.Status
		sequence   int
		reason     string // part of StatusReason
		threadSize int
	}{
		{"a series alone", []mail.Message{invite}, nil, "20261201T090000Z", interview.Scheduled, 0, "invited by message <a@x>", 1},
		{"a higher SEQUENCE moves the series", []mail.Message{invite, moved}, nil, "20261203T130000Z", interview.Scheduled, 1, "rescheduled by message <b@x>", 2},
		{"the stale version delivered late is ignored", []mail.Message{moved, calMessage("a@x", "2026-11-25T10:00:00Z",
			vevent{method: "REQUEST", seq: 0, stamp: "20261120T100000Z", start: "20261201T090000Z", rrule: weekly})},
			nil, "20261203T130000Z", interview.Scheduled, 1, "rescheduled by message <b@x>", 2},
		{"equal SEQUENCE: later DTSTAMP wins", []mail.Message{invite, sameSeqLater}, nil, "20261202T140000Z", interview.Scheduled, 0, "rescheduled by message <e@x>", 2},
		{"the moved series meets its first instance from the feed", []mail.Message{invite, moved}, []calendar.Event{feedFirst},
			"20261203T130000Z", interview.Scheduled, 1, "rescheduled by message <b@x>", 2},
		{"a series CANCEL after the move", []mail.Message{cancel, moved, invite}, nil, "20261203T130000Z", interview.Cancelled, 2, "cancelled by message <c@x>", 3},
	}
	cfg := sampleConfig()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, tc.feed, cfg)
			if len(ivs) != 1 {
				t.Fatalf("Build found %d interviews, want 1: %s", len(ivs), mustJSON(ivs))
			}
			iv := ivs[0]
			if want := id(tc.start); iv.ID != want {
				t.Errorf("ID = %s, want %s (from the UID and the winning start)", iv.ID, want)
			}
			if !iv.Start.Equal(utc(tc.start)) {
				t.Errorf("Start = %s, want %s", iv.Start.UTC().Format(time.RFC3339), utc(tc.start).Format(time.RFC3339))
			}
			if iv.Status != tc.status || iv.Sequence != tc.sequence || !strings.Contains(iv.StatusReason, tc.reason) {
				t.Errorf("Status, Sequence = %s, %d (%q); want %s, %d (%q)", iv.Status, iv.Sequence, iv.StatusReason,
					tc.status, tc.sequence, tc.reason)
			}
			if len(iv.Thread) != tc.threadSize {
				t.Errorf("Thread = %v, want %d ids", iv.Thread, tc.threadSize)
			}
		})
	}
}

// TestStrangerAtTheSameMinuteJoinsNothing: someone outside the employer
// who writes of an interview at the minute of a real invitation makes no
// part of that interview (DESIGN, Trust): the merge of interviews at one
// minute holds only for the same people. (A stranger who also names the
// company still joins its thread: issue 9.)
func TestStrangerAtTheSameMinuteJoinsNothing(t *testing.T) {
	inv := calMessage("inv@initech.example", "2026-11-20T10:00:00Z", vevent{method: "REQUEST", stamp: "20261120T100000Z", start: "20261201T090000Z"})
	// Naming no company, at the minute of the invitation: only the merge
	// of interviews at one minute could join it to the employer's.
	stranger := textMessage("x@outsider.example", "2026-11-21T10:00:00Z", "mallory.recruits@gmail.com", "Your interview",
		"Your interview is confirmed for Tuesday, 1 December 2026 at 09:00 UTC.")
	for _, iv := range interview.Build([]mail.Message{inv, stranger}, nil, sampleConfig()) {
		if iv.ICSUID == "" {
			continue
		}
		for _, id := range iv.Thread {
			if id == "x@outsider.example" {
				t.Errorf("the stranger's message joined the invitation's interview: thread %v", iv.Thread)
			}
		}
		if iv.Organizer.Email != "joanna.park@initech.example" {
			t.Errorf("organizer = %q, want joanna.park@initech.example", iv.Organizer.Email)
		}
	}
}

// TestMergeKeepsTheCompanyTheDomainNames: a recruiter's mail names the
// company, the calendar invitation that follows names the team after the
// candidate ("Entrevista técnica – Sam Rivera | Plataforma"). The merged
// interview is with the company whose domain its people write from.
func TestMergeKeepsTheCompanyTheDomainNames(t *testing.T) {
	const from = "joanna.park@initech-robotics.example"
	confirmed := textMessage("t1@initech-robotics.example", "2026-11-20T10:00:00Z", from,
		"Initech Robotics | Technical interview - Backend Engineer",
		"Hi Sam,\n\nconfirming your technical interview on Tuesday, 1 December 2026 at 10:00 CET.\n\nJoanna")
	for _, summary := range []string{"Technical interview – Sam Rivera | Platform", "Platform: technical interview (Sam Rivera)"} {
		inv := calMessage("c1@initech-robotics.example", "2026-11-20T11:00:00Z",
			vevent{method: "REQUEST", stamp: "20261120T110000Z", start: "20261201T090000Z", summary: summary})
		inv.From[0].Email = from
		inv.Calendars[0] = []byte(strings.ReplaceAll(string(inv.Calendars[0]), "@initech.example", "@initech-robotics.example"))
		ivs := interview.Build([]mail.Message{confirmed, inv}, nil, sampleConfig())
		if len(ivs) != 1 {
			t.Fatalf("%q: %d interviews, want 1: %+v", summary, len(ivs), ivs)
		}
		if ivs[0].Company != "Initech Robotics" {
			t.Errorf("%q: company %q, want Initech Robotics (%s)", summary, ivs[0].Company, ivs[0].Why.Company)
		}
	}
}

// TestInvitationTitleTeamIsNotTheCompany: an Outlook invitation titled
// "Interview: Sam Rivera – Engineering Manager, Claims Platform" from
// Harrowgate Insurance is Harrowgate's, for the title with its team.
func TestInvitationTitleTeamIsNotTheCompany(t *testing.T) {
	const summary = "Interview: Sam Rivera – Engineering Manager, Claims Platform"
	inv := calMessage("c1@harrowgate.example", "2026-11-20T11:00:00Z",
		vevent{method: "REQUEST", stamp: "20261120T110000Z", start: "20261209T103000Z", summary: summary})
	inv.From = []mail.Address{{Name: "Helen Marsh", Email: "helen.marsh@harrowgate.example"}}
	inv.Text = "Hi Sam, here is the invitation for Wednesday.\n\nHelen Marsh\nTalent Partner | Harrowgate Insurance"
	inv.Calendars[0] = []byte(strings.ReplaceAll(string(inv.Calendars[0]), "@initech.example", "@harrowgate.example"))
	ivs := interview.Build([]mail.Message{inv}, nil, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("%d interviews, want 1: %+v", len(ivs), ivs)
	}
	if ivs[0].Company != "Harrowgate Insurance" || ivs[0].Role != "Engineering Manager, Claims Platform" {
		t.Errorf("company %q, role %q; want Harrowgate Insurance, Engineering Manager, Claims Platform (%s)", ivs[0].Company, ivs[0].Role, ivs[0].Why.Company)
	}
}

// TestCompanyWrittenOutOverTheDomainsShortening: the organiser's domain
// shortens the company's name (harbourline-log for Harbour Line Logistics);
// the name its people write is the company's, not the domain's spelling.
// A person's name that shares a word with the domain is not.
func TestCompanyWrittenOutOverTheDomainsShortening(t *testing.T) {
	for _, tc := range []struct{ name, summary, signature, want string }{
		{"the signature's company", "Interview: Sam Rivera", "Helen Marsh\nTalent Partner | Harbour Line Logistics", "Harbour Line Logistics"},
		{"the title's company", "Interview with Harbour Line Logistics", "Helen", "Harbour Line Logistics"},
		{"a person named like the domain", "Interview: Sam Rivera", "Mr Omar Harbour\nTalent Partner", "Harbourline-Log"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inv := calMessage("c1@harbourline-log.example", "2026-11-20T11:00:00Z",
				vevent{method: "REQUEST", stamp: "20261120T110000Z", start: "20261209T103000Z", summary: tc.summary})
			inv.From = []mail.Address{{Name: "Helen Marsh", Email: "helen.marsh@harbourline-log.example"}}
			inv.Text = "Hi Sam, here is the invitation for Wednesday.\n\n" + tc.signature
			inv.Calendars[0] = []byte(strings.ReplaceAll(string(inv.Calendars[0]), "@initech.example", "@harbourline-log.example"))
			ivs := interview.Build([]mail.Message{inv}, nil, sampleConfig())
			if len(ivs) != 1 || ivs[0].Company != tc.want {
				for _, iv := range ivs {
					t.Logf("%q (%s)", iv.Company, iv.Why.Company)
				}
				t.Fatalf("want one interview with %s", tc.want)
			}
		})
	}
	// Known first by the domain's spelling, then written out by a later
	// message of the thread.
	invite := textMessage("i1@harbourline-log.example", "2026-11-20T11:00:00Z", "helen.marsh@harbourline-log.example",
		"Interview invitation", "Hi Sam,\n\nwe would like to invite you to an interview on Wednesday, 9 December 2026 at 11:30 CET.\n\nHelen")
	reminder := textMessage("i2@harbourline-log.example", "2026-12-07T09:00:00Z", "helen.marsh@harbourline-log.example",
		"Re: Interview invitation", "Hi Sam,\n\na reminder of your interview with Harbour Line Logistics on Wednesday, 9 December 2026 at 11:30 CET.\n\nHelen")
	reminder.InReplyTo, reminder.References = []string{"i1@harbourline-log.example"}, []string{"i1@harbourline-log.example"}
	ivs := interview.Build([]mail.Message{invite, reminder}, nil, sampleConfig())
	if len(ivs) != 1 || ivs[0].Company != "Harbour Line Logistics" {
		for _, iv := range ivs {
			t.Logf("%q (%s)", iv.Company, iv.Why.Company)
		}
		t.Fatal("want one interview with Harbour Line Logistics, as the thread writes it out")
	}
}

// TestNoticeOfTheSlotBeforeAMove: an applicant tracking system's notice
// names the slot the calendar invitation had before its update moved it;
// it is the same interview, at the new time.
func TestNoticeOfTheSlotBeforeAMove(t *testing.T) {
	invite := calMessage("a@x", "2026-11-20T10:00:00Z", vevent{method: "REQUEST", seq: 0, stamp: "20261120T100000Z", start: "20261214T150000Z"})
	notice := textMessage("w@x", "2026-11-20T10:05:00Z", "initech@myworkday.com", "Interview Scheduled with Initech",
		"Your interview with Initech has been scheduled.\nDate: Monday, December 14, 2026\nTime: 10:00 AM - 11:00 AM Eastern Time")
	notice.From[0].Name = "Initech"
	moved := calMessage("b@x", "2026-11-25T10:00:00Z", vevent{method: "REQUEST", seq: 1, stamp: "20261125T100000Z", start: "20261215T140000Z"})
	ivs := interview.Build([]mail.Message{invite, notice, moved}, nil, sampleConfig())
	if len(ivs) != 1 {
		for _, iv := range ivs {
			t.Logf("%s at %v (%s)", iv.Company, iv.Start, iv.Why.Time)
		}
		t.Fatalf("%d interviews, want 1", len(ivs))
	}
	if want := utc("20261215T140000Z"); !ivs[0].Start.Equal(want) {
		t.Errorf("start %v, want %v", ivs[0].Start, want)
	}
}

// TestSchedulerCancelsTheSlotItBooked: a booking page's "Canceled:" notice
// names the event and its slot, not the company. It cancels the interview
// the same scheduler booked at that slot, and nothing else.
func TestSchedulerCancelsTheSlotItBooked(t *testing.T) {
	const from = "notifications@calendly.com"
	booked := textMessage("b1@calendly.com", "2026-11-25T10:00:00Z", from,
		"New Event: Jobsamtale (30 min) with Mette Holm - Skovgaard Digital",
		"Hi Sam Rivera,\n\nYour Jobsamtale (30 min) with Mette Holm at 09:00am (Central European Time) on Thursday, December 10, 2026 is scheduled.\n\n"+
			"Event Type: Jobsamtale – Engineering Manager hos Skovgaard Digital")
	cancel := func(day string) mail.Message {
		return textMessage("c1@calendly.com", "2026-11-30T10:00:00Z", from,
			"Canceled: Jobsamtale (30 min) with Mette Holm on Thursday, December "+day+", 2026",
			"Hi Sam Rivera,\n\nMette Holm has canceled the following event.\n\nEvent Date/Time:\n09:00am - Thursday, December "+day+", 2026 (Central European Time)")
	}
	tests := []struct {
		name   string
		cancel mail.Message
		want   interview.Status
	}{
		{"the booked slot", cancel("10"), interview.Cancelled},
		{"another slot", cancel("17"), interview.Scheduled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build([]mail.Message{booked, tc.cancel}, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("%d interviews, want 1: %+v", len(ivs), ivs)
			}
			if ivs[0].Status != tc.want {
				t.Errorf("status %s (%s), want %s", ivs[0].Status, ivs[0].StatusReason, tc.want)
			}
		})
	}
}

// TestAgencyMailBesideItsClientsInvitation: a consultancy confirms in
// words an interview with its client, and the client's own invitation
// for the same minute names the consultancy. The user sits one
// interview, the client's; the consultancy's name is no part of the
// job's title.
func TestAgencyMailBesideItsClientsInvitation(t *testing.T) {
	agency := textMessage("esn-1@orbis-conseil.example", "2026-11-24T16:52:00Z", "julien.marchetti@orbis-conseil.example",
		"Mission Lead Dev Python - Crédit Valmont - entretien client",
		"Bonjour Sam,\n\nVotre profil a retenu l'attention de notre client, le Crédit Valmont, pour la mission de Lead Dev Python.\n\n"+
			"Je vous propose un entretien avec le client final le jeudi 10 décembre à 10h30, en visio (Teams), d'une durée d'une heure environ. "+
			"M. Lefebvre vous enverra directement l'invitation Teams.\n\nBien cordialement,\n\nJulien Marchetti\nBusiness Manager\nORBIS CONSEIL")
	ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:Microsoft Exchange Server 2010", "METHOD:REQUEST",
		"BEGIN:VEVENT", "UID:cv-1@credit-valmont.example", "SEQUENCE:0", "DTSTAMP:20261125T081400Z",
		"DTSTART:20261210T093000Z", "DTEND:20261210T103000Z",
		"SUMMARY:Entretien - Mission Lead Dev Python (Orbis Conseil) - S. Rivera",
		"ORGANIZER;CN=LEFEBVRE Arnaud:mailto:arnaud.lefebvre@credit-valmont.example",
		"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=GIRARD Sophie:mailto:sophie.girard@credit-valmont.example",
		"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Rivera:mailto:sam.rivera@example.org",
		"LOCATION:Réunion Microsoft Teams", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	client := mail.Message{Summary: mail.Summary{
		Mailbox: "INBOX", MessageID: "cv-inv@credit-valmont.example", Date: utc("20261125T081400Z"),
		Subject: "Entretien - Mission Lead Dev Python (Orbis Conseil) - S. Rivera",
		From:    addr("LEFEBVRE Arnaud", "arnaud.lefebvre@credit-valmont.example"), To: addr("Sam Rivera", "sam.rivera@example.org"),
		HasCalendar: true,
	}, Text: "Bonjour,\n\nArnaud Lefebvre\nCrédit Valmont – Direction des Systèmes d'Information\n\nRéunion Microsoft Teams", Calendars: [][]byte{[]byte(ics)}}
	ivs := interview.Build([]mail.Message{agency, client}, nil, sampleConfig())
	if len(ivs) != 1 {
		for _, iv := range ivs {
			t.Logf("%s %s %q", iv.Start, iv.Company, iv.Role)
		}
		t.Fatalf("Build found %d interviews, want 1", len(ivs))
	}
	if iv := ivs[0]; iv.Company != "Crédit Valmont" || iv.Role != "Lead Dev Python" || !iv.Start.Equal(utc("20261210T093000Z")) {
		t.Errorf("interview = %s %q %q; want 2026-12-10 09:30 UTC, Crédit Valmont, Lead Dev Python", iv.Start, iv.Company, iv.Role)
	}
}

// TestSearchFirmNamesClientInItsText: a search firm's partner names the
// client only in his mail's text, under a subject that keeps the search
// confidential, and its CTO's assistant invites for the same minute from
// the client's domain. The user sits one interview, the client's. A
// mail that does not name the client stays its own interview.
func TestSearchFirmNamesClientInItsText(t *testing.T) {
	const subject = "RE: Confidential search - VP Engineering, Platform"
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the client named", "Hi Sam,\n\nThey would like to meet you, so I can now share who they are: Voltaris Mobility.\n\n" +
			"First step is a video call with Marieke de Vries, their CTO. Her EA has proposed Tuesday 8 December at 16:30 CET for an hour on Google Meet and will send you a calendar invitation directly.\n\nBest,\nDaniel\n\nDaniel Okafor\nPartner | Brightwater Harlow",
			[]string{"Voltaris"}},
		{"another client named", "Hi Sam,\n\nGood news from Kestrel Payments: the interview with their CTO is confirmed for Tuesday 8 December at 16:30 CET on Google Meet.\n\nBest,\nDaniel\n\nDaniel Okafor\nPartner | Brightwater Harlow",
			[]string{"Brightwater Harlow", "Voltaris"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			firm := textMessage("bh-1@brightwaterharlow.example", "2026-12-04T08:55:40Z", "daniel.okafor@brightwaterharlow.example", subject, tc.text)
			firm.From = addr("Daniel Okafor", "daniel.okafor@brightwaterharlow.example")
			invite := calMessageFrom("vm-1@voltaris.example", "2026-12-04T10:12:07Z", "Invitation: Sam Rivera <> Marieke de Vries | VP Engineering Platform",
				"Hi Sam, Marieke will join from Munich. Kind regards, Sanne", vevent{method: "REQUEST", stamp: "20261204T101207Z", start: "20261208T153000Z",
					summary: "Sam Rivera <> Marieke de Vries | VP Engineering Platform", organizer: "sanne.bakker@voltaris.example", uid: "vm-1@google.com",
					extra: []string{"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marieke de Vries:mailto:marieke.devries@voltaris.example"}})
			invite.From = addr("Sanne Bakker", "sanne.bakker@voltaris.example")
			ivs := interview.Build([]mail.Message{firm, invite}, nil, sampleConfig())
			var got []string
			for _, iv := range ivs {
				got = append(got, iv.Company)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("companies %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSchedulerRebookedAfterCancel: a scheduling system cancels a booking
// so that it can be moved and then confirms the new booking under a new
// UID: one interview, at the new time, not a cancelled one beside it. The
// move is said by the system ("Lea Brunner asked you to reschedule ..."),
// by the reason the host gave ("please rebook via my link"), or by the
// host in a mail of their own before cancelling. A cancellation nobody
// says is a move leaves the cancelled interview beside the new booking.
func TestSchedulerRebookedAfterCancel(t *testing.T) {
	const title = "Telefoninterview (30 Min.) zwischen Lea Brunner und Sam Rivera"
	icsTitled := func(method, uid, start, stamp, summary string) []byte {
		return []byte(strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "METHOD:" + method,
			"BEGIN:VEVENT", "UID:" + uid, "SEQUENCE:0", "DTSTAMP:" + stamp, "DTSTART:" + start,
			"SUMMARY:" + summary,
			"ORGANIZER;CN=Lea Brunner:mailto:lea.brunner@haverkamp-logistik.example",
			"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Rivera:mailto:sam.rivera@example.org",
			"LOCATION:Telefon", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n"))
	}
	ics := func(method, uid, start, stamp string) []byte { return icsTitled(method, uid, start, stamp, title) }
	calendly := addr("Calendly", "notifications@calendly.com")
	me := addr("Sam Rivera", "sam.rivera@example.org")
	msg := func(id, date, subject, text string, cal []byte) mail.Message {
		return mail.Message{Summary: mail.Summary{Mailbox: "INBOX", MessageID: id, Date: utc(date), Subject: subject,
			From: calendly, To: me, HasCalendar: true}, Text: text, Calendars: [][]byte{cal}}
	}
	booked := msg("c1@calendly.com", "20261127T110244Z", "Confirmed: Telefoninterview (30 Min.) with Lea Brunner on Wednesday, December 9, 2026",
		"Hi Sam, your booking with Lea Brunner of Haverkamp Logistik is confirmed.", ics("REQUEST", "a@calendly.com", "20261209T100000Z", "20261127T110244Z"))
	cancel := func(subject, text string) mail.Message {
		return msg("c2@calendly.com", "20261202T081731Z", subject, text, ics("CANCEL", "a@calendly.com", "20261209T100000Z", "20261202T081731Z"))
	}
	rebooked := msg("c3@calendly.com", "20261202T124806Z", "Confirmed: Telefoninterview (30 Min.) with Lea Brunner on Thursday, December 10, 2026",
		"Hi Sam, your booking with Lea Brunner of Haverkamp Logistik is confirmed.", ics("REQUEST", "b@calendly.com", "20261210T133000Z", "20261202T124806Z"))
	// The host cancels her call; the head of engineering is booked instead.
	another := msg("c3@calendly.com", "20261202T124806Z", "Confirmed: Technical interview (60 Min.) with Jonas Veit on Thursday, December 10, 2026",
		"Hi Sam, your booking with Jonas Veit of Haverkamp Logistik is confirmed.",
		icsTitled("REQUEST", "b@calendly.com", "20261210T133000Z", "20261202T124806Z", "Technical interview (60 Min.) zwischen Jonas Veit und Sam Rivera"))
	hostWrites := textMessage("lea1@haverkamp-logistik.example", "2026-12-01T17:22:05Z", "lea.brunner@haverkamp-logistik.example",
		"Mittwoch - sorry!", "Hi Sam,\n\nour CEO just put a board meeting on Wednesday morning. Could we move our call to later in the week? I'll cancel the slot in Calendly.\n\nLea")
	plainCancel := cancel("Canceled: Telefoninterview (30 Min.) with Lea Brunner on Wednesday, December 9, 2026",
		"The event below has been canceled.\n\nCanceled by:\nLea Brunner")
	for _, tc := range []struct {
		name   string
		msgs   []mail.Message
		starts []string // of the interviews built, in order
	}{
		{"the system says it", []mail.Message{booked, cancel("Action required: Lea Brunner asked you to reschedule Telefoninterview (30 Min.)",
			"Lea Brunner asked you to reschedule your event. Please pick a new time."), rebooked}, []string{"20261210T133000Z"}},
		{"the host's reason says it", []mail.Message{booked, cancel("Canceled: Telefoninterview (30 Min.) with Lea Brunner on Wednesday, December 9, 2026",
			"The event below has been canceled.\n\nReason for canceling:\nConflict with a board meeting - please rebook via my link, sorry!"), rebooked},
			[]string{"20261210T133000Z"}},
		{"the host wrote first", []mail.Message{booked, hostWrites, plainCancel, rebooked}, []string{"20261210T133000Z"}},
		{"the host wrote first, and another meeting is booked", []mail.Message{booked, hostWrites, plainCancel, another},
			[]string{"20261209T100000Z", "20261210T133000Z"}},
		{"nobody says it moves", []mail.Message{booked, plainCancel, rebooked}, []string{"20261209T100000Z", "20261210T133000Z"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			var got []string
			for _, iv := range ivs {
				got = append(got, iv.Start.UTC().Format("20060102T150405Z"))
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.starts) {
				for _, iv := range ivs {
					t.Logf("%s %s %s", iv.Start.UTC(), iv.Status, iv.StatusReason)
				}
				t.Fatalf("interviews at %v, want %v", got, tc.starts)
			}
			if iv := ivs[len(ivs)-1]; iv.Status != interview.Scheduled {
				t.Errorf("the new booking is %s, want scheduled", iv.Status)
			}
		})
	}
}

// TestStrangersInvitationAtTheSameMinute: an invitation from a stranger's
// domain, titled with the employer's name, at the minute of the
// employer's interview, neither takes it over nor makes it go: the
// employer's interview keeps its people and its thread. (The name is
// anyone's to write; the domain is not.)
func TestStrangersInvitationAtTheSameMinute(t *testing.T) {
	real := textMessage("r@acme.example", "2026-12-01T09:00:00Z", "jo.park@acme.example", "Interview with Acme",
		"Hi Sam, your interview is confirmed for Wednesday 9 December at 10:00 CET.\n\nJo Park\nAcme")
	ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", "METHOD:REQUEST", "BEGIN:VEVENT", "UID:s1@outsider.example",
		"DTSTAMP:20261202T090000Z", "DTSTART:20261209T090000Z", "SUMMARY:Interview – Acme",
		"ORGANIZER;CN=Mallory:mailto:mallory@outsider.example", "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Rivera:mailto:sam.rivera@example.org",
		"LOCATION:https://meet.google.com/abc-defg-hij", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	stranger := mail.Message{Summary: mail.Summary{Mailbox: "INBOX", MessageID: "s@outsider.example", Date: utc("20261202T090000Z"),
		Subject: "Interview – Acme", From: addr("Mallory", "mallory@outsider.example"), To: addr("Sam Rivera", "sam.rivera@example.org"), HasCalendar: true},
		Text: "See you then.", Calendars: [][]byte{[]byte(ics)}}
	found := false
	for _, iv := range interview.Build([]mail.Message{real, stranger}, nil, sampleConfig()) {
		if !slices.Contains(iv.Thread, "r@acme.example") {
			continue
		}
		found = true
		if iv.Organizer.Email != "jo.park@acme.example" || slices.Contains(iv.Thread, "s@outsider.example") {
			t.Errorf("the employer's interview: organizer %q, thread %v; want jo.park@acme.example without the stranger's message", iv.Organizer.Email, iv.Thread)
		}
	}
	if !found {
		t.Error("the employer's interview is gone")
	}
}

// TestSamePersonSameMinuteIsOneInterview: a recruiter confirms round 2 in
// words, then sends the Teams invitation for it, whose title names the
// round where a company would stand ("Round 2 - Techno Managerial |
// ..."). The same person of the employer's at the same minute is one
// interview, whatever each message took for the company.
func TestSamePersonSameMinuteIsOneInterview(t *testing.T) {
	const org = "ananya.krishnan@tidewateranalytics.example"
	words := textMessage("w@x", "2026-12-03T06:00:00Z", org, "Round 2 Interview - Senior Data Platform Engineer - Tidewater Analytics",
		"Dear Sam,\n\nCongratulations on clearing round 1. Your round 2 is scheduled as below:\n\nRound 2: Techno-managerial discussion\nDate: 9th December 2026 (Wednesday)\nTime: 3:30 PM IST\nDuration: 45 mins\n\nRegards,\nAnanya Krishnan\nTalent Acquisition, Tidewater Analytics")
	invite := calMessageFrom("i@x", "2026-12-04T06:00:00Z", "Round 2 - Techno Managerial | Sam Rivera | Senior Data Platform Engineer",
		"Dear Sam,\n\nPlease find the MS Teams invite for your Round 2 discussion with Mr. Rohit Menon.\n\nThanks & Regards,\nAnanya Krishnan\nTalent Acquisition | Tidewater Analytics Pvt. Ltd.",
		vevent{method: "REQUEST", start: "20261209T100000Z", organizer: org, uid: "round2@x",
			summary: "Round 2 - Techno Managerial | Sam Rivera | Senior Data Platform Engineer",
			extra:   []string{"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Rohit Menon:mailto:rohit.menon@tidewateranalytics.example", "LOCATION:Microsoft Teams Meeting"}})
	for _, m := range []*mail.Message{&words, &invite} {
		m.From = addr("Ananya Krishnan", org)
	}
	// Round 1, a week before, in the thread the round 2 mail answers.
	round1 := textMessage("r1@x", "2026-11-27T06:00:00Z", org, "Interview Schedule - Senior Data Platform Engineer - Tidewater Analytics",
		"Dear Sam,\n\nYour interview is scheduled as below:\n\nRound: Technical Round 1 (Data Engineering & SQL)\nDate: 2nd December 2026 (Wednesday)\nTime: 2:30 PM IST (10:00 AM CET)\n\nRegards,\nAnanya Krishnan\nTalent Acquisition, Tidewater Analytics")
	round1.From = words.From
	words = inThread(words, round1)
	ivs := interview.Build([]mail.Message{round1, words, invite}, nil, sampleConfig())
	ivs = slices.DeleteFunc(ivs, func(iv interview.Interview) bool { return iv.Start.Before(utc("20261205T000000Z")) })
	if len(ivs) != 1 {
		for _, iv := range ivs {
			t.Logf("%q at %s", iv.Company, iv.Start.UTC())
		}
		t.Fatalf("Build found %d interviews, want 1", len(ivs))
	}
	if !ivs[0].Start.Equal(utc("20261209T100000Z")) {
		t.Errorf("start %s, want 2026-12-09 10:00 UTC", ivs[0].Start.UTC())
	}
}

// TestExpertNetworkInvitationIsNoInterview: an expert network books a
// paid call with its client and sends the calendar file, the user a
// required attendee with a video link: the structure of an interview,
// but its words say it is a consultation for a fee.
func TestExpertNetworkInvitationIsNoInterview(t *testing.T) {
	const org = "scheduling@meridian-insight.example"
	m := calMessageFrom("e@x", "2026-12-02T03:00:00Z", "CONFIRMED: Consultation call - Project Halyard - Tue 08 Dec 2026 14:00 UTC",
		"Dear Sam,\n\nYour consultation has been confirmed.\n\nProject: Halyard - Real-time data infrastructure (Europe)\nClient: Investment firm (name withheld)\n"+
			"Duration: 60 minutes\nHonorarium: USD 400\nDial-in: Zoom - https://meridian-insight.zoom.us/j/94402817766\n\nMeridian Insight Network - Scheduling Team",
		vevent{method: "REQUEST", start: "20261208T140000Z", organizer: org, uid: "halyard@x", summary: "Consultation call - Project Halyard",
			extra: []string{"LOCATION:https://meridian-insight.zoom.us/j/94402817766"}})
	if ivs := interview.Build([]mail.Message{m}, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("Build found %d interviews (%s), want none", len(ivs), ivs[0].Evidence)
	}
}

// TestRegisteredEventsCalendarEntryIsNoInterview: a search firm's
// breakfast for executives sends its calendar entry with the RSVP's
// confirmation; "Executive" in its title is a candidacy's word, but
// what the mail says is an event's registration.
func TestRegisteredEventsCalendarEntryIsNoInterview(t *testing.T) {
	const org = "events@hartwell-partners.example"
	m := calMessageFrom("r@x", "2026-12-01T09:14:00Z", "Confirmed: The Board-Ready Executive, 14 January 2027",
		"Your place is confirmed\n\nDear Sam,\n\nThank you for your RSVP. We look forward to welcoming you to The Board-Ready Executive on "+
			"Thursday 14 January 2027, 08:00-10:00 at The Connaught, London. A calendar entry is attached.\n\nThe Hartwell & Co Events Team",
		vevent{method: "PUBLISH", start: "20270114T080000Z", organizer: org, uid: "board-ready@x", summary: "The Board-Ready Executive",
			extra: []string{"LOCATION:The Connaught, Carlos Place, London"}})
	if ivs := interview.Build([]mail.Message{m}, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("Build found %d interviews (%s), want none", len(ivs), ivs[0].Evidence)
	}
}

// TestMissedBookingRescheduledByANewInvitation: the interviewer missed a
// Calendly booking and sends an invitation of his own calendar, another
// UID, "Rescheduled from Tue Dec 1". The missed booking is that
// interview, moved, not a second one that would get its own drafts.
func TestMissedBookingRescheduledByANewInvitation(t *testing.T) {
	const derek = "derek.oyelaran@tallgrass-robotics.example"
	booked := calMessageFrom("c@x", "2026-11-25T14:00:00Z", "New Event: Technical Screen - Tallgrass Robotics (Sam Rivera)", "A new event has been scheduled.",
		vevent{method: "REQUEST", start: "20261201T150000Z", organizer: derek, uid: "noshow@calendly.com", summary: "Technical Screen - Tallgrass Robotics (Sam Rivera)"})
	redo := calMessageFrom("g@x", "2026-12-01T16:31:00Z", "Invitation: Tallgrass Robotics - Technical Screen (Sam Rivera) - take 2 @ Thu Dec 3, 2026 10am",
		"Tallgrass Robotics - Technical Screen (Sam Rivera) - take 2\nThursday Dec 3, 2026 ⋅ 10am – 10:45am\nEastern Time - New York\n\nRescheduled from Tue Dec 1 - sorry again, Sam!",
		vevent{method: "REQUEST", start: "20261203T150000Z", organizer: derek, uid: "take2@google.com", summary: "Tallgrass Robotics - Technical Screen (Sam Rivera) - take 2"})
	checkStarts(t, []mail.Message{booked, redo}, utc("20261203T150000Z"))
}

// TestAgencysLetterAndClientsCancelledInvitation: an agency confirms
// the interview with its client in words, the client's invitation at
// the same minute follows, and the client then cancels it. One
// interview, cancelled, named as the agency wrote it; not a cancelled
// one beside a scheduled one that would still get its drafts.
func TestAgencysLetterAndClientsCancelledInvitation(t *testing.T) {
	const client = "andrea.keller@seeland-nord.example"
	letter := textMessage("a@x", "2026-11-27T09:00:00Z", "lukas.meier@adecco-partner.example", "Vorstellungsgespräch Spitalverbund Seeland-Nord – Senior Data Engineer",
		"Guten Tag Herr Rivera\n\nGerne bestätige ich Ihnen das Vorstellungsgespräch beim Spitalverbund Seeland-Nord:\n\nDatum: Mittwoch, 9. Dezember 2026\nZeit: 14.00 – 15.00 Uhr\n\nFreundliche Grüsse\nLukas Meier")
	invite := calMessageFrom("i@x", "2026-11-27T10:00:00Z", "Interview Senior Data Engineer – Sam Rivera", "Microsoft Teams-Besprechung",
		vevent{method: "REQUEST", start: "20261209T130000Z", organizer: client, uid: "sn@x", summary: "Interview Senior Data Engineer – Sam Rivera"})
	cancel := calMessageFrom("c@x", "2026-12-02T08:00:00Z", "Abgesagt: Interview Senior Data Engineer – Sam Rivera", "Die Stelle wird vorerst nicht besetzt.",
		vevent{method: "CANCEL", status: "CANCELLED", seq: 1, stamp: "20261202T080000Z", start: "20261209T130000Z", organizer: client, uid: "sn@x",
			summary: "Abgesagt: Interview Senior Data Engineer – Sam Rivera"})
	ivs := interview.Build([]mail.Message{letter, invite, cancel}, nil, sampleConfig())
	if len(ivs) != 1 {
		for _, iv := range ivs {
			t.Logf("%q %s %s", iv.Company, iv.Start.UTC(), iv.Status)
		}
		t.Fatalf("Build found %d interviews, want 1", len(ivs))
	}
	if ivs[0].Status != interview.Cancelled || ivs[0].Company != "Spitalverbund Seeland-Nord" {
		t.Errorf("got %q %s, want Spitalverbund Seeland-Nord cancelled", ivs[0].Company, ivs[0].Status)
	}
}

// TestAgencysLetterThenClientMovesItsInvitation: an agency names its
// client and the slot; the client's own calendar (its domain spells the
// name) invites for that slot and then moves it. The agency's words were
// about the invitation's first slot: one interview, at the new time, and
// named as the agency wrote it.
func TestAgencysLetterThenClientMovesItsInvitation(t *testing.T) {
	const client = "nuria.sanz@logisticaebro.example"
	letter := textMessage("a@x", "2026-11-25T16:40:00Z", "javier.ortega@randstad.example", "Proceso de selección Data Engineer",
		"Hola Sam,\n\nTe confirmo que el cliente, Logística Ebro, quiere conocerte para la posición de Data Engineer.\n\n"+
			"La entrevista será con Nuria Sanz, Head of Data, el jueves 10 de diciembre a las 11:30h por Teams. Ella te enviará la convocatoria.\n\nUn saludo,\nJavier Ortega\nRandstad")
	invite := calMessageFrom("i@x", "2026-11-26T08:15:00Z", "Entrevista Data Engineer - Sam Rivera (Randstad)", "Hola Sam,\n\nTe envío la convocatoria.\n\nNuria",
		vevent{method: "REQUEST", start: "20261210T103000Z", organizer: client, uid: "le@x", summary: "Entrevista Data Engineer - Sam Rivera (Randstad)"})
	moved := calMessageFrom("m@x", "2026-12-01T12:22:00Z", "Entrevista Data Engineer - Sam Rivera (Randstad)", "Hola Sam, la movemos al lunes 14 a las 16:00.",
		vevent{method: "REQUEST", seq: 1, stamp: "20261201T122200Z", start: "20261214T150000Z", organizer: client, uid: "le@x",
			summary: "Entrevista Data Engineer - Sam Rivera (Randstad)"})
	ivs := interview.Build([]mail.Message{letter, invite, moved}, nil, sampleConfig())
	if len(ivs) != 1 {
		for _, iv := range ivs {
			t.Logf("%q %s %s", iv.Company, iv.Start.UTC(), iv.Status)
		}
		t.Fatalf("Build found %d interviews, want 1", len(ivs))
	}
	if iv := ivs[0]; !iv.Start.Equal(utc("20261214T150000Z")) || iv.Company != "Logística Ebro" {
		t.Errorf("got %q at %s, want Logística Ebro at 2026-12-14 15:00 UTC", iv.Company, iv.Start.UTC())
	}
}

// TestAgencyDescribesItsClientThenTheClientInvites: an agency keeps its
// client unnamed in its subject ("Leading Payments Company"), confirms a
// slot, and the client's invitation at that minute names neither the
// role nor the agency. One interview: the client's name, the agency's
// role.
func TestAgencyDescribesItsClientThenTheClientInvites(t *testing.T) {
	const client = "rohan.bhatt@kestrel-payments.example"
	letter := textMessage("a@x", "2026-11-24T09:30:00Z", "divya.r@talentbridge-search.example", "Re: Senior Platform Engineer | Leading Payments Company | Berlin (Hybrid)",
		"Hi Sam,\n\nYour first round is confirmed as below:\n\nRound: Hiring Manager discussion (45 min)\nDate: Monday, 07/12/2026\n"+
			"Time: 3:30 PM IST (11:00 AM CET)\nMode: Zoom - Rohan will send the calendar invite directly.\n\nWarm regards,\nDivya")
	invite := calMessageFrom("i@x", "2026-11-25T11:02:00Z", "Invitation: Kestrel Payments x Sam Rivera - Platform EM round @ Mon 7 Dec 2026 3:30pm - 4:15pm (IST)",
		"Looking forward to our chat.\n\nRohan",
		vevent{method: "REQUEST", start: "20261207T100000Z", organizer: client, uid: "kp@x", summary: "Kestrel Payments x Sam Rivera - Platform EM round",
			extra: []string{"LOCATION:https://kestrel-payments.zoom.us/j/83017725519"}})
	ivs := interview.Build([]mail.Message{letter, invite}, nil, sampleConfig())
	if len(ivs) != 1 {
		for _, iv := range ivs {
			t.Logf("%q %q %s", iv.Company, iv.Role, iv.Start.UTC())
		}
		t.Fatalf("Build found %d interviews, want 1", len(ivs))
	}
	if iv := ivs[0]; iv.Company != "Kestrel Payments" || iv.Role != "Senior Platform Engineer" {
		t.Errorf("got %q %q, want Kestrel Payments, Senior Platform Engineer", iv.Company, iv.Role)
	}
}

// TestHiringSystemsRejectionBesideTheInterviewersInvitation: Workday
// announces the interview, its interviewer invites from the company's
// own domain (which writes no accents), and Workday later rejects. One
// interview, rejected, named as the company writes itself.
func TestHiringSystemsRejectionBesideTheInterviewersInvitation(t *testing.T) {
	workday := func(id, date, subject, text string) mail.Message {
		m := textMessage(id, date, "alcazar@myworkday.com", subject, text)
		m.From[0].Name = "Grupo Alcázar Seguros"
		return m
	}
	notice := workday("w1@x", "2026-11-18T09:00:00Z", "Entrevista programada: Arquitecto/a Cloud (R-20418)",
		"Hola Sam:\n\nNos complace invitarte a la siguiente fase del proceso de selección para la posición Arquitecto/a Cloud (R-20418) en Grupo Alcázar Seguros.\n\n"+
			"Detalles de la entrevista\nFecha: 26/11/2026\nHora: 11:00 - 12:00 (CET – Madrid)\nFormato: Microsoft Teams (recibirás una convocatoria aparte)\n"+
			"Entrevistador: Jorge Sanz Prieto\n\nEste es un mensaje generado automáticamente. Por favor, no respondas a este correo.")
	invite := calMessageFrom("i@x", "2026-11-18T10:00:00Z", "Entrevista Arquitecto/a Cloud – Sam Rivera", "Reunión de Microsoft Teams",
		vevent{method: "REQUEST", start: "20261126T100000Z", organizer: "jorge.sanz@alcazar-seguros.example", uid: "as@x", summary: "Entrevista Arquitecto/a Cloud – Sam Rivera"})
	no := workday("w2@x", "2026-12-01T09:00:00Z", "Actualización sobre tu candidatura – Arquitecto/a Cloud",
		"Hola Sam:\n\nGracias por tu interés en Grupo Alcázar Seguros. Tras valorar todas las candidaturas, hemos decidido continuar el proceso con otras personas cuyo perfil se ajusta más a la posición.\n\nEquipo de Selección")
	ivs := interview.Build([]mail.Message{notice, invite, no}, nil, sampleConfig())
	if len(ivs) != 1 {
		for _, iv := range ivs {
			t.Logf("%q %s %s", iv.Company, iv.Start.UTC(), iv.Status)
		}
		t.Fatalf("Build found %d interviews, want 1", len(ivs))
	}
	if iv := ivs[0]; iv.Status != interview.Rejected || iv.Company != "Grupo Alcázar Seguros" {
		t.Errorf("got %q %s, want Grupo Alcázar Seguros rejected", iv.Company, iv.Status)
	}
}

// TestHiringSystemsSenderNamesTheEmployerOfItsBooking: Varbi sends the
// booking's calendar entry as "Ljungskogs kommun <no-reply@varbi.com>";
// its text names the interviewers. The employer is the sender's name,
// not the first interviewer's.
func TestHiringSystemsSenderNamesTheEmployerOfItsBooking(t *testing.T) {
	m := calMessageFrom("v@x", "2026-11-24T08:39:00Z", "Bekräftelse: din intervjutid",
		"Hej Sam,\n\nDu har bokat en intervju för tjänsten Systemförvaltare inom IT-drift hos Ljungskogs kommun.\n\nTid: tisdag 1 december 2026, kl. 09:30–10:15\n"+
			"Plats: Microsoft Teams\nIntervjuare: Anna Lindqvist, Johan Ek\n\nLycka till!\n\nMed vänliga hälsningar\nLjungskogs kommun",
		vevent{method: "PUBLISH", start: "20261201T083000Z", organizer: "no-reply@varbi.com", uid: "varbi-1@varbi.com", summary: "Intervju – Systemförvaltare inom IT-drift",
			extra: []string{"DESCRIPTION:Intervju med Anna Lindqvist och Johan Ek. Teamslänk skickas senast dagen före intervjun."}})
	m.From = addr("Ljungskogs kommun", "no-reply@varbi.com")
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("Build found %d interviews, want 1", len(ivs))
	}
	if ivs[0].Company != "Ljungskogs kommun" {
		t.Errorf("company %q (%s), want Ljungskogs kommun", ivs[0].Company, ivs[0].Why.Company)
	}
}

// TestRecruitersShortNameForTheSlotBeforeAMove: a public employer's hiring
// system books the slot under its full name; the recruiter then writes
// from the employer's own domain and calls it by its initials ("OHDA").
// That is the same interview, not a second one at the same minute.
func TestRecruitersShortNameForTheSlotBeforeAMove(t *testing.T) {
	booked := calMessageFrom("n1@governmentjobs.com", "2026-11-25T08:00:00Z", "Interview Scheduled - Data Architect",
		"Your interview has been scheduled.\nAgency: Oregon Health Data Authority\nDate: Tuesday, December 15, 2026\nTime: 9:30 AM - 10:30 AM (Pacific Time (US & Canada))",
		vevent{method: "REQUEST", start: "20261215T173000Z", summary: "Interview - Data Architect - Oregon Health Data Authority",
			organizer: "noreply@governmentjobs.com", uid: "neogov-551980@governmentjobs.com"})
	booked.From[0].Name = "State of Oregon"
	link := textMessage("d1@ohda.example", "2026-11-30T21:14:00Z", "dana.kowalczyk@ohda.example",
		"Data Architect Interview - Teams link and panel information",
		"Hi Sam,\n\nThank you for scheduling your panel interview with OHDA on Tuesday, December 15 at 9:30 AM Pacific. "+
			"The Teams link is below.\n\nDana Kowalczyk\nOHDA Human Resources")
	link.From[0].Name = "Kowalczyk, Dana"
	ivs := interview.Build([]mail.Message{booked, link}, nil, sampleConfig())
	if len(ivs) != 1 {
		for _, iv := range ivs {
			t.Logf("%q at %v (%s)", iv.Company, iv.Start, iv.Why.Time)
		}
		t.Fatalf("%d interviews, want 1", len(ivs))
	}
	if want := "Oregon Health Data Authority"; ivs[0].Company != want {
		t.Errorf("company %q, want %q", ivs[0].Company, want)
	}
}

// TestMarketplaceRelaysTheClientsOffer: a freelance marketplace passes on
// the client's contract offer from its own no-reply address, naming the
// client in its text; it is the outcome of the client's interview.
func TestMarketplaceRelaysTheClientsOffer(t *testing.T) {
	invite := calMessageFrom("c1@google.com", "2026-12-08T16:00:00Z", "Invitation: Sam Rivera <> Harborview – data pipeline call",
		"Melissa Grant has invited you to a call about the Senior Data Engineer contract.",
		vevent{method: "REQUEST", start: "20261215T150000Z", summary: "Sam Rivera <> Harborview – data pipeline call",
			organizer: "melissa.grant@harborview.example", uid: "c1@google.com"})
	offer := textMessage("o1@upwork.com", "2026-12-16T18:00:00Z", "donotreply@upwork.com",
		"You received an offer: Senior Data Engineer for Airflow/dbt pipeline rebuild",
		"Good news! Melissa Grant from Harborview Analytics sent you an offer.\n\nRate: $88.00/hr\nStart date: Jan 4, 2027")
	offer.From[0].Name = "Upwork"
	ivs := interview.Build([]mail.Message{invite, offer}, nil, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("%d interviews, want 1: %+v", len(ivs), ivs)
	}
	if ivs[0].Status != interview.Offer {
		t.Errorf("status %s (%s), want offer", ivs[0].Status, ivs[0].StatusReason)
	}
}

// TestInstructionIsNoCompany: "Join the interview on your computer" tells
// the reader what to do; its verb is no company. The hiring system's
// display name names the employer.
func TestInstructionIsNoCompany(t *testing.T) {
	m := calMessageFrom("t1@trac.jobs", "2026-11-20T10:00:00Z", "Interview booking confirmation - Senior Data Engineer - C9472-26-0311",
		"Dear Sam Rivera\n\nYou have booked the following interview:\n\nDate: 09/12/2026\nTime: 11:30\nVenue: Microsoft Teams\n\n"+
			"Join the interview on your computer or mobile app:\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_x\n\nRecruitment Team",
		vevent{method: "PUBLISH", start: "20261209T113000Z", summary: "Interview - Senior Data Engineer (C9472-26-0311)",
			organizer: "noreply@trac.jobs", uid: "interview-C9472@trac.jobs"})
	m.From[0].Name = "Northvale Teaching Hospitals NHS Foundation Trust"
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("%d interviews, want 1", len(ivs))
	}
	if want := "Northvale Teaching Hospitals NHS Foundation Trust"; ivs[0].Company != want {
		t.Errorf("company %q (%s), want %q", ivs[0].Company, ivs[0].Why.Company, want)
	}
}

// TestDeclinedInvitation: the user's calendar answer that declines an
// invitation (METHOD:REPLY, PARTSTAT=DECLINED) leaves no interview at
// that time. The employer's next invitation is the same interview at
// another time; an update of the declined event asks again.
func TestDeclinedInvitation(t *testing.T) {
	const uid = "040000008200E00074C5B7101A82E008-pellucid"
	invite := calMessage("a@x", "2026-11-23T14:00:00Z", vevent{method: "REQUEST", start: "20261201T100000Z", uid: uid})
	decline := mail.Message{
		Summary: mail.Summary{
			Mailbox: "Sent", MessageID: "d@example.org", Date: utc("20261123T170000Z"),
			Subject:     "Declined: Interview with Initech",
			From:        []mail.Address{{Name: "Sam Rivera", Email: "sam.rivera@example.org"}},
			To:          []mail.Address{{Name: "Joanna Park", Email: "joanna.park@initech.example"}},
			HasCalendar: true,
		},
		Text: "Sorry, that slot clashes with a commitment. Could we find another time?",
		Calendars: [][]byte{[]byte(strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0//EN",
			"METHOD:REPLY", "BEGIN:VEVENT", "UID:" + uid, "SEQUENCE:0", "DTSTAMP:20261123T170000Z",
			"DTSTART:20261201T100000Z", "DTEND:20261201T110000Z", "SUMMARY:Declined: Interview with Initech",
			"ORGANIZER;CN=Joanna Park:mailto:joanna.park@initech.example",
			"ATTENDEE;PARTSTAT=DECLINED;CN=Sam Rivera:mailto:sam.rivera@example.org",
			"END:VEVENT", "END:VCALENDAR", ""}, "\r\n"))},
	}
	again := calMessageFrom("g@greenhouse.io", "2026-11-24T09:00:00Z", "Interview Confirmation: Initech - Senior Backend Engineer",
		"Your interview with Initech has been scheduled.",
		vevent{method: "REQUEST", start: "20261203T130000Z", summary: "Technical Interview - Initech", organizer: "no-reply@greenhouse.io", uid: "greenhouse-1"})
	moved := calMessage("b@x", "2026-11-24T09:00:00Z", vevent{method: "REQUEST", seq: 1, stamp: "20261124T090000Z", start: "20261202T100000Z", uid: uid})
	tests := []struct {
		name   string
		msgs   []mail.Message
		start  string
		status interview.Status
	}{
		{"declined, nothing else", []mail.Message{invite, decline}, "20261201T100000Z", interview.Cancelled},
		{"declined, invited again", []mail.Message{invite, decline, again}, "20261203T130000Z", interview.Scheduled},
		{"declined, then moved by its organizer", []mail.Message{invite, decline, moved}, "20261202T100000Z", interview.Scheduled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			if len(ivs) != 1 {
				for _, iv := range ivs {
					t.Logf("%s at %v, %s", iv.Company, iv.Start, iv.Status)
				}
				t.Fatalf("%d interviews, want 1", len(ivs))
			}
			if !ivs[0].Start.Equal(utc(tc.start)) || ivs[0].Status != tc.status {
				t.Errorf("%v %s (%s), want %s %s", ivs[0].Start, ivs[0].Status, ivs[0].StatusReason, utc(tc.start), tc.status)
			}
		})
	}
}

// TestAllDayInvitationWithItsHoursInTheText: an interview day entered in
// the calendar as all-day, its programme in the letter. The calendar
// says which day, the letter when it begins; a banner with no hours
// anywhere stays no interview.
func TestAllDayInvitationWithItsHoursInTheText(t *testing.T) {
	ics := func(summary string) []byte {
		return []byte(strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:Microsoft Exchange Server 2010", "METHOD:REQUEST",
			"BEGIN:VEVENT", "UID:allday-1", "SEQUENCE:0", "DTSTAMP:20261204T123011Z",
			"DTSTART;VALUE=DATE:20261215", "DTEND;VALUE=DATE:20261216", "SUMMARY:" + summary,
			"ORGANIZER;CN=Sabine Huber:mailto:sabine.huber@kessler-bau.example",
			"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Sam Rivera:mailto:sam.rivera@example.org",
			"LOCATION:Kessler Bau Digital GmbH, Landsberger Straße 155, 80687 München",
			"END:VEVENT", "END:VCALENDAR", ""}, "\r\n"))
	}
	msg := func(text string) mail.Message {
		m := textMessage("k1@kessler-bau.example", "2026-12-04T12:30:00Z", "sabine.huber@kessler-bau.example",
			"Einladung: Interviewtag bei Kessler Bau Digital – Lead Platform Engineer", text)
		m.HasCalendar, m.Calendars = true, [][]byte{ics("Interviewtag Kessler Bau Digital – Sam Rivera")}
		return m
	}
	withHours := msg("Hallo Herr Rivera,\n\nwie besprochen lade ich Sie zu unserem Interviewtag ein.\n\nAblauf am Dienstag, 15.12.2026:\n\n" +
		"09:30 Uhr – Begrüßung am Empfang\n10:00–11:00 Uhr – Fachgespräch mit Dr. Felix Aigner\n12:30 Uhr – Mittagessen mit dem Team\n\nViele Grüße\nSabine Huber")
	checkStarts(t, []mail.Message{withHours}, utc("20261215T083000Z"))
	banner := msg("Hallo Herr Rivera,\n\nich habe Ihnen den Tag als ganztägigen Termin eingetragen; die Einladungen zu den Gesprächen folgen.\n\nViele Grüße\nSabine Huber")
	checkStarts(t, []mail.Message{banner})

	// Outlook's "add to calendar" file: PUBLISH, nobody in it.
	published := textMessage("b1@brandt.example", "2026-11-25T14:37:00Z", "joerdis.moeller@brandt-intralogistik.example",
		"Ihre Bewerbung als Senior Product Manager – Einladung zum Kennenlerntag",
		"Guten Tag Sam Rivera,\n\nwir freuen uns, Sie zu einem Kennenlerntag in Hamburg einzuladen.\n\nTermin: Mittwoch, 16. Dezember 2026\nBeginn: 9:30 Uhr, Ende gegen 15:00 Uhr\n\nMit freundlichen Grüßen\nJördis Möller")
	published.HasCalendar, published.Calendars = true, [][]byte{[]byte(strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0",
		"PRODID:-//Microsoft Corporation//Outlook 14.0 MIMEDIR//EN", "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:allday-2", "SEQUENCE:0",
		"DTSTAMP:20261125T143644Z", "DTSTART;VALUE=DATE:20261216", "DTEND;VALUE=DATE:20261217",
		"SUMMARY:Kennenlerntag Brandt Intralogistik – Sam Rivera", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n"))}
	checkStarts(t, []mail.Message{published}, utc("20261216T083000Z"))
}

// TestFounderInvitesFromHerPrivateCalendar: a founder writes about the
// role from her company's address, then invites from her iCloud
// calendar under the same name, with a title that says nothing of a job.
// The invitation is hers and about the job; a stranger of another name
// from iCloud is not.
func TestFounderInvitesFromHerPrivateCalendar(t *testing.T) {
	letter := textMessage("l1@lumenatelier.example", "2026-11-26T21:03:00Z", "olivia@lumenatelier.example",
		"Re: Lumen Atelier – founding platform role",
		"Hi Sam,\n\nLet's do a proper conversation. I'll send you an invite from my calendar for Friday 4th December, 11:00 London time.\n\nOlivia\n\n--\nOlivia Marsh · Co-founder & CEO\nLumen Atelier")
	letter.From[0].Name = "Olivia Marsh"
	invite := func(name string) mail.Message {
		m := calMessageFrom("c1@icloud.com", "2026-11-26T21:09:00Z", "Invitation: Sam / Olivia — Lumen",
			"Olivia Marsh has invited you to an event.",
			vevent{method: "REQUEST", start: "20261204T110000Z", summary: "Sam / Olivia — Lumen", organizer: "olivia.marsh@icloud.com", uid: "icloud-1",
				extra: []string{"LOCATION:FaceTime"}})
		m.From[0].Name = name
		return m
	}
	checkStarts(t, []mail.Message{letter, invite("Olivia Marsh")}, utc("20261204T110000Z"))
	checkStarts(t, []mail.Message{letter, invite("Nora Quinn")})
}

// TestTimeGivenAgainForTheReader: a Sydney recruiter's note before the
// interview gives its time on her clock and again "for you"; the time
// for the reader is on the reader's clock, the interview already booked.
func TestTimeGivenAgainForTheReader(t *testing.T) {
	booked := calMessageFrom("b1@smartrecruiters.com", "2026-11-30T08:37:00Z", "Interview confirmed: Senior SRE at Banksia Health",
		"Your interview is confirmed.", vevent{method: "REQUEST", start: "20261209T070000Z", summary: "Interview: Senior SRE - Banksia Health",
			organizer: "noreply@smartrecruiters.com", uid: "sr-1"})
	note := textMessage("n1@banksia-health.example", "2026-12-08T05:12:00Z", "olivia.chen@banksia-health.example", "Tomorrow - Banksia Health interview",
		"Hi Sam,\n\nJust a quick note ahead of tomorrow - Dev and I are looking forward to chatting! We'll dial in at 6pm Sydney time, "+
			"which I believe is 8am Wednesday morning for you.\n\nCheers,\nOlivia\n\nOlivia Chen | Senior Talent Partner\nBanksia Health | Level 12, 1 Market Street, Sydney NSW 2000")
	checkStarts(t, []mail.Message{booked, note}, utc("20261209T070000Z"))
}

// TestAgencyInvitationForTheClientsPanel: an agency's consultant sends
// the calendar invitation for the client's panel, every interviewer at
// the client's domain: the client is the employer, in whatever order the
// title names the candidate and the company.
func TestAgencyInvitationForTheClientsPanel(t *testing.T) {
	const liam = "liam.doherty@brackenridge.example"
	v := vevent{method: "REQUEST", start: "20270105T143000Z", organizer: liam,
		summary: "Sam Rivera / Fairholme Insurance - Lead Data Scientist interview",
		extra: []string{"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Priya Shah:mailto:priya.shah@fairholme.example",
			"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Mark Ellison:mailto:mark.ellison@fairholme.example"}}
	m := calMessageFrom("a1@brackenridge.example", "2026-12-17T14:33:00Z", v.summary,
		"Hi Sam, the invitation for Tuesday with Priya and Mark.\n\nLiam Doherty\nPrincipal Consultant\nBrackenridge", v)
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("%d interviews, want 1", len(ivs))
	}
	if got := ivs[0].Company; got != "Fairholme Insurance" {
		t.Errorf("Company = %q (%s), want the client, Fairholme Insurance", got, ivs[0].Why.Company)
	}
}

// TestCancelledThenBookedAnew: the employer calls the interview off in
// words, then its calendar books it anew (a higher SEQUENCE, another
// day): it stands at the new time, whatever order the two are applied in.
func TestCancelledThenBookedAnew(t *testing.T) {
	const julia = "julia.neumann@initech.example"
	first := vevent{method: "REQUEST", seq: 0, start: "20261202T090000Z", organizer: julia, uid: "p-1@personio.example",
		summary: "Vorstellungsgespräch Initech – Senior Softwareentwickler"}
	inv := calMessageFrom("p1@initech.example", "2026-11-26T09:14:00Z", "Einladung zum Vorstellungsgespräch", "Guten Tag, anbei die Einladung.", first)
	off := textMessage("p2@initech.example", "2026-11-30T17:52:00Z", julia, "Terminabsage Vorstellungsgespräch am 02.12.",
		"Guten Abend Sam Rivera,\n\nleider muss ich Ihnen mitteilen, dass wir das für Mittwoch, 02.12.2026 um 10:00 Uhr geplante Vorstellungsgespräch kurzfristig absagen müssen, da unser Teamleiter krankheitsbedingt ausfällt.\n\nWir melden uns in den nächsten Tagen bei Ihnen.\n\nJulia Neumann")
	anew := inThread(textMessage("p3@initech.example", "2026-12-04T10:20:00Z", julia, "AW: Terminabsage Vorstellungsgespräch am 02.12.",
		"Guten Tag Sam Rivera,\n\nunser Teamleiter ist wieder gesund. Neuer Termin für Ihr Vorstellungsgespräch:\n\nDienstag, 08.12.2026, 10:30 - 11:30 Uhr (Microsoft Teams)\n\nSie erhalten gleich die aktualisierte Einladung.\n\nJulia Neumann"), off)
	again := first
	again.seq, again.start, again.stamp = 2, "20261208T093000Z", "20261204T102500Z"
	moved := calMessageFrom("p4@initech.example", "2026-12-04T10:25:00Z", "Ihr Vorstellungsgespräch wurde verschoben", "Guten Tag, der neue Termin.", again)
	// The hiring system sends both invitations.
	for _, m := range []*mail.Message{&inv, &moved} {
		m.From = []mail.Address{{Name: "Julia Neumann | Initech GmbH", Email: "noreply@personio.de"}}
	}
	ivs := interview.Build([]mail.Message{inv, off, anew, moved}, nil, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("%d interviews, want 1", len(ivs))
	}
	if iv := ivs[0]; iv.Status != interview.Scheduled || !iv.Start.Equal(utc("20261208T093000Z")) {
		t.Errorf("interview %s at %s (%s), want scheduled at 2026-12-08 09:30 UTC", iv.Status, iv.Start.UTC(), iv.StatusReason)
	}
}

// TestJobBoardNoticeJoinsTheEmployersInterview holds a job board's notice
// of an interview to the interview the employer's own people then invite
// to or move: the board's notice names nobody to write from, and spells
// the company in its own script.
func TestJobBoardNoticeJoinsTheEmployersInterview(t *testing.T) {
	saramin := namedMessage("offer-1@saramin.co.kr", "2026-11-26T16:12:40+09:00", "사람인", "noreply@saramin.co.kr",
		"[사람인] (주)한빛클라우드에서 면접 제안이 도착했습니다.",
		"Sam Rivera님, (주)한빛클라우드에서 면접 제안이 도착했습니다.\n공고명 [한빛클라우드] 플랫폼 백엔드 개발자 경력 채용\n전형 1차 면접\n면접일시 2026.12.03 (목) 14:00\n면접방식 화상면접\n")
	invite := calMessageFrom("cal-1@hanbitcloud.example", "2026-11-26T09:30:00Z", "[한빛클라우드] 1차 면접 - Sam Rivera", "1차 면접에 초대합니다.",
		vevent{method: "REQUEST", seq: 0, stamp: "20261126T093000Z", start: "20261203T050000Z", summary: "[한빛클라우드] 1차 면접 - Sam Rivera",
			organizer: "jiyeon.kim@hanbitcloud.example", uid: "hanbit-1@google.com"})
	zhipin := namedMessage("notice-1@service.zhipin.com", "2026-11-27T11:05:38+08:00", "BOSS直聘", "notice@service.zhipin.com",
		"【BOSS直聘】您收到一个面试邀请：深圳星河智能科技有限公司",
		"面试职位 高级Go开发工程师\n面试时间 12月3日 周四 10:30\n面试方式 视频面试\n")
	moved := textMessage("hr-1@xinghe-ai.example", "2026-12-01T09:20:45+08:00", "wang.li@xinghe-ai.example", "面试时间调整 - 高级Go开发工程师 - Sam Rivera",
		"Sam您好，\n\n我是深圳星河智能科技的HR王丽。非常抱歉，原定于\n12月3日（周四）上午10:30的视频面试需要调整一下。\n\n新的时间安排如下：\n  时间：12月4日（周五）下午14:00-14:45（北京时间）\n  方式：腾讯会议\n\n祝好\n王丽\n")
	// The user writes to the employer of a board's second-round notice,
	// naming its minute; the employer's answer moves it.
	saramin2 := namedMessage("offer-2@saramin.co.kr", "2026-11-26T14:07:55+09:00", "사람인", "noreply@saramin.co.kr",
		"[사람인] (주)하늘모빌리티 2차 면접 안내",
		"기업명 (주)하늘모빌리티\n전형 2차 면접\n면접일시 2026년 12월 3일 (목) 오후 4시 (KST)\n")
	asks := textMessage("ask-1@example.org", "2026-11-26T19:32:40+01:00", "sam.rivera@example.org", "Second interview - request to reschedule",
		"Dear Ms. Kim,\n\nI just received the Saramin notification for the second interview on Thursday 3 December at 4 PM KST. "+
			"Unfortunately I have a commitment that afternoon. Would it be possible to move it to Friday 4 December, any time between 4 PM and 7 PM KST?\n\nBest regards,\nSam Rivera")
	asks.From, asks.To = addr("Sam Rivera", "sam.rivera@example.org"), addr("김지은", "jieun.kim@haneul-mobility.example")
	answer := textMessage("answer-1@haneul-mobility.example", "2026-11-27T10:14:03+09:00", "jieun.kim@haneul-mobility.example",
		"RE: Second interview - request to reschedule",
		"Dear Sam,\n\nwe can move the 2nd interview as below.\n\n - Date/Time : Friday, December 4, 2026, 5:00 PM - 6:00 PM (KST)\n - Zoom : https://haneul-mobility.zoom.us/j/93318204461\n\nBest regards,\nJieun Kim")
	answer.InReplyTo, answer.References = []string{"ask-1@example.org"}, []string{"ask-1@example.org"}
	// The same move from a private address anyone can have is nobody's
	// word for the booking.
	strangersMove := moved
	strangersMove.From = addr("王丽", "wangli.hr88@qq.com")
	for _, iv := range interview.Build([]mail.Message{zhipin, strangersMove}, nil, sampleConfig()) {
		if iv.Start.Equal(utc("20261204T060000Z")) && iv.Company == "深圳星河智能科技" {
			t.Errorf("a private address moved the board's booking to %s", iv.Start.UTC())
		}
	}
	for _, tc := range []struct {
		name   string
		msgs   []mail.Message
		start  string
		writer string // the organizer's address, the person to thank
	}{
		{"the user's letter names the board's minute", []mail.Message{saramin2, asks, answer}, "20261204T080000Z", "jieun.kim@haneul-mobility.example"},
		{"the employer's invitation for the board's minute", []mail.Message{saramin, invite}, "20261203T050000Z", "jiyeon.kim@hanbitcloud.example"},
		{"the employer's move from the board's minute", []mail.Message{zhipin, moved}, "20261204T060000Z", "wang.li@xinghe-ai.example"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			if len(ivs) != 1 {
				for _, iv := range ivs {
					t.Logf("%q at %s", iv.Company, iv.Start.UTC())
				}
				t.Fatalf("%d interviews, want 1", len(ivs))
			}
			if iv := ivs[0]; !iv.Start.Equal(utc(tc.start)) || iv.Organizer.Email != tc.writer {
				t.Errorf("interview at %s organised by %q, want %s by %s", iv.Start.UTC(), iv.Organizer.Email, utc(tc.start), tc.writer)
			}
		})
	}
}

// TestSameDayMoveToTheTimeNamed holds a move written as clock times only
// to the time the move goes to, not another the mail names for a part
// before it (NHS Jobs booked 2:30pm; the ward manager moves it by mail).
func TestSameDayMoveToTheTimeNamed(t *testing.T) {
	booked := namedMessage("booked-1@jobs.nhs.uk", "2026-11-24T19:41:09Z", "NHS Jobs", "no-reply@jobs.nhs.uk", "Interview booked - Staff Nurse - Ward 12",
		"You have booked an interview for:\n\nJob title: Staff Nurse - Ward 12\nEmployer: Northmere Hospitals NHS Foundation Trust\n\nDate: Tuesday 8 December 2026\nTime: 2:30pm\nInterview type: In person\n\nIf you have any questions about this interview, contact the employer:\nSiobhan Mackie\nsiobhan.mackie@northmere-hospitals.example\n\nDo not reply to this email.")
	move := func(text string) mail.Message {
		m := namedMessage("move-1@northmere-hospitals.example", "2026-12-03T08:17:26Z", "MACKIE, Siobhan (NORTHMERE HOSPITALS NHS FOUNDATION TRUST)", "siobhan.mackie@northmere-hospitals.example",
			"Interview Tuesday 8th - change of time", text)
		return m
	}
	for _, tc := range []struct {
		name, text, start string
	}{
		{"a test before it", "Hi Sam,\n\nI need to push your interview back to\n3.15pm on the same day, same room. The drug calc\nwill be at 2.55pm.\n\nKind regards,\nSiobhan", "20261208T151500Z"},
		{"the time alone", "Hi Sam,\n\nI need to push your interview back to 3.15pm on the same day, same room.\n\nKind regards,\nSiobhan", "20261208T151500Z"},
		// Two times and neither the move's: unclear, left as booked.
		{"two times, neither moved to", "Hi Sam,\n\nI need to push your interview back on the same day: the drug calc at 2.55pm, then the panel at 3.15pm.\n\nSiobhan", "20261208T143000Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build([]mail.Message{booked, move(tc.text)}, nil, sampleConfig())
			wantOneAt(t, ivs, tc.start)
		})
	}
}

// TestAPartOfTheAgendaNamedByItsTime holds an onsite loop at its start
// when a later mail in its thread names one of its sessions by the time
// the invitation listed it at ("the 10:55 pair programming session");
// a time the agenda does not list still moves it.
func TestAPartOfTheAgendaNamedByItsTime(t *testing.T) {
	invite := namedMessage("loop-1@brightwater-robotics.example", "2026-11-27T13:15:00Z", "Nadia Petrov", "nadia.petrov@brightwater-robotics.example",
		"Your Virtual Onsite with Brightwater Robotics - Thursday, December 10",
		"Hi Sam,\n\nBelow are the details for your upcoming Virtual Onsite interview for the Senior Robotics Software Engineer position.\n\n"+
			"Date: Thursday, December 10, 2026\nTime zone: Central European Standard Time (GMT+01:00)\n\n"+
			"10:00 - 10:45  System Design - Kofi Mensah\n10:55 - 11:40  Pair Programming - Lin Zhao\n11:50 - 12:35  Robotics Deep Dive - Annika Holm\n\n"+
			"Best,\nNadia Petrov\nRecruiting Coordinator, Brightwater Robotics")
	for _, tc := range []struct {
		name, text, start string
	}{
		{"a session named by its time", "Hi Sam,\n\nQuick heads-up for Thursday: Lin is out sick this week, so Marco Bianchi will run the 10:55 pair programming session instead. Same Zoom, nothing else changes on your end.\n\nNadia", "20261210T090000Z"},
		{"a start the agenda does not list", "Hi Sam,\n\nQuick heads-up for Thursday: Kofi is stuck in another meeting, so we will start at 10:30 instead, on the same day.\n\nNadia", "20261210T093000Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reply := namedMessage("loop-2@brightwater-robotics.example", "2026-12-07T08:02:00Z", "Nadia Petrov", "nadia.petrov@brightwater-robotics.example",
				"RE: Your Virtual Onsite with Brightwater Robotics - Thursday, December 10", tc.text)
			reply.InReplyTo, reply.References = []string{"loop-1@brightwater-robotics.example"}, []string{"loop-1@brightwater-robotics.example"}
			ivs := interview.Build([]mail.Message{invite, reply}, nil, sampleConfig())
			wantOneAt(t, ivs, tc.start)
		})
	}
}

// TestAMoveWithASecondChoice: a recruiter asks to push the agreed call
// by half an hour and offers another day as well; the user takes the
// new hour and the recruiter confirms it. The other day was only
// offered: no second interview.
func TestAMoveWithASecondChoice(t *testing.T) {
	reply := func(m mail.Message, to string) mail.Message {
		m.InReplyTo, m.References = []string{to}, []string{to}
		return m
	}
	agreed := namedMessage("intro-1@halvard-analytics.example", "2026-11-24T11:12:00Z", "Priya Nair", "priya.nair@halvard-analytics.example",
		"Senior Data Engineer - intro call", "Hi Sam,\n\nthanks for applying for the Senior Data Engineer role. Would Monday 30 November at 14:00 Irish time work for a 30-minute intro call with our engineering manager?\n\nPriya")
	yes := reply(textMessage("intro-2@example.org", "2026-11-24T18:40:00+01:00", "sam.rivera@example.org", "Re: Senior Data Engineer - intro call",
		"Hi Priya,\n\nMonday 30 November at 14:00 works for me.\n\nSam"), "intro-1@halvard-analytics.example")
	yes.From, yes.To = addr("Sam Rivera", "sam.rivera@example.org"), addr("Priya Nair", "priya.nair@halvard-analytics.example")
	push := reply(namedMessage("intro-3@halvard-analytics.example", "2026-11-25T10:03:00Z", "Priya Nair", "priya.nair@halvard-analytics.example",
		"RE: Senior Data Engineer - intro call", "Hi Sam,\n\nsmall wrinkle - our manager has a clash at 14:00 on the 30th now. Could we push it by half an hour, so 14:30 Irish time? Otherwise Tuesday 1 Dec at 11:00 is also open.\n\nPriya"),
		"intro-2@example.org")
	took := reply(textMessage("intro-4@example.org", "2026-11-25T12:00:00+01:00", "sam.rivera@example.org", "Re: Senior Data Engineer - intro call",
		"14:30 on Monday is fine, no problem.\n\nSam"), "intro-3@halvard-analytics.example")
	took.From, took.To = addr("Sam Rivera", "sam.rivera@example.org"), addr("Priya Nair", "priya.nair@halvard-analytics.example")
	confirmed := reply(namedMessage("intro-5@halvard-analytics.example", "2026-11-25T12:30:00Z", "Priya Nair", "priya.nair@halvard-analytics.example",
		"RE: Senior Data Engineer - intro call", "Hi Sam,\n\nperfect, updated:\n\nMonday 30 November, 14:30-15:00 Irish time\nIntro call with our engineering manager\n\nPriya"),
		"intro-4@example.org")
	ivs := interview.Build([]mail.Message{agreed, yes, push, took, confirmed}, nil, sampleConfig())
	wantOneAt(t, ivs, "20261130T143000Z")
}

// TestClockTakenOnTheEmployersClock holds a clock an NHS Trust's manager
// proposes, which the user's answer takes on a day, to the Trust's clock
// (the UK's), not the user's; NHS Jobs' notice of the change then moves
// the booking it made, not a second interview.
func TestClockTakenOnTheEmployersClock(t *testing.T) {
	booked := namedMessage("booked-2@jobs.nhs.uk", "2026-11-25T10:02:00Z", "NHS Jobs", "noreply@jobs.nhs.uk", "Interview booked: Senior Information Analyst",
		"You have booked an interview.\n\nJob: Senior Information Analyst\nEmployer: Calderbridge Teaching Hospitals NHS Foundation Trust\n\nDate: Monday 7 December 2026\nTime: 2:15pm\n\nDo not reply to this email.")
	proposal := namedMessage("panel-1@calderbridge-hospitals.example", "2026-12-02T15:31:18Z", "HOLLINRAKE, Gemma (CALDERBRIDGE TEACHING HOSPITALS NHS FOUNDATION TRUST)", "gemma.hollinrake@calderbridge-hospitals.example",
		"Interview Monday 7th December - Senior Information Analyst",
		"Hi Sam,\n\nI'm the recruiting manager for the Senior Information Analyst post you're interviewing for on Monday 7th. "+
			"One of our panel members has been called into a regional meeting that afternoon. Would you be able to come in earlier on the same day instead, at 10:45am?\n\n"+
			"Many thanks,\nGemma\n\nGemma Hollinrake\nHead of Business Intelligence\nCalderbridge Teaching Hospitals NHS Foundation Trust")
	reply := textMessage("reply-1@example.org", "2026-12-02T17:02:55+01:00", "sam.rivera@example.org", "Re: Interview Monday 7th December - Senior Information Analyst",
		"Hi Gemma,\n\nNo problem at all - 10:45am on Monday 7 December works for me.\n\nSee you on Monday,\nSam")
	reply.From, reply.To = addr("Sam Rivera", "sam.rivera@example.org"), addr("Gemma Hollinrake", "gemma.hollinrake@calderbridge-hospitals.example")
	reply.InReplyTo, reply.References = []string{"panel-1@calderbridge-hospitals.example"}, []string{"panel-1@calderbridge-hospitals.example"}
	changed := namedMessage("changed-1@jobs.nhs.uk", "2026-12-03T08:58:21Z", "NHS Jobs", "noreply@jobs.nhs.uk", "Your interview details have changed: Senior Information Analyst",
		"The details of your interview have changed.\n\nJob: Senior Information Analyst\nEmployer: Calderbridge Teaching Hospitals NHS Foundation Trust\n\nNew date: Monday 7 December 2026\nNew time: 10:45am\n\nDo not reply to this email.")
	for _, tc := range []struct {
		name string
		msgs []mail.Message
	}{
		{"the answer alone", []mail.Message{booked, proposal, reply}},
		{"and the booking's change", []mail.Message{booked, proposal, reply, changed}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			wantOneAt(t, ivs, "20261207T104500Z")
		})
	}
}

// TestPublicSystemBookingThroughAMailer: NHS Jobs sends through GOV.UK
// Notify, answered at its own no-reply address. Its invitation names the
// trust; its booking names only the job and a contact at the trust's
// domain. The interview is the trust's, with the contact to thank, not
// "NHS Jobs" or the mailer's "Notifications".
func TestPublicSystemBookingThroughAMailer(t *testing.T) {
	notify := func(id, date, subject, text string) mail.Message {
		m := namedMessage(id, date, "NHS Jobs", "nhs.jobs@notifications.service.gov.uk", subject, text)
		m.ReplyTo = addr("NHS Jobs", "noreply@jobs.nhs.uk")
		return m
	}
	invite := notify("inv-7@notifications.service.gov.uk", "2026-11-20T09:00:00Z", "Invitation to interview: Band 5 Staff Nurse - Acute Medical Unit",
		"Dear Sam Rivera,\n\nWestmarch Valley Hospitals NHS Trust would like to invite you to an interview for the job:\n\nBand 5 Staff Nurse - Acute Medical Unit\n\n"+
			"Sign in to your NHS Jobs account to choose an interview time.\n\nThis is an automated email - do not reply.")
	booked := notify("bk-7@notifications.service.gov.uk", "2026-11-23T14:00:00Z", "Interview booked: Band 5 Staff Nurse - Acute Medical Unit",
		"Dear Sam Rivera,\n\nYou've booked an interview for the job:\n\nBand 5 Staff Nurse - Acute Medical Unit\n\nDate: Tuesday 8 December 2026\nTime: 2:15pm\n"+
			"Interview type: In person\n\nIf you need any reasonable adjustments, contact:\nOlu Adeyemi\nolu.adeyemi@westmarchvalleyhospitals.example\n\n"+
			"This is an automated email - do not reply.")
	ivs := interview.Build([]mail.Message{invite, booked}, nil, sampleConfig())
	wantOneAt(t, ivs, "20261208T141500Z")
	if iv := ivs[0]; iv.Company != "Westmarch Valley Hospitals NHS Trust" || iv.Organizer.Email != "olu.adeyemi@westmarchvalleyhospitals.example" {
		t.Errorf("company %q, organizer %q; want the trust and its contact (%s; %s)", iv.Company, iv.Organizer.Email, iv.Why.Company, iv.Why.People)
	}
}

// TestOfferTakenOnTheClockTheUserNames: a recruiter offers a time without
// saying whose clock; the user's answer takes it and names the
// recruiter's. The interview is at that clock, not the user's; an answer
// that names no clock leaves the user's.
func TestOfferTakenOnTheClockTheUserNames(t *testing.T) {
	for _, tc := range []struct {
		name, offer, answer, want string
	}{
		{"English, the city's time",
			"Hi Sam, thanks for applying to the Data Engineer role. Could I give you a call on Thursday at 9:30 for a first chat?",
			"Hi Laura, Thursday 9:30 Bogota time works for me (15:30 here). Talk then!", "20261203T143000Z"},
		{"Spanish, hora de",
			"Hola Sam, gracias por postular. ¿Te llamo el jueves a las 9:30 para una primera conversación?",
			"Hola Laura, perfecto: jueves 9:30 hora de Colombia, ¿cierto? Quedo atento.", "20261203T143000Z"},
		{"no clock named: the user's",
			"Hi Sam, thanks for applying to the Data Engineer role. Could I give you a call on Thursday at 9:30 for a first chat?",
			"Hi Laura, Thursday 9:30 works for me. Talk then!", "20261203T083000Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			offer := namedMessage("offer-1@andeanpay.example", "2026-11-30T16:05:00-05:00", "Laura Restrepo", "laura.restrepo@andeanpay.example",
				"Data Engineer - AndeanPay", tc.offer)
			answer := textMessage("answer-1@example.org", "2026-11-30T22:40:00+01:00", "sam.rivera@example.org", "Re: Data Engineer - AndeanPay", tc.answer)
			answer.From, answer.To = addr("Sam Rivera", "sam.rivera@example.org"), addr("Laura Restrepo", "laura.restrepo@andeanpay.example")
			answer.InReplyTo, answer.References = []string{"offer-1@andeanpay.example"}, []string{"offer-1@andeanpay.example"}
			wantOneAt(t, interview.Build([]mail.Message{offer, answer}, nil, sampleConfig()), tc.want)
		})
	}
}

// TestSelfForwardIsTheMailItCarries reads the user's forward of a mail to
// their own address, from another of their accounts or from work, as the
// mail it forwards; a friend's forward of an invitation addressed to the
// friend stays the friend's.
func TestSelfForwardIsTheMailItCarries(t *testing.T) {
	forward := func(from []mail.Address, to string) mail.Message {
		m := textMessage("fwd-1@mail.gmail.com", "2026-11-30T21:14:07+01:00", from[0].Email,
			"Fwd: Interview Confirmation: Brightwell Analytics - Senior Backend Engineer",
			"Moving this to my main inbox so I don't lose it.\n\n---------- Forwarded message ---------\n"+
				"From: Brightwell Analytics <no-reply@greenhouse.io>\nDate: Mon, Nov 30, 2026 at 5:02 PM\n"+
				"Subject: Interview Confirmation: Brightwell Analytics - Senior Backend Engineer\nTo: <"+to+">\n\n\n"+
				"Hi,\n\nThanks for sharing your availability. Your interview for the Senior Backend Engineer role at Brightwell Analytics is confirmed.\n\n"+
				"Thursday, December 3, 2026\n3:00 PM - 4:15 PM CET\nVideo call: https://meet.google.com/kzt-qmwe-pra\n")
		m.From = from
		return m
	}
	for _, tc := range []struct {
		name string
		msg  mail.Message
		want int
	}{
		{"from the user's other account", forward(addr("Sam Rivera", "samrivera.mail@gmail.com"), "samrivera.mail@gmail.com"), 1},
		{"from the user's own address", forward(addr("Sam Rivera", "sam.rivera@example.org"), "sam.rivera@example.org"), 1},
		{"a friend's, addressed to him", forward(addr("Jonas Weber", "jonas.weber@gmail.com"), "jonas.weber@gmail.com"), 0},
		// The user's name is anyone's to write: from a company's domain
		// it proves nothing.
		{"the user's name at a stranger's company", forward(addr("Sam Rivera", "sam.rivera@brightwell-careers.example"), "samrivera.mail@gmail.com"), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build([]mail.Message{tc.msg}, nil, sampleConfig())
			if len(ivs) != tc.want {
				t.Fatalf("%d interviews, want %d", len(ivs), tc.want)
			}
			if tc.want == 0 {
				return
			}
			if iv := ivs[0]; !iv.Start.Equal(utc("20261203T140000Z")) || iv.Company != "Brightwell Analytics" || strings.Contains(iv.Organizer.Email, "sam") {
				t.Errorf("interview at %s with %q organised by %q, want 14:00 UTC with Brightwell Analytics and not the user", iv.Start.UTC(), iv.Company, iv.Organizer.Email)
			}
		})
	}
}

// TestCalendarMailsOfAKind holds invitations by what their title says
// beside their shape: a professional's service is no interview; a hiring
// drive's round booked for the user alone is.
func TestCalendarMailsOfAKind(t *testing.T) {
	for _, tc := range []struct {
		name, summary, organizer string
		want                     int
	}{
		{"an accountant's review booked on Calendly", "IR35 Contract Review", "hannah.moss@clearwater-accounting.example", 0},
		{"the same shape, named for no service", "Catch-up", "hannah.moss@clearwater-accounting.example", 1},
		{"a hiring drive's round booked for the user", "Tessaract Virtual Hiring Drive - Round 1 Technical Interview", "no-reply@tessaract-systems.example", 1},
		{"a hiring drive's welcome session", "Tessaract Virtual Hiring Drive - Welcome Session", "no-reply@tessaract-systems.example", 0},
		{"a tax adviser's consultation", "Consulta fiscal (30 min) con Álvaro Noguera", "alvaro@noguera-asesores.example", 0},
		{"a thesis tutor's hour", "Tutoría TFM - Sam Rivera", "jorge.salcedo@uatlantica.example", 0},
		{"a car's service", "Inspection + winter tyre change", "service@brandt-kfz.example", 0},
		{"a bank adviser about a mortgage", "Colloquio con il consulente - mutuo prima casa", "consulenza@banca-meridiana.example", 0},
		{"a law firm's work permit consultation", "Work Permit Consultation (30 min) between Grace Lam and Sam Rivera", "grace.lam@fraserlam-law.example", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := calMessageFrom("cal-9@x.example", "2026-11-26T09:00:00Z", "Invitation: "+tc.summary, "You have a new event.",
				vevent{method: "REQUEST", stamp: "20261126T090000Z", start: "20261203T140000Z", summary: tc.summary, organizer: tc.organizer,
					uid: "cal-9@x.example", extra: []string{"LOCATION:Microsoft Teams", "DESCRIPTION:Join on Microsoft Teams https://teams.microsoft.com/l/meetup-join/19%3ameeting_x"}})
			if ivs := interview.Build([]mail.Message{m}, nil, sampleConfig()); len(ivs) != tc.want {
				for _, v := range interview.Verdicts([]mail.Message{m}, sampleConfig()) {
					t.Logf("%s", v.Reason)
				}
				t.Fatalf("%d interviews, want %d", len(ivs), tc.want)
			}
		})
	}
}

// TestStagesInATablesRows reads an invitation to two stages laid out as a
// table's rows, each row's first column naming its stage, as two
// interviews.
func TestStagesInATablesRows(t *testing.T) {
	m := textMessage("undangan-1@garudaawan.example", "2026-12-18T10:26:14+07:00", "rina.kartika@garudaawan.example",
		"Undangan Interview - Senior DevOps Engineer - PT Garuda Awan Teknologi",
		"Dengan hormat,\nBapak Sam Rivera\n\ndengan ini kami mengundang Bapak untuk mengikuti tahap interview untuk posisi Senior DevOps Engineer, dengan jadwal sebagai berikut:\n\n"+
			"Tahap           | Hari / Tanggal         | Waktu             | Pewawancara\n"+
			"Interview User  | Selasa, 5 Januari 2027 | 15.00 – 16.00 WIB | Bpk. Hendra Wijaya\n"+
			"Interview HR    | Kamis, 7 Januari 2027  | 14.00 – 14.45 WIB | Ibu Rina Kartika\n\n"+
			"Media: Microsoft Teams (tautan akan kami kirimkan H-1).\nMohon kesediaan Bapak untuk mengonfirmasi kehadiran dengan membalas email ini paling lambat Rabu, 23 Desember 2026.\n\n"+
			"Hormat kami,\nRina Kartika")
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	var got []string
	for _, iv := range ivs {
		got = append(got, iv.Start.UTC().Format("20060102T150405Z"))
	}
	slices.Sort(got)
	if want := []string{"20270105T080000Z", "20270107T070000Z"}; !slices.Equal(got, want) {
		t.Errorf("interviews at %v, want %v", got, want)
	}
}

// TestBoardBookingMovedNamingOnlyTheNewDay: the employer's move that
// names only the new day moves the company's one booking by a job board.
func TestBoardBookingMovedNamingOnlyTheNewDay(t *testing.T) {
	glints := namedMessage("glints-1@glints.com", "2026-12-07T09:00:00+07:00", "Glints", "no-reply@glints.com",
		"Undangan Interview: Senior Site Reliability Engineer di PT Nusantara Pay Digital",
		"Hai Sam Rivera,\n\nSelamat! PT Nusantara Pay Digital mengundang kamu untuk interview untuk posisi Senior Site Reliability Engineer.\n"+
			"Congratulations! PT Nusantara Pay Digital has invited you to an interview for the position above.\n\nTanggal / Date\nSenin, 14 Desember 2026\nWaktu / Time\n10:00 - 11:00 WIB (GMT+7)\n\nTim Glints")
	moved := textMessage("hr-2@nusantarapay.example", "2026-12-14T08:47:55+07:00", "dewi.lestari@nusantarapay.example",
		"RE: Interview Senior SRE - new time Tuesday 15 Dec",
		"Selamat siang Pak Sam,\n\nBerikut detail interview yang sudah diperbarui:\n\nHari/Tanggal : Selasa, 15 Desember 2026\nWaktu        : 14.00 - 15.00 WIB\n\n"+
			"Sekali lagi mohon maaf atas perubahan jadwalnya.\n\nSalam hangat,\nDewi Lestari\nPeople & Culture | PT Nusantara Pay Digital")
	ivs := interview.Build([]mail.Message{glints, moved}, nil, sampleConfig())
	wantOneAt(t, ivs, "20261215T070000Z")
	// The same words from a private address anyone can have move
	// nothing: the booking stays where the board put it.
	stranger := moved
	stranger.From = addr("PT Nusantara Pay Digital", "nusantarapay.hr@gmail.com")
	stranger.Subject = "Interview PT Nusantara Pay Digital - jadwal baru"
	kept := false
	for _, iv := range interview.Build([]mail.Message{glints, stranger}, nil, sampleConfig()) {
		kept = kept || iv.Start.Equal(utc("20261214T030000Z"))
	}
	if !kept {
		t.Errorf("a private address moved the board's booking")
	}
}

// TestMailsOfAKind holds mail in words by what it is: a therapist's
// booking platform's "entrevista inicial" is no job interview; a time
// said to "now start" at another hour moves the interview, on the clock
// of the British address the invitation gives (its postcode).
func TestMailsOfAKind(t *testing.T) {
	doctoralia := namedMessage("cita-1@doctoralia.es", "2026-12-01T10:00:00+01:00", "Doctoralia", "no-reply@doctoralia.es", "Cita confirmada: Laura Benítez Ruiz, 9 dic. 18:00",
		"Hola Sam,\n\ntu cita está confirmada.\n\nServicio: Primera visita Psicología (entrevista inicial)\nFecha: miércoles, 9 de diciembre de 2026\nHora: 18:00\nModalidad: videoconsulta\n\nDoctoralia")
	invite := textMessage("inv-1@pennard.example", "2026-12-03T11:20:33Z", "recruitment@pennard.example", "Invitation to Interview - Research Software Engineer",
		"Dear Sam Rivera,\n\nI am pleased to invite you to attend an interview on Tuesday 15 December 2026 at 13:45. The interview will be held in person in Room 2.14, Swansea SA2 8PP.\n\nElin Davies\nRecruitment Officer")
	change := textMessage("chg-1@pennard.example", "2026-12-04T10:02:47Z", "recruitment@pennard.example", "RE: Invitation to Interview - Research Software Engineer",
		"Dear Sam,\n\nPlease note one change to the arrangements: due to a panel member's teaching commitment, your presentation and interview will now start at 14:30 rather than 13:45 on Tuesday 15 December. "+
			"Please report to the reception by 14:15.\n\nElin Davies")
	change.InReplyTo, change.References = []string{"inv-1@pennard.example"}, []string{"inv-1@pennard.example"}
	receipt := textMessage("hak-1@kaamosrekry.example", "2026-12-01T10:00:00+02:00", "rekry@kaamosrekry.example", "Kiitos hakemuksestasi - Full Stack -kehittäjä",
		"Hei Sam,\n\nkiitos hakemuksestasi. Haku on auki 14.12.2026 klo 16.00 asti, jonka jälkeen käymme hakemukset läpi. Haastattelut pidetään viikoilla 51-52.\n\nKaamos Rekry")
	citation := textMessage("cit-1@csalcarras.example", "2026-12-18T12:00:00+01:00", "seleccio@csalcarras.example", "Convocatoria PS-2026-071 - Citación entrevista",
		"Estimado/a Sr./Sra. Rivera:\n\nle citamos a la entrevista personal:\n\nDía: jueves, 14 de enero de 2027\nHora: 9:30 horas\nLugar: Edificio de Dirección\n\nUnidad de Selección")
	correction := textMessage("cit-2@csalcarras.example", "2026-12-22T09:05:19+01:00", "seleccio@csalcarras.example", "Convocatoria PS-2026-071 – CORRECCIÓN DE ERRORES citación entrevista",
		"Estimado/a Sr./Sra. Rivera:\n\nAdvertido error material en la citación, le comunicamos la siguiente CORRECCIÓN:\n\n  Donde dice: \"Hora: 9:30 horas\"\n  Debe decir: \"Hora: 10:30 horas\"\n\n"+
			"Se mantienen sin cambios el día (jueves, 14 de enero de 2027) y el lugar.\n\nUnidad de Selección")
	flemish := textMessage("sel-1@isd-schelde.example", "2026-12-21T10:00:00+01:00", "selectie@isd-schelde.example", "Uitnodiging selectiegesprek - Projectleider ICT",
		"Geachte heer Rivera,\n\nWij nodigen u hierbij uit voor het mondelinge selectiegesprek:\n\nDatum: maandag 18 januari 2027\nUur: 9u30\n\n"+
			"Gelieve uw presentatie ten laatste vrijdag 15 januari om 12u00 per e-mail te bezorgen.\n\nPersoneelsdienst")
	onsite := namedMessage("gh-9@greenhouse-mail.io", "2026-11-30T16:00:00-05:00", "Halvorsen Robotics", "no-reply@greenhouse.io", "Your virtual onsite with Halvorsen Robotics",
		"Hi Sam,\n\nWe're excited to confirm your virtual onsite interviews with the team. Your schedule is below.\n\nTuesday, December 8, 2026\n"+
			"All times are listed in Eastern Time (US & Canada)\n\nTime Interview Interviewer(s)\n"+
			"10:00 AM - 10:45 AM System Design: Fleet Telemetry Ingestion Carlos Mendez, Staff Engineer\n10:45 AM - 11:00 AM Break\n"+
			"11:00 AM - 11:45 AM Coding: Robot Task Scheduling API Aisha Rahman\n12:00 PM - 12:30 PM Hiring Manager Conversation Derek Lindqvist\n\n"+
			"Best,\nMegan Alcott\nTechnical Recruiter, Halvorsen Robotics")
	for _, tc := range []struct {
		name   string
		msgs   []mail.Message
		starts []string
	}{
		{"a therapist's first visit", []mail.Message{doctoralia}, nil},
		{"an application's closing time, said after it", []mail.Message{receipt}, nil},
		{"a formal correction of the hour", []mail.Message{citation, correction}, []string{"20270114T093000Z"}},
		{"a deadline beside the interview, in Flemish", []mail.Message{flemish}, []string{"20270118T083000Z"}},
		{"a virtual onsite's agenda on the clock it states", []mail.Message{onsite}, []string{"20261208T150000Z"}},
		{"a time that will now start later", []mail.Message{invite, change}, []string{"20261215T143000Z"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, iv := range interview.Build(tc.msgs, nil, sampleConfig()) {
				got = append(got, iv.Start.UTC().Format("20060102T150405Z"))
			}
			if !slices.Equal(got, tc.starts) {
				t.Errorf("interviews at %v, want %v", got, tc.starts)
			}
		})
	}
}

// TestEmployersPersonJoinsABoardsBooking: the employer's person who
// confirms a job board's booking, from a domain that spells the company,
// is one of its people, so her later word in her own thread (a
// cancellation) concerns it; the board's "notificaciones@" is no person.
func TestEmployersPersonJoinsABoardsBooking(t *testing.T) {
	board := namedMessage("ct-1@computrabajo.com", "2026-12-04T10:00:00-06:00", "Computrabajo", "notificaciones@computrabajo.com",
		"Tlaloc Energía te ha enviado un mensaje",
		"Hola Sam,\n\nTlaloc Energía te ha enviado un mensaje sobre tu postulación a Líder de Ingeniería de Datos:\n\n"+
			"\"Nos gustaría agendar una entrevista virtual contigo el viernes 11 de diciembre a las 12:00 hrs (hora del centro de México).\"\n\nComputrabajo")
	confirm := textMessage("karla-1@tlaloc-energia.example", "2026-12-04T17:02:00-06:00", "karla.mendoza@tlaloc-energia.example",
		"Confirmación de entrevista - Líder de Ingeniería de Datos",
		"Hola Sam,\n\nte confirmo la entrevista:\n\nFecha: viernes 11 de diciembre de 2026\nHora: 12:00 hrs (hora del centro de México / CDMX)\nModalidad: Google Meet\n\nSaludos,\nKarla Mendoza Ríos\nAtracción de Talento | Tlaloc Energía")
	cancel := textMessage("karla-2@tlaloc-energia.example", "2026-12-08T09:30:00-06:00", "karla.mendoza@tlaloc-energia.example",
		"RE: Confirmación de entrevista - Líder de Ingeniería de Datos",
		"Hola Sam,\n\nLamento mucho avisarte que la vacante quedó en pausa, por lo que tenemos que cancelar la entrevista de este viernes 11.\n\nSaludos,\nKarla Mendoza Ríos")
	cancel.InReplyTo, cancel.References = []string{"karla-1@tlaloc-energia.example"}, []string{"karla-1@tlaloc-energia.example"}
	ivs := interview.Build([]mail.Message{board, confirm, cancel}, nil, sampleConfig())
	if len(ivs) != 1 || ivs[0].Status != interview.Cancelled || !ivs[0].Start.Equal(utc("20261211T180000Z")) {
		for _, iv := range ivs {
			t.Logf("%q at %s %s (%s)", iv.Company, iv.Start.UTC(), iv.Status, iv.StatusReason)
		}
		t.Fatalf("want one interview at 18:00 UTC, cancelled")
	}
}

// TestStrangerCannotTakeOverABoardsBooking: a job board's booking names
// nobody, so whoever writes about it must not become the one a draft
// goes to, nor move it, from a private address that anyone can have: a
// "reminder" restating its time, a "move" naming its company and day.
func TestStrangerCannotTakeOverABoardsBooking(t *testing.T) {
	board := namedMessage("ct-2@computrabajo.com", "2026-12-03T18:26:11-06:00", "Computrabajo", "notificaciones@computrabajo.com",
		"Grupo Tláloc Logística te ha enviado un mensaje",
		"Hola Sam,\n\nGrupo Tláloc Logística te ha enviado un mensaje:\n\n\"Queremos invitarte a una entrevista.\nFecha: jueves 10 de diciembre de 2026\nHora: 10:00 hrs (hora CDMX)\nPlataforma: Zoom\"\n\nComputrabajo")
	reminder := namedMessage("ana-1@outlook.com", "2026-12-09T12:05:00-06:00", "Ana Lozano", "ana.lozano.rh@outlook.com", "Recordatorio entrevista - Desarrollador Backend Senior",
		"Buenas tardes Sam,\n\nLe recuerdo su entrevista mañana jueves 10/12 a las 10:00 hs hora CDMX con Grupo Tláloc Logística.\n\nSaludos,\nAna Lozano\nReclutamiento")
	move := namedMessage("mov-1@gmail.com", "2026-12-08T09:00:00-06:00", "Grupo Tláloc Logística", "tlaloc.rh.2026@gmail.com", "Cambio de horario - entrevista Grupo Tláloc Logística",
		"Hola Sam,\n\ntuvimos que cambiar la hora de su entrevista con Grupo Tláloc Logística: el nuevo horario es el viernes 11 de diciembre de 2026 a las 12:00 hrs (hora CDMX).\n\nSaludos")
	for _, tc := range []struct {
		name string
		msgs []mail.Message
	}{
		{"a reminder from a private address", []mail.Message{board, reminder}},
		{"a move from a private address", []mail.Message{board, move}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			booked := false
			for _, iv := range interview.Build(tc.msgs, nil, sampleConfig()) {
				if !iv.Start.Equal(utc("20261210T160000Z")) {
					continue
				}
				booked = true
				if iv.Organizer.Email != "" {
					t.Errorf("the board's booking is organised by %q, want nobody", iv.Organizer.Email)
				}
			}
			if !booked {
				t.Errorf("the board's booking at 16:00 UTC was moved or lost")
			}
		})
	}
}

// TestAppointmentBookedForTheMinute: a school's booking of a
// parent-teacher appointment at 17:20, then the teacher's own "See you
// tomorrow at 17:20" about "our interview": the appointment, no job
// interview. A job invitation from a university that also holds
// admissions interviews is the user's all the same.
func TestAppointmentBookedForTheMinute(t *testing.T) {
	booked := calMessageFrom("appt-1@calendar.google.com", "2026-11-26T19:05:00Z", "Appointment booked: Parent-Teacher Interviews - Ms Achterberg (English) @ Thu 3 Dec 2026 17:20 - 17:30 (CET)",
		"Appointment booked.", vevent{method: "REQUEST", stamp: "20261126T190500Z", start: "20261203T162000Z", summary: "Parent-Teacher Interviews - Ms Achterberg (English)",
			organizer: "e.achterberg@rvis.example", uid: "appt-1@google.com", extra: []string{"LOCATION:https://meet.google.com/abc-defg-hij"}})
	teacher := textMessage("ach-1@rvis.example", "2026-12-02T15:10:00Z", "e.achterberg@rvis.example", "Noah Rivera (8B) - our interview on Thursday",
		"Dear Mr Rivera,\n\nahead of our interview on Thursday: Noah has done well this term. See you tomorrow at 17:20 on Meet.\n\nBest,\nEva Achterberg")
	if ivs := interview.Build([]mail.Message{booked, teacher}, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("%d interviews, want none: %q at %s", len(ivs), ivs[0].Company, ivs[0].Start.UTC())
	}

	admission := textMessage("adm-1@norrvik.example", "2026-11-20T10:00:00+01:00", "admissions@norrvik.example", "Master's programme in Data Science - admissions interview",
		"Dear Sam,\n\nwe invite you to an admissions interview for the Master's programme in Data Science. Please book a time with the programme coordinator.\n\nAdmissions Office")
	job := textMessage("varbi-1@varbi.com", "2026-12-01T09:00:00+01:00", "noreply@varbi.com", "Invitation to interview - Research Software Engineer",
		"Dear Sam Rivera,\n\nThank you for your application for the position Research Software Engineer at Norrvik University. We would like to invite you to an interview.\n\n"+
			"Date: Monday 11 January 2027\nTime: 09:00-10:00 (Swedish time, CET)\nLocation: Zoom\n\nKind regards,\nHenrik Sjöberg\nHR Officer")
	job.From, job.ReplyTo = addr("Norrvik University", "noreply@varbi.com"), addr("Henrik Sjöberg", "henrik.sjoberg@norrvik.example")
	if ivs := interview.Build([]mail.Message{admission, job}, nil, sampleConfig()); len(ivs) != 1 || !ivs[0].Start.Equal(utc("20270111T080000Z")) {
		t.Errorf("%d interviews, want the job interview at 08:00 UTC", len(ivs))
	}
}

// TestSameMinuteSameDomainOneInterview: a hiring system's notice names
// the company in its own script ("深蓝数智"), with the recruiter of the
// company's domain in Reply-To; the interviewer's calendar invitation
// for the same minute comes from that domain, whose name spells
// otherwise ("Shenlan-Ai"). One organisation, one interview.
func TestSameMinuteSameDomainOneInterview(t *testing.T) {
	notice := namedMessage("moka-1@mokahr.com", "2026-12-03T10:00:00+08:00", "深蓝数智招聘", "notice@mokahr.com", "【深蓝数智】面试邀请：高级后端开发工程师（Go）",
		"Sam Rivera，您好！\n\n面试时间 12月11日 周五 下午4:00（北京时间）\n面试形式 视频面试（飞书视频会议）\n面试官 王磊（后端技术负责人）\n\n此邮件由系统自动发送，请勿直接回复。")
	notice.ReplyTo = addr("李婷", "liting@shenlan-ai.example")
	invite := calMessageFrom("feishu-1@feishu.cn", "2026-12-03T11:00:00+08:00", "王磊邀请你参加日程：深蓝数智｜技术面试（Sam Rivera）", "飞书日历邀请",
		vevent{method: "REQUEST", stamp: "20261203T030000Z", start: "20261211T080000Z", summary: "深蓝数智｜技术面试（Sam Rivera）",
			organizer: "wanglei@shenlan-ai.example", uid: "c9f1e3a2@feishu.cn"})
	ivs := interview.Build([]mail.Message{notice, invite}, nil, sampleConfig())
	wantOneAt(t, ivs, "20261211T080000Z")
}

// TestEventReusedForTheNextRound: an organiser edits the first round's
// event, after it was held, into the second round (same UID, a new
// title, a later day): two interviews, the first keeping its identity.
// An update sent before the first round's time moves it; so does one
// that keeps the title.
func TestEventReusedForTheNextRound(t *testing.T) {
	const org, uid = "lucia.moreno@cabrera-logistica.example", "5q2k7d1v@google.com"
	first := calMessageFrom("g1@google.com", "2026-11-26T12:05:33Z", "Invitación: Entrevista: Sam Rivera / Lucía Moreno", "Invitación de Google Calendar",
		vevent{method: "REQUEST", stamp: "20261126T120533Z", start: "20261203T090000Z", summary: "Entrevista: Sam Rivera / Lucía Moreno", organizer: org, uid: uid, extra: []string{teamsLink}})
	update := func(date, stamp, summary string) mail.Message {
		return calMessageFrom("g2@google.com", date, "Invitación actualizada: "+summary, "Se ha actualizado este evento.",
			vevent{method: "REQUEST", seq: 2, stamp: stamp, start: "20261218T110000Z", summary: summary, organizer: org, uid: uid, extra: []string{teamsLink}})
	}
	for _, tc := range []struct {
		name string
		next mail.Message
		want []string
	}{
		{"re-used after it was held, under a new title", update("2026-12-03T14:47:10Z", "20261203T144710Z", "Segunda entrevista: Sam Rivera / Diego Salas / Ana Beltrán"),
			[]string{"2026-12-03T09:00:00Z", "2026-12-18T11:00:00Z"}},
		{"moved before it was held", update("2026-12-01T14:47:10Z", "20261201T144710Z", "Segunda entrevista: Sam Rivera / Diego Salas / Ana Beltrán"),
			[]string{"2026-12-18T11:00:00Z"}},
		{"moved after its time, the title kept", update("2026-12-03T14:47:10Z", "20261203T144710Z", "Entrevista: Sam Rivera / Lucía Moreno"),
			[]string{"2026-12-18T11:00:00Z"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build([]mail.Message{first, tc.next}, nil, sampleConfig())
			var got []string
			for _, iv := range ivs {
				got = append(got, iv.Start.UTC().Format(time.RFC3339))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("interviews at %v, want %v", got, tc.want)
			}
			if len(ivs) == 2 && ivs[0].ID == ivs[1].ID {
				t.Errorf("both interviews have the ID %s", ivs[0].ID)
			}
		})
	}
}

// TestPodcastAboutTheUsersOwnOrganisation: a podcast asks to interview
// the user about the user's own employer ("Interview-Anfrage: ... bei
// Globex"), then sends its invitation to record from the same domain.
// Neither is a job interview.
func TestPodcastAboutTheUsersOwnOrganisation(t *testing.T) {
	const host = "lena@stackgefluester.example"
	ask := textMessage("pc1@stackgefluester.example", "2026-11-24T09:12:00+01:00", host, "Interview-Anfrage: Stackgeflüster – Folge über Observability bei Globex",
		"Hallo Sam,\n\nich mache den Podcast „Stackgeflüster“. Hättest du Lust auf ein Interview für eine unserer Januar-Folgen? Thema: wie ihr bei Globex Observability aufgebaut habt.\n\n"+
			"Mögliche Aufnahmetermine:\n  Mi, 2.12. um 10:00\n  Do, 3.12. um 15:00\n\nLiebe Grüße\nLena")
	invite := calMessageFrom("pc2@google.com", "2026-11-25T10:00:00+01:00", "Invitation: Stackgeflüster Aufnahme: Interview mit Sam Rivera (Globex)",
		"Lena Hoffmann has invited you to an event.", vevent{method: "REQUEST", start: "20261203T140000Z", organizer: host, uid: "pc2@google.com",
			summary: "Stackgeflüster Aufnahme: Interview mit Sam Rivera (Globex)", extra: []string{"LOCATION:https://riverside.fm/studio/stackgefluester"}})
	if ivs := interview.Build([]mail.Message{ask, invite}, nil, sampleConfig()); len(ivs) != 0 {
		t.Errorf("%d interviews, want none: %s", len(ivs), ivs[0].Evidence)
	}
}
