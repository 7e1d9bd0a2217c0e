//go:build unix

package atomicfile

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWriteHonoursUmask: a file written takes the mode asked less what the umask takes away, as
// any new file does. The temporary file was made 0600 and chmod'ed to the mode at Commit, and
// chmod ignores the umask: under umask 077 a report (which holds the seed and the hidden truths)
// or a rows file came out 0644, readable by every user of the machine.
func TestWriteHonoursUmask(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	dir := t.TempDir()
	for _, c := range []struct {
		mode, want os.FileMode
	}{{0o644, 0o600}, {0o600, 0o600}} {
		p := filepath.Join(dir, "f"+c.mode.String())
		if err := WriteMode(p, []byte("x"), c.mode); err != nil {
			t.Fatal(err)
		}
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != c.want {
			t.Errorf("WriteMode(%v) under umask 077 made a file of mode %v, want %v", c.mode, got, c.want)
		}
	}
	syscall.Umask(0o022)
	p := filepath.Join(dir, "report.html")
	if err := Write(p, []byte("x")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o644 {
		t.Errorf("Write under umask 022 made a file of mode %v, want 0644", fi.Mode().Perm())
	}
}
