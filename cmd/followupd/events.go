package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/followupd/followupd/calendar"
	"github.com/followupd/followupd/config"
	"github.com/followupd/followupd/daemon"
	"github.com/followupd/followupd/interview"
)

// eventItem is the JSON form of one occurrence. Field names are a contract
// with scripts: add fields, never rename them.
type eventItem struct {
	Feed         string `json:"feed"`
	UID          string `json:"uid"`
	RecurrenceID string `json:"recurrence_id,omitempty"`
	Summary      string `json:"summary"`
	Start        string `json:"start"`
	End          string `json:"end"`
	AllDay       bool   `json:"all_day"`
	Status       string `json:"status"`
	Interview    bool   `json:"interview"`
	Reason       string `json:"reason"`
}

func newEventsCmd(g *globals) *cobra.Command {
	var feed, from, to string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "events",
		Short: "List calendar occurrences and whether each is taken for an interview, and why",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := g.logger()
			if err != nil {
				return err
			}
			cfg, err := g.loadConfigForEvents(log, feed != "")
			if err != nil {
				return err
			}
			// Without a config (only with --feed) the built-in keywords and
			// the system's time zone apply.
			loc := time.Local
			detect := interview.Config{Keywords: interview.DefaultKeywords(), Location: loc}
			if cfg != nil {
				loc, detect = cfg.Location, daemon.SettingsFrom(cfg).Detect
			}
			now := time.Now().In(loc)
			start, err := parseDay(from, now.AddDate(0, 0, -60), loc, "--from")
			if err != nil {
				return err
			}
			end, err := parseDay(to, now.AddDate(0, 0, 120), loc, "--to")
			if err != nil {
				return err
			}
			if !end.After(start) {
				return configError{fmt.Errorf("--to %s is not after --from %s", end.Format(time.DateOnly), start.Format(time.DateOnly))}
			}
			sources, err := eventSources(cfg, feed)
			if err != nil {
				return err
			}
			var items []eventItem
			for _, src := range sources {
				got, err := feedOccurrences(cmd.Context(), src, loc, start, end)
				if err != nil {
					return err
				}
				for _, e := range got {
					v := interview.ClassifyEvent(e, detect, src.loose)
					items = append(items, eventItem{
						Feed: src.Source.Name, UID: e.UID, RecurrenceID: rfc3339(e.RecurrenceID, loc),
						Summary: e.Summary, Start: rfc3339(e.Start, loc), End: rfc3339(e.End, loc),
						AllDay: e.AllDay, Status: eventStatus(e), Interview: v.Interview, Reason: v.Reason,
					})
				}
			}
			if asJSON {
				if items == nil {
					items = []eventItem{}
				}
				return writeJSON(g.stdout, items)
			}
			printEvents(g.stdout, items, loc)
			return nil
		},
	}
	cmd.Flags().StringVar(&feed, "feed", "", "read this feed (URL or file) instead of the configured ones")
	cmd.Flags().StringVar(&from, "from", "", "first day (YYYY-MM-DD); default 60 days ago")
	cmd.Flags().StringVar(&to, "to", "", "day after the last (YYYY-MM-DD); default in 120 days")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	return cmd
}

type eventSource struct {
	calendar.Source
	loose bool
}

// loadConfigForEvents loads the config; with --feed a missing config file
// is fine (defaults and the system zone), so a user can ask about a file
// before configuring anything.
func (g *globals) loadConfigForEvents(log *slog.Logger, haveFeed bool) (*config.Config, error) {
	cfg, warnings, err := config.Load(g.configPath)
	if err == nil {
		for _, w := range warnings {
			log.Warn(w.String())
		}
		return cfg, nil
	}
	var perr *config.Error
	if haveFeed && !errors.As(err, &perr) {
		return nil, nil
	}
	return nil, configError{err}
}

func eventSources(cfg *config.Config, feed string) ([]eventSource, error) {
	if feed != "" {
		name := filepath.Base(feed)
		return []eventSource{{Source: calendar.Source{Name: name, URL: feed}}}, nil
	}
	if cfg == nil {
		return nil, configError{errors.New("no config file: pass --feed URL|FILE or run `followupd init`")}
	}
	if len(cfg.Calendars) == 0 {
		return nil, configError{fmt.Errorf("%s: no calendars configured; add a `calendars:` list or pass --feed URL|FILE", cfg.Path)}
	}
	var out []eventSource
	for _, c := range cfg.Calendars {
		out = append(out, eventSource{Source: daemon.CalendarSource(c), loose: !c.InterviewsOnly})
	}
	return out, nil
}

// feedOccurrences fetches one feed unconditionally and expands it.
func feedOccurrences(ctx context.Context, src eventSource, loc *time.Location, from, to time.Time) ([]calendar.Event, error) {
	st, _, err := calendar.Fetch(ctx, calendar.NewHTTPClient(), src.Source, calendar.FeedState{}, time.Now())
	if err != nil {
		return nil, err
	}
	cal, err := calendar.Parse(st.Body, loc)
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w", src.Name, err)
	}
	return calendar.Expand(cal.Events, from, to), nil
}

func eventStatus(e calendar.Event) string {
	if e.Cancelled() {
		return "cancelled"
	}
	if e.Status == "" {
		return "confirmed"
	}
	return strings.ToLower(e.Status)
}

func parseDay(s string, def time.Time, loc *time.Location, flag string) (time.Time, error) {
	if s == "" {
		y, m, d := def.Date()
		return time.Date(y, m, d, 0, 0, 0, 0, loc), nil
	}
	t, err := time.ParseInLocation(time.DateOnly, s, loc)
	if err != nil {
		return time.Time{}, configError{fmt.Errorf("%s: %q is not a date such as 2026-12-01", flag, s)}
	}
	return t, nil
}

func printEvents(w io.Writer, items []eventItem, loc *time.Location) {
	if len(items) == 0 {
		fmt.Fprintln(w, "No events in that window.")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "START\tSTATUS\tINTERVIEW\tSUMMARY\tWHY")
	for _, it := range items {
		start, _ := time.Parse(time.RFC3339, it.Start)
		// A feed spans years; the table shows them.
		when := start.In(loc).Format("Mon 02 Jan 2006 15:04")
		if it.AllDay {
			when = start.In(loc).Format("Mon 02 Jan 2006") + " (all day)"
		}
		verdict := "no"
		if it.Interview {
			verdict = "yes"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", when, safe(it.Status), verdict, safe(it.Summary), safe(it.Reason))
	}
	tw.Flush()
}
