package ui

import "github.com/hajimehoshi/ebiten/v2"

// mayClose answers the window's close button: it reports whether the window may close at once,
// the game having nothing that its save lacks (as Ctrl+L counts it: saveGuard.unsaved) and no
// orders drafted or submitted for the turn in play (drafted, which no save keeps), or no game
// being held (a served exercise's window: the server keeps the game). Otherwise it asks, saying
// what would be lost: save and quit (S; asking first, as Ctrl+S does, before replacing a file
// the window has not saved this game to; offered only when the save lacks something, and the
// question says that the orders in play are lost all the same), quit without saving (Q), or go
// on (N, Esc).
func (p *page) mayClose(ctx *Context) bool {
	a := p.app
	if a.Remote() || a.Sess == nil {
		return true
	}
	path := a.opts.SavePath
	lost, orders := a.guard.unsaved(a.Sess, path), draftsOf(a.Sess)
	if lost.none() && orders.none() {
		return true
	}
	at := a.TurnLabel()
	saveQuit := func() {
		p.saveGame(" and quit", func(err error) {
			if err != nil {
				a.say("save failed, so the window stays open: " + err.Error())
				return
			}
			ctx.Quit()
		})
	}
	text := "Quit? "
	var yes []choice
	switch {
	case orders.none():
		text += "This game (" + at + ") has " + lost.String() + " not saved to " + path + ", which quitting loses."
	case lost.none():
		text += "Quitting loses " + orders.String() + ", and nothing else: " + notKept + "."
	default:
		text += "This game (" + at + ") has " + lost.String() + " not saved to " + path + ", which quitting loses, and " +
			orders.String() + ", which it loses even with a save: " + notKept + "."
	}
	if !lost.none() {
		yes = append(yes, choice{"ask:save", "Save and quit", ebiten.KeyS, saveQuit})
	}
	quit := "Quit without saving"
	if lost.none() {
		quit = "Quit, losing the orders"
	}
	yes = append(yes, choice{"ask:quit", quit, ebiten.KeyQ, ctx.Quit})
	p.confirm(&question{text: text, yes: yes, no: "Not quit: " + goesOn(at, lost, orders)})
	return false
}
