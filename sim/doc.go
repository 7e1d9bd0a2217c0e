// Package sim is the TTX engine: the scenario model, the game state, orders, adjudication, views
// and the event log.
//
// Data flows one way. A loader (package sim/load) turns a TOML file into an immutable, validated
// *Scenario. New starts a game from it and a seed. Each turn every side submits orders in secret;
// Resolve adjudicates them all at once in a fixed phase order and returns the next *State with
// the turn's events. View(state, side) is all a side or a policy ever sees.
//
//	sc, err := load.File("scenarios/campaign.toml", data)
//	s := sim.New(sc, 7)
//	for !s.Over {
//		s = sim.Resolve(s, orders(s))
//	}
//
// The package is pure: no clocks, no files, no global randomness, no iteration over maps. The
// same scenario, seed and orders give the same states, events and checksums, byte for byte. Each
// random draw is derived from (seed, turn, actor, move, index), so changing one order leaves the
// dice of every other order unchanged.
//
// A State is flat data indexed by the ids resolved at load, cheap to clone; it keeps a pointer to
// the state before it, so history and undo are free.
package sim
