package sim_test

import (
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestResolveChoicesOver checks, on random games of every scenario (refused choices mixed in),
// that a turn resolved over a state's own storage gives the state and results that resolving
// it into other storage gives, turn after turn in the same storage, quiet or not.
func TestResolveChoicesOver(t *testing.T) {
	turns := 0
	for _, sc := range scentest.All(t, "testdata") {
		for g := range 4 {
			r := scentest.NewStream(uint64(g), nil)
			for _, quiet := range []bool{false, true} {
				s := sim.New(sc, uint64(g))
				if quiet {
					s = sim.Quiet(s)
				}
				own := sim.ResolveChoicesInto(nil, s, nil) // a state of the test's own storage
				s = sim.ResolveChoicesInto(nil, s, nil)
				for !s.Over {
					cs := randomChoices(sc, s, r)
					want := sim.ResolveChoicesInto(nil, s, cs)
					got := sim.ResolveChoicesOver(own, cs)
					if got != own {
						t.Fatalf("%s game %d: the turn was not resolved in place", sc.ID, g)
					}
					if sim.Checksum(got) != sim.Checksum(want) || len(got.Results) != len(want.Results) ||
						len(got.Events) != len(want.Events) || got.Prev != nil {
						t.Fatalf("%s game %d turn %d (quiet %v): resolved in place to another state", sc.ID, g, s.Turn, quiet)
					}
					for i, w := range want.Results {
						q := got.Results[i]
						if q.Order != w.Order || q.Side != w.Side || q.OK != w.OK || q.Chance != w.Chance ||
							q.Roll != w.Roll || q.Code() != w.Code() {
							t.Fatalf("%s game %d turn %d: result %+v in place, want %+v", sc.ID, g, s.Turn, q, w)
						}
					}
					s = want
					turns++
				}
			}
		}
	}
	if turns == 0 {
		t.Fatal("no turn resolved")
	}
}

// randomChoices returns a choice or none for each actor of s, drawn by r among its legal choices
// in its side's view, now and then one whose target is out of range.
func randomChoices(sc *sim.Scenario, s *sim.State, r *scentest.Stream) []sim.ActorChoice {
	var cs []sim.ActorChoice
	for sd := range sc.Sides {
		v := sim.View(s, sd)
		for _, a := range sc.Sides[sd].Actors {
			legal := sim.Choices(v, a, nil)
			switch k := r.Intn(len(legal) + 2); {
			case k < len(legal):
				cs = append(cs, sim.ActorChoice{Actor: a, Choice: legal[k]})
			case k == len(legal) && len(sc.CanPlay[a]) > 0:
				cs = append(cs, sim.ActorChoice{Actor: a, Choice: sim.Choice{Move: sc.CanPlay[a][0], Target: 1 << 20, Arg: -1}})
			}
		}
	}
	return cs
}
