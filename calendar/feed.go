package calendar

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"
)

// DefaultFeedTimeout bounds one fetch of a feed, from the password
// command to the last byte of the body, when Source.Timeout is zero.
const DefaultFeedTimeout = 30 * time.Second

// Source is one configured feed.
type Source struct {
	Name string
	// URL is https://, http://, webcal:// or webcals:// (both read as
	// https, as calendar programs do), file:// or a plain file path.
	URL      string
	Username string                                    // basic auth (Nextcloud/Radicale exports); "" = none
	Password func(ctx context.Context) (string, error) // nil when no auth; called on every fetch so a rotated secret is picked up
	// MaxSize caps the body after decompression; 0 means MaxSize, and so
	// does anything larger, since Parse refuses more than that.
	MaxSize int64
	Timeout time.Duration // the whole fetch; 0 means DefaultFeedTimeout
}

// FeedState is what is kept between fetches (the caller persists it). It
// belongs to one URL: drop it when the source's URL changes, or the first
// fetch of the new URL may be answered 304 for the old one's copy.
type FeedState struct {
	// ETag and LastModified are the validators of Body (RFC 7232 §2).
	// For a file, LastModified holds its mtime and size instead, which
	// is never sent to an HTTP server as it is not an HTTP-date.
	ETag, LastModified string
	Body               []byte    // the last good copy, raw ICS
	FetchedAt          time.Time // last attempt
	GoodAt             time.Time // last success (200 with a valid calendar, or 304)
	Err                string    // last error, "" when the last attempt succeeded
}

var (
	// ErrHTMLPage is returned when a feed answers with a web page, which
	// is what an expired secret link or a login wall looks like.
	ErrHTMLPage = errors.New("got an HTML page, not a calendar (a login page?)")
	// ErrTruncated is returned for a calendar that does not end, as a
	// dropped connection or a half-written file leaves it.
	ErrTruncated = errors.New("truncated calendar: no END:VCALENDAR")
	// ErrFeedTooLarge is returned for a body over Source.MaxSize.
	ErrFeedTooLarge = errors.New("calendar over the size limit")
)

// Fetch fetches src conditionally. On success it returns the new state and
// changed=true when the body changed (200 with different content); a 304,
// a 200 with the same body and an unchanged file give changed=false and
// keep Body. On any failure (network, timeout, 4xx/5xx, HTML instead of
// ICS, a truncated calendar, over MaxSize, not parseable) it returns prev
// with FetchedAt and Err updated, Body and validators untouched so that
// the last good copy is kept, and the error.
//
// A nil client means a shared NewHTTPClient. A client whose CheckRedirect
// is nil (http.DefaultClient, httptest's) gets NewHTTPClient's redirect
// policy, so that no caller follows a redirect from https to http.
// Errors name the feed by src.Name, or by host or path, never by its full
// URL: secret links carry their token in the path.
func Fetch(ctx context.Context, client *http.Client, src Source, prev FeedState, now time.Time) (FeedState, bool, error) {
	next, changed, err := fetch(ctx, client, src, prev, now)
	if err != nil {
		err = fmt.Errorf("feed %s: %w", src.label(), err)
		failed := prev
		failed.FetchedAt = now
		failed.Err = err.Error()
		return failed, false, err
	}
	return next, changed, nil
}

func fetch(ctx context.Context, client *http.Client, src Source, prev FeedState, now time.Time) (FeedState, bool, error) {
	if err := ctx.Err(); err != nil {
		return FeedState{}, false, err
	}
	httpURL, path, err := resolveURL(src.URL)
	if err != nil {
		return FeedState{}, false, err
	}
	if path != "" {
		return fetchFile(path, src.maxSize(), prev, now)
	}
	return fetchHTTP(ctx, client, src, httpURL, prev, now)
}

// success is the state after a good fetch of body with the given validators.
func success(body []byte, etag, lastModified string, now time.Time) FeedState {
	return FeedState{ETag: etag, LastModified: lastModified, Body: body, FetchedAt: now, GoodAt: now}
}

func (s Source) maxSize() int64 {
	if s.MaxSize <= 0 || s.MaxSize > MaxSize {
		return MaxSize
	}
	return s.MaxSize
}

func (s Source) timeout() time.Duration {
	if s.Timeout <= 0 {
		return DefaultFeedTimeout
	}
	return s.Timeout
}

// label names the feed in errors: its name, else its host or path.
func (s Source) label() string {
	if s.Name != "" {
		return s.Name
	}
	httpURL, path, err := resolveURL(s.URL)
	switch {
	case err != nil:
		return "(invalid URL)"
	case path != "":
		return path
	}
	return hostOf(httpURL)
}

func hostOf(rawURL string) string {
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		return u.Host
	}
	return "(invalid URL)"
}

// resolveURL maps a configured feed location to an http(s) URL or a file
// path; exactly one of them is set when err is nil. webcal and webcals
// are not registered schemes but Apple's convention for "subscribe to
// this": the document behind them is served over HTTP, and today only
// over https.
func resolveURL(raw string) (httpURL, path string, err error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "", "", errors.New("no URL or path configured")
	}
	i := strings.Index(raw, "://")
	if i <= 0 || !isScheme(raw[:i]) {
		if len(raw) > len("file:") && strings.EqualFold(raw[:len("file:")], "file:") {
			// file:/abs/path and file:rel.ics, without the slashes.
			return fileURL(raw)
		}
		// A plain path; C:\ on Windows has no "://" and ends up here too.
		return "", raw, nil
	}
	scheme := strings.ToLower(raw[:i])
	switch scheme {
	case "http", "https":
		httpURL = scheme + raw[i:]
	case "webcal", "webcals":
		httpURL = "https" + raw[i:]
	case "file":
		return fileURL(raw)
	default:
		return "", "", fmt.Errorf("unsupported URL scheme %q (want https, http, webcal, file or a path)", scheme)
	}
	u, err := url.Parse(httpURL)
	if err != nil {
		// url.Error repeats the URL, which may hold a secret token.
		var uerr *url.Error
		if errors.As(err, &uerr) {
			err = uerr.Err
		}
		return "", "", fmt.Errorf("invalid URL: %w", err)
	}
	if u.Host == "" {
		return "", "", errors.New("invalid URL: no host")
	}
	return httpURL, "", nil
}

func fileURL(raw string) (httpURL, path string, err error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", "", fmt.Errorf("invalid file URL %q", raw)
	}
	if u.Host != "" && !strings.EqualFold(u.Host, "localhost") {
		// RFC 8089 §2: a file URL with another host names a file on
		// that machine, which only the OS could reach; refuse it.
		return "", "", fmt.Errorf("file URL %q names another host", raw)
	}
	path = u.Path
	if path == "" {
		path = u.Opaque
	}
	if path == "" {
		return "", "", fmt.Errorf("file URL %q has no path", raw)
	}
	return "", path, nil
}

// isScheme reports whether s is an RFC 3986 §3.1 scheme.
func isScheme(s string) bool {
	for i, c := range s {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return s != ""
}

// checkCalendar decides whether body is a whole calendar. Parse alone is
// too forgiving for a feed: it reads a file cut short as if its END lines
// were there, which would silently drop the events after the cut.
func checkCalendar(body []byte, contentType string) error {
	text := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), " \t\r\n")
	if !hasPrefixFold(text, "BEGIN:VCALENDAR") {
		switch {
		case looksHTML(text, contentType):
			return ErrHTMLPage
		case len(text) == 0:
			return fmt.Errorf("%w: the body is empty", ErrNotCalendar)
		}
		return fmt.Errorf("%w: it starts with %q", ErrNotCalendar, head(text, 32))
	}
	if !hasEndLine(text) {
		return fmt.Errorf("%w (%s read)", ErrTruncated, sizeString(int64(len(body))))
	}
	_, err := Parse(body, time.UTC)
	return err
}

// looksHTML is asked only of a body that is not a calendar, so a calendar
// served as text/html by a misconfigured static host still reads.
func looksHTML(text []byte, contentType string) bool {
	ct := strings.ToLower(contentType)
	if strings.HasPrefix(ct, "text/html") || strings.HasPrefix(ct, "application/xhtml") {
		return true
	}
	return hasPrefixFold(text, "<!doctype html") || hasPrefixFold(text, "<html")
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && equalFoldASCII(b[:len(prefix)], prefix)
}

// equalFoldASCII compares without allocating; the markers it looks for
// are ASCII.
func equalFoldASCII(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range len(b) {
		x, y := b[i], s[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// hasEndLine reports whether a line starts with END:VCALENDAR, searching
// from the end where it is.
func hasEndLine(text []byte) bool {
	const end = "END:VCALENDAR"
	for i := len(text) - len(end); i >= 0; i-- {
		if (text[i] == 'E' || text[i] == 'e') && (i == 0 || text[i-1] == '\n' || text[i-1] == '\r') &&
			equalFoldASCII(text[i:i+len(end)], end) {
			return true
		}
	}
	return false
}

// head returns at most n bytes of b, cut on a rune boundary.
func head(b []byte, n int) []byte {
	if len(b) <= n {
		return b
	}
	for n > 0 && !utf8.RuneStart(b[n]) {
		n--
	}
	return b[:n]
}

func sizeString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}
