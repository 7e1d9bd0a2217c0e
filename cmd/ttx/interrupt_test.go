//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestBatchStopsOnSIGTERM: a batch sent SIGTERM (what Kubernetes and Slurm send to cancel or
// preempt a job) stops as it does on Ctrl+C: it says it was interrupted and leaves no rows
// file, temporary or final, behind. Unhandled, the signal would kill the program (this test
// with it) and leave the rows' temporary file in the folder.
func TestBatchStopsOnSIGTERM(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "rows.csv")
	stopsOnSIGTERM(t, "batch", dir, "batch", "embedded:campaign", "--runs", "100000000", "--workers", "1", "--out", out, "-q")
}

// TestMergeStopsOnSIGTERM: so does a merge, which takes a while for a large sweep (seconds for
// 300,000 rows).
func TestMergeStopsOnSIGTERM(t *testing.T) {
	shards := t.TempDir()
	var files []string
	for i := range 2 {
		f := filepath.Join(shards, "rows-"+itoa(i)+".csv")
		if code, _, errs := ttxMain("batch", miniFile, "--runs", "300000", "--shard", itoa(i)+"/2", "--out", f, "-q"); code != exitOK {
			t.Fatalf("shard %d: exit %d: %s", i, code, errs)
		}
		files = append(files, f)
	}
	dir := t.TempDir()
	stopsOnSIGTERM(t, "merge", dir, append(append([]string{"merge"}, files...), "--out", filepath.Join(dir, "all.csv"), "-q")...)
}

// stopsOnSIGTERM runs ttx with args, sends the test's process SIGTERM once a file appears in dir
// (the command's temporary rows file, begun after its signals are caught), and requires the
// command to stop saying "ttx CMD: interrupted", exit 1, and leave dir empty.
func stopsOnSIGTERM(t *testing.T, cmd, dir string, args ...string) {
	t.Helper()
	type res struct {
		code int
		errs string
	}
	done := make(chan res, 1)
	go func() {
		code, _, errs := ttxMain(args...)
		done <- res{code, errs}
	}()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if es, _ := os.ReadDir(dir); len(es) > 0 {
			break
		}
		select {
		case r := <-done:
			t.Fatalf("%s ended (exit %d, %q) before it began its rows file", cmd, r.code, r.errs)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s began no rows file in 30 s", cmd)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	var r res
	select {
	case r = <-done:
	case <-time.After(30 * time.Second):
		t.Fatalf("%s did not stop within 30 s of SIGTERM", cmd)
	}
	if want := "ttx " + cmd + ": interrupted\n"; r.code != exitInvalid || r.errs != want {
		t.Errorf("%s after SIGTERM: exit %d, stderr %q; want exit %d, %q", cmd, r.code, r.errs, exitInvalid, want)
	}
	es, _ := os.ReadDir(dir)
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	if len(names) > 0 {
		t.Errorf("the interrupted %s left %s behind", cmd, strings.Join(names, ", "))
	}
}
