package mail_test

import (
	"context"
	"testing"
	"time"

	"github.com/followupd/followupd/mail"
)

// BenchmarkSummaries reads a 2,000-message window from a zero cursor over
// loopback against imapmemserver (whose own FETCH work is included).
func BenchmarkSummaries(b *testing.B) {
	s := startMemServer(b)
	const n = 2000
	fillMem(b, s, "INBOX", n, time.Now().Add(-time.Hour))
	c := s.dial(b)
	since := time.Now().AddDate(0, 0, -60)
	ctx := context.Background()

	b.ReportAllocs()
	for b.Loop() {
		_, _, sums, err := c.Summaries(ctx, "INBOX", mail.Cursor{}, since)
		if err != nil || len(sums) != n {
			b.Fatalf("Summaries() = %d, %v", len(sums), err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/n, "µs/msg")
}

// BenchmarkSummariesNothingNew is the steady state: a pass over the same
// mailbox when nothing arrived.
func BenchmarkSummariesNothingNew(b *testing.B) {
	s := startMemServer(b)
	fillMem(b, s, "INBOX", 2000, time.Now().Add(-time.Hour))
	c := s.dial(b)
	since := time.Now().AddDate(0, 0, -60)
	ctx := context.Background()
	cur, _, _, err := c.Summaries(ctx, "INBOX", mail.Cursor{}, since)
	if err != nil {
		b.Fatal(err)
	}

	b.ReportAllocs()
	for b.Loop() {
		if _, _, sums, err := c.Summaries(ctx, "INBOX", cur, since); err != nil || len(sums) != 0 {
			b.Fatalf("Summaries() = %d, %v", len(sums), err)
		}
	}
}
