package daemon

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/followupd/followupd/mail"
)

// What the loop does with the outcome of a pass: when to retry, what to
// log, what to tell the service manager.

func (l *Loop) succeeded(now time.Time, res *Result, took time.Duration) {
	if l.failed {
		l.log.Info("pass succeeded again", "failing_since", l.failingSince)
	}
	l.failed, l.lastErr, l.failingSince, l.warnedLong = false, nil, time.Time{}, false
	l.retryAt, l.lastPermanent = time.Time{}, ""
	l.retry.Reset()
	l.last = res
	l.log.Debug("pass done", "scanned", res.Scanned, "fetched", res.Fetched, "interviews", len(res.Interviews),
		"written", len(res.Written), "took", took.Round(time.Millisecond))
}

// failedPass schedules the retry of a failed pass and logs the failure as
// much as it deserves: a temporary one quietly, a permanent one once, at
// error level, with what to do about it.
func (l *Loop) failedPass(now time.Time, res *Result, err error) {
	if res != nil {
		// The pass got as far as planning: its plan is the freshest.
		l.last = res
	}
	if !l.failed {
		l.failed, l.failingSince = true, now
	}
	l.lastErr = err
	kind := errorKind(err)
	l.Metrics.failed(kind)
	var delay time.Duration
	switch kind {
	case kindPanic:
		delay = l.retry.Next()
		var p *panicError
		errors.As(err, &p)
		l.log.Error("pass panicked; retrying", "err", err, "retry_in", delay, "stack", string(p.stack))
	case kindTemporary:
		delay = l.retry.Next()
		switch {
		case now.Sub(l.failingSince) > minHealthWindow && !l.warnedLong:
			l.warnedLong = true
			l.log.Warn("passes keep failing; still retrying", "err", err, "since", l.failingSince, "retry_in", delay)
		case now.Equal(l.failingSince):
			l.log.Info("pass failed; retrying", "err", err, "retry_in", delay)
		default:
			l.log.Debug("pass failed again; retrying", "err", err, "retry_in", delay)
		}
	default:
		delay = permanentRetry
		if msg := err.Error(); msg != l.lastPermanent {
			l.lastPermanent = msg
			l.log.Error("pass failed, and will fail again until this is fixed", "err", err, "fix", fixFor(err),
				"retry_in", delay)
		} else {
			l.log.Debug("pass failed again", "err", err, "retry_in", delay)
		}
	}
	l.retryAt = now.Add(delay)
}

// errorKind sorts a failure into a kind of followupd_errors_total.
func errorKind(err error) string {
	var p *panicError
	switch {
	case errors.As(err, &p):
		return kindPanic
	case mail.IsTemporary(err):
		return kindTemporary
	}
	return kindPermanent
}

// fixFor says what the user can do about a permanent failure.
func fixFor(err error) string {
	switch {
	case errors.Is(err, mail.ErrAuth):
		return "check imap.username and the password command (or password_env, password_file); then reload with SIGHUP"
	case errors.Is(err, mail.ErrNoMailbox):
		return "check imap.mailboxes, imap.drafts and imap.sent against the folders on the server; then reload with SIGHUP"
	case errors.Is(err, mail.ErrPlaintext), errors.Is(err, mail.ErrConfig):
		return "check the imap section with `followupd check`; then reload with SIGHUP"
	}
	return "run `followupd check`; retried every 15 minutes and at each reload"
}

// readFeeds reads the feeds' state after a pass, for /healthz and for the
// next refresh time.
func (l *Loop) readFeeds() map[string]feedHealth {
	l.feedDue = time.Time{}
	if l.Runner == nil || l.Runner.Store == nil || len(l.setup.Settings.Feeds) == 0 {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out := make(map[string]feedHealth, len(l.setup.Settings.Feeds))
	for _, f := range l.setup.Settings.Feeds {
		st, ok, err := l.Runner.Store.Feed(ctx, f.Source.Name)
		if err != nil {
			l.log.Warn("cannot read the state of a feed", "feed", f.Source.Name, "err", err)
			continue
		}
		if !ok || st.FetchedAt.IsZero() {
			continue
		}
		out[f.Source.Name] = feedHealth{fetchedAt: st.FetchedAt, goodAt: st.GoodAt, err: st.Err}
		if due := st.FetchedAt.Add(f.Refresh); l.feedDue.IsZero() || due.Before(l.feedDue) {
			l.feedDue = due
		}
	}
	return out
}

// status is the one-line summary for systemctl status.
func (l *Loop) status() string {
	if l.failed && l.lastErr != nil {
		msg := l.lastErr.Error()
		if len(msg) > 120 {
			msg = msg[:120] + "..."
		}
		return fmt.Sprintf("last pass failed (%s); retrying %s", msg, l.when(l.retryAt))
	}
	if l.last == nil {
		return "starting"
	}
	s := fmt.Sprintf("%d interviews", len(l.last.Interviews))
	if len(l.last.Interviews) == 1 {
		s = "1 interview"
	}
	if next := nextDraft(l.last.Plan, l.last.Now); next != nil {
		return s + ", next draft " + l.when(next.Due)
	}
	return s + ", no draft planned"
}

// when formats t in the user's zone, with the date only when it is not
// within the coming week.
func (l *Loop) when(t time.Time) string {
	loc := l.setup.Settings.Schedule.Location
	if loc == nil {
		loc = time.Local
	}
	t = t.In(loc)
	if t.Sub(l.clock.Now()) < 6*24*time.Hour {
		return t.Format("Mon 15:04")
	}
	return t.Format("Mon 2 Jan 15:04")
}
