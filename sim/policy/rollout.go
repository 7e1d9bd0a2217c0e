package policy

import "ttx/sim"

// Rollout plays s to the end (or maxTurns turns, if not 0) with Random{Seed: seed} for every
// side and returns the last state: the same state Play would reach with those policies, but
// with no history (its Prev is nil), no events, results that name no orders (orders are given
// in indices, and adjudication takes the word of the space that drew them: sim.Draws) and
// almost no allocation. Each side still chooses from its own view. s is not changed.
func Rollout(s *sim.State, seed uint64, maxTurns int) *sim.State {
	var r Roller
	return r.Play(s, seed, maxTurns)
}

// Roller plays rollouts, reusing its storage from one to the next. A Roller is not safe for
// concurrent use; give each goroutine its own.
type Roller struct {
	buf   *sim.State // the rollout's state after its first turn, resolved in place
	head  sim.State  // the quiet copy of the state a rollout starts from
	views []sim.Sight
	masks []sim.Mask
	moves []sim.ActorChoice
	space sim.Space
	// own, when set, gives side ownSide's orders instead of Random (a search's learnt policy);
	// v is the side's view of s, the rollout's state, and seed is the rollout's.
	own     func(v *sim.Sight, s *sim.State, seed uint64, out []sim.ActorChoice) []sim.ActorChoice
	ownSide int
}

// Play is Rollout with the Roller's storage. The state it returns is the Roller's own, valid
// until its next Play.
func (r *Roller) Play(s *sim.State, seed uint64, maxTurns int) *sim.State {
	nsd := len(s.Sc.Sides)
	r.grow(nsd)
	rnd := Random{Seed: seed}
	// The turns leave their scores to the last state (the one read), unless a policy of the
	// rollout reads views: the learnt policy of a search.
	var cur *sim.State
	if r.own != nil {
		cur = sim.QuietInto(&r.head, s)
	} else {
		cur = sim.UnscoredInto(&r.head, s)
	}
	for n := 0; !cur.Over && (maxTurns <= 0 || n < maxTurns); n++ {
		if n == maxTurns-1 {
			cur.ScoreTurns() // the last turn's scores are read
		}
		r.moves = r.moves[:0]
		r.space.Draws(cur) // adjudication takes the space's word for the orders it drew
		for sd := range nsd {
			// Random needs only which candidates are legal: the side's mask gives that
			// without making its view, unless a check reads what the side cannot see.
			m := r.mask(cur, sd)
			if r.own != nil && sd == r.ownSide {
				r.moves = r.own(m.View(), cur, seed, r.moves)
			} else {
				r.moves = rnd.appendMaskedChoices(m, r.moves, &r.space)
			}
		}
		if n > 0 {
			// cur is the Roller's own (the first turn's copy, below): resolved in place.
			cur = sim.ResolveDrawnOver(cur, r.moves, &r.space)
			continue
		}
		cur = sim.ResolveDrawnInto(r.buf, cur, r.moves, &r.space)
		r.buf = cur
	}
	return cur
}

// grow makes room for nsd sides' views and masks.
func (r *Roller) grow(nsd int) {
	if len(r.views) < nsd {
		r.views = make([]sim.Sight, nsd)
	}
	if len(r.masks) < nsd {
		r.masks = make([]sim.Mask, nsd)
	}
}

// mask returns side sd's mask of s, its view (made only when needed) in the Roller's storage.
func (r *Roller) mask(s *sim.State, sd int) *sim.Mask {
	return r.masks[sd].Reset(s, sd, &r.views[sd])
}
