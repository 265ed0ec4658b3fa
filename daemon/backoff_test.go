package daemon

import (
	"testing"
	"time"
)

// TestBackoff: the delay doubles from 1 s to 5 min, the jitter never takes
// it out of that range, and Reset starts over.
func TestBackoff(t *testing.T) {
	want := []time.Duration{1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300}
	for _, tc := range []struct {
		name   string
		jitter func(n int64) int64
	}{
		{"no jitter", func(int64) int64 { return 0 }},
		{"most jitter", func(n int64) int64 { return n - 1 }},
		{"random jitter", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := newBackoff(backoffMin, backoffMax)
			b.jitter = tc.jitter
			for round := range 2 {
				for i, w := range want {
					base := w * time.Second
					d := b.Next()
					lo, hi := base, base+base/5
					if hi > backoffMax {
						lo, hi = backoffMax-base/5, backoffMax
					}
					if d < lo || d > hi || d < backoffMin || d > backoffMax {
						t.Fatalf("round %d, attempt %d: %v, want %v to %v", round, i+1, d, lo, hi)
					}
				}
				b.Reset() // a healthy session
			}
		})
	}
}

// TestBackoffJitterSpreads: watchers that fail together do not retry
// together.
func TestBackoffJitterSpreads(t *testing.T) {
	seen := map[time.Duration]bool{}
	for range 20 {
		b := newBackoff(backoffMin, backoffMax)
		b.Next()
		seen[b.Next()] = true
	}
	if len(seen) < 10 {
		t.Errorf("20 backoffs chose only %d different second delays", len(seen))
	}
}
