package board

import (
	"math"
	"testing"

	"ttx/ui/kit"
)

func near(a, b kit.Point) bool { return math.Abs(a.X-b.X) < 1e-9 && math.Abs(a.Y-b.Y) < 1e-9 }

func TestCameraRoundTrip(t *testing.T) {
	c := NewCamera(kit.Rect{X: 100, Y: 50, W: 800, H: 600})
	c.X, c.Y, c.Zoom = 30, -20, 1.7
	for _, p := range []kit.Point{{X: 0, Y: 0}, {X: 123.5, Y: -7}, {X: -400, Y: 900}} {
		if got := c.ToWorld(c.ToScreen(p)); !near(got, p) {
			t.Errorf("ToWorld(ToScreen(%v)) = %v", p, got)
		}
	}
	if got, want := c.ToScreen(kit.Point{X: 30, Y: -20}), (kit.Point{X: 500, Y: 350}); !near(got, want) {
		t.Errorf("camera centre maps to %v, want viewport centre %v", got, want)
	}
}

func TestCameraPanFollowsPointer(t *testing.T) {
	c := NewCamera(kit.Rect{X: 0, Y: 0, W: 800, H: 600})
	c.Zoom = 2
	w := kit.Point{X: 10, Y: 10}
	before := c.ToScreen(w)
	c.Pan(40, -30)
	after := c.ToScreen(w)
	if !near(kit.Point{X: after.X - before.X, Y: after.Y - before.Y}, kit.Point{X: 40, Y: -30}) {
		t.Errorf("after Pan(40,-30) a world point moved from %v to %v", before, after)
	}
}

func TestCameraZoomKeepsPointFixed(t *testing.T) {
	c := NewCamera(kit.Rect{X: 0, Y: 0, W: 800, H: 600})
	at := kit.Point{X: 620, Y: 110}
	w := c.ToWorld(at)
	c.ZoomAt(at, 1.5)
	if c.Zoom != 1.5 {
		t.Errorf("Zoom = %v, want 1.5", c.Zoom)
	}
	if got := c.ToScreen(w); !near(got, at) {
		t.Errorf("point under cursor moved to %v, want %v", got, at)
	}
	c.ZoomAt(at, 100)
	if c.Zoom != c.MaxZoom {
		t.Errorf("Zoom = %v, want clamped to %v", c.Zoom, c.MaxZoom)
	}
	if got := c.ToScreen(w); !near(got, at) {
		t.Errorf("after clamped zoom point moved to %v, want %v", got, at)
	}
	c.ZoomAt(at, 1e-6)
	if c.Zoom != c.MinZoom {
		t.Errorf("Zoom = %v, want clamped to %v", c.Zoom, c.MinZoom)
	}
	z := c.Zoom
	c.ZoomAt(at, 0)
	c.ZoomAt(at, math.NaN())
	if c.Zoom != z {
		t.Errorf("bad factors changed zoom to %v", c.Zoom)
	}
}

func TestCameraFit(t *testing.T) {
	c := NewCamera(kit.Rect{X: 0, Y: 0, W: 800, H: 600})
	r := kit.Rect{X: -100, Y: 0, W: 1000, H: 250}
	c.Fit(r, 50)
	if c.Zoom != 0.7 {
		t.Errorf("Zoom = %v, want 0.7 (700/1000)", c.Zoom)
	}
	tl, br := c.ToScreen(kit.Point{X: r.X, Y: r.Y}), c.ToScreen(kit.Point{X: r.X + r.W, Y: r.Y + r.H})
	if !near(tl, kit.Point{X: 50, Y: 212.5}) || !near(br, kit.Point{X: 750, Y: 387.5}) {
		t.Errorf("fitted corners at %v and %v", tl, br)
	}
	got := c.RectToScreen(r)
	if !near(kit.Point{X: got.X, Y: got.Y}, tl) || math.Abs(got.W-700) > 1e-9 {
		t.Errorf("RectToScreen = %v", got)
	}
}

func TestRectEdge(t *testing.T) {
	r := kit.Rect{X: 0, Y: 0, W: 100, H: 50}
	tests := []struct{ to, want kit.Point }{
		{kit.Point{X: 200, Y: 25}, kit.Point{X: 100, Y: 25}},
		{kit.Point{X: 50, Y: -100}, kit.Point{X: 50, Y: 0}},
		{kit.Point{X: 60, Y: 30}, kit.Point{X: 60, Y: 30}},
		{kit.Point{X: 50, Y: 25}, kit.Point{X: 50, Y: 25}},
	}
	for _, tt := range tests {
		if got := r.Edge(tt.to); !near(got, tt.want) {
			t.Errorf("Edge(%v) = %v, want %v", tt.to, got, tt.want)
		}
	}
}

// TestEmptyViewKeepsCamera: a frame that gives the board an empty area (a screen rebuilt, not yet
// laid out) leaves the camera as it was, the user's pan and zoom included, so the board is drawn
// where it was instead of not at all.
func TestEmptyViewKeepsCamera(t *testing.T) {
	b := whiteCellBoard(t, 900, 700)
	b.Update(&kit.Input{}, kit.Rect{W: 900, H: 700}, 1)
	b.Update(&kit.Input{Cursor: kit.Point{X: 450, Y: 350}, WheelY: 1}, kit.Rect{W: 900, H: 700}, 1) // the user zooms
	before := *b.Camera()
	b.Update(&kit.Input{}, kit.Rect{}, 1)
	if got := *b.Camera(); got != before {
		t.Errorf("an empty area moved the camera from %+v to %+v", before, got)
	}
	b.Update(&kit.Input{}, kit.Rect{W: 900, H: 700}, 1)
	if got := *b.Camera(); got != before {
		t.Errorf("the area back, the camera is %+v, want %+v as the user left it", got, before)
	}
}
