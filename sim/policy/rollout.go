package policy

import "ttx/sim"

// Rollout plays s to the end (or maxTurns turns, if not 0) with Random{Seed: seed} for every
// side, as Play would, and returns the last state.
func Rollout(s *sim.State, seed uint64, maxTurns int) *sim.State {
	pols := make([]Policy, len(s.Sc.Sides))
	for i := range pols {
		pols[i] = Random{Seed: seed}
	}
	return Play(s, pols, maxTurns, nil)
}
