package board

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"ttx/ui/kit"
)

func assertNoOverlap(t *testing.T, p Placement) {
	t.Helper()
	ids := make([]string, 0, len(p))
	for id := range p {
		ids = append(ids, id)
	}
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			if p[ids[i]].Overlaps(p[ids[j]], 0) {
				t.Errorf("%s %v overlaps %s %v", ids[i], p[ids[i]], ids[j], p[ids[j]])
			}
		}
	}
}

func inside(r, outer kit.Rect) bool {
	const eps = 1e-6
	return r.X >= outer.X-eps && r.Y >= outer.Y-eps && r.X+r.W <= outer.X+outer.W+eps && r.Y+r.H <= outer.Y+outer.H+eps
}

func randomGroups(r *rand.Rand) ([]LayoutGroup, map[string]float64) {
	hs := map[string]float64{}
	groups := make([]LayoutGroup, 1+r.IntN(7))
	for g := range groups {
		for i := r.IntN(15); i > 0; i-- {
			id := fmt.Sprintf("g%dn%02d", g, i)
			groups[g].IDs = append(groups[g].IDs, id)
			hs[id] = 20 + float64(r.IntN(50))
		}
	}
	return groups, hs
}

// TestLayoutGroups lays random groups out: no two boxes overlap, every box
// lies in its group's frame, no two frames overlap, and the same input
// gives the same layout.
func TestLayoutGroups(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 9))
	for trial := 0; trial < 60; trial++ {
		groups, hs := randomGroups(r)
		height := func(id string, w float64) float64 { return hs[id] }
		w, h := 300+float64(r.IntN(1500)), 200+float64(r.IntN(900))
		l := LayoutGroups(groups, height, w, h)
		n := 0
		for g, gr := range groups {
			for _, id := range gr.IDs {
				n++
				in := false
				for _, f := range l.Frames {
					in = in || f.Group == g && inside(l.Nodes[id], f.Rect)
				}
				if !in {
					t.Errorf("trial %d: %s %v outside its group's frames", trial, id, l.Nodes[id])
				}
				if l.Nodes[id].H < hs[id] {
					t.Errorf("trial %d: %s is %v high, needs %v", trial, id, l.Nodes[id].H, hs[id])
				}
			}
		}
		if len(l.Nodes) != n {
			t.Fatalf("trial %d: placed %d of %d", trial, len(l.Nodes), n)
		}
		assertNoOverlap(t, l.Nodes)
		frames := Placement{}
		for i, f := range l.Frames {
			frames[fmt.Sprint(i)] = f.Rect
		}
		assertNoOverlap(t, frames)
		if again := LayoutGroups(groups, height, w, h); !reflect.DeepEqual(again, l) {
			t.Errorf("trial %d: the layout is not deterministic", trial)
		}
	}
}

// TestLayoutGroupsUsesTheSpace lays out boards that fit: each fills its
// area in one direction at zoom 1 or more, and a grown board keeps the
// places of the boxes before the one added while that still fits.
func TestLayoutGroupsUsesTheSpace(t *testing.T) {
	var groups []LayoutGroup
	for g := 0; g < 5; g++ {
		var gr LayoutGroup
		for i := 0; i < 4; i++ {
			gr.IDs = append(gr.IDs, fmt.Sprintf("g%dn%d", g, i))
		}
		groups = append(groups, gr)
	}
	height := func(string, float64) float64 { return 40 }
	for _, size := range [][2]float64{{760, 640}, {1400, 900}} {
		l := LayoutGroups(groups, height, size[0], size[1])
		z := l.zoom(size[0], size[1])
		if z < 1 {
			t.Errorf("%v: laid out over %v, zoom %.2f", size, l.Size, z)
		}
		if l.Size.W*z < 0.95*size[0] && l.Size.H*z < 0.95*size[1] {
			t.Errorf("%v: laid out over %v, zoom %.2f: fills neither way", size, l.Size, z)
		}
		grown := append([]LayoutGroup(nil), groups...)
		grown[4].IDs = append(append([]string(nil), grown[4].IDs...), "g4n4")
		again := RelayoutGroups(l, grown, height, size[0], size[1])
		for _, gr := range groups[:4] { // the boxes before the one added
			for _, id := range gr.IDs {
				if again.Nodes[id] != l.Nodes[id] {
					t.Errorf("%v: %s moved from %v to %v when another group grew", size, id, l.Nodes[id], again.Nodes[id])
				}
			}
		}
	}
}
