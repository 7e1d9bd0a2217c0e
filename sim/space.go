package sim

import "slices"

// IsLegal reports whether choice c is among Choices(v, a): one check by the same code, for a
// policy that draws candidates instead of listing them.
func IsLegal(v *Sight, a int, c Choice) bool {
	sc := v.Sc
	if v.State.Over || a < 0 || a >= len(sc.Actors) || !contains(sc.CanPlay[a], c.Move) {
		return false
	}
	m := &sc.Moves[c.Move]
	switch {
	case m.Target == TargetNone:
		if c.Target != -1 {
			return false
		}
	case c.Target < 0 || c.Target >= targetCount(sc, v.State, m.Target):
		return false
	case m.targets != nil:
		if _, ok := slices.BinarySearch(m.targets, c.Target); !ok {
			return false
		}
	}
	switch m.Arg {
	case ArgActor:
		if c.Arg < 0 || c.Arg >= len(sc.Actors) {
			return false
		}
		if m.args != nil {
			if _, ok := slices.BinarySearch(m.args, c.Arg); !ok {
				return false
			}
		}
	case ArgBallot:
		if c.Arg < 0 || c.Arg >= len(BallotNames) {
			return false
		}
	default:
		if c.Arg != -1 {
			return false
		}
	}
	x := ctxPool.Get().(*Ctx)
	defer release(x)
	split, ok := v.moveHolds(x, a, c.Move)
	if !ok || !v.targetHolds(x, a, m, split, c.Target) {
		return false
	}
	return m.Arg != ArgActor || argHolds(x, m, split, c.Arg)
}

// Space is the candidates of one actor in one view, numbered from 0, for a policy that draws
// a candidate uniformly and keeps it if it is legal (rejection sampling) instead of listing
// every legal choice: each target and argument of each move the actor may play (an incident
// target: each incident so far). Every legal choice is a candidate exactly once. The candidates
// depend on the view only through its number of incidents, so Reset costs almost nothing and
// At makes every check. A Space is reused from actor to actor (Reset) and remembers the
// candidates of each actor of the last scenario; it is not safe for concurrent use.
type Space struct {
	v    *Sight
	a    int
	c    Ctx // the context of the candidate being checked
	sc   *Scenario
	tab  [][]spaceMove // per actor: its moves, target-major
	ms   []spaceMove   // the actor's moves
	ni   int           // the view's incidents
	size int
}

// spaceMove is one move of a Space: nt targets (-1: one per incident) of na arguments each.
type spaceMove struct {
	mv, nt, na int
}

// Reset makes sp the candidates of actor a in v and returns how many there are.
func (sp *Space) Reset(v *Sight, a int) int {
	sc := v.Sc
	if sp.sc != sc {
		sp.index(sc)
	}
	sp.v, sp.a, sp.ms, sp.ni, sp.size = v, a, sp.tab[a], len(v.Incidents), 0
	if v.State.Over {
		sp.ms = nil
	}
	for _, sm := range sp.ms {
		nt := sm.nt
		if nt < 0 {
			nt = sp.ni
		}
		sp.size += nt * sm.na
	}
	return sp.size
}

// index lists the moves of every actor of sc with their numbers of targets and arguments.
func (sp *Space) index(sc *Scenario) {
	sp.sc = sc
	sp.tab = make([][]spaceMove, len(sc.Actors))
	for a := range sc.Actors {
		for _, mv := range sc.CanPlay[a] {
			m := &sc.Moves[mv]
			nt := 1
			switch {
			case m.targets != nil:
				nt = len(m.targets)
			case m.Target == TargetIncident:
				nt = -1
			case m.Target != TargetNone:
				nt = targetCount(sc, nil, m.Target)
			}
			na := 1
			switch {
			case m.Arg == ArgBallot:
				na = len(ballotOrder)
			case m.Arg == ArgActor && m.args != nil:
				na = len(m.args)
			case m.Arg == ArgActor:
				na = len(sc.Actors)
			}
			if nt != 0 && na != 0 {
				sp.tab[a] = append(sp.tab[a], spaceMove{mv: mv, nt: nt, na: na})
			}
		}
	}
}

// Len returns the number of candidates.
func (sp *Space) Len() int { return sp.size }

// At returns candidate k (0 <= k < Len()) and whether it is legal: IsLegal(v, a, c).
func (sp *Space) At(k int) (c Choice, legal bool) {
	var sm *spaceMove
	nt := 0
	for i := range sp.ms {
		sm = &sp.ms[i]
		nt = sm.nt
		if nt < 0 {
			nt = sp.ni
		}
		if k < nt*sm.na {
			break
		}
		k -= nt * sm.na
	}
	v, sc := sp.v, sp.v.Sc
	m := &sc.Moves[sm.mv]
	t, x := k/sm.na, k%sm.na
	switch {
	case m.Target == TargetNone:
		t = -1
	case m.targets != nil:
		t = m.targets[t]
	}
	switch {
	case m.Arg == ArgBallot:
		x = ballotOrder[x]
	case m.Arg == ArgActor && m.args != nil:
		x = m.args[x]
	case m.Arg != ArgActor:
		x = -1
	}
	c = Choice{Move: sm.mv, Target: t, Arg: x}
	ctx := &sp.c
	split, ok := v.moveHolds(ctx, sp.a, sm.mv)
	legal = ok && v.targetHolds(ctx, sp.a, m, split, t) && (m.Arg != ArgActor || argHolds(ctx, m, split, x))
	return c, legal
}
