package ui

import (
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"ttx/assets"
	"ttx/ui/board"
	"ttx/ui/kit"
)

// Rows of GaugesImage, in device-independent pixels.
const gaugeRow = 20

// GaugesImage draws gs one under another as labelled bars, w
// device-independent pixels wide at th's scale: the label on the left, a
// bar filled from the track's minimum (or from zero when it can be
// negative) and the value on the right. It returns nil for no gauges.
func GaugesImage(th *kit.Theme, gs []board.Gauge, w float64) *ebiten.Image {
	if len(gs) == 0 {
		return nil
	}
	s := th.Scale
	img := ebiten.NewImage(th.Px(w), th.Px(float64(len(gs))*gaugeRow))
	labelW := w * 0.55
	for i, g := range gs {
		y := float64(i) * gaugeRow * s
		drawText(img, th.Small, kit.Ellipsis(g.Label, th.Small, (labelW-8)*s), assets.TextDim, 8*s, y+2*s)
		val := strconv.FormatInt(g.Value, 10)
		bx, bw := labelW*s, (w-labelW-44)*s
		by, bh := y+6*s, 8*s
		vector.FillRect(img, float32(bx), float32(by), float32(bw), float32(bh), assets.Background, false)
		if span := float64(g.Max - g.Min); span > 0 {
			from := 0.0
			if g.Min < 0 && g.Max > 0 {
				from = float64(-g.Min) / span
			}
			to := kit.Clamp(float64(g.Value-g.Min)/span, 0, 1)
			lo, hi := min(from, to), max(from, to)
			vector.FillRect(img, float32(bx+bw*lo), float32(by), float32(max(bw*(hi-lo), s)), float32(bh), assets.SkyBlue, false)
		}
		vector.StrokeRect(img, float32(bx), float32(by), float32(bw), float32(bh), float32(s), assets.Border, false)
		drawText(img, th.Small, val, assets.Text, bx+bw+8*s, y+2*s)
	}
	return img
}
