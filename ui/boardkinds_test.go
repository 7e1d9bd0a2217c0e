package ui

import (
	"slices"
	"testing"

	"ttx/sim"
)

// TestBoardBarsFromKinds checks that with [kinds] an actor's node shows, as labelled bars, the
// board tracks of its kind that the side may see, and nothing else: the campaign's DPRK shows
// its public exposure to every side, the hidden wmd to none.
func TestBoardBarsFromKinds(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	s := sim.New(sc, 1)
	dprk := sc.Actor("dprk")
	for _, sd := range []int{sim.Facilitator, sc.Side("blue"), sc.Side("pyongyang")} {
		v := sim.View(s, sd)
		m := BoardFromView(v)
		n := m.Nodes[dprk]
		var labels []string
		for _, g := range n.Gauges {
			labels = append(labels, g.Label)
		}
		want := []string{"public exposure"}
		if !n.Labelled || !slices.Equal(labels, want) {
			t.Errorf("side %d: DPRK bars %v (labelled %v), want %v labelled", sd, labels, n.Labelled, want)
		}
		for a := range sc.Actors {
			k := sc.KindOf(a)
			if len(m.Nodes[a].Gauges) > len(k.Board) {
				t.Errorf("side %d: %s has %d bars, its kind lists %d", sd, sc.Actors[a].ID, len(m.Nodes[a].Gauges), len(k.Board))
			}
		}
		for _, g := range m.Groups {
			if g.Track != "" {
				t.Errorf("side %d: group %s names a key track %q; with kinds each bar is labelled", sd, g.Title, g.Track)
			}
		}
	}
}
