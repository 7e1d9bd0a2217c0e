package sim_test

import (
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestTargetRoundTrip: every target of every kind of a loaded scenario reads back from its id
// to its index, and has a name.
func TestTargetRoundTrip(t *testing.T) {
	sc := scentest.Mini(t, "testdata")
	counts := map[int]int{sim.TargetActor: len(sc.Actors), sim.TargetAsset: len(sc.Assets),
		sim.TargetLink: len(sc.Links), sim.TargetResolution: len(sc.Resolutions), sim.TargetIncident: 300}
	for kind := sim.TargetActor; kind <= sim.TargetResolution; kind++ {
		if counts[kind] == 0 {
			t.Fatalf("mini.toml has no %s to target", sim.TargetNames[kind])
		}
		for i := range counts[kind] {
			id := sim.TargetID(sc, kind, i)
			if got := sim.TargetIndex(sc, kind, id); got != i {
				t.Errorf("TargetIndex(%s, %q) = %d, want %d", sim.TargetNames[kind], id, got, i)
			}
			if sim.TargetName(sc, kind, i) == "" {
				t.Errorf("TargetName(%s, %d) is empty", sim.TargetNames[kind], i)
			}
		}
		if got := sim.TargetName(sc, kind, -1); got != "" {
			t.Errorf("TargetName(%s, -1) = %q, want none", sim.TargetNames[kind], got)
		}
	}
	if got := sim.TargetID(sc, sim.TargetNone, 0); got != "" {
		t.Errorf("TargetID(none, 0) = %q, want none", got)
	}
}

// TestTargetIndexRefuses: ids that name nothing, or name a target of another kind, read as -1;
// an incident is its number less one.
func TestTargetIndexRefuses(t *testing.T) {
	sc := scentest.Mini(t, "testdata")
	actor := sc.Actors[0].ID
	for _, c := range []struct {
		kind int
		id   string
		want int
	}{
		{sim.TargetActor, actor, 0},
		{sim.TargetAsset, actor, -1},
		{sim.TargetActor, "no-such-actor", -1},
		{sim.TargetNone, actor, -1},
		{sim.TargetIncident, "incident_3", 2},
		{sim.TargetIncident, "incident_1", 0},
		{sim.TargetIncident, "incident_0", -1},
		{sim.TargetIncident, "incident_-2", -1},
		{sim.TargetIncident, "incident_x", -1},
		{sim.TargetIncident, "3", -1},
		{sim.TargetIncident, "", -1},
	} {
		if got := sim.TargetIndex(sc, c.kind, c.id); got != c.want {
			t.Errorf("TargetIndex(%s, %q) = %d, want %d", sim.TargetNames[c.kind], c.id, got, c.want)
		}
	}
}

// TestLookupBeforeIndex: a scenario not indexed finds ids by a scan, and the first of
// duplicate ids wins, as it does once indexed.
func TestLookupBeforeIndex(t *testing.T) {
	sc := &sim.Scenario{
		Sides:  []sim.SideDef{{ID: "blue"}, {ID: "red"}},
		Actors: []sim.ActorDef{{ID: "a"}, {ID: "b"}, {ID: "a"}},
	}
	check := func(when string) {
		t.Helper()
		if got := sc.Actor("a"); got != 0 {
			t.Errorf("%s: Actor(a) = %d, want 0", when, got)
		}
		if got := sc.Actor("b"); got != 1 {
			t.Errorf("%s: Actor(b) = %d, want 1", when, got)
		}
		if got := sc.Side("red"); got != 1 {
			t.Errorf("%s: Side(red) = %d, want 1", when, got)
		}
		if got := sc.Asset("a"); got != -1 {
			t.Errorf("%s: Asset(a) = %d, want -1", when, got)
		}
	}
	check("not indexed")
	sc.Index()
	check("indexed")
}
