package load

import (
	"math"
	"strconv"

	"ttx/sim"
)

// ladders checks the [[ladder]] tables: each has between 2 and sim.MaxRungs rungs, every one
// labelled.
func (b *builder) ladders(sc *sim.Scenario, f *File) {
	for i, l := range f.Ladder {
		p := at("ladder", i)
		d := sim.Ladder{ID: l.ID, Name: l.Name, Rungs: l.Rungs}
		if d.Name == "" {
			d.Name = l.ID
		}
		if n := len(l.Rungs); (n < 2 || n > sim.MaxRungs) && (n != 0 || !b.missing(p, "rungs")) {
			b.errAt(p+".rungs", "a ladder has 2..%d rungs, not %d", sim.MaxRungs, n)
		}
		for j, r := range l.Rungs {
			if r == "" {
				b.errAt(at(p+".rungs", j), "a rung needs a label")
			}
			b.text(at(p+".rungs", j), r)
		}
		sc.Ladders = append(sc.Ladders, d)
	}
}

// param resolves a move's param table: a ladder (its rungs are the values) or an amount with
// max and optional min (compiled later with the move's other expressions), of move mv, whose by
// m holds (see costs).
func (b *builder) param(sc *sim.Scenario, p string, x *Param, mv int, m *sim.MoveDef) sim.ParamDef {
	d := sim.ParamDef{Label: x.Label}
	d.Cost, d.CostExprs = b.costs(sc, p+".cost", x.Cost, mv, m)
	switch {
	case x.Ladder != "":
		d.Kind, d.Ladder = sim.ParamLadder, b.ref(p+".ladder", "ladder", x.Ladder, sc.LadderIndex)
		if d.Ladder < 0 {
			d.Kind = sim.ParamNone
		}
		if x.Min != nil || x.Max != nil {
			b.errAt(p, "min and max apply to amounts; a ladder's rungs are its values")
		}
		if d.Label == "" {
			d.Label = "level"
		}
	case x.Max == nil:
		b.errAt(p, "param needs ladder (a rung) or max (an amount)")
	default:
		d.Kind = sim.ParamAmount
		if d.Label == "" {
			d.Label = "amount"
		}
		lo, hi := 0.0, 0.0
		var err1, err2 error
		if x.Min != nil {
			lo, err1 = strconv.ParseFloat(x.Min.Src, 64)
		}
		hi, err2 = strconv.ParseFloat(x.Max.Src, 64)
		if err1 == nil && err2 == nil && math.Ceil(lo) > math.Floor(hi) {
			b.errAt(p+".max", "no whole amount lies between min %s and max %s", fmtFloat(lo), fmtFloat(hi))
		}
	}
	return d
}
