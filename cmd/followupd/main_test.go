package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	followupd "github.com/followupd/followupd"
	"github.com/followupd/followupd/internal/sample"
)

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestCheckReportsEveryProblemWithLine(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.yaml")
	writeFile(t, path, `me:
  email: sam@example.org
imap:
  host: imap.example.org
  pasword_cmd: pass show mail
rules:
  - name: thank-you
    after: 1 fortnight
    within: next day
    template: thank-you
    unless: [rejected, raining]
`)
	code, out, stderr := runCLI(t, "--config", path, "check")
	if code != exitConfig {
		t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, exitConfig, out, stderr)
	}
	for _, want := range []string{
		path + ":5: ",  // unknown key pasword_cmd
		path + ":8: ",  // bad phrase
		path + ":11: ", // unknown unless word
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("check output lacks %q:\n%s", want, stderr)
		}
	}
}

func TestCheckAcceptsTheExampleConfig(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.yaml")
	if code, _, stderr := runCLI(t, "--config", path, "init"); code != exitOK {
		t.Fatalf("init: exit %d: %s", code, stderr)
	}
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, followupd.ExampleConfig) {
		t.Fatalf("init wrote something else than the example config (err %v)", err)
	}
	if code, out, stderr := runCLI(t, "--config", path, "check"); code != exitOK {
		t.Fatalf("check of the example config: exit %d\n%s%s", code, out, stderr)
	}
}

func TestInitNeverOverwrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.yaml")
	writeFile(t, path, "my: precious\n")
	code, _, stderr := runCLI(t, "--config", path, "init")
	if code != exitFailure || !strings.Contains(stderr, "already exists") {
		t.Fatalf("init over an existing file: exit %d, %q", code, stderr)
	}
	if got, _ := os.ReadFile(path); string(got) != "my: precious\n" {
		t.Fatalf("init changed the existing config: %q", got)
	}
}

func TestBadFlagsAreConfigErrors(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.yaml")
	writeFile(t, path, "me:\n  email: sam@example.org\nimap:\n  host: 127.0.0.1\n  security: none\n  password_env: NOPE\nstate_dir: "+dir+"\n")
	tests := []struct {
		name string
		args []string
	}{
		{"bad now", []string{"--config", path, "plan", "--now", "friday"}},
		{"bad log level", []string{"--config", path, "--log-level", "loud", "plan"}},
		{"bad log format", []string{"--config", path, "--log-format", "xml", "plan"}},
		{"missing config", []string{"--config", filepath.Join(dir, "nope.yaml"), "plan"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tc.args...)
			if code != exitConfig {
				t.Fatalf("exit %d, want %d: %s", code, exitConfig, stderr)
			}
			if strings.Count(strings.TrimSpace(stderr), "\n") > 3 {
				t.Errorf("want a short error, got:\n%s", stderr)
			}
		})
	}
}

// TestPlanJSONAndInterviews drives plan --json and interviews --json
// against the in-memory IMAP server loaded with the sample job search.
func TestPlanJSONAndInterviews(t *testing.T) {
	peer := memimapPeer(t)
	for _, m := range sample.Messages() {
		peer.deliver(t, m.Mailbox, m.Raw, m.Date)
	}
	path := runConfig(t, peer, "")

	code, out, stderr := runCLI(t, "--config", path, "plan", "--json", "--now", "2026-12-03T12:00:00+01:00")
	if code != exitOK {
		t.Fatalf("plan: exit %d: %s", code, stderr)
	}
	var items []map[string]any
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatalf("plan --json is not a JSON array: %v\n%s", err, out)
	}
	if len(items) == 0 {
		t.Fatal("plan --json: no items")
	}
	statuses := map[string]int{}
	for _, it := range items {
		for _, key := range []string{"interview", "company", "rule", "due", "status", "reason"} {
			if _, ok := it[key]; !ok {
				t.Errorf("plan item lacks %q: %v", key, it)
			}
		}
		due, _ := it["due"].(string)
		tm, err := time.Parse(time.RFC3339, due)
		if err != nil {
			t.Errorf("due %q is not RFC 3339: %v", due, err)
		} else if _, off := tm.Zone(); off != 3600 {
			t.Errorf("due %q is not in the configured zone (+01:00 in December)", due)
		}
		statuses[it["status"].(string)]++
	}
	// plan writes nothing: what is due stays "due".
	if statuses["done"] != 0 || statuses["due"] == 0 || statuses["suppressed"] == 0 || statuses["scheduled"] == 0 {
		t.Errorf("statuses = %v: want due, suppressed and scheduled items and nothing done", statuses)
	}

	code, out, stderr = runCLI(t, "--config", path, "interviews", "--json")
	if code != exitOK {
		t.Fatalf("interviews: exit %d: %s", code, stderr)
	}
	var ivs []map[string]any
	if err := json.Unmarshal([]byte(out), &ivs); err != nil {
		t.Fatalf("interviews --json: %v\n%s", err, out)
	}
	if len(ivs) != len(sample.Expected()) {
		t.Errorf("interviews --json lists %d interviews, want %d", len(ivs), len(sample.Expected()))
	}
	for _, it := range items {
		if st := it["status"]; (st == "due" || st == "scheduled") && it["subject"] == "" {
			t.Errorf("plan item %v: a planned draft shows its subject", it)
		}
	}
	testExplain(t, path, ivs)
}

// testExplain drives interviews --explain for an interview, one of its
// messages, a message that was never read and a name that means nothing.
func testExplain(t *testing.T, path string, ivs []map[string]any) {
	id, _ := ivs[0]["id"].(string)
	thread, _ := ivs[0]["thread"].([]any)
	if id == "" || len(thread) == 0 {
		t.Fatalf("first interview has no id or thread: %v", ivs[0])
	}
	code, out, stderr := runCLI(t, "--config", path, "interviews", "--explain", id[:6])
	if code != exitOK {
		t.Fatalf("interviews --explain %s: exit %d: %s", id[:6], code, stderr)
	}
	for _, want := range []string{"Interview " + id, "time ", "company  from ", "people ", "Messages of its thread"} {
		if !strings.Contains(out, want) {
			t.Errorf("interviews --explain lacks %q:\n%s", want, out)
		}
	}
	code, out, stderr = runCLI(t, "--config", path, "interviews", "--explain", id, "--json")
	if code != exitOK {
		t.Fatalf("interviews --explain --json: exit %d: %s", code, stderr)
	}
	var ex struct {
		Interview map[string]any   `json:"interview"`
		Messages  []map[string]any `json:"messages"`
	}
	if err := json.Unmarshal([]byte(out), &ex); err != nil {
		t.Fatalf("interviews --explain --json: %v\n%s", err, out)
	}
	why, _ := ex.Interview["why"].(map[string]any)
	if ex.Interview["id"] != id || why["time"] == nil || len(ex.Messages) == 0 {
		t.Errorf("interviews --explain --json = %+v: want the interview, why its time and its messages", ex)
	}
	code, out, _ = runCLI(t, "--config", path, "interviews", "--explain", "<"+thread[0].(string)+">")
	if code != exitOK || !strings.Contains(out, thread[0].(string)) {
		t.Errorf("interviews --explain <message-id>: exit %d:\n%s", code, out)
	}
	code, out, _ = runCLI(t, "--config", path, "interviews", "--explain", "never-seen@nowhere.example")
	if code != exitOK || !strings.Contains(out, "is not stored") {
		t.Errorf("interviews --explain of an unread message: exit %d:\n%s", code, out)
	}
	if code, _, stderr := runCLI(t, "--config", path, "interviews", "--explain", "zzzz"); code == exitOK || !strings.Contains(stderr, "no interview") {
		t.Errorf("interviews --explain zzzz: exit %d, %s; want an error", code, stderr)
	}
}

// TestOnceRefusesWhileAnotherWriterRuns: two processes writing drafts from
// one journal could write a draft twice; the second one is refused.
func TestOnceRefusesWhileAnotherWriterRuns(t *testing.T) {
	dir := t.TempDir()
	unlock, err := lockState(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lockState(dir); !errors.Is(err, errBusy) {
		t.Fatalf("second lock: err = %v, want errBusy", err)
	}
	path := filepath.Join(dir, "config.yaml")
	writeFile(t, path, "me:\n  email: sam@example.org\nimap:\n  host: 127.0.0.1\n  security: none\n  password_env: NOPE\nstate_dir: "+dir+"\n")
	code, _, stderr := runCLI(t, "--config", path, "once")
	if code != exitFailure || !strings.Contains(stderr, "another followupd") {
		t.Fatalf("once while locked: exit %d, %q", code, stderr)
	}
	unlock()
	if _, err := lockState(dir); err != nil {
		t.Fatalf("lock after unlock: %v", err)
	}
}
