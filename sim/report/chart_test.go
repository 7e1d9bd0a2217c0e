//go:build !js

package report

import (
	"bytes"
	"fmt"
	"image/color"
	"image/png"
	"strings"
	"testing"
)

// TestLineStylesTellApart: the series of a chart differ in dash pattern and marker, not only
// in colour, and each is drawn narrower than the one before, so that lines that coincide
// stay visible.
func TestLineStylesTellApart(t *testing.T) {
	n := maxLines
	seen := map[string]bool{}
	for k := range n {
		key := fmt.Sprintf("%v/%T", dashes[k%len(dashes)], glyphs[k%len(glyphs)])
		if seen[key] {
			t.Errorf("series %d has the dash pattern and marker of an earlier one (%s)", k, key)
		}
		seen[key] = true
		if k > 0 {
			w0, r0 := lineStyle(k-1, n)
			w1, r1 := lineStyle(k, n)
			if w1 >= w0 || r1 >= r0 {
				t.Errorf("series %d of %d is drawn %v wide (marker %v), not narrower than series %d's %v (%v)", k, n, w1, r1, k-1, w0, r0)
			}
		}
	}
}

// TestCoincidingLinesStayVisible draws two series with the same values in two colours: both
// colours show in the image.
func TestCoincidingLinesStayVisible(t *testing.T) {
	a := color.RGBA{0x00, 0x72, 0xb2, 0xff}
	b := color.RGBA{0xd5, 0x5e, 0x00, 0xff}
	ys := []float64{1, 3, 2, 5, 4}
	data, err := lineChart("Same", "end of turn", "points", []string{"start", "1", "2", "3", "4"},
		[]Series{{Name: "first", Color: a, Y: ys}, {Name: "second", Color: b, Y: ys}}, 0, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	count := func(c color.RGBA) int {
		n := 0
		r := img.Bounds()
		for y := r.Min.Y; y < r.Max.Y*3/4; y++ { // the plot, above the legend
			for x := r.Min.X; x < r.Max.X; x++ {
				cr, cg, cb, _ := img.At(x, y).RGBA()
				if near(cr, c.R) && near(cg, c.G) && near(cb, c.B) {
					n++
				}
			}
		}
		return n
	}
	if na, nb := count(a), count(b); na < 200 || nb < 200 {
		t.Errorf("coinciding lines: %d pixels of the first colour and %d of the second; want both visible", na, nb)
	}
}

func near(v uint32, c uint8) bool {
	d := int(v>>8) - int(c)
	return d > -24 && d < 24
}

// TestChartAxes: every chart of a discussion exercise with a clock labels its turns with
// their exercise time; every chart of a game without one labels them by number; every value
// axis names its unit, in parentheses.
func TestChartAxes(t *testing.T) {
	r, _, _ := outageReport(t)
	_, scored, _, _ := build(t, nil, true)
	if len(r.Charts) == 0 || len(scored.Charts) == 0 {
		t.Fatal("no charts")
	}
	for _, c := range r.Charts {
		if c.XLabel != "start, then end of each round (turn number and exercise time)" {
			t.Errorf("chart %s: x axis %q", c.ID, c.XLabel)
		}
	}
	for _, c := range scored.Charts {
		if c.XLabel != "start, then end of each week (turn number)" {
			t.Errorf("chart %s: x axis %q", c.ID, c.XLabel)
		}
	}
	for _, c := range append(r.Charts, scored.Charts...) {
		if i := strings.Index(c.YLabel, " ("); i <= 0 || !strings.HasSuffix(c.YLabel, ")") {
			t.Errorf("chart %s: value axis %q names no unit", c.ID, c.YLabel)
		}
	}
	s, _, _ := outageGame(t)
	_, xs := newBuilder(s).xAxis()
	if len(xs) != 4 || xs[0] != "start\nMon 06:00" || xs[1] != "1\nMon 18:00" || xs[3] != "3\nTue 18:00" {
		t.Errorf("x labels %q, want the start and the end of each round with its exercise time", xs)
	}
}

func TestNiceTicks(t *testing.T) {
	for _, c := range []struct {
		lo, hi float64
		want   string
	}{
		{0, 26.5, "0 5 10 15 20 25"},
		{0, 1, "0.0 0.2 0.4 0.6 0.8 1.0"},
		{-50, -45, "-50 -49 -48 -47 -46 -45"},
		{0, 12.5, "0.0 2.5 5.0 7.5 10.0 12.5"},
		{-1, 4, "-1 0 1 2 3 4"},
		{0, 300, "0 50 100 150 200 250 300"},
		{3, 3, "3"},
	} {
		var ls []string
		for _, tk := range (niceTicks{}).Ticks(c.lo, c.hi) {
			ls = append(ls, tk.Label)
		}
		if got := strings.Join(ls, " "); got != c.want {
			t.Errorf("niceTicks.Ticks(%g, %g) = %s, want %s", c.lo, c.hi, got, c.want)
		}
	}
}
