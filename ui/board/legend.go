package board

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"ttx/assets"
	"ttx/ui/kit"
)

// legendItem is one entry of the board's legend: a swatch and its words.
type legendItem struct {
	kind  int // legendSide (a swatch), legendLine, legendShared or legendStatus
	arg   int // the edge kind of a line
	color color.RGBA
	text  string
}

const (
	legendSide = iota
	legendLine
	legendShared
	legendStatus // an asset's status: its glyph in its colour
)

// Legend geometry, in device-independent pixels.
const (
	legendSwatch = 18
	legendRow    = 17
	legendGap    = 10
)

// legend lists what the board's colours and lines mean: the groups'
// colours (the sides, no team), the three kinds of line, shared
// infrastructure and the statuses of assets.
func (b *Board) legend() []legendItem {
	var out []legendItem
	seen := map[string]bool{}
	used := map[int]bool{}
	for _, n := range b.model.Nodes {
		used[n.Group] = true
	}
	// The sides' colours (their actors' frames, and the borders of the
	// assets they own alone), then no team's.
	npc := false
	for i, g := range b.model.Groups {
		if !used[i] || g.Title == groupInfrastructure || g.Title == groupMoney || seen[g.Title] {
			continue
		}
		if g.Color == assets.NPC {
			npc = true
			continue
		}
		seen[g.Title] = true
		out = append(out, legendItem{kind: legendSide, color: g.Color, text: g.Title})
	}
	if npc {
		out = append(out, legendItem{kind: legendSide, color: assets.NPC, text: "no team"})
	}
	// The lines, shared infrastructure and every status, on show or not:
	// the legend keeps its height for the whole game.
	for _, k := range []struct {
		kind int
		text string
	}{{EdgeOwner, "owns"}, {EdgeSponsor, "sponsors"}, {EdgeLink, "value can move"}} {
		out = append(out, legendItem{kind: legendLine, arg: k.kind, color: edgeColor(k.kind), text: k.text})
	}
	out = append(out, legendItem{kind: legendShared, color: assets.Yellow, text: "↔N shared by N"})
	for _, st := range assets.Statuses {
		if st != assets.Vetoed { // resolutions', not assets'
			out = append(out, legendItem{kind: legendStatus, color: assets.StatusColor(st), text: string(st)})
		}
	}
	return out
}

// legendRows places the legend's items in rows w device-independent pixels
// wide: each item's x offset and row.
func legendRows(items []legendItem, w float64) (xs []float64, rows []int) {
	x, row := 0.0, 0
	for _, it := range items {
		tw, _ := text.Measure(it.text, tinyFace, 0)
		iw := legendSwatch + 4 + tw
		if it.kind == legendStatus {
			iw = 14 + tw
		}
		if x > 0 && x+iw > w {
			x, row = 0, row+1
		}
		xs, rows = append(xs, x), append(rows, row)
		x += iw + legendGap
	}
	return xs, rows
}

// Legend returns the texts of the legend's entries, in their order.
func (b *Board) Legend() []string {
	var out []string
	for _, it := range b.legend() {
		out = append(out, it.text)
	}
	return out
}

// legendHeight is the height of the legend in a board w device-independent
// pixels wide.
func (b *Board) legendHeight(w float64) float64 {
	items := b.legend()
	if len(items) == 0 {
		return 0
	}
	_, rows := legendRows(items, w-2*boardMargin)
	return float64(rows[len(rows)-1]+1)*legendRow + 8
}

// drawLegend draws the legend along the bottom of the view, in screen
// space: it does not pan or zoom.
func (b *Board) drawLegend(dst *ebiten.Image, th *kit.Theme) {
	s := b.scale()
	v := b.cam.View
	items := b.legend()
	if len(items) == 0 {
		return
	}
	h := b.legendHeight(v.W/s) * s
	y0 := v.Y + v.H - h
	vector.FillRect(dst, float32(v.X), float32(y0), float32(v.W), float32(h), assets.Background, false)
	vector.StrokeLine(dst, float32(v.X), float32(y0), float32(v.X+v.W), float32(y0), 1, assets.Border, false)
	xs, rows := legendRows(items, v.W/s-2*boardMargin)
	for i, it := range items {
		x := v.X + (boardMargin+xs[i])*s
		y := y0 + (5+float64(rows[i])*legendRow)*s
		cy := float32(y + 8*s)
		switch it.kind {
		case legendSide:
			vector.FillRect(dst, float32(x), cy-5*float32(s), float32(legendSwatch*s), 10*float32(s), it.color, false)
		case legendShared:
			vector.StrokeRect(dst, float32(x+2*s), cy-6*float32(s), float32((legendSwatch-4)*s), 12*float32(s), float32(s), it.color, false)
		case legendStatus:
			b.text(dst, th.Tiny, kit.SizeTiny, assets.StatusGlyph(assets.Status(it.text)), it.color, x, y, s)
			b.text(dst, th.Tiny, kit.SizeTiny, it.text, assets.TextDim, x+14*s, y, s)
			continue
		case legendLine:
			a, c := kit.Point{X: x, Y: float64(cy)}, kit.Point{X: x + legendSwatch*s, Y: float64(cy)}
			w := float32(max(1, 1.5*s))
			switch it.arg {
			case EdgeSponsor:
				dashed(dst, a, c, w, it.color, 4*s)
			default:
				vector.StrokeLine(dst, float32(a.X), float32(a.Y), float32(c.X), float32(c.Y), w, it.color, false)
			}
			if it.arg == EdgeLink {
				arrowHead(dst, a, c, 7*s, it.color)
			}
		}
		b.text(dst, th.Tiny, kit.SizeTiny, it.text, assets.TextDim, x+(legendSwatch+4)*s, y, s)
	}
}
