package ui

import (
	"os"
	"path/filepath"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/assets"
)

// question is what the white cell's screen asks before a save or a load that would lose
// something. It shows in the footer, with a button that goes ahead (Y) and one that cancels (N,
// or Esc); until it is answered no other key acts, and Esc or F2 cancels it rather than leave
// the screen.
type question struct {
	text  string // the question, naming the file and what would be lost
	yes   string // the label of the button that goes ahead
	do    func() // goes ahead
	no    string // the status line's words when it is cancelled
	focus bool   // the cancel button is still to take the keyboard focus
}

// confirm asks q.
func (f *facilitator) confirm(q *question) {
	q.focus = true
	f.asking = q
	f.stale = true
}

// answer answers the question asked: yes goes ahead, no leaves the game and the file as they
// were and says so on the status line.
func (f *facilitator) answer(yes bool) {
	q := f.asking
	if q == nil {
		return
	}
	f.asking = nil
	f.stale = true
	if yes {
		q.do()
		return
	}
	f.app.Status = q.no
}

// buildQuestion returns the footer that asks f.asking: the question, wrapped to the window's
// width, and its two buttons. The screen's other shortcuts are dropped, so that only the
// question's keys act until it is answered.
func (f *facilitator) buildQuestion(ctx *Context, w *Widgets) *widget.Container {
	q, th := f.asking, w.Theme
	w.DropShortcuts()
	foot := w.Column(6)
	face := th.Head
	foot.AddChild(widget.NewText(
		widget.TextOpts.Text(q.text, &face, assets.Orange),
		widget.TextOpts.MaxWidth(float64(th.Px(float64(ctx.Size.X)/ctx.Scale-40))),
	))
	row := w.Row(12)
	row.AddChild(w.Button("ask:yes", q.yes, ebiten.KeyY, func() { f.answer(true) }))
	row.AddChild(w.Button("ask:no", "Cancel", ebiten.KeyN, func() { f.answer(false) }))
	row.AddChild(w.Label("Esc: cancel", th.Small, assets.TextDim))
	row.AddChild(f.statusLine(w))
	foot.AddChild(row)
	return foot
}

// save writes the game's order log to the save path (Ctrl+S), after asking when a file is
// there that the window did not write for this game (see saveGuard.asksToReplace).
func (f *facilitator) save() {
	a := f.app
	path := a.opts.SavePath
	if !a.guard.asksToReplace(a.Sess, path) {
		f.write()
		return
	}
	why := "this window has not saved this game to it"
	if a.guard.sess == a.Sess {
		why = "it has changed since this window last saved or loaded it"
	}
	f.confirm(&question{
		text: path + " is already there, and " + why + ". Replace what it holds with this game's order log?",
		yes:  "Replace " + filepath.Base(path),
		do:   f.write,
		no:   "Not saved: " + path + " is left as it was",
	})
}

// write writes the game's order log to the save path.
func (f *facilitator) write() {
	a := f.app
	path := a.opts.SavePath
	if err := a.Sess.Save(path); err != nil {
		f.refresh("save failed: " + err.Error())
		return
	}
	if info, err := os.Stat(path); err == nil {
		a.guard.mark(a.Sess, info)
	}
	f.refresh("Saved the order log to " + path)
}

// load replaces the game with the one saved at the save path (Ctrl+L), after asking when the
// game has turns, injects, overrides, notes or answers that path does not hold.
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
	lost := a.guard.unsaved(a.Sess, path)
	if lost.none() {
		install()
		return
	}
	at := a.TurnLabel()
	saved := a.Sc.TurnLabel + " " + itoa(s.State.Turn) + " of " + itoa(a.Sc.Turns)
	f.confirm(&question{
		text: "Load " + path + " (" + saved + ") in place of this game (" + at + ")? This game has " +
			lost.String() + " not saved, which loading loses.",
		yes: "Load it and lose them",
		do:  install,
		no:  "Not loaded: the game goes on at " + at + ", with " + lost.String() + " not saved",
	})
}
