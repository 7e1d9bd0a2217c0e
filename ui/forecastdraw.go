package ui

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"ttx/assets"
	"ttx/sim"
	"ttx/ui/board"
	"ttx/ui/kit"
)

// Sizes of the forecast's bars, in device-independent pixels.
const (
	forecastRowH  = 22  // one outcome
	forecastColW  = 340 // the narrowest column of outcomes
	forecastLabel = 150 // the outcome's name
	forecastText  = 120 // its figures
)

// forecastRows places n outcome rows in r below a status line: in as many
// columns as fit, filled top to bottom, then left to right.
func forecastRows(r kit.Rect, n int, scale float64) []kit.Rect {
	if n == 0 {
		return nil
	}
	top := r.Y + forecastRowH*scale
	cols := max(1, min(n, int(r.W/(forecastColW*scale))))
	rows := (n + cols - 1) / cols
	cw := r.W / float64(cols)
	out := make([]kit.Rect, n)
	for i := range out {
		c, k := i/rows, i%rows
		out[i] = kit.Rect{X: r.X + float64(c)*cw, Y: top + float64(k)*forecastRowH*scale, W: cw - 12*scale, H: forecastRowH * scale}
	}
	return out
}

// forecastHeight is the height the panel needs for n outcomes in width w.
func forecastHeight(n int, w, scale float64) float64 {
	rs := forecastRows(kit.Rect{X: 0, Y: 0, W: w, H: 0}, n, scale)
	h := forecastRowH * scale
	for _, r := range rs {
		h = max(h, r.Y+r.H)
	}
	return h + 4*scale
}

// forecastBar returns where the bar of an outcome's row goes: after its
// name, before its figures.
func forecastBar(row kit.Rect, s float64) (x, y, w, h float64) {
	lw, tw := forecastLabel*s, forecastText*s
	return row.X + lw, row.Y + 4*s, max(20*s, row.W-lw-tw), row.H - 8*s
}

// barColor is the colour of an outcome's bar: its side's for a side's
// score lead, else the accent.
func barColor(sc *sim.Scenario, b OutcomeBar) color.RGBA {
	if b.Side >= 0 {
		return board.SideColor(sc, b.Side)
	}
	return assets.Accent
}

// DrawForecast draws figures in r: a status line, then one row per
// outcome with its name, a bar as long as its share (in the side's colour
// for a side's score lead), the 95% interval as a whisker across the bar,
// and the figures as text; then, for a scenario that keeps no score, one
// row per track that moved, its bar across the track's range filled to the
// mean, with the 10th to 90th percentiles as the whisker. With the cursor
// over a row, the status line says what it means.
func DrawForecast(dst *ebiten.Image, th *kit.Theme, r kit.Rect, sc *sim.Scenario, title string, f Figures, cursor kit.Point) {
	s := th.Scale
	rows := forecastRows(r, len(f.Bars)+len(f.Tracks), s)
	status, c := title+" · "+f.Status(), assets.TextDim
	for i, row := range rows {
		if row.Contains(cursor) {
			status, c = forecastAbout(sc, f, i), assets.Text
		}
	}
	drawText(dst, th.Small, kit.Ellipsis(status, th.Small, r.W), c, r.X, r.Y+2*s)
	for i, row := range rows {
		if row.Y+row.H > r.Y+r.H+1 {
			break
		}
		lbl, share, lo, hi, txt, col := forecastRow(sc, f, i)
		lw := forecastLabel * s
		drawText(dst, th.Small, kit.Ellipsis(lbl, th.Small, lw-6*s), assets.Text, row.X, row.Y+3*s)
		bx, by, bw, bh := forecastBar(row, s)
		vector.FillRect(dst, float32(bx), float32(by), float32(bw), float32(bh), assets.Panel, false)
		vector.FillRect(dst, float32(bx), float32(by), float32(bw*share), float32(bh), col, false)
		if f.Games > 0 {
			mid := float32(by + bh/2)
			lo, hi := float32(bx+bw*lo), float32(bx+bw*hi)
			lw := float32(max(1, 1.5*s))
			vector.StrokeLine(dst, lo, mid, hi, mid, lw, assets.Text, false)
			vector.StrokeLine(dst, lo, float32(by+1), lo, float32(by+bh-1), lw, assets.Text, false)
			vector.StrokeLine(dst, hi, float32(by+1), hi, float32(by+bh-1), lw, assets.Text, false)
			w, _ := text.Measure(txt, th.Small, 0)
			drawText(dst, th.Small, txt, assets.TextDim, row.X+row.W-w, row.Y+3*s)
		}
	}
}

// forecastRow returns what row i of the figures draws: its label, the bar's fill and whisker as
// shares of its width, its figures as text and the fill's colour.
func forecastRow(sc *sim.Scenario, f Figures, i int) (label string, fill, lo, hi float64, txt string, c color.RGBA) {
	if i < len(f.Bars) {
		b := f.Bars[i]
		return b.Label, b.P, b.Lo, b.Hi, b.BarText(), barColor(sc, b)
	}
	t := f.Tracks[i-len(f.Bars)]
	span := float64(max(1, t.Max-t.Min))
	at := func(v float64) float64 { return min(1, max(0, (v-float64(t.Min))/span)) }
	return t.Label, at(t.Mean), at(t.Lo), at(t.Hi), t.Text(), assets.Accent
}

// forecastAbout says what row i of the figures means.
func forecastAbout(sc *sim.Scenario, f Figures, i int) string {
	if i < len(f.Bars) {
		return f.Bars[i].Label + ": " + outcomeText(sc, f.Bars[i].Outcome)
	}
	return f.Tracks[i-len(f.Bars)].About()
}

// ForecastTexts returns every text DrawForecast may draw for figures f (the status line, each
// row's label, figures and meaning), for tests of what a forecast says.
func ForecastTexts(sc *sim.Scenario, title string, f Figures) []string {
	out := []string{title + " · " + f.Status()}
	for i := range len(f.Bars) + len(f.Tracks) {
		lbl, _, _, _, txt, _ := forecastRow(sc, f, i)
		out = append(out, lbl, txt, forecastAbout(sc, f, i))
	}
	return out
}
