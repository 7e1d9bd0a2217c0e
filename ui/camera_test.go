package ui

import (
	"math"
	"testing"
)

func near(a, b Point) bool { return math.Abs(a.X-b.X) < 1e-9 && math.Abs(a.Y-b.Y) < 1e-9 }

func TestCameraRoundTrip(t *testing.T) {
	c := NewCamera(Rect{100, 50, 800, 600})
	c.X, c.Y, c.Zoom = 30, -20, 1.7
	for _, p := range []Point{{0, 0}, {123.5, -7}, {-400, 900}} {
		if got := c.ToWorld(c.ToScreen(p)); !near(got, p) {
			t.Errorf("ToWorld(ToScreen(%v)) = %v", p, got)
		}
	}
	if got, want := c.ToScreen(Point{30, -20}), (Point{500, 350}); !near(got, want) {
		t.Errorf("camera centre maps to %v, want viewport centre %v", got, want)
	}
}

func TestCameraPanFollowsPointer(t *testing.T) {
	c := NewCamera(Rect{0, 0, 800, 600})
	c.Zoom = 2
	w := Point{10, 10}
	before := c.ToScreen(w)
	c.Pan(40, -30)
	after := c.ToScreen(w)
	if !near(Point{after.X - before.X, after.Y - before.Y}, Point{40, -30}) {
		t.Errorf("after Pan(40,-30) a world point moved from %v to %v", before, after)
	}
}

func TestCameraZoomKeepsPointFixed(t *testing.T) {
	c := NewCamera(Rect{0, 0, 800, 600})
	at := Point{620, 110}
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
	c := NewCamera(Rect{0, 0, 800, 600})
	r := Rect{-100, 0, 1000, 250}
	c.Fit(r, 50)
	if c.Zoom != 0.7 {
		t.Errorf("Zoom = %v, want 0.7 (700/1000)", c.Zoom)
	}
	tl, br := c.ToScreen(Point{r.X, r.Y}), c.ToScreen(Point{r.X + r.W, r.Y + r.H})
	if !near(tl, Point{50, 212.5}) || !near(br, Point{750, 387.5}) {
		t.Errorf("fitted corners at %v and %v", tl, br)
	}
	got := c.RectToScreen(r)
	if !near(Point{got.X, got.Y}, tl) || math.Abs(got.W-700) > 1e-9 {
		t.Errorf("RectToScreen = %v", got)
	}
}

func TestRectEdge(t *testing.T) {
	r := Rect{0, 0, 100, 50}
	tests := []struct{ to, want Point }{
		{Point{200, 25}, Point{100, 25}},
		{Point{50, -100}, Point{50, 0}},
		{Point{60, 30}, Point{60, 30}},
		{Point{50, 25}, Point{50, 25}},
	}
	for _, tt := range tests {
		if got := r.Edge(tt.to); !near(got, tt.want) {
			t.Errorf("Edge(%v) = %v, want %v", tt.to, got, tt.want)
		}
	}
}
