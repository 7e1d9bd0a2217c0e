package policy_test

import (
	"os"
	"testing"

	"ttx/sim"
	"ttx/sim/load"
	"ttx/sim/policy"
)

// TestGreedyPicksRung checks that Greedy weighs every rung of a ladder: red scores blue's
// tension, and threaten adds its rung to it (from rung 3 up, the condition says), so the best
// order is the top rung, not the first one Legal lists. Random gives only legal rungs.
func TestGreedyPicksRung(t *testing.T) {
	const path = "../testdata/cases/fixtures/params.toml"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// The last [[side]] is red: this objective is red's.
	src = append(src, "\n[[side.objective]]\nid = \"press\"\nscore = \"actor.blue_state.tension\"\n"...)
	sc, err := load.Load(path, src)
	if err != nil {
		t.Fatal(err)
	}
	v := sim.View(sim.New(sc, 1), sc.Side("red"))
	var first int
	for _, o := range sim.Legal(v) {
		if o.Move == "threaten" {
			first = o.Param
			break
		}
	}
	if first != 3 {
		t.Fatalf("the first rung Legal lists for threaten is %d, want 3", first)
	}
	got := 0
	for _, o := range (policy.Greedy{Seed: 1}).Orders(v) {
		if o.Move == "threaten" {
			got = o.Param
		}
	}
	if got != 8 {
		t.Errorf("Greedy threatens at rung %d, want 8 (the top rung pays most)", got)
	}
	for seed := range uint64(20) {
		for _, o := range (policy.Random{Seed: seed}).Orders(v) {
			if o.Move == "threaten" && (o.Param < 3 || o.Param > 8) {
				t.Errorf("Random{%d} threatens at rung %d, outside 3..8", seed, o.Param)
			}
		}
	}
}
