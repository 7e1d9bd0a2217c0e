package ui

import (
	"strings"

	"github.com/ebitenui/ebitenui/widget"

	"ttx/sim"
)

// Open tables (sim.Scenario.Open): the teams see each other's orders, so at one keyboard no
// hand-over screen comes between them, and each turn screen lists the orders the other tables
// have given so far this turn.

// handsOver reports whether a hand-over screen comes between the hot-seat sides.
func (a *App) handsOver() bool { return !a.Sc.Open }

// buildOpenOrders adds to col, at open tables, the orders every other table played by a person
// has given so far this turn (a served exercise sends a seat only its own drafts).
func (t *turn) buildOpenOrders(w *Widgets, col *widget.Container) {
	a := t.app
	if !a.Sc.Open || a.Remote() {
		return
	}
	var lines []string
	for _, sd := range a.Ex().People() {
		if sd == t.sd {
			continue
		}
		var os []string
		for _, o := range a.Ex().Drafts(sd) {
			os = append(os, sim.OrderText(a.Sc, o))
		}
		if len(os) == 0 {
			os = []string{"none yet"}
		}
		lines = append(lines, a.SideName(sd)+": "+strings.Join(os, "; "))
	}
	if len(lines) > 0 {
		col.AddChild(w.Note("Open tables, the others' orders so far: "+strings.Join(lines, " · "), panelWidth))
	}
}
