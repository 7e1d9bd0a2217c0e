package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReportScenarioFile: a report names its scenario file from the report's own folder, as a
// log names it from its own, so the path leads to the file from where the report is read. The
// report printed the log's path as it is, which leads from the log's folder: a report written
// elsewhere named a file that is not there. With --scenario (a log whose scenario has moved),
// the report names the file it was made with.
func TestReportScenarioFile(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"scen", "logs", "out", "moved"} {
		if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(miniFile)
	if err != nil {
		t.Fatal(err)
	}
	scen := filepath.Join(dir, "scen", "mini.toml")
	moved := filepath.Join(dir, "moved", "mini.toml")
	for _, p := range []string{scen, moved} {
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	log := filepath.Join(dir, "logs", "game.jsonl")
	if code, _, errs := ttxMain("run", scen, "-q", "--log", log); code != exitOK {
		t.Fatalf("run --log: exit %d: %s", code, errs)
	}
	for _, c := range []struct {
		out  string   // the report, under dir
		more []string // more arguments
		want string   // the scenario file it names
	}{
		{"out/aar.md", nil, "../scen/mini.toml"},
		{"logs/aar.md", nil, "../scen/mini.toml"},
		{"aar.md", nil, "scen/mini.toml"},
		{"out/moved.md", []string{"--scenario", moved}, "../moved/mini.toml"},
	} {
		out := filepath.Join(dir, c.out)
		if code, _, errs := ttxMain(append([]string{"report", log, "-o", out}, c.more...)...); code != exitOK {
			t.Fatalf("report -o %s: exit %d: %s", c.out, code, errs)
		}
		md, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		want := "| Scenario file | " + strings.ReplaceAll(c.want, "_", `\_`) + " (SHA-256"
		if !strings.Contains(string(md), want) {
			i := strings.Index(string(md), "| Scenario file")
			t.Errorf("report -o %s %v names %.80q, want %q", c.out, c.more, md[max(i, 0):], want)
		}
		if _, err := os.Stat(filepath.Join(filepath.Dir(out), filepath.FromSlash(c.want))); err != nil {
			t.Errorf("report -o %s: the path it should name leads nowhere: %v", c.out, err)
		}
	}
}
