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

// sortPending returns the keys of the pending orders, in perm's storage, sorted by
// compareKeys. When the keys' fields fit in one integer together (they do for every scenario
// of the library), it sorts those integers: each field shifted to be at least 0 (priority
// reversed) in as many bits as its largest value among the orders needs, the phase highest.
func sortPending(sc *Scenario, pend []order, perm []orderKey) []orderKey {
	perm = perm[:0]
	if len(pend) == 0 {
		return perm
	}
	minP, maxP := sc.Moves[pend[0].move].Priority, sc.Moves[pend[0].move].Priority
	var mActor, mMove, mTarget, mArg int
	for i := range pend {
		p := &pend[i]
		pr := sc.Moves[p.move].Priority
		minP, maxP = min(minP, pr), max(maxP, pr)
		mActor, mMove = max(mActor, p.actor), max(mMove, p.move)
		mTarget, mArg = max(mTarget, p.target+1), max(mArg, p.arg+1)
	}
	w := [...]int{bitsOf(maxP - minP), bitsOf(mActor), bitsOf(mMove), bitsOf(mTarget), bitsOf(mArg), bitsOf(len(pend) - 1)}
	total := bitsOf(int(PhaseVotes))
	for _, b := range w {
		total += b
	}
	var buf [64]uint64
	if total > 64 || len(pend) > len(buf) {
		for i := range pend {
			perm = append(perm, keyOf(sc, pend, i))
		}
		slices.SortFunc(perm, compareKeys)
		return perm
	}
	keys := buf[:len(pend)]
	for i := range pend {
		p := &pend[i]
		m := &sc.Moves[p.move]
		x := uint64(m.Phase)
		for j, f := range [...]int{maxP - m.Priority, p.actor, p.move, p.target + 1, p.arg + 1, i} {
			x = x<<w[j] | uint64(f)
		}
		keys[i] = x
	}
	slices.Sort(keys)
	mask := uint64(1)<<w[5] - 1
	for _, x := range keys {
		perm = append(perm, keyOf(sc, pend, int(x&mask)))
	}
	return perm
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
