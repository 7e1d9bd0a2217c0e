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
	k := p.Samples
	if k <= 0 {
		k = DefaultSamples
	}
	sts := make([]*sim.State, k)
	for i := range sts {
		sts[i] = sim.Quiet(sim.Sample(v, draw64(p.Seed^greedySalt, v.Turn, v.Side, i)))
	}
	sideID := v.Sc.Sides[v.Side].ID
	var chosen, buf []sim.Order
	var next *sim.State
	eval := func(orders []sim.Order) float64 {
		t := 0.0
		for _, st := range sts {
			next = sim.ResolveInto(next, st, orders)
			t += next.Scores[v.Side]
		}
		return t / float64(k)
	}
	for _, a := range v.Sc.Sides[v.Side].Actors {
		buf = sim.LegalFor(v, a, buf[:0])
		best, bestV := -1, eval(chosen)
		for i, o := range buf {
			o.Side = sideID
			if val := eval(append(chosen, o)); val > bestV {
				best, bestV = i, val
			}
		}
		if best >= 0 {
			o := buf[best]
			o.Side = sideID
			chosen = append(chosen, o)
		}
	}
	return chosen
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
