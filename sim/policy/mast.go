package policy

import (
	"math"

	"ttx/sim"
)

// mast is the search's own-side rollout policy, learnt as it searches (Move-Average Sampling,
// as in general game playing): every choice an actor of the side made in a rollout (the move,
// its target and its argument, or doing nothing) keeps the mean final score of the rollouts it
// was made in, and in later rollouts each actor draws among its legal choices with weights
// exp(mean/tau) (a Gibbs distribution), choices never tried counting as the mean of all
// rollouts. Orders that pay off only with the orders that follow them (a theft, then the
// laundering, then the cash-out) thus come to be played together, where a random continuation
// would almost never finish what the candidate began.
//
// tau is the standard deviation of the rollouts' scores times temp: the policy sharpens as the
// means of the choices spread apart.
type mast struct {
	stats map[int64]stat
	all   stat    // every rollout's score
	temp  float64 // tau in standard deviations of the scores
	trace []int64 // the choices of the rollout being played
	buf   []sim.Choice
	w     []float64
	space sim.Space // the candidates of an actor, to tell whether they are too many to list
	// chain tells the chain moves of chainSc, the scenario last played (see chainMoves).
	chain   []bool
	chainSc *sim.Scenario
	sub     []int // the choices of an actor that move stolen value
}

// mastList is the most candidates (sim.Space) an actor may have for the learnt policy to list
// its legal choices and draw among them by what it learnt; an actor with more (in the library
// none has more than a few hundred) plays uniformly, as Random does, and what it plays is not
// learnt, which keeps a rollout's cost and the memory of what was learnt bounded.
const mastList = 1024

// stat is a running count, sum and sum of squares.
type stat struct {
	n        int
	sum, sq2 float64
}

func (s stat) mean() float64 { return s.sum / float64(s.n) }

// mastKey packs actor a's choice c (c.Move < 0: doing nothing) into one number: the loader's
// limits (512 moves; fewer than 65,535 targets of a kind, incidents included, and arguments)
// keep the fields apart. The low 9 bits of a parameter go above them (bits 53..61): every rung
// of a ladder and the amounts Legal offers of a range narrower than 512 are learnt apart.
func mastKey(a int, c sim.Choice) int64 {
	k := (((int64(a)<<12|int64(c.Move+1))<<16|int64(c.Target+1))<<16 | int64(c.Arg+1))
	return k | int64(uint64(c.Param)&0x1ff)<<53
}

var passChoice = sim.Choice{Move: -1, Target: -1, Arg: -1}

// key is mastKey of actor a's choice c, with one bit of the target: whether it holds stolen
// value (an asset, or a link's source) by dirty, the stolen value at each asset of the
// rollout's state (see appendChoices). A cash-out or a laundering hop is worth much with stolen
// value to move and nothing without, so the two are learnt apart.
func (m *mast) key(v *sim.Sight, dirty []int64, a int, c sim.Choice) int64 {
	k := mastKey(a, c)
	if c.Move < 0 || c.Target < 0 {
		return k
	}
	x := -1
	switch v.Sc.Moves[c.Move].Target {
	case sim.TargetAsset:
		x = c.Target
	case sim.TargetLink:
		x = v.Sc.Links[c.Target].From
	}
	if x >= 0 && dirty[x] > 0 {
		k |= 1 << 62
	}
	return k
}

// reset forgets what the policy learnt.
func (m *mast) reset(temp float64) {
	if m.stats == nil {
		m.stats = map[int64]stat{}
	}
	clear(m.stats)
	m.all, m.temp, m.trace = stat{}, temp, m.trace[:0]
}

// note records that actor a of the side of v made choice c in the rollout being played, dirty
// being the stolen value held at each asset in the rollout (see key).
func (m *mast) note(v *sim.Sight, dirty []int64, a int, c sim.Choice) {
	m.trace = append(m.trace, m.key(v, dirty, a, c))
}

// learn credits every choice of the rollout just played with the side's score at its end, and
// starts the next rollout.
func (m *mast) learn(score float64) {
	m.all.n++
	m.all.sum += score
	m.all.sq2 += float64(score * score)
	for _, k := range m.trace {
		s := m.stats[k]
		s.n++
		s.sum += score
		m.stats[k] = s
	}
	m.trace = m.trace[:0]
}

// tau returns the temperature of the Gibbs draw, or 0 while the scores have not spread.
func (m *mast) tau() float64 {
	if m.all.n < 2 {
		return 0
	}
	mu := m.all.mean()
	sd := math.Sqrt(max(m.all.sq2/float64(m.all.n)-float64(mu*mu), 0))
	return sd * m.temp
}

// appendChoices appends the orders of the side of v drawn from the learnt policy, in indices;
// s is the rollout's state, of which v is the side's view, and seed keys the draws. An actor
// with more than mastList candidates plays uniformly.
//
// The policy reads the stolen value held at each asset from s, not v: the whole state of a
// rollout is a guess made from the side's view (sim.Sample, and the search's ledger) and the
// dice the rollout drew, so it tells nothing the side does not know, and the side knows where
// it sent its stolen value, even to an exchange whose holdings its view does not show.
func (m *mast) appendChoices(v *sim.Sight, s *sim.State, seed uint64, out []sim.ActorChoice) []sim.ActorChoice {
	tau := m.tau()
	base := 0.0
	if m.all.n > 0 {
		base = m.all.mean()
	}
	if m.chainSc != v.Sc {
		m.chain, m.chainSc = chainMoves(v.Sc), v.Sc
	}
	for _, a := range v.Sc.Sides[v.Side].Actors {
		if m.space.Reset(v, a) > mastList {
			// Too many choices to list or learn: play uniformly, as Random does, without
			// noting the choice.
			if c, ok := (Random{Seed: seed ^ mastSalt}).choose(v, a, &m.space); ok {
				out = append(out, sim.ActorChoice{Actor: a, Choice: c})
			}
			continue
		}
		cs := sim.Choices(v, a, m.buf[:0])
		m.buf = cs
		r := sim.Draw(seed^mastSalt, v.Turn, a, -1-v.Side, 0)
		// An actor that can move stolen value finishes the chain: it draws among those
		// choices only (see chain.go).
		m.sub = m.sub[:0]
		for i, c := range cs {
			if movesStolen(v.Sc, s.Dirty, m.chain, c) {
				m.sub = append(m.sub, i)
			}
		}
		k := len(cs) // doing nothing
		switch {
		case len(m.sub) > 0 && tau <= 0:
			k = m.sub[int(r*float64(len(m.sub)))]
		case len(m.sub) > 0:
			k = m.gibbs(v, s.Dirty, a, cs, m.sub, r, tau, base)
		case tau <= 0:
			k = int(r * float64(len(cs)+1))
		default:
			k = m.gibbs(v, s.Dirty, a, cs, nil, r, tau, base)
		}
		if k < len(cs) {
			m.note(v, s.Dirty, a, cs[k])
			out = append(out, sim.ActorChoice{Actor: a, Choice: cs[k]})
		} else {
			m.note(v, s.Dirty, a, passChoice)
		}
	}
	return out
}

// gibbs draws one of the choices cs of actor a, or len(cs) for doing nothing, by r in [0, 1):
// each with weight exp((mean - best)/tau), a choice never tried having mean base. With only
// set, it draws among the choices of those indices in cs instead (and never nothing).
func (m *mast) gibbs(v *sim.Sight, dirty []int64, a int, cs []sim.Choice, only []int, r, tau, base float64) int {
	m.w = m.w[:0]
	top := math.Inf(-1)
	n := len(cs) + 1
	if only != nil {
		n = len(only)
	}
	for j := range n {
		i := j
		if only != nil {
			i = only[j]
		}
		c := passChoice // last: doing nothing
		if i < len(cs) {
			c = cs[i]
		}
		q := base
		if s, ok := m.stats[m.key(v, dirty, a, c)]; ok {
			q = s.mean()
		}
		m.w = append(m.w, q)
		top = max(top, q)
	}
	total := 0.0
	for i, q := range m.w {
		m.w[i] = sim.Exp((q - top) / tau)
		total += m.w[i]
	}
	x := float64(r * total) // rounded here: x -= w below must not fuse with it
	k := len(m.w) - 1
	for j, w := range m.w {
		if x < w {
			k = j
			break
		}
		x -= w
	}
	if only != nil {
		return only[k]
	}
	return k
}

// mastSalt separates the learnt policy's draws from Random's.
const mastSalt = 0x6d6173740004
