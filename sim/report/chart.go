package report

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Series is one line of a chart: Y[k] is its value at x = Start+k (a point of Chart.X);
// Dashed lines are totals drawn for reference.
type Series struct {
	Name   string
	Color  color.Color
	Start  int
	Y      []float64
	Dashed bool
}

// Chart sizes.
var (
	chartW, chartH = vg.Points(600), vg.Points(250)
	fontSize       = vg.Points(10)
)

// sans is the charts' font: Liberation Sans, which gonum/plot embeds.
func sans(size vg.Length) font.Font {
	f := plot.DefaultFont
	f.Variant, f.Size = "Sans", size
	return f
}

// lineChart draws series over the labelled x positions 0..len(xs)-1 as a PNG image, in memory,
// with the legend to the right of the plot. yMax > yMin fixes the vertical range (0..1 for
// confidence); otherwise it fits the data. Drawing is deterministic: the same series give the
// same bytes.
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
	legend.Padding = vg.Points(3)
	for _, s := range ss {
		xys := make(plotter.XYs, len(s.Y))
		for k, y := range s.Y {
			xys[k] = plotter.XY{X: float64(s.Start + k), Y: y}
		}
		l, pts, err := plotter.NewLinePoints(xys)
		if err != nil {
			return nil, fmt.Errorf("chart %q, series %q: %v", title, s.Name, err)
		}
		l.LineStyle.Color, l.LineStyle.Width = s.Color, vg.Points(1.5)
		if s.Dashed {
			l.LineStyle.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
		}
		pts.GlyphStyle = draw.GlyphStyle{Color: s.Color, Radius: vg.Points(2), Shape: draw.CircleGlyph{}}
		p.Add(l, pts)
		legend.Add(clip(s.Name, 28), l, pts)
	}
	p.X.Min, p.X.Max = 0, float64(max(len(xs)-1, 1))
	if yMax > yMin {
		p.Y.Min, p.Y.Max = yMin, yMax
	} else if p.Y.Max == p.Y.Min {
		p.Y.Min, p.Y.Max = p.Y.Min-1, p.Y.Max+1
	}

	img := vgimg.NewWith(vgimg.UseWH(chartW, chartH), vgimg.UseDPI(96))
	dc := draw.New(img)
	lw := legend.Rectangle(dc).Size().X + vg.Points(16)
	p.Draw(draw.Crop(dc, 0, -lw, 0, 0))
	top := p.Title.TextStyle.Rectangle(title).Size().Y + p.Title.Padding
	legend.Draw(draw.Crop(dc, chartW-lw+vg.Points(8), 0, 0, -top))
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// xTicks labels x positions with xs, thinned to at most a dozen labels.
func xTicks(xs []string) plot.ConstantTicks {
	step := max(1, (len(xs)+11)/12)
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

// clip shortens s to at most n characters, ending it with "…" when cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// palette is the Okabe–Ito palette, safe for colour-blind readers, without its yellow last.
var palette = []color.RGBA{
	{0x00, 0x72, 0xb2, 0xff}, {0xe6, 0x9f, 0x00, 0xff}, {0x00, 0x9e, 0x73, 0xff}, {0xd5, 0x5e, 0x00, 0xff},
	{0xcc, 0x79, 0xa7, 0xff}, {0x56, 0xb4, 0xe9, 0xff}, {0x00, 0x00, 0x00, 0xff}, {0xf0, 0xe4, 0x42, 0xff},
}

// colour returns the i-th palette colour, cycling.
func colour(i int) color.Color { return palette[i%len(palette)] }

// hexColour parses "#rrggbb", or returns def.
func hexColour(s string, def color.Color) color.Color {
	var r, g, b uint8
	if len(s) != 7 || s[0] != '#' {
		return def
	}
	if _, err := fmt.Sscanf(s[1:], "%02x%02x%02x", &r, &g, &b); err != nil {
		return def
	}
	return color.RGBA{r, g, b, 0xff}
}
