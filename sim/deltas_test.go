package sim_test

import (
	"reflect"
	"slices"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestDeltasStayPut checks, on random games of every scenario, that the deltas of a state's
// events (whose storage a state carves for them) are left as they were when the state is
// resolved again, twice from the same state with other orders, and when its successor is.
func TestDeltasStayPut(t *testing.T) {
	deltas := 0
	for _, sc := range scentest.All(t, "testdata") {
		r := scentest.NewStream(7, nil)
		s := sim.New(sc, 7)
		for !s.Over {
			want := copyEvents(s.Events)
			a := sim.Resolve(s, scentest.Orders(s, r, false))
			wantA := copyEvents(a.Events)
			b := sim.Resolve(s, scentest.Orders(s, r, true))
			if !a.Over {
				sim.Resolve(a, scentest.Orders(a, r, false))
			}
			sim.Resolve(b, scentest.Orders(b, r, false))
			if !reflect.DeepEqual(s.Events, want) || !reflect.DeepEqual(a.Events, wantA) {
				t.Fatalf("%s turn %d: an event's deltas changed as other states were resolved", sc.ID, s.Turn)
			}
			for _, e := range a.Events {
				deltas += len(e.Deltas)
			}
			s = a
		}
	}
	if deltas == 0 {
		t.Fatal("no deltas checked")
	}
}

// copyEvents returns a deep copy of events.
func copyEvents(evs []sim.Event) []sim.Event {
	out := slices.Clone(evs)
	for i := range out {
		out[i].Deltas = slices.Clone(out[i].Deltas)
	}
	return out
}
