package config

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// ErrNoPassword is returned by Password when its source yields nothing:
// an unset variable, an empty file, a command that prints nothing. It will
// not heal by retrying, so a reconnect loop should stop on it.
var ErrNoPassword = errors.New("no password")

// maxStderr bounds how much of password_cmd's stderr goes into an error:
// enough for a "gpg: decryption failed" line, not a whole log.
const maxStderr = 200

// Password reads the IMAP password from its configured source. It is
// called at every connect (not once at load) so that a rotated secret or
// a short-lived OAuth token from password_cmd is picked up. No error it
// returns contains the secret or the command's standard output; of its
// standard error, only a first line that does not look like it carries a
// secret (see stderrNote).
//
// Only the first line of a file or of the command's output is used, as
// mbsync does: `pass show` prints the password first and may print more
// lines after it.
func (c *Config) Password(ctx context.Context) (string, error) {
	if c.password != nil {
		return c.password.value, nil
	}
	m := c.IMAP
	src := passwordSource{key: "imap.", env: c.env, envVar: m.PasswordEnv, file: m.PasswordFile, cmd: m.PasswordCmd}
	if !src.isSet() {
		return "", fmt.Errorf("imap: no password source: %w", ErrNoPassword)
	}
	return src.read(ctx)
}

// passwordSource is one of the ways to give a password outside the config
// file, shared by imap and the calendars: at most one of envVar, file and
// cmd is set.
type passwordSource struct {
	// key is put before the name of the key in errors: "imap." or
	// `calendar "work": `.
	key    string
	env    func(string) (string, bool)
	envVar string // name of an environment variable
	file   string // absolute path
	cmd    string // run with `sh -c`
}

func (s passwordSource) isSet() bool { return s.envVar != "" || s.file != "" || s.cmd != "" }

// read returns the password. No error it returns contains the secret or
// the command's standard output, and of its standard error at most what
// stderrNote lets through; ErrNoPassword marks a source that yields nothing.
func (s passwordSource) read(ctx context.Context) (string, error) {
	switch {
	case s.envVar != "":
		var v string
		ok := false
		if s.env != nil {
			v, ok = s.env(s.envVar)
		}
		if !ok || v == "" {
			return "", fmt.Errorf("%spassword_env: $%s is not set: %w", s.key, s.envVar, ErrNoPassword)
		}
		return v, nil
	case s.file != "":
		b, err := os.ReadFile(s.file)
		if err != nil {
			// The *PathError names the file and the cause, never the content.
			return "", fmt.Errorf("%spassword_file: %w", s.key, err)
		}
		p := firstLine(b)
		if p == "" {
			return "", fmt.Errorf("%spassword_file: %s is empty: %w", s.key, s.file, ErrNoPassword)
		}
		return p, nil
	case s.cmd != "":
		return runPasswordCmd(ctx, s.key+"password_cmd", s.cmd)
	}
	return "", fmt.Errorf("%spassword: no source: %w", s.key, ErrNoPassword)
}

// runPasswordCmd runs command and returns the first line it prints. key
// names the setting in errors.
func runPasswordCmd(ctx context.Context, key, command string) (string, error) {
	cmd := exec.CommandContext(ctx, "sh", "-c", command)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	// A grandchild that keeps the pipes open (a gpg-agent started on the
	// way) would otherwise keep Wait from returning after ctx ends.
	cmd.WaitDelay = 2 * time.Second
	if err := cmd.Run(); err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return "", fmt.Errorf("%s: %w", key, ctxErr)
		}
		return "", fmt.Errorf("%s: %w%s", key, err, stderrNote(stderr.Bytes()))
	}
	p := firstLine(stdout.Bytes())
	if p == "" {
		return "", fmt.Errorf("%s printed nothing on its first line: %w", key, ErrNoPassword)
	}
	return p, nil
}

func firstLine(b []byte) string {
	line, _, _ := bytes.Cut(b, []byte("\n"))
	return string(bytes.TrimSuffix(line, []byte("\r")))
}

// stderrNote is what a failed password_cmd's stderr adds to the error,
// which ends up in logs and on /healthz: ": " and its first line, cut to
// maxStderr bytes, so that "gpg: decryption failed: No secret key" tells
// the user what to fix. OAuth token helpers may print their request on
// stderr, so a line that looks like it carries a secret (see
// looksSecret) is replaced by its size, and later lines are never shown.
func stderrNote(stderr []byte) string {
	msg := bytes.TrimSpace(stderr)
	if len(msg) == 0 {
		return ""
	}
	line := strings.TrimSpace(firstLine(msg))
	if looksSecret(line) {
		return fmt.Sprintf(" (stderr withheld: %d bytes)", len(stderr))
	}
	if len(line) > maxStderr {
		cut := maxStderr
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		line = line[:cut] + "..."
	}
	return ": " + line
}

// secretWords, and "key=", mark a line that may hold a credential even
// when the value is short, such as "password=hunter2" or
// "Authorization: Bearer x".
var secretWords = []string{"token", "bearer", "password", "secret"}

// harmlessPhrases are removed before looking for secretWords: the errors
// of gpg ("No secret key", gpg 1.x "secret key not available") and pass
// ("is not in the password store") name a kind of key or a store, never
// carry one, and are the most useful lines password_cmd prints.
var harmlessPhrases = []string{"no secret key", "secret key not available", "password store"}

// secretRun is a run of base64, base64url or hex characters long enough
// to be a token or key. Ordinary words and gpg's 16-digit key IDs are
// shorter; a long path or a 40-digit fingerprint is withheld too, which
// errs on the safe side.
var secretRun = regexp.MustCompile(`[A-Za-z0-9+/=_-]{24,}`)

// looksSecret reports whether line may carry a secret. It checks the whole
// line, before it is cut to maxStderr, so that a token cut in half is
// still caught.
func looksSecret(line string) bool {
	if secretRun.MatchString(line) {
		return true
	}
	lower := strings.ToLower(line)
	// "key=" is looked for before the phrases go: "no secret key=x".
	if strings.Contains(lower, "key=") {
		return true
	}
	for _, p := range harmlessPhrases {
		lower = strings.ReplaceAll(lower, p, " ")
	}
	for _, w := range secretWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
