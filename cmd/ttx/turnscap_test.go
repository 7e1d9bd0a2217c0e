package main

import (
	"strings"
	"testing"
)

// TestTurnsIsACap: --turns is a cap on a game's turns, not its length (docs/batch.md): a
// --turns past the scenario's length (mini has 4) is taken and plays each game to its end, as
// no --turns does, and run's and batch's help say so, since nothing else tells a user who
// asked for more turns than the scenario has.
func TestTurnsIsACap(t *testing.T) {
	for _, args := range [][]string{
		{"run", miniFile, "--seed", "3"},
		{"batch", miniFile, "--runs", "20", "--workers", "1"},
	} {
		code, whole, errs := ttxMain(args...)
		if code != exitOK {
			t.Fatalf("ttx %q: %d, %s", args, code, errs)
		}
		code, capped, errs := ttxMain(append(args, "--turns", "99")...)
		if code != exitOK || errs != "" {
			t.Errorf("ttx %q --turns 99: %d, %q; want it taken", args, code, errs)
		}
		if capped != whole {
			t.Errorf("ttx %q --turns 99 prints\n%s\n--- without --turns:\n%s", args, capped, whole)
		}
		_, help, _ := ttxMain(args[0], "--help")
		i := strings.Index(help, "  -turns int\n")
		if i < 0 {
			t.Fatalf("ttx %s --help lists no --turns:\n%s", args[0], help)
		}
		entry, _, _ := strings.Cut(help[i+len("  -turns int\n"):], "\n  -")
		entry = strings.Join(strings.Fields(entry), " ")
		for _, want := range []string{"a cap", "still ends at the scenario's last turn", "more than it has plays"} {
			if !strings.Contains(entry, want) {
				t.Errorf("ttx %s --help says of --turns %q; want %q", args[0], entry, want)
			}
		}
	}
}
