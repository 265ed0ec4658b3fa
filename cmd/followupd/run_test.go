package main

import (
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/sample"
)

// atInitech is just after the Initech interview of the sample job search:
// its thank-you is due (since 16:00), as is Pied Piper's.
var atInitech = time.Date(2026, 12, 2, 16, 5, 0, 0, sample.Location())

// atCheckIns is the evening of 8 December in the sample job search: the
// check-ins of Hooli and Umbrella and the thank-you of Wonka are due, and
// the drafts due earlier are past their time.
var atCheckIns = time.Date(2026, 12, 8, 17, 0, 0, 0, sample.Location())

func deliverAll(t *testing.T, p imapPeer, msgs []sample.Message, until time.Time) {
	t.Helper()
	for _, m := range msgs {
		if !m.Date.After(until) {
			p.deliver(t, m.Mailbox, m.Raw, m.Date)
		}
	}
}

func thankYous(companies ...string) []e2eDraft {
	var out []e2eDraft
	for _, w := range wantDraftsOf(companies...) {
		if w.rule == "thank-you" {
			out = append(out, w)
		}
	}
	return out
}

// TestRunDraftsNewInvitation runs `followupd run` in this process at a
// moment when the Initech interview is over and its thank-you due, but
// the invitation has not arrived yet. When it arrives, IDLE wakes the loop
// and the draft appears within seconds. /healthz and /metrics are read on
// the way.
func TestRunDraftsNewInvitation(t *testing.T) {
	for _, tc := range []struct {
		name string
		peer func(*testing.T) imapPeer
	}{{"memimap", memimapPeer}, {"dovecot", dovecotPeer}} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "dovecot" && testing.Short() {
				t.Skip("Dovecot skipped in -short mode")
			}
			p := tc.peer(t)
			deliverAll(t, p, sampleExcept("initech"), atInitech)
			cfg := runConfig(t, p, "http:\n  listen: 127.0.0.1:0\n")
			logs, stop := inProcess(t, "--config", cfg, "--log-level", "debug", "run", "--now", atInitech.Format(time.RFC3339))

			addr := regexp.MustCompile(`addr=(\S+)`).FindStringSubmatch(logs.wait(t, 10*time.Second, 1, "serving /healthz"))
			logs.wait(t, 30*time.Second, 1, "msg=running")
			checkExactlyOnce(t, draftsOf(t, p), thankYous("Pied Piper"))
			code, body := httpGet(t, "http://"+addr[1]+"/healthz")
			if code != http.StatusOK || !strings.Contains(body, `"status": "ok"`) {
				t.Errorf("/healthz after the first pass: %d\n%s", code, body)
			}
			// A web page rebinding its own name to 127.0.0.1 gets nothing.
			req, _ := http.NewRequest("GET", "http://"+addr[1]+"/healthz", nil)
			req.Host = "attacker.example"
			if resp, err := http.DefaultClient.Do(req); err != nil {
				t.Error(err)
			} else {
				resp.Body.Close()
				if resp.StatusCode != http.StatusMisdirectedRequest {
					t.Errorf("/healthz for Host attacker.example: %d, want 421", resp.StatusCode)
				}
			}
			// The watcher's EXAMINE reports a change, which is worth a
			// pass; let it happen before the invitation arrives, so that
			// the latency measured is the invitation's.
			logs.wait(t, 10*time.Second, 2, "msg=\"pass done\"")

			start := time.Now()
			deliverAll(t, p, sampleOf("initech"), atInitech)
			logs.wait(t, 30*time.Second, 2, "msg=\"draft written\"")
			latency := time.Since(start)
			logs.wait(t, 10*time.Second, 2, "msg=\"pass done\"", "written=1")
			t.Logf("%s: invitation delivered → draft in Drafts: %v", tc.name, latency)
			if latency > 10*time.Second {
				t.Errorf("the draft took %v to appear; want seconds", latency)
			}
			checkExactlyOnce(t, draftsOf(t, p), thankYous("Pied Piper", "Initech"))

			code, body = httpGet(t, "http://"+addr[1]+"/metrics")
			for _, want := range []string{"followupd_drafts_written_total 2\n", `followupd_interviews{status="scheduled"} 5` + "\n"} {
				if code != http.StatusOK || !strings.Contains(body, want) {
					t.Errorf("/metrics (%d) lacks %q", code, want)
				}
			}
			stop()
			if logs.count("level=ERROR") > 0 {
				t.Errorf("errors logged:\n%s", logs)
			}
			logs.wait(t, time.Second, 1, "msg=stopped")
		})
	}
}

func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// TestRunSurvivesDovecotRestart kills Dovecot while `followupd run`
// watches it, and again in the middle of a pass; the loop reconnects on
// its own, and every due draft ends up in Drafts exactly once.
func TestRunSurvivesDovecotRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("Dovecot skipped in -short mode")
	}
	p := dovecotPeer(t)
	deliverAll(t, p, sampleExcept("wonka"), atCheckIns)
	cfg := runConfig(t, p, "")
	logs, stop := inProcess(t, "--config", cfg, "--log-level", "debug", "run", "--now", atCheckIns.Format(time.RFC3339))
	logs.wait(t, 30*time.Second, 1, "msg=running")
	checkExactlyOnce(t, draftsOf(t, p), checkIns("Hooli", "Umbrella"))

	// Killed while idle: the watcher notices and reconnects.
	p.dovecot.Kill()
	logs.wait(t, 30*time.Second, 1, "watcher lost its connection")
	p.dovecot.Restart()

	// Killed again as soon as the pass that the new mail starts has read
	// INBOX: before or while it writes the draft.
	synced := logs.count("msg=synced", "mailbox=INBOX")
	deliverAll(t, p, sampleOf("wonka"), atCheckIns)
	logs.wait(t, 30*time.Second, synced+1, "msg=synced", "mailbox=INBOX")
	p.dovecot.Kill()
	t.Logf("killed with %d drafts written", logs.count("msg=\"draft written\""))
	p.dovecot.Restart()

	logs.wait(t, 60*time.Second, 3, "msg=\"draft written\"")
	want := append(checkIns("Hooli", "Umbrella"), thankYous("Wonka")...)
	checkExactlyOnce(t, draftsOf(t, p), want)
	stop()
	t.Logf("failed passes: %d; watcher reconnects: %d",
		logs.count("pass failed"), logs.count("watcher lost its connection"))
	if n := logs.count("level=ERROR"); n > 0 {
		t.Errorf("%d errors logged for temporary failures:\n%s", n, logs)
	}
}

func checkIns(companies ...string) []e2eDraft {
	var out []e2eDraft
	for _, w := range wantDraftsOf(companies...) {
		if w.rule == "check-in" {
			out = append(out, w)
		}
	}
	return out
}
