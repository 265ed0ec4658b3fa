package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// decoder turns the layered settings into a Config, reporting what is
// wrong as it goes and carrying on, so that one run finds every problem.
type decoder struct {
	r     *report
	l     *layers
	lines keyLines
	env   func(string) (string, bool)
	dir   string // of the config file: relative paths in it start here
}

func decode(r *report, path string, data []byte, env func(string) (string, bool)) *Config {
	t, lines, ok := readTree(r, data)
	if !ok {
		return nil
	}
	l, err := newLayers(t, env)
	if err != nil {
		r.errorAt(0, "layer settings: %v", err)
		return nil
	}
	dir := filepath.Dir(path)
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	d := &decoder{r: r, l: l, lines: lines, env: env, dir: dir}
	c := &Config{Path: path, env: env}
	d.timezone(c)
	c.StateDir = d.path(d.l.get("state_dir"), filepath.Join(xdgDir(env, "XDG_STATE_HOME", ".local/state"), "followupd"))
	d.me(c)
	d.imap(c)
	d.detect(c)
	d.drafts(c)
	d.schedule(c)
	d.templates(c)
	d.rules(c)
	d.calendars(c)
	d.http(c)
	return c
}

// bad reports a problem with a setting where it came from: its line in
// the file, or the environment variable that set it.
func (d *decoder) bad(s setting, format string, args ...any) {
	d.problem(s, 0, false, format, args...)
}

func (d *decoder) warn(s setting, format string, args ...any) {
	d.problem(s, 0, true, format, args...)
}

// badItem reports a problem with one item of a list setting.
func (d *decoder) badItem(s setting, it item, format string, args ...any) {
	d.problem(s, it.line, false, format, args...)
}

func (d *decoder) problem(s setting, line int, warning bool, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if s.env != "" {
		d.r.add(Problem{File: s.env, Message: msg, Warning: warning})
		return
	}
	if line == 0 {
		line = s.line()
	}
	d.r.add(Problem{File: d.r.file, Line: line, Message: s.key + ": " + msg, Warning: warning})
}

// missing reports a required key that nothing set, at the line of its
// section when the file has that section.
func (d *decoder) missing(key string) {
	section, _, _ := strings.Cut(key, ".")
	d.r.errorAt(d.lines[section], "%s is required", key)
}

// choice checks that s is one of options and suggests the nearest one when
// it is not; an unset s is def.
func (d *decoder) choice(s setting, def string, options ...string) (string, bool) {
	if !s.isSet() || s.text == "" {
		return def, true
	}
	return d.choiceText(s, item{text: s.text}, options...)
}

func (d *decoder) choiceText(s setting, it item, options ...string) (string, bool) {
	for _, o := range options {
		if it.text == o {
			return o, true
		}
	}
	msg := fmt.Sprintf("want one of %s, got %q", strings.Join(options, ", "), it.text)
	best, bestDist := "", 0
	for _, o := range options {
		if dist := distance(strings.ToLower(it.text), o); best == "" || dist < bestDist {
			best, bestDist = o, dist
		}
	}
	if bestDist <= max(2, len(best)/3) {
		msg += fmt.Sprintf(" (did you mean %q?)", best)
	}
	d.problem(s, it.line, false, "%s", msg)
	return "", false
}

func (d *decoder) boolean(s setting) bool {
	if !s.isSet() {
		return false
	}
	b, err := strconv.ParseBool(s.text)
	if err != nil {
		d.bad(s, "want true or false, got %q", s.text)
	}
	return b
}

// path resolves a path setting: `~` is the home directory and a relative
// path is relative to the config file, because a daemon's working
// directory (/ under systemd) says nothing about where the user meant.
func (d *decoder) path(s setting, def string) string {
	if !s.isSet() || s.text == "" {
		return def
	}
	return resolvePath(s.text, d.dir, d.env)
}

func resolvePath(p, dir string, env func(string) (string, bool)) string {
	if p == "~" || strings.HasPrefix(p, "~/") {
		p = filepath.Join(home(env), strings.TrimPrefix(p, "~"))
	}
	if !filepath.IsAbs(p) {
		p = filepath.Join(dir, p)
	}
	return filepath.Clean(p)
}

func home(env func(string) (string, bool)) string {
	if h, ok := env("HOME"); ok && h != "" {
		return h
	}
	h, _ := os.UserHomeDir()
	return h
}

// xdgDir is the XDG base directory in variable name, or ~/fallback. The
// spec says to ignore a relative value.
func xdgDir(env func(string) (string, bool), name, fallback string) string {
	if v, ok := env(name); ok && filepath.IsAbs(v) {
		return v
	}
	return filepath.Join(home(env), fallback)
}

func (d *decoder) timezone(c *Config) {
	s := d.l.get("timezone")
	if !s.isSet() || s.text == "" {
		c.TimezoneName, c.Location = systemZone(d.env)
		return
	}
	// "Local" would make the meaning of the file depend on the machine it
	// runs on, which is what the default is for.
	loc, err := time.LoadLocation(s.text)
	if err != nil || s.text == "Local" {
		d.bad(s, "unknown time zone %q (want an IANA name such as \"Europe/Berlin\")", s.text)
		c.TimezoneName, c.Location = systemZone(d.env)
		return
	}
	c.TimezoneName, c.Location = s.text, loc
}

// systemZone finds the machine's time zone by name, as the C library
// does: TZ first, then the /etc/localtime link. The name matters (not only
// time.Local) because `check` and `plan` show it.
func systemZone(env func(string) (string, bool)) (string, *time.Location) {
	if tz, ok := env("TZ"); ok {
		name := strings.TrimPrefix(tz, ":")
		if i := strings.LastIndex(name, "zoneinfo/"); i >= 0 {
			name = name[i+len("zoneinfo/"):]
		}
		if name == "" {
			return "UTC", time.UTC // POSIX: an empty TZ is UTC
		}
		if loc, err := time.LoadLocation(name); err == nil {
			return name, loc
		}
	}
	if target, err := os.Readlink("/etc/localtime"); err == nil {
		if i := strings.LastIndex(target, "zoneinfo/"); i >= 0 {
			name := target[i+len("zoneinfo/"):]
			if loc, err := time.LoadLocation(name); err == nil {
				return name, loc
			}
		}
	}
	return time.Local.String(), time.Local
}
