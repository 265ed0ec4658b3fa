package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/followupd/followupd/daemon"
	"github.com/followupd/followupd/interview"
)

func newOnceCmd(g *globals) *cobra.Command {
	var now string
	cmd := &cobra.Command{
		Use:   "once",
		Short: "Run one pass: sync mail, update interviews, write every draft that is due, then exit",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			res, err := g.pass(cmd.Context(), now, false)
			if err != nil {
				return err
			}
			printWritten(g.stdout, res)
			return nil
		},
	}
	cmd.Flags().StringVar(&now, "now", "", "pretend it is this time (RFC 3339); default: the clock")
	return cmd
}

func newPlanCmd(g *globals) *cobra.Command {
	var now string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "plan",
		Short: "Show every interview and rule: when its draft is due and why, or why it is suppressed",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			res, err := g.pass(cmd.Context(), now, true)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(g.stdout, planJSON(res.Plan, res.Subjects, res.Interviews, res.Now.Location()))
			}
			printPlan(g.stdout, res.Plan, res.Subjects, res.Interviews, res.Refused, res.Now.Location())
			return nil
		},
	}
	cmd.Flags().StringVar(&now, "now", "", "pretend it is this time (RFC 3339); default: the clock")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	return cmd
}

// pass loads everything and runs one pass; dryRun writes no draft.
func (g *globals) pass(ctx context.Context, nowFlag string, dryRun bool) (*daemon.Result, error) {
	log, err := g.logger()
	if err != nil {
		return nil, err
	}
	cfg, err := g.loadConfig(log)
	if err != nil {
		return nil, err
	}
	now, err := parseNow(nowFlag, cfg.Location)
	if err != nil {
		return nil, err
	}
	if !dryRun {
		unlock, err := lockState(cfg.StateDir)
		if err != nil {
			return nil, err
		}
		defer unlock()
	}
	st, err := openStore(ctx, cfg, log)
	if err != nil {
		return nil, fmt.Errorf("open state: %w", err)
	}
	defer st.Close()
	return runner(cfg, st, log).Pass(ctx, daemon.Options{Now: now, DryRun: dryRun})
}

func newInterviewsCmd(g *globals) *cobra.Command {
	var asJSON bool
	var explain string
	cmd := &cobra.Command{
		Use:   "interviews [--explain ID|MESSAGE-ID]",
		Short: "List the interviews followupd tracks (as of the last pass), or explain one",
		Long: "List the interviews followupd tracks, as of the last pass.\n\n" +
			"--explain ID shows, for one interview (an ID or its first characters), which message or\n" +
			"event and which line decided its time, company and people, and what detection made of\n" +
			"every message of its thread. --explain MESSAGE-ID shows why a message was or was not taken.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := g.logger()
			if err != nil {
				return err
			}
			cfg, err := g.loadConfig(log)
			if err != nil {
				return err
			}
			st, err := openStore(cmd.Context(), cfg, log)
			if err != nil {
				return fmt.Errorf("open state: %w", err)
			}
			defer st.Close()
			ivs, err := st.Interviews(cmd.Context())
			if err != nil {
				return err
			}
			if explain != "" {
				msgs, err := st.Messages(cmd.Context())
				if err != nil {
					return err
				}
				ex, err := explainOne(explain, ivs, interview.Verdicts(msgs, daemon.SettingsFrom(cfg).Detect))
				if err != nil {
					return err
				}
				if asJSON {
					return writeJSON(g.stdout, ex.json(cfg.Location))
				}
				ex.print(g.stdout, cfg.Location)
				return nil
			}
			if asJSON {
				return writeJSON(g.stdout, interviewsJSON(ivs, cfg.Location))
			}
			printInterviews(g.stdout, ivs, cfg.Location)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array (with --explain, one object)")
	cmd.Flags().StringVar(&explain, "explain", "", "explain one interview (ID or prefix) or one message (Message-ID)")
	return cmd
}
