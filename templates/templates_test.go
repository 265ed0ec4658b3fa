package templates

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
)

func fullData() Data {
	anna := Person{Name: "Anna Smith", FirstName: "Anna", Email: "anna@initech.example"}
	return Data{
		Me:           Person{Name: "Sam Doe", FirstName: "Sam", Email: "sam@example.com"},
		Company:      "Initech",
		Role:         "Senior Go Engineer",
		To:           []Person{anna},
		Interviewers: []Person{anna},
		Interviewer:  anna,
		Day:          "Tuesday",
		Date:         time.Date(2025, 3, 11, 10, 0, 0, 0, time.UTC),
	}
}

func mustLoad(t *testing.T, dir string) *Set {
	t.Helper()
	s, err := Load(dir)
	if err != nil {
		t.Fatalf("Load(%q): %v", dir, err)
	}
	return s
}

// awkward matches the marks of a sentence built around missing data.
var awkward = regexp.MustCompile(`Hi ,|Hi  |  | ,| \.|the  |<no value>|\{\{|\n\n\n|^\s|[ \t]\n`)

func TestRenderDefaults(t *testing.T) {
	s := mustLoad(t, "")
	tests := []struct {
		name     string
		template string
		data     func() Data
		subject  string
		bodyHas  []string
		bodyNot  []string
	}{
		{
			name: "thank-you, full data", template: "thank-you", data: fullData,
			subject: "Thank you – Senior Go Engineer interview at Initech",
			bodyHas: []string{
				"Hi Anna,\n",
				"Thank you for taking the time to speak with me on Tuesday about the Senior Go Engineer role at Initech.",
				"Best regards,\nSam Doe\n",
			},
		},
		{
			name: "thank-you, nothing known", template: "thank-you", data: func() Data { return Data{} },
			subject: "Thank you for the interview",
			bodyHas: []string{"Hello,\n", "Thank you for taking the time to speak with me. ", "Best regards,\n"},
			bodyNot: []string{" role", " on "},
		},
		{
			name: "thank-you, company only", template: "thank-you",
			data:    func() Data { return Data{Company: "Initech", To: []Person{{Email: "jobs@initech.example"}}} },
			subject: "Thank you for the interview at Initech",
			bodyHas: []string{"Hello,\n", "speak with me about the role at Initech."},
		},
		{
			name: "thank-you, role only, day from the date", template: "thank-you",
			data: func() Data {
				return Data{Role: "SRE", Date: time.Date(2025, 3, 13, 15, 0, 0, 0, time.UTC), Me: Person{FirstName: "Sam"}}
			},
			subject: "Thank you – SRE interview",
			bodyHas: []string{"speak with me on Thursday about the SRE role.", "Best regards,\nSam\n"},
		},
		{
			name: "thank-you, several recipients, names without first names", template: "thank-you",
			data: func() Data {
				d := fullData()
				d.To = []Person{{Name: "Smith, Anna"}, {Name: "jobs@initech.example"}, {Name: "Ben Jones"}, {Name: "Carl"}}
				d.Interviewer = Person{}
				return d
			},
			subject: "Thank you – Senior Go Engineer interview at Initech",
			bodyHas: []string{"Hi Anna, Ben and Carl,\n"},
		},
		{
			name: "thank-you, replying in a thread", template: "thank-you",
			data:    func() Data { d := fullData(); d.ThreadSubject = "Interview schedule"; return d },
			subject: "Re: Interview schedule",
		},
		{
			name: "thank-you, thread already a reply", template: "thank-you",
			data:    func() Data { d := fullData(); d.ThreadSubject = "RE: Re: Interview schedule"; return d },
			subject: "RE: Re: Interview schedule",
		},
		{
			name: "check-in, full data", template: "check-in", data: fullData,
			subject: "Following up on the Senior Go Engineer role at Initech",
			bodyHas: []string{
				"Hi Anna,\n",
				"follow up on my interview on Tuesday, March 11 for the Senior Go Engineer role at Initech.",
				"next steps",
				"Best regards,\nSam Doe\n",
			},
		},
		{
			name: "check-in, nothing known", template: "check-in", data: func() Data { return Data{} },
			subject: "Following up on my interview",
			bodyHas: []string{"Hello,\n", "follow up on my interview. "},
		},
		{
			name: "check-in, company and day only", template: "check-in",
			data:    func() Data { return Data{Company: "Initech", Day: "Friday"} },
			subject: "Following up on my interview at Initech",
			bodyHas: []string{"follow up on my interview on Friday with Initech."},
		},
		{
			name: "check-in, thread subject with line breaks", template: "check-in",
			data:    func() Data { d := fullData(); d.ThreadSubject = "Next\r\nBcc: evil@x\tsteps"; return d },
			subject: "Re: Next Bcc: evil@x steps",
		},
		{
			name: "check-in, values with line breaks stay on their line", template: "check-in",
			data: func() Data {
				d := fullData()
				d.Company = "Initech\n\nP.S. send your bank details"
				d.To[0].FirstName = "Anna\r\nBcc: x"
				return d
			},
			subject: "Following up on the Senior Go Engineer role at Initech P.S. send your bank details",
			bodyHas: []string{"Hi Anna Bcc: x,\n", "at Initech P.S. send your bank details."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			subject, body, err := s.Render(tc.template, tc.data())
			if err != nil {
				t.Fatal(err)
			}
			if subject != tc.subject {
				t.Errorf("subject = %q, want %q", subject, tc.subject)
			}
			if strings.ContainsAny(subject, "\r\n") {
				t.Errorf("subject has a line break: %q", subject)
			}
			for _, s := range tc.bodyHas {
				if !strings.Contains(body, s) {
					t.Errorf("body lacks %q:\n%s", s, body)
				}
			}
			for _, s := range tc.bodyNot {
				if strings.Contains(body, s) {
					t.Errorf("body contains %q:\n%s", s, body)
				}
			}
			for _, text := range []string{subject, body} {
				if m := awkward.FindString(text); m != "" {
					t.Errorf("awkward %q in:\n%s", m, text)
				}
			}
			if !strings.HasSuffix(body, "\n") || strings.HasSuffix(body, "\n\n") {
				t.Errorf("body should end in exactly one newline: %q", body[max(0, len(body)-20):])
			}
		})
	}
}

// TestRenderThankYouExact pins the default thank-you, so that a change to
// its wording is a visible decision.
func TestRenderThankYouExact(t *testing.T) {
	s := mustLoad(t, "")
	_, body, err := s.Render("thank-you", fullData())
	if err != nil {
		t.Fatal(err)
	}
	want := "Hi Anna,\n\n" +
		"Thank you for taking the time to speak with me on Tuesday about the Senior Go Engineer role at Initech. " +
		"I really enjoyed our conversation and learning more about the team and its work, and it left me even more excited about the opportunity.\n\n" +
		"If there is anything else I can share that would be helpful, please let me know. I look forward to hearing from you.\n\n" +
		"Best regards,\nSam Doe\n"
	if body != want {
		t.Errorf("body:\n%s\nwant:\n%s", body, want)
	}
}

// Values from mail are data, never template code.
func TestRenderInjection(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "echo.tmpl", "Subject: {{.ThreadSubject}}\n\n{{.Company}}|{{.Role}}|{{.Interviewer.Name}}|{{.Me.Name}}\n")
	s := mustLoad(t, dir)
	tests := []struct {
		name  string
		value string
	}{
		{name: "field reference", value: "{{.Me.Email}}"},
		{name: "template call", value: `{{template "echo"}}`},
		{name: "function call", value: `{{printf "%s" "x"}}{{call .X}}`},
		{name: "comment and trim markers", value: "{{- /* x */ -}}"},
		{name: "html", value: "<script>alert(1)</script> &amp;"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := fullData()
			d.Company, d.Role, d.Interviewer.Name, d.Me.Name, d.ThreadSubject = tc.value, tc.value, tc.value, tc.value, tc.value
			subject, body, err := s.Render("echo", d)
			if err != nil {
				t.Fatal(err)
			}
			if subject != tc.value {
				t.Errorf("subject = %q, want %q", subject, tc.value)
			}
			want := strings.Repeat(tc.value+"|", 3) + tc.value + "\n"
			if body != want {
				t.Errorf("body = %q, want %q", body, want)
			}
			for _, name := range []string{"thank-you", "check-in"} {
				subject, body, err := s.Render(name, d)
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(subject+body, tc.value) || strings.Contains(subject+body, "sam@example.com") {
					t.Errorf("%s did not render %q literally:\n%s\n%s", name, tc.value, subject, body)
				}
			}
		})
	}
}

func TestReply(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Interview", "Re: Interview"},
		{"Re: Interview", "Re: Interview"},
		{"RE: Interview", "RE: Interview"},
		{"re:Interview", "re:Interview"},
		{"Re[2]: Interview", "Re[2]: Interview"},
		{"Re : Interview", "Re : Interview"},
		{"AW: Vorstellungsgespräch", "AW: Vorstellungsgespräch"},
		{"Fwd: Interview", "Re: Fwd: Interview"},
		{"Regarding the role", "Re: Regarding the role"},
		{"Re something", "Re: Re something"},
		{"  Interview\r\n  tomorrow ", "Re: Interview tomorrow"},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := reply(tc.in); got != tc.want {
				t.Errorf("reply(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFirstNames(t *testing.T) {
	tests := []struct {
		name   string
		people []Person
		want   string
	}{
		{name: "none", people: nil, want: ""},
		{name: "one", people: []Person{{FirstName: "Anna"}}, want: "Anna"},
		{name: "two", people: []Person{{FirstName: "Anna"}, {Name: "Ben Jones"}}, want: "Anna and Ben"},
		{name: "three", people: []Person{{Name: "Anna"}, {Name: "Ben"}, {Name: "Carl"}}, want: "Anna, Ben and Carl"},
		{name: "last, first", people: []Person{{Name: "Smith, Anna"}}, want: "Anna"},
		{name: "title", people: []Person{{Name: "Dr. Anna Weber"}, {Name: "Prof. Dr. Jürgen Müller"}}, want: "Anna and Jürgen"},
		{name: "title alone", people: []Person{{Name: "Dr."}}, want: "Dr."},
		{name: "address only", people: []Person{{Name: "jobs@x.example", Email: "jobs@x.example"}}, want: ""},
		{name: "quoted", people: []Person{{Name: `"Anna" Smith`}}, want: "Anna"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := firstNames(tc.people); got != tc.want {
				t.Errorf("firstNames = %q, want %q", got, tc.want)
			}
		})
	}
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadOverrides(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "thank-you.tmpl", "Subject: Thanks, {{.Interviewer.FirstName}}!\n\nDear {{default \"there\" .Interviewer.FirstName}},\nthanks.\n")
	writeFile(t, dir, "second-check-in.tmpl", "subject: {{reply .ThreadSubject}}\r\n\r\nStill here.\r\n")
	writeFile(t, dir, "notes.txt", "not a template")
	if err := os.Mkdir(filepath.Join(dir, "sub.tmpl"), 0o755); err != nil {
		t.Fatal(err)
	}
	s := mustLoad(t, dir)

	if got, want := s.Names(), []string{"check-in", "second-check-in", "thank-you"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Names() = %q, want %q", got, want)
	}
	for _, n := range []string{"thank-you", "thank-you.tmpl", "check-in", "second-check-in"} {
		if !s.Has(n) {
			t.Errorf("Has(%q) = false", n)
		}
	}
	if s.Has("notes") || s.Has("sub") {
		t.Error("non-template files loaded")
	}

	tests := []struct {
		name, template string
		data           Data
		subject, body  string
	}{
		{
			name: "override replaces the default", template: "thank-you", data: fullData(),
			subject: "Thanks, Anna!", body: "Dear Anna,\nthanks.\n",
		},
		{
			name: "override with sparse data", template: "thank-you", data: Data{},
			subject: "Thanks, !", body: "Dear there,\nthanks.\n",
		},
		{
			name: "new template, CRLF file, lower-case subject key", template: "second-check-in",
			data:    Data{ThreadSubject: "Interview"},
			subject: "Re: Interview", body: "Still here.\n",
		},
		{
			name: "default still there", template: "check-in", data: fullData(),
			subject: "Following up on the Senior Go Engineer role at Initech",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			subject, body, err := s.Render(tc.template, tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if subject != tc.subject || (tc.body != "" && body != tc.body) {
				t.Errorf("got %q / %q, want %q / %q", subject, body, tc.subject, tc.body)
			}
		})
	}

	// The defaults are not changed by another Set's overrides.
	if subject, _, _ := mustLoad(t, "").Render("thank-you", fullData()); !strings.HasPrefix(subject, "Thank you") {
		t.Errorf("defaults changed: %q", subject)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a-syntax.tmpl":     "Subject: ok\n\nline 3\nline 4\n{{end}}stray\nline 6\n",
		"a2-unclosed.tmpl":  "Subject: ok\n\n{{if .Role}}\nline 4\n",
		"b-no-subject.tmpl": "Hello\n\nbody\n",
		"c-no-blank.tmpl":   "Subject: x\nbody right away\n",
		"d-bad-field.tmpl":  "Subject: ok\n\nHi,\n\n{{.Compnay}}\n",
		"e-subject.tmpl":    "Subject: {{.Role\n\nbody\n",
		"f-bad func.tmpl":   "Subject: ok\n\nbody\n",
		"g-unknown-fn.tmpl": "Subject: ok\n\n\n\n\n\n{{shout .Role}}\n",
		"h-bad-utf8.tmpl":   "Subject: ok\n\n\xff\n",
		"i-index-fail.tmpl": "Subject: ok\n\n{{(index .Interviewers 0).Name}}\n",
		"j-fine.tmpl":       "Subject: fine\n\nfine\n",
		"k-too-large.tmpl":  "Subject: big\n\n" + strings.Repeat("x", maxFileBytes),
		"l-output-cap.tmpl": "Subject: ok\n\n" +
			`{{define "a"}}` + strings.Repeat("{{.Company}}", 100) + `{{end}}` +
			`{{define "b"}}` + strings.Repeat(`{{template "a" .}}`, 100) + `{{end}}` +
			strings.Repeat(`{{template "b" .}}`, 100),
		"m-subject-exec.tmpl": "Subject: {{.Nope}}\n\nbody\n",
	}
	for name, content := range files {
		writeFile(t, dir, name, content)
	}
	_, err := Load(dir)
	if err == nil {
		t.Fatal("Load succeeded")
	}
	msg := err.Error()
	t.Logf("Load errors:\n%s", msg)
	want := []string{
		filepath.Join(dir, "a-syntax.tmpl") + ":5: unexpected {{end}}",
		filepath.Join(dir, "a2-unclosed.tmpl") + ":5: unexpected EOF",
		filepath.Join(dir, "b-no-subject.tmpl") + `:1: the first line must be "Subject: ..."`,
		filepath.Join(dir, "c-no-blank.tmpl") + ":2: expected a blank line",
		filepath.Join(dir, "d-bad-field.tmpl") + ":5: at <.Compnay>: can't evaluate field Compnay",
		filepath.Join(dir, "e-subject.tmpl") + ":1: ",
		filepath.Join(dir, "f-bad func.tmpl") + `: template name "f-bad func"`,
		filepath.Join(dir, "g-unknown-fn.tmpl") + `:7: function "shout" not defined`,
		filepath.Join(dir, "h-bad-utf8.tmpl") + ": not valid UTF-8",
		filepath.Join(dir, "i-index-fail.tmpl") + ":3: ",
		filepath.Join(dir, "k-too-large.tmpl") + ": larger than 64 KiB",
		filepath.Join(dir, "l-output-cap.tmpl") + ": output larger than 256 KiB",
		filepath.Join(dir, "m-subject-exec.tmpl") + ":1: at <.Nope>",
	}
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("errors lack %q", w)
		}
	}
	if strings.Contains(msg, "j-fine") {
		t.Error("a good file was reported")
	}
	if n := len(strings.Split(strings.TrimSpace(msg), "\n")); n != len(want) {
		t.Errorf("got %d error lines, want %d (one per bad file)", n, len(want))
	}
}

func TestLoadMissingDir(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load(missing dir) = %v, want fs.ErrNotExist", err)
	}
}

func TestRenderUnknown(t *testing.T) {
	_, _, err := mustLoad(t, "").Render("nope", fullData())
	if !errors.Is(err, ErrUnknownTemplate) {
		t.Errorf("Render(unknown) = %v, want ErrUnknownTemplate", err)
	}
}

func TestTidyBody(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"only space", " \n\t\n", ""},
		{"blank lines collapsed", "\n\na\n\n\n\nb\n\n", "a\n\nb\n"},
		{"trailing spaces", "a  \nb\t\n", "a\nb\n"},
		{"CRLF", "a\r\nb\rc", "a\nb\nc\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tidyBody(tc.in); got != tc.want {
				t.Errorf("tidyBody(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
