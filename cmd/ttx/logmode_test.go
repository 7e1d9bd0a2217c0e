package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestLogIsOwnersOnly: the order log ttx run --log writes, and ttx note writes again, holds the
// seed: it is readable by its owner alone.
func TestLogIsOwnersOnly(t *testing.T) {
	log := filepath.Join(t.TempDir(), "g.jsonl")
	if code, _, errs := ttxMain("run", "--log", log, "--turns", "2", miniFile); code != exitOK {
		t.Fatalf("run --log: %d, %s", code, errs)
	}
	check := func(after string) {
		t.Helper()
		fi, err := os.Stat(log)
		if err != nil {
			t.Fatal(err)
		}
		if m := fi.Mode().Perm(); m&0o077 != 0 {
			t.Errorf("after %s the log has mode %v, want no access for others", after, m)
		}
	}
	check("ttx run --log")
	if err := os.Chmod(log, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := ttxMain("note", "--turn", "1", log, "a note"); code != exitOK {
		t.Fatalf("note: %d, %s", code, errs)
	}
	check("ttx note")
}
