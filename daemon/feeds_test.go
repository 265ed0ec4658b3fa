package daemon

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/calendar"
	"github.com/followupd/followupd/internal/sample"
	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/rules"
	"github.com/followupd/followupd/store"
)

// A user's calendar feed as Outlook publishes it: a one-off interview in a
// Windows time zone, a colleague's recurring stand-up with a moved and a
// cancelled instance, a personal prep block and an all-day event.
const feedTemplate = `BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:PUBLISH
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:feed-interview-1@umbrella.example
SEQUENCE:{{SEQ}}
DTSTAMP:{{STAMP}}
STATUS:{{STATUS}}
SUMMARY:Interview: Platform Engineer (Umbrella Corp)
DTSTART;TZID=W. Europe Standard Time:{{START}}
DTEND;TZID=W. Europe Standard Time:{{END}}
LOCATION:https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc
ORGANIZER;CN=Ada Wong:mailto:ada.wong@umbrella.example
ATTENDEE;CN=Albert Wesker;ROLE=REQ-PARTICIPANT:mailto:albert.wesker@umbrella.example
ATTENDEE;CN=Sam Rivera;ROLE=REQ-PARTICIPANT:mailto:sam.rivera@example.org
ATTENDEE;CN=Room 4.12;CUTYPE=ROOM:mailto:room412@umbrella.example
END:VEVENT
BEGIN:VEVENT
UID:standup@globex.example
SEQUENCE:0
DTSTAMP:20261101T080000Z
SUMMARY:Daily stand-up
DTSTART;TZID=W. Europe Standard Time:20261102T093000
DTEND;TZID=W. Europe Standard Time:20261102T094500
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
EXDATE;TZID=W. Europe Standard Time:20261203T093000
ORGANIZER;CN=Bob:mailto:bob@globex.example
ATTENDEE;CN=Sam:mailto:sam@globex.example
END:VEVENT
BEGIN:VEVENT
UID:standup@globex.example
RECURRENCE-ID;TZID=W. Europe Standard Time:20261202T093000
SEQUENCE:1
DTSTAMP:20261101T080000Z
SUMMARY:Daily stand-up (moved)
DTSTART;TZID=W. Europe Standard Time:20261202T110000
DTEND;TZID=W. Europe Standard Time:20261202T111500
ORGANIZER;CN=Bob:mailto:bob@globex.example
ATTENDEE;CN=Sam:mailto:sam@globex.example
END:VEVENT
BEGIN:VEVENT
UID:prep@example.org
DTSTAMP:20261101T080000Z
SUMMARY:Prep for the Umbrella interview
DTSTART;TZID=W. Europe Standard Time:20261130T180000
DTEND;TZID=W. Europe Standard Time:20261130T190000
END:VEVENT
BEGIN:VEVENT
UID:allday@example.org
DTSTAMP:20261101T080000Z
SUMMARY:Interview week
DTSTART;VALUE=DATE:20261130
DTEND;VALUE=DATE:20261205
END:VEVENT
END:VCALENDAR
`

func writeFeed(t *testing.T, path string, seq int, start, end, status string) {
	t.Helper()
	r := strings.NewReplacer("{{SEQ}}", string(rune('0'+seq)), "{{STAMP}}", "2026112"+string(rune('0'+seq))+"T100000Z",
		"{{START}}", start, "{{END}}", end, "{{STATUS}}", status, "\n", "\r\n")
	if err := os.WriteFile(path, []byte(r.Replace(feedTemplate)), 0o600); err != nil {
		t.Fatal(err)
	}
	// The fetcher treats mtime+size as the file's validator; make every
	// rewrite visible even within one clock tick.
	mt := time.Date(2026, 11, 20, 0, 0, 0, seq, time.UTC)
	if status == "CANCELLED" {
		mt = mt.Add(time.Hour)
	}
	if err := os.Chtimes(path, mt, mt); err != nil {
		t.Fatal(err)
	}
}

func feedInterviews(res *Result) []interview.Interview {
	var out []interview.Interview
	for _, iv := range res.Interviews {
		if iv.Company == "Umbrella Corp" || strings.Contains(iv.Company, "Umbrella") && iv.ICSUID != "" {
			out = append(out, iv)
		}
	}
	return out
}

func planFor(res *Result, id, rule string) rules.Item {
	for _, it := range res.Plan {
		if it.InterviewID == id && it.Rule == rule {
			return it
		}
	}
	return rules.Item{}
}

// TestPassFeedInterview: an interview that exists only in a calendar feed
// gets its drafts; a reschedule by a higher SEQUENCE moves them; a
// cancellation in the feed suppresses them; stand-ups, personal blocks and
// all-day events are not interviews.
func TestPassFeedInterview(t *testing.T) {
	r := newRig(t)
	path := filepath.Join(t.TempDir(), "calendar.ics")
	r.runner.Settings.Feeds = []Feed{{Source: calendar.Source{Name: "work", URL: path}, Refresh: 15 * time.Minute}}
	loc := sample.Location()
	ctx := context.Background()

	writeFeed(t, path, 0, "20261201T150000", "20261201T160000", "CONFIRMED")
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, loc)
	res, err := r.runner.Pass(ctx, Options{Now: now, DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	ivs := feedInterviews(res)
	if len(ivs) != 1 {
		t.Fatalf("feed gave %d Umbrella interviews, want 1: %+v", len(ivs), res.Interviews)
	}
	iv := ivs[0]
	if want := time.Date(2026, 12, 1, 15, 0, 0, 0, loc); !iv.Start.Equal(want) {
		t.Errorf("start = %s, want %s (W. Europe Standard Time)", iv.Start, want)
	}
	if len(iv.Interviewers) != 1 || iv.Interviewers[0].Email != "albert.wesker@umbrella.example" {
		t.Errorf("interviewers = %+v, want Albert Wesker only (no room, no user)", iv.Interviewers)
	}
	for _, other := range res.Interviews {
		if strings.Contains(strings.ToLower(other.ICSUID), "standup") || other.ICSUID == "prep@example.org" || other.ICSUID == "allday@example.org" {
			t.Errorf("not an interview but tracked as one: %s %q", other.ICSUID, other.Company)
		}
	}
	thanks := planFor(res, iv.ID, "thank-you")
	if want := time.Date(2026, 12, 1, 17, 0, 0, 0, loc); !thanks.Due.Equal(want) {
		t.Errorf("thank-you due %s, want %s", thanks.Due, want)
	}

	// Moved to Wednesday by a newer version of the event.
	writeFeed(t, path, 1, "20261202T100000", "20261202T110000", "CONFIRMED")
	res, err = r.runner.Pass(ctx, Options{Now: now.Add(time.Hour), DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	thanks = planFor(res, iv.ID, "thank-you")
	if want := time.Date(2026, 12, 2, 12, 0, 0, 0, loc); !thanks.Due.Equal(want) {
		t.Errorf("after the reschedule: thank-you due %s, want %s", thanks.Due, want)
	}

	// A broken feed keeps the last good copy: nothing is cancelled.
	if err := os.WriteFile(path, []byte("<html>login</html>"), 0o600); err != nil {
		t.Fatal(err)
	}
	res, err = r.runner.Pass(ctx, Options{Now: now.Add(2 * time.Hour), DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := planFor(res, iv.ID, "thank-you"); got.Status != rules.StatusScheduled {
		t.Errorf("with a broken feed: thank-you is %s (%s), want still scheduled", got.Status, got.Reason)
	}

	// Cancelled in the feed.
	writeFeed(t, path, 2, "20261202T100000", "20261202T110000", "CANCELLED")
	res, err = r.runner.Pass(ctx, Options{Now: now.Add(3 * time.Hour), DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := planFor(res, iv.ID, "thank-you"); got.Status != rules.StatusSuppressed || !strings.Contains(got.Reason, "cancel") {
		t.Errorf("after the cancellation: thank-you is %s (%s), want suppressed as cancelled", got.Status, got.Reason)
	}
}

// TestFeedURLNotStored: a feed's secret URL never reaches the state
// database; its digest still tells a changed URL, whose old validators and
// copy are dropped. A URL an earlier version stored in clear is replaced.
func TestFeedURLNotStored(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r := &Runner{Store: st}
	const secret = "https://calendar.google.com/calendar/ical/sam%40example.org/private-0123456789abcdef/basic.ics"
	feed := Feed{Source: calendar.Source{Name: "work", URL: secret}}
	saved := calendar.FeedState{ETag: `"v1"`, Body: []byte("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")}

	// An earlier version kept the URL in clear: the state is kept, the URL goes.
	if err := st.SetMeta(ctx, "feed-url:work", secret); err != nil {
		t.Fatal(err)
	}
	if err := st.SaveFeed(ctx, "work", saved); err != nil {
		t.Fatal(err)
	}
	got, err := r.feedState(ctx, feed)
	if err != nil || got.ETag != `"v1"` {
		t.Fatalf("feedState after an upgrade = %+v, %v; want the saved state", got, err)
	}
	if v, _, _ := st.GetMeta(ctx, "feed-url:work"); strings.Contains(v, "private-") || !strings.HasPrefix(v, "sha256:") {
		t.Errorf("stored %q for the feed's URL, want its digest", v)
	}
	// The same URL again: the same state.
	if got, _ := r.feedState(ctx, feed); got.ETag != `"v1"` {
		t.Errorf("feedState for the same URL = %+v, want the saved state", got)
	}
	// Another URL: a fresh state.
	feed.Source.URL = secret + "?v=2"
	if got, _ := r.feedState(ctx, feed); got.ETag != "" || got.Body != nil {
		t.Errorf("feedState for a changed URL = %+v, want a fresh state", got)
	}
}
