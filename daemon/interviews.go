package daemon

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

// buildKey is the meta key holding what the stored interviews were built
// with; see inputsDigest.
const buildKey = "interviews-built-with"

// interviews returns the interviews as of this pass. Building them reads
// every stored message, so a pass that learnt nothing new (no new or pruned
// mail, no UIDVALIDITY change, no feeds, the same detection settings and
// program) takes the stored snapshot instead: the second pass of an
// unchanged mailbox then costs the IMAP round trips and little else.
func (r *Runner) interviews(ctx context.Context, now, since time.Time, mailboxes []string, res *Result) ([]interview.Interview, error) {
	var build *building
	if res.fresh && res.Scanned > 0 {
		// The messages are in memory (what PruneMessages keeps of
		// them): the build goes on while they are being saved.
		var msgs []mail.Message
		for _, m := range res.saved {
			if !m.Date.IsZero() && !m.Date.Before(since) {
				msgs = append(msgs, m)
			}
		}
		events, err := r.refreshFeeds(ctx, now, false)
		if err != nil {
			return nil, errors.Join(err, res.saves.wait())
		}
		build = startBuild(res.reader, msgs, events)
	}
	if err := res.saves.wait(); err != nil {
		if build != nil {
			build.wait()
		}
		return nil, err
	}
	pruned, err := r.Store.PruneMessages(ctx, since)
	if err != nil {
		return nil, err
	}
	digest, err := r.buildDigest(ctx, mailboxes)
	if err != nil {
		return nil, err
	}
	if build == nil && res.Scanned == 0 && pruned == 0 && !res.reset && len(r.Settings.Feeds) == 0 {
		if built, ok, err := r.Store.GetMeta(ctx, buildKey); err != nil {
			return nil, err
		} else if ok && built == digest {
			if res.Refused, err = r.storedRefused(ctx); err != nil {
				return nil, err
			}
			return r.Store.Interviews(ctx)
		}
	}
	if build == nil {
		msgs, err := r.Store.Messages(ctx)
		if err != nil {
			return nil, err
		}
		events, err := r.refreshFeeds(ctx, now, false)
		if err != nil {
			return nil, err
		}
		reader := res.reader
		if reader == nil {
			reader = interview.NewReader(r.Settings.Detect)
		}
		build = startBuild(reader, msgs, events)
	}
	ivs, refused, err := build.wait()
	if err != nil {
		return nil, err
	}
	res.Refused = refused
	if err := r.saveRefused(ctx, refused); err != nil {
		return nil, err
	}
	if err := r.stableIDs(ctx, ivs); err != nil {
		return nil, err
	}
	if err := r.logIgnored(ctx, ivs); err != nil {
		return nil, err
	}
	if err := r.Store.SaveInterviews(ctx, ivs); err != nil {
		return nil, err
	}
	if err := r.Store.SetMeta(ctx, buildKey, digest); err != nil {
		return nil, err
	}
	res.Rebuilt = true
	return ivs, nil
}

// building is a build of the interviews under way on its own goroutine.
type building struct {
	done    chan struct{}
	ivs     []interview.Interview
	refused []interview.Ignored
	err     error // a panic in the build
}

func startBuild(reader *interview.Reader, msgs []mail.Message, events []interview.FeedEvent) *building {
	b := &building{done: make(chan struct{})}
	go func() {
		defer close(b.done)
		// A panic here would end the process: the pass fails with
		// it instead, and is retried.
		defer func() {
			if v := recover(); v != nil {
				b.err = &panicError{value: v, stack: debug.Stack()}
			}
		}()
		b.ivs, b.refused = reader.BuildWithRefused(msgs, events)
	}()
	return b
}

func (b *building) wait() ([]interview.Interview, []interview.Ignored, error) {
	<-b.done
	return b.ivs, b.refused, b.err
}

// refusedKey holds, as JSON, the messages the last build refused as a
// whole (interview.BuildWithRefused), for a pass that takes the snapshot.
const refusedKey = "refused-messages"

func (r *Runner) saveRefused(ctx context.Context, refused []interview.Ignored) error {
	if refused == nil {
		refused = []interview.Ignored{}
	}
	b, err := json.Marshal(refused)
	if err != nil {
		return err
	}
	return r.Store.SetMeta(ctx, refusedKey, string(b))
}

func (r *Runner) storedRefused(ctx context.Context) ([]interview.Ignored, error) {
	v, ok, err := r.Store.GetMeta(ctx, refusedKey)
	if err != nil || !ok {
		return nil, err
	}
	var out []interview.Ignored
	if err := json.Unmarshal([]byte(v), &out); err != nil {
		return nil, fmt.Errorf("read %s: %w", refusedKey, err)
	}
	return out, nil
}

// logIgnored warns, once, about each message that tried to change an
// interview without the authority to (interview.Ignored): someone may be
// trying to redirect the user's drafts. Those the stored interviews list
// already were warned about by an earlier pass.
func (r *Runner) logIgnored(ctx context.Context, ivs []interview.Interview) error {
	before, err := r.Store.Interviews(ctx)
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, iv := range before {
		for _, ig := range iv.Ignored {
			seen[iv.ID+"|"+ig.MessageID] = true
		}
	}
	for _, iv := range ivs {
		for _, ig := range iv.Ignored {
			if !seen[iv.ID+"|"+ig.MessageID] {
				r.Log.Warn("message ignored: not from the interview's organizer", "interview", iv.ID,
					"company", iv.Company, "message_id", ig.MessageID, "from", ig.From, "reason", ig.Reason)
			}
		}
	}
	return nil
}

// buildDigest is inputsDigest with the sync cursor of every mailbox. A
// pass that stored new mail and then failed, or was killed, before it
// rebuilt the interviews leaves cursors that moved since the last build:
// the next pass scans nothing new, and must still not take the snapshot,
// which lacks that mail.
func (r *Runner) buildDigest(ctx context.Context, mailboxes []string) (string, error) {
	h := sha256.New()
	h.Write([]byte(r.inputsDigest()))
	for _, mb := range mailboxes {
		cur, _, err := r.Store.Cursor(ctx, mb)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "\x00%s\x00%d\x00%d", mb, cur.UIDValidity, cur.LastUID)
	}
	return hex.EncodeToString(h.Sum(nil)[:8]), nil
}

// inputsDigest identifies what detection depends on besides the stored
// mail: its settings and the program's own revision, so that a reload with
// new keywords or an upgrade rebuilds the interviews.
func (r *Runner) inputsDigest() string {
	d := r.Settings.Detect
	loc := ""
	if d.Location != nil {
		loc = d.Location.String()
	}
	in := struct {
		Keywords, Ignore, Me, Names []string
		Location, Revision          string
		IgnoreAuthResults           bool
	}{d.Keywords, d.IgnoreSenders, d.Me, d.Names, loc, revision(), d.IgnoreAuthResults}
	b, _ := json.Marshal(in)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

func revision() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	rev := info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
			rev += " " + s.Value
		}
	}
	return rev
}

// aliasKey is the meta key of the interview aliases; see stableIDs.
const aliasKey = "interview-aliases"

// stableIDs keeps an interview's ID once the journal may have used it.
// Detection names an interview after what it was first built from: the
// calendar UID, or the first message's Message-ID. That can change while
// the interview does not (a confirmation in words is merged with the
// invitation that follows; an older message of the thread turns up), and
// the draft journal is keyed by the ID, so a new ID would mean a second
// thank-you. Every Message-ID of an interview's thread is therefore
// remembered with the ID it had first and its start, and a later build
// takes that ID back for an interview starting within a week of it (a
// second round booked in the same thread months later is another
// interview). Two interviews never end up with one ID: the first (by
// start) keeps it, the other its own.
func (r *Runner) stableIDs(ctx context.Context, ivs []interview.Interview) error {
	type alias struct {
		ID    string    `json:"id"`
		Start time.Time `json:"start"`
	}
	aliases := map[string]alias{}
	if raw, ok, err := r.Store.GetMeta(ctx, aliasKey); err != nil {
		return err
	} else if ok {
		if err := json.Unmarshal([]byte(raw), &aliases); err != nil {
			r.Log.Warn("interview aliases unreadable; starting afresh", "err", err)
			aliases = map[string]alias{}
		}
	}
	near := func(a, b time.Time) bool {
		d := a.Sub(b)
		return a.IsZero() || b.IsZero() || (d < 7*24*time.Hour && d > -7*24*time.Hour)
	}
	taken := make(map[string]bool, len(ivs))
	for _, iv := range ivs {
		taken[iv.ID] = true
	}
	changed := false
	for i := range ivs {
		for _, m := range ivs[i].Thread {
			old, ok := aliases["mid:"+m]
			if !ok || old.ID == ivs[i].ID || !near(old.Start, ivs[i].Start) {
				continue
			}
			if taken[old.ID] {
				break // another interview of this build has that ID
			}
			delete(taken, ivs[i].ID)
			ivs[i].ID, taken[old.ID] = old.ID, true
			break
		}
		for _, m := range ivs[i].Thread {
			if _, ok := aliases["mid:"+m]; !ok {
				aliases["mid:"+m], changed = alias{ID: ivs[i].ID, Start: ivs[i].Start}, true
			}
		}
	}
	if !changed {
		return nil
	}
	raw, err := json.Marshal(aliases)
	if err != nil {
		return err
	}
	return r.Store.SetMeta(ctx, aliasKey, string(raw))
}
