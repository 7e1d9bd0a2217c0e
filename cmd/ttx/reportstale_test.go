package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
)

// chartLink is a chart's link in a Markdown report written to handout.md.
var chartLink = regexp.MustCompile(`handout_charts/([^>)]+\.png)`)

// TestReportMarkdownReplacesCharts: a Markdown report written over an earlier one of the same
// name replaces its charts folder as a whole. Charts used to be written into the folder one by
// one, so a team's handout (--as) written where the facilitator's report had been kept beside it
// the facilitator's charts of what the team never saw (flows, incidents, hidden tracks), and
// handing out the folder handed them out too. Every chart in the folder must be one the new
// report links, and nothing else may be left beside it.
func TestReportMarkdownReplacesCharts(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "game.jsonl")
	if code, _, errs := ttxMain("run", "embedded:campaign", "--seed", "5", "-q", "--log", log); code != exitOK {
		t.Fatalf("run: exit %d: %s", code, errs)
	}
	doc := filepath.Join(dir, "handout.md")
	if code, _, errs := ttxMain("report", log, "-o", doc); code != exitOK {
		t.Fatalf("report: exit %d: %s", code, errs)
	}
	full := chartFiles(t, filepath.Join(dir, "handout_charts"))
	if code, _, errs := ttxMain("report", log, "--as", "blue", "-o", doc); code != exitOK {
		t.Fatalf("report --as blue: exit %d: %s", code, errs)
	}
	md, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	var linked []string
	for _, m := range chartLink.FindAllSubmatch(md, -1) {
		if !slices.Contains(linked, string(m[1])) {
			linked = append(linked, string(m[1]))
		}
	}
	slices.Sort(linked)
	got := chartFiles(t, filepath.Join(dir, "handout_charts"))
	if len(linked) == 0 || len(linked) >= len(full) {
		t.Fatalf("the handout links %d charts, the facilitator's report has %d: want fewer, and some", len(linked), len(full))
	}
	if !slices.Equal(got, linked) {
		t.Errorf("handout_charts/ holds %v after the handout, which links %v (the facilitator's report had %v)", got, linked, full)
	}
	es, _ := os.ReadDir(dir)
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	if want := []string{"game.jsonl", "handout.md", "handout_charts"}; !slices.Equal(names, want) {
		t.Errorf("the folder holds %v, want %v (no temporary folder left)", names, want)
	}
}

// chartFiles lists the files in dir, sorted.
func chartFiles(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}
