package sim

import (
	"math"
	"slices"
	"testing"
)

// wideTarget is a target index too wide to pack: 2**50, or the largest int where int has 32 bits
// (GOARCH=386).
var wideTarget = int(min(uint64(math.MaxInt), 1<<50))

// TestSortPendingIsCompareKeys checks that sorting packed keys orders pending orders as
// compareKeys does, with priorities of both signs, targets and arguments of -1, ties broken by
// submission, and with fields too wide to pack, for turns of up to hundreds of orders, with
// the keys of a turn of many orders in storage of their own or kept from turn to turn, and
// with the widths measured among the orders or bounded by the scenario (indexed), incidents
// included.
func TestSortPendingIsCompareKeys(t *testing.T) {
	sc := &Scenario{Actors: make([]ActorDef, 4)}
	for i := range 40 {
		sc.Moves = append(sc.Moves, MoveDef{Phase: Phase(i % 6), Priority: i%7 - 3})
	}
	indexed := *sc
	indexed.keyBits = keyBitsOf(sc)
	if !indexed.keyBits.set {
		t.Fatal("keyBitsOf measured nothing")
	}
	var kept []uint64
	for n := 0; n < 400; n += max(1, (n-60)/2) { // every count to 70, then turns of hundreds
		for seed := range 20 {
			u := func(k, m int) int { return int(Draw(uint64(seed), n, k, 0, 0) * float64(m)) }
			wide := seed == 19 // a target too large to pack with the rest
			pend := make([]order, n)
			incidents := 0 // the targets beyond the scenario's four actors are incidents
			for i := range pend {
				pend[i] = order{actor: u(5*i, 4), move: u(5*i+1, len(sc.Moves)), target: u(5*i+2, 9) - 1, arg: u(5*i+3, 3) - 1}
				if wide {
					pend[i].target = u(5*i+2, wideTarget)
				}
				incidents = max(incidents, pend[i].target+1)
			}
			var want []orderKey
			for i, p := range pend {
				m := &sc.Moves[p.move]
				want = append(want, orderKey{phase: int(m.Phase), prio: m.Priority, actor: p.actor, move: p.move, target: p.target, arg: p.arg, idx: i})
			}
			slices.SortFunc(want, compareKeys)
			var wantSorted []sortedOrder
			for _, k := range want {
				wantSorted = append(wantSorted, sortedOrder{k.phase, k.idx})
			}
			// Without kept storage, and with the keys of every turn before kept (as the
			// adjudication scratch keeps them), whatever they hold.
			for _, more := range []*[]uint64{nil, &kept} {
				for _, sc := range []*Scenario{sc, &indexed} {
					if got := sortPending(sc, pend, incidents, nil, more); !slices.Equal(got, wantSorted) {
						t.Fatalf("%d orders, seed %d, kept keys %v, indexed %v: sortPending =\n%v\nwant\n%v", n, seed, more != nil, sc.keyBits.set, got, want)
					}
				}
			}
		}
	}
}
