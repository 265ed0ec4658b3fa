package config

import (
	"reflect"
	"strings"
	"testing"

	"github.com/followupd/followupd"
	"github.com/followupd/followupd/rules"
)

// TestExampleConfig holds config.example.yaml (what `followupd init`
// writes) valid, without warnings, and its rules equal to the defaults it
// says they are.
func TestExampleConfig(t *testing.T) {
	c, warnings, err := Parse("config.example.yaml", followupd.ExampleConfig, envOf())
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if len(warnings) > 0 {
		t.Errorf("warnings: %q", strs(warnings))
	}
	if !reflect.DeepEqual(c.Rules, rules.DefaultRules()) {
		t.Errorf("Rules = %+v\nwant rules.DefaultRules() %+v", c.Rules, rules.DefaultRules())
	}
	if c.IMAP.PasswordCmd != "pass show mail/imap" || c.IMAP.Host != "imap.example.com" || c.Me.Email != "alex@example.com" {
		t.Errorf("IMAP = %+v, Me = %+v", c.IMAP, c.Me)
	}
}

// TestExampleConfigExplainsEveryKey keeps the example in step with the
// schema: a key followupd knows but the example does not show is a key
// users never learn about.
func TestExampleConfigExplainsEveryKey(t *testing.T) {
	text := string(followupd.ExampleConfig)
	var walk func(prefix string, fs []field)
	walk = func(prefix string, fs []field) {
		for _, f := range fs {
			t.Run(prefix+f.name, func(t *testing.T) {
				if !strings.Contains(text, f.name+":") {
					t.Errorf("config.example.yaml does not show %s", prefix+f.name)
				}
			})
			if f.fields != nil {
				walk(prefix+f.name+".", f.fields)
			}
		}
	}
	walk("", schema)
}
