package interview_test

import (
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/calendar"
	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

func person(name, email string) calendar.Person {
	return calendar.Person{Name: name, Email: email, CUType: "INDIVIDUAL"}
}

// outlookInvite is a phone screen as Outlook publishes it: a Windows zone
// name with its VTIMEZONE, a Teams link, the organizer repeated as an
// attendee.
const outlookInvite = `BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16011104T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010311T020000
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
CLASS:PUBLIC
DTSTAMP:20261120T171500Z
DTSTART;TZID=Pacific Standard Time:20261203T090000
DTEND;TZID=Pacific Standard Time:20261203T093000
ORGANIZER;CN=Miles Dyson:mailto:miles.dyson@cyberdyne.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Miles Dyson:mailto:miles.dyson@cyberdyne.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sam Rivera:mailto:sam.rivera@example.org
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Cyberdyne Systems - Phone Screen
UID:040000008200E00074C5B7101A82E00800000000B0B5A1D2C35FDB01000000000000000010000000
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2@thread.v2/0
END:VEVENT
END:VCALENDAR
`

func parseOne(t *testing.T, ics string) calendar.Event {
	t.Helper()
	cal, err := calendar.Parse([]byte(strings.ReplaceAll(ics, "\n", "\r\n")), time.UTC)
	if err != nil {
		t.Fatalf("calendar.Parse: %v", err)
	}
	if len(cal.Events) != 1 {
		t.Fatalf("calendar.Parse: %d events, want 1 (warnings %v)", len(cal.Events), cal.Warnings)
	}
	return cal.Events[0]
}

func TestClassifyEvent(t *testing.T) {
	start := time.Date(2026, 12, 2, 13, 0, 0, 0, time.UTC)
	base := func(summary string, edit func(*calendar.Event)) calendar.Event {
		e := calendar.Event{UID: "e@x", Summary: summary, Start: start, End: start.Add(time.Hour),
			Stamp: start.AddDate(0, 0, -7)}
		if edit != nil {
			edit(&e)
		}
		return e
	}
	me := person("Sam Rivera", "sam.rivera@example.org")
	work := person("Sam Rivera", "sam@globex.example")
	hooli := func(e *calendar.Event) {
		e.Organizer = person("Denise Lu", "denise.lu@hooli.example")
		e.Attendees = []calendar.Person{me, person("Gavin Belson", "gavin.belson@hooli.example")}
	}
	colleagues := func(e *calendar.Event) {
		e.Organizer = person("Bob Slydell", "bob@globex.example")
		e.Attendees = []calendar.Person{work, person("Alice", "alice@globex.example")}
	}
	priya := func(e *calendar.Event) {
		e.Organizer = me
		e.Attendees = []calendar.Person{me, person("Priya Raman", "priya.raman.talent@gmail.com")}
	}
	tests := []struct {
		name      string
		ev        calendar.Event
		loose     bool
		interview bool
		kind      string
		reason    string // a part of the reason
	}{
		{"a podcast's recording, the show in its organizer's domain", base("Entrevista – Código Aberto Ep. 87", func(e *calendar.Event) {
			hooli(e)
			e.Organizer = person("Rita Carvalho", "rita@codigoaberto-podcast.example")
			e.Conference = "https://meet.google.com/abc-defg-hij"
		}), false, false, interview.KindNone, "podcast"},
		{"a partner's own interview in the household's calendar", base("Entretien doctorat Camille (visio depuis la maison)", func(e *calendar.Event) {
			e.Organizer = person("Camille Lefevre", "camille.lefevre@posteo.de")
			e.Attendees = []calendar.Person{me, e.Organizer}
			e.Conference = "https://univ-exemple.zoom.us/j/81234567890"
		}), false, false, interview.KindNone, "the organiser's own appointment"},
		{"a founder's private calendar names whom the user meets", base("Interview with Olivia (Founder)", func(e *calendar.Event) {
			e.Organizer = person("Olivia Marsh", "olivia.marsh@icloud.com")
			e.Attendees = []calendar.Person{me, e.Organizer}
			e.Conference = "https://meet.google.com/abc-defg-hij"
		}), false, true, interview.KindInvitation, "interview"},
		{"a reference check about a candidate", base("Entretien de référence (20 min) – Sam Rivera", func(e *calendar.Event) {
			hooli(e)
			e.Conference = "https://meet.google.com/abc-defg-hij"
		}), false, false, interview.KindNone, "reference check"},
		{"one-off with an outside interviewer and a Meet link", base("Hooli – Technical Interview", func(e *calendar.Event) {
			hooli(e)
			e.Conference = "https://meet.google.com/abc-defg-hij"
		}), false, true, interview.KindInvitation,
			`interview wording ("interview" in the title) + organizer from hooli.example + video link (meet.google.com)`},
		{"personal block: prep", base("Prep for the Hooli interview", nil), false, false, interview.KindNone,
			"no other attendees: a personal block"},
		{"personal block: practice, the user as organizer", base("Interview practice", func(e *calendar.Event) {
			e.Organizer = me
			e.Attendees = []calendar.Person{me}
		}), false, false, interview.KindNone, "no other attendees: a personal block"},
		{"personal block with a room only", base("Interview with Hooli", func(e *calendar.Event) {
			e.Attendees = []calendar.Person{me, {Name: "Room 4B", Email: "room4b@example.org", CUType: "ROOM"}}
		}), false, false, interview.KindNone, "no other attendees: a personal block"},
		{"copied by hand with its Zoom link", base("Interview with Hooli", func(e *calendar.Event) {
			e.Location = "https://hooli.zoom.us/j/812345678"
		}), false, true, interview.KindInvitation, "video link (hooli.zoom.us)"},
		{"mock interview with an outside coach", base("Mock interview with Jane (coach)", func(e *calendar.Event) {
			e.Attendees = []calendar.Person{me, person("Jane", "jane@careercoach.example")}
		}), false, false, interview.KindNone, `a rehearsal, not an interview ("mock" in the title)`},
		{"a coach's readiness review, booked through a scheduler", base("CV & Interview Readiness Review between Laura Brenner and Sam Rivera", func(e *calendar.Event) {
			e.Organizer = person("Laura Brenner", "laura@brenner-careers.example")
			e.Attendees = []calendar.Person{me}
			e.Conference = "https://us02web.zoom.us/j/81547730912"
		}), false, false, interview.KindNone, `a rehearsal, not an interview ("readiness" in the title)`},
		{"preparation for job interviews, in Danish", base("Karrieresamtale: CV-gennemgang og forberedelse til jobsamtaler", func(e *calendar.Event) {
			e.Organizer = person("Karrierehuset Nordvest", "karriereraadgivning@karrierehuset.example")
			e.Attendees = []calendar.Person{me, person("Mette Kjær", "mette.kjaer@karrierehuset.example")}
		}), false, false, interview.KindNone, `a rehearsal, not an interview ("forberedelse" in the title)`},
		{"a friend's candidate named in the title", base("Interview: Jonas Weber - Backend Engineer", func(e *calendar.Event) {
			e.Organizer = person("Max Oduya", "max@kestrel.example")
			e.Attendees = []calendar.Person{me, person("Max Oduya", "max@kestrel.example"), person("Jonas Weber", "jonas.weber.dev@gmail.com")}
			e.Conference = "https://meet.google.com/abc-defg-hij"
		}), false, false, interview.KindNone, "someone else's interview: the title names Jonas Weber"},
		{"the person met named in the title, and a title whose lower case is longer", base("İnterview with Jonas Weber", func(e *calendar.Event) {
			e.Organizer = person("Max Oduya", "max@kestrel.example")
			e.Attendees = []calendar.Person{me, person("Max Oduya", "max@kestrel.example"), person("Jonas Weber", "jonas.weber.dev@gmail.com")}
			e.Conference = "https://meet.google.com/abc-defg-hij"
		}), false, true, interview.KindInvitation, "organizer from kestrel.example"},
		{"the user named in the title", base("Interview: Sam Rivera - Backend Engineer", func(e *calendar.Event) {
			e.Organizer = person("Max Oduya", "max@kestrel.example")
			e.Attendees = []calendar.Person{me, person("Max Oduya", "max@kestrel.example")}
			e.Conference = "https://meet.google.com/abc-defg-hij"
		}), false, true, interview.KindInvitation, "organizer from kestrel.example"},
		{"the team's Christmas lunch at the new employer", base("Julefrokost - Team Platform", hooli), false, false, interview.KindNone,
			`a social gathering ("julefrokost" in the title), not an interview`},
		{"an interview day with a team lunch", base("Onsite interview and team lunch", hooli), false, true, interview.KindInvitation, "organizer from hooli.example"},
		{"a webinar about interviews from a hosting service", base("Cracking the System Design Interview: Live Q&A", func(e *calendar.Event) {
			e.Organizer = person("DevCareers Europe", "no-reply@zoom.us")
			e.Attendees = []calendar.Person{me}
			e.Conference = "https://us02web.zoom.us/w/81177342008"
		}), false, false, interview.KindNone, "a webinar, course or event, not an interview"},
		{"a role with a rehearsal word", base("Interview: Engineering Practice Lead", hooli), false, true, interview.KindInvitation,
			"organizer from hooli.example"},
		{"weekly stand-up among colleagues", base("Weekly sync", func(e *calendar.Event) {
			colleagues(e)
			e.Recurring = true
			e.RecurrenceID = start
		}), false, false, interview.KindNone, "organised at the user's own organisation (globex.example)"},
		{"a colleague's interview loop", base("Interview loop: candidate John", colleagues), false, false, interview.KindNone,
			"organised at the user's own organisation (globex.example)"},
		{"the user's own interview loop at work", base("Interview: candidate John", func(e *calendar.Event) {
			e.Organizer = work
			e.Attendees = []calendar.Person{work, person("Carol", "carol@globex.example")}
			e.Conference = "https://meet.google.com/xyz-abcd-efg"
		}), false, false, interview.KindNone, "only people of the user's own organisation (globex.example)"},
		{"all-day banner", base("Interview week", func(e *calendar.Event) {
			e.AllDay = true
			e.Start = time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
			e.End = e.Start.AddDate(0, 0, 5)
		}), false, false, interview.KindNone, "all-day event"},
		{"all-day even with outside attendees", base("Hooli onsite", func(e *calendar.Event) {
			hooli(e)
			e.AllDay = true
		}), true, false, interview.KindNone, "all-day event"},
		{"recruiter on gmail", base("Phone screen", priya), false, true, interview.KindInvitation,
			`interview wording ("phone screen" in the title) + attendee from gmail.com`},
		{"loose feed: outside attendee, no wording", base("Coffee with Priya", priya), true, true, interview.KindInvitation,
			"interviews_only: false and attendee from gmail.com"},
		{"strict feed: outside attendee, no wording", base("Coffee with Priya", priya), false, false, interview.KindNone,
			"no interview wording (interviews_only)"},
		{"loose feed: colleagues only", base("Lunch", colleagues), true, false, interview.KindNone,
			"organised at the user's own organisation"},
		{"wording in the description", base("Chat with Denise", func(e *calendar.Event) {
			hooli(e)
			e.Description = "Second-round interview for the\nStaff Engineer role."
		}), false, true, interview.KindInvitation, `("interview" in the description)`},
		{"scheduled through a scheduling system", base("Onsite interview", func(e *calendar.Event) {
			e.Organizer = person("Hooli Recruiting", "scheduling@goodtime.io")
			e.Attendees = []calendar.Person{me}
		}), false, true, interview.KindInvitation, "scheduled through goodtime.io"},
		{"a recruiter organizes", base("Interview with Hooli", func(e *calendar.Event) {
			e.Organizer = person("Hooli Talent", "talent@hooli.example")
			e.Attendees = []calendar.Person{me}
		}), false, true, interview.KindInvitation, "organizer is a recruiter (talent@hooli.example)"},
		{"cancelled: still about an interview", base("Hooli – Technical Interview", func(e *calendar.Event) {
			hooli(e)
			e.Status = "CANCELLED"
		}), false, true, interview.KindCancellation, "organizer from hooli.example"},
		{"an iTIP REPLY", base("Accepted: Interview with Hooli", func(e *calendar.Event) {
			hooli(e)
			e.Method = "REPLY"
		}), false, false, interview.KindNone, "an iTIP REPLY"},
		{"ignored organizer", base("Interview tips webinar", func(e *calendar.Event) {
			e.Organizer = person("", "events@news.example")
			e.Attendees = []calendar.Person{me}
		}), false, false, interview.KindNone, "ignored by configuration"},
		{"zero event", calendar.Event{}, true, false, interview.KindNone, "no other attendees: a personal block"},
		{"Outlook, Windows zone", parseOne(t, outlookInvite), false, true, interview.KindInvitation,
			`interview wording ("phone screen" in the title) + organizer from cyberdyne.example + video link (teams.microsoft.com)`},
	}
	cfg := sampleConfig()
	cfg.IgnoreSenders = []string{"@news.example"}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := interview.ClassifyEvent(tc.ev, cfg, tc.loose)
			t.Logf("%+v", v)
			if v.Interview != tc.interview || v.Kind != tc.kind {
				t.Errorf("Interview, Kind = %v, %q; want %v, %q (%s)", v.Interview, v.Kind, tc.interview, tc.kind, v.Reason)
			}
			if !strings.Contains(v.Reason, tc.reason) {
				t.Errorf("Reason = %q, want it to contain %q", v.Reason, tc.reason)
			}
		})
	}
}

// TestClassifyEventOutlookZone checks that the Windows zone reached the
// event: 09:00 Pacific is 17:00 UTC in December.
func TestClassifyEventOutlookZone(t *testing.T) {
	e := parseOne(t, outlookInvite)
	if want := time.Date(2026, 12, 3, 17, 0, 0, 0, time.UTC); !e.Start.Equal(want) {
		t.Errorf("Start = %s, want %s", e.Start, want)
	}
}

// TestAddToCalendarFileNamingNobody: Zoom's "add to calendar" file (PUBLISH,
// no organiser, nobody invited) says nothing about who meets whom. From a
// person at another organisation the mail's words decide, as they would
// without the file; from the user's own organisation it stays a note of
// the user's own.
func TestAddToCalendarFileNamingNobody(t *testing.T) {
	ics := []byte(strings.Join([]string{
		"BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "METHOD:PUBLISH",
		"BEGIN:VEVENT", "DTSTAMP:20261125T201533Z", "DTSTART:20261204T160000Z", "DTEND:20261204T164500Z",
		"SUMMARY:Sam Rivera <> Marcus Bell", "UID:20261125T201533Z-89214433107@zoom",
		"LOCATION:https://us06web.zoom.us/j/89214433107", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n"))
	const invite = "Hi Sam,\n\nI've set up your conversation with Marcus Bell, our VP of Engineering, for the Staff Platform Engineer role:\n\n" +
		"Friday, December 4 at 11:00am ET\n45 minutes, on Zoom. I've attached the calendar file as well.\n\nDana"
	const webinar = "Hi Sam,\n\nThank you for registering for the webinar \"Ace the system design interview\".\n\n" +
		"Date & Time: Dec 4, 2026 11:00 AM Eastern Time (US and Canada)\n\nAdd it to your calendar with the file attached."
	tests := []struct {
		name, from, subject, text string
		want                      bool
	}{
		{"a recruiter at another organisation", "dana@quillfeather.example", "Quillfeather Labs - your chat with Marcus (Fri 12/4)", invite, true},
		{"a colleague at the user's own organisation", "dana@globex.example", "Quillfeather Labs - your chat with Marcus (Fri 12/4)", invite, false},
		{"a webinar's registration", "no-reply@zoom.us", "Webinar Registration Approved: Ace the system design interview", webinar, false},
		// An events platform's confirmation, whose title says interview.
		{"an event's registration in German", "noreply@email.teams.microsoft.com", "Sie sind registriert für: Das Vorstellungsgespräch per Video",
			"Hallo Sam Rivera,\n\nVielen Dank für Ihre Registrierung.\n\nDas Vorstellungsgespräch per Video\nFreitag, 4. Dezember 2026\n17:00 - 17:45 (UTC+01:00) Berlin\n\n" +
				"Können Sie nicht teilnehmen? Registrierung stornieren: https://events.teams.microsoft.com/event/cancel/1", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := textMessage("z1@"+tc.from[strings.IndexByte(tc.from, '@')+1:], "2026-11-25T20:17:48Z", tc.from, tc.subject, tc.text)
			m.HasCalendar, m.Calendars = true, [][]byte{ics}
			ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
			if got := len(ivs) == 1 && ivs[0].Start.Equal(utc("20261204T160000Z")); got != tc.want {
				for _, iv := range ivs {
					t.Logf("interview at %s: %s", iv.Start.UTC(), iv.Evidence)
				}
				t.Errorf("an interview at 16:00 UTC: %v, want %v", got, tc.want)
			}
		})
	}
}
