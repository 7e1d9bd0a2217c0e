package ui

import (
	"path/filepath"
	"strings"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/assets"
	"ttx/session"
	"ttx/sim"
)

// review is the after-action review: timeline, decisions with rationale,
// observer notes and scores on the left; score and track charts on the
// right; export to Markdown.
type review struct {
	page
	track int
	chart *widget.Container
}

func newReview(a *App) *review {
	r := &review{page: page{app: a}}
	// Open on the first track that moved during the game.
	h := r.states()
	first, last := h[0], h[len(h)-1]
	for t := 0; t < a.Sc.NT(); t++ {
		for act := range a.Sc.Actors {
			if first.Track(act, t) != last.Track(act, t) {
				r.track = t
				return r
			}
		}
	}
	return r
}

// states returns the state of each step of the game as the window has it: the whole history at
// a hot seat, the seat's views over the network.
func (r *review) states() []*sim.State {
	a := r.app
	if !a.Remote() {
		return a.Sess.State.History()
	}
	var out []*sim.State
	for _, v := range a.ex.Views(a.seat) {
		out = append(out, v.State)
	}
	return out
}

// text is the review's Markdown.
func (r *review) text() string {
	a := r.app
	if !a.Remote() {
		return ReviewText(a.Sess)
	}
	return reviewText(a.Sc, a.ex.Views(a.seat), a.seat, "", a.ex.NoteList())
}

func (r *review) Update(ctx *Context) error {
	r.ensure(ctx, r.build(ctx))
	if r.app.globalKeys(ctx, r) {
		return nil
	}
	r.w.Update(ctx)
	return nil
}

func (r *review) build(ctx *Context) func(w *Widgets) {
	return func(w *Widgets) {
		a, th := r.app, w.Theme
		w.Root.AddChild(a.header(w, "After-action review", -1))
		main := w.Grid(2, []bool{true, true}, []bool{true}, 12)
		col := w.Column(2, Stretch())
		width := float64(ctx.Size.X)/2/ctx.Scale - 70
		for _, l := range strings.Split(r.text(), "\n") {
			l = strings.NewReplacer("**", "", "`", "").Replace(l)
			if strings.HasPrefix(l, "#") {
				col.AddChild(w.Label(strings.TrimLeft(l, "# "), th.Head, assets.Text))
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
			row.AddChild(w.Button("export", "Export report", ebiten.KeyX, func() {
				path := strings.TrimSuffix(a.opts.SavePath, filepath.Ext(a.opts.SavePath)) + "-report.html"
				if err := ExportReview(a.Sess, path); err != nil {
					a.Status = "export failed: " + err.Error()
				} else {
					a.Status = "Exported " + path
				}
				r.stale = true
			}))
		}
		row.AddChild(w.Button("track", "Next track chart", ebiten.KeyN, func() {
			if n := a.Sc.NT(); n > 0 {
				r.track = (r.track + 1) % n
			}
		}))
		row.AddChild(r.statusLine(w))
		w.Root.AddChild(row)
	}
}

func (r *review) Draw(screen *ebiten.Image, ctx *Context) {
	r.draw(screen)
	th := r.app.Theme(ctx)
	c := rectOf(r.chart.GetWidget().Rect)
	half := c.H / 2
	tracks := Rect{c.X, c.Y + half, c.W, half}
	if r.app.Sc.Scored() {
		DrawLineChart(screen, th, Rect{c.X, c.Y, c.W, half - 6*th.Scale}, "Scores by step", scoreSeries(r.app.Sc, r.states(), r.app.seatOr()))
	} else {
		tracks = c // a discussion exercise keeps no score: its tracks take the whole area
	}
	if r.app.Sc.NT() > 0 {
		t := r.app.Sc.Tracks[r.track]
		DrawLineChart(screen, th, tracks, "Track: "+t.Label+" (N for the next)", trackSeries(r.app.Sc, r.states(), r.track))
	}
}
