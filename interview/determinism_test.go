package interview_test

import (
	"reflect"
	"testing"

	"github.com/followupd/followupd/interview"
)

// TestBuildIsDeterministic: the same mail gives the same interviews, down
// to the explanations, every time. Go varies the order of a map's range
// from one loop to the next, so a choice made in that order shows here
// (the organiser a hiring system's mail names, which messages said so).
func TestBuildIsDeterministic(t *testing.T) {
	cfg := sampleConfig()
	for _, c := range loadEvalCases(t) {
		msgs := c.mailbox(cfg)
		want, _ := interview.BuildWithRefused(msgs, nil, cfg)
		for range 8 {
			if got, _ := interview.BuildWithRefused(msgs, nil, cfg); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: a second build gave\n%+v\nthe first\n%+v", c.name, got, want)
				break
			}
		}
	}
}
