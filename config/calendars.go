package config

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/followupd/followupd/calendar"
)

// Calendar is one item of the `calendars` list: an ICS feed whose events
// may be interviews.
type Calendar struct {
	Name string // unique; keys the feed's stored state
	// URL is the feed's http, https, webcal or webcals URL as written
	// (scheme in lower case), or the absolute path of a local file, which
	// is also what a file:// URL in the config becomes. A URL may hold a
	// secret token (Google's "secret address"): do not log it.
	URL            string
	Refresh        time.Duration
	Username       string // "" = no authentication
	InterviewsOnly bool   // keep only events that look like interviews
	MaxSize        int64  // bytes
	Timeout        time.Duration

	// With Username, exactly one of these is set; without, none.
	PasswordEnv  string // name of an environment variable
	PasswordFile string // absolute path
	PasswordCmd  string // run with `sh -c`

	// env is the environment of the snapshot, for PasswordEnv.
	env func(string) (string, bool)
}

// Password reads the feed's password for basic authentication from its
// configured source, the same ways as the imap password (see
// Config.Password): call it at every fetch, so that a rotated secret is
// picked up. It fails with ErrNoPassword when the calendar has no password
// source, which is the case exactly when Username is empty. No error it
// returns contains the secret. A Calendar built by hand, not by Parse,
// reads PasswordEnv from the process environment.
func (c Calendar) Password(ctx context.Context) (string, error) {
	env := c.env
	if env == nil {
		env = os.LookupEnv
	}
	src := passwordSource{key: fmt.Sprintf("calendar %q: ", c.Name), env: env,
		envVar: c.PasswordEnv, file: c.PasswordFile, cmd: c.PasswordCmd}
	if !src.isSet() {
		return "", fmt.Errorf("calendar %q: no password source: %w", c.Name, ErrNoPassword)
	}
	return src.read(ctx)
}

const (
	defaultRefresh = 15 * time.Minute
	// As with imap.poll_interval: more often gains nothing for drafts due
	// hours later, and calendar hosts throttle clients that poll hard.
	minRefresh         = time.Minute
	defaultFeedTimeout = 30 * time.Second
	defaultMaxSize     = calendar.MaxSize
	// A feed below this is too small to hold even one event: a max_size
	// of "20" was meant as megabytes.
	minSensibleSize = 1 << 10
)

var calendarPasswordKeys = []string{"password_env", "password_file", "password_cmd"}

func (d *decoder) calendars(c *Config) {
	list := d.l.objects("calendars")
	if list == nil {
		return
	}
	names := map[string]int{}
	for _, o := range list.objects {
		cal := d.calendar(o)
		name := objectSetting(o, "name")
		if first, dup := names[cal.Name]; dup && cal.Name != "" {
			d.bad(name, "%q is the name of the calendar at line %d too: names must be unique, a calendar's name keys the state kept for its feed", cal.Name, first)
		} else if cal.Name != "" {
			names[cal.Name] = name.line()
		}
		c.Calendars = append(c.Calendars, cal)
	}
}

// calendar decodes one calendar. As with rules, what is wrong is reported
// and the whole Config is discarded, so the Calendar need not be marked.
func (d *decoder) calendar(o object) Calendar {
	cal := Calendar{env: d.env}
	cal.Name = objectSetting(o, "name").text
	if cal.Name == "" {
		d.r.errorAt(o.line, "%s: name is required", o.label)
	}
	remote := d.feedURL(o, &cal)

	refresh := objectSetting(o, "refresh")
	cal.Refresh = d.span(refresh, defaultRefresh)
	if cal.Refresh < minRefresh {
		d.warn(refresh, "refreshing more often than once a minute gains nothing and may get the feed throttled")
	}
	cal.Timeout = d.span(objectSetting(o, "timeout"), defaultFeedTimeout)

	cal.InterviewsOnly = true
	if only := objectSetting(o, "interviews_only"); only.isSet() {
		cal.InterviewsOnly = d.boolean(only)
	}

	cal.MaxSize = d.maxSize(objectSetting(o, "max_size"))

	d.feedAuth(o, &cal)
	if remote != "" {
		msg := fmt.Sprintf("feed %q is fetched without TLS, so anyone on the way can read and change it", cal.Name)
		if cal.Username != "" {
			msg = fmt.Sprintf("feed %q is fetched without TLS, so anyone on the way can read and change it and read its password", cal.Name)
		}
		d.warn(objectSetting(o, "url"), "%s: use https:// if %s offers it", msg, remote)
	}
	return cal
}

// maxSize reads a feed's max_size, warning about sizes that cannot be
// what the user meant.
func (d *decoder) maxSize(s setting) int64 {
	if !s.isSet() || s.text == "" {
		return defaultMaxSize
	}
	n, unit, err := parseSize(s.text)
	switch {
	case err != nil:
		d.bad(s, "%v", err)
		return defaultMaxSize
	case n < minSensibleSize && unit == "":
		d.warn(s, "%d bytes is too small for any calendar (did you mean \"%d MiB\"?)", n, n)
	case n < minSensibleSize:
		d.warn(s, "%d bytes is too small for any calendar", n)
	case n > calendar.MaxSize:
		d.warn(s, "followupd reads no calendar over %d MiB, so a larger max_size has no effect", calendar.MaxSize>>20)
		return calendar.MaxSize
	}
	return n
}

// hasScheme matches the start of a URL (RFC 3986, section 3.1), as
// opposed to a file path.
var hasScheme = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)

// feedURL checks the url of o and sets cal.URL. It returns the host of
// an http:// URL that leaves the machine, "" for any other. Messages name
// the scheme and the host but never repeat the whole URL, which may be a
// secret.
func (d *decoder) feedURL(o object, cal *Calendar) (remote string) {
	s := objectSetting(o, "url")
	if s.text == "" {
		d.r.errorAt(o.line, "%s: url is required", o.label)
		return ""
	}
	scheme := strings.ToLower(strings.TrimSuffix(hasScheme.FindString(s.text), ":"))
	switch scheme {
	case "":
		cal.URL = resolvePath(s.text, d.dir, d.env)
		d.checkFeedFile(s, cal.URL)
	case "file":
		if p, ok := d.fileURL(s); ok {
			cal.URL = p
			d.checkFeedFile(s, p)
		}
	case "http", "https", "webcal", "webcals":
		text := scheme + s.text[len(scheme):]
		u, err := url.Parse(text)
		if err != nil {
			var uerr *url.Error
			if errors.As(err, &uerr) {
				err = uerr.Err // *url.Error quotes the whole URL
			}
			d.bad(s, "not a valid URL: %v", err)
			return ""
		}
		switch {
		case u.Hostname() == "":
			d.bad(s, "want a host name after %s://", scheme)
			return ""
		case u.User != nil:
			d.bad(s, "a user name or password in the URL would be logged with it: put the user name in username and give the password with password_cmd, password_file or password_env")
			return ""
		}
		cal.URL = text
		if scheme == "http" && !isLoopback(u.Hostname()) {
			return u.Hostname()
		}
	default:
		d.bad(s, "unsupported scheme %q: want an https://, http://, webcal://, webcals:// or file:// URL, or a file path", scheme)
	}
	return ""
}

// fileURL reads a file URL as a path. Besides the forms of RFC 8089
// (file:///path, file://localhost/path, file:/path), it takes
// file://~/path, which users write for a path in their home.
func (d *decoder) fileURL(s setting) (string, bool) {
	rest := s.text[len("file:"):]
	if r, ok := strings.CutPrefix(rest, "//"); ok {
		rest = r
		if r, ok := strings.CutPrefix(rest, "localhost/"); ok {
			rest = "/" + r
		}
	} else if !strings.HasPrefix(rest, "/") {
		d.bad(s, "want file:///absolute/path, or the path without file:// (a relative path is relative to this file)")
		return "", false
	}
	p, err := url.PathUnescape(rest)
	if err != nil {
		d.bad(s, "not a valid file URL: %v", err)
		return "", false
	}
	if !strings.HasPrefix(p, "/") && p != "~" && !strings.HasPrefix(p, "~/") {
		host, _, _ := strings.Cut(p, "/")
		d.bad(s, "a file URL cannot name host %q: want file:///absolute/path, or the path without file:// (a relative path is relative to this file)", host)
		return "", false
	}
	return resolvePath(p, d.dir, d.env), true
}

// checkFeedFile warns (without failing: the file may appear by the time
// the daemon reads it) about a feed file that is not there.
func (d *decoder) checkFeedFile(s setting, path string) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && looksLikeHost(s.text):
		// Not the path: it would repeat a URL that may be a secret.
		host, _, _ := strings.Cut(s.text, "/")
		d.warn(s, "no such file; if this is a URL, write https:// before %s", host)
	case err != nil:
		d.warn(s, "%v", err)
	case fi.IsDir():
		d.bad(s, "%s is a directory: want a calendar (.ics) file", path)
	}
}

// looksLikeHost is true for a relative path that starts with a domain
// name, as in "calendar.example.com/feed.ics": a URL without its scheme.
func looksLikeHost(p string) bool {
	first, rest, _ := strings.Cut(p, "/")
	return rest != "" && strings.Contains(first, ".") && !strings.HasPrefix(first, ".") && !strings.HasPrefix(first, "~")
}

// feedAuth checks the username and password keys of o: both or neither,
// and one way to give the password.
func (d *decoder) feedAuth(o object, cal *Calendar) {
	user := objectSetting(o, "username")
	cal.Username = user.text
	prefix := o.label + ": "
	var set []setting
	for _, key := range calendarPasswordKeys {
		if s := objectSetting(o, key); s.isSet() && s.text != "" {
			set = append(set, s)
		}
	}
	switch {
	case len(set) == 0 && cal.Username != "":
		d.bad(user, "no password given: set one of password_cmd, password_file or password_env, or remove username")
		return
	case len(set) == 0:
		return
	}
	s, ok := d.onePassword(set, prefix)
	if !ok {
		return
	}
	if cal.Username == "" {
		d.bad(s, "a password needs a username: set username too (the feed is fetched with HTTP basic authentication)")
		return
	}
	src := d.passwordSource(s, prefix)
	cal.PasswordEnv, cal.PasswordFile, cal.PasswordCmd = src.envVar, src.file, src.cmd
}
