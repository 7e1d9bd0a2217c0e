package policy

import (
	"math/bits"
	"slices"

	"ttx/sim"
)

// DefaultRollouts is the rollout budget of a Search turn when none is given.
const DefaultRollouts = 256

// Search chooses its side's orders by rollouts over sampled hidden state (flat Monte Carlo
// with successive halving). It sees only its side's view. For each of the side's actors in
// turn, each candidate (each legal order, and doing nothing) is scored by playing the game to
// its end from guesses at the hidden state (sim.Sample): the actors already decided play their
// choice, the rest of the side and the other sides play Random, and so does everyone after this
// turn. A candidate's value is the side's final score. Half the candidates are dropped each
// round; every candidate of a round is played on the same guesses and dice.
//
// The budget is Rollouts a turn, split evenly over the side's actors: deterministic for a given
// seed. With Millis and Clock set, it also stops when that many milliseconds have passed since
// the turn began, and is then no longer reproducible.
type Search struct {
	Seed     uint64
	Rollouts int // rollouts a turn; 0: DefaultRollouts, or no limit but the time budget
	Millis   int // time budget a turn; 0: none
	// Depth stops each rollout this many turns after the current one (0: at the end of the
	// game); the value is then the side's score where the rollout stopped.
	Depth int

	// Clock returns a time in nanoseconds; the engine has no clock, so a caller that wants a
	// time budget supplies one.
	Clock func() int64
}

// Orders implements Policy.
func (p *Search) Orders(v *sim.Sight) []sim.Order {
	if v.Over || v.Side < 0 {
		return nil
	}
	budget := p.Rollouts
	if budget <= 0 {
		budget = DefaultRollouts
	}
	sd := v.Side
	sideID := v.Sc.Sides[sd].ID
	actors := v.Sc.Sides[sd].Actors
	// stop says whether the time of actor ai is up: each actor gets an equal share.
	stop := func(ai int) bool { return false }
	if p.Millis > 0 && p.Clock != nil {
		if p.Rollouts <= 0 {
			budget = 1 << 30 // the clock decides
		}
		begin, total := p.Clock(), int64(p.Millis)*1e6
		stop = func(ai int) bool { return p.Clock()-begin >= total*int64(ai+1)/int64(len(actors)) }
	}
	per := max(budget/max(len(actors), 1), 1)
	var rs rollouts
	var chosen []sim.Order
	for ai, a := range actors {
		cands := append([]sim.Order{{}}, sim.LegalFor(v, a, nil)...) // 0: do nothing
		if len(cands) == 1 {
			continue
		}
		for i := range cands[1:] {
			cands[i+1].Side = sideID
		}
		sums := make([]float64, len(cands))
		ns := make([]int, len(cands))
		alive := make([]int, len(cands))
		for i := range alive {
			alive[i] = i
		}
		rounds := bits.Len(uint(len(cands) - 1))
		mean := func(i int) float64 {
			if ns[i] == 0 {
				return -1e300
			}
			return sums[i] / float64(ns[i])
		}
		k := 0 // rollouts so far for this actor: the guesses and dice of each
	search:
		for r := 0; r < rounds && len(alive) > 1; r++ {
			m := max(per/(rounds*len(alive)), 1)
			for range m {
				if stop(ai) {
					break search
				}
				seed := draw64(p.Seed^searchSalt, v.Turn, sd, ai<<20|k)
				st := sim.Sample(v, seed)
				for _, c := range alive {
					sums[c] += p.value(&rs, st, seed, sd, chosen, cands[c], actors[ai+1:])
					ns[c]++
				}
				k++
			}
			slices.SortStableFunc(alive, func(x, y int) int {
				mx, my := mean(x), mean(y)
				switch {
				case mx > my:
					return -1
				case mx < my:
					return 1
				}
				return x - y
			})
			alive = alive[:(len(alive)+1)/2]
		}
		best := alive[0]
		for _, c := range alive[1:] {
			if mean(c) > mean(best) {
				best = c
			}
		}
		if best != 0 {
			chosen = append(chosen, cands[best])
		}
	}
	return chosen
}

// rollouts is the reusable storage of a search's rollouts.
type rollouts struct {
	roller Roller
	first  *sim.State
	views  []sim.Sight
	orders []sim.Order
}

// value plays one rollout: this turn with the chosen orders, the candidate and Random for the
// side's later actors and for the other sides, then Random for everyone to the end. It returns
// the side's final score.
func (p *Search) value(rs *rollouts, st *sim.State, seed uint64, sd int, chosen []sim.Order, cand sim.Order, later []int) float64 {
	sc := st.Sc
	if len(rs.views) < len(sc.Sides) {
		rs.views = make([]sim.Sight, len(sc.Sides))
	}
	orders := append(rs.orders[:0], chosen...)
	if cand.Actor != "" {
		orders = append(orders, cand)
	}
	rnd := Random{Seed: seed}
	for i := range sc.Sides {
		v := sim.ViewInto(&rs.views[i], st, i)
		if i != sd {
			orders = rnd.appendOrders(v, orders)
			continue
		}
		for _, a := range later {
			orders = rnd.appendActor(v, a, orders)
		}
	}
	rs.orders = orders
	rs.first = sim.ResolveInto(rs.first, sim.Quiet(st), orders)
	return rs.roller.Play(rs.first, seed, p.Depth).Scores[sd]
}
