package sim_test

import (
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
	"ttx/sim/load"
)

// wideBlame returns the wide scenario of 150 actors, its first state and its move blame.
func wideBlame(t *testing.T) (*sim.Scenario, *sim.State, int) {
	t.Helper()
	sc, err := load.Load("wide.toml", scentest.Wide(150, 20))
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range sc.Moves {
		if m.ID == "blame" {
			return sc, sim.New(sc, 1), i
		}
	}
	t.Fatal("the wide scenario has no move blame")
	return nil, nil, -1
}

// TestDuplicatesInManyOrders: in a turn of more orders than adjudication searches in a list
// (a wide scenario's), an actor's second order of one move is refused as a duplicate, and
// only that: every actor of 150 orders blame once, and every third one twice more.
func TestDuplicatesInManyOrders(t *testing.T) {
	sc, s, blame := wideBlame(t)
	var cs []sim.ActorChoice
	var dup []bool
	for round := range 3 {
		for a := range sc.Actors {
			if round > 0 && a%3 != 0 {
				continue
			}
			// A different target each round: a duplicate is one actor's second order of
			// one move, whatever its target.
			cs = append(cs, sim.ActorChoice{Actor: a, Choice: sim.Choice{Move: blame, Target: (a + round) % len(sc.Assets), Arg: (a + 1) % len(sc.Actors)}})
			dup = append(dup, round > 0)
		}
	}
	n := sim.ResolveChoices(s, cs)
	dups := 0
	for i, r := range n.Results {
		_, isDup := r.Reason.(sim.ErrDuplicate)
		if isDup != dup[i] {
			t.Fatalf("order %d (%s): reason %v, want a duplicate: %v", i, r.Order.Actor, r.Reason, dup[i])
		}
		if isDup {
			dups++
		}
	}
	if len(cs) <= 64 || dups == 0 {
		t.Fatalf("%d orders, %d duplicates: too few to test", len(cs), dups)
	}
}

// TestDuplicatesInFewOrders: in a turn of few orders (searched in a list), an actor's second
// order of one move is refused as a duplicate, and only that, also among orders of actors
// whose keys (actor×moves + move) are alike in their low bits, which the list's first test
// (a bit per key modulo 64) cannot tell apart.
func TestDuplicatesInFewOrders(t *testing.T) {
	sc, s, blame := wideBlame(t)
	order := func(a, round int) sim.ActorChoice {
		return sim.ActorChoice{Actor: a, Choice: sim.Choice{Move: blame, Target: (a + round) % len(sc.Assets), Arg: (a + 1) % len(sc.Actors)}}
	}
	// Actors 64 (or a multiple of 64 moves) apart share a key's low bits.
	var cs []sim.ActorChoice
	var dup []bool
	for i, a := range []int{0, 64, 128, 1, 65, 64, 129, 0, 2, 128, 66, 2} {
		first := true
		for _, c := range cs[:i] {
			first = first && c.Actor != a
		}
		cs = append(cs, order(a, i))
		dup = append(dup, !first)
	}
	n := sim.ResolveChoices(s, cs)
	for i, r := range n.Results {
		if _, isDup := r.Reason.(sim.ErrDuplicate); isDup != dup[i] {
			t.Fatalf("order %d (%s): reason %v, want a duplicate: %v", i, r.Order.Actor, r.Reason, dup[i])
		}
	}
}
