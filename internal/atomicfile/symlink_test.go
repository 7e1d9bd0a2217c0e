//go:build unix

package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteThroughASymlink: a target that is a symbolic link is written through: the file it
// leads to gets the data, the link stays a link, and no temporary file is left in either
// folder. The rename replaced the link itself with a plain file, and the file it led to (a log
// kept elsewhere, say) kept its old contents.
func TestWriteThroughASymlink(t *testing.T) {
	here, there := t.TempDir(), t.TempDir()
	file := filepath.Join(there, "game.jsonl")
	if err := os.WriteFile(file, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(here, "game.jsonl")
	if err := os.Symlink(file, link); err != nil {
		t.Fatal(err)
	}
	if err := WriteMode(link, []byte("new"), 0o600); err != nil {
		t.Fatalf("WriteMode(a link) = %v", err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link is no longer a link (%v, %v)", fi.Mode(), err)
	}
	if b, _ := os.ReadFile(file); string(b) != "new" {
		t.Errorf("the file the link leads to holds %q, want \"new\"", b)
	}
	for _, d := range []string{here, there} {
		if es, _ := os.ReadDir(d); len(es) != 1 {
			t.Errorf("%s holds %d entries, want 1 (no temporary file left)", d, len(es))
		}
	}
}

// TestWriteThroughStdoutLink: /dev/stdout is a link to /proc/self/fd/1; with stdout sent to a
// plain file (ttx batch --out /dev/stdout -q > rows.jsonl) the rows must reach that file, and
// the link, which for root the rename replaced with a plain file in /dev, must stay. A link
// of the test's own to /proc/self/fd/N of an open file stands for /dev/stdout.
func TestWriteThroughStdoutLink(t *testing.T) {
	dir := t.TempDir()
	out, err := os.Create(filepath.Join(dir, "rows.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	fd := fmt.Sprintf("/proc/self/fd/%d", out.Fd())
	if _, err := os.Stat(fd); err != nil {
		t.Skipf("no /proc/self/fd here: %v", err)
	}
	devs := t.TempDir()
	stdout := filepath.Join(devs, "stdout")
	if err := os.Symlink(fd, stdout); err != nil {
		t.Fatal(err)
	}
	if err := Write(stdout, []byte("rows\n")); err != nil {
		t.Fatalf("Write(a link to an open file) = %v", err)
	}
	if fi, err := os.Lstat(stdout); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the stdout link is no longer a link (%v, %v)", fi.Mode(), err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "rows.jsonl")); string(b) != "rows\n" {
		t.Errorf("the file stdout was sent to holds %q, want \"rows\\n\"", b)
	}
}
