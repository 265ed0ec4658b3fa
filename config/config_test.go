package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/rules"
)

const testPath = "/home/alex/.config/followupd/config.yaml"

// minimal is the least a valid config holds.
const minimal = `me:
  email: Alex@Example.com
imap:
  host: imap.example.com
  password_cmd: pass show mail/imap
`

// envOf is an environment holding the given NAME=value pairs on top of a
// home directory and a time zone, so that no test depends on the machine.
func envOf(pairs ...string) func(string) (string, bool) {
	vars := map[string]string{"HOME": "/home/alex", "TZ": "Europe/Berlin"}
	for _, p := range pairs {
		k, v, _ := strings.Cut(p, "=")
		vars[k] = v
	}
	return func(k string) (string, bool) {
		v, ok := vars[k]
		return v, ok
	}
}

func strs(ps []Problem) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return out
}

// problemsOf returns every problem of a config, errors then warnings, as
// the user reads them.
func problemsOf(t *testing.T, yaml string, env func(string) (string, bool)) []string {
	t.Helper()
	_, warnings, err := Parse(testPath, []byte(yaml), env)
	var out []string
	if err != nil {
		var cerr *Error
		if !errors.As(err, &cerr) {
			t.Fatalf("Parse error is %T, want *Error: %v", err, err)
		}
		out = strs(cerr.Problems)
	}
	return append(out, strs(warnings)...)
}

func mustParse(t *testing.T, yaml string, env func(string) (string, bool)) *Config {
	t.Helper()
	c, warnings, err := Parse(testPath, []byte(yaml), env)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if len(warnings) > 0 {
		t.Fatalf("Parse warnings: %q", strs(warnings))
	}
	return c
}

func TestParseDefaults(t *testing.T) {
	c := mustParse(t, minimal, envOf())
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	want := IMAP{
		Host:           "imap.example.com",
		Port:           993,
		Security:       SecurityTLS,
		Username:       "Alex@Example.com",
		Auth:           AuthAuto,
		PasswordCmd:    "pass show mail/imap",
		Mailboxes:      []string{"INBOX"},
		Lookback:       60 * 24 * time.Hour,
		PollInterval:   5 * time.Minute,
		MaxMessageSize: 5 << 20,
	}
	if !reflect.DeepEqual(c.IMAP, want) {
		t.Errorf("IMAP = %+v\nwant %+v", c.IMAP, want)
	}
	if c.Path != testPath || c.TimezoneName != "Europe/Berlin" || c.Location.String() != "Europe/Berlin" {
		t.Errorf("Path, TimezoneName, Location = %q, %q, %v", c.Path, c.TimezoneName, c.Location)
	}
	if c.StateDir != "/home/alex/.local/state/followupd" {
		t.Errorf("StateDir = %q", c.StateDir)
	}
	if c.TemplatesDir != "" || c.Templates == nil {
		t.Errorf("TemplatesDir, Templates = %q, %v; want built-in templates", c.TemplatesDir, c.Templates)
	}
	if !reflect.DeepEqual(c.Rules, rules.DefaultRules()) {
		t.Errorf("Rules = %+v\nwant the defaults %+v", c.Rules, rules.DefaultRules())
	}
	// The schedule's source text and rules.DefaultSchedule must agree.
	if def := rules.DefaultSchedule(berlin); c.Schedule.Workdays != def.Workdays ||
		c.Schedule.Start != def.Start || c.Schedule.End != def.End ||
		c.Schedule.Location.String() != "Europe/Berlin" || c.Schedule.Holiday != nil {
		t.Errorf("Schedule = %+v, want rules.DefaultSchedule %+v", c.Schedule, def)
	}
	wantText := ScheduleText{Workdays: []string{"mon-fri"}, Hours: "09:00-18:00"}
	if !reflect.DeepEqual(c.ScheduleText, wantText) {
		t.Errorf("ScheduleText = %+v, want %+v", c.ScheduleText, wantText)
	}
	if !slices.Contains(c.Detect.Keywords, "vorstellungsgespräch") || !slices.Contains(c.Detect.Keywords, "interview") {
		t.Errorf("Keywords = %q, want the multilingual defaults", c.Detect.Keywords)
	}
	if got := c.Addresses(); !reflect.DeepEqual(got, []string{"alex@example.com"}) {
		t.Errorf("Addresses() = %q", got)
	}
}

func TestParseValues(t *testing.T) {
	home := t.TempDir()
	if err := os.Mkdir(filepath.Join(home, "tmpl"), 0o700); err != nil {
		t.Fatal(err)
	}
	c := mustParse(t, `timezone: America/New_York
state_dir: state
me:
  name: Alex Example
  email: alex@example.com
  aliases: [Alex.Example@Gmail.com, alex@example.com]
imap:
  host: mail.example.org
  security: starttls
  username: "0042"
  password_env: IMAP_PASSWORD
  auth: login
  mailboxes: [INBOX, Jobs]
  drafts: Entwürfe
  sent: Sent Items
  lookback: 8 weeks
  poll_interval: 90s
detect:
  keywords: [Interview, Gespräch]
  ignore_senders: ["@Jobs.Example.net", hr@corp.example]
schedule:
  workdays: [sun-thu]
  hours: 08:30-17:00
  holidays: de
templates_dir: ~/tmpl
rules:
  - name: thank-you
    after: 2h
    within: same day
`, envOf("IMAP_PASSWORD=s3cret", "XDG_STATE_HOME=/var/lib/x", "HOME="+home))

	want := IMAP{
		Host: "mail.example.org", Port: 143, Security: SecurityStartTLS,
		Username: "0042", Auth: AuthLogin, PasswordEnv: "IMAP_PASSWORD",
		Mailboxes: []string{"INBOX", "Jobs"}, Drafts: "Entwürfe", Sent: "Sent Items",
		Lookback: 8 * 7 * 24 * time.Hour, PollInterval: 90 * time.Second, MaxMessageSize: 5 << 20,
	}
	if !reflect.DeepEqual(c.IMAP, want) {
		t.Errorf("IMAP = %+v\nwant %+v", c.IMAP, want)
	}
	if c.TimezoneName != "America/New_York" || c.Schedule.Location.String() != "America/New_York" {
		t.Errorf("time zone = %q, schedule in %v", c.TimezoneName, c.Schedule.Location)
	}
	// Relative to the config file, not the working directory.
	if c.StateDir != "/home/alex/.config/followupd/state" {
		t.Errorf("StateDir = %q", c.StateDir)
	}
	if c.TemplatesDir != filepath.Join(home, "tmpl") {
		t.Errorf("TemplatesDir = %q", c.TemplatesDir)
	}
	wantMe := Identity{Name: "Alex Example", Email: "alex@example.com", Aliases: []string{"Alex.Example@Gmail.com", "alex@example.com"}}
	if !reflect.DeepEqual(c.Me, wantMe) {
		t.Errorf("Me = %+v, want %+v", c.Me, wantMe)
	}
	if got := c.Addresses(); !reflect.DeepEqual(got, []string{"alex@example.com", "alex.example@gmail.com"}) {
		t.Errorf("Addresses() = %q", got)
	}
	wantDetect := Detect{Keywords: []string{"Interview", "Gespräch"}, IgnoreSenders: []string{"@jobs.example.net", "hr@corp.example"}, TrustAuthResults: true}
	if !reflect.DeepEqual(c.Detect, wantDetect) {
		t.Errorf("Detect = %+v, want %+v", c.Detect, wantDetect)
	}
	wantDays := [7]bool{true, true, true, true, true, false, false}
	if c.Schedule.Workdays != wantDays || c.Schedule.Start != 8*time.Hour+30*time.Minute || c.Schedule.End != 17*time.Hour {
		t.Errorf("Schedule = %+v", c.Schedule)
	}
	if c.Schedule.Holiday == nil || !c.Schedule.Holiday(time.Date(2025, time.October, 3, 12, 0, 0, 0, c.Location)) {
		t.Errorf("Schedule.Holiday does not know German Unity Day")
	}
	wantText := ScheduleText{Workdays: []string{"sun-thu"}, Hours: "08:30-17:00", Holidays: "de"}
	if !reflect.DeepEqual(c.ScheduleText, wantText) {
		t.Errorf("ScheduleText = %+v, want %+v", c.ScheduleText, wantText)
	}
	sameDay, _ := rules.ParsePhrase("same day")
	twoHours, _ := rules.ParsePhrase("2h")
	wantRules := []rules.Rule{{
		Name: "thank-you", Trigger: rules.InterviewEnd, After: twoHours, Within: sameDay,
		Template: "thank-you", To: rules.ToInterviewers,
	}}
	if !reflect.DeepEqual(c.Rules, wantRules) {
		t.Errorf("Rules = %+v\nwant %+v", c.Rules, wantRules)
	}
}

// TestParseReportsEverything is the promise of `followupd check`: all the
// mistakes of a file at once, each at its line.
func TestParseReportsEverything(t *testing.T) {
	got := problemsOf(t, `timezone: Europe/Berln
me:
  email: alex@example.com
imap:
  host: imap.example.com
  prot: 993
  password_cmd: pass show mail/imap
schedule:
  hours: "9-25"
rules:
  - name: thanks
    trigger: lunch
    after: 2 fortnights
    within: next day
    template: nope
    unless: [ghosted]
`, envOf())
	want := []string{
		testPath + `:1: timezone: unknown time zone "Europe/Berln" (want an IANA name such as "Europe/Berlin")`,
		testPath + `:6: unknown key "prot" in imap (did you mean "port"?)`,
		testPath + `:9: schedule.hours: work hours "9-25": "9" is not HH:MM`,
		testPath + `:12: rule "thanks": trigger: want one of interview_end, interview_start, invitation, got "lunch"`,
		testPath + `:13: rule "thanks": after: phrase "2 fortnights": not understood; accepted: 0, immediately, 90m, 2h, 1h30m, 30 minutes, 2 hours, 3 days, 2 business days, 1 week, 2 weeks, same day, next day, next business day, within the week, the week, a week, this week`,
		testPath + `:15: rule "thanks": template: no template "nope" among the built-in templates (set templates_dir to add your own)`,
		testPath + `:16: rule "thanks": unless: want one of employer_replied, i_wrote, rejected, cancelled, offer, got "ghosted"`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParseProblems(t *testing.T) {
	const me = "me:\n  email: alex@example.com\n"
	const imap = "imap:\n  host: imap.example.com\n  password_cmd: pass show mail/imap\n"
	tests := []struct {
		name string
		yaml string
		env  []string
		want []string // without the "FILE:" prefix when it is the config file
	}{
		{
			name: "yaml syntax error stops there",
			yaml: "me:\n  email: alex@example.com\n  name: [unclosed\nimap: {}\n",
			want: []string{`:3: yaml: did not find expected ',' or ']'`},
		},
		{
			name: "yaml scanner error",
			yaml: "me:\n  email: alex@example.com\n  name: a: b\n",
			want: []string{`:3: yaml: mapping values are not allowed in this context`},
		},
		{
			name: "yaml parser error",
			yaml: "- a\nb: c\n",
			want: []string{`:2: yaml: did not find expected '-' indicator`},
		},
		{
			name: "yaml error on the first line, printed without one",
			yaml: "a: b: c\n",
			want: []string{`:1: yaml: mapping values are not allowed in this context`},
		},
		{
			name: "yaml reader error",
			yaml: "me:\n  name: Alex\n  email: a\x01@example.com\n",
			want: []string{`:3: yaml: control characters are not allowed`},
		},
		{
			name: "yaml invalid UTF-8",
			yaml: "me:\n  name: \xff\n",
			want: []string{`:2: yaml: invalid leading UTF-8 octet`},
		},
		{
			name: "top level is not a mapping",
			yaml: "- a\n- b\n",
			want: []string{`:1: want a mapping of keys at the top level, got a list`},
		},
		{
			name: "second document",
			yaml: me + imap + "---\nme: {}\n",
			want: []string{`:6: a second YAML document (---) is not allowed: put everything in one`},
		},
		{
			name: "empty file: every required key, without a line",
			yaml: "# nothing yet\n",
			want: []string{
				`: me.email is required`,
				`: imap.host is required`,
				`: imap: no password given: set one of password_cmd, password_file or password_env`,
			},
		},
		{
			name: "required keys missing inside their sections",
			yaml: "me:\n  name: Alex\nimap:\n  port: 993\n",
			want: []string{
				`:1: me.email is required`,
				`:3: imap.host is required`,
				`:3: imap: no password given: set one of password_cmd, password_file or password_env`,
			},
		},
		{
			name: "unknown keys with suggestions",
			yaml: me + imap + "  hsot: x\n  mailbox: [INBOX]\n  colour: blue\nshedule: {}\nrules:\n  - name: thank-you\n    within: same day\n    tempalte: x\n",
			want: []string{
				`:6: unknown key "hsot" in imap (did you mean "host"?)`,
				`:7: unknown key "mailbox" in imap (did you mean "mailboxes"?)`,
				`:8: unknown key "colour" in imap`,
				`:9: unknown key "shedule" (did you mean "schedule"?)`,
				`:13: unknown key "tempalte" in rule "thank-you" (did you mean "template"?)`,
			},
		},
		{
			name: "key in the wrong section",
			yaml: me + imap + "keywords: [interview]\n",
			want: []string{`:6: unknown key "keywords" (did you mean "detect.keywords"?)`},
		},
		{
			name: "wrong shapes",
			yaml: me + imap + "  port: [993]\n  mailboxes: INBOX\n  allow_plaintext: yes\ndetect: [interview]\nschedule:\n  workdays: [[mon]]\n",
			want: []string{
				`:6: imap.port: want a number, got a list`,
				`:7: imap.mailboxes: want a list, got "INBOX" (write [INBOX])`,
				`:8: imap.allow_plaintext: want true or false, got "yes"`,
				`:9: detect: want a mapping of keys, got a list`,
				`:11: schedule.workdays: want a single value in the list, got a list`,
			},
		},
		{
			name: "duplicate key",
			yaml: me + imap + "  host: other.example.com\n",
			want: []string{`:6: imap.host is set twice (first at line 4)`},
		},
		{
			name: "merge keys",
			yaml: "me: &me\n  email: alex@example.com\n" + imap + "  <<: *me\n",
			want: []string{`:6: merge keys (<<) are not supported: write the keys out`},
		},
		{
			name: "bad addresses",
			yaml: "me:\n  email: Alex <alex@example.com>\n  aliases: [ok@example.com, not-an-address]\n" + imap + "detect:\n  ignore_senders: [example.com, \"@\", \"bad@@example.com\"]\n",
			want: []string{
				`:2: me.email: want an address such as you@example.com, got "Alex <alex@example.com>" (put the name in me.name)`,
				`:3: me.aliases: want an address such as you@example.com, got "not-an-address"`,
				`:8: detect.ignore_senders: want an address or @domain, got "example.com" (did you mean "@example.com"?)`,
				`:8: detect.ignore_senders: want an address or @domain, got "@"`,
				`:8: detect.ignore_senders: want an address or @domain, got "bad@@example.com"`,
			},
		},
		{
			name: "bad imap values",
			yaml: me + "imap:\n  host: imaps://imap.example.com\n  port: 99999\n  security: ssl\n  auth: cram-md5\n  password_cmd: pass\n  lookback: 2 months\n  poll_interval: 0s\n  mailboxes: []\n",
			want: []string{
				`:4: imap.host: want a host name such as imap.example.com, got "imaps://imap.example.com"`,
				`:5: imap.port: want a port number from 1 to 65535, got "99999"`,
				`:6: imap.security: want one of tls, starttls, none, got "ssl" (did you mean "tls"?)`,
				`:7: imap.auth: want one of auto, plain, login, xoauth2, oauthbearer, got "cram-md5"`,
				`:9: imap.lookback: want a duration such as "60 days", "8 weeks", "5m" or "1h30m", got "2 months"`,
				`:10: imap.poll_interval: want a duration above zero, got "0s"`,
				`:11: imap.mailboxes: want at least one mailbox to watch, such as INBOX`,
			},
		},
		{
			name: "plain text to a remote host",
			yaml: me + imap + "  security: none\n",
			want: []string{`:6: imap.security: "none" sends the password in clear text: allowed only for a loopback host or with imap.allow_plaintext: true`},
		},
		{
			name: "two password sources",
			yaml: me + imap + "  password_env: IMAP_PASSWORD\n",
			env:  []string{"IMAP_PASSWORD=x"},
			want: []string{`:6: imap.password_env: only one way to give the password may be set, but imap.password_cmd (line 5) is set too`},
		},
		{
			name: "schedule",
			yaml: me + imap + "schedule:\n  workdays: [mon, tuesday, wedn]\n  hours: 18:00-09:00\n  holidays: atlantis\n",
			want: []string{
				`:7: schedule.workdays: workdays: "wedn" is not a day or a range such as mon-fri (days: mon, tue, wed, thu, fri, sat, sun or full names)`,
				`:8: schedule.hours: work hours "18:00-09:00": start is not before end`,
				`:9: schedule.holidays: holidays "atlantis": unknown country or region; supported: ` + strings.Join(rules.HolidayCodes(), ", "),
			},
		},
		{
			name: "no workdays at all",
			yaml: me + imap + "schedule:\n  workdays: []\n",
			want: []string{`:7: schedule.workdays: workdays: none given`},
		},
		{
			name: "rules",
			yaml: me + imap + `rules:
  - name: thank-you
    within: next day
    to: recruiter
    unless: [employer-replied]
  - name: thank-you
    after: 1h
    within: same day
  - after: 1h
    within: same day
  - name: late
    after: 3 days
    within: next day
    template: thank-you
  - name: no-deadline
    template: check-in
  - just a string
`,
			want: []string{
				`:9: rule "thank-you": to: want one of interviewers, organizer, thread, got "recruiter"`,
				`:10: rule "thank-you": unless: want one of employer_replied, i_wrote, rejected, cancelled, offer, got "employer-replied" (did you mean "employer_replied"?)`,
				`:11: rule "thank-you": name: "thank-you" is the name of the rule at line 7 too: names must be unique, a rule's name keys the drafts it has written`,
				`:14: rule #3: name is required`,
				`:18: rule "late": within: "next day" ends before after ("3 days") begins, so every draft would be late`,
				`:20: rule "no-deadline": within is required (such as "within: next business day")`,
				`:22: rule #6: want a mapping with name, after, within, ..., got "just a string"`,
			},
		},
		{
			name: "template named after the rule is missing",
			yaml: me + imap + "rules:\n  - name: nudge\n    within: 3 days\n",
			want: []string{`:7: rule "nudge": no template "nudge" among the built-in templates (set templates_dir to add your own); without a template key a rule uses the template of its own name`},
		},
		{
			name: "environment overrides are reported by variable",
			yaml: me + imap,
			env:  []string{"FOLLOWUPD_IMAP_PORT=imaps", "FOLLOWUPD_IMAP_ALLOW_PLAINTEXT=maybe", "FOLLOWUPD_ME_ALIASES=a@example.com,nope", "FOLLOWUPD_TIMEZONE=Mars/Olympus"},
			want: []string{
				`FOLLOWUPD_TIMEZONE: unknown time zone "Mars/Olympus" (want an IANA name such as "Europe/Berlin")`,
				`FOLLOWUPD_ME_ALIASES: want an address such as you@example.com, got "nope"`,
				`FOLLOWUPD_IMAP_ALLOW_PLAINTEXT: want true or false, got "maybe"`,
				`FOLLOWUPD_IMAP_PORT: want a port number from 1 to 65535, got "imaps"`,
			},
		},
		{
			name: "warnings",
			yaml: me + "imap:\n  host: imap.example.com\n  password: hunter2\n  poll_interval: 30s\ndetect:\n  keywords: []\n",
			want: []string{
				`:5: warning: imap.password: the password is written in the config file, where anything that reads the file finds it: prefer password_cmd, password_file or password_env`,
				`:6: warning: imap.poll_interval: polling more often than once a minute may get the account throttled`,
				`:8: warning: detect.keywords: no keywords: only calendar invitations will be recognised as interviews`,
			},
		},
		{
			name: "password_env not set here",
			yaml: me + "imap:\n  host: imap.example.com\n  password_env: IMAP_PASSWORD\n",
			want: []string{`:5: warning: imap.password_env: $IMAP_PASSWORD is not set in this environment`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := problemsOf(t, tc.yaml, envOf(tc.env...))
			want := make([]string, len(tc.want))
			for i, w := range tc.want {
				if strings.HasPrefix(w, ":") {
					w = testPath + w
				}
				want[i] = w
			}
			if !slices.Equal(got, want) {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

func TestEnvOverrides(t *testing.T) {
	const file = `me:
  email: alex@example.com
imap:
  host: imap.example.com
  password_cmd: pass show mail/imap
  mailboxes: [INBOX]
`
	tests := []struct {
		name  string
		env   []string
		check func(c *Config) bool
	}{
		{
			name:  "a scalar wins over the file",
			env:   []string{"FOLLOWUPD_IMAP_HOST=mail.example.org"},
			check: func(c *Config) bool { return c.IMAP.Host == "mail.example.org" },
		},
		{
			name:  "a key the file does not set",
			env:   []string{"FOLLOWUPD_IMAP_PORT=1993", "FOLLOWUPD_ME_NAME=Alex"},
			check: func(c *Config) bool { return c.IMAP.Port == 1993 && c.Me.Name == "Alex" },
		},
		{
			name: "a list is comma-separated values",
			env:  []string{`FOLLOWUPD_IMAP_MAILBOXES=INBOX,"Jobs, 2025"`},
			check: func(c *Config) bool {
				return slices.Equal(c.IMAP.Mailboxes, []string{"INBOX", "Jobs, 2025"})
			},
		},
		{
			name: "a password source replaces the file's",
			env:  []string{"FOLLOWUPD_IMAP_PASSWORD_ENV=CI_SECRET", "CI_SECRET=x"},
			check: func(c *Config) bool {
				return c.IMAP.PasswordEnv == "CI_SECRET" && c.IMAP.PasswordCmd == ""
			},
		},
		{
			name:  "an empty variable is no override",
			env:   []string{"FOLLOWUPD_IMAP_HOST="},
			check: func(c *Config) bool { return c.IMAP.Host == "imap.example.com" },
		},
		{
			name:  "plain text allowed from the environment",
			env:   []string{"FOLLOWUPD_IMAP_SECURITY=none", "FOLLOWUPD_IMAP_ALLOW_PLAINTEXT=true"},
			check: func(c *Config) bool { return c.IMAP.Security == SecurityNone && c.IMAP.Port == 143 },
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := mustParse(t, file, envOf(tc.env...))
			if !tc.check(c) {
				t.Errorf("override not applied: %+v %+v", c.Me, c.IMAP)
			}
		})
	}
}

// TestIMAPAuth: the mechanisms imap.auth accepts, the OAuth ones with an
// access token from password_cmd.
func TestIMAPAuth(t *testing.T) {
	for _, tc := range []struct {
		value string
		want  Auth
		err   string
	}{
		{value: "", want: AuthAuto},
		{value: "auto", want: AuthAuto},
		{value: "plain", want: AuthPlain},
		{value: "login", want: AuthLogin},
		{value: "xoauth2", want: AuthXOAuth2},
		{value: "oauthbearer", want: AuthOAuthBearer},
		{value: "oauth2", err: `:6: imap.auth: want one of auto, plain, login, xoauth2, oauthbearer, got "oauth2" (did you mean "xoauth2"?)`},
		{value: "OAUTHBEARER", err: `:6: imap.auth: want one of auto, plain, login, xoauth2, oauthbearer, got "OAUTHBEARER" (did you mean "oauthbearer"?)`},
	} {
		t.Run(tc.value, func(t *testing.T) {
			yaml := minimal
			if tc.value != "" {
				yaml += "  auth: " + tc.value + "\n"
			}
			if tc.err != "" {
				got := problemsOf(t, yaml, envOf())
				if len(got) != 1 || !strings.HasSuffix(got[0], tc.err) {
					t.Fatalf("problems = %q, want one ending in %q", got, tc.err)
				}
				return
			}
			if c := mustParse(t, yaml, envOf()); c.IMAP.Auth != tc.want {
				t.Errorf("IMAP.Auth = %q, want %q", c.IMAP.Auth, tc.want)
			}
		})
	}
}

func TestPlaintext(t *testing.T) {
	tests := []struct {
		name  string
		host  string
		allow bool
		ok    bool
	}{
		{name: "localhost", host: "localhost", ok: true},
		{name: "loopback v4", host: "127.0.0.53", ok: true},
		{name: "loopback v6", host: "::1", ok: true},
		{name: "loopback v6 bracketed", host: "[::1]", ok: true},
		{name: "remote", host: "imap.example.com", ok: false},
		{name: "private network is not loopback", host: "192.168.1.2", ok: false},
		{name: "remote, allowed", host: "imap.example.com", allow: true, ok: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			yaml := "me:\n  email: a@example.com\nimap:\n  host: \"" + tc.host + "\"\n  security: none\n  password_env: P\n"
			if tc.allow {
				yaml += "  allow_plaintext: true\n"
			}
			c, _, err := Parse(testPath, []byte(yaml), envOf("P=x"))
			if (err == nil) != tc.ok {
				t.Fatalf("Parse error = %v, want ok=%v", err, tc.ok)
			}
			if tc.ok && c.IMAP.Port != 143 {
				t.Errorf("Port = %d, want 143", c.IMAP.Port)
			}
		})
	}
}

func TestSystemZone(t *testing.T) {
	tests := []struct {
		name string
		tz   string
		want string
	}{
		{name: "name", tz: "Asia/Tokyo", want: "Asia/Tokyo"},
		{name: "colon form", tz: ":Europe/Paris", want: "Europe/Paris"},
		{name: "file path", tz: "/usr/share/zoneinfo/America/Chicago", want: "America/Chicago"},
		{name: "empty is UTC", tz: "", want: "UTC"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			name, loc := systemZone(envOf("TZ=" + tc.tz))
			if name != tc.want || loc.String() != tc.want {
				t.Errorf("systemZone = %q, %v; want %q", name, loc, tc.want)
			}
		})
	}
}

func TestPasswordFileChecks(t *testing.T) {
	dir := t.TempDir()
	private := filepath.Join(dir, "private")
	shared := filepath.Join(dir, "shared")
	for path, mode := range map[string]os.FileMode{private: 0o600, shared: 0o644} {
		if err := os.WriteFile(path, []byte("s3cret\n"), mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil { // past the umask
			t.Fatal(err)
		}
	}
	cfgPath := filepath.Join(dir, "config.yaml")
	tests := []struct {
		name     string
		file     string
		wantPath string
		want     []string
	}{
		{name: "private, relative to the config", file: "private", wantPath: private},
		{name: "readable by others", file: shared, wantPath: shared,
			want: []string{cfgPath + `:5: warning: imap.password_file: ` + shared + ` can be read by other users (mode 0644): chmod 600 it`}},
		{name: "missing", file: "nope", wantPath: filepath.Join(dir, "nope"),
			want: []string{cfgPath + `:5: warning: imap.password_file: stat ` + filepath.Join(dir, "nope") + `: no such file or directory`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			yaml := "me:\n  email: a@example.com\nimap:\n  host: imap.example.com\n  password_file: " + tc.file + "\n"
			c, warnings, err := Parse(cfgPath, []byte(yaml), envOf())
			if err != nil {
				t.Fatal(err)
			}
			if c.IMAP.PasswordFile != tc.wantPath {
				t.Errorf("PasswordFile = %q, want %q", c.IMAP.PasswordFile, tc.wantPath)
			}
			if got := strs(warnings); !slices.Equal(got, tc.want) {
				t.Errorf("warnings = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(good, []byte(minimal), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("me: [\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		path      string
		wantError string
		wantCfg   bool
	}{
		{name: "valid", path: good, wantCfg: true},
		{name: "invalid is an *Error", path: bad, wantError: bad + ":2: yaml: did not find expected node content"},
		{name: "unreadable is a plain error", path: filepath.Join(dir, "missing.yaml"),
			wantError: "read config: open " + filepath.Join(dir, "missing.yaml") + ": no such file or directory"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, _, err := Load(tc.path)
			if (c != nil) != tc.wantCfg {
				t.Errorf("Load config = %v, want one: %v", c, tc.wantCfg)
			}
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tc.wantError {
				t.Errorf("Load error = %q, want %q", got, tc.wantError)
			}
			var cerr *Error
			if isCfgErr := errors.As(err, &cerr); isCfgErr != (tc.name == "invalid is an *Error") {
				t.Errorf("error is %T", err)
			}
		})
	}
}

func TestProblemString(t *testing.T) {
	tests := []struct {
		name string
		p    Problem
		want string
	}{
		{name: "file and line", p: Problem{File: "c.yaml", Line: 3, Message: "bad"}, want: "c.yaml:3: bad"},
		{name: "warning", p: Problem{File: "c.yaml", Line: 3, Message: "meh", Warning: true}, want: "c.yaml:3: warning: meh"},
		{name: "environment", p: Problem{File: "FOLLOWUPD_IMAP_PORT", Message: "bad"}, want: "FOLLOWUPD_IMAP_PORT: bad"},
		{name: "nowhere", p: Problem{Message: "bad"}, want: "bad"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.p.String(); got != tc.want {
				t.Errorf("String() = %q, want %q", got, tc.want)
			}
		})
	}
	err := &Error{Problems: []Problem{{File: "c.yaml", Line: 1, Message: "a"}, {File: "c.yaml", Line: 2, Message: "b"}}}
	if got, want := err.Error(), "c.yaml:1: a\nc.yaml:2: b"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestDefaultPath(t *testing.T) {
	tests := []struct {
		name string
		xdg  string
		want string
	}{
		{name: "XDG_CONFIG_HOME", xdg: "/xdg", want: "/xdg/followupd/config.yaml"},
		{name: "relative XDG_CONFIG_HOME is ignored", xdg: "rel", want: "/home/u/.config/followupd/config.yaml"},
		{name: "unset", want: "/home/u/.config/followupd/config.yaml"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("HOME", "/home/u")
			t.Setenv("XDG_CONFIG_HOME", tc.xdg)
			if got := DefaultPath(); got != tc.want {
				t.Errorf("DefaultPath() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTemplatesDir(t *testing.T) {
	const base = "me:\n  email: a@example.com\nimap:\n  host: imap.example.com\n  password_cmd: pass\n"
	tests := []struct {
		name  string
		files map[string]string // in the templates directory
		yaml  string            // after base
		want  []string          // "CFG" and "DIR" stand for the paths
	}{
		{
			name:  "own template used by a rule",
			files: map[string]string{"nudge.tmpl": "Subject: Hello\n\nHi.\n"},
			yaml:  "templates_dir: tmpl\nrules:\n  - name: nudge\n    within: 3 days\n",
		},
		{
			name:  "problems in template files keep their own place",
			files: map[string]string{"nudge.tmpl": "Hello\n\nHi.\n", "bad name.tmpl": "Subject: x\n\ny\n"},
			yaml:  "templates_dir: tmpl\n",
			want: []string{
				`DIR/bad name.tmpl: template name "bad name": use letters, digits, '-' and '_'`,
				`DIR/nudge.tmpl:1: the first line must be "Subject: ..."`,
			},
		},
		{
			name: "missing directory",
			yaml: "templates_dir: nowhere\n",
			want: []string{`CFG:6: templates_dir: open CFGDIR/nowhere: no such file or directory`},
		},
		{
			name:  "unknown template names the directory",
			files: map[string]string{},
			yaml:  "templates_dir: tmpl\nrules:\n  - name: nudge\n    within: 3 days\n    template: poke\n",
			want:  []string{`CFG:10: rule "nudge": template: no template "poke" in DIR or among the built-in templates`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfgDir := t.TempDir()
			dir := filepath.Join(cfgDir, "tmpl")
			if tc.files != nil {
				if err := os.Mkdir(dir, 0o700); err != nil {
					t.Fatal(err)
				}
			}
			for name, content := range tc.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			cfg := filepath.Join(cfgDir, "config.yaml")
			_, warnings, err := Parse(cfg, []byte(base+tc.yaml), envOf())
			got := strs(warnings)
			if err != nil {
				got = append(strs(err.(*Error).Problems), got...)
			}
			want := make([]string, len(tc.want))
			for i, w := range tc.want {
				w = strings.ReplaceAll(w, "CFGDIR", cfgDir)
				w = strings.ReplaceAll(w, "CFG", cfg)
				want[i] = strings.ReplaceAll(w, "DIR", dir)
			}
			if !slices.Equal(got, want) {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// TestTrustAuthenticationResults: on unless the user turns it off; a
// value that is not a boolean is an error with its line.
func TestTrustAuthenticationResults(t *testing.T) {
	if c := mustParse(t, minimal, envOf()); !c.Detect.TrustAuthResults {
		t.Error("detect.trust_authentication_results is off by default, want on")
	}
	if c := mustParse(t, minimal+"detect:\n  trust_authentication_results: false\n", envOf()); c.Detect.TrustAuthResults {
		t.Error("detect.trust_authentication_results: false left it on")
	}
	got := problemsOf(t, minimal+"detect:\n  trust_authentication_results: maybe\n", envOf())
	if len(got) != 1 || !strings.Contains(got[0], "trust_authentication_results") || !strings.Contains(got[0], "want true or false") {
		t.Errorf("problems %q, want one about trust_authentication_results", got)
	}
}

// TestDraftBounds: drafts.max_recipients, drafts.max_per_pass and
// imap.max_message_size default to 10, 20 and 5 MiB, take the user's
// values, and say what is wrong with a bad one.
func TestDraftBounds(t *testing.T) {
	c := mustParse(t, minimal, envOf())
	if c.Drafts != (Drafts{MaxRecipients: 10, MaxPerPass: 20}) || c.IMAP.MaxMessageSize != 5<<20 {
		t.Errorf("defaults: %+v, max_message_size %d", c.Drafts, c.IMAP.MaxMessageSize)
	}
	c = mustParse(t, strings.Replace(minimal, "imap:\n", "imap:\n  max_message_size: 1 MiB\n", 1)+
		"drafts:\n  max_recipients: 3\n  max_per_pass: 50\n", envOf())
	if c.Drafts != (Drafts{MaxRecipients: 3, MaxPerPass: 50}) || c.IMAP.MaxMessageSize != 1<<20 {
		t.Errorf("set: %+v, max_message_size %d", c.Drafts, c.IMAP.MaxMessageSize)
	}
	for _, tc := range []struct{ yaml, want string }{
		{"drafts:\n  max_recipients: 0\n", "drafts.max_recipients"},
		{"drafts:\n  max_per_pass: many\n", "drafts.max_per_pass"},
		{"drafts:\n  max_recipients: 5000\n", "from 1 to 100"},
	} {
		got := problemsOf(t, minimal+tc.yaml, envOf())
		if len(got) != 1 || !strings.Contains(got[0], tc.want) {
			t.Errorf("%q: problems %q, want one about %s", tc.yaml, got, tc.want)
		}
	}
	got := problemsOf(t, strings.Replace(minimal, "imap:\n", "imap:\n  max_message_size: 1 KiB\n", 1), envOf())
	if len(got) != 1 || !strings.Contains(got[0], "at least 64 KiB") {
		t.Errorf("a tiny max_message_size: problems %q", got)
	}
}
