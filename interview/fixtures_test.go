package interview_test

import (
	"testing"
	"time"

	"github.com/followupd/followupd/internal/sample"
	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("no time zone database: %v", err)
	}
	return loc
}

// TestFixtures runs messages in the styles of other senders through
// Classify and, alone, through Build.
func TestFixtures(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	la := mustZone(t, "America/Los_Angeles")
	amsterdam := mustZone(t, "Europe/Amsterdam")
	type want struct {
		company, role string
		start, end    time.Time
		location      string
		organizer     string
		interviewers  []string
	}
	tests := []struct {
		file      string
		interview bool
		kind      string
		iv        *want // nil: Build finds nothing
	}{
		{"lever-invitation.eml", true, interview.KindInvitation, &want{
			company: "Initrode", role: "Site Reliability Engineer",
			start: time.Date(2026, 12, 7, 15, 0, 0, 0, berlin), end: time.Date(2026, 12, 7, 16, 0, 0, 0, berlin),
			location: "Initrode Berlin, Room 4B", organizer: "milton.waddams@initrode.example",
			interviewers: []string{"bill.lumbergh@initrode.example"}, // the room by its name
		}},
		{"calendly-invitation.eml", true, interview.KindInvitation, &want{
			company: "Massive Dynamic",
			start:   time.Date(2026, 12, 1, 14, 0, 0, 0, berlin), end: time.Date(2026, 12, 1, 14, 45, 0, 0, berlin),
			location: "https://meet.google.com/abc-defg-hij", organizer: "nina.sharp@massive-dynamic.example",
			interviewers: []string{"nina.sharp@massive-dynamic.example"}, // the organizer, alone with the user
		}},
		{"ashby-confirmation.eml", true, interview.KindConfirmation, &want{
			company: "Cyberdyne Systems", role: "Senior Platform Engineer",
			start: time.Date(2026, 12, 2, 15, 0, 0, 0, la), end: time.Date(2026, 12, 2, 15, 45, 0, 0, la),
			location: "https://cyberdyne.zoom.us/j/5551234567", organizer: "miles.dyson@cyberdyne.example",
			interviewers: []string{"miles.dyson@cyberdyne.example"},
		}},
		{"workday-invitation.eml", true, interview.KindInvitation, &want{
			company: "Soylent", role: "Data Engineer",
			start: time.Date(2026, 12, 7, 10, 0, 0, 0, amsterdam), end: time.Date(2026, 12, 7, 11, 0, 0, 0, amsterdam),
			location: "Soylent HQ Amsterdam, Room 4.12", organizer: "", // a vendor address is nobody to write to
			interviewers: []string{"sol.roth@soylent.example"},
		}},
		{"agency-gmail.eml", true, interview.KindConfirmation, &want{
			company: "Acme Robotics", role: "Senior SRE",
			start: time.Date(2026, 12, 1, 14, 30, 0, 0, time.UTC), end: time.Date(2026, 12, 1, 15, 30, 0, 0, time.UTC),
			location: "https://acme.zoom.us/j/812345678", organizer: "priya.raman.talent@gmail.com",
			interviewers: []string{"priya.raman.talent@gmail.com"},
		}},
		{"agency-gmail-nocompany.eml", true, interview.KindConfirmation, &want{
			company: "", // never "Gmail"
			start:   time.Date(2026, 12, 1, 11, 0, 0, 0, berlin), end: time.Date(2026, 12, 1, 12, 0, 0, 0, berlin),
			location: "phone", organizer: "tom.hires.tech@gmail.com", // "They will call you."
			interviewers: []string{"tom.hires.tech@gmail.com"},
		}},
		{"umbrella-reschedule.eml", true, interview.KindConfirmation, &want{
			company: "Umbrella", role: "Backend Engineer",
			start: time.Date(2026, 12, 4, 11, 0, 0, 0, berlin), end: time.Date(2026, 12, 4, 12, 0, 0, 0, berlin),
			location: "phone", organizer: "jane.doe@umbrella.example",
			interviewers: []string{"jane.doe@umbrella.example"},
		}},
		{"forwarded-invitation.eml", true, interview.KindInvitation, &want{
			company: "Hooli", role: "Staff Engineer",
			start: time.Date(2026, 12, 3, 10, 0, 0, 0, la), end: time.Date(2026, 12, 3, 11, 0, 0, 0, la),
			location: "Microsoft Teams Meeting", organizer: "gavin.belson@hooli.example",
			interviewers: []string{"gavin.belson@hooli.example"},
		}},
		{"glassdoor-article.eml", false, interview.KindNone, nil},
		{"linkedin-alert.eml", false, interview.KindNone, nil},
		{"internal-interview-globex.eml", false, interview.KindNone, nil},
		{"friend-dinner.eml", false, interview.KindNone, nil},
		{"workday-receipt.eml", false, interview.KindNone, nil},
		{"lever-rejection.eml", false, interview.KindRejection, nil},
		{"offer.eml", false, interview.KindOffer, nil},
		{"garbage.eml", false, interview.KindNone, nil},
	}
	cfg := sampleConfig()
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			p := fixture(t, tc.file)
			v := interview.Classify(p.msg, cfg)
			t.Logf("reason: %s", v.Reason)
			if v.Interview != tc.interview || v.Kind != tc.kind {
				t.Errorf("Classify = {%v %s}, want {%v %s}", v.Interview, v.Kind, tc.interview, tc.kind)
			}
			ivs := interview.Build([]mail.Message{p.msg}, nil, cfg)
			if tc.iv == nil {
				if len(ivs) != 0 {
					t.Errorf("Build found %d interviews, want none: %s", len(ivs), mustJSON(ivs))
				}
				return
			}
			if len(ivs) != 1 {
				t.Fatalf("Build found %d interviews, want 1", len(ivs))
			}
			iv, w := ivs[0], tc.iv
			if iv.Company != w.company || iv.Role != w.role {
				t.Errorf("Company, Role = %q, %q; want %q, %q", iv.Company, iv.Role, w.company, w.role)
			}
			if !iv.Start.Equal(w.start) || !iv.End.Equal(w.end) {
				t.Errorf("Start–End = %s – %s, want %s – %s", iv.Start, iv.End, w.start, w.end)
			}
			if _, off := iv.Start.Zone(); off != offset(w.start) {
				t.Errorf("Start offset = %d, want %d", off, offset(w.start))
			}
			if iv.Location != w.location {
				t.Errorf("Location = %q, want %q", iv.Location, w.location)
			}
			if iv.Organizer.Email != w.organizer {
				t.Errorf("Organizer = %q, want %q", iv.Organizer.Email, w.organizer)
			}
			if got := mustJSON(emails(iv.Interviewers)); got != mustJSON(w.interviewers) {
				t.Errorf("Interviewers = %s, want %s", got, mustJSON(w.interviewers))
			}
		})
	}
}

func offset(t time.Time) int {
	_, off := t.Zone()
	return off
}

// TestBuildStatusChanges adds later messages to the sample and checks how
// they change the interviews they are about.
func TestBuildStatusChanges(t *testing.T) {
	berlin := sample.Location()
	tests := []struct {
		name    string
		extra   []string
		company string
		total   int
		check   func(t *testing.T, iv interview.Interview)
	}{
		{
			name: "reschedule in words moves the text-only interview", extra: []string{"umbrella-reschedule.eml"}, company: "Umbrella", total: 6,
			check: func(t *testing.T, iv interview.Interview) {
				if want := time.Date(2026, 12, 4, 11, 0, 0, 0, berlin); !iv.Start.Equal(want) {
					t.Errorf("Start = %s, want %s", iv.Start, want)
				}
				// Moved, not shortened: the message states no length.
				if d := iv.End.Sub(iv.Start); d != 30*time.Minute {
					t.Errorf("length = %s, want the 30 minutes first confirmed", d)
				}
				if iv.Status != interview.Scheduled {
					t.Errorf("Status = %s", iv.Status)
				}
				if got := iv.Thread[len(iv.Thread)-1]; got != "9c2d4e6f-8a1b-4c3d-9e5f-7a8b9c0d1e2f@example.org" {
					t.Errorf("last of Thread = %s, want Sam's thank-you (the latest message)", got)
				}
			},
		},
		{
			name: "offer from the recruiter", extra: []string{"offer.eml"}, company: "Initech", total: 6,
			check: func(t *testing.T, iv interview.Interview) {
				if iv.Status != interview.Offer {
					t.Errorf("Status = %s, want offer", iv.Status)
				}
				if got := correspondenceIDs(iv.Correspondence, interview.Inbound); len(got) != 2 {
					t.Errorf("Inbound = %v, want the reply and the offer", got)
				}
			},
		},
		{
			name: "rejection through the vendor, matched by Reply-To", extra: []string{"lever-invitation.eml", "lever-rejection.eml"}, company: "Initrode", total: 7,
			check: func(t *testing.T, iv interview.Interview) {
				if iv.Status != interview.Rejected {
					t.Errorf("Status = %s, want rejected", iv.Status)
				}
			},
		},
	}
	cfg := sampleConfig()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			msgs := messagesOf(sampleMessages(t))
			for _, f := range tc.extra {
				msgs = append(msgs, fixture(t, f).msg)
			}
			ivs := interview.Build(msgs, nil, cfg)
			n := 0
			for _, iv := range ivs {
				if iv.Company == tc.company {
					n++
					tc.check(t, iv)
				}
			}
			if n != 1 {
				t.Errorf("%d interviews with %s, want 1 (no duplicate)", n, tc.company)
			}
			if len(ivs) != tc.total {
				t.Errorf("Build found %d interviews, want %d", len(ivs), tc.total)
			}
		})
	}
}
