package mail_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/followupd/followupd/mail"
)

// messageAt is a minimal text message; extra header lines go before the
// body separator.
func messageAt(id, subject string, date time.Time, extra ...string) string {
	var b strings.Builder
	b.WriteString("From: Recruiter <recruiter@example.com>\n")
	b.WriteString("To: me@example.org\n")
	b.WriteString("Subject: " + subject + "\n")
	if !date.IsZero() {
		b.WriteString("Date: " + date.Format(time.RFC1123Z) + "\n")
	}
	if id != "" {
		b.WriteString("Message-ID: " + id + "\n")
	}
	for _, h := range extra {
		b.WriteString(h + "\n")
	}
	b.WriteString("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nHello.\n")
	return b.String()
}

func simpleMessage(id, subject string) string { return messageAt(id, subject, time.Now()) }

func TestSyncSummariesWindow(t *testing.T) {
	eachServer(t, func(t *testing.T, s *testServer) {
		ctx := context.Background()
		s.createMailbox(t, "Jobs")
		now := time.Now().Truncate(time.Second)
		since := now.AddDate(0, 0, -60)
		old := now.AddDate(-1, 0, 0)

		s.deliver(t, "Jobs", messageAt("<old@example.com>", "old", old), old)
		u1 := s.deliver(t, "Jobs", messageAt("<m1@example.com>", "one", now), time.Time{})
		// Copied in today, written a year ago: its Date keeps it out.
		s.deliver(t, "Jobs", messageAt("<imported@example.com>", "imported", old), time.Time{})
		// Just inside the window, by INTERNALDATE and Date.
		edge := since.Add(time.Hour)
		u2 := s.deliver(t, "Jobs", messageAt("<m2@example.com>", "two", edge), edge)
		// Just outside, although on the same day as since: the SEARCH
		// asks for a day more, the Date leaves it out.
		before := since.Add(-time.Minute)
		s.deliver(t, "Jobs", messageAt("<m3@example.com>", "three", before), before)
		// No Date header: the arrival time decides, either way.
		undated := "From: a@example.com\nSubject: undated\nMessage-ID: <%s@example.com>\n\nx\n"
		uUndated := s.deliver(t, "Jobs", fmt.Sprintf(undated, "undated-in"), edge)
		s.deliver(t, "Jobs", fmt.Sprintf(undated, "undated-out"), before)
		uLast := s.deliver(t, "Jobs", messageAt("<m4@example.com>", "four", now), now)
		validity := s.status(t, "Jobs").UIDValidity

		c := s.dial(t)
		cur, reset, sums, err := c.Summaries(ctx, "Jobs", mail.Cursor{}, since)
		if err != nil {
			t.Fatalf("first pass: %v", err)
		}
		if reset {
			t.Error("first pass from a zero cursor: reset = true")
		}
		if got, want := uidsOf(sums), []uint32{u1, u2, uUndated, uLast}; !slices.Equal(got, want) {
			t.Errorf("first pass UIDs = %v, want %v", got, want)
		}
		for _, sum := range sums {
			if sum.UID == uUndated && !sum.Date.Equal(edge) {
				t.Errorf("undated message: Date %v, want its arrival %v", sum.Date, edge)
			}
		}
		if want := (mail.Cursor{UIDValidity: validity, LastUID: uLast}); cur != want {
			t.Errorf("first pass cursor = %+v, want %+v", cur, want)
		}

		if s.rec != nil {
			s.rec.take()
		}
		cur2, reset, sums, err := c.Summaries(ctx, "Jobs", cur, since)
		if err != nil || reset || len(sums) != 0 || cur2 != cur {
			t.Fatalf("second pass = %+v, %v, %d summaries, %v; want %+v, nothing new", cur2, reset, len(sums), err, cur)
		}
		if s.rec != nil {
			n := countCommands(s.rec.take())
			if n["EXAMINE"] != 1 || n["UID SEARCH"] > 1 || n["UID FETCH"] != 0 || n["SELECT"] != 0 {
				t.Errorf("second pass sent %v; want one EXAMINE, at most one UID SEARCH, no FETCH", n)
			}
		}

		u5 := s.deliver(t, "Jobs", simpleMessage("<m5@example.com>", "five"), time.Time{})
		cur3, reset, sums, err := c.Summaries(ctx, "Jobs", cur2, since)
		if err != nil || reset {
			t.Fatalf("third pass: reset %v, %v", reset, err)
		}
		if got := uidsOf(sums); !slices.Equal(got, []uint32{u5}) {
			t.Errorf("third pass UIDs = %v, want [%d]", got, u5)
		}
		if cur3.LastUID != u5 {
			t.Errorf("third pass LastUID = %d, want %d", cur3.LastUID, u5)
		}

		// A new UIDVALIDITY: everything in the window again.
		s.recreateMailbox(t, "Jobs")
		n1 := s.deliver(t, "Jobs", simpleMessage("<n1@example.com>", "new one"), time.Time{})
		s.deliver(t, "Jobs", messageAt("<n2@example.com>", "new old", old), old)
		n3 := s.deliver(t, "Jobs", simpleMessage("<n3@example.com>", "new three"), time.Time{})
		if n1 > cur3.LastUID {
			t.Logf("recreated mailbox starts at UID %d (after %d)", n1, cur3.LastUID)
		}
		cur4, reset, sums, err := c.Summaries(ctx, "Jobs", cur3, since)
		if err != nil {
			t.Fatalf("after UIDVALIDITY change: %v", err)
		}
		if !reset {
			t.Error("after UIDVALIDITY change: reset = false")
		}
		if cur4.UIDValidity == cur3.UIDValidity {
			t.Errorf("cursor UIDVALIDITY stayed %d", cur4.UIDValidity)
		}
		if got := uidsOf(sums); !slices.Equal(got, []uint32{n1, n3}) {
			t.Errorf("after UIDVALIDITY change UIDs = %v, want [%d %d]", got, n1, n3)
		}
	})
}

func TestSyncSummariesNoMailbox(t *testing.T) {
	eachServer(t, func(t *testing.T, s *testServer) {
		c := s.dial(t)
		_, _, _, err := c.Summaries(context.Background(), "Nope", mail.Cursor{}, time.Time{})
		if !errors.Is(err, mail.ErrNoMailbox) || mail.IsTemporary(err) {
			t.Fatalf("Summaries(Nope) = %v, want permanent ErrNoMailbox", err)
		}
		if !strings.Contains(err.Error(), "Nope") {
			t.Errorf("error %q does not name the mailbox", err)
		}
		// The connection is still good.
		if err := c.Noop(context.Background()); err != nil {
			t.Errorf("Noop() = %v", err)
		}
	})
}

// summaryCases are messages with the features Summary must read. The
// Message-ID identifies each case.
type summaryTest struct {
	name string
	raw  string
	want mail.Summary // compared field by field where set; see checkSummary
}

var summaryCases = []summaryTest{
	{
		name: "plain",
		raw: `From: "Jane Recruiter" <Jane.Recruiter@Example.COM>
Sender: ATS <NoReply@ATS.example>
Reply-To: Jane <jane@example.com>
To: Bob <Bob@Example.org>, carol@example.org
Cc: Hiring Team <TEAM@example.com>
Subject: Interview on Tuesday
Date: Mon, 1 Jun 2026 10:00:00 +0200
Message-ID: <plain@example.com>

Hi Bob.
`,
		want: mail.Summary{
			MessageID: "plain@example.com",
			Subject:   "Interview on Tuesday",
			Date:      time.Date(2026, 6, 1, 8, 0, 0, 0, time.UTC),
			From:      []mail.Address{{Name: "Jane Recruiter", Email: "jane.recruiter@example.com"}},
			Sender:    []mail.Address{{Name: "ATS", Email: "noreply@ats.example"}},
			ReplyTo:   []mail.Address{{Name: "Jane", Email: "jane@example.com"}},
			To:        []mail.Address{{Name: "Bob", Email: "bob@example.org"}, {Email: "carol@example.org"}},
			Cc:        []mail.Address{{Name: "Hiring Team", Email: "team@example.com"}},
		},
	},
	{
		name: "reply with folded references",
		raw: `From: bob@example.org
Subject: Re: Interview on Tuesday
Message-ID: <reply@example.org>
In-Reply-To: <plain@example.com>
References: <root@example.com>
 <middle@example.com>
	<plain@example.com>

Thanks.
`,
		want: mail.Summary{
			MessageID:  "reply@example.org",
			Subject:    "Re: Interview on Tuesday",
			InReplyTo:  []string{"plain@example.com"},
			References: []string{"root@example.com", "middle@example.com", "plain@example.com"},
		},
	},
	{
		name: "bulk list-unsubscribe",
		raw:  "From: jobs@board.example\nSubject: 20 new jobs\nMessage-ID: <bulk1@board.example>\nList-Unsubscribe: <https://board.example/u>\n\nx\n",
		want: mail.Summary{MessageID: "bulk1@board.example", Bulk: true},
	},
	{
		name: "bulk list-id",
		raw:  "From: list@example.com\nSubject: digest\nMessage-ID: <bulk2@example.com>\nList-Id: Jobs <jobs.example.com>\n\nx\n",
		want: mail.Summary{MessageID: "bulk2@example.com", Bulk: true},
	},
	{
		name: "precedence bulk",
		raw:  "From: news@example.com\nSubject: news\nMessage-ID: <bulk3@example.com>\nPrecedence: Bulk\n\nx\n",
		want: mail.Summary{MessageID: "bulk3@example.com", Bulk: true},
	},
	{
		name: "precedence junk",
		raw:  "From: news@example.com\nSubject: news\nMessage-ID: <bulk4@example.com>\nPrecedence: junk\n\nx\n",
		want: mail.Summary{MessageID: "bulk4@example.com", Bulk: true},
	},
	{
		name: "auto-submitted is not bulk",
		raw:  "From: noreply@greenhouse.example\nSubject: Interview confirmed\nMessage-ID: <auto@greenhouse.example>\nAuto-Submitted: auto-generated\n\nx\n",
		want: mail.Summary{MessageID: "auto@greenhouse.example", Subject: "Interview confirmed"},
	},
	{
		name: "windows-1252 quoted-printable subject",
		raw:  "From: hr@firma.example\nSubject: =?windows-1252?Q?Einladung_zum_Vorstellungsgespr=E4ch_=96_Montag?=\nMessage-ID: <cp1252@firma.example>\n\nx\n",
		want: mail.Summary{MessageID: "cp1252@firma.example", Subject: "Einladung zum Vorstellungsgespräch – Montag"},
	},
	{
		name: "iso-8859-1 base64 subject",
		raw:  "From: rh@societe.example\nSubject: =?ISO-8859-1?B?Uul1bmlvbiDgIFr8cmljaA==?=\nMessage-ID: <latin1@societe.example>\n\nx\n",
		want: mail.Summary{MessageID: "latin1@societe.example", Subject: "Réunion à Zürich"},
	},
	{
		name: "adjacent utf-8 encoded words",
		raw:  "From: rh@societe.example\nSubject: =?UTF-8?Q?Entretien_d'embauche_?=\n =?UTF-8?B?4oCUIHLDqXBvbnNl?=\nMessage-ID: <utf8@societe.example>\n\nx\n",
		want: mail.Summary{MessageID: "utf8@societe.example", Subject: "Entretien d'embauche — réponse"},
	},
	{
		name: "raw utf-8 subject and encoded name",
		raw:  "From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <JM@Firma.DE>\nSubject: Vorstellungsgespräch bestätigt\nMessage-ID: <raw8@firma.de>\n\nx\n",
		want: mail.Summary{
			MessageID: "raw8@firma.de",
			Subject:   "Vorstellungsgespräch bestätigt",
			From:      []mail.Address{{Name: "Jürgen Müller", Email: "jm@firma.de"}},
		},
	},
	{
		name: "text/calendar alternative",
		raw: `From: calendar@example.com
Subject: Invitation: Interview
Message-ID: <cal1@example.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

You are invited.
--b1
Content-Type: text/calendar; charset=utf-8; method=REQUEST

BEGIN:VCALENDAR
END:VCALENDAR
--b1--
`,
		want: mail.Summary{MessageID: "cal1@example.com", HasCalendar: true},
	},
	{
		name: "a signature's inline logo",
		raw: `From: Jo Park <jo.park@acme.example>
Subject: Next steps
Message-ID: <logo1@acme.example>
MIME-Version: 1.0
Content-Type: multipart/related; boundary="b10"

--b10
Content-Type: text/html; charset=utf-8

<p>Hi Sam</p><img src="cid:logo">
--b10
Content-Type: image/png; name="logo.png"
Content-Disposition: inline; filename="logo.png"
Content-ID: <logo>
Content-Transfer-Encoding: base64

iVBORw0KGgo=
--b10--
`,
		want: mail.Summary{MessageID: "logo1@acme.example"},
	},
	{
		name: "application/ics attachment",
		raw: `From: calendar@example.com
Subject: Invitation
Message-ID: <cal2@example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b2"

--b2
Content-Type: text/plain

See attached.
--b2
Content-Type: application/ics; name="invite.ics"
Content-Transfer-Encoding: base64

QkVHSU46VkNBTEVOREFSDQpFTkQ6VkNBTEVOREFSDQo=
--b2--
`,
		want: mail.Summary{MessageID: "cal2@example.com", HasCalendar: true},
	},
	{
		name: "octet-stream named .ICS",
		raw: `From: calendar@example.com
Subject: Invitation
Message-ID: <cal3@example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b3"

--b3
Content-Type: text/plain

See attached.
--b3
Content-Type: application/octet-stream
Content-Disposition: attachment; filename="Interview.ICS"

BEGIN:VCALENDAR
END:VCALENDAR
--b3--
`,
		want: mail.Summary{MessageID: "cal3@example.com", HasCalendar: true},
	},
	{
		name: "rfc 2231 filename",
		raw: `From: calendar@example.com
Subject: Einladung
Message-ID: <cal4@example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b4"

--b4
Content-Type: text/plain

Anbei.
--b4
Content-Type: application/octet-stream
Content-Disposition: attachment; filename*=UTF-8''Einladung%20Gespr%C3%A4ch%2Eics

BEGIN:VCALENDAR
END:VCALENDAR
--b4--
`,
		want: mail.Summary{MessageID: "cal4@example.com", HasCalendar: true},
	},
	{
		name: "rfc 2231 continuation",
		raw: `From: calendar@example.com
Subject: Einladung
Message-ID: <cal5@example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b7"

--b7
Content-Type: text/plain

Anbei.
--b7
Content-Type: application/octet-stream
Content-Disposition: attachment; filename*0*=UTF-8''Einladung%20zum%20;
 filename*1="Gespraech.ics"

BEGIN:VCALENDAR
END:VCALENDAR
--b7--
`,
		want: mail.Summary{MessageID: "cal5@example.com", HasCalendar: true},
	},
	{
		name: "forwarded invitation",
		raw: `From: friend@example.com
Subject: Fwd: Invitation
Message-ID: <fwd@example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b5"

--b5
Content-Type: text/plain

FYI
--b5
Content-Type: message/rfc822

From: calendar@example.com
Subject: Invitation
Message-ID: <inner@example.com>
MIME-Version: 1.0
Content-Type: text/calendar; method=REQUEST

BEGIN:VCALENDAR
END:VCALENDAR
--b5--
`,
		want: mail.Summary{MessageID: "fwd@example.com", HasCalendar: true},
	},
	{
		name: "pdf is no calendar",
		raw: `From: me@example.org
Subject: My CV
Message-ID: <cv@example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b6"

--b6
Content-Type: text/plain

CV attached.
--b6
Content-Type: application/pdf; name="cv.pdf"
Content-Disposition: attachment; filename="cv.pdf"

%PDF-1.4
--b6--
`,
		want: mail.Summary{MessageID: "cv@example.org", Subject: "My CV", HasAttachment: true},
	},
	{
		name: "message-id without brackets",
		raw:  "From: a@example.com\nSubject: bare id\nMessage-ID: bare-id@example.com\n\nx\n",
		want: mail.Summary{MessageID: "bare-id@example.com"},
	},
}

func TestSyncSummaryFields(t *testing.T) {
	eachServer(t, func(t *testing.T, s *testServer) {
		for _, tc := range summaryCases {
			s.deliver(t, "INBOX", tc.raw, time.Time{})
		}
		// No Date header: the arrival time stands in.
		arrival := time.Now().Add(-48 * time.Hour).Truncate(time.Second)
		s.deliver(t, "INBOX", "From: a@example.com\nSubject: undated\nMessage-ID: <undated@example.com>\n\nx\n", arrival)

		c := s.dial(t)
		_, _, sums, err := c.Summaries(context.Background(), "INBOX", mail.Cursor{}, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		byID := map[string]mail.Summary{}
		for _, sum := range sums {
			if sum.Mailbox != "INBOX" || sum.UID == 0 {
				t.Errorf("summary %q: mailbox %q, UID %d", sum.MessageID, sum.Mailbox, sum.UID)
			}
			byID[sum.MessageID] = sum
		}
		for _, tc := range summaryCases {
			t.Run(tc.name, func(t *testing.T) {
				got, ok := byID[tc.want.MessageID]
				if !ok {
					t.Fatalf("no summary with Message-ID %q; have %v", tc.want.MessageID, keys(byID))
				}
				checkSummary(t, got, tc.want)
			})
		}
		t.Run("undated", func(t *testing.T) {
			got := byID["undated@example.com"]
			if !got.Date.Equal(arrival) {
				t.Errorf("Date = %v, want INTERNALDATE %v", got.Date, arrival)
			}
		})
	})
}

func summaryCase(name string) summaryTest {
	for _, tc := range summaryCases {
		if tc.name == name {
			return tc
		}
	}
	panic("no summary case " + name)
}

// checkSummary compares the fields want sets; Bulk, HasCalendar and
// HasAttachment always.
func checkSummary(t *testing.T, got, want mail.Summary) {
	t.Helper()
	if want.Subject != "" && got.Subject != want.Subject {
		t.Errorf("Subject = %q, want %q", got.Subject, want.Subject)
	}
	if !want.Date.IsZero() && !got.Date.Equal(want.Date) {
		t.Errorf("Date = %v, want %v", got.Date, want.Date)
	}
	for _, f := range []struct {
		name      string
		got, want []mail.Address
	}{
		{"From", got.From, want.From}, {"Sender", got.Sender, want.Sender}, {"ReplyTo", got.ReplyTo, want.ReplyTo},
		{"To", got.To, want.To}, {"Cc", got.Cc, want.Cc},
	} {
		if f.want != nil && !slices.Equal(f.got, f.want) {
			t.Errorf("%s = %+v, want %+v", f.name, f.got, f.want)
		}
	}
	if want.InReplyTo != nil && !slices.Equal(got.InReplyTo, want.InReplyTo) {
		t.Errorf("InReplyTo = %q, want %q", got.InReplyTo, want.InReplyTo)
	}
	if want.References != nil && !slices.Equal(got.References, want.References) {
		t.Errorf("References = %q, want %q", got.References, want.References)
	}
	if got.Bulk != want.Bulk {
		t.Errorf("Bulk = %v, want %v", got.Bulk, want.Bulk)
	}
	if got.HasCalendar != want.HasCalendar {
		t.Errorf("HasCalendar = %v, want %v", got.HasCalendar, want.HasCalendar)
	}
	if got.HasAttachment != want.HasAttachment {
		t.Errorf("HasAttachment = %v, want %v", got.HasAttachment, want.HasAttachment)
	}
}

func keys(m map[string]mail.Summary) []string {
	var l []string
	for k := range m {
		l = append(l, k)
	}
	slices.Sort(l)
	return l
}

func TestSyncBodies(t *testing.T) {
	eachServer(t, func(t *testing.T, s *testServer) {
		ctx := context.Background()
		raws := map[uint32][]byte{}
		for _, raw := range []string{
			summaryCase("plain").raw,
			summaryCase("application/ics attachment").raw, // multipart, base64
			"From: a@example.com\nSubject: 8bit\nMessage-ID: <8bit@example.com>\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nGrüße, trailing spaces   \n\n",
		} {
			uid := s.deliver(t, "INBOX", raw, time.Time{})
			raws[uid] = crlf(raw)
		}
		c := s.dial(t)
		cur, _, sums, err := c.Summaries(ctx, "INBOX", mail.Cursor{}, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		uids := append(uidsOf(sums), 9999) // 9999 does not exist

		got := map[uint32][]byte{}
		err = c.Bodies(ctx, "INBOX", cur.UIDValidity, uids, func(uid uint32, raw []byte) error {
			if _, dup := got[uid]; dup {
				t.Errorf("UID %d delivered twice", uid)
			}
			got[uid] = raw
			return nil
		})
		if err != nil {
			t.Fatalf("Bodies() = %v", err)
		}
		if len(got) != len(raws) {
			t.Errorf("Bodies() gave %d messages, want %d", len(got), len(raws))
		}
		for uid, want := range raws {
			if !bytes.Equal(got[uid], want) {
				t.Errorf("UID %d body = %q, want %q", uid, got[uid], want)
			}
			if flags := s.flags(t, "INBOX", uid); hasFlag(flags, imap.FlagSeen) {
				t.Errorf("UID %d has flags %v after Bodies; \\Seen must stay unset", uid, flags)
			}
		}

		// An error from fn ends the fetch, comes back unchanged, and
		// leaves the connection usable.
		stop := errors.New("stop here")
		calls := 0
		err = c.Bodies(ctx, "INBOX", cur.UIDValidity, uids, func(uint32, []byte) error { calls++; return stop })
		if !errors.Is(err, stop) || calls != 1 {
			t.Errorf("Bodies() with failing fn = %v after %d calls, want %v after 1", err, calls, stop)
		}
		if err := c.Noop(ctx); err != nil {
			t.Errorf("Noop() after fn error = %v", err)
		}
	})
}

// TestSyncBodiesArrival: a fetched body carries the INTERNALDATE the
// server gave it on delivery, not the Date header the sender wrote (here
// a week earlier, as a forger would).
func TestSyncBodiesArrival(t *testing.T) {
	eachServer(t, func(t *testing.T, s *testServer) {
		ctx := context.Background()
		arrived := time.Date(2026, 11, 30, 9, 15, 0, 0, time.UTC)
		raw := "From: a@example.com\nSubject: Re: Interview\nDate: Mon, 23 Nov 2026 09:00:00 +0000\nMessage-ID: <early@example.com>\n\nConfirmed.\n"
		uid := s.deliver(t, "INBOX", raw, arrived)
		c := s.dial(t)
		cur, _, _, err := c.Summaries(ctx, "INBOX", mail.Cursor{}, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		var got []mail.Body
		err = c.StreamBodies(ctx, "INBOX", cur.UIDValidity, slices.Values([][]uint32{{uid}}), func(b mail.Body) error {
			got = append(got, b)
			return nil
		})
		if err != nil || len(got) != 1 {
			t.Fatalf("StreamBodies() = %v with %d bodies, want 1", err, len(got))
		}
		if !got[0].Arrived.Equal(arrived) {
			t.Errorf("Arrived = %v, want the delivery time %v", got[0].Arrived, arrived)
		}
	})
}

// TestSyncBodiesLimit: a message larger than the limit (an invitation
// with a huge attachment, or mail made to be huge) is fetched only up to
// it, says so, and its first part still reads; the limit is the
// default or the one configured.
func TestSyncBodiesLimit(t *testing.T) {
	eachServer(t, func(t *testing.T, s *testServer) {
		ctx := context.Background()
		big := "From: hr@initech.example\nSubject: Interview\nMessage-ID: <big@initech.example>\nMIME-Version: 1.0\n" +
			"Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain\n\nYour interview is on Tuesday at 10:00.\n" +
			"--x\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n" +
			strings.Repeat(strings.Repeat("QUJD", 19)+"\n", (mail.DefaultMaxBodyBytes+(1<<20))/77) + "--x--\n"
		small := summaryCase("plain").raw
		uids := []uint32{s.deliver(t, "INBOX", big, time.Time{}), s.deliver(t, "INBOX", small, time.Time{})}
		for _, limit := range []int64{0, 1 << 20} {
			cfg := s.cfg
			cfg.MaxBodyBytes = limit
			c, err := mail.Dial(ctx, cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			want := limit
			if want == 0 {
				want = mail.DefaultMaxBodyBytes
			}
			cur, _, _, err := c.Summaries(ctx, "INBOX", mail.Cursor{}, time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			got := map[uint32]mail.Body{}
			err = c.StreamBodies(ctx, "INBOX", cur.UIDValidity, slices.Values([][]uint32{uids}), func(b mail.Body) error {
				got[b.UID] = b
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if b := got[uids[0]]; !b.Truncated || int64(len(b.Raw)) != want {
				t.Errorf("limit %d: large message: Truncated %v, %d bytes; want true, %d", limit, b.Truncated, len(b.Raw), want)
			} else if m, err := mail.Parse(bytes.NewReader(b.Raw)); err != nil || !strings.Contains(m.Text, "Tuesday at 10:00") {
				t.Errorf("limit %d: its first part does not read: %v", limit, err)
			}
			if b := got[uids[1]]; b.Truncated || !bytes.Equal(b.Raw, crlf(small)) {
				t.Errorf("limit %d: small message: Truncated %v, %d bytes; want it whole", limit, b.Truncated, len(b.Raw))
			}
		}
	})
}

// TestSyncBodiesUIDValidityChanged: UIDs read under one UIDVALIDITY never
// fetch the bodies of a recreated mailbox, whether Bodies runs on the
// connection that scanned or on a second one (the daemon fetches bodies on
// a second connection while the scan goes on).
func TestSyncBodiesUIDValidityChanged(t *testing.T) {
	for _, second := range []bool{false, true} {
		t.Run(map[bool]string{false: "same connection", true: "second connection"}[second], func(t *testing.T) {
			s := startMemServer(t)
			ctx := context.Background()
			s.createMailbox(t, "Jobs")
			s.deliver(t, "Jobs", simpleMessage("<a@example.com>", "a"), time.Time{})
			c := s.dial(t)
			cur, _, sums, err := c.Summaries(ctx, "Jobs", mail.Cursor{}, time.Time{})
			if err != nil || len(sums) != 1 {
				t.Fatalf("Summaries() = %d, %v", len(sums), err)
			}
			s.recreateMailbox(t, "Jobs")
			s.deliver(t, "Jobs", simpleMessage("<b@example.com>", "b"), time.Time{})

			bodies := c
			if second {
				bodies = s.dial(t)
			}
			err = bodies.Bodies(ctx, "Jobs", cur.UIDValidity, uidsOf(sums), func(uid uint32, raw []byte) error {
				t.Errorf("fn called for UID %d of the new mailbox", uid)
				return nil
			})
			if !errors.Is(err, mail.ErrUIDValidity) || mail.IsTemporary(err) {
				t.Fatalf("Bodies() = %v, want permanent ErrUIDValidity", err)
			}
		})
	}
}

// TestSyncBatches reads more messages than one FETCH carries, on the
// in-memory server where filling a mailbox is cheap.
func TestSyncBatches(t *testing.T) {
	s := startMemServer(t)
	const n = 1234
	fillMem(t, s, "INBOX", n, time.Now().Add(-time.Hour))
	c := s.dial(t)
	s.rec.take()

	cur, _, sums, err := c.Summaries(context.Background(), "INBOX", mail.Cursor{}, time.Now().AddDate(0, 0, -60))
	if err != nil {
		t.Fatal(err)
	}
	if len(sums) != n || cur.LastUID != n {
		t.Fatalf("Summaries() = %d summaries, LastUID %d; want %d", len(sums), cur.LastUID, n)
	}
	for i, sum := range sums {
		if sum.UID != uint32(i+1) || sum.MessageID != fmt.Sprintf("fill%d@example.com", i+1) {
			t.Fatalf("summary %d = UID %d, %q", i, sum.UID, sum.MessageID)
		}
	}
	if got := countCommands(s.rec.take())["UID FETCH"]; got != 3 {
		t.Errorf("Summaries sent %d UID FETCH, want 3 (batches of 500)", got)
	}

	count := 0
	err = c.Bodies(context.Background(), "INBOX", cur.UIDValidity, uidsOf(sums[:120]), func(uid uint32, raw []byte) error {
		count++
		if !bytes.Contains(raw, []byte(fmt.Sprintf("<fill%d@example.com>", uid))) {
			t.Errorf("UID %d: body of another message", uid)
		}
		return nil
	})
	if err != nil || count != 120 {
		t.Fatalf("Bodies() = %v after %d messages, want 120", err, count)
	}
	if got := countCommands(s.rec.take())["UID FETCH"]; got != 3 {
		t.Errorf("Bodies sent %d UID FETCH, want 3 (batches of 50)", got)
	}

	// ScanSummaries hands over the same summaries one FETCH at a time,
	// each batch ascending and saying how much is still to come.
	var batches []mail.SummaryBatch
	next, _, err := c.ScanSummaries(context.Background(), "INBOX", mail.Cursor{}, time.Now().AddDate(0, 0, -60), mail.ScanOptions{}, func(b mail.SummaryBatch) error {
		batches = append(batches, b)
		return nil
	})
	if err != nil || next != cur {
		t.Fatalf("ScanSummaries() = %+v, %v; want %+v", next, err, cur)
	}
	wantRemaining := []int{734, 234, 0}
	if len(batches) != len(wantRemaining) {
		t.Fatalf("ScanSummaries() gave %d batches, want %d", len(batches), len(wantRemaining))
	}
	uid := uint32(0)
	for i, b := range batches {
		if b.Remaining != wantRemaining[i] || b.UIDValidity != cur.UIDValidity {
			t.Errorf("batch %d: Remaining %d, UIDValidity %d; want %d, %d", i, b.Remaining, b.UIDValidity, wantRemaining[i], cur.UIDValidity)
		}
		for _, sum := range b.Summaries {
			if sum.UID != uid+1 {
				t.Fatalf("batch %d: UID %d after %d", i, sum.UID, uid)
			}
			uid = sum.UID
		}
	}
	if uid != n {
		t.Errorf("ScanSummaries() ended at UID %d, want %d", uid, n)
	}

	// An error from fn stops the scan after that batch and comes back
	// unchanged; the cursor is not advanced. The next batch was asked
	// for before fn ran (pipelining); its answer is read out and the
	// connection stays usable.
	stop := errors.New("stop here")
	s.rec.take()
	calls := 0
	next, _, err = c.ScanSummaries(context.Background(), "INBOX", mail.Cursor{}, time.Time{}, mail.ScanOptions{}, func(mail.SummaryBatch) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 || next != (mail.Cursor{}) {
		t.Errorf("ScanSummaries() with failing fn = %+v, %v after %d calls; want the zero cursor, %v after 1", next, err, calls, stop)
	}
	if got := countCommands(s.rec.take())["UID FETCH"]; got != 2 {
		t.Errorf("ScanSummaries() with failing fn sent %d UID FETCH, want 2 (this batch and the next)", got)
	}
	if _, _, sums, err := c.Summaries(context.Background(), "INBOX", cur, time.Time{}); err != nil || len(sums) != 0 {
		t.Errorf("Summaries() after the failed scan = %d summaries, %v; want none, no error", len(sums), err)
	}
}

// fillMem appends n messages straight into the in-memory mailbox.
func fillMem(t testing.TB, s *testServer, mailbox string, n int, date time.Time) {
	t.Helper()
	for i := 1; i <= n; i++ {
		raw := crlf(fmt.Sprintf(`From: "Sender %d" <sender%d@example.com>
To: me@example.org
Subject: =?utf-8?q?Message_n=C2=B0_%d?=
Date: %s
Message-ID: <fill%d@example.com>
References: <root@example.com> <parent%d@example.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b"

--b
Content-Type: text/plain; charset=utf-8

Body of message %d.
--b
Content-Type: text/html; charset=utf-8

<p>Body of message %d.</p>
--b--
`, i, i, i, date.Format(time.RFC1123Z), i, i, i, i))
		if _, err := s.mem.Append(mailbox, bytes.NewReader(raw), &imap.AppendOptions{Time: date}); err != nil {
			t.Fatal(err)
		}
	}
}

// searcher is a mail.WindowSearcher for TestSyncSplitSearch: a second
// connection, or a failure, and a record of what it was asked.
type searcher struct {
	c     *mail.Client
	err   error
	calls [][2]uint32 // from, to
}

func (s *searcher) SearchWindow(ctx context.Context, mailbox string, uidValidity uint32, from, to uint32, since time.Time) ([]uint32, error) {
	s.calls = append(s.calls, [2]uint32{from, to})
	if s.err != nil {
		return nil, s.err
	}
	return s.c.SearchWindow(ctx, mailbox, uidValidity, from, to, since)
}

// TestSyncSplitSearch: a large window is searched in two halves, the lower
// one by a helper on another connection, with the same result as one
// search; a helper that fails costs nothing but time, except a helper that
// sees another UIDVALIDITY, which fails the scan.
func TestSyncSplitSearch(t *testing.T) {
	s := startMemServer(t)
	now := time.Now()
	since := now.AddDate(0, 0, -60)
	// UIDs 1-1000 and 2001-3000 are in the window, 1001-2000 are not:
	// both halves hold some of the window.
	fillMem(t, s, "INBOX", 1000, now.Add(-time.Hour))
	fillMem(t, s, "INBOX", 1000, now.AddDate(0, 0, -200))
	fillMem(t, s, "INBOX", 1000, now.Add(-time.Hour))
	var want []uint32
	for u := uint32(1); u <= 3000; u++ {
		if u <= 1000 || u > 2000 {
			want = append(want, u)
		}
	}

	tests := []struct {
		name      string
		helper    *searcher
		cur       mail.Cursor
		wantCalls [][2]uint32
		wantErr   error
	}{
		{name: "no helper"},
		{name: "helper searches the lower part", helper: &searcher{}, wantCalls: [][2]uint32{{1, 1125}}},
		{name: "helper fails", helper: &searcher{err: mail.ErrConnection}, wantCalls: [][2]uint32{{1, 1125}}},
		{name: "helper sees another mailbox", helper: &searcher{err: fmt.Errorf("%w: was 1, is 2", mail.ErrUIDValidity)},
			wantCalls: [][2]uint32{{1, 1125}}, wantErr: mail.ErrUIDValidity},
		{name: "window too small to share", helper: &searcher{}, cur: mail.Cursor{LastUID: 2500}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := s.dial(t)
			opts := mail.ScanOptions{}
			if tc.helper != nil {
				tc.helper.c = s.dial(t)
				opts.Helper = tc.helper
			}
			cur := tc.cur
			if cur.LastUID != 0 {
				cur.UIDValidity = s.status(t, "INBOX").UIDValidity
			}
			var got []uint32
			_, _, err := c.ScanSummaries(context.Background(), "INBOX", cur, since, opts, func(b mail.SummaryBatch) error {
				got = append(got, uidsOf(b.Summaries)...)
				return nil
			})
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("ScanSummaries() = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			wantUIDs := want
			if cur.LastUID != 0 {
				wantUIDs = slices.DeleteFunc(slices.Clone(want), func(u uint32) bool { return u <= cur.LastUID })
			}
			if !slices.Equal(got, wantUIDs) {
				t.Errorf("ScanSummaries() gave %d UIDs (%v...), want %d", len(got), got[:min(5, len(got))], len(wantUIDs))
			}
			if tc.helper != nil && !slices.Equal(tc.helper.calls, tc.wantCalls) {
				t.Errorf("helper asked for %v, want %v", tc.helper.calls, tc.wantCalls)
			}
		})
	}
}

// compareWithParse checks that a scan's summary of raw reads as Parse
// reads raw.
func compareWithParse(t *testing.T, got mail.Summary, raw []byte) {
	t.Helper()
	if len(raw) > 0 && (raw[0] == ' ' || raw[0] == '\t') {
		// Parse reads a first line that starts with white space as a
		// field; Dovecot does not, so it never sends it.
		return
	}
	m, err := mail.Parse(bytes.NewReader(raw))
	if err != nil {
		return // the scan keeps its summary; nothing to compare with
	}
	want := m.Summary
	if want.Date.IsZero() {
		want.Date = got.Date // the arrival time stands in
	}
	// The server reads a broken structure more leniently than Parse (a
	// part header folded without white space): what it holds is checked
	// on the written cases (TestParseAttachmentAsScan).
	want.Mailbox, want.UID, want.HasCalendar, want.HasAttachment = got.Mailbox, got.UID, got.HasCalendar, got.HasAttachment
	// The scan does not fetch Authentication-Results: the verdict is
	// read with the body, for the candidates (Summary.AuthFailure).
	want.AuthFailure = ""
	if !reflect.DeepEqual(normalizeSummary(got), normalizeSummary(want)) {
		t.Errorf("summary differs from Parse:\n scan  %+v\n parse %+v", got, want)
	}
}

// TestSummaryMatchesParse: a message reads the same from a scan's summary
// as from its whole text, so that nothing changes for detection when the
// body of a candidate arrives. Checked on the written cases against both
// servers.
func TestSummaryMatchesParse(t *testing.T) {
	eachServer(t, func(t *testing.T, s *testServer) {
		raws := map[string][]byte{}
		for _, tc := range summaryCases {
			s.deliver(t, "INBOX", tc.raw, time.Time{})
			raws[tc.want.MessageID] = crlf(tc.raw)
		}
		_, _, sums, err := s.dial(t).Summaries(context.Background(), "INBOX", mail.Cursor{}, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		for _, sum := range sums {
			t.Run(sum.MessageID, func(t *testing.T) { compareWithParse(t, sum, raws[sum.MessageID]) })
		}
	})
}

// TestSummaryMatchesParseCorpus is TestSummaryMatchesParse on every message
// of the MIME corpus, against Dovecot (imapmemserver panics on some of
// them: an empty multipart).
func TestSummaryMatchesParseCorpus(t *testing.T) {
	dir := mail.CorpusDir(t)
	s := startDovecot(t)
	var files [][]byte
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err == nil {
			files = append(files, b)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	byUID := map[uint32][]byte{}
	for _, raw := range files {
		uid := s.deliver(t, "INBOX", string(raw), time.Time{})
		byUID[uid] = raw
	}
	_, _, sums, err := s.dial(t).Summaries(context.Background(), "INBOX", mail.Cursor{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sums) < len(files)/2 {
		t.Fatalf("%d summaries of %d corpus messages", len(sums), len(files))
	}
	for _, sum := range sums {
		t.Run(fmt.Sprint("corpus UID ", sum.UID), func(t *testing.T) { compareWithParse(t, sum, byUID[sum.UID]) })
	}
}

// normalizeSummary makes nil and empty slices compare equal.
func normalizeSummary(s mail.Summary) mail.Summary {
	for _, p := range []*[]mail.Address{&s.From, &s.Sender, &s.ReplyTo, &s.To, &s.Cc} {
		if len(*p) == 0 {
			*p = nil
		}
	}
	for _, p := range []*[]string{&s.InReplyTo, &s.References} {
		if len(*p) == 0 {
			*p = nil
		}
	}
	s.Date = s.Date.UTC()
	return s
}

// TestParseAttachmentAsScan: Parse says what a scan's BODYSTRUCTURE says
// of files attached, on the written cases: a CV is one, a calendar or a
// signature's inline logo is not.
func TestParseAttachmentAsScan(t *testing.T) {
	for _, tc := range summaryCases {
		t.Run(tc.name, func(t *testing.T) {
			m, err := mail.Parse(bytes.NewReader(crlf(tc.raw)))
			if err != nil {
				t.Fatal(err)
			}
			if m.HasAttachment != tc.want.HasAttachment {
				t.Errorf("HasAttachment = %v, want %v", m.HasAttachment, tc.want.HasAttachment)
			}
		})
	}
}
