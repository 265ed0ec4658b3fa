package calendar

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// redirectChain answers /r/N with a redirect to /r/N-1, and /r/0 with the
// calendar, so that /r/N is N redirects away from it.
func redirectChain(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/r/"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if n > 0 {
		http.Redirect(w, r, fmt.Sprintf("/r/%d", n-1), http.StatusFound)
		return
	}
	w.Write(feedCal)
}

func TestFetchRedirects(t *testing.T) {
	plain := httptest.NewServer(http.HandlerFunc(redirectChain))
	defer plain.Close()
	tlsSrv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/down":
			http.Redirect(w, r, plain.URL+"/r/0", http.StatusMovedPermanently)
		case "/down-later":
			http.Redirect(w, r, "/down", http.StatusFound)
		default:
			redirectChain(w, r)
		}
	}))
	defer tlsSrv.Close()
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, tlsSrv.URL+"/r/0", http.StatusMovedPermanently)
	}))
	defer up.Close()

	// Ours, trusting the test CA.
	ours := NewHTTPClient()
	ours.Transport = tlsSrv.Client().Transport

	tests := []struct {
		name    string
		client  *http.Client
		url     string
		wantErr string
	}{
		{"one redirect", nil, plain.URL + "/r/1", ""},
		{"five redirects", nil, plain.URL + "/r/5", ""},
		{"six redirects", nil, plain.URL + "/r/6", "stopped after 5 redirects"},
		{"six redirects over TLS", ours, tlsSrv.URL + "/r/6", "stopped after 5 redirects"},
		{"https to http", ours, tlsSrv.URL + "/down", "refusing a redirect from https to http"},
		{"https to https to http", ours, tlsSrv.URL + "/down-later", "refusing a redirect from https to http"},
		{"http to https", ours, up.URL + "/", ""},
		// httptest's client has no CheckRedirect of its own: Fetch
		// brings the policy to it.
		{"https to http, client without a policy", tlsSrv.Client(), tlsSrv.URL + "/down", "refusing a redirect from https to http"},
		{"six redirects, client without a policy", tlsSrv.Client(), tlsSrv.URL + "/r/6", "stopped after 5 redirects"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			prev := feedGood()
			got, changed, err := Fetch(context.Background(), tc.client, Source{Name: "work", URL: tc.url}, prev, feedNow)
			if tc.wantErr == "" {
				wantGood(t, got, err, feedCal)
				if changed {
					t.Error("changed = true for the same body")
				}
				return
			}
			wantKept(t, got, changed, err, prev)
			if !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("error %q does not contain %q", err, tc.wantErr)
			}
		})
	}
}

func TestFetchKeepsCallerRedirectPolicy(t *testing.T) {
	// A client with its own CheckRedirect is the caller's choice.
	srv := httptest.NewServer(http.HandlerFunc(redirectChain))
	defer srv.Close()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	_, _, err := Fetch(context.Background(), client, Source{Name: "work", URL: srv.URL + "/r/1"}, FeedState{}, feedNow)
	var serr *StatusError
	if !errors.As(err, &serr) || serr.Code != http.StatusFound {
		t.Fatalf("err = %v, want HTTP 302 from the caller's policy", err)
	}
}

func TestFetchBasicAuth(t *testing.T) {
	const user, secret = "ann", "s3cret-Pa55"
	tests := []struct {
		name         string
		username     string
		password     func(context.Context) (string, error)
		wantErr      string
		wantRequests int
		wantAuth     bool // an Authorization header was sent
	}{
		{
			name:         "right password",
			username:     user,
			password:     func(context.Context) (string, error) { return secret, nil },
			wantRequests: 1,
			wantAuth:     true,
		},
		{
			name:         "wrong password",
			username:     user,
			password:     func(context.Context) (string, error) { return "wrong-" + secret, nil },
			wantErr:      "feed work: HTTP 401 Unauthorized (wrong username or password?)",
			wantRequests: 1,
			wantAuth:     true,
		},
		{
			name:         "username without a password",
			username:     user,
			wantErr:      "HTTP 401 Unauthorized (wrong username or password?)",
			wantRequests: 1,
			wantAuth:     true,
		},
		{
			name:     "password command fails",
			username: user,
			password: func(context.Context) (string, error) {
				return "", errors.New("secret-tool: no such secret")
			},
			wantErr:      "feed work: password: secret-tool: no such secret",
			wantRequests: 0,
		},
		{
			name:         "no username, no auth",
			password:     func(context.Context) (string, error) { return secret, nil },
			wantErr:      "HTTP 401 Unauthorized (the feed needs a username and password)",
			wantRequests: 1,
			wantAuth:     false,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var requests, withAuth atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				requests.Add(1)
				if _, ok := r.Header["Authorization"]; ok {
					withAuth.Add(1)
				}
				if u, p, ok := r.BasicAuth(); !ok || u != user || p != secret {
					w.Header().Set("WWW-Authenticate", `Basic realm="Radicale"`)
					http.Error(w, "Access to the requested resource forbidden.", http.StatusUnauthorized)
					return
				}
				w.Write(feedCal)
			}))
			defer srv.Close()

			var calls atomic.Int32
			src := Source{Name: "work", URL: srv.URL + "/ann/calendar.ics/", Username: tc.username}
			if tc.password != nil {
				src.Password = func(ctx context.Context) (string, error) {
					calls.Add(1)
					return tc.password(ctx)
				}
			}
			prev := feedGood()
			prev.Body = feedCal2
			got, changed, err := Fetch(context.Background(), nil, src, prev, feedNow)
			if tc.wantErr == "" {
				wantGood(t, got, err, feedCal)
				if !changed {
					t.Error("changed = false")
				}
			} else {
				wantKept(t, got, changed, err, prev)
				if !strings.Contains(err.Error(), tc.wantErr) {
					t.Errorf("error %q does not contain %q", err, tc.wantErr)
				}
				if strings.Contains(err.Error(), secret) {
					t.Errorf("error %q shows the password", err)
				}
			}
			if n := int(requests.Load()); n != tc.wantRequests {
				t.Errorf("%d requests, want %d", n, tc.wantRequests)
			}
			if got := withAuth.Load() > 0; got != tc.wantAuth {
				t.Errorf("Authorization sent = %v, want %v", got, tc.wantAuth)
			}
			wantCalls := int32(0)
			if tc.username != "" && tc.password != nil {
				wantCalls = 1
			}
			if calls.Load() != wantCalls {
				t.Errorf("password func called %d times, want %d", calls.Load(), wantCalls)
			}
		})
	}
}

func TestFetchContext(t *testing.T) {
	tests := []struct {
		name    string
		timeout time.Duration
		// partial writes part of the body before the handler blocks.
		partial bool
		// password blocks until the fetch's context ends.
		password bool
		// cancelAt cancels the caller's context when the request arrives;
		// cancelBefore, before Fetch is called.
		cancelAt, cancelBefore bool
		is                     error
		contains               string
		wantRequests           int32
	}{
		{name: "timeout before the headers", timeout: 50 * time.Millisecond, is: context.DeadlineExceeded, contains: "timed out after 50ms", wantRequests: 1},
		{name: "timeout during the body", timeout: 50 * time.Millisecond, partial: true, is: context.DeadlineExceeded, contains: "timed out after 50ms", wantRequests: 1},
		{name: "timeout in the password command", timeout: 50 * time.Millisecond, password: true, is: context.DeadlineExceeded, contains: "password: timed out after 50ms"},
		{name: "cancelled by the caller", cancelAt: true, is: context.Canceled, contains: "context canceled", wantRequests: 1},
		{name: "cancelled before the start", cancelBefore: true, is: context.Canceled, contains: "feed work: context canceled"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arrived := make(chan struct{}, 1)
			release := make(chan struct{})
			var requests atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				requests.Add(1)
				if tc.partial {
					w.Header().Set("Content-Length", strconv.Itoa(len(feedCal)))
					w.Write(feedCal[:50])
					w.(http.Flusher).Flush()
				}
				arrived <- struct{}{}
				select {
				case <-r.Context().Done():
				case <-release:
				}
			}))
			defer srv.Close()
			defer close(release) // before srv.Close, which waits for handlers

			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tc.cancelBefore {
				cancel()
			}
			if tc.cancelAt {
				go func() {
					<-arrived
					cancel()
				}()
			}
			src := Source{Name: "work", URL: srv.URL, Timeout: tc.timeout}
			if tc.password {
				src.Username = "ann"
				src.Password = func(ctx context.Context) (string, error) {
					<-ctx.Done()
					return "", context.Cause(ctx)
				}
			}
			prev := feedGood()
			got, changed, err := Fetch(ctx, nil, src, prev, feedNow)
			wantKept(t, got, changed, err, prev)
			if !errors.Is(err, tc.is) {
				t.Errorf("error %v is not %v", err, tc.is)
			}
			if !strings.Contains(err.Error(), tc.contains) {
				t.Errorf("error %q does not contain %q", err, tc.contains)
			}
			if n := requests.Load(); n != tc.wantRequests {
				t.Errorf("%d requests, want %d", n, tc.wantRequests)
			}
		})
	}
}
