package daemon

import (
	"slices"
	"strings"

	"github.com/followupd/followupd/calendar"
	"github.com/followupd/followupd/config"
	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
	"github.com/followupd/followupd/rules"
)

// SettingsFrom turns a config snapshot into what a pass needs. Reload
// builds new Settings from a new snapshot and swaps them in whole.
func SettingsFrom(cfg *config.Config) Settings {
	feeds := make([]Feed, 0, len(cfg.Calendars))
	for _, c := range cfg.Calendars {
		feeds = append(feeds, Feed{Source: CalendarSource(c), Refresh: c.Refresh, Loose: !c.InterviewsOnly})
	}
	return Settings{
		Me:        mail.Address{Name: cfg.Me.Name, Email: strings.ToLower(cfg.Me.Email)},
		Aliases:   cfg.Me.Aliases,
		Mailboxes: cfg.IMAP.Mailboxes,
		Drafts:    cfg.IMAP.Drafts,
		Sent:      cfg.IMAP.Sent,
		Lookback:  cfg.IMAP.Lookback,
		Detect: interview.Config{
			Keywords:      cfg.Detect.Keywords,
			IgnoreSenders: cfg.Detect.IgnoreSenders,
			Me:            cfg.Addresses(),
			Names:         nonEmpty(cfg.Me.Name),
			Location:      cfg.Location,
			// The zero Config checks Authentication-Results.
			IgnoreAuthResults: !cfg.Detect.TrustAuthResults,
		},
		Schedule:  cfg.Schedule,
		Rules:     withMaxRecipients(cfg.Rules, cfg.Drafts.MaxRecipients),
		Templates: cfg.Templates,
		Feeds:     feeds,

		MaxDraftsPerPass: cfg.Drafts.MaxPerPass,
	}
}

// withMaxRecipients gives every rule the configured cap on recipients.
func withMaxRecipients(rs []rules.Rule, max int) []rules.Rule {
	out := slices.Clone(rs)
	for i := range out {
		out[i].MaxRecipients = max
	}
	return out
}

// CalendarSource is the fetcher's view of a configured calendar; the
// password is asked for only when there is a username to send it with.
func CalendarSource(c config.Calendar) calendar.Source {
	src := calendar.Source{Name: c.Name, URL: c.URL, MaxSize: c.MaxSize, Timeout: c.Timeout}
	if c.Username != "" {
		src.Username = c.Username
		src.Password = c.Password
	}
	return src
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
