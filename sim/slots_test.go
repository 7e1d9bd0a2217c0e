package sim_test

import (
	"slices"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestSlots: a state keeps the tracks actors have, one slot each, each actor's in the
// scenario's order, actor after actor; the tracks an actor lacks have none. On every library
// scenario (some of whose actors lack tracks), a random game played on the scenario and on its
// copy as it was before Index reaches the same states (checksums, which read every track of
// every actor); every state keeps its bounds, reads a lacking track at the actor's starting
// value, and lists every track of every actor (AllTracks) as Track reads it.
func TestSlots(t *testing.T) {
	lacking := false
	for _, sc := range scentest.All(t, "testdata") {
		u := sim.Unindexed(sc)
		n, nt := sc.Slots(), sc.NT()
		next := 0 // the slots in order: each actor's tracks, actor after actor
		for a := range sc.Actors {
			for tr := range sc.Tracks {
				want := -1
				if sc.HasTrack(a, tr) {
					want = next
					next++
				} else {
					lacking = true
				}
				if got := sc.Slot(a, tr); got != want || u.Slot(a, tr) != want {
					t.Fatalf("%s: %s.%s in slot %d (%d not indexed), want %d", sc.ID, sc.Actors[a].ID, sc.Tracks[tr].ID, got, u.Slot(a, tr), want)
				}
			}
		}
		if next != n {
			t.Fatalf("%s: %d slots, the actors have %d tracks", sc.ID, n, next)
		}
		r := scentest.NewStream(7, nil)
		s, us := sim.New(sc, 7), sim.New(u, 7)
		for {
			if sim.Checksum(s) != sim.Checksum(us) {
				t.Fatalf("%s turn %d: the game differs on the unindexed scenario", sc.ID, s.Turn)
			}
			if err := sim.Check(s); err != nil {
				t.Fatalf("%s turn %d: %v", sc.ID, s.Turn, err)
			}
			all := s.AllTracks(nil)
			if len(all) != len(sc.Actors)*nt || len(s.Tracks) != n {
				t.Fatalf("%s: %d values listed, %d kept; want %d and %d", sc.ID, len(all), len(s.Tracks), len(sc.Actors)*sc.NT(), n)
			}
			for a := range sc.Actors {
				for tr := range sc.Tracks {
					v := s.Track(a, tr)
					if all[a*sc.NT()+tr] != v {
						t.Fatalf("%s: AllTracks lists %s.%s as %d, Track reads %d", sc.ID, sc.Actors[a].ID, sc.Tracks[tr].ID, all[a*sc.NT()+tr], v)
					}
					if !sc.HasTrack(a, tr) && v != sc.Actors[a].Tracks[tr] {
						t.Fatalf("%s: %s lacks %s, read as %d, not its starting %d", sc.ID, sc.Actors[a].ID, sc.Tracks[tr].ID, v, sc.Actors[a].Tracks[tr])
					}
				}
			}
			if s.Over {
				break
			}
			orders := scentest.Orders(s, r, true)
			s, us = sim.Resolve(s, orders), sim.Resolve(us, orders)
		}
	}
	if !lacking {
		t.Fatal("no library scenario has an actor that lacks a track: the test reads no empty slot")
	}
}

// TestSlotsBeforeIndexTracks: a scenario whose tracks are not indexed (one made by hand) keeps
// every track of every actor; once indexed, only those the actors have. Both read every track
// alike, and a state's checksum is the same either way.
func TestSlotsBeforeIndexTracks(t *testing.T) {
	mk := func() *sim.Scenario {
		return &sim.Scenario{ID: "hand", Turns: 2,
			Tracks: []sim.TrackDef{{ID: "funds", Min: 0, Max: 100}, {ID: "standing", Min: -10, Max: 10}},
			Sides:  []sim.SideDef{{ID: "blue", Actors: []int{0, 1}}, {ID: "red", Actors: []int{2}}},
			Actors: []sim.ActorDef{
				{ID: "state", Side: 0, Sponsor: -1, Tracks: []int64{40, 3}},
				{ID: "firm", Side: 0, Sponsor: -1, Tracks: []int64{25, 0}, Lacks: 1 << 1},
				{ID: "group", Side: 1, Sponsor: -1, Tracks: []int64{0, -4}, Lacks: 1 << 0},
			}}
	}
	read := func(s *sim.State) []int64 {
		sc := s.Sc
		var out []int64
		for a := range sc.Actors {
			for tr := range sc.Tracks {
				out = append(out, s.Track(a, tr))
			}
		}
		return out
	}
	sc := mk()
	before := sim.New(sc, 1)
	if sc.Slots() != 6 || len(before.Tracks) != 6 || sc.Slot(2, 1) != 5 || sc.Slot(1, 1) != -1 {
		t.Fatalf("not indexed: %d slots, %d kept, group.standing in %d, firm.standing in %d; want 6, 6, 5, -1",
			sc.Slots(), len(before.Tracks), sc.Slot(2, 1), sc.Slot(1, 1))
	}
	sc = mk()
	sc.IndexTracks()
	after := sim.New(sc, 1)
	if sc.Slots() != 4 || len(after.Tracks) != 4 || sc.Slot(2, 1) != 3 || sc.Slot(1, 1) != -1 {
		t.Fatalf("indexed: %d slots, %d kept, group.standing in %d, firm.standing in %d; want 4, 4, 3, -1",
			sc.Slots(), len(after.Tracks), sc.Slot(2, 1), sc.Slot(1, 1))
	}
	want := []int64{40, 3, 25, 0, 0, -4}
	for _, s := range []*sim.State{before, after} {
		if got := read(s); !slices.Equal(got, want) || !slices.Equal(s.AllTracks(nil), want) {
			t.Errorf("tracks read %v, listed %v; want %v", got, s.AllTracks(nil), want)
		}
	}
	if sim.Checksum(before) != sim.Checksum(after) {
		t.Error("the checksum depends on where the state keeps its tracks")
	}
}
