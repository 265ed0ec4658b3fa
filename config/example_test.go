package config

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd"
	"github.com/followupd/followupd/interview"
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
// users never learn about. A key inside a section or a list of objects
// must be shown in that part of the example, commented out or not.
func TestExampleConfigExplainsEveryKey(t *testing.T) {
	var walk func(prefix, text string, fs []field)
	walk = func(prefix, text string, fs []field) {
		for _, f := range fs {
			t.Run(prefix+f.name, func(t *testing.T) {
				if !showsKey(text, f.name) {
					t.Errorf("config.example.yaml does not show %s", prefix+f.name)
				}
			})
			if f.fields != nil {
				walk(prefix+f.name+".", exampleBlock(string(followupd.ExampleConfig), f.name), f.fields)
			}
		}
	}
	walk("", string(followupd.ExampleConfig), schema)
}

// showsKey reports whether text has `key:` as a key, set, commented out
// or quoted in a comment, but not as the end of a longer key: "name:" is
// not in "username:".
func showsKey(text, key string) bool {
	return regexp.MustCompile("(?m)(^|[\\s#`-])" + regexp.QuoteMeta(key) + ":").MatchString(text)
}

// topLevelKey matches a line that sets a top-level key, or shows it
// commented out.
var topLevelKey = regexp.MustCompile(`^#?([a-z_]+):`)

// exampleBlock is the part of text from the line of top-level key to the
// next top-level key.
func exampleBlock(text, key string) string {
	var b strings.Builder
	in := false
	for _, line := range strings.SplitAfter(text, "\n") {
		if m := topLevelKey.FindStringSubmatch(line); m != nil {
			in = m[1] == key
		}
		if in {
			b.WriteString(line)
		}
	}
	return b.String()
}

// TestExampleCalendars uncomments the example's calendars and holds them
// valid, without warnings, and meaning what their comments say.
func TestExampleCalendars(t *testing.T) {
	var b strings.Builder
	in := false
	for _, line := range strings.SplitAfter(string(followupd.ExampleConfig), "\n") {
		if strings.HasPrefix(line, "#calendars:") {
			in = true
		}
		if in && !strings.HasPrefix(line, "#") {
			break
		}
		if in {
			b.WriteString(strings.TrimPrefix(line, "#"))
		}
	}
	if b.Len() == 0 {
		t.Fatal("config.example.yaml has no commented-out calendars: list")
	}
	home := t.TempDir()
	ics := filepath.Join(home, "calendars", "interviews.ics")
	if err := os.MkdirAll(filepath.Dir(ics), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ics, []byte("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	text := append(slices.Clip(followupd.ExampleConfig), b.String()...)
	c, warnings, err := Parse("config.example.yaml", text, envOf("HOME="+home))
	if err != nil {
		t.Fatalf("Parse:\n%v\n%s", err, b.String())
	}
	if len(warnings) > 0 {
		t.Errorf("warnings: %q", strs(warnings))
	}
	got := slices.Clone(c.Calendars)
	for i := range got {
		got[i].env = nil
	}
	want := []Calendar{
		{Name: "google", URL: "https://calendar.google.com/calendar/ical/alex.example%40gmail.com/private-0123456789abcdef/basic.ics",
			Refresh: 15 * time.Minute, InterviewsOnly: true, MaxSize: 20 << 20, Timeout: 30 * time.Second},
		{Name: "nextcloud", URL: "https://cloud.example.com/remote.php/dav/calendars/alex/interviews?export",
			Refresh: 15 * time.Minute, Username: "alex", PasswordCmd: "pass show cloud/followupd",
			MaxSize: 20 << 20, Timeout: 30 * time.Second},
		{Name: "exported", URL: ics,
			Refresh: 15 * time.Minute, InterviewsOnly: true, MaxSize: 20 << 20, Timeout: 30 * time.Second},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Calendars:\n%+v\nwant\n%+v", got, want)
	}
}

// TestExampleConfigLanguages holds the languages config.example.yaml says
// the built-in keywords cover to the languages that have keywords.
func TestExampleConfigLanguages(t *testing.T) {
	m := regexp.MustCompile(`(?s)built-in list, which covers\s+(.*?)\.`).FindStringSubmatch(string(followupd.ExampleConfig))
	if m == nil {
		t.Fatal("config.example.yaml no longer says which languages the keywords cover")
	}
	said := map[string]bool{}
	for _, name := range regexp.MustCompile(`[,\s]+(?:and\s+)?`).Split(strings.ReplaceAll(m[1], "#", ""), -1) {
		if name != "" && name != "and" {
			said[name] = true
		}
	}
	for code, name := range interview.Languages {
		if !said[name] {
			t.Errorf("config.example.yaml does not name %s, which has keywords", name)
		}
		if len(interview.KeywordsOf(code)) == 0 {
			t.Errorf("%s (%s) has no keywords", name, code)
		}
		delete(said, name)
	}
	for name := range said {
		t.Errorf("config.example.yaml names %s, which has no keywords", name)
	}
}
