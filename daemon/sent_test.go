package daemon

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/sample"
)

// TestPassReadsAnswersToTheUsersJobMail: a recruiter's answer with a
// subject that says nothing ("quick one") is read because it answers what
// the user wrote about a job, on the first pass (Sent is read before the
// inbox) and on a later one (Sent as stored).
func TestPassReadsAnswersToTheUsersJobMail(t *testing.T) {
	loc := sample.Location()
	// An application with its CV: its text is not worth fetching
	// (interview.SentCandidate), its Message-ID is.
	application := func(id string, at time.Time) []byte {
		return fmt.Appendf(nil, "From: Sam Rivera <%s>\r\nTo: Lena Vogt <lena.vogt@rheinwerk.example>\r\n"+
			"Subject: Application: Senior Go Engineer\r\nMessage-ID: <%s>\r\nDate: %s\r\nMIME-Version: 1.0\r\n"+
			"Content-Type: multipart/mixed; boundary=\"cv\"\r\n\r\n--cv\r\nContent-Type: text/plain\r\n\r\nHello Lena, ...\r\n"+
			"--cv\r\nContent-Type: application/pdf; name=\"cv.pdf\"\r\nContent-Disposition: attachment; filename=\"cv.pdf\"\r\n"+
			"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--cv--\r\n",
			sample.MeEmail, id, at.Format(time.RFC1123Z))
	}
	answer := func(id, to string, at time.Time) []byte {
		return fmt.Appendf(nil, "From: Lena Vogt <lena.vogt@rheinwerk.example>\r\nTo: %s\r\nSubject: quick one\r\n"+
			"Message-ID: <%s>\r\nIn-Reply-To: <%s>\r\nDate: %s\r\n\r\n"+
			"Hi Sam, great to hear from you. I've put us down for Thursday, 10 December at 14:00.\r\n\r\nLena\r\n",
			sample.MeEmail, id, to, at.Format(time.RFC1123Z))
	}
	tests := []struct {
		name  string
		early bool // the answer arrives after a first pass, not before it
	}{
		{"first pass: Sent is read before the inbox", false},
		{"later pass: Sent as stored", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t)
			sent := time.Date(2026, 12, 1, 9, 0, 0, 0, loc)
			if err := r.srv.Deliver("Sent", application("apply-1@example.org", sent), sent); err != nil {
				t.Fatal(err)
			}
			now := sent.Add(time.Hour)
			if tc.early {
				if _, err := r.pass(now); err != nil {
					t.Fatal(err)
				}
			}
			at := sent.Add(2 * time.Hour)
			if err := r.srv.Deliver("INBOX", answer("answer-1@rheinwerk.example", "apply-1@example.org", at), at); err != nil {
				t.Fatal(err)
			}
			res, err := r.pass(at.Add(time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			if res.Fetched != 1 {
				t.Errorf("fetched %d bodies, want the answer's", res.Fetched)
			}
			want := time.Date(2026, 12, 10, 14, 0, 0, 0, loc)
			var found bool
			for _, iv := range res.Interviews {
				found = found || iv.Start.Equal(want)
			}
			if !found {
				t.Errorf("interviews %+v: want one at %s", res.Interviews, want)
			}
		})
	}
}

// TestPassFirstBuildMatchesStore: a first pass builds the interviews from
// what it saved, without reading it back (Result.fresh); a later rebuild
// from the store must find exactly the same.
func TestPassFirstBuildMatchesStore(t *testing.T) {
	r := newRig(t)
	r.deliverUntil(afterAll)
	first, err := r.pass(afterAll)
	if err != nil {
		t.Fatal(err)
	}
	if !first.fresh || len(first.saved) == 0 {
		t.Fatalf("first pass: fresh %v with %d messages; want it built from what it saved", first.fresh, len(first.saved))
	}
	if err := r.st.SetMeta(context.Background(), buildKey, "forget"); err != nil {
		t.Fatal(err)
	}
	second, err := r.pass(afterAll)
	if err != nil {
		t.Fatal(err)
	}
	if second.fresh || !second.Rebuilt {
		t.Fatalf("second pass: fresh %v, rebuilt %v; want a rebuild from the store", second.fresh, second.Rebuilt)
	}
	a, _ := json.Marshal(first.Interviews)
	b, _ := json.Marshal(second.Interviews)
	if string(a) != string(b) {
		t.Errorf("interviews built from the pass and from the store differ:\n%s\n%s", a, b)
	}
}

// TestPassReadsTheSlotTheUserTook: of two offered times, the one the user's
// answer names is the interview; followupd fetches the text of the user's
// answers about a job for that, and no other Sent message's.
func TestPassReadsTheSlotTheUserTook(t *testing.T) {
	loc := sample.Location()
	r := newRig(t)
	offer := time.Date(2026, 11, 12, 15, 32, 0, 0, loc)
	deliver := func(mb string, at time.Time, raw string) {
		t.Helper()
		if err := r.srv.Deliver(mb, []byte(raw), at); err != nil {
			t.Fatal(err)
		}
	}
	deliver("INBOX", offer, "From: Tom Ashworth <tom@halcyonpay.example>\r\nTo: "+sample.MeEmail+"\r\n"+
		"Subject: Halcyon Pay - Backend Engineer - next steps\r\nMessage-ID: <offer-1@halcyonpay.example>\r\n"+
		"Date: "+offer.Format(time.RFC1123Z)+"\r\n\r\n"+
		"Hi Sam,\r\n\r\nGrace could do Wednesday 18th November at 3pm or Thursday 19th November at 11am. "+
		"Let me know which suits.\r\n\r\nTom\r\n")
	answer := offer.Add(time.Hour)
	deliver("Sent", answer, "From: Sam Rivera <"+sample.MeEmail+">\r\nTo: tom@halcyonpay.example\r\n"+
		"Subject: Re: Halcyon Pay - Backend Engineer - next steps\r\nMessage-ID: <answer-1@example.org>\r\n"+
		"In-Reply-To: <offer-1@halcyonpay.example>\r\nDate: "+answer.Format(time.RFC1123Z)+"\r\n\r\n"+
		"Hi Tom,\r\n\r\nThursday at 11am works best for me.\r\n\r\nSam\r\n")
	deliver("Sent", answer.Add(time.Minute), "From: Sam Rivera <"+sample.MeEmail+">\r\nTo: alex@friends.example\r\n"+
		"Subject: Re: Dinner\r\nMessage-ID: <dinner-2@example.org>\r\nIn-Reply-To: <dinner-1@friends.example>\r\n"+
		"Date: "+answer.Add(time.Minute).Format(time.RFC1123Z)+"\r\n\r\nSaturday at 8 then!\r\n")
	res, err := r.pass(answer.Add(2 * time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if res.Fetched != 2 {
		t.Errorf("fetched %d bodies, want the offer's and the user's answer about it", res.Fetched)
	}
	want := time.Date(2026, 11, 19, 11, 0, 0, 0, loc)
	if len(res.Interviews) != 1 || !res.Interviews[0].Start.Equal(want) {
		t.Errorf("interviews %+v: want one, at %s (the slot the user took)", res.Interviews, want)
	}
}

// TestPassReadsTheMessageAReplyAnswers: an agency's "Quick update" names
// the client and offers the slots under a subject with no word of a job,
// so it is skipped when it arrives; the agency's "RE: Quick update"
// confirming the slot the user took is read (it answers the user), and
// with it the message it answers, whether that arrived in the same pass
// (lookAgain) or in an earlier one (Runner.originals).
func TestPassReadsTheMessageAReplyAnswers(t *testing.T) {
	loc := sample.Location()
	offered := time.Date(2026, 11, 30, 11, 20, 0, 0, time.UTC)
	update := "From: Tom Ashworth <tom.ashworth@harbourvale.example>\r\nTo: Sam Rivera <" + sample.MeEmail + ">\r\n" +
		"Subject: Quick update\r\nMessage-ID: <quick-1@harbourvale.example>\r\nDate: " + offered.Format(time.RFC1123Z) + "\r\n\r\n" +
		"Hi Sam,\r\n\r\nGood news - Woodgrove Bank would like to meet you for the Senior Platform Engineer role.\r\n" +
		"Priya (Head of Infrastructure) has offered two slots:\r\n\r\n- Wednesday 9th December, 2pm UK time\r\n" +
		"- Thursday 10th December, 10am UK time\r\n\r\nWhich suits you best?\r\n\r\nTom Ashworth\r\nSenior Consultant, Harbourvale Recruitment\r\n"
	answered := offered.Add(time.Hour)
	answer := "From: Sam Rivera <" + sample.MeEmail + ">\r\nTo: Tom Ashworth <tom.ashworth@harbourvale.example>\r\n" +
		"Subject: Re: Quick update\r\nMessage-ID: <answer-1@example.org>\r\nIn-Reply-To: <quick-1@harbourvale.example>\r\n" +
		"References: <quick-1@harbourvale.example>\r\nDate: " + answered.Format(time.RFC1123Z) + "\r\n\r\n" +
		"Hi Tom,\r\n\r\nWednesday works for me.\r\n\r\nSam\r\n"
	confirmed := answered.Add(3 * time.Hour)
	confirm := "From: Tom Ashworth <tom.ashworth@harbourvale.example>\r\nTo: Sam Rivera <" + sample.MeEmail + ">\r\n" +
		"Subject: RE: Quick update\r\nMessage-ID: <quick-2@harbourvale.example>\r\nIn-Reply-To: <answer-1@example.org>\r\n" +
		"References: <quick-1@harbourvale.example> <answer-1@example.org>\r\nDate: " + confirmed.Format(time.RFC1123Z) + "\r\n\r\n" +
		"Perfect - that's confirmed with Priya for Wednesday 9th December, 2-3pm GMT. I'll send the Teams link over shortly.\r\n\r\nTom\r\n"
	for _, tc := range []struct {
		name        string
		passBetween bool // a pass runs after the answer, before the confirmation
	}{
		{"same pass", false},
		{"a later pass", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t)
			deliver := func(mb string, at time.Time, raw string) {
				t.Helper()
				if err := r.srv.Deliver(mb, []byte(raw), at); err != nil {
					t.Fatal(err)
				}
			}
			deliver("INBOX", offered, update)
			deliver("Sent", answered, answer)
			if tc.passBetween {
				res, err := r.pass(answered.Add(time.Minute))
				if err != nil {
					t.Fatal(err)
				}
				if res.Fetched != 0 || len(res.Interviews) != 0 {
					t.Fatalf("first pass fetched %d bodies and found %d interviews, want none", res.Fetched, len(res.Interviews))
				}
			}
			deliver("INBOX", confirmed, confirm)
			res, err := r.pass(confirmed.Add(time.Minute))
			if err != nil {
				t.Fatal(err)
			}
			want := time.Date(2026, 12, 9, 14, 0, 0, 0, time.UTC)
			if len(res.Interviews) != 1 || !res.Interviews[0].Start.Equal(want) || !slices.Contains(res.Interviews[0].Thread, "quick-1@harbourvale.example") {
				t.Fatalf("interviews %+v: want one at %s, its thread holding the update", res.Interviews, want.In(loc))
			}
			if role := res.Interviews[0].Role; role != "Senior Platform Engineer" {
				t.Errorf("role %q, want the one the update names", role)
			}
			// The update stays stored: the next pass finds it again
			// without asking the server.
			res, err = r.pass(confirmed.Add(2 * time.Minute))
			if err != nil {
				t.Fatal(err)
			}
			if res.Fetched != 0 || len(res.Interviews) != 1 {
				t.Errorf("quiet pass fetched %d bodies and found %d interviews, want 0 and 1", res.Fetched, len(res.Interviews))
			}
		})
	}
}
