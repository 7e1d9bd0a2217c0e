package ui

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/hajimehoshi/ebiten/v2"
)

// saveGame writes the game's order log to the save path and hands done what came of it (nil:
// saved), after asking when a file is there that the window did not write for this game, or
// that holds steps the game has undone since (askReplace); and ends the label of the button
// that goes ahead (" and quit").
// Cancelling leaves the file as it was and does not call done.
func (p *page) saveGame(and string, done func(error)) {
	a := p.app
	p.askReplace(&a.guard, a.opts.SavePath, replacing{
		notOurs: "this window has not saved this game to it",
		changed: "it has changed since this window last saved or loaded it",
		undone:  "it holds %s that this game has undone since",
		with:    "this game's order log",
		not:     "Not saved",
	}, and, func() { done(a.writeSave()) })
}

// replacing is the words of the question askReplace asks: why it asks, when the window did not
// write the file for this game (notOurs), when the file has changed since it did (changed) and
// when it holds steps the game has undone since (undone, a format for what they are: "1
// turn"), what would replace the file (with), and the status line's words when it is left (not).
type replacing struct{ notOurs, changed, undone, with, not string }

// askReplace calls write at once, or, when a file is at path that g says the window did not
// write for this game, that has changed since, or that holds steps the game has undone since
// (saveGuard.asksToReplace), once the question in w's words is answered yes; and ends the label
// of the button that goes ahead (and).
func (p *page) askReplace(g *saveGuard, path string, w replacing, and string, write func()) {
	a := p.app
	if !g.asksToReplace(a.Sess, path) {
		write()
		return
	}
	why := w.notOurs
	if g.sess == a.Sess {
		why = w.changed
		if u := g.undone(a.Sess, path); !u.none() {
			why = fmt.Sprintf(w.undone, u)
		}
	}
	p.confirm(&question{
		text: path + " is already there, and " + why + ". Replace what it holds with " + w.with + "?",
		yes:  []choice{{"ask:yes", "Replace " + filepath.Base(path) + and, ebiten.KeyY, write}},
		no:   w.not + ": " + path + " is left as it was",
	})
}

// writeSave writes the game's order log to the save path and remembers the file as written.
func (a *App) writeSave() error {
	path := a.opts.SavePath
	if err := a.Sess.Save(path); err != nil {
		return err
	}
	a.guard.wrote(a.Sess, path)
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
// drafted or submitted for the turn in play (which no save holds). The sides keep the window's
// seats, whoever the save says played them.
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
		// The window goes on with its own seating, given through Reseat so that the saves that
		// follow name who plays each side here, not what the loaded header said of it (ttx
		// run's SIDE=orders:FILE, for a side the window gives to a person); their seat entries
		// keep who played the turns loaded.
		for sd, st := range a.Sess.Seats {
			s.Reseat(sd, st)
		}
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
