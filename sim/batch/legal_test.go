package batch

import (
	"fmt"
	"testing"

	"ttx/sim"
	"ttx/sim/policy"
)

// brute lists the legal orders of actor a the slow way: every target and argument, the whole
// condition evaluated for each.
func brute(v *sim.Sight, a int) []sim.Order {
	sc, s := v.Sc, v.State
	var out []sim.Order
	for _, mv := range sc.CanPlay[a] {
		m := &sc.Moves[mv]
		ok := true
		for _, ct := range m.Cost {
			if s.Track(a, ct.Track) < ct.Amount {
				ok = false
			}
		}
		if !ok {
			continue
		}
		n := map[int]int{sim.TargetNone: 0, sim.TargetActor: len(sc.Actors), sim.TargetAsset: len(sc.Assets), sim.TargetLink: len(sc.Links), sim.TargetIncident: len(s.Incidents), sim.TargetResolution: len(sc.Resolutions)}[m.Target]
		t0 := 0
		if m.Target == sim.TargetNone {
			t0 = -1
		}
		for t := t0; t < n; t++ {
			if t >= 0 && s.TargetWhy(v.Side, a, mv, t) != "" {
				continue
			}
			args := []int{-1}
			if m.Arg == sim.ArgActor {
				args = nil
				for x := range sc.Actors {
					args = append(args, x)
				}
			}
			for _, x := range args {
				c := &sim.Ctx{S: s, Self: a, Target: t, Arg: x, Side: v.Side}
				if m.When.Eval(c) {
					if m.Arg == sim.ArgBallot {
						for _, b := range []int{sim.Yes, sim.No, sim.Abstain} {
							out = append(out, sim.OrderOf(sc, a, sim.Choice{Move: mv, Target: t, Arg: b}))
						}
						continue
					}
					out = append(out, sim.OrderOf(sc, a, sim.Choice{Move: mv, Target: t, Arg: x}))
				}
			}
		}
	}
	return out
}

// TestLegalMatchesConditions checks that Legal, which skips targets and arguments when a part
// of a move's condition fails (the guards the loader compiles), lists exactly the orders whose
// whole condition holds, on every state of random games of every scenario of the library.
func TestLegalMatchesConditions(t *testing.T) {
	for _, sc := range library(t) {
		for g := 0; g < 8; g++ {
			s := sim.New(sc, uint64(g))
			pols := make([]policy.Policy, len(sc.Sides))
			for i := range pols {
				pols[i] = policy.Random{Seed: uint64(g)}
			}
			for !s.Over {
				for sd := range sc.Sides {
					v := sim.View(s, sd)
					for _, a := range sc.Sides[sd].Actors {
						got, want := sim.LegalFor(v, a, nil), brute(v, a)
						if fmt.Sprint(got) != fmt.Sprint(want) {
							t.Fatalf("%s game %d turn %d: LegalFor(%s) =\n%v\nwant\n%v", sc.ID, g, s.Turn, sc.Actors[a].ID, got, want)
						}
					}
				}
				s = policy.Step(s, pols)
			}
		}
	}
}
