package bench

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/followupd/followupd/bench/mailgen"
	"github.com/followupd/followupd/config"
	"github.com/followupd/followupd/daemon"
	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

// BenchmarkBuildAfterReadAhead is the part of a worst-case first pass's
// builds left once every body has been read ahead (interview.Reader,
// beside the fetch): what the pass does one message after another, with
// the IMAP connections waiting, when it looks over the scan
// (Reader.Preview, see daemon/bodies.go lookAgain) and when it builds at
// its end (Reader.BuildWithRefused), both timed. It reports the reading
// ahead too (read-ns/msg, timed apart): work moved there is no gain. The
// messages are the worst case's window (mailgen AllFromEmployers), about
// 8,000 as in TestLargeMailboxRatios, without Dovecot:
//
//	go test -run '^$' -bench BuildAfterReadAhead -count 6 ./bench/
func BenchmarkBuildAfterReadAhead(b *testing.B) {
	end, err := mailgen.ParseEnd("2026-11-26")
	if err != nil {
		b.Fatal(err)
	}
	dir := filepath.Join(b.TempDir(), "Maildir")
	// The large mailbox's window: 60 days of it at its rate of 100,000
	// messages in 730 days.
	if _, err := mailgen.Generate(mailgen.Options{Dir: dir, N: 8219, Days: 60, End: end, Seed: 1, AllFromEmployers: true}); err != nil {
		b.Fatal(err)
	}
	files, err := os.ReadDir(filepath.Join(dir, "cur"))
	if err != nil {
		b.Fatal(err)
	}
	msgs := make([]mail.Message, 0, len(files))
	for _, f := range files {
		raw, err := os.ReadFile(filepath.Join(dir, "cur", f.Name()))
		if err != nil {
			b.Fatal(err)
		}
		m, err := mail.Parse(bytes.NewReader(raw))
		if err != nil {
			b.Fatalf("%s: %v", f.Name(), err)
		}
		info, err := f.Info()
		if err != nil {
			b.Fatal(err)
		}
		m.Mailbox, m.UID, m.Arrived = "INBOX", uint32(len(msgs)+1), info.ModTime()
		msgs = append(msgs, *m)
	}
	cfg, _, err := config.Parse("bench.yaml", []byte(benchConfig("/nonexistent", "localhost", 143, "sam")), func(k string) (string, bool) { return "x", k == passwordEnv })
	if err != nil {
		b.Fatal(err)
	}
	detect := daemon.SettingsFrom(cfg).Detect
	var read time.Duration
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		began := time.Now()
		r := interview.NewReader(detect)
		for _, m := range msgs {
			r.ReadAhead(m, false)
		}
		r.Preview(nil) // waits for the readings
		read += time.Since(began)
		b.StartTimer()
		r.Preview(msgs)
		r.BuildWithRefused(msgs, nil)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(msgs)), "ns/msg")
	b.ReportMetric(float64(read.Nanoseconds())/float64(b.N*len(msgs)), "read-ns/msg")
}
