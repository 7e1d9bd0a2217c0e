package sim_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestSeatRoundTrip: what a client rebuilds from its seat's scenario and a snapshot (the
// scenario it draws from, the sight) gives back the same snapshot, and every event of it can be
// described from the seat's scenario alone.
func TestSeatRoundTrip(t *testing.T) {
	for _, sc := range scentest.All(t, "testdata") {
		end := markerGame(sc, 5, "random")
		for _, p := range end.History() {
			for sd := range sc.Sides {
				v := sim.View(p, sd)
				sn := sim.SnapshotOf(v)
				b, _ := json.Marshal(sim.SeatScenarioOf(v))
				var ss sim.SeatScenario
				if err := json.Unmarshal(b, &ss); err != nil {
					t.Fatal(err)
				}
				cs := ss.Scenario()
				raw, _ := json.Marshal(sn)
				var got sim.Snapshot
				if err := json.Unmarshal(raw, &got); err != nil {
					t.Fatal(err)
				}
				back, _ := json.Marshal(sim.SnapshotOf(got.Sight(cs)))
				if !bytes.Equal(back, raw) {
					t.Fatalf("%s side %d turn %d: the snapshot does not survive the round trip:\n%s\n%s", sc.ID, sd, p.Turn, raw, back)
				}
				for _, e := range got.Events {
					if sim.Describe(cs, e) == "" {
						t.Fatalf("%s: an event of kind %s cannot be described from the seat's scenario", sc.ID, e.Kind)
					}
				}
			}
		}
	}
}
