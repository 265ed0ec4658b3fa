package mailgen

import (
	"bytes"
	"crypto/sha256"
	"io/fs"
	"net/mail"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func generate(t *testing.T, seed uint64) (string, Stats) {
	t.Helper()
	return generateWith(t, testOptions(t, seed))
}

func testOptions(t *testing.T, seed uint64) Options {
	t.Helper()
	end, err := ParseEnd("2026-11-26")
	if err != nil {
		t.Fatal(err)
	}
	return Options{N: 1200, Days: 730, End: end, Seed: seed}
}

func generateWith(t *testing.T, o Options) (string, Stats) {
	t.Helper()
	o.Dir = filepath.Join(t.TempDir(), "Maildir")
	st, err := Generate(o)
	if err != nil {
		t.Fatal(err)
	}
	return o.Dir, st
}

// TestGenerate checks what Dovecot relies on: Maildir names whose S= is
// the file size, mtimes that are the arrival times and ascend with the
// names, and messages that parse.
func TestGenerate(t *testing.T) {
	dir, st := generate(t, 1)
	if st.Inbox != 1200 || st.Sent == 0 || st.Invitations < 16 {
		t.Errorf("stats %+v: want 1200 in INBOX, some Sent, at least 16 invitations", st)
	}
	// 1200 messages over 730 days: about 99 in 60 days.
	if st.InWindow < 90 || st.InWindow > 115 {
		t.Errorf("%d messages in the window, want about 99", st.InWindow)
	}
	for _, sub := range []string{"new", "tmp", ".Drafts/cur", ".Sent/cur", ".Drafts/maildirfolder"} {
		if _, err := os.Stat(filepath.Join(dir, sub)); err != nil {
			t.Error(err)
		}
	}

	entries, err := os.ReadDir(filepath.Join(dir, "cur"))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != st.Inbox {
		t.Fatalf("%d files in cur, want %d", len(entries), st.Inbox)
	}
	var prev int64
	for _, e := range entries { // ReadDir sorts by name; 10-digit times sort as numbers
		name := e.Name()
		secs, _, _ := strings.Cut(name, ".")
		unix, err := strconv.ParseInt(secs, 10, 64)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if unix < prev {
			t.Errorf("%s: arrival %d before the previous file's %d", name, unix, prev)
		}
		prev = unix
		info, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		_, size, _ := strings.Cut(name, ",S=")
		size, _, _ = strings.Cut(size, ":")
		if want := strconv.FormatInt(info.Size(), 10); size != want {
			t.Errorf("%s: S=%s, file has %s bytes", name, size, want)
		}
		if !info.ModTime().Equal(time.Unix(unix, 0)) {
			t.Errorf("%s: mtime %v, want the arrival time", name, info.ModTime())
		}
		raw, err := os.ReadFile(filepath.Join(dir, "cur", name))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(raw, []byte("\r\n")) {
			t.Errorf("%s: CRLF line ends; a Maildir holds LF", name)
		}
		m, err := mail.ReadMessage(bytes.NewReader(raw))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for _, h := range []string{"From", "Date", "Message-Id", "Subject"} {
			if m.Header.Get(h) == "" {
				t.Errorf("%s: no %s", name, h)
			}
		}
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	hash := func(seed uint64) [32]byte {
		dir, _ := generate(t, seed)
		h := sha256.New()
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(path)
			h.Write([]byte(path[len(dir):]))
			h.Write(b)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return [32]byte(h.Sum(nil))
	}
	if a, b := hash(1), hash(1); a != b {
		t.Error("the same seed gave different mailboxes")
	}
	if a, b := hash(1), hash(2); a == b {
		t.Error("different seeds gave the same mailbox")
	}
}

func TestGenerateRefusesNonEmptyDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(Options{Dir: dir, N: 1, Days: 1, End: time.Now()}); err == nil {
		t.Error("Generate wrote into a non-empty directory")
	}
}

// TestGenerateAllFromEmployers checks the worst case: in the window, the
// mail that is not a candidate by its kind comes from the invitations'
// companies and none of it is bulk; before the window and in Sent the
// mailbox is the one generated without the option, byte for byte.
func TestGenerateAllFromEmployers(t *testing.T) {
	plain := testOptions(t, 1)
	worst := plain
	worst.AllFromEmployers = true
	plainDir, _ := generateWith(t, plain)
	dir, st := generateWith(t, worst)

	worst.Dir = dir
	o, err := worst.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	windowStart := o.End.Add(-time.Duration(o.WindowDays) * 24 * time.Hour)
	employers := map[string]bool{}
	for _, inv := range makeInvitations(o, windowStart) {
		employers[inv.domain] = true
	}

	fromEmployer, inWindow := 0, 0
	for _, sub := range []string{"cur", ".Sent/cur"} {
		entries, err := os.ReadDir(filepath.Join(dir, sub))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			name := e.Name()
			raw, err := os.ReadFile(filepath.Join(dir, sub, name))
			if err != nil {
				t.Fatal(err)
			}
			secs, _, _ := strings.Cut(name, ".")
			unix, err := strconv.ParseInt(secs, 10, 64)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if sub != "cur" || time.Unix(unix, 0).Before(windowStart) {
				want, err := os.ReadFile(filepath.Join(plainDir, sub, name))
				if err != nil || !bytes.Equal(raw, want) {
					t.Errorf("%s/%s differs from the mailbox without AllFromEmployers (%v)", sub, name, err)
				}
				continue
			}
			inWindow++
			m, err := mail.ReadMessage(bytes.NewReader(raw))
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			from, err := mail.ParseAddress(m.Header.Get("From"))
			if err != nil {
				t.Fatalf("%s: From: %v", name, err)
			}
			_, domain, _ := strings.Cut(from.Address, "@")
			if !employers[domain] {
				continue
			}
			fromEmployer++
			for _, h := range []string{"List-Unsubscribe", "List-Id", "Precedence"} {
				if m.Header.Get(h) != "" {
					t.Errorf("%s: from %s with %s: bulk mail is never a candidate", name, domain, h)
				}
			}
		}
	}
	if inWindow != st.InWindow {
		t.Errorf("%d files in the window, stats say %d", inWindow, st.InWindow)
	}
	// The rest: the sample job search (a good share of a small window),
	// internal meetings and ATS receipts, candidates by their kind.
	if fromEmployer < inWindow*3/4 || st.Candidates < inWindow*9/10 {
		t.Errorf("%d of %d messages in the window from the employers, %d candidates; want nearly all", fromEmployer, inWindow, st.Candidates)
	}
}
