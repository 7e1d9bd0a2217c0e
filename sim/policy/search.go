package policy

import (
	"math"
	"slices"

	"ttx/sim"
)

// DefaultRollouts is the rollout budget of a Search turn when none is given.
const DefaultRollouts = 1000

// Search chooses its side's orders by rollouts over sampled hidden state, starting from
// Greedy's orders and departing from them only where the rollouts show a significant gain. It
// sees only its side's view.
//
// Each turn it first makes Greedy's plan (one turn ahead, DefaultSamples guesses). Then, actor
// by actor in the side's order, each of the actor's candidates (each legal order, and doing
// nothing) is scored against greedy's pick for that actor by rollouts: the game is played to
// its end (or Depth turns) from a guess at the hidden state (sim.Sample), this turn with the
// side's orders decided so far, the candidate, and greedy's picks for the actors still to
// decide, the other sides Random, then Random for everyone. A candidate's value is the side's
// score at the end of the rollout, less greedy's pick's on the same guess and dice (common
// random numbers). Successive halving keeps the better half of the challengers each round;
// the last one left is then played against greedy's pick on fresh guesses, and replaces it only
// when its mean gain there exceeds Z standard errors (2 when greedy's pick is doing nothing, as
// greedy then saw nothing worth doing). A random continuation makes rollouts
// noisy and undervalues investments; the test against greedy's pick keeps that noise from
// making the search worse than greedy.
//
// The budget is Rollouts a turn (each rollout one candidate played out once), split evenly over
// the side's actors that have a choice: deterministic for a given seed. With Millis and Clock
// set, it also stops when that many milliseconds have passed since the turn began, and is then
// no longer reproducible; an actor whose time runs out keeps greedy's pick.
type Search struct {
	Seed     uint64
	Rollouts int // rollouts a turn; 0: DefaultRollouts, or no limit but the time budget
	Millis   int // time budget a turn; 0: none
	// Depth stops each rollout this many turns after the current one (0: at the end of the
	// game); the value is then the side's score where the rollout stopped.
	Depth int
	// Z is how many standard errors a challenger's mean gain over greedy's pick must exceed
	// for the search to depart from greedy (0: DefaultZ).
	Z float64

	// Clock returns a time in nanoseconds; the engine has no clock, so a caller that wants a
	// time budget supplies one.
	Clock func() int64
}

// DefaultZ is the default significance a departure from greedy needs, in standard errors.
const DefaultZ = 3

// finalShare is the share of an actor's rollouts kept for the final test against greedy.
const finalShare = 0.4

// Orders implements Policy.
func (p *Search) Orders(v *sim.Sight) []sim.Order {
	if v.Over || v.Side < 0 {
		return nil
	}
	budget := p.Rollouts
	if budget <= 0 {
		budget = DefaultRollouts
	}
	z := p.Z
	if z <= 0 {
		z = DefaultZ
	}
	sd := v.Side
	plans := greedyPlan(v, p.Seed, 0)
	active := 0 // actors with a choice
	for i := range plans {
		if len(plans[i].cands) > 1 {
			active++
		}
	}
	// stop says whether the time of the ith actor with a choice is up: each gets an equal share.
	stop := func(i int) bool { return false }
	if p.Millis > 0 && p.Clock != nil {
		if p.Rollouts <= 0 {
			budget = 1 << 30 // the clock decides
		}
		begin, total, n := p.Clock(), int64(p.Millis)*1e6, int64(max(active, 1))
		stop = func(i int) bool { return p.Clock()-begin >= total*int64(i+1)/n }
	}
	per := max(budget/max(active, 1), 4)
	// turn holds the side's orders of this turn, one per actor (empty: nothing): greedy's
	// picks until the search decides otherwise.
	turn := make([]sim.Order, len(plans))
	for i := range plans {
		turn[i] = plans[i].cands[plans[i].pick]
	}
	var rs rollouts
	var orders []sim.Order
	// with returns this turn's orders of the side with candidate c for actor ai.
	with := func(ai, c int) []sim.Order {
		orders = orders[:0]
		for i, o := range turn {
			if i == ai {
				o = plans[ai].cands[c]
			}
			if o.Actor != "" {
				orders = append(orders, o)
			}
		}
		return orders
	}
	searched := 0
	for ai := range plans {
		ap := &plans[ai]
		if len(ap.cands) < 2 {
			continue
		}
		k := 0 // guesses so far for this actor: each has its own hidden state and dice
		guess := func() (*sim.State, uint64) {
			seed := draw64(p.Seed^searchSalt, v.Turn, sd, ai<<20|k)
			k++
			return sim.Quiet(sim.Sample(v, seed)), seed
		}
		// value plays candidate c on one guess.
		value := func(st *sim.State, seed uint64, c int) float64 {
			return rs.value(st, seed, sd, with(ai, c), p.Depth)
		}
		until := func() bool { return stop(searched) }
		za := z
		if ap.pick == 0 {
			za = 2 // greedy saw nothing worth doing: less evidence suffices to do something
		}
		if c, ok := challenger(ap, per, until, guess, value); ok && wins(ap, c, per, za, until, guess, value) {
			turn[ai] = ap.cands[c]
		}
		searched++
	}
	var out []sim.Order
	for _, o := range turn {
		if o.Actor != "" {
			out = append(out, o)
		}
	}
	return out
}

// challenger runs successive halving over the candidates of ap other than greedy's pick and
// returns the one left, or false when time ran out first.
func challenger(ap *actorPlan, per int, stop func() bool, guess func() (*sim.State, uint64), value func(*sim.State, uint64, int) float64) (int, bool) {
	alive := make([]int, 0, len(ap.cands)-1)
	for c := range ap.cands {
		if c != ap.pick {
			alive = append(alive, c)
		}
	}
	rounds := 0
	for n := len(alive); n > 1; n = (n + 1) / 2 {
		rounds++
	}
	sum := make([]float64, len(ap.cands))
	for len(alive) > 1 {
		// Each guess plays greedy's pick and every challenger left.
		m := max(int(float64(per)*(1-finalShare)/float64(rounds)/float64(len(alive)+1)), 1)
		for range m {
			if stop() {
				return 0, false
			}
			st, seed := guess()
			base := value(st, seed, ap.pick)
			for _, c := range alive {
				sum[c] += value(st, seed, c) - base
			}
		}
		slices.SortStableFunc(alive, func(x, y int) int {
			switch {
			case sum[x] > sum[y]:
				return -1
			case sum[x] < sum[y]:
				return 1
			}
			return x - y
		})
		alive = alive[:(len(alive)+1)/2]
	}
	return alive[0], true
}

// wins plays challenger c against greedy's pick on fresh guesses and reports whether its mean
// gain is positive and above z standard errors.
func wins(ap *actorPlan, c, per int, z float64, stop func() bool, guess func() (*sim.State, uint64), value func(*sim.State, uint64, int) float64) bool {
	m := max(int(float64(per)*finalShare/2), 2)
	var s1, s2 float64
	n := 0
	for range m {
		if stop() {
			break
		}
		st, seed := guess()
		d := value(st, seed, c) - value(st, seed, ap.pick)
		s1 += d
		s2 += d * d
		n++
	}
	if n < 2 {
		return false
	}
	mean := s1 / float64(n)
	se := math.Sqrt(max(s2/float64(n)-mean*mean, 0) / float64(n-1))
	return mean > 0 && mean > z*se
}

// rollouts is the reusable storage of a search's rollouts.
type rollouts struct {
	roller Roller
	first  *sim.State
	views  []sim.Sight
	orders []sim.Order
}

// value plays one rollout from st, a guess: this turn the side's orders own and Random for the
// other sides, then Random for everyone to the end (or depth turns more, if not 0). It returns
// the side's score where the rollout stopped.
func (rs *rollouts) value(st *sim.State, seed uint64, sd int, own []sim.Order, depth int) float64 {
	sc := st.Sc
	if len(rs.views) < len(sc.Sides) {
		rs.views = make([]sim.Sight, len(sc.Sides))
	}
	orders := append(rs.orders[:0], own...)
	rnd := Random{Seed: seed}
	for i := range sc.Sides {
		if i != sd {
			orders = rnd.appendOrders(sim.ViewInto(&rs.views[i], st, i), orders)
		}
	}
	rs.orders = orders
	rs.first = sim.ResolveInto(rs.first, st, orders)
	return rs.roller.Play(rs.first, seed, depth).Scores[sd]
}
