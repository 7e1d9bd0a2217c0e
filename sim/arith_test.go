package sim

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestPowBits pins Pow to exact bits, computed once on amd64: the same on every architecture
// (the cross-architecture CI step runs this test under GOARCH=386 and arm64).
func TestPowBits(t *testing.T) {
	for _, c := range []struct {
		x, y float64
		bits uint64
	}{
		{2, 0.5, 0x3ff6a09e667f3bcd},
		{2, 1.5, 0x4006a09e667f3bcc},
		{10, 0.3, 0x3fffec982d5bb8b0},
		{0.7, 2.2, 0x3fdd336ba60b0d77},
		{123.456, 0.789, 0x404658398ca9d814},
		{1e+06, -0.37, 0x3f78ae4b9292a9fa},
		{3, 10, 0x40ecd52000000000},
		{1.0000001, 1e+07, 0x4005bf0a7907b07f},
		{5.5, -3.25, 0x3f70137c85ae3976},
		{0.5, 1074.5, 0x0000000000000001},
		{9.87, 123.4, 0x596830d18985e738},
		{math.Pi, math.E, 0x4036758b5c381110},
		{17, 1.0 / 3, 0x400491fc152578ca},
		{1e-300, 0.999, 0x01b56120d8963f66},
		{42, 7.77, 0x428dd2704e6de7cb},
	} {
		if got := Pow(c.x, c.y); math.Float64bits(got) != c.bits {
			t.Errorf("Pow(%v, %v) = %v (%#016x), want %v (%#016x)", c.x, c.y, got, math.Float64bits(got),
				math.Float64frombits(c.bits), c.bits)
		}
	}
}

// TestPowSpecial: Pow's special cases are math.Pow's, exactly.
func TestPowSpecial(t *testing.T) {
	inf, nan := math.Inf(1), math.NaN()
	xs := []float64{0, math.Copysign(0, -1), 1, -1, 2, -2, 0.5, -0.5, 3, -3, inf, -inf, nan, 1e308, 1e-308}
	ys := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, -3, inf, -inf, nan, 1 << 63, 1e20}
	for _, x := range xs {
		for _, y := range ys {
			got, want := Pow(x, y), math.Pow(x, y)
			if math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
				t.Errorf("Pow(%v, %v) = %v, want %v", x, y, got, want)
			}
		}
	}
}

// TestPowAccuracy: over random arguments, Pow is within 8 units in the last place of math.Pow
// (the same algorithm, whose repeated squaring may lose one a step), and exp and log within 2 of
// math.Exp and math.Log (assembly on amd64, itself within 1 of the true value).
func TestPowAccuracy(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	ulps := func(a, b float64) float64 {
		if a == b {
			return 0
		}
		return math.Abs(a-b) / math.Abs(math.Nextafter(b, math.Inf(1))-b)
	}
	for range 100000 {
		x := math.Exp(r.Float64()*40 - 20)
		y := r.Float64()*40 - 20
		want := math.Pow(x, y)
		if math.IsInf(want, 0) || want == 0 || want < 1e-300 {
			continue
		}
		if u := ulps(Pow(x, y), want); u > 8 {
			t.Fatalf("Pow(%v, %v) = %v, want %v (%.1f ulps off)", x, y, Pow(x, y), want, u)
		}
		v := r.Float64()*1400 - 700
		if u := ulps(exp(v), math.Exp(v)); u > 2 {
			t.Fatalf("exp(%v) = %v, want %v (%.1f ulps off)", v, exp(v), math.Exp(v), u)
		}
		if u := ulps(log(x), math.Log(x)); u > 2 {
			t.Fatalf("log(%v) = %v, want %v (%.1f ulps off)", x, log(x), math.Log(x), u)
		}
	}
}

// TestDivMod: division and remainder by zero are 0; the remainder has the dividend's sign.
func TestDivMod(t *testing.T) {
	for _, c := range []struct{ a, b, div, mod float64 }{
		{7, 3, 7.0 / 3, 1},
		{-7, 3, -7.0 / 3, -1},
		{7, -3, -7.0 / 3, 1},
		{7.5, 2, 3.75, 1.5},
		{7, 0, 0, 0},
		{0, 0, 0, 0},
		{-7, 0, 0, 0},
	} {
		if got := Div(c.a, c.b); got != c.div {
			t.Errorf("Div(%v, %v) = %v, want %v", c.a, c.b, got, c.div)
		}
		if got := Mod(c.a, c.b); got != c.mod {
			t.Errorf("Mod(%v, %v) = %v, want %v", c.a, c.b, got, c.mod)
		}
	}
}
