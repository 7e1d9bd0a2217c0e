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
	DrawLineChart(r.screen, th, kit.Rect{X: 0, Y: 0, W: 600, H: 200}, "t", []Series{{Label: "a", Values: []float64{1, 5, 3}, Color: assets.Orange}})
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
