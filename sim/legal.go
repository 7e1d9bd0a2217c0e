package sim

import "sync"

// Legal returns every order the side of v could give this turn, as far as it can tell from what
// it sees: moves its actors may play, on targets it knows, that it can pay for and whose
// condition holds in its view. Orders come in a stable order: actor, move, target, argument.
func Legal(v *Sight) []Order {
	var out []Order
	for _, a := range v.Sc.Sides[v.Side].Actors {
		out = LegalFor(v, a, out)
	}
	return out
}

// LegalFor appends to out the legal orders of actor a.
func LegalFor(v *Sight, a int, out []Order) []Order {
	var buf [64]Choice
	for _, c := range Choices(v, a, buf[:0]) {
		out = append(out, OrderOf(v.Sc, a, c))
	}
	return out
}

// Choice is a legal order of an actor in indices: the move, its target (an index of the kind
// the move targets, -1 for none), its argument (an actor, a ballot, or -1 for none) and its
// parameter (0 for a move without one).
type Choice struct{ Move, Target, Arg, Param int }

// OrderOf returns the order of actor a making choice c.
func OrderOf(sc *Scenario, a int, c Choice) Order {
	m := &sc.Moves[c.Move]
	return Order{Actor: sc.Actors[a].ID, Move: m.ID, Target: TargetID(sc, m.Target, c.Target), Arg: argID(sc, m.Arg, c.Arg),
		Param: c.Param}
}

// argID returns the id of argument x of a kind: "" for none.
func argID(sc *Scenario, kind, x int) string {
	switch kind {
	case ArgActor:
		return sc.Actors[x].ID
	case ArgBallot:
		return BallotNames[x]
	}
	return ""
}

// ballotOrder is the order in which Legal lists ballots.
var ballotOrder = [3]int{Yes, No, Abstain}

// Choices appends to out the legal choices of actor a, in the order LegalFor lists their
// orders. It builds no strings, for policies that choose among many. IsLegal tests one choice
// by the same checks.
func Choices(v *Sight, a int, out []Choice) []Choice {
	sc := v.Sc
	if v.State.Over {
		return out
	}
	c := ctxPool.Get().(*Ctx)
	defer release(c)
	for _, mv := range sc.CanPlay[a] {
		m := &sc.Moves[mv]
		split, ok := v.moveHolds(c, a, mv, m)
		if !ok {
			continue
		}
		n := targetCount(sc, v.State, m.Target)
		// The targets to try: none (-1), every index below n, or, when the scenario is indexed,
		// only those of the move's target kinds.
		switch {
		case m.Target == TargetNone:
			n = 1
		case m.targets != nil:
			n = len(m.targets)
		}
		for k := range n {
			t := k
			switch {
			case m.Target == TargetNone:
				t = -1
			case m.targets != nil:
				t = m.targets[k]
			}
			if !v.targetHolds(c, a, m, split, t) {
				continue
			}
			switch m.Arg {
			case ArgActor:
				if m.args != nil { // indexed: the arguments the static part allows
					for _, x := range m.args {
						if argHolds(c, m, split, x) {
							out = v.withParams(c, m, Choice{Move: mv, Target: t, Arg: x}, out)
						}
					}
				} else {
					for x := range sc.Actors {
						if argHolds(c, m, split, x) {
							out = v.withParams(c, m, Choice{Move: mv, Target: t, Arg: x}, out)
						}
					}
				}
				c.Arg = -1
			case ArgBallot:
				for _, b := range ballotOrder {
					out = v.withParams(c, m, Choice{Move: mv, Target: t, Arg: b}, out)
				}
			default:
				out = v.withParams(c, m, Choice{Move: mv, Target: t, Arg: -1}, out)
			}
		}
	}
	return out
}

// The checks of a choice, in the order Choices makes them: moveHolds for the move, targetHolds
// for its target, argHolds for an actor argument. Choices makes each once for all the choices
// that share it; IsLegal and Space make them for one choice. With a split condition, each part
// is checked once where its inputs are known: the whole condition holds when all parts do.
// Otherwise the whole is checked for each target, or each argument when there is one.

// moveHolds sets c to actor a playing move mv, whose definition is m, with no target or
// argument yet and reports whether the move's condition is split and whether a can pay the
// move's cost and the part of its condition about a alone holds.
func (v *Sight) moveHolds(c *Ctx, a, mv int, m *MoveDef) (split, ok bool) {
	c.set(v.State, a, v.Side, m.Target, mv, v.mask != nil)
	c.seen = v.mask != nil
	if !v.affords(a, m) {
		return false, false
	}
	split = m.WhenSplit || m.When.Fn == nil
	return split, !split || m.WhenSelf.Eval(c)
}

// targetHolds sets c's target to t (-1 for none) and reports whether the move of c, which
// moveHolds passed, may be played on it: the side sees the target and it fits the move, and
// the condition holds as far as it reads no argument. A target the scenario is indexed for
// (m.targets) must be one of those.
func (v *Sight) targetHolds(c *Ctx, a int, m *MoveDef, split bool, t int) bool {
	c.Target, c.Arg = t, -1
	switch {
	case t >= 0 && v.mask != nil && m.Target == TargetIncident:
		// The side's incident t: the view holds only those it knows, so it passes the check.
		c.Target = v.mask.inc[t]
	case t >= 0 && v.State.targetCheck(v.Side, a, m, t) != targetOK:
		return false
	}
	if split && m.targets == nil && !m.WhenStatic.Eval(c) {
		return false // not indexed: the static part is checked here
	}
	switch {
	case split:
		return m.WhenTarget.Eval(c)
	case m.Arg == ArgActor:
		return true // the whole condition is checked for each argument
	case m.WhenParam:
		return true // the whole condition is checked for each parameter (withParams)
	}
	return m.When.Eval(c)
}

// argHolds sets c's argument to actor x and reports whether the condition holds for it, once
// targetHolds passed c's target. An argument the scenario is indexed for (m.args) must be one
// of those.
func argHolds(c *Ctx, m *MoveDef, split bool, x int) bool {
	c.Arg = x
	if !split {
		return m.WhenParam || m.When.Eval(c)
	}
	return (m.args != nil || m.WhenArgStatic.Eval(c)) && m.WhenArg.Eval(c)
}

// withParams appends ch, whose target and argument passed the checks in c, to out once for
// each value Legal offers for its move's parameter (see paramValues) with which the condition
// holds, when it reads the parameter; a move without one once, as it is.
func (v *Sight) withParams(c *Ctx, m *MoveDef, ch Choice, out []Choice) []Choice {
	if m.Param.Kind == ParamNone {
		if !v.affordsOrder(c, m) {
			return out
		}
		return append(out, ch)
	}
	var buf [MaxRungs]int
	for _, n := range v.Sc.paramValues(c, ch.Move, buf[:0]) {
		c.Param = n
		if v.affordsOrder(c, m) && (!m.WhenParam || m.When.Eval(c)) {
			ch.Param = n
			out = append(out, ch)
		}
	}
	c.Param = 0
	return out
}

// ctxPool holds expression contexts: a context passed to compiled expressions escapes, and the
// engine would otherwise allocate one for each condition it checks.
var ctxPool = sync.Pool{New: func() any { return new(Ctx) }}

// pooled returns a context from the pool, set to x; give it back with release.
func pooled(x Ctx) *Ctx {
	c := ctxPool.Get().(*Ctx)
	*c = x
	return c
}

// release returns a context to the pool.
func release(c *Ctx) {
	*c = Ctx{}
	ctxPool.Put(c)
}

// affords reports whether actor a can pay the move's cost.
func (v *Sight) affords(a int, m *MoveDef) bool {
	for _, ct := range m.Cost {
		if v.State.Track(a, ct.Track) < ct.Amount {
			return false
		}
	}
	return true
}

// affordsOrder reports whether the actor of c can pay what the order of move m in c costs,
// with its target, argument and parameter (affords has checked the move's plain cost, which is
// all of it when the cost is fixed). A cost expression that gives no finite number cannot be
// paid.
func (v *Sight) affordsOrder(c *Ctx, m *MoveDef) bool {
	if m.FixedCost() {
		return true
	}
	var buf [8]TrackAmount
	cost, bad := m.CostOf(c, buf[:0])
	if bad != "" {
		return false
	}
	for _, ct := range cost {
		if v.State.Track(c.Self, ct.Track) < ct.Amount {
			return false
		}
	}
	return true
}
