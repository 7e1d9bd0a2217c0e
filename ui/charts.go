package ui

import (
	"fmt"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"ttx/assets"
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
func DrawBars(dst *ebiten.Image, th *Theme, r Rect, bars []Bar) float64 {
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
		v := clamp(b.Value, 0, 1)
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

// DrawLineChart draws series over a shared x axis (turns) in r, scaled to
// their common range, with a legend above.
func DrawLineChart(dst *ebiten.Image, th *Theme, r Rect, title string, series []Series) {
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
	plot := Rect{r.X + 36*s, r.Y + top, r.W - 46*s, r.H - top - 10*s}
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
	pt := func(i int, v float64) Point {
		x := plot.X
		if n > 1 {
			x += plot.W * float64(i) / float64(n-1)
		}
		return Point{x, plot.Y + plot.H - plot.H*(v-lo)/(hi-lo)}
	}
	for _, se := range series {
		for i := 1; i < len(se.Values); i++ {
			a, b := pt(se.Start+i-1, se.Values[i-1]), pt(se.Start+i, se.Values[i])
			vector.StrokeLine(dst, float32(a.X), float32(a.Y), float32(b.X), float32(b.Y), float32(2*s), se.Color, false)
		}
		for i, v := range se.Values {
			p := pt(se.Start+i, v)
			vector.FillCircle(dst, float32(p.X), float32(p.Y), float32(3*s), se.Color, false)
		}
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
