package policy

import (
	"slices"
	"sync"

	"ttx/sim"
)

// DefaultSamples is how many guesses at the hidden state Greedy averages over.
const DefaultSamples = 4

// Greedy's budget. A side's turn resolves at most about GreedyBudget one-turn games (each
// candidate on each guess), so that a scenario with many actors, targets and arguments (every
// actor able to blame any of 250 actors for any of 1,000 assets) is decided in a bounded time
// and memory: each actor of the side scores at most max(GreedyBudget/(guesses×actors) - 1,
// greedyMinCands) candidates besides doing nothing. An actor with more legal orders than that
// scores a sample of them, drawn deterministically from the seed (see candidates). The library
// scenarios have at most a few dozen legal orders an actor, far below the budget, and are
// played as if there were none.
const (
	GreedyBudget   = 1 << 14
	greedyMinCands = 8
	// greedyList is the most candidates (sim.Space) an actor may have for Greedy to list its
	// legal orders and sample among them; above it, Greedy draws candidates from the space and
	// keeps the legal ones.
	greedyList = 4096
	// greedyTries is how many draws, per candidate wanted, Greedy makes from a larger space.
	greedyTries = 4
)

// Greedy plays, actor by actor, the order that gives its side the best expected score one turn
// ahead, or nothing when no order beats doing nothing. It sees only its side's view: it scores
// each candidate on Samples guesses at the hidden state (sim.Sample), the other sides giving no
// orders, with the same guesses and dice for every candidate. Ties go to the earlier order in
// Legal's order (doing nothing first). It is deterministic for a given seed. An actor with more
// legal orders than its share of GreedyBudget allows scores a sample of them.
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
	for _, ap := range greedyPlan(v, p.Seed, p.Samples, nil) {
		if ap.pick > 0 {
			chosen = append(chosen, ap.order(v.Sc, v.Side, ap.pick))
		}
	}
	return chosen
}

// actorPlan is what the greedy look one turn ahead found for one actor of the side.
type actorPlan struct {
	actor   int
	choices []sim.Choice // 0: doing nothing (unused), then the actor's legal choices (or a sample) in Legal's order
	gain    []float64    // each candidate's expected score one turn ahead, less doing nothing's
	pick    int          // greedy's choice: the first candidate of the highest gain above 0
}

// order returns candidate k >= 1 of the plan as an order of side sd of sc.
func (ap *actorPlan) order(sc *sim.Scenario, sd, k int) sim.Order {
	o := sim.OrderOf(sc, ap.actor, ap.choices[k])
	o.Side = sc.Sides[sd].ID
	return o
}

// guesses is the storage of a greedy plan's guesses, kept from plan to plan (guessPool): a
// plan keeps nothing of it once it has chosen.
type guesses struct {
	store []*sim.State      // each guess's storage (sim.SampleInto)
	quiet []sim.State       // each guess as adjudication weighs it (sim.Quiet), in store's storage
	cands []sim.Choice      // an actor's candidates
	next  *sim.State        // a guess's turn, adjudicated as far as the side's score (sim.ScoreChoicesInto)
	try   []sim.ActorChoice // the orders chosen so far and the candidate weighed
}

// guessPool keeps the storage of greedy plans' guesses: a plan takes one and gives it back.
var guessPool = sync.Pool{New: func() any { return new(guesses) }}

// greedyPlan scores, actor by actor in the side's order, each legal order of the actor one
// turn ahead on k guesses at the hidden state (0: DefaultSamples), with the orders picked for
// the actors before it, and picks the best. Greedy plays the picks; Search starts from them.
// An actor with more legal orders than its share of GreedyBudget scores a sample of them.
// fix, when set, completes each guess with what the caller knows beyond the view (Search's
// ledger).
func greedyPlan(v *sim.Sight, seed uint64, k int, fix func(*sim.State)) []actorPlan {
	if k <= 0 {
		k = DefaultSamples
	}
	actors := v.Sc.Sides[v.Side].Actors
	limit := max(GreedyBudget/(k*max(len(actors), 1))-1, greedyMinCands)
	sp := spaces.Get().(*sim.Space)
	defer spaces.Put(sp)
	g := guessPool.Get().(*guesses)
	defer guessPool.Put(g)
	for len(g.store) < k {
		g.store = append(g.store, nil)
	}
	if len(g.quiet) < k {
		g.quiet = make([]sim.State, k)
	}
	sts := make([]*sim.State, k)
	for i := range sts {
		g.store[i] = sim.SampleInto(g.store[i], v, draw64(seed^greedySalt, v.Turn, v.Side, i))
		g.quiet[i] = *sim.Quiet(g.store[i])
		sts[i] = &g.quiet[i]
		if fix != nil {
			fix(sts[i])
		}
	}
	var chosen []sim.ActorChoice // in indices: adjudication parses no ids
	eval := func(orders []sim.ActorChoice) float64 {
		t := 0.0
		for _, st := range sts {
			var sc float64
			g.next, sc = sim.ScoreChoicesInto(g.next, st, orders, v.Side)
			t += sc
		}
		return t / float64(k)
	}
	plans := make([]actorPlan, len(actors))
	// The value of the orders chosen so far: the best of the actor before (whose chosen
	// orders, picked or not, are these), so it is worked out once, for the first actor.
	base := 0.0
	for ai, a := range actors {
		ap := &plans[ai]
		ap.actor = a
		cs := candidates(v, a, limit, seed, sp, g.cands[:0])
		g.cands = cs
		ap.choices = make([]sim.Choice, len(cs)+1)
		ap.gain = make([]float64, len(cs)+1)
		if ai == 0 {
			base = eval(chosen)
		}
		bestV := base
		for i, c := range cs {
			ap.choices[i+1] = c
			g.try = append(append(g.try[:0], chosen...), sim.ActorChoice{Actor: a, Choice: c})
			val := eval(g.try)
			ap.gain[i+1] = val - base
			if val > bestV {
				ap.pick, bestV = i+1, val
			}
		}
		if ap.pick > 0 {
			chosen = append(chosen, sim.ActorChoice{Actor: a, Choice: ap.choices[ap.pick]})
		}
		base = bestV
	}
	return plans
}

// candidates appends to out the legal choices of actor a that Greedy scores, in Legal's order:
// all of them when there are at most limit; otherwise limit of them drawn uniformly without
// replacement, or, when the actor has more than greedyList candidates (sp, the space of the
// actor's choices), those legal among greedyTries×limit draws from the space (a uniform sample
// of the legal choices, of at most limit, fewer when few candidates are legal). The draws come
// from the seed, the turn, the side and the actor. sp is scratch.
func candidates(v *sim.Sight, a, limit int, seed uint64, sp *sim.Space, out []sim.Choice) []sim.Choice {
	dice := sim.DiceOf(seed^sampleSalt, v.Turn, a, -1-v.Side)
	n := sp.Reset(v, a)
	if n <= greedyList {
		out = sim.Choices(v, a, out)
		if len(out) <= limit {
			return out
		}
		// A partial Fisher-Yates shuffle picks limit of them; sorting the picks keeps them in
		// Legal's order.
		idx := make([]int, len(out))
		for i := range idx {
			idx[i] = i
		}
		for i := range limit {
			j := i + int(dice.Draw(i)*float64(len(idx)-i))
			idx[i], idx[j] = idx[j], idx[i]
		}
		idx = idx[:limit]
		slices.Sort(idx)
		for i, j := range idx {
			out[i] = out[j]
		}
		return out[:limit]
	}
	// Too many to list: draw candidates and keep the legal ones, each once, in the space's
	// order, which is Legal's.
	ks := make([]int, 0, limit)
	seen := make(map[int]bool, limit)
	for i := 0; i < greedyTries*limit && len(ks) < limit; i++ {
		k := int(dice.Draw(i) * float64(n))
		if seen[k] {
			continue
		}
		seen[k] = true
		if _, ok := sp.At(k); ok {
			ks = append(ks, k)
		}
	}
	slices.Sort(ks)
	for _, k := range ks {
		c, _ := sp.At(k)
		out = append(out, c)
	}
	return out
}

// Salts separate the draws of each policy from each other's and the engine's.
const (
	greedySalt = 0x6772656564790002
	searchSalt = 0x7365617263680003
	sampleSalt = 0x73616d706c650005
)

// draw64 returns a 64-bit seed derived from its arguments.
func draw64(seed uint64, turn, side, i int) uint64 {
	return uint64(sim.Draw(seed, turn, side, i, 7)*(1<<53))<<11 ^ uint64(sim.Draw(seed, turn, side, i, 8)*(1<<53))
}
