package main

import (
	"math/rand/v2"
	"syscall"
	"testing"
	"time"
)

// TestRunKilledAnywhere SIGKILLs `followupd run` at many points of passes
// that write drafts, against Dovecot, stepping through the sample job
// search. At each draft's due time three runs are killed: one a random
// instant after its APPEND was answered (before or after the journal
// records it), one after a random delay from its start, one a random
// instant after it read the Sent folder, when it plans and writes. A
// fourth runs to completion. After every step Drafts must hold each draft
// due so far exactly once.
func TestRunKilledAnywhere(t *testing.T) {
	if testing.Short() {
		t.Skip("Dovecot and the binary skipped in -short mode")
	}
	p := dovecotPeer(t)
	cfg := runConfig(t, p, "")
	bin := buildBinary(t)
	loc := atCheckIns.Location()
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 0))
	started := time.Now()

	msgs := sampleExcept()
	delivered, kills, afterAppend, recovered := 0, 0, 0, 0
	for i, w := range wantDrafts {
		now := mustLocal(t, w.due, loc).Add(time.Minute)
		for delivered < len(msgs) && !msgs[delivered].Date.After(now) {
			p.deliver(t, msgs[delivered].Mailbox, msgs[delivered].Raw, msgs[delivered].Date)
			delivered++
		}
		args := []string{"--config", cfg, "--log-level", "debug", "run", "--now", now.Format(time.RFC3339)}
		for round := range 3 {
			pr := startProc(t, bin, args...)
			switch round {
			case 0:
				if _, ok := pr.logs.waitOr(10*time.Second, pr.exited, 1, "imap draft appended"); ok {
					afterAppend++
				}
				<-time.After(time.Duration(rng.Int64N(int64(200 * time.Microsecond))))
			case 1:
				<-time.After(time.Duration(rng.Int64N(int64(150 * time.Millisecond))))
			case 2:
				pr.logs.waitOr(10*time.Second, pr.exited, 1, "msg=synced", "mailbox=Sent")
				<-time.After(time.Duration(rng.Int64N(int64(3 * time.Millisecond))))
			}
			pr.signal(t, syscall.SIGKILL)
			pr.wait(t, 10*time.Second)
			kills++
			recovered += pr.logs.count("recovered=true")
		}
		pr := startProc(t, bin, args...)
		pr.logs.wait(t, 30*time.Second, 1, "msg=running")
		recovered += pr.logs.count("recovered=true")
		pr.signal(t, syscall.SIGTERM)
		if code := pr.wait(t, 20*time.Second); code != exitOK {
			t.Fatalf("step %d: exit %d after SIGTERM\n%s", i+1, code, pr.logs)
		}
		checkExactlyOnce(t, draftsOf(t, p), wantDrafts[:i+1])
		if t.Failed() {
			t.Fatalf("after the step at %s", now)
		}
	}
	t.Logf("%d runs killed, %d right after an APPEND; %d drafts found in Drafts by a later run; %v",
		kills, afterAppend, recovered, time.Since(started).Round(time.Millisecond))
}
