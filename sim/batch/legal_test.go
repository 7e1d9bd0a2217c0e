package batch

import (
	"fmt"
	"os"
	"slices"
	"testing"

	"ttx/sim"
	"ttx/sim/load"
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
				for _, p := range bruteParams(sc, c, mv) {
					c.Param = p
					cost, bad := m.CostOf(c, nil)
					if !m.When.Eval(c) || bad != "" || !affords(s, a, cost) {
						continue
					}
					if m.Arg == sim.ArgBallot {
						for _, b := range []int{sim.Yes, sim.No, sim.Abstain} {
							out = append(out, sim.OrderOf(sc, a, sim.Choice{Move: mv, Target: t, Arg: b, Param: p}))
						}
						continue
					}
					out = append(out, sim.OrderOf(sc, a, sim.Choice{Move: mv, Target: t, Arg: x, Param: p}))
				}
			}
		}
	}
	return out
}

// affords reports whether actor a has every track cost asks for.
func affords(s *sim.State, a int, cost []sim.TrackAmount) bool {
	for _, ct := range cost {
		if s.Track(a, ct.Track) < ct.Amount {
			return false
		}
	}
	return true
}

// bruteParams returns the parameters Legal should offer for move mv in c: none (0) for a move
// without one, every rung of a ladder, and for an amount lo, hi and the quarter points between,
// each once.
func bruteParams(sc *sim.Scenario, c *sim.Ctx, mv int) []int {
	if sc.Moves[mv].Param.Kind == sim.ParamNone {
		return []int{0}
	}
	lo, hi, ok := sc.ParamRange(c, mv)
	var out []int
	if !ok || lo > hi {
		return out
	}
	if sc.Moves[mv].Param.Kind == sim.ParamLadder {
		for n := lo; n <= hi; n++ {
			out = append(out, int(n))
		}
		return out
	}
	for _, x := range []int64{lo, lo + (hi-lo)/4, lo + (hi-lo)/2, lo + 3*(hi-lo)/4, hi} {
		if !slices.Contains(out, int(x)) {
			out = append(out, int(x))
		}
	}
	return out
}

// TestLegalMatchesConditions checks that Legal, which skips targets and arguments when a part
// of a move's condition fails (the guards the loader compiles), lists exactly the orders whose
// whole condition holds, on every state of random games of every scenario of the library and
// of miniArgs.
func TestLegalMatchesConditions(t *testing.T) {
	for _, sc := range append(library(t), miniArgs(t)) {
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

// TestSpaceMatchesChoices checks, on every state of random games of every scenario of the
// library, that the candidates of each actor (sim.Space) hold each legal choice once and that
// a candidate is legal exactly when Choices lists it, and that IsLegal agrees with Choices on
// every target and argument of each move the actor may play.
func TestSpaceMatchesChoices(t *testing.T) {
	var sp sim.Space
	for _, sc := range append(library(t), miniArgs(t)) {
		for g := 0; g < 6; g++ {
			s := sim.New(sc, uint64(g))
			pols := make([]policy.Policy, len(sc.Sides))
			for i := range pols {
				pols[i] = policy.Random{Seed: uint64(g)}
			}
			for {
				for sd := range sc.Sides {
					v := sim.View(s, sd)
					for _, a := range sc.Sides[sd].Actors {
						checkSpace(t, v, a, &sp)
					}
				}
				if s.Over {
					break
				}
				s = policy.Step(s, pols)
			}
		}
	}
}

// checkSpace checks actor a's candidates and IsLegal against Choices in v.
func checkSpace(t *testing.T, v *sim.Sight, a int, sp *sim.Space) {
	t.Helper()
	sc := v.Sc
	where := fmt.Sprintf("%s seed %d turn %d side %d actor %s", sc.ID, v.State.Seed, v.Turn, v.Side, sc.Actors[a].ID)
	legal := map[sim.Choice]bool{}
	for _, c := range sim.Choices(v, a, nil) {
		legal[c] = true
	}
	seen := map[sim.Choice]bool{}
	n := sp.Reset(v, a)
	for k := range n {
		c, ok := sp.At(k)
		if seen[c] {
			t.Fatalf("%s: candidate %v twice", where, c)
		}
		seen[c] = true
		if ok != legal[c] {
			t.Fatalf("%s: At(%d) = %v, %v; Choices lists it: %v", where, k, c, ok, legal[c])
		}
	}
	for c := range legal {
		if !seen[c] {
			t.Fatalf("%s: legal %v is no candidate", where, c)
		}
	}
	ni := len(v.Incidents)
	for _, mv := range sc.CanPlay[a] {
		m := &sc.Moves[mv]
		nt := map[int]int{sim.TargetNone: 0, sim.TargetActor: len(sc.Actors), sim.TargetAsset: len(sc.Assets), sim.TargetLink: len(sc.Links), sim.TargetIncident: ni, sim.TargetResolution: len(sc.Resolutions)}[m.Target]
		na := map[int]int{sim.ArgActor: len(sc.Actors), sim.ArgBallot: len(sim.BallotNames)}[m.Arg]
		params := []int{0}
		if m.Param.Kind != sim.ParamNone {
			params = []int{-3, -1, 0, 1, 2, 3, 5, 7, 8, 11, 17, 40}
		}
		for tg := -1; tg <= nt; tg++ {
			for x := -1; x <= na; x++ {
				for _, p := range params {
					c := sim.Choice{Move: mv, Target: tg, Arg: x, Param: p}
					if got := sim.IsLegal(v, a, c); got != legal[c] {
						t.Fatalf("%s: IsLegal(%v) = %v, want %v", where, c, got, legal[c])
					}
				}
			}
		}
	}
	for mv := range sc.Moves {
		c := sim.Choice{Move: mv, Target: -1, Arg: -1}
		if !slices.Contains(sc.CanPlay[a], mv) && sim.IsLegal(v, a, c) {
			t.Fatalf("%s: IsLegal(%v) for a move it may not play", where, c)
		}
	}
}

// miniArgs is the mini scenario with more moves: two whose conditions read their actor argument
// as it changes in play, one split into parts (an "and" chain), one not (an "or"); one on a
// link its actor must own the source of, which only one of the side's actors does; one with a
// rung of a ladder its condition reads and a cost per rung, one with an amount bounded by a track,
// one whose costs are expressions that read its amount and its target.
func miniArgs(t *testing.T) *sim.Scenario {
	data, err := os.ReadFile("../testdata/mini.toml")
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, `
[[move]]
id = "probe"
by = { kinds = ["state", "firm"] }
target = "incident"
arg = "actor"
when = "target.evidence > 0 and arg.exposure < 10 and arg.kind != 'firm'"

[[move]]
id = "bluff"
by = { kinds = ["state"] }
target = "actor"
arg = "actor"
when = "self.funds > 10 or arg.exposure > 0 or target.lean > 0"

[[move]]
id = "ping"
by = { sides = ["red"] }
target = "link"
own_target = true

[[move]]
id = "press"
by = { kinds = ["state"] }
target = "actor"
param = { ladder = "pressure", cost = { funds = 4 } }
when = "param >= 2 or self.funds > 12"
on_success = [{ add = "target.lean", by = "param - 2" }]

[[move]]
id = "spend"
by = { kinds = ["group", "firm"] }
param = { min = "-2", max = "self.funds - 7" }
when = "self.capability > 0"
on_success = [{ add = "self.funds", by = "-param" }]

[[move]]
id = "canvass"
by = { kinds = ["group", "firm"] }
target = "actor"
param = { min = 0, max = 6, cost = { capability = "param > 3 ? 1 : 0" } }
cost = { funds = "2 * param + target.lean - 3" }
on_success = [{ add = "target.lean", by = "1" }]
`...)
	sc, err := load.Load("mini_args.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}
