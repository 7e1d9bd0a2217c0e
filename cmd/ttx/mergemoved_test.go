package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMergeMovedRows: a rows file names its scenario from its own folder; moved away from it,
// merge said only "open /elsewhere/mini.toml: no such file or directory", not that the path came
// from the rows nor that --scenario names the file. It now says both, as a log's replay does, and
// --scenario merges the moved file.
func TestMergeMovedRows(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile(miniFile)
	if err != nil {
		t.Fatal(err)
	}
	scen := filepath.Join(dir, "mini.toml") // beside the rows: the rows name it "mini.toml"
	if err := os.WriteFile(scen, src, 0o644); err != nil {
		t.Fatal(err)
	}
	rows := filepath.Join(dir, "rows.csv")
	if code, _, errs := ttxMain("batch", scen, "-q", "--runs", "3", "--out", rows); code != exitOK {
		t.Fatalf("batch = %d, %s", code, errs)
	}
	moved := filepath.Join(t.TempDir(), "rows.csv")
	if err := os.Rename(rows, moved); err != nil {
		t.Fatal(err)
	}
	code, out, errs := ttxMain("merge", moved)
	if code != exitInvalid || out != "" || !strings.Contains(errs, moved+": no scenario file at ") ||
		!strings.Contains(errs, "from the rows file's folder; give the scenario with --scenario FILE") {
		t.Errorf("merge of a moved rows file = %d, %q, %q; want exit %d, where it looked and --scenario FILE", code, out, errs, exitInvalid)
	}
	if code, out, errs := ttxMain("merge", moved, "--scenario", scen); code != exitOK || !strings.Contains(out, "mini — 3 games") {
		t.Errorf("merge --scenario of a moved rows file = %d, %q, %q; want its summary", code, firstLine(out), errs)
	}
}
