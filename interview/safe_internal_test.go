package interview

import (
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/mail"
)

// TestReadingPanicLeavesOneMessageOut: a message whose reading panics on a
// worker goroutine is left out with the reason; the others are read and
// the process goes on.
func TestReadingPanicLeavesOneMessageOut(t *testing.T) {
	defer func(orig func(*mail.Message, Config, bool) *analysis) { readMessage = orig }(readMessage)
	readMessage = func(m *mail.Message, cfg Config, answered bool) *analysis {
		if m.MessageID == "bad@x" {
			panic("index out of range")
		}
		return read(m, cfg, answered)
	}
	at := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
	msg := func(id string) mail.Message {
		return mail.Message{Summary: mail.Summary{Mailbox: "INBOX", MessageID: id, Date: at, Subject: "Interview with Initech",
			From: []mail.Address{{Email: "jo@" + strings.TrimSuffix(id, "@x") + ".example"}}, To: []mail.Address{{Email: "sam@example.org"}}},
			Text: "Confirming your interview on Tuesday, 1 December 2026 at 10:00 CET."}
	}
	msgs := []mail.Message{msg("bad@x"), msg("good@x")}
	cfg := Config{Me: []string{"sam@example.org"}}
	ivs := Build(msgs, nil, cfg)
	if len(ivs) != 1 || ivs[0].Thread[len(ivs[0].Thread)-1] != "good@x" {
		t.Fatalf("Build = %+v, want the good message's interview", ivs)
	}
	for _, v := range Verdicts(msgs, cfg) {
		if v.MessageID == "bad@x" && !strings.Contains(v.Reason, "index out of range") {
			t.Errorf("verdict %q does not say why the message was left out", v.Reason)
		}
	}
}
