package bench

import (
	"context"
	"fmt"
	"iter"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/followupd/followupd/config"
	"github.com/followupd/followupd/daemon"
	"github.com/followupd/followupd/mail"
	"github.com/followupd/followupd/store"
)

// TestLargeMailboxProfile explains the figures of TestLargeMailboxRatios:
// it runs the first and the second pass in this process, wired as
// cmd/followupd wires them, with a CPU profile and the time spent in each
// IMAP call, and times the process start of the binary alone.
//
//	FOLLOWUPD_BENCH_PROFILE=/tmp/prof go test -run TestLargeMailboxProfile -v -timeout 30m ./bench/
//	go tool pprof -top /tmp/prof/first.cpu.pprof
//	go tool pprof -sample_index=alloc_space -top -diff_base /tmp/prof/first.heap-before.pprof /tmp/prof/first.heap.pprof
func TestLargeMailboxProfile(t *testing.T) {
	out := os.Getenv("FOLLOWUPD_BENCH_PROFILE")
	if out == "" {
		t.Skip("set FOLLOWUPD_BENCH_PROFILE=DIR to write profiles of a pass on the large mailbox to DIR")
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	e := setup(t)
	t.Setenv(passwordEnv, e.srv.Password)

	// What a pass costs before it does anything: start, config, store.
	for _, args := range [][]string{{"--help"}, {"interviews"}} {
		var best time.Duration
		for range 5 {
			dir := t.TempDir()
			cfg := filepath.Join(dir, "config.yaml")
			if err := os.WriteFile(cfg, []byte(e.config(filepath.Join(dir, "state"))), 0o600); err != nil {
				t.Fatal(err)
			}
			began := time.Now()
			cmd := exec.Command(e.bin, append([]string{"--config", cfg}, args...)...)
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("%v: %v\n%s", args, err, b)
			}
			if d := time.Since(began); best == 0 || d < best {
				best = d
			}
		}
		t.Logf("followupd %s (new state): best of 5 %v", strings.Join(args, " "), best.Round(100*time.Microsecond))
	}

	steps, err := e.imapSteps()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("IMAP commands one by one (a bare client, one connection):\n%s", steps)

	for _, phase := range []string{"first", "second"} {
		dir := e.secondState
		if phase == "first" {
			dir = t.TempDir()
		}
		report := e.profilePass(t, dir, filepath.Join(out, phase+".cpu.pprof"))
		t.Logf("%s pass in process:\n%s", phase, report)
	}
	t.Logf("profiles in %s", out)
}

func (e *env) profilePass(t *testing.T, dir, profile string) string {
	ctx := context.Background()
	path := filepath.Join(dir, "config.yaml")
	if _, err := os.Stat(path); err != nil {
		if err := os.WriteFile(path, []byte(e.config(filepath.Join(dir, "state"))), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	// The heap profile counts every allocation since the process began,
	// the bare client's steps too: this one, taken before, is the base
	// to subtract (go tool pprof -diff_base).
	if err := writeHeapProfile(strings.TrimSuffix(profile, ".cpu.pprof") + ".heap-before.pprof"); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(profile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		t.Fatal(err)
	}
	defer pprof.StopCPUProfile()

	began := time.Now()
	cfg, _, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	loaded := time.Now()
	st, err := store.Open(ctx, filepath.Join(cfg.StateDir, "followupd.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	opened := time.Now()
	tm := &ioStats{}
	r := &daemon.Runner{
		Settings: daemon.SettingsFrom(cfg),
		Store:    st,
		Log:      slog.New(slog.DiscardHandler),
		Dial: func(ctx context.Context) (daemon.Mailbox, error) {
			began := time.Now()
			c, err := mail.Dial(ctx, mail.DialConfig{
				Host: cfg.IMAP.Host, Port: cfg.IMAP.Port, Security: mail.Security(cfg.IMAP.Security),
				Username: cfg.IMAP.Username, Password: cfg.Password,
			})
			tm.add("Dial", began)
			if err != nil {
				return nil, err
			}
			return &timedMailbox{Mailbox: c, stats: tm}, nil
		},
	}
	res, err := r.Pass(ctx, daemon.Options{Now: e.p.End.In(cfg.Location)})
	if err != nil {
		t.Fatal(err)
	}
	total := time.Since(began)
	// What the pass allocated, and what it still holds, for the peak RSS.
	if err := writeHeapProfile(strings.TrimSuffix(profile, ".cpu.pprof") + ".heap.pprof"); err != nil {
		t.Fatal(err)
	}

	var b strings.Builder
	fmt.Fprintf(&b, "  total %v: config.Load %v, store.Open %v, Pass %v\n", total.Round(time.Millisecond),
		loaded.Sub(began).Round(time.Millisecond), opened.Sub(loaded).Round(time.Millisecond), time.Since(opened).Round(time.Millisecond))
	var imapTotal time.Duration
	for _, name := range tm.order {
		fmt.Fprintf(&b, "  %-14s %3d calls %v\n", name, tm.calls[name], tm.spent[name].Round(time.Millisecond))
		imapTotal += tm.spent[name]
	}
	// A large scan fetches bodies on a second connection while the
	// first still reads summaries: the sum can exceed the wall time.
	fmt.Fprintf(&b, "  IMAP total %v over all connections; the rest of Pass (store, interviews, plan, compose) about %v\n",
		imapTotal.Round(time.Millisecond), max(0, time.Since(opened)-imapTotal).Round(time.Millisecond))
	fmt.Fprintf(&b, "  scanned %d, bodies fetched %d, interviews %d, plan items %d, drafts written %d\n",
		res.Scanned, res.Fetched, len(res.Interviews), len(res.Plan), len(res.Written))
	// The timeline shows what overlapped: the second connection's half
	// of the search and its body fetches run during the scan.
	b.WriteString("  timeline (ms from the start of Pass):")
	slices.SortStableFunc(tm.events, func(x, y event) int { return x.began.Compare(y.began) })
	for _, ev := range tm.events {
		fmt.Fprintf(&b, "\n    %-14s %5d .. %5d", ev.name, ev.began.Sub(opened).Milliseconds(), ev.ended.Sub(opened).Milliseconds())
	}
	return b.String()
}

func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

type event struct {
	name         string
	began, ended time.Time
}

// timedMailbox adds up the time spent in each IMAP operation of a pass, on
// each connection the pass opens.
type timedMailbox struct {
	daemon.Mailbox
	stats *ioStats
}

func (m *timedMailbox) add(name string, began time.Time) { m.stats.add(name, began) }

// ioStats is shared by the connections of one pass.
type ioStats struct {
	mu     sync.Mutex
	events []event // in the order they ended
	order  []string
	calls  map[string]int
	spent  map[string]time.Duration
}

func (m *ioStats) add(name string, began time.Time) {
	m.mu.Lock()
	m.events = append(m.events, event{name, began, time.Now()})
	defer m.mu.Unlock()
	if m.calls == nil {
		m.calls, m.spent = map[string]int{}, map[string]time.Duration{}
	}
	if _, ok := m.calls[name]; !ok {
		m.order = append(m.order, name)
	}
	m.calls[name]++
	m.spent[name] += time.Since(began)
}

func (m *timedMailbox) FindMailbox(ctx context.Context, use, configured string) (string, error) {
	defer m.add("FindMailbox", time.Now())
	return m.Mailbox.FindMailbox(ctx, use, configured)
}

func (m *timedMailbox) ScanSummaries(ctx context.Context, mailbox string, cur mail.Cursor, since time.Time, opts mail.ScanOptions, fn func(mail.SummaryBatch) error) (mail.Cursor, bool, error) {
	defer m.add("ScanSummaries", time.Now())
	return m.Mailbox.ScanSummaries(ctx, mailbox, cur, since, opts, fn)
}

func (m *timedMailbox) SearchWindow(ctx context.Context, mailbox string, uidValidity uint32, from, to uint32, since time.Time) ([]uint32, error) {
	defer m.add("SearchWindow", time.Now())
	return m.Mailbox.SearchWindow(ctx, mailbox, uidValidity, from, to, since)
}

func (m *timedMailbox) StreamBodies(ctx context.Context, mailbox string, validity uint32, batches iter.Seq[[]uint32], fn func(mail.Body) error) error {
	began := time.Now()
	var inFn time.Duration
	err := m.Mailbox.StreamBodies(ctx, mailbox, validity, batches, func(b mail.Body) error {
		t := time.Now()
		defer func() { inFn += time.Since(t) }()
		return fn(b)
	})
	// The callback parses the body: count it apart from the IMAP time.
	m.add("Bodies", began.Add(inFn))
	m.add("  parse bodies", time.Now().Add(-inFn))
	return err
}

func (m *timedMailbox) AppendDraft(ctx context.Context, mailbox string, raw []byte, date time.Time) (uint32, uint32, error) {
	defer m.add("AppendDraft", time.Now())
	return m.Mailbox.AppendDraft(ctx, mailbox, raw, date)
}

func (m *timedMailbox) FindMessageIDs(ctx context.Context, mailbox string, uidValidity uint32, since time.Time, ids []string) (map[string]uint32, error) {
	defer m.add("FindMessageIDs", time.Now())
	return m.Mailbox.FindMessageIDs(ctx, mailbox, uidValidity, since, ids)
}

func (m *timedMailbox) FindMessageID(ctx context.Context, mailbox, id string) (uint32, bool, error) {
	defer m.add("FindMessageID", time.Now())
	return m.Mailbox.FindMessageID(ctx, mailbox, id)
}

func (m *timedMailbox) Close() error {
	defer m.add("Close", time.Now())
	return m.Mailbox.Close()
}
