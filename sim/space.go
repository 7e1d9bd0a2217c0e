package sim

import "slices"

// IsLegal reports whether choice c is among Choices(v, a): one check by the same code, for a
// policy that draws candidates instead of listing them.
func IsLegal(v *Sight, a int, c Choice) bool {
	sc := v.Sc
	if v.State.Over || a < 0 || a >= len(sc.Actors) || !slices.Contains(sc.CanPlay[a], c.Move) {
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
	if m.Param.Kind == ParamNone && c.Param != 0 {
		return false
	}
	x := ctxPool.Get().(*Ctx)
	defer release(x)
	split, ok := v.moveHolds(x, a, c.Move, m)
	if !ok || !v.targetHolds(x, a, m, split, c.Target) {
		return false
	}
	if m.Arg == ArgActor && !argHolds(x, m, split, c.Arg) {
		return false
	}
	if m.Param.Kind == ParamNone {
		return v.affordsOrder(x, m)
	}
	return v.paramOffered(x, m, c.Move, c.Param)
}

// paramOffered reports whether withParams offers parameter n for the move in context x.
func (v *Sight) paramOffered(x *Ctx, m *MoveDef, mv, n int) bool {
	var buf [MaxRungs]int
	if !slices.Contains(v.Sc.paramValues(x, mv, buf[:0]), n) {
		return false
	}
	x.Param = n
	return v.affordsOrder(x, m) && (!m.WhenParam || m.When.Eval(x))
}

// Space is the candidates of one actor in one view, numbered from 0, for a policy that draws
// a candidate uniformly and keeps it if it is legal (rejection sampling) instead of listing
// every legal choice: each target and argument of each move the actor may play (an incident
// target: each incident so far), less those that can never be legal for the actor (an asset it
// must own and does not, a vote in a body it has no seat in). Every legal choice is a candidate
// exactly once. The candidates depend on the view only through its number of incidents, so
// Reset costs almost nothing and At makes every check. A Space is reused from actor to actor
// (Reset) and remembers the candidates of each actor of the last scenario; it is not safe for
// concurrent use.
type Space struct {
	v    *Sight
	m    *Mask // when set, v is the mask's bare sight (ResetMask)
	a    int
	c    Ctx // the context of the candidate being checked
	sc   *Scenario
	tab  []spaceActor // per actor: its candidates
	act  *spaceActor  // the actor's
	ni   int          // the view's incidents
	size int
	// The draws (Draws): their number, and the state they are on (nil: none under way).
	gen      uint64
	on       *State
	vouching bool // whether the candidates are checked through a mask of the draws' state
}

// spaceActor is the candidates of one actor of a Space.
type spaceActor struct {
	ms  []spaceMove // its moves
	fix [2]int      // its candidates but incident targets', and theirs per incident
	// The moves before the first with incident targets, whose candidates come first and do not
	// depend on the number of incidents, and, when few enough, each of their candidates
	// decoded, so that At finds such a candidate's move, target, argument and parameter slot
	// without a search, a division or a branch on the move's kind.
	first int
	which []spaceCand
	from  int // the move At's search starts from: first with which, else 0
	v     vouch
}

// spaceCand is a candidate of a Space decoded: its move (an index of its actor's moves), its
// target, argument and parameter slot.
type spaceCand struct {
	t, x int32
	move uint16
	slot uint16
}

// maxWhich is the most candidates a spaceActor's which lists.
const maxWhich = 1 << 12

// spaceMove is one move of a Space: nt targets (-1: one per incident), each with na
// arguments, each with np parameter slots (the values Legal offers: every rung of a ladder, up
// to paramSlots amounts), target-major.
type spaceMove struct {
	m              *MoveDef // sc.Moves[mv]
	mv, nt, na, np int
	targets        []int // the targets, when not every index of the kind below nt (nil)
	// The move has size + inc×(incidents) candidates: size for other targets, inc for one
	// per incident.
	size, inc int
	// The actor's moves up to this one, included, have end + endInc×(incidents) candidates.
	end, endInc int
}

// Reset makes sp the candidates of actor a in v and returns how many there are.
func (sp *Space) Reset(v *Sight, a int) int {
	return sp.reset(v, nil, a, len(v.Incidents))
}

// ResetMask makes sp the candidates of actor a, of m's side, in m's side's view, checked
// through the mask, and returns how many there are: the same candidates as Reset with the
// view, and At gives the same answers.
func (sp *Space) ResetMask(m *Mask, a int) int {
	return sp.reset(&m.bare, m, a, m.Incidents())
}

// reset is Reset and ResetMask: ni is the number of incidents the side knows.
func (sp *Space) reset(v *Sight, m *Mask, a, ni int) int {
	sc := v.Sc
	if sp.sc != sc {
		sp.index(sc)
	}
	// The sight and mask are those of the actor before as a rule: written only when they
	// change, as a Space lives in the heap, where each pointer written costs a write barrier
	// while the collector marks.
	if sp.v != v {
		sp.v = v
	}
	if sp.m != m {
		sp.m = m
	}
	act := &sp.tab[a]
	sp.a, sp.act, sp.ni, sp.size = a, act, ni, 0
	sp.vouching = m != nil && m.bare.State == sp.on
	if v.State.Over {
		return 0
	}
	sp.size = act.fix[0] + ni*act.fix[1]
	return sp.size
}

// index lists the moves of every actor of sc with their targets and numbers of arguments.
func (sp *Space) index(sc *Scenario) {
	sp.sc = sc
	sp.tab = make([]spaceActor, len(sc.Actors))
	for a := range sc.Actors {
		act := &sp.tab[a]
		for _, mv := range sc.CanPlay[a] {
			m := &sc.Moves[mv]
			sm := spaceMove{m: m, mv: mv, nt: 1, na: 1, np: 1}
			switch m.Param.Kind {
			case ParamLadder:
				sm.np = len(sc.Ladders[m.Param.Ladder].Rungs)
			case ParamAmount:
				sm.np = paramSlots
			}
			switch {
			case m.Target == TargetIncident:
				sm.nt = -1
			case m.Target != TargetNone:
				sm.targets, sm.nt = possibleTargets(sc, a, m)
			}
			switch {
			case m.Arg == ArgBallot:
				sm.na = len(ballotOrder)
			case m.Arg == ArgActor && m.args != nil:
				sm.na = len(m.args)
			case m.Arg == ArgActor:
				sm.na = len(sc.Actors)
			}
			if sm.nt != 0 && sm.na != 0 {
				if sm.nt < 0 {
					sm.inc = sm.na * sm.np
				} else {
					sm.size = sm.nt * sm.na * sm.np
				}
				act.fix[0] += sm.size
				act.fix[1] += sm.inc
				sm.end, sm.endInc = act.fix[0], act.fix[1]
				if sm.endInc == 0 && act.first == len(act.ms) {
					act.first++
				}
				act.ms = append(act.ms, sm)
			}
		}
		if act.first > 0 && act.ms[act.first-1].end <= maxWhich {
			act.which = make([]spaceCand, act.ms[act.first-1].end)
			k := 0
			for i := range act.first {
				sm := &act.ms[i]
				for ; k < sm.end; k++ {
					t, x, slot := sm.decode(k - (sm.end - sm.size))
					act.which[k] = spaceCand{t: int32(t), x: int32(x), move: uint16(i), slot: uint16(slot)}
				}
			}
			act.from = act.first
		}
	}
}

// possibleTargets returns the targets actor a may ever play move m on (possible) and how many
// there are: nil when they are every index of the move's kind, and m's own list when it keeps
// them all, so that a Space of a scenario of many actors and targets shares one list where
// nothing is left out (each actor a list of its own took megabytes, a Space per rollout
// worker).
func possibleTargets(sc *Scenario, a int, m *MoveDef) ([]int, int) {
	n := targetCount(sc, nil, m.Target)
	if m.targets != nil {
		n = len(m.targets)
	}
	at := func(k int) int {
		if m.targets != nil {
			return m.targets[k]
		}
		return k
	}
	k := 0
	for k < n && possible(sc, a, m, at(k)) {
		k++
	}
	if k == n {
		return m.targets, n
	}
	ts := make([]int, k, n-1)
	for i := range k {
		ts[i] = at(i)
	}
	for k++; k < n; k++ {
		if t := at(k); possible(sc, a, m, t) {
			ts = append(ts, t)
		}
	}
	return ts, len(ts)
}

// possible reports whether actor a may ever play move m on target t, as far as the scenario
// alone tells (targetCheck refuses the others in every state).
func possible(sc *Scenario, a int, m *MoveDef, t int) bool {
	switch {
	case m.OwnTarget && m.Target == TargetAsset:
		return sc.Owns(a, t)
	case m.OwnTarget && m.Target == TargetLink:
		return sc.Owns(a, sc.Links[t].From)
	case m.Target == TargetResolution && m.Arg == ArgBallot:
		return sc.seat(sc.Resolutions[t].Body, a) >= 0
	}
	return true
}

// Len returns the number of candidates.
func (sp *Space) Len() int { return sp.size }

// At returns candidate k (0 <= k < Len()) and whether it is legal: IsLegal(v, a, c). Through a
// mask, a check that read anything the side cannot see is made again in its view.
func (sp *Space) At(k int) (c Choice, legal bool) {
	var sm *spaceMove
	var slot int
	act, ni := sp.act, sp.ni
	if ms := act.ms; k < len(act.which) {
		cd := &act.which[k]
		sm = &ms[cd.move]
		c, slot = Choice{Move: sm.mv, Target: int(cd.t), Arg: int(cd.x)}, int(cd.slot)
	} else {
		for i := act.from; i < len(ms); i++ {
			sm = &ms[i]
			if k < sm.end+ni*sm.endInc {
				break
			}
		}
		var t, x int
		t, x, slot = sm.decode(k - (sm.end - sm.size + ni*(sm.endInc-sm.inc))) // less the moves before
		c = Choice{Move: sm.mv, Target: t, Arg: x}
	}
	m := sm.m
	// The checks, in the bare sight, then, through a mask when they read what the side cannot
	// see, again in its view: made here rather than in a function of their own, which each
	// candidate would call with its choice.
	v, again := sp.v, sp.m != nil
	for {
		ctx := &sp.c
		split, ok := v.moveHolds(ctx, sp.a, c.Move, m)
		legal = ok && v.targetHolds(ctx, sp.a, m, split, c.Target) && (m.Arg != ArgActor || argHolds(ctx, m, split, c.Arg))
		if m.Param.Kind == ParamNone {
			legal = legal && (m.FixedCost() || v.affordsOrder(ctx, m)) // no call for a fixed cost
		} else {
			c.Param, legal = sp.param(v, m, c.Move, slot, legal)
		}
		if !again || !sp.c.Hidden {
			if legal && sp.vouching {
				sp.vouch(m, c)
			}
			return c, legal
		}
		v, again = sp.m.View(), false
	}
}

// AppendLegal appends the legal candidates to out, in order: Choices of the view, without
// making it through a mask unless a check needs it.
func (sp *Space) AppendLegal(out []Choice) []Choice {
	for k := range sp.size {
		if c, ok := sp.At(k); ok {
			out = append(out, c)
		}
	}
	return out
}

// decode returns the target, argument and parameter slot of the move's candidate k (counted
// from the move's first).
func (sm *spaceMove) decode(k int) (t, x, slot int) {
	m := sm.m
	t = k // most moves take one parameter slot and one argument: no division
	if sm.np > 1 {
		slot, t = k%sm.np, k/sm.np
	}
	if sm.na > 1 {
		t, x = t/sm.na, t%sm.na
	}
	switch {
	case m.Target == TargetNone:
		t = -1
	case sm.targets != nil:
		t = sm.targets[t]
	}
	switch {
	case m.Arg == ArgBallot:
		x = ballotOrder[x]
	case m.Arg == ArgActor && m.args != nil:
		x = m.args[x]
	case m.Arg != ArgActor:
		x = -1
	}
	return t, x, slot
}

// param returns the value in parameter slot slot of move mv, whose definition is m, and
// whether the candidate with it is legal in v, once the checks before gave legal.
func (sp *Space) param(v *Sight, m *MoveDef, mv, slot int, legal bool) (param int, ok bool) {
	ctx := &sp.c
	// Slot k is the k-th value Legal offers, when it offers so many.
	var buf [MaxRungs]int
	vals := v.Sc.paramValues(ctx, mv, buf[:0])
	if slot >= len(vals) {
		// No value this slot: a choice of its own, which no order can give (amounts lie
		// within ±maxParam).
		return noParam + slot, false
	}
	param = vals[slot]
	return param, legal && v.paramOffered(ctx, m, mv, param)
}
