package sim_test

import (
	"encoding/json"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// eventsText is a turn's events, as JSON.
func eventsText(t *testing.T, evs []sim.Event) string {
	t.Helper()
	j, err := json.Marshal(evs)
	if err != nil {
		t.Fatal(err)
	}
	return string(j)
}

// TestRecordedEventsKeep: a recorded turn's events are carved from storage that the next
// turns' events follow in, and their deltas are adjudicated in scratch storage that later turns
// reuse. Each turn's events are those of the same turn resolved into a state with storage of
// its own for them (ResolveInto), and read the same after many more games are played; a
// state's events and each event's deltas are capped at their length (nothing appended to them
// can write over another's), and a turn with no event records nil; on random games of every
// library scenario (refused orders mixed in).
func TestRecordedEventsKeep(t *testing.T) {
	type turn struct {
		s    *sim.State
		text string
	}
	var turns []turn
	events := 0
	for _, sc := range scentest.All(t, "testdata") {
		for seed := uint64(1); seed <= 4; seed++ {
			r := scentest.NewStream(seed*31, nil)
			for s := sim.New(sc, seed); !s.Over; {
				orders := scentest.Orders(s, r, true)
				own := sim.ResolveInto(&sim.State{Events: make([]sim.Event, 0, 1)}, s, orders)
				want := eventsText(t, own.Events)
				if len(own.Events) == 0 {
					want = "null" // a turn of no event: its own storage stays, empty; a recorded one is nil
				}
				s = sim.Resolve(s, orders)
				if got := eventsText(t, s.Events); got != want {
					t.Fatalf("%s seed %d turn %d: events\n%s\nwith storage of their own\n%s", sc.ID, seed, s.Turn, got, want)
				}
				if cap(s.Events) != len(s.Events) {
					t.Fatalf("%s seed %d turn %d: %d events in room for %d, shared with the next turn's", sc.ID, seed, s.Turn, len(s.Events), cap(s.Events))
				}
				for i, e := range s.Events {
					if cap(e.Deltas) != len(e.Deltas) {
						t.Fatalf("%s seed %d turn %d event %d: %d deltas in room for %d, shared with the next", sc.ID, seed, s.Turn, i, len(e.Deltas), cap(e.Deltas))
					}
				}
				if s.Events != nil && len(s.Events) == 0 {
					t.Fatalf("%s seed %d turn %d: no event, recorded as an empty list rather than nil", sc.ID, seed, s.Turn)
				}
				turns = append(turns, turn{s, eventsText(t, s.Events)})
				events += len(s.Events)
			}
		}
	}
	if events == 0 {
		t.Fatal("no event recorded")
	}
	for _, tu := range turns {
		if got := eventsText(t, tu.s.Events); got != tu.text {
			t.Fatalf("%s turn %d: its events changed as later turns were played:\nthen %s\nnow  %s", tu.s.Sc.ID, tu.s.Turn, tu.text, got)
		}
	}
}
