package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestPolicyOverOrders: a side the orders file has orders for and a --policy SIDE=POLICY names
// is played by the policy, and ttx run's header, ttx batch's and ttx forecast's policies line
// say that its orders in the file are not played, and the log records the policy; a --policy
// POLICY for every side leaves the file's sides to the file. The policy won without a word: the
// header said only "Red: greedy" of a side the file scripts.
func TestPolicyOverOrders(t *testing.T) {
	orders := "../../sim/report/testdata/mini_orders.toml" // orders for blue and red
	log := filepath.Join(t.TempDir(), "run.jsonl")
	code, out, errOut := ttxMain("run", "--turns", "1", "--orders", orders, "--policy", "red=greedy", "--log", log, miniFile)
	if code != exitOK {
		t.Fatal(errOut)
	}
	for _, want := range []string{"  Blue: orders:" + orders + "\n", "  Red: greedy (not its orders in " + orders + ")\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("ttx run --orders FILE --policy red=greedy prints\n%s\nwant %q", out, want)
		}
	}
	if got, want := readHeader(t, log).Header.Policies, []string{"blue=orders:" + orders, "red=greedy"}; !slices.Equal(got, want) {
		t.Errorf("the header's policies are %q, want %q", got, want)
	}

	code, out, errOut = ttxMain("run", "--turns", "1", "--orders", orders, "--policy", "greedy", miniFile)
	if code != exitOK {
		t.Fatal(errOut)
	}
	if !strings.Contains(out, "  Red: orders:"+orders+"\n") || strings.Contains(out, "greedy") {
		t.Errorf("ttx run --orders FILE --policy greedy prints\n%s\nwant red and blue played from the file", out)
	}

	note := "; red: greedy, not its orders in " + orders + "\n"
	for _, args := range [][]string{
		{"batch", miniFile, "--runs", "4", "--workers", "1", "--orders", orders, "--policy", "red=greedy"},
		{"forecast", miniFile, "--runs", "4", "--workers", "1", "--orders", orders, "--policy", "red=greedy"},
	} {
		code, out, errOut := ttxMain(args...)
		if code != exitOK {
			t.Fatalf("ttx %s: %s", strings.Join(args, " "), errOut)
		}
		if !strings.Contains(out, "blue=orders:"+orders+", red=greedy"+note) {
			t.Errorf("ttx %s prints\n%s\nwant its policies followed by %q", strings.Join(args, " "), out, note)
		}
	}
}
