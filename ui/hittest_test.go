package ui

import (
	"math"
	"testing"
)

func TestHitNode(t *testing.T) {
	rects := map[string]Rect{
		"a": {0, 0, 100, 100},
		"b": {50, 50, 100, 100}, // drawn over a
		"c": {300, 0, 10, 10},
	}
	ids := []string{"a", "b", "c"}
	tests := []struct {
		p    Point
		want string
		ok   bool
	}{
		{Point{10, 10}, "a", true},
		{Point{75, 75}, "b", true},
		{Point{150, 150}, "b", true},
		{Point{305, 5}, "c", true},
		{Point{200, 5}, "", false},
		{Point{-1, 0}, "", false},
	}
	for _, tt := range tests {
		got, ok := HitNode(rects, ids, tt.p)
		if got != tt.want || ok != tt.ok {
			t.Errorf("HitNode(%v) = %q, %v, want %q, %v", tt.p, got, ok, tt.want, tt.ok)
		}
	}
	if _, ok := HitNode(rects, []string{"missing"}, Point{1, 1}); ok {
		t.Error("HitNode found an id with no rectangle")
	}
}

func TestSegmentDistance(t *testing.T) {
	a, b := Point{0, 0}, Point{10, 0}
	tests := []struct {
		p    Point
		want float64
	}{
		{Point{5, 3}, 3},
		{Point{-4, 3}, 5},
		{Point{13, -4}, 5},
		{Point{7, 0}, 0},
	}
	for _, tt := range tests {
		if got := SegmentDistance(tt.p, a, b); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("SegmentDistance(%v) = %v, want %v", tt.p, got, tt.want)
		}
	}
	if got := SegmentDistance(Point{3, 4}, a, a); math.Abs(got-5) > 1e-9 {
		t.Errorf("distance to a point segment = %v, want 5", got)
	}
}

func TestHitSegment(t *testing.T) {
	segs := [][2]Point{{{0, 0}, {100, 0}}, {{0, 10}, {100, 10}}}
	if got := HitSegment(segs, Point{50, 2}, 4); got != 0 {
		t.Errorf("HitSegment near first = %d, want 0", got)
	}
	if got := HitSegment(segs, Point{50, 8}, 4); got != 1 {
		t.Errorf("HitSegment near second = %d, want 1", got)
	}
	if got := HitSegment(segs, Point{50, 5}, 6); got != 1 {
		t.Errorf("HitSegment equidistant = %d, want the later 1", got)
	}
	if got := HitSegment(segs, Point{50, 40}, 4); got != -1 {
		t.Errorf("HitSegment far = %d, want -1", got)
	}
}
