package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMergeRefusesOtherOrders: shards played with --orders files of one name but other
// contents are not of one batch. The rows' header named the file only (orders:FILE), so merge
// took shards whose scripted sides played other orders as one batch, and its summary mixed two
// experiments; the header now holds the file's hash, which merge compares. Shards of the same
// orders still merge to the whole batch.
func TestMergeRefusesOtherOrders(t *testing.T) {
	dir := t.TempDir()
	text, err := os.ReadFile("../../sim/report/testdata/mini_orders.toml")
	if err != nil {
		t.Fatal(err)
	}
	orders := filepath.Join(dir, "orders.toml")
	shard := func(i int, text []byte) string {
		t.Helper()
		if err := os.WriteFile(orders, text, 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "rows-"+itoa(i)+"-"+itoa(len(text))+".csv")
		if code, _, errs := ttxMain("batch", miniFile, "--orders", orders, "--runs", "6", "--shard", itoa(i)+"/2", "--out", out, "-q"); code != exitOK {
			t.Fatalf("shard %d/2: exit %d: %s", i, code, errs)
		}
		return out
	}
	a0, a1 := shard(0, text), shard(1, text)
	edited := bytes.Replace(text, []byte(`target = "exchange"`), []byte(`target = "wallet"`), 1)
	if bytes.Equal(edited, text) {
		t.Fatal("the orders were not edited")
	}
	b1 := shard(1, edited)

	code, out, errs := ttxMain("merge", a0, b1)
	if code != exitInvalid || !strings.Contains(errs, "not of one batch: orders files that differ") {
		t.Errorf("merge of shards of other orders: exit %d, stderr %q; want exit %d, refused for the orders\n%s", code, errs, exitInvalid, out)
	}
	if err := os.WriteFile(orders, text, 0o644); err != nil {
		t.Fatal(err)
	}
	_, whole, _ := ttxMain("batch", miniFile, "--orders", orders, "--runs", "6")
	if code, merged, errs := ttxMain("merge", a0, a1); code != exitOK || merged != whole {
		t.Errorf("merge of shards of the same orders: exit %d (%s)\n%s\nwant the whole batch's\n%s", code, errs, merged, whole)
	}
}

// TestMergeOrdersByHash: shards given one orders file by two names (orders.toml and
// ./orders.toml), or by a copy of it elsewhere (another machine's folder), merge to the whole
// batch: their rows hold the file's hash, which says what was played. Merge compared the names
// in the policies (orders:FILE) and refused them as not of one batch.
func TestMergeOrdersByHash(t *testing.T) {
	dir := t.TempDir()
	text, err := os.ReadFile("../../sim/report/testdata/mini_orders.toml")
	if err != nil {
		t.Fatal(err)
	}
	orders := filepath.Join(dir, "orders.toml")
	copied := filepath.Join(dir, "elsewhere", "orders.toml")
	if err := os.Mkdir(filepath.Dir(copied), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{orders, copied} {
		if err := os.WriteFile(p, text, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, whole, _ := ttxMain("batch", miniFile, "--orders", orders, "--runs", "6")
	for k, name := range []string{dir + string(filepath.Separator) + "." + string(filepath.Separator) + "orders.toml", copied} {
		var files []string
		for i, o := range []string{orders, name} {
			out := filepath.Join(dir, "rows-"+itoa(k)+"-"+itoa(i)+".csv")
			if code, _, errs := ttxMain("batch", miniFile, "--orders", o, "--runs", "6", "--shard", itoa(i)+"/2", "--out", out, "-q"); code != exitOK {
				t.Fatalf("shard %d/2: exit %d: %s", i, code, errs)
			}
			files = append(files, out)
		}
		if code, merged, errs := ttxMain("merge", files[0], files[1]); code != exitOK || merged != whole {
			t.Errorf("merge of shards of orders %s and %s: exit %d (%s)\n%s\nwant the whole batch's\n%s", orders, name, code, errs, merged, whole)
		}
	}
}
