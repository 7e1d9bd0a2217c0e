//go:build !js

package report

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// The charts' images are drawn with gonum/plot, which the browser client leaves out
// (chartpng_js.go): it draws a report's charts itself from their data, and a served
// exercise's HTML report comes from the server.

// Chart sizes: the plot's, and the legend's thumbnails (long enough to show a dash pattern).
var (
	chartW, chartH = vg.Points(600), vg.Points(250)
	fontSize       = vg.Points(10)
	thumbW         = vg.Points(40)
)

// sans is the charts' font: Liberation Sans, which gonum/plot embeds.
func sans(size vg.Length) font.Font {
	f := plot.DefaultFont
	f.Variant, f.Size = "Sans", size
	return f
}

// Line styles: the k-th series of a chart has the k-th dash pattern and marker, so lines are
// told apart without their colours (in grey print, or by a colour-blind reader).
var (
	dashes = [][]vg.Length{nil, {vg.Points(7), vg.Points(3)}, {vg.Points(2), vg.Points(2)},
		{vg.Points(9), vg.Points(3), vg.Points(2), vg.Points(3)}, {vg.Points(4), vg.Points(4)},
		{vg.Points(12), vg.Points(4)}, {vg.Points(1), vg.Points(3)},
		{vg.Points(6), vg.Points(2), vg.Points(1), vg.Points(2), vg.Points(1), vg.Points(2)}}
	glyphs = []draw.GlyphDrawer{draw.RingGlyph{}, draw.SquareGlyph{}, draw.TriangleGlyph{}, draw.CrossGlyph{},
		draw.PlusGlyph{}, draw.CircleGlyph{}, draw.BoxGlyph{}, draw.PyramidGlyph{}}
)

// lineStyle returns the width and marker radius of series k of n (LineRank), in points.
func lineStyle(k, n int) (width, radius vg.Length) {
	w, r := LineRank(k, n)
	return vg.Points(w), vg.Points(r)
}

// lineChart draws series over the labelled x positions 0..len(xs)-1 as a PNG image, in memory,
// with the legend below the plot: every series' whole name, its line (colour, dash pattern,
// width) and its marker. yMax > yMin fixes the vertical range (0..1 for confidence);
// otherwise it fits the data. Drawing is deterministic: the same series give the same bytes.
func lineChart(title, xLabel, yLabel string, xs []string, ss []Series, yMin, yMax float64, integer bool) ([]byte, error) {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font = sans(fontSize + 2)
	p.Title.Padding = vg.Points(6)
	p.X.Label.Text, p.Y.Label.Text = xLabel, yLabel
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = sans(fontSize)
		a.Tick.Label.Font = sans(fontSize - 1)
	}
	p.X.Tick.Marker = xTicks(xs)
	p.Y.Tick.Marker = niceTicks{Integer: integer}
	p.Add(plotter.NewGrid())
	legend := plot.NewLegend()
	legend.TextStyle.Font = sans(fontSize)
	legend.Top, legend.Left = true, true
	legend.Padding = vg.Points(6) // room for the widest markers between rows
	legend.ThumbnailWidth = thumbW
	for k, s := range ss {
		xys := make(plotter.XYs, len(s.Y))
		for i, y := range s.Y {
			xys[i] = plotter.XY{X: float64(s.Start + i), Y: y}
		}
		l, pts, err := plotter.NewLinePoints(xys)
		if err != nil {
			return nil, fmt.Errorf("chart %q, series %q: %v", title, s.Name, err)
		}
		w, r := lineStyle(k, len(ss))
		l.LineStyle.Color, l.LineStyle.Width = s.Color, w
		l.LineStyle.Dashes = dashes[k%len(dashes)]
		pts.GlyphStyle = draw.GlyphStyle{Color: s.Color, Radius: r, Shape: glyphs[k%len(glyphs)]}
		p.Add(l, pts)
		legend.Add(s.Name, l, pts)
	}
	p.X.Min, p.X.Max = 0, float64(max(len(xs)-1, 1))
	if yMax > yMin {
		p.Y.Min, p.Y.Max = yMin, yMax
	} else if p.Y.Max == p.Y.Min {
		p.Y.Min, p.Y.Max = p.Y.Min-1, p.Y.Max+1
	}

	// The legend's height, measured on a scratch canvas, adds to the plot's.
	lh := legend.Rectangle(draw.New(vgimg.New(chartW, chartH))).Size().Y
	if len(ss) > 0 {
		lh += vg.Points(10)
	}
	h := chartH + lh
	img := vgimg.NewWith(vgimg.UseWH(chartW, h), vgimg.UseDPI(96))
	dc := draw.New(img)
	p.Draw(draw.Crop(dc, 0, 0, lh, 0))
	legend.Draw(draw.Crop(dc, vg.Points(8), 0, 0, -(chartH + vg.Points(4))))
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// xTicks labels x positions with xs, thinned to at most a dozen labels (eight when they
// carry an exercise time under the turn's number).
func xTicks(xs []string) plot.ConstantTicks {
	most := 12
	if len(xs) > 0 && strings.Contains(xs[0], "\n") {
		most = 8
	}
	step := max(1, (len(xs)+most-1)/most)
	var ts []plot.Tick
	for i, x := range xs {
		if i%step == 0 || i == len(xs)-1 {
			ts = append(ts, plot.Tick{Value: float64(i), Label: x})
		}
	}
	return ts
}

// niceTicks labels five to seven round values (steps of 1, 2, 2.5 or 5 times a power of ten),
// written with no more decimals than the step needs; whole numbers only when Integer.
type niceTicks struct{ Integer bool }

// Ticks implements plot.Ticker.
func (n niceTicks) Ticks(lo, hi float64) []plot.Tick {
	if !(hi > lo) {
		return []plot.Tick{{Value: lo, Label: strconv.FormatFloat(lo, 'g', 6, 64)}}
	}
	raw := (hi - lo) / 6
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := 10 * mag
	for _, m := range []float64{1, 2, 2.5, 5} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	if n.Integer {
		step = max(step, 1)
	}
	prec := max(0, int(-math.Floor(math.Log10(step)+1e-9)))
	if step/math.Pow(10, -float64(prec)) != math.Round(step/math.Pow(10, -float64(prec))) {
		prec++ // 2.5 × 10^k needs one more decimal
	}
	var ts []plot.Tick
	first := math.Ceil(lo/step - 1e-9)
	for i := first; i*step <= hi+step*1e-9; i++ {
		v := i * step
		if v == 0 {
			v = 0 // not -0
		}
		ts = append(ts, plot.Tick{Value: v, Label: strconv.FormatFloat(v, 'f', prec, 64)})
	}
	return ts
}
