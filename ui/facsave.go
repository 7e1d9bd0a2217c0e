package ui

import (
	"os"
	"path/filepath"

	"github.com/hajimehoshi/ebiten/v2"
)

// saveGame writes the game's order log to the save path and hands done what came of it (nil:
// saved), after asking when a file is there that the window did not write for this game
// (saveGuard.asksToReplace); and ends the label of the button that goes ahead (" and quit").
// Cancelling leaves the file as it was and does not call done.
func (p *page) saveGame(and string, done func(error)) {
	a := p.app
	path := a.opts.SavePath
	write := func() { done(a.writeSave()) }
	if !a.guard.asksToReplace(a.Sess, path) {
		write()
		return
	}
	why := "this window has not saved this game to it"
	if a.guard.sess == a.Sess {
		why = "it has changed since this window last saved or loaded it"
	}
	p.confirm(&question{
		text: path + " is already there, and " + why + ". Replace what it holds with this game's order log?",
		yes:  []choice{{"ask:yes", "Replace " + filepath.Base(path) + and, ebiten.KeyY, write}},
		no:   "Not saved: " + path + " is left as it was",
	})
}

// writeSave writes the game's order log to the save path and remembers the file as written.
func (a *App) writeSave() error {
	path := a.opts.SavePath
	if err := a.Sess.Save(path); err != nil {
		return err
	}
	if info, err := os.Stat(path); err == nil {
		a.guard.mark(a.Sess, info)
	}
	return nil
}

// save writes the game's order log to the save path (Ctrl+S), after asking when a file is
// there that the window did not write for this game (saveGame).
func (f *facilitator) save() {
	path := f.app.opts.SavePath
	f.saveGame("", func(err error) {
		if err != nil {
			f.refresh("save failed: " + err.Error())
			return
		}
		f.refresh("Saved the order log to " + path)
	})
}

// load replaces the game with the one saved at the save path (Ctrl+L), after asking when the
// game has turns, injects, overrides, notes or answers that path does not hold, or orders
// drafted or submitted for the turn in play (which no save holds).
func (f *facilitator) load() {
	a := f.app
	path := a.opts.SavePath
	info, _ := os.Stat(path) // the file as it is read, for the guard
	s, err := LoadSession(a.Sc, path)
	if err != nil {
		f.refresh("load failed: " + err.Error())
		return
	}
	install := func() {
		copy(s.Seats, a.Sess.Seats)
		a.Sess = s
		if info != nil {
			a.guard.mark(s, info)
		}
		f.refresh("Loaded " + path + ": " + a.TurnLabel())
	}
	lost, orders := a.guard.unsaved(a.Sess, path), draftsOf(a.Sess)
	if lost.none() && orders.none() {
		install()
		return
	}
	at := a.TurnLabel()
	saved := a.Sc.TurnLabel + " " + itoa(s.State.Turn) + " of " + itoa(a.Sc.Turns)
	text := "Load " + path + " (" + saved + ") in place of this game (" + at + ")? "
	switch {
	case orders.none():
		text += "This game has " + lost.String() + " not saved, which loading loses."
	case lost.none():
		text += "Loading loses " + orders.String() + ": " + notKept + "."
	default:
		text += "This game has " + lost.String() + " not saved, and " + orders.String() +
			", which loading loses: " + notKept + "."
	}
	f.confirm(&question{
		text: text,
		yes:  []choice{{"ask:yes", "Load it and lose them", ebiten.KeyY, install}},
		no:   "Not loaded: " + goesOn(at, lost, orders),
	})
}
