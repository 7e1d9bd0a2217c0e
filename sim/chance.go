package sim

// Chance returns the chance of success of order o as its side can judge it from what it sees:
// the move's chance expression evaluated on the sight, clamped to 0..1 as Resolve clamps it (0
// when it is not a finite number: the order then fails).
// ok is false when the order cannot be played as given (an unknown id, an actor of another
// side, a target the side does not know, a missing argument). The roll at resolution uses the
// true state, which the side may not fully see.
func Chance(v *Sight, o Order) (p float64, ok bool) {
	if o.Side == "" && v.Side >= 0 {
		o.Side = v.Sc.Sides[v.Side].ID
	}
	q, why := v.State.check(o)
	if why != nil {
		return 0, false
	}
	m := &v.Sc.Moves[q.move]
	if m.Chance.Fn == nil {
		return 1, true
	}
	c := &Ctx{S: v.State, Self: q.actor, Target: q.target, Arg: q.arg, Param: q.param, Side: q.side,
		targetKind: m.Target, move: q.move}
	p = m.Chance.Fn(c)
	if !Finite(p) {
		return 0, true // the order would fail (ErrNonFinite)
	}
	return min(max(p, 0), 1), true
}
