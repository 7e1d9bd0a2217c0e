package ui

import (
	"image"
	"testing"

	"ttx/assets"
	"ttx/ui/kit"
)

// TestWindowBarsProportional draws two confidence bars and checks their
// filled lengths are in the ratio of their values.
func TestWindowBarsProportional(t *testing.T) {
	r := newRig(t, newDemoScene(), 600, 200)
	th := kit.NewTheme(1)
	r.screen.Clear()
	h := DrawBars(r.screen, th, kit.Rect{X: 0, Y: 0, W: 600, H: 0}, []Bar{
		{Label: "Lazarus", Value: 0.75, Color: assets.Vermillion},
		{Label: "Gamaredon", Value: 0.25, Color: assets.BluishGreen},
	})
	if h <= 0 {
		t.Fatalf("DrawBars used height %v", h)
	}
	img := r.pixels()
	long, short := count(img, assets.Vermillion), count(img, assets.BluishGreen)
	if short == 0 {
		t.Fatal("the short bar is not drawn")
	}
	if ratio := float64(long) / float64(short); ratio < 2.7 || ratio > 3.3 {
		t.Errorf("bars of 0.75 and 0.25 fill %d and %d pixels: ratio %.2f, want 3", long, short, ratio)
	}
	r.screen.Clear()
	DrawLineChart(r.screen, th, kit.Rect{X: 0, Y: 0, W: 600, H: 200}, "t", []Series{{Label: "a", Values: []float64{1, 5, 3}, Color: assets.Orange}}, Axis{})
	if count(r.pixels(), assets.Orange) < 100 {
		t.Error("the line chart drew no line")
	}
}

func count(img *image.RGBA, c interface{ RGBA() (r, g, b, a uint32) }) int {
	cr, cg, cb, _ := c.RGBA()
	n := 0
	for i := 0; i+3 < len(img.Pix); i += 4 {
		if uint32(img.Pix[i])*0x101 == cr && uint32(img.Pix[i+1])*0x101 == cg && uint32(img.Pix[i+2])*0x101 == cb {
			n++
		}
	}
	return n
}

// TestTickStep: an axis's labels are drawn every so many points that they never overlap, every
// one when all fit.
func TestTickStep(t *testing.T) {
	for _, c := range []struct {
		n         int
		w, widest float64
		want      int
	}{
		{13, 600, 30, 1}, // 50 px a point, 38 needed
		{13, 300, 30, 2}, // 25 px a point: every second
		{13, 120, 30, 4}, // 10 px a point: every fourth
		{2, 600, 300, 1}, // start and the one turn
		{1, 600, 30, 1},  // one point
		{13, 0, 30, 1},   // no room: nothing to step over
	} {
		if got := tickStep(c.n, c.w, c.widest, 8); got != c.want {
			t.Errorf("tickStep(%d points, %v px, labels %v px) = %d, want %d", c.n, c.w, c.widest, got, c.want)
		}
		if c.w > 0 && c.n > 1 {
			if per := c.w / float64(c.n-1) * float64(tickStep(c.n, c.w, c.widest, 8)); per < c.widest+8 {
				t.Errorf("%d points over %v px: labels %v px apart, want at least %v", c.n, c.w, per, c.widest+8)
			}
		}
	}
}

// TestWindowChartAxisLabelled: the review's charts name their points under the plot (the turns:
// "start", 1, 2, …) and what the axis counts: under the plot there is the ink of their text,
// against the same chart with blank labels.
func TestWindowChartAxisLabelled(t *testing.T) {
	r := newRig(t, newDemoScene(), 600, 300)
	th := kit.NewTheme(1)
	series := []Series{{Label: "a", Values: []float64{1, 5, 3, 4}, Color: assets.Orange}}
	strip := image.Rect(0, 300-45, 600, 300) // under the plot: the ticks and the axis's label
	inkUnder := func(x Axis) int {
		r.screen.Clear()
		DrawLineChart(r.screen, th, kit.Rect{X: 0, Y: 0, W: 600, H: 300}, "t", series, x)
		img := r.pixels().SubImage(strip).(*image.RGBA)
		n := 0
		for y := strip.Min.Y; y < strip.Max.Y; y++ {
			for x := strip.Min.X; x < strip.Max.X; x++ {
				if c := img.RGBAAt(x, y); c != assets.Panel && c.A > 0 && (c.R != assets.Panel.R || c.G != assets.Panel.G) {
					n++
				}
			}
		}
		return n
	}
	bare := inkUnder(Axis{Ticks: []string{"", "", "", ""}, Label: " "}) // the same plot, blank labels
	labelled := inkUnder(Axis{Ticks: []string{"start", "1", "2", "3"}, Label: "end of month (turn number)"})
	t.Logf("ink under the plot: %d with labels, %d blank", labelled, bare)
	if labelled < bare+200 {
		t.Errorf("the labelled axis puts %d pixels of ink under the plot, the bare one %d: no labels drawn", labelled, bare)
	}
}

// TestWindowChartCoincidingLines: two series with the same values both show, the first as a
// band around the second (drawn wider, under it), as in the report's charts; drawn alike, the
// second would hide the first but for its legend swatch.
func TestWindowChartCoincidingLines(t *testing.T) {
	r := newRig(t, newDemoScene(), 600, 300)
	th := kit.NewTheme(1)
	vals := []float64{10, 6, 6, 6}
	DrawLineChart(r.screen, th, kit.Rect{X: 0, Y: 0, W: 600, H: 300}, "t", []Series{
		{Label: "a", Values: vals, Color: assets.Blue}, {Label: "b", Values: vals, Color: assets.Orange}}, Axis{})
	img := r.pixels()
	under, over := count(img, assets.Blue), count(img, assets.Orange)
	t.Logf("pixels: %d of the series under, %d of the one over", under, over)
	if swatch := 10 * 10; under < swatch+300 || over < swatch+300 {
		t.Errorf("coinciding series show %d and %d pixels (a legend swatch is %d): one hides the other", under, over, swatch)
	}
}
