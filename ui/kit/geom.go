package kit

import (
	"image"
	"math"
)

// Point is a position in world or screen space.
type Point struct{ X, Y float64 }

// Rect is an axis-aligned rectangle: its top-left corner and its size.
type Rect struct{ X, Y, W, H float64 }

// Contains reports whether p lies inside r (edges included).
func (r Rect) Contains(p Point) bool {
	return p.X >= r.X && p.X <= r.X+r.W && p.Y >= r.Y && p.Y <= r.Y+r.H
}

// Overlaps reports whether r and o share any area once each is grown by gap
// on every side. Touching edges do not overlap when gap is 0.
func (r Rect) Overlaps(o Rect, gap float64) bool {
	return r.X-gap < o.X+o.W && o.X-gap < r.X+r.W && r.Y-gap < o.Y+o.H && o.Y-gap < r.Y+r.H
}

// Center returns the middle of r.
func (r Rect) Center() Point { return Point{r.X + r.W/2, r.Y + r.H/2} }

// Union returns the smallest rectangle holding r and o. A zero r is empty.
func (r Rect) Union(o Rect) Rect {
	if r == (Rect{}) {
		return o
	}
	x0, y0 := math.Min(r.X, o.X), math.Min(r.Y, o.Y)
	x1, y1 := math.Max(r.X+r.W, o.X+o.W), math.Max(r.Y+r.H, o.Y+o.H)
	return Rect{x0, y0, x1 - x0, y1 - y0}
}

// Edge returns the point where the segment from r's centre towards p leaves
// r, so a link drawn between two boxes starts and ends at their borders.
func (r Rect) Edge(p Point) Point {
	c := r.Center()
	dx, dy := p.X-c.X, p.Y-c.Y
	if dx == 0 && dy == 0 {
		return c
	}
	tx, ty := math.Inf(1), math.Inf(1)
	if dx != 0 {
		tx = (r.W / 2) / math.Abs(dx)
	}
	if dy != 0 {
		ty = (r.H / 2) / math.Abs(dy)
	}
	t := math.Min(math.Min(tx, ty), 1)
	return Point{c.X + dx*t, c.Y + dy*t}
}

// Image returns the smallest whole-pixel rectangle that holds r.
func (r Rect) Image() image.Rectangle {
	return image.Rect(int(math.Floor(r.X)), int(math.Floor(r.Y)), int(math.Ceil(r.X+r.W)), int(math.Ceil(r.Y+r.H)))
}

// RectOf returns r as a Rect.
func RectOf(r image.Rectangle) Rect {
	return Rect{float64(r.Min.X), float64(r.Min.Y), float64(r.Dx()), float64(r.Dy())}
}

// Clamp returns v held between lo and hi.
func Clamp(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
