package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// nonFiniteScenario scores and rolls with expressions that give no finite number: a score of
// (0 - 1) ** 0.5 (NaN), another of 10 ** 400 (infinite), a chance that is NaN on even turns and
// an effect that is infinite on the third.
const nonFiniteScenario = `[scenario]
id = "nonfinite"
title = "Numbers that are not numbers"
turns = 4

[tracks.capability]
default = 5

[[side]]
id = "blue"
name = "Blue"
[[side.objective]]
id = "root"
score = "(0 - 1) ** 0.5"
[[side.objective]]
id = "big"
score = "10 ** 400"
[[side.objective]]
id = "fine"
score = "actor.a.capability"

[[actor]]
id = "a"
kind = "state"
side = "blue"

[[move]]
id = "m"
by = { actors = ["a"] }
chance = "turn % 2 == 0 ? (0 - 1) ** 0.5 : 1"
on_success = [{ add = "self.capability", by = "turn == 3 ? 10 ** 400 : 1" }]
`

// TestRunLogNonFinite: a game whose expressions give NaN and infinities plays, writes a whole
// log (no "json: unsupported value"), replays and reports; the failures are in its account.
func TestRunLogNonFinite(t *testing.T) {
	dir := t.TempDir()
	scen := filepath.Join(dir, "nonfinite.toml")
	if err := os.WriteFile(scen, []byte(nonFiniteScenario), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, pol := range []string{"blue=random", "blue=greedy"} {
		for _, seed := range []string{"1", "2", "3", "4"} {
			log := filepath.Join(dir, "game.jsonl")
			args := []string{"run", "--seed", seed, "--policy", pol, "--log", log, scen}
			code, out, errOut := ttxMain(args...)
			if code != exitOK {
				t.Fatalf("Main(%q) = %d, %q, want 0", args, code, errOut)
			}
			if !strings.Contains(out, `the score of objective "root" of Blue ((0 - 1) ** 0.5) is not a finite number: it counts 0`) ||
				!strings.Contains(out, `the score of objective "big" of Blue (10 ** 400) is not a finite number`) {
				t.Errorf("Main(%q) output does not report the scores that are not numbers:\n%s", args, out)
			}
			b, err := os.ReadFile(log)
			if err != nil {
				t.Fatalf("Main(%q) wrote no log: %v", args, err)
			}
			if !strings.Contains(string(b), `"type":"end"`) || strings.Contains(strings.ToLower(string(b)), "nan") || strings.Contains(string(b), "Inf") {
				t.Errorf("Main(%q) log =\n%s\nwant a whole log with finite numbers", args, b)
			}
			if code, out, errOut := ttxMain("replay", log); code != exitOK || !strings.Contains(out, "replay matches") {
				t.Errorf("replay of seed %s, %s = %d, %q %q, want a match", seed, pol, code, out, errOut)
			}
			if code, _, errOut := ttxMain("report", log, "-o", filepath.Join(dir, "aar.md")); code != exitOK {
				t.Errorf("report of seed %s, %s = %d, %q, want 0", seed, pol, code, errOut)
			}
		}
	}
	// With random play some seed tries the move on an even turn (chance NaN) and on turn 3
	// (an infinite effect): both fail the order, with their reason.
	var all string
	for _, seed := range []string{"1", "2", "3", "4", "5", "6"} {
		_, out, _ := ttxMain("run", "--seed", seed, scen)
		all += out
	}
	if !strings.Contains(all, "a plays m: fails (an expression gives no finite number)") {
		t.Errorf("no random game failed an order on a chance or effect that is not a number:\n%s", all)
	}
}
