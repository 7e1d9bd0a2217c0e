package ui

import (
	"slices"
	"strings"

	"github.com/ebitenui/ebitenui/widget"

	"ttx/assets"
	"ttx/session"
	"ttx/sim"
)

// paramStepper is the orders panel's stepper for a move that takes a parameter: the value the
// next order of the move will carry, between the least and the greatest its side's legal orders
// offer, shown with its rung's label on a ladder. −/+ step by one; on an amount «/» step by a
// tenth of the range. A target item then gives the order with the value shown.
type paramStepper struct {
	move  int // the move the value is for; -1 none
	value int
	label string // the value as last shown
}

// paramValues returns the parameters the legal orders cs offer, ascending, each once.
func paramValues(cs []session.Choice) []int {
	var vs []int
	for _, c := range cs {
		if !slices.Contains(vs, c.Param) {
			vs = append(vs, c.Param)
		}
	}
	slices.Sort(vs)
	return vs
}

// current returns the value for move mv, set to the least offered when the move changed or the
// value left the offered range.
func (ps *paramStepper) current(mv int, vs []int) int {
	if len(vs) == 0 {
		return 0
	}
	if ps.move != mv || ps.value < vs[0] || ps.value > vs[len(vs)-1] {
		ps.move, ps.value = mv, vs[0]
	}
	return ps.value
}

// step moves the value of move m by n steps: on a ladder from offered rung to offered rung, on
// an amount by n, within the offered range.
func (ps *paramStepper) step(m *sim.MoveDef, vs []int, n int) {
	if len(vs) == 0 {
		return
	}
	if m.Param.Kind == sim.ParamLadder {
		i, _ := slices.BinarySearch(vs, ps.value)
		i = min(max(i+n, 0), len(vs)-1)
		ps.value = vs[i]
		return
	}
	ps.value = min(max(ps.value+n, vs[0]), vs[len(vs)-1])
}

// build adds the stepper's row for move mv of actor aid to col; onChange redraws the panel.
func (ps *paramStepper) build(w *Widgets, col *widget.Container, sc *sim.Scenario, aid string, mv int, cs []session.Choice, onChange func()) {
	m := &sc.Moves[mv]
	vs := paramValues(cs)
	v := ps.current(mv, vs)
	name := ":" + aid + ":" + m.ID
	row := w.Row(6)
	steps := []struct {
		key, label string
		n          int
	}{{"param-", "−", -1}, {"param+", "+", 1}}
	if m.Param.Kind == sim.ParamAmount && len(vs) > 0 {
		big := max(1, (vs[len(vs)-1]-vs[0])/10)
		steps = []struct {
			key, label string
			n          int
		}{{"param--", "«", -big}, {"param-", "−", -1}, {"param+", "+", 1}, {"param++", "»", big}}
	}
	for i, s := range steps {
		if i == len(steps)/2 {
			ps.label = paramLabel(sc, mv, v)
			row.AddChild(w.Label(ps.label, w.Theme.Body, assets.Text))
		}
		n := s.n
		row.AddChild(w.Button(s.key+name, s.label, -1, func() { ps.step(m, vs, n); onChange() }))
	}
	col.AddChild(row)
}

// paramLabel is how value v of move mv reads on the stepper: "Level 5 — Cyber disruption".
func paramLabel(sc *sim.Scenario, mv, v int) string {
	s := sc.ParamText(mv, v)
	if s == "" {
		return ""
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// paramGroups returns the legal orders cs of one move with the stepper's value v: for each
// target and argument, in order, the order with that value when it is offered, else the first
// with any value, its parameter set to v and its chance (-1) and cost unknown: any value in
// range may be ordered, and an amount Legal does not list is checked when the order resolves.
func paramGroups(cs []session.Choice, v int) []session.Choice {
	var out []session.Choice
	for _, c := range cs {
		i := slices.IndexFunc(out, func(x session.Choice) bool { return x.Target == c.Target && x.Arg == c.Arg })
		switch {
		case i < 0:
			if c.Param != v {
				c.Param, c.Chance, c.Cost = v, -1, nil
			}
			out = append(out, c)
		case c.Param == v:
			out[i] = c
		}
	}
	return out
}
