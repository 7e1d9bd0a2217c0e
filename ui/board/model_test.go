package board

import (
	"testing"

	"ttx/sim"
)

func TestBoardFromViewHidesUnknownAssets(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	s := sim.New(sc, 1)
	all := FromView(sim.View(s, sim.Facilitator))
	if len(all.Nodes) != len(sc.Actors)+len(sc.Assets) {
		t.Fatalf("facilitator board has %d nodes, want %d", len(all.Nodes), len(sc.Actors)+len(sc.Assets))
	}
	hidden := 0
	for sd := range sc.Sides {
		v := sim.View(s, sd)
		m := FromView(v)
		ids := map[string]bool{}
		for _, n := range m.Nodes {
			ids[n.ID] = true
		}
		for x, d := range sc.Assets {
			if ids[d.ID] != v.Knows(x) {
				t.Errorf("side %s: asset %s on board %v, known %v", sc.Sides[sd].ID, d.ID, ids[d.ID], v.Knows(x))
			}
			if !v.Knows(x) {
				hidden++
			}
		}
		for _, e := range m.Edges {
			if !ids[e.From] || !ids[e.To] {
				t.Errorf("side %s: edge %v to a node not on the board", sc.Sides[sd].ID, e)
			}
		}
	}
	if hidden == 0 {
		t.Log("no asset hidden from any side in this scenario")
	}
	shared := false
	for _, n := range all.Nodes {
		shared = shared || n.Owners > 1
	}
	if !shared {
		t.Error("no shared asset on the board of shared_infrastructure")
	}
}
