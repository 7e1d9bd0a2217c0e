//go:build unix

package atomicfile

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestWriteToAPipeWritesThroughIt: a target that is a named pipe (as /dev/stdout or /dev/null
// are devices) gets the data through it and stays a pipe: no plain file is renamed over it,
// and no temporary file is left beside it.
func TestWriteToAPipeWritesThroughIt(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "rows")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(p)
		if err != nil {
			got <- "open: " + err.Error()
			return
		}
		defer f.Close()
		b, err := io.ReadAll(f)
		if err != nil {
			got <- "read: " + err.Error()
			return
		}
		got <- string(b)
	}()
	if !Special(p) {
		t.Fatal("Special(a named pipe) = false")
	}
	if err := Write(p, []byte("through the pipe")); err != nil {
		t.Fatalf("Write to a named pipe = %v", err)
	}
	select {
	case s := <-got:
		if s != "through the pipe" {
			t.Errorf("the pipe's reader got %q, want %q", s, "through the pipe")
		}
	case <-time.After(10 * time.Second):
		t.Error("the pipe's reader got nothing in 10 s")
	}
	fi, err := os.Lstat(p)
	if err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("after Write the target is %v (%v), want the named pipe still", fi.Mode(), err)
	}
	if es, _ := os.ReadDir(dir); len(es) != 1 {
		t.Errorf("the folder holds %d entries, want the pipe alone (no temporary file)", len(es))
	}
}

// TestSpecialIsNotForFiles: plain files, folders and missing paths are not special (they are
// written by rename, or refused), and a link to a plain file is not either.
func TestSpecialIsNotForFiles(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "plain")
	if err := os.WriteFile(f, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(f, link); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{f, link, dir, filepath.Join(dir, "missing")} {
		if Special(p) {
			t.Errorf("Special(%s) = true, want false", p)
		}
	}
}
