package ui

import (
	"github.com/ebitenui/ebitenui/image"
	"github.com/ebitenui/ebitenui/widget"

	"ttx/assets"
)

// logWarner is an exercise whose server warns while the game's log is not saved: a seat of a
// served exercise (serve.Remote). The white cell is warned of the whole game; a team or an
// observer of its own answers or notes not saved yet.
type logWarner interface {
	// Unsaved returns the server's warning that the game's log (or the seat's own part of it)
	// is not saved, or "" while it is.
	Unsaved() string
}

// unsavedWarning returns the server's warning that the game's log, or the seat's own answers or
// notes, are not saved, for as long as the server says so, or "" (always, but for a seat of a
// served exercise).
func (a *App) unsavedWarning() string {
	if w, ok := a.ex.(logWarner); ok {
		return w.Unsaved()
	}
	return ""
}

// warnUnsaved puts the server's warning that the game's log is not saved, p.warned, above the
// screen's footer (the root's last child, the question when one is asked), where no message of
// the status line can cover it: it is drawn in the window's warning colour, in a bordered
// panel as wide as the window.
func (p *page) warnUnsaved(ctx *Context) {
	if p.warned == "" {
		return
	}
	w, th := p.w, p.w.Theme
	kids := w.Root.Children()
	if len(kids) == 0 {
		return
	}
	foot := kids[len(kids)-1]
	w.Root.RemoveChild(foot)
	pad := th.Px(8)
	banner := widget.NewContainer(
		widget.ContainerOpts.BackgroundImage(image.NewBorderedNineSliceColor(assets.Panel, assets.Orange, th.Px(2))),
		widget.ContainerOpts.Layout(widget.NewAnchorLayout(widget.AnchorLayoutOpts.Padding(widget.NewInsetsSimple(pad)))),
		widget.ContainerOpts.WidgetOpts(Stretch()),
	)
	face := th.Body
	banner.AddChild(widget.NewText(
		widget.TextOpts.Text(p.warned, &face, assets.Orange),
		widget.TextOpts.MaxWidth(float64(th.Px(float64(ctx.Size.X)/ctx.Scale-40)-2*pad)),
	))
	col := w.Column(6)
	col.GetWidget().LayoutData = foot.GetWidget().LayoutData // the footer's place in the root
	foot.GetWidget().LayoutData = widget.RowLayoutData{Stretch: true}
	col.AddChild(banner, foot)
	w.Root.AddChild(col)
}
