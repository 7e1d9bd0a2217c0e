package scenarios_test

import (
	"context"
	"testing"

	"ttx/scenarios"
	"ttx/sim/batch"
	"ttx/sim/load"
)

// TestVariantBatchesPairByGame: what docs/batch.md's "Comparing two scenarios" rests on. A
// variant that sets no seed keeps its base's, and game g of a batch of each plays with the same
// seed, so two batches' rows pair game by game; a change of one vote's timing leaves most pairs
// ending alike (the same dice), which is what makes the paired difference tight.
func TestVariantBatchesPairByGame(t *testing.T) {
	base, err := scenarios.Load("campaign.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := []byte("[variant]\nbase = \"embedded:campaign.toml\"\n\n[scenario]\nid = \"campaign_fast\"\n\n" +
		"[[resolution]]\nid = \"panel_renewal\"\nvote_after = 0\n")
	fast, err := load.LoadWith("fast.toml", src, scenarios.ReadBase)
	if err != nil {
		t.Fatal(err)
	}
	if fast.Seed != base.Seed {
		t.Fatalf("the variant's seed %d, want its base's %d", fast.Seed, base.Seed)
	}
	rows := func(sp batch.Spec) []batch.Row {
		var out []batch.Row
		if _, err := batch.Run(context.Background(), sp, func(r *batch.Row) error { out = append(out, *r); return nil }); err != nil {
			t.Fatal(err)
		}
		return out
	}
	const runs = 200
	a := rows(batch.Spec{Scenario: base, Seed: base.Seed, Runs: runs, Workers: 2})
	b := rows(batch.Spec{Scenario: fast, Seed: fast.Seed, Runs: runs, Workers: 2})
	same := 0
	for g := range a {
		if a[g].Game != g || b[g].Game != g || a[g].Seed != b[g].Seed {
			t.Fatalf("game %d: games %d and %d, seeds %d and %d; want game %d with one seed", g, a[g].Game, b[g].Game, a[g].Seed, b[g].Seed, g)
		}
		if a[g].Outcome == b[g].Outcome {
			same++
		}
	}
	if same < runs*9/10 {
		t.Errorf("%d of %d pairs end alike; the docs' example had 3930 of 4000", same, runs)
	}
}
