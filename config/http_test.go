package config

import (
	"reflect"
	"strings"
	"testing"

	"github.com/followupd/followupd"
)

func TestHTTP(t *testing.T) {
	tests := []struct {
		name string
		yaml string // after minimal, whose 5 lines put http: on line 6
		env  []string
		want HTTP
		// problems, errors then warnings; none means valid
		problems []string
	}{
		{name: "off by default", yaml: ""},
		{name: "loopback", yaml: "http:\n  listen: 127.0.0.1:9464\n", want: HTTP{Listen: "127.0.0.1:9464"}},
		{name: "IPv6 loopback, any port", yaml: "http:\n  listen: \"[::1]:0\"\n", want: HTTP{Listen: "[::1]:0"}},
		{name: "localhost", yaml: "http:\n  listen: localhost:9464\n", want: HTTP{Listen: "localhost:9464"}},
		{
			name: "remote allowed", yaml: "http:\n  listen: 0.0.0.0:9464\n  allow_remote: true\n",
			want: HTTP{Listen: "0.0.0.0:9464", AllowRemote: true},
		},
		{
			name: "from the environment", env: []string{"FOLLOWUPD_HTTP_LISTEN=127.0.0.1:9000"},
			want: HTTP{Listen: "127.0.0.1:9000"},
		},
		{
			name: "remote address refused", yaml: "http:\n  listen: 192.168.1.20:9464\n",
			problems: []string{testPath + `:7: http.listen: "192.168.1.20" can be reached from other machines: use 127.0.0.1 or [::1], or set http.allow_remote: true`},
		},
		{
			name: "every interface refused", yaml: "http:\n  listen: :9464\n",
			problems: []string{testPath + `:7: http.listen: every interface can be reached from other machines: use 127.0.0.1 or [::1], or set http.allow_remote: true`},
		},
		{
			name: "port only", yaml: "http:\n  listen: 9464\n",
			problems: []string{testPath + `:7: http.listen: want host:port such as 127.0.0.1:9464, got "9464"`},
		},
		{
			name: "named port", yaml: "http:\n  listen: 127.0.0.1:http\n",
			problems: []string{testPath + `:7: http.listen: want a port number from 0 to 65535, got "http"`},
		},
		{
			name: "bad boolean and typo", yaml: "http:\n  lisen: 127.0.0.1:9464\n  allow_remote: maybe\n",
			problems: []string{
				testPath + `:7: unknown key "lisen" in http (did you mean "listen"?)`,
				testPath + `:8: http.allow_remote: want true or false, got "maybe"`,
			},
		},
		{
			name: "allow_remote alone", yaml: "http:\n  allow_remote: true\n",
			want:     HTTP{AllowRemote: true},
			problems: []string{testPath + `:7: warning: http.allow_remote: has no effect without http.listen`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			env := envOf(tc.env...)
			got := problemsOf(t, minimal+tc.yaml, env)
			if !reflect.DeepEqual(got, tc.problems) {
				t.Fatalf("problems:\n%q\nwant\n%q", got, tc.problems)
			}
			c, _, err := Parse(testPath, []byte(minimal+tc.yaml), env)
			if err != nil {
				return
			}
			if c.HTTP != tc.want {
				t.Errorf("HTTP = %+v, want %+v", c.HTTP, tc.want)
			}
		})
	}
}

// TestExampleHTTP uncomments the example's http section and holds it
// valid and meaning what its comments say.
func TestExampleHTTP(t *testing.T) {
	block := exampleBlock(string(followupd.ExampleConfig), "http")
	if block == "" {
		t.Fatal("config.example.yaml has no http section")
	}
	var b strings.Builder
	for _, line := range strings.SplitAfter(block, "\n") {
		b.WriteString(strings.TrimPrefix(line, "#"))
	}
	c := mustParse(t, minimal+b.String(), envOf())
	if c.HTTP != (HTTP{Listen: "127.0.0.1:9464"}) {
		t.Errorf("HTTP = %+v", c.HTTP)
	}
}
