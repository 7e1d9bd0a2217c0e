package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMergeSaysPolicyOverOrders: the summary of merged shards says, as the whole batch's does,
// that a side named by --policy SIDE=POLICY was played over its orders in the orders file
// ("; blue: greedy, not its orders in FILE"). Merge printed the policies alone, so its summary
// was not the whole batch's, byte for byte, for such a batch: the rows' header said nothing of
// it. It now records the side and the file (over), and batch and merge print the line from it.
func TestMergeSaysPolicyOverOrders(t *testing.T) {
	dir := t.TempDir()
	text, err := os.ReadFile("../../sim/report/testdata/mini_orders.toml")
	if err != nil {
		t.Fatal(err)
	}
	orders := filepath.Join(dir, "orders.toml")
	if err := os.WriteFile(orders, text, 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"batch", miniFile, "--orders", orders, "--policy", "blue=greedy", "--runs", "6"}
	code, whole, errs := ttxMain(args...)
	note := "; blue: greedy, not its orders in " + orders + "\n"
	if first, _, _ := strings.Cut(whole, "\n"); code != exitOK || !strings.HasSuffix(first+"\n", note) {
		t.Fatalf("batch: exit %d (%s), first line %q, want it to end %q", code, errs, first, note)
	}
	var shards []string
	for i := range 2 {
		out := filepath.Join(dir, "rows-"+itoa(i)+".jsonl")
		if code, _, errs := ttxMain(append(args, "--shard", itoa(i)+"/2", "--out", out, "-q")...); code != exitOK {
			t.Fatalf("shard %d/2: exit %d: %s", i, code, errs)
		}
		shards = append(shards, out)
	}
	if code, merged, errs := ttxMain(append([]string{"merge"}, shards...)...); code != exitOK || merged != whole {
		t.Errorf("merge of the shards: exit %d (%s)\n%s\nwant the whole batch's\n%s", code, errs, merged, whole)
	}
	// Without a side played over its orders the header has no over, as before.
	plain := filepath.Join(dir, "plain.jsonl")
	if code, _, errs := ttxMain("batch", miniFile, "--orders", orders, "--runs", "2", "--out", plain, "-q"); code != exitOK {
		t.Fatalf("batch --orders: exit %d: %s", code, errs)
	}
	if b, err := os.ReadFile(plain); err != nil || strings.Contains(string(b), `"over"`) {
		t.Errorf("rows of a batch with no side over its orders hold \"over\" (%v)", err)
	}
}
