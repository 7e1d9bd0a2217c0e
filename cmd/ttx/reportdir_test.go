package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestReportMissingFolder: ttx report -o nodir/r.md made the folder nodir (and its charts
// folder) while -o nodir/r.html was refused. Both are refused now, as ttx run --log, ttx batch
// --out and ttx serve --save refuse a folder that does not exist: exit 1, the file asked for in
// the message, and nothing written.
func TestReportMissingFolder(t *testing.T) {
	dir := t.TempDir()
	log := reportLog(t, dir)
	for _, ext := range []string{".html", ".md"} {
		path := filepath.Join(dir, "missing", "aar"+ext)
		code, out, errs := ttxMain("report", log, "-o", path)
		if code != exitInvalid || out != "" {
			t.Errorf("report -o %s = %d, stdout %q: want %d and no report", path, code, out, exitInvalid)
		}
		if want := "ttx report: create " + path + ": no such file or directory\n"; errs != want {
			t.Errorf("report -o %s: stderr %q, want %q", path, errs, want)
		}
		if es, _ := os.ReadDir(dir); len(es) != 1 {
			t.Errorf("report -o %s left %v, want only the log", path, es)
		}
	}
}
