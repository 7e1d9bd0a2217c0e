package main

import (
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// chartsHelp finds, in ttx report's help, the path a Markdown report's charts are said to go
// to: "(FILE_charts/ID.png)".
var chartsHelp = regexp.MustCompile(`\((FILE\S*ID\.png)\)`)

// TestReportHelpNamesChartsPath: the help said a Markdown report's charts were written beside it
// as FILE-ID.png, while they go to a folder FILE_charts/ beside it. The path the help gives,
// with FILE and ID filled in, must match every chart the report writes, and nothing else.
func TestReportHelpNamesChartsPath(t *testing.T) {
	code, help, _ := ttxMain("report", "--help")
	if code != exitOK {
		t.Fatalf("report --help = %d, want %d", code, exitOK)
	}
	m := chartsHelp.FindStringSubmatch(strings.Join(strings.Fields(help), " "))
	if m == nil {
		t.Fatalf("report --help names no charts path (FILE…ID.png):\n%s", help)
	}
	dir := t.TempDir()
	log := reportLog(t, dir)
	doc := filepath.Join(dir, "aar.md")
	if code, _, errs := ttxMain("report", log, "-o", doc); code != exitOK {
		t.Fatalf("report -o aar.md = %d, want %d; %s", code, exitOK, errs)
	}
	var written []string
	filepath.WalkDir(dir, func(p string, _ fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".png") {
			written = append(written, p)
		}
		return err
	})
	pattern := strings.NewReplacer("FILE", "aar", "ID", "*").Replace(m[1])
	said, err := filepath.Glob(filepath.Join(dir, filepath.FromSlash(pattern)))
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(written)
	slices.Sort(said)
	if len(written) == 0 || !slices.Equal(said, written) {
		t.Errorf("report --help says the charts go to %s: that names %v, the report wrote %v", m[1], said, written)
	}
}
