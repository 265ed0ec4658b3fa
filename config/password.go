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
	m := c.IMAP
	switch {
	case c.password != nil:
		return c.password.value, nil
	case m.PasswordEnv != "":
		v, ok := c.env(m.PasswordEnv)
		if !ok || v == "" {
			return "", fmt.Errorf("imap.password_env: $%s is not set: %w", m.PasswordEnv, ErrNoPassword)
		}
		return v, nil
	case m.PasswordFile != "":
		b, err := os.ReadFile(m.PasswordFile)
		if err != nil {
			// The *PathError names the file and the cause, never the content.
			return "", fmt.Errorf("imap.password_file: %w", err)
		}
		p := firstLine(b)
		if p == "" {
			return "", fmt.Errorf("imap.password_file: %s is empty: %w", m.PasswordFile, ErrNoPassword)
		}
		return p, nil
	case m.PasswordCmd != "":
		return runPasswordCmd(ctx, m.PasswordCmd)
	}
	return "", fmt.Errorf("imap: no password source: %w", ErrNoPassword)
}

func runPasswordCmd(ctx context.Context, command string) (string, error) {
	cmd := exec.CommandContext(ctx, "sh", "-c", command)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	// A grandchild that keeps the pipes open (a gpg-agent started on the
	// way) would otherwise keep Wait from returning after ctx ends.
	cmd.WaitDelay = 2 * time.Second
	if err := cmd.Run(); err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return "", fmt.Errorf("imap.password_cmd: %w", ctxErr)
		}
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > maxStderr {
			msg = msg[:maxStderr] + "..."
		}
		if msg != "" {
			return "", fmt.Errorf("imap.password_cmd: %w: %s", err, msg)
		}
		return "", fmt.Errorf("imap.password_cmd: %w", err)
	}
	p := firstLine(stdout.Bytes())
	if p == "" {
		return "", fmt.Errorf("imap.password_cmd printed nothing on its first line: %w", ErrNoPassword)
	}
	return p, nil
}

func firstLine(b []byte) string {
	line, _, _ := bytes.Cut(b, []byte("\n"))
	return string(bytes.TrimSuffix(line, []byte("\r")))
}
