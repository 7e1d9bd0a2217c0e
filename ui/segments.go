package ui

import (
	"fmt"
	"time"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"ttx/assets"
)

// A turn's timed segments (assess, discuss, …): the server runs them for a served exercise; at
// a hot seat the window counts them down a frame at a time on the session's clock, unless the
// facilitator paused the turn. Every screen shows the segment and its time left at the top.

// frame is the exercise time one frame counts.
const frame = time.Second / ticksPerSecond

// tickSegments counts one frame of the current segment down at a hot seat; it reports whether
// the segment changed or the last one ended (and says so on the status line).
func (a *App) tickSegments() bool {
	if a.Remote() || a.Sess == nil || a.Timer.Paused || !a.Sess.Tick(frame) {
		return false
	}
	if sg, ok := a.Sess.Segment(); ok {
		if sg.Up {
			a.Status = "The last segment's time is up: submit your orders."
		} else {
			a.Status = fmt.Sprintf("Next segment: %s (%d of %d).", sg.Name, sg.Index+1, sg.Count)
		}
	}
	return true
}

// segmentText is the current segment and its time left as the top of a screen shows it
// ("assess 1/3 · 9:59"), or "" when the turn has none; up reports that its time ran out.
func (a *App) segmentText() (s string, up bool) {
	ex := a.Ex()
	if ex == nil {
		return "", false
	}
	sg, ok := ex.Segment()
	if !ok {
		return "", false
	}
	s = fmt.Sprintf("%s %d/%d", sg.Name, sg.Index+1, sg.Count)
	switch {
	case sg.Up:
		return s + " · time up", true
	case sg.Known:
		sec := int((sg.Left + time.Second - 1) / time.Second)
		s += fmt.Sprintf(" · %d:%02d", sec/60, sec%60)
	}
	if a.paused() {
		s += " (paused)"
	}
	return s, sg.Known && sg.Left <= 0
}

// drawSegment draws the segment and its time left at the top of the screen, left of the turn
// timer (which takes the right edge), in the accent colour, or vermillion once its time is up.
func (p *page) drawSegment(screen *ebiten.Image) {
	s, up := p.app.segmentText()
	if s == "" {
		return
	}
	th := p.w.Theme
	right := float64(screen.Bounds().Dx()) - float64(th.Px(16))
	if t, _ := p.app.clock(); t != "" {
		w, _ := text.Measure("time "+t, th.Head, 0)
		right -= w + float64(th.Px(24))
	}
	c := assets.Accent
	if up {
		c = assets.Vermillion
	}
	w, _ := text.Measure(s, th.Head, 0)
	drawText(screen, th.Head, s, c, right-w, float64(th.Px(14)))
}

// buildSegmentControls adds the white cell's segment controls to row when the turn has
// segments: skip to the next and five more minutes.
func (f *facilitator) buildSegmentControls(w *Widgets, row *widget.Container) {
	ex := f.app.Ex()
	if _, ok := ex.Segment(); !ok {
		return
	}
	row.AddChild(w.Button("segment:skip", "Next segment", ebiten.KeyN, func() {
		ex.SkipSegment()
		f.refresh("Skipped to the next segment")
	}))
	row.AddChild(w.Button("segment:extend", "+5 min", -1, func() {
		ex.ExtendSegment(5 * 60)
		f.refresh("The segment has five more minutes")
	}))
}
