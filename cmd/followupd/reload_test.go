package main

import (
	"reflect"
	"strings"
	"testing"

	"github.com/followupd/followupd/config"
)

// TestConfigChanges: a reload names what changed, with old and new values
// where they are not secret, and nothing that did not change.
func TestConfigChanges(t *testing.T) {
	const base = `me:
  email: sam@example.org
imap:
  host: imap.example.org
  password_cmd: pass show mail
calendars:
  - name: work
    url: https://cal.example.org/secret-token-123/basic.ics
`
	parse := func(t *testing.T, yaml string) *config.Config {
		t.Helper()
		env := func(k string) (string, bool) {
			if k == "HOME" {
				return "/home/sam", true
			}
			return "", false
		}
		c, _, err := config.Parse("/home/sam/.config/followupd/config.yaml", []byte(yaml), env)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	tests := []struct {
		name        string
		from, to    string
		want        []string
		wantRestart []string
	}{
		{name: "nothing", from: base, to: base},
		{
			name: "values",
			from: base,
			to:   strings.Replace(base, "  password_cmd: pass show mail\n", "  password_cmd: pass show mail\n  poll_interval: 2m\n  mailboxes: [INBOX, Jobs]\n", 1),
			want: []string{"imap.mailboxes: [INBOX] → [INBOX, Jobs]", "imap.poll_interval: 5m0s → 2m0s"},
		},
		{
			name: "secrets are named, not shown",
			from: base,
			to: strings.NewReplacer("pass show mail", "pass show other", "secret-token-123", "secret-token-456").
				Replace(base),
			want: []string{"imap password source changed", `calendar "work" changed`},
		},
		{
			name:        "what needs a restart",
			from:        base,
			to:          base + "state_dir: /tmp/elsewhere\nhttp:\n  listen: 127.0.0.1:9464\n",
			want:        []string{`state_dir: "/home/sam/.local/state/followupd" → "/tmp/elsewhere"`, `http.listen: "" → "127.0.0.1:9464"`},
			wantRestart: []string{"state_dir", "http"},
		},
		{
			name: "calendars and rules",
			from: base,
			to:   "rules: []\n" + strings.Replace(base, "    url:", "    refresh: 1h\n    url:", 1) + "  - name: home\n    url: https://cal.example.org/home.ics\n",
			want: []string{"rules changed (thank-you, check-in → none)", `calendar "work": refresh 15m0s → 1h0m0s`, `calendar "home" added`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, restart := configChanges(parse(t, tc.from), parse(t, tc.to))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("changes:\n%q\nwant\n%q", got, tc.want)
			}
			if !reflect.DeepEqual(restart, tc.wantRestart) {
				t.Errorf("restart = %q, want %q", restart, tc.wantRestart)
			}
			for _, line := range got {
				for _, secret := range []string{"pass show", "secret-token"} {
					if strings.Contains(line, secret) {
						t.Errorf("%q shows a secret", line)
					}
				}
			}
		})
	}
}
