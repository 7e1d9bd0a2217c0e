package policy

import "ttx/sim"

// A chain is a run of orders of which only the last pays: a theft puts stolen value in the
// side's wallets, laundering hops move it along links, and a cash-out turns it into the side's
// score. A rollout that plays the side's learnt policy from a theft rarely finishes the chain
// by chance (a hop is one of dozens of choices of the actor each turn, and every hop of the way
// must be drawn), so it values the theft far below what it is worth to a side that goes on to
// launder it. The learnt policy therefore commits to finishing chains: an actor that can move
// stolen value its side sees (a chain move on a target holding some) draws only among those
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

// movesStolen reports whether choice c of v's side moves stolen value the side sees: a chain
// move (chain, by move) whose target holds some, or whose target link's source does.
func movesStolen(v *sim.Sight, chain []bool, c sim.Choice) bool {
	if c.Move < 0 || c.Target < 0 || !chain[c.Move] {
		return false
	}
	switch v.Sc.Moves[c.Move].Target {
	case sim.TargetAsset:
		return v.Dirty[c.Target] > 0
	case sim.TargetLink:
		return v.Dirty[v.Sc.Links[c.Target].From] > 0
	}
	return false
}
