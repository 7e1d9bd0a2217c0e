package sim

import (
	"math"
	"strconv"
)

// Parameter kinds of a move: what else, besides target and argument, its order chooses.
const (
	ParamNone   = iota
	ParamLadder // a rung of a ladder: 1..len(Rungs)
	ParamAmount // a whole amount within bounds
)

// Ladder is a named scale of graded levels (an escalation ladder): rung n (from 1) is labelled
// Rungs[n-1].
type Ladder struct {
	ID    string   `json:"id"`
	Name  string   `json:"name"`
	Rungs []string `json:"rungs"`
}

// LadderIndex returns the index of the ladder with the given id, or -1.
func (sc *Scenario) LadderIndex(id string) int {
	for i := range sc.Ladders {
		if sc.Ladders[i].ID == id {
			return i
		}
	}
	return -1
}

// ParamDef is the parameter an order of a move chooses: a rung of a ladder, or a whole amount
// between Min and Max. The move's expressions and effects read it as param.
type ParamDef struct {
	Kind int
	// Ladder is the ladder's index in Scenario.Ladders (ParamLadder).
	Ladder int
	// Min and Max bound an amount (ParamAmount), rounded inward to whole numbers; they may read
	// self, target and arg, and are evaluated as the order resolves (and, in a side's view, when
	// its legal orders are listed).
	Min, Max Num
	// Label is what the parameter is called on cards and in reports: "level", "amount".
	Label string
	// Cost is paid per unit of the value chosen, on top of the move's cost: an order at level n
	// pays n times it (nothing for a value below 1).
	Cost []TrackAmount
	// CostExprs are costs per unit whose amounts are expressions (see CostExpr), paid as Cost is.
	CostExprs []CostExpr
}

// MaxRungs is the most rungs a ladder may have.
const MaxRungs = 16

// paramSlots is the most values Legal offers for an amount: its bounds and three between.
const paramSlots = 5

// ParamRange returns the values an order of move mv may choose in context c (self, target and
// argument set): lo..hi, whole numbers. ok is false when the move takes no parameter, or a bound
// gives no finite number; lo > hi means no value is allowed.
func (sc *Scenario) ParamRange(c *Ctx, mv int) (lo, hi int64, ok bool) {
	p := &sc.Moves[mv].Param
	switch p.Kind {
	case ParamLadder:
		return 1, int64(len(sc.Ladders[p.Ladder].Rungs)), true
	case ParamAmount:
		a, b := p.Min.Eval(c), p.Max.Eval(c)
		if !Finite(a) || !Finite(b) || math.Abs(a) > maxParam || math.Abs(b) > maxParam {
			return 0, -1, false
		}
		return int64(math.Ceil(a)), int64(math.Floor(b)), true
	}
	return 0, -1, false
}

// maxParam bounds an amount's bounds, so that every value fits an int on every platform.
const maxParam = 1 << 30

// noParam is the parameter of a Space's candidates in slots that have no value: below any
// amount's bounds.
const noParam = -1 << 31

// paramValues appends to out the values Legal offers for move mv in context c: every rung of a
// ladder; for an amount its bounds and the quarter points between, without repeats, ascending.
func (sc *Scenario) paramValues(c *Ctx, mv int, out []int) []int {
	lo, hi, ok := sc.ParamRange(c, mv)
	if !ok || lo > hi {
		return out
	}
	if sc.Moves[mv].Param.Kind == ParamLadder {
		for n := lo; n <= hi; n++ {
			out = append(out, int(n))
		}
		return out
	}
	last := lo - 1
	for k := int64(0); k < paramSlots; k++ {
		x := lo + (hi-lo)*k/(paramSlots-1)
		if x != last {
			out = append(out, int(x))
			last = x
		}
	}
	return out
}

// ParamText returns how the parameter value n of move mv reads on cards, feeds and reports:
// "level 5 — Cyber disruption" on a ladder, "amount 40" otherwise; "" for a move with none.
func (sc *Scenario) ParamText(mv, n int) string {
	if mv < 0 || mv >= len(sc.Moves) {
		return ""
	}
	p := &sc.Moves[mv].Param
	if p.Kind == ParamNone {
		return ""
	}
	s := p.Label + " " + strconv.Itoa(n)
	if p.Kind == ParamLadder && p.Ladder >= 0 && p.Ladder < len(sc.Ladders) {
		if rs := sc.Ladders[p.Ladder].Rungs; n >= 1 && n <= len(rs) {
			s += " — " + rs[n-1]
		}
	}
	return s
}

// ErrParam refuses an order whose parameter is out of its range (Lo > Hi: no value is allowed
// now; Bad: a bound gave no finite number).
type ErrParam struct {
	Move, Label string
	Value       int
	Lo, Hi      int64
	Bad         bool
}

func (e ErrParam) Error() string {
	switch {
	case e.Bad:
		return e.Move + ": the " + e.Label + "'s bounds give no finite number"
	case e.Lo > e.Hi:
		return e.Move + ": no " + e.Label + " is allowed now"
	}
	return e.Move + ": " + e.Label + " " + strconv.Itoa(e.Value) + " is outside " +
		strconv.FormatInt(e.Lo, 10) + ".." + strconv.FormatInt(e.Hi, 10)
}

// Code implements Reason.
func (ErrParam) Code() string { return "param" }

// paramWhy checks the parameter of the order in c (c.Param set) against its range; it
// returns nil when the move takes none or it is in range.
func (sc *Scenario) paramWhy(c *Ctx, mv int) Reason {
	m := &sc.Moves[mv]
	if m.Param.Kind == ParamNone {
		return nil
	}
	lo, hi, ok := sc.ParamRange(c, mv)
	if ok && int64(c.Param) >= lo && int64(c.Param) <= hi {
		return nil
	}
	return ErrParam{Move: m.ID, Label: m.Param.Label, Value: c.Param, Lo: lo, Hi: hi, Bad: !ok}
}

// ParamAllowed reports whether order o's parameter is one its side may give, as far as it can
// tell from sight v: none (0) for a move without one, else a value within the move's range as
// the sight shows it. An order the side cannot give at all is not allowed. (Legal offers only
// some amounts of a range; any amount within it may be ordered.)
func ParamAllowed(v *Sight, o Order) bool {
	if o.Side == "" && v.Side >= 0 {
		o.Side = v.Sc.Sides[v.Side].ID
	}
	q, why := v.State.check(o)
	if why != nil {
		return false
	}
	m := &v.Sc.Moves[q.move]
	c := &Ctx{S: v.State, Self: q.actor, Target: q.target, Arg: q.arg, Param: q.param, Side: q.side,
		targetKind: m.Target, move: q.move}
	return v.Sc.paramWhy(c, q.move) == nil
}
