package calendar

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"time"
)

// fetchFile reads a feed kept on disk, as a synced folder or an exporter
// writes it. The file's mtime and size play the part of an ETag, so that
// an unchanged file costs one stat and no read.
func fetchFile(path string, limit int64, prev FeedState, now time.Time) (FeedState, bool, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return FeedState{}, false, err // *fs.PathError names the path
	}
	if fi.IsDir() {
		return FeedState{}, false, fmt.Errorf("%s is a directory, not a calendar file", path)
	}
	// Taken before the read: if the file changes in between, the next
	// fetch sees a new validator and reads it again.
	validator := fileValidator(fi)
	if validator == prev.LastModified && len(prev.Body) > 0 {
		return success(prev.Body, prev.ETag, prev.LastModified, now), false, nil
	}
	if fi.Size() > limit {
		return FeedState{}, false, fmt.Errorf("%w: %s is %s, the limit is %s",
			ErrFeedTooLarge, path, sizeString(fi.Size()), sizeString(limit))
	}
	body, err := readFile(path, fi.Size(), limit)
	if err != nil {
		return FeedState{}, false, err
	}
	next := success(body, "", validator, now)
	if bytes.Equal(body, prev.Body) {
		// Touched, not changed.
		next.Body = prev.Body
		return next, false, nil
	}
	if err := checkCalendar(body, ""); err != nil {
		return FeedState{}, false, fmt.Errorf("%s: %w", path, err)
	}
	return next, true, nil
}

// readFile reads at most limit bytes; the file may have grown since the stat.
func readFile(path string, size, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var buf bytes.Buffer
	buf.Grow(int(size) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		var perr *fs.PathError
		if !errors.As(err, &perr) {
			err = fmt.Errorf("read %s: %w", path, err)
		}
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, fmt.Errorf("%w: %s is over %s", ErrFeedTooLarge, path, sizeString(limit))
	}
	return buf.Bytes(), nil
}

// fileValidator is a file's mtime to the nanosecond and its size. It is
// not an HTTP-date, so it is never sent as If-Modified-Since should the
// source become a URL.
func fileValidator(fi fs.FileInfo) string {
	return fi.ModTime().UTC().Format(time.RFC3339Nano) + " " + strconv.FormatInt(fi.Size(), 10)
}
