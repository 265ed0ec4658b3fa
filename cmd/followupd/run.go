package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/followupd/followupd/config"
	"github.com/followupd/followupd/daemon"
	"github.com/followupd/followupd/mail"
)

func newRunCmd(g *globals) *cobra.Command {
	var now string
	var watchConfig bool
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Run as a daemon: watch mail and calendars, and write every draft when it is due",
		Long: `Run as a daemon: a pass at start, then one whenever new mail arrives (IMAP IDLE,
or polling at imap.poll_interval), a calendar feed is to be refreshed, or a
draft comes due. SIGHUP reloads the config (kept if invalid); SIGTERM or
SIGINT stops after the pass in progress (at most 10 s); a second one exits
at once.`,
		Args:        cobra.NoArgs,
		Annotations: map[string]string{ownSignals: "yes"},
		RunE: func(cmd *cobra.Command, _ []string) error {
			return g.runDaemon(cmd.Context(), now, watchConfig)
		},
	}
	cmd.Flags().StringVar(&now, "now", "", "start the clock at this time (RFC 3339) and let it run from there; default: the clock")
	cmd.Flags().BoolVar(&watchConfig, "watch-config", false, "also reload when the config file changes, as on SIGHUP")
	return cmd
}

// httpShutdownTimeout bounds how long stopping waits for a slow scrape.
const httpShutdownTimeout = 5 * time.Second

// runDaemon is `followupd run`. Resources are released in the reverse
// order of their setup, so that the store, opened first, closes last:
// after the loop has finished or abandoned its pass.
func (g *globals) runDaemon(ctx context.Context, nowFlag string, watchConfig bool) error {
	log, err := g.logger()
	if err != nil {
		return err
	}
	cfg, err := g.loadConfig(log)
	if err != nil {
		return err
	}
	clock := daemon.SystemClock()
	if nowFlag != "" {
		start, err := parseNow(nowFlag, cfg.Location)
		if err != nil {
			return err
		}
		clock = daemon.StartClock(start)
	}
	unlock, err := lockState(cfg.StateDir)
	if err != nil {
		return err
	}
	defer unlock()
	st, err := openStore(ctx, cfg, log)
	if err != nil {
		return fmt.Errorf("open state: %w", err)
	}
	defer st.Close()

	health, metrics := daemon.NewHealth(clock), daemon.NewMetrics()
	loop := &daemon.Loop{
		Runner:   &daemon.Runner{Store: st, Log: log.With("component", "pass")},
		Setup:    setup(cfg, log),
		Clock:    clock,
		Log:      log,
		Notify:   daemon.Systemd{},
		Watchdog: daemon.WatchdogInterval(),
		Health:   health,
		Metrics:  metrics,
	}
	if cfg.HTTP.Listen != "" {
		h := daemon.Handler(health, metrics)
		if !cfg.HTTP.AllowRemote {
			h = daemon.LocalHostOnly(cfg.HTTP.Listen, h)
		}
		stop, err := serveHTTP(cfg.HTTP.Listen, h, log.With("component", "http"))
		if err != nil {
			return err
		}
		defer stop()
	}

	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, syscall.SIGHUP, syscall.SIGTERM, os.Interrupt)
	defer signal.Stop(sigs)
	r := &reloader{path: g.configPath, log: log.With("component", "reload"), base: log, loop: loop, cfg: cfg, notify: loop.Notify}
	var changed <-chan struct{}
	if watchConfig {
		if changed, err = watchFile(runCtx, g.configPath, log.With("component", "reload")); err != nil {
			return err
		}
	}
	done := make(chan struct{})
	defer close(done)
	go g.handleSignals(sigs, changed, done, stop, r, log)

	log.Info("starting", "config", g.configPath, "mailboxes", cfg.IMAP.Mailboxes, "feeds", len(cfg.Calendars),
		"state", cfg.StateDir, "pid", os.Getpid())
	return loop.Run(runCtx)
}

// handleSignals turns signals (and changes of the config file, when
// watched) into reloads and the two phases of stopping. Reloads happen
// here only, one at a time. It runs until done is closed.
func (g *globals) handleSignals(sigs <-chan os.Signal, changed <-chan struct{}, done <-chan struct{}, stop func(), r *reloader, log *slog.Logger) {
	stopping := false
	for {
		select {
		case <-done:
			return
		case <-changed:
			if !stopping {
				r.reload()
			}
		case sig := <-sigs:
			switch {
			case sig == syscall.SIGHUP && stopping:
				log.Info("stopping; reload ignored")
			case sig == syscall.SIGHUP:
				r.reload()
			case !stopping:
				stopping = true
				log.Info("stopping: no new passes; the one in progress may take up to 10 s", "signal", sig.String())
				stop()
			default:
				// The user (or systemd's final SIGKILL, if they wait) wants
				// out now. The draft journal makes this safe: the next
				// start finds a draft whose APPEND was cut off.
				log.Warn("second signal: exiting at once", "signal", sig.String())
				g.exit(exitFailure)
			}
		}
	}
}

// serveHTTP serves h on addr until the returned function stops it.
func serveHTTP(addr string, h http.Handler, log *slog.Logger) (func(), error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("http.listen: %w", err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	log.Info("serving /healthz and /metrics", "addr", ln.Addr().String())
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("http server stopped", "err", err)
		}
	}()
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), httpShutdownTimeout)
		defer cancel()
		_ = srv.Shutdown(ctx)
	}, nil
}

// setup is what the loop takes from a config snapshot; a reload builds a
// new one.
func setup(cfg *config.Config, log *slog.Logger) daemon.Setup {
	return daemon.Setup{
		Settings:     daemon.SettingsFrom(cfg),
		Dial:         dialer(cfg, log),
		Watch:        watchDialer(cfg, log),
		PollInterval: cfg.IMAP.PollInterval,
	}
}

// watchDialer opens the connections the loop watches mailboxes on: the
// same as a pass's, one per watched mailbox.
func watchDialer(cfg *config.Config, log *slog.Logger) func(ctx context.Context) (daemon.Watcher, error) {
	dial := dialer(cfg, log)
	return func(ctx context.Context) (daemon.Watcher, error) {
		conn, err := dial(ctx)
		if err != nil {
			return nil, err
		}
		w, ok := conn.(daemon.Watcher)
		if !ok {
			conn.Close()
			return nil, fmt.Errorf("watch: %w", mail.ErrNoIdle)
		}
		return w, nil
	}
}
