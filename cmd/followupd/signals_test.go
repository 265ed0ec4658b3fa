package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestRunReloadsOnSIGHUP: SIGHUP with a broken config keeps the daemon
// running on the old one and logs every problem at its line; with a valid,
// changed one it logs what changed and carries on with it. SIGTERM stops
// it cleanly.
func TestRunReloadsOnSIGHUP(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	p := memimapPeer(t)
	deliverAll(t, p, sampleExcept("initech"), atInitech)
	cfg := runConfig(t, p, "")
	good, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(good), "\n"); n != 12 {
		t.Fatalf("the config has %d lines; the line numbers below assume 12", n)
	}
	bin := buildBinary(t)
	pr := startProc(t, bin, "--config", cfg, "--log-level", "debug", "run", "--now", atInitech.Format(time.RFC3339))
	pr.logs.wait(t, 30*time.Second, 1, "msg=running")

	writeFile(t, cfg, string(good)+"  poll_interval: often\nhttp:\n  listen: 0.0.0.0:9464\n")
	pr.signal(t, syscall.SIGHUP)
	pr.logs.wait(t, 10*time.Second, 1, "configuration not reloaded", "problems=2")
	for _, want := range []string{cfg + ":13: imap.poll_interval", cfg + ":15: http.listen"} {
		if pr.logs.count("level=ERROR", want) != 1 {
			t.Errorf("the log does not name %q once:\n%s", want, pr.logs)
		}
	}
	if !pr.running() {
		t.Fatalf("the daemon exited on a broken config:\n%s", pr.logs)
	}

	writeFile(t, cfg, string(good)+"  poll_interval: 2m\n  lookback: 30 days\n")
	pr.signal(t, syscall.SIGHUP)
	line := pr.logs.wait(t, 10*time.Second, 1, "msg=\"configuration reloaded\"")
	for _, want := range []string{"imap.poll_interval: 5m0s → 2m0s", "imap.lookback: 1440h0m0s → 720h0m0s"} {
		if !strings.Contains(line, want) {
			t.Errorf("the reload line does not say %q:\n%s", want, line)
		}
	}
	if strings.Count(line, "→") != 2 {
		t.Errorf("the reload line lists more than what changed:\n%s", line)
	}
	// The new settings are in use: a pass follows, and new mail is seen.
	pr.logs.wait(t, 10*time.Second, 1, "new configuration in use")
	deliverAll(t, p, sampleOf("initech"), atInitech)
	pr.logs.wait(t, 30*time.Second, 2, "msg=\"draft written\"")

	pr.signal(t, syscall.SIGTERM)
	if code := pr.wait(t, 20*time.Second); code != exitOK {
		t.Errorf("exit %d after SIGTERM, want 0\n%s", code, pr.logs)
	}
	pr.logs.wait(t, time.Second, 1, "msg=stopped")
	if os.Getenv("FOLLOWUPD_SHOW_LOG") != "" {
		t.Logf("log:\n%s", pr.logs)
	}
	if strings.Contains(pr.logs.String(), p.password) {
		t.Error("the log holds the IMAP password")
	}
}

// TestRunSecondSignalExitsAtOnce: the first SIGTERM waits for the pass in
// progress (here stuck on a slow password command); a second one exits at
// once with status 1.
func TestRunSecondSignalExitsAtOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	p := memimapPeer(t)
	cfg := runConfig(t, p, "")
	text, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	pwFile := filepath.Join(filepath.Dir(cfg), "imap-password")
	slow := strings.Replace(string(text), "password_file: "+pwFile, "password_cmd: sleep 5; cat "+pwFile, 1)
	writeFile(t, cfg, slow)
	bin := buildBinary(t)
	pr := startProc(t, bin, "--config", cfg, "run")
	pr.logs.wait(t, 10*time.Second, 1, "msg=starting")

	pr.signal(t, syscall.SIGTERM)
	pr.logs.wait(t, 10*time.Second, 1, "waiting for the pass in progress")
	start := time.Now()
	pr.signal(t, syscall.SIGTERM)
	if code := pr.wait(t, 3*time.Second); code != exitFailure {
		t.Errorf("exit %d after the second SIGTERM, want %d\n%s", code, exitFailure, pr.logs)
	}
	t.Logf("exited %v after the second signal", time.Since(start).Round(time.Millisecond))
	pr.logs.wait(t, time.Second, 1, "second signal")
}

// TestRunWatchConfig: with --watch-config, saving the config reloads it,
// the way editors save: a new file renamed over the old one.
func TestRunWatchConfig(t *testing.T) {
	p := memimapPeer(t)
	cfg := runConfig(t, p, "")
	good, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	logs, stop := inProcess(t, "--config", cfg, "run", "--watch-config", "--now", atInitech.Format(time.RFC3339))
	defer stop()
	logs.wait(t, 30*time.Second, 1, "msg=running")

	tmp := cfg + ".swp"
	writeFile(t, tmp, string(good)+"  mailboxes: [INBOX, Jobs]\n")
	if err := os.Rename(tmp, cfg); err != nil {
		t.Fatal(err)
	}
	line := logs.wait(t, 10*time.Second, 1, "msg=\"configuration reloaded\"")
	if !strings.Contains(line, "imap.mailboxes: [INBOX] → [INBOX, Jobs]") {
		t.Errorf("reload line: %s", line)
	}
	if n := logs.count("msg=reloading"); n != 1 {
		t.Errorf("%d reloads for one save, want 1", n)
	}
}
