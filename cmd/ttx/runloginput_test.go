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

// TestRunLogIsNotVariantBase: a variant is read with its base file, and ttx run --log naming
// that base, by any name or a link, is refused as a usage error like the variant itself, and
// leaves the base as it was. It was written over: the variant then named a log as its base,
// and neither it nor the log's replay could be read again.
func TestRunLogIsNotVariantBase(t *testing.T) {
	dir := t.TempDir()
	base, err := os.ReadFile(miniFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "base"), 0o755); err != nil {
		t.Fatal(err)
	}
	basePath := filepath.Join(dir, "base", "mini.toml")
	variant := filepath.Join(dir, "short.toml")
	link := filepath.Join(dir, "link.toml")
	for _, err := range []error{
		os.WriteFile(basePath, base, 0o644),
		os.WriteFile(variant, []byte("[variant]\nbase = \"base/mini.toml\"\n\n[scenario]\nid = \"short\"\nturns = 2\n"), 0o644),
		os.Symlink(basePath, link),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	want := "is the base file " + filepath.ToSlash(basePath) + " of the variant " + variant
	for _, log := range []string{basePath, dir + "/./base/../base/mini.toml", link} {
		code, _, errs := ttxMain("run", variant, "-q", "--log", log)
		if code != exitUsage || !strings.Contains(errs, want) {
			t.Errorf("run %s --log %s: exit %d, %q; want exit %d and %q", variant, log, code, errs, exitUsage, want)
		}
	}
	if b, _ := os.ReadFile(basePath); !bytes.Equal(b, base) {
		t.Errorf("the base file was changed:\n%.200s", b)
	}
	// Another file is written as ever, and replays with the variant and its base.
	log := filepath.Join(dir, "game.jsonl")
	if code, _, errs := ttxMain("run", variant, "-q", "--log", log); code != exitOK {
		t.Fatalf("run --log game.jsonl: exit %d: %s", code, errs)
	}
	if code, _, errs := ttxMain("replay", log); code != exitOK {
		t.Errorf("replay game.jsonl: exit %d: %s", code, errs)
	}
}
