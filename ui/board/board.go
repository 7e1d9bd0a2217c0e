package board

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/assets"
	"ttx/ui/kit"
)

// Node is one actor or asset as the board shows it.
type Node struct {
	ID      string
	Label   string
	Sub     string // a second line: kind, key tracks or value
	Class   NodeClass
	Kind    string
	Color   color.RGBA    // the controlling side's colour (NPC grey)
	Status  assets.Status // assets only; "" for actors
	Owners  int           // assets: more than one is shared infrastructure
	Details []string      // shown on hover
	Group   int           // the region of the board it sits in (Model.Groups)
	Gauges  []Gauge       // key tracks, drawn as small labelled bars
	// Labelled is set when the gauges are the kind's board tracks: each is
	// drawn on a row of its own with its label, not named by the group.
	Labelled bool
}

// Gauge is a track drawn as a small labelled bar.
type Gauge struct {
	Label    string
	Value    int64
	Min, Max int64
}

// Group is a region of the board: a side's actors, a body's members,
// the actors of no team, the infrastructure, the money trail.
type Group struct {
	Title string
	Color color.RGBA
	Track string // the key track its actors' bars show, named in its title
	// Fold, when over 0, is the group's turn to fold when the board does
	// not fit its view with its text at full size: 1 folds first. The
	// sides' groups never fold (0).
	Fold int
}

// Edge kinds of the board.
const (
	EdgeOwner   = iota // actor owns asset
	EdgeSponsor        // state sponsors group
	EdgeLink           // value can move from one asset to another
)

// Edge is a line between two nodes.
type Edge struct {
	From, To string
	Kind     int
}

// Model is everything the board draws; the screens build it from a
// sim view.
type Model struct {
	Groups []Group
	Nodes  []Node
	Edges  []Edge
}

// Board draws a Model as a graph with a pan-and-zoom camera, tells
// what is under the cursor and plays simple animations (a pulse on a node,
// a token moving along an edge).
type Board struct {
	model  Model
	byID   map[string]int
	place  Placement
	layout Layout
	lines  map[string][]string // each node's label, wrapped to its box
	laidW  float64             // the width and height laid out for, in world units
	laidH  float64
	ids    []string // draw order
	chosen string   // the actor chosen in the panel: its lines are drawn on top
	cam    Camera
	fitted bool
	hover  string
	// hoverFold is the folded group under the cursor, -1 for none: its
	// tooltip names what it holds.
	hoverFold int
	marked    map[string]bool // nodes outlined as choosable (the targets of a move)
	drag      bool
	moved     float64
	last      kit.Point

	pulses []pulse
	tokens []token
	frame  int
	sc     float64
	// userMoved is set once the user pans or zooms: from then on a
	// resized window keeps the user's view instead of fitting the board.
	userMoved bool
	// minText is the size of the smallest text drawn in the last frame,
	// in device-independent pixels on the screen; 0 before any.
	minText float64
	// folded holds the groups folded to fit the view: each is drawn as its
	// title and a line, its nodes hidden until a click opens it.
	folded map[int]bool
	// opened is the group the user opened by a click on its folded frame
	// (-1 none): it stays open, the others folding in its place.
	opened int
}

type pulse struct {
	id    string
	start int
	c     color.RGBA
}

type token struct {
	from, to string
	start    int
	label    string
	c        color.RGBA
}

// Animation lengths in frames.
const (
	pulseFrames = 45
	tokenFrames = 50
)

// Heights of the board's lines of text, in device-independent pixels at zoom
// 1: the nodes' names and the group titles (kit.SizeLabel), and the bars,
// second lines and legend (kit.SizeTiny).
const (
	boardLabelLine = 16
	boardTinyLine  = 14
)

var (
	measureFace = assets.Face(assets.Regular, kit.SizeLabel)
	tinyFace    = assets.Face(assets.Regular, kit.SizeTiny)
)

// New returns an empty board.
func New() *Board {
	return &Board{cam: NewCamera(kit.Rect{X: 0, Y: 0, W: 800, H: 600}), byID: map[string]int{}, opened: -1, hoverFold: -1}
}

// SetModel shows m, laid out for the board's view.
func (b *Board) SetModel(m Model) {
	b.model = m
	b.byID = make(map[string]int, len(m.Nodes))
	for i, n := range m.Nodes {
		b.byID[n.ID] = i
	}
	b.relayout()
}

// layoutArea is the part of the view the groups are laid out in (the
// legend takes the bottom), in world units at zoom 1.
func (b *Board) layoutArea() (w, h float64) {
	s := b.scale()
	m := 2.0 * boardMargin
	return b.cam.View.W/s - m, b.cam.View.H/s - m - b.legendHeight(b.cam.View.W/s)
}

// boardMargin is the room left around the board when it is fitted.
const boardMargin = 8

// relayout lays the model out for the view's size. When the board does
// not fit the view at zoom 1 (its text at full size), the groups that may
// fold fold in their turn (Group.Fold), but for the one the user opened,
// until it fits or none is left.
func (b *Board) relayout() {
	w, h := b.layoutArea()
	b.laidW, b.laidH = w, h
	// A box's height, kept for each width tried: the layouts tried with
	// groups folded try the same widths again.
	type box struct {
		id string
		w  float64
	}
	heights := map[box]float64{}
	height := func(id string, cw float64) float64 {
		k := box{id, cw}
		h, ok := heights[k]
		if !ok {
			h = nodeHeight(b.model.Nodes[b.byID[id]], cw)
			heights[k] = h
		}
		return h
	}
	prev := b.layout
	folded := map[int]bool{}
	b.layout = RelayoutGroups(prev, b.layoutGroups(folded), height, w, h)
	for _, g := range b.foldOrder() {
		if b.layout.zoom(w, h) >= 1-1e-9 {
			break
		}
		folded[g] = true
		b.layout = RelayoutGroups(prev, b.layoutGroups(folded), height, w, h)
	}
	b.folded = folded
	b.place = b.layout.Nodes
	b.lines = make(map[string][]string, len(b.place))
	for id, r := range b.place {
		b.lines[id] = labelLines(b.model.Nodes[b.byID[id]], r.W)
	}
	b.ids = b.ids[:0]
	for _, n := range b.model.Nodes {
		if _, ok := b.place[n.ID]; ok {
			b.ids = append(b.ids, n.ID)
		}
	}
	b.fitted = false
}

// layoutGroups returns the model's groups to lay out: each group's nodes
// in order, a taller title strip for a group whose second line names its
// bars, and a line in place of the nodes of a folded group.
func (b *Board) layoutGroups(folded map[int]bool) []LayoutGroup {
	groups := make([]LayoutGroup, len(b.model.Groups))
	for g, gr := range b.model.Groups {
		if gr.Track != "" {
			groups[g].Title = layoutTitle + boardTinyLine // a second line names the bars
		}
	}
	for _, n := range b.model.Nodes {
		g := max(n.Group, 0) // a model without groups is one group
		for g >= len(groups) {
			groups = append(groups, LayoutGroup{})
		}
		if folded[g] {
			groups[g].Folded = foldedLine
			continue
		}
		groups[g].IDs = append(groups[g].IDs, n.ID)
	}
	return groups
}

// Insets of a node's text, in world units: an actor with a key track
// keeps room on the right of its name for the track's value.
func nodeInsets(n Node) (left, right, top float64) {
	if n.Class == ClassActor {
		if len(n.Gauges) > 0 && !n.Labelled {
			return 8, 6 + gaugeValueW, 5
		}
		return 8, 6, 5
	}
	return 14, 20, 5
}

// Room for a key track's value beside a name, and the height of its bar
// along the bottom of the box, in world units.
const (
	gaugeValueW = 26
	gaugeBarH   = 7
	// gaugeRowH is the height of a labelled gauge's row: its label and
	// value on a tiny line, its bar under them.
	gaugeRowH = boardTinyLine + 2
)

// labelLines is n's name wrapped to a box w wide: two lines at most, the
// second cut with an ellipsis when the name is longer (hover shows it all).
func labelLines(n Node, w float64) []string {
	l, r, _ := nodeInsets(n)
	tw := w - l - r
	lines := kit.Wrap(n.Label, measureFace, tw)
	if len(lines) > 2 {
		lines = []string{lines[0], lines[1] + " " + lines[2]}
	}
	for i := range lines {
		lines[i] = kit.Ellipsis(lines[i], measureFace, tw)
	}
	return lines
}

// nodeHeight is the height of n's box when it is w wide.
func nodeHeight(n Node, w float64) float64 {
	_, _, top := nodeInsets(n)
	h := top + float64(len(labelLines(n, w)))*boardLabelLine + 3
	if n.Sub != "" && n.Class == ClassAsset {
		h += boardTinyLine
	}
	switch {
	case n.Labelled:
		h += float64(len(n.Gauges)) * gaugeRowH
	case len(n.Gauges) > 0:
		h += gaugeBarH
	}
	return h
}

// MinTextSize returns the size of the smallest text drawn in the last
// frame, in device-independent pixels on the screen (0 before a frame).
func (b *Board) MinTextSize() float64 { return b.minText }

// Lines returns node id's name as drawn, wrapped to its box.
func (b *Board) Lines(id string) []string { return b.lines[id] }

// Frames returns the frames of the groups, in world units.
func (b *Board) Frames() []GroupFrame { return b.layout.Frames }

// Choose marks actor id as the one chosen in the panel ("" none): its
// lines to its assets and groups are drawn on top.
func (b *Board) Choose(id string) { b.chosen = id }

// Model returns the model on show.
func (b *Board) Model() Model { return b.model }

// Layout returns the board's layout: the boxes, the groups' frames, the
// boxes' width and the columns' height.
func (b *Board) Layout() Layout { return b.layout }

// Node returns the node with id and whether the board has it.
func (b *Board) Node(id string) (Node, bool) {
	i, ok := b.byID[id]
	if !ok {
		return Node{}, false
	}
	return b.model.Nodes[i], true
}

// Placement returns where each node is, in world units.
func (b *Board) Placement() Placement { return b.place }

// Camera returns the board's camera.
func (b *Board) Camera() *Camera { return &b.cam }

// Hover returns the id of the node under the cursor, if any.
func (b *Board) Hover() string { return b.hover }

// NodeOnScreen returns where node id is drawn on the screen.
func (b *Board) NodeOnScreen(id string) (kit.Rect, bool) {
	r, ok := b.place[id]
	if !ok {
		return kit.Rect{}, false
	}
	return b.cam.RectToScreen(r), true
}

// Area returns the part of the view that the groups are drawn in, in
// screen pixels: the view less the legend along its bottom.
func (b *Board) Area() kit.Rect {
	v := b.cam.View
	s := b.scale()
	v.H -= b.legendHeight(v.W/s) * s
	return v
}

// TextRoom returns the width that the box of node id leaves for its label,
// in world units, and whether the board has the node.
func (b *Board) TextRoom(id string) (float64, bool) {
	n, ok := b.Node(id)
	box, placed := b.place[id]
	if !ok || !placed {
		return 0, false
	}
	l, r, _ := nodeInsets(n)
	return box.W - l - r, true
}

// Fit zooms the camera to show the whole board above the legend.
func (b *Board) Fit() {
	v := b.cam.View
	lh := b.legendHeight(v.W / b.scale())
	c := b.cam
	c.View.H -= lh * b.scale()
	c.Fit(b.layout.Size, boardMargin*b.scale())
	b.cam.X, b.cam.Y, b.cam.Zoom = c.X, c.Y+lh/2/c.Zoom, c.Zoom
	b.fitted = true
}

func (b *Board) scale() float64 { return max(b.sc, 1) }

// Update moves the camera and hover from this frame's input inside view
// (screen pixels, at HiDPI scale) and returns the node clicked, if any.
// Drag with any button pans; the wheel and + and - zoom; 0 fits. An empty
// view keeps the last one: a screen's widgets are laid out only as they are
// drawn, so the frame a screen is rebuilt in gives an empty area, and the
// board would otherwise draw nothing for that frame (and refit after it).
func (b *Board) Update(in *kit.Input, view kit.Rect, scale float64) (clicked string) {
	b.frame++
	b.sc = scale
	if view.W <= 0 || view.H <= 0 {
		view = b.cam.View
	}
	if b.cam.View != view || b.cam.MaxZoom != 4*scale {
		b.cam.View = view
		b.cam.MinZoom, b.cam.MaxZoom = 0.2*scale, 4*scale
		b.fitted = false
		if w, h := b.layoutArea(); w != b.laidW || h != b.laidH {
			b.layout = Layout{} // a new size: lay out afresh
			b.relayout()
		}
	}
	if !b.fitted && !b.userMoved {
		b.Fit()
	}
	inside := view.Contains(in.Cursor)
	world := b.cam.ToWorld(in.Cursor)
	b.hover, b.hoverFold = "", -1
	if inside {
		b.hover, _ = HitNode(b.place, b.ids, world)
		if g, ok := b.foldedAt(world); ok && b.hover == "" {
			b.hoverFold = g
		}
	}
	pressed := in.JustPressed[kit.MouseLeft] || in.JustPressed[kit.MouseRight] || in.JustPressed[kit.MouseMiddle]
	held := in.Down[kit.MouseLeft] || in.Down[kit.MouseRight] || in.Down[kit.MouseMiddle]
	switch {
	case pressed && inside:
		b.drag, b.moved, b.last = true, 0, in.Cursor
	case b.drag && held:
		dx, dy := in.Cursor.X-b.last.X, in.Cursor.Y-b.last.Y
		b.cam.Pan(dx, dy)
		b.moved += abs(dx) + abs(dy)
		b.userMoved = b.userMoved || b.moved >= 4*scale
		b.last = in.Cursor
	case b.drag:
		b.drag = false
		if in.JustReleased[kit.MouseLeft] && b.moved < 4*scale && inside {
			clicked = b.hover
			if g := b.hoverFold; g >= 0 {
				b.Open(g)
				b.hoverFold = -1
			}
		}
	}
	if inside && in.WheelY != 0 {
		f := 1.0 + 0.12*in.WheelY
		if in.WheelY < 0 {
			f = 1 / (1 - 0.12*in.WheelY)
		}
		b.cam.ZoomAt(in.Cursor, f)
		b.userMoved = true
	}
	centre := view.Center()
	switch {
	case in.KeyPressed(ebiten.KeyEqual) || in.KeyPressed(ebiten.KeyKPAdd):
		b.cam.ZoomAt(centre, 1.25)
		b.userMoved = true
	case in.KeyPressed(ebiten.KeyMinus) || in.KeyPressed(ebiten.KeyKPSubtract):
		b.cam.ZoomAt(centre, 0.8)
		b.userMoved = true
	case in.KeyPressed(ebiten.Key0) || in.KeyPressed(ebiten.KeyHome):
		b.userMoved = false
		b.Fit()
	}
	step := 40 * scale
	for _, k := range panKeys {
		if in.KeyPressed(k.key) && !in.Ctrl() {
			b.cam.Pan(k.dx*step, k.dy*step)
			b.userMoved = true
		}
	}
	return clicked
}

// Mark outlines the nodes in ids (none when empty), e.g. the targets a
// chosen move may take.
func (b *Board) Mark(ids []string) {
	b.marked = map[string]bool{}
	for _, id := range ids {
		b.marked[id] = true
	}
}

// Marked reports whether node id is outlined.
func (b *Board) Marked(id string) bool { return b.marked[id] }

// Pulse flashes node id in colour c.
func (b *Board) Pulse(id string, c color.RGBA) {
	b.pulses = append(b.pulses, pulse{id, b.frame, c})
}

// Send moves a token labelled label from node from to node to.
func (b *Board) Send(from, to, label string, c color.RGBA) {
	b.tokens = append(b.tokens, token{from, to, b.frame, label, c})
}

// Animating reports whether an animation is still playing.
func (b *Board) Animating() bool {
	for _, p := range b.pulses {
		if b.frame-p.start < pulseFrames {
			return true
		}
	}
	for _, t := range b.tokens {
		if b.frame-t.start < tokenFrames {
			return true
		}
	}
	return false
}

var panKeys = []struct {
	key    ebiten.Key
	dx, dy float64
}{
	{ebiten.KeyArrowLeft, 1, 0}, {ebiten.KeyArrowRight, -1, 0},
	{ebiten.KeyArrowUp, 0, 1}, {ebiten.KeyArrowDown, 0, -1},
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
