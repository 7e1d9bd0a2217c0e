package load

import (
	"maps"
	"math"
	"slices"
	"strconv"

	"ttx/sim"
)

// payers returns who pays the costs of move mv, whose by m holds: the actors that may play it
// (as canPlay will find them), and whether their kinds limit the tracks a cost may name (a file
// with [kinds] and a by that is right).
func (b *builder) payers(sc *sim.Scenario, mv int, m *sim.MoveDef) ([]int, bool) {
	if sc.Kinds == nil || b.unknownBy[mv] {
		return nil, false
	}
	var out []int
	for a := range sc.Actors {
		if mayPlay(sc, a, m) {
			out = append(out, a)
		}
	}
	return out, true
}

// costs resolves a cost table at path (move[i].cost, move[i].param.cost): on each track, in
// track order, a whole number is a fixed amount, which is never evaluated; any other value is
// an expression, compiled with the move's other expressions (see compileCosts), which keeps
// its source here. An unknown track is offered only a track every actor that may play move mv
// (whose by m holds) has.
func (b *builder) costs(sc *sim.Scenario, path string, x map[string]Expr, mv int, m *sim.MoveDef) (fixed []sim.TrackAmount, exprs []sim.CostExpr) {
	for _, k := range slices.Sorted(maps.Keys(x)) {
		p, src := keyPath(path, k), x[k].Src
		t := sc.Track(k)
		switch {
		case t < 0:
			actors, limited := b.payers(sc, mv, m)
			b.errAtKey(p, "%s", trackSlip(sc, k, "self", actors, limited))
			continue
		case b.skip[p]:
			continue // not a finite number, said already
		}
		n, err := strconv.ParseInt(src, 10, 64)
		if err == nil {
			if n < 0 {
				b.errAt(p, "a cost cannot be negative")
			}
			fixed = append(fixed, sim.TrackAmount{Track: t, Amount: n})
			continue
		}
		if v, err := strconv.ParseFloat(src, 64); err == nil && (v != math.Trunc(v) || math.Abs(v) > 1<<62) {
			b.errAt(p, "a cost is a whole number or an expression, not %s", src)
			continue
		}
		exprs = append(exprs, sim.CostExpr{Track: t, Amount: sim.Num{Src: src}})
	}
	return fixed, exprs
}

// compileCosts compiles the cost expressions of a table at path (see costs) in context k.
func (b *builder) compileCosts(sc *sim.Scenario, path string, exprs []sim.CostExpr, k envKey) {
	for i := range exprs {
		ce := &exprs[i]
		ce.Amount = b.num(path+"."+sc.Tracks[ce.Track].ID, ce.Amount.Src, k)
	}
}
