package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/followupd/followupd/calendar"
	"github.com/followupd/followupd/mail"
)

// openTest opens a fresh store in a temporary directory and closes it when
// the test ends.
func openTest(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "state", "followupd.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s, path
}

// openRaw opens path with the store's DSN but without migrating, to set a
// database up in a given state.
func openRaw(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatalf("sql.Open: %v", err)
	}
	db.SetMaxOpenConns(1)
	return db
}

func userVersion(t *testing.T, db *sql.DB) int {
	t.Helper()
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatalf("read user_version: %v", err)
	}
	return v
}

func TestOpen(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)

	for _, tc := range []struct {
		name string
		file string
		mode os.FileMode
	}{
		{"parent directory is private", filepath.Dir(path), 0o700 | os.ModeDir},
		{"database file is private", path, 0o600},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fi, err := os.Stat(tc.file)
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode() != tc.mode {
				t.Errorf("mode %v, want %v", fi.Mode(), tc.mode)
			}
		})
	}

	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if mode != "wal" {
		t.Errorf("journal_mode %q, want wal", mode)
	}
	var fk int
	if err := s.db.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil {
		t.Fatal(err)
	}
	if fk != 1 {
		t.Errorf("foreign_keys %d, want 1", fk)
	}
	if v := userVersion(t, s.db); v != len(migrations) {
		t.Errorf("user_version %d, want %d", v, len(migrations))
	}
}

func TestOpenOddPath(t *testing.T) {
	// A path with URI metacharacters must name that file, not be cut at '?'.
	dir := filepath.Join(t.TempDir(), "we?ird #dir%41")
	path := filepath.Join(dir, "db?x=1")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	if err := s.SetMeta(context.Background(), "k", "v"); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not at %q: %v", path, err)
	}
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "followupd.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	msg := testMessage("INBOX", 7, "Interview at Acme", time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC))
	if err := s.SaveMailbox(ctx, "INBOX", Cursor{UIDValidity: 3, LastUID: 7}, false, []mail.Message{msg}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.BeginDraft(ctx, testDraft("iv1", "thanks", "d1@followupd")); err != nil {
		t.Fatal(err)
	}
	if err := s.SetMeta(ctx, "feed:etag", `"abc"`); err != nil {
		t.Fatal(err)
	}
	// While open, commits live in the -wal file; Close checkpoints them.
	if _, err := os.Stat(path + "-wal"); err != nil {
		t.Errorf("no WAL file while open: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cur, ok, err := s.Cursor(ctx, "INBOX")
	if err != nil || !ok || cur != (Cursor{UIDValidity: 3, LastUID: 7}) {
		t.Errorf("Cursor = %+v, %v, %v", cur, ok, err)
	}
	msgs, err := s.Messages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 1 {
		t.Fatalf("got %d messages, want 1", len(msgs))
	}
	assertMessage(t, msgs[0], msg)
	ds, err := s.Drafts(ctx)
	if err != nil || len(ds) != 1 || ds[0].MessageID != "d1@followupd" {
		t.Errorf("Drafts = %+v, %v", ds, err)
	}
	if v, ok, err := s.GetMeta(ctx, "feed:etag"); err != nil || !ok || v != `"abc"` {
		t.Errorf("GetMeta = %q, %v, %v", v, ok, err)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	_, path := openTest(t)
	db := openRaw(t, path)
	if _, err := db.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(ctx, path)
	if err == nil {
		s.Close()
		t.Fatal("Open succeeded on a newer database")
	}
	if !errors.Is(err, ErrNewerSchema) {
		t.Errorf("error %v, want ErrNewerSchema", err)
	}
	for _, want := range []string{"version 99", fmt.Sprintf("up to %d", len(migrations))} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	// Refusing must not have touched it.
	db = openRaw(t, path)
	defer db.Close()
	if v := userVersion(t, db); v != 99 {
		t.Errorf("user_version %d after refusal, want 99", v)
	}
}

// TestMigrateFromFirstSchema writes rows the way version 1 stored them,
// then lets Open migrate to the latest version and reads them back.
func TestMigrateFromFirstSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "followupd.db")
	db := openRaw(t, path)
	if err := migrate(ctx, db, migrations[:1]); err != nil {
		t.Fatal(err)
	}
	if v := userVersion(t, db); v != 1 {
		t.Fatalf("user_version %d, want 1", v)
	}
	// Literal rows pin the version 1 on-disk format.
	for _, q := range []string{
		`INSERT INTO mailboxes VALUES ('INBOX', 42, 1001)`,
		`INSERT INTO messages VALUES ('INBOX', 1001, 'a1@acme.example', '2025-03-04T07:30:00.000000000Z',
			'{"message_id":"a1@acme.example","in_reply_to":null,"references":["r0@acme.example"],` +
			`"date":"2025-03-04T09:30:00+02:00","subject":"Entretien – Acme","from":[{"name":"Zoë","email":"zoe@acme.example"}],` +
			`"sender":null,"reply_to":null,"to":[],"cc":null,"bulk":false,"has_calendar":true,` +
			`"text":"À bientôt","calendars":["QkVHSU46VkNBTEVOREFS"]}')`,
		`INSERT INTO interviews VALUES ('iv1', '2025-03-10T13:00:00.000000000Z',
			'{"id":"iv1","company":"Acme","start":"2025-03-10T13:00:00Z","end":"2025-03-10T14:00:00Z",` +
			`"organizer":{"email":"zoe@acme.example"},"sequence":0,"invited_at":"2025-03-04T07:30:00Z","status":"scheduled"}')`,
		`INSERT INTO drafts VALUES ('iv1', 'thanks', 'd1@followupd', 'Drafts', 'appended', 7, 12,
			'2025-03-10T16:00:00.000000000Z', '2025-03-10T16:00:01.000000000Z', '2025-03-10T16:00:02.500000000Z')`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	if v := userVersion(t, s.db); v != len(migrations) {
		t.Errorf("user_version %d, want %d", v, len(migrations))
	}

	t.Run("cursor", func(t *testing.T) {
		cur, ok, err := s.Cursor(ctx, "INBOX")
		if err != nil || !ok || cur != (Cursor{UIDValidity: 42, LastUID: 1001}) {
			t.Errorf("Cursor = %+v, %v, %v", cur, ok, err)
		}
	})
	t.Run("messages", func(t *testing.T) {
		msgs, err := s.Messages(ctx)
		if err != nil || len(msgs) != 1 {
			t.Fatalf("Messages = %d, %v", len(msgs), err)
		}
		want := mail.Message{
			Summary: mail.Summary{
				Mailbox: "INBOX", UID: 1001, MessageID: "a1@acme.example",
				References:  []string{"r0@acme.example"},
				Date:        time.Date(2025, 3, 4, 9, 30, 0, 0, time.FixedZone("", 2*3600)),
				Subject:     "Entretien – Acme",
				From:        []mail.Address{{Name: "Zoë", Email: "zoe@acme.example"}},
				To:          []mail.Address{},
				HasCalendar: true,
			},
			Text:      "À bientôt",
			Calendars: [][]byte{[]byte("BEGIN:VCALENDAR")},
		}
		assertMessage(t, msgs[0], want)
	})
	t.Run("interviews", func(t *testing.T) {
		ivs, err := s.Interviews(ctx)
		if err != nil || len(ivs) != 1 {
			t.Fatalf("Interviews = %d, %v", len(ivs), err)
		}
		if ivs[0].ID != "iv1" || ivs[0].Company != "Acme" || !ivs[0].Start.Equal(time.Date(2025, 3, 10, 13, 0, 0, 0, time.UTC)) {
			t.Errorf("interview = %+v", ivs[0])
		}
	})
	t.Run("drafts", func(t *testing.T) {
		ds, err := s.Drafts(ctx)
		if err != nil || len(ds) != 1 {
			t.Fatalf("Drafts = %d, %v", len(ds), err)
		}
		want := Draft{
			InterviewID: "iv1", Rule: "thanks", MessageID: "d1@followupd", Mailbox: "Drafts",
			State: DraftAppended, UIDValidity: 7, UID: 12,
			Due:        time.Date(2025, 3, 10, 16, 0, 0, 0, time.UTC),
			CreatedAt:  time.Date(2025, 3, 10, 16, 0, 1, 0, time.UTC),
			AppendedAt: time.Date(2025, 3, 10, 16, 0, 2, 5e8, time.UTC),
		}
		if ds[0] != want {
			t.Errorf("draft\n got %+v\nwant %+v", ds[0], want)
		}
	})
	t.Run("new tables work", func(t *testing.T) {
		if err := s.SavePlan(ctx, []PlanItem{{InterviewID: "iv1", Rule: "thanks", Status: "written"}}); err != nil {
			t.Error(err)
		}
		if err := s.SetMeta(ctx, "k", "v"); err != nil {
			t.Error(err)
		}
		if err := s.SaveFeed(ctx, "work", calendar.FeedState{Body: []byte("BEGIN:VCALENDAR")}); err != nil {
			t.Error(err)
		}
	})
}

// TestMigrateFromSchema2 writes rows the way version 2 stored them, in
// its tables and in those of version 1, then lets Open migrate to the
// latest version: nothing is lost, and feeds start empty.
func TestMigrateFromSchema2(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "followupd.db")
	db := openRaw(t, path)
	if err := migrate(ctx, db, migrations[:2]); err != nil {
		t.Fatal(err)
	}
	if v := userVersion(t, db); v != 2 {
		t.Fatalf("user_version %d, want 2", v)
	}
	// Literal rows pin the version 2 on-disk format.
	for _, q := range []string{
		`INSERT INTO mailboxes VALUES ('INBOX', 42, 1001)`,
		`INSERT INTO drafts VALUES ('iv1', 'thanks', 'd1@followupd', 'Drafts', 'intent', 0, 0,
			'2025-03-10T16:00:00.000000000Z', '2025-03-10T16:00:01.000000000Z', NULL)`,
		`INSERT INTO plan_items VALUES ('iv1', 'thanks', 'Acme', '2025-03-10T16:00:00.000000000Z', 'due', 'after 1h')`,
		// Before version 3, a feed's validators could only live in meta.
		`INSERT INTO meta VALUES ('feed:work:etag', '"abc"')`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	if v := userVersion(t, s.db); v != len(migrations) {
		t.Errorf("user_version %d, want %d", v, len(migrations))
	}

	t.Run("cursor", func(t *testing.T) {
		cur, ok, err := s.Cursor(ctx, "INBOX")
		if err != nil || !ok || cur != (Cursor{UIDValidity: 42, LastUID: 1001}) {
			t.Errorf("Cursor = %+v, %v, %v", cur, ok, err)
		}
	})
	t.Run("drafts", func(t *testing.T) {
		ds, err := s.Drafts(ctx)
		if err != nil || len(ds) != 1 || ds[0].State != DraftIntent || ds[0].MessageID != "d1@followupd" {
			t.Errorf("Drafts = %+v, %v", ds, err)
		}
	})
	t.Run("plan", func(t *testing.T) {
		items, err := s.Plan(ctx)
		want := []PlanItem{{InterviewID: "iv1", Rule: "thanks", Company: "Acme",
			Due: time.Date(2025, 3, 10, 16, 0, 0, 0, time.UTC), Status: "due", Reason: "after 1h"}}
		if err != nil || len(items) != 1 || items[0] != want[0] {
			t.Errorf("Plan = %+v, %v; want %+v", items, err, want)
		}
	})
	t.Run("meta", func(t *testing.T) {
		if v, ok, err := s.GetMeta(ctx, "feed:work:etag"); err != nil || !ok || v != `"abc"` {
			t.Errorf("GetMeta = %q, %v, %v", v, ok, err)
		}
	})
	t.Run("feeds start empty and work", func(t *testing.T) {
		if _, ok, err := s.Feed(ctx, "work"); err != nil || ok {
			t.Errorf("Feed = %v, %v; want none", ok, err)
		}
		st := calendar.FeedState{ETag: `"abc"`, Body: []byte("BEGIN:VCALENDAR"), GoodAt: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)}
		if err := s.SaveFeed(ctx, "work", st); err != nil {
			t.Fatal(err)
		}
		got, ok, err := s.Feed(ctx, "work")
		if err != nil || !ok {
			t.Fatalf("Feed = %v, %v", ok, err)
		}
		assertFeed(t, got, st)
	})
}

// TestMigrateFromSchema3: a journal written by version 3 keeps every draft,
// with an unknown kind, and a new draft keeps its rule's kind.
func TestMigrateFromSchema3(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "followupd.db")
	db := openRaw(t, path)
	if err := migrate(ctx, db, migrations[:3]); err != nil {
		t.Fatal(err)
	}
	q := `INSERT INTO drafts VALUES ('iv1', 'thanks', 'd1@followupd', 'Drafts', 'appended', 7, 12,
		'2025-03-10T16:00:00.000000000Z', '2025-03-10T16:00:01.000000000Z', '2025-03-10T16:00:02.000000000Z')`
	if _, err := db.ExecContext(ctx, q); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	db.Close()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	if _, _, err := s.BeginDraft(ctx, Draft{InterviewID: "iv2", Rule: "thanks", Kind: "interview_end|thank-you",
		MessageID: "d2@followupd", Mailbox: "Drafts"}); err != nil {
		t.Fatal(err)
	}
	ds, err := s.Drafts(ctx)
	if err != nil || len(ds) != 2 {
		t.Fatalf("Drafts = %+v, %v", ds, err)
	}
	if ds[0].InterviewID != "iv1" || ds[0].Kind != "" || ds[0].State != DraftAppended || ds[0].UID != 12 {
		t.Errorf("the version 3 draft came back as %+v", ds[0])
	}
	if ds[1].Kind != "interview_end|thank-you" {
		t.Errorf("a new draft's kind = %q, want interview_end|thank-you", ds[1].Kind)
	}
}

// TestMigrateAtomic checks that a failing migration leaves the database at
// its old version with none of the earlier pending migrations applied.
func TestMigrateAtomic(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "followupd.db")
	db := openRaw(t, path)
	defer db.Close()
	if err := migrate(ctx, db, migrations[:1]); err != nil {
		t.Fatal(err)
	}
	broken := append(append([]migration{}, migrations...),
		migration{version: len(migrations) + 1, name: "broken.sql", sql: "CREATE TABLE x (a); THIS IS NOT SQL;"})
	if err := migrate(ctx, db, broken); err == nil {
		t.Fatal("broken migration succeeded")
	}
	if v := userVersion(t, db); v != 1 {
		t.Errorf("user_version %d, want 1", v)
	}
	var n int
	if err := db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name IN ('plan_items', 'meta', 'feeds', 'x')").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("%d tables of the failed migrations exist, want 0", n)
	}
}

func TestLoadMigrations(t *testing.T) {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	for _, tc := range []struct {
		name    string
		fs      fstest.MapFS
		want    []int
		wantErr bool
	}{
		{"embedded", nil, []int{1, 2, 3, 4}, false},
		{"in order", fstest.MapFS{"schema/0002_b.sql": file("B"), "schema/0001_a.sql": file("A")}, []int{1, 2}, false},
		{"gap", fstest.MapFS{"schema/0001_a.sql": file("A"), "schema/0003_c.sql": file("C")}, nil, true},
		{"not from one", fstest.MapFS{"schema/0002_b.sql": file("B")}, nil, true},
		{"bad name", fstest.MapFS{"schema/init.sql": file("A")}, nil, true},
		{"empty", fstest.MapFS{}, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var (
				ms  []migration
				err error
			)
			if tc.fs == nil {
				ms, err = loadMigrations(schemaFS)
			} else {
				ms, err = loadMigrations(tc.fs)
			}
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tc.wantErr)
			}
			var got []int
			for _, m := range ms {
				got = append(got, m.version)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("versions %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("versions %v, want %v", got, tc.want)
				}
			}
		})
	}
}

func TestTimeColumns(t *testing.T) {
	for _, tc := range []struct {
		name    string
		in      time.Time
		want    string
		wantErr bool
	}{
		{"zero", time.Time{}, "0001-01-01T00:00:00.000000000Z", false},
		{"offset becomes UTC", time.Date(2025, 1, 2, 3, 4, 5, 6, time.FixedZone("", -5*3600)), "2025-01-02T08:04:05.000000006Z", false},
		{"monotonic dropped", time.Now(), "", false},
		{"year 10000", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := formatTime(tc.in)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if tc.want != "" && s != tc.want {
				t.Errorf("formatTime = %q, want %q", s, tc.want)
			}
			back, err := parseTime(s)
			if err != nil {
				t.Fatal(err)
			}
			if want := tc.in.Round(0).UTC(); back != want {
				t.Errorf("parseTime = %v, want %v", back, want)
			}
		})
	}
	// Text order must be time order, which a variable-width fraction breaks.
	a, _ := formatTime(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	b, _ := formatTime(time.Date(2025, 1, 1, 0, 0, 0, 500, time.UTC))
	if !(a < b) {
		t.Errorf("%q sorts after %q", a, b)
	}
}

// TestOpenMakesStatePrivate: a state directory and database that others
// could read (an old umask, a copy from elsewhere) are made private at
// every start, and Open says which it changed.
func TestOpenMakesStatePrivate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state")
	path := filepath.Join(dir, "followupd.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Tightened(); len(got) != 0 {
		t.Errorf("a new store tightened %v, want nothing", got)
	}
	s.Close()
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err = Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := s.Tightened(); !slices.Equal(got, []string{dir, path}) {
		t.Errorf("Tightened() = %v, want [%s %s]", got, dir, path)
	}
	for p, want := range map[string]os.FileMode{dir: 0o700, path: 0o600} {
		if fi, err := os.Stat(p); err != nil || fi.Mode().Perm() != want {
			t.Errorf("%s: mode %v (%v), want %v", p, fi.Mode().Perm(), err, want)
		}
	}
}
