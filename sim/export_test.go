package sim

import (
	"encoding/json"
	"slices"
)

// AppendEventsJSON is appendEventsJSON, for the tests.
var AppendEventsJSON = appendEventsJSON

// EventsRef returns the events side sd sees of s as the first version of Sight.events gave
// them (each block copied, sorted by encoding/json's text), to check the faster one against.
func EventsRef(s *State, sd int) []Event {
	v := &Sight{State: s, Side: sd}
	v.numberIncidents(s)
	return v.eventsRef(s)
}

// eventsRef is Sight.events as it was first written.
func (v *Sight) eventsRef(s *State) []Event {
	bit := sideBit(v.Side)
	type block struct {
		evs []Event
		key string // foreign blocks: what the side sees of them, to sort by
	}
	var out []Event
	var pre, own, foreign, post []block
	flush := func() {
		for i := range foreign {
			b, _ := json.Marshal(foreign[i].evs)
			foreign[i].key = string(b)
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
		if int(e.Phase) != phase {
			flush()
			phase, orders, cur = int(e.Phase), false, nil
		}
		head := e.Kind == EvOrder || cur == nil || isHead(e.Kind)
		if head {
			b := block{}
			switch {
			case e.Kind == EvOrder:
				orders = true
				if s.sideOf(int(e.Actor)) == v.Side {
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
	return out
}

// Made reports whether the mask has made its side's view.
func (m *Mask) Made() bool { return m.made }

// Unindexed returns a copy of sc as it was before Index, its tracks' slots kept (the loader
// works them out before it compiles expressions): it plays the same, only slower.
func Unindexed(sc *Scenario) *Scenario {
	u := *sc
	u.hidden, u.owners, u.ids = nil, nil, nil
	return &u
}

// Vouched reports whether sp vouches for order c in s (see Draws).
func Vouched(sp *Space, s *State, c ActorChoice) bool {
	_, ok := sp.vouched(s, &c)
	return ok
}
