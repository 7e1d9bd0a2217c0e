//go:build unix

package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"
	"testing"

	"ttx/internal/atomicfile"
)

// TestReportRemovesADeadReportsCharts: a temporary charts folder that a report killed midway
// left beside aar.md (named by this host and the pid of a process no longer running) is
// removed, with the charts in it, by the next report to aar.md; those it cannot be sure of are
// kept: a running process's (the test's own, pid 1's) and a dead one's for another report's
// charts. The charts folders of a killed report used to stay for ever, under random names.
func TestReportRemovesADeadReportsCharts(t *testing.T) {
	dir := t.TempDir()
	log := reportLog(t, dir)
	charts := filepath.Join(dir, "aar_charts")
	ended := exec.Command(os.Args[0], "-test.run=^$")
	if err := ended.Run(); err != nil {
		t.Fatalf("running a process to end: %v", err)
	}
	dead := ended.Process.Pid
	if err := syscall.Kill(dead, 0); !errors.Is(err, syscall.ESRCH) {
		t.Skipf("pid %d is running again", dead)
	}
	left := atomicfile.TempName(charts, dead, 7)
	kept := []string{
		atomicfile.TempName(charts, os.Getpid(), 8),
		atomicfile.TempName(charts, 1, 9),
		atomicfile.TempName(filepath.Join(dir, "other_charts"), dead, 10),
	}
	for _, d := range append([]string{left}, kept...) {
		if err := os.MkdirAll(filepath.Join(d, "new"), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "new", "scores.png"), []byte("half a chart"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if code, _, errs := ttxMain("report", log, "-o", filepath.Join(dir, "aar.md")); code != exitOK {
		t.Fatalf("report -o aar.md = %d: %s", code, errs)
	}
	if _, err := os.Stat(left); err == nil {
		t.Errorf("the charts folder of pid %d, no longer running, is still there: %s", dead, filepath.Base(left))
	}
	for _, d := range kept {
		if _, err := os.Stat(filepath.Join(d, "new", "scores.png")); err != nil {
			t.Errorf("%s was removed: %v", filepath.Base(d), err)
		}
	}
	var names []string
	es, _ := os.ReadDir(dir)
	for _, e := range es {
		names = append(names, e.Name())
	}
	want := []string{"aar.md", "aar_charts", "game.jsonl"}
	for _, d := range kept {
		want = append(want, filepath.Base(d))
	}
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Errorf("the folder holds %v, want %v (nothing of this report's left)", names, want)
	}
}
