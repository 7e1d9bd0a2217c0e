package ui

import (
	"fmt"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"ttx/assets"
	"ttx/sim"
	"ttx/ui/board"
	"ttx/ui/kit"
)

// resolution plays back, one by one, the events a side saw in the last
// turn resolved: the board pulses what each touches and moves value hop by
// hop; votes are tallied seat by seat with the veto marked; evidence shows
// the side's confidence in each candidate author as bars.
type resolution struct {
	page
	sd      int
	view    *sim.Sight // what the side saw of the state the turn made
	events  []sim.Event
	cur     int // events shown so far
	seats   int // seats of the current tally shown so far
	auto    bool
	settled bool
	since   int
	board   *board.Board
	area    *widget.Container
	panel   *widget.Container
	after   func(ctx *Context)
}

func newResolution(a *App, sd int) *resolution {
	views := a.Ex().Views(sd)
	i := len(views) - 1
	for i > 0 && views[i].Step.Kind != sim.StepTurn {
		i--
	}
	v := views[i]
	r := &resolution{page: page{app: a}, sd: sd, view: v, events: v.Events, board: a.Board(sd)}
	// The board starts as the side saw it before the turn and turns into
	// what it sees after once the last event has played.
	if i > 0 {
		r.board.SetModel(board.FromView(views[i-1]))
	}
	r.after = func(ctx *Context) {
		switch {
		case a.Remote():
			a.Enter(ctx, sd) // where play now stands for the seat
		case sd < 0:
			ctx.Switch(newFacilitator(a, nil))
		default:
			ctx.Switch(newTurn(a, sd))
		}
	}
	return r
}

func (r *resolution) Update(ctx *Context) error {
	if !r.update(ctx, r, r.build(ctx)) {
		return nil
	}
	r.board.Update(ctx.In, kit.RectOf(r.area.GetWidget().Rect), ctx.Scale)
	r.since++
	if e, ok := r.current(); ok && e.Kind == sim.EvTally && r.seats < len(e.Seats) && r.since%6 == 0 {
		r.seats++
	}
	if r.auto && r.since > 75 && !r.board.Animating() {
		r.step()
	}
	return nil
}

func (r *resolution) current() (sim.Event, bool) {
	if r.cur == 0 || r.cur > len(r.events) {
		return sim.Event{}, false
	}
	return r.events[r.cur-1], true
}

// step shows the next event; after the last it shows the board as it
// stands after the turn, flashing what changed.
func (r *resolution) step() {
	if r.cur >= len(r.events) {
		r.auto = false
		r.settle()
		return
	}
	r.cur++
	r.since, r.seats = 0, 0
	e := r.events[r.cur-1]
	sc := r.app.Sc
	pulse, from, to := eventNodes(sc, e)
	c := assets.SkyBlue
	if e.Kind == sim.EvOrder && e.Code != "ok" {
		c = assets.Vermillion
	}
	for _, id := range pulse {
		r.board.Pulse(id, c)
	}
	if from != "" && to != "" {
		r.board.Send(from, to, fmt.Sprint(e.Amount), assets.Orange)
	}
	if r.cur == len(r.events) {
		r.settle()
	}
}

// settle puts the after-turn board in place, pulsing the nodes whose look
// changed (a status, a second line) or that appeared.
func (r *resolution) settle() {
	if r.settled {
		return
	}
	r.settled = true
	before := map[string]board.Node{}
	for _, n := range r.board.Model().Nodes {
		before[n.ID] = n
	}
	after := board.FromView(r.app.Ex().View(r.sd))
	r.board.SetModel(after)
	for _, n := range after.Nodes {
		if b, ok := before[n.ID]; !ok || b.Status != n.Status || b.Sub != n.Sub {
			r.board.Pulse(n.ID, assets.Yellow)
		}
	}
}

func (r *resolution) build(ctx *Context) func(w *Widgets) {
	return func(w *Widgets) {
		a := r.app
		w.Root.AddChild(a.header(w, "Resolution", r.sd))
		main := w.Grid(2, []bool{true, false}, []bool{true}, 12)
		r.area = w.Placeholder()
		r.panel = w.Placeholder(widget.WidgetOpts.MinSize(w.Theme.Px(470), 0))
		main.AddChild(r.area, r.panel)
		w.Root.AddChild(main)
		row := w.Row(10)
		row.AddChild(w.Button("next", "Next event", ebiten.KeySpace, r.step))
		row.AddChild(w.Button("auto", "Play all", ebiten.KeyA, func() { r.auto = true; r.step() }))
		row.AddChild(w.Button("done", "Done", ebiten.KeyEnter, func() { r.settle(); r.after(ctx) }))
		w.Root.AddChild(row)
	}
}

func (r *resolution) Draw(screen *ebiten.Image, ctx *Context) {
	r.draw(screen)
	th := r.app.Theme(ctx)
	r.board.Draw(screen, th)
	p := kit.RectOf(r.panel.GetWidget().Rect)
	s := th.Scale
	vector.FillRect(screen, float32(p.X), float32(p.Y), float32(p.W), float32(p.H), assets.Panel, false)
	x, y, wd := p.X+10*s, p.Y+8*s, p.W-20*s
	drawText(screen, th.Head, fmt.Sprintf("Event %d of %d", r.cur, len(r.events)), assets.Text, x, y)
	y += 30 * s
	e, ok := r.current()
	if !ok {
		msg := "Press Space to play the turn back event by event."
		if len(r.events) == 0 {
			msg = "Nothing you could see happened this turn."
		}
		for _, l := range kit.Wrap(msg, th.Body, wd) {
			drawText(screen, th.Body, l, assets.TextDim, x, y)
			y += 22 * s
		}
		return
	}
	sc := r.app.Sc
	head := sc.TurnLabel + " " + itoa(int(e.Turn))
	if e.Phase >= 0 && int(e.Phase) < len(sim.PhaseNames) {
		head += " · " + sim.PhaseNames[e.Phase]
	}
	drawText(screen, th.Small, head, assets.TextDim, x, y)
	y += 22 * s
	for _, l := range kit.Wrap(sim.DescribeWhole(sc, e), th.Body, wd) { // an inject whole: the panel has room
		drawText(screen, th.Body, l, assets.Text, x, y)
		y += 22 * s
	}
	y += 10 * s
	y = r.drawDetail(screen, th, e, x, y, wd, p)
	r.drawEarlier(screen, th, x, max(y+20*s, p.Y+p.H*0.55), wd, p)
}

// drawEarlier lists the events already shown, newest first, in the lower
// half of the panel.
func (r *resolution) drawEarlier(screen *ebiten.Image, th *kit.Theme, x, y, wd float64, p kit.Rect) {
	s := th.Scale
	if r.cur < 2 {
		return
	}
	drawText(screen, th.Small, "Earlier", assets.TextDim, x, y)
	y += 20 * s
	for i := r.cur - 2; i >= 0; i-- {
		for _, l := range kit.Wrap(sim.Describe(r.app.Sc, r.events[i]), th.Small, wd) {
			if y > p.Y+p.H-20*s {
				return
			}
			drawText(screen, th.Small, l, assets.TextDim, x, y)
			y += 17 * s
		}
		y += 4 * s
	}
}

// drawDetail draws what the current event needs beyond its words: the
// seats of a tally, the confidence bars of an incident. It returns the y
// below what it drew.
func (r *resolution) drawDetail(screen *ebiten.Image, th *kit.Theme, e sim.Event, x, y, wd float64, p kit.Rect) float64 {
	s, sc := th.Scale, r.app.Sc
	switch e.Kind {
	case sim.EvTally:
		seats := make([]SeatMark, len(e.Seats))
		for i, st := range e.Seats {
			seats[i] = SeatMark{Label: actorName(sc, st.Actor), Ballot: st.Ballot, Veto: st.Veto}
		}
		yes, no, abst := DrawTally(screen, th, kit.Rect{X: x, Y: y, W: wd, H: p.H - (y - p.Y)}, seats, r.seats)
		cols := max(1, int(wd/(150*s)))
		y += float64((len(seats)+cols-1)/cols)*46*s + 6*s
		drawText(screen, th.Mono, fmt.Sprintf("yes %d  no %d  abstain %d", yes, no, abst), assets.Text, x, y)
		return y + 20*s
	case sim.EvEvidence, sim.EvAttribution, sim.EvIncident:
		if e.Incident < 0 {
			return y
		}
		cands, conf := r.view.Confidence(r.sd, int(e.Incident))
		drawText(screen, th.Small, "Who did it? Your confidence per candidate:", assets.TextDim, x, y)
		y += 22 * s
		bars := make([]Bar, len(cands))
		for i, c := range cands {
			bars[i] = Bar{Label: actorName(sc, c), Value: conf[i], Color: board.SideColor(sc, sc.Actors[c].Side)}
		}
		if len(bars) == 0 {
			drawText(screen, th.Small, "No evidence yet.", assets.TextDim, x, y)
			return y + 20*s
		}
		return y + DrawBars(screen, th, kit.Rect{X: x, Y: y, W: wd, H: 0}, bars)
	}
	return y
}
