package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunLogIsNotInput: ttx run --log naming the game's own scenario file or orders file, by
// that name, another or a link, is refused as a usage error and leaves the file as it was.
// It used to replace the scenario (or the orders) with the log, and the log then named itself
// as its scenario.
func TestRunLogIsNotInput(t *testing.T) {
	dir := t.TempDir()
	copyTo := func(from, name string) (string, []byte) {
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p, b
	}
	scen, scenText := copyTo(miniFile, "mini.toml")
	orders, ordersText := copyTo("../../sim/report/testdata/mini_orders.toml", "orders.toml")
	link := filepath.Join(dir, "link.toml")
	if err := os.Symlink(scen, link); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		log, want string
	}{
		{scen, "is the scenario file"},
		{filepath.Join(dir, ".", "mini.toml"), "is the scenario file"},
		{link, "is the scenario file"},
		{orders, "is the orders file"},
	} {
		code, _, errs := ttxMain("run", scen, "-q", "--orders", orders, "--log", c.log)
		if code != exitUsage || !strings.Contains(errs, c.want) {
			t.Errorf("run --log %s: exit %d, %q; want exit %d and %q", c.log, code, errs, exitUsage, c.want)
		}
	}
	if b, _ := os.ReadFile(scen); !bytes.Equal(b, scenText) {
		t.Errorf("the scenario file was changed:\n%.200s", b)
	}
	if b, _ := os.ReadFile(orders); !bytes.Equal(b, ordersText) {
		t.Errorf("the orders file was changed:\n%.200s", b)
	}
	// Another file is written as ever.
	if code, _, errs := ttxMain("run", scen, "-q", "--orders", orders, "--log", filepath.Join(dir, "game.jsonl")); code != exitOK {
		t.Errorf("run --log game.jsonl: exit %d: %s", code, errs)
	}
}
