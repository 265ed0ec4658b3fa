package daemon

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/calendar"
	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/rules"
	"github.com/followupd/followupd/store"
)

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// TestHealthStaleness: a source is healthy while it synced within
// max(3 × poll interval, 15 min), a feed within 3 × its refresh.
func TestHealthStaleness(t *testing.T) {
	clock := newFakeClock(t0)
	h := NewHealth(clock)
	feeds := []Feed{{Source: calendar.Source{Name: "work"}, Refresh: 30 * time.Minute}}
	h.configure([]string{"INBOX", "Jobs"}, feeds, 2*time.Minute)

	check := func(wantOK bool, wantProblems ...string) healthJSON {
		t.Helper()
		r, ok := h.report()
		if ok != wantOK {
			t.Fatalf("at %s: healthy = %v, want %v; problems %q", clock.Now(), ok, wantOK, r.Problems)
		}
		if len(r.Problems) != len(wantProblems) {
			t.Fatalf("at %s: problems %q, want %d", clock.Now(), r.Problems, len(wantProblems))
		}
		for i, p := range wantProblems {
			if !strings.Contains(r.Problems[i], p) {
				t.Errorf("problem %q, want it to say %q", r.Problems[i], p)
			}
		}
		return r
	}

	check(false, "mailbox INBOX: not synced yet", "mailbox Jobs: not synced yet", "feed work: not synced yet")
	h.passDone(t0, time.Second, &Result{Now: t0}, nil, map[string]feedHealth{"work": {fetchedAt: t0, goodAt: t0}})
	check(true)

	clock.Advance(15 * time.Minute) // the window is 15 min, not 3 × 2 min
	check(true)
	// The watcher of INBOX found it unchanged; Jobs' watcher is gone.
	h.watchOK("INBOX", clock.Now())
	h.watchFailed("Jobs", clock.Now(), errors.New("watch Jobs: imap connection lost"))
	clock.Advance(time.Minute)
	r := check(false, "mailbox Jobs: last synced 16m0s ago (more than 15m0s): watch Jobs: imap connection lost")
	if r.LastError == nil || r.LastError.Source != "mailbox Jobs" {
		t.Errorf("last error %+v", r.LastError)
	}

	// A failing pass keeps the feed's last good time; 3 × 30 min later
	// the feed is stale too.
	at := clock.Now()
	h.passDone(at, time.Second, nil, errors.New("fetch Jobs: connection refused"),
		map[string]feedHealth{"work": {fetchedAt: at, goodAt: t0, err: "503 Service Unavailable"}})
	clock.Advance(75 * time.Minute)
	check(false, "mailbox INBOX: last synced 1h16m0s ago", "mailbox Jobs: last synced 1h31m0s ago",
		"feed work: last synced 1h31m0s ago (more than 1h30m0s): 503 Service Unavailable")

	// A reload that drops Jobs forgets it and keeps what is known of INBOX.
	h.configure([]string{"INBOX"}, nil, 10*time.Minute)
	check(false, "mailbox INBOX: last synced 1h16m0s ago (more than 30m0s)")
}

// TestHTTPEndpoints runs a loop and reads /healthz and /metrics over HTTP,
// and checks that the loop comes back when a feed is to be refreshed.
func TestHTTPEndpoints(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	setup := withMailboxes("INBOX")
	setup.Settings.Feeds = []Feed{{Source: calendar.Source{Name: "work", URL: "/dev/null"}, Refresh: 15 * time.Minute}}
	setup.PollInterval = 24 * time.Hour
	r := startLoop(t, setup, func(l *Loop) {
		polling(l)
		l.Runner.Store = st
	})
	srv := httptest.NewServer(Handler(r.loop.Health, r.loop.Metrics))
	t.Cleanup(srv.Close)

	code, body := get(t, srv.URL+"/healthz")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "not synced yet") {
		t.Errorf("before the first pass: %d %s", code, body)
	}

	c := r.passes.next(t)
	// What a real pass does with a feed.
	if err := st.SaveFeed(context.Background(), "work", calendar.FeedState{FetchedAt: t0, GoodAt: t0}); err != nil {
		t.Fatal(err)
	}
	due := t0.Add(20 * time.Hour)
	mark := r.clock.mark()
	c.ok(&Result{
		Now:     t0,
		Scanned: 12,
		Interviews: []interview.Interview{
			{ID: "a", Status: interview.Scheduled}, {ID: "b", Status: interview.Scheduled}, {ID: "c", Status: interview.Cancelled},
		},
		Plan: []rules.Item{
			{InterviewID: "a", Company: "Initech", Rule: "thank-you", Due: t0.Add(-time.Hour), Status: rules.StatusDone},
			{InterviewID: "b", Company: "Hooli", Rule: "thank-you", Due: due, Status: rules.StatusScheduled},
		},
		Written: []Written{{MessageID: "x@example.org"}},
	})
	r.waitNote("STATUS=", 1)

	code, body = get(t, srv.URL+"/healthz")
	if code != http.StatusOK {
		t.Fatalf("after a good pass: %d %s", code, body)
	}
	var h healthJSON
	if err := json.Unmarshal([]byte(body), &h); err != nil {
		t.Fatal(err)
	}
	if len(h.Sources) != 2 || h.Sources[0].Name != "INBOX" || h.Sources[1].Kind != "feed" || h.Sources[1].LastSync == "" {
		t.Errorf("sources %+v", h.Sources)
	}
	if h.NextDraft == nil || h.NextDraft.Company != "Hooli" || h.NextDraft.Due != due.Format(time.RFC3339) {
		t.Errorf("next draft %+v", h.NextDraft)
	}
	if h.LastPass == nil || !h.LastPass.OK {
		t.Errorf("last pass %+v", h.LastPass)
	}

	code, body = get(t, srv.URL+"/metrics")
	if code != http.StatusOK {
		t.Fatalf("/metrics: %d", code)
	}
	for _, want := range []string{
		`followupd_passes_total{result="ok"} 1`,
		`followupd_passes_total{result="error"} 0`,
		`followupd_messages_scanned_total 12`,
		`followupd_interviews{status="scheduled"} 2`,
		`followupd_interviews{status="cancelled"} 1`,
		`followupd_drafts_written_total 1`,
		`followupd_errors_total{kind="temporary"} 0`,
		`followupd_errors_total{kind="permanent"} 0`,
		`followupd_errors_total{kind="panic"} 0`,
		`followupd_pass_duration_seconds_count 1`,
	} {
		if !strings.Contains(body, want+"\n") {
			t.Errorf("/metrics lacks %q", want)
		}
	}

	// The feed is refreshed 15 minutes after it was fetched, before the
	// draft due tomorrow.
	for r.clock.Now().Before(t0.Add(15 * time.Minute)) {
		d := r.clock.waitTimer(t, mark)
		mark = r.clock.mark()
		r.passes.none(t)
		r.clock.Advance(d)
	}
	if c := r.passes.next(t); !c.opts.Now.Equal(t0.Add(15 * time.Minute)) {
		t.Errorf("feed refresh pass at %s", c.opts.Now)
	} else {
		c.ok(nil)
	}
}

// TestLocalHostOnly: a request for another name (DNS rebinding from a web
// page) gets 421 and no data; requests for this machine are answered.
func TestLocalHostOnly(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("data")) })
	tests := []struct {
		listen, host string
		want         int
	}{
		{"127.0.0.1:9464", "127.0.0.1:9464", http.StatusOK},
		{"127.0.0.1:9464", "localhost:9464", http.StatusOK},
		{"127.0.0.1:9464", "LOCALHOST", http.StatusOK},
		{"[::1]:9464", "[::1]:9464", http.StatusOK},
		{"127.0.0.1:9464", "127.0.0.2:9464", http.StatusOK},
		{"192.168.1.5:9464", "192.168.1.5:9464", http.StatusOK},
		{"127.0.0.1:9464", "attacker.example:9464", http.StatusMisdirectedRequest},
		{"127.0.0.1:9464", "attacker.example", http.StatusMisdirectedRequest},
		{"127.0.0.1:9464", "", http.StatusMisdirectedRequest},
		{"127.0.0.1:9464", "192.168.1.5:9464", http.StatusMisdirectedRequest},
	}
	for _, tc := range tests {
		t.Run(tc.listen+" "+tc.host, func(t *testing.T) {
			req := httptest.NewRequest("GET", "/healthz", nil)
			req.Host = tc.host
			rec := httptest.NewRecorder()
			LocalHostOnly(tc.listen, ok).ServeHTTP(rec, req)
			if rec.Code != tc.want {
				t.Errorf("status %d, want %d", rec.Code, tc.want)
			}
			if tc.want != http.StatusOK && strings.Contains(rec.Body.String(), "data") {
				t.Errorf("refused request got the data: %q", rec.Body.String())
			}
		})
	}
}
