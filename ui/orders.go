package ui

import (
	"fmt"
	"math"
	"strings"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/assets"
	"ttx/session"
	"ttx/sim"
	"ttx/ui/board"
)

// ordersPanel is the current side's orders: its actors with their tracks,
// the moves the chosen actor may play with cost and chance, the targets of
// the chosen move, the orders given so far (removable) with an optional
// one-line rationale, and Submit.
type ordersPanel struct {
	app       *App
	sd        int
	actor     int // chosen actor, -1 none
	move      int // chosen move, -1 none
	rationale *widget.TextInput
	onChange  func()
	onSubmit  func()
	// targets are the legal orders of the chosen actor and move, as last
	// built: the board outlines their targets and takes clicks on them.
	targets []sim.Order
	// shown are the tracks of the chosen actor the panel shows.
	shown []int
	// param is the stepper of the chosen move's parameter, if it takes one.
	param paramStepper
}

// give adds o, with the rationale typed so far, to the side's orders.
func (p *ordersPanel) give(o sim.Order) {
	o.Rationale = strings.TrimSpace(p.rationale.GetText())
	p.app.Ex().Add(p.sd, o)
	p.rationale.SetText("")
	p.onChange()
}

func (p *ordersPanel) build(w *Widgets, v *sim.Sight) *widget.Container {
	th, sc := w.Theme, p.app.Sc
	col := w.Column(6, Stretch())
	legal := p.app.Ex().Legal(p.sd)
	p.targets = p.targets[:0]

	col.AddChild(w.Label("Actors", th.Head, assets.Text))
	for _, a := range sc.Sides[p.sd].Actors {
		d := sc.Actors[a]
		label := d.Name + " (" + d.Kind + ")"
		if a == p.actor {
			label = "● " + label
		}
		a := a
		col.AddChild(w.Item("actor:"+d.ID, label, panelWidth, func() { p.actor, p.move = a, -1; p.onChange() }))
		if a == p.actor {
			// Only the tracks that matter for this actor, as labelled bars.
			p.shown = board.ActorTracks(sc, a, v.State)
			var gs []board.Gauge
			for _, t := range p.shown {
				gs = append(gs, board.TrackGauge(sc, a, t, v.State))
			}
			if img := GaugesImage(th, gs, panelWidth-30); img != nil {
				col.AddChild(widget.NewGraphic(widget.GraphicOpts.Image(img)))
			}
		}
	}

	if p.actor >= 0 {
		aid := sc.Actors[p.actor].ID
		col.AddChild(w.Label("Moves of "+sc.Actors[p.actor].Name, th.Head, assets.Text))
		byMove := map[int][]session.Choice{}
		var moves []int
		for _, o := range legal {
			if o.Actor != aid {
				continue
			}
			mv := sc.Move(o.Move)
			if _, ok := byMove[mv]; !ok {
				moves = append(moves, mv)
			}
			byMove[mv] = append(byMove[mv], o)
		}
		if len(moves) == 0 {
			col.AddChild(w.Label("No move is open to this actor now.", th.Small, assets.TextDim))
		}
		for _, mv := range moves {
			m := sc.Moves[mv]
			lo, hi := 1.0, 0.0
			for _, o := range byMove[mv] {
				c := choiceChance(o)
				lo, hi = math.Min(lo, c), math.Max(hi, c)
			}
			label := fmt.Sprintf("%s · %s · %s · %s", m.Name, moveCostText(sc, &m), chanceRange(lo, hi), m.Phase)
			if mv == p.move {
				label = "● " + label
			}
			mv := mv
			col.AddChild(w.WrapItem("move:"+aid+":"+m.ID, label, panelWidth, func() { p.move = mv; p.onChange() }))
			if mv == p.move {
				if m.Text != "" {
					col.AddChild(w.Note("    "+m.Text, panelWidth-20))
				}
				cs := byMove[mv]
				if m.Param.Kind != sim.ParamNone {
					// One order per target, with the stepper's value.
					p.param.build(w, col, sc, aid, mv, cs, p.onChange)
					cs = paramGroups(cs, p.param.value)
				}
				for _, c := range cs {
					p.targets = append(p.targets, c.Order)
				}
				for _, c := range cs {
					o := c.Order
					label := "   → " + orderTarget(sc, o) + " · " + pct(choiceChance(c)) + orderCostText(sc, &m, byMove[mv], o)
					col.AddChild(w.Item("order:"+o.Actor+":"+o.Move+":"+o.Target+":"+o.Arg, label, panelWidth, func() { p.give(o) }))
				}
			}
		}
	}

	return col
}

// buildList is the bottom of the panel: the rationale for the next order,
// the orders given so far and Submit.
func (p *ordersPanel) buildList(w *Widgets) *widget.Container {
	th, sc := w.Theme, p.app.Sc
	col := w.Column(6, Stretch())
	col.AddChild(w.Label("Rationale for the next order (optional, one line)", th.Small, assets.TextDim))
	typed := ""
	if p.rationale != nil {
		typed = p.rationale.GetText() // kept across rebuilds
	}
	p.rationale = widget.NewTextInput(
		widget.TextInputOpts.WidgetOpts(Stretch()),
		widget.TextInputOpts.Placeholder("why this order?"),
	)
	p.rationale.SetText(typed)
	col.AddChild(p.rationale)

	orders := p.app.Ex().Drafts(p.sd)
	col.AddChild(w.Label(fmt.Sprintf("Orders this %s (%d)", sc.TurnLabel, len(orders)), th.Head, assets.Text))
	for i, o := range orders {
		i := i
		label := "× " + sim.OrderText(sc, o)
		if o.Rationale != "" {
			label += " — " + o.Rationale
		}
		col.AddChild(w.WrapItem("remove:"+itoa(i), label, panelWidth, func() { p.app.Ex().Remove(p.sd, i); p.onChange() }))
	}
	col.AddChild(w.Button("submit", "Submit orders", ebiten.KeyS, p.onSubmit))
	return col
}

// choiceChance is a legal order's chance as its side can judge it, NaN where it cannot.
func choiceChance(c session.Choice) float64 {
	if c.Chance < 0 {
		return math.NaN()
	}
	return c.Chance
}

// panelWidth is the width of the side panels, in device-independent pixels.
const panelWidth = 460

func orderTarget(sc *sim.Scenario, o sim.Order) string {
	mv := sc.Move(o.Move)
	s := "no target"
	if mv >= 0 && o.Target != "" {
		k := sc.Moves[mv].Target
		s = sim.TargetName(sc, k, sim.TargetIndex(sc, k, o.Target))
	}
	if o.Arg != "" {
		arg := o.Arg
		if a := sc.Actor(o.Arg); a >= 0 {
			arg = sc.Actors[a].Name
		}
		s += " (" + arg + ")"
	}
	return s
}

func costText(sc *sim.Scenario, cost []sim.TrackAmount) string {
	if len(cost) == 0 {
		return "free"
	}
	var parts []string
	for _, c := range cost {
		parts = append(parts, fmt.Sprintf("%d %s", c.Amount, sc.Tracks[c.Track].Label))
	}
	return "cost " + strings.Join(parts, ", ")
}

func pct(p float64) string {
	if math.IsNaN(p) {
		return "chance ?"
	}
	return fmt.Sprintf("%.0f%%", 100*p)
}

func chanceRange(lo, hi float64) string {
	if lo > hi {
		return "chance ?"
	}
	if math.Abs(hi-lo) < 0.005 {
		return "chance " + pct(lo)
	}
	return "chance " + pct(lo) + "–" + pct(hi)
}
