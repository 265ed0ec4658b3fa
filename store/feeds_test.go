package store

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/calendar"
)

func TestFeedRoundTrip(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	// Every byte value, repeated past 5 MB: a feed body is stored as given.
	big := bytes.Repeat(func() []byte {
		b := make([]byte, 256)
		for i := range b {
			b[i] = byte(i)
		}
		return b
	}(), 5<<20/256+1)
	berlin := time.FixedZone("CET", 3600)
	tests := []struct {
		name string
		in   calendar.FeedState
		want calendar.FeedState // zero: in, with times in UTC
	}{
		{
			name: "good fetch",
			in: calendar.FeedState{
				ETag: `W/"5f3a-1"`, LastModified: "Tue, 04 Mar 2025 09:00:00 GMT",
				Body:      []byte("BEGIN:VCALENDAR\r\nSUMMARY:Entretien – Acme\r\nEND:VCALENDAR\r\n"),
				FetchedAt: time.Date(2025, 3, 4, 10, 0, 0, 123456789, time.UTC),
				GoodAt:    time.Date(2025, 3, 4, 10, 0, 0, 123456789, time.UTC),
			},
		},
		{
			name: "5 MB body",
			in: calendar.FeedState{
				Body:      big,
				FetchedAt: time.Date(2025, 3, 4, 10, 0, 0, 1, time.UTC),
				GoodAt:    time.Date(2025, 3, 4, 10, 0, 0, 1, time.UTC),
			},
		},
		{
			name: "failed first fetch: no body, never good",
			in: calendar.FeedState{
				Body:      []byte{},
				FetchedAt: time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC),
				Err:       "feed work: 401 Unauthorized",
			},
			want: calendar.FeedState{
				FetchedAt: time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC),
				Err:       "feed work: 401 Unauthorized",
			},
		},
		{
			name: "zero state",
			in:   calendar.FeedState{},
		},
		{
			name: "times in another zone, with a monotonic reading, come back in UTC",
			in: calendar.FeedState{
				ETag:      `"x"`,
				Body:      []byte("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"),
				FetchedAt: time.Date(2025, 3, 4, 11, 0, 0, 5, berlin),
				GoodAt:    time.Now(),
			},
		},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			name := strings.Repeat("f", i+1)
			if err := s.SaveFeed(ctx, name, tc.in); err != nil {
				t.Fatalf("SaveFeed: %v", err)
			}
			got, ok, err := s.Feed(ctx, name)
			if err != nil || !ok {
				t.Fatalf("Feed = %v, %v", ok, err)
			}
			want := tc.want
			if reflect.DeepEqual(want, calendar.FeedState{}) {
				want = tc.in
				want.FetchedAt = want.FetchedAt.Round(0).UTC()
				want.GoodAt = want.GoodAt.Round(0).UTC()
			}
			assertFeed(t, got, want)
		})
	}
}

func assertFeed(t *testing.T, got, want calendar.FeedState) {
	t.Helper()
	if !bytes.Equal(got.Body, want.Body) || (got.Body == nil) != (want.Body == nil) {
		t.Errorf("Body: %d bytes (nil %v), want %d bytes (nil %v)", len(got.Body), got.Body == nil, len(want.Body), want.Body == nil)
	}
	got.Body, want.Body = nil, nil
	// DeepEqual on the times, not Equal: they must come back in UTC,
	// without a monotonic reading, as every time of the store does.
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Feed =\n%+v\nwant\n%+v", got, want)
	}
}

func TestFeedMissing(t *testing.T) {
	s, _ := openTest(t)
	st, ok, err := s.Feed(context.Background(), "nope")
	if err != nil || ok || !reflect.DeepEqual(st, calendar.FeedState{}) {
		t.Errorf("Feed = %+v, %v, %v; want a zero state, false, nil", st, ok, err)
	}
}

// TestFeedOverwrite plays a feed's life: a good fetch, a failure that
// keeps the last good copy, a changed copy. Each save replaces the state,
// and other feeds are untouched.
func TestFeedOverwrite(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	at := func(min int) time.Time { return time.Date(2025, 3, 4, 10, min, 0, 0, time.UTC) }
	other := calendar.FeedState{ETag: `"other"`, Body: []byte("other"), FetchedAt: at(0), GoodAt: at(0)}
	if err := s.SaveFeed(ctx, "other", other); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name string
		st   calendar.FeedState
	}{
		{"first good fetch", calendar.FeedState{ETag: `"1"`, LastModified: "Tue, 04 Mar 2025 09:00:00 GMT", Body: []byte("v1"), FetchedAt: at(1), GoodAt: at(1)}},
		{"failure keeps the copy", calendar.FeedState{ETag: `"1"`, LastModified: "Tue, 04 Mar 2025 09:00:00 GMT", Body: []byte("v1"), FetchedAt: at(16), GoodAt: at(1), Err: "feed work: timeout"}},
		{"changed copy, no Last-Modified any more", calendar.FeedState{ETag: `"2"`, Body: []byte("v2"), FetchedAt: at(31), GoodAt: at(31)}},
		{"emptied", calendar.FeedState{FetchedAt: at(46), Err: "x"}},
	}
	for _, step := range steps {
		t.Run(step.name, func(t *testing.T) {
			if err := s.SaveFeed(ctx, "work", step.st); err != nil {
				t.Fatal(err)
			}
			got, ok, err := s.Feed(ctx, "work")
			if err != nil || !ok {
				t.Fatalf("Feed = %v, %v", ok, err)
			}
			assertFeed(t, got, step.st)
			var n int
			if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM feeds").Scan(&n); err != nil || n != 2 {
				t.Errorf("%d feeds stored (%v), want 2", n, err)
			}
		})
	}
	got, _, err := s.Feed(ctx, "other")
	if err != nil {
		t.Fatal(err)
	}
	assertFeed(t, got, other)
}

func TestSaveFeedInvalid(t *testing.T) {
	s, _ := openTest(t)
	tests := []struct {
		name string
		feed string
		st   calendar.FeedState
		want string
	}{
		{name: "no name", st: calendar.FeedState{}, want: "save feed: no name"},
		{name: "year 10000", feed: "work", st: calendar.FeedState{GoodAt: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)},
			want: `save feed "work": good_at: time 10000-01-01 00:00:00 +0000 UTC: year outside 0000-9999`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := s.SaveFeed(context.Background(), tc.feed, tc.st)
			if err == nil || err.Error() != tc.want {
				t.Errorf("SaveFeed error = %v, want %q", err, tc.want)
			}
		})
	}
}
