package interview_test

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/calendar"
	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

const (
	hooliUID  = "7kq3j1v0c2h4m5n6p7r8s9t0u1@google.com"
	onsiteUID = "initech-onsite-2026@initech.example"
)

// hooliEvent is the one-off interview as the feed shows it; tests change
// its SEQUENCE, start and status.
const hooliEvent = `BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261202T140000
DTEND;TZID=Europe/Berlin:20261202T150000
DTSTAMP:20261130T070000Z
ORGANIZER;CN=Denise Lu:mailto:denise.lu@hooli.example
UID:` + hooliUID + `
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sam Rivera:mailto:sam.rivera@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gavin Belson:mailto:gavin.belson@hooli.example
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hooli-MV-2-Aviato (6):mailto:c_188a@resource.calendar.google.com
X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hooli – Technical Interview (Staff Engineer)
END:VEVENT
`

// feedICS is a Google Calendar export of the user's calendar in the weeks
// of their interviews: Google writes the local zone's name as TZID and
// the export time as DTSTAMP; the Outlook-made event keeps its Windows
// zone name.
const feedICS = `BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Sam
X-WR-TIMEZONE:Europe/Berlin
%HOOLI%BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261102T093000
DTEND;TZID=Europe/Berlin:20261102T094500
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
DTSTAMP:20261130T070000Z
ORGANIZER;CN=Bob Slydell:mailto:bob@globex.example
UID:standup-platform@globex.example
ATTENDEE;CN=Sam Rivera:mailto:sam@globex.example
ATTENDEE;CN=Alice Chen:mailto:alice@globex.example
X-GOOGLE-CONFERENCE:https://meet.google.com/std-upxx-xyz
SEQUENCE:3
SUMMARY:Daily stand-up
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261203T110000
DTEND;TZID=Europe/Berlin:20261203T120000
DTSTAMP:20261130T070000Z
ORGANIZER;CN=Carol Tran:mailto:carol@globex.example
UID:loop-john-smith@globex.example
ATTENDEE;CN=Sam Rivera:mailto:sam@globex.example
ATTENDEE;CN=Carol Tran:mailto:carol@globex.example
SUMMARY:Interview loop: candidate John Smith (Backend)
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261208T100000
DTEND;TZID=Europe/Berlin:20261208T113000
RRULE:FREQ=DAILY;COUNT=3
DTSTAMP:20261130T070000Z
ORGANIZER;CN=Joanna Park:mailto:joanna.park@initech.example
UID:` + onsiteUID + `
ATTENDEE;CN=Sam Rivera;PARTSTAT=ACCEPTED:mailto:sam.rivera@example.org
ATTENDEE;CN=Peter Gibbons;PARTSTAT=ACCEPTED:mailto:peter.gibbons@initech.example
LOCATION:Initech\, 1 Main St\, Berlin
SEQUENCE:0
SUMMARY:Initech onsite interview – Site Reliability Engineer
END:VEVENT
BEGIN:VEVENT
RECURRENCE-ID;TZID=Europe/Berlin:20261209T100000
DTSTART;TZID=Europe/Berlin:20261209T140000
DTEND;TZID=Europe/Berlin:20261209T153000
DTSTAMP:20261130T070000Z
ORGANIZER;CN=Joanna Park:mailto:joanna.park@initech.example
UID:` + onsiteUID + `
ATTENDEE;CN=Sam Rivera;PARTSTAT=ACCEPTED:mailto:sam.rivera@example.org
ATTENDEE;CN=Michael Bolton;PARTSTAT=ACCEPTED:mailto:michael.bolton@initech.example
LOCATION:Initech\, 1 Main St\, Berlin
SEQUENCE:1
SUMMARY:Initech onsite interview – Site Reliability Engineer
END:VEVENT
BEGIN:VEVENT
RECURRENCE-ID;TZID=Europe/Berlin:20261210T100000
DTSTART;TZID=Europe/Berlin:20261210T100000
DTEND;TZID=Europe/Berlin:20261210T113000
DTSTAMP:20261130T070000Z
UID:` + onsiteUID + `
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=W. Europe Standard Time:20261203T160000
DTEND;TZID=W. Europe Standard Time:20261203T163000
DTSTAMP:20261130T070000Z
ORGANIZER;CN=Jane Doe:mailto:jane.doe@umbrella.example
UID:040000008200E00074C5B7101A82E0080000000020F3B9C7
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Rivera:mailto:sam.rivera@example.org
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zm9v@thread.v2/0
SUMMARY:Phone screen – Umbrella
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261207
DTEND;VALUE=DATE:20261212
DTSTAMP:20261130T070000Z
UID:interview-week@example.org
SUMMARY:Interview week
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261202T120000
DTEND;TZID=Europe/Berlin:20261202T130000
DTSTAMP:20261130T070000Z
ORGANIZER;CN=Sam Rivera:mailto:sam.rivera@example.org
UID:prep-hooli@example.org
SUMMARY:Prep for the Hooli interview
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261204T100000
DTEND;TZID=Europe/Berlin:20261204T103000
DTSTAMP:20261130T070000Z
ORGANIZER;CN=Sam Rivera:mailto:sam.rivera@example.org
UID:coffee-priya@example.org
ATTENDEE;CN=Priya Raman:mailto:priya.raman.talent@gmail.com
SUMMARY:Coffee with Priya
END:VEVENT
END:VCALENDAR
`

// feedEvents parses the feed with hooli in place of %HOOLI% and expands
// it over the weeks around the interviews.
func feedEvents(t *testing.T, hooli string, loose bool) []interview.FeedEvent {
	t.Helper()
	ics := strings.Replace(feedICS, "%HOOLI%", hooli, 1)
	cal, err := calendar.Parse([]byte(strings.ReplaceAll(ics, "\n", "\r\n")), berlinZone(t))
	if err != nil {
		t.Fatalf("calendar.Parse: %v", err)
	}
	for _, w := range cal.Warnings {
		t.Logf("warning: %s", w)
	}
	from := time.Date(2026, 11, 23, 0, 0, 0, 0, berlinZone(t))
	var out []interview.FeedEvent
	for _, e := range calendar.Expand(cal.Events, from, from.AddDate(0, 0, 40)) {
		out = append(out, interview.FeedEvent{Event: e, Loose: loose, Feed: "google"})
	}
	return out
}

func berlinZone(t *testing.T) *time.Location { return mustZone(t, "Europe/Berlin") }

func icsID(key string) string {
	sum := sha256.Sum256([]byte("ics:" + key))
	return hex.EncodeToString(sum[:6])
}

// hooliInvite is the Hooli interview's invitation by mail.
func hooliInvite(id, date string, seq int, start, method string) mail.Message {
	d, _ := time.Parse(time.RFC3339, date)
	ics := "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nMETHOD:" + method + "\n" +
		strings.NewReplacer(
			"DTSTART;TZID=Europe/Berlin:20261202T140000", "DTSTART;TZID=Europe/Berlin:"+start,
			"DTEND;TZID=Europe/Berlin:20261202T150000\n", "",
			"SEQUENCE:0", "SEQUENCE:"+string(rune('0'+seq)),
			"DTSTAMP:20261130T070000Z", "DTSTAMP:"+d.UTC().Format("20060102T150405Z"),
		).Replace(hooliEvent) + "END:VCALENDAR\n"
	return mail.Message{
		Summary: mail.Summary{
			Mailbox: "INBOX", MessageID: id, Date: d,
			Subject:     "Invitation: Hooli – Technical Interview (Staff Engineer) @ Wed Dec 2, 2026 2pm - 3pm (CET) (sam.rivera@example.org)",
			From:        []mail.Address{{Name: "Denise Lu", Email: "denise.lu@hooli.example"}},
			To:          []mail.Address{{Name: "Sam Rivera", Email: "sam.rivera@example.org"}},
			HasCalendar: true,
		},
		Text:      "Denise Lu has invited you to this event.",
		Calendars: [][]byte{[]byte(strings.ReplaceAll(ics, "\n", "\r\n"))},
	}
}

// onsiteSeriesCancel is Initech calling off the whole onsite by mail: an
// iTIP CANCEL without RECURRENCE-ID.
func onsiteSeriesCancel() mail.Message {
	d := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	ics := "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\nMETHOD:CANCEL\nBEGIN:VEVENT\nUID:" + onsiteUID +
		"\nDTSTAMP:20261201T090000Z\nSEQUENCE:2\nSTATUS:CANCELLED\n" +
		"DTSTART;TZID=Europe/Berlin:20261208T100000\nRRULE:FREQ=DAILY;COUNT=3\n" +
		"SUMMARY:Initech onsite interview – Site Reliability Engineer\n" +
		"ORGANIZER;CN=Joanna Park:mailto:joanna.park@initech.example\n" +
		"ATTENDEE;CN=Sam Rivera:mailto:sam.rivera@example.org\nEND:VEVENT\nEND:VCALENDAR\n"
	return mail.Message{
		Summary: mail.Summary{
			Mailbox: "INBOX", MessageID: "cancel-onsite@initech.example", Date: d,
			Subject:     "Canceled event: Initech onsite interview",
			From:        []mail.Address{{Name: "Joanna Park", Email: "joanna.park@initech.example"}},
			To:          []mail.Address{{Name: "Sam Rivera", Email: "sam.rivera@example.org"}},
			HasCalendar: true,
		},
		Text:      "This event has been canceled.",
		Calendars: [][]byte{[]byte(strings.ReplaceAll(ics, "\n", "\r\n"))},
	}
}

// TestBuildWithFeed runs a realistic feed, alone and with mail, through
// BuildWith.
func TestBuildWithFeed(t *testing.T) {
	berlin := berlinZone(t)
	at := func(day, hour, minute int) time.Time { return time.Date(2026, 12, day, hour, minute, 0, 0, berlin) }
	rid := func(day int) string { return onsiteUID + "|" + at(day, 10, 0).UTC().Format(time.RFC3339) }

	// The feed has no invitation date: InvitedAt is DTSTAMP, here the
	// time of the export, or a week before the interview if that is
	// earlier.
	exported := time.Date(2026, 11, 30, 7, 0, 0, 0, time.UTC)

	// want describes one interview BuildWith must find, by ID.
	type want struct {
		start        time.Time
		status       interview.Status
		reason       string // part of StatusReason
		company      string
		organizer    string
		interviewers []string
		location     string
		thread       int
		invitedAt    time.Time
	}
	hooli := want{start: at(2, 14, 0), status: interview.Scheduled, reason: `invited by feed "google" event (UID ` + hooliUID + `, SEQUENCE 0)`,
		company: "Hooli", organizer: "denise.lu@hooli.example", interviewers: []string{"gavin.belson@hooli.example"},
		location: "https://meet.google.com/abc-defg-hij", invitedAt: at(2, 14, 0).AddDate(0, 0, -7)}
	umbrella := want{start: at(3, 16, 0), status: interview.Scheduled, reason: "invited by", company: "Umbrella",
		organizer: "jane.doe@umbrella.example", interviewers: []string{"jane.doe@umbrella.example"},
		location:  "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zm9v@thread.v2/0",
		invitedAt: at(3, 16, 0).AddDate(0, 0, -7)}
	day1 := want{start: at(8, 10, 0), status: interview.Scheduled, reason: "invited by", company: "Initech",
		organizer: "joanna.park@initech.example", interviewers: []string{"peter.gibbons@initech.example"},
		location: "Initech, 1 Main St, Berlin", invitedAt: exported}
	day2 := day1
	day2.start, day2.interviewers = at(9, 14, 0), []string{"michael.bolton@initech.example"}
	day2.reason = `rescheduled by feed "google" event (UID ` + onsiteUID + `, SEQUENCE 1, RECURRENCE-ID 2026-12-09T09:00:00Z) from Wed 9 Dec 10:00 CET`
	day3 := want{start: at(10, 10, 0), status: interview.Cancelled,
		reason:    `cancelled by feed "google" event (UID ` + onsiteUID + `, SEQUENCE 1, RECURRENCE-ID 2026-12-10T09:00:00Z)`,
		invitedAt: exported}
	strict := map[string]want{
		icsID(hooliUID): hooli, icsID("040000008200E00074C5B7101A82E0080000000020F3B9C7"): umbrella,
		icsID(rid(8)): day1, icsID(rid(9)): day2, icsID(rid(10)): day3,
	}
	with := func(base map[string]want, id string, edit func(*want)) map[string]want {
		out := map[string]want{}
		for k, v := range base {
			out[k] = v
		}
		w := out[id]
		edit(&w)
		out[id] = w
		return out
	}
	invite := hooliInvite("invite-1@google.com", "2026-11-20T10:00:00Z", 0, "20261202T140000", "REQUEST")
	moved := strings.NewReplacer("DTSTART;TZID=Europe/Berlin:20261202T140000", "DTSTART;TZID=Europe/Berlin:20261203T100000",
		"DTEND;TZID=Europe/Berlin:20261202T150000", "DTEND;TZID=Europe/Berlin:20261203T110000",
		"SEQUENCE:0", "SEQUENCE:1").Replace(hooliEvent)
	cancelled := strings.NewReplacer("SEQUENCE:0", "SEQUENCE:1", "STATUS:CONFIRMED", "STATUS:CANCELLED").Replace(hooliEvent)

	tests := []struct {
		name  string
		hooli string // the Hooli event in the feed
		loose bool
		msgs  []mail.Message
		want  map[string]want
	}{
		{"feed alone", hooliEvent, false, nil, strict},
		{"loose feed: coffee with an outside recruiter too", hooliEvent, true, nil,
			with(strict, icsID("coffee-priya@example.org"), func(w *want) {
				*w = want{start: at(4, 10, 0), status: interview.Scheduled, reason: "invited by",
					organizer: "priya.raman.talent@gmail.com", interviewers: []string{"priya.raman.talent@gmail.com"},
					invitedAt: at(4, 10, 0).AddDate(0, 0, -7)}
			})},
		{"mail and feed of the same UID are one interview", hooliEvent, false, []mail.Message{invite},
			with(strict, icsID(hooliUID), func(w *want) {
				w.thread, w.invitedAt = 1, time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
				// The feed's copy is the newer word (same SEQUENCE, later DTSTAMP).
				w.reason = `invited by message <invite-1@google.com>`
			})},
		{"a higher SEQUENCE in the feed moves it", moved, false, []mail.Message{invite},
			with(strict, icsID(hooliUID), func(w *want) {
				w.start, w.thread, w.invitedAt = at(3, 10, 0), 1, time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
				w.reason = `rescheduled by feed "google" event (UID ` + hooliUID + `, SEQUENCE 1)`
			})},
		{"a stale feed does not undo a newer invitation", hooliEvent, false,
			[]mail.Message{invite, hooliInvite("invite-2@google.com", "2026-11-26T10:00:00Z", 2, "20261204T090000", "REQUEST")},
			with(strict, icsID(hooliUID), func(w *want) {
				w.start, w.thread, w.invitedAt = at(4, 9, 0), 2, time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
				w.reason = `rescheduled by message <invite-2@google.com>`
			})},
		{"STATUS:CANCELLED in the feed cancels it", cancelled, false, []mail.Message{invite},
			with(strict, icsID(hooliUID), func(w *want) {
				w.status, w.thread, w.invitedAt = interview.Cancelled, 1, time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
				w.reason = `cancelled by feed "google" event (UID ` + hooliUID + `, SEQUENCE 1)`
			})},
		{"a series CANCEL by mail cancels every occurrence", hooliEvent, false, []mail.Message{onsiteSeriesCancel()},
			func() map[string]want {
				out := strict
				for _, day := range []int{8, 9, 10} {
					out = with(out, icsID(rid(day)), func(w *want) {
						w.status = interview.Cancelled
						w.thread = 1
						w.reason = "cancelled by message <cancel-onsite@initech.example> (UID " + onsiteUID + ", SEQUENCE 2)"
					})
				}
				// Day 3 was already cancelled in the feed: the first word
				// stays; the series' CANCEL names the company.
				return with(out, icsID(rid(10)), func(w *want) { w.reason, w.company = day3.reason, "Initech" })
			}()},
	}
	cfg := sampleConfig()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.BuildWith(tc.msgs, feedEvents(t, tc.hooli, tc.loose), cfg)
			got := map[string]interview.Interview{}
			for _, iv := range ivs {
				got[iv.ID] = iv
				t.Logf("%s %s %-9s %q %s", iv.ID, iv.Start.Format(time.RFC3339), iv.Status, iv.Company, iv.StatusReason)
			}
			for id, w := range tc.want {
				iv, ok := got[id]
				if !ok {
					t.Errorf("interview %s (%s) missing", id, w.start)
					continue
				}
				checkFeedInterview(t, iv, w.start, w.status, w.reason, w.company, w.organizer, w.interviewers, w.location, w.thread, w.invitedAt)
			}
			for id, iv := range got {
				if _, ok := tc.want[id]; !ok {
					t.Errorf("unexpected interview %s: %s", id, mustJSON(iv))
				}
			}
		})
	}
}

func checkFeedInterview(t *testing.T, iv interview.Interview, start time.Time, status interview.Status, reason, company, organizer string,
	interviewers []string, location string, thread int, invitedAt time.Time) {
	t.Helper()
	if !iv.Start.Equal(start) || !iv.End.After(iv.Start) {
		t.Errorf("%s: Start, End = %s, %s; want start %s", iv.ID, iv.Start, iv.End, start)
	}
	if iv.Status != status || !strings.Contains(iv.StatusReason, reason) {
		t.Errorf("%s: Status = %s (%q), want %s (%q)", iv.ID, iv.Status, iv.StatusReason, status, reason)
	}
	if iv.Company != company || iv.Organizer.Email != organizer || iv.Location != location {
		t.Errorf("%s: Company, Organizer, Location = %q, %q, %q; want %q, %q, %q", iv.ID,
			iv.Company, iv.Organizer.Email, iv.Location, company, organizer, location)
	}
	var emails []string
	for _, p := range iv.Interviewers {
		emails = append(emails, p.Email)
	}
	if strings.Join(emails, ",") != strings.Join(interviewers, ",") {
		t.Errorf("%s: Interviewers = %v, want %v", iv.ID, emails, interviewers)
	}
	if len(iv.Thread) != thread || (thread == 0 && iv.ThreadTopic != "") {
		t.Errorf("%s: Thread = %v (%q), want %d ids", iv.ID, iv.Thread, iv.ThreadTopic, thread)
	}
	if !iv.InvitedAt.Equal(invitedAt) {
		t.Errorf("%s: InvitedAt = %s, want %s", iv.ID, iv.InvitedAt, invitedAt)
	}
	if iv.Evidence == "" {
		t.Errorf("%s: no Evidence", iv.ID)
	}
}

// TestBuildWithCancelMethod reads a feed that is an iTIP CANCEL, as a
// calendar file dropped by a mail client is.
func TestBuildWithCancelMethod(t *testing.T) {
	invite := hooliInvite("invite-1@google.com", "2026-11-20T10:00:00Z", 0, "20261202T140000", "REQUEST")
	ics := "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\nMETHOD:CANCEL\nBEGIN:VEVENT\nUID:" + hooliUID +
		"\nDTSTAMP:20261127T090000Z\nSEQUENCE:1\nDTSTART;TZID=Europe/Berlin:20261202T140000\n" +
		"ORGANIZER:mailto:denise.lu@hooli.example\nEND:VEVENT\nEND:VCALENDAR\n"
	cal, err := calendar.Parse([]byte(strings.ReplaceAll(ics, "\n", "\r\n")), berlinZone(t))
	if err != nil {
		t.Fatal(err)
	}
	var feed []interview.FeedEvent
	for _, e := range cal.Events {
		feed = append(feed, interview.FeedEvent{Event: e, Feed: "cancel.ics"})
	}
	ivs := interview.BuildWith([]mail.Message{invite}, feed, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("BuildWith found %d interviews, want 1: %s", len(ivs), mustJSON(ivs))
	}
	iv := ivs[0]
	want := `cancelled by feed "cancel.ics" event (UID ` + hooliUID + `, SEQUENCE 1)`
	if iv.Status != interview.Cancelled || iv.StatusReason != want || iv.ID != icsID(hooliUID) {
		t.Errorf("Status = %s (%q), ID %s; want cancelled (%q), %s", iv.Status, iv.StatusReason, iv.ID, want, icsID(hooliUID))
	}
}

// TestBuildWrapsBuildWith checks that Build treats its events as a strict
// feed: the loose-only coffee is no interview there.
func TestBuildWrapsBuildWith(t *testing.T) {
	var events []calendar.Event
	for _, fe := range feedEvents(t, hooliEvent, true) {
		events = append(events, fe.Event)
	}
	ivs := interview.Build(nil, events, sampleConfig())
	if len(ivs) != 5 {
		t.Errorf("Build found %d interviews, want 5: %s", len(ivs), mustJSON(ivs))
	}
}

// TestFeedNames checks company and role read from a feed event's title
// and people, the only source a feed-only interview has.
func TestFeedNames(t *testing.T) {
	me := calendar.Person{Name: "Sam Rivera", Email: "sam.rivera@example.org"}
	hooli := calendar.Person{Name: "Denise Lu", Email: "denise.lu@hooli.example"}
	priya := calendar.Person{Name: "Priya Raman", Email: "priya.raman.talent@gmail.com"}
	tests := []struct {
		name, summary       string
		organizer, attendee calendar.Person
		company, role       string
	}{
		{"company before a dash, role in parentheses", "Hooli – Technical Interview (Staff Engineer)", hooli, me, "Hooli", "Staff Engineer"},
		{"company, kind of interview, role after a dash", "Initech onsite interview – Site Reliability Engineer",
			calendar.Person{Email: "joanna.park@initech.example"}, me, "Initech", "Site Reliability Engineer"},
		{"capitalised kind of interview", "Initech Onsite Interview", calendar.Person{Email: "joanna.park@initech.example"}, me, "Initech", ""},
		{"company from the organizer", "Phone screen", hooli, me, "Hooli", ""},
		{"the user organised it: no company from the user's domain", "Phone interview", me, priya, "", ""},
	}
	start := time.Date(2026, 12, 2, 13, 0, 0, 0, time.UTC)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev := calendar.Event{UID: "names@x", Summary: tc.summary, Start: start, End: start.Add(time.Hour),
				Organizer: tc.organizer, Attendees: []calendar.Person{tc.organizer, tc.attendee}}
			ivs := interview.BuildWith(nil, []interview.FeedEvent{{Event: ev, Feed: "test"}}, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("BuildWith found %d interviews, want 1", len(ivs))
			}
			if ivs[0].Company != tc.company || ivs[0].Role != tc.role {
				t.Errorf("Company, Role = %q, %q; want %q, %q", ivs[0].Company, ivs[0].Role, tc.company, tc.role)
			}
		})
	}
}

// BenchmarkBuildWithBusyFeed is a work calendar: 200 daily meetings with
// Teams boilerplate, expanded over half a year, and one interview.
func BenchmarkBuildWithBusyFeed(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//bench//EN\n")
	boiler := strings.Repeat("Microsoft Teams meeting. Join on your computer, mobile app or room device. ", 30)
	for i := 0; i < 200; i++ {
		sb.WriteString("BEGIN:VEVENT\nUID:meeting-" + string(rune('a'+i%26)) + strings.Repeat("x", i/26) + "@globex.example\n" +
			"DTSTART;TZID=Europe/Berlin:20261102T093000\nDTEND;TZID=Europe/Berlin:20261102T100000\n" +
			"RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR\nSUMMARY:Team sync\nDESCRIPTION:" + boiler + "\n" +
			"ORGANIZER:mailto:bob@globex.example\nATTENDEE:mailto:sam@globex.example\nATTENDEE:mailto:alice@globex.example\n" +
			"ATTENDEE:mailto:partner@vendor.example\nEND:VEVENT\n")
	}
	sb.WriteString(hooliEvent + "END:VCALENDAR\n")
	cal, err := calendar.Parse([]byte(strings.ReplaceAll(sb.String(), "\n", "\r\n")), time.UTC)
	if err != nil {
		b.Fatal(err)
	}
	from := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	var feed []interview.FeedEvent
	for _, e := range calendar.Expand(cal.Events, from, from.AddDate(0, 6, 0)) {
		feed = append(feed, interview.FeedEvent{Event: e, Feed: "work"})
	}
	cfg := sampleConfig()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if ivs := interview.BuildWith(nil, feed, cfg); len(ivs) != 1 {
			b.Fatalf("%d interviews", len(ivs))
		}
	}
	b.ReportMetric(float64(len(feed)), "occurrences")
}
