package main

import (
	"errors"
	"fmt"
	"log/slog"
	"reflect"
	"slices"
	"strings"

	"github.com/followupd/followupd/config"
	"github.com/followupd/followupd/daemon"
)

// reloader applies SIGHUP: a new config snapshot if it is valid, the old
// one kept if not (soju's SetConfig, maddy's reload that rolls back).
type reloader struct {
	path   string
	log    *slog.Logger // the reload's own
	base   *slog.Logger // the process's, for the new Setup
	loop   *daemon.Loop
	cfg    *config.Config // in use
	notify daemon.Notifier
}

func (r *reloader) reload() {
	r.tell(daemon.Reloading())
	defer r.tell("READY=1")
	r.log.Info("reloading", "config", r.path)
	cfg, warnings, err := config.Load(r.path)
	for _, w := range warnings {
		r.log.Warn(w.String())
	}
	if err != nil {
		var cerr *config.Error
		n := 1
		if errors.As(err, &cerr) {
			n = len(cerr.Problems)
			for _, p := range cerr.Problems {
				r.log.Error(p.String())
			}
		} else {
			r.log.Error(err.Error())
		}
		r.log.Error("configuration not reloaded; still running on the previous one", "problems", n)
		return
	}
	changes, restart := configChanges(r.cfg, cfg)
	if len(changes) == 0 {
		r.log.Info("configuration reloaded; nothing changed")
	} else {
		r.log.Info("configuration reloaded", "changed", strings.Join(changes, "; "))
	}
	for _, key := range restart {
		r.log.Warn("this change takes effect at the next start", "key", key)
	}
	r.loop.Reload(setup(cfg, r.base))
	r.cfg = cfg
}

func (r *reloader) tell(state string) {
	if r.notify != nil {
		_ = r.notify.Notify(state)
	}
}

// configChanges lists what differs between two snapshots, one short entry
// per key, with old and new values where they are not secret; restart
// lists the keys that `run` reads only at start.
func configChanges(old, cur *config.Config) (changes, restart []string) {
	value := func(key string, a, b any) {
		if !reflect.DeepEqual(a, b) {
			changes = append(changes, fmt.Sprintf("%s: %v → %v", key, show(a), show(b)))
		}
	}
	// For values that may hold a secret (a password command, a feed URL
	// with a token) or that are too long to show.
	changed := func(key string, a, b any) {
		if !reflect.DeepEqual(a, b) {
			changes = append(changes, key+" changed")
		}
	}
	value("timezone", old.TimezoneName, cur.TimezoneName)
	value("state_dir", old.StateDir, cur.StateDir)
	if old.StateDir != cur.StateDir {
		restart = append(restart, "state_dir")
	}
	value("me.name", old.Me.Name, cur.Me.Name)
	value("me.email", old.Me.Email, cur.Me.Email)
	value("me.aliases", old.Me.Aliases, cur.Me.Aliases)

	o, c := old.IMAP, cur.IMAP
	value("imap.host", o.Host, c.Host)
	value("imap.port", o.Port, c.Port)
	value("imap.security", o.Security, c.Security)
	value("imap.allow_plaintext", o.AllowPlaintext, c.AllowPlaintext)
	value("imap.username", o.Username, c.Username)
	value("imap.auth", o.Auth, c.Auth)
	changed("imap password source", [3]string{o.PasswordEnv, o.PasswordFile, o.PasswordCmd},
		[3]string{c.PasswordEnv, c.PasswordFile, c.PasswordCmd})
	value("imap.mailboxes", o.Mailboxes, c.Mailboxes)
	value("imap.drafts", o.Drafts, c.Drafts)
	value("imap.sent", o.Sent, c.Sent)
	value("imap.lookback", o.Lookback, c.Lookback)
	value("imap.poll_interval", o.PollInterval, c.PollInterval)
	value("imap.max_message_size", o.MaxMessageSize, c.MaxMessageSize)

	changed("detect.keywords", old.Detect.Keywords, cur.Detect.Keywords)
	value("detect.ignore_senders", old.Detect.IgnoreSenders, cur.Detect.IgnoreSenders)
	value("detect.trust_authentication_results", old.Detect.TrustAuthResults, cur.Detect.TrustAuthResults)
	value("drafts", old.Drafts, cur.Drafts)
	value("schedule", old.ScheduleText, cur.ScheduleText)
	if !reflect.DeepEqual(old.Rules, cur.Rules) {
		changes = append(changes, fmt.Sprintf("rules changed (%s → %s)", ruleNames(old), ruleNames(cur)))
	}
	// Templates are read again at every reload; parsed templates hold
	// functions, which do not compare, so edits to them are not listed.
	value("templates_dir", old.TemplatesDir, cur.TemplatesDir)
	calendarChanges(&changes, old.Calendars, cur.Calendars)
	value("http.listen", old.HTTP.Listen, cur.HTTP.Listen)
	value("http.allow_remote", old.HTTP.AllowRemote, cur.HTTP.AllowRemote)
	if old.HTTP != cur.HTTP {
		restart = append(restart, "http")
	}
	return changes, restart
}

// calendarChanges names the feeds added, removed or changed; never their
// URLs, which may be secret.
func calendarChanges(changes *[]string, old, cur []config.Calendar) {
	byName := func(cs []config.Calendar) map[string]config.Calendar {
		m := make(map[string]config.Calendar, len(cs))
		for _, c := range cs {
			m[c.Name] = c
		}
		return m
	}
	o, c := byName(old), byName(cur)
	for _, cal := range cur {
		prev, ok := o[cal.Name]
		switch {
		case !ok:
			*changes = append(*changes, fmt.Sprintf("calendar %q added", cal.Name))
		case prev.Refresh != cal.Refresh:
			*changes = append(*changes, fmt.Sprintf("calendar %q: refresh %v → %v", cal.Name, prev.Refresh, cal.Refresh))
		case !sameCalendar(prev, cal):
			*changes = append(*changes, fmt.Sprintf("calendar %q changed", cal.Name))
		}
	}
	for _, cal := range old {
		if _, ok := c[cal.Name]; !ok {
			*changes = append(*changes, fmt.Sprintf("calendar %q removed", cal.Name))
		}
	}
}

// sameCalendar compares the exported settings: the environment a
// snapshot carries is a function, never equal to another.
func sameCalendar(a, b config.Calendar) bool {
	return a.URL == b.URL && a.Refresh == b.Refresh && a.Username == b.Username &&
		a.InterviewsOnly == b.InterviewsOnly && a.MaxSize == b.MaxSize && a.Timeout == b.Timeout &&
		a.PasswordEnv == b.PasswordEnv && a.PasswordFile == b.PasswordFile && a.PasswordCmd == b.PasswordCmd
}

func ruleNames(c *config.Config) string {
	names := make([]string, 0, len(c.Rules))
	for _, r := range c.Rules {
		names = append(names, r.Name)
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

// show prints a value for a change line: lists in brackets, empty as "".
func show(v any) string {
	switch v := v.(type) {
	case string:
		return fmt.Sprintf("%q", v)
	case []string:
		return "[" + strings.Join(slices.Clone(v), ", ") + "]"
	}
	return fmt.Sprint(v)
}
