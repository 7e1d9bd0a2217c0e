package board

import (
	"image/color"
	"math"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"ttx/assets"
	"ttx/ui/kit"
)

// Draw draws the board into its camera's view on dst with th's faces: the
// groups' frames, the lines between nodes (faint, and bright over them for
// the node under the cursor and the actor chosen, all under the groups'
// titles and the nodes, whose names they would otherwise cross), the
// titles, the nodes with their key tracks as bars, the animations, the
// legend and the tooltip.
func (b *Board) Draw(dst *ebiten.Image, th *kit.Theme) {
	v := b.cam.View
	b.minText = 0
	sub := dst.SubImage(v.Image()).(*ebiten.Image)
	vector.FillRect(sub, float32(v.X), float32(v.Y), float32(v.W), float32(v.H), assets.Background, false)
	z := b.cam.Zoom
	for _, f := range b.layout.Frames {
		gr := b.frameGroup(f)
		r := b.cam.RectToScreen(f.Rect)
		vector.FillRect(sub, float32(r.X), float32(r.Y), float32(r.W), float32(r.H), assets.WithAlpha(assets.Panel, 150), false)
		vector.StrokeRect(sub, float32(r.X), float32(r.Y), float32(r.W), float32(r.H), float32(max(1, z)), assets.WithAlpha(gr.Color, 160), false)
		vector.FillRect(sub, float32(r.X), float32(r.Y), float32(r.W), float32(3*z), gr.Color, false)
	}
	hot := func(e Edge) bool {
		for _, id := range []string{b.hover, b.chosen} {
			if id != "" && (e.From == id || e.To == id) {
				return true
			}
		}
		return false
	}
	for _, e := range b.model.Edges {
		if !hot(e) {
			b.drawEdge(sub, e, false)
		}
	}
	// The bright lines go over the faint ones but under the boxes: a line across another
	// actor's box would run through its name.
	for _, e := range b.model.Edges {
		if hot(e) {
			b.drawEdge(sub, e, true)
		}
	}
	// The titles go over the lines, which would run through them, on a strip of the frame's
	// own colour.
	for _, f := range b.layout.Frames {
		b.drawTitle(sub, th, f)
	}
	for _, id := range b.ids {
		b.drawNode(sub, th, b.model.Nodes[b.byID[id]], b.cam.RectToScreen(b.place[id]))
	}
	b.drawAnimations(sub, th)
	b.drawLegend(sub, th)
	if b.hover != "" {
		n := b.model.Nodes[b.byID[b.hover]]
		r, _ := b.NodeOnScreen(n.ID)
		b.drawTooltip(sub, th, append([]string{n.Label}, n.Details...), r, n.Color)
	}
	if g := b.hoverFold; g >= 0 {
		for _, f := range b.layout.Frames {
			if f.Group == g && f.Folded {
				b.drawTooltip(sub, th, b.FoldedTip(g), b.cam.RectToScreen(f.Rect), b.model.Groups[g].Color)
			}
		}
	}
}

// frameGroup returns the group frame f is drawn for.
func (b *Board) frameGroup(f GroupFrame) Group {
	if f.Group < len(b.model.Groups) {
		return b.model.Groups[f.Group]
	}
	return Group{Title: "", Color: assets.Border}
}

// drawTitle draws frame f's title strip: the group's title, the track its bars show and, for
// a folded group, its line, over a strip that hides the lines crossing it.
func (b *Board) drawTitle(dst *ebiten.Image, th *kit.Theme, f GroupFrame) {
	gr, r, z := b.frameGroup(f), b.cam.RectToScreen(f.Rect), b.cam.Zoom
	bottom := r.Y + (4+boardLabelLine)*z
	if gr.Track != "" {
		bottom += boardTinyLine * z
	}
	if f.Folded {
		bottom += boardTinyLine * z
	}
	in := float32(max(1, z)) // inside the frame's border
	x, y, w, h := float32(r.X)+in, float32(r.Y+3*z), float32(r.W)-2*in, float32(math.Min(bottom, r.Y+r.H)-r.Y-3*z)-in
	if w > 0 && h > 0 {
		// The frame's fill as it looks over the background, opaque.
		vector.FillRect(dst, x, y, w, h, assets.Background, false)
		vector.FillRect(dst, x, y, w, h, assets.WithAlpha(assets.Panel, 150), false)
	}
	tw := r.W/z - 2*layoutPad
	title := gr.Title
	if f.More {
		title = "… " + title
	}
	b.text(dst, th.Label, kit.SizeLabel, kit.Ellipsis(title, b.measure(kit.SizeLabel, true), tw), gr.Color, r.X+layoutPad*z, r.Y+4*z, z)
	ty := r.Y + (4+boardLabelLine)*z
	if gr.Track != "" {
		bars := kit.Ellipsis("bars: "+gr.Track, b.measure(kit.SizeTiny, false), tw)
		b.text(dst, th.Tiny, kit.SizeTiny, bars, assets.TextDim, r.X+layoutPad*z, ty, z)
		ty += boardTinyLine * z
	}
	if f.Folded {
		line := kit.Ellipsis(b.FoldedLine(f.Group), b.measure(kit.SizeTiny, false), tw)
		b.text(dst, th.Tiny, kit.SizeTiny, line, assets.SkyBlue, r.X+layoutPad*z, ty, z)
	}
}

// drawEdge draws e: ownership solid, sponsorship dashed, the paths value
// moves along as orange arrows; faint unless hot.
func (b *Board) drawEdge(dst *ebiten.Image, e Edge, hot bool) {
	fr, ok1 := b.place[e.From]
	tr, ok2 := b.place[e.To]
	if !ok1 || !ok2 {
		return
	}
	z := b.cam.Zoom
	a := b.cam.ToScreen(fr.Edge(tr.Center()))
	c := b.cam.ToScreen(tr.Edge(fr.Center()))
	col := edgeColor(e.Kind)
	w := float32(max(1, 1.2*z))
	switch {
	case hot:
		w *= 2
		if e.Kind != EdgeLink {
			col = assets.Text
		}
	case e.Kind == EdgeLink:
		col = assets.WithAlpha(col, 170)
	default:
		col = assets.WithAlpha(col, 70)
	}
	if e.Kind == EdgeSponsor {
		dashed(dst, a, c, w, col, 6*z)
	} else {
		vector.StrokeLine(dst, float32(a.X), float32(a.Y), float32(c.X), float32(c.Y), w, col, false)
	}
	if e.Kind == EdgeLink {
		arrowHead(dst, a, c, 8*z, col)
	}
}

func edgeColor(kind int) color.RGBA {
	switch kind {
	case EdgeSponsor:
		return assets.TextDim
	case EdgeLink:
		return assets.Orange
	}
	return assets.Border
}

func (b *Board) drawNode(dst *ebiten.Image, th *kit.Theme, n Node, r kit.Rect) {
	if !r.Overlaps(b.cam.View, 0) {
		return
	}
	z := b.cam.Zoom
	x, y, w, h := float32(r.X), float32(r.Y), float32(r.W), float32(r.H)
	fill := assets.Panel
	if n.ID == b.hover || n.ID == b.chosen {
		fill = assets.PanelHi
	}
	bw := float32(max(1, 1.5*z))
	left, _, top := nodeInsets(n)
	if n.Class == ClassActor {
		vector.FillRect(dst, x, y, w, h, fill, false)
		vector.FillRect(dst, x, y, w, float32(4*z), n.Color, false)
		vector.StrokeRect(dst, x, y, w, h, bw, n.Color, false)
	} else {
		rr := float32(8 * z)
		roundRect(dst, x, y, w, h, rr, fill)
		sc := assets.StatusColor(n.Status)
		vector.FillRect(dst, x, y+rr/2, float32(6*z), h-rr, sc, false)
		vector.StrokeRect(dst, x, y, w, h, bw, n.Color, false)
		if n.Owners > 1 {
			// Shared infrastructure: a second outline and the number of owners.
			g := float32(3 * z)
			vector.StrokeRect(dst, x-g, y-g, w+2*g, h+2*g, bw, assets.Yellow, false)
		}
		glyph := assets.StatusGlyph(n.Status)
		if n.Owners > 1 {
			glyph = "↔" + strconv.Itoa(n.Owners)
		}
		gw, _ := text.Measure(glyph, b.measure(kit.SizeTiny, false), 0)
		col := sc
		if n.Owners > 1 {
			col = assets.Yellow
		}
		b.text(dst, th.Tiny, kit.SizeTiny, glyph, col, r.X+r.W-(gw+4)*z, r.Y+4*z, z)
	}
	if b.marked[n.ID] {
		g := float32(5 * z)
		vector.StrokeRect(dst, x-g, y-g, w+2*g, h+2*g, float32(max(2, 2.5*z)), assets.SkyBlue, false)
	}
	ty := r.Y + top*z
	for _, l := range b.lines[n.ID] {
		b.text(dst, th.Small, kit.SizeLabel, l, assets.Text, r.X+left*z, ty, z)
		ty += boardLabelLine * z
	}
	if n.Class == ClassAsset && n.Sub != "" {
		sub := kit.Ellipsis(n.Sub, b.measure(kit.SizeTiny, false), r.W/z-left-6)
		b.text(dst, th.Tiny, kit.SizeTiny, sub, assets.TextDim, r.X+left*z, ty, z)
		ty += boardTinyLine * z
	}
	if n.Labelled {
		rows := float64(len(n.Gauges))
		for i, g := range n.Gauges {
			y := r.Y + r.H - (rows-float64(i))*gaugeRowH*z
			b.drawGaugeRow(dst, th, g, r, y, z)
		}
		return
	}
	for _, g := range n.Gauges {
		// The track is named in the group's title; its value sits right of
		// the name, its bar along the bottom of the box.
		b.drawGauge(dst, th, g, r, z)
	}
}

// drawGaugeRow draws g as a row of the node box r starting at screen y:
// its label and value on a tiny line, its bar under them.
func (b *Board) drawGaugeRow(dst *ebiten.Image, th *kit.Theme, g Gauge, r kit.Rect, y, z float64) {
	val := strconv.FormatInt(g.Value, 10)
	vw, _ := text.Measure(val, b.measure(kit.SizeTiny, false), 0)
	label := kit.Ellipsis(g.Label, b.measure(kit.SizeTiny, false), r.W/z-14-vw-6)
	b.text(dst, th.Tiny, kit.SizeTiny, label, assets.TextDim, r.X+8*z, y, z)
	b.text(dst, th.Tiny, kit.SizeTiny, val, assets.SkyBlue, r.X+r.W-(vw+6)*z, y, z)
	b.gaugeBar(dst, g, r.X+8*z, y+boardTinyLine*z, r.W-14*z, 2*z, z)
}

// drawGauge draws g on the node box r (screen pixels) at zoom z: its value
// at the top right and a bar along the bottom, filled from the track's
// minimum (or from zero when the track can be negative).
func (b *Board) drawGauge(dst *ebiten.Image, th *kit.Theme, g Gauge, r kit.Rect, z float64) {
	val := strconv.FormatInt(g.Value, 10)
	vw, _ := text.Measure(val, b.measure(kit.SizeTiny, false), 0)
	b.text(dst, th.Tiny, kit.SizeTiny, val, assets.SkyBlue, r.X+r.W-(vw+6)*z, r.Y+6*z, z)
	b.gaugeBar(dst, g, r.X+8*z, r.Y+r.H-(gaugeBarH+1)*z, r.W-14*z, 4*z, z)
}

// gaugeBar draws g's bar in the screen rectangle (bx, by, bw, bh), filled
// from the track's minimum (or from zero when the track can be negative).
func (b *Board) gaugeBar(dst *ebiten.Image, g Gauge, bx, by, bw, bh, z float64) {
	vector.FillRect(dst, float32(bx), float32(by), float32(bw), float32(bh), assets.Background, false)
	if span := float64(g.Max - g.Min); span > 0 {
		from := 0.0
		if g.Min < 0 && g.Max > 0 {
			from = float64(-g.Min) / span
		}
		to := kit.Clamp(float64(g.Value-g.Min)/span, 0, 1)
		lo, hi := min(from, to), max(from, to)
		vector.FillRect(dst, float32(bx+bw*lo), float32(by), float32(max(bw*(hi-lo), z)), float32(bh), assets.SkyBlue, false)
	}
}

// measure returns a face at size (in device-independent pixels) for
// measuring text in world units.
func (b *Board) measure(size float64, bold bool) text.Face {
	switch {
	case bold:
		return boldLabelFace
	case size == kit.SizeTiny:
		return tinyFace
	}
	return measureFace
}

var boldLabelFace = assets.Face(assets.Bold, kit.SizeLabel)

// text draws s at screen point (x, y), scaling the theme's face (made for
// th.Scale, size device-independent pixels) to the camera's zoom, and
// keeps the size of the smallest text drawn.
func (b *Board) text(dst *ebiten.Image, face text.Face, size float64, s string, c color.Color, x, y, z float64) {
	if s == "" || z < 0.25*b.scale() {
		return
	}
	k := z / b.scale()
	if px := size * k; b.minText == 0 || px < b.minText {
		b.minText = px
	}
	op := &text.DrawOptions{}
	op.GeoM.Scale(k, k)
	op.GeoM.Translate(x, y)
	op.ColorScale.ScaleWithColor(c)
	op.Filter = ebiten.FilterLinear
	text.Draw(dst, s, face, op)
}

func (b *Board) drawAnimations(dst *ebiten.Image, th *kit.Theme) {
	z := b.cam.Zoom
	live := b.pulses[:0]
	for _, p := range b.pulses {
		age := b.frame - p.start
		if age >= pulseFrames {
			continue
		}
		live = append(live, p)
		r, ok := b.place[p.id]
		if !ok {
			continue
		}
		s := b.cam.RectToScreen(r)
		g := float32(6*z + float64(age)*0.4*z)
		a := uint8(255 * (1 - float64(age)/pulseFrames))
		vector.StrokeRect(dst, float32(s.X)-g, float32(s.Y)-g, float32(s.W)+2*g, float32(s.H)+2*g,
			float32(3*z), assets.WithAlpha(p.c, a), true)
	}
	b.pulses = live
	liveT := b.tokens[:0]
	for _, t := range b.tokens {
		age := b.frame - t.start
		if age >= tokenFrames {
			continue
		}
		liveT = append(liveT, t)
		fr, ok1 := b.place[t.from]
		tr, ok2 := b.place[t.to]
		if !ok1 || !ok2 {
			continue
		}
		f := float64(age) / tokenFrames
		f = f * f * (3 - 2*f)
		a, c := fr.Center(), tr.Center()
		p := b.cam.ToScreen(kit.Point{X: a.X + (c.X-a.X)*f, Y: a.Y + (c.Y-a.Y)*f})
		vector.FillCircle(dst, float32(p.X), float32(p.Y), float32(9*z), t.c, false)
		vector.StrokeCircle(dst, float32(p.X), float32(p.Y), float32(9*z), float32(2*z), assets.Text, false)
		b.text(dst, th.Mono, kit.SizeSmall, t.label, assets.Text, p.X+12*z, p.Y-8*z, z)
	}
	b.tokens = liveT
}

// drawTooltip draws lines (the first bright, the others dim) in a box
// beside the screen rectangle r, framed in colour c, inside the view.
func (b *Board) drawTooltip(dst *ebiten.Image, th *kit.Theme, lines []string, r kit.Rect, c color.RGBA) {
	s := b.scale()
	lh := 18 * s
	w := 0.0
	for _, l := range lines {
		lw, _ := text.Measure(l, th.Small, 0)
		w = max(w, lw)
	}
	w += 20 * s
	h := float64(len(lines))*lh + 12*s
	x, y := r.X+r.W+10*s, r.Y
	v := b.cam.View
	if x+w > v.X+v.W {
		x = r.X - w - 10*s
	}
	if x < v.X {
		x = v.X + 4*s
	}
	if y+h > v.Y+v.H {
		y = v.Y + v.H - h - 4*s
	}
	vector.FillRect(dst, float32(x), float32(y), float32(w), float32(h), assets.WithAlpha(assets.Black, 235), false)
	vector.StrokeRect(dst, float32(x), float32(y), float32(w), float32(h), float32(s), c, false)
	for i, l := range lines {
		col := assets.TextDim
		if i == 0 {
			col = assets.Text
		}
		op := &text.DrawOptions{}
		op.GeoM.Translate(x+10*s, y+6*s+float64(i)*lh)
		op.ColorScale.ScaleWithColor(col)
		text.Draw(dst, l, th.Small, op)
	}
}

func dashed(dst *ebiten.Image, a, b kit.Point, w float32, c color.Color, dash float64) {
	l := math.Hypot(b.X-a.X, b.Y-a.Y)
	if l == 0 || dash <= 0 {
		return
	}
	ux, uy := (b.X-a.X)/l, (b.Y-a.Y)/l
	for s := 0.0; s < l; s += 2 * dash {
		e := math.Min(s+dash, l)
		vector.StrokeLine(dst, float32(a.X+ux*s), float32(a.Y+uy*s), float32(a.X+ux*e), float32(a.Y+uy*e), w, c, false)
	}
}

func arrowHead(dst *ebiten.Image, a, b kit.Point, size float64, c color.Color) {
	l := math.Hypot(b.X-a.X, b.Y-a.Y)
	if l == 0 {
		return
	}
	ux, uy := (b.X-a.X)/l, (b.Y-a.Y)/l
	w := float32(max(1, size/4))
	for _, s := range []float64{1, -1} {
		x, y := b.X-ux*size-s*uy*size/2, b.Y-uy*size+s*ux*size/2
		vector.StrokeLine(dst, float32(b.X), float32(b.Y), float32(x), float32(y), w, c, false)
	}
}

// roundRect fills a rectangle with rounded corners from two rectangles and
// four circles (paths would be far slower on software renderers).
func roundRect(dst *ebiten.Image, x, y, w, h, r float32, c color.Color) {
	r = min(r, w/2, h/2)
	vector.FillRect(dst, x+r, y, w-2*r, h, c, false)
	vector.FillRect(dst, x, y+r, w, h-2*r, c, false)
	for _, p := range [][2]float32{{x + r, y + r}, {x + w - r, y + r}, {x + r, y + h - r}, {x + w - r, y + h - r}} {
		vector.FillCircle(dst, p[0], p[1], r, c, false)
	}
}
