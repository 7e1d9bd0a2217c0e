package load_test

import (
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
	"ttx/sim/load"
	"ttx/sim/policy"
)

// TestTreesReused: a load of a scenario loaded just before type-checks no expression anew (the
// set it takes keeps them all), and a load that reuses what others kept plays exactly as a
// program's first load. Each library scenario and fixture is loaded first with nothing kept,
// then twice more after all the others (whose sets it may share: a variant's names are its
// base's): random games from the first load and the last are the same, state for state.
func TestTreesReused(t *testing.T) {
	srcs := scentest.Sources(t, "../testdata")
	firsts := make([]*sim.Scenario, len(srcs))
	for i, src := range srcs {
		load.ForgetKept()
		sc, err := src.Load()
		if err != nil {
			t.Fatal(err)
		}
		firsts[i] = sc
	}
	for i, src := range srcs {
		if _, err := src.Load(); err != nil {
			t.Fatal(err)
		}
		again, err := src.Load()
		if err != nil {
			t.Fatal(err)
		}
		kept := load.KeptTrees(again)
		if _, err := src.Load(); err != nil {
			t.Fatal(err)
		}
		if n := load.KeptTrees(again); n != kept || n <= 0 {
			t.Errorf("%s: %d expressions kept after two loads, %d after a third: want the same, more than 0", src.Name, kept, n)
		}
		for seed := range uint64(3) {
			a, b := play(firsts[i], seed), play(again, seed)
			for a != nil && b != nil {
				if da, db := sim.Dump(a), sim.Dump(b); da != db {
					t.Fatalf("%s, seed %d, turn %d: the later load plays otherwise:\n%s\nwant:\n%s", src.Name, seed, a.Turn, db, da)
				}
				a, b = a.Prev, b.Prev
			}
			if a != nil || b != nil {
				t.Fatalf("%s, seed %d: the games from the two loads last differently", src.Name, seed)
			}
		}
	}
}

// play plays a random game of sc and returns its last state.
func play(sc *sim.Scenario, seed uint64) *sim.State {
	pols := make([]policy.Policy, len(sc.Sides))
	for i := range pols {
		pols[i] = policy.Random{Seed: seed}
	}
	return policy.Play(sim.New(sc, seed), pols, 0, nil)
}
