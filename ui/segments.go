package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"ttx/assets"
)

// A turn's timed segments (assess, discuss, …): the server runs them for a served exercise; at
// a hot seat the window counts them down a frame at a time on the session's clock, unless the
// facilitator paused the turn. Every screen shows one countdown at its top right (clockText):
// the segment and its time left, or the turn's deadline when it has no segments.

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
			a.say("The last segment's time is up: submit your orders.")
		} else {
			a.say(fmt.Sprintf("Next segment: %s (%d of %d).", sg.Name, sg.Index+1, sg.Count))
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
		s += " · " + minSec(sg.Left)
	}
	if a.paused() {
		s += " (paused)"
	}
	return s, sg.Known && sg.Left <= 0
}

// minSec writes a time left as m:ss, rounded up to the second.
func minSec(d time.Duration) string {
	sec := int((max(d, 0) + time.Second - 1) / time.Second)
	return fmt.Sprintf("%d:%02d", sec/60, sec%60)
}

// clockText is the one countdown a screen of the game shows at its top ("" when the turn has
// none); up reports that its time ran out. A turn with timed segments shows the segment and its
// time left, "discuss 2/3 · 12:30": when the last segment ends the turn is due, so a deadline
// for the orders is added, "discuss 2/3 · 12:30 · orders due in 4:30", only when it is set and
// ends before the segments do. A served turn's deadline is its segment's end (the server runs
// the segments on it), so a served seat shows the segment alone, as the hot seat does without a
// turn timer. A turn without segments shows its deadline, "time 4:30".
func (a *App) clockText() (s string, up bool) {
	seg, segUp := a.segmentText()
	if seg == "" {
		t, up := a.clock()
		if t == "" {
			return "", false
		}
		return "time " + t, up
	}
	if left, ok := a.ordersLeft(); ok {
		return seg + " · orders due in " + minSec(left), segUp || left <= 0
	}
	return seg, segUp
}

// ordersLeft returns the time left for the orders at a hot seat whose turn timer is on and ends
// before the turn's segments do (the current one's time left and the later ones' lengths); ok
// is false otherwise, and always for a served seat, whose deadline is the segment's.
func (a *App) ordersLeft() (left time.Duration, ok bool) {
	if a.Remote() || a.Sess == nil || !a.Timer.On {
		return 0, false
	}
	sg, has := a.Sess.Segment()
	if !has || !sg.Known {
		return 0, false
	}
	segs := sg.Left
	for _, d := range a.Sc.SegmentsOf(a.turn())[sg.Index+1:] {
		segs += time.Duration(d.Length) * time.Second
	}
	left = a.Timer.Left()
	return left, left < segs
}

// drawClock draws the screen's countdown (clockText) at its top right: a segment in the
// accent colour, a deadline alone in yellow, either in vermillion once its time is up. It keeps
// the text drawn in p.clockShown.
func (p *page) drawClock(screen *ebiten.Image) {
	s, up := p.app.clockText()
	p.clockShown = s
	if s == "" {
		return
	}
	th := p.w.Theme
	c := assets.Accent
	switch {
	case up:
		c = assets.Vermillion
	case strings.HasPrefix(s, "time "):
		c = assets.Yellow
	}
	w, _ := text.Measure(s, th.Head, 0)
	drawText(screen, th.Head, s, c, float64(screen.Bounds().Dx())-w-float64(th.Px(16)), float64(th.Px(14)))
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
