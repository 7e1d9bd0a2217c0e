package load

import (
	"fmt"
	"reflect"

	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/builtin"

	"ttx/sim"
)

// The expression library's `%` takes integers only, while every number an expression reads (a
// track, turn) is a float64. modPatcher rewrites each `a % b` into a call of modName, a function
// that no expression can name itself (it is not an identifier), before type checking; modFunc
// types it as a number over any two numbers; compile.go's call compiles it to sim.Mod.
const modName = "%"

var modFunc = &builtin.Function{
	Name: modName,
	Func: func(...any) (any, error) { return nil, errf("%% is compiled by the loader") },
	Validate: func(args []reflect.Type) (reflect.Type, error) {
		if len(args) != 2 {
			return nil, errf("%% takes two numbers")
		}
		for _, a := range args {
			if !isNumber(a) {
				return nil, fmt.Errorf("operator %% does not apply to %s and %s", typeWords(args[0]), typeWords(args[1]))
			}
		}
		return tNum, nil
	},
}

// isNumber reports whether t is a number type. An operand of unknown type is not: the checker
// has then already reported why (an unknown name, say), and the call must stay unchecked so
// that the final check visits it again and reports it.
func isNumber(t reflect.Type) bool {
	if t == nil {
		return false
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return true
	}
	return false
}

// typeWords names a checker type as the compiler's messages name kinds.
func typeWords(t reflect.Type) string {
	switch {
	case isNumber(t):
		return kNum.String()
	case t != nil && t.Kind() == reflect.Bool:
		return kBool.String()
	case t != nil && t.Kind() == reflect.String:
		return kSym.String()
	}
	return "a value of unknown type"
}

// modPatcher rewrites `a % b` into a call of modName.
type modPatcher struct{}

// Visit implements ast.Visitor.
func (modPatcher) Visit(n *ast.Node) {
	b, ok := (*n).(*ast.BinaryNode)
	if !ok || b.Operator != "%" {
		return
	}
	callee := &ast.IdentifierNode{Value: modName}
	callee.SetLocation(b.Location())
	ast.Patch(n, &ast.CallNode{Callee: callee, Arguments: []ast.Node{b.Left, b.Right}})
}

// mod compiles a rewritten `a % b`.
func (c *compiler) mod(n *ast.CallNode, k envKey) (val, error) {
	a, err := c.node(n.Arguments[0], k)
	if err != nil {
		return val{}, err
	}
	b, err := c.node(n.Arguments[1], k)
	if err != nil {
		return val{}, err
	}
	if a.k != kNum || b.k != kNum {
		return val{}, c.errAt(n, "operator %% does not apply to %s and %s", a.k, b.k)
	}
	f, g := a.n, b.n
	return numV(func(c *sim.Ctx) float64 { return sim.Mod(f(c), g(c)) }), nil
}
