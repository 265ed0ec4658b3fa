package mail

import (
	"testing"
	"time"
)

// SetWatchAnswerTimeout shortens how long WaitForChange waits for an
// answer, for the duration of the test.
func SetWatchAnswerTimeout(t testing.TB, d time.Duration) {
	old := watchAnswerTimeout
	watchAnswerTimeout = d
	t.Cleanup(func() { watchAnswerTimeout = old })
}

// CorpusDir finds the shared MIME corpus for the external tests, or skips.
func CorpusDir(t *testing.T) string { return corpusDir(t) }
