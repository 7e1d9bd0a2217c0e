//go:build linux

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestRowsReaderGone: rows written to a pipe whose reader has gone (ttx batch --out
// /dev/stdout | head, here a pipe's /dev/fd path with its read end closed) stop the batch and
// the merge quietly, exit 0, as a command stops whose own standard output went: they said
// "write /dev/stdout: broken pipe" and exited 1. A rows file that cannot be written for another
// reason is still an error.
func TestRowsReaderGone(t *testing.T) {
	dir := t.TempDir()
	var shards []string
	for i := range 2 {
		out := filepath.Join(dir, fmt.Sprintf("rows-%d.csv", i))
		if code, _, errs := ttxMain("batch", miniFile, "--runs", "400", "--shard", fmt.Sprintf("%d/2", i), "--out", out, "-q"); code != exitOK {
			t.Fatalf("shard %d: exit %d: %s", i, code, errs)
		}
		shards = append(shards, out)
	}
	gone := func() string {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		r.Close() // the reader has gone before the first row
		t.Cleanup(func() { w.Close() })
		return fmt.Sprintf("/dev/fd/%d", w.Fd())
	}
	for _, args := range [][]string{
		{"batch", miniFile, "--runs", "400", "-q", "--out", gone()},
		append([]string{"merge", "-q", "--out", gone()}, shards...),
	} {
		if code, _, errs := ttxMain(args...); code != exitOK || errs != "" {
			t.Errorf("%s with the rows' reader gone: exit %d, %q; want 0 and nothing said", args[0], code, errs)
		}
	}
	if code, _, errs := ttxMain("batch", miniFile, "--runs", "4", "-q", "--out", "/dev/full"); code != exitInvalid || errs == "" {
		t.Errorf("batch --out /dev/full: exit %d, %q; want an error", code, errs)
	}
}
