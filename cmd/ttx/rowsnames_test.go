package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRowsNamesTold: every name that the help and the error of --out give for a rows file
// gives that format, and the error names them all, where it said "use a .csv, .jsonl or .json
// file" while .ndjson and a name with no extension (/dev/stdout) were taken too.
func TestRowsNamesTold(t *testing.T) {
	names := "a rows file is CSV (.csv) or JSON Lines (.jsonl, .json, .ndjson, or no extension, as /dev/stdout)"
	code, _, errs := ttxMain("batch", miniFile, "--runs", "1", "--out", "rows.txt")
	want := `ttx batch: --out "rows.txt": ` + names + "\n"
	if code != exitUsage || !strings.HasPrefix(errs, want) {
		t.Errorf("batch --out rows.txt: exit %d, %s; want exit %d, %s", code, errs, exitUsage, want)
	}
	if _, help, _ := ttxMain("help", "batch"); !strings.Contains(help, names) {
		t.Errorf("batch's help does not say which names a rows file takes:\n%s", help)
	}
	if _, help, _ := ttxMain("help", "merge"); !strings.Contains(help, names) {
		t.Errorf("merge's help does not say which names a rows file takes:\n%s", help)
	}
	dir := t.TempDir()
	for name, first := range map[string]string{"r.csv": "# {", "R.CSV": "# {", "r.jsonl": "{", "r.json": "{", "r.ndjson": "{", "rows": "{"} {
		f := filepath.Join(dir, name)
		if code, _, errs := ttxMain("batch", miniFile, "--runs", "1", "--out", f, "-q"); code != exitOK {
			t.Errorf("batch --out %s: exit %d, %s", name, code, errs)
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil || !strings.HasPrefix(string(b), first+`"type":"batch"`) {
			t.Errorf("batch --out %s wrote %.40q (%v), want it to start %q", name, b, err, first+`"type":"batch"`)
		}
	}
}
