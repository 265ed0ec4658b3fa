package calendar

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	feedNow  = time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	feedThen = feedNow.Add(-time.Hour)

	feedCal  = feedICS("Interview with Acme")
	feedCal2 = feedICS("Interview with Acme (moved)")
)

func feedICS(summary string) []byte {
	return ics(
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//followupd//feed test//EN",
		"BEGIN:VEVENT",
		"UID:interview-1@acme.example",
		"DTSTAMP:20250101T000000Z",
		"DTSTART:20250310T140000Z",
		"DTEND:20250310T150000Z",
		"SUMMARY:"+summary,
		"END:VEVENT",
		"END:VCALENDAR",
	)
}

// feedGood is a state after an earlier good fetch, to see that failures keep it.
func feedGood() FeedState {
	return FeedState{
		ETag:         `"old"`,
		LastModified: "Sat, 01 Feb 2025 10:00:00 GMT",
		Body:         feedCal,
		FetchedAt:    feedThen,
		GoodAt:       feedThen,
	}
}

func gzipped(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// wantKept checks the contract of a failed fetch: prev comes back with
// only FetchedAt and Err changed.
func wantKept(t *testing.T, got FeedState, changed bool, err error, prev FeedState) {
	t.Helper()
	if err == nil {
		t.Fatal("no error")
	}
	t.Logf("error: %v", err)
	if changed {
		t.Error("changed = true on failure")
	}
	if !bytes.Equal(got.Body, prev.Body) || got.ETag != prev.ETag || got.LastModified != prev.LastModified {
		t.Errorf("last good copy not kept: ETag %q, LastModified %q, %d bytes", got.ETag, got.LastModified, len(got.Body))
	}
	if !got.GoodAt.Equal(prev.GoodAt) {
		t.Errorf("GoodAt = %v, want %v", got.GoodAt, prev.GoodAt)
	}
	if !got.FetchedAt.Equal(feedNow) {
		t.Errorf("FetchedAt = %v, want %v", got.FetchedAt, feedNow)
	}
	if got.Err != err.Error() {
		t.Errorf("Err = %q, want %q", got.Err, err.Error())
	}
}

// wantGood checks the contract of a successful fetch.
func wantGood(t *testing.T, got FeedState, err error, body []byte) {
	t.Helper()
	if err != nil {
		t.Fatalf("error: %v", err)
	}
	if !bytes.Equal(got.Body, body) {
		t.Errorf("Body = %q, want %q", got.Body, body)
	}
	if !got.FetchedAt.Equal(feedNow) || !got.GoodAt.Equal(feedNow) {
		t.Errorf("FetchedAt %v, GoodAt %v, want both %v", got.FetchedAt, got.GoodAt, feedNow)
	}
	if got.Err != "" {
		t.Errorf("Err = %q, want empty", got.Err)
	}
}

// versionedFeed serves feedCal, then feedCal2 from the second request on
// when change is set, with validators that follow the version, and
// answers conditional requests as RFC 7232 §3 and §6 say.
type versionedFeed struct {
	etag, lastModified string
	change             bool

	mu   sync.Mutex
	reqs []http.Header
}

func (f *versionedFeed) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.reqs = append(f.reqs, r.Header.Clone())
	v := 0
	if f.change && len(f.reqs) > 1 {
		v = 1
	}
	f.mu.Unlock()
	body, etag, lm := feedCal, f.etag, f.lastModified
	if v == 1 {
		body = feedCal2
		if etag != "" {
			etag = strings.TrimSuffix(etag, `"`) + `-2"`
		}
		if lm != "" {
			lm = "Sun, 02 Mar 2025 09:00:00 GMT"
		}
	}
	if etag != "" {
		w.Header().Set("ETag", etag)
	}
	if lm != "" {
		w.Header().Set("Last-Modified", lm)
	}
	// RFC 7232 §6: If-None-Match decides when present; If-Modified-Since
	// only otherwise.
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		if etag != "" && inm == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	} else if ims := r.Header.Get("If-Modified-Since"); ims != "" && lm != "" && ims == lm {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", "text/calendar; charset=utf-8")
	w.Write(body)
}

func TestFetchConditional(t *testing.T) {
	const lm = "Sat, 01 Mar 2025 08:00:00 GMT"
	tests := []struct {
		name               string
		etag, lastModified string
		change             bool
		wantChanged        bool
		wantINM, wantIMS   string // conditional headers of the second request
		wantBody           []byte
	}{
		{"etag", `"v1"`, "", false, false, `"v1"`, "", feedCal},
		{"weak etag", `W/"v1"`, "", false, false, `W/"v1"`, "", feedCal},
		{"last-modified only", "", lm, false, false, "", lm, feedCal},
		{"etag and last-modified", `"v1"`, lm, false, false, `"v1"`, lm, feedCal},
		{"no validators, same body", "", "", false, false, "", "", feedCal},
		{"etag, changed", `"v1"`, "", true, true, `"v1"`, "", feedCal2},
		{"last-modified, changed", "", lm, true, true, "", lm, feedCal2},
		{"no validators, changed", "", "", true, true, "", "", feedCal2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := &versionedFeed{etag: tc.etag, lastModified: tc.lastModified, change: tc.change}
			srv := httptest.NewServer(h)
			defer srv.Close()
			src := Source{Name: "work", URL: srv.URL + "/cal.ics"}

			first, changed, err := Fetch(context.Background(), nil, src, FeedState{}, feedThen)
			if err != nil || !changed {
				t.Fatalf("first fetch: changed %v, err %v", changed, err)
			}
			if first.ETag != tc.etag || first.LastModified != tc.lastModified {
				t.Errorf("first validators %q %q, want %q %q", first.ETag, first.LastModified, tc.etag, tc.lastModified)
			}
			second, changed, err := Fetch(context.Background(), nil, src, first, feedNow)
			wantGood(t, second, err, tc.wantBody)
			if changed != tc.wantChanged {
				t.Errorf("second fetch changed = %v, want %v", changed, tc.wantChanged)
			}

			h.mu.Lock()
			defer h.mu.Unlock()
			if len(h.reqs) != 2 {
				t.Fatalf("%d requests, want 2", len(h.reqs))
			}
			req1, req2 := h.reqs[0], h.reqs[1]
			if req1.Get("If-None-Match") != "" || req1.Get("If-Modified-Since") != "" {
				t.Errorf("first request was conditional: %v", req1)
			}
			if got := req1.Get("User-Agent"); got != userAgent {
				t.Errorf("User-Agent = %q", got)
			}
			if got := req1.Get("Accept"); got != "text/calendar, */*;q=0.5" {
				t.Errorf("Accept = %q", got)
			}
			if got := req2.Get("If-None-Match"); got != tc.wantINM {
				t.Errorf("If-None-Match = %q, want %q", got, tc.wantINM)
			}
			if got := req2.Get("If-Modified-Since"); got != tc.wantIMS {
				t.Errorf("If-Modified-Since = %q, want %q", got, tc.wantIMS)
			}
		})
	}
}

func TestFetchConditionalNeedsCopy(t *testing.T) {
	// A state with validators but no body (lost, or cleared by the
	// caller) must not ask for a 304 it could not use.
	h := &versionedFeed{etag: `"v1"`}
	srv := httptest.NewServer(h)
	defer srv.Close()
	got, changed, err := Fetch(context.Background(), nil, Source{Name: "work", URL: srv.URL}, FeedState{ETag: `"v1"`}, feedNow)
	wantGood(t, got, err, feedCal)
	if !changed {
		t.Error("changed = false")
	}
	if inm := h.reqs[0].Get("If-None-Match"); inm != "" {
		t.Errorf("If-None-Match %q sent without a copy", inm)
	}
}

func TestFetchNotModifiedRefreshesValidators(t *testing.T) {
	// RFC 9111 §4.3.4: the 304's validators replace the stored ones.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"new"`)
		w.WriteHeader(http.StatusNotModified)
	}))
	defer srv.Close()
	prev := feedGood()
	got, changed, err := Fetch(context.Background(), nil, Source{Name: "work", URL: srv.URL}, prev, feedNow)
	wantGood(t, got, err, prev.Body)
	if changed {
		t.Error("changed = true on 304")
	}
	if got.ETag != `"new"` || got.LastModified != prev.LastModified {
		t.Errorf("validators %q %q", got.ETag, got.LastModified)
	}
}

func TestFetchBodies(t *testing.T) {
	noCompression := func(srv *httptest.Server) *http.Client {
		c := NewHTTPClient()
		c.Transport.(*http.Transport).DisableCompression = true
		return c
	}
	tests := []struct {
		name     string
		handler  http.HandlerFunc
		client   func(*httptest.Server) *http.Client
		wantBody []byte
	}{
		{
			name: "plain",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/calendar")
				w.Write(feedCal)
			},
			wantBody: feedCal,
		},
		{
			name: "gzip asked for by the transport",
			handler: func(w http.ResponseWriter, r *http.Request) {
				if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
					http.Error(w, "gzip expected", http.StatusBadRequest)
					return
				}
				w.Header().Set("Content-Encoding", "gzip")
				w.Write(gzipped(t, feedCal))
			},
			wantBody: feedCal,
		},
		{
			name: "gzip sent unasked",
			handler: func(w http.ResponseWriter, r *http.Request) {
				if ae := r.Header.Get("Accept-Encoding"); ae != "" {
					http.Error(w, "Accept-Encoding "+ae, http.StatusBadRequest)
					return
				}
				w.Header().Set("Content-Encoding", "x-gzip")
				w.Write(gzipped(t, feedCal))
			},
			client:   noCompression,
			wantBody: feedCal,
		},
		{
			name: "BOM and blank lines first",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Write(append([]byte("\xef\xbb\xbf\r\n  \n"), feedCal...))
			},
			wantBody: append([]byte("\xef\xbb\xbf\r\n  \n"), feedCal...),
		},
		{
			name: "lower-case markers, LF line ends",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Write(bytes.ReplaceAll(bytes.ToLower(feedCal), []byte("\r\n"), []byte("\n")))
			},
			wantBody: bytes.ReplaceAll(bytes.ToLower(feedCal), []byte("\r\n"), []byte("\n")),
		},
		{
			// Some static hosts label every unknown extension text/html.
			name: "calendar served as text/html",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				w.Write(feedCal)
			},
			wantBody: feedCal,
		},
		{
			name: "203 from a proxy",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(http.StatusNonAuthoritativeInfo)
				w.Write(feedCal)
			},
			wantBody: feedCal,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(tc.handler)
			defer srv.Close()
			var client *http.Client
			if tc.client != nil {
				client = tc.client(srv)
			}
			got, changed, err := Fetch(context.Background(), client, Source{Name: "work", URL: srv.URL}, FeedState{}, feedNow)
			wantGood(t, got, err, tc.wantBody)
			if !changed {
				t.Error("changed = false on a first fetch")
			}
		})
	}
}

func TestFetchFailures(t *testing.T) {
	nested := append([]byte("BEGIN:VCALENDAR\r\n"), bytes.Repeat([]byte("BEGIN:X\r\n"), 20)...)
	nested = append(nested, "END:VCALENDAR\r\n"...)
	big := append(bytes.Clone(feedCal[:len(feedCal)-len("END:VCALENDAR\r\n")]),
		"X-PAD:"+strings.Repeat("x", 5000)+"\r\nEND:VCALENDAR\r\n"...)
	body := func(ctype string, data []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if ctype != "" {
				w.Header().Set("Content-Type", ctype)
			}
			w.Write(data)
		}
	}
	tests := []struct {
		name     string
		handler  http.HandlerFunc
		maxSize  int64
		is       error
		status   int // StatusError.Code, when one is wanted
		contains string
	}{
		{
			name:     "500",
			handler:  func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", 500) },
			status:   500,
			contains: "feed work: HTTP 500 Internal Server Error",
		},
		{
			name: "503",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Retry-After", "120")
				http.Error(w, "later", 503)
			},
			status:   503,
			contains: "feed work: HTTP 503 Service Unavailable",
		},
		{
			name:     "404",
			handler:  http.NotFound,
			status:   404,
			contains: "feed work: HTTP 404 Not Found",
		},
		{
			name: "401 without credentials",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("WWW-Authenticate", `Basic realm="cal"`)
				http.Error(w, "no", 401)
			},
			status:   401,
			contains: "HTTP 401 Unauthorized (the feed needs a username and password)",
		},
		{
			name:     "HTML login page",
			handler:  body("text/html; charset=utf-8", []byte("<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><form>...</form></body></html>\n")),
			is:       ErrHTMLPage,
			contains: "feed work: got an HTML page, not a calendar (a login page?)",
		},
		{
			name:    "HTML labelled as a calendar",
			handler: body("text/calendar", []byte("\n<html><body>Session expired</body></html>")),
			is:      ErrHTMLPage,
		},
		{
			name:     "truncated",
			handler:  body("text/calendar", feedCal[:len(feedCal)-30]),
			is:       ErrTruncated,
			contains: "feed work: truncated calendar: no END:VCALENDAR",
		},
		{
			name:     "garbage",
			handler:  body("text/plain", []byte("hello, this is not a calendar")),
			is:       ErrNotCalendar,
			contains: `starts with "hello, this is not a calendar"`,
		},
		{
			name:     "JSON error",
			handler:  body("application/json", []byte(`{"error":"invalid token","detail":"`+strings.Repeat("x", 100)+`"}`)),
			is:       ErrNotCalendar,
			contains: `starts with "{\"error\":\"invalid token\"`,
		},
		{
			name:     "empty",
			handler:  body("text/calendar", nil),
			is:       ErrNotCalendar,
			contains: "the body is empty",
		},
		{
			name:     "not parseable",
			handler:  body("text/calendar", nested),
			contains: "parse calendar: components nested deeper than 16",
		},
		{
			name: "Content-Length over MaxSize",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Length", "5280")
				w.Write(big[:5280])
			},
			maxSize:  1000,
			is:       ErrFeedTooLarge,
			contains: "the server announces 5280 bytes, the limit is 1000 bytes",
		},
		{
			name: "chunked over MaxSize",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Write(big[:500])
				w.(http.Flusher).Flush()
				w.Write(big[500:])
			},
			maxSize:  1000,
			is:       ErrFeedTooLarge,
			contains: "the body is over 1000 bytes",
		},
		{
			name: "gzip over MaxSize once decoded",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Encoding", "gzip")
				w.Write(gzipped(t, big))
			},
			maxSize:  1000,
			is:       ErrFeedTooLarge,
			contains: "the body is over 1000 bytes",
		},
		{
			name: "unknown content coding",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Encoding", "br")
				w.Write([]byte{0x1b, 0x2f})
			},
			contains: `unsupported Content-Encoding "br"`,
		},
		{
			name: "broken gzip",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Encoding", "gzip")
				w.Write(gzipped(t, feedCal)[:40])
			},
			contains: "unexpected EOF",
		},
		{
			name: "connection closed mid-body",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Length", "5000")
				w.Write(feedCal[:100])
			},
			contains: "read body after 100 bytes: unexpected EOF",
		},
		{
			name: "connection closed before an answer",
			handler: func(w http.ResponseWriter, r *http.Request) {
				conn, _, err := w.(http.Hijacker).Hijack()
				if err == nil {
					conn.Close()
				}
			},
			contains: "feed work: GET 127.0.0.1:",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(tc.handler)
			defer srv.Close()
			prev := feedGood()
			// A body the server never sends, so that no case is the
			// "same body again" one.
			prev.Body = feedCal2
			src := Source{Name: "work", URL: srv.URL + "/cal.ics", MaxSize: tc.maxSize}
			got, changed, err := Fetch(context.Background(), nil, src, prev, feedNow)
			wantKept(t, got, changed, err, prev)
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("error %v is not %v", err, tc.is)
			}
			if tc.status != 0 {
				var serr *StatusError
				if !errors.As(err, &serr) || serr.Code != tc.status {
					t.Errorf("error %v is not a StatusError %d", err, tc.status)
				}
			}
			if !strings.Contains(err.Error(), tc.contains) {
				t.Errorf("error %q does not contain %q", err, tc.contains)
			}
		})
	}
}

func TestFeedStatusError(t *testing.T) {
	tests := []struct {
		name       string
		code       int
		retryAfter string
		wantText   string
		temporary  bool
		wantWait   time.Duration
	}{
		{"server error", 500, "", "HTTP 500 Internal Server Error", true, 0},
		{"unavailable, seconds", 503, "120", "HTTP 503 Service Unavailable", true, 2 * time.Minute},
		{"rate limited, date", 429, feedNow.Add(90 * time.Second).Format(http.TimeFormat), "HTTP 429 Too Many Requests", true, 90 * time.Second},
		{"unavailable, date passed", 503, feedThen.Format(http.TimeFormat), "HTTP 503 Service Unavailable", true, 0},
		{"unavailable, nonsense", 503, "soon", "HTTP 503 Service Unavailable", true, 0},
		{"not found", 404, "", "HTTP 404 Not Found", false, 0},
		{"gone", 410, "", "HTTP 410 Gone", false, 0},
		{"forbidden", 403, "", "HTTP 403 Forbidden", false, 0},
		{"unknown code", 599, "", "HTTP 599", true, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp := &http.Response{StatusCode: tc.code, Header: http.Header{}}
			if tc.retryAfter != "" {
				resp.Header.Set("Retry-After", tc.retryAfter)
			}
			var serr *StatusError
			if !errors.As(statusError(resp, Source{}, feedNow), &serr) {
				t.Fatal("not a StatusError")
			}
			if serr.Error() != tc.wantText {
				t.Errorf("Error() = %q, want %q", serr.Error(), tc.wantText)
			}
			if serr.Temporary() != tc.temporary {
				t.Errorf("Temporary() = %v, want %v", serr.Temporary(), tc.temporary)
			}
			if serr.RetryAfter != tc.wantWait {
				t.Errorf("RetryAfter = %v, want %v", serr.RetryAfter, tc.wantWait)
			}
		})
	}
}

func TestFeedResolveURL(t *testing.T) {
	tests := []struct {
		name     string
		raw      string
		wantURL  string
		wantPath string
		wantErr  string
	}{
		{"https", "https://cal.example/u/feed.ics", "https://cal.example/u/feed.ics", "", ""},
		{"http", "http://127.0.0.1:5232/ann/cal/", "http://127.0.0.1:5232/ann/cal/", "", ""},
		{"webcal", "webcal://p01-caldav.icloud.com/published/2/abc", "https://p01-caldav.icloud.com/published/2/abc", "", ""},
		{"webcals", "webcals://cal.example/feed.ics", "https://cal.example/feed.ics", "", ""},
		{"webcal upper-case, port and query", "WEBCAL://cal.example:8443/f.ics?token=a%2Fb", "https://cal.example:8443/f.ics?token=a%2Fb", "", ""},
		{"HTTPS upper-case", "HTTPS://cal.example/f.ics", "https://cal.example/f.ics", "", ""},
		{"spaces around", "  https://cal.example/f.ics\n", "https://cal.example/f.ics", "", ""},
		{"file URL", "file:///home/ann/cal.ics", "", "/home/ann/cal.ics", ""},
		{"file URL localhost", "file://localhost/home/ann/cal.ics", "", "/home/ann/cal.ics", ""},
		{"file URL escaped", "file:///home/ann/my%20cal.ics", "", "/home/ann/my cal.ics", ""},
		{"file URL one slash", "file:/home/ann/cal.ics", "", "/home/ann/cal.ics", ""},
		{"file URL relative", "file:cal.ics", "", "cal.ics", ""},
		{"absolute path", "/home/ann/cal.ics", "", "/home/ann/cal.ics", ""},
		{"relative path", "exports/cal.ics", "", "exports/cal.ics", ""},
		{"windows path", `C:\Users\ann\cal.ics`, "", `C:\Users\ann\cal.ics`, ""},
		{"path with a colon-slash-slash", "/data/odd://name.ics", "", "/data/odd://name.ics", ""},
		{"file URL on another host", "file://nas/share/cal.ics", "", "", "names another host"},
		{"ftp", "ftp://cal.example/f.ics", "", "", `unsupported URL scheme "ftp"`},
		{"no host", "https:///f.ics", "", "", "no host"},
		{"bad escape", "https://cal.example/%zz", "", "", "invalid URL"},
		{"empty", "  ", "", "", "no URL or path configured"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			gotURL, gotPath, err := resolveURL(tc.raw)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v", err)
			}
			if gotURL != tc.wantURL || gotPath != tc.wantPath {
				t.Errorf("got URL %q path %q, want %q %q", gotURL, gotPath, tc.wantURL, tc.wantPath)
			}
		})
	}
}

func TestFetchErrorsHideSecrets(t *testing.T) {
	// Secret links (Google's private address, Nextcloud share tokens)
	// carry the secret in the path or the userinfo: errors and the saved
	// state name only the host.
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	gone := httptest.NewServer(http.NotFoundHandler())
	goneURL, goneHost := gone.URL, gone.Listener.Addr().String()
	gone.Close()
	const token = "private-0123456789abcdef"
	tests := []struct {
		name      string
		url       string
		wantLabel string
	}{
		{"token in the path", srv.URL + "/calendar/ical/ann/" + token + "/basic.ics", "feed " + srv.Listener.Addr().String() + ":"},
		{"password in the URL", strings.Replace(srv.URL, "http://", "http://ann:"+token+"@", 1) + "/cal.ics", "feed " + srv.Listener.Addr().String() + ":"},
		{"token in a URL that does not parse", "https://cal.example/" + token + "/%zz", "feed (invalid URL):"},
		{"server gone", goneURL + "/" + token + "/basic.ics", "feed " + goneHost + ": GET " + goneHost + ": dial tcp"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _, err := Fetch(context.Background(), nil, Source{URL: tc.url}, FeedState{}, feedNow)
			if err == nil {
				t.Fatal("no error")
			}
			t.Logf("error: %v", err)
			if !strings.HasPrefix(err.Error(), tc.wantLabel) {
				t.Errorf("error %q does not start with %q", err, tc.wantLabel)
			}
			if strings.Contains(err.Error(), token) {
				t.Errorf("error %q shows the token", err)
			}
			if got.Err != err.Error() {
				t.Errorf("Err = %q", got.Err)
			}
		})
	}
}

func BenchmarkFetchNotModified(b *testing.B) {
	h := &versionedFeed{etag: `"v1"`}
	srv := httptest.NewServer(h)
	defer srv.Close()
	src := Source{Name: "work", URL: srv.URL + "/cal.ics"}
	client := NewHTTPClient()
	st, _, err := Fetch(context.Background(), client, src, FeedState{}, feedNow)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		h.mu.Lock()
		h.reqs = h.reqs[:0]
		h.mu.Unlock()
		next, changed, err := Fetch(context.Background(), client, src, st, feedNow)
		if err != nil || changed {
			b.Fatalf("changed %v, err %v", changed, err)
		}
		st = next
	}
}
