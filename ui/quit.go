package ui

import "github.com/hajimehoshi/ebiten/v2"

// mayClose answers the window's close button: it reports whether the window may close at once,
// the game having nothing that its save lacks (as Ctrl+L counts it: saveGuard.unsaved), or no
// game being held (a served exercise's window: the server keeps the game). Otherwise it asks,
// saying what would be lost: save and quit (S; asking first, as Ctrl+S does, before replacing a
// file the window has not saved this game to), quit without saving (Q), or go on (N, Esc).
func (p *page) mayClose(ctx *Context) bool {
	a := p.app
	if a.Remote() || a.Sess == nil {
		return true
	}
	path := a.opts.SavePath
	lost := a.guard.unsaved(a.Sess, path)
	if lost.none() {
		return true
	}
	at := a.TurnLabel()
	saveQuit := func() {
		p.saveGame(" and quit", func(err error) {
			if err != nil {
				a.Status = "save failed, so the window stays open: " + err.Error()
				return
			}
			ctx.Quit()
		})
	}
	p.confirm(&question{
		text: "Quit? This game (" + at + ") has " + lost.String() + " not saved to " + path +
			", which quitting loses.",
		yes: []choice{
			{"ask:save", "Save and quit", ebiten.KeyS, saveQuit},
			{"ask:quit", "Quit without saving", ebiten.KeyQ, ctx.Quit},
		},
		no: "Not quit: the game goes on at " + at + ", with " + lost.String() + " not saved",
	})
	return false
}
