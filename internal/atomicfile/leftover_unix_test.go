//go:build unix

package atomicfile

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// deadPid returns the pid of a process that has run and been waited for: no longer running.
func deadPid(t *testing.T) int {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatalf("running a process to end: %v", err)
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
	if !processGone(dead) {
		t.Skipf("pid %d is running again", dead)
	}
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
