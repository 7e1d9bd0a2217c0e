package sim_test

import (
	"math"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestScoreChoicesInto checks, on random games of every scenario, that the score a side gets
// from a turn adjudicated only as far as its score is the score the whole turn gives it: for
// every side, for the legal choices of random actors with refused ones mixed in, quiet or not,
// into storage reused from call to call.
func TestScoreChoicesInto(t *testing.T) {
	checked := 0
	for _, sc := range scentest.All(t, "testdata") {
		for g := range 3 {
			r := scentest.NewStream(uint64(g), nil)
			s := sim.New(sc, uint64(g))
			var dst, whole *sim.State
			for !s.Over {
				cs := randomChoices(sc, s, r)
				for _, from := range []*sim.State{s, sim.Quiet(s)} {
					whole = sim.ResolveChoicesInto(whole, from, cs)
					for sd := range sc.Sides {
						var got float64
						dst, got = sim.ScoreChoicesInto(dst, from, cs, sd)
						if math.Float64bits(got) != math.Float64bits(whole.Scores[sd]) {
							t.Fatalf("%s game %d turn %d side %d: score %v, the whole turn gives %v", sc.ID, g, s.Turn, sd, got, whole.Scores[sd])
						}
						checked++
					}
				}
				s = sim.ResolveChoices(s, cs)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no score checked")
	}
	t.Logf("%d scores checked", checked)
}
