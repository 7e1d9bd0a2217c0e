package sim_test

import (
	"encoding/json"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestEventsJSON: the sort key of other sides' orders in a view (sim.AppendEventsJSON) is what
// encoding/json writes for the events, on every event of random games of every library
// scenario and on events with every optional field and strings to escape.
func TestEventsJSON(t *testing.T) {
	check := func(evs []sim.Event) {
		t.Helper()
		want, err := json.Marshal(evs)
		if err != nil {
			t.Fatal(err)
		}
		if got := sim.AppendEventsJSON(nil, evs); string(got) != string(want) {
			t.Fatalf("AppendEventsJSON =\n%s\nwant\n%s", got, want)
		}
	}
	check(nil)
	check([]sim.Event{})
	for _, code := range []string{"", "ok", `a"b`, `a\b`, "<&>", "é", "\x01", "\u2028", "\xff"} {
		check([]sim.Event{{Turn: 3, Phase: -1, Kind: sim.EvTally, Vis: sim.AllSides, Actor: -7, Amount: -1 << 62, Code: code,
			Correct: true, Hidden: true, Deltas: []sim.Delta{{1, 2, -3, 4}, {5, 6, 7, 8}},
			Seats: []sim.Seat{{1, 2, true}, {3, 4, false}}, Actors: []int{0, 9}}})
	}
	check([]sim.Event{{Deltas: []sim.Delta{}, Seats: []sim.Seat{}, Actors: []int{}}})
	n := 0
	for _, sc := range scentest.All(t, "testdata") {
		for seed := uint64(1); seed <= 3; seed++ {
			r := scentest.NewStream(seed, nil)
			for s := sim.New(sc, seed); !s.Over; {
				s = sim.Resolve(s, scentest.Orders(s, r, true))
				check(s.Events)
				for i := range s.Events {
					check(s.Events[i : i+1])
				}
				for sd := range sc.Sides {
					check(sim.View(s, sd).Events)
				}
				n += len(s.Events)
			}
		}
	}
	if n < 100 {
		t.Errorf("checked %d events, want many", n)
	}
}

// TestViewEventsAsFirstWritten: a view's events are, event for event and in the same order,
// those the first version of the view's code gave, in every state of random games of every
// library scenario, for every side.
func TestViewEventsAsFirstWritten(t *testing.T) {
	n := 0
	for _, sc := range scentest.All(t, "testdata") {
		for seed := uint64(1); seed <= 4; seed++ {
			r := scentest.NewStream(seed*31, nil)
			for s := sim.New(sc, seed); !s.Over; {
				s = sim.Resolve(s, scentest.Orders(s, r, true))
				for sd := range sc.Sides {
					got, want := sim.View(s, sd).Events, sim.EventsRef(s, sd)
					a, _ := json.Marshal(got)
					b, _ := json.Marshal(want)
					if string(a) != string(b) || (got == nil) != (want == nil) {
						t.Fatalf("%s seed %d turn %d side %d: view events\n%s\nwant\n%s", sc.ID, seed, s.Turn, sd, a, b)
					}
					n += len(got)
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("checked %d events, want many", n)
	}
}
