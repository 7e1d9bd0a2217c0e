package ui

import (
	"strings"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/assets"
)

// card shows one inject on its own, full-size: its title, when it came, its whole text, and the
// key questions it puts to the side (the facilitator also reads the action expected). Esc or
// Close goes back to the screen it was opened from.
type card struct {
	page
	sd    int
	entry FeedEntry
	back  Scene
}

func newCard(a *App, sd int, e FeedEntry, back Scene) *card {
	return &card{page: page{app: a}, sd: sd, entry: e, back: back}
}

func (c *card) Update(ctx *Context) error {
	c.ensure(ctx, c.build(ctx))
	if ctx.In.KeyPressed(ebiten.KeyEscape) {
		c.close(ctx)
		return nil
	}
	c.w.Update(ctx)
	return nil
}

// close goes back to the screen the card was opened from, or, when a served game moved on
// meanwhile, to where play now stands.
func (c *card) close(ctx *Context) {
	a := c.app
	if a.Remote() && c.sd >= 0 && (a.seen[c.sd] < a.resolved(c.sd) || a.over() || a.Ex().Submitted(c.sd)) {
		a.Enter(ctx, c.sd)
		return
	}
	if s, ok := c.back.(stale); ok {
		s.markStale()
	}
	ctx.Switch(c.back)
}

func (c *card) build(ctx *Context) func(w *Widgets) {
	return func(w *Widgets) {
		a, th, e := c.app, w.Theme, c.entry
		w.Root.AddChild(a.header(w, "Inject", c.sd))
		width := min(float64(ctx.Size.X)/ctx.Scale-40, 960) // lines short enough to read aloud
		col := w.Grid(1, []bool{true}, []bool{false, false, true}, 10)
		col.AddChild(w.Label(e.Title, th.Title, SideColorOrText(a.Sc, c.sd)))
		col.AddChild(w.Label(turnHeading(a.Sc, e.Turn)+when(e.Clock), th.Head, assets.TextDim))
		var b strings.Builder
		b.WriteString(e.Text)
		qs := e.Questions
		if c.sd >= 0 {
			qs = nil
			for _, q := range a.Ex().Questions(c.sd) {
				if strings.HasPrefix(q.ID, a.Sc.Injects[e.Inject].ID+"#") {
					qs = append(qs, q.Text)
				}
			}
		}
		if len(qs) > 0 {
			b.WriteString("\n\nKey questions:")
			for _, q := range qs {
				b.WriteString("\n  • " + q)
			}
		}
		if e.Expected != "" {
			b.WriteString("\n\nExpected action (the facilitator's): " + e.Expected)
		}
		// The text takes the rest of the window's height, and width up to
		// width: an empty cell beside it takes what is left over.
		text := w.Grid(2, []bool{true, false}, []bool{true}, 0)
		room := float64(ctx.Size.X)/ctx.Scale - 32 // the root's padding
		text.AddChild(readingText(w, b.String(), width, 200), w.Placeholder(widget.WidgetOpts.MinSize(w.Theme.Px(max(0, room-width)), 0)))
		col.AddChild(text)
		w.Root.AddChild(col)
		row := w.Row(12)
		row.AddChild(w.Button("close", "Close  [Esc]", -1, func() { c.close(ctx) }))
		if c.sd >= 0 && len(qs) > 0 {
			row.AddChild(w.Label("Answer the key questions in the Discussion tab.", th.Small, assets.TextDim))
		}
		foot := w.Column(4)
		foot.AddChild(row, c.statusLine(w))
		w.Root.AddChild(foot)
	}
}

// readingSize is the size of a card's text, larger than the body's: an inject is read aloud
// and read from across the table.
const readingSize = 22

// readingText returns s in the reading size in a TextArea (Widgets.TextArea)
// at least width×height device-independent pixels.
func readingText(w *Widgets, s string, width, height float64) *widget.TextArea {
	return w.TextArea(s, assets.Face(assets.Regular, readingSize*w.Theme.Scale), width, height)
}

// when is " · at CLOCK" for an inject's time, or "".
func when(clock string) string {
	if clock == "" {
		return ""
	}
	return " · at " + clock
}

func (c *card) Draw(screen *ebiten.Image, ctx *Context) { c.draw(screen) }

// Side returns the side reading the card.
func (c *card) Side() int { return c.sd }
