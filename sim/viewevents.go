package sim

import "slices"

// events returns the events of s that side v.Side was shown, redacted, in an order that tells
// the side nothing it cannot see. Adjudication resolves orders by a key of actors and moves, so
// where another side's order falls among the side's own would tell who played it. In each
// phase the side sees first what comes before the orders (value arriving), then its own orders,
// each with the events that followed it, in the order they resolved; then the other sides'
// orders it was shown, each with its events, sorted by what the side sees of them; then what
// comes after the orders (tallies).
func (v *Sight) events(s *State) []Event {
	bit := sideBit(v.Side)
	type block struct {
		evs []Event
		key string // foreign blocks: what the side sees of them (as JSON), to sort by
	}
	out := make([]Event, 0, len(s.Events))
	var pre, own, foreign, post []block
	var key []byte
	flush := func() {
		if len(foreign) > 1 { // the key of a lone block would not move it
			for i := range foreign {
				key = appendEventsJSON(key[:0], foreign[i].evs)
				foreign[i].key = string(key)
			}
			slices.SortStableFunc(foreign, func(a, b block) int {
				switch {
				case a.key < b.key:
					return -1
				case a.key > b.key:
					return 1
				}
				return 0
			})
		}
		for _, g := range [][]block{pre, own, foreign, post} {
			for _, b := range g {
				out = append(out, b.evs...)
			}
		}
		pre, own, foreign, post = pre[:0], own[:0], foreign[:0], post[:0]
	}
	var cur *block
	orders := false // the phase has had an order
	phase := -2
	for _, e := range s.Events {
		if e.Phase != phase {
			flush()
			phase, orders, cur = e.Phase, false, nil
		}
		head := e.Kind == EvOrder || cur == nil || isHead(e.Kind)
		if head {
			b := block{}
			switch {
			case e.Kind == EvOrder:
				orders = true
				if s.sideOf(e.Actor) == v.Side {
					own = append(own, b)
					cur = &own[len(own)-1]
				} else {
					foreign = append(foreign, b)
					cur = &foreign[len(foreign)-1]
				}
			case orders:
				post = append(post, b)
				cur = &post[len(post)-1]
			default:
				pre = append(pre, b)
				cur = &pre[len(pre)-1]
			}
		}
		if e.Vis&bit != 0 {
			cur.evs = append(cur.evs, v.redact(s, e))
		}
	}
	flush()
	if len(out) == 0 {
		return nil // as when no event was appended
	}
	return out
}

// isHead reports whether events of kind k start a block of their own: they are not the effect
// of the order before them.
func isHead(k EventKind) bool {
	switch k {
	case EvInject, EvTally, EvArrival, EvEnd, EvOverride:
		return true
	}
	return false
}
