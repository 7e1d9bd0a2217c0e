package ui

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"ttx/assets"
	"ttx/sim/report"
	"ttx/ui/kit"
)

// Bar is one horizontal bar: a label and a share from 0 to 1.
type Bar struct {
	Label string
	Value float64
	Color color.RGBA
	Note  string // drawn after the bar, e.g. "true author"
}

// DrawBars draws bars one under another in r, each with its label on the
// left and its percentage on the right. It returns the height used.
func DrawBars(dst *ebiten.Image, th *kit.Theme, r kit.Rect, bars []Bar) float64 {
	s := th.Scale
	rowH := 24 * s
	labelW := 0.0
	for _, b := range bars {
		w, _ := text.Measure(b.Label, th.Small, 0)
		labelW = max(labelW, w)
	}
	labelW = min(labelW+10*s, r.W*0.4)
	barW := r.W - labelW - 60*s
	for i, b := range bars {
		y := r.Y + float64(i)*rowH
		drawText(dst, th.Small, b.Label, assets.Text, r.X, y+4*s)
		v := kit.Clamp(b.Value, 0, 1)
		vector.FillRect(dst, float32(r.X+labelW), float32(y+3*s), float32(barW), float32(rowH-8*s), assets.Panel, false)
		vector.FillRect(dst, float32(r.X+labelW), float32(y+3*s), float32(barW*v), float32(rowH-8*s), b.Color, false)
		note := fmt.Sprintf("%3.0f%%", 100*v)
		if b.Note != "" {
			note += " " + b.Note
		}
		drawText(dst, th.Mono, note, assets.TextDim, r.X+labelW+barW+6*s, y+5*s)
	}
	return float64(len(bars)) * rowH
}

// Series is one line of a chart: Values[k] is its value at point Start+k of the x axis.
type Series struct {
	Label  string
	Values []float64
	Start  int
	Color  color.RGBA
}

// Axis is a chart's x axis: a label for each point (the first line of each is drawn, as many as
// fit) and what the axis counts, drawn under them.
type Axis struct {
	Ticks []string
	Label string
}

// tickLine returns a tick's label up to its first line break.
func tickLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// tickStep returns every how many points of an x axis of n points, w pixels long, a label
// widest pixels wide can be drawn with gap pixels between labels: 1 when every label fits.
func tickStep(n int, w, widest, gap float64) int {
	if n <= 1 || w <= 0 {
		return 1
	}
	per := w / float64(n-1)
	return max(1, int(math.Ceil((widest+gap)/per)))
}

// DrawLineChart draws series over a shared x axis (turns) in r, scaled to
// their common range, with a legend above and the axis's labels below.
func DrawLineChart(dst *ebiten.Image, th *kit.Theme, r kit.Rect, title string, series []Series, x Axis) {
	s := th.Scale
	vector.FillRect(dst, float32(r.X), float32(r.Y), float32(r.W), float32(r.H), assets.Panel, false)
	drawText(dst, th.Small, title, assets.Text, r.X+6*s, r.Y+4*s)
	lx, ly := r.X+6*s, r.Y+20*s
	for _, se := range series {
		w, _ := text.Measure(se.Label, th.Small, 0)
		if lx+w+14*s > r.X+r.W && lx > r.X+6*s {
			lx, ly = r.X+6*s, ly+18*s
		}
		vector.FillRect(dst, float32(lx), float32(ly+4*s), float32(10*s), float32(10*s), se.Color, false)
		drawText(dst, th.Small, se.Label, assets.TextDim, lx+14*s, ly)
		lx += w + 30*s
	}
	top := ly + 24*s - r.Y
	bottom := 10 * s
	if len(x.Ticks) > 0 {
		bottom += 16 * s
	}
	if x.Label != "" {
		bottom += 16 * s
	}
	plot := kit.Rect{X: r.X + 36*s, Y: r.Y + top, W: r.W - 46*s, H: r.H - top - bottom}
	lo, hi, n := math.Inf(1), math.Inf(-1), 0
	for _, se := range series {
		for _, v := range se.Values {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
		n = max(n, se.Start+len(se.Values))
	}
	if n == 0 || plot.W <= 0 || plot.H <= 0 {
		return
	}
	if hi == lo {
		hi, lo = hi+1, lo-1
	}
	vector.StrokeRect(dst, float32(plot.X), float32(plot.Y), float32(plot.W), float32(plot.H), float32(s), assets.Border, false)
	drawText(dst, th.Mono, trimFloat(hi), assets.TextDim, r.X+2*s, plot.Y-2*s)
	drawText(dst, th.Mono, trimFloat(lo), assets.TextDim, r.X+2*s, plot.Y+plot.H-14*s)
	xAt := func(i int) float64 {
		if n > 1 {
			return plot.X + plot.W*float64(i)/float64(n-1)
		}
		return plot.X
	}
	pt := func(i int, v float64) kit.Point {
		return kit.Point{X: xAt(i), Y: plot.Y + plot.H - plot.H*(v-lo)/(hi-lo)}
	}
	drawAxis(dst, th, x, plot, min(n, len(x.Ticks)), xAt)
	// Widest first, as the report's charts draw them: a line under another with the same values
	// shows as a band around it.
	for k, se := range series {
		w, rad := report.LineRank(k, len(series))
		w, rad = min(2+(w-1.3), 6)*s, min(3+(rad-2.5), 7)*s // in pixels: the last series 2 wide, each before it 1 more
		for i := 1; i < len(se.Values); i++ {
			a, b := pt(se.Start+i-1, se.Values[i-1]), pt(se.Start+i, se.Values[i])
			vector.StrokeLine(dst, float32(a.X), float32(a.Y), float32(b.X), float32(b.Y), float32(w), se.Color, false)
		}
		for i, v := range se.Values {
			p := pt(se.Start+i, v)
			vector.FillCircle(dst, float32(p.X), float32(p.Y), float32(rad), se.Color, false)
		}
	}
}

// drawAxis draws the first n labels of axis x under plot, as many as fit (the first, then
// every tickStep-th; the last too when it has room), each centred on its point (xAt), and the
// axis's label under them.
func drawAxis(dst *ebiten.Image, th *kit.Theme, x Axis, plot kit.Rect, n int, xAt func(int) float64) {
	s := th.Scale
	y := plot.Y + plot.H + 2*s
	if n > 0 {
		widest := 0.0
		for _, t := range x.Ticks[:n] {
			w, _ := text.Measure(tickLine(t), th.Small, 0)
			widest = max(widest, w)
		}
		step := tickStep(n, plot.W, widest, 8*s)
		last := -1
		for i := 0; i < n; i++ {
			if i%step != 0 && (i != n-1 || float64(i-last) < float64(step)*0.75) {
				continue
			}
			l := tickLine(x.Ticks[i])
			w, _ := text.Measure(l, th.Small, 0)
			lx := min(max(xAt(i)-w/2, plot.X-30*s), plot.X+plot.W-w)
			drawText(dst, th.Small, l, assets.TextDim, lx, y)
			last = i
		}
		y += 16 * s
	}
	if x.Label != "" {
		w, _ := text.Measure(x.Label, th.Small, 0)
		drawText(dst, th.Small, x.Label, assets.TextDim, plot.X+(plot.W-w)/2, y)
	}
}

func trimFloat(v float64) string {
	if v == math.Trunc(v) {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.1f", v)
}

// drawText draws s with its top-left corner at (x, y).
func drawText(dst *ebiten.Image, face text.Face, s string, c color.Color, x, y float64) {
	op := &text.DrawOptions{}
	op.GeoM.Translate(x, y)
	op.ColorScale.ScaleWithColor(c)
	text.Draw(dst, s, face, op)
}
