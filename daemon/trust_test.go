package daemon

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/config"
	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
	"github.com/followupd/followupd/rules"
)

// invitation is an iMIP invitation from employer n to an interview at
// start.
func invitation(n int, start time.Time) []byte {
	domain := fmt.Sprintf("employer%02d.example", n)
	ics := strings.Join([]string{
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "METHOD:REQUEST",
		"BEGIN:VEVENT", fmt.Sprintf("UID:iv-%d@%s", n, domain), "SEQUENCE:0",
		"DTSTAMP:" + start.Add(-72*time.Hour).UTC().Format("20060102T150405Z"),
		"DTSTART:" + start.UTC().Format("20060102T150405Z"), "DTEND:" + start.Add(time.Hour).UTC().Format("20060102T150405Z"),
		fmt.Sprintf("SUMMARY:Interview with Employer %02d", n),
		fmt.Sprintf("ORGANIZER;CN=Recruiter %02d:mailto:recruiter@%s", n, domain),
		fmt.Sprintf("ATTENDEE;CN=Manager %02d:mailto:manager@%s", n, domain),
		"ATTENDEE;CN=Sam Rivera:mailto:sam.rivera@example.org",
		"END:VEVENT", "END:VCALENDAR", "",
	}, "\r\n")
	return []byte(fmt.Sprintf("From: Recruiter %02d <recruiter@%s>\r\nTo: sam.rivera@example.org\r\n"+
		"Subject: Invitation: Interview with Employer %02d\r\nDate: %s\r\nMessage-ID: <inv-%d@%s>\r\nMIME-Version: 1.0\r\n"+
		"Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nYour interview.\r\n"+
		"--b\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n%s\r\n--b--\r\n",
		n, domain, n, start.Add(-72*time.Hour).Format(time.RFC1123Z), n, domain, ics))
}

// TestPassWritesAtMostSoManyDrafts: 25 interviews due at once make 20
// drafts in one pass; the plan says the other five wait, and the next
// pass writes them, each once.
func TestPassWritesAtMostSoManyDrafts(t *testing.T) {
	r := newRig(t)
	start := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	for n := range 25 {
		raw := invitation(n, start.Add(time.Duration(n)*time.Minute))
		if err := r.srv.Deliver("INBOX", raw, start.Add(-72*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Date(2026, 12, 1, 15, 0, 0, 0, time.UTC)
	res, err := r.pass(now)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Written) != DefaultMaxDraftsPerPass {
		t.Fatalf("first pass wrote %d drafts, want %d", len(res.Written), DefaultMaxDraftsPerPass)
	}
	waiting := 0
	for _, it := range res.Plan {
		if it.Status == rules.StatusScheduled && strings.Contains(it.Reason, "waits for the next pass") {
			waiting++
		}
	}
	if waiting != 25-DefaultMaxDraftsPerPass {
		t.Errorf("%d plan items say they wait for the next pass, want %d", waiting, 25-DefaultMaxDraftsPerPass)
	}
	res, err = r.pass(now.Add(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Written) != 25-DefaultMaxDraftsPerPass {
		t.Errorf("second pass wrote %d drafts, want %d", len(res.Written), 25-DefaultMaxDraftsPerPass)
	}
	if got := r.drafts(); len(got) != 25 || !unique(got) {
		t.Errorf("Drafts holds %d messages (unique: %v), want 25", len(got), unique(got))
	}
}

// TestPassSurvivesAParserPanic: a message whose parsing panics on the body
// fetcher's goroutine is kept by its header, like any message that does
// not parse; the pass goes on and the other interviews get their drafts.
func TestPassSurvivesAParserPanic(t *testing.T) {
	defer func(orig func([]byte) (*mail.Message, error)) { parseMessage = orig }(parseMessage)
	parseMessage = func(raw []byte) (*mail.Message, error) {
		if bytes.Contains(raw, []byte("employer03")) {
			panic("runtime error: index out of range")
		}
		return mail.Parse(bytes.NewReader(raw))
	}
	r := newRig(t)
	start := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	for n := range 5 {
		if err := r.srv.Deliver("INBOX", invitation(n, start.Add(time.Duration(n)*time.Minute)), start.Add(-72*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	res, err := r.pass(time.Date(2026, 12, 1, 15, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatalf("pass: %v", err)
	}
	if len(res.Written) != 4 {
		t.Errorf("wrote %d drafts, want 4 (one invitation could not be read)", len(res.Written))
	}
}

// TestPassRenamedRuleDoesNotDraftAgain: after the thank-you drafts are
// written, the user renames the rule (same trigger and template); the next
// pass writes nothing and the plan says which name drafted them.
func TestPassRenamedRuleDoesNotDraftAgain(t *testing.T) {
	r := newRig(t)
	start := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	for n := range 3 {
		if err := r.srv.Deliver("INBOX", invitation(n, start.Add(time.Duration(n)*time.Minute)), start.Add(-72*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Date(2026, 12, 1, 15, 0, 0, 0, time.UTC)
	res, err := r.pass(now)
	if err != nil || len(res.Written) != 3 {
		t.Fatalf("first pass: %d drafts, %v; want 3", len(res.Written), err)
	}
	for i, rule := range r.runner.Settings.Rules {
		if rule.Name == "thank-you" {
			r.runner.Settings.Rules[i].Name = "thanks" // its Template stays "thank-you"
		}
	}
	res, err = r.pass(now.Add(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Written) != 0 {
		t.Errorf("after the rename a pass wrote %d drafts, want none", len(res.Written))
	}
	for _, it := range res.Plan {
		if it.Rule == "thanks" && !strings.Contains(it.Reason, "already drafted as thank-you") {
			t.Errorf("plan for %s: %s (%s), want already drafted as thank-you", it.InterviewID, it.Status, it.Reason)
		}
	}
}

// TestPassWritesAsManyDraftsAsConfigured: drafts.max_per_pass bounds a
// pass as the default does.
func TestPassWritesAsManyDraftsAsConfigured(t *testing.T) {
	r := newRig(t)
	r.runner.Settings.MaxDraftsPerPass = 2
	start := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	for n := range 5 {
		if err := r.srv.Deliver("INBOX", invitation(n, start.Add(time.Duration(n)*time.Minute)), start.Add(-72*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	res, err := r.pass(time.Date(2026, 12, 1, 15, 0, 0, 0, time.UTC))
	if err != nil || len(res.Written) != 2 {
		t.Fatalf("pass wrote %d drafts (%v), want 2", len(res.Written), err)
	}
}

// TestSettingsCarryTheDraftBounds: the config's drafts section reaches
// every rule and the pass.
func TestSettingsCarryTheDraftBounds(t *testing.T) {
	yaml := "me:\n  email: alex@example.com\nimap:\n  host: imap.example.com\n  password_cmd: pass show imap\n" +
		"drafts:\n  max_recipients: 4\n  max_per_pass: 7\n"
	env := func(k string) (string, bool) {
		v, ok := map[string]string{"HOME": "/home/alex", "TZ": "Europe/Berlin"}[k]
		return v, ok
	}
	cfg, _, err := config.Parse("/home/alex/.config/followupd/config.yaml", []byte(yaml), env)
	if err != nil {
		t.Fatal(err)
	}
	s := SettingsFrom(cfg)
	if s.MaxDraftsPerPass != 7 {
		t.Errorf("MaxDraftsPerPass = %d, want 7", s.MaxDraftsPerPass)
	}
	for _, r := range s.Rules {
		if r.MaxRecipients != 4 {
			t.Errorf("rule %s: MaxRecipients = %d, want 4", r.Name, r.MaxRecipients)
		}
	}
	if len(s.Rules) == 0 || cfg.Rules[0].MaxRecipients != 0 {
		t.Errorf("the config's own rules changed: %+v", cfg.Rules)
	}
}

// panicky is a Mailbox whose body fetch panics, as a bug in a library
// would on a goroutine of its own.
type panicky struct{ Mailbox }

func (panicky) StreamBodies(context.Context, string, uint32, iter.Seq[[]uint32], func(mail.Body) error) error {
	panic("index out of range in the IMAP library")
}

// TestBodyWorkerPanicFailsThePass: the second connection's worker
// panics; the pass fails with the panic (to be retried), the scan that
// feeds the worker never waits on it, and the process goes on.
func TestBodyWorkerPanicFailsThePass(t *testing.T) {
	r := &Runner{Log: slog.New(slog.DiscardHandler), Settings: Settings{Detect: interview.Config{Me: []string{"sam@example.org"}}}}
	h := &helper{r: r, ready: make(chan struct{}), conn: panicky{}}
	h.ctx, h.cancel = context.WithCancel(context.Background())
	h.once.Do(func() {}) // dialled already
	close(h.ready)
	f := r.newBodyFetcher(nil, h, "INBOX", interview.Known{}, nil)
	ctx := context.Background()
	sum := func(uid uint32) mail.Summary {
		return mail.Summary{Mailbox: "INBOX", UID: uid, Subject: "Interview invitation", HasCalendar: true,
			From: []mail.Address{{Email: "hr@acme.example"}}}
	}
	// More batches than the worker's queue holds: the scan must not block.
	for i := range jobsCap + 10 {
		f.add(ctx, mail.SummaryBatch{UIDValidity: 1, Summaries: []mail.Summary{sum(uint32(i + 1))}, Remaining: 1})
	}
	_, _, err := f.finish(ctx)
	var perr *panicError
	if !errors.As(err, &perr) {
		t.Fatalf("finish = %v, want the worker's panic as an error", err)
	}
}
