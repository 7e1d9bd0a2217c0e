package ui

import (
	"math"

	"ttx/sim"
)

// targetIndex resolves an order's target id to an index of the move's
// target kind, or -1.
func targetIndex(sc *sim.Scenario, kind int, id string) int {
	switch kind {
	case sim.TargetActor:
		return sc.Actor(id)
	case sim.TargetAsset:
		return sc.Asset(id)
	case sim.TargetLink:
		return sc.Link(id)
	case sim.TargetResolution:
		return sc.Resolution(id)
	case sim.TargetIncident:
		for i := 0; i < 1024; i++ {
			if sim.IncidentID(i) == id {
				return i
			}
		}
	}
	return -1
}

// OrderChance is the chance of success of o as its side can judge it: the
// move's own chance expression, evaluated by sim's compiled closure on the
// side's view, clamped to 0..1 as sim clamps it. NaN when it cannot be
// told.
func OrderChance(v *sim.Sight, o sim.Order) (p float64) {
	sc := v.Sc
	a, mv := sc.Actor(o.Actor), sc.Move(o.Move)
	if a < 0 || mv < 0 {
		return math.NaN()
	}
	m := &sc.Moves[mv]
	if m.Chance.Fn == nil {
		return 1
	}
	arg := -1
	switch m.Arg {
	case sim.ArgActor:
		arg = sc.Actor(o.Arg)
	case sim.ArgBallot:
		arg = sim.Lookup(sim.BallotNames, o.Arg)
	}
	defer func() {
		if recover() != nil {
			p = math.NaN()
		}
	}()
	c := &sim.Ctx{S: v.State, Self: a, Target: targetIndex(sc, m.Target, o.Target), Arg: arg, Side: v.Side}
	return clamp(m.Chance.Eval(c), 0, 1)
}
