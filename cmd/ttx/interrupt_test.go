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
	type res struct {
		code int
		errs string
	}
	done := make(chan res, 1)
	go func() {
		code, _, errs := ttxMain("batch", "embedded:campaign", "--runs", "100000000", "--workers", "1", "--out", out, "-q")
		done <- res{code, errs}
	}()
	// The temporary rows file appears once the batch has begun (after its signals are caught).
	deadline := time.Now().Add(30 * time.Second)
	for {
		if es, _ := os.ReadDir(dir); len(es) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the batch began no rows file in 30 s")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	var r res
	select {
	case r = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the batch did not stop within 30 s of SIGTERM")
	}
	if r.code != exitInvalid || r.errs != "ttx batch: interrupted\n" {
		t.Errorf("batch after SIGTERM: exit %d, stderr %q; want exit %d, \"ttx batch: interrupted\\n\"", r.code, r.errs, exitInvalid)
	}
	es, _ := os.ReadDir(dir)
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	if len(names) > 0 {
		t.Errorf("the interrupted batch left %s behind", strings.Join(names, ", "))
	}
}
