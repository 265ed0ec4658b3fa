package config

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// ErrNoPassword is returned by Password when its source yields nothing:
// an unset variable, an empty file, a command that prints nothing. It will
// not heal by retrying, so a reconnect loop should stop on it.
var ErrNoPassword = errors.New("no password")

// maxStderr bounds how much of password_cmd's stderr goes into an error:
// enough for a "gpg: decryption failed" line, not a whole log.
const maxStderr = 512

// Password reads the IMAP password from its configured source. It is
// called at every connect (not once at load) so that a rotated secret or
// a short-lived OAuth token from password_cmd is picked up. No error it
// returns contains the secret or the command's output.
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
// the command's output; ErrNoPassword marks a source that yields nothing.
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
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > maxStderr {
			msg = msg[:maxStderr] + "..."
		}
		if msg != "" {
			return "", fmt.Errorf("%s: %w: %s", key, err, msg)
		}
		return "", fmt.Errorf("%s: %w", key, err)
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
