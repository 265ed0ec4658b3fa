// Package templates renders the drafts followupd writes: a thank-you after an
// interview, a check-in when nothing has been heard. Defaults are embedded;
// a user directory overrides them by file name or adds new ones.
//
// A template file is a first line "Subject: ..." (itself a template), a
// blank line, and the body, all in Go's text/template. Values in Data come
// from mail written by strangers; they are only ever data, never template
// code, and single-line values are stripped of line breaks before rendering.
package templates

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/template"
	"time"
	"unicode"
	"unicode/utf8"
)

//go:embed defaults/*.tmpl
var defaults embed.FS

// Ext is the file name extension of template files.
const Ext = ".tmpl"

// Bounds on template files and rendered drafts: a draft is a short note,
// and anything much larger is a mistake.
const (
	maxFileBytes   = 64 << 10
	maxOutputBytes = 256 << 10
)

// ErrUnknownTemplate is wrapped by Render for a name the Set does not have.
var ErrUnknownTemplate = errors.New("unknown template")

// Person is someone the draft is addressed to or talks about.
type Person struct {
	Name, FirstName, Email string
}

// Data is what a template sees.
type Data struct {
	Me            Person
	Company, Role string
	To            []Person // recipients
	Interviewers  []Person
	Interviewer   Person    // first recipient, convenience
	Day           string    // "Tuesday"
	Date          time.Time // interview start, in the user's zone
	ThreadSubject string    // subject of the thread being answered, "" if none
}

// Set is a loaded, immutable collection of templates, safe for concurrent
// use.
type Set struct {
	byName map[string]*tmpl
}

type tmpl struct {
	file    string // as shown in errors: "defaults/thank-you.tmpl" or a path
	subject *template.Template
	body    *template.Template
}

// Load returns the embedded defaults, overridden or extended by every
// *.tmpl file in dir (dir "" means defaults only). Every problem in every
// file is reported at once, each as "FILE:LINE: message"; this includes
// references to fields Data does not have, found by rendering each template
// against sample data.
func Load(dir string) (*Set, error) {
	s := &Set{byName: map[string]*tmpl{}}
	var errs []error
	embedded, err := fs.Glob(defaults, "defaults/*"+Ext)
	if err != nil {
		return nil, fmt.Errorf("embedded templates: %w", err)
	}
	for _, name := range embedded {
		src, err := defaults.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("embedded templates: %w", err)
		}
		t, err := parseFile(name, src)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		s.byName[strings.TrimSuffix(path.Base(name), Ext)] = t
	}
	if dir != "" {
		errs = append(errs, s.loadDir(dir)...)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return s, nil
}

func (s *Set) loadDir(dir string) []error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return []error{fmt.Errorf("templates directory: %w", err)}
	}
	var errs []error
	for _, e := range entries { // ReadDir sorts by name, so errors come in order
		if e.IsDir() || !strings.HasSuffix(e.Name(), Ext) {
			continue
		}
		file := filepath.Join(dir, e.Name())
		name := strings.TrimSuffix(e.Name(), Ext)
		if !validName(name) {
			errs = append(errs, fmt.Errorf("%s: template name %q: use letters, digits, '-' and '_'", file, name))
			continue
		}
		src, err := readFile(file)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		t, err := parseFile(file, src)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		s.byName[name] = t
	}
	return errs
}

func readFile(file string) ([]byte, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	src, err := io.ReadAll(io.LimitReader(f, maxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if len(src) > maxFileBytes {
		return nil, fmt.Errorf("%s: larger than %d KiB", file, maxFileBytes>>10)
	}
	return src, nil
}

func validName(name string) bool {
	if name == "" {
		return false
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// Has reports whether the Set has a template of that name ("thank-you";
// the .tmpl extension is optional).
func (s *Set) Has(name string) bool {
	_, ok := s.byName[strings.TrimSuffix(name, Ext)]
	return ok
}

// Names returns the template names, sorted.
func (s *Set) Names() []string {
	names := make([]string, 0, len(s.byName))
	for n := range s.byName {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Render fills the named template with d. The subject comes back as one
// line; the body with LF line ends, no trailing spaces, at most one blank
// line in a row (so that a sentence left out for missing data leaves no
// gap), and a final newline.
func (s *Set) Render(name string, d Data) (subject, body string, err error) {
	t, ok := s.byName[strings.TrimSuffix(name, Ext)]
	if !ok {
		return "", "", fmt.Errorf("%w %q", ErrUnknownTemplate, name)
	}
	return t.render(prepare(d))
}

func (t *tmpl) render(d Data) (subject, body string, err error) {
	subject, err = t.exec(t.subject, d)
	if err != nil {
		return "", "", err
	}
	body, err = t.exec(t.body, d)
	if err != nil {
		return "", "", err
	}
	return oneLine(subject), tidyBody(body), nil
}

func (t *tmpl) exec(tp *template.Template, d Data) (string, error) {
	var out bytes.Buffer
	w := &capWriter{buf: &out, n: maxOutputBytes}
	if err := tp.Execute(w, d); err != nil {
		if errors.Is(err, errTooLarge) {
			return "", fmt.Errorf("%s: output larger than %d KiB", t.file, maxOutputBytes>>10)
		}
		return "", fileLineError(t.file, tp.Name(), err)
	}
	return out.String(), nil
}

var errTooLarge = errors.New("output too large")

type capWriter struct {
	buf *bytes.Buffer
	n   int
}

func (c *capWriter) Write(p []byte) (int, error) {
	if c.buf.Len()+len(p) > c.n {
		return 0, errTooLarge
	}
	return c.buf.Write(p)
}

// parseFile splits a template file into its subject and body templates.
// The body is parsed behind a comment holding two newlines, so that
// text/template's line numbers are the file's line numbers.
func parseFile(file string, src []byte) (*tmpl, error) {
	if !utf8.Valid(src) {
		return nil, fmt.Errorf("%s: not valid UTF-8", file)
	}
	text := strings.TrimPrefix(string(src), "\uFEFF")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	first, rest, _ := strings.Cut(text, "\n")
	value, ok := cutPrefixFold(first, "Subject:")
	if !ok {
		return nil, fmt.Errorf(`%s:1: the first line must be "Subject: ..."`, file)
	}
	blank, bodySrc, _ := strings.Cut(rest, "\n")
	if strings.TrimSpace(blank) != "" {
		return nil, fmt.Errorf("%s:2: expected a blank line between the subject and the body", file)
	}
	t := &tmpl{file: file}
	var err error
	t.subject, err = newTemplate(file).Parse(strings.TrimSpace(value))
	if err != nil {
		return nil, fileLineError(file, file, err)
	}
	t.body, err = newTemplate(file).Parse("{{/*\n\n*/}}" + bodySrc)
	if err != nil {
		return nil, fileLineError(file, file, err)
	}
	// Render against full and sparse sample data so that a misspelt field
	// shows up at load time, from "followupd check", not at 3 a.m.
	for _, d := range []Data{sampleData(), {To: []Person{{Email: "someone@example.com"}}}} {
		if _, _, err := t.render(prepare(d)); err != nil {
			return nil, err
		}
	}
	return t, nil
}

func newTemplate(name string) *template.Template {
	return template.New(name).Option("missingkey=error").Funcs(funcs)
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return "", false
	}
	return s[len(prefix):], true
}

// fileLineError turns text/template's "template: NAME:LINE[:COL]: msg"
// into "FILE:LINE: msg", the form editors and "followupd check" use.
func fileLineError(file, name string, err error) error {
	msg := err.Error()
	rest, ok := strings.CutPrefix(msg, "template: "+name+":")
	if !ok {
		return fmt.Errorf("%s: %w", file, err)
	}
	lineStr, rest, ok := strings.Cut(rest, ":")
	line, convErr := strconv.Atoi(lineStr)
	if !ok || convErr != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	// Execution errors carry a column too.
	if col, after, ok := strings.Cut(rest, ":"); ok {
		if _, err := strconv.Atoi(col); err == nil {
			rest = after
		}
	}
	rest = strings.TrimSpace(rest)
	rest = strings.TrimPrefix(rest, "executing "+strconv.Quote(name)+" ")
	return fmt.Errorf("%s:%d: %s", file, line, rest)
}

func sampleData() Data {
	anna := Person{Name: "Anna Smith", FirstName: "Anna", Email: "anna@example.com"}
	return Data{
		Me:            Person{Name: "Sam Doe", FirstName: "Sam", Email: "sam@example.com"},
		Company:       "Initech",
		Role:          "Senior Go Engineer",
		To:            []Person{anna},
		Interviewers:  []Person{anna},
		Interviewer:   anna,
		Day:           "Tuesday",
		Date:          time.Date(2025, 3, 11, 10, 0, 0, 0, time.UTC),
		ThreadSubject: "Interview",
	}
}

// prepare makes untrusted values safe to show on one line and fills the
// conveniences: Interviewer defaults to the first recipient, and a missing
// FirstName is taken from Name.
func prepare(d Data) Data {
	d.Company, d.Role, d.Day = oneLine(d.Company), oneLine(d.Role), oneLine(d.Day)
	d.ThreadSubject = oneLine(d.ThreadSubject)
	d.Me = preparePerson(d.Me)
	d.To = preparePeople(d.To)
	d.Interviewers = preparePeople(d.Interviewers)
	if d.Interviewer == (Person{}) && len(d.To) > 0 {
		d.Interviewer = d.To[0]
	}
	d.Interviewer = preparePerson(d.Interviewer)
	return d
}

func preparePeople(ps []Person) []Person {
	out := make([]Person, len(ps))
	for i, p := range ps {
		out[i] = preparePerson(p)
	}
	return out
}

func preparePerson(p Person) Person {
	p.Name, p.FirstName, p.Email = oneLine(p.Name), oneLine(p.FirstName), oneLine(p.Email)
	if p.FirstName == "" {
		p.FirstName = firstName(p.Name)
	}
	return p
}

// firstName guesses a first name from a display name: "Anna Smith" and
// "Smith, Anna" both give "Anna". A name that is really an address gives
// nothing, so that nobody is greeted as "Hi jobs@initech.example,".
func firstName(name string) string {
	if strings.ContainsAny(name, "@<>") {
		return ""
	}
	if last, first, ok := strings.Cut(name, ","); ok && strings.TrimSpace(first) != "" && strings.TrimSpace(last) != "" {
		name = first
	}
	fields := strings.Fields(name)
	// Skip academic and courtesy titles: "Dr. Anna Weber" is greeted as
	// Anna, not as "Dr.".
	for len(fields) > 1 && isTitle(fields[0]) {
		fields = fields[1:]
	}
	if len(fields) == 0 {
		return ""
	}
	return strings.Trim(fields[0], `"'`)
}

func isTitle(word string) bool {
	switch strings.ToLower(strings.TrimSuffix(word, ".")) {
	case "dr", "prof", "mr", "mrs", "ms", "mx", "herr", "frau", "mme", "m", "sr", "sra", "dott", "ing", "dipl":
		return true
	}
	return false
}

// oneLine folds every run of white space and control characters into one
// space and trims the ends.
func oneLine(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// tidyBody normalises a rendered body: LF line ends, no trailing spaces,
// no leading or trailing blank lines, at most one blank line in a row, and
// one final newline.
func tidyBody(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	var out []string
	blank := 0
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if line == "" {
			blank++
			continue
		}
		if len(out) > 0 && blank > 0 {
			out = append(out, "")
		}
		blank = 0
		out = append(out, line)
	}
	if len(out) == 0 {
		return ""
	}
	return strings.Join(out, "\n") + "\n"
}
