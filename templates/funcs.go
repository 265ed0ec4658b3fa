package templates

import (
	"strings"
	"text/template"
)

// funcs are the helpers templates may call besides text/template's
// builtins. They take and return plain strings, so nothing they do can turn
// data into template code.
var funcs = template.FuncMap{
	"reply":      reply,
	"firstNames": firstNames,
	"default":    orDefault,
}

// reply returns the subject of a reply to a message with subject s: "Re: "
// prefixed once (RFC 5322 §3.6.5), never "Re: Re:". A subject that already
// starts with a reply prefix, in English or in the forms common German,
// Scandinavian and Dutch clients write, is kept as it is, so clients that
// thread by subject still match it.
func reply(s string) string {
	s = oneLine(s)
	if s == "" {
		return ""
	}
	lower := strings.ToLower(s)
	for _, p := range []string{"re:", "re[", "re ", "aw:", "sv:", "antw:"} {
		if strings.HasPrefix(lower, p) {
			if p == "re " && !strings.HasPrefix(strings.TrimSpace(lower[2:]), ":") {
				continue // "Re something" is not a reply prefix
			}
			return s
		}
	}
	return "Re: " + s
}

// firstNames lists the first names of people in the way one writes them
// in a greeting: "Anna", "Anna and Ben", "Anna, Ben and Carl". People
// without a usable first name are left out; with none left it returns "",
// so a template can fall back to a greeting without names.
func firstNames(people []Person) string {
	var names []string
	for _, p := range people {
		n := p.FirstName
		if n == "" {
			n = firstName(p.Name)
		}
		if n = oneLine(n); n != "" {
			names = append(names, n)
		}
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// orDefault returns v, or def when v is empty or only white space:
// {{default "there" .Interviewer.FirstName}}.
func orDefault(def, v string) string {
	if strings.TrimSpace(v) == "" {
		return def
	}
	return v
}
