package sim_test

import (
	"fmt"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestDrawnVouches: adjudicating a turn's drawn orders without checking again those the Space
// vouches for (ResolveDrawnInto, ResolveDrawnOver) gives the state and the results that full
// checks give (ResolveChoices), turn after turn of every library scenario, also when the
// orders mix in ones it must not vouch for: a candidate At refused, a vouched order with
// another target or argument, another actor's, last turn's orders given again. It fails if a
// vouch outlives its draws, covers an order At did not find legal, or names the wrong target.
func TestDrawnVouches(t *testing.T) {
	vouched, refused := 0, 0
	for _, sc := range scentest.All(t, "testdata") {
		for seed := uint64(1); seed <= 12; seed++ {
			r := scentest.NewStream(seed, nil)
			var sp sim.Space
			masks := make([]sim.Mask, len(sc.Sides))
			views := make([]sim.Sight, len(sc.Sides))
			var buf *sim.State
			cur := sim.Quiet(sim.New(sc, seed))
			var last []sim.ActorChoice
			for turn := 0; !cur.Over; turn++ {
				sp.Draws(cur)
				var cs []sim.ActorChoice
				for sd := range sc.Sides {
					m := masks[sd].Reset(cur, sd, &views[sd])
					for _, a := range sc.Sides[sd].Actors {
						cs = append(cs, drawFor(&sp, m, a, r)...)
					}
				}
				if r.Intn(3) == 0 {
					cs = append(cs, last...) // last turn's, given again: checked in full
				}
				last = append(last[:0], cs...)
				want := sim.ResolveChoices(cur, cs)
				if turn == 0 {
					buf = sim.ResolveDrawnInto(buf, cur, cs, &sp)
					cur = buf
				} else {
					cur = sim.ResolveDrawnOver(cur, cs, &sp)
				}
				where := fmt.Sprintf("%s seed %d turn %d", sc.ID, seed, want.Turn)
				if len(cur.Results) != len(want.Results) {
					t.Fatalf("%s: %d results, want %d", where, len(cur.Results), len(want.Results))
				}
				for i, res := range cur.Results {
					w := want.Results[i]
					if res.OK != w.OK || fmt.Sprint(res.Reason) != fmt.Sprint(w.Reason) {
						t.Fatalf("%s: order %+v: ok %v (%v), want %v (%v)", where, cs[i], res.OK, res.Reason, w.OK, w.Reason)
					}
					if w.Reason != nil {
						refused++
					} else {
						vouched++
					}
				}
				if got, want := sim.Checksum(cur), sim.Checksum(want); got != want {
					t.Fatalf("%s: the state differs from the one full checks give", where)
				}
			}
		}
	}
	if vouched == 0 || refused == 0 {
		t.Fatalf("%d orders passed, %d refused: the test needs both", vouched, refused)
	}
}

// drawFor draws actor a's orders through mask m: the first legal of a few candidates, and, at
// random, orders that must be checked in full: a refused candidate, the drawn one with
// another target or argument, or given as another actor's.
func drawFor(sp *sim.Space, m *sim.Mask, a int, r *scentest.Stream) []sim.ActorChoice {
	n := sp.ResetMask(m, a)
	if n == 0 {
		return nil
	}
	var out []sim.ActorChoice
	for range 8 {
		c, ok := sp.At(r.Intn(n))
		switch {
		case ok && len(out) == 0:
			out = append(out, sim.ActorChoice{Actor: a, Choice: c})
		case !ok && r.Intn(4) == 0:
			out = append(out, sim.ActorChoice{Actor: a, Choice: c})
		}
	}
	if len(out) > 0 && r.Intn(3) == 0 {
		c := out[0]
		switch r.Intn(3) {
		case 0:
			c.Target++
		case 1:
			c.Arg++
		default:
			c.Actor = (c.Actor + 1) % len(m.Scenario().Actors)
		}
		out = append(out, c)
	}
	return out
}

// TestDrawsLapse: a Space vouches only within its draws on one state: not once they are
// adjudicated, not in the next draws until At finds the order legal again, and not for
// another state.
func TestDrawsLapse(t *testing.T) {
	sc := scentest.Mini(t, "testdata")
	s := sim.Quiet(sim.New(sc, 1))
	var sp sim.Space
	var m sim.Mask
	var view sim.Sight
	sp.Draws(s)
	var c sim.ActorChoice
	found := false
	for sd := range sc.Sides {
		mk := m.Reset(s, sd, &view)
		for _, a := range sc.Sides[sd].Actors {
			n := sp.ResetMask(mk, a)
			for k := range n {
				if ch, ok := sp.At(k); ok && (!found || c.Actor == a) {
					c, found = sim.ActorChoice{Actor: a, Choice: ch}, true // the actor's last
				}
			}
		}
	}
	if !found {
		t.Fatal("no legal candidate in the first turn of the mini scenario")
	}
	if !sim.Vouched(&sp, s, c) {
		t.Fatalf("the draws do not vouch for %+v, which At found legal", c)
	}
	if sim.Vouched(&sp, sim.Quiet(s), c) {
		t.Error("the draws vouch for an order in another state")
	}
	sp.Draws(s)
	if sim.Vouched(&sp, s, c) {
		t.Error("a vouch outlived its draws")
	}
	sp.ResetMask(m.Reset(s, sc.Actors[c.Actor].Side, &view), c.Actor)
	for k := range sp.Len() {
		sp.At(k)
	}
	if !sim.Vouched(&sp, s, c) {
		t.Fatalf("the new draws do not vouch for %+v once At found it legal again", c)
	}
	sim.ResolveDrawnInto(nil, s, nil, &sp)
	if sim.Vouched(&sp, s, c) {
		t.Error("the draws vouch after they were adjudicated")
	}
}
