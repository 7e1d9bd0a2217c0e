package policy

import "ttx/sim"

// A chain is a run of orders of which only the last pays: a theft puts stolen value in the
// side's wallets, laundering hops move it along links, and a cash-out turns it into the side's
// score. A rollout that plays the side's learnt policy from a theft rarely finishes the chain
// by chance (a hop is one of dozens of choices of the actor each turn, and every hop of the way
// must be drawn), so it values the theft far below what it is worth to a side that goes on to
// launder it. The learnt policy therefore commits to finishing chains: an actor that can move
// stolen value (a chain move on a target holding some, in the rollout) draws only among those
// choices, by what it learnt, until none is left. The chain moves are found from the
// scenario's effects, not named by it: those whose success hops value along their target link
// or cashes out their target asset, the moves whose condition a theft's effect feeds.

// chainMoves returns, for each move of sc, whether it is a chain move.
func chainMoves(sc *sim.Scenario) []bool {
	out := make([]bool, len(sc.Moves))
	for i := range sc.Moves {
		m := &sc.Moves[i]
		for _, e := range m.OnSuccess {
			switch {
			case e.Op == sim.OpHop && m.Target == sim.TargetLink,
				e.Op == sim.OpCashout && e.Asset < 0 && m.Target == sim.TargetAsset:
				out[i] = true
			}
		}
	}
	return out
}

// movesStolen reports whether choice c moves stolen value: a chain move (chain, by move) whose
// target holds some by dirty (per asset), or whose target link's source does.
func movesStolen(sc *sim.Scenario, dirty []int64, chain []bool, c sim.Choice) bool {
	if c.Move < 0 || c.Target < 0 || !chain[c.Move] {
		return false
	}
	switch sc.Moves[c.Move].Target {
	case sim.TargetAsset:
		return dirty[c.Target] > 0
	case sim.TargetLink:
		return dirty[sc.Links[c.Target].From] > 0
	}
	return false
}
