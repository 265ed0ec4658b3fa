package calendar

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func writeFeedFile(t testing.TB, path string, data []byte, mtime time.Time) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, mtime, mtime); err != nil {
		t.Fatal(err)
	}
}

func TestFetchFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "my cal.ics")
	fileURL := (&url.URL{Scheme: "file", Path: path}).String()
	mtime := time.Date(2025, 2, 1, 10, 0, 0, 123456789, time.UTC)
	// feedCal with another summary of the same length: same size, so
	// only a read could tell it apart.
	sameSize := feedICS("Interview with Acne")
	if len(sameSize) != len(feedCal) {
		t.Fatal("test bodies differ in size")
	}

	steps := []struct {
		name        string
		url         string
		write       []byte // written before the fetch when not nil
		mtime       time.Time
		wantChanged bool
		wantBody    []byte
	}{
		{"first read by path", path, feedCal, mtime, true, feedCal},
		{"unchanged", path, nil, mtime, false, feedCal},
		{"unchanged by file URL", fileURL, nil, mtime, false, feedCal},
		// Same size and mtime: the file is taken as unchanged without
		// being read, as an ETag would be.
		{"rewritten behind our back", path, sameSize, mtime, false, feedCal},
		{"touched, same content", path, sameSize, mtime.Add(time.Second), true, sameSize},
		{"touched again", path, sameSize, mtime.Add(2 * time.Second), false, sameSize},
		{"changed", fileURL, feedCal2, mtime.Add(3 * time.Second), true, feedCal2},
	}
	var st FeedState
	for _, step := range steps {
		if !t.Run(step.name, func(t *testing.T) {
			if step.write != nil {
				writeFeedFile(t, path, step.write, step.mtime)
			}
			got, changed, err := Fetch(context.Background(), nil, Source{Name: "local", URL: step.url}, st, feedNow)
			wantGood(t, got, err, step.wantBody)
			if changed != step.wantChanged {
				t.Errorf("changed = %v, want %v", changed, step.wantChanged)
			}
			if got.ETag != "" || !strings.HasPrefix(got.LastModified, step.mtime.Format(time.RFC3339Nano)+" ") {
				t.Errorf("validators %q %q", got.ETag, got.LastModified)
			}
			st = got
		}) {
			return
		}
	}
}

func TestFetchFileFailures(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		writeFeedFile(t, p, data, feedThen)
		return p
	}
	tests := []struct {
		name     string
		path     string
		maxSize  int64
		is       error
		contains string
	}{
		{"missing", filepath.Join(dir, "nope.ics"), 0, fs.ErrNotExist, filepath.Join(dir, "nope.ics") + ": no such file"},
		{"missing by file URL", "file://" + filepath.Join(dir, "gone.ics"), 0, fs.ErrNotExist, filepath.Join(dir, "gone.ics")},
		{"directory", dir, 0, nil, dir + " is a directory"},
		{"truncated", write("half.ics", feedCal[:len(feedCal)/2]), 0, ErrTruncated, "half.ics: truncated calendar"},
		{"HTML", write("page.ics", []byte("<!doctype html><html><body>Sign in</body></html>")), 0, ErrHTMLPage, "page.ics: got an HTML page"},
		{"garbage", write("junk.ics", []byte("\x00\x01\x02 binary")), 0, ErrNotCalendar, "junk.ics: not an iCalendar object"},
		{"over MaxSize", write("big.ics", feedCal), 100, ErrFeedTooLarge, "big.ics is " + sizeString(int64(len(feedCal))) + ", the limit is 100 bytes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			prev := feedGood()
			got, changed, err := Fetch(context.Background(), nil, Source{Name: "local", URL: tc.path, MaxSize: tc.maxSize}, prev, feedNow)
			wantKept(t, got, changed, err, prev)
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("error %v is not %v", err, tc.is)
			}
			if !strings.Contains(err.Error(), tc.contains) {
				t.Errorf("error %q does not contain %q", err, tc.contains)
			}
		})
	}
}

func TestFeedReadFileGrown(t *testing.T) {
	// The file grew past the limit between the stat and the read.
	path := filepath.Join(t.TempDir(), "grows.ics")
	writeFeedFile(t, path, bytes.Repeat([]byte("x"), 200), feedThen)
	_, err := readFile(path, 10, 100)
	if !errors.Is(err, ErrFeedTooLarge) {
		t.Fatalf("err = %v, want ErrFeedTooLarge", err)
	}
}

func BenchmarkFetchFileUnchanged(b *testing.B) {
	path := filepath.Join(b.TempDir(), "cal.ics")
	writeFeedFile(b, path, feed(500), feedThen)
	src := Source{Name: "local", URL: path}
	st, _, err := Fetch(context.Background(), nil, src, FeedState{}, feedNow)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		next, changed, err := Fetch(context.Background(), nil, src, st, feedNow)
		if err != nil || changed {
			b.Fatalf("changed %v, err %v", changed, err)
		}
		st = next
	}
}
