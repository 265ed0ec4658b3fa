package config

import (
	"fmt"
	"strings"
)

// kind is the YAML shape a key wants.
type kind int

const (
	kindString kind = iota // any scalar, read as its literal text
	kindBool
	kindInt
	kindList    // a sequence of scalars
	kindSection // a mapping of further keys
	kindObjects // a sequence of mappings, each with the keys in fields
)

func (k kind) want() string {
	switch k {
	case kindBool:
		return "true or false"
	case kindInt:
		return "a number"
	case kindList:
		return "a list"
	case kindSection:
		return "a mapping of keys"
	case kindObjects:
		return "a list of mappings"
	}
	return "a single value"
}

type field struct {
	name   string
	kind   kind
	fields []field // keys of a section, or of each object of a list

	// For kindObjects: what one object is called in messages ("rule"),
	// the keys to name when an object is not a mapping, and what to say
	// instead of "unknown key" about keys that users are known to try.
	object string
	keys   string
	tried  map[string]string
}

// want is what the value of f should be, for "want X, got Y" messages.
func (f field) want() string {
	if f.kind == kindObjects && f.object != "" {
		return "a list of " + f.object + "s"
	}
	return f.kind.want()
}

// schema is every key the file may hold. Scalars and lists outside the
// lists of objects (`rules`, `calendars`) can also be set from the
// environment (see envName).
var schema = []field{
	{name: "timezone", kind: kindString},
	{name: "state_dir", kind: kindString},
	{name: "me", kind: kindSection, fields: []field{
		{name: "name", kind: kindString},
		{name: "email", kind: kindString},
		{name: "aliases", kind: kindList},
	}},
	{name: "imap", kind: kindSection, fields: []field{
		{name: "host", kind: kindString},
		{name: "port", kind: kindInt},
		{name: "security", kind: kindString},
		{name: "allow_plaintext", kind: kindBool},
		{name: "username", kind: kindString},
		{name: "password", kind: kindString},
		{name: "password_env", kind: kindString},
		{name: "password_file", kind: kindString},
		{name: "password_cmd", kind: kindString},
		{name: "auth", kind: kindString},
		{name: "mailboxes", kind: kindList},
		{name: "drafts", kind: kindString},
		{name: "sent", kind: kindString},
		{name: "lookback", kind: kindString},
		{name: "poll_interval", kind: kindString},
		{name: "max_message_size", kind: kindString},
	}},
	{name: "detect", kind: kindSection, fields: []field{
		{name: "keywords", kind: kindList},
		{name: "ignore_senders", kind: kindList},
		{name: "trust_authentication_results", kind: kindBool},
	}},
	{name: "drafts", kind: kindSection, fields: []field{
		{name: "max_recipients", kind: kindInt},
		{name: "max_per_pass", kind: kindInt},
	}},
	{name: "schedule", kind: kindSection, fields: []field{
		{name: "workdays", kind: kindList},
		{name: "hours", kind: kindString},
		{name: "holidays", kind: kindString},
	}},
	{name: "rules", kind: kindObjects, object: "rule", keys: "name, after, within, ...", fields: []field{
		{name: "name", kind: kindString},
		{name: "trigger", kind: kindString},
		{name: "after", kind: kindString},
		{name: "within", kind: kindString},
		{name: "template", kind: kindString},
		{name: "to", kind: kindString},
		{name: "unless", kind: kindList},
	}},
	{name: "templates_dir", kind: kindString},
	{name: "calendars", kind: kindObjects, object: "calendar", keys: "name, url, ...", fields: []field{
		{name: "name", kind: kindString},
		{name: "url", kind: kindString},
		{name: "refresh", kind: kindString},
		{name: "username", kind: kindString},
		{name: "password_env", kind: kindString},
		{name: "password_file", kind: kindString},
		{name: "password_cmd", kind: kindString},
		{name: "interviews_only", kind: kindBool},
		{name: "max_size", kind: kindString},
		{name: "timeout", kind: kindString},
	}, tried: map[string]string{
		// imap takes a literal password (with a warning); a feed does not,
		// because its error messages and logs already carry a URL that is
		// often a secret of its own.
		"password": "a calendar's password cannot be written in the file: use password_cmd, password_file or password_env",
	}},
	{name: "http", kind: kindSection, fields: []field{
		{name: "listen", kind: kindString},
		{name: "allow_remote", kind: kindBool},
	}},
}

// envPrefix starts the name of every environment override:
// imap.password_env is FOLLOWUPD_IMAP_PASSWORD_ENV.
const envPrefix = "FOLLOWUPD"

func envName(key string) string {
	return envPrefix + "_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// overridable lists the dotted keys that an environment variable may set,
// with their kind.
func overridable() map[string]kind {
	out := map[string]kind{}
	var walk func(prefix string, fs []field)
	walk = func(prefix string, fs []field) {
		for _, f := range fs {
			switch f.kind {
			case kindSection:
				walk(prefix+f.name+".", f.fields)
			case kindObjects:
				// A list of mappings has no sensible single-variable form.
			default:
				out[prefix+f.name] = f.kind
			}
		}
	}
	walk("", schema)
	return out
}

// unknownKey words the error for a key that is not in fs, suggesting the
// closest known key at that level, or the same name where it belongs when
// the user put a key in the wrong section.
func unknownKey(name, where string, fs []field) string {
	msg := fmt.Sprintf("unknown key %q", name)
	if where != "" {
		msg += " in " + where
	}
	if s := suggest(name, fs); s != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", s)
	}
	return msg
}

func suggest(name string, fs []field) string {
	lower := strings.ToLower(name)
	best, bestDist := "", 0
	for _, f := range fs {
		d := distance(lower, f.name)
		if best == "" || d < bestDist {
			best, bestDist = f.name, d
		}
	}
	// A third of the length catches transpositions and a missing or extra
	// letter without proposing unrelated words for short keys.
	if best != "" && bestDist <= max(2, len(name)/3) {
		return best
	}
	if path := findElsewhere(lower, "", schema); path != "" {
		return path
	}
	return ""
}

func findElsewhere(name, prefix string, fs []field) string {
	for _, f := range fs {
		if f.name == name && prefix != "" {
			return prefix + f.name
		}
		if f.kind == kindSection {
			if p := findElsewhere(name, prefix+f.name+".", f.fields); p != "" {
				return p
			}
		}
	}
	return ""
}

// distance is the Levenshtein distance, counting an adjacent transposition
// as one edit (optimal string alignment), because "hsot" for "host" is the
// most common typo of all.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
