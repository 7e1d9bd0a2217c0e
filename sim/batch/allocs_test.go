package batch

import (
	"testing"

	"ttx/sim"
	"ttx/sim/policy"
)

// TestGameAllocs: a random campaign game by the rollout, as a batch worker plays it, allocates
// only what its incidents keep (their authors, victims and infrastructure, a co-author or a
// plant added to them): no context for a freeze, no storage for a turn's ballots or for
// shuffling what the sides learned. Before those were kept in the adjudication's scratch or on
// the stack, a game made 18 allocations; it makes 6.
func TestGameAllocs(t *testing.T) {
	sc := benchLoad(t)
	var r policy.Roller
	var first sim.State
	g, turns := 0, 0
	play := func() {
		seed := GameSeed(1, g)
		turns += r.Play(sim.NewInto(&first, sc, seed), seed, 0).Turn
		g++
	}
	for range 50 { // the storage the games reuse
		play()
	}
	const most = 8
	if got := testing.AllocsPerRun(400, play); got > most {
		t.Errorf("%.1f allocations a game, want at most %d", got, most)
	}
	if turns < 50*10 {
		t.Errorf("%d turns in %d games: the games did not play", turns, g)
	}
}
