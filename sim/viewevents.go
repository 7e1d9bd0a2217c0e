package sim

import (
	"bytes"
	"slices"
	"sync"
)

// events returns the events of s that side v.Side was shown, redacted, in an order that tells
// the side nothing it cannot see (in buf's storage when it has room). Adjudication resolves
// orders by a key of actors and moves, so where another side's order falls among the side's
// own would tell who played it. In each phase the side sees first what comes before the orders
// (value arriving), then its own orders, each with the events that followed it, in the order
// they resolved; then the other sides' orders it was shown, each with its events, sorted by
// what the side sees of them; then what comes after the orders (tallies).
func (v *Sight) events(s *State, buf []Event) []Event {
	shown := 0
	for i := range s.Events {
		if v.shown(s, &s.Events[i]) {
			shown++
		}
	}
	if shown == 0 {
		return nil
	}
	// The events shown, redacted, in the order of s; each block is a run of them: an order
	// (or what happened outside the orders) and the events that followed it. Blocks are then
	// put in the side's order.
	sp := seenPool.Get().(*[]Event)
	seen := (*sp)[:0]
	defer func() {
		clear(seen) // drop the deltas, seats and actors they point to
		*sp = seen[:0]
		seenPool.Put(sp)
	}()
	type block struct {
		lo, hi int // seen[lo:hi]
		k0, k1 int // foreign blocks: keys[k0:k1], what the side sees of them (JSON), to sort by
	}
	out := buf[:0]
	if cap(out) < shown {
		out = make([]Event, 0, shown)
	}
	var pre, own, foreign, post []block
	var keys []byte
	flush := func() {
		if len(foreign) > 1 { // the key of a lone block would not move it
			keys = keys[:0]
			for i := range foreign {
				b := &foreign[i]
				var evs []Event // nil when the block shows nothing, as encoding/json writes it
				if b.hi > b.lo {
					evs = seen[b.lo:b.hi]
				}
				b.k0 = len(keys)
				keys = appendEventsJSON(keys, evs)
				b.k1 = len(keys)
			}
			slices.SortStableFunc(foreign, func(a, b block) int {
				return bytes.Compare(keys[a.k0:a.k1], keys[b.k0:b.k1])
			})
		}
		for _, g := range [][]block{pre, own, foreign, post} {
			for _, b := range g {
				out = append(out, seen[b.lo:b.hi]...)
			}
		}
		pre, own, foreign, post = pre[:0], own[:0], foreign[:0], post[:0]
	}
	var cur *[]block // the group of the block being filled
	orders := false  // the phase has had an order
	phase := -2
	for _, e := range s.Events {
		if int(e.Phase) != phase {
			flush()
			phase, orders, cur = int(e.Phase), false, nil
		}
		head := e.Kind == EvOrder || cur == nil || isHead(e.Kind)
		if head {
			b := block{lo: len(seen), hi: len(seen)}
			switch {
			case e.Kind == EvOrder:
				orders = true
				if s.sideOf(int(e.Actor)) == v.Side {
					cur = &own
				} else {
					cur = &foreign
				}
			case orders:
				cur = &post
			default:
				cur = &pre
			}
			*cur = append(*cur, b)
		}
		if v.shown(s, &e) {
			seen = append(seen, v.redact(s, e))
			(*cur)[len(*cur)-1].hi = len(seen)
		}
	}
	flush()
	return out
}

// shown reports whether the side is shown event e of s: an event made visible to it, and at
// open tables (Scenario.Open) every order, whoever gave it, refused ones included.
func (v *Sight) shown(s *State, e *Event) bool {
	return e.Vis&sideBit(v.Side) != 0 || (s.Sc.Open && e.Kind == EvOrder)
}

// seenPool holds the scratch of events: the events a side is shown, before they are ordered.
var seenPool = sync.Pool{New: func() any { return new([]Event) }}

// isHead reports whether events of kind k start a block of their own: they are not the effect
// of the order before them.
func isHead(k EventKind) bool {
	switch k {
	case EvInject, EvTally, EvArrival, EvEnd, EvOverride:
		return true
	}
	return false
}
