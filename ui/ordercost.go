package ui

import (
	"fmt"
	"slices"
	"strings"

	"ttx/session"
	"ttx/sim"
)

// moveCostText is what a move costs on its card: "cost 1 funds, (2 * param + 1) reserve", a
// cost given as an expression shown as written, then what it costs per unit of its parameter,
// " + 3 funds per level"; "free" when it costs nothing of its own.
func moveCostText(sc *sim.Scenario, m *sim.MoveDef) string {
	s := "free"
	if parts := costParts(sc, m.Cost, m.CostExprs); len(parts) > 0 {
		s = "cost " + strings.Join(parts, ", ")
	}
	if per := costParts(sc, m.Param.Cost, m.Param.CostExprs); len(per) > 0 {
		s += " + " + strings.Join(per, ", ") + " per " + m.Param.Label
	}
	return s
}

// costParts returns each amount of a cost table as the card reads it, in track order: "3
// funds", "(2 * param + 1) funds".
func costParts(sc *sim.Scenario, fixed []sim.TrackAmount, exprs []sim.CostExpr) []string {
	type part struct {
		track int
		text  string
	}
	var ps []part
	for _, c := range fixed {
		ps = append(ps, part{c.Track, fmt.Sprintf("%d %s", c.Amount, sc.Tracks[c.Track].Label)})
	}
	for _, c := range exprs {
		ps = append(ps, part{c.Track, "(" + c.Amount.Src + ") " + sc.Tracks[c.Track].Label})
	}
	slices.SortStableFunc(ps, func(a, b part) int { return a.track - b.track })
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.text
	}
	return out
}

// orderCostText is what order o of move m costs, after its chance on its row of the card, for
// a move whose cost depends on the order (its parameter's value, or an expression): " · cost 9
// funds", as the legal order offered with the same target, argument and value gives it (its
// side's view, session.Choice.Cost). A value Legal does not offer (an amount between those
// listed) is worked out here when its costs are plain numbers, and is " · cost ?" when one is
// an expression. "" for a move whose every order costs the same: its line says what.
func orderCostText(sc *sim.Scenario, m *sim.MoveDef, offered []session.Choice, o sim.Order) string {
	if m.FixedCost() {
		return ""
	}
	for _, c := range offered {
		if c.Target == o.Target && c.Arg == o.Arg && c.Param == o.Param {
			return " · " + costText(sc, c.Cost)
		}
	}
	if len(m.CostExprs) == 0 && len(m.Param.CostExprs) == 0 {
		cost, _ := m.CostOf(&sim.Ctx{Param: o.Param}, nil) // plain numbers: it reads the value alone
		return " · " + costText(sc, cost)
	}
	return " · cost ?"
}
