package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	followupd "github.com/followupd/followupd"
	"github.com/followupd/followupd/config"
)

func newCheckCmd(g *globals) *cobra.Command {
	var connect bool
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Validate the config and templates (every problem as FILE:LINE: message); --connect also logs in",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := g.logger()
			if err != nil {
				return err
			}
			cfg, warnings, err := config.Load(g.configPath)
			for _, w := range warnings {
				fmt.Fprintln(g.stdout, w.String())
			}
			if err != nil {
				return configError{err}
			}
			fmt.Fprintf(g.stdout, "%s: ok (%d rules, time zone %s)\n", g.configPath, len(cfg.Rules), cfg.Location)
			if !connect {
				return nil
			}
			ctx := cmd.Context()
			conn, err := dialer(cfg, log)(ctx)
			if err != nil {
				return err
			}
			defer conn.Close()
			fmt.Fprintf(g.stdout, "logged in to %s as %s\n", cfg.IMAP.Host, cfg.IMAP.Username)
			for _, f := range []struct{ use, configured string }{{`\Drafts`, cfg.IMAP.Drafts}, {`\Sent`, cfg.IMAP.Sent}} {
				name, err := conn.FindMailbox(ctx, f.use, f.configured)
				if err != nil {
					return fmt.Errorf("find %s folder: %w", f.use, err)
				}
				fmt.Fprintf(g.stdout, "%s folder: %s\n", f.use, name)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&connect, "connect", false, "also log in and find the Drafts and Sent folders")
	return cmd
}

func newInitCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "init",
		Short: "Write the commented example config to --config (never overwrites)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path := g.configPath
			if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
				return fmt.Errorf("init: %w", err)
			}
			// O_EXCL: an existing config is the user's work; never clobber it.
			f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
			if errors.Is(err, fs.ErrExist) {
				return fmt.Errorf("init: %s already exists; not touching it", path)
			}
			if err != nil {
				return fmt.Errorf("init: %w", err)
			}
			if _, err := f.Write(followupd.ExampleConfig); err != nil {
				f.Close()
				return fmt.Errorf("init: write %s: %w", path, err)
			}
			if err := f.Close(); err != nil {
				return fmt.Errorf("init: write %s: %w", path, err)
			}
			fmt.Fprintf(g.stdout, "wrote %s\nedit it, then run: followupd check --connect\n", path)
			return nil
		},
	}
}
