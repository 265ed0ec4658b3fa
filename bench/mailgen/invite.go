package mailgen

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/followupd/followupd/internal/sample"
)

// invitation is one generated interview: who invites, who interviews,
// when, and whether the user already wrote a thank-you by hand.
type invitation struct {
	company, domain, role string
	recruiter             person
	interviewers          []person
	sent                  time.Time // when the invitation arrived
	start, end            time.Time
	n                     int // index, for ids
	thanked               bool
}

type company struct{ name, domain string }

var companies = []company{
	{"Acme Robotics", "acme-robotics.example"}, {"Cyberdyne Systems", "cyberdyne.example"}, {"Massive Dynamic", "massivedynamic.example"},
	{"Stark Industries", "stark.example"}, {"Tyrell Corporation", "tyrell.example"}, {"Aperture Science", "aperture.example"},
	{"Black Mesa", "blackmesa.example"}, {"Oscorp", "oscorp.example"}, {"Nakatomi Trading", "nakatomi.example"},
	{"Dunder Mifflin", "dundermifflin.example"}, {"Bluth Company", "bluth.example"}, {"Sterling Cooper", "sterlingcooper.example"},
	{"Soylent", "soylent.example"}, {"Wayne Enterprises", "wayne.example"}, {"Monarch Solutions", "monarch.example"},
	{"Gringotts", "gringotts.example"}, {"Octan", "octan.example"}, {"Prestige Worldwide", "prestige.example"},
	{"Virtucon", "virtucon.example"}, {"Spacely Sprockets", "spacely.example"},
}

// makeInvitations spreads o.Invitations over the window, leaving out its
// last five days: most interviews are over by End (their drafts are due or
// late), a few are still ahead (scheduled).
func makeInvitations(o Options, windowStart time.Time) []*invitation {
	span := o.End.Add(-5 * 24 * time.Hour).Sub(windowStart)
	out := make([]*invitation, 0, o.Invitations)
	for i := range o.Invitations {
		r := rngFor(o.Seed, saltInvitation, uint64(i))
		c := companies[i%len(companies)]
		sent := windowStart.Add(time.Duration(float64(span) * (float64(i) + 0.5) / float64(o.Invitations)))
		sent = time.Date(sent.In(berlin).Year(), sent.In(berlin).Month(), sent.In(berlin).Day(), 9+r.IntN(8), r.IntN(60), r.IntN(60), 0, berlin)
		day := sent.AddDate(0, 0, 2+r.IntN(7))
		for day.Weekday() == time.Saturday || day.Weekday() == time.Sunday {
			day = day.AddDate(0, 0, 1)
		}
		start := time.Date(day.Year(), day.Month(), day.Day(), pick(r, []int{10, 11, 14, 15}), 0, 0, 0, berlin)
		inv := &invitation{
			company: c.name, domain: c.domain, role: pick(r, roles),
			recruiter: randomPerson(r, []string{c.domain}),
			sent:      sent, start: start, end: start.Add(time.Duration(pick(r, []int{45, 60, 90})) * time.Minute),
			n: i, thanked: r.IntN(2) == 0,
		}
		for range 1 + r.IntN(2) {
			inv.interviewers = append(inv.interviewers, randomPerson(r, []string{c.domain}))
		}
		out = append(out, inv)
	}
	return out
}

func (inv *invitation) messageID() string {
	return fmt.Sprintf("<interview-%d-%s@%s>", inv.n, inv.sent.UTC().Format("20060102150405"), inv.domain)
}

func (inv *invitation) subject() string {
	return fmt.Sprintf("Invitation: Interview with %s – %s", inv.company, inv.role)
}

// message is an invitation as calendar clients send it: a friendly text
// part and a METHOD:REQUEST event with the interviewers as attendees.
func (inv *invitation) message(seed uint64, r *rand.Rand) []byte {
	boundary := fmt.Sprintf("Apple-Mail=%016X", r.Uint64())
	var b bytes.Buffer
	names := make([]string, 0, len(inv.interviewers))
	cc := make([]string, 0, len(inv.interviewers))
	for _, p := range inv.interviewers {
		names = append(names, p.name)
		cc = append(cc, p.String())
	}
	local := inv.start.In(berlin)
	fmt.Fprintf(&b, "Return-Path: <%s>\n", inv.recruiter.email)
	fmt.Fprintf(&b, "From: %s\nTo: %s\nCc: %s\n", inv.recruiter, person{meName, meEmail}, strings.Join(cc, ", "))
	fmt.Fprintf(&b, "Subject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n", encodeSubject(inv.subject()), inv.sent.Format(dateLayout), inv.messageID())
	fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=\"%s\"\n\n", boundary)
	fmt.Fprintf(&b, "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n", boundary)
	b.WriteString(qp(fmt.Sprintf("Hi Sam,\n\nThanks for your interest in the %s position at %s. We would like to invite you to an interview with %s:\n\n%s, %s – %s (Berlin time)\nVideo: https://meet.%s/%d\n\nThe calendar invitation is attached.\n\n%s\nBest regards,\n%s\nTalent Acquisition, %s\n",
		inv.role, inv.company, strings.Join(names, " and "), local.Format("Monday, January 2, 2006"), local.Format("15:04"), inv.end.In(berlin).Format("15:04"),
		inv.domain, 100000+r.IntN(900000), text(r, 600), inv.recruiter.name, inv.company)))
	fmt.Fprintf(&b, "\n--%s\nContent-Type: text/calendar; charset=utf-8; method=REQUEST; name=\"invite.ics\"\nContent-Disposition: attachment; filename=\"invite.ics\"\nContent-Transfer-Encoding: 8bit\n\n", boundary)
	attendees := append([]person{{meName, meEmail}}, inv.interviewers...)
	b.WriteString(ics("REQUEST", fmt.Sprintf("interview-%d-%d@%s", seed, inv.n, inv.domain),
		fmt.Sprintf("Interview – %s (%s)", inv.role, inv.company), inv.recruiter, attendees, inv.start, inv.end, inv.sent))
	fmt.Fprintf(&b, "\n--%s--\n", boundary)
	return b.Bytes()
}

// thanks is the note the user wrote by hand after the interview, which
// makes followupd suppress its own thank-you (i_wrote).
func (inv *invitation) thanks(seed uint64, n int, at time.Time) []byte {
	var to []string
	for _, p := range inv.interviewers {
		to = append(to, p.String())
	}
	return fmt.Appendf(nil, "From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s>\nIn-Reply-To: %s\nReferences: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\nHi %s,\n\nthank you for taking the time to talk with me today about the %s role. I enjoyed it and look forward to hearing from you.\n\nBest,\nSam\n",
		person{meName, meEmail}, strings.Join(to, ", "), encodeSubject("Re: "+inv.subject()), at.In(berlin).Format(dateLayout),
		messageID(seed, "sent", n), inv.messageID(), inv.messageID(), strings.Fields(inv.interviewers[0].name)[0], inv.role)
}

type sampleMessage struct {
	date                   time.Time
	raw                    []byte
	sent, invitation, bulk bool
}

// sampleMessages are the hand-written messages of internal/sample: real
// invitations from Google Calendar, Exchange, Greenhouse and Apple Mail,
// next to the job alerts and newsletters that must not count.
func sampleMessages() []sampleMessage {
	var out []sampleMessage
	for _, m := range sample.Messages() {
		header, _, _ := bytes.Cut(m.Raw, []byte("\r\n\r\n"))
		header = bytes.ToLower(header)
		out = append(out, sampleMessage{
			date: m.Date,
			raw:  toLF(m.Raw),
			sent: m.Mailbox == "Sent",
			bulk: bytes.Contains(header, []byte("\nlist-unsubscribe:")) || bytes.Contains(header, []byte("\nprecedence: bulk")),
			invitation: strings.Contains(m.Name, "invitation") || strings.Contains(m.Name, "greenhouse") ||
				strings.Contains(m.Name, "einladung"),
		})
	}
	return out
}
