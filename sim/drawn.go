package sim

// A rollout's policy checks each order it gives as it draws it (Space.At, through its side's
// mask), and adjudication would check it again (checkChoice) against the same state: a sixth of
// a rollout's checking. Draws lets adjudication take a Space's word for the orders it found
// legal in the very state being adjudicated, and for nothing else: an order it vouches for is
// one At answered legal for that actor, in those draws, on that state, and adjudication passes
// it as checkChoice would (checkChoice refuses nothing At finds legal: TestDrawnVouches), while
// every other order still gets every check.

// vouch is the last candidate a Space found legal for one actor in its draws.
type vouch struct {
	gen uint64 // the draws it was found in (Space.gen)
	c   Choice
	// target is the choice's target as an index of the state: an incident's index, not the
	// side's number of it.
	target int
}

// Draws starts a turn's draws on s: from now until s is adjudicated (ResolveDrawnInto,
// ResolveDrawnOver), the candidates At finds legal through a mask of s are vouched for, and
// those found before lapse. s must not change between Draws and its adjudication.
func (sp *Space) Draws(s *State) {
	sp.gen++
	sp.on = s
}

// vouch notes that At found c, a candidate of move m, legal for the actor (through a mask of
// the draws' state).
func (sp *Space) vouch(m *MoveDef, c Choice) {
	v := &sp.act.v
	v.gen, v.c, v.target = sp.gen, c, c.Target
	if m.Target == TargetIncident {
		v.target = sp.m.inc[c.Target]
	}
}

// vouched reports whether sp vouches for order c in s, and then its target as an index of s.
// A nil Space vouches for nothing.
func (sp *Space) vouched(s *State, c *ActorChoice) (target int, ok bool) {
	if sp == nil || sp.on != s || uint(c.Actor) >= uint(len(sp.tab)) {
		return 0, false
	}
	v := &sp.tab[c.Actor].v
	return v.target, v.gen == sp.gen && v.c == c.Choice
}

// ResolveDrawnInto is ResolveChoicesInto for the orders of a turn drawn with sp on s (Draws):
// the same state and results, without checking again the orders sp vouches for. The draws
// end with it.
func ResolveDrawnInto(dst, s *State, cs []ActorChoice, sp *Space) *State {
	n := choicesInto(dst, s, input{cs: cs, sp: sp, src: s}, -1)
	sp.on = nil
	return n
}

// ResolveDrawnOver is ResolveChoicesOver for the orders of a turn drawn with sp on s (Draws),
// as ResolveDrawnInto is for ResolveChoicesInto.
func ResolveDrawnOver(s *State, cs []ActorChoice, sp *Space) *State {
	n := choicesOver(s, input{cs: cs, sp: sp, src: s})
	sp.on = nil
	return n
}
