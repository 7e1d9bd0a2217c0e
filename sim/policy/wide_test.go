package policy

import (
	"runtime"
	"slices"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
	"ttx/sim/load"
)

// loadWide loads the wide scenario of the issue: 250 actors, 1,000 assets, and a move that
// targets an asset and names an actor, so that each actor has 250,001 legal orders a turn.
func loadWide(tb testing.TB) *sim.Scenario {
	tb.Helper()
	sc, err := load.Load("wide.toml", scentest.Wide(250, 1000))
	if err != nil {
		tb.Fatal(err)
	}
	return sc
}

// allocs runs f once and returns the bytes and the number of objects it allocated.
func allocs(f func()) (bytes, objects uint64) {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	f()
	runtime.ReadMemStats(&m1)
	return m1.TotalAlloc - m0.TotalAlloc, m1.Mallocs - m0.Mallocs
}

// choiceOf returns the actor and choice of an order of sc, for sim.IsLegal.
func choiceOf(sc *sim.Scenario, o sim.Order) (int, sim.Choice) {
	c := sim.Choice{Move: -1, Target: -1, Arg: -1}
	for i := range sc.Moves {
		if sc.Moves[i].ID == o.Move {
			c.Move = i
		}
	}
	for i := range sc.Assets {
		if sc.Assets[i].ID == o.Target {
			c.Target = i
		}
	}
	if o.Arg != "" {
		c.Arg = sc.Actor(o.Arg)
	}
	return sc.Actor(o.Actor), c
}

// TestPoliciesDecideWideTurn: greedy and search decide a turn of the wide scenario within a
// bounded memory (a listing of every legal order took more than 5 GB and minutes), and every
// order they give is legal. Greedy allocates under 1 MB and search, with its default budget,
// about 35 MB: the bounds fail sort keys made anew each turn of many orders (greedy then
// allocates 8 MB), and search's bound failed both that and a Space listing each actor's
// targets anew (82 MB; sim's TestSpaceSharesTargets fails on the latter alone).
func TestPoliciesDecideWideTurn(t *testing.T) {
	sc := loadWide(t)
	sd := sc.Side("blue")
	v := sim.View(sim.New(sc, 1), sd)
	rollouts := 0 // the default budget
	if testing.Short() {
		rollouts = 300
	}
	for _, c := range []struct {
		name     string
		p        Policy
		maxBytes uint64
	}{
		{"greedy", Greedy{Seed: 1}, 4 << 20},
		{"search", &Search{Seed: 1, Rollouts: rollouts}, 64 << 20},
	} {
		var orders []sim.Order
		bytes, objects := allocs(func() { orders = c.p.Orders(v) })
		t.Logf("%s: %d orders, %d MiB and %d objects allocated", c.name, len(orders), bytes>>20, objects)
		if bytes > c.maxBytes {
			t.Errorf("%s allocated %d MiB for a turn, want at most %d", c.name, bytes>>20, c.maxBytes>>20)
		}
		if len(orders) == 0 {
			t.Errorf("%s gave no orders", c.name)
		}
		for _, o := range orders {
			a, ch := choiceOf(sc, o)
			if a < 0 || sc.Actors[a].Side != sd || !sim.IsLegal(v, a, ch) {
				t.Errorf("%s: order %v is not legal", c.name, o)
			}
		}
	}
}

// TestGreedyWideIsDeterministic: greedy's sample of the wide scenario's orders comes from its
// seed alone.
func TestGreedyWideIsDeterministic(t *testing.T) {
	sc := loadWide(t)
	v := sim.View(sim.New(sc, 1), sc.Side("red"))
	a, b := Greedy{Seed: 3}.Orders(v), Greedy{Seed: 3}.Orders(v)
	if !slices.Equal(a, b) {
		t.Errorf("two greedy turns with one seed: %v and %v", a, b)
	}
}

// TestCandidates: an actor with at most limit legal choices scores them all; with more, a
// sample of limit of them, each legal and once, in Legal's order; with more candidates than can
// be listed, at most limit legal choices drawn from the space, in Legal's order.
func TestCandidates(t *testing.T) {
	mini := scentest.Mini(t, "../testdata")
	var sp sim.Space
	for _, sc := range []*sim.Scenario{mini, loadWide(t)} {
		for sd := range sc.Sides {
			v := sim.View(sim.New(sc, 1), sd)
			for _, a := range sc.Sides[sd].Actors {
				sp.Reset(v, a)
				big := sp.Len() > greedyList
				var all []sim.Choice
				if !big {
					all = sim.Choices(v, a, nil)
				}
				for _, limit := range []int{1, 2, 3, 31, 1000} {
					got := candidates(v, a, limit, 9, &sp, nil)
					if len(got) > limit || (!big && len(got) != min(limit, len(all))) {
						t.Fatalf("%s: actor %d, limit %d: %d candidates of %d legal", sc.ID, a, limit, len(got), len(all))
					}
					if big && len(got) < limit/2 {
						t.Errorf("%s: actor %d, limit %d: only %d candidates drawn", sc.ID, a, limit, len(got))
					}
					if again := candidates(v, a, limit, 9, &sp, nil); !slices.Equal(got, again) {
						t.Fatalf("%s: actor %d, limit %d: %v, then %v", sc.ID, a, limit, got, again)
					}
					for i, c := range got {
						if !sim.IsLegal(v, a, c) {
							t.Errorf("%s: actor %d: candidate %v is not legal", sc.ID, a, c)
						}
						if i > 0 && !less(got[i-1], c) {
							t.Errorf("%s: actor %d: candidates %v, %v out of Legal's order", sc.ID, a, got[i-1], c)
						}
					}
				}
				if big {
					break // one actor of the wide scenario is enough
				}
			}
		}
	}
}

// less reports whether choice x comes before y in Legal's order, for choices of moves in
// increasing index (as in these scenarios) and no ballots.
func less(x, y sim.Choice) bool {
	if x.Move != y.Move {
		return x.Move < y.Move
	}
	if x.Target != y.Target {
		return x.Target < y.Target
	}
	return x.Arg < y.Arg
}

// BenchmarkGreedyWide decides one greedy turn of the wide scenario.
func BenchmarkGreedyWide(b *testing.B) {
	sc := loadWide(b)
	v := sim.View(sim.New(sc, 1), sc.Side("blue"))
	b.ReportAllocs()
	for b.Loop() {
		Greedy{Seed: 1}.Orders(v)
	}
}

// BenchmarkSearchWide decides one search turn of the wide scenario with the default budget.
func BenchmarkSearchWide(b *testing.B) {
	sc := loadWide(b)
	v := sim.View(sim.New(sc, 1), sc.Side("blue"))
	b.ReportAllocs()
	for b.Loop() {
		(&Search{Seed: 1}).Orders(v)
	}
}
