package daemon

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/followupd/followupd/rules"
)

// minHealthWindow is the least time a source may go without a sync before
// /healthz calls it stale: a poll interval of one minute would otherwise
// make a server restart that takes a few minutes look like an outage.
const minHealthWindow = 15 * time.Minute

// Health is what /healthz reports: when each source (every watched mailbox,
// every calendar feed) last synced, the last error, and the next draft.
// The loop updates it; the HTTP handler reads it from another goroutine.
type Health struct {
	clock Clock

	mu        sync.Mutex
	sources   []*sourceHealth
	lastPass  passHealth
	lastError errorHealth
	next      *rules.Item
}

type sourceHealth struct {
	kind, name string
	window     time.Duration // stale after this long without a sync
	lastSync   time.Time
	lastError  string
}

type passHealth struct {
	at       time.Time
	err      string
	duration time.Duration
}

type errorHealth struct {
	at     time.Time
	source string
	err    string
}

// NewHealth reports against clock, the loop's: a source synced at a pass's
// "now" is judged by the same clock.
func NewHealth(clock Clock) *Health {
	if clock == nil {
		clock = SystemClock()
	}
	return &Health{clock: clock}
}

// configure sets the sources to report on, keeping what is known of the
// ones that stay (a reload changes the list).
func (h *Health) configure(mailboxes []string, feeds []Feed, poll time.Duration) {
	if h == nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	old := map[string]*sourceHealth{}
	for _, s := range h.sources {
		old[s.kind+"\x00"+s.name] = s
	}
	var next []*sourceHealth
	add := func(kind, name string, window time.Duration) {
		s := old[kind+"\x00"+name]
		if s == nil {
			s = &sourceHealth{kind: kind, name: name}
		}
		s.window = window
		next = append(next, s)
	}
	for _, mb := range mailboxes {
		add("mailbox", mb, max(3*poll, minHealthWindow))
	}
	for _, f := range feeds {
		add("feed", f.Source.Name, 3*f.Refresh)
	}
	h.sources = next
}

// passDone records a pass. A successful pass synced every mailbox; feeds
// report their own state because a pass keeps going when a feed fails.
func (h *Health) passDone(at time.Time, took time.Duration, res *Result, err error, feeds map[string]feedHealth) {
	if h == nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.lastPass = passHealth{at: at, duration: took}
	if err != nil {
		h.lastPass.err = err.Error()
		h.lastError = errorHealth{at: at, source: "pass", err: err.Error()}
	}
	for _, s := range h.sources {
		switch {
		case s.kind == "mailbox" && err == nil:
			s.lastSync, s.lastError = at, ""
		case s.kind == "feed":
			if f, ok := feeds[s.name]; ok {
				s.lastSync, s.lastError = f.goodAt, f.err
				if f.err != "" && f.fetchedAt.After(h.lastError.at) {
					h.lastError = errorHealth{at: f.fetchedAt, source: "feed " + s.name, err: f.err}
				}
			}
		}
	}
	if res != nil && err == nil {
		h.next = nextDraft(res.Plan, at)
	}
}

// feedHealth is a feed's state as the store has it after a pass.
type feedHealth struct {
	fetchedAt, goodAt time.Time
	err               string
}

// watchOK records that the watcher of mailbox found it unchanged, which
// proves it in sync as long as the last pass synced it: IDLE would have
// said otherwise.
func (h *Health) watchOK(mailbox string, at time.Time) {
	if h == nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.lastPass.at.IsZero() || h.lastPass.err != "" {
		return
	}
	for _, s := range h.sources {
		if s.kind == "mailbox" && s.name == mailbox {
			s.lastSync, s.lastError = at, ""
		}
	}
}

// watchFailed records a watcher's error against its mailbox.
func (h *Health) watchFailed(mailbox string, at time.Time, err error) {
	if h == nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, s := range h.sources {
		if s.kind == "mailbox" && s.name == mailbox {
			s.lastError = err.Error()
		}
	}
	h.lastError = errorHealth{at: at, source: "mailbox " + mailbox, err: err.Error()}
}

// nextDraft is the first item of plan still to be written after now.
func nextDraft(plan []rules.Item, now time.Time) *rules.Item {
	var next *rules.Item
	for i, it := range plan {
		if (it.Status == rules.StatusScheduled || it.Status == rules.StatusLate) && it.Due.After(now) {
			if next == nil || it.Due.Before(next.Due) {
				next = &plan[i]
			}
		}
	}
	if next == nil {
		return nil
	}
	c := *next
	return &c
}

// The JSON body of /healthz. Field names are a contract with monitoring
// scripts: add fields, never rename them.
type healthJSON struct {
	Status    string         `json:"status"` // "ok" or "unhealthy"
	Problems  []string       `json:"problems,omitempty"`
	Sources   []sourceJSON   `json:"sources"`
	LastPass  *lastPassJSON  `json:"last_pass"`
	LastError *lastErrorJSON `json:"last_error"`
	NextDraft *nextDraftJSON `json:"next_draft"`
}

type sourceJSON struct {
	Kind      string `json:"kind"` // "mailbox" or "feed"
	Name      string `json:"name"`
	LastSync  string `json:"last_sync,omitempty"`
	LastError string `json:"last_error,omitempty"`
}

type lastPassJSON struct {
	At       string  `json:"at"`
	OK       bool    `json:"ok"`
	Error    string  `json:"error,omitempty"`
	Duration float64 `json:"duration_seconds"`
}

type lastErrorJSON struct {
	At     string `json:"at"`
	Source string `json:"source"`
	Error  string `json:"error"`
}

type nextDraftJSON struct {
	Interview string `json:"interview"`
	Company   string `json:"company"`
	Rule      string `json:"rule"`
	Due       string `json:"due"`
}

// report judges every source at now.
func (h *Health) report() (healthJSON, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	now := h.clock.Now()
	r := healthJSON{Status: "ok", Sources: []sourceJSON{}}
	for _, s := range h.sources {
		js := sourceJSON{Kind: s.kind, Name: s.name, LastError: s.lastError}
		switch {
		case s.lastSync.IsZero():
			msg := fmt.Sprintf("%s %s: not synced yet", s.kind, s.name)
			if s.lastError != "" {
				msg += ": " + s.lastError
			}
			r.Problems = append(r.Problems, msg)
		default:
			js.LastSync = s.lastSync.Format(time.RFC3339)
			if age := now.Sub(s.lastSync); age > s.window {
				msg := fmt.Sprintf("%s %s: last synced %s ago (more than %s)", s.kind, s.name, age.Round(time.Second), s.window)
				if s.lastError != "" {
					msg += ": " + s.lastError
				}
				r.Problems = append(r.Problems, msg)
			}
		}
		r.Sources = append(r.Sources, js)
	}
	if !h.lastPass.at.IsZero() {
		r.LastPass = &lastPassJSON{At: h.lastPass.at.Format(time.RFC3339), OK: h.lastPass.err == "",
			Error: h.lastPass.err, Duration: h.lastPass.duration.Seconds()}
	}
	if !h.lastError.at.IsZero() {
		r.LastError = &lastErrorJSON{At: h.lastError.at.Format(time.RFC3339), Source: h.lastError.source, Error: h.lastError.err}
	}
	if h.next != nil {
		r.NextDraft = &nextDraftJSON{Interview: h.next.InterviewID, Company: h.next.Company, Rule: h.next.Rule,
			Due: h.next.Due.Format(time.RFC3339)}
	}
	ok := len(r.Problems) == 0
	if !ok {
		r.Status = "unhealthy"
	}
	return r, ok
}

// ServeHTTP answers 200 when every source synced recently, else 503; the
// body says which did not and why.
func (h *Health) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	r, ok := h.report()
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	if !ok {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(r)
}

// LocalHostOnly answers only requests whose Host names this machine: a
// loopback address, "localhost", or the host of listen. A web page in the
// user's browser can make it reach 127.0.0.1 under a name its attacker
// controls (DNS rebinding) and read the answers, which name the user's
// folders, feeds and employers; such a request carries the attacker's
// name as Host and gets 421 Misdirected Request (RFC 9110 §15.5.20).
func LocalHostOnly(listen string, next http.Handler) http.Handler {
	listenHost, _, err := net.SplitHostPort(listen)
	if err != nil {
		listenHost = listen
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
		host = strings.Trim(strings.ToLower(host), "[]")
		ip := net.ParseIP(host)
		if host == "localhost" || ip != nil && ip.IsLoopback() || host != "" && host == strings.Trim(strings.ToLower(listenHost), "[]") {
			next.ServeHTTP(w, r)
			return
		}
		http.Error(w, "followupd answers only requests for this machine (set http.allow_remote to serve others)", http.StatusMisdirectedRequest)
	})
}

// Handler serves /healthz and /metrics.
func Handler(h *Health, m *Metrics) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /healthz", h)
	mux.Handle("GET /metrics", m.Handler())
	return mux
}
