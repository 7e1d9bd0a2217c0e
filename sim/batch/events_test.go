package batch

import (
	"testing"

	"ttx/sim"
	"ttx/sim/policy"
)

// TestDeltasAddUp checks the facilitator's events against the states: over random games of
// every library scenario, the track deltas the events of a turn record, applied to the state
// before, give the state after.
func TestDeltasAddUp(t *testing.T) {
	for _, sc := range library(t) {
		for g := 0; g < 30; g++ {
			seed := GameSeed(5, g)
			pols := make([]policy.Policy, len(sc.Sides))
			for i := range pols {
				pols[i] = policy.Random{Seed: seed}
			}
			s := policy.Play(sim.New(sc, seed), pols, 0, nil)
			for _, st := range s.History()[1:] {
				got := append([]int64(nil), st.Prev.Tracks...)
				for _, e := range st.Events {
					for _, d := range e.Deltas {
						k := d.Actor*sc.NT() + d.Track
						if got[k] != d.From {
							t.Fatalf("%s seed %d turn %d: %s event says %s.%s went from %d, it was %d",
								sc.ID, seed, st.Prev.Turn, e.Kind, sc.Actors[d.Actor].ID, sc.Tracks[d.Track].ID, d.From, got[k])
						}
						got[k] = d.To
					}
				}
				for k, v := range st.Tracks {
					if got[k] != v {
						t.Fatalf("%s seed %d turn %d: events take %s.%s to %d, the state has %d",
							sc.ID, seed, st.Prev.Turn, sc.Actors[k/sc.NT()].ID, sc.Tracks[k%sc.NT()].ID, got[k], v)
					}
				}
			}
		}
	}
}
