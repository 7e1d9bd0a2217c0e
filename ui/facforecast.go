package ui

import (
	"github.com/ebitenui/ebitenui/widget"

	"ttx/assets"
	"ttx/sim"
)

// buildForecast adds the live forecast's panel to the left column, in the
// board's place (F switches between them): its heading, a button per side cycling the policy that side
// plays in the rollouts (random first, then greedy), one for every side at
// once, and a placeholder the bars are drawn into each frame, so the
// figures refine without rebuilding the widgets.
func (f *facilitator) buildForecast(ctx *Context, w *Widgets, col *widget.Container) {
	th, a := w.Theme, f.app
	head := w.Row(12)
	head.AddChild(w.Label("Where is this going?", th.Head, assets.Text))
	if a.Remote() {
		// The server plays the rollouts, every side at random.
		head.AddChild(w.Label("made by the server from the white cell's view; random play", th.Small, assets.TextDim))
		col.AddChild(head)
		f.forecastArea(ctx, w, col)
		return
	}
	a.WatchForecast()
	head.AddChild(w.Label("each side's policy in the rollouts:", th.Small, assets.TextDim))
	col.AddChild(head)
	// The buttons wrap into rows of four, however many sides there are.
	pols := w.Grid(4, nil, nil, 6)
	for i, sd := range a.Sc.Sides {
		i := i
		pols.AddChild(w.Button("fcpol:"+sd.ID, sd.ID+": "+a.ForecastPols[i], -1, func() {
			a.ForecastPols[i] = nextForecastPolicy(a.ForecastPols[i])
			f.stale = true
		}))
	}
	all := nextForecastPolicy(a.ForecastPols[0])
	pols.AddChild(w.Button("fcpol:all", "all: "+all, -1, func() {
		for i := range a.ForecastPols {
			a.ForecastPols[i] = all
		}
		f.stale = true
	}))
	col.AddChild(pols)
	f.forecastArea(ctx, w, col)
}

// forecastArea adds the placeholder the forecast's bars are drawn into.
func (f *facilitator) forecastArea(ctx *Context, w *Widgets, col *widget.Container) {
	a := f.app
	// Room for every row the forecast may have (forecastRowCount).
	n := forecastRowCount(a.Sc, sim.Facilitator)
	width := (float64(ctx.Size.X)/ctx.Scale - panelWidth - 100) * ctx.Scale
	g := forecastGridOf(a.Sc, sim.Facilitator, w.Theme, width)
	f.forecast = w.Placeholder(widget.WidgetOpts.MinSize(0, int(g.height(n, ctx.Scale))))
	col.AddChild(f.forecast)
}
