package main

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"
)

// settleTime gathers the events of one save: editors write a temporary
// file and rename it over the config, or truncate and write in several
// calls.
const settleTime = 500 * time.Millisecond

// watchFile signals on the returned channel when the file at path has
// changed and then been left alone for settleTime, until ctx ends. It
// watches the directory, not the file: a rename over the file replaces
// the inode a watch on the file would follow.
func watchFile(ctx context.Context, path string, log *slog.Logger) (<-chan struct{}, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watch the config: %w", err)
	}
	dir, name := filepath.Split(filepath.Clean(path))
	if err := w.Add(filepath.Clean(dir)); err != nil {
		w.Close()
		return nil, fmt.Errorf("watch the config: %w", err)
	}
	out := make(chan struct{}, 1)
	go func() {
		defer w.Close()
		var settle <-chan time.Time
		for {
			select {
			case <-ctx.Done():
				return
			case ev, ok := <-w.Events:
				if !ok {
					return
				}
				if filepath.Base(ev.Name) == name && ev.Has(fsnotify.Write|fsnotify.Create|fsnotify.Rename) {
					settle = time.After(settleTime)
				}
			case err, ok := <-w.Errors:
				if !ok {
					return
				}
				log.Warn("watching the config file", "err", err)
			case <-settle:
				settle = nil
				select {
				case out <- struct{}{}:
				default:
				}
			}
		}
	}()
	return out, nil
}
