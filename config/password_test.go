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
		{name: "command fails: only the first line of stderr",
			c:       Config{IMAP: IMAP{PasswordCmd: "echo 'gpg: decryption failed: No secret key' >&2; echo 'refresh_token=1//0g' >&2; exit 2"}},
			wantErr: "imap.password_cmd: exit status 2: gpg: decryption failed: No secret key"},
		{name: "command fails: a token request on stderr is withheld",
			c:       Config{IMAP: IMAP{PasswordCmd: "echo 'POST https://oauth2.googleapis.com/token client_id=42 refresh_token=1//0gAbCdEfGhIjKlMnOpQrStUv' >&2; exit 1"}},
			wantErr: "imap.password_cmd: exit status 1 (stderr withheld: 96 bytes)"},
		{name: "command fails: a long stderr line is cut",
			c:       Config{IMAP: IMAP{PasswordCmd: "printf 'error:%0150d\\n' 0 | sed 's/0/ x/g' >&2; exit 1"}},
			wantErr: "imap.password_cmd: exit status 1: error:" + strings.Repeat(" x", 97) + "..."},
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

// TestStderrNote checks what of a failed password_cmd's stderr reaches
// the error, and so the logs and /healthz.
func TestStderrNote(t *testing.T) {
	long := "gpg: " + strings.Repeat("x ", 150)
	tests := []struct {
		name   string
		stderr string
		want   string
	}{
		{"empty", "", ""},
		{"only blank lines", "\n \r\n", ""},
		{"gpg without the key", "gpg: decryption failed: No secret key\n", ": gpg: decryption failed: No secret key"},
		{"gpg 1.x", "gpg: decryption failed: secret key not available\n", ": gpg: decryption failed: secret key not available"},
		{"pass without the entry", "Error: mail/imap is not in the password store.\n", ": Error: mail/imap is not in the password store."},
		{"first line only", "\n  gpg: decryption failed: No secret key\r\nrefresh_token=abc\n", ": gpg: decryption failed: No secret key"},
		{"cut to 200 bytes", long, ": " + long[:maxStderr] + "..."},
		{"cut on a rune boundary", strings.Repeat("é ", 66) + "aé", ": " + strings.Repeat("é ", 66) + "a..."},
		{"token", "error: invalid_grant: Token has been expired or revoked.\n", " (stderr withheld: 57 bytes)"},
		{"bearer", "Authorization: Bearer abc\n", " (stderr withheld: 26 bytes)"},
		{"password", "login failed for password hunter2\n", " (stderr withheld: 34 bytes)"},
		{"password besides the store", "password store: password hunter2\n", " (stderr withheld: 33 bytes)"},
		{"secret", "CLIENT_SECRET=x\n", " (stderr withheld: 16 bytes)"},
		{"key=", "api_key=x1\n", " (stderr withheld: 11 bytes)"},
		{"key= after a harmless phrase", "no secret key=x1", " (stderr withheld: 16 bytes)"},
		{"base64 run", "ya29.a0AfH6SMBx3kQz7LpV9wT2nR8cD4eF\n", " (stderr withheld: 36 bytes)"},
		{"base64url run", "got eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9 back", " (stderr withheld: 45 bytes)"},
		{"hex run", "sha 0123456789abcdef0123456789abcdef", " (stderr withheld: 36 bytes)"},
		{"secret past the cut is still withheld", strings.Repeat("a ", 99) + "token x", " (stderr withheld: 205 bytes)"},
		{"23 characters are a word", "gpg: " + strings.Repeat("A", 23), ": gpg: " + strings.Repeat("A", 23)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := stderrNote([]byte(tc.stderr)); got != tc.want {
				t.Errorf("stderrNote(%q) = %q, want %q", tc.stderr, got, tc.want)
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
