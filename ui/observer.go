package ui

import (
	"fmt"
	"strings"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/assets"
	"ttx/sim"
	"ttx/ui/board"
	"ttx/ui/kit"
)

// observer is an observer's screen (a served exercise's observers' seat): the board and the
// feed of the view the seat is bound to, the white cell's or one team's, the answers to the
// turn's key questions that view is told as they come in (every table's, or the team's;
// facanswers.go), and the observer notes. It has no control that gives orders or changes the game: no orders, submit, resolve,
// inject, override or clock; a click on the board only shows what is there.
type observer struct {
	page
	board *board.Board
	area  *widget.Container
	note  *widget.TextInput
}

func newObserver(a *App) *observer {
	return &observer{page: page{app: a}, board: a.Board(a.seat)}
}

// Side returns the side whose view the observer reads (sim.Facilitator: the white cell's).
func (o *observer) Side() int { return o.app.seat }

func (o *observer) Update(ctx *Context) error {
	o.ensure(ctx, o.build)
	o.w.Update(ctx)
	o.board.Update(ctx.In, kit.RectOf(o.area.GetWidget().Rect), ctx.Scale)
	return nil
}

func (o *observer) build(w *Widgets) {
	a, th := o.app, w.Theme
	ex := a.Ex()
	w.Root.AddChild(a.header(w, "Observing", a.seat))
	main := w.Grid(2, []bool{true, false}, []bool{true}, 12)
	o.area = w.Placeholder()
	main.AddChild(o.area)
	col := w.Column(6, Stretch(), widget.WidgetOpts.MinSize(th.Px(panelWidth+20), 0))
	whose := "the white cell's view: the whole game"
	if a.seat != sim.Facilitator {
		whose = a.SideName(a.seat) + "'s view: what its team sees"
	}
	col.AddChild(w.Note("You observe "+whose+". Observers give no orders; their notes go to the after-action report.", panelWidth))
	a.buildAnswers(w, col, a.seat)
	col.AddChild(w.Label("Observer notes", th.Head, assets.Text))
	row := w.Row(6)
	o.note = w.Input("note", "what did you observe?", 320, o.addNote)
	takeRefusedNote(ex, o.note)
	row.AddChild(o.note, w.Button("note", "Add note", -1, o.addNote))
	col.AddChild(row)
	for _, n := range ex.NoteList() {
		col.AddChild(w.Note(fmt.Sprintf("%s %d: %s", a.Sc.TurnLabel, n.Turn, n.Text), panelWidth))
	}
	col.AddChild(w.Label("Feed", th.Head, assets.Text))
	for _, l := range strings.Split(FeedText(a.Sc, ex.Views(a.seat), a.seat), "\n") {
		col.AddChild(w.Note(l, panelWidth))
	}
	main.AddChild(w.Scroll(col))
	w.Root.AddChild(main)
	w.Root.AddChild(o.statusLine(w))
}

// addNote sends the note typed, tied to the latest inject the seat saw fired. A note refused
// says why on the status line and stays typed.
func (o *observer) addNote() {
	s := strings.TrimSpace(o.note.GetText())
	if s == "" {
		return
	}
	in := -1
	if fired := o.app.Ex().FiredInjects(); len(fired) > 0 {
		in = fired[0]
	}
	o.stale = true
	if err := o.app.Ex().AddNote(s, in); err != nil {
		o.app.say(noteRefused(err))
		return
	}
	o.note.SetText("")
	o.app.say("Note sent")
}

func (o *observer) Draw(screen *ebiten.Image, ctx *Context) {
	o.draw(screen)
	o.board.Draw(screen, o.app.Theme(ctx))
}
