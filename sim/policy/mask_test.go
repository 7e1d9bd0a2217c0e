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
					gotC := p.appendMaskedChoices(mask.Reset(s, sd, &scratch), nil, &sp)
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

// viewOnly hides that a policy can choose through masks: Play gives it its side's view.
type viewOnly struct{ Policy }

// TestPlayMaskedIsPlay: Play with policies that all choose through masks (whose turns are
// given in indices, sim.ResolveChoices) plays the game Play plays with the same policies
// reading their views and giving ids (sim.Resolve), state, results and events, at every turn
// of random games of every library scenario, also with a side that gives no orders.
func TestPlayMaskedIsPlay(t *testing.T) {
	turns := 0
	for _, sc := range scentest.All(t, "../testdata") {
		for seed := uint64(1); seed <= 3; seed++ {
			pols := make([]Policy, len(sc.Sides))
			views := make([]Policy, len(sc.Sides))
			for i := range pols {
				if seed == 3 && i == 0 {
					continue // a nil policy gives no orders
				}
				pols[i], views[i] = Random{Seed: seed}, viewOnly{Random{Seed: seed}}
			}
			var want []*sim.State
			Play(sim.New(sc, seed), views, 0, func(s *sim.State) { want = append(want, s) })
			k := 0
			Play(sim.New(sc, seed), pols, 0, func(s *sim.State) {
				w := want[k]
				if sim.Checksum(s) != sim.Checksum(w) || !reflect.DeepEqual(s.Results, w.Results) || !reflect.DeepEqual(s.Events, w.Events) {
					t.Fatalf("%s seed %d turn %d: the masked turn differs from the turn read from views", sc.ID, seed, w.Turn)
				}
				k++
			})
			if k != len(want) {
				t.Fatalf("%s seed %d: %d turns masked, %d from views", sc.ID, seed, k, len(want))
			}
			turns += k
		}
	}
	if turns < 50 {
		t.Errorf("%d turns: want many", turns)
	}
}
