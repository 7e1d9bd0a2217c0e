package sim_test

import (
	"reflect"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestMaskMatchesView: through a side's mask (the checks on the true state) every candidate of
// every actor gets the answer it gets in the side's view, choice, parameter and legality, and
// the legal ones, listed in order, are exactly sim.Legal of the view: on random games of every
// library scenario (garbage orders mixed in), at every turn, for every side. The view is the
// boundary; the mask must only compute the same answers faster.
func TestMaskMatchesView(t *testing.T) {
	var mask sim.Mask
	var scratch sim.Sight
	var viaMask, viaView sim.Space
	sides, served, cands := 0, 0, 0
	for _, sc := range scentest.All(t, "testdata") {
		for seed := uint64(1); seed <= 4; seed++ {
			r := scentest.NewStream(seed*131, nil)
			for s := sim.New(sc, seed); ; s = sim.Resolve(s, scentest.Orders(s, r, true)) {
				for sd := range sc.Sides {
					v := sim.View(s, sd)
					m := mask.Reset(s, sd, &scratch)
					var listed []sim.Order
					for _, a := range sc.Sides[sd].Actors {
						n, want := viaMask.ResetMask(m, a), viaView.Reset(v, a)
						if n != want {
							t.Fatalf("%s seed %d turn %d side %d actor %d: %d candidates through the mask, %d in the view", sc.ID, seed, s.Turn, sd, a, n, want)
						}
						if got, want := viaMask.AppendLegal(nil), sim.Choices(v, a, nil); !reflect.DeepEqual(got, want) {
							t.Fatalf("%s seed %d turn %d side %d actor %d: AppendLegal through the mask %v, Choices in the view %v", sc.ID, seed, s.Turn, sd, a, got, want)
						}
						for k := range n {
							c, ok := viaMask.At(k)
							wc, wok := viaView.At(k)
							if c != wc || ok != wok {
								t.Fatalf("%s seed %d turn %d side %d actor %d candidate %d: %+v %v through the mask, %+v %v in the view", sc.ID, seed, s.Turn, sd, a, k, c, ok, wc, wok)
							}
							if ok {
								listed = append(listed, sim.OrderOf(sc, a, c))
							}
							cands++
						}
					}
					if want := sim.Legal(v); !reflect.DeepEqual(listed, want) {
						t.Fatalf("%s seed %d turn %d side %d: through the mask\n%v\nin the view\n%v", sc.ID, seed, s.Turn, sd, listed, want)
					}
					if !m.Made() {
						served++
					} else if got := m.View(); !reflect.DeepEqual(got.State.Tracks, v.State.Tracks) || got.Side != sd {
						t.Fatalf("%s seed %d turn %d side %d: the mask's view differs from View", sc.ID, seed, s.Turn, sd)
					}
					sides++
				}
				if s.Over {
					break
				}
			}
		}
	}
	t.Logf("%d sides' turns, %d candidates, %d turns answered without the view", sides, cands, served)
	if sides < 100 || served == 0 || served == sides {
		t.Errorf("%d sides' turns, %d answered without the view: want many, both ways", sides, served)
	}
}
