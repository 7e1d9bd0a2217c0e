package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestBatchSaysTurnsCap: a batch stopped early (--turns) says so on its summary's first line,
// after which turn of how many its games stopped, and a merge of its shards says the same, byte
// for byte; a batch that plays its games out says nothing of it. Before, only the outcome
// "unfinished" told it, with no turn.
func TestBatchSaysTurnsCap(t *testing.T) {
	dir := t.TempDir()
	args := []string{"batch", miniFile, "--runs", "6", "--turns", "2"}
	code, whole, errs := ttxMain(args...)
	want := "; each game stopped after week 2 of 4 at the latest"
	if first, _, _ := strings.Cut(whole, "\n"); code != exitOK || !strings.Contains(first, want) {
		t.Fatalf("batch --turns 2: exit %d (%s), first line %q, want it to hold %q", code, errs, first, want)
	}
	var shards []string
	for i := range 2 {
		out := filepath.Join(dir, "rows-"+itoa(i)+".csv")
		if code, _, errs := ttxMain(append(args, "--shard", itoa(i)+"/2", "--out", out, "-q")...); code != exitOK {
			t.Fatalf("shard %d/2: exit %d: %s", i, code, errs)
		}
		shards = append(shards, out)
	}
	if code, merged, errs := ttxMain(append([]string{"merge"}, shards...)...); code != exitOK || merged != whole {
		t.Errorf("merge of the shards: exit %d (%s)\n%s\nwant the whole batch's\n%s", code, errs, merged, whole)
	}
	if code, out, errs := ttxMain("batch", miniFile, "--runs", "2"); code != exitOK || strings.Contains(out, "stopped after") {
		t.Errorf("batch without --turns: exit %d (%s), says it stopped early:\n%s", code, errs, out)
	}
}
