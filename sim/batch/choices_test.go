package batch

import (
	"reflect"
	"testing"

	"ttx/sim"
	"ttx/sim/policy"
)

// TestResolveChoicesIsResolve checks, on every state of random games of every scenario of the
// library, that adjudicating orders in indices (sim.ResolveChoicesInto) gives the state and the
// results that adjudicating the equivalent orders does: each side's random orders, then with
// choices of any actor, move, target and argument (refused ones, duplicates) mixed in.
func TestResolveChoicesIsResolve(t *testing.T) {
	for _, sc := range append(library(t), miniArgs(t)) {
		for g := 0; g < 6; g++ {
			seed := uint64(g)
			s := sim.New(sc, seed)
			pols := make([]policy.Policy, len(sc.Sides))
			for i := range pols {
				pols[i] = policy.Random{Seed: seed}
			}
			for {
				var cs []sim.ActorChoice
				for sd, p := range pols {
					v := sim.View(s, sd)
					for _, o := range p.Orders(v) {
						cs = append(cs, choiceOf(t, sc, o))
					}
				}
				checkChoices(t, s, cs)
				for k := range 12 {
					cs = append(cs, anyChoice(s, sim.Draw(seed, s.Turn, k, 0, 0), sim.Draw(seed, s.Turn, k, 1, 0), sim.Draw(seed, s.Turn, k, 2, 0), sim.Draw(seed, s.Turn, k, 3, 0)))
				}
				checkChoices(t, s, cs)
				if s.Over {
					break
				}
				s = policy.Step(s, pols)
			}
		}
	}
}

// checkChoices compares ResolveChoicesInto with ResolveInto on s and its quiet copy.
func checkChoices(t *testing.T, s *sim.State, cs []sim.ActorChoice) {
	t.Helper()
	sc := s.Sc
	orders := make([]sim.Order, len(cs))
	for i, c := range cs {
		orders[i] = orderOf(sc, c)
		if sd := sc.Actors[c.Actor].Side; sd >= 0 {
			orders[i].Side = sc.Sides[sd].ID
		}
	}
	for _, st := range []*sim.State{s, sim.Quiet(s)} {
		want := sim.ResolveInto(nil, st, orders)
		got := sim.ResolveChoicesInto(nil, st, cs)
		if sim.Checksum(got) != sim.Checksum(want) {
			t.Fatalf("%s seed %d turn %d: choices %v give another state than orders %v", sc.ID, s.Seed, s.Turn, cs, orders)
		}
		if len(got.Results) != len(want.Results) || len(got.Events) != len(want.Events) {
			t.Fatalf("%s seed %d turn %d: %d results and %d events, want %d and %d", sc.ID, s.Seed, s.Turn,
				len(got.Results), len(got.Events), len(want.Results), len(want.Events))
		}
		for i := range want.Results {
			w := want.Results[i]
			if st != s { // quiet: no orders
				w.Order = sim.Order{}
				w.Reason = blank(w.Reason)
				got.Results[i].Reason = blank(got.Results[i].Reason)
			}
			if !reflect.DeepEqual(got.Results[i], w) {
				t.Fatalf("%s seed %d turn %d: choice %v: result %+v, want %+v", sc.ID, s.Seed, s.Turn, cs[i], got.Results[i], w)
			}
		}
		if !reflect.DeepEqual(got.Events, want.Events) {
			for i := range want.Events {
				if !reflect.DeepEqual(got.Events[i], want.Events[i]) {
					t.Fatalf("%s seed %d turn %d: event %d is %+v, want %+v", sc.ID, s.Seed, s.Turn, i, got.Events[i], want.Events[i])
				}
			}
		}
	}
}

// blank keeps only a reason's code: in a quiet adjudication of choices, reasons may name no
// ids.
func blank(r sim.Reason) sim.Reason {
	if r == nil {
		return nil
	}
	return codeOnly(r.Code())
}

type codeOnly string

func (c codeOnly) Code() string  { return string(c) }
func (c codeOnly) Error() string { return string(c) }

// choiceOf returns order o, one of the scenario's ids, in indices.
func choiceOf(t *testing.T, sc *sim.Scenario, o sim.Order) sim.ActorChoice {
	t.Helper()
	c := sim.ActorChoice{Actor: sc.Actor(o.Actor), Choice: sim.Choice{Move: sc.Move(o.Move), Target: -1, Arg: -1}}
	m := &sc.Moves[c.Move]
	c.Target = sim.TargetIndex(sc, m.Target, o.Target)
	switch m.Arg {
	case sim.ArgActor:
		c.Arg = sc.Actor(o.Arg)
	case sim.ArgBallot:
		c.Arg = sim.Lookup(sim.BallotNames, o.Arg)
	}
	if sim.OrderOf(sc, c.Actor, c.Choice) != (sim.Order{Actor: o.Actor, Move: o.Move, Target: o.Target, Arg: o.Arg}) {
		t.Fatalf("order %v is not choice %v", o, c)
	}
	return c
}

// anyChoice returns a choice of any actor, move, target of the move's kind (or none) and
// argument of its kind or one past the last, picked by four numbers in [0, 1).
func anyChoice(s *sim.State, u1, u2, u3, u4 float64) sim.ActorChoice {
	sc := s.Sc
	c := sim.ActorChoice{Actor: int(u1 * float64(len(sc.Actors))), Choice: sim.Choice{Move: int(u2 * float64(len(sc.Moves))), Target: -1, Arg: -1}}
	m := &sc.Moves[c.Move]
	n := map[int]int{sim.TargetActor: len(sc.Actors), sim.TargetAsset: len(sc.Assets), sim.TargetLink: len(sc.Links), sim.TargetIncident: len(s.Incidents), sim.TargetResolution: len(sc.Resolutions)}[m.Target]
	if n > 0 {
		c.Target = int(u3 * float64(n))
	}
	switch m.Arg { // one past the last: out of range
	case sim.ArgActor:
		c.Arg = int(u4 * float64(len(sc.Actors)+1))
	case sim.ArgBallot:
		c.Arg = int(u4 * float64(len(sim.BallotNames)+1))
	}
	return c
}

// orderOf is sim.OrderOf, also for a choice of a move with a target but none (-1) and for an
// argument out of range (no id).
func orderOf(sc *sim.Scenario, c sim.ActorChoice) sim.Order {
	m := &sc.Moves[c.Move]
	o := sim.Order{Actor: sc.Actors[c.Actor].ID, Move: m.ID}
	if c.Target >= 0 {
		o.Target = sim.OrderOf(sc, c.Actor, sim.Choice{Move: c.Move, Target: c.Target, Arg: 0}).Target
	}
	switch {
	case m.Arg == sim.ArgActor && c.Arg < len(sc.Actors):
		o.Arg = sc.Actors[c.Arg].ID
	case m.Arg == sim.ArgBallot && c.Arg < len(sim.BallotNames):
		o.Arg = sim.BallotNames[c.Arg]
	}
	return o
}
