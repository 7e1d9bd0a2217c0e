package sim_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestViewOfAViewIsTheView: a side's view, viewed again by the side (as a served team's forecast
// does: its rollouts start from its view), is the same view, also when the step that made the
// state is one the side may not read: an inject told to another side, fired by hand, or an
// override of a track the side cannot see. That step's view names no inject and no track (-1):
// viewed again, those are not indexes to look up (it panicked, index out of range, and took the
// server down with it).
func TestViewOfAViewIsTheView(t *testing.T) {
	sc := scentest.Load(t, "testdata/markers.toml")
	start := sim.New(sc, 1)
	red := sc.Actor("red_group")
	for what, s := range map[string]*sim.State{
		"an inject told to red":      sim.Fire(start, sc.Inject("mkredinjectid")),
		"an override of red's track": sim.Override(start, red, sc.Track("secretwork"), 321),
	} {
		for sd := range sc.Sides {
			v := sim.View(s, sd)
			again := sim.View(v.State, sd)
			a, _ := json.Marshal(sim.SnapshotOf(v))
			b, _ := json.Marshal(sim.SnapshotOf(again))
			if !bytes.Equal(a, b) {
				t.Errorf("after %s, side %s's view viewed again differs:\n%s\n%s", what, sc.Sides[sd].ID, b, a)
			}
		}
	}
}
