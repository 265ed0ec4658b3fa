package main

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/sample"
	"github.com/followupd/followupd/mail"
)

// buildBinary builds followupd once per test binary run, as a user would
// run it.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "followupd")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// e2eDraft is what the test expects to find in Drafts.
type e2eDraft struct {
	company string // appears in the subject or body
	rule    string
	due     string // local Berlin time, "2006-01-02 15:04"
	to      []string
}

// The default rules applied to the sample job search (see
// internal/sample for the story). Each line is one draft that must appear
// exactly at its due time, never before and never twice.
var wantDrafts = []e2eDraft{
	{"Pied Piper", "thank-you", "2026-12-01 09:00", []string{"richard.hendricks@piedpiper.example", "bertram.gilfoyle@piedpiper.example"}},
	{"Initech", "thank-you", "2026-12-02 16:00", []string{"peter.gibbons@initech.example", "samir.nagheenanajar@initech.example"}},
	{"Hooli", "thank-you", "2026-12-03 13:00", []string{"nelson.bighetti@hooli.example"}},
	{"Wonka", "thank-you", "2026-12-08 11:30", []string{"juergen.mueller@wonka.example", "anna.weber@wonka.example"}},
	{"Hooli", "check-in", "2026-12-08 12:00", []string{"denise.lu@hooli.example"}},
	{"Umbrella", "check-in", "2026-12-08 16:30", []string{"jane.doe@umbrella.example"}},
	{"Wonka", "check-in", "2026-12-11 10:30", []string{"greta.schaefer@wonka.example"}},
}

// TestEndToEndDovecot builds the binary, replays the sample job search into
// a real Dovecot and steps `followupd once --now` through three weeks,
// checking the Drafts folder after every step.
func TestEndToEndDovecot(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	peer := dovecotPeer(t)
	bin := buildBinary(t)
	loc := sample.Location()
	cfgPath := runConfig(t, peer, "")
	once := func(now time.Time) string {
		t.Helper()
		cmd := exec.Command(bin, "--config", cfgPath, "once", "--now", now.Format(time.RFC3339))
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			t.Fatalf("once --now %s: %v\nstdout:\n%s\nstderr:\n%s", now.Format(time.RFC3339), err, out.String(), errb.String())
		}
		return out.String()
	}

	// Steps: every morning and evening, and a minute before and at each
	// due time, so that "not before" and "exactly then" are both checked.
	var steps []time.Time
	for d := time.Date(2026, 11, 23, 8, 0, 0, 0, loc); d.Before(time.Date(2026, 12, 13, 0, 0, 0, 0, loc)); d = d.AddDate(0, 0, 1) {
		steps = append(steps, d, d.Add(12*time.Hour))
	}
	for _, w := range wantDrafts {
		due := mustLocal(t, w.due, loc)
		steps = append(steps, due.Add(-time.Minute), due)
	}
	slices.SortFunc(steps, func(a, b time.Time) int { return a.Compare(b) })
	steps = slices.Compact(steps)

	msgs := sample.Messages()
	next := 0
	for _, now := range steps {
		for next < len(msgs) && !msgs[next].Date.After(now) {
			peer.deliver(t, msgs[next].Mailbox, msgs[next].Raw, msgs[next].Date)
			next++
		}
		out := once(now)
		got := draftsOf(t, peer)
		checkDrafts(t, now, got, loc)
		if strings.Contains(out, "wrote") {
			// The same pass again at the same instant must change nothing.
			once(now)
			if again := draftsOf(t, peer); len(again) != len(got) {
				t.Fatalf("at %s: a second `once` at the same time wrote %d more drafts", now, len(again)-len(got))
			}
		}
	}
}

func mustLocal(t *testing.T, s string, loc *time.Location) time.Time {
	t.Helper()
	tm, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
	if err != nil {
		t.Fatal(err)
	}
	return tm
}

// checkDrafts asserts that Drafts holds exactly the drafts due by now, each
// once, addressed and threaded as expected.
func checkDrafts(t *testing.T, now time.Time, got []*mail.Message, loc *time.Location) {
	t.Helper()
	var want []e2eDraft
	for _, w := range wantDrafts {
		if !mustLocal(t, w.due, loc).After(now) {
			want = append(want, w)
		}
	}
	if len(got) != len(want) {
		var subjects []string
		for _, m := range got {
			subjects = append(subjects, m.Subject)
		}
		t.Fatalf("at %s: %d drafts in Drafts, want %d\ngot: %q", now.Format(time.RFC3339), len(got), len(want), subjects)
	}
	for _, w := range want {
		var found []*mail.Message
		for _, m := range got {
			if sameAddresses(m.To, w.to) {
				found = append(found, m)
			}
		}
		if len(found) != 1 {
			t.Fatalf("at %s: %d drafts to %v (%s %s), want exactly 1", now.Format(time.RFC3339), len(found), w.to, w.company, w.rule)
		}
		m := found[0]
		if !strings.Contains(m.Subject+m.Text, w.company) {
			t.Errorf("%s %s: draft names neither in subject nor body the company: %q", w.company, w.rule, m.Subject)
		}
		if len(m.InReplyTo) == 0 || len(m.References) == 0 {
			t.Errorf("%s %s: draft is not threaded (In-Reply-To %v, References %v)", w.company, w.rule, m.InReplyTo, m.References)
		}
		if len(m.From) != 1 || m.From[0].Email != sample.MeEmail {
			t.Errorf("%s %s: From = %v, want %s", w.company, w.rule, m.From, sample.MeEmail)
		}
		if !m.Date.Equal(mustLocal(t, w.due, loc)) {
			t.Errorf("%s %s: written at %s, want at its due time %s", w.company, w.rule, m.Date.In(loc), w.due)
		}
	}
}

func sameAddresses(got []mail.Address, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for _, a := range got {
		if !slices.Contains(want, a.Email) {
			return false
		}
	}
	return true
}
