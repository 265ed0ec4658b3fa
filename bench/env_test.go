package bench

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/followupd/followupd/bench/mailgen"
	"github.com/followupd/followupd/internal/dovecottest"
)

// params are the mailbox's; the environment can shrink it while working
// on the harness (FOLLOWUPD_BENCH_N=10000), but the figures in README.md
// are for the defaults, which are the issue's. FOLLOWUPD_BENCH_WORST=1
// asks for the worst case instead (mailgen.Options.AllFromEmployers).
type params struct {
	N, Days int
	End     time.Time
	Seed    uint64
	Worst   bool
}

func paramsFromEnv(tb testing.TB) params {
	tb.Helper()
	p := params{N: 100000, Days: 730, Seed: 1}
	end, err := mailgen.ParseEnd("2026-11-26")
	if err != nil {
		tb.Fatal(err)
	}
	p.End = end
	for name, dst := range map[string]*int{"FOLLOWUPD_BENCH_N": &p.N, "FOLLOWUPD_BENCH_DAYS": &p.Days} {
		if v := os.Getenv(name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n <= 0 {
				tb.Fatalf("%s=%q is not a positive number", name, v)
			}
			*dst = n
		}
	}
	switch v := os.Getenv("FOLLOWUPD_BENCH_WORST"); v {
	case "", "0":
	case "1":
		p.Worst = true
	default:
		tb.Fatalf("FOLLOWUPD_BENCH_WORST=%q: want 1 or nothing", v)
	}
	return p
}

// describe names the mailbox in the logs and tables.
func (p params) describe() string {
	if p.Worst {
		return "worst case: every sender in the window at an interviewing employer"
	}
	return "default mix"
}

// env is one Dovecot serving the generated mailbox, and a followupd binary
// to run against it.
type env struct {
	srv     *dovecottest.Server
	bin     string
	peakrss string // see bench/internal/peakrss
	p       params
	stats   mailgen.Stats
	// secondState is a state directory after one complete pass: the
	// starting point of every "second" pass.
	secondState string
	work        work // what that pass did, for floor
}

const passwordEnv = "FOLLOWUPD_BENCH_IMAP_PASSWORD"

func setup(tb testing.TB) *env {
	tb.Helper()
	e := newEnv(tb)
	e.warmUp(tb)
	return e
}

// newEnv starts Dovecot on a fresh copy of the generated mailbox and
// builds the binaries; nothing has logged in yet.
func newEnv(tb testing.TB) *env {
	tb.Helper()
	p := paramsFromEnv(tb)
	srv := dovecottest.Start(tb) // skips when Dovecot is missing

	// The mail home is created here, before the first login, so that
	// Dovecot finds a Maildir it has never indexed, as after a migration.
	maildir := srv.MaildirPath()
	home := filepath.Dir(maildir)
	uid, gid, err := owner(filepath.Dir(home))
	if err != nil {
		tb.Fatal(err)
	}
	cache, stats := cachedMaildir(tb, p, uid, gid)
	began := time.Now()
	if err := os.Mkdir(home, 0o700); err != nil {
		tb.Fatal(err)
	}
	if err := os.Lchown(home, uid, gid); err != nil && os.Geteuid() == 0 {
		tb.Fatal(err)
	}
	if err := linkTree(cache, maildir, uid, gid); err != nil {
		tb.Fatalf("link the Maildir into Dovecot's home: %v", err)
	}
	tb.Logf("mailbox (%s): INBOX %d (%d in the %d-day window, %d invitations, %d built as candidates), Sent %d, %.0f MiB; linked in %v",
		p.describe(), stats.Inbox, stats.InWindow, stats.WindowDays, stats.Invitations, stats.Candidates, stats.Sent,
		float64(stats.Bytes)/(1<<20), time.Since(began).Round(time.Millisecond))

	tools := tb.TempDir()
	e := &env{srv: srv, p: p, stats: stats,
		bin:     os.Getenv("FOLLOWUPD_BENCH_BINARY"), // to compare another build on the same mailbox
		peakrss: build(tb, tools, "github.com/followupd/followupd/bench/internal/peakrss"),
	}
	if e.bin == "" {
		e.bin = build(tb, tools, "github.com/followupd/followupd/cmd/followupd")
	}
	return e
}

func (e *env) warmUp(tb testing.TB) {
	tb.Helper()
	// Warm up, untimed: Dovecot builds its index and cache of the
	// envelopes, structures and header fields on the first look, which a
	// server that has been delivering this mail for two years has long
	// done. Both a bare pass and a followupd pass run, so that the timed
	// runs of each find what they ask for cached; the bare pass runs
	// twice more because Dovecot rewrites (compresses) its fresh index and
	// cache files in the sessions after the first.
	began := time.Now()
	for i := range 3 {
		r, err := e.bare()
		if err != nil {
			tb.Fatalf("warm-up bare pass: %v", err)
		}
		if i == 0 {
			tb.Logf("warm-up: Dovecot indexed the mailbox and answered a bare pass in %v", time.Since(began).Round(time.Millisecond))
		} else {
			tb.Logf("warm-up: bare pass %v", r.wall.Round(time.Millisecond))
		}
	}
	e.secondState = tb.TempDir()
	r, err := e.once(e.secondState, "debug")
	if err != nil {
		tb.Fatalf("warm-up followupd pass: %v", err)
	}
	tb.Logf("warm-up: followupd once took %v, peak RSS %.1f MiB, %s", r.wall.Round(time.Millisecond), r.rssMiB(), r.summary())
	if e.work, err = learnWork(e.secondState, r.drafts()); err != nil {
		tb.Fatalf("read the warm-up pass's state: %v", err)
	}
	// floor replays the bodies the pass kept; they must be the ones it
	// fetched, or floor would measure another conversation.
	if n, ok := r.fetched("INBOX"); !ok || n != len(e.work.candidates) {
		tb.Fatalf("warm-up pass fetched %d INBOX bodies (logged: %v) but its state holds %d: floor would not repeat it", n, ok, len(e.work.candidates))
	}
}

// cachedMaildir generates the mailbox once per parameter set and keeps it
// under os.TempDir: 100,000 files take a quarter of a minute to write,
// and the runs only ever read them (see linkTree).
func cachedMaildir(tb testing.TB, p params, uid, gid int) (string, mailgen.Stats) {
	tb.Helper()
	key := fmt.Sprintf("v%d-n%d-d%d-%d-s%d", mailgen.Version, p.N, p.Days, p.End.Unix(), p.Seed)
	if p.Worst {
		key += "-employers"
	}
	dir := filepath.Join(os.TempDir(), "followupd-bench-"+key)
	statsPath := filepath.Join(dir, "stats.json")
	if b, err := os.ReadFile(statsPath); err == nil {
		var st mailgen.Stats
		if err := json.Unmarshal(b, &st); err == nil {
			if err := chownTree(filepath.Join(dir, "Maildir"), uid, gid); err != nil {
				tb.Fatal(err)
			}
			return filepath.Join(dir, "Maildir"), st
		}
	}

	// Generated beside the cache and renamed into place when complete, so
	// that an interrupted run never leaves half a mailbox to be reused.
	tmp, err := os.MkdirTemp(os.TempDir(), "followupd-bench-gen-")
	if err != nil {
		tb.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	began := time.Now()
	st, err := mailgen.Generate(mailgen.Options{Dir: filepath.Join(tmp, "Maildir"), N: p.N, Days: p.Days, End: p.End, Seed: p.Seed,
		AllFromEmployers: p.Worst})
	if err != nil {
		tb.Fatalf("generate mailbox: %v", err)
	}
	tb.Logf("generated %d messages in %v into %s", st.Inbox+st.Sent, time.Since(began).Round(time.Millisecond), dir)
	b, _ := json.Marshal(st)
	if err := os.WriteFile(filepath.Join(tmp, "stats.json"), b, 0o644); err != nil {
		tb.Fatal(err)
	}
	if err := chownTree(filepath.Join(tmp, "Maildir"), uid, gid); err != nil {
		tb.Fatal(err)
	}
	if err := os.Rename(tmp, dir); err != nil && !errors.Is(err, fs.ErrExist) && !isNotEmpty(err) {
		tb.Fatal(err)
	}
	return filepath.Join(dir, "Maildir"), st
}

func isNotEmpty(err error) bool { return errors.Is(err, syscall.ENOTEMPTY) }

// owner returns the owner of path: Dovecot's mail user, which
// dovecottest gave the directory that holds the mail homes.
func owner(path string) (uid, gid int, err error) {
	fi, err := os.Stat(path)
	if err != nil {
		return 0, 0, err
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return os.Getuid(), os.Getgid(), nil
	}
	return int(st.Uid), int(st.Gid), nil
}

// chownTree gives the tree to Dovecot's mail user when it is not its
// owner already. Only root can, and only root needs to: otherwise Dovecot
// runs as the current user.
func chownTree(root string, uid, gid int) error {
	if os.Geteuid() != 0 {
		return nil
	}
	if u, g, err := owner(root); err == nil && u == uid && g == gid {
		return nil // the root is chowned last, so the rest is done
	}
	var dirs []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			dirs = append(dirs, path)
			return nil
		}
		return os.Lchown(path, uid, gid)
	})
	if err != nil {
		return err
	}
	for i := len(dirs) - 1; i >= 0; i-- {
		if err := os.Lchown(dirs[i], uid, gid); err != nil {
			return err
		}
	}
	return nil
}

// linkTree recreates the directories of src under dst and hard-links the
// files. Dovecot never rewrites a Maildir message file (flags live in its
// name, which belongs to the directory entry), so every run gets a pristine
// mailbox of its own in a second instead of a 500 MB copy. Its index files
// land in dst only.
func linkTree(src, dst string, uid, gid int) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			if err := os.Mkdir(target, 0o700); err != nil {
				return err
			}
			if os.Geteuid() == 0 {
				return os.Lchown(target, uid, gid)
			}
			return nil
		}
		if err := os.Link(path, target); err == nil {
			return nil
		} else if !errors.Is(err, syscall.EXDEV) {
			return err
		}
		return copyFile(path, target, uid, gid) // another file system
	})
}

func copyFile(src, dst string, uid, gid int) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	fi, err := in.Stat()
	if err != nil {
		return err
	}
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	if os.Geteuid() == 0 {
		if err := os.Lchown(dst, uid, gid); err != nil {
			return err
		}
	}
	return os.Chtimes(dst, fi.ModTime(), fi.ModTime()) // INTERNALDATE
}

func build(tb testing.TB, dir, pkg string) string {
	tb.Helper()
	bin := filepath.Join(dir, filepath.Base(pkg))
	out, err := exec.Command("go", "build", "-o", bin, pkg).CombinedOutput()
	if err != nil {
		tb.Fatalf("go build %s: %v\n%s", pkg, err, out)
	}
	return bin
}

// run is one `followupd once`.
type run struct {
	wall           time.Duration
	rssKiB         int64
	cpu            time.Duration // followupd's user + system time
	stdout, stderr string
}

func (r run) rssMiB() float64 { return float64(r.rssKiB) / 1024 }

// summary picks what the pass did out of its debug log and output.
func (r run) summary() string {
	var parts []string
	for line := range strings.SplitSeq(r.stderr, "\n") {
		if strings.Contains(line, "msg=synced") {
			var kv []string
			for _, f := range strings.Fields(line) {
				for _, k := range []string{"mailbox=", "new=", "fetched=", "kept="} {
					if strings.HasPrefix(f, k) {
						kv = append(kv, f)
					}
				}
			}
			parts = append(parts, strings.Join(kv, " "))
		}
	}
	return fmt.Sprintf("%s; %d drafts written", strings.Join(parts, "; "), r.drafts())
}

// fetched reads the number of bodies the pass fetched from mailbox out of
// its debug log.
func (r run) fetched(mailbox string) (int, bool) {
	for line := range strings.SplitSeq(r.stderr, "\n") {
		fields := strings.Fields(line)
		if !strings.Contains(line, "msg=synced") || !slices.Contains(fields, "mailbox="+mailbox) {
			continue
		}
		for _, f := range fields {
			if v, ok := strings.CutPrefix(f, "fetched="); ok {
				n, err := strconv.Atoi(v)
				return n, err == nil
			}
		}
	}
	return 0, false
}

// drafts counts the drafts the pass reports on stdout.
func (r run) drafts() int {
	n := 0
	for line := range strings.SplitSeq(r.stdout, "\n") {
		if strings.HasPrefix(line, "wrote ") || strings.HasPrefix(line, "found ") {
			n++
		}
	}
	return n
}

// once runs `followupd once` with state in dir (a new state when dir is
// empty) and measures the whole process: start, config, store, IMAP, exit.
func (e *env) once(dir, logLevel string) (run, error) {
	cfg := filepath.Join(dir, "config.yaml")
	if _, err := os.Stat(cfg); errors.Is(err, fs.ErrNotExist) {
		if err := os.WriteFile(cfg, []byte(e.config(filepath.Join(dir, "state"))), 0o600); err != nil {
			return run{}, err
		}
	}
	measured := filepath.Join(dir, "peakrss.out")
	cmd := exec.Command(e.peakrss, "-o", measured, "--",
		e.bin, "--config", cfg, "--log-level", logLevel, "once", "--now", e.p.End.Format(time.RFC3339))
	cmd.Env = append(os.Environ(), passwordEnv+"="+e.srv.Password)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	r := run{stdout: out.String(), stderr: errb.String()}
	if err != nil {
		return r, fmt.Errorf("followupd once: %v\nstderr:\n%s", err, errb.String())
	}
	// The wall time is peakrss's, from just before the start of followupd
	// to just after its exit, so that the extra process does not count.
	b, err := os.ReadFile(measured)
	if err != nil {
		return r, err
	}
	var wallNS, cpuNS int64
	if _, err := fmt.Sscan(string(b), &wallNS, &r.rssKiB, &cpuNS); err != nil {
		return r, fmt.Errorf("peakrss output %q: %v", b, err)
	}
	r.wall, r.cpu = time.Duration(wallNS), time.Duration(cpuNS)
	return r, nil
}

func (e *env) config(stateDir string) string {
	return benchConfig(stateDir, e.srv.Host, e.srv.Port, e.srv.User)
}

// benchConfig is the configuration of every run on the generated mailbox.
func benchConfig(stateDir, host string, port int, user string) string {
	return fmt.Sprintf(`timezone: Europe/Berlin
state_dir: %s
me:
  name: Sam Rivera
  email: sam.rivera@example.org
  aliases: [sam@globex.example]
imap:
  host: %s
  port: %d
  security: none
  username: %s
  password_env: %s
`, stateDir, host, port, user, passwordEnv)
}
