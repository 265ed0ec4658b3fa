package interview_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/followupd/followupd/interview"
)

func TestDbgCase(t *testing.T) {
	dir := os.Getenv("DBG")
	if dir == "" {
		t.Skip()
	}
	cfg := sampleConfig()
	for _, c := range loadEvalCases(t) {
		if c.name != dir {
			continue
		}
		msgs := c.mailbox(cfg)
		for _, m := range msgs {
			fmt.Printf("-- %s %s: %+v\n", m.MessageID, m.Subject, interview.Classify(m, cfg))
			if os.Getenv("DBGTEXT") != "" {
				fmt.Println(m.Text)
			}
		}
		for _, iv := range interview.Build(msgs, nil, cfg) {
			fmt.Printf("IV %s %q %q %v status=%s uid=%s thread=%v reason=%s\n", iv.ID, iv.Company, iv.Role, iv.Start.UTC(), iv.Status, iv.ICSUID, iv.Thread, iv.StatusReason)
		}
	}
}
