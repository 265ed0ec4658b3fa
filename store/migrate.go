package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
)

// ErrNewerSchema means the database was written by a newer followupd whose
// schema this one does not know; opening it could corrupt it.
var ErrNewerSchema = errors.New("database schema is newer than this program")

//go:embed schema/*.sql
var schemaFS embed.FS

// migration turns a database at version-1 into one at version.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations is the schema history, oldest first; migrations[i] has version
// i+1. The schema version of a database is its PRAGMA user_version, 0 when
// it is new. A migration is never edited once released: change the schema
// by adding the next file.
var migrations = mustLoadMigrations(schemaFS)

func mustLoadMigrations(fsys fs.FS) []migration {
	ms, err := loadMigrations(fsys)
	if err != nil {
		// The files are compiled in: a bad one is a build mistake that
		// TestMigrationsLoad catches, never a runtime condition.
		panic(err)
	}
	return ms
}

// loadMigrations reads schema/NNNN_name.sql files and checks that they are
// numbered 1, 2, 3, ... without gaps.
func loadMigrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "schema/*.sql")
	if err != nil {
		return nil, err
	}
	// fs.Glob returns names sorted, and the numbers are zero-padded.
	var ms []migration
	for i, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name is not NNNN_name.sql", name)
		}
		if v != i+1 {
			return nil, fmt.Errorf("migration %s: version %d, want %d", name, v, i+1)
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	if len(ms) == 0 {
		return nil, errors.New("no migrations")
	}
	return ms, nil
}

// migrate brings db up to the last of ms. Every pending migration and the
// new user_version are applied in one transaction, so a failure, a crash or
// a concurrent Open leaves the database at its old version or the new one,
// never between. The transaction begins IMMEDIATE (see dsn), so two
// processes opening a new database do not both apply migration 1.
func migrate(ctx context.Context, db *sql.DB, ms []migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: begin: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit

	var current int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&current); err != nil {
		return fmt.Errorf("migrate: read schema version: %w", err)
	}
	latest := len(ms)
	switch {
	case current > latest:
		return fmt.Errorf("%w: database is at schema version %d, this program knows versions up to %d",
			ErrNewerSchema, current, latest)
	case current == latest:
		return nil
	}
	for _, m := range ms[current:] {
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("migrate to version %d (%s): %w", m.version, m.name, err)
		}
	}
	// PRAGMA takes no bound parameters; latest is an int we computed.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", latest)); err != nil {
		return fmt.Errorf("migrate: set schema version %d: %w", latest, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate: commit: %w", err)
	}
	return nil
}
