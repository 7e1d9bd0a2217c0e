package board

import (
	"math"

	"ttx/ui/kit"
)

// HitNode returns the id of the topmost rectangle holding p. Rectangles are
// drawn in the order of ids, so the last one drawn is the topmost.
func HitNode(rects map[string]kit.Rect, ids []string, p kit.Point) (string, bool) {
	for i := len(ids) - 1; i >= 0; i-- {
		if r, ok := rects[ids[i]]; ok && r.Contains(p) {
			return ids[i], true
		}
	}
	return "", false
}

// SegmentDistance returns the distance from p to the segment a–b.
func SegmentDistance(p, a, b kit.Point) float64 {
	dx, dy := b.X-a.X, b.Y-a.Y
	l2 := dx*dx + dy*dy
	t := 0.0
	if l2 > 0 {
		t = kit.Clamp(((p.X-a.X)*dx+(p.Y-a.Y)*dy)/l2, 0, 1)
	}
	return math.Hypot(p.X-(a.X+t*dx), p.Y-(a.Y+t*dy))
}

// HitSegment returns the index of the segment nearest p within tol, or -1.
// Ties go to the segment listed last (drawn on top).
func HitSegment(segs [][2]kit.Point, p kit.Point, tol float64) int {
	best, bestD := -1, tol
	for i, s := range segs {
		if d := SegmentDistance(p, s[0], s[1]); d <= bestD {
			best, bestD = i, d
		}
	}
	return best
}
