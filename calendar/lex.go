package calendar

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// The iCalendar syntax layer: content lines (RFC 5545 §3.1) and components
// (§3.4, §3.6). go-ical's decoder is not used because at f41e73e it panics
// on some malformed parameter lists (a quoted value followed by a stray
// character, a line ending inside a parameter) and builds parameter values
// one byte at a time, which is quadratic. This one is linear, never panics,
// and forgives what mail clients actually send: LF-only line ends, blank
// lines, lower-case names, a missing END at the end of the file.

// MaxSize is the largest iCalendar object Parse accepts. Real feeds with
// years of history stay well below it.
const MaxSize = 20 << 20

// maxDepth bounds component nesting; VCALENDAR > VEVENT > VALARM is three,
// VCALENDAR > VTIMEZONE > STANDARD is three.
const maxDepth = 16

// ErrTooLarge is returned for data over MaxSize.
var ErrTooLarge = errors.New("calendar data larger than 20 MiB")

// ErrNotCalendar is returned when the data is not an iCalendar object.
var ErrNotCalendar = errors.New("not an iCalendar object")

type param struct {
	name   string // upper-cased
	values []string
}

type prop struct {
	name   string // upper-cased
	params []param
	value  string
}

// param returns the first value of the named parameter, or "".
func (p *prop) param(name string) string {
	for i := range p.params {
		if p.params[i].name == name && len(p.params[i].values) > 0 {
			return p.params[i].values[0]
		}
	}
	return ""
}

type component struct {
	name     string // upper-cased
	props    []prop
	children []*component
}

// get returns the first property with that name, or nil.
func (c *component) get(name string) *prop {
	for i := range c.props {
		if c.props[i].name == name {
			return &c.props[i]
		}
	}
	return nil
}

// value returns the value of the first property with that name, or "".
func (c *component) value(name string) string {
	if p := c.get(name); p != nil {
		return p.value
	}
	return ""
}

// all calls f for every property with that name, in file order.
func (c *component) all(name string, f func(*prop)) {
	for i := range c.props {
		if c.props[i].name == name {
			f(&c.props[i])
		}
	}
}

// decode reads every top-level VCALENDAR in data. Lines that are not
// content lines are skipped and counted, but the first line must be
// BEGIN:VCALENDAR (or BEGIN of a bare VEVENT, VTODO, VJOURNAL or
// VTIMEZONE), so that HTML error pages and other text are refused.
func decode(data []byte) (cals []*component, skipped int, err error) {
	if len(data) > MaxSize {
		return nil, 0, ErrTooLarge
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	// One copy of the input; every value below is a substring of it.
	// Invalid UTF-8 is replaced here, once, as it would end up in mail.
	text := string(data)
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}

	var stack []*component
	first := true
	lines := unfolder{data: text}
	for {
		line, ok := lines.next()
		if !ok {
			break
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		p, perr := parseContentLine(line)
		if first {
			if perr != nil || p.name != "BEGIN" {
				return nil, 0, ErrNotCalendar
			}
			switch strings.ToUpper(strings.TrimSpace(p.value)) {
			case "VCALENDAR":
			case "VEVENT", "VTODO", "VJOURNAL", "VTIMEZONE":
				// A bare component, as some exporters and test suites
				// write: read it as if wrapped in a VCALENDAR.
				root := &component{name: "VCALENDAR"}
				cals = append(cals, root)
				stack = append(stack, root)
			default:
				return nil, 0, ErrNotCalendar
			}
			first = false
		}
		if perr != nil {
			skipped++
			continue
		}
		switch p.name {
		case "BEGIN":
			name := strings.ToUpper(strings.TrimSpace(p.value))
			if len(stack) >= maxDepth {
				return nil, skipped, fmt.Errorf("components nested deeper than %d", maxDepth)
			}
			c := &component{name: name}
			if len(stack) == 0 {
				if name != "VCALENDAR" {
					// Something after the last END:VCALENDAR; ignore it
					// up to its END rather than refuse the whole file.
					stack = append(stack, c)
					skipped++
					continue
				}
				cals = append(cals, c)
			} else {
				top := stack[len(stack)-1]
				top.children = append(top.children, c)
			}
			stack = append(stack, c)
		case "END":
			name := strings.ToUpper(strings.TrimSpace(p.value))
			// Close up to the matching BEGIN; a component whose END is
			// missing is closed with its parent. An END that matches
			// nothing open is dropped.
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i].name == name {
					stack = stack[:i]
					break
				}
			}
		default:
			if len(stack) == 0 {
				skipped++
				continue
			}
			top := stack[len(stack)-1]
			top.props = append(top.props, p)
		}
	}
	if first {
		return nil, 0, ErrNotCalendar
	}
	return cals, skipped, nil
}

// unfolder yields logical lines: RFC 5545 §3.1 folds long lines with CRLF
// followed by one space or tab. LF alone and a lone CR are accepted as line
// ends too, since files saved on other systems and by some generators use
// them. Lines are substrings of the input; only folded ones are copied.
type unfolder struct {
	data string
	buf  strings.Builder
}

func (u *unfolder) next() (string, bool) {
	if len(u.data) == 0 {
		return "", false
	}
	line := u.physical()
	if len(u.data) == 0 || (u.data[0] != ' ' && u.data[0] != '\t') {
		return line, true
	}
	u.buf.Reset()
	u.buf.WriteString(line)
	for len(u.data) > 0 && (u.data[0] == ' ' || u.data[0] == '\t') {
		u.data = u.data[1:]
		u.buf.WriteString(u.physical())
	}
	return u.buf.String(), true
}

// physical cuts one physical line, without its line end, off u.data.
func (u *unfolder) physical() string {
	i := strings.IndexAny(u.data, "\r\n")
	if i < 0 {
		line := u.data
		u.data = ""
		return line
	}
	line := u.data[:i]
	if u.data[i] == '\r' && i+1 < len(u.data) && u.data[i+1] == '\n' {
		i++
	}
	u.data = u.data[i+1:]
	return line
}

var (
	errNoColon     = errors.New("content line without colon")
	errEmptyName   = errors.New("content line with empty name")
	errUnterminate = errors.New("unterminated quoted parameter value")
)

// parseContentLine splits "NAME;P=v1,v2;Q="x:y":value" (RFC 5545 §3.1).
// Parameter values may be quoted, and then contain ':', ';' and ','.
// A parameter without '=' (vCalendar 1.0 style "ENCODING") is kept with no
// value instead of failing the line.
func parseContentLine(line string) (prop, error) {
	i := strings.IndexAny(line, ";:")
	if i < 0 {
		return prop{}, errNoColon
	}
	name := strings.ToUpper(strings.TrimSpace(line[:i]))
	if name == "" {
		return prop{}, errEmptyName
	}
	p := prop{name: name}
	rest := line[i:]
	for len(rest) > 0 && rest[0] == ';' {
		rest = rest[1:]
		j := strings.IndexAny(rest, "=;:\"")
		if j < 0 {
			return prop{}, errNoColon
		}
		pname := strings.ToUpper(strings.TrimSpace(rest[:j]))
		if rest[j] != '=' {
			if rest[j] == '"' {
				return prop{}, errUnterminate
			}
			if pname != "" {
				p.params = append(p.params, param{name: pname})
			}
			rest = rest[j:]
			continue
		}
		rest = rest[j+1:]
		var values []string
		for {
			var v string
			var err error
			v, rest, err = paramValue(rest)
			if err != nil {
				return prop{}, err
			}
			values = append(values, v)
			if len(rest) == 0 || rest[0] != ',' {
				break
			}
			rest = rest[1:]
		}
		p.params = append(p.params, param{name: pname, values: values})
	}
	if len(rest) == 0 || rest[0] != ':' {
		return prop{}, errNoColon
	}
	p.value = rest[1:]
	return p, nil
}

// paramValue reads one parameter value from the start of s and returns the
// rest, which starts with ',', ';', ':' or is empty. Text between a closing
// quote and the next delimiter is dropped.
func paramValue(s string) (value, rest string, err error) {
	if len(s) > 0 && s[0] == '"' {
		end := strings.IndexByte(s[1:], '"')
		if end < 0 {
			return "", "", errUnterminate
		}
		value = s[1 : 1+end]
		rest = s[2+end:]
		if k := strings.IndexAny(rest, ",;:"); k > 0 {
			rest = rest[k:]
		} else if k < 0 {
			rest = ""
		}
		return caretDecode(value), rest, nil
	}
	k := strings.IndexAny(s, ",;:\"")
	if k < 0 {
		return "", "", errNoColon
	}
	if s[k] == '"' {
		return "", "", errUnterminate
	}
	return caretDecode(s[:k]), s[k:], nil
}

// caretDecode undoes RFC 6868 parameter value encoding: ^n is a newline,
// ^' a double quote, ^^ a caret. Any other caret stays as written.
func caretDecode(s string) string {
	if strings.IndexByte(s, '^') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '^' && i+1 < len(s) {
			switch s[i+1] {
			case 'n', 'N':
				b.WriteByte('\n')
				i++
				continue
			case '\'':
				b.WriteByte('"')
				i++
				continue
			case '^':
				b.WriteByte('^')
				i++
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
