package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestBatchOutFolder: --out naming a folder is refused before the games, saying it is a folder
// (it was refused after them, as "file exists").
func TestBatchOutFolder(t *testing.T) {
	out := filepath.Join(t.TempDir(), "rows.csv")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, errs := ttxMain("batch", miniFile, "--runs", "3", "--out", out, "-q")
	if want := "ttx batch: replace " + out + ": it is a folder, not a file\n"; code != exitInvalid || errs != want {
		t.Errorf("batch --out FOLDER: exit %d, %q; want exit %d, %q", code, errs, exitInvalid, want)
	}
}
