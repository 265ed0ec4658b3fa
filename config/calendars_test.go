package config

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// calendarsOf parses a minimal config of 5 lines and then yaml in a
// config directory that holds the given files and is also $HOME. It
// returns the calendars (nil on error) and every problem, errors first.
// "DIR" stands for the directory and "CFG" for the config file, in yaml,
// in the problems and in the paths of the calendars.
func calendarsOf(t *testing.T, yaml string, files []string, env ...string) ([]Calendar, []string) {
	t.Helper()
	dir := t.TempDir()
	yaml = strings.ReplaceAll(yaml, "DIR", dir)
	for _, name := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	cfg := filepath.Join(dir, "config.yaml")
	const base = "me:\n  email: a@example.com\nimap:\n  host: imap.example.com\n  password_cmd: pass\n"
	c, warnings, err := Parse(cfg, []byte(base+yaml), envOf(append([]string{"HOME=" + dir}, env...)...))
	var got []string
	if err != nil {
		var cerr *Error
		if !errors.As(err, &cerr) {
			t.Fatalf("Parse error is %T: %v", err, err)
		}
		got = strs(cerr.Problems)
	}
	got = append(got, strs(warnings)...)
	for i, g := range got {
		g = strings.ReplaceAll(g, cfg, "CFG")
		got[i] = strings.ReplaceAll(g, dir, "DIR")
	}
	if c == nil {
		return nil, got
	}
	cals := slices.Clone(c.Calendars)
	for i := range cals {
		if cals[i].env == nil {
			t.Errorf("calendar %q has no environment", cals[i].Name)
		}
		cals[i].env = nil // funcs are never DeepEqual
		cals[i].URL = strings.ReplaceAll(cals[i].URL, dir, "DIR")
		cals[i].PasswordFile = strings.ReplaceAll(cals[i].PasswordFile, dir, "DIR")
	}
	return cals, got
}

func TestCalendars(t *testing.T) {
	def := Calendar{Refresh: 15 * time.Minute, InterviewsOnly: true, MaxSize: 20 << 20, Timeout: 30 * time.Second}
	with := func(f func(c *Calendar)) Calendar {
		c := def
		f(&c)
		return c
	}
	tests := []struct {
		name  string
		yaml  string // after a minimal config of 5 lines
		files []string
		env   []string
		want  []Calendar
	}{
		{name: "no calendars key", yaml: ""},
		{name: "empty list", yaml: "calendars: []\n"},
		{
			name: "defaults",
			yaml: "calendars:\n  - name: google\n    url: https://calendar.google.com/calendar/ical/a%40gmail.com/private-0123/basic.ics\n",
			want: []Calendar{with(func(c *Calendar) {
				c.Name, c.URL = "google", "https://calendar.google.com/calendar/ical/a%40gmail.com/private-0123/basic.ics"
			})},
		},
		{
			name: "every key",
			yaml: `calendars:
  - name: nextcloud
    url: HTTPS://cloud.example.com/remote.php/dav/calendars/alex/personal?export
    refresh: 1 hour
    username: "0042"
    password_env: NC_PASSWORD
    interviews_only: false
    max_size: 512 KiB
    timeout: 2m
`,
			env: []string{"NC_PASSWORD=x"},
			want: []Calendar{{
				Name: "nextcloud", URL: "https://cloud.example.com/remote.php/dav/calendars/alex/personal?export",
				Refresh: time.Hour, Username: "0042", PasswordEnv: "NC_PASSWORD",
				MaxSize: 512 << 10, Timeout: 2 * time.Minute,
			}},
		},
		{
			name: "webcal, http on loopback, password file and command",
			yaml: `calendars:
  - name: apple
    url: webcal://p01-calendars.icloud.com/published/2/abc
  - name: radicale
    url: http://localhost:5232/alex/interviews.ics
    username: alex
    password_file: radicale-password
  - name: secure
    url: webcals://cal.example.org/feed
    username: alex
    password_cmd: pass show cal
`,
			files: []string{"radicale-password"},
			want: []Calendar{
				with(func(c *Calendar) { c.Name, c.URL = "apple", "webcal://p01-calendars.icloud.com/published/2/abc" }),
				with(func(c *Calendar) {
					c.Name, c.URL, c.Username, c.PasswordFile = "radicale", "http://localhost:5232/alex/interviews.ics", "alex", "DIR/radicale-password"
				}),
				with(func(c *Calendar) {
					c.Name, c.URL, c.Username, c.PasswordCmd = "secure", "webcals://cal.example.org/feed", "alex", "pass show cal"
				}),
			},
		},
		{
			name: "files in every form become absolute paths",
			yaml: `calendars:
  - name: relative
    url: cals/a.ics
  - name: home
    url: ~/cals/b.ics
  - name: absolute
    url: DIR/cals/c.ics
  - name: file URL
    url: file://DIR/cals/My%20Calendar.ics
  - name: file URL with localhost
    url: file://localhost/DIR/cals/a.ics
  - name: file URL without slashes
    url: file:DIR/cals/b.ics
  - name: file URL in home
    url: file://~/cals/c.ics
`,
			files: []string{"cals/a.ics", "cals/b.ics", "cals/c.ics", "cals/My Calendar.ics"},
			want: []Calendar{
				with(func(c *Calendar) { c.Name, c.URL = "relative", "DIR/cals/a.ics" }),
				with(func(c *Calendar) { c.Name, c.URL = "home", "DIR/cals/b.ics" }),
				with(func(c *Calendar) { c.Name, c.URL = "absolute", "DIR/cals/c.ics" }),
				with(func(c *Calendar) { c.Name, c.URL = "file URL", "DIR/cals/My Calendar.ics" }),
				with(func(c *Calendar) { c.Name, c.URL = "file URL with localhost", "DIR/cals/a.ics" }),
				with(func(c *Calendar) { c.Name, c.URL = "file URL without slashes", "DIR/cals/b.ics" }),
				with(func(c *Calendar) { c.Name, c.URL = "file URL in home", "DIR/cals/c.ics" }),
			},
		},
		{
			name: "sizes",
			yaml: `calendars:
  - {name: a, url: https://a.example/x, max_size: 5MB}
  - {name: b, url: https://a.example/y, max_size: 1048576}
  - {name: c, url: https://a.example/z, max_size: 1.5 KiB}
`,
			want: []Calendar{
				with(func(c *Calendar) { c.Name, c.URL, c.MaxSize = "a", "https://a.example/x", 5e6 }),
				with(func(c *Calendar) { c.Name, c.URL, c.MaxSize = "b", "https://a.example/y", 1<<20 }),
				with(func(c *Calendar) { c.Name, c.URL, c.MaxSize = "c", "https://a.example/z", 1536 }),
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, problems := calendarsOf(t, tc.yaml, tc.files, tc.env...)
			if len(problems) > 0 {
				t.Fatalf("problems:\n%s", strings.Join(problems, "\n"))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Calendars:\n%+v\nwant\n%+v", got, tc.want)
			}
		})
	}
}

func TestCalendarProblems(t *testing.T) {
	tests := []struct {
		name  string
		yaml  string // after a minimal config of 5 lines
		files []string
		env   []string
		want  []string // errors, then warnings
	}{
		{
			name: "not a list",
			yaml: "calendars:\n  name: work\n",
			want: []string{`CFG:7: calendars: want a list of calendars, got a mapping`},
		},
		{
			name: "an item is not a mapping",
			yaml: "calendars:\n  - https://cal.example.com/a.ics\n",
			want: []string{`CFG:7: calendar #1: want a mapping with name, url, ..., got "https://cal.example.com/a.ics"`},
		},
		{
			name: "name and url are required",
			yaml: "calendars:\n  - refresh: 5m\n  - name: work\n",
			want: []string{
				`CFG:7: calendar #1: name is required`,
				`CFG:7: calendar #1: url is required`,
				`CFG:8: calendar "work": url is required`,
			},
		},
		{
			name: "names are unique",
			yaml: "calendars:\n  - name: work\n    url: https://a.example/x.ics\n  - name: work\n    url: https://b.example/y.ics\n",
			want: []string{`CFG:9: calendar "work": name: "work" is the name of the calendar at line 7 too: names must be unique, a calendar's name keys the state kept for its feed`},
		},
		{
			name: "unknown keys",
			yaml: "calendars:\n  - name: work\n    url: https://a.example/x.ics\n    refesh: 5m\n    user_name: alex\n    password: hunter2\n    colour: blue\n",
			want: []string{
				`CFG:9: unknown key "refesh" in calendar "work" (did you mean "refresh"?)`,
				`CFG:10: unknown key "user_name" in calendar "work" (did you mean "username"?)`,
				`CFG:11: calendar "work": password: a calendar's password cannot be written in the file: use password_cmd, password_file or password_env`,
				`CFG:12: unknown key "colour" in calendar "work"`,
			},
		},
		{
			name: "bad URLs",
			yaml: `calendars:
  - name: a
    url: ftp://files.example.com/cal.ics
  - name: b
    url: https:///private-0123/basic.ics
  - name: c
    url: https://alex:hunter2@cloud.example.com/private-0123.ics
  - name: d
    url: "https://cal.example.com/%zz/private-0123"
  - name: e
    url: file://cal.ics
  - name: f
    url: file:cal.ics
  - name: g
    url: mailto:alex@example.com
`,
			want: []string{
				`CFG:8: calendar "a": url: unsupported scheme "ftp": want an https://, http://, webcal://, webcals:// or file:// URL, or a file path`,
				`CFG:10: calendar "b": url: want a host name after https://`,
				`CFG:12: calendar "c": url: a user name or password in the URL would be logged with it: put the user name in username and give the password with password_cmd, password_file or password_env`,
				`CFG:14: calendar "d": url: not a valid URL: invalid URL escape "%zz"`,
				`CFG:16: calendar "e": url: a file URL cannot name host "cal.ics": want file:///absolute/path, or the path without file:// (a relative path is relative to this file)`,
				`CFG:18: calendar "f": url: want file:///absolute/path, or the path without file:// (a relative path is relative to this file)`,
				`CFG:20: calendar "g": url: unsupported scheme "mailto": want an https://, http://, webcal://, webcals:// or file:// URL, or a file path`,
			},
		},
		{
			name: "plain http",
			yaml: `calendars:
  - name: intranet
    url: http://cal.example.com/feed.ics
  - name: nas
    url: http://192.168.1.2/feed.ics
    username: alex
    password_cmd: pass nas
  - name: local
    url: http://127.0.0.1:5232/feed.ics
  - name: webcal is https
    url: webcal://cal.example.com/feed.ics
`,
			want: []string{
				`CFG:8: warning: calendar "intranet": url: feed "intranet" is fetched without TLS, so anyone on the way can read and change it: use https:// if cal.example.com offers it`,
				`CFG:10: warning: calendar "nas": url: feed "nas" is fetched without TLS, so anyone on the way can read and change it and read its password: use https:// if 192.168.1.2 offers it`,
			},
		},
		{
			name: "files",
			yaml: `calendars:
  - name: missing
    url: cals/nope.ics
  - name: URL without scheme
    url: calendar.google.com/calendar/ical/private-0123/basic.ics
  - name: directory
    url: ~/cals
`,
			files: []string{"cals/a.ics"},
			want: []string{
				`CFG:12: calendar "directory": url: DIR/cals is a directory: want a calendar (.ics) file`,
				`CFG:8: warning: calendar "missing": url: stat DIR/cals/nope.ics: no such file or directory`,
				`CFG:10: warning: calendar "URL without scheme": url: no such file; if this is a URL, write https:// before calendar.google.com`,
			},
		},
		{
			name: "refresh, timeout, interviews_only",
			yaml: `calendars:
  - name: a
    url: https://a.example/x.ics
    refresh: 30s
    timeout: 0s
    interviews_only: maybe
  - name: b
    url: https://a.example/y.ics
    refresh: soon
    timeout: [30s]
`,
			want: []string{
				`CFG:10: calendar "a": timeout: want a duration above zero, got "0s"`,
				`CFG:11: calendar "a": interviews_only: want true or false, got "maybe"`,
				`CFG:14: calendar "b": refresh: want a duration such as "60 days", "8 weeks", "5m" or "1h30m", got "soon"`,
				`CFG:15: calendar "b": timeout: want a single value, got a list`,
				`CFG:9: warning: calendar "a": refresh: refreshing more often than once a minute gains nothing and may get the feed throttled`,
			},
		},
		{
			name: "max_size",
			yaml: `calendars:
  - {name: a, url: https://a.example/1, max_size: 20 parsecs}
  - {name: b, url: https://a.example/2, max_size: 0 MiB}
  - {name: c, url: https://a.example/3, max_size: -5}
  - {name: d, url: https://a.example/4, max_size: 20}
  - {name: e, url: https://a.example/5, max_size: 100 B}
  - {name: f, url: https://a.example/6, max_size: 1 GiB}
  - {name: g, url: https://a.example/7, max_size: 99999999999 GiB}
`,
			want: []string{
				`CFG:7: calendar "a": max_size: want a size such as "20 MiB", "512 KiB", "20MB" or a number of bytes, got "20 parsecs"`,
				`CFG:8: calendar "b": max_size: want a size above zero, got "0 MiB"`,
				`CFG:9: calendar "c": max_size: want a size such as "20 MiB", "512 KiB", "20MB" or a number of bytes, got "-5"`,
				`CFG:13: calendar "g": max_size: want a size under 8 EiB, got "99999999999 GiB"`,
				`CFG:10: warning: calendar "d": max_size: 20 bytes is too small for any calendar (did you mean "20 MiB"?)`,
				`CFG:11: warning: calendar "e": max_size: 100 bytes is too small for any calendar`,
				`CFG:12: warning: calendar "f": max_size: followupd reads no calendar over 20 MiB, so a larger max_size has no effect`,
			},
		},
		{
			name: "username and password go together",
			yaml: `calendars:
  - name: no password
    url: https://a.example/1
    username: alex
  - name: no username
    url: https://a.example/2
    password_cmd: pass cal
  - name: two passwords
    url: https://a.example/3
    username: alex
    password_cmd: pass cal
    password_env: CAL_PASSWORD
    password_file: cal-password
`,
			env: []string{"CAL_PASSWORD=x"},
			want: []string{
				`CFG:9: calendar "no password": username: no password given: set one of password_cmd, password_file or password_env, or remove username`,
				`CFG:12: calendar "no username": password_cmd: a password needs a username: set username too (the feed is fetched with HTTP basic authentication)`,
				`CFG:18: calendar "two passwords": password_file: only one way to give the password may be set, but password_cmd (line 16) and password_env (line 17) are set too`,
			},
		},
		{
			name: "password sources are checked as for imap",
			yaml: `calendars:
  - name: env
    url: https://a.example/1
    username: alex
    password_env: CAL_PASSWORD
  - name: file
    url: https://a.example/2
    username: alex
    password_file: ~/nope
`,
			want: []string{
				`CFG:10: warning: calendar "env": password_env: $CAL_PASSWORD is not set in this environment`,
				`CFG:14: warning: calendar "file": password_file: stat DIR/nope: no such file or directory`,
			},
		},
		{
			name: "calendars cannot come from the environment",
			yaml: "",
			env:  []string{"FOLLOWUPD_CALENDARS=https://a.example/x.ics"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cals, got := calendarsOf(t, tc.yaml, tc.files, tc.env...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			for _, p := range got {
				// The password and the token of a secret URL stay out of
				// messages, which reach logs.
				if strings.Contains(p, "hunter2") || strings.Contains(p, "private-0123") {
					t.Errorf("a message repeats a secret: %s", p)
				}
			}
			if tc.want == nil && len(cals) != 0 {
				t.Errorf("Calendars = %+v, want none", cals)
			}
		})
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    int64
		wantErr bool
	}{
		{name: "IEC", in: "20 MiB", want: 20 << 20},
		{name: "IEC without space", in: "512KiB", want: 512 << 10},
		{name: "SI", in: "20MB", want: 20e6},
		{name: "any case", in: "1 gib", want: 1 << 30},
		{name: "plain bytes", in: "1048576", want: 1 << 20},
		{name: "bytes spelt out", in: "4096 bytes", want: 4096},
		{name: "fraction", in: "1.5 KiB", want: 1536},
		{name: "largest", in: "9223372036854775807", want: 1<<63 - 1},
		{name: "overflow", in: "9223372036854775808", wantErr: true},
		{name: "overflow by unit", in: "9000000000 GiB", wantErr: true},
		{name: "zero", in: "0", wantErr: true},
		{name: "rounds to zero", in: "0.1 B", wantErr: true},
		{name: "negative", in: "-1 MiB", wantErr: true},
		{name: "no number", in: "MiB", wantErr: true},
		{name: "two points", in: "1.2.3 MB", wantErr: true},
		{name: "unknown unit", in: "20 M", wantErr: true},
		{name: "empty", in: "", wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _, err := parseSize(tc.in)
			if (err != nil) != tc.wantErr || got != tc.want {
				t.Errorf("parseSize(%q) = %d, %v; want %d, error %v", tc.in, got, err, tc.want, tc.wantErr)
			}
		})
	}
}

func TestCalendarPassword(t *testing.T) {
	const pw = "correct horse"
	dir := t.TempDir()
	file := filepath.Join(dir, "pw")
	if err := os.WriteFile(file, []byte(pw+"\nmore\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		c       Calendar
		env     []string
		want    string
		wantErr string // exact
		noPass  bool
	}{
		{name: "env", c: Calendar{Name: "nc", PasswordEnv: "P"}, env: []string{"P=" + pw}, want: pw},
		{name: "env unset", c: Calendar{Name: "nc", PasswordEnv: "P"},
			wantErr: `calendar "nc": password_env: $P is not set: no password`, noPass: true},
		{name: "file", c: Calendar{Name: "nc", PasswordFile: file}, want: pw},
		{name: "file missing", c: Calendar{Name: "nc", PasswordFile: filepath.Join(dir, "nope")},
			wantErr: `calendar "nc": password_file: open ` + filepath.Join(dir, "nope") + `: no such file or directory`},
		{name: "command", c: Calendar{Name: "nc", PasswordCmd: "echo '" + pw + "'"}, want: pw},
		{name: "command fails", c: Calendar{Name: "nc", PasswordCmd: "echo " + pw + "; echo denied >&2; exit 1"},
			wantErr: `calendar "nc": password_cmd: exit status 1: denied`},
		{name: "command prints nothing", c: Calendar{Name: "nc", PasswordCmd: "true"},
			wantErr: `calendar "nc": password_cmd printed nothing on its first line: no password`, noPass: true},
		{name: "no source", c: Calendar{Name: "public"},
			wantErr: `calendar "public": no password source: no password`, noPass: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.c.env = envOf(tc.env...)
			got, err := tc.c.Password(context.Background())
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if got != tc.want || gotErr != tc.wantErr {
				t.Errorf("Password() = %q, %q; want %q, %q", got, gotErr, tc.want, tc.wantErr)
			}
			if strings.Contains(gotErr, pw) {
				t.Errorf("error %q holds the secret", gotErr)
			}
			if errors.Is(err, ErrNoPassword) != tc.noPass {
				t.Errorf("errors.Is(err, ErrNoPassword) = %v, want %v", !tc.noPass, tc.noPass)
			}
		})
	}
}

// TestCalendarPasswordFromParse reads the password of a parsed calendar
// through the environment the config was parsed in, not the process's.
func TestCalendarPasswordFromParse(t *testing.T) {
	yaml := "me:\n  email: a@example.com\nimap:\n  host: imap.example.com\n  password_cmd: pass\n" +
		"calendars:\n  - name: nc\n    url: https://cloud.example.com/x.ics\n    username: alex\n    password_env: FOLLOWUPD_TEST_CAL_PW\n"
	c := mustParse(t, yaml, envOf("FOLLOWUPD_TEST_CAL_PW=s3cret"))
	if got, err := c.Calendars[0].Password(context.Background()); got != "s3cret" || err != nil {
		t.Errorf("Password() = %q, %v; want the parse environment's value", got, err)
	}
}
