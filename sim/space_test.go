package sim_test

import (
	"runtime"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
	"ttx/sim/load"
)

// TestSpaceSharesTargets: a Space of the wide scenario (250 actors, each free to blame anyone
// for any of 1,000 servers) shares the move's targets among its actors instead of listing them
// per actor, which made its first Reset allocate 2 MB, each rollout worker's and each greedy
// plan's; and its candidates are the actor's legal choices (TestMaskMatchesView checks every
// library scenario, own targets left out included).
func TestSpaceSharesTargets(t *testing.T) {
	sc, err := load.Load("wide.toml", scentest.Wide(250, 1000))
	if err != nil {
		t.Fatal(err)
	}
	v := sim.View(sim.New(sc, 1), sc.Side("blue"))
	a := sc.Sides[v.Side].Actors[0]
	var sp sim.Space
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	n := sp.Reset(v, a)
	runtime.ReadMemStats(&m1)
	if got := m1.TotalAlloc - m0.TotalAlloc; got > 256<<10 {
		t.Errorf("the first Reset allocated %d KiB, want at most 256", got>>10)
	}
	if want := 250*1000 + 1; n != want { // blame: a server and an actor; rest
		t.Fatalf("%d candidates, want %d", n, want)
	}
	legal := 0
	for k := range n {
		c, ok := sp.At(k)
		if ok {
			legal++
			if !sim.IsLegal(v, a, c) {
				t.Fatalf("candidate %d %+v is legal by At, not by IsLegal", k, c)
			}
		}
	}
	if legal != n {
		t.Errorf("%d of %d candidates legal, want all: every actor may blame anyone for any server at the start", legal, n)
	}
}
