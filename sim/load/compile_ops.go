package load

import (
	"github.com/expr-lang/expr/ast"

	"ttx/sim"
)

// binary compiles arithmetic, comparisons, logic and `in`.
func (c *compiler) binary(n *ast.BinaryNode, k envKey) (val, error) {
	if n.Operator == "in" || n.Operator == "not in" {
		return c.in(n, k)
	}
	a, err := c.node(n.Left, k)
	if err != nil {
		return val{}, err
	}
	b, err := c.node(n.Right, k)
	if err != nil {
		return val{}, err
	}
	bad := func() (val, error) {
		return val{}, c.errAt(n, "operator %s does not apply to %s and %s", n.Operator, a.k, b.k)
	}
	switch n.Operator {
	case "and", "&&", "or", "||":
		if a.k != kBool || b.k != kBool {
			return bad()
		}
		f, g := a.b, b.b
		if n.Operator == "and" || n.Operator == "&&" {
			return boolV(func(c *sim.Ctx) bool { return f(c) && g(c) }), nil
		}
		return boolV(func(c *sim.Ctx) bool { return f(c) || g(c) }), nil
	case "==", "!=":
		if a.k != b.k {
			return bad()
		}
		if err := c.checkLiteral(n.Right, a.dom); err != nil {
			return val{}, err
		}
		if err := c.checkLiteral(n.Left, b.dom); err != nil {
			return val{}, err
		}
		ne := n.Operator == "!="
		if b.konst && a.k != kBool {
			// x == literal: one closure.
			if a.k == kNum {
				f, v := a.n, b.kn
				return boolV(func(c *sim.Ctx) bool { return (f(c) == v) != ne }), nil
			}
			f, v := a.s, b.ks
			return boolV(func(c *sim.Ctx) bool { return (f(c) == v) != ne }), nil
		}
		switch a.k {
		case kNum:
			f, g := a.n, b.n
			return boolV(func(c *sim.Ctx) bool { return (f(c) == g(c)) != ne }), nil
		case kBool:
			f, g := a.b, b.b
			return boolV(func(c *sim.Ctx) bool { return (f(c) == g(c)) != ne }), nil
		}
		f, g := a.s, b.s
		return boolV(func(c *sim.Ctx) bool { return (f(c) == g(c)) != ne }), nil
	}
	if a.k != kNum || b.k != kNum {
		return bad()
	}
	f, g := a.n, b.n
	if v, ok := arith(n.Operator, a, b); ok {
		return v, nil
	}
	switch n.Operator {
	// Each result is rounded to float64 (a closure's result is, but an explicit conversion also
	// says so to the compiler) and nothing is fused: see sim/arith.go.
	case "+":
		return numV(func(c *sim.Ctx) float64 { return float64(f(c) + g(c)) }), nil
	case "-":
		return numV(func(c *sim.Ctx) float64 { return float64(f(c) - g(c)) }), nil
	case "*":
		return numV(func(c *sim.Ctx) float64 { return float64(f(c) * g(c)) }), nil
	case "/":
		return numV(func(c *sim.Ctx) float64 { return sim.Div(f(c), g(c)) }), nil
	case "%":
		return numV(func(c *sim.Ctx) float64 { return sim.Mod(f(c), g(c)) }), nil
	case "**", "^":
		return numV(func(c *sim.Ctx) float64 { return sim.Pow(f(c), g(c)) }), nil
	}
	if b.konst {
		// x < literal and the like: one closure.
		v := b.kn
		switch n.Operator {
		case "<":
			return boolV(func(c *sim.Ctx) bool { return f(c) < v }), nil
		case "<=":
			return boolV(func(c *sim.Ctx) bool { return f(c) <= v }), nil
		case ">":
			return boolV(func(c *sim.Ctx) bool { return f(c) > v }), nil
		case ">=":
			return boolV(func(c *sim.Ctx) bool { return f(c) >= v }), nil
		}
	}
	switch n.Operator {
	case "<":
		return boolV(func(c *sim.Ctx) bool { return f(c) < g(c) }), nil
	case "<=":
		return boolV(func(c *sim.Ctx) bool { return f(c) <= g(c) }), nil
	case ">":
		return boolV(func(c *sim.Ctx) bool { return f(c) > g(c) }), nil
	case ">=":
		return boolV(func(c *sim.Ctx) bool { return f(c) >= g(c) }), nil
	}
	return bad()
}

// in compiles `x in [a, b, …]` over numbers or strings.
func (c *compiler) in(n *ast.BinaryNode, k envKey) (val, error) {
	a, err := c.node(n.Left, k)
	if err != nil {
		return val{}, err
	}
	arr, ok := n.Right.(*ast.ArrayNode)
	if !ok {
		return val{}, c.errAt(n.Right, "in needs a list written out, as in x in [\"a\", \"b\"]")
	}
	not := n.Operator == "not in"
	var nums []float64
	var syms []int32
	for _, e := range arr.Nodes {
		switch e.(type) {
		case *ast.IntegerNode, *ast.FloatNode, *ast.StringNode:
		default:
			return val{}, c.errAt(e, "the list must hold literal numbers or strings")
		}
		v, err := c.node(e, k)
		if err != nil {
			return val{}, err
		}
		if v.k != a.k || a.k == kBool {
			return val{}, c.errAt(e, "the list must hold %s", a.k)
		}
		if err := c.checkLiteral(e, a.dom); err != nil {
			return val{}, err
		}
		if a.k == kNum {
			nums = append(nums, v.n(nil))
		} else {
			syms = append(syms, v.s(nil))
		}
	}
	if a.k == kNum {
		f := a.n
		return boolV(func(c *sim.Ctx) bool {
			v := f(c)
			for _, x := range nums {
				if x == v {
					return !not
				}
			}
			return not
		}), nil
	}
	f := a.s
	return boolV(func(c *sim.Ctx) bool {
		v := f(c)
		for _, x := range syms {
			if x == v {
				return !not
			}
		}
		return not
	}), nil
}

// arith compiles arithmetic with a literal operand (0.4 + 0.05 * self.capability): of two
// literals, the literal the operation gives, worked out once; of one, a closure that calls only
// the other operand's. ok is false for an operator it does not fold or operands neither literal.
// The results are those of the closures binary makes, to the bit: the same operations on the
// same values, each rounded to float64 on its own.
func arith(op string, a, b val) (val, bool) {
	if !a.konst && !b.konst {
		return val{}, false
	}
	if a.konst && b.konst {
		var r float64
		switch op {
		case "+":
			r = float64(a.kn + b.kn)
		case "-":
			r = float64(a.kn - b.kn)
		case "*":
			r = float64(a.kn * b.kn)
		case "/":
			r = sim.Div(a.kn, b.kn)
		case "%":
			r = sim.Mod(a.kn, b.kn)
		case "**", "^":
			r = sim.Pow(a.kn, b.kn)
		default:
			return val{}, false
		}
		return numLit(r), true
	}
	f, g, x, y := a.n, b.n, a.kn, b.kn
	switch {
	case op == "+" && a.konst:
		return numV(func(c *sim.Ctx) float64 { return float64(x + g(c)) }), true
	case op == "+":
		return numV(func(c *sim.Ctx) float64 { return float64(f(c) + y) }), true
	case op == "-" && a.konst:
		return numV(func(c *sim.Ctx) float64 { return float64(x - g(c)) }), true
	case op == "-":
		return numV(func(c *sim.Ctx) float64 { return float64(f(c) - y) }), true
	case op == "*" && a.konst:
		return numV(func(c *sim.Ctx) float64 { return float64(x * g(c)) }), true
	case op == "*":
		return numV(func(c *sim.Ctx) float64 { return float64(f(c) * y) }), true
	case op == "/" && a.konst:
		return numV(func(c *sim.Ctx) float64 { return sim.Div(x, g(c)) }), true
	case op == "/":
		return numV(func(c *sim.Ctx) float64 { return sim.Div(f(c), y) }), true
	}
	return val{}, false
}
