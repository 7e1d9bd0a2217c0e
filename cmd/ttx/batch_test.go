package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBatchShardsMergeToOneRun runs a batch whole and in three shards (CSV and JSON Lines), with
// different worker counts, and merges the shards: the summary and the rows are the same bytes.
func TestBatchShardsMergeToOneRun(t *testing.T) {
	dir := t.TempDir()
	for _, ext := range []string{".csv", ".jsonl"} {
		whole := filepath.Join(dir, "whole"+ext)
		code, want, stderr := ttxMain("batch", miniFile, "--runs", "40", "--workers", "1", "--policy", "red=greedy", "--out", whole)
		if code != exitOK {
			t.Fatalf("batch = %d, %s", code, stderr)
		}
		var shards []string
		for i, w := range []string{"2", "3", "1"} {
			out := filepath.Join(dir, "shard"+itoa(i)+ext)
			if code, _, stderr := ttxMain("batch", miniFile, "--runs", "40", "--workers", w, "--policy", "red=greedy",
				"--shard", itoa(i)+"/3", "--out", out, "-q"); code != exitOK {
				t.Fatalf("batch shard %d = %d, %s", i, code, stderr)
			}
			shards = append([]string{out}, shards...) // merge takes them in any order
		}
		merged := filepath.Join(dir, "merged"+ext)
		code, got, stderr := ttxMain(append([]string{"merge", "--out", merged}, shards...)...)
		if code != exitOK {
			t.Fatalf("merge = %d, %s", code, stderr)
		}
		if got != want {
			t.Errorf("%s: merged summary\n%s\nwant\n%s", ext, got, want)
		}
		a, _ := os.ReadFile(whole)
		b, _ := os.ReadFile(merged)
		if string(a) != string(b) || len(a) == 0 {
			t.Errorf("%s: merged rows differ from one run's", ext)
		}
		if !strings.Contains(want, "mini — 40 games") || !strings.Contains(want, "red=greedy") {
			t.Errorf("summary:\n%s", want)
		}
	}
}

// TestMergeRefuses: shards that leave out games, repeat them, or come from another batch.
func TestMergeRefuses(t *testing.T) {
	dir := t.TempDir()
	shard := func(name string, args ...string) string {
		out := filepath.Join(dir, name)
		if code, _, stderr := ttxMain(append([]string{"batch", miniFile, "-q", "--out", out}, args...)...); code != exitOK {
			t.Fatalf("batch = %d, %s", code, stderr)
		}
		return out
	}
	a := shard("a.jsonl", "--runs", "20", "--shard", "0/2")
	b := shard("b.jsonl", "--runs", "20", "--shard", "1/2")
	other := shard("c.jsonl", "--runs", "20", "--shard", "1/2", "--seed", "99")
	for _, c := range []struct {
		files []string
		want  string
	}{
		{[]string{a}, "games 10..19 are in no file"},
		{[]string{b}, "games 0..9 are in no file"},
		{[]string{a, a, b}, "repeats games"},
		{[]string{a, other}, "base seed"},
	} {
		code, _, stderr := ttxMain(append([]string{"merge"}, c.files...)...)
		if code != exitInvalid || !strings.Contains(stderr, c.want) {
			t.Errorf("merge %v = %d, %q, want an error with %q", c.files, code, stderr, c.want)
		}
	}
	if code, _, stderr := ttxMain("merge", a, b); code != exitOK {
		t.Errorf("merge of both shards = %d, %s", code, stderr)
	}
}

// TestForecastFromALog forecasts the rest of a logged game, as the facilitator and as a side.
func TestForecastFromALog(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "game.jsonl")
	if code, _, stderr := ttxMain("run", miniFile, "--seed", "3", "--turns", "2", "--log", log, "-q"); code != exitOK {
		t.Fatalf("run = %d, %s", code, stderr)
	}
	code, out, stderr := ttxMain("forecast", log, "--runs", "200")
	if code != exitOK || !strings.Contains(out, "forecast from week 3, as the facilitator sees it") ||
		!strings.Contains(out, "mini — 200 games") {
		t.Fatalf("forecast = %d, %s%s", code, out, stderr)
	}
	code, out2, _ := ttxMain("forecast", log, "--runs", "200", "--workers", "1")
	if code != exitOK || out2 != out {
		t.Errorf("forecast with one worker differs:\n%s\nwant\n%s", out2, out)
	}
	code, out, stderr = ttxMain("forecast", log, "--runs", "50", "--side", "blue", "--at", "1")
	if code != exitOK || !strings.Contains(out, "forecast from week 2, as blue sees it") {
		t.Errorf("forecast --side blue --at 1 = %d, %s%s", code, out, stderr)
	}
	if code, _, _ := ttxMain("forecast", log, "--side", "green"); code != exitUsage {
		t.Errorf("forecast --side green = %d, want %d", code, exitUsage)
	}
}

// TestMergeFromAnotherFolder: a rows file names its scenario from its own folder, so ttx merge
// finds the scenario file when run from elsewhere, and a merged file names it from its folder.
func TestMergeFromAnotherFolder(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(miniFile)
	if err != nil {
		t.Fatal(err)
	}
	scen := filepath.Join(dir, "study", "mini.toml")
	rows := filepath.Join(dir, "study", "rows")
	if err := os.MkdirAll(rows, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(scen, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var shards []string
	for i := range 2 {
		out := filepath.Join(rows, "shard"+itoa(i)+".jsonl")
		if code, _, stderr := ttxMain("batch", scen, "--runs", "10", "--shard", itoa(i)+"/2", "--out", out, "-q"); code != exitOK {
			t.Fatalf("batch shard %d = %d, %s", i, code, stderr)
		}
		shards = append(shards, out)
	}
	head, _ := os.ReadFile(shards[0])
	if !strings.Contains(string(head), `"file":"../mini.toml"`) {
		t.Errorf("a shard's header does not name the scenario from its folder: %.300s", head)
	}
	wd, _ := os.Getwd()
	t.Cleanup(func() { os.Chdir(wd) })
	if err := os.Chdir(t.TempDir()); err != nil { // neither the shards' folder nor the scenario's
		t.Fatal(err)
	}
	merged := filepath.Join(dir, "merged.jsonl")
	if code, got, stderr := ttxMain(append([]string{"merge", "--out", merged}, shards...)...); code != exitOK || !strings.Contains(got, "10 games") {
		t.Fatalf("merge from another folder = %d, %s%s", code, got, stderr)
	}
	if b, _ := os.ReadFile(merged); !strings.Contains(string(b), `"file":"study/mini.toml"`) {
		t.Errorf("the merged file does not name the scenario from its folder: %.300s", b)
	}
}

// TestBatchQuietNeedsOut: ttx batch -q without --out is refused at once (exit 2), saying what
// -q leaves out and that --out is needed, before any game is played or the scenario read. It
// played every game and printed nothing, the summary held back and no rows written. With --out
// it writes the rows and prints nothing, as ever.
func TestBatchQuietNeedsOut(t *testing.T) {
	for _, scen := range []string{miniFile, filepath.Join(t.TempDir(), "missing.toml")} {
		code, out, errs := ttxMain("batch", scen, "--runs", "3", "-q")
		if want := "ttx batch: -q prints no summary, and without --out no rows are written"; code != exitUsage || out != "" || !strings.HasPrefix(errs, want) || !strings.Contains(errs, "give --out FILE") {
			t.Errorf("batch %s -q: exit %d, stdout %q, stderr %q; want exit %d and %q…", scen, code, out, errs, exitUsage, want)
		}
	}
	rows := filepath.Join(t.TempDir(), "rows.csv")
	code, out, errs := ttxMain("batch", miniFile, "--runs", "3", "-q", "--out", rows)
	if _, err := os.Stat(rows); code != exitOK || out != "" || err != nil {
		t.Errorf("batch -q --out rows.csv: exit %d, stdout %q (%s), rows %v; want exit 0, no output and the rows", code, out, errs, err)
	}
}
