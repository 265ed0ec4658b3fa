package daemon

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"sync"
	"time"

	"github.com/followupd/followupd/calendar"
	"github.com/followupd/followupd/interview"
)

// Feed is one configured calendar feed.
type Feed struct {
	Source  calendar.Source
	Refresh time.Duration
	Loose   bool // interviews_only: false
}

// Feed occurrences are expanded over this window around now: wide enough
// for the lookback of mail and for interviews planned months ahead.
const (
	feedPast   = 60 * 24 * time.Hour
	feedFuture = 120 * 24 * time.Hour
)

// feedCache keeps each feed's parsed calendar between passes of one
// process, so that an unchanged feed costs neither a download (the
// conditional GET answers 304) nor a parse.
type feedCache struct {
	mu      sync.Mutex
	entries map[string]cachedFeed
}

type cachedFeed struct {
	body   []byte // what was parsed; comparing bytes is far cheaper than parsing
	events []calendar.Event
}

// refreshFeeds fetches the feeds whose refresh time has come, keeps their
// state in the store, and returns the occurrences of every feed's last good
// copy in the window. A feed that fails is logged and keeps its last good
// copy: a network error never deletes or cancels an interview.
func (r *Runner) refreshFeeds(ctx context.Context, now time.Time, force bool) ([]interview.FeedEvent, error) {
	var out []interview.FeedEvent
	for _, f := range r.Settings.Feeds {
		log := r.Log.With("feed", f.Source.Name)
		st, err := r.feedState(ctx, f)
		if err != nil {
			return nil, err
		}
		// A fetch recorded in the future came from a `--now` look ahead;
		// it says nothing about when the feed is due today.
		if force || st.FetchedAt.IsZero() || st.FetchedAt.After(now) || !now.Before(st.FetchedAt.Add(f.Refresh)) {
			next, changed, err := calendar.Fetch(ctx, r.httpClient(), f.Source, st, now)
			if err != nil {
				log.Warn("feed not refreshed; keeping its last good copy", "err", err, "last_good", st.GoodAt)
			} else if changed {
				log.Info("feed changed", "bytes", len(next.Body))
			}
			// A pass at a `--now` ahead of the clock must not make the daemon
			// believe the feed is fresh until then.
			if wall := time.Now(); next.FetchedAt.After(wall) {
				next.FetchedAt = wall
			}
			if wall := time.Now(); next.GoodAt.After(wall) {
				next.GoodAt = wall
			}
			if err := r.Store.SaveFeed(ctx, f.Source.Name, next); err != nil {
				return nil, err
			}
			st = next
		}
		events, err := r.feedEvents(f, st)
		if err != nil {
			log.Warn("feed's last good copy does not parse", "err", err)
			continue
		}
		for _, e := range calendar.Expand(events, now.Add(-feedPast), now.Add(feedFuture)) {
			out = append(out, interview.FeedEvent{Event: e, Loose: f.Loose, Feed: f.Source.Name})
		}
	}
	return out, nil
}

// feedState loads a feed's saved state, or a fresh one when the feed's URL
// changed since: validators and the last good copy belong to the old URL.
//
// The store keeps a digest of the URL, not the URL: a calendar's secret
// address (Google's "private-…/basic.ics") is a password, and the state
// database is no place for one. A URL kept in clear by an earlier
// version is replaced by its digest at the first look.
func (r *Runner) feedState(ctx context.Context, f Feed) (calendar.FeedState, error) {
	key := "feed-url:" + f.Source.Name
	stored, _, err := r.Store.GetMeta(ctx, key)
	if err != nil {
		return calendar.FeedState{}, err
	}
	digest := urlDigest(f.Source.URL)
	if stored != digest {
		if err := r.Store.SetMeta(ctx, key, digest); err != nil {
			return calendar.FeedState{}, err
		}
		if stored != f.Source.URL {
			return calendar.FeedState{}, nil
		}
	}
	st, _, err := r.Store.Feed(ctx, f.Source.Name)
	return st, err
}

// urlDigest names a URL without revealing it.
func urlDigest(u string) string {
	sum := sha256.Sum256([]byte(u))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// feedEvents parses a feed's body, or takes it from the cache when the body
// is the one parsed before.
func (r *Runner) feedEvents(f Feed, st calendar.FeedState) ([]calendar.Event, error) {
	if len(st.Body) == 0 {
		return nil, nil
	}
	r.cache.mu.Lock()
	defer r.cache.mu.Unlock()
	if c, ok := r.cache.entries[f.Source.Name]; ok && bytes.Equal(c.body, st.Body) {
		return c.events, nil
	}
	cal, err := calendar.Parse(st.Body, r.Settings.Schedule.Location)
	if err != nil {
		return nil, err
	}
	if r.cache.entries == nil {
		r.cache.entries = map[string]cachedFeed{}
	}
	r.cache.entries[f.Source.Name] = cachedFeed{body: st.Body, events: cal.Events}
	return cal.Events, nil
}

func (r *Runner) httpClient() *http.Client {
	if r.HTTP != nil {
		return r.HTTP
	}
	r.cache.mu.Lock()
	defer r.cache.mu.Unlock()
	if r.defaultHTTP == nil {
		r.defaultHTTP = calendar.NewHTTPClient()
	}
	return r.defaultHTTP
}
