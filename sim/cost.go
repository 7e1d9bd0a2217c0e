package sim

import (
	"math"
	"slices"
)

// CostExpr is a cost on one track whose amount is an expression: it may read what the move's
// condition may (self, target, arg, param), and is worked out when the order is checked and
// when it is tried, rounded to a whole number (halves away from zero). A negative amount costs
// nothing; one that is not a finite number cannot be paid (see MoveDef.CostOf). A cost given as
// a plain number is a TrackAmount and evaluates nothing.
type CostExpr struct {
	Track  int
	Amount Num
}

// FixedCost reports whether every order of m costs m.Cost: its move has no cost expression and
// no cost per unit of a parameter. Then CostOf need not be called.
func (m *MoveDef) FixedCost() bool {
	return len(m.CostExprs) == 0 && len(m.Param.Cost) == 0 && len(m.Param.CostExprs) == 0
}

// CostOf appends to out what the order of move m in context c costs (c's actor, target,
// argument and parameter set): the move's cost, its expressions evaluated in c, and when
// c.Param is positive its parameter's cost per unit times c.Param, by track, in track order. bad is the
// source of a cost expression that gave no finite number ("" when none did): such an order
// cannot be paid for, and cost is then incomplete.
func (m *MoveDef) CostOf(c *Ctx, out []TrackAmount) (cost []TrackAmount, bad string) {
	out = append(out, m.Cost...)
	for _, ce := range m.CostExprs {
		v, ok := ce.eval(c)
		if !ok {
			return out, ce.Amount.Src
		}
		if v > 0 { // an expression that costs nothing does not ask for the track
			out = addCost(out, ce.Track, v)
		}
	}
	if n := int64(c.Param); n > 0 {
		for _, pc := range m.Param.Cost {
			out = addCost(out, pc.Track, times(pc.Amount, n))
		}
		for _, ce := range m.Param.CostExprs {
			v, ok := ce.eval(c)
			if !ok {
				return out, ce.Amount.Src
			}
			if v > 0 {
				out = addCost(out, ce.Track, times(v, n))
			}
		}
	}
	slices.SortFunc(out, func(a, b TrackAmount) int { return a.Track - b.Track })
	return out, ""
}

// eval returns the amount of ce in c: rounded, at least 0; ok is false when the expression gave
// no finite number.
func (ce *CostExpr) eval(c *Ctx) (amount int64, ok bool) {
	v := ce.Amount.Eval(c)
	if !Finite(v) {
		return 0, false
	}
	return max(round(v), 0), true
}

// times returns amount × n for amounts and n of at least 0, saturating: a cost past any track's
// reach is simply unaffordable.
func times(amount, n int64) int64 {
	if amount == 0 || n <= math.MaxInt64/amount {
		return amount * n
	}
	return math.MaxInt64
}

// addCost adds amount (at least 0) on track t to cost, saturating.
func addCost(cost []TrackAmount, t int, amount int64) []TrackAmount {
	if i := slices.IndexFunc(cost, func(c TrackAmount) bool { return c.Track == t }); i >= 0 {
		cost[i].Amount = min(cost[i].Amount, math.MaxInt64-amount) + amount
		return cost
	}
	return append(cost, TrackAmount{Track: t, Amount: amount})
}

// OrderCost returns what order o would cost, as far as the side of sight v can tell from what
// it sees: the move's cost with its expressions evaluated in the sight for o's target, argument
// and parameter. ok is false when o is not an order the side can give, or a cost expression
// gives no finite number.
func OrderCost(v *Sight, o Order) (cost []TrackAmount, ok bool) {
	if o.Side == "" && v.Side >= 0 {
		o.Side = v.Sc.Sides[v.Side].ID
	}
	q, why := v.State.check(o)
	if why != nil {
		return nil, false
	}
	m := &v.Sc.Moves[q.move]
	c := &Ctx{S: v.State, Self: q.actor, Target: q.target, Arg: q.arg, Param: q.param, Side: q.side,
		targetKind: m.Target, move: q.move}
	cost, bad := m.CostOf(c, nil)
	return cost, bad == ""
}
