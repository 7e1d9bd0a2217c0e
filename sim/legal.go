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
// the move targets, -1 for none) and its argument (an actor, a ballot, or -1 for none).
type Choice struct{ Move, Target, Arg int }

// OrderOf returns the order of actor a making choice c.
func OrderOf(sc *Scenario, a int, c Choice) Order {
	m := &sc.Moves[c.Move]
	o := Order{Actor: sc.Actors[a].ID, Move: m.ID}
	switch m.Target {
	case TargetActor:
		o.Target = sc.Actors[c.Target].ID
	case TargetAsset:
		o.Target = sc.Assets[c.Target].ID
	case TargetLink:
		o.Target = sc.Links[c.Target].ID
	case TargetIncident:
		o.Target = IncidentID(c.Target)
	case TargetResolution:
		o.Target = sc.Resolutions[c.Target].ID
	}
	switch m.Arg {
	case ArgActor:
		o.Arg = sc.Actors[c.Arg].ID
	case ArgBallot:
		o.Arg = BallotNames[c.Arg]
	}
	return o
}

// ballotOrder is the order in which Legal lists ballots.
var ballotOrder = [3]int{Yes, No, Abstain}

// Choices appends to out the legal choices of actor a, in the order LegalFor lists their
// orders. It builds no strings, for policies that choose among many.
func Choices(v *Sight, a int, out []Choice) []Choice {
	s, sc := v.State, v.Sc
	if s.Over {
		return out
	}
	c := ctxPool.Get().(*Ctx)
	defer func() {
		*c = Ctx{}
		ctxPool.Put(c)
	}()
	*c = Ctx{S: s, Self: a, Side: v.Side}
	for _, mv := range sc.CanPlay[a] {
		m := &sc.Moves[mv]
		if !v.affords(a, m) {
			continue
		}
		c.Target, c.Arg, c.targetKind, c.move = -1, -1, m.Target, mv
		// With a split condition, each part is checked once where its inputs are known: the
		// whole condition holds when all parts do. Otherwise the whole is checked for each.
		split := m.WhenSplit || m.When.Fn == nil
		if split && !m.WhenSelf.Eval(c) {
			continue
		}
		whenT := m.When
		if split {
			whenT = m.WhenTarget
		}
		n := targetCount(sc, s, m.Target)
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
			c.Target = t
			if t >= 0 && s.targetCheck(v.Side, a, mv, t) != targetOK {
				continue
			}
			if split && m.targets == nil && !m.WhenStatic.Eval(c) {
				continue // not indexed: the static part is checked here
			}
			if m.Arg == ArgActor {
				whenA := m.When
				if split {
					if !m.WhenTarget.Eval(c) {
						continue
					}
					whenA = m.WhenArg
				}
				if m.args != nil { // indexed: the arguments the static part allows
					for _, x := range m.args {
						c.Arg = x
						if whenA.Eval(c) {
							out = append(out, Choice{Move: mv, Target: t, Arg: x})
						}
					}
					c.Arg = -1
					continue
				}
				for x := range sc.Actors {
					c.Arg = x
					if (!split || m.WhenArgStatic.Eval(c)) && whenA.Eval(c) {
						out = append(out, Choice{Move: mv, Target: t, Arg: x})
					}
				}
				c.Arg = -1
				continue
			}
			if !whenT.Eval(c) {
				continue
			}
			if m.Arg == ArgBallot {
				for _, b := range ballotOrder {
					out = append(out, Choice{Move: mv, Target: t, Arg: b})
				}
				continue
			}
			out = append(out, Choice{Move: mv, Target: t, Arg: -1})
		}
	}
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

// targetCount returns how many targets of a kind there are: incidents are those opened so far in
// s (none without a state).
func targetCount(sc *Scenario, s *State, kind int) int {
	switch kind {
	case TargetActor:
		return len(sc.Actors)
	case TargetAsset:
		return len(sc.Assets)
	case TargetLink:
		return len(sc.Links)
	case TargetIncident:
		if s != nil {
			return len(s.Incidents)
		}
	case TargetResolution:
		return len(sc.Resolutions)
	}
	return 0
}
