package ui

import (
	"strings"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/session"
	"ttx/sim"
	"ttx/sim/report"
	"ttx/ui/kit"
)

// review is the after-action review: sim/report's report of the game, its text on the left and
// its charts on the right (the scores above, the others one at a time below); export to HTML.
type review struct {
	page
	rep   *report.Report
	text  string // rep as Markdown
	other []int  // the charts drawn below, indices into rep.Charts: all but the scores
	shown int    // the one drawn now, an index into other
	chart *widget.Container
}

func newReview(a *App) *review {
	r := &review{page: page{app: a}}
	var err error
	if a.Remote() {
		r.rep, err = seatReport(a.Sc, a.ex, a.seat)
	} else {
		r.rep, err = sessionReport(a.Sess)
	}
	r.text = reviewMarkdown(r.rep, err)
	if err != nil {
		r.rep = &report.Report{}
	}
	for i, c := range r.rep.Charts {
		if c.ID != "scores" {
			r.other = append(r.other, i)
		}
	}
	// Open on the first track chart: the first track that moved during the game.
	for k, i := range r.other {
		if strings.HasPrefix(r.rep.Charts[i].ID, "track-") {
			r.shown = k
			break
		}
	}
	return r
}

// scores returns the report's chart of the scores, nil when it has none (a discussion
// exercise keeps no score).
func (r *review) scores() *report.Chart {
	for i := range r.rep.Charts {
		if r.rep.Charts[i].ID == "scores" {
			return &r.rep.Charts[i]
		}
	}
	return nil
}

func (r *review) Update(ctx *Context) error {
	r.update(ctx, r, r.build(ctx))
	return nil
}

func (r *review) build(ctx *Context) func(w *Widgets) {
	return func(w *Widgets) {
		a := r.app
		w.Root.AddChild(a.header(w, "After-action review", -1))
		main := w.Grid(2, []bool{true, true}, []bool{true}, 12)
		col := w.Column(2, Stretch())
		width := float64(ctx.Size.X)/2/ctx.Scale - 70
		for _, l := range reviewLines(r.text) {
			if strings.HasPrefix(l, "#") {
				col.AddChild(w.Heading(strings.TrimLeft(l, "# "), width))
				continue
			}
			col.AddChild(w.Note(l, width))
		}
		main.AddChild(w.Scroll(col))
		r.chart = w.Placeholder()
		main.AddChild(r.chart)
		w.Root.AddChild(main)
		row := w.Row(10)
		if a.Remote() && a.canFetch() {
			// The server makes the reports: a team's is its own handout, the white cell's
			// the full one; the white cell also takes the order log.
			row.AddChild(w.Button("get:report", "Download report", ebiten.KeyX, func() { a.fetch(session.FileReport); r.stale = true }))
			if a.seat == sim.Facilitator && !a.readOnly() {
				row.AddChild(w.Button("get:log", "Download log", ebiten.KeyL, func() { a.fetch(session.FileLog); r.stale = true }))
			}
		}
		if !a.Remote() {
			row.AddChild(w.Button("export", "Export report", ebiten.KeyX, r.export))
		}
		row.AddChild(w.Button("chart", "Next chart", ebiten.KeyN, func() {
			if n := len(r.other); n > 0 {
				r.shown = (r.shown + 1) % n
			}
		}))
		row.AddChild(r.statusLine(w))
		w.Root.AddChild(row)
	}
}

func (r *review) Draw(screen *ebiten.Image, ctx *Context) {
	r.draw(screen)
	th := r.app.Theme(ctx)
	c := kit.RectOf(r.chart.GetWidget().Rect)
	half := c.H / 2
	below := kit.Rect{X: c.X, Y: c.Y + half, W: c.W, H: half}
	if sc := r.scores(); sc != nil {
		DrawLineChart(screen, th, kit.Rect{X: c.X, Y: c.Y, W: c.W, H: half - 6*th.Scale}, sc.Title, chartSeries(sc), chartAxis(sc))
	} else {
		below = c // no scores: the other charts take the whole area
	}
	if len(r.other) > 0 {
		ch := &r.rep.Charts[r.other[r.shown]]
		DrawLineChart(screen, th, below, ch.Title+" (N for the next)", chartSeries(ch), chartAxis(ch))
	}
}
