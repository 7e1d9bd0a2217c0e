package policy

import (
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestChainMoves: the chain moves are those that hop value along their target link or cash
// out their target asset, found from the effects.
func TestChainMoves(t *testing.T) {
	sc := scentest.Mini(t, "../testdata")
	chain := chainMoves(sc)
	for i, m := range sc.Moves {
		want := m.ID == "launder" || m.ID == "cashout"
		if chain[i] != want {
			t.Errorf("chainMoves: move %s is %v, want %v", m.ID, chain[i], want)
		}
	}
}

// TestMastFinishesChains: an actor of the side that sees stolen value it can move plays a
// chain move on it in the learnt policy, whatever the draw; with none to move it plays
// anything.
func TestMastFinishesChains(t *testing.T) {
	sc := scentest.Mini(t, "../testdata")
	sd, a, w := sc.Side("red"), sc.Actor("red_group"), sc.Asset("wallet")
	s := sim.New(sc, 1)
	s.Dirty[w] = 300
	v := sim.View(s, sd)
	chain := chainMoves(sc)
	var m mast
	m.reset(0.5)
	other, s0 := 0, sim.New(sc, 1)
	for seed := range uint64(40) {
		for _, ac := range m.appendChoices(v, s, seed, nil) {
			if ac.Actor == a && !movesStolen(sc, s.Dirty, chain, ac.Choice) {
				t.Fatalf("seed %d: red_group plays %v with 300 stolen in its wallet", seed, sim.OrderOf(sc, a, ac.Choice))
			}
		}
		m.learn(float64(seed % 3))
		// Without stolen value the same draws play other choices too.
		for _, ac := range m.appendChoices(sim.View(s0, sd), s0, seed, nil) {
			if ac.Actor == a && ac.Choice.Move >= 0 && !chain[ac.Choice.Move] {
				other++
			}
		}
		m.learn(float64(seed % 2))
	}
	if other == 0 {
		t.Error("red_group never played anything but a chain move with nothing stolen")
	}
}
