package policy

import "ttx/sim"

// DefaultSamples is how many guesses at the hidden state Greedy averages over.
const DefaultSamples = 4

// Greedy plays, actor by actor, the order that gives its side the best expected score one turn
// ahead, or nothing when no order beats doing nothing. It sees only its side's view: it scores
// each candidate on Samples guesses at the hidden state (sim.Sample), the other sides giving no
// orders, with the same guesses and dice for every candidate. Ties go to the earlier order in
// Legal's order (doing nothing first). It is deterministic for a given seed.
type Greedy struct {
	Seed    uint64
	Samples int // 0: DefaultSamples
}

// Orders implements Policy.
func (p Greedy) Orders(v *sim.Sight) []sim.Order {
	if v.Over || v.Side < 0 {
		return nil
	}
	var chosen []sim.Order
	for _, ap := range greedyPlan(v, p.Seed, p.Samples) {
		if ap.pick > 0 {
			chosen = append(chosen, ap.cands[ap.pick])
		}
	}
	return chosen
}

// actorPlan is what the greedy look one turn ahead found for one actor of the side.
type actorPlan struct {
	actor   int
	cands   []sim.Order  // 0: doing nothing, then the actor's legal orders in Legal's order
	choices []sim.Choice // the choice of each candidate (cands[i] is choices[i]; choices[0] unused)
	gain    []float64    // each candidate's expected score one turn ahead, less doing nothing's
	pick    int          // greedy's choice: the first candidate of the highest gain above 0
}

// greedyPlan scores, actor by actor in the side's order, each legal order of the actor one
// turn ahead on k guesses at the hidden state (0: DefaultSamples), with the orders picked for
// the actors before it, and picks the best. Greedy plays the picks; Search starts from them.
func greedyPlan(v *sim.Sight, seed uint64, k int) []actorPlan {
	if k <= 0 {
		k = DefaultSamples
	}
	sts := make([]*sim.State, k)
	for i := range sts {
		sts[i] = sim.Quiet(sim.Sample(v, draw64(seed^greedySalt, v.Turn, v.Side, i)))
	}
	sideID := v.Sc.Sides[v.Side].ID
	var chosen []sim.ActorChoice // in indices: adjudication parses no ids
	var next *sim.State
	eval := func(orders []sim.ActorChoice) float64 {
		t := 0.0
		for _, st := range sts {
			next = sim.ResolveChoicesInto(next, st, orders)
			t += next.Scores[v.Side]
		}
		return t / float64(k)
	}
	actors := v.Sc.Sides[v.Side].Actors
	plans := make([]actorPlan, len(actors))
	var buf [64]sim.Choice
	for ai, a := range actors {
		ap := &plans[ai]
		ap.actor = a
		cs := sim.Choices(v, a, buf[:0])
		ap.cands = make([]sim.Order, len(cs)+1)
		ap.choices = make([]sim.Choice, len(cs)+1)
		ap.gain = make([]float64, len(cs)+1)
		base := eval(chosen)
		bestV := base
		for i, c := range cs {
			o := sim.OrderOf(v.Sc, a, c)
			o.Side = sideID
			ap.cands[i+1], ap.choices[i+1] = o, c
			val := eval(append(chosen, sim.ActorChoice{Actor: a, Choice: c}))
			ap.gain[i+1] = val - base
			if val > bestV {
				ap.pick, bestV = i+1, val
			}
		}
		if ap.pick > 0 {
			chosen = append(chosen, sim.ActorChoice{Actor: a, Choice: ap.choices[ap.pick]})
		}
	}
	return plans
}

// Salts separate the draws of each policy from each other's and the engine's.
const (
	greedySalt = 0x6772656564790002
	searchSalt = 0x7365617263680003
)

// draw64 returns a 64-bit seed derived from its arguments.
func draw64(seed uint64, turn, side, i int) uint64 {
	return uint64(sim.Draw(seed, turn, side, i, 7)*(1<<53))<<11 ^ uint64(sim.Draw(seed, turn, side, i, 8)*(1<<53))
}
