package report

import (
	"testing"

	"ttx/sim"
)

// TestBuildSeenIsBuildAs: a report built from a side's views of every step (what a network
// seat holds) is the side's report built from the game, and the facilitator's from the whole
// states is Build's; the views it was given keep their links.
func TestBuildSeenIsBuildAs(t *testing.T) {
	s, h, notes := game(t, nil, true)
	for sd := sim.Facilitator; sd < len(s.Sc.Sides); sd++ {
		var views []*sim.State
		for _, v := range sim.HistoryView(s, sd) {
			views = append(views, v.State)
		}
		prevs := make([]*sim.State, len(views))
		for i, v := range views {
			prevs[i] = v.Prev
		}
		want := markdown(t)(Build(s, h, notes))
		if sd >= 0 {
			want = markdown(t)(BuildAs(s, sd, h, notes))
		}
		if got := markdown(t)(BuildSeen(views, sd, h, notes)); got != want {
			t.Errorf("side %d: BuildSeen's report differs from the one built from the game", sd)
		}
		for i, v := range views {
			if v.Prev != prevs[i] {
				t.Fatalf("side %d: BuildSeen changed view %d", sd, i)
			}
		}
	}
	if _, err := BuildSeen(nil, 0, h, nil); err == nil {
		t.Error("BuildSeen of no states = nil error, want one")
	}
}
