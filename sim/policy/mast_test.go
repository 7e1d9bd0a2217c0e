package policy

import (
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestMastFollowsWhatPaid: after rollouts in which one choice always scored high and another
// low, the learnt policy draws the first most often and the second least; a choice it never saw
// counts as the mean of all rollouts.
func TestMastFollowsWhatPaid(t *testing.T) {
	sc := scentest.Mini(t, "../testdata")
	sd := sc.Side("blue")
	v := sim.View(sim.New(sc, 1), sd)
	a, cs := -1, []sim.Choice(nil)
	for _, x := range sc.Sides[sd].Actors {
		if c := sim.Choices(v, x, nil); len(c) >= 3 {
			a, cs = x, c
			break
		}
	}
	if a < 0 {
		t.Fatal("no blue actor with three choices on mini's first turn")
	}
	var m mast
	m.reset(0.5)
	for range 50 {
		m.note(v, v.Dirty, a, cs[0])
		m.learn(10)
		m.note(v, v.Dirty, a, cs[1])
		m.learn(0)
	}
	count := make([]int, len(cs)+1)
	const n = 1000
	for i := range n {
		count[m.gibbs(v, v.Dirty, a, cs, nil, (float64(i)+0.5)/n, m.tau(), m.all.mean())]++
	}
	for k, c := range count {
		if k != 0 && c >= count[0] {
			t.Errorf("choice %d drawn %d times of %d, the choice that paid %d", k, c, n, count[0])
		}
		if k != 1 && c <= count[1] {
			t.Errorf("choice %d drawn %d times of %d, the choice that did not pay %d", k, c, n, count[1])
		}
	}
	if count[0] < n/2 {
		t.Errorf("the choice that paid drawn %d times of %d", count[0], n)
	}
}

// TestSearchForgetsOnUndo: a search that has played turn 2 and is asked turn 1 again (the game
// went back) plays what a fresh search plays there.
func TestSearchForgetsOnUndo(t *testing.T) {
	sc := scentest.Mini(t, "../testdata")
	sd := sc.Side("blue")
	s1 := sim.New(sc, 3)
	v1 := sim.View(s1, sd)
	p := &Search{Seed: 9, Rollouts: 60}
	s2 := sim.Resolve(s1, p.Orders(v1))
	p.Orders(sim.View(s2, sd))
	if len(p.rs.mast.stats) == 0 {
		t.Fatal("the search learnt nothing in two turns")
	}
	again := p.Orders(v1)
	fresh := (&Search{Seed: 9, Rollouts: 60}).Orders(v1)
	if len(again) != len(fresh) {
		t.Fatalf("back on turn 1: %v; a fresh search: %v", again, fresh)
	}
	for i := range again {
		if again[i] != fresh[i] {
			t.Fatalf("back on turn 1: %v; a fresh search: %v", again, fresh)
		}
	}
}
