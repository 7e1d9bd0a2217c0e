package ui

import (
	"image/color"
	"sort"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"ttx/assets"
)

// BoardNode is one actor or asset as the board shows it.
type BoardNode struct {
	ID      string
	Label   string
	Sub     string // a second line: kind, key tracks or value
	Class   NodeClass
	Kind    string
	Color   color.RGBA    // the controlling side's colour (NPC grey)
	Status  assets.Status // assets only; "" for actors
	Owners  int           // assets: more than one is shared infrastructure
	Details []string      // shown on hover
}

// Edge kinds of the board.
const (
	EdgeOwner   = iota // actor owns asset
	EdgeSponsor        // state sponsors group
	EdgeLink           // value can move from one asset to another
)

// BoardEdge is a line between two nodes.
type BoardEdge struct {
	From, To string
	Kind     int
}

// BoardModel is everything the board draws; the screens build it from a
// sim view.
type BoardModel struct {
	Nodes []BoardNode
	Edges []BoardEdge
}

// Board draws a BoardModel as a graph with a pan-and-zoom camera, tells
// what is under the cursor and plays simple animations (a pulse on a node,
// a token moving along an edge).
type Board struct {
	model  BoardModel
	byID   map[string]int
	place  Placement
	ids    []string // draw order
	cam    Camera
	fitted bool
	hover  string
	marked map[string]bool // nodes outlined as choosable (the targets of a move)
	drag   bool
	moved  float64
	last   Point

	pulses []pulse
	tokens []token
	frame  int
	sc     float64
	// userMoved is set once the user pans or zooms: from then on a
	// resized window keeps the user's view instead of fitting the board.
	userMoved bool
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

var measureFace = assets.Face(assets.Regular, 14)

// NewBoard returns an empty board.
func NewBoard() *Board {
	return &Board{cam: NewCamera(Rect{0, 0, 800, 600}), byID: map[string]int{}}
}

// SetModel shows m. Nodes that were on the board keep their place.
func (b *Board) SetModel(m BoardModel) {
	b.model = m
	b.byID = make(map[string]int, len(m.Nodes))
	g := Graph{Edges: make([]GraphEdge, 0, len(m.Edges))}
	for i, n := range m.Nodes {
		b.byID[n.ID] = i
		w, _ := text.Measure(n.Label, measureFace, 0)
		w2, _ := text.Measure(n.Sub, measureFace, 0)
		g.Nodes = append(g.Nodes, GraphNode{ID: n.ID, Class: n.Class, Kind: n.Kind,
			W: max(w, w2, 60) + 48, H: 46})
	}
	for _, e := range m.Edges {
		g.Edges = append(g.Edges, GraphEdge{e.From, e.To})
	}
	b.place = LayoutGraph(g, b.place)
	b.ids = b.ids[:0]
	for id := range b.place {
		b.ids = append(b.ids, id)
	}
	sort.Strings(b.ids)
}

// Model returns the model on show.
func (b *Board) Model() BoardModel { return b.model }

// Placement returns where each node is, in world units.
func (b *Board) Placement() Placement { return b.place }

// Camera returns the board's camera.
func (b *Board) Camera() *Camera { return &b.cam }

// Hover returns the id of the node under the cursor, if any.
func (b *Board) Hover() string { return b.hover }

// NodeOnScreen returns where node id is drawn on the screen.
func (b *Board) NodeOnScreen(id string) (Rect, bool) {
	r, ok := b.place[id]
	if !ok {
		return Rect{}, false
	}
	return b.cam.RectToScreen(r), true
}

// Fit zooms the camera to show the whole board.
func (b *Board) Fit() {
	b.cam.Fit(b.place.Bounds(), 24*b.scale())
	b.fitted = true
}

func (b *Board) scale() float64 { return max(b.sc, 1) }

// Update moves the camera and hover from this frame's input inside view
// (screen pixels, at HiDPI scale) and returns the node clicked, if any.
// Drag with any button pans; the wheel and + and - zoom; 0 fits.
func (b *Board) Update(in *Input, view Rect, scale float64) (clicked string) {
	b.frame++
	b.sc = scale
	if b.cam.View != view || b.cam.MaxZoom != 4*scale {
		b.cam.View = view
		b.cam.MinZoom, b.cam.MaxZoom = 0.2*scale, 4*scale
		b.fitted = false
	}
	if !b.fitted && !b.userMoved {
		b.Fit()
	}
	inside := view.Contains(in.Cursor)
	world := b.cam.ToWorld(in.Cursor)
	b.hover = ""
	if inside {
		b.hover, _ = HitNode(b.place, b.ids, world)
	}
	pressed := in.JustPressed[MouseLeft] || in.JustPressed[MouseRight] || in.JustPressed[MouseMiddle]
	held := in.Down[MouseLeft] || in.Down[MouseRight] || in.Down[MouseMiddle]
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
		if in.JustReleased[MouseLeft] && b.moved < 4*scale && inside {
			clicked = b.hover
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
