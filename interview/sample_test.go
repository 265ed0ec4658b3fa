package interview_test

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/followupd/followupd/internal/sample"
	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

func sampleConfig() interview.Config {
	return interview.Config{
		Me:       append([]string{sample.MeEmail}, sample.MeAliases...),
		Names:    []string{sample.MeName},
		Location: sample.Location(),
	}
}

// parsed is a sample or fixture message after mail.Parse.
type parsed struct {
	name string
	msg  mail.Message
}

func parseRaw(t *testing.T, name string, raw []byte, mailbox string) parsed {
	t.Helper()
	m, err := mail.Parse(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("%s: mail.Parse: %v", name, err)
	}
	m.Mailbox = mailbox
	return parsed{name: name, msg: *m}
}

func sampleMessages(t *testing.T) []parsed {
	t.Helper()
	var out []parsed
	for _, sm := range sample.Messages() {
		p := parseRaw(t, sm.Name, sm.Raw, sm.Mailbox)
		if sm.Mailbox == "Sent" {
			// The IMAP sync keeps the Sent folder as summaries only.
			p.msg.Text, p.msg.Calendars = "", nil
		}
		out = append(out, p)
	}
	return out
}

func fixture(t *testing.T, name string) parsed {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return parseRaw(t, name, raw, "INBOX")
}

func messagesOf(ps []parsed) []mail.Message {
	out := make([]mail.Message, len(ps))
	for i, p := range ps {
		out[i] = p.msg
	}
	return out
}

func TestClassifySample(t *testing.T) {
	want := map[string]struct {
		interview bool
		kind      string
	}{
		"2026-11-23-initech-invitation.eml":         {true, interview.KindInvitation},
		"2026-11-23-jobalert-linkedin.eml":          {false, interview.KindNone},
		"2026-11-23-vandelay-invitation.eml":        {true, interview.KindInvitation},
		"2026-11-24-hooli-invitation.eml":           {true, interview.KindInvitation},
		"2026-11-24-newsletter-interviewloop.eml":   {false, interview.KindNone},
		"2026-11-24-piedpiper-greenhouse.eml":       {true, interview.KindInvitation},
		"2026-11-24-receipt-globochem.eml":          {false, interview.KindNone},
		"2026-11-24-sent-accept-hooli.eml":          {false, interview.KindNone},
		"2026-11-25-globex-sprint-planning.eml":     {false, interview.KindNone},
		"2026-11-25-initech-reschedule.eml":         {true, interview.KindInvitation},
		"2026-11-25-sent-umbrella-availability.eml": {false, interview.KindReply},
		"2026-11-25-tips-ace-interview.eml":         {false, interview.KindNone},
		"2026-11-26-jobalert-indeed.eml":            {false, interview.KindNone},
		"2026-11-26-newsletter-goweekly.eml":        {false, interview.KindNone},
		"2026-11-26-umbrella-confirmation.eml":      {true, interview.KindConfirmation},
		"2026-11-27-wonka-einladung.eml":            {true, interview.KindInvitation},
		"2026-12-01-vandelay-cancel.eml":            {true, interview.KindCancellation},
		"2026-12-03-initech-reply.eml":              {false, interview.KindReply},
		"2026-12-03-sent-thankyou-umbrella.eml":     {false, interview.KindReply},
		"2026-12-03-piedpiper-rejection.eml":        {false, interview.KindRejection},
	}
	msgs := sampleMessages(t)
	if len(msgs) != len(want) {
		t.Errorf("sample has %d messages, the table %d: keep them in step", len(msgs), len(want))
	}
	cfg := sampleConfig()
	for _, p := range msgs {
		t.Run(p.name, func(t *testing.T) {
			w, ok := want[p.name]
			if !ok {
				t.Fatalf("no expectation for %s", p.name)
			}
			got := interview.Classify(p.msg, cfg)
			t.Logf("reason: %s", got.Reason)
			if got.Interview != w.interview || got.Kind != w.kind {
				t.Errorf("Classify = {%v %s}, want {%v %s}", got.Interview, got.Kind, w.interview, w.kind)
			}
			if got.Reason == "" {
				t.Error("empty Reason")
			}
		})
	}
}

func emails(ps []interview.Person) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Email
	}
	return out
}

func correspondenceIDs(cs []interview.Correspondence, d interview.Direction) []string {
	var out []string
	for _, c := range cs {
		if c.Direction == d {
			out = append(out, c.MessageID)
		}
	}
	return out
}

func TestBuildSample(t *testing.T) {
	got := interview.Build(messagesOf(sampleMessages(t)), nil, sampleConfig())
	want := sample.Expected()
	if len(got) != len(want) {
		for _, iv := range got {
			t.Logf("got %s %s %s", iv.Company, iv.Start, iv.Status)
		}
		t.Fatalf("Build found %d interviews, want %d", len(got), len(want))
	}
	for i, w := range want {
		iv := got[i]
		t.Run(w.Company, func(t *testing.T) {
			check := func(field string, got, want any) {
				t.Helper()
				if gj, wj := mustJSON(got), mustJSON(want); gj != wj {
					t.Errorf("%s = %s, want %s", field, gj, wj)
				}
			}
			check("Company", iv.Company, w.Company)
			check("Role", iv.Role, w.Role)
			if !iv.Start.Equal(w.Start) || !iv.End.Equal(w.End) {
				t.Errorf("Start–End = %s – %s, want %s – %s", iv.Start, iv.End, w.Start, w.End)
			}
			// The zone is part of the result: the offset shown must be the
			// interview's own (or the user's for UTC-encoded invitations).
			_, gotOff := iv.Start.Zone()
			_, wantOff := w.Start.Zone()
			if gotOff != wantOff {
				t.Errorf("Start offset = %d, want %d", gotOff, wantOff)
			}
			check("Location", iv.Location, w.Location)
			check("Status", iv.Status, w.Status)
			check("Interviewers", emails(iv.Interviewers), w.Interviewers)
			check("Organizer", iv.Organizer.Email, w.Organizer)
			check("Inbound", correspondenceIDs(iv.Correspondence, interview.Inbound), w.Inbound)
			check("Outbound", correspondenceIDs(iv.Correspondence, interview.Outbound), w.Outbound)
			if len(iv.Thread) == 0 || iv.ThreadTopic == "" {
				t.Errorf("Thread = %v, ThreadTopic = %q: want both", iv.Thread, iv.ThreadTopic)
			}
			if len(iv.ID) != 12 || iv.InvitedAt.IsZero() || iv.StatusReason == "" || iv.Evidence == "" {
				t.Errorf("ID %q, InvitedAt %s, StatusReason %q, Evidence %q: want all set", iv.ID, iv.InvitedAt, iv.StatusReason, iv.Evidence)
			}
			for _, p := range append([]interview.Person{iv.Organizer}, iv.Interviewers...) {
				if p.Name == "" {
					t.Errorf("%s has no name", p.Email)
				}
			}
		})
	}
}

// TestBuildSampleDetails pins what the table above leaves out: names from
// a windows-1252 calendar, the threads a draft answers, the reasons.
func TestBuildSampleDetails(t *testing.T) {
	ivs := interview.Build(messagesOf(sampleMessages(t)), nil, sampleConfig())
	by := map[string]interview.Interview{}
	for _, iv := range ivs {
		by[iv.Company] = iv
	}
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"Wonka interviewer names", names(by["Wonka"].Interviewers), []string{"Jürgen Müller", "Dr. Anna Weber"}},
		{"Wonka organizer name", by["Wonka"].Organizer.Name, "Greta Schäfer"},
		{"Initech thread: invitation and update", by["Initech"].Thread, []string{
			"0000000000004f8e2a05f3b1c9d2@google.com", "000000000000c71d3b05f3d2e8a1@google.com"}},
		{"Initech topic without the calendar's date", by["Initech"].ThreadTopic, "Interview with Initech – Senior Go Engineer"},
		{"Initech sequence", by["Initech"].Sequence, 1},
		{"Initech ICS UID", by["Initech"].ICSUID, "4k2s9vq1m0c7j3b8e5t6r1p0lh@google.com"},
		{"Initech status reason names the update", strings.Contains(by["Initech"].StatusReason, "000000000000c71d3b05f3d2e8a1@google.com"), true},
		{"Umbrella thread ends with Sam's thank-you", by["Umbrella"].Thread, []string{
			"0b8f2e4a-3c1d-4e7f-9a2b-5d6c8e0f1a24@umbrella.example",
			"4e1b9c2d-7f3a-4b8e-a6d5-0c2f9e8b1a73@example.org",
			"CAJd0e7kR3x+N1q2Wm8fTz5YbH4uVp6sLc9Aa0Bx@mail.umbrella.example",
			"9c2d4e6f-8a1b-4c3d-9e5f-7a8b9c0d1e2f@example.org"}},
		{"Umbrella topic", by["Umbrella"].ThreadTopic, "Backend Engineer application – phone interview"},
		{"Umbrella thank-you goes to Jane", mustJSON(by["Umbrella"].Correspondence[0].To), `[{"name":"Jane Doe","email":"jane.doe@umbrella.example"}]`},
		{"Umbrella invited at Jane's mail", by["Umbrella"].InvitedAt.UTC().Format("2006-01-02T15:04:05Z"), "2026-11-26T10:41:18Z"},
		{"Vandelay reason names UID and SEQUENCE", strings.Contains(by["Vandelay Industries"].StatusReason, "UID D4E8A1F2-6C3B-4A9E-8F7D-2B1C0E9A3F56, SEQUENCE 1"), true},
		{"Pied Piper rejected by Monica's message", strings.Contains(by["Pied Piper"].StatusReason, "20261203142503.7d1e4f2a9b@piedpiper.example"), true},
		{"Pied Piper organizer from Reply-To", by["Pied Piper"].Organizer.Name, "Monica Hall"},
		{"Hooli has no correspondence (the RSVP is none)", len(by["Hooli"].Correspondence), 0},
		{"Initech reply sender", by["Initech"].Correspondence[0].From.Name, "Joanna Park"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if g, w := mustJSON(tc.got), mustJSON(tc.want); g != w {
				t.Errorf("got %s, want %s", g, w)
			}
		})
	}
}

func names(ps []interview.Person) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Name
	}
	return out
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// TestBuildOrderIndependent: the store may hand messages over in any order;
// the interviews must not change.
func TestBuildOrderIndependent(t *testing.T) {
	msgs := messagesOf(sampleMessages(t))
	msgs = append(msgs, fixture(t, "umbrella-reschedule.eml").msg, fixture(t, "lever-invitation.eml").msg,
		fixture(t, "lever-rejection.eml").msg, fixture(t, "offer.eml").msg)
	cfg := sampleConfig()
	want := mustJSON(interview.Build(msgs, nil, cfg))
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20; i++ {
		shuffled := slices.Clone(msgs)
		rng.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
		if got := mustJSON(interview.Build(shuffled, nil, cfg)); got != want {
			t.Fatalf("shuffle %d changed the result:\n got %s\nwant %s", i, got, want)
		}
	}
	// A message stored twice (INBOX and a label) counts once.
	doubled := append(slices.Clone(msgs), msgs...)
	if got := mustJSON(interview.Build(doubled, nil, cfg)); got != want {
		t.Errorf("duplicates changed the result:\n got %s\nwant %s", got, want)
	}
}
