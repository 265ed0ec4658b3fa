package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// tree is the file after the structural checks: for every known key that
// the file sets to a value of the right shape, the YAML node of that value,
// nested like the file. Nodes are kept (rather than decoded values) because
// they carry the line of every value and the literal text of every scalar:
// decoding `username: 0042` into an int would lose both. It is an alias,
// not a named type, because viper only descends into plain map[string]any.
type tree = map[string]any

// objectList is a list of mappings (`rules`, `calendars`) after the
// structural checks.
type objectList struct {
	objects []object
}

type object struct {
	line   int    // of the mapping
	label  string // `rule "thanks"`, or `rule #2` when it has no name
	fields tree
}

// keyLines remembers the line of each section key (`imap:`), the place to
// point at when a required key inside it is missing.
type keyLines map[string]int

// yamlLine pulls the line out of yaml.v3's syntax errors, which are plain
// strings such as "yaml: line 4: did not find expected key".
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// readTree parses data and walks it against the schema. It reports YAML
// syntax errors, unknown and duplicate keys, and values of the wrong shape;
// what a value means is checked later, once overrides are applied.
//
// ok is false when the file could not be read as a mapping at all: then
// nothing else is worth reporting, least of all every required key as
// missing.
func readTree(r *report, data []byte) (t tree, lines keyLines, ok bool) {
	t, lines = tree{}, keyLines{}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return t, lines, true // an empty file is an empty mapping
		}
		syntaxError(r, data, err)
		return t, lines, false
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		r.errorAt(extra.Line, "a second YAML document (---) is not allowed: put everything in one")
	} else if !errors.Is(err, io.EOF) {
		syntaxError(r, data, err)
		return t, lines, false
	}
	root := deref(&doc)
	if root.Kind == yaml.DocumentNode {
		if len(root.Content) == 0 {
			return t, lines, true
		}
		root = deref(root.Content[0])
	}
	if isNull(root) {
		return t, lines, true
	}
	if root.Kind != yaml.MappingNode {
		r.errorAt(root.Line, "want a mapping of keys at the top level, got %s", describe(root))
		return t, lines, false
	}
	walkSection(r, root, "", "", schema, nil, t, lines)
	return t, lines, true
}

// parserProblems are the messages of yaml.v3's parser (as opposed to its
// scanner). For these, yaml.v3 prints the 0-based line of its mark
// (decode.go, parser.fail adds 1 for scanner errors only) and no line at
// all when that is 0, so the line is one more than it says.
var parserProblems = []string{
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"did not find expected '-' indicator",
	"did not find expected <document start>",
	"did not find expected <stream-start>",
	"did not find expected key",
	"did not find expected node content",
	"found duplicate %TAG directive",
	"found duplicate %YAML directive",
	"found incompatible YAML document",
	"found undefined tag handle",
}

// syntaxError reports a yaml.v3 error at the line it means. Without a line
// in the message, the mark was on the first line, except for the reader's
// complaints about bytes (bad UTF-8, control characters), which come with
// an offset that yaml.v3 does not print: those are found again here.
func syntaxError(r *report, data []byte, err error) {
	msg, line := strings.TrimPrefix(err.Error(), "yaml: "), 1
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
		if slices.Contains(parserProblems, msg) {
			line++
		}
	} else if n := badByteLine(data); n > 0 {
		line = n
	}
	r.errorAt(line, "yaml: %s", msg)
}

// badByteLine is the line of the first byte YAML does not accept as text
// (YAML 1.2, section 5.1), or 0 when there is none.
func badByteLine(data []byte) int {
	line := 1
	for len(data) > 0 {
		c, size := utf8.DecodeRune(data)
		printable := c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7e) || c == 0x85 ||
			(c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000
		if (c == utf8.RuneError && size == 1) || !printable {
			return line
		}
		if c == '\n' {
			line++
		}
		data = data[size:]
	}
	return 0
}

// walkSection checks the keys of mapping m against fs and stores the
// well-shaped values in out. prefix is the dotted path of m ("imap.");
// where names m in messages; tried has better messages than "unknown key"
// for some keys that are not in fs.
func walkSection(r *report, m *yaml.Node, prefix, where string, fs []field, tried map[string]string, out tree, lines keyLines) {
	seen := map[string]int{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := deref(m.Content[i]), deref(m.Content[i+1])
		name := k.Value
		if name == "<<" {
			r.errorAt(k.Line, "merge keys (<<) are not supported: write the keys out")
			continue
		}
		if first, dup := seen[name]; dup {
			r.errorAt(k.Line, "%s is set twice (first at line %d)", prefix+name, first)
			continue
		}
		seen[name] = k.Line
		f, ok := lookup(fs, name)
		if !ok {
			if msg, ok := tried[name]; ok {
				r.errorAt(k.Line, "%s%s: %s", prefix, name, msg)
			} else {
				r.errorAt(k.Line, "%s", unknownKey(name, where, fs))
			}
			continue
		}
		key := prefix + name
		if isNull(v) {
			continue // `key:` with nothing after it leaves the default
		}
		if !shapeOK(r, key, f, v) {
			continue
		}
		switch f.kind {
		case kindSection:
			lines[key] = k.Line
			sub := tree{}
			walkSection(r, v, key+".", key, f.fields, nil, sub, lines)
			out[name] = sub
		case kindObjects:
			out[name] = walkObjects(r, v, f)
		default:
			out[name] = v
		}
	}
}

// walkObjects checks each mapping of the list seq against the keys of f.
// Objects are labelled by their name where they have one, by their place
// in the list where not.
func walkObjects(r *report, seq *yaml.Node, f field) objectList {
	var list objectList
	for i, item := range seq.Content {
		item = deref(item)
		label := fmt.Sprintf("%s #%d", f.object, i+1)
		if item.Kind != yaml.MappingNode {
			r.errorAt(item.Line, "%s: want a mapping with %s, got %s", label, f.keys, describe(item))
			continue
		}
		if name := objectName(item); name != "" {
			label = fmt.Sprintf("%s %q", f.object, name)
		}
		fields := tree{}
		walkSection(r, item, label+": ", label, f.fields, f.tried, fields, keyLines{})
		list.objects = append(list.objects, object{line: item.Line, label: label, fields: fields})
	}
	return list
}

// objectName finds an object's name before its keys are checked, so that
// every message about it can say which one it is.
func objectName(m *yaml.Node) string {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k, v := deref(m.Content[i]), deref(m.Content[i+1]); k.Value == "name" && v.Kind == yaml.ScalarNode && !isNull(v) {
			return strings.TrimSpace(v.Value)
		}
	}
	return ""
}

// shapeOK reports whether v has the YAML shape f wants, and says what is
// wrong when it does not.
func shapeOK(r *report, key string, f field, v *yaml.Node) bool {
	k, ok := f.kind, false
	switch k {
	case kindString, kindBool, kindInt:
		ok = v.Kind == yaml.ScalarNode
	case kindList, kindObjects:
		ok = v.Kind == yaml.SequenceNode
		if ok && k == kindList {
			for _, item := range v.Content {
				if item = deref(item); item.Kind != yaml.ScalarNode || isNull(item) {
					r.errorAt(item.Line, "%s: want a single value in the list, got %s", key, describe(item))
					return false
				}
			}
		}
	case kindSection:
		ok = v.Kind == yaml.MappingNode
	}
	if !ok {
		hint := ""
		if k == kindList && v.Kind == yaml.ScalarNode {
			hint = fmt.Sprintf(" (write [%s])", v.Value)
		}
		r.errorAt(v.Line, "%s: want %s, got %s%s", key, f.want(), describe(v), hint)
	}
	return ok
}

func lookup(fs []field, name string) (field, bool) {
	for _, f := range fs {
		if f.name == name {
			return f, true
		}
	}
	return field{}, false
}

// deref follows YAML aliases (*anchor) to the node they stand for.
func deref(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == 0 || (n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

// describe names what the user wrote, for "want X, got Y" messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.ScalarNode:
		if isNull(n) {
			return "nothing"
		}
		return strconv.Quote(n.Value)
	}
	return "something else"
}

// scalars returns the text of each item of a sequence node, with its line.
func scalars(n *yaml.Node) []item {
	out := make([]item, 0, len(n.Content))
	for _, c := range n.Content {
		c = deref(c)
		out = append(out, item{text: strings.TrimSpace(c.Value), line: c.Line})
	}
	return out
}
