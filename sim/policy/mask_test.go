package policy

import (
	"reflect"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestRandomMaskedIsRandom: Random through a side's mask (as Play and rollouts call it) gives
// the orders it gives reading the side's view, in orders and in indices, on random games of
// every library scenario, at every turn, for every side.
func TestRandomMaskedIsRandom(t *testing.T) {
	var mask sim.Mask
	var scratch sim.Sight
	var sp sim.Space
	n, some := 0, 0
	for _, sc := range scentest.All(t, "../testdata") {
		for seed := uint64(1); seed <= 3; seed++ {
			r := scentest.NewStream(seed*7, nil)
			for s := sim.New(sc, seed); ; s = sim.Resolve(s, scentest.Orders(s, r, true)) {
				for sd := range sc.Sides {
					p := Random{Seed: seed * 31}
					v := sim.View(s, sd)
					want := p.Orders(v)
					got := p.appendMasked(mask.Reset(s, sd, &scratch), nil, &sp)
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("%s seed %d turn %d side %d: through the mask %v, with the view %v", sc.ID, seed, s.Turn, sd, got, want)
					}
					wantC := p.appendChoices(v, nil, &sp)
					gotC := p.appendChoicesMasked(mask.Reset(s, sd, &scratch), nil, &sp)
					if !reflect.DeepEqual(gotC, wantC) {
						t.Fatalf("%s seed %d turn %d side %d: through the mask %v, with the view %v", sc.ID, seed, s.Turn, sd, gotC, wantC)
					}
					n++
					some += len(got)
				}
				if s.Over {
					break
				}
			}
		}
	}
	if n < 100 || some == 0 {
		t.Errorf("%d sides' turns, %d orders: want many", n, some)
	}
}
