package board

import (
	"math"

	"ttx/ui/kit"
)

// Camera maps the board's world space to the screen: the world point at the
// middle of the viewport and a zoom factor (screen pixels per world unit).
type Camera struct {
	X, Y    float64 // world point shown at the centre of the viewport
	Zoom    float64
	View    kit.Rect // the viewport on the screen
	MinZoom float64
	MaxZoom float64
}

// NewCamera returns a camera at the world origin, zoom 1, over view.
func NewCamera(view kit.Rect) Camera {
	return Camera{Zoom: 1, View: view, MinZoom: 0.2, MaxZoom: 4}
}

// ToScreen maps a world point to the screen.
func (c Camera) ToScreen(p kit.Point) kit.Point {
	m := c.View.Center()
	return kit.Point{X: (p.X-c.X)*c.Zoom + m.X, Y: (p.Y-c.Y)*c.Zoom + m.Y}
}

// ToWorld maps a screen point to the world; it inverts ToScreen.
func (c Camera) ToWorld(p kit.Point) kit.Point {
	m := c.View.Center()
	return kit.Point{X: (p.X-m.X)/c.Zoom + c.X, Y: (p.Y-m.Y)/c.Zoom + c.Y}
}

// RectToScreen maps a world rectangle to the screen.
func (c Camera) RectToScreen(r kit.Rect) kit.Rect {
	p := c.ToScreen(kit.Point{X: r.X, Y: r.Y})
	return kit.Rect{X: p.X, Y: p.Y, W: r.W * c.Zoom, H: r.H * c.Zoom}
}

// Pan moves the view by a drag of (dx, dy) screen pixels: the world follows
// the pointer.
func (c *Camera) Pan(dx, dy float64) {
	c.X -= dx / c.Zoom
	c.Y -= dy / c.Zoom
}

// ZoomAt multiplies the zoom by factor, clamped to MinZoom..MaxZoom, keeping
// the world point under the screen point at fixed where it is.
func (c *Camera) ZoomAt(at kit.Point, factor float64) {
	if factor <= 0 || math.IsNaN(factor) || math.IsInf(factor, 0) {
		return
	}
	before := c.ToWorld(at)
	c.Zoom = kit.Clamp(c.Zoom*factor, c.MinZoom, c.MaxZoom)
	after := c.ToWorld(at)
	c.X += before.X - after.X
	c.Y += before.Y - after.Y
}

// Fit centres the world rectangle r in the viewport and zooms so that it
// fills it with margin screen pixels to spare on each side.
func (c *Camera) Fit(r kit.Rect, margin float64) {
	cp := r.Center()
	c.X, c.Y = cp.X, cp.Y
	w, h := c.View.W-2*margin, c.View.H-2*margin
	if r.W <= 0 || r.H <= 0 || w <= 0 || h <= 0 {
		return
	}
	c.Zoom = kit.Clamp(math.Min(w/r.W, h/r.H), c.MinZoom, c.MaxZoom)
}
