// Command followupd watches a job seeker's mailbox for interviews and writes
// thank-you and check-in drafts into their Drafts folder at the right time.
// This file only wires things together: flags, config, logging, exit codes.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/followupd/followupd/config"
)

// Exit statuses are a contract with scripts and service managers.
const (
	exitOK      = 0
	exitFailure = 1 // runtime failure: one clear line says what failed
	exitConfig  = 2 // configuration error
)

type globals struct {
	configPath string
	logLevel   string
	logFormat  string
	stdout     io.Writer
	stderr     io.Writer

	// stopSignals undoes what PersistentPreRunE set up; exit is os.Exit,
	// for `run`'s second signal.
	stopSignals func()
	exit        func(code int)
}

// ownSignals annotates a command that handles signals itself (`run`:
// SIGHUP reloads, a second SIGTERM exits at once). The others stop at the
// first SIGINT or SIGTERM by the end of their context.
const ownSignals = "own-signals"

// configError marks failures that are the configuration's fault, so that
// main can exit with status 2.
type configError struct{ err error }

func (e configError) Error() string { return e.err.Error() }
func (e configError) Unwrap() error { return e.err }

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	g := &globals{stdout: stdout, stderr: stderr, stopSignals: func() {}, exit: os.Exit}
	defer func() { g.stopSignals() }()
	root := newRoot(g)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var cerr configError
	if errors.As(err, &cerr) {
		fmt.Fprintln(stderr, cerr.Error())
		return exitConfig
	}
	fmt.Fprintf(stderr, "followupd: %v\n", err)
	return exitFailure
}

func newRoot(g *globals) *cobra.Command {
	root := &cobra.Command{
		Use:           "followupd",
		Short:         "Drafts the thank-you and check-in mails that job interviews call for",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if cmd.Annotations[ownSignals] != "" {
				return nil
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			g.stopSignals = stop
			cmd.SetContext(ctx)
			return nil
		},
	}
	root.PersistentFlags().StringVar(&g.configPath, "config", config.DefaultPath(), "config file")
	root.PersistentFlags().StringVar(&g.logLevel, "log-level", "info", "debug, info, warn or error")
	root.PersistentFlags().StringVar(&g.logFormat, "log-format", "text", "text or json")
	root.AddCommand(
		newRunCmd(g),
		newOnceCmd(g),
		newPlanCmd(g),
		newInterviewsCmd(g),
		newCheckCmd(g),
		newInitCmd(g),
		newDemoCmd(g),
		newEventsCmd(g),
	)
	return root
}

// logger builds the process logger from the global flags. Logs go to
// stderr so that stdout stays clean for --json.
func (g *globals) logger() (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(g.logLevel)); err != nil {
		return nil, configError{fmt.Errorf("--log-level: %q is not one of debug, info, warn, error", g.logLevel)}
	}
	opts := &slog.HandlerOptions{Level: level}
	switch g.logFormat {
	case "text":
		return slog.New(slog.NewTextHandler(g.stderr, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(g.stderr, opts)), nil
	}
	return nil, configError{fmt.Errorf("--log-format: %q is not text or json", g.logFormat)}
}
