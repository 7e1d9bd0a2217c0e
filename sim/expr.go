package sim

// Ctx is what an expression reads: the state and the order being resolved. The loader compiles
// every expression to a closure over a Ctx; this is the seam between the rules and the expression
// language.
type Ctx struct {
	S *State
	// Self is the acting actor (or the first owner of an asset for its freeze share), -1 if none.
	Self int
	// Target is the order's target: an index into actors, assets, links, incidents or
	// resolutions, as the move says; -1 if none.
	Target int
	// Arg is the order's actor argument, -1 if none.
	Arg int
	// Param is the order's parameter (a rung of a ladder, an amount); 0 when the move has none.
	Param int
	// Side is the side of the acting actor, -1 if none.
	Side int
	// Correct is set by an attribution effect: whether the accused is a true author.
	Correct bool
	// Watch, when set, makes the expressions note in Hidden whether they read anything side Side
	// cannot see: a hidden truth, another side's hidden track, score, draft or inject, an asset
	// it does not know or the value of one it neither owns nor traces, the flow totals. Whether
	// a read is noted depends only on where it reads, never on the value read, and the reads
	// before the first noted one read only what the side sees: so whether Hidden is set is
	// itself something the side could work out (see Result.Hidden).
	Watch, Hidden bool

	// seen is set when S is the true state behind side Side's mask: its assets are read as
	// the side sees them (AssetStatus, AssetValue, AssetTraced), which notes nothing.
	seen bool

	targetKind int
	move       int
}

// set makes c the context of actor self of side sd playing move mv, whose target is of kind
// kind, with no target, argument or parameter yet, watched or not, as Ctx{...} with those
// fields would, field by field: a check makes hundreds a game, and the literal is built on
// the stack and copied. TestCtxSet checks it leaves no field of an earlier context.
//
// The state is written only when it changes: a context lives in the heap (a pooled Space, a
// turn's scratch), and while the collector marks, every pointer written there costs a write
// barrier; the checks of a turn all read one state.
func (c *Ctx) set(s *State, self, sd, kind, mv int, watch bool) {
	if c.S != s {
		c.S = s
	}
	c.Self, c.Target, c.Arg, c.Param, c.Side = self, -1, -1, 0, sd
	c.Correct, c.Watch, c.Hidden, c.seen = false, watch, false, false
	c.targetKind, c.move = kind, mv
}

// Num is a compiled number expression.
type Num struct {
	Src string
	Fn  func(*Ctx) float64
	// whole is set when the expression is a literal whole number within ±1e15 (WholeNum): k is
	// what it gives, and what round keeps of it.
	whole bool
	k     int64
}

// WholeNum returns n, the compiled literal v, marked as a whole number when v is one within
// ±1e15, so that an effect that adds or sets it need not evaluate it.
func WholeNum(n Num, v float64) Num {
	if i := int64(v); float64(i) == v && i >= -1e15 && i <= 1e15 {
		n.whole, n.k = true, i
	}
	return n
}

// Bool is a compiled condition.
type Bool struct {
	Src string
	Fn  func(*Ctx) bool
}

// Eval evaluates the expression; an empty expression is 0.
func (n Num) Eval(c *Ctx) float64 {
	if n.Fn == nil {
		return 0
	}
	return n.Fn(c)
}

// Eval evaluates the condition; an empty condition holds.
func (b Bool) Eval(c *Ctx) bool {
	if b.Fn == nil {
		return true
	}
	return b.Fn(c)
}

// Set reports whether the expression was given.
func (b Bool) Set() bool { return b.Fn != nil }

// Const returns a number expression with a constant value.
func Const(v float64, src string) Num {
	return Num{Src: src, Fn: func(*Ctx) float64 { return v }}
}

// ReadTrack notes a read of track t of actor a (see Watch).
func (c *Ctx) ReadTrack(a, t int) {
	if c.Watch && !c.Hidden && !c.S.Sc.Tracks[t].Public && c.S.Sc.Actors[a].Side != c.Side {
		c.Hidden = true
	}
}

// ReadSecret notes a read of something no side sees: a hidden truth, the flow totals.
func (c *Ctx) ReadSecret() {
	if c.Watch {
		c.Hidden = true
	}
}

// sight returns the context's state as its side sees it, for the rules of what a side sees
// (Sight.Knows, Sight.SeesValue).
func (c *Ctx) sight() *Sight { return &Sight{State: c.S, Side: c.Side} }

// readAsset notes a read of asset x's status, or with value set of the value it holds (see
// AssetStatus, AssetValue).
func (c *Ctx) readAsset(x int, value bool) {
	if !c.Watch || c.Hidden {
		return
	}
	if v := c.sight(); !v.Knows(x) || value && !v.SeesValue(x) {
		c.Hidden = true
	}
}

// ReadScore notes a read of side sd's score.
func (c *Ctx) ReadScore(sd int) {
	if c.Watch && sd != c.Side {
		c.Hidden = true
	}
}

// ReadFired notes a read of whether inject i has fired.
func (c *Ctx) ReadFired(i int) {
	if c.Watch && c.S.Sc.Injects[i].To&sideBit(c.Side) == 0 {
		c.Hidden = true
	}
}

// ReadResolution notes a read of resolution i's state.
func (c *Ctx) ReadResolution(i int) {
	if c.Watch && c.S.Res[i].Status == Draft && c.S.Sc.Resolutions[i].DraftedBy != c.Side {
		c.Hidden = true
	}
}
