package load

import (
	"math"
	"testing"

	"ttx/sim"
)

// TestArithFoldsLiterals: arithmetic with a literal operand gives, to the bit, what the
// operation on two closures gives (binary's), for each operator arith folds, with the literal on
// either side or both, over values with signs, zeros, fractions, infinities and NaN; and the
// campaign's compiler makes literals of literal arithmetic and of negative numbers, which
// comparisons then take in one closure.
func TestArithFoldsLiterals(t *testing.T) {
	ref := map[string]func(x, y float64) float64{
		"+":  func(x, y float64) float64 { return float64(x + y) },
		"-":  func(x, y float64) float64 { return float64(x - y) },
		"*":  func(x, y float64) float64 { return float64(x * y) },
		"/":  sim.Div,
		"%":  sim.Mod,
		"**": sim.Pow,
	}
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.06, 3, -7.5, 1e300, math.Inf(1), math.Inf(-1), math.NaN()}
	closure := func(v float64) val { return numV(func(*sim.Ctx) float64 { return v }) }
	same := func(a, b float64) bool {
		return math.Float64bits(a) == math.Float64bits(b) || math.IsNaN(a) && math.IsNaN(b)
	}
	folded := 0
	for op, f := range ref {
		for _, x := range vals {
			for _, y := range vals {
				want := f(x, y)
				for _, pair := range [][2]val{{numLit(x), closure(y)}, {closure(x), numLit(y)}, {numLit(x), numLit(y)}} {
					v, ok := arith(op, pair[0], pair[1])
					if !ok {
						continue
					}
					folded++
					if got := v.n(nil); !same(got, want) {
						t.Fatalf("%v %s %v (literal left %v, right %v): %v, want %v", x, op, y, pair[0].konst, pair[1].konst, got, want)
					}
					if both := pair[0].konst && pair[1].konst; v.konst != both || both && !same(v.kn, want) {
						t.Fatalf("%v %s %v: literal %v (%v), want literal %v", x, op, y, v.konst, v.kn, both)
					}
				}
			}
		}
	}
	if folded < len(vals)*len(vals)*len(ref) {
		t.Fatalf("only %d folded", folded)
	}

	sc, err := Load("campaign.toml", campaign(t))
	if err != nil {
		t.Fatal(err)
	}
	c := newCompiler(sc)
	for src, want := range map[string]float64{"-5": -5, "0.4 + 0.06 * 10": float64(0.4 + float64(0.06*10)), "2 ** 3 - -1": 9} {
		n, err := c.parse(src, envKey{})
		if err != nil {
			t.Fatal(err)
		}
		v, err := c.node(n, envKey{})
		if err != nil {
			t.Fatal(err)
		}
		if !v.konst || v.kn != want || v.n(nil) != want {
			t.Errorf("%s: literal %v, %v, want the literal %v", src, v.konst, v.kn, want)
		}
	}
}
