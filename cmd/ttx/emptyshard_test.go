package main

import (
	"path/filepath"
	"testing"
)

// TestBatchEmptyShard: a shard that gets none of the games (more shards than games, as an
// array job of fixed size may have) says so, where it printed "games 0..-1 of 2" and a summary
// of made-up zeros (turns played: mean 0, scores 0); its rows file still merges with the others
// into the whole batch.
func TestBatchEmptyShard(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := range 3 {
		f := filepath.Join(dir, "rows-"+itoa(i)+".csv")
		files = append(files, f)
		code, out, errs := ttxMain("batch", miniFile, "--runs", "2", "--shard", itoa(i)+"/3", "--out", f)
		if code != exitOK {
			t.Fatalf("shard %d/3: exit %d: %s", i, code, errs)
		}
		if want := "shard 0/3: no games of 2 (the other shards hold them all)\n"; i == 0 && out != want {
			t.Errorf("shard 0/3 of 2 games prints\n%s\nwant\n%s", out, want)
		}
	}
	_, whole, _ := ttxMain("batch", miniFile, "--runs", "2")
	code, merged, errs := ttxMain(append([]string{"merge"}, files...)...)
	if code != exitOK || merged != whole {
		t.Errorf("merge of the shards: exit %d (%s)\n%s\nwant the whole batch's\n%s", code, errs, merged, whole)
	}
}
