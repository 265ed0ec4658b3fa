package mailgen

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"mime"
	"mime/quotedprintable"
	"strings"
	"time"
	_ "time/tzdata" // the same Date headers on every machine, zoneinfo or not
	"unicode/utf8"
)

// kind is what a message is; the mix follows a working person's inbox
// with a job search on the side.
type kind uint8

const (
	kindPersonal      kind = iota // friends and family, plain text
	kindReply                     // a reply in one of those threads
	kindWork                      // colleagues at the current employer
	kindMeeting                   // an internal meeting invitation (text/calendar)
	kindNewsletter                // HTML newsletter, List-Unsubscribe
	kindNotification              // automated: shops, banks, code hosting
	kindJobAlert                  // job board alert, bulk
	kindAttachment                // personal mail with a PDF or photo
	kindRecruiter                 // an agency recruiter's pitch
	kindVendorReceipt             // "thank you for applying", from an ATS
	kindInterviewChat             // a friend asking how the interview went
	kindInvitation                // a generated interview invitation
	kindSample                    // a message of internal/sample
	kindSampleBulk                // one of its newsletters and job alerts
	kindOwn                       // written by the user (Sent)
	kindThanks                    // the user's own thank-you after an interview (Sent)
)

// candidate reports the kinds built so that followupd must read their
// bodies: a calendar part, an ATS sender, or interview wording in a
// subject that is not bulk mail.
func (k kind) candidate() bool {
	switch k {
	case kindMeeting, kindVendorReceipt, kindInterviewChat, kindInvitation, kindSample:
		return true
	}
	return false
}

// pickKind draws a filler kind: per mille weights.
func pickKind(r *rand.Rand) kind {
	x := r.IntN(1000)
	for _, w := range []struct {
		k kind
		n int
	}{
		{kindNewsletter, 240}, {kindPersonal, 200}, {kindWork, 150}, {kindNotification, 150},
		{kindJobAlert, 80}, {kindReply, 80}, {kindAttachment, 60}, {kindRecruiter, 30},
		{kindMeeting, 5}, {kindVendorReceipt, 3}, {kindInterviewChat, 2},
	} {
		if x < w.n {
			return w.k
		}
		x -= w.n
	}
	return kindPersonal
}

// Salts separate the random streams drawn for different purposes from
// the same (seed, index), so that adding a draw in one place does not shift
// another.
const (
	saltSlot uint64 = iota + 1
	saltSent
	saltContent
	saltSubject
	saltInvitation
	saltEmployer
)

func rngFor(seed, salt, n uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed^(salt*0x9e3779b97f4a7c15), n))
}

var berlin, newYork = mustZone("Europe/Berlin"), mustZone("America/New_York")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err) // time/tzdata is embedded
	}
	return loc
}

const (
	meName     = "Sam Rivera"
	meEmail    = "sam.rivera@example.org"
	meWork     = "sam@globex.example"
	dateLayout = "Mon, 2 Jan 2006 15:04:05 -0700"
)

type person struct{ name, email string }

func (p person) String() string {
	if p.name == "" {
		return p.email
	}
	return mime.QEncoding.Encode("utf-8", p.name) + " <" + p.email + ">"
}

var (
	firstNames      = []string{"Anna", "Ben", "Clara", "David", "Elif", "Felix", "Greta", "Hannah", "Ivan", "Jonas", "Katrin", "Lukas", "Maria", "Noah", "Olga", "Paul", "Quentin", "Rosa", "Sofia", "Tim", "Ulrike", "Viktor", "Wen", "Xenia", "Yusuf", "Zoë", "Jürgen", "Amélie", "Björn", "Chiara"}
	lastNames       = []string{"Müller", "Schmidt", "Nguyen", "Kowalski", "Rossi", "Garcia", "Johansson", "Yilmaz", "Okafor", "Novak", "Fischer", "Weber", "Dubois", "Silva", "Kim", "Brown", "Ivanova", "Haddad", "Lindqvist", "Papadopoulos"}
	freemail        = []string{"posteo.example", "mailbox.example", "web.example", "fastmail.example", "proton.example"}
	topics          = []string{"weekend plans", "photos from the trip", "birthday dinner", "flat viewing on Saturday", "the book you lent me", "climbing on Thursday?", "Steuererklärung", "moving boxes", "concert tickets", "Grillen am Sonntag", "your bike", "recipe", "holiday in Portugal", "the kids' school", "board game night", "Umzug", "running club", "wedding RSVP", "cat sitting", "new apartment"}
	workTopics      = []string{"Sprint review notes", "Incident postmortem: payments latency", "Q3 roadmap draft", "Code freeze next week", "On-call handover", "Design doc: event pipeline", "Team offsite logistics", "Budget for conferences", "Release 4.2 checklist", "Flaky test in CI", "Migration to Postgres 17", "1:1 agenda", "Architecture guild", "Hiring committee notes", "Security patch rollout"}
	words           = strings.Fields("the a to and of in that it for on with as was at by this be are from we have not but or you they an all which one their there will can would about so up out if what when more time some them into could other then than its only also after how new year first two way work may like over even most back use our these good well just any people because see well made find here thing many long think still day week team plan project release change review meeting update data service build test deploy question answer problem idea point morning evening tomorrow today next last quick short note thanks please maybe sure great really nice small large early late simple better fast slow open close share send read write check help start finish follow keep move call talk meet")
	newsletterNames = []struct{ name, domain string }{
		{"Golang Weekly", "golangweekly.example"}, {"The Morning Brief", "morningbrief.example"}, {"Kiezblatt Berlin", "kiezblatt.example"},
		{"DevOps Digest", "devopsdigest.example"}, {"Bookshop Friends", "bookshop.example"}, {"Bahn Angebote", "bahnangebote.example"},
		{"Outdoor Gear Deals", "outdoorgear.example"}, {"Hacker Letters", "hackerletters.example"}, {"Food & Wine", "foodandwine.example"},
		{"The Interview Loop", "interviewloop.example"}, {"Career Boost", "careerboost.example"},
	}
	notifiers = []struct{ name, email, subject string }{
		{"GitHub", "notifications@github.example", "[followupd/followupd] Pull request #%d: fix flaky test"},
		{"Sparkasse", "noreply@sparkasse.example", "Ihr Kontoauszug %d ist verfügbar"},
		{"Paketdienst", "noreply@paket.example", "Ihre Sendung %d ist unterwegs"},
		{"Online Shop", "orders@shop.example", "Order #%d confirmed"},
		{"Calendar", "calendar-notification@calendar.example", "Reminder: dentist appointment (%d)"},
		{"Cloud Billing", "billing@cloud.example", "Your invoice %d is ready"},
		{"Stadtwerke", "service@stadtwerke.example", "Abschlagsrechnung %d"},
	}
	jobBoards = []struct{ name, email string }{
		{"LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"}, {"Indeed", "alert@indeed.com"}, {"StepStone", "jobagent@stepstone.de"},
	}
	roles = []string{"Senior Go Engineer", "Backend Engineer", "Platform Engineer", "Staff Software Engineer", "Site Reliability Engineer", "Senior Backend Developer", "Software Engineer, Infrastructure", "Engineering Manager"}
)

func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

func randomPerson(r *rand.Rand, domains []string) person {
	f, l := pick(r, firstNames), pick(r, lastNames)
	local := strings.ToLower(asciiFold(f) + "." + asciiFold(l))
	return person{f + " " + l, local + "@" + pick(r, domains)}
}

func asciiFold(s string) string {
	return strings.NewReplacer("ü", "ue", "ö", "oe", "ä", "ae", "ë", "e", "é", "e", "ß", "ss", "ø", "o").Replace(s)
}

// messageID depends on the slot alone, so that a reply can name the
// message it answers without generating it.
func messageID(seed uint64, folder string, n int) string {
	hosts := []string{"mail.posteo.example", "mx.web.example", "smtp.globex.example", "mailer.esp.example", "app.fastmail.example"}
	return fmt.Sprintf("%016x.%d.%s@%s", rngFor(seed, saltSubject, uint64(n)).Uint64(), n, folder, hosts[n%len(hosts)])
}

func personalSubject(seed uint64, n int) string {
	r := rngFor(seed, saltSubject, uint64(n))
	r.Uint64() // the draw messageID uses
	return pick(r, topics)
}

func sentence(r *rand.Rand, b *strings.Builder) {
	n := 6 + r.IntN(12)
	for i := range n {
		w := pick(r, words)
		if i == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	b.WriteString(". ")
}

// text is paragraphs of about size bytes, wrapped at 72 columns.
func text(r *rand.Rand, size int) string {
	var out strings.Builder
	for out.Len() < size {
		var p strings.Builder
		for range 2 + r.IntN(4) {
			sentence(r, &p)
		}
		wrap(&out, strings.TrimSpace(p.String()), 72)
		out.WriteString("\n")
	}
	return out.String()
}

func wrap(out *strings.Builder, s string, width int) {
	col := 0
	for _, w := range strings.Fields(s) {
		if col > 0 && col+1+len(w) > width {
			out.WriteByte('\n')
			col = 0
		} else if col > 0 {
			out.WriteByte(' ')
			col++
		}
		out.WriteString(w)
		col += len(w)
	}
	out.WriteByte('\n')
}

// header collects fields in order.
type header struct{ b strings.Builder }

func (h *header) add(k, v string) { h.b.WriteString(k + ": " + v + "\n") }

func encodeSubject(s string) string { return mime.QEncoding.Encode("utf-8", s) }

func received(h *header, r *rand.Rand, at time.Time, from string) {
	h.add("Return-Path", "<"+from+">")
	h.add("Received", fmt.Sprintf("from mx%d.mail.example (mx%d.mail.example [192.0.2.%d])\n\tby imap.example.org (Postfix) with ESMTPS id %X\n\tfor <%s>; %s",
		r.IntN(9), r.IntN(9), 1+r.IntN(250), r.Uint32(), meEmail, at.UTC().Format(dateLayout)))
}

func dkim(h *header, r *rand.Rand, domain string) {
	sig := make([]byte, 192)
	for i := range sig {
		sig[i] = byte(r.Uint32())
	}
	b64 := base64.StdEncoding.EncodeToString(sig)
	h.add("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d="+domain+"; s=s1;\n\th=from:to:subject:date:message-id:list-unsubscribe;\n\tbh="+b64[:44]+";\n\tb="+b64[44:120]+"\n\t "+b64[120:])
}

// senderDomains returns the domains the sender of it is drawn from: the
// kind's usual ones, or its employer's.
func (it item) senderDomains(usual []string) []string {
	if it.employer != nil {
		return []string{it.employer.domain}
	}
	return usual
}

// render builds the message of a generated slot.
func render(it item, seed uint64) []byte {
	r := rngFor(seed, saltContent+uint64(it.kind)<<8, uint64(it.n))
	size := 1024 + r.IntN(7*1024) // the whole message: 1 to 8 KiB
	var h header
	var body string
	folder := "inbox"
	if it.kind == kindOwn || it.kind == kindThanks {
		folder = "sent"
	}
	id := "<" + messageID(seed, folder, it.n) + ">"
	local := it.at.In(berlin)

	switch it.kind {
	case kindPersonal, kindReply, kindAttachment, kindInterviewChat:
		from := randomPerson(r, it.senderDomains(freemail))
		received(&h, r, it.at, from.email)
		h.add("Date", local.Format(dateLayout))
		h.add("From", from.String())
		h.add("To", person{meName, meEmail}.String())
		subject := personalSubject(seed, it.n)
		if it.kind == kindInterviewChat {
			subject = "How did the interview go?"
		}
		if it.kind == kindReply && it.n > 0 {
			j := it.n - 1 - r.IntN(min(it.n, 400))
			subject = "Re: " + personalSubject(seed, j)
			ref := "<" + messageID(seed, "inbox", j) + ">"
			h.add("In-Reply-To", ref)
			h.add("References", ref)
		}
		h.add("Subject", encodeSubject(subject))
		h.add("Message-ID", id)
		h.add("MIME-Version", "1.0")
		h.add("User-Agent", pick(r, []string{"Mozilla Thunderbird", "Apple Mail (2.3826)", "K-9 Mail", "Roundcube Webmail/1.6"}))
		greeting := "Hi Sam,\n\n"
		if it.kind == kindAttachment {
			boundary := fmt.Sprintf("------------%016X", r.Uint64())
			h.add("Content-Type", "multipart/mixed; boundary=\""+boundary+"\"")
			att := make([]byte, max(size/3, 600))
			for i := range att {
				att[i] = byte(r.Uint32())
			}
			name := pick(r, []string{"scan", "IMG", "invoice", "Mietvertrag", "tickets"}) + fmt.Sprintf("_%04d", r.IntN(10000)) + pick(r, []string{".pdf", ".jpg"})
			ctype := "application/pdf"
			if strings.HasSuffix(name, ".jpg") {
				ctype = "image/jpeg"
			}
			body = "This is a multi-part message in MIME format.\n--" + boundary + "\n" +
				"Content-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 7bit\n\n" +
				greeting + text(r, size/4) + "\n--" + boundary + "\n" +
				"Content-Type: " + ctype + "; name=\"" + name + "\"\nContent-Disposition: attachment; filename=\"" + name + "\"\n" +
				"Content-Transfer-Encoding: base64\n\n" + base64Lines(att) + "--" + boundary + "--\n"
		} else {
			h.add("Content-Type", "text/plain; charset=UTF-8; format=flowed")
			h.add("Content-Transfer-Encoding", "8bit")
			body = greeting + text(r, size-h.b.Len()-200) + "\nCheers,\n" + strings.Fields(from.name)[0] + "\n"
		}

	case kindWork, kindMeeting:
		from := randomPerson(r, it.senderDomains([]string{"globex.example"}))
		received(&h, r, it.at, from.email)
		h.add("Date", local.Format(dateLayout))
		h.add("From", from.String())
		if it.employer != nil {
			h.add("To", person{meName, meEmail}.String())
		} else {
			h.add("To", person{meName, meWork}.String()+", team-backend@globex.example")
		}
		subject := pick(r, workTopics)
		if it.kind == kindMeeting {
			subject = "Invitation: " + subject + " @ " + local.AddDate(0, 0, 2).Format("Mon Jan 2, 2006 3pm") + " (CET) (" + meWork + ")"
		}
		h.add("Subject", subject)
		h.add("Message-ID", id)
		h.add("MIME-Version", "1.0")
		boundary := fmt.Sprintf("=_alt_%016x", r.Uint64())
		h.add("Content-Type", "multipart/alternative; boundary=\""+boundary+"\"")
		plain := "Hi all,\n\n" + text(r, size/3)
		body = "--" + boundary + "\nContent-Type: text/plain; charset=UTF-8\n\n" + plain +
			"\n--" + boundary + "\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" +
			qp("<html><body><div style=\"font-family:Arial\">"+htmlParas(plain)+"</div></body></html>")
		if it.kind == kindMeeting {
			start := local.AddDate(0, 0, 2).Truncate(time.Hour)
			body += "\n--" + boundary + "\nContent-Type: text/calendar; charset=UTF-8; method=REQUEST\n\n" +
				ics("REQUEST", fmt.Sprintf("meeting-%d@globex.example", it.n), subject, from, []person{{meName, meWork}}, start, start.Add(30*time.Minute), it.at)
		}
		body += "\n--" + boundary + "--\n"

	case kindNewsletter:
		nl := pick(r, newsletterNames)
		if it.employer != nil {
			nl.name, nl.domain = it.employer.name+" News", it.employer.domain
		}
		from := person{nl.name, "hello@" + nl.domain}
		size = 3072 + r.IntN(5*1024)
		received(&h, r, it.at, "bounces@"+nl.domain)
		dkim(&h, r, nl.domain)
		h.add("Date", it.at.UTC().Format(dateLayout))
		h.add("From", from.String())
		h.add("To", meEmail)
		h.add("Subject", encodeSubject(fmt.Sprintf("%s #%d — %s", nl.name, it.n%500, pick(r, workTopics))))
		h.add("Message-ID", id)
		h.add("MIME-Version", "1.0")
		if it.employer == nil {
			h.add("List-Id", nl.name+" <news."+nl.domain+">")
			h.add("List-Unsubscribe", fmt.Sprintf("<https://%s/unsubscribe?u=%x>,\n <mailto:unsubscribe@%s?subject=unsubscribe>", nl.domain, r.Uint32(), nl.domain))
			h.add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
			if r.IntN(2) == 0 {
				h.add("Precedence", "bulk")
			}
		}
		boundary := fmt.Sprintf("nl_%012x", r.Uint64()&0xffffffffffff)
		h.add("Content-Type", "multipart/alternative; boundary=\""+boundary+"\"")
		plain := text(r, size/4)
		body = "--" + boundary + "\nContent-Type: text/plain; charset=UTF-8\n\n" + plain +
			"\n--" + boundary + "\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" +
			qp(newsletterHTML(r, nl.name, nl.domain, size/2)) + "\n--" + boundary + "--\n"

	case kindNotification:
		nt := pick(r, notifiers)
		if it.employer != nil {
			nt.name, nt.email = it.employer.name, "notifications@"+it.employer.domain
		}
		received(&h, r, it.at, nt.email)
		dkim(&h, r, strings.SplitN(nt.email, "@", 2)[1])
		h.add("Date", it.at.UTC().Format(dateLayout))
		h.add("From", person{nt.name, nt.email}.String())
		h.add("To", meEmail)
		h.add("Subject", encodeSubject(fmt.Sprintf(nt.subject, 10000+r.IntN(90000))))
		h.add("Message-ID", id)
		h.add("Auto-Submitted", "auto-generated")
		h.add("MIME-Version", "1.0")
		h.add("Content-Type", "text/plain; charset=UTF-8")
		body = text(r, size-h.b.Len()-100)

	case kindJobAlert:
		jb := pick(r, jobBoards)
		if it.employer != nil {
			jb.name, jb.email = it.employer.name+" Careers", "careers@"+it.employer.domain
		}
		received(&h, r, it.at, jb.email)
		dkim(&h, r, strings.SplitN(jb.email, "@", 2)[1])
		h.add("Date", it.at.UTC().Format(dateLayout))
		h.add("From", person{jb.name, jb.email}.String())
		h.add("To", meEmail)
		h.add("Subject", encodeSubject(fmt.Sprintf("%d new jobs for “%s” in Berlin", 2+r.IntN(20), pick(r, roles))))
		h.add("Message-ID", id)
		h.add("MIME-Version", "1.0")
		if it.employer == nil {
			h.add("List-Unsubscribe", "<https://"+strings.SplitN(jb.email, "@", 2)[1]+"/unsubscribe>")
			h.add("Precedence", "bulk")
		}
		h.add("Content-Type", "text/html; charset=UTF-8")
		h.add("Content-Transfer-Encoding", "quoted-printable")
		body = qp(newsletterHTML(r, jb.name, strings.SplitN(jb.email, "@", 2)[1], size-h.b.Len()-300))

	case kindRecruiter:
		from := randomPerson(r, it.senderDomains([]string{"talentbridge.example", "hireworks.example", "techrecruit.example"}))
		received(&h, r, it.at, from.email)
		h.add("Date", local.Format(dateLayout))
		h.add("From", from.String())
		h.add("To", meEmail)
		h.add("Subject", "Exciting "+pick(r, roles)+" opportunity")
		h.add("Message-ID", id)
		h.add("MIME-Version", "1.0")
		h.add("Content-Type", "text/plain; charset=UTF-8")
		body = "Hi Sam,\n\n" + text(r, size-h.b.Len()-200) + "\nBest,\n" + from.name + "\n"

	case kindVendorReceipt:
		company := pick(r, []string{"Globochem", "Initrode", "Chotchkie's", "Vehement Capital"})
		received(&h, r, it.at, "no-reply@hire.lever.co")
		h.add("Date", it.at.UTC().Format(dateLayout))
		h.add("From", person{company, "no-reply@hire.lever.co"}.String())
		h.add("To", meEmail)
		h.add("Subject", "Thank you for applying to "+company)
		h.add("Message-ID", id)
		h.add("MIME-Version", "1.0")
		h.add("Content-Type", "text/plain; charset=UTF-8")
		body = "Hi Sam,\n\nThank you for your application. We will review it and get back to you.\n\n" + text(r, size/3)

	case kindInvitation:
		return toLF(it.inv.message(seed, r))

	case kindOwn:
		to := randomPerson(r, freemail)
		size = 600 + r.IntN(2400)
		h.add("Date", local.Format(dateLayout))
		h.add("From", person{meName, meEmail}.String())
		h.add("To", to.String())
		h.add("Subject", encodeSubject("Re: "+pick(r, topics)))
		h.add("Message-ID", id)
		h.add("MIME-Version", "1.0")
		h.add("Content-Type", "text/plain; charset=UTF-8; format=flowed")
		body = "Hi " + strings.Fields(to.name)[0] + ",\n\n" + text(r, size) + "\nSam\n"

	case kindThanks:
		return toLF(it.inv.thanks(seed, it.n, it.at))
	}
	return toLF([]byte(h.b.String() + "\n" + body))
}

func base64Lines(b []byte) string {
	s := base64.StdEncoding.EncodeToString(b)
	var out strings.Builder
	for len(s) > 76 {
		out.WriteString(s[:76] + "\n")
		s = s[76:]
	}
	out.WriteString(s + "\n")
	return out.String()
}

func qp(s string) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	_, _ = w.Write([]byte(s)) // writes to a bytes.Buffer do not fail
	_ = w.Close()
	return b.String()
}

func htmlParas(plain string) string {
	var b strings.Builder
	for p := range strings.SplitSeq(plain, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			b.WriteString("<p>" + strings.ReplaceAll(p, "\n", " ") + "</p>\n")
		}
	}
	return b.String()
}

func newsletterHTML(r *rand.Rand, name, domain string, size int) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + name + `</title>
<style>body{margin:0;padding:0;background:#f4f4f4}table{border-collapse:collapse}h2{font-family:Georgia,serif;color:#222}p{font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#333}</style>
</head><body><table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" style="background:#ffffff"><tr><td style="padding:24px">
<h1 style="font-family:Georgia,serif">` + name + `</h1>
`)
	for b.Len() < size {
		var s strings.Builder
		sentence(r, &s)
		b.WriteString(fmt.Sprintf("<h2><a href=\"https://%s/r/%d?utm_source=newsletter&amp;utm_medium=email\" style=\"color:#1a5fb4;text-decoration:none\">%s</a></h2>\n<p>%s</p>\n",
			domain, r.IntN(1e6), strings.TrimSuffix(strings.TrimSpace(s.String()), "."), strings.ReplaceAll(strings.TrimSpace(text(r, 300)), "\n", " ")))
	}
	b.WriteString(`<p style="font-size:11px;color:#888">You receive this because you subscribed. <a href="https://` + domain + `/unsubscribe">Unsubscribe</a></p>
</td></tr></table></td></tr></table></body></html>`)
	return b.String()
}

// ics is a one-event iCalendar object (RFC 5545) in UTC, folded at 75
// octets as §3.1 asks, with CRLF line ends inside the part.
func ics(method, uid, summary string, organizer person, attendees []person, start, end, stamp time.Time) string {
	const f = "20060102T150405Z"
	lines := []string{
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//followupd bench//mailgen//EN", "METHOD:" + method,
		"BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp.UTC().Format(f), "SEQUENCE:0",
		"DTSTART:" + start.UTC().Format(f), "DTEND:" + end.UTC().Format(f),
		"SUMMARY:" + summary,
		"ORGANIZER;CN=\"" + organizer.name + "\":mailto:" + organizer.email,
	}
	for _, a := range attendees {
		lines = append(lines, "ATTENDEE;CN=\""+a.name+"\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"+a.email)
	}
	lines = append(lines, "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR")
	var b strings.Builder
	for _, l := range lines {
		for len(l) > 75 {
			cut := 75
			for !utf8.RuneStart(l[cut]) { // never split a character
				cut--
			}
			b.WriteString(l[:cut] + "\r\n ")
			l = l[cut:]
		}
		b.WriteString(l + "\r\n")
	}
	return b.String()
}
