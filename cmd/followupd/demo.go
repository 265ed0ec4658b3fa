package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/followupd/followupd/daemon"
	"github.com/followupd/followupd/internal/memimap"
	"github.com/followupd/followupd/internal/sample"
	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
	"github.com/followupd/followupd/rules"
	"github.com/followupd/followupd/store"
	"github.com/followupd/followupd/templates"
)

const demoZone = "Europe/Berlin"

func newDemoCmd(g *globals) *cobra.Command {
	var keep bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Show followupd at work on a sample job search, with an in-process IMAP server (no password needed)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// The demo prints its own story; per-pass logs would drown it.
			if f := cmd.Flag("log-level"); f != nil && !f.Changed {
				g.logLevel = "warn"
			}
			log, err := g.logger()
			if err != nil {
				return err
			}
			dir, err := os.MkdirTemp("", "followupd-demo-")
			if err != nil {
				return err
			}
			if !keep {
				defer os.RemoveAll(dir)
			}
			d, err := newDemo(cmd.Context(), dir, log)
			if err != nil {
				return fmt.Errorf("demo: %w", err)
			}
			defer d.close()
			if err := d.run(cmd.Context(), g.stdout); err != nil {
				return fmt.Errorf("demo: %w", err)
			}
			if keep {
				fmt.Fprintf(g.stdout, "\nstate kept in %s\n", dir)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&keep, "keep", false, "keep the demo's state directory")
	return cmd
}

type demo struct {
	srv    *memimap.Server
	st     *store.Store
	runner *daemon.Runner
	loc    *time.Location
}

func newDemo(ctx context.Context, dir string, log *slog.Logger) (*demo, error) {
	loc, err := time.LoadLocation(demoZone)
	if err != nil {
		return nil, err
	}
	srv, err := memimap.Start("sam", "demo-password", nil)
	if err != nil {
		return nil, err
	}
	st, err := store.Open(ctx, filepath.Join(dir, "followupd.db"))
	if err != nil {
		srv.Close()
		return nil, err
	}
	tpl, err := templates.Load("")
	if err != nil {
		srv.Close()
		st.Close()
		return nil, err
	}
	me := mail.Address{Name: sample.MeName, Email: sample.MeEmail}
	addrs := append([]string{sample.MeEmail}, sample.MeAliases...)
	settings := daemon.Settings{
		Me:        me,
		Aliases:   sample.MeAliases,
		Mailboxes: []string{"INBOX"},
		Lookback:  60 * 24 * time.Hour,
		Detect: interview.Config{
			Keywords: interview.DefaultKeywords(),
			Me:       addrs,
			Location: loc,
		},
		Schedule:  rules.DefaultSchedule(loc),
		Rules:     rules.DefaultRules(),
		Templates: tpl,
	}
	dial := func(ctx context.Context) (daemon.Mailbox, error) {
		c, err := mail.Dial(ctx, mail.DialConfig{
			Host: srv.Host, Port: srv.Port, Security: "none",
			Username: srv.Username,
			Password: func(context.Context) (string, error) { return srv.Password, nil },
			Logger:   log,
		})
		if err != nil {
			return nil, err // not a nil *mail.Client in a non-nil Mailbox
		}
		return c, nil
	}
	r := &daemon.Runner{Settings: settings, Store: st, Dial: dial, Log: log}
	return &demo{srv: srv, st: st, runner: r, loc: loc}, nil
}

func (d *demo) close() {
	d.st.Close()
	d.srv.Close()
}

// run replays the sample job search: each message arrives at its date, and
// between arrivals the clock jumps straight to the next planned draft, the
// way the daemon sleeps until the next due time.
func (d *demo) run(ctx context.Context, w io.Writer) error {
	msgs := sample.Messages()
	if len(msgs) == 0 {
		return fmt.Errorf("no sample messages")
	}
	start := msgs[0].Date.In(d.loc).Truncate(time.Hour)
	end := start.AddDate(0, 0, 19)
	fmt.Fprintf(w, "followupd demo: %s's job search, %s to %s (%s)\n", sample.MeName,
		start.Format("Mon 02 Jan"), end.Format("Mon 02 Jan 2006"), demoZone)
	fmt.Fprintf(w, "An in-process IMAP server on %s:%d receives the mail; drafts go to its Drafts folder.\n\n", d.srv.Host, d.srv.Port)

	now, next := start, 0
	var last *daemon.Result
	for !now.After(end) {
		for next < len(msgs) && !msgs[next].Date.After(now) {
			m := msgs[next]
			if err := d.srv.Deliver(m.Mailbox, m.Raw, m.Date); err != nil {
				return err
			}
			fmt.Fprintf(w, "%s  %-5s  %s\n", human(m.Date, d.loc), m.Mailbox, m.Name)
			next++
		}
		res, err := d.runner.Pass(ctx, daemon.Options{Now: now})
		if err != nil {
			return err
		}
		for _, wr := range res.Written {
			fmt.Fprintf(w, "%s  DRAFT  %s to %s: %q\n", human(now, d.loc), wr.Item.Rule, names(wr.Item.To), wr.Subject)
		}
		last = res
		now = d.wake(now, res.Plan, msgs, next, end)
	}
	fmt.Fprintf(w, "\nThe plan on %s:\n", human(last.Now, d.loc))
	printPlan(w, last.Plan, last.Subjects, last.Interviews, last.Refused, d.loc)
	return d.showFirstDraft(ctx, w)
}

// wake is the next moment worth a pass: the next mail arrival or the next
// due draft, whichever comes first, and at least an hour later.
func (d *demo) wake(now time.Time, plan []rules.Item, msgs []sample.Message, next int, end time.Time) time.Time {
	candidates := []time.Time{end.Add(time.Second)}
	if next < len(msgs) {
		candidates = append(candidates, msgs[next].Date)
	}
	for _, it := range plan {
		if (it.Status == rules.StatusScheduled || it.Status == rules.StatusLate) && it.Due.After(now) {
			candidates = append(candidates, it.Due)
		}
	}
	t := slices.MinFunc(candidates, func(a, b time.Time) int { return a.Compare(b) })
	return t.In(d.loc)
}

// showFirstDraft reads the Drafts folder back over IMAP and prints one
// draft as the user's mail client would receive it.
func (d *demo) showFirstDraft(ctx context.Context, w io.Writer) error {
	conn, err := d.runner.Dial(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	var sums []mail.Summary
	cur, _, err := conn.ScanSummaries(ctx, "Drafts", mail.Cursor{}, time.Time{}, mail.ScanOptions{}, func(b mail.SummaryBatch) error {
		sums = append(sums, b.Summaries...)
		return nil
	})
	if err != nil || len(sums) == 0 {
		return err
	}
	fmt.Fprintf(w, "\n%d drafts in the Drafts folder. The first one, as your mail client sees it:\n\n", len(sums))
	first := slices.Values([][]uint32{{sums[0].UID}})
	return conn.StreamBodies(ctx, "Drafts", cur.UIDValidity, first, func(b mail.Body) error {
		_, err := w.Write(b.Raw)
		return err
	})
}
