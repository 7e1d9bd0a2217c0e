package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestMergeRefusesOutAnInput: ttx merge a.csv b.csv --out a.csv replaced the shard a.csv with
// the merged rows, and with it lost the means of merging again. An --out that is one of the
// rows files, by another name or a hard link, is refused (exit 2), naming it; nothing is written.
func TestMergeRefusesOutAnInput(t *testing.T) {
	dir := t.TempDir()
	shard := func(name, i string) string {
		out := filepath.Join(dir, name)
		if code, _, stderr := ttxMain("batch", miniFile, "-q", "--runs", "4", "--shard", i+"/2", "--out", out); code != exitOK {
			t.Fatalf("batch = %d, %s", code, stderr)
		}
		return out
	}
	a, b := shard("a.csv", "0"), shard("b.csv", "1")
	link := filepath.Join(dir, "link.csv")
	if err := os.Link(a, link); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		files []string
		out   string
	}{
		{[]string{a, b}, a},
		{[]string{a, b}, b},
		{[]string{a, b}, dir + "/./a.csv"},
		{[]string{a, b}, link},
		{[]string{link, b}, a},
	} {
		args := append([]string{"merge", "--out", c.out}, c.files...)
		code, out, stderr := ttxMain(args...)
		if code != exitUsage || out != "" || !strings.HasPrefix(stderr, "ttx merge: --out "+strconv.Quote(c.out)+" is the rows file ") || !strings.Contains(stderr, "would replace that shard") {
			t.Errorf("%q = %d, stdout %q, stderr %q, want %d and an error that names the file", args, code, out, stderr, exitUsage)
		}
	}
	if after, _ := os.ReadFile(a); !bytes.Equal(after, before) {
		t.Errorf("a refused merge changed %s", a)
	}
	if fi, err := os.Stat(link); err != nil || !os.SameFile(fi, mustStat(t, a)) {
		t.Errorf("a refused merge replaced the hard link %s", link)
	}
	if es, _ := os.ReadDir(dir); len(es) != 3 {
		t.Errorf("a refused merge left %v, want a.csv, b.csv and link.csv", es)
	}
}

func mustStat(t *testing.T, name string) os.FileInfo {
	t.Helper()
	fi, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	return fi
}
