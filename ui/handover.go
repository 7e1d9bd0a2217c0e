package ui

import (
	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"ttx/assets"
)

// handover is the cover screen between hot-seat sides: it names who takes
// the keyboard next and shows nothing of anyone's orders.
type handover struct {
	page
	sd int
}

func newHandover(a *App, sd int) *handover { return &handover{page: page{app: a}, sd: sd} }

func (h *handover) Update(ctx *Context) error {
	h.update(ctx, h, h.build(ctx))
	return nil
}

func (h *handover) build(ctx *Context) func(w *Widgets) {
	return func(w *Widgets) {
		a, th := h.app, w.Theme
		w.Root.AddChild(a.header(w, "Hand-over", h.sd))
		col := w.Column(18, widget.WidgetOpts.LayoutData(widget.GridLayoutData{
			HorizontalPosition: widget.GridLayoutPositionCenter, VerticalPosition: widget.GridLayoutPositionCenter}))
		who := a.SideName(h.sd)
		msg := "Pass the keyboard to " + who + "."
		if h.sd < 0 && a.over() {
			msg = "The exercise is over. Facilitator: open the after-action review."
		}
		col.AddChild(w.Label(msg, th.Title, SideColorOrText(a.Sc, h.sd)))
		col.AddChild(w.Label("The screen is covered so that no team sees another's orders.", th.Body, assets.TextDim))
		col.AddChild(w.Label(who+": press Enter or click Continue when ready.", th.Body, assets.TextDim))
		col.AddChild(w.Button("continue", "Continue", ebiten.KeyEnter, func() { a.Enter(ctx, h.sd) }))
		w.Root.AddChild(col)
		w.Root.AddChild(h.statusLine(w))
	}
}

func (h *handover) Draw(screen *ebiten.Image, ctx *Context) {
	h.draw(screen)
	// A band in the next side's colour across the bottom of the cover.
	b := screen.Bounds()
	band := float32(ctx.Px(10))
	vector.FillRect(screen, 0, float32(b.Dy())-band, float32(b.Dx()), band, SideColorOrText(h.app.Sc, h.sd), false)
}
