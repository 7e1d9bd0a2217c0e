package batch

import (
	"context"

	"ttx/sim"
	"ttx/sim/policy"
)

// Forecast says how to forecast the rest of a game.
type Forecast struct {
	// Side is the side whose knowledge the forecast may use: sim.Facilitator for the whole
	// state, or a side, whose rollouts then start from guesses at what it cannot see
	// (sim.Sample), so a team's forecast never reveals hidden state.
	Side     int
	Runs     int    // rollouts
	Seed     uint64 // rollout r uses GameSeed(Seed, r) for its dice and policies
	Workers  int    // goroutines; below 1 means 1
	Policies func(seed uint64) []policy.Policy
	MaxTurns int // stop each rollout after this many turns (0: to the end)
}

// Run plays f.Runs rollouts of the rest of the game from s and returns their summary: outcome
// probabilities with their intervals, score and track distributions. Each rollout rolls fresh
// dice (its seed replaces the game's), because the future is not known to anyone at the table.
// The result depends only on s and f, not on the number of workers. It stops early, returning
// what it has with ctx's error, when ctx is cancelled: the window calls it while teams
// deliberate.
func (f Forecast) Run(ctx context.Context, s *sim.State) (*Summary, error) {
	var v *sim.Sight
	if f.Side != sim.Facilitator {
		v = sim.View(s, f.Side)
	} else {
		v = &sim.Sight{State: s, Side: sim.Facilitator}
	}
	sp := Spec{Scenario: s.Sc, Seed: f.Seed, Runs: f.Runs, Workers: f.Workers,
		Policies: f.Policies, MaxTurns: f.MaxTurns}
	start := start(func(g int, seed uint64, buf *sim.State) *sim.State { return sim.Sample(v, seed) })
	if f.Side == sim.Facilitator {
		// The whole state with fresh dice. Play never changes the state it starts from, so a
		// shallow copy with another seed does: no need to copy the state for every rollout.
		start = func(g int, seed uint64, buf *sim.State) *sim.State {
			*buf = *s
			buf.Seed, buf.Prev = seed, nil
			return buf
		}
	}
	sum, err := play(ctx, sp, 0, f.Runs, start, sink{})
	if sum != nil {
		sum.Side = f.Side
	}
	return sum, err
}
