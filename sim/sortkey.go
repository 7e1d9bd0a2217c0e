package sim

import (
	"cmp"
	"math/bits"
	"slices"
)

// orderKey is what adjudication sorts a pending order by: phase, then priority (higher
// first), actor, move, target, argument, and its place among the pending orders.
type orderKey struct {
	phase, prio, actor, move, target, arg, idx int
}

// sortedOrder is a pending order's place in adjudication: its phase and its index among the
// pending orders.
type sortedOrder struct{ phase, idx int }

func compareKeys(a, b orderKey) int {
	switch {
	case a.phase != b.phase:
		return cmp.Compare(a.phase, b.phase)
	case a.prio != b.prio:
		return cmp.Compare(b.prio, a.prio)
	case a.actor != b.actor:
		return cmp.Compare(a.actor, b.actor)
	case a.move != b.move:
		return cmp.Compare(a.move, b.move)
	case a.target != b.target:
		return cmp.Compare(a.target, b.target)
	case a.arg != b.arg:
		return cmp.Compare(a.arg, b.arg)
	}
	return cmp.Compare(a.idx, b.idx)
}

// keyBits are the widths in bits of the fields of a sort key that a scenario bounds, whatever
// the orders: the priority (reversed: maxP less it), actor, move, target (but an incident's,
// as incidents come and go) and argument, each plus one where -1 means none.
type keyBits struct {
	set            bool
	actors, moves  int // the scenario's numbers of actors and moves when they were measured
	maxP           int
	wP, wA, wM, wX int
	targets        int // the most targets of a kind but incidents
}

// keyBitsOf returns the widths of sc's sort keys' fields.
func keyBitsOf(sc *Scenario) keyBits {
	if len(sc.Moves) == 0 {
		return keyBits{}
	}
	minP, maxP := sc.Moves[0].Priority, sc.Moves[0].Priority
	for i := range sc.Moves {
		minP, maxP = min(minP, sc.Moves[i].Priority), max(maxP, sc.Moves[i].Priority)
	}
	na := len(sc.Actors)
	return keyBits{set: true, actors: na, moves: len(sc.Moves), maxP: maxP,
		wP: bitsOf(maxP - minP), wA: bitsOf(max(na-1, 0)), wM: bitsOf(len(sc.Moves) - 1),
		wX:      bitsOf(max(na, len(BallotNames))),
		targets: max(na, len(sc.Assets), len(sc.Links), len(sc.Resolutions))}
}

// sortPending returns the pending orders' phases and indices, in perm's storage, in the order
// of their keys sorted by compareKeys. incidents is the number of incidents the orders' targets
// may be. When the keys' fields fit in one integer together (they do for every scenario of the
// library, and for turns of hundreds of orders), it sorts those integers: each field shifted to
// be at least 0 (priority reversed) in as many bits as its largest value needs, the phase
// highest, and reads each order's phase and index back from its integer. The largest values
// are the scenario's (keyBits) when it is indexed, else those among the orders.
func sortPending(sc *Scenario, pend []order, incidents int, perm []sortedOrder, more *[]uint64) []sortedOrder {
	perm = slices.Grow(perm[:0], len(pend))
	if len(pend) == 0 {
		return perm
	}
	var maxP, wP, wA, wM, wT, wX int
	if kb := &sc.keyBits; kb.set && kb.actors == len(sc.Actors) && kb.moves == len(sc.Moves) {
		maxP, wP, wA, wM, wX = kb.maxP, kb.wP, kb.wA, kb.wM, kb.wX
		wT = bitsOf(max(kb.targets, incidents))
	} else {
		minP := sc.Moves[pend[0].move].Priority
		maxP = minP
		var mActor, mMove, mTarget, mArg int
		for i := range pend {
			p := &pend[i]
			pr := sc.Moves[p.move].Priority
			minP, maxP = min(minP, pr), max(maxP, pr)
			mActor, mMove = max(mActor, p.actor), max(mMove, p.move)
			mTarget, mArg = max(mTarget, p.target+1), max(mArg, p.arg+1)
		}
		wP, wA, wM, wT, wX = bitsOf(maxP-minP), bitsOf(mActor), bitsOf(mMove), bitsOf(mTarget), bitsOf(mArg)
	}
	wI := bitsOf(len(pend) - 1)
	below := wP + wA + wM + wT + wX + wI // the bits below the phase
	total := bitsOf(int(PhaseVotes)) + below
	var buf [64]uint64
	if total > 64 {
		keys := make([]orderKey, len(pend))
		for i := range pend {
			keys[i] = keyOf(sc, pend, i)
		}
		slices.SortFunc(keys, compareKeys)
		for _, k := range keys {
			perm = append(perm, sortedOrder{k.phase, k.idx})
		}
		return perm
	}
	keys := buf[:]
	if len(pend) > len(keys) {
		// A turn of many orders (a wide scenario): in *more, kept from turn to turn when more
		// is not nil (the adjudication scratch).
		switch {
		case more == nil:
			keys = make([]uint64, len(pend))
		case cap(*more) >= len(pend):
			keys = *more
		default:
			// Made in *more, then read: buf would escape with keys stored into *more.
			*more = make([]uint64, len(pend))
			keys = *more
		}
	}
	keys = keys[:len(pend)]
	for i := range pend {
		p := &pend[i]
		m := &sc.Moves[p.move]
		x := uint64(m.Phase)
		x = x<<wP | uint64(maxP-m.Priority)
		x = x<<wA | uint64(p.actor)
		x = x<<wM | uint64(p.move)
		x = x<<wT | uint64(p.target+1)
		x = x<<wX | uint64(p.arg+1)
		keys[i] = x<<wI | uint64(i)
	}
	sortKeys(keys)
	mask := uint64(1)<<wI - 1
	perm = perm[:len(keys)] // grown above
	for i, x := range keys {
		perm[i] = sortedOrder{int(x >> below), int(x & mask)}
	}
	return perm
}

// sortKeys sorts keys, which are distinct, in increasing order: by insertion, as a turn has
// few orders, unless there are many.
func sortKeys(keys []uint64) {
	if len(keys) > 32 {
		slices.Sort(keys)
		return
	}
	for i := 1; i < len(keys); i++ {
		x, j := keys[i], i
		for ; j > 0 && keys[j-1] > x; j-- {
			keys[j] = keys[j-1]
		}
		keys[j] = x
	}
}

// keyOf returns the key of pending order i.
func keyOf(sc *Scenario, pend []order, i int) orderKey {
	p := &pend[i]
	m := &sc.Moves[p.move]
	return orderKey{phase: int(m.Phase), prio: m.Priority, actor: p.actor, move: p.move,
		target: p.target, arg: p.arg, idx: i}
}

// bitsOf returns the number of bits of x >= 0.
func bitsOf(x int) int { return bits.Len(uint(x)) }
