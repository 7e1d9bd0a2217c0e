package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"ttx/assets"
)

// Draw draws the board into its camera's view on dst with th's faces.
func (b *Board) Draw(dst *ebiten.Image, th *Theme) {
	v := b.cam.View
	sub := dst.SubImage(rectImage(v)).(*ebiten.Image)
	vector.FillRect(sub, float32(v.X), float32(v.Y), float32(v.W), float32(v.H), assets.Background, false)
	z := b.cam.Zoom
	lw := float32(max(1, 1.5*z))
	for _, e := range b.model.Edges {
		fr, ok1 := b.place[e.From]
		tr, ok2 := b.place[e.To]
		if !ok1 || !ok2 {
			continue
		}
		a := b.cam.ToScreen(fr.Edge(tr.Center()))
		c := b.cam.ToScreen(tr.Edge(fr.Center()))
		col := assets.Border
		switch e.Kind {
		case EdgeSponsor:
			col = assets.TextDim
		case EdgeLink:
			col = assets.Orange
		}
		hot := b.hover != "" && (e.From == b.hover || e.To == b.hover)
		w := lw
		if hot {
			col, w = assets.Text, lw*2
		}
		if e.Kind == EdgeSponsor {
			dashed(sub, a, c, w, col, 6*z)
		} else {
			vector.StrokeLine(sub, float32(a.X), float32(a.Y), float32(c.X), float32(c.Y), w, col, false)
		}
		if e.Kind == EdgeLink {
			arrowHead(sub, a, c, 8*z, col)
		}
	}
	for _, id := range b.ids {
		b.drawNode(sub, th, b.model.Nodes[b.byID[id]], b.cam.RectToScreen(b.place[id]))
	}
	b.drawAnimations(sub, th)
	if b.hover != "" {
		b.drawTooltip(sub, th, b.model.Nodes[b.byID[b.hover]])
	}
}

func (b *Board) drawNode(dst *ebiten.Image, th *Theme, n BoardNode, r Rect) {
	if !r.Overlaps(b.cam.View, 0) {
		return
	}
	z := b.cam.Zoom
	x, y, w, h := float32(r.X), float32(r.Y), float32(r.W), float32(r.H)
	fill := assets.Panel
	if n.ID == b.hover {
		fill = assets.PanelHi
	}
	bw := float32(max(1, 1.5*z))
	if n.Class == ClassActor {
		vector.FillRect(dst, x, y, w, h, fill, false)
		vector.FillRect(dst, x, y, w, float32(6*z), n.Color, false)
		vector.StrokeRect(dst, x, y, w, h, bw, n.Color, false)
	} else {
		rr := float32(10 * z)
		roundRect(dst, x, y, w, h, rr, fill)
		sc := assets.StatusColor(n.Status)
		vector.FillRect(dst, x, y+rr, float32(8*z), h-2*rr, sc, false)
		vector.StrokeRect(dst, x, y, w, h, bw, assets.Border, false)
		if n.Owners > 1 {
			// Shared infrastructure: a second outline and the number of owners.
			g := float32(4 * z)
			vector.StrokeRect(dst, x-g, y-g, w+2*g, h+2*g, bw, assets.Yellow, false)
			b.text(dst, th.Mono, "↔"+itoa(n.Owners), assets.Yellow, r.X+r.W-24*z, r.Y-16*z, z)
		}
		b.text(dst, th.Mono, assets.StatusGlyph(n.Status), sc, r.X+r.W-16*z, r.Y+4*z, z)
	}
	if b.marked[n.ID] {
		g := float32(7 * z)
		vector.StrokeRect(dst, x-g, y-g, w+2*g, h+2*g, float32(max(2, 2.5*z)), assets.SkyBlue, false)
	}
	b.text(dst, th.Body, n.Label, assets.Text, r.X+14*z, r.Y+7*z, z)
	if z >= 0.6*b.scale() { // smaller, the second line is unreadable: hover shows it
		b.text(dst, th.Small, n.Sub, assets.TextDim, r.X+14*z, r.Y+26*z, z)
	}
}

// text draws s at screen point (x, y), scaling the theme's face (made for
// th.Scale) to the camera's zoom.
func (b *Board) text(dst *ebiten.Image, face text.Face, s string, c color.Color, x, y, z float64) {
	if s == "" || z < 0.25*b.scale() {
		return
	}
	op := &text.DrawOptions{}
	k := z / b.scale()
	op.GeoM.Scale(k, k)
	op.GeoM.Translate(x, y)
	op.ColorScale.ScaleWithColor(c)
	op.Filter = ebiten.FilterLinear
	text.Draw(dst, s, face, op)
}

func (b *Board) drawAnimations(dst *ebiten.Image, th *Theme) {
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
		p := b.cam.ToScreen(Point{a.X + (c.X-a.X)*f, a.Y + (c.Y-a.Y)*f})
		vector.FillCircle(dst, float32(p.X), float32(p.Y), float32(9*z), t.c, false)
		vector.StrokeCircle(dst, float32(p.X), float32(p.Y), float32(9*z), float32(2*z), assets.Text, false)
		b.text(dst, th.Mono, t.label, assets.Text, p.X+12*z, p.Y-8*z, z)
	}
	b.tokens = liveT
}

func (b *Board) drawTooltip(dst *ebiten.Image, th *Theme, n BoardNode) {
	lines := append([]string{n.Label}, n.Details...)
	s := b.scale()
	lh := 18 * s
	w := 0.0
	for _, l := range lines {
		lw, _ := text.Measure(l, th.Small, 0)
		w = max(w, lw)
	}
	w += 20 * s
	h := float64(len(lines))*lh + 12*s
	r, _ := b.NodeOnScreen(n.ID)
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
	vector.StrokeRect(dst, float32(x), float32(y), float32(w), float32(h), float32(s), n.Color, false)
	for i, l := range lines {
		face, c := th.Small, assets.TextDim
		if i == 0 {
			c = assets.Text
		}
		op := &text.DrawOptions{}
		op.GeoM.Translate(x+10*s, y+6*s+float64(i)*lh)
		op.ColorScale.ScaleWithColor(c)
		text.Draw(dst, l, face, op)
	}
}

func dashed(dst *ebiten.Image, a, b Point, w float32, c color.Color, dash float64) {
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

func arrowHead(dst *ebiten.Image, a, b Point, size float64, c color.Color) {
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
