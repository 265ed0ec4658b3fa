// Package sample is the job search of Sam Rivera, replayed by the demo
// command and by the end-to-end tests: real RFC 5322 messages as mail
// clients, calendar systems and applicant tracking systems write them, and
// the interviews that followupd is expected to find in them.
//
// The scenario: Sam lives in Berlin (Europe/Berlin), works at Globex
// (sam@globex.example) and looks for a new job from sam.rivera@example.org.
// "Today" is Thursday 2026-11-26; the messages are dated 2026-11-23 to
// 2026-12-04 and the interviews fall between 2026-11-30 and 2026-12-08.
//
// What the default rules should make of each interview (a thank-you after
// the interview, a check-in some days later) is written in Expect.Notes, so
// that the rules and end-to-end tests can cover every outcome: a thank-you
// due (Initech, Hooli, Pied Piper, Wonka), one suppressed because Sam already
// wrote (Umbrella, i_wrote) and one because it was cancelled (Vandelay); a
// check-in due (Hooli, Umbrella), one suppressed because the employer
// replied (Initech, employer_replied) and one because Sam was rejected
// (Pied Piper, rejected).
package sample

import (
	"bytes"
	"embed"
	"io/fs"
	"net/mail"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/followupd/followupd/interview"
)

// The user of the scenario.
const (
	MeName  = "Sam Rivera"
	MeEmail = "sam.rivera@example.org"
	// MeZone is the user's time zone.
	MeZone = "Europe/Berlin"
)

// MeAliases are the user's other addresses: the work address at the current
// employer, whose colleagues' meetings must not count as interviews.
var MeAliases = []string{"sam@globex.example"}

//go:embed mail/*.eml
var files embed.FS

// Message is one stored message of the scenario.
type Message struct {
	Name    string // file name, e.g. "2026-11-23-initech-invitation.eml"
	Mailbox string // "INBOX" or "Sent"
	Date    time.Time
	Raw     []byte // the message as it is on the IMAP server, CRLF line ends
}

// Messages returns every message of the scenario, sorted by Date (then
// Name). A message is in "Sent" when Sam wrote it, otherwise in "INBOX".
func Messages() []Message {
	entries, err := fs.ReadDir(files, "mail")
	if err != nil {
		// The directory is embedded at build time; failing here is a bug in
		// this package, not in its caller's input.
		panic("sample: embedded mail missing: " + err.Error())
	}
	msgs := make([]Message, 0, len(entries))
	for _, e := range entries {
		raw, err := files.ReadFile(path.Join("mail", e.Name()))
		if err != nil {
			panic("sample: " + err.Error())
		}
		m, err := mail.ReadMessage(bytes.NewReader(raw))
		if err != nil {
			panic("sample: " + e.Name() + ": " + err.Error())
		}
		date, err := m.Header.Date()
		if err != nil {
			panic("sample: " + e.Name() + ": " + err.Error())
		}
		mailbox := "INBOX"
		if from, err := mail.ParseAddress(m.Header.Get("From")); err == nil && strings.EqualFold(from.Address, MeEmail) {
			mailbox = "Sent"
		}
		msgs = append(msgs, Message{Name: e.Name(), Mailbox: mailbox, Date: date, Raw: raw})
	}
	sort.Slice(msgs, func(i, j int) bool {
		if !msgs[i].Date.Equal(msgs[j].Date) {
			return msgs[i].Date.Before(msgs[j].Date)
		}
		return msgs[i].Name < msgs[j].Name
	})
	return msgs
}

// Location returns MeZone. Without a time zone database it falls back to
// CET (+01:00), which is exact for every date of the scenario.
func Location() *time.Location {
	if loc, err := time.LoadLocation(MeZone); err == nil {
		return loc
	}
	return time.FixedZone("CET", 60*60)
}

// Now is "today" in the scenario: Thursday 2026-11-26, 09:00 in Berlin.
func Now() time.Time {
	return time.Date(2026, 11, 26, 9, 0, 0, 0, Location())
}

// Expect is one interview that followupd must find in the scenario.
type Expect struct {
	Company    string
	Role       string
	Start, End time.Time // compare with Equal: the zone is the source's
	Location   string
	Status     interview.Status
	// Interviewers are email addresses in the order the invitation lists
	// them; the organizer is one only when nobody else from the company
	// takes part.
	Interviewers []string
	// Organizer is the recruiter's address: the ORGANIZER, or Reply-To or
	// From when the organizer is a no-reply or vendor address.
	Organizer string
	// Inbound and Outbound are the Message-IDs of the correspondence that
	// followed the invitation, oldest first.
	Inbound, Outbound []string
	// Notes says what the default rules should do and why.
	Notes string
}

// Expected returns the interviews of the scenario, sorted by Start.
func Expected() []Expect {
	berlin := Location()
	newYork, err := time.LoadLocation("America/New_York")
	if err != nil {
		newYork = time.FixedZone("EST", -5*60*60)
	}
	return []Expect{
		{
			Company:      "Pied Piper",
			Role:         "Senior Backend Engineer",
			Start:        time.Date(2026, 11, 30, 10, 0, 0, 0, newYork),
			End:          time.Date(2026, 11, 30, 11, 0, 0, 0, newYork),
			Location:     "https://piedpiper.zoom.us/j/86753091234",
			Status:       interview.Rejected,
			Interviewers: []string{"richard.hendricks@piedpiper.example", "bertram.gilfoyle@piedpiper.example"},
			Organizer:    "monica.hall@piedpiper.example",
			Inbound:      []string{"20261203142503.7d1e4f2a9b@piedpiper.example"},
			Notes: "Greenhouse confirmation (no-reply@greenhouse.io, Reply-To the recruiter) with an ICS in America/New_York; " +
				"thank-you due Tue 2026-12-01 09:00 (it ends 17:00 in Berlin, 18:00 is past work hours); the check-in is suppressed: rejected on 2026-12-03.",
		},
		{
			Company:      "Initech",
			Role:         "Senior Go Engineer",
			Start:        time.Date(2026, 12, 2, 14, 0, 0, 0, berlin),
			End:          time.Date(2026, 12, 2, 15, 0, 0, 0, berlin),
			Location:     "https://meet.google.com/xkq-rvpd-mzt",
			Status:       interview.Scheduled,
			Interviewers: []string{"peter.gibbons@initech.example", "samir.nagheenanajar@initech.example"},
			Organizer:    "joanna.park@initech.example",
			Inbound:      []string{"CAF7x9q2Lw+R8tY3mN4bV5cX6zA1sD2fG3hJ4kL5mN6pQ7@mail.gmail.com"},
			Notes: "Google Calendar invitation for 2026-12-01 10:00, rescheduled (SEQUENCE 1) to 2026-12-02 14:00; " +
				"thank-you due on 2026-12-02; the check-in is suppressed: the recruiter replied on 2026-12-03 (employer_replied).",
		},
		{
			Company:      "Hooli",
			Role:         "Staff Engineer, Platform",
			Start:        time.Date(2026, 12, 3, 11, 0, 0, 0, berlin),
			End:          time.Date(2026, 12, 3, 12, 0, 0, 0, berlin),
			Location:     "Conf Room Moscone (8)",
			Status:       interview.Scheduled,
			Interviewers: []string{"nelson.bighetti@hooli.example"},
			Organizer:    "denise.lu@hooli.example",
			Notes: "Exchange invitation (TZID \"W. Europe Standard Time\", a room resource); Sam's Accepted reply is an RSVP, not a letter; " +
				"thank-you due on 2026-12-03 and check-in due later: nobody wrote since.",
		},
		{
			Company:      "Umbrella",
			Role:         "Backend Engineer",
			Start:        time.Date(2026, 12, 3, 16, 0, 0, 0, berlin),
			End:          time.Date(2026, 12, 3, 16, 30, 0, 0, berlin),
			Location:     "phone",
			Status:       interview.Scheduled,
			Interviewers: []string{"jane.doe@umbrella.example"},
			Organizer:    "jane.doe@umbrella.example",
			Outbound:     []string{"9c2d4e6f-8a1b-4c3d-9e5f-7a8b9c0d1e2f@example.org"},
			Notes: "plain recruiter mail, no ICS: \"Confirming our phone interview on Thursday, December 3 at 4:00 PM CET\", a 30-minute call; " +
				"the thank-you is suppressed: Sam wrote one by hand at 16:48 (i_wrote); the check-in is due later.",
		},
		{
			Company:      "Vandelay Industries",
			Role:         "Go Developer",
			Start:        time.Date(2026, 12, 4, 9, 0, 0, 0, newYork),
			End:          time.Date(2026, 12, 4, 10, 0, 0, 0, newYork),
			Location:     "https://vandelay.zoom.us/j/93312457788",
			Status:       interview.Cancelled,
			Interviewers: []string{"art.vandelay@vandelay.example"},
			Organizer:    "kel.varnsen@vandelay.example",
			Notes:        "Apple Calendar invitation, cancelled on 2026-12-01 (METHOD:CANCEL, SEQUENCE 1): every draft is suppressed (cancelled).",
		},
		{
			Company:      "Wonka",
			Role:         "Senior Backend-Entwickler",
			Start:        time.Date(2026, 12, 8, 9, 30, 0, 0, berlin),
			End:          time.Date(2026, 12, 8, 10, 30, 0, 0, berlin),
			Location:     "Wonka Süßwaren GmbH, Schokoladenstraße 1, 10117 Berlin, Besprechungsraum Erfindergeist",
			Status:       interview.Scheduled,
			Interviewers: []string{"juergen.mueller@wonka.example", "anna.weber@wonka.example"},
			Organizer:    "greta.schaefer@wonka.example",
			Notes: "German invitation in windows-1252 (quoted-printable body, RFC 2047 subject) with an ICS; the meeting room is an attendee without CUTYPE; " +
				"thank-you due on 2026-12-08.",
		},
	}
}
