package ui

import (
	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/sim"
	"ttx/ui/board"
	"ttx/ui/kit"
)

// turn is a side's screen for its turn: its board on the left, and on the
// right its orders or its feed.
type turn struct {
	page
	sd     int
	tab    string // "discussion", "orders" or "feed"
	ctx    *Context
	board  *board.Board
	area   *widget.Container
	orders *ordersPanel
	// forecast is where the team's own forecast is drawn, when it asked
	// for it; nil otherwise.
	forecast *widget.Container
}

func newTurn(a *App, sd int) *turn {
	t := &turn{page: page{app: a}, sd: sd, tab: "orders", board: a.Board(sd)}
	t.orders = &ordersPanel{app: a, sd: sd, actor: -1, move: -1,
		onChange: func() { t.stale = true }}
	t.orders.onSubmit = t.submit
	if acts := a.Sc.Sides[sd].Actors; len(acts) > 0 {
		t.orders.actor = acts[0]
	}
	if !a.Sc.Scored() { // a discussion exercise opens on its discussion; a contest on its orders
		t.tab = "discussion"
	}
	return t
}

func (t *turn) Update(ctx *Context) error {
	t.ctx = ctx
	t.ensure(ctx, t.build)
	if t.app.globalKeys(ctx, t) {
		return nil
	}
	// The white cell's forecast refines while the team deliberates, and so
	// does the team's own, when it asked for it.
	t.app.WatchForecast()
	if t.app.showForecast[t.sd] {
		t.app.TeamForecast(t.sd)
	}
	if t.app.Timer.Tick() {
		t.app.say("Time is up for " + t.app.SideName(t.sd) + ": submit your orders.")
		t.stale = true
	}
	if t.app.tickSegments() {
		t.stale = true
	}
	t.w.Update(ctx)
	r := t.area.GetWidget().Rect
	if id := t.board.Update(ctx.In, kit.RectOf(r), ctx.Scale); id != "" {
		t.pickOnBoard(id)
	}
	return nil
}

// submit gives the side's orders and goes on to the next screen, in the
// frame's context (the orders panel calls it from the widgets' update).
func (t *turn) submit() {
	t.app.Ex().Submit(t.sd)
	t.app.Timer.Reset()
	t.app.Next(t.ctx)
}

// pickOnBoard gives the chosen move's order on the node clicked, when the
// move can take it and needs no further choice.
func (t *turn) pickOnBoard(id string) {
	var match []int
	for i, o := range t.orders.targets {
		if o.Target == id {
			match = append(match, i)
		}
	}
	switch len(match) {
	case 0:
		return
	case 1:
		t.orders.give(t.orders.targets[match[0]])
	default:
		t.app.say("Choose the argument of this order in the panel.")
		t.stale = true
	}
}

func (t *turn) build(w *Widgets) {
	a := t.app
	t.scrollTag = t.tab // another tab's list opens at its top
	v := a.Ex().View(t.sd)
	w.Root.AddChild(a.header(w, "Turn", t.sd))
	main := w.Grid(2, []bool{true, false}, []bool{true}, 12)
	left := w.Grid(1, []bool{true}, []bool{true, false}, 6)
	t.area = w.Placeholder()
	left.AddChild(t.area)
	t.forecast = nil
	if a.showForecast[t.sd] {
		// Room for every row the forecast may have (forecastRowCount).
		n := forecastRowCount(a.Sc, t.sd)
		width := float64(w.Theme.Px(float64(t.size.X)/t.scale - panelWidth - 100))
		g := forecastGridOf(a.Sc, t.sd, w.Theme, width)
		t.forecast = w.Placeholder(widget.WidgetOpts.MinSize(0, int(g.height(n, t.scale))))
		left.AddChild(t.forecast)
	}
	main.AddChild(left)
	// The tabs are ebitenui's tab book; the forecast's switch, which is no
	// tab (it shows the forecast under the board), sits at the end of the
	// tabs' line.
	tabs := []Tab{{"tab:orders", "Orders", ebiten.KeyO}, {"tab:feed", "Feed", ebiten.KeyE}}
	if t.discussed() {
		tabs = append([]Tab{{"tab:discussion", "Discussion", ebiten.KeyD}}, tabs...)
	}
	initial := len(tabs) - 2 // the orders, unless the chosen tab is there
	for i, tb := range tabs {
		if tb.Name == "tab:"+t.tab {
			initial = i
		}
	}
	side := widget.NewContainer(
		widget.ContainerOpts.WidgetOpts(widget.WidgetOpts.MinSize(w.Theme.Px(panelWidth+20), 0)),
		widget.ContainerOpts.Layout(widget.NewAnchorLayout()),
	)
	stretch := widget.WidgetOpts.LayoutData(widget.AnchorLayoutData{StretchHorizontal: true, StretchVertical: true})
	side.AddChild(w.TabBook(tabs, initial, func(i int) widget.PreferredSizeLocateableWidget {
		return t.buildTab(w, v, tabs[i].Name)
	}, func(i int) {
		if name := tabs[i].Name[len("tab:"):]; name != t.tab {
			t.tab, t.stale = name, true
		}
	}, stretch))
	fc := "Forecast"
	if a.showForecast[t.sd] {
		fc = "Hide forecast"
	}
	if a.teamMayForecast() {
		fb := w.Button("forecast", fc, ebiten.KeyF, func() {
			if a.showForecast == nil {
				a.showForecast = map[int]bool{}
			}
			a.showForecast[t.sd] = !a.showForecast[t.sd]
			t.stale = true
		}, widget.WidgetOpts.LayoutData(widget.AnchorLayoutData{HorizontalPosition: widget.AnchorLayoutPositionEnd}))
		side.AddChild(fb)
		// Room for the tabs and the switch on one line.
		labels := []string{keyLabel(fc, ebiten.KeyF)}
		for _, tb := range tabs {
			labels = append(labels, keyLabel(tb.Label, tb.Key))
		}
		side.GetWidget().MinWidth = max(side.GetWidget().MinWidth, w.buttonsWidth(labels))
	}
	main.AddChild(side)
	w.Root.AddChild(main)
	w.Root.AddChild(t.statusLine(w))
}

// buildTab returns the page of the tab named name: the new inject and the
// open orders on top, then the discussion, the feed or the orders panel.
func (t *turn) buildTab(w *Widgets, v *sim.Sight, name string) widget.PreferredSizeLocateableWidget {
	a := t.app
	page := w.Grid(1, []bool{true}, []bool{false, true, false}, 8)
	head := w.Column(6, Stretch())
	t.buildNewInject(w, head)
	t.buildOpenOrders(w, head)
	page.AddChild(head)
	switch name {
	case "tab:feed", "tab:discussion":
		col := w.Column(8, Stretch())
		if name == "tab:feed" {
			t.buildFeed(w, col)
		} else {
			t.buildDiscussion(w, col)
		}
		page.AddChild(w.Scroll(col))
		page.AddChild(w.Placeholder())
	default:
		page.AddChild(w.Scroll(t.orders.build(w, v)))
		var ids []string
		for _, o := range t.orders.targets {
			ids = append(ids, o.Target)
		}
		t.board.Mark(ids)
		if t.orders.actor >= 0 {
			t.board.Choose(a.Sc.Actors[t.orders.actor].ID)
		}
		page.AddChild(t.orders.buildList(w))
	}
	return page
}

func (t *turn) Draw(screen *ebiten.Image, ctx *Context) {
	t.draw(screen)
	th := t.app.Theme(ctx)
	t.board.Draw(screen, th)
	if t.forecast != nil {
		var figs Figures
		if f := t.app.teamForecasts[t.sd]; f != nil {
			figs = f.Figures()
		}
		DrawForecast(screen, th, kit.RectOf(t.forecast.GetWidget().Rect), t.app.Sc, t.sd,
			"Your forecast (your view; the scenario's whole rules; random play)", figs, ctx.In.Cursor)
	}
}

// Side returns the side whose turn this is.
func (t *turn) Side() int { return t.sd }
