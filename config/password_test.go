package config

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestPassword(t *testing.T) {
	const pw = "correct horse"
	dir := t.TempDir()
	file := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name    string
		c       Config
		env     []string
		want    string
		wantErr string // exact
		noPass  bool   // errors.Is(err, ErrNoPassword)
	}{
		{name: "literal", c: Config{password: &secret{value: pw}}, want: pw},
		{name: "env", c: Config{IMAP: IMAP{PasswordEnv: "P"}}, env: []string{"P=" + pw}, want: pw},
		{name: "env unset", c: Config{IMAP: IMAP{PasswordEnv: "P"}},
			wantErr: "imap.password_env: $P is not set: no password", noPass: true},
		{name: "file, trailing newline", c: Config{IMAP: IMAP{PasswordFile: file("nl", pw+"\n")}}, want: pw},
		{name: "file, CRLF and more lines", c: Config{IMAP: IMAP{PasswordFile: file("crlf", pw+"\r\nuser: alex\r\n")}}, want: pw},
		{name: "file, no newline", c: Config{IMAP: IMAP{PasswordFile: file("bare", pw)}}, want: pw},
		{name: "file empty", c: Config{IMAP: IMAP{PasswordFile: file("empty", "\n")}},
			wantErr: "imap.password_file: " + filepath.Join(dir, "empty") + " is empty: no password", noPass: true},
		{name: "file missing", c: Config{IMAP: IMAP{PasswordFile: filepath.Join(dir, "nope")}},
			wantErr: "imap.password_file: open " + filepath.Join(dir, "nope") + ": no such file or directory"},
		{name: "command, first line", c: Config{IMAP: IMAP{PasswordCmd: "printf '" + pw + "\\nlogin: alex\\n'"}}, want: pw},
		{name: "command runs under sh -c", c: Config{IMAP: IMAP{PasswordCmd: `printf '%s\n' "$0"`}}, want: "sh"},
		{name: "command fails: stderr in the error, stdout not",
			c:       Config{IMAP: IMAP{PasswordCmd: "echo " + pw + "; echo 'gpg: decryption failed' >&2; exit 2"}},
			wantErr: "imap.password_cmd: exit status 2: gpg: decryption failed"},
		{name: "command prints nothing", c: Config{IMAP: IMAP{PasswordCmd: "true"}},
			wantErr: "imap.password_cmd printed nothing on its first line: no password", noPass: true},
		{name: "no source", c: Config{}, wantErr: "imap: no password source: no password", noPass: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.c.env = envOf(tc.env...)
			got, err := tc.c.Password(context.Background())
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if got != tc.want || gotErr != tc.wantErr {
				t.Errorf("Password() = %q, %q; want %q, %q", got, gotErr, tc.want, tc.wantErr)
			}
			if strings.Contains(gotErr, pw) {
				t.Errorf("error %q holds the secret", gotErr)
			}
			if errors.Is(err, ErrNoPassword) != tc.noPass {
				t.Errorf("errors.Is(err, ErrNoPassword) = %v, want %v", !tc.noPass, tc.noPass)
			}
		})
	}
}

func TestPasswordCommandCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	c := Config{IMAP: IMAP{PasswordCmd: "sleep 30"}}
	start := time.Now()
	_, err := c.Password(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Password() error = %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Password() took %v after cancel", d)
	}
}

// TestPasswordNotPrinted keeps a literal password out of %+v dumps of the
// config, which end up in logs.
func TestPasswordNotPrinted(t *testing.T) {
	c, _, err := Parse(testPath, []byte("me:\n  email: a@example.com\nimap:\n  host: h.example\n  password: hunter2\n"), envOf())
	if err != nil {
		t.Fatal(err)
	}
	if s := fmt.Sprintf("%+v %v %#v", *c, c, c); strings.Contains(s, "hunter2") {
		t.Errorf("the config prints its password: %s", s)
	}
}
