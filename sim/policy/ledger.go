package policy

import "ttx/sim"

// ledger is a search's account of where its side's stolen value lies where the side's view
// does not show it. A side sees the stolen value of the assets it owns or traces, not of the
// swap, the mixer or the exchange it sent it to, so a guess at the hidden state (sim.Sample)
// would hold none there, and no rollout could value the rest of a chain (the hop on from the
// swap, the cash-out at the exchange). The ledger keeps, from the side's own results turn by
// turn, what it sent where: it reads only the side's views, so it tells a guess nothing the
// side does not know. It cannot see what others freeze there; it forgets a holding once a
// cash-out there succeeds.
type ledger struct {
	held    []int64       // per asset: stolen value believed held there, unseen
	pending []sim.Transit // stolen value believed on its way to an unseen asset
	prev    []int64       // the stolen value the side saw at each asset last turn
	hops    []int         // scratch: the side's successful hops from each asset this turn
	chain   []bool        // the scenario's chain moves
}

// reset forgets everything, for a game of sc.
func (l *ledger) reset(sc *sim.Scenario) {
	n := len(sc.Assets)
	l.held = append(l.held[:0], make([]int64, n)...)
	l.prev = append(l.prev[:0], make([]int64, n)...)
	l.hops = append(l.hops[:0], make([]int, n)...)
	l.pending = l.pending[:0]
	l.chain = chainMoves(sc)
}

// update reads the results of the side's orders of the last turn from v, its view now.
func (l *ledger) update(v *sim.Sight) {
	sc := v.Sc
	clear(l.hops)
	for i := range v.Results {
		if r := &v.Results[i]; r.Side == v.Side && r.OK {
			if m := sc.Move(r.Order.Move); m >= 0 && l.chain[m] && sc.Moves[m].Target == sim.TargetLink {
				if k := sc.Link(r.Order.Target); k >= 0 {
					l.hops[sc.Links[k].From]++
				}
			}
		}
	}
	for i := range v.Results {
		r := &v.Results[i]
		if r.Side != v.Side || !r.OK {
			continue
		}
		m := sc.Move(r.Order.Move)
		if m < 0 || !l.chain[m] {
			continue
		}
		switch sc.Moves[m].Target {
		case sim.TargetAsset:
			// A cash-out that succeeded took what was there.
			if x := sc.Asset(r.Order.Target); x >= 0 {
				l.held[x] = 0
			}
		case sim.TargetLink:
			k := sc.Link(r.Order.Target)
			if k < 0 {
				continue
			}
			lk := &sc.Links[k]
			var a int64
			if v.SeesValue(lk.From) {
				// What left the source, shared among the hops from it.
				a = max(l.prev[lk.From]-v.Dirty[lk.From], 0) / int64(max(l.hops[lk.From], 1))
			} else {
				a = l.held[lk.From] / int64(max(l.hops[lk.From], 1))
				l.held[lk.From] -= a
			}
			if v.SeesValue(lk.To) || a <= 0 {
				continue // the view shows what arrives there
			}
			a -= a * lk.FeeBP / 10000
			// The hop resolved last turn and arrives delay turns after.
			if lk.Delay == 0 {
				l.held[lk.To] += a
			} else {
				l.pending = append(l.pending, sim.Transit{Link: k, Amount: a, Arrive: v.Turn - 1 + lk.Delay})
			}
		}
	}
	// What arrives by the flows phase of this turn is there for this turn's cash-outs.
	kept := l.pending[:0]
	for _, t := range l.pending {
		if t.Arrive <= v.Turn {
			l.held[sc.Links[t.Link].To] += t.Amount
		} else {
			kept = append(kept, t)
		}
	}
	l.pending = kept
	copy(l.prev, v.Dirty)
}

// apply adds what the ledger holds to st, a guess at the hidden state from v, at the assets
// whose stolen value v does not show.
func (l *ledger) apply(v *sim.Sight, st *sim.State) {
	for x, a := range l.held {
		if a > 0 && !v.SeesValue(x) {
			st.Dirty[x] += a
			st.Flow.Stolen += a
		}
	}
}
