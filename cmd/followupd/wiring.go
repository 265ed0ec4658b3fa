package main

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/followupd/followupd/config"
	"github.com/followupd/followupd/daemon"
	"github.com/followupd/followupd/mail"
	"github.com/followupd/followupd/store"
)

// loadConfig loads and validates the config file; every problem is a
// configError so that the process exits with status 2.
func (g *globals) loadConfig(log *slog.Logger) (*config.Config, error) {
	cfg, warnings, err := config.Load(g.configPath)
	if err != nil {
		return nil, configError{err}
	}
	for _, w := range warnings {
		log.Warn(w.String())
	}
	return cfg, nil
}

// dialer connects with the configured server and credentials. The password
// is read at each connect so that a rotated secret is picked up.
func dialer(cfg *config.Config, log *slog.Logger) func(ctx context.Context) (daemon.Mailbox, error) {
	return func(ctx context.Context) (daemon.Mailbox, error) {
		c, err := mail.Dial(ctx, mail.DialConfig{
			Host:           cfg.IMAP.Host,
			Port:           cfg.IMAP.Port,
			Security:       mail.Security(cfg.IMAP.Security),
			AllowPlaintext: cfg.IMAP.AllowPlaintext,
			Username:       cfg.IMAP.Username,
			Auth:           imapAuth(cfg.IMAP.Auth),
			Password:       cfg.Password,
			Logger:         log.With("component", "imap"),
			MaxBodyBytes:   cfg.IMAP.MaxMessageSize,
		})
		if err != nil {
			return nil, fmt.Errorf("connect to %s:%d: %w", cfg.IMAP.Host, cfg.IMAP.Port, err)
		}
		return c, nil
	}
}

// openStore opens the state database in the configured state directory,
// warning about each part of it that others could read until now.
func openStore(ctx context.Context, cfg *config.Config, log *slog.Logger) (*store.Store, error) {
	st, err := store.Open(ctx, filepath.Join(cfg.StateDir, "followupd.db"))
	if err != nil {
		return nil, err
	}
	for _, p := range st.Tightened() {
		log.Warn("state was readable by other users; made it private", "path", p)
	}
	return st, nil
}

// runner wires a Runner from the config.
func runner(cfg *config.Config, st *store.Store, log *slog.Logger) *daemon.Runner {
	return &daemon.Runner{
		Settings: daemon.SettingsFrom(cfg),
		Store:    st,
		Dial:     dialer(cfg, log),
		Log:      log.With("component", "pass"),
	}
}

// parseNow reads --now: RFC 3339, or the clock when empty.
func parseNow(s string, loc *time.Location) (time.Time, error) {
	if s == "" {
		return time.Now().In(loc), nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, configError{fmt.Errorf("--now: %q is not an RFC 3339 time such as 2026-12-04T09:00:00+01:00", s)}
	}
	return t.In(loc), nil
}

// imapAuth maps the config's mechanism to the client's; "auto" lets the
// client choose from the server's capabilities.
func imapAuth(a config.Auth) mail.Auth {
	if a == config.AuthAuto {
		return ""
	}
	return mail.Auth(a)
}
