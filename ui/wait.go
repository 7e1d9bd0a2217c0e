package ui

import (
	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/assets"
	"ttx/ui/board"
	"ttx/ui/kit"
)

// waiting is a team's screen once its orders are in and other teams are still deciding (a seat
// of a served exercise): its board to study, the orders it gave, its answers to the turn's key
// questions (facanswers.go), and who the turn waits for.
// The playback of the turn follows as soon as it resolves.
type waiting struct {
	page
	sd    int
	board *board.Board
	area  *widget.Container
}

func newWaiting(a *App, sd int) *waiting {
	return &waiting{page: page{app: a}, sd: sd, board: a.Board(sd)}
}

// Side returns the side that waits.
func (s *waiting) Side() int { return s.sd }

func (s *waiting) Update(ctx *Context) error {
	s.ensure(ctx, s.build)
	s.w.Update(ctx)
	s.board.Update(ctx.In, kit.RectOf(s.area.GetWidget().Rect), ctx.Scale)
	return nil
}

func (s *waiting) build(w *Widgets) {
	a, th := s.app, w.Theme
	w.Root.AddChild(a.header(w, "Orders in", s.sd))
	main := w.Grid(2, []bool{true, false}, []bool{true}, 12)
	s.area = w.Placeholder()
	main.AddChild(s.area)
	col := w.Column(6, Stretch(), widget.WidgetOpts.MinSize(th.Px(panelWidth+20), 0))
	col.AddChild(w.Label("Your orders are in for "+a.TurnLabel()+".", th.Head, assets.Text))
	col.AddChild(w.Note("The turn resolves when every team's orders are in, or when the white cell resolves it; its playback follows here.", panelWidth))
	for _, o := range a.Ex().Drafts(s.sd) {
		label := "• " + o.String()
		if o.Rationale != "" {
			label += " — " + o.Rationale
		}
		col.AddChild(w.Note(label, panelWidth))
	}
	if len(a.Ex().Drafts(s.sd)) == 0 {
		col.AddChild(w.Note("• no orders this turn", panelWidth))
	}
	a.buildAnswers(w, col, s.sd)
	if p, ok := a.ex.(interface{ Waiting() []string }); ok {
		if names := p.Waiting(); len(names) > 0 {
			col.AddChild(w.Label("Still deciding", th.Head, assets.Text))
			for _, n := range names {
				col.AddChild(w.Note("• "+n, panelWidth))
			}
		}
	}
	main.AddChild(w.Scroll(col))
	w.Root.AddChild(main)
	w.Root.AddChild(s.statusLine(w))
}

func (s *waiting) Draw(screen *ebiten.Image, ctx *Context) {
	s.draw(screen)
	s.board.Draw(screen, s.app.Theme(ctx))
}
