package config

import (
	"cmp"
	"fmt"
	"github.com/followupd/followupd/interview"
	"net"
	"net/mail"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
)

func (d *decoder) me(c *Config) {
	c.Me.Name = d.l.get("me.name").text
	email := d.l.get("me.email")
	switch {
	case !email.isSet() || email.text == "":
		d.missing("me.email")
	default:
		if err := checkAddress(email.text); err != nil {
			d.bad(email, "%v", err)
		}
		c.Me.Email = email.text
	}
	aliases := d.l.get("me.aliases")
	for _, it := range aliases.items {
		if err := checkAddress(it.text); err != nil {
			d.badItem(aliases, it, "%v", err)
			continue
		}
		c.Me.Aliases = append(c.Me.Aliases, it.text)
	}
}

// checkAddress accepts a bare address only: the display name has its own
// key, and "Name <addr>" here would be compared against From headers.
func checkAddress(s string) error {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s {
		hint := ""
		if err == nil && a.Name != "" {
			hint = " (put the name in me.name)"
		}
		return fmt.Errorf("want an address such as you@example.com, got %q%s", s, hint)
	}
	return nil
}

// defaultMailboxes are watched for invitations and replies unless the user
// says otherwise; Sent is read separately for "I wrote".
var defaultMailboxes = []string{"INBOX"}

const (
	defaultLookback     = 60 * 24 * time.Hour
	defaultPollInterval = 5 * time.Minute
	// Polling more often than this gains nothing for drafts that are due
	// hours later, and some providers throttle accounts that do.
	minPollInterval = time.Minute
)

func (d *decoder) imap(c *Config) {
	m := &c.IMAP
	host := d.l.get("imap.host")
	switch {
	case !host.isSet() || host.text == "":
		d.missing("imap.host")
	case strings.Contains(host.text, "://") || strings.ContainsAny(host.text, " \t/"):
		d.bad(host, "want a host name such as imap.example.com, got %q", host.text)
	default:
		m.Host = host.text
	}

	sec, _ := d.choice(d.l.get("imap.security"), string(SecurityTLS), string(SecurityTLS), string(SecurityStartTLS), string(SecurityNone))
	m.Security = Security(sec)
	plain := d.l.get("imap.allow_plaintext")
	m.AllowPlaintext = d.boolean(plain)
	if m.Security == SecurityNone && m.Host != "" && !m.AllowPlaintext && !isLoopback(m.Host) {
		d.bad(d.l.get("imap.security"), "%q sends the password in clear text: allowed only for a loopback host or with imap.allow_plaintext: true", sec)
	}

	m.Port = 993
	if m.Security != SecurityTLS {
		m.Port = 143
	}
	if port := d.l.get("imap.port"); port.isSet() {
		n, err := strconv.Atoi(port.text)
		if err != nil || n < 1 || n > 65535 {
			d.bad(port, "want a port number from 1 to 65535, got %q", port.text)
		} else {
			m.Port = n
		}
	}

	m.Username = d.l.get("imap.username").text
	if m.Username == "" {
		m.Username = c.Me.Email
	}
	d.password(c)
	auth, _ := d.choice(d.l.get("imap.auth"), string(AuthAuto),
		string(AuthAuto), string(AuthPlain), string(AuthLogin), string(AuthXOAuth2), string(AuthOAuthBearer))
	m.Auth = Auth(auth)

	m.Mailboxes = slices.Clone(defaultMailboxes)
	if boxes := d.l.get("imap.mailboxes"); boxes.isSet() {
		m.Mailboxes = nil
		for _, it := range boxes.items {
			if it.text == "" {
				d.badItem(boxes, it, "want a mailbox name, got an empty one")
				continue
			}
			m.Mailboxes = append(m.Mailboxes, it.text)
		}
		if len(boxes.items) == 0 {
			d.bad(boxes, "want at least one mailbox to watch, such as INBOX")
		}
	}
	m.Drafts = d.l.get("imap.drafts").text
	m.Sent = d.l.get("imap.sent").text
	m.Lookback = d.span(d.l.get("imap.lookback"), defaultLookback)
	poll := d.l.get("imap.poll_interval")
	m.PollInterval = d.span(poll, defaultPollInterval)
	if m.PollInterval < minPollInterval {
		d.warn(poll, "polling more often than once a minute may get the account throttled")
	}
	m.MaxMessageSize = d.messageSize(d.l.get("imap.max_message_size"))
}

// Bounds of imap.max_message_size: below 64 KiB an invitation with its
// calendar may not fit; above 64 MiB the parser reads no more anyway.
const (
	defaultMaxMessageSize = 5 << 20
	minMaxMessageSize     = 64 << 10
	maxMaxMessageSize     = 64 << 20
)

func (d *decoder) messageSize(s setting) int64 {
	if !s.isSet() || s.text == "" {
		return defaultMaxMessageSize
	}
	n, _, err := parseSize(s.text)
	switch {
	case err != nil:
		d.bad(s, "%v", err)
		return defaultMaxMessageSize
	case n < minMaxMessageSize:
		d.bad(s, "%d bytes is too small to read an invitation: use at least 64 KiB", n)
		return defaultMaxMessageSize
	case n > maxMaxMessageSize:
		d.warn(s, "followupd reads no more than 64 MiB of a message, so a larger max_message_size has no effect")
		return maxMaxMessageSize
	}
	return n
}

// drafts reads the bounds on what a pass writes. A draft goes out in the
// user's name: these bound what one message, or one pass, can make.
func (d *decoder) drafts(c *Config) {
	c.Drafts.MaxRecipients = d.positive(d.l.get("drafts.max_recipients"), 10, 100)
	c.Drafts.MaxPerPass = d.positive(d.l.get("drafts.max_per_pass"), 20, 1000)
}

// positive reads a whole number from 1 to max, def when unset.
func (d *decoder) positive(s setting, def, max int) int {
	if !s.isSet() || s.text == "" {
		return def
	}
	n, err := strconv.Atoi(s.text)
	if err != nil || n < 1 || n > max {
		d.bad(s, "want a whole number from 1 to %d, got %q", max, s.text)
		return def
	}
	return n
}

func (d *decoder) span(s setting, def time.Duration) time.Duration {
	if !s.isSet() || s.text == "" {
		return def
	}
	v, err := parseSpan(s.text)
	if err != nil {
		d.bad(s, "%v", err)
		return def
	}
	return v
}

// isLoopback is true for hosts whose traffic never leaves the machine, the
// only place a password may travel unencrypted without being asked for.
func isLoopback(host string) bool {
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") || strings.EqualFold(host, "localhost.") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// passwordKeys are the ways to give the password, of which exactly one is
// set.
var passwordKeys = []string{"imap.password", "imap.password_env", "imap.password_file", "imap.password_cmd"}

func (d *decoder) password(c *Config) {
	// An environment override of any password key replaces the file's
	// choice of source rather than adding a second one: the common case is
	// a config kept in git with password_cmd and a CI job that sets
	// FOLLOWUPD_IMAP_PASSWORD_ENV.
	fromEnv := false
	for _, key := range passwordKeys {
		if d.l.get(key).env != "" {
			fromEnv = true
		}
	}
	var set []setting
	for _, key := range passwordKeys {
		s := d.l.get(key)
		if s.isSet() && s.text != "" && (!fromEnv || s.env != "") {
			set = append(set, s)
		}
	}
	if len(set) == 0 {
		d.r.errorAt(d.lines["imap"], "imap: no password given: set one of password_cmd, password_file or password_env")
		return
	}
	s, ok := d.onePassword(set, "")
	if !ok {
		return
	}
	if s.key == "imap.password" {
		c.password = &secret{value: s.text}
		if s.env == "" {
			d.warn(s, "the password is written in the config file, where anything that reads the file finds it: prefer password_cmd, password_file or password_env")
		}
		return
	}
	src := d.passwordSource(s, "imap.")
	c.IMAP.PasswordEnv, c.IMAP.PasswordFile, c.IMAP.PasswordCmd = src.envVar, src.file, src.cmd
}

// onePassword returns the only one of the password settings in set (which
// is not empty), or reports that there are several. prefix is cut from
// the keys where they are named in the message.
func (d *decoder) onePassword(set []setting, prefix string) (setting, bool) {
	if len(set) == 1 {
		return set[0], true
	}
	// Blame the last one in the file: the earlier ones read as the user's
	// choice until the second one appears.
	slices.SortStableFunc(set, func(a, b setting) int { return cmp.Compare(a.line(), b.line()) })
	var where []string
	for _, s := range set[:len(set)-1] {
		if s.env != "" {
			where = append(where, s.env)
		} else {
			where = append(where, fmt.Sprintf("%s (line %d)", strings.TrimPrefix(s.key, prefix), s.line()))
		}
	}
	verb := "is"
	if len(where) > 1 {
		verb = "are"
	}
	d.bad(set[len(set)-1], "only one way to give the password may be set, but %s %s set too", strings.Join(where, " and "), verb)
	return setting{}, false
}

// passwordSource checks the password_env, password_file or password_cmd
// setting s, whose key starts with prefix, and returns it as a source.
func (d *decoder) passwordSource(s setting, prefix string) passwordSource {
	src := passwordSource{env: d.env}
	switch strings.TrimPrefix(s.key, prefix) {
	case "password_env":
		src.envVar = s.text
		if v, ok := d.env(s.text); !ok || v == "" {
			d.warn(s, "$%s is not set in this environment", s.text)
		}
	case "password_file":
		src.file = resolvePath(s.text, d.dir, d.env)
		d.checkPasswordFile(s, src.file)
	case "password_cmd":
		src.cmd = s.text
	}
	return src
}

// checkPasswordFile warns (without failing: the file may be mounted only
// when the daemon runs) about a missing file or one that others can read.
func (d *decoder) checkPasswordFile(s setting, path string) {
	fi, err := os.Stat(path)
	if err != nil {
		d.warn(s, "%v", err)
		return
	}
	if mode := fi.Mode().Perm(); mode&0o077 != 0 {
		d.warn(s, "%s can be read by other users (mode %04o): chmod 600 it", path, mode)
	}
}

func (d *decoder) detect(c *Config) {
	// The built-in words live with detection, one list for every language.
	c.Detect.Keywords = interview.DefaultKeywords()
	if kw := d.l.get("detect.keywords"); kw.isSet() {
		c.Detect.Keywords = nil
		for _, it := range kw.items {
			if it.text == "" {
				d.badItem(kw, it, "want a keyword, got an empty one")
				continue
			}
			c.Detect.Keywords = append(c.Detect.Keywords, it.text)
		}
		if len(kw.items) == 0 {
			d.warn(kw, "no keywords: only calendar invitations will be recognised as interviews")
		}
	}
	c.Detect.TrustAuthResults = true
	if tar := d.l.get("detect.trust_authentication_results"); tar.isSet() {
		c.Detect.TrustAuthResults = d.boolean(tar)
	}
	ignore := d.l.get("detect.ignore_senders")
	for _, it := range ignore.items {
		entry := strings.ToLower(it.text)
		if err := checkSender(entry); err != nil {
			d.badItem(ignore, it, "%v", err)
			continue
		}
		c.Detect.IgnoreSenders = append(c.Detect.IgnoreSenders, entry)
	}
}

// checkSender accepts an address or "@domain".
func checkSender(s string) error {
	if domain, ok := strings.CutPrefix(s, "@"); ok {
		if domain == "" || strings.ContainsAny(domain, "@ <>,;") || !strings.Contains(domain, ".") {
			return fmt.Errorf("want an address or @domain, got %q", s)
		}
		return nil
	}
	if !strings.Contains(s, "@") {
		return fmt.Errorf("want an address or @domain, got %q (did you mean %q?)", s, "@"+s)
	}
	if a, err := mail.ParseAddress(s); err != nil || a.Address != s {
		return fmt.Errorf("want an address or @domain, got %q", s)
	}
	return nil
}

// http checks the monitoring listener. /healthz and /metrics name the
// user's folders, feeds and the companies they interview with, so other
// machines may reach them only when the user says so.
func (d *decoder) http(c *Config) {
	remote := d.l.get("http.allow_remote")
	c.HTTP.AllowRemote = d.boolean(remote)
	listen := d.l.get("http.listen")
	if !listen.isSet() || listen.text == "" {
		if c.HTTP.AllowRemote {
			d.warn(remote, "has no effect without http.listen")
		}
		return
	}
	host, port, err := net.SplitHostPort(listen.text)
	if err != nil {
		d.bad(listen, "want host:port such as 127.0.0.1:9464, got %q", listen.text)
		return
	}
	// Port 0 asks the system for a free port, which `run` logs.
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		d.bad(listen, "want a port number from 0 to 65535, got %q", port)
		return
	}
	if !c.HTTP.AllowRemote && !isLoopback(host) {
		what := fmt.Sprintf("%q", host)
		if host == "" {
			what = "every interface"
		}
		d.bad(listen, "%s can be reached from other machines: use 127.0.0.1 or [::1], or set http.allow_remote: true", what)
		return
	}
	c.HTTP.Listen = listen.text
}
