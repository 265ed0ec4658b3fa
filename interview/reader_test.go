package interview_test

import (
	"reflect"
	"testing"

	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

// TestReaderBuildsAsBuild holds a build from readings made ahead to the
// build that reads every message itself, on every case of the evaluation
// set: a Preview (the look a pass takes at the scan's end) must leave the
// readings as they were, and the build must use them.
func TestReaderBuildsAsBuild(t *testing.T) {
	cfg := sampleConfig()
	for _, c := range loadEvalCases(t) {
		msgs := c.mailbox(cfg)
		replied := map[string]bool{}
		for i := range msgs {
			msgs[i].UID = uint32(i + 1) // as stored: every message has one
			if cfgIsMe(cfg, firstFrom(msgs[i])) {
				for _, id := range msgs[i].InReplyTo {
					replied[id] = true
				}
			}
		}
		wantIvs, wantRefused := interview.BuildWithRefused(msgs, nil, cfg)
		wantPreview := interview.Build(msgs[:(len(msgs)+1)/2], nil, cfg)

		r := interview.NewReader(cfg)
		for _, m := range msgs {
			r.ReadAhead(m, m.MessageID != "" && replied[m.MessageID])
		}
		for range 2 {
			if got := r.Preview(msgs[:(len(msgs)+1)/2]); !reflect.DeepEqual(got, wantPreview) {
				t.Fatalf("%s: Preview built\n%+v\nwant\n%+v", c.name, got, wantPreview)
			}
		}
		gotIvs, gotRefused := r.BuildWithRefused(msgs, nil)
		if !reflect.DeepEqual(gotIvs, wantIvs) || !reflect.DeepEqual(gotRefused, wantRefused) {
			t.Fatalf("%s: built from readings made ahead\n%+v\n%+v\nwant\n%+v\n%+v", c.name, gotIvs, gotRefused, wantIvs, wantRefused)
		}
		if got, want := interview.ReadingsTaken(r), distinct(msgs); got != want {
			t.Errorf("%s: the build used %d readings made ahead, want one per distinct message, %d", c.name, got, want)
		}
	}
}

// TestReaderReadsAgainWhatChanged: a reading is used only for the message
// it was made from, as the user's answers left it.
func TestReaderReadsAgainWhatChanged(t *testing.T) {
	cfg := sampleConfig()
	inv := fixture(t, "lever-invitation.eml").msg
	inv.UID = 7
	tests := []struct {
		name     string
		change   func(*mail.Message)
		answered bool
	}{
		{"another message under the UID", func(m *mail.Message) { m.MessageID = "other@example.com"; m.Text = "Lunch on Friday?" }, false},
		{"another text", func(m *mail.Message) { m.Text += "\nP.S. We moved it to 3pm." }, false},
		{"answered since", func(*mail.Message) {}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ahead := inv
			tc.change(&ahead)
			r := interview.NewReader(cfg)
			r.ReadAhead(ahead, tc.answered)
			got, _ := r.BuildWithRefused([]mail.Message{inv}, nil)
			if want := interview.Build([]mail.Message{inv}, nil, cfg); len(want) == 0 || !reflect.DeepEqual(got, want) {
				t.Errorf("built\n%+v\nwant\n%+v", got, want)
			}
			if n := interview.ReadingsTaken(r); n != 0 {
				t.Errorf("%d readings of another message used", n)
			}
		})
	}
}

func firstFrom(m mail.Message) string {
	if len(m.From) == 0 {
		return ""
	}
	return m.From[0].Email
}

// distinct counts the messages a build reads: one per Message-ID.
func distinct(msgs []mail.Message) int {
	n, seen := 0, map[string]bool{}
	for _, m := range msgs {
		if m.MessageID == "" || !seen[m.MessageID] {
			seen[m.MessageID] = true
			n++
		}
	}
	return n
}
