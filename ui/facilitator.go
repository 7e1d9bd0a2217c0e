package ui

import (
	"fmt"
	"strings"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/assets"
	"ttx/session"
	"ttx/sim"
	"ttx/ui/board"
	"ttx/ui/kit"
)

// facilitator is the white cell's screen: the whole board or, at the press
// of F, the live forecast in its place, the feed with discussion questions, and the
// controls: resolve now, fire an inject, override a track, undo, save and
// load, pause and the turn timer, download the log and the report, and
// observer notes, the tables' answers to the turn's key questions (facanswers.go); for a
// served exercise also the seats (facseats.go).
type facilitator struct {
	page
	from     Scene // the screen to return to, nil for none
	board    *board.Board
	area     *widget.Container
	forecast *widget.Container // where the forecast's bars are drawn
	checksum uint64

	// The override: the actor input (an id or part of a name), the actor
	// and track picked (-1 for none) and the value input.
	actor    *widget.TextInput
	value    *widget.TextInput
	ovActor  int
	ovTrack  int
	ovFilter string // the actor input's text the screen was built for

	note *widget.TextInput
	tie  int // the inject the next note is tied to: tieLatest, -1 for none, or an inject
}

// tieLatest ties a note to the latest inject fired, whichever it is then.
const tieLatest = -2

func newFacilitator(a *App, from Scene) *facilitator {
	return &facilitator{page: page{app: a}, from: from, board: a.Board(sim.Facilitator),
		checksum: a.stamp(), ovActor: -1, ovTrack: -1, tie: tieLatest}
}

func (f *facilitator) Update(ctx *Context) error {
	f.ensure(ctx, f.build(ctx))
	if ctx.In.KeyPressed(ebiten.KeyF2) || (ctx.In.KeyPressed(ebiten.KeyEscape) && f.from != nil) {
		f.back(ctx)
		return nil
	}
	if !f.app.Remote() {
		f.app.Timer.Tick()
		f.app.tickSegments()
		f.app.WatchForecast()
	} else {
		f.app.followForecast(f.app.Forecast)
		f.app.announceLinks()
	}
	f.w.Update(ctx)
	// A click on an actor picks it for the override.
	if f.area == nil {
		return nil
	}
	if id := f.board.Update(ctx.In, kit.RectOf(f.area.GetWidget().Rect), ctx.Scale); id != "" {
		if a := f.app.Sc.Actor(id); a >= 0 {
			f.pickActor(a)
		}
	}
	f.filterChanged()
	return nil
}

// back returns to the screen the facilitator came from, or, when the game
// changed meanwhile, to where play now stands.
func (f *facilitator) back(ctx *Context) {
	a := f.app
	switch {
	case a.over():
		ctx.Switch(newReview(a))
	case f.from != nil && a.stamp() == f.checksum:
		ctx.Switch(f.from)
	case len(a.Ex().People()) == 0:
		f.stale = true
	default:
		a.Next(ctx)
	}
}

// refresh marks the screen for rebuilding after the state changed; a question still asked is
// dropped, since what it asked about may have changed.
func (f *facilitator) refresh(msg string) {
	f.asking = nil
	f.app.say(msg)
	f.board.SetModel(board.FromView(f.app.Ex().View(sim.Facilitator)))
	f.stale = true
}

func (f *facilitator) build(ctx *Context) func(w *Widgets) {
	return func(w *Widgets) {
		a, th := f.app, w.Theme
		ex := a.Ex()
		st := ex.View(sim.Facilitator)
		w.Root.AddChild(a.header(w, "Facilitator", sim.Facilitator))
		main := w.Grid(2, []bool{true, false}, []bool{true}, 12)
		f.area, f.forecast = nil, nil
		canForecast := !a.Remote() || a.canForecast() // a served exercise's server makes the forecast
		// Each gets the column's whole height, its switch being in the
		// panel: the board's text reads at its size at 1280×800.
		showForecast := a.facForecast && canForecast
		var left *widget.Container
		if showForecast {
			left = w.Grid(1, []bool{true}, []bool{false, false, true}, 6)
		} else {
			left = w.Grid(1, []bool{true}, []bool{true}, 6)
		}
		if showForecast {
			f.buildForecast(ctx, w, left)
		} else {
			f.area = w.Placeholder()
			left.AddChild(f.area)
		}
		main.AddChild(left)
		col := w.Column(6, Stretch())

		controls := w.Row(6)
		if !st.Over {
			controls.AddChild(w.Button("resolve", "Resolve turn", ebiten.KeyR, func() {
				if err := ex.ResolveTurn(); err != nil {
					f.refresh(err.Error())
					return
				}
				a.Timer.Reset()
				if a.Remote() {
					a.say("Resolving " + a.TurnLabel() + "…") // the playback follows the server's answer
					return
				}
				a.seen[sim.Facilitator] = a.resolved(sim.Facilitator) // played back here, not again
				ctx.Switch(newResolution(a, sim.Facilitator))
			}))
		} else {
			controls.AddChild(w.Button("review", "After-action review", ebiten.KeyR, func() { ctx.Switch(newReview(a)) }))
		}
		controls.AddChild(w.Button("undo", "Undo (Ctrl+Z)", -1, func() { f.undo() }))
		w.Shortcut(ebiten.KeyZ, true, f.undo)
		col.AddChild(controls)
		if canForecast {
			label := "Show the forecast"
			if showForecast {
				label = "Show the board"
			}
			view := w.Row(6)
			view.AddChild(w.Button("facview", label, ebiten.KeyF, func() {
				a.facForecast = !a.facForecast
				f.stale = true
			}))
			col.AddChild(view)
		}

		files := w.Row(6)
		if !a.Remote() { // the server keeps a served exercise's log
			files.AddChild(w.Button("save", "Save (Ctrl+S)", -1, f.save))
			files.AddChild(w.Button("load", "Load (Ctrl+L)", -1, f.load))
			w.Shortcut(ebiten.KeyS, true, f.save)
			w.Shortcut(ebiten.KeyL, true, f.load)
		}
		pause := "Pause"
		if a.paused() {
			pause = "Resume"
		}
		files.AddChild(w.Button("pause", pause, ebiten.KeyP, func() { a.pause(); f.stale = true }))
		timer := "Timer on"
		if a.timerOn() {
			timer = "Timer off"
		}
		files.AddChild(w.Button("timer", timer, ebiten.KeyT, func() { a.toggleTimer(); f.stale = true }))
		col.AddChild(files)
		segs := w.Row(6)
		f.buildSegmentControls(w, segs)
		col.AddChild(segs)
		if a.canFetch() {
			col.AddChild(f.buildDownloads(w, st.Over))
		}
		f.buildSeats(w, col)
		a.buildAnswers(w, col, sim.Facilitator)

		col.AddChild(w.Label("Fire an inject now", th.Head, assets.Text))
		for i, in := range a.Sc.Injects {
			if st.Fired[i] != 0 {
				continue
			}
			i := i
			when := "on condition"
			if in.Turn > 0 {
				when = a.Sc.TurnLabel + " " + itoa(in.Turn)
			}
			col.AddChild(w.Item("fire:"+in.ID, "Fire: "+in.Title+" ("+when+")", panelWidth, func() {
				ex.Fire(i)
				f.refresh("Fired " + a.Sc.Injects[i].Title)
			}))
		}

		f.buildOverride(w, col)
		f.buildNotes(w, col)

		if len(a.Sc.Truths) > 0 {
			col.AddChild(w.Label("Hidden truths (drawn from the seed)", th.Head, assets.Text))
			for i, tr := range a.Sc.Truths {
				val := "false"
				if st.Truth[i] {
					val = "TRUE"
				}
				about := tr.ID + " = " + val
				if tr.ID == "" { // a served exercise sends the truths' values, not their words
					about = fmt.Sprintf("truth %d = %s", i+1, val)
				}
				if tr.Text != "" {
					about += ": " + tr.Text
				}
				col.AddChild(w.Note(about, panelWidth))
			}
		}
		if a.Sc.Scored() { // a discussion exercise keeps no score
			col.AddChild(w.Label("Scores", th.Head, assets.Text))
			for i, sd := range a.Sc.Sides {
				col.AddChild(w.Label(fmt.Sprintf("%s: %.1f", sd.Name, st.Scores[i]), th.Small, board.SideColor(a.Sc, i)))
			}
		}
		col.AddChild(w.Label("Feed (all sides, with discussion questions)", th.Head, assets.Text))
		for _, l := range strings.Split(FeedText(a.Sc, ex.Views(sim.Facilitator), sim.Facilitator), "\n") {
			col.AddChild(w.Note(l, panelWidth))
		}
		side := w.Scroll(col, widget.WidgetOpts.MinSize(th.Px(panelWidth+20), 0))
		main.AddChild(side)
		w.Root.AddChild(main)
		foot := w.Row(12)
		keys := "F2 or Esc: back · Ctrl+Z undo · Ctrl+S save · Ctrl+L load"
		if a.Remote() {
			keys = "Ctrl+Z undo · the server keeps the log: download it when the game is over"
		}
		foot.AddChild(w.Label(keys, th.Small, assets.TextDim))
		foot.AddChild(f.statusLine(w))
		w.Root.AddChild(foot)
	}
}

// buildDownloads returns the row of buttons downloading the order log and the report. A served
// exercise's log holds the seed, so the server sends it only once the game is over.
func (f *facilitator) buildDownloads(w *Widgets, over bool) *widget.Container {
	a := f.app
	row := w.Row(6)
	if over || !a.Remote() {
		row.AddChild(w.Button("get:log", "Download log", -1, func() { a.fetch(session.FileLog); f.stale = true }))
	}
	row.AddChild(w.Button("get:report", "Download report", -1, func() { a.fetch(session.FileReport); f.stale = true }))
	return row
}

func (f *facilitator) Draw(screen *ebiten.Image, ctx *Context) {
	f.draw(screen)
	th := f.app.Theme(ctx)
	if f.area != nil {
		f.board.Draw(screen, th)
	}
	if f.forecast != nil {
		DrawForecast(screen, th, kit.RectOf(f.forecast.GetWidget().Rect), f.app.Sc, sim.Facilitator,
			"Forecast of the whole state", f.app.Forecast.Figures(), ctx.In.Cursor)
	}
}
