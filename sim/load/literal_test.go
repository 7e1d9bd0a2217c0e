package load

import (
	"math"
	"reflect"
	"testing"

	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/parser"
)

// TestLiteral checks that literal makes of a plain number the node expr's parser makes (of a
// negative number, the number expr computes), and leaves everything else to the parser.
func TestLiteral(t *testing.T) {
	for _, src := range []string{"0", "7", "007", "120", "9223372036854775807", "0.5", "12.25", "3.0",
		"-1", "-15", "-0.25", "-9223372036854775807"} {
		tree, err := parser.Parse(src)
		if err != nil {
			t.Fatalf("parser.Parse(%q): %v", src, err)
		}
		want, sign := tree.Node, 1.0
		if u, ok := want.(*ast.UnaryNode); ok && u.Operator == "-" {
			want, sign = u.Node, -1
		}
		got := literal(src)
		if got == nil {
			t.Errorf("literal(%q) = nil, want %#v", src, tree.Node)
			continue
		}
		if reflect.TypeOf(got) != reflect.TypeOf(want) || value(got) != sign*value(want) {
			t.Errorf("literal(%q) = %#v, want %#v", src, got, tree.Node)
		}
	}
	for _, src := range []string{"", "-", "--1", "-0", "-0.0", "- 1", "1.", "-.5", ".5", "1e3", "1_000",
		"0x10", " 1", "1 ", "1.2.3", "9223372036854775808", "-9223372036854775808", "a", "1+1", "-a"} {
		if n := literal(src); n != nil {
			t.Errorf("literal(%q) = %#v, want nil", src, n)
		}
	}
}

// value returns the number of a number node; NaN for another node.
func value(n ast.Node) float64 {
	switch n := n.(type) {
	case *ast.IntegerNode:
		return float64(n.Value)
	case *ast.FloatNode:
		return n.Value
	}
	return math.NaN()
}
