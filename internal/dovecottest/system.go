package dovecottest

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The machine-facing part: where Dovecot is, which accounts it runs as,
// and the directories and ports it gets.

func findBinary() string {
	// DOVECOT names the binary explicitly; if it names nothing, Dovecot
	// counts as missing rather than falling back to another one.
	if p, ok := os.LookupEnv("DOVECOT"); ok {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p
		}
		return ""
	}
	if p, err := exec.LookPath("dovecot"); err == nil {
		return p
	}
	// /usr/sbin is often missing from a non-root PATH.
	for _, p := range []string{"/usr/sbin/dovecot", "/usr/local/sbin/dovecot"} {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p
		}
	}
	return ""
}

// ids are the accounts Dovecot's processes run as. As root, Dovecot
// refuses to run login processes as root, so they use the packaged
// dovenull/dovecot accounts; as an ordinary user everything runs as that
// user, since Dovecot cannot change uid anyway.
type ids struct {
	Root          bool
	LoginUser     string
	InternalUser  string
	InternalGroup string
	MailUID       int
	MailGID       int
}

func lookupIDs() (ids, error) {
	if os.Geteuid() != 0 {
		u, err := user.Current()
		if err != nil {
			return ids{}, err
		}
		g, err := user.LookupGroupId(u.Gid)
		if err != nil {
			return ids{}, err
		}
		return ids{
			LoginUser: u.Username, InternalUser: u.Username, InternalGroup: g.Name,
			MailUID: os.Geteuid(), MailGID: os.Getegid(),
		}, nil
	}
	for _, name := range []string{"dovenull", "dovecot"} {
		if _, err := user.Lookup(name); err != nil {
			return ids{}, fmt.Errorf("running as root needs the system user %q (installed with dovecot-core): %w", name, err)
		}
	}
	u, _ := user.Lookup("dovecot")
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	g, err := user.LookupGroupId(u.Gid)
	if err != nil {
		return ids{}, err
	}
	return ids{
		Root: true, LoginUser: "dovenull", InternalUser: "dovecot", InternalGroup: g.Name,
		MailUID: uid, MailGID: gid,
	}, nil
}

// makeTraversable lets Dovecot's unprivileged processes reach dir:
// t.TempDir's parent is created 0700. Only directories inside
// os.TempDir() are changed.
func makeTraversable(dir string) error {
	tmp, err := filepath.EvalSymlinks(os.TempDir())
	if err != nil {
		return err
	}
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return err
	}
	for d := real; ; d = filepath.Dir(d) {
		fi, err := os.Stat(d)
		if err != nil {
			return err
		}
		if fi.Mode().Perm()&0o001 == 0 {
			if !strings.HasPrefix(d, tmp+string(filepath.Separator)) {
				return fmt.Errorf("%s is not traversable by Dovecot's users; set TMPDIR elsewhere", d)
			}
			if err := os.Chmod(d, fi.Mode().Perm()|0o011); err != nil {
				return err
			}
		}
		if d == "/" || d == tmp || d == filepath.Dir(d) {
			return nil
		}
	}
}

// newBaseDir makes Dovecot's base_dir (its unix sockets, e.g.
// login/ipc-proxy). A socket path is limited to 108 bytes (sun_path), which
// a t.TempDir() under a long test name exceeds, so base_dir gets a short
// directory of its own under os.TempDir(), removed at cleanup.
func newBaseDir(t testing.TB) string {
	dir, err := os.MkdirTemp("", "dvt")
	if err != nil {
		t.Fatalf("dovecottest: %v", err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatalf("dovecottest: %v", err)
	}
	return dir
}

func freePort(t testing.TB) int {
	ln, err := net.Listen("tcp", net.JoinHostPort(Host, "0"))
	if err != nil {
		t.Fatalf("dovecottest: pick a port: %v", err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

func randomHex(t testing.TB, n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatalf("dovecottest: %v", err)
	}
	return hex.EncodeToString(b)
}

// passwdLine is one passwd-file entry (user:password:uid:gid:gecos:home:
// shell:extra); the userdb is static, so only the first two fields matter.
func passwdLine(user, password string) string {
	return user + ":{PLAIN}" + password + "::::::\n"
}
