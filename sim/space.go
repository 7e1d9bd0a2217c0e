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
// every legal choice: each target and argument of each move the actor can play and pay for
// and whose condition on the actor alone holds. Every legal choice is a candidate exactly
// once. A Space is reused from actor to actor (Reset); it is not safe for concurrent use.
type Space struct {
	v    *Sight
	a    int
	c    Ctx // the context of the candidate being checked
	ms   []spaceMove
	size int
}

// spaceMove is one move of a Space: its candidates are numbered from end-nt*na to end-1,
// target-major.
type spaceMove struct {
	mv, nt, na, end int
	split           bool
}

// Reset makes sp the candidates of actor a in v and returns how many there are. It checks
// each move's cost and the part of its condition about the actor, as Choices does, but no
// target or argument.
func (sp *Space) Reset(v *Sight, a int) int {
	sp.v, sp.a, sp.ms, sp.size = v, a, sp.ms[:0], 0
	if v.State.Over {
		return 0
	}
	sc := v.Sc
	for _, mv := range sc.CanPlay[a] {
		m := &sc.Moves[mv]
		split, ok := v.moveHolds(&sp.c, a, mv)
		if !ok {
			continue
		}
		nt := 1
		switch {
		case m.targets != nil:
			nt = len(m.targets)
		case m.Target != TargetNone:
			nt = targetCount(sc, v.State, m.Target)
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
		if nt*na == 0 {
			continue
		}
		sp.size += nt * na
		sp.ms = append(sp.ms, spaceMove{mv: mv, nt: nt, na: na, end: sp.size, split: split})
	}
	return sp.size
}

// Len returns the number of candidates.
func (sp *Space) Len() int { return sp.size }

// At returns candidate k (0 <= k < Len()) and whether it is legal: IsLegal(v, a, c).
func (sp *Space) At(k int) (c Choice, legal bool) {
	i := 0
	for sp.ms[i].end <= k {
		i++
	}
	sm := &sp.ms[i]
	v, sc := sp.v, sp.v.Sc
	m := &sc.Moves[sm.mv]
	off := k - (sm.end - sm.nt*sm.na)
	t, x := off/sm.na, off%sm.na
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
	*ctx = Ctx{S: v.State, Self: sp.a, Target: -1, Arg: -1, Side: v.Side, targetKind: m.Target, move: sm.mv}
	legal = v.targetHolds(ctx, sp.a, m, sm.split, t) && (m.Arg != ArgActor || argHolds(ctx, m, sm.split, x))
	return c, legal
}
