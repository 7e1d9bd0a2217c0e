package ui

import (
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/assets"
	"ttx/sim/report"
)

// briefing shows the common briefing (sd < 0) to everyone, or one side's
// own briefing, objectives and actors to that side only.
type briefing struct {
	page
	sd int
}

func newBriefing(a *App, sd int) *briefing { return &briefing{page: page{app: a}, sd: sd} }

func (b *briefing) Update(ctx *Context) error {
	b.update(ctx, b, b.build(ctx))
	return nil
}

// Text returns the briefing's text.
func (b *briefing) Text() string {
	sc := b.app.Sc
	var s strings.Builder
	if b.sd < 0 {
		s.WriteString(sc.Title + "\n\n")
		if sc.Summary != "" {
			s.WriteString(sc.Summary + "\n\n")
		}
		s.WriteString(sc.Briefing + "\n\n")
		s.WriteString("Teams: ")
		for i, sd := range sc.Sides {
			if i > 0 {
				s.WriteString(", ")
			}
			s.WriteString(sd.Name)
		}
		s.WriteString(".\n")
		if len(sc.Sources) > 0 {
			s.WriteString("\nSources: " + strings.Join(sc.Sources, "; ") + "\n")
		}
		return s.String()
	}
	side := sc.Sides[b.sd]
	s.WriteString(side.Briefing + "\n\n")
	switch {
	case !sc.Scored(): // a discussion exercise has nothing to score
	case len(side.Objectives) > 0:
		s.WriteString("Objectives:\n")
		for _, o := range side.Objectives {
			s.WriteString("  • " + o.Text + "\n")
		}
		s.WriteString("\n")
	default: // the game keeps a score, of other sides (whose objectives are not the side's to read)
		s.WriteString(report.NoObjectives + "\n\n")
	}
	s.WriteString("You control:\n")
	for _, a := range side.Actors {
		d := sc.Actors[a]
		s.WriteString("  • " + d.Name + " (" + d.Kind + ")\n")
	}
	return s.String()
}

func (b *briefing) build(ctx *Context) func(w *Widgets) {
	return func(w *Widgets) {
		a := b.app
		title := "Briefing"
		if b.sd >= 0 {
			title = "Private briefing"
		}
		w.Root.AddChild(a.header(w, title, b.sd))
		w.Root.AddChild(w.Paragraph(b.Text(), float64(ctx.Size.X)/ctx.Scale-40, 200))
		row := w.Row(12)
		row.AddChild(w.Button("continue", "Continue", ebiten.KeyEnter, func() {
			if b.sd < 0 {
				a.Next(ctx)
			} else {
				a.Enter(ctx, b.sd)
			}
		}))
		row.AddChild(w.Label("Sides see only their own briefing.", w.Theme.Small, assets.TextDim))
		w.Root.AddChild(row)
	}
}

func (b *briefing) Draw(screen *ebiten.Image, ctx *Context) { b.draw(screen) }
