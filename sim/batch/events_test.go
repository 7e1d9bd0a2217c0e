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
				got := st.Prev.AllTracks(nil)
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
				for k, v := range st.AllTracks(nil) {
					if got[k] != v {
						t.Fatalf("%s seed %d turn %d: events take %s.%s to %d, the state has %d",
							sc.ID, seed, st.Prev.Turn, sc.Actors[k/sc.NT()].ID, sc.Tracks[k%sc.NT()].ID, got[k], v)
					}
				}
			}
		}
	}
}

// TestViewsHideTheSeed: the seed decides hidden truths and every future roll, so a side's view
// must not carry it (a policy could otherwise compute what it may not see).
func TestViewsHideTheSeed(t *testing.T) {
	sc := mini(t)
	s := sim.New(sc, 12345)
	for sd := range sc.Sides {
		if got := sim.View(s, sd).Seed; got != 0 {
			t.Errorf("View(s, %s).Seed = %d, want 0", sc.Sides[sd].ID, got)
		}
		var v sim.Sight
		if got := sim.ViewInto(&v, s, sd).Seed; got != 0 {
			t.Errorf("ViewInto(s, %s).Seed = %d, want 0", sc.Sides[sd].ID, got)
		}
	}
	if got := sim.View(s, sim.Facilitator).Seed; got != 12345 {
		t.Errorf("the facilitator's view has seed %d, want 12345", got)
	}
}
