package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/sample"
)

// initechUID is the UID of the sample's Initech invitation (Google
// Calendar), which anyone it was forwarded to could learn.
const initechUID = "4k2s9vq1m0c7j3b8e5t6r1p0lh@google.com"

// forgedUpdate is an iMIP message from outsider.example that reuses the
// Initech invitation's UID with a higher SEQUENCE, naming the outsider as
// organizer and attendee (method REQUEST) or cancelling it (CANCEL).
func forgedUpdate(method string, date time.Time) []byte {
	status := "CONFIRMED"
	if method == "CANCEL" {
		status = "CANCELLED"
	}
	ics := strings.Join([]string{
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Outsider//EN", "METHOD:" + method,
		"BEGIN:VEVENT", "UID:" + initechUID, "SEQUENCE:9", "DTSTAMP:" + date.UTC().Format("20060102T150405Z"),
		"DTSTART:20261202T130000Z", "DTEND:20261202T140000Z",
		"SUMMARY:Interview with Initech – Senior Go Engineer", "STATUS:" + status,
		"ORGANIZER;CN=Joanna Park:mailto:joanna@outsider.example",
		"ATTENDEE;CN=Peter Gibbons:mailto:peter@outsider.example",
		"ATTENDEE;CN=Sam Rivera:mailto:sam.rivera@example.org",
		"END:VEVENT", "END:VCALENDAR", "",
	}, "\r\n")
	return []byte(fmt.Sprintf("From: Joanna Park <joanna@outsider.example>\r\n"+
		"To: sam.rivera@example.org\r\n"+
		"Subject: Updated invitation: Interview with Initech – Senior Go Engineer\r\n"+
		"Date: %s\r\n"+
		"Message-ID: <forged-%s@outsider.example>\r\n"+
		"MIME-Version: 1.0\r\n"+
		"Content-Type: multipart/alternative; boundary=b1\r\n\r\n"+
		"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe interview was updated.\r\n"+
		"--b1\r\nContent-Type: text/calendar; charset=utf-8; method=%s\r\n\r\n%s\r\n--b1--\r\n",
		date.Format(time.RFC1123Z), strings.ToLower(method), method, ics))
}

// TestForgedCalendarUpdatesChangeNoDraft replays the Initech interview into
// a real Dovecot, then an outsider's update of the same event: the
// thank-you after the interview still goes to Initech's interviewers, and
// `plan` names the ignored message.
func TestForgedCalendarUpdatesChangeNoDraft(t *testing.T) {
	if testing.Short() {
		t.Skip("Dovecot test skipped in -short mode")
	}
	for _, method := range []string{"REQUEST", "CANCEL"} {
		t.Run(method, func(t *testing.T) {
			peer := dovecotPeer(t)
			cfg := runConfig(t, peer, "")
			for _, m := range sampleOf("initech-invitation", "initech-reschedule") {
				peer.deliver(t, m.Mailbox, m.Raw, m.Date)
			}
			at := time.Date(2026, 11, 30, 9, 0, 0, 0, sample.Location())
			peer.deliver(t, "INBOX", forgedUpdate(method, at), at)

			code, out, errs := runCLI(t, "--config", cfg, "plan", "--now", "2026-12-02T16:00:00+01:00")
			if code != 0 {
				t.Fatalf("plan: exit %d\n%s\n%s", code, out, errs)
			}
			if !strings.Contains(out, "<forged-"+strings.ToLower(method)+"@outsider.example>") || !strings.Contains(out, "not this event's organizer") {
				t.Errorf("plan does not show the forged update as ignored:\n%s", out)
			}
			if !strings.Contains(errs, "message ignored") || !strings.Contains(errs, "forged-"+strings.ToLower(method)) {
				t.Errorf("the forged update is not logged:\n%s", errs)
			}
			if _, _, errs = runCLI(t, "--config", cfg, "plan", "--now", "2026-12-02T16:00:00+01:00"); strings.Contains(errs, "message ignored") {
				t.Errorf("the second plan logs the forged update again:\n%s", errs)
			}
			code, out, errs = runCLI(t, "--config", cfg, "once", "--now", "2026-12-02T16:00:00+01:00")
			if code != 0 {
				t.Fatalf("once: exit %d\n%s\n%s", code, out, errs)
			}
			checkExactlyOnce(t, draftsOf(t, peer), []e2eDraft{{"Initech", "thank-you", "", []string{
				"peter.gibbons@initech.example", "samir.nagheenanajar@initech.example"}}})
		})
	}
}

// replayThenOnce replays the sample messages whose names mention word
// into a real Dovecot, delivers extra (a stranger's message) at arrived,
// runs `once` at now with the config extra, and returns the peer whose
// Drafts the caller checks.
func replayThenOnce(t *testing.T, word string, extra []byte, arrived time.Time, cfgExtra, now string) imapPeer {
	t.Helper()
	peer := dovecotPeer(t)
	cfg := runConfig(t, peer, cfgExtra)
	for _, m := range sampleOf(word) {
		peer.deliver(t, m.Mailbox, m.Raw, m.Date)
	}
	peer.deliver(t, "INBOX", extra, arrived)
	if code, out, errs := runCLI(t, "--config", cfg, "once", "--now", now); code != 0 {
		t.Fatalf("once: exit %d\n%s\n%s", code, out, errs)
	}
	return peer
}

// TestForgedEarlyDateDoesNotTakeOverAnInterview replays the Umbrella
// phone interview into a real Dovecot, then a stranger's confirmation of
// the same slot whose Date header claims it came first. The server's
// arrival order decides: the check-in still goes to Umbrella's recruiter.
func TestForgedEarlyDateDoesNotTakeOverAnInterview(t *testing.T) {
	if testing.Short() {
		t.Skip("Dovecot test skipped in -short mode")
	}
	forged := []byte("From: Jane Doe <jane@umbrella-careers.example>\r\n" +
		"To: Sam Rivera <sam.rivera@example.org>\r\n" +
		"Subject: Umbrella - Backend Engineer phone interview\r\n" +
		"Date: Wed, 25 Nov 2026 09:00:00 +0000\r\n" +
		"Message-ID: <forged-early@umbrella-careers.example>\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" +
		"Hi Sam,\r\n\r\nConfirming your phone interview with Umbrella on Thursday, December 3 at 4:00 PM CET.\r\n" +
		"Please send any follow-up to this address.\r\n\r\nJane\r\n")
	peer := replayThenOnce(t, "umbrella", forged, time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC), "", "2026-12-08T16:30:00+01:00")
	checkExactlyOnce(t, draftsOf(t, peer), wantDraftsOf("Umbrella"))
}

// TestUnprovenReplyDoesNotSuppressTheCheckIn replays the Hooli interview
// into a real Dovecot, then a "reply" from Hooli's recruiter that the
// user's server stamped dmarc=fail: anyone could have sent it, so it is no
// answer from the employer, and the check-in is still written.
func TestUnprovenReplyDoesNotSuppressTheCheckIn(t *testing.T) {
	if testing.Short() {
		t.Skip("Dovecot test skipped in -short mode")
	}
	for _, tc := range []struct {
		verdict string
		drafts  []e2eDraft
	}{
		// (The thank-you, due on the 3rd, is stale by the 8th.)
		{"dmarc=fail (p=REJECT) header.from=hooli.example", []e2eDraft{{"Hooli", "check-in", "", []string{"denise.lu@hooli.example"}}}},
		{"dmarc=pass header.from=hooli.example", nil}, // a real answer: no check-in
	} {
		t.Run(tc.verdict, func(t *testing.T) {
			reply := []byte("Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=hooli.example; " + tc.verdict + "\r\n" +
				"From: Denise Lu <denise.lu@hooli.example>\r\n" +
				"To: Sam Rivera <sam.rivera@example.org>\r\n" +
				"Subject: Re: Hooli interview – Staff Engineer, Platform\r\n" +
				"In-Reply-To: <DB9PR07MB7851A3F0C2D94E4B8F1E2D7AC6E12@DB9PR07MB7851.eurprd07.prod.outlook.com>\r\n" +
				"Date: Fri, 04 Dec 2026 10:00:00 +0100\r\n" +
				"Message-ID: <reply-after@hooli.example>\r\n" +
				"Content-Type: text/plain; charset=utf-8\r\n\r\n" +
				"Hi Sam,\r\n\r\nthanks for yesterday, we will be in touch soon.\r\n\r\nDenise\r\n")
			peer := replayThenOnce(t, "hooli", reply, time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC), "", "2026-12-08T12:00:00+01:00")
			checkExactlyOnce(t, draftsOf(t, peer), tc.drafts)
		})
	}
}

// TestReplyToFromAStrangerIsNoAnswer replays the Hooli interview into a
// real Dovecot, then a stranger's mail that names Hooli's recruiter as
// Reply-To: it is no answer from the employer, so the check-in is still
// written, and only to Hooli's recruiter, also when the rule writes to
// everyone of the thread.
func TestReplyToFromAStrangerIsNoAnswer(t *testing.T) {
	if testing.Short() {
		t.Skip("Dovecot test skipped in -short mode")
	}
	for _, tc := range []struct {
		to   string
		want []string
	}{
		{"organizer", []string{"denise.lu@hooli.example"}},
		{"thread", []string{"denise.lu@hooli.example", "nelson.bighetti@hooli.example"}},
	} {
		to := tc.to
		t.Run("to "+to, func(t *testing.T) {
			rules := `rules:
  - name: check-in
    after: 3 business days
    within: within the week
    to: ` + to + `
    unless: [employer_replied, rejected, cancelled]
`
			stranger := []byte("From: Denise Lu <denise.lu.hooli@outsider.example>\r\n" +
				"Reply-To: Denise Lu <denise.lu@hooli.example>\r\n" +
				"To: Sam Rivera <sam.rivera@example.org>\r\n" +
				"Subject: Re: Hooli interview – Staff Engineer, Platform\r\n" +
				"Date: Fri, 04 Dec 2026 10:00:00 +0100\r\n" +
				"Message-ID: <stranger@outsider.example>\r\n" +
				"Content-Type: text/plain; charset=utf-8\r\n\r\n" +
				"Hi Sam,\r\n\r\nthanks for yesterday, we will be in touch soon.\r\n\r\nDenise\r\n")
			peer := replayThenOnce(t, "hooli", stranger, time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC), rules, "2026-12-08T12:00:00+01:00")
			checkExactlyOnce(t, draftsOf(t, peer), []e2eDraft{{"Hooli", "check-in", "", tc.want}})
		})
	}
}

// TestPlanSaysWhyACalendarExportMadeNoInterview: a mail carrying a
// calendar file of fifty interview events (an export, or mail made to
// flood Drafts) makes no interview, and plan says so, also when the next
// pass takes the stored snapshot.
func TestPlanSaysWhyACalendarExportMadeNoInterview(t *testing.T) {
	peer := memimapPeer(t)
	cfg := runConfig(t, peer, "")
	lines := []string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "METHOD:REQUEST"}
	for i := range 50 {
		start := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)
		lines = append(lines, "BEGIN:VEVENT", fmt.Sprintf("UID:flood-%d@outsider.example", i), "SEQUENCE:0",
			"DTSTAMP:20261120T100000Z", "DTSTART:"+start.Format("20060102T150405Z"),
			"DTEND:"+start.Add(time.Hour).Format("20060102T150405Z"), fmt.Sprintf("SUMMARY:Interview with Company %d", i),
			"ORGANIZER:mailto:hr@outsider.example", "ATTENDEE:mailto:sam.rivera@example.org", "END:VEVENT")
	}
	lines = append(lines, "END:VCALENDAR", "")
	raw := "From: HR <hr@outsider.example>\r\nTo: sam.rivera@example.org\r\nSubject: Your interviews\r\n" +
		"Date: Fri, 20 Nov 2026 10:00:00 +0000\r\nMessage-ID: <flood@outsider.example>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n" + strings.Join(lines, "\r\n")
	peer.deliver(t, "INBOX", []byte(raw), time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC))
	for pass := range 2 {
		code, out, errs := runCLI(t, "--config", cfg, "plan", "--now", "2026-12-03T18:00:00+01:00")
		if code != 0 {
			t.Fatalf("plan: exit %d\n%s\n%s", code, out, errs)
		}
		if !strings.Contains(out, "<flood@outsider.example>") || !strings.Contains(out, "calendar export") {
			t.Errorf("plan %d does not say why the calendar file made no interview:\n%s", pass+1, out)
		}
	}
}
