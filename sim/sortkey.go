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
	minP, maxP := 0, 0
	var mActor, mMove, mTarget, mArg int
	for i := range pend {
		p := &pend[i]
		m := &sc.Moves[p.move]
		perm = append(perm, orderKey{phase: int(m.Phase), prio: m.Priority, actor: p.actor,
			move: p.move, target: p.target, arg: p.arg, idx: i})
		if i == 0 || m.Priority < minP {
			minP = m.Priority
		}
		if i == 0 || m.Priority > maxP {
			maxP = m.Priority
		}
		mActor, mMove = max(mActor, p.actor), max(mMove, p.move)
		mTarget, mArg = max(mTarget, p.target+1), max(mArg, p.arg+1)
	}
	if len(perm) < 2 {
		return perm
	}
	w := [...]int{bitsOf(maxP - minP), bitsOf(mActor), bitsOf(mMove), bitsOf(mTarget), bitsOf(mArg), bitsOf(len(perm) - 1)}
	total := bitsOf(int(PhaseVotes))
	for _, b := range w {
		total += b
	}
	var buf [64]uint64
	if total > 64 || len(perm) > len(buf) {
		slices.SortFunc(perm, compareKeys)
		return perm
	}
	keys := buf[:len(perm)]
	for i, k := range perm {
		x := uint64(k.phase)
		for j, f := range [...]int{maxP - k.prio, k.actor, k.move, k.target + 1, k.arg + 1, k.idx} {
			x = x<<w[j] | uint64(f)
		}
		keys[i] = x
	}
	slices.Sort(keys)
	mask := uint64(1)<<w[5] - 1
	for i, x := range keys {
		j := int(x & mask)
		p := &pend[j]
		m := &sc.Moves[p.move]
		perm[i] = orderKey{phase: int(m.Phase), prio: m.Priority, actor: p.actor, move: p.move,
			target: p.target, arg: p.arg, idx: j}
	}
	return perm
}

// bitsOf returns the number of bits of x >= 0.
func bitsOf(x int) int { return bits.Len(uint(x)) }
