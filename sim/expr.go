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
	// Side is the side of the acting actor, -1 if none.
	Side int
	// Correct is set by an attribution effect: whether the accused is a true author.
	Correct bool

	targetKind int
	move       int
}

// Num is a compiled number expression.
type Num struct {
	Src string
	Fn  func(*Ctx) float64
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
