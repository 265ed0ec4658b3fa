package calendar

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

const (
	userAgent = "followupd/1 (+https://github.com/followupd/followupd)"
	// A server that can only send HTML or JSON still answers with what
	// it has, which checkCalendar then names.
	accept = "text/calendar, */*;q=0.5"

	maxRedirects = 5
	// drainLimit is how much of an unread body is skipped so that the
	// connection can be reused; more costs more than a new connection.
	drainLimit = 64 << 10
)

// StatusError is an HTTP answer other than 200 or 304.
type StatusError struct {
	Code int
	// RetryAfter is the wait a 429 or 503 asked for (RFC 9110 §10.2.3),
	// zero when it gave none.
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	text := http.StatusText(e.Code)
	if text == "" {
		return fmt.Sprintf("HTTP %d", e.Code)
	}
	return fmt.Sprintf("HTTP %d %s", e.Code, text)
}

// Temporary reports whether asking again later may succeed: server errors,
// timeouts and rate limits. 401, 403, 404 and 410 need the user to fix the
// link or the credentials.
func (e *StatusError) Temporary() bool {
	switch e.Code {
	case http.StatusRequestTimeout, http.StatusTooEarly, http.StatusTooManyRequests:
		return true
	}
	return e.Code >= 500
}

// NewHTTPClient returns the client for feeds: it follows at most 5
// redirects, never from https to plain http, and keeps no cookies. The
// transport is Go's default one (proxy from the environment, HTTP/2,
// transparent gzip); timeouts come from each Source.
func NewHTTPClient() *http.Client {
	var t *http.Transport
	if dt, ok := http.DefaultTransport.(*http.Transport); ok {
		t = dt.Clone()
	} else {
		t = &http.Transport{Proxy: http.ProxyFromEnvironment, ForceAttemptHTTP2: true}
	}
	// A feed's headers are small; a megabyte of them is an attack.
	t.MaxResponseHeaderBytes = 64 << 10
	return &http.Client{Transport: t, CheckRedirect: checkRedirect}
}

var defaultClient = sync.OnceValue(NewHTTPClient)

// checkRedirect refuses long chains and any step down from https: a feed
// reached over TLS must not be served, or its credentials sent, in the clear.
// (net/http already drops Authorization on a redirect to another host.)
func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > maxRedirects {
		return fmt.Errorf("stopped after %d redirects", maxRedirects)
	}
	if req.URL.Scheme != "https" {
		for _, r := range via {
			if r.URL.Scheme == "https" {
				return fmt.Errorf("refusing a redirect from https to %s (to %s)", req.URL.Scheme, req.URL.Host)
			}
		}
	}
	return nil
}

// timeoutError is the cause of a fetch's own deadline, so that the error
// says which limit was hit while errors.Is still finds DeadlineExceeded.
type timeoutError struct{ d time.Duration }

func (e *timeoutError) Error() string        { return fmt.Sprintf("timed out after %s", e.d) }
func (e *timeoutError) Is(target error) bool { return target == context.DeadlineExceeded }
func (e *timeoutError) Timeout() bool        { return true }

func fetchHTTP(ctx context.Context, client *http.Client, src Source, rawURL string, prev FeedState, now time.Time) (FeedState, bool, error) {
	if client == nil {
		client = defaultClient()
	}
	if client.CheckRedirect == nil {
		c := *client
		c.CheckRedirect = checkRedirect
		client = &c
	}
	timeout := src.timeout()
	ctx, cancel := context.WithTimeoutCause(ctx, timeout, &timeoutError{timeout})
	defer cancel()

	req, err := newRequest(ctx, src, rawURL, prev)
	if err != nil {
		return FeedState{}, false, err
	}
	resp, err := client.Do(req)
	if err != nil {
		// url.Error would print the whole URL; the host is enough.
		var uerr *url.Error
		if errors.As(err, &uerr) {
			err = uerr.Err
		}
		return FeedState{}, false, fmt.Errorf("GET %s: %w", req.URL.Host, ctxCause(ctx, err))
	}
	defer func() {
		_, _ = io.CopyN(io.Discard, resp.Body, drainLimit)
		resp.Body.Close()
	}()

	switch resp.StatusCode {
	case http.StatusNotModified:
		if len(prev.Body) == 0 {
			// Only possible if the server ignores that no validator was sent.
			return FeedState{}, false, errors.New("HTTP 304 Not Modified, but there is no earlier copy")
		}
		// RFC 9111 §4.3.4: a 304 carries the current validators of the
		// stored response; keep any it sends.
		next := success(prev.Body, prev.ETag, prev.LastModified, now)
		if v := resp.Header.Get("ETag"); v != "" {
			next.ETag = v
		}
		if v := resp.Header.Get("Last-Modified"); v != "" {
			next.LastModified = v
		}
		return next, false, nil
	case http.StatusOK, http.StatusNonAuthoritativeInfo:
	default:
		return FeedState{}, false, statusError(resp, src, now)
	}

	body, err := readBody(ctx, resp, src.maxSize())
	if err != nil {
		return FeedState{}, false, err
	}
	next := success(body, resp.Header.Get("ETag"), resp.Header.Get("Last-Modified"), now)
	if bytes.Equal(body, prev.Body) {
		// A server without validators sends the whole feed every time;
		// the copy was checked when it first came.
		next.Body = prev.Body
		return next, false, nil
	}
	if err := checkCalendar(body, resp.Header.Get("Content-Type")); err != nil {
		return FeedState{}, false, err
	}
	return next, true, nil
}

func newRequest(ctx context.Context, src Source, rawURL string, prev FeedState) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, errors.New("invalid URL") // resolveURL parsed it already
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", accept)
	// Validators only make sense with the copy they validate: without
	// it, a 304 would leave nothing to read.
	if len(prev.Body) > 0 {
		if prev.ETag != "" {
			req.Header.Set("If-None-Match", prev.ETag) // RFC 7232 §3.2
		}
		// RFC 7232 §3.3 and RFC 9110 §13.1.3: send Last-Modified back
		// verbatim, but only an HTTP-date (a file's validator is not one).
		if _, err := http.ParseTime(prev.LastModified); err == nil {
			req.Header.Set("If-Modified-Since", prev.LastModified)
		}
	}
	if src.Username != "" {
		var password string
		if src.Password != nil {
			password, err = src.Password(ctx)
			if err != nil {
				return nil, fmt.Errorf("password: %w", ctxCause(ctx, err))
			}
		}
		req.SetBasicAuth(src.Username, password)
	}
	return req, nil
}

// ctxCause replaces err by the reason the fetch's context ended, if it
// did: "timed out after 30s" says more than "context deadline exceeded"
// or "use of closed network connection".
func ctxCause(ctx context.Context, err error) error {
	if cause := context.Cause(ctx); cause != nil {
		return cause
	}
	return err
}

func statusError(resp *http.Response, src Source, now time.Time) error {
	serr := &StatusError{Code: resp.StatusCode}
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
		serr.RetryAfter = retryAfter(resp.Header.Get("Retry-After"), now)
	}
	switch {
	case resp.StatusCode == http.StatusUnauthorized && src.Username == "":
		return fmt.Errorf("%w (the feed needs a username and password)", serr)
	case resp.StatusCode == http.StatusUnauthorized:
		return fmt.Errorf("%w (wrong username or password?)", serr)
	}
	return serr
}

// retryAfter reads Retry-After: delay-seconds or an HTTP-date
// (RFC 9110 §10.2.3).
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n <= 0 {
			return 0
		}
		return time.Duration(min(n, int64(24*time.Hour/time.Second))) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// readBody reads at most limit bytes of content. Go's transport undoes the
// gzip it asked for itself (resp.Uncompressed); a client that disabled
// that may still get gzip, since a request without Accept-Encoding
// accepts any coding (RFC 9110 §12.5.3), so it is undone here too. The
// cap applies to the decoded bytes, which is what a gzip bomb inflates.
func readBody(ctx context.Context, resp *http.Response, limit int64) ([]byte, error) {
	if resp.ContentLength > limit {
		return nil, fmt.Errorf("%w: the server announces %s, the limit is %s",
			ErrFeedTooLarge, sizeString(resp.ContentLength), sizeString(limit))
	}
	var r io.Reader = resp.Body
	if !resp.Uncompressed {
		switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
		case "", "identity":
		case "gzip", "x-gzip":
			zr, err := gzip.NewReader(resp.Body)
			if err != nil {
				return nil, fmt.Errorf("read gzip body: %w", err)
			}
			defer zr.Close()
			r = zr
		default:
			return nil, fmt.Errorf("unsupported Content-Encoding %q", enc)
		}
	}
	var buf bytes.Buffer
	if r == resp.Body && resp.ContentLength > 0 {
		buf.Grow(int(resp.ContentLength) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, fmt.Errorf("read body after %s: %w", sizeString(int64(buf.Len())), ctxCause(ctx, err))
	}
	if int64(buf.Len()) > limit {
		return nil, fmt.Errorf("%w: the body is over %s", ErrFeedTooLarge, sizeString(limit))
	}
	return buf.Bytes(), nil
}
