package policy

import (
	"reflect"
	"sync"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestGreedyKeepsNothingBetweenPlans: greedy's guesses live in storage kept from plan to plan
// (guessPool), so a plan must give the same orders whatever plans came before it, on this
// goroutine or others at once: each side's orders in a turn of every library scenario are
// those of the same plan made first, after other sides', scenarios' and turns' plans, and
// while other goroutines plan.
func TestGreedyKeepsNothingBetweenPlans(t *testing.T) {
	type plan struct {
		v    *sim.Sight
		want []sim.Order
	}
	var plans []plan
	for _, sc := range scentest.All(t, "../testdata") {
		s := sim.New(sc, 3)
		for n := 0; n < 3 && !s.Over; n++ {
			for sd := range sc.Sides {
				v := sim.View(s, sd)
				plans = append(plans, plan{v, Greedy{Seed: 5}.Orders(v)})
			}
			s = Step(s, randomAll(len(sc.Sides), uint64(n)))
		}
	}
	if len(plans) < 2 {
		t.Fatal("fewer than two plans: the test checks nothing")
	}
	check := func(from int) {
		for k := range plans {
			p := plans[(from+k)%len(plans)]
			if got := (Greedy{Seed: 5}).Orders(p.v); !reflect.DeepEqual(got, p.want) {
				t.Errorf("%s turn %d side %d: greedy gives %v after other plans, %v first",
					p.v.Sc.ID, p.v.Turn, p.v.Side, got, p.want)
				return
			}
		}
	}
	check(len(plans) / 2) // in another order, on this goroutine
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			check(g * len(plans) / 4)
		}()
	}
	wg.Wait()
}

// randomAll returns Random for each of n sides, seeded with seed.
func randomAll(n int, seed uint64) []Policy {
	pols := make([]Policy, n)
	for i := range pols {
		pols[i] = Random{Seed: seed}
	}
	return pols
}
