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
				var cs []sim.ActorChoice
				for sd := range sc.Sides {
					v := sim.View(s, sd)
					for _, a := range sc.Sides[sd].Actors {
						legal := sim.Choices(v, a, nil)
						switch k := r.Intn(len(legal) + 2); {
						case k < len(legal):
							cs = append(cs, sim.ActorChoice{Actor: a, Choice: legal[k]})
						case k == len(legal) && len(sc.CanPlay[a]) > 0:
							// A target out of range: refused.
							cs = append(cs, sim.ActorChoice{Actor: a, Choice: sim.Choice{Move: sc.CanPlay[a][0], Target: 1 << 20, Arg: -1}})
						}
					}
				}
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
