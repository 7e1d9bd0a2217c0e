package policy

import (
	"math"
	"slices"

	"ttx/sim"
)

// DefaultRollouts is the rollout budget of a Search turn when none is given.
const DefaultRollouts = 3000

// Search chooses its side's orders by rollouts over sampled hidden state, starting from
// Greedy's orders and departing from them where the rollouts show a gain. It sees only its
// side's view.
//
// Each turn it first makes Greedy's plan (one turn ahead, DefaultSamples guesses). Then, actor
// by actor in the side's order, each of the actor's candidates (each legal order, and doing
// nothing) is scored against greedy's pick for that actor by rollouts: the game is played to
// its end (or Depth turns) from a guess at the hidden state (sim.Sample), this turn with the
// side's orders decided so far, the candidate, and greedy's picks for the actors still to
// decide, the other sides Random; after this turn the other sides play Random and the side
// plays the policy it learns from its rollouts (see mast: each choice's mean final score,
// drawn by a Gibbs distribution of temperature Temp), so that orders which pay off only with
// the right orders after them (a theft, the laundering, the cash-out) are valued with a
// continuation that plays them; that policy finishes chains (see chain.go), and each guess
// holds the side's stolen value where the search's ledger puts it (see ledger), which the view
// does not show once the value has left the side's own wallets. A candidate's value is the
// side's score at the end of the rollout, less greedy's pick's on the same guess and dice
// (common random numbers).
// Successive halving keeps the better half of the challengers each round; the last one left
// is then played against greedy's pick on fresh guesses, and replaces it only when its mean
// gain there exceeds Z standard errors: rollouts are noisy, and the test keeps the noise from
// making the search worse than greedy.
//
// What the side's rollout policy learnt is kept from turn to turn of a game (it is forgotten
// when the game goes back to an earlier turn or changes scenario), so a Search is a game's:
// give each game its own. The budget is Rollouts a turn (each rollout one candidate played
// out once), shared among the side's actors by their numbers of challengers, so that each
// challenger gets as many: deterministic for a given seed and the same views. The budget
// bounds a turn's time and memory whatever the scenario: a rollout longer than searchWork
// actor-turns counts as several; an actor has at most the candidates Greedy scores (a sample
// of its legal orders when they are many: see GreedyBudget); and an actor with more challengers
// than its share can play once each round of halving keeps those of the highest gain one turn
// ahead. Each actor's share is at least four rollouts.
//
// With Millis and Clock set, it also stops when that many milliseconds have passed since the
// turn began, and is then no longer reproducible; an actor whose time runs out keeps greedy's
// pick.
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
	// Temp sets how sharply the side's own rollout policy follows what it learnt: the
	// temperature of its Gibbs draw in standard deviations of the rollouts' scores (0:
	// DefaultTemp; negative: the side plays Random in rollouts, as the other sides do).
	Temp float64

	// Clock returns a time in nanoseconds; the engine has no clock, so a caller that wants a
	// time budget supplies one.
	Clock func() int64

	rs   rollouts      // the rollouts' storage and the side's learnt rollout policy
	book ledger        // where the side's stolen value lies unseen
	last *sim.Scenario // the scenario of the last turn searched
	turn int           // and its turn
}

// DefaultTemp is the default temperature of the side's learnt rollout policy, in standard
// deviations of the rollouts' scores.
const DefaultTemp = 0.5

// DefaultZ is the default significance a departure from greedy needs, in standard errors.
const DefaultZ = 1

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
	budget = scaleBudget(budget, v, p.Depth)
	rs := &p.rs
	// The ledger reads each turn's results once: asked again for the same turn (a seat that
	// asks twice), it keeps what it holds.
	switch {
	case v.Sc != p.last || v.Turn < p.turn:
		p.book.reset(v.Sc) // another game, or back in this one
		p.book.update(v)
	case v.Turn > p.turn:
		p.book.update(v)
	}
	fix := func(st *sim.State) { p.book.apply(v, st) }
	plans := greedyPlan(v, p.Seed, 0, fix)
	// Each actor with a choice gets a share of the budget by its number of challengers;
	// upto[i] is the challengers of the actors up to the ith, all the challengers.
	upto := make([]int, len(plans))
	all := 0
	for i := range plans {
		all += len(plans[i].choices) - 1
		upto[i] = all
	}
	// stop says whether the time of the actor is up: its share ends with its challengers.
	stop := func(i int) bool { return false }
	if p.Millis > 0 && p.Clock != nil {
		if p.Rollouts <= 0 {
			budget = 1 << 30 // the clock decides
		}
		begin, total, n := p.Clock(), int64(p.Millis)*1e6, int64(max(all, 1))
		stop = func(i int) bool { return p.Clock()-begin >= total*int64(upto[i])/n }
	}
	// turn holds the side's orders of this turn: the candidate of each actor (0: nothing),
	// greedy's picks until the search decides otherwise.
	turn := make([]int, len(plans))
	for i := range plans {
		turn[i] = plans[i].pick
	}
	temp := p.Temp
	if temp == 0 {
		temp = DefaultTemp
	}
	rs.roller.own = nil // Random, as the other sides
	if temp > 0 {
		rs.roller.own, rs.roller.ownSide = rs.mast.appendChoices, sd
	}
	if v.Sc != p.last || v.Turn <= p.turn || rs.mast.temp != temp {
		rs.mast.reset(temp) // another game, or back in this one
	}
	p.last, p.turn = v.Sc, v.Turn
	var orders []sim.ActorChoice
	// with returns this turn's orders of the side with candidate c for actor ai, and notes
	// them as the rollout's first choices.
	with := func(st *sim.State, ai, c int) []sim.ActorChoice {
		orders = orders[:0]
		for i, k := range turn {
			if i == ai {
				k = c
			}
			if k == 0 {
				rs.mast.note(v, st.Dirty, plans[i].actor, passChoice)
				continue
			}
			rs.mast.note(v, st.Dirty, plans[i].actor, plans[i].choices[k])
			orders = append(orders, sim.ActorChoice{Actor: plans[i].actor, Choice: plans[i].choices[k]})
		}
		return orders
	}
	for ai := range plans {
		ap := &plans[ai]
		if len(ap.choices) < 2 {
			continue
		}
		k := 0 // guesses so far for this actor: each has its own hidden state and dice
		guess := func() (*sim.State, uint64) {
			seed := draw64(p.Seed^searchSalt, v.Turn, sd, ai<<20|k)
			k++
			st := sim.Quiet(sim.Sample(v, seed))
			fix(st)
			return st, seed
		}
		// value plays candidate c on one guess.
		value := func(st *sim.State, seed uint64, c int) float64 {
			return rs.value(st, seed, sd, with(st, ai, c), p.Depth)
		}
		until := func() bool { return stop(ai) }
		per := max(int(int64(budget)*int64(len(ap.choices)-1)/int64(max(all, 1))), 4)
		if c, ok := challenger(ap, per, until, guess, value); ok && wins(ap, c, per, z, until, guess, value) {
			turn[ai] = c
		}
	}
	var out []sim.Order
	for i, k := range turn {
		if k > 0 {
			out = append(out, plans[i].order(v.Sc, sd, k))
		}
	}
	return out
}

// challenger runs successive halving over the candidates of ap other than greedy's pick and
// returns the one left, or false when time ran out first.
func challenger(ap *actorPlan, per int, stop func() bool, guess func() (*sim.State, uint64), value func(*sim.State, uint64, int) float64) (int, bool) {
	alive := make([]int, 0, len(ap.choices)-1)
	for c := range ap.choices {
		if c != ap.pick {
			alive = append(alive, c)
		}
	}
	if n := maxChallengers(per, len(alive)); len(alive) > n {
		// More than the share can play even once a round: keep those of the highest gain one
		// turn ahead (greedy's ranking), the earlier on ties, in candidate order.
		slices.SortStableFunc(alive, func(x, y int) int {
			switch {
			case ap.gain[x] > ap.gain[y]:
				return -1
			case ap.gain[x] < ap.gain[y]:
				return 1
			}
			return 0
		})
		alive = alive[:n]
		slices.Sort(alive)
	}
	rounds := 0
	for n := len(alive); n > 1; n = (n + 1) / 2 {
		rounds++
	}
	sum := make([]float64, len(ap.choices))
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

// halvingCost returns the rollouts successive halving plays over n challengers with one guess
// a round: each guess plays greedy's pick and every challenger left.
func halvingCost(n int) int {
	cost := 0
	for ; n > 1; n = (n + 1) / 2 {
		cost += n + 1
	}
	return cost
}

// maxChallengers returns the most challengers, up to limit, an actor's share of per rollouts
// can halve with one guess a round within the share's halving part (all but finalShare), and
// at least one.
func maxChallengers(per, limit int) int {
	n := 1
	for n < limit && halvingCost(n+1) <= int(float64(per)*(1-finalShare)) {
		n++
	}
	return n
}

// searchWork is the size of a rollout, in actor-turns (the scenario's actors times the turns
// the rollout plays), that counts as one rollout of the budget; a larger rollout counts as
// several (see scaleBudget). The library's rollouts are at most about 500 actor-turns.
const searchWork = 1024

// scaleBudget returns the rollout budget of a turn of v: budget rollouts, fewer when each
// rollout plays more than searchWork actor-turns (turns to the end of the game, or depth more),
// so that a turn of a scenario with many actors and turns costs about what budget rollouts of
// searchWork actor-turns do; at least one.
func scaleBudget(budget int, v *sim.Sight, depth int) int {
	turns := max(v.Sc.Turns-v.Turn+1, 1)
	if depth > 0 {
		turns = min(turns, depth+1)
	}
	if w := int64(len(v.Sc.Actors)) * int64(turns); w > searchWork {
		return max(int(int64(budget)*searchWork/w), 1)
	}
	return budget
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
		s2 += float64(d * d)
		n++
	}
	if n < 2 {
		return false
	}
	mean := s1 / float64(n)
	se := math.Sqrt(max(s2/float64(n)-float64(mean*mean), 0) / float64(n-1))
	return mean > 0 && mean > z*se
}

// rollouts is the reusable storage of a search's rollouts.
type rollouts struct {
	roller Roller // after the first turn; its own side plays by mast when the search learns
	first  *sim.State
	orders []sim.ActorChoice
	mast   mast
}

// value plays one rollout from st, a guess: this turn the side's orders own and Random for the
// other sides, then the roller to the end (or depth turns more, if not 0). It returns the
// side's score where the rollout stopped, and teaches the learnt policy that score.
func (rs *rollouts) value(st *sim.State, seed uint64, sd int, own []sim.ActorChoice, depth int) float64 {
	r := &rs.roller
	r.grow(len(st.Sc.Sides))
	orders := append(rs.orders[:0], own...)
	rnd := Random{Seed: seed}
	r.space.Draws(st) // the other sides' orders: adjudication takes the space's word for them
	for i := range st.Sc.Sides {
		if i != sd {
			orders = rnd.appendMaskedChoices(r.mask(st, i), orders, &r.space)
		}
	}
	rs.orders = orders
	rs.first = sim.ResolveDrawnInto(rs.first, st, orders, &r.space)
	score := r.Play(rs.first, seed, depth).Scores[sd]
	rs.mast.learn(score)
	return score
}
