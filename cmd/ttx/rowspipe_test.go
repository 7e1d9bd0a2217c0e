//go:build unix

package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestBatchRowsToAPipe: `ttx batch --out PIPE` streams the rows into a named pipe (as into
// /dev/stdout, for another program to read) and leaves the pipe a pipe, with no temporary file
// beside it; the rows are those the same batch writes to a file.
func TestBatchRowsToAPipe(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "rows.jsonl")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(pipe)
		if err != nil {
			got <- "open: " + err.Error()
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		got <- string(b)
	}()
	args := []string{"batch", miniFile, "--runs", "12", "--seed", "4", "-q", "--out"}
	if code, _, stderr := ttxMain(append(args, pipe)...); code != exitOK {
		t.Fatalf("batch --out PIPE = %d, %s", code, stderr)
	}
	var rows string
	select {
	case rows = <-got:
	case <-time.After(10 * time.Second):
		t.Error("the pipe's reader got nothing in 10 s")
	}
	file := filepath.Join(dir, "file.jsonl")
	if code, _, stderr := ttxMain(append(args, file)...); code != exitOK {
		t.Fatalf("batch --out FILE = %d, %s", code, stderr)
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	// The header names the scenario from the rows' folder: the same for both.
	if rows != string(want) || strings.Count(rows, "\n") < 12 {
		t.Errorf("the pipe's reader got\n%s\nthe file holds\n%s", rows, want)
	}
	if fi, err := os.Lstat(pipe); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("after the batch the pipe is %v (%v), want a named pipe still", fi.Mode(), err)
	}
	if es, _ := os.ReadDir(dir); len(es) != 2 {
		t.Errorf("the folder holds %d entries, want the pipe and the file (no temporary file)", len(es))
	}
}
