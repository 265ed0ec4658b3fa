// Package config loads followupd's YAML configuration, applies environment
// overrides (FOLLOWUPD_*) and defaults, and validates everything into a
// typed, immutable snapshot. Every problem is reported at once, each with
// the file and line it comes from, so that `followupd check` can list them
// all instead of making the user fix them one by one.
package config

import (
	"cmp"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/followupd/followupd/rules"
	"github.com/followupd/followupd/templates"
)

// Config is one validated snapshot of the configuration. It is never
// modified after Load returns it: a reload builds a new one and swaps it,
// so the slices it holds must be treated as read-only.
type Config struct {
	Path string // the file it was read from

	Location     *time.Location
	TimezoneName string // IANA name of Location, e.g. "Europe/Berlin"
	StateDir     string // absolute

	Me     Identity // the `me` section; Addresses lists its addresses
	IMAP   IMAP
	Detect Detect
	Drafts Drafts

	Schedule rules.Schedule
	// ScheduleText is what Schedule was built from, for `check` and `plan`
	// to show in the user's own words.
	ScheduleText ScheduleText

	Rules        []rules.Rule
	TemplatesDir string // absolute, or "" for the built-in templates only
	Templates    *templates.Set

	// Calendars are the ICS feeds to read, in the order of the file.
	Calendars []Calendar

	HTTP HTTP

	// env is the environment the snapshot was loaded in; Password reads
	// password_env through it so that tests never touch the process.
	env func(string) (string, bool)
	// password is a literal imap.password. It is a pointer so that
	// printing a Config with %+v shows an address, not the secret.
	password *secret
}

type secret struct{ value string }

// Identity is the user: who the drafts are from, and whose messages count
// as "I wrote".
type Identity struct {
	Name    string
	Email   string
	Aliases []string
}

// Security is how the IMAP connection is protected.
type Security string

const (
	SecurityTLS      Security = "tls"
	SecurityStartTLS Security = "starttls"
	SecurityNone     Security = "none"
)

// Auth is the IMAP authentication mechanism. AuthAuto lets the client pick
// from the server's capabilities. With AuthXOAuth2 and AuthOAuthBearer the
// password source yields an OAuth 2.0 access token, not a password.
type Auth string

const (
	AuthAuto        Auth = "auto"
	AuthPlain       Auth = "plain"
	AuthLogin       Auth = "login"
	AuthXOAuth2     Auth = "xoauth2"     // Google's SASL XOAUTH2 (Gmail, Microsoft 365)
	AuthOAuthBearer Auth = "oauthbearer" // SASL OAUTHBEARER, RFC 7628
)

// IMAP is the `imap` section. The literal password, if any, is not here:
// ask Config.Password for the secret, whatever its source.
type IMAP struct {
	Host           string
	Port           int
	Security       Security
	AllowPlaintext bool
	Username       string
	Auth           Auth

	// At most one of these is set; the literal password is none of them.
	PasswordEnv  string // name of an environment variable
	PasswordFile string // absolute path
	PasswordCmd  string // run with `sh -c`

	Mailboxes    []string
	Drafts       string // "" = find by SPECIAL-USE
	Sent         string // "" = find by SPECIAL-USE
	Lookback     time.Duration
	PollInterval time.Duration
	// MaxMessageSize is how much of a message is read for detection
	// (default 5 MiB); a larger one is read by its first parts.
	MaxMessageSize int64
}

// HTTP is the `http` section: the monitoring endpoints of `run`.
type HTTP struct {
	// Listen is host:port, or "" for no HTTP server (the default). Its
	// host is a loopback one unless AllowRemote.
	Listen      string
	AllowRemote bool
}

// Drafts is the `drafts` section: bounds on what one pass writes.
type Drafts struct {
	MaxRecipients int // the most people one draft goes to (default 10)
	MaxPerPass    int // the most drafts one pass writes (default 20)
}

// Detect is the `detect` section.
type Detect struct {
	Keywords []string
	// IgnoreSenders holds lower-cased addresses and "@domain" entries.
	IgnoreSenders []string
	// TrustAuthResults: a message whose From domain the user's server
	// could not prove (DMARC or DKIM fail in its Authentication-Results)
	// is not taken as anyone's word about an interview. Default true.
	TrustAuthResults bool
}

// ScheduleText is the `schedule` section as written (or defaulted).
type ScheduleText struct {
	Workdays []string
	Hours    string
	Holidays string // country code, "" for none
}

// Addresses returns the user's addresses, lower-cased: the email first,
// then the aliases, without duplicates. (It cannot be called Me: that is
// the field.)
func (c *Config) Addresses() []string {
	out := make([]string, 0, 1+len(c.Me.Aliases))
	for _, a := range append([]string{c.Me.Email}, c.Me.Aliases...) {
		a = strings.ToLower(a)
		if a != "" && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// Problem is one thing wrong (or, with Warning, dubious) in the
// configuration. File is the config file, a template file, or the name of
// the environment variable the bad value came from; Line is 0 when there is
// no line to point at.
type Problem struct {
	File    string
	Line    int
	Message string
	Warning bool
}

func (p Problem) String() string {
	var b strings.Builder
	if p.File != "" {
		b.WriteString(p.File)
		if p.Line > 0 {
			fmt.Fprintf(&b, ":%d", p.Line)
		}
		b.WriteString(": ")
	}
	if p.Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// Error is a configuration that cannot be used. It holds every error found,
// not only the first.
type Error struct {
	Problems []Problem
}

func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// DefaultPath is where followupd looks for its configuration when no
// path is given: $XDG_CONFIG_HOME/followupd/config.yaml, or
// ~/.config/followupd/config.yaml.
func DefaultPath() string {
	return filepath.Join(xdgDir(os.LookupEnv, "XDG_CONFIG_HOME", ".config"), "followupd", "config.yaml")
}

// Load reads the file at path and validates it in the process environment.
// The error is an *Error listing every problem, or a plain error when the
// file cannot be read at all. Warnings are returned even with an error.
func Load(path string) (*Config, []Problem, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read config: %w", err)
	}
	return Parse(path, data, os.LookupEnv)
}

// Parse validates data as if it had been read from path (which relative
// paths in it are resolved against) in the environment env. A nil env is
// an empty environment.
func Parse(path string, data []byte, env func(string) (string, bool)) (*Config, []Problem, error) {
	if env == nil {
		env = func(string) (string, bool) { return "", false }
	}
	r := &report{file: path}
	c := decode(r, path, data, env)
	warnings, errs := r.split()
	if len(errs) > 0 {
		return nil, warnings, &Error{Problems: errs}
	}
	return c, warnings, nil
}

// report collects problems while decoding goes on, so that all of them
// reach the user in one go.
type report struct {
	file     string
	problems []Problem
}

func (r *report) errorAt(line int, format string, args ...any) {
	r.problems = append(r.problems, Problem{File: r.file, Line: line, Message: fmt.Sprintf(format, args...)})
}

func (r *report) add(p Problem) { r.problems = append(r.problems, p) }

// split separates warnings from errors and puts the config file's problems
// first, in line order, so the list reads top to bottom like the file
// (those without a line, such as a missing key, close it); the others
// (environment, template files) follow in the order found.
func (r *report) split() (warnings, errs []Problem) {
	line := func(p Problem) int {
		if p.Line == 0 {
			return math.MaxInt
		}
		return p.Line
	}
	slices.SortStableFunc(r.problems, func(a, b Problem) int {
		ai, bi := a.File == r.file, b.File == r.file
		switch {
		case ai && bi:
			return cmp.Compare(line(a), line(b))
		case ai:
			return -1
		case bi:
			return 1
		}
		return 0
	})
	for _, p := range r.problems {
		if p.Warning {
			warnings = append(warnings, p)
		} else {
			errs = append(errs, p)
		}
	}
	return warnings, errs
}
