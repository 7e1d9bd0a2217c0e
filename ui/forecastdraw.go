package ui

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"ttx/assets"
	"ttx/sim"
	"ttx/sim/batch"
	"ttx/ui/board"
	"ttx/ui/kit"
)

// Sizes of the forecast's bars, in device-independent pixels.
const (
	forecastRowH  = 22  // one outcome
	forecastLabel = 150 // an outcome's name, at least
	forecastMinW  = 60  // a bar, at least
	forecastText  = 120 // an outcome's figures
)

// forecastGrid is how a forecast panel lays out its rows: in how many
// columns, and how wide each row's label is (device pixels), wide enough
// for every label the forecast may show when the panel has room (a side's
// lead names the side: "ahead: Washington, Seoul, Tokyo and the firms").
type forecastGrid struct {
	cols  int
	label float64
}

// forecastFit returns the grid of n rows in a panel w device pixels wide
// whose widest label is labelW device pixels. With whole set, as many
// columns as hold the labels whole beside a bar and the figures; else as
// many as hold labels of forecastLabel, each label then taking what its
// column leaves (up to labelW). At least one column either way.
func forecastFit(w float64, n int, labelW, scale float64, whole bool) forecastGrid {
	rest := forecastRest(scale)
	lw := forecastLabel * scale
	if whole {
		lw = max(labelW, lw)
	}
	g := forecastGrid{cols: max(1, min(n, int(w/(lw+rest))))}
	// The label takes what the bar and the figures leave of its column, up to the widest.
	g.label = min(max(labelW, lw), w/float64(g.cols)-rest)
	g.label = max(g.label, min(forecastLabel*scale, w/3))
	return g
}

// forecastRest is the width of a row beside its label: the bar at its narrowest, the
// figures and the gap to the next column.
func forecastRest(scale float64) float64 { return (forecastMinW + forecastText + 12) * scale }

// forecastLabelW returns the width in face of the widest label a forecast
// of sc by side sd may show: its outcomes' names, the sides' leads, a draw
// and an unfinished rollout, and, when the scenario keeps no score, the
// tracks the side sees that can move. The same for the whole forecast, so
// that its layout stays put as outcomes come in.
func forecastLabelW(sc *sim.Scenario, sd int, face text.Face) float64 {
	labels := []string{outcomeLabel(sc, "draw"), outcomeLabel(sc, batch.Unfinished)}
	for _, o := range sc.Outcomes {
		labels = append(labels, outcomeLabel(sc, o.ID))
	}
	if sc.Scored() {
		for _, d := range sc.Sides {
			labels = append(labels, outcomeLabel(sc, d.ID))
		}
	} else {
		for a := range sc.Actors {
			for t := range sc.Tracks {
				if seesTrack(sc, sd, a, t) && sc.Tracks[t].Min < sc.Tracks[t].Max {
					labels = append(labels, trackLabel(sc, a, t))
				}
			}
		}
	}
	w := 0.0
	for _, l := range labels {
		lw, _ := text.Measure(l, face, 0)
		w = max(w, lw)
	}
	return w
}

// forecastGridOf returns the grid of sc's forecast by side sd in a panel w
// device pixels wide, with th's faces. The white cell's forecast has a
// screen of its own, and names every outcome whole; a team's shares its
// column with the board, so it keeps to the fewest rows, its labels taking
// what their columns leave (the whole name shows on hover).
func forecastGridOf(sc *sim.Scenario, sd int, th *kit.Theme, w float64) forecastGrid {
	return forecastFit(w, forecastRowCount(sc, sd), forecastLabelW(sc, sd, th.Small)+6*th.Scale, th.Scale, sd == sim.Facilitator)
}

// rows places n outcome rows in r below a status line, filled top to
// bottom, then left to right.
func (g forecastGrid) rows(r kit.Rect, n int, scale float64) []kit.Rect {
	if n == 0 {
		return nil
	}
	top := r.Y + forecastRowH*scale
	cols := max(1, min(n, g.cols))
	rows := (n + cols - 1) / cols
	cw := r.W / float64(cols)
	out := make([]kit.Rect, n)
	for i := range out {
		c, k := i/rows, i%rows
		out[i] = kit.Rect{X: r.X + float64(c)*cw, Y: top + float64(k)*forecastRowH*scale, W: cw - 12*scale, H: forecastRowH * scale}
	}
	return out
}

// within returns g with as many more columns (and labels as much shorter)
// as n rows need to fit in r's height: a panel laid out taller than it
// turned out shows every row, its labels cut, rather than leave rows out.
func (g forecastGrid) within(r kit.Rect, n int, s float64) forecastGrid {
	for g.cols < n && g.height(n, s) > r.H+1 {
		g.cols++
		g.label = max(min(g.label, r.W/float64(g.cols)-forecastRest(s)), 20*s)
	}
	return g
}

// height is the height the panel needs for n rows.
func (g forecastGrid) height(n int, scale float64) float64 {
	rows := (n + max(1, g.cols) - 1) / max(1, g.cols)
	return float64(1+rows)*forecastRowH*scale + 4*scale
}

// bar returns where the bar of an outcome's row goes: after its name,
// before its figures.
func (g forecastGrid) bar(row kit.Rect, s float64) (x, y, w, h float64) {
	tw := forecastText * s
	return row.X + g.label, row.Y + 4*s, max(20*s, row.W-g.label-tw), row.H - 8*s
}

// barColor is the colour of an outcome's bar: its side's for a side's
// score lead, else the accent.
func barColor(sc *sim.Scenario, b OutcomeBar) color.RGBA {
	if b.Side >= 0 {
		return board.SideColor(sc, b.Side)
	}
	return assets.Accent
}

// DrawForecast draws figures of side sd's forecast (sim.Facilitator: the
// white cell's) in r: a status line, then one row per
// outcome with its name, a bar as long as its share (in the side's colour
// for a side's score lead), the 95% interval as a whisker across the bar,
// and the figures as text; then, for a scenario that keeps no score, one
// row per track that moved, its bar across the track's range filled to the
// mean, with the 10th to 90th percentiles as the whisker. With the cursor
// over a row, the status line says what it means.
func DrawForecast(dst *ebiten.Image, th *kit.Theme, r kit.Rect, sc *sim.Scenario, sd int, title string, f Figures, cursor kit.Point) {
	s := th.Scale
	n := len(f.Bars) + len(f.Tracks)
	g := forecastGridOf(sc, sd, th, r.W).within(r, n, s)
	rows := g.rows(r, n, s)
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
		drawText(dst, th.Small, kit.Ellipsis(lbl, th.Small, g.label-6*s), assets.Text, row.X, row.Y+3*s)
		bx, by, bw, bh := g.bar(row, s)
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
