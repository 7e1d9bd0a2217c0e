package board

import (
	"math"

	"ttx/ui/kit"
)

// NodeClass separates the two families of board nodes.
type NodeClass int

// Node classes.
const (
	ClassActor NodeClass = iota
	ClassAsset
)

// Placement is where each node goes, by id, in world units.
type Placement map[string]kit.Rect

// Spacing of the board's layout, in world units (device-independent pixels
// at zoom 1).
const (
	layoutGap     = 4   // between the boxes of a column
	layoutLaneGap = 8   // between columns
	layoutPad     = 4   // inside a group's frame
	layoutTitle   = 19  // a group's title strip
	layoutMinCell = 110 // the narrowest box
	layoutMaxCell = 240 // the widest box
	layoutStep    = 4   // box widths tried between the two
)

// LayoutGroup is one region of the board to lay out: its nodes in order.
type LayoutGroup struct {
	IDs []string
	// Title is the height of its title strip (layoutTitle when 0).
	Title float64
	// Folded, when over 0, is the height of the line a folded group shows
	// under its title in place of its nodes; IDs is then empty.
	Folded float64
}

func (g LayoutGroup) title() float64 {
	if g.Title > 0 {
		return g.Title
	}
	return layoutTitle
}

// GroupFrame is one part of a group's frame: a group that runs past the
// bottom of a column goes on at the top of the next, in a frame of its own.
type GroupFrame struct {
	Group int
	Rect  kit.Rect
	More  bool // the group went on from the column before
	// Folded is set for a folded group's frame: its title and a line in
	// place of its nodes.
	Folded bool
}

// Layout is where the board puts each group and node, in world units.
type Layout struct {
	Nodes  Placement
	Frames []GroupFrame
	Cell   float64  // the boxes' width
	ColH   float64  // the columns' height
	Size   kit.Rect // the rectangle holding everything
}

// zoom is the zoom at which a layout fills w×h: under 1 it must shrink
// to fit, over 1 its text is drawn larger than at zoom 1.
func (l Layout) zoom(w, h float64) float64 {
	if l.Size.W <= 0 || l.Size.H <= 0 {
		return 1
	}
	return math.Min(w/l.Size.W, h/l.Size.H)
}

// LayoutGroups lays groups out to fill a w×h area like a newspaper's
// columns: the groups, in order, run down columns of boxes of one width, a
// group going on at the top of the next column when it reaches the bottom
// of one. Of the box widths it tries, it keeps the one whose columns fill
// the area at the largest zoom (the largest text), then the widest.
// height gives a box's height for a width. The result depends only on its
// arguments, and no two boxes overlap.
func LayoutGroups(groups []LayoutGroup, height func(id string, w float64) float64, w, h float64) Layout {
	var best Layout
	bestZoom := -1.0
	for cell := float64(layoutMinCell); cell <= layoutMaxCell; cell += layoutStep {
		hs := heights(groups, height, cell)
		cols := max(1, int((w+layoutLaneGap)/(cell+2*layoutPad+layoutLaneGap)))
		// The shortest columns that hold everything in cols columns.
		lo, hi := 0.0, 0.0
		for g, gh := range hs {
			if f := groups[g].Folded; f > 0 {
				lo = math.Max(lo, groups[g].title()+2*layoutPad+f)
				hi += groups[g].title() + 2*layoutPad + f + layoutGap
			}
			for _, v := range gh {
				lo = math.Max(lo, groups[g].title()+2*layoutPad+v)
				hi += groups[g].title() + 2*layoutPad + v + layoutGap
			}
		}
		for i := 0; i < 30 && hi-lo > 0.5; i++ {
			mid := (lo + hi) / 2
			if _, n := flow(groups, hs, cell, mid); n <= cols {
				hi = mid
			} else {
				lo = mid
			}
		}
		l, _ := flow(groups, hs, cell, hi)
		if z := l.zoom(w, h); z > bestZoom+1e-9 {
			best, bestZoom = l, z
		}
	}
	// Columns as tall as the area allows at that zoom leave room at their
	// feet for boxes added later (RelayoutGroups), at the same zoom.
	if bestZoom > 0 && h/bestZoom > best.ColH {
		if l, _ := flow(groups, heights(groups, height, best.Cell), best.Cell, h/bestZoom); l.zoom(w, h) >= bestZoom-1e-9 {
			best = l
		}
	}
	return best
}

// RelayoutGroups lays groups out as LayoutGroups does, but keeps prev's box
// width and column height while that still fits at zoom 1 (or as well as a
// fresh layout would): then a box added pushes on only the boxes after it,
// and the board stays still between turns.
func RelayoutGroups(prev Layout, groups []LayoutGroup, height func(id string, w float64) float64, w, h float64) Layout {
	fresh := LayoutGroups(groups, height, w, h)
	if prev.Cell == 0 {
		return fresh
	}
	kept, _ := flow(groups, heights(groups, height, prev.Cell), prev.Cell, prev.ColH)
	if k, f := kept.zoom(w, h), fresh.zoom(w, h); k >= math.Min(1, f) {
		return kept
	}
	return fresh
}

func heights(groups []LayoutGroup, height func(string, float64) float64, cell float64) [][]float64 {
	hs := make([][]float64, len(groups))
	for g, gr := range groups {
		for _, id := range gr.IDs {
			hs[g] = append(hs[g], height(id, cell))
		}
	}
	return hs
}

// flow runs the groups down columns colH high of boxes cell wide and
// returns the layout and the number of columns used.
func flow(groups []LayoutGroup, hs [][]float64, cell, colH float64) (Layout, int) {
	out := Layout{Nodes: Placement{}, Cell: cell, ColH: colH}
	pitch := cell + 2*layoutPad + layoutLaneGap
	col, y := 0, 0.0
	used := false // the column holds something
	for g, gr := range groups {
		if gr.Folded > 0 {
			// A folded group: its title and its line, in one frame.
			fh := gr.title() + gr.Folded + 2*layoutPad
			if used && y+fh > colH {
				col, y = col+1, 0
			}
			out.Frames = append(out.Frames, GroupFrame{Group: g, Rect: kit.Rect{X: float64(col) * pitch, Y: y, W: cell + 2*layoutPad, H: fh}, Folded: true})
			y += fh + layoutLaneGap
			used = true
			continue
		}
		if len(gr.IDs) == 0 {
			continue
		}
		var frame *GroupFrame
		for i, id := range gr.IDs {
			need := hs[g][i] + layoutGap
			if frame == nil {
				need += gr.title() + layoutPad
			}
			if used && y+need+layoutPad-layoutGap > colH {
				col, y, frame = col+1, 0, nil
			}
			if frame == nil {
				out.Frames = append(out.Frames, GroupFrame{Group: g, Rect: kit.Rect{X: float64(col) * pitch, Y: y, W: cell + 2*layoutPad, H: 0}, More: i > 0})
				frame = &out.Frames[len(out.Frames)-1]
				y += gr.title() + layoutPad
			}
			out.Nodes[id] = kit.Rect{X: frame.Rect.X + layoutPad, Y: y, W: cell, H: hs[g][i]}
			y += hs[g][i] + layoutGap
			frame.Rect.H = y - layoutGap + layoutPad - frame.Rect.Y
			used = true
		}
		y = frame.Rect.Y + frame.Rect.H + layoutLaneGap
	}
	for _, f := range out.Frames {
		out.Size = out.Size.Union(f.Rect)
	}
	return out, col + 1
}

// Bounds returns the rectangle holding every placed node.
func (p Placement) Bounds() kit.Rect {
	var b kit.Rect
	for _, r := range p {
		b = b.Union(r)
	}
	return b
}
