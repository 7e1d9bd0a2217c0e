package ui

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/sim"
)

// undo steps the game back over its last step (Ctrl+Z, the Undo button). At a hot seat, when
// no save holds that step (saveGuard.lastUnsaved), it asks first, naming the step: save and
// undo (S; asking first, as Ctrl+S does, before replacing a file the window has not saved this
// game to), undo without saving (U), or go on (N, Esc), which leaves the game as it was. Undoing
// a turn also puts its orders back in play in place of those drafted or submitted for the turn
// after it (drafted), which no save keeps: with such orders it asks too, saying so. A step the
// save holds, with no orders in play to lose, is undone at once, as is a served exercise's (its
// server keeps the log).
func (f *facilitator) undo() {
	a := f.app
	if a.Remote() || a.Sess == nil {
		f.undoNow()
		return
	}
	path := a.opts.SavePath
	lost := a.guard.lastUnsaved(a.Sess, path)
	var orders drafted
	if a.Sess.State.Step.Kind == sim.StepTurn {
		orders = draftsOf(a.Sess)
	}
	if lost.none() && orders.none() {
		f.undoNow()
		return
	}
	if lost.none() {
		f.confirm(&question{
			text: "Undo " + stepWords(a.Sc, a.Sess.State) + "? Its orders come back in play in place of " + orders.String() +
				", which undoing loses: " + notKept + ".",
			yes: []choice{{"ask:undo", "Undo, losing the orders", ebiten.KeyU, f.undoNow}},
			no:  "Not undone: " + goesOn(a.TurnLabel(), lost, orders),
		})
		return
	}
	saveUndo := func() {
		f.saveGame(" and undo", func(err error) {
			if err != nil {
				f.refresh("save failed, so nothing was undone: " + err.Error())
				return
			}
			f.undoNow()
		})
	}
	f.confirm(&question{
		text: "Undo " + stepWords(a.Sc, a.Sess.State) + "? It is not saved to " + path + ", so undoing loses it" + lostOrders(orders) + ".",
		yes: []choice{
			{"ask:save", "Save and undo", ebiten.KeyS, saveUndo},
			{"ask:undo", "Undo without saving", ebiten.KeyU, f.undoNow},
		},
		no: "Not undone: " + goesOn(a.TurnLabel(), a.guard.unsaved(a.Sess, path), orders),
	})
}

// lostOrders is what an undo's question adds for the orders in play it loses, even with a save:
// nothing when there are none.
func lostOrders(d drafted) string {
	if d.none() {
		return ""
	}
	return ", and " + d.String() + ", which its orders replace even with a save"
}

// undoNow steps the game back over its last step and says where it now stands.
func (f *facilitator) undoNow() {
	if err := f.app.Ex().Undo(); err != nil {
		f.refresh(err.Error())
		return
	}
	if f.app.Remote() {
		f.refresh("Undoing the last step…")
		return
	}
	f.refresh("Undid the last step: now " + f.app.TurnLabel())
}

// stepWords names the step that led to st, as an undo would drop it: "the resolution of month
// 2", "firing Cable cut" or "setting Ministry readiness to 4".
func stepWords(sc *sim.Scenario, st *sim.State) string {
	switch s := st.Step; s.Kind {
	case sim.StepTurn:
		return "the resolution of " + sc.TurnLabel + " " + itoa(st.Prev.Turn)
	case sim.StepInject:
		return "firing " + sc.Injects[s.Inject].Title
	case sim.StepOverride:
		return fmt.Sprintf("setting %s %s to %d", sc.Actors[s.Actor].Name, sc.Tracks[s.Track].Label, st.Track(s.Actor, s.Track))
	}
	return "the last step"
}
