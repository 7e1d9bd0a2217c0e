//go:build unix

package atomicfile

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// deadPid returns the pid of a process that has run and been waited for: no longer running. It
// skips the test when the pid is running again (given to another process since).
func deadPid(t *testing.T) int {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatalf("running a process to end: %v", err)
	}
	if !processGone(cmd.Process.Pid) {
		t.Skipf("pid %d is running again", cmd.Process.Pid)
	}
	return cmd.Process.Pid
}

// TestCreateRemovesADeadWritersTemp: a temporary file that a writer of the same target left when
// it was killed between Create and Commit (its pid no longer running) is removed by the next
// write of that target. Every file it cannot be sure of is kept: one of a running process (the
// test's own, and pid 1), of another host, of another target, and one without a pid.
func TestCreateRemovesADeadWritersTemp(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "save.jsonl")
	dead := deadPid(t)
	left := tempName(p, hostTag(), dead, 7)
	kept := []string{
		tempName(p, hostTag(), os.Getpid(), 8),
		tempName(p, hostTag(), 1, 9),
		tempName(p, "0badc0de", dead, 10),
		tempName(filepath.Join(dir, "save.jsonl.orders"), hostTag(), dead, 11),
		tempName(filepath.Join(dir, "other.jsonl"), hostTag(), dead, 12),
		filepath.Join(dir, ".save.jsonl.12345.tmp"),
	}
	if hostTag() == "0badc0de" {
		t.Skip("this host's tag is the other host's")
	}
	for _, f := range append([]string{left}, kept...) {
		if err := os.WriteFile(f, []byte("half a save"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := Write(p, []byte("new")); err != nil {
		t.Fatalf("Write = %v", err)
	}
	if _, err := os.Stat(left); err == nil {
		t.Errorf("the temporary file of pid %d, no longer running, is still there: %s", dead, filepath.Base(left))
	}
	for _, f := range kept {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("%s was removed: %v", filepath.Base(f), err)
		}
	}
	if b, _ := os.ReadFile(p); string(b) != "new" {
		t.Errorf("the target holds %q, want \"new\"", b)
	}
}

// TestTempNameNamesItsWriter: Create's temporary file is named by the target, this host's tag and
// this process's pid, which removeLeftovers reads back.
func TestTempNameNamesItsWriter(t *testing.T) {
	p := filepath.Join(t.TempDir(), "save.jsonl")
	f, err := Create(p, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Abort()
	want := filepath.Base(tempName(p, hostTag(), os.Getpid(), 0))
	want = want[:len(want)-len("0.tmp")]
	if got := filepath.Base(f.Name()); len(got) <= len(want) || got[:len(want)] != want {
		t.Errorf("the temporary file is %s, want it to begin %s", got, want)
	}
	if len(hostTag()) != 8 {
		t.Errorf("hostTag() = %q, want 8 hexadecimal digits", hostTag())
	}
}

// TestTempDirRemovesADeadWritersFolder: TempDir's folder is named as Create's temporary files
// are, by the target, this host's tag and this process's pid, and is its owner's alone; a
// temporary folder that a writer of the same target left when it was killed (its pid no
// longer running) is removed with what it holds. A running process's, another host's, another
// target's are kept, and so is a dead writer's temporary file of the target: files are
// Create's to remove, folders TempDir's.
func TestTempDirRemovesADeadWritersFolder(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "report_charts")
	dead := deadPid(t)
	if hostTag() == "0badc0de" {
		t.Skip("this host's tag is the other host's")
	}
	left := TempName(p, dead, 7)
	kept := []string{
		TempName(p, os.Getpid(), 8),
		TempName(p, 1, 9),
		tempName(p, "0badc0de", dead, 10),
		TempName(filepath.Join(dir, "other_charts"), dead, 11),
	}
	for _, d := range append([]string{left}, kept...) {
		if err := os.MkdirAll(filepath.Join(d, "new"), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	file := TempName(p, dead, 12)
	if err := os.WriteFile(file, []byte("half a chart"), 0o600); err != nil {
		t.Fatal(err)
	}
	made, err := TempDir(p)
	if err != nil {
		t.Fatalf("TempDir = %v", err)
	}
	if want := TempName(p, os.Getpid(), 0); filepath.Dir(made) != dir || !strings.HasPrefix(filepath.Base(made), strings.TrimSuffix(filepath.Base(want), "0.tmp")) {
		t.Errorf("TempDir made %s, want a folder beside the target named %s with another number", made, filepath.Base(want))
	}
	if fi, err := os.Stat(made); err != nil || !fi.IsDir() || fi.Mode().Perm() != 0o700 {
		t.Errorf("TempDir's folder: %v, %v; want a folder of mode 0700", fi, err)
	}
	if _, err := os.Stat(left); err == nil {
		t.Errorf("the temporary folder of pid %d, no longer running, is still there: %s", dead, filepath.Base(left))
	}
	for _, f := range append(kept, file) {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("%s was removed: %v", filepath.Base(f), err)
		}
	}
}
