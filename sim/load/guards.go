package load

import (
	"slices"

	"github.com/expr-lang/expr/ast"

	"ttx/sim"
)

// guards splits a move's condition for Legal into the conjuncts of its top-level `and` chain
// that read neither target nor arg (self), those that read only fixed properties of the target
// (static: see staticFields), those that read the target otherwise but not arg (target), those
// that read only fixed properties of arg (argStatic: its id, kind and side) and the others that
// read arg (arg); each part is the conjunction of its conjuncts in source order, unset when it
// has none. Expressions are pure, so the condition holds exactly when all five do, and Legal
// checks self once per move, static and argStatic once per scenario when it is indexed, target
// once per target and arg once per argument. ok is false when the condition could not be split
// (it then failed to compile anyway).
//
// Within a part, the conjuncts that walk an incident's evidence come last (cheapFirst): a check
// of legality stops at the first that fails, and the others cost a few reads. The order changes
// no answer: the conjuncts are pure, and one that fails having read only what the side sees
// fails in its view too (see sim.Ctx.Watch). The move's whole condition, which adjudication
// checks and whose reads decide what a result hides, keeps the order it is written in.
func (c *compiler) guards(src string, k envKey) (self, static, target, argStatic, arg sim.Bool, ok bool) {
	n, err := c.parse(src, k)
	if err != nil {
		return
	}
	var parts [5][]func(*sim.Ctx) bool
	for _, cj := range cheapFirst(conjuncts(n, nil)) {
		v, err := c.node(cj, k)
		if err != nil || v.k != kBool {
			return sim.Bool{}, sim.Bool{}, sim.Bool{}, sim.Bool{}, sim.Bool{}, false
		}
		switch {
		case reads(cj, "arg") && readsOnlyStaticOf(cj, "arg", sim.TargetActor):
			parts[3] = append(parts[3], v.b)
		case readsArg(cj):
			parts[4] = append(parts[4], v.b)
		case reads(cj, "target") && readsOnlyStatic(cj, k.target):
			parts[1] = append(parts[1], v.b)
		case reads(cj, "target"):
			parts[2] = append(parts[2], v.b)
		default:
			parts[0] = append(parts[0], v.b)
		}
	}
	var out [5]sim.Bool
	for i, p := range parts {
		if len(p) > 0 {
			out[i] = sim.Bool{Src: src, Fn: all(p)}
		}
	}
	return out[0], out[1], out[2], out[3], out[4], true
}

// scanFields are the fields whose reading walks an incident's evidence: a conjunct that reads
// one costs tens of reads where the others cost a few.
var scanFields = []string{"evidence", "against"}

// cheapFirst returns conjuncts with those that read a field in scanFields moved after the
// others, each group in the order written.
func cheapFirst(cjs []ast.Node) []ast.Node {
	var cheap, scans []ast.Node
	for _, n := range cjs {
		f := &finder{props: scanFields}
		ast.Walk(&n, f)
		if f.found {
			scans = append(scans, n)
		} else {
			cheap = append(cheap, n)
		}
	}
	return append(cheap, scans...)
}

// staticFields are, per target kind, the fields of a target that never change in a game and
// that the compiled expressions read from the scenario alone, never from the state.
var staticFields = map[int][]string{
	sim.TargetActor:      {"id", "kind", "side"},
	sim.TargetAsset:      {"id", "kind"},
	sim.TargetLink:       {"id"},
	sim.TargetResolution: {"id"},
}

// readsOnlyStatic reports whether n reads nothing but literals and static fields of the target.
func readsOnlyStatic(n ast.Node, kind int) bool { return readsOnlyStaticOf(n, "target", kind) }

// readsOnlyStaticOf reports whether n reads nothing but literals and static fields of name (the
// target or arg), an entity of the given target kind.
func readsOnlyStaticOf(n ast.Node, name string, kind int) bool {
	fields := staticFields[kind]
	ok := len(fields) > 0
	ast.Walk(&n, visit(func(x ast.Node) {
		switch x := x.(type) {
		case *ast.IdentifierNode:
			ok = ok && x.Value == name
		case *ast.MemberNode:
			p, isStr := x.Property.(*ast.StringNode)
			id, isID := x.Node.(*ast.IdentifierNode)
			ok = ok && isStr && isID && id.Value == name && slices.Contains(fields, p.Value)
		case *ast.StringNode, *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.ArrayNode,
			*ast.BinaryNode, *ast.UnaryNode:
		default:
			ok = false
		}
	}))
	return ok
}

// visit is an ast.Visitor from a function.
type visit func(ast.Node)

func (f visit) Visit(n *ast.Node) { f(*n) }

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

// reads reports whether expression src, in context k, reads the name id; false when it does
// not compile (its error is reported where it is compiled).
func (c *compiler) reads(src string, k envKey, id string) bool {
	n, err := c.parse(src, k)
	return err == nil && reads(n, id)
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

// parts compiles each conjunct of a condition's top-level `and` chain on its own, with its
// source, so that a refusal can name the one that failed; nil when the condition has one
// conjunct or could not be split.
func (c *compiler) parts(src string, k envKey) []sim.Bool {
	n, err := c.parse(src, k)
	if err != nil {
		return nil
	}
	cjs := conjuncts(n, nil)
	if len(cjs) < 2 {
		return nil
	}
	out := make([]sim.Bool, 0, len(cjs))
	for _, cj := range cjs {
		v, err := c.node(cj, k)
		if err != nil || v.k != kBool {
			return nil
		}
		out = append(out, sim.Bool{Src: cj.String(), Fn: v.b})
	}
	return out
}
