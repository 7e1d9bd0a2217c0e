package main

import (
	"strings"
	"testing"
)

// TestBalanceFlagsLopsided: in the quiet toy scenario blue's score is always the higher, so
// every mix flags blue over 70% and red under 10%, exits 1, and lists the move greedy blue
// orders in every game it wins.
func TestBalanceFlagsLopsided(t *testing.T) {
	code, out, stderr := ttxMain("balance", quietFile, "--games", "20", "--search-games", "2", "--workers", "2")
	if code != exitInvalid {
		t.Fatalf("balance = %d, want %d (a side flagged); stderr %s", code, exitInvalid, stderr)
	}
	for _, want := range []string{
		"all random: blue wins 100.0% of 20 games",
		"all greedy: blue wins 100.0% of 20 games (95% interval 83.9% to 100.0%), over 70%",
		"all greedy: red wins 0.0% of 20 games (95% interval 0.0% to 16.1%), under 10%",
		"red searching: blue wins 100.0% of 2 games",
		"all greedy, blue (20 wins): save\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("balance output lacks %q:\n%s", want, out)
		}
	}
}

// TestBalanceSameForAnyWorkers: the table is the same bytes for one worker and three.
func TestBalanceSameForAnyWorkers(t *testing.T) {
	_, a, _ := ttxMain("balance", miniFile, "--games", "30", "--search-games", "0", "--workers", "1", "--seed", "5")
	_, b, _ := ttxMain("balance", miniFile, "--games", "30", "--search-games", "0", "--workers", "3", "--seed", "5")
	if a != b || !strings.Contains(a, "all greedy     30") {
		t.Errorf("workers 1:\n%s\nworkers 3:\n%s", a, b)
	}
	_, c, _ := ttxMain("balance", miniFile, "--games", "30", "--search-games", "0", "--workers", "1", "--seed", "6")
	if c == a {
		t.Errorf("seeds 5 and 6 gave the same table:\n%s", a)
	}
}

// TestBalanceHelpAndRefusals: 'ttx help balance' is 'ttx balance --help'; a discussion
// exercise and bad flags are refused with a clear message.
func TestBalanceHelpAndRefusals(t *testing.T) {
	c1, h1, _ := ttxMain("help", "balance")
	c2, h2, _ := ttxMain("balance", "--help")
	if c1 != exitOK || c2 != exitOK || h1 != h2 || !strings.Contains(h1, "--search-games") {
		t.Errorf("help balance = %d %q, balance --help = %d %q", c1, firstLine(h1), c2, firstLine(h2))
	}
	code, out, stderr := ttxMain("balance", "../../sim/testdata/discussion.toml")
	if code != exitInvalid || out != "" || !strings.Contains(stderr, "discussion is a discussion exercise: it keeps no score") {
		t.Errorf("balance of a discussion = %d, %q, %q", code, out, stderr)
	}
	for _, args := range [][]string{
		{"balance", "--games", "0", miniFile},
		{"balance", "--search-games", "-1", miniFile},
		{"balance", "--workers", "0", miniFile},
		{"balance", miniFile, miniFile},
	} {
		if code, _, _ := ttxMain(args...); code != exitUsage {
			t.Errorf("Main(%v) = %d, want %d", args, code, exitUsage)
		}
	}
}
