package interview_test

import (
	"testing"
	"time"

	"github.com/followupd/followupd/calendar"
	"github.com/followupd/followupd/interview"
)

// TestInterviewAtACalendarVendor: people at google.com or microsoft.com are
// an employer's people like any others; only the calendar systems' service
// hosts are left out.
func TestInterviewAtACalendarVendor(t *testing.T) {
	cfg := interview.Config{
		Keywords: interview.DefaultKeywords(),
		Me:       []string{"sam.rivera@example.org"},
		Location: time.UTC,
	}
	for _, tc := range []struct {
		name, domain, company string
	}{
		{"google", "google.com", "Google"},
		{"microsoft", "microsoft.com", "Microsoft"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Date(2026, 12, 3, 15, 0, 0, 0, time.UTC)
			e := calendar.Event{
				UID: tc.name + "-onsite@" + tc.domain, Summary: "Interview: Site Reliability Engineer",
				Start: start, End: start.Add(time.Hour), Stamp: start.AddDate(0, 0, -7),
				Organizer: person("Rita Recruiter", "rita@"+tc.domain),
				Attendees: []calendar.Person{
					person("Ian Interviewer", "ian@"+tc.domain),
					person("Sam Rivera", "sam.rivera@example.org"),
					{Name: "Room 7", Email: "c_1888@resource.calendar.google.com", CUType: "RESOURCE"},
				},
			}
			if v := interview.ClassifyEvent(e, cfg, false); !v.Interview {
				t.Fatalf("not an interview: %s", v.Reason)
			}
			ivs := interview.BuildWith(nil, []interview.FeedEvent{{Event: e, Feed: "cal"}}, cfg)
			if len(ivs) != 1 {
				t.Fatalf("got %d interviews, want 1", len(ivs))
			}
			iv := ivs[0]
			if iv.Company != tc.company {
				t.Errorf("company = %q, want %q", iv.Company, tc.company)
			}
			if len(iv.Interviewers) != 1 || iv.Interviewers[0].Email != "ian@"+tc.domain {
				t.Errorf("interviewers = %+v, want ian@%s only", iv.Interviewers, tc.domain)
			}
			if iv.Organizer.Email != "rita@"+tc.domain {
				t.Errorf("organizer = %+v, want rita@%s", iv.Organizer, tc.domain)
			}
		})
	}
}
