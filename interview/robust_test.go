package interview_test

import (
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/calendar"
	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

// TestNoPanic feeds empty, broken and hostile messages through every entry
// point. Mail comes from strangers; one bad message must not stop a pass.
func TestNoPanic(t *testing.T) {
	long := strings.Repeat("Interview on Thursday, December 3 at 4:00 PM CET. ", 5000)
	tests := []struct {
		name string
		m    mail.Message
	}{
		{"zero message", mail.Message{}},
		{"only a calendar flag", mail.Message{Summary: mail.Summary{HasCalendar: true}}},
		{"garbage calendar", mail.Message{Calendars: [][]byte{[]byte("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:x\r\n")}}},
		{"binary calendar", mail.Message{Calendars: [][]byte{{0, 1, 2, 0xff, 0xfe}}}},
		{"empty calendar", mail.Message{Calendars: [][]byte{nil, {}}}},
		{"calendar without UID or times", mail.Message{
			Summary:   mail.Summary{Subject: "Interview", From: addr("", "x@y.example")},
			Calendars: [][]byte{[]byte("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")}}},
		{"addresses without @", mail.Message{Summary: mail.Summary{From: addr("", "nobody"), ReplyTo: addr("", "@"), To: addr("", "")}}},
		{"no date", mail.Message{Summary: mail.Summary{Subject: "Interview", From: addr("", "jane@umbrella.example")},
			Text: "Confirming our interview on Thursday at 4pm."}},
		{"very long text", mail.Message{Summary: mail.Summary{Date: time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC),
			From: addr("", "jane@umbrella.example"), Subject: "Interview"}, Text: long}},
		{"invalid UTF-8", mail.Message{Summary: mail.Summary{Subject: "Interview \xff\xfe", From: addr("\xff", "a@b.example")}, Text: "\xff\xfe at 4pm \xc3"}},
		{"quote markers only", mail.Message{Text: ">\n>>\n> On Mon wrote:\n"}},
	}
	cfgs := map[string]interview.Config{
		"sample config": sampleConfig(),
		"zero config":   {},
	}
	for cname, cfg := range cfgs {
		for _, tc := range tests {
			t.Run(cname+"/"+tc.name, func(t *testing.T) {
				_ = interview.Classify(tc.m, cfg)
				_ = interview.Candidate(tc.m.Summary, cfg, interview.Known{})
				ivs := interview.Build([]mail.Message{tc.m, tc.m}, []calendar.Event{{}, {UID: "u"}}, cfg)
				_ = interview.KnownFrom(ivs)
			})
		}
	}
	if got := interview.Build(nil, nil, interview.Config{}); len(got) != 0 {
		t.Errorf("Build(nil) = %v, want none", got)
	}
}

// TestNoPanicRandom mutates sample messages byte by byte.
func TestNoPanicRandom(t *testing.T) {
	msgs := messagesOf(sampleMessages(t))
	rng := rand.New(rand.NewSource(7))
	cfg := sampleConfig()
	for i := 0; i < 200; i++ {
		m := msgs[rng.Intn(len(msgs))]
		text := []byte(m.Text)
		for j := 0; j < 20 && len(text) > 0; j++ {
			text[rng.Intn(len(text))] = byte(rng.Intn(256))
		}
		m.Text = string(text)
		var cals [][]byte
		for _, c := range m.Calendars {
			c = append([]byte(nil), c...)
			if len(c) > 0 {
				cut := rng.Intn(len(c))
				c = c[:cut]
			}
			cals = append(cals, c)
		}
		m.Calendars = cals
		_ = interview.Classify(m, cfg)
		_ = interview.Build([]mail.Message{m}, nil, cfg)
	}
}
