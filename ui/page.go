package ui

import (
	"image"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/assets"
	"ttx/ui/kit"
)

// page is the part every widget screen shares: it builds its widgets for
// the current HiDPI scale, rebuilds them when marked stale, and fills the
// background before drawing them.
type page struct {
	app   *App
	w     *Widgets
	scale float64
	size  image.Point
	stale bool
	// scrollTag names what the screen's scrolled lists hold (the turn screen's tab); a rebuild
	// keeps the lists where the user left them when it is the same as at the last build.
	scrollTag, builtTag string
	// clockShown is the countdown last drawn at the top (drawClock), "" for none.
	clockShown string
	// asking is the question the screen asks (question.go), nil for none; it shows in the
	// footer's place.
	asking *question
	// warned is the server's warning that the game's log is not saved as the widgets show it
	// above the footer ("" for none; logwarning.go).
	warned string
}

// ensure (re)builds the widgets with build when there are none yet, when
// they are marked stale, or when the window's size or scale changed. A
// screen marked stale while a mouse button is down, or in the frame it
// comes up, waits for the next frame: the widgets the press landed on take
// the click first (a remote window is marked stale whenever the server's
// news comes, which may be in the middle of a click). While the screen asks
// a question, the question takes the place of the footer (the root's last
// child). While the server warns that the game's log is not saved, the
// warning stands above the footer, and the widgets are rebuilt when it comes,
// changes or goes.
func (p *page) ensure(ctx *Context, build func(w *Widgets)) {
	warn := p.app.unsavedWarning()
	if p.w != nil && p.scale == ctx.Scale && p.size == ctx.Size && ((!p.stale && warn == p.warned) || clickUnderWay(ctx.In)) {
		return
	}
	p.scale, p.size, p.stale, p.warned = ctx.Scale, ctx.Size, false, warn
	focus := ""
	typed := map[string]string{}
	var kept []scrolled
	if p.w != nil {
		focus = p.w.Focused()
		for n, in := range p.w.inputs {
			typed[n] = in.GetText()
		}
		kept = p.w.scrolledTo()
	}
	th := p.app.Theme(ctx)
	pad := th.Px(16)
	p.w = NewWidgets(th, widget.NewGridLayout(
		widget.GridLayoutOpts.Columns(1),
		widget.GridLayoutOpts.Stretch([]bool{true}, []bool{false, true, false}),
		widget.GridLayoutOpts.Padding(widget.NewInsetsSimple(pad)),
		widget.GridLayoutOpts.Spacing(pad, pad),
	))
	// Named inputs keep what was typed into them (see Widgets.Input).
	p.w.typed = typed
	build(p.w)
	if p.asking != nil {
		p.w.dropFooter()
		p.w.Root.AddChild(p.buildQuestion(ctx, p.w))
	}
	p.warnUnsaved(ctx)
	// Keep the lists scrolled where they were, unless they now hold something else.
	if p.scrollTag == p.builtTag {
		p.w.scrollTo(kept)
	}
	p.builtTag = p.scrollTag
	// Keep the keyboard focus on the same widget.
	if focus != "" {
		p.w.focus(focus)
	}
}

// clickUnderWay reports whether a mouse button is down, or came up this frame.
func clickUnderWay(in *kit.Input) bool {
	if in == nil {
		return false
	}
	for b := range in.Down {
		if in.Down[b] || in.JustReleased[b] {
			return true
		}
	}
	return false
}

// update is the start of the Update of every screen of a game: it
// (re)builds the widgets with build when needed, lets the keys every such
// screen shares act (F2: the facilitator) and, unless one took the frame,
// updates the widgets. It reports whether the screen goes on with the
// frame. s is the screen itself, which the facilitator returns to.
func (p *page) update(ctx *Context, s Scene, build func(w *Widgets)) bool {
	p.ensure(ctx, build)
	if p.app.globalKeys(ctx, s) {
		return false
	}
	p.w.Update(ctx)
	return true
}

func (p *page) draw(screen *ebiten.Image) {
	screen.Fill(assets.Background)
	p.w.Draw(screen)
	// The countdown is drawn, not built, so that it ticks without
	// rebuilding the widgets (and losing what is being typed).
	p.drawClock(screen)
}

// statusLine returns the app's last message, counted when said again, as a label for the
// footer.
func (p *page) statusLine(w *Widgets) *widget.Text {
	return w.Label(p.app.statusText(), w.Theme.Small, assets.TextDim)
}

// widgets returns the screen's widget tree, for drivers and tests.
func (p *page) widgets() *Widgets { return p.w }

// widgetScene is a scene built of widgets.
type widgetScene interface{ widgets() *Widgets }
