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
//
// # Where each rule lives
//
// The rules as docs/rules.md tells them, the files that hold them, and what proves them: the
// folders of the case catalogue (testdata/cases/GROUP/, or one case GROUP/NAME) and tests.
//
//	checking orders            check.go, target.go, reasons.go     core/
//	the order of resolution    sortkey.go                          core/
//	resolving an order         resolve.go, effect.go, expr.go      core/
//	injects, scores, the end   inject.go, resolve.go               core/
//	randomness                 rand.go                             attribution/truth-collab-true-two-authors, draw_test.go
//	numbers                    arith.go, effect.go                 numbers/, arith_test.go
//	attribution                incident.go, attribution.go         attribution/
//	votes                      vote.go                             votes/
//	value flows                flow.go                             flows/
//	move parameters            param.go, legal.go, resolve.go      params/, param_test.go
//	costs                      cost.go, resolve.go, legal.go       params/cost-reads-param, param_test.go
//	the facilitator            inject.go, dump.go                  core/inject-on-condition-fires-once, dump_test.go
//	invariants                 invariant.go                        cases_test.go
//	what each side sees        view.go, viewevents.go, seat.go     fog_test.go, interference_test.go, seat_test.go
//
// Resolve (resolve.go) reads as the turn's steps; what makes rollouts fast without changing a
// result lives apart: quiet states and their scratch (state.go), orders in indices
// (indexed.go), legal choices (legal.go, space.go) and the indices a scenario derives (index.go).
package sim
