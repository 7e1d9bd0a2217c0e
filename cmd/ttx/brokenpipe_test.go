//go:build unix

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
)

// TestRunLogOnBrokenPipe: ttx run --log F with its account piped to a reader that has gone
// (| head) plays the game to its end and writes the whole log, the same bytes as with the
// account read, and exits 0. It used to die of SIGPIPE at its first write, and the log, written
// at the end, was never written. The reader is gone before ttx starts, so every write of the
// account fails, the first one included.
func TestRunLogOnBrokenPipe(t *testing.T) {
	dir := t.TempDir()
	want := filepath.Join(dir, "read.jsonl")
	if code, _, errs := ttxMain("run", miniFile, "--log", want); code != exitOK {
		t.Fatalf("run --log read.jsonl: exit %d: %s", code, errs)
	}
	for _, quiet := range []bool{false, true} {
		got := filepath.Join(dir, "piped.jsonl")
		args := []string{"run", miniFile, "--log", got}
		if quiet {
			args = append(args, "-q")
		}
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		r.Close()
		cmd := ttxProcess(t, args...)
		var errs bytes.Buffer
		cmd.Stdout, cmd.Stderr = w, &errs
		err = cmd.Run()
		w.Close()
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				t.Errorf("%v with stdout's reader gone: killed by %v; want it to finish", args, ws.Signal())
			} else {
				t.Errorf("%v with stdout's reader gone: %v: %s", args, err, errs.Bytes())
			}
		} else if err != nil {
			t.Fatal(err)
		}
		a, _ := os.ReadFile(want)
		b, err := os.ReadFile(got)
		if err != nil || !bytes.Equal(a, b) {
			t.Errorf("%v with stdout's reader gone: log %v (%d bytes), want the whole log (%d bytes)", args, err, len(b), len(a))
		}
		os.Remove(got)
	}
}
