package board

import (
	"math"
	"testing"

	"ttx/ui/kit"
)

func TestHitNode(t *testing.T) {
	rects := map[string]kit.Rect{
		"a": {X: 0, Y: 0, W: 100, H: 100},
		"b": {X: 50, Y: 50, W: 100, H: 100}, // drawn over a
		"c": {X: 300, Y: 0, W: 10, H: 10},
	}
	ids := []string{"a", "b", "c"}
	tests := []struct {
		p    kit.Point
		want string
		ok   bool
	}{
		{kit.Point{X: 10, Y: 10}, "a", true},
		{kit.Point{X: 75, Y: 75}, "b", true},
		{kit.Point{X: 150, Y: 150}, "b", true},
		{kit.Point{X: 305, Y: 5}, "c", true},
		{kit.Point{X: 200, Y: 5}, "", false},
		{kit.Point{X: -1, Y: 0}, "", false},
	}
	for _, tt := range tests {
		got, ok := HitNode(rects, ids, tt.p)
		if got != tt.want || ok != tt.ok {
			t.Errorf("HitNode(%v) = %q, %v, want %q, %v", tt.p, got, ok, tt.want, tt.ok)
		}
	}
	if _, ok := HitNode(rects, []string{"missing"}, kit.Point{X: 1, Y: 1}); ok {
		t.Error("HitNode found an id with no rectangle")
	}
}

func TestSegmentDistance(t *testing.T) {
	a, b := kit.Point{X: 0, Y: 0}, kit.Point{X: 10, Y: 0}
	tests := []struct {
		p    kit.Point
		want float64
	}{
		{kit.Point{X: 5, Y: 3}, 3},
		{kit.Point{X: -4, Y: 3}, 5},
		{kit.Point{X: 13, Y: -4}, 5},
		{kit.Point{X: 7, Y: 0}, 0},
	}
	for _, tt := range tests {
		if got := SegmentDistance(tt.p, a, b); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("SegmentDistance(%v) = %v, want %v", tt.p, got, tt.want)
		}
	}
	if got := SegmentDistance(kit.Point{X: 3, Y: 4}, a, a); math.Abs(got-5) > 1e-9 {
		t.Errorf("distance to a point segment = %v, want 5", got)
	}
}

func TestHitSegment(t *testing.T) {
	segs := [][2]kit.Point{{{X: 0, Y: 0}, {X: 100, Y: 0}}, {{X: 0, Y: 10}, {X: 100, Y: 10}}}
	if got := HitSegment(segs, kit.Point{X: 50, Y: 2}, 4); got != 0 {
		t.Errorf("HitSegment near first = %d, want 0", got)
	}
	if got := HitSegment(segs, kit.Point{X: 50, Y: 8}, 4); got != 1 {
		t.Errorf("HitSegment near second = %d, want 1", got)
	}
	if got := HitSegment(segs, kit.Point{X: 50, Y: 5}, 6); got != 1 {
		t.Errorf("HitSegment equidistant = %d, want the later 1", got)
	}
	if got := HitSegment(segs, kit.Point{X: 50, Y: 40}, 4); got != -1 {
		t.Errorf("HitSegment far = %d, want -1", got)
	}
}
