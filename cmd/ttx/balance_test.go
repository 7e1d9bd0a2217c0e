package main

import (
	"strings"
	"testing"
)

// TestBalanceFlagsLopsided: in the quiet toy scenario blue's score is always the higher. Over
// 40 games a mix that shows it beyond luck: every random and greedy mix flags blue over 70% and
// red under 10%, and the command exits 3 (1 is for invalid input); the search mixes' 2 games each leave both sides
// unsettled, not flagged. It lists the move greedy blue orders in every game it wins.
func TestBalanceFlagsLopsided(t *testing.T) {
	code, out, stderr := ttxMain("balance", quietFile, "--games", "40", "--search-games", "2", "--workers", "2")
	if code != exitFlagged {
		t.Fatalf("balance = %d, want %d (a side flagged); stderr %s", code, exitFlagged, stderr)
	}
	flagged, unsettled := section(out, "flagged:"), section(out, "unsettled")
	for _, want := range []string{
		"all random: blue wins 100.0% of 40 games",
		"all greedy: blue wins 100.0% of 40 games (95% interval 91.2% to 100.0%), over 70%",
		"all greedy: red wins 0.0% of 40 games (95% interval 0.0% to 8.8%), under 10%",
	} {
		if !strings.Contains(flagged, want) {
			t.Errorf("flagged sides lack %q:\n%s", want, out)
		}
	}
	for _, want := range []string{
		"red searching: blue wins 100.0% of 2 games (95% interval 34.2% to 100.0%), over 70%",
		"blue searching: red wins 0.0% of 2 games (95% interval 0.0% to 65.8%), under 10%",
	} {
		if !strings.Contains(unsettled, want) || strings.Contains(flagged, want[:strings.Index(want, "(")]) {
			t.Errorf("unsettled sides lack %q, or it is flagged too:\n%s", want, out)
		}
	}
	if !strings.Contains(out, "all greedy, blue (40 wins): save\n") || !strings.Contains(out, "100.0% [ 91–100] !") || !strings.Contains(out, "100.0% [ 34–100] ?") {
		t.Errorf("balance output lacks the always-moves or the table's marks:\n%s", out)
	}
}

// TestBalanceUnsettledPasses: with 3 games a mix blue wins all and red none, each share outside
// 10% to 70% but each interval reaching back: both are unsettled, none is flagged, and the
// command exits 0, so that a repository's check fails on what the games show, not on luck.
func TestBalanceUnsettledPasses(t *testing.T) {
	code, out, stderr := ttxMain("balance", quietFile, "--games", "3", "--search-games", "0", "--workers", "2")
	if code != exitOK {
		t.Fatalf("balance = %d, want %d (nothing flagged); stderr %s\n%s", code, exitOK, stderr, out)
	}
	if !strings.Contains(out, "flagged: none") || !strings.Contains(section(out, "unsettled"), "all greedy: red wins 0.0% of 3 games (95% interval 0.0% to 56.2%), under 10%") {
		t.Errorf("balance output:\n%s", out)
	}
}

// section returns the lines of out from the one that starts with head to the next blank line.
func section(out, head string) string {
	i := strings.Index(out, "\n"+head)
	if i < 0 {
		return ""
	}
	s := out[i+1:]
	if j := strings.Index(s, "\n\n"); j >= 0 {
		s = s[:j]
	}
	return s
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
