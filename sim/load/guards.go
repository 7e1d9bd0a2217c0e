package load

import (
	"slices"

	"github.com/expr-lang/expr/ast"

	"ttx/sim"
)

// guards compiles, from a move's condition, the parts Legal can check before it knows the whole
// order: the conjuncts of its top-level `and` chain that do not read arg (noArg), and those that
// read neither target nor arg (self). Expressions are pure, so when a guard fails the condition
// fails for every target or argument, and Legal skips them without evaluating the condition
// again for each. A guard with no conjuncts is unset (it always holds).
func (c *compiler) guards(src string, k envKey) (noArg, self sim.Bool) {
	n, err := c.parse(src, k)
	if err != nil {
		return
	}
	var na, ns []func(*sim.Ctx) bool
	for _, cj := range conjuncts(n, nil) {
		rt, ra := reads(cj, "target"), readsArg(cj)
		if ra {
			continue
		}
		v, err := c.node(cj, k)
		if err != nil || v.k != kBool {
			return sim.Bool{}, sim.Bool{}
		}
		na = append(na, v.b)
		if !rt {
			ns = append(ns, v.b)
		}
	}
	if len(na) > 0 {
		noArg = sim.Bool{Src: src, Fn: all(na)}
	}
	if len(ns) > 0 {
		self = sim.Bool{Src: src, Fn: all(ns)}
	}
	return noArg, self
}

// conjuncts appends the operands of n's top-level chain of `and`.
func conjuncts(n ast.Node, out []ast.Node) []ast.Node {
	if b, ok := n.(*ast.BinaryNode); ok && (b.Operator == "and" || b.Operator == "&&") {
		return conjuncts(b.Right, conjuncts(b.Left, out))
	}
	return append(out, n)
}

// argFields are the fields that read the order's argument without naming arg (target.against
// of an incident). A field added to the compiler that reads sim.Ctx.Arg must be listed here.
var argFields = []string{"against"}

// readsArg reports whether n reads the order's argument: arg, correct (which an attribution
// sets from it) or a field in argFields.
func readsArg(n ast.Node) bool {
	if reads(n, "arg") || reads(n, "correct") {
		return true
	}
	f := &finder{props: argFields}
	ast.Walk(&n, f)
	return f.found
}

// reads reports whether n reads the name id.
func reads(n ast.Node, id string) bool {
	v := &finder{id: id}
	ast.Walk(&n, v)
	return v.found
}

// finder looks for an identifier, or a member property among props.
type finder struct {
	id    string
	props []string
	found bool
}

func (f *finder) Visit(n *ast.Node) {
	switch x := (*n).(type) {
	case *ast.IdentifierNode:
		f.found = f.found || (f.id != "" && x.Value == f.id)
	case *ast.MemberNode:
		if p, ok := x.Property.(*ast.StringNode); ok && slices.Contains(f.props, p.Value) {
			f.found = true
		}
	}
}

// all returns the conjunction of fs, in order.
func all(fs []func(*sim.Ctx) bool) func(*sim.Ctx) bool {
	if len(fs) == 1 {
		return fs[0]
	}
	return func(c *sim.Ctx) bool {
		for _, f := range fs {
			if !f(c) {
				return false
			}
		}
		return true
	}
}
