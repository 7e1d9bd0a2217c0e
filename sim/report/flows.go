package report

import (
	"ttx/sim"
)

// flows follows the stolen value: per turn what was stolen, moved along hops, paid in fees,
// frozen and cashed out, and what was held and in transit at the end of the turn; every
// movement; and the holdings of every asset that held value. A side's report has what the side
// saw: the movements it was shown and the holdings of the assets it knows, but not the totals,
// which are secret (a side's view has none).
func (b *builder) flows() {
	sc := b.sc
	if b.s.Flow.Stolen == 0 && b.as < 0 {
		return
	}
	f := &Flows{Conserved: true}
	used := make([]bool, len(sc.Assets)) // assets stolen value passed through
	mark := func(xs ...int) {
		for _, x := range xs {
			if x >= 0 {
				used[x] = true
			}
		}
	}
	k := 0 // the sample the events being read belong to
	moved := make([]int64, len(b.samples))
	for _, p := range b.hist[1:] {
		i := min(k+1, len(moved)-1) // a facilitator's step counts toward the next turn
		if p.Step.Kind == sim.StepTurn {
			k++
			i = k
		}
		for _, e := range p.Events {
			m := FlowMove{Turn: b.turnName(int(e.Turn)), Kind: e.Kind.String(), Amount: e.Amount, Secret: b.secret(e.Vis)}
			switch e.Kind {
			case sim.EvTheft:
				m.From, m.To = b.assetName(int(e.Asset)), b.assetName(int(e.Target))
				mark(int(e.Asset), int(e.Target))
			case sim.EvHop:
				m.From, m.To = b.assetName(-1), b.assetName(-1) // a link a side does not know both ends of
				if e.Link >= 0 {
					l := &sc.Links[e.Link]
					m.From, m.To, m.Fee = b.assetName(l.From), b.assetName(l.To), e.Amount*l.FeeBP/10000
					mark(l.From, l.To)
				}
				moved[i] += e.Amount
			case sim.EvArrival:
				m.From, m.To = b.assetName(-1), b.assetName(int(e.Asset))
				if e.Link >= 0 {
					m.From = b.assetName(sc.Links[e.Link].From)
				}
			case sim.EvFreeze, sim.EvCashout:
				m.From = b.assetName(int(e.Asset))
				mark(int(e.Asset))
			default:
				continue
			}
			f.Moves = append(f.Moves, m)
		}
	}
	if b.as >= 0 {
		b.sideFlows(f, used)
		return
	}
	for i, p := range b.samples {
		held, transit := p.Held()
		if p.Flow.Stolen != held+transit+p.Flow.Frozen+p.Flow.Fees+p.Flow.Cashed {
			f.Conserved = false
		}
		if i == 0 {
			continue
		}
		q := b.samples[i-1]
		row := FlowRow{Turn: b.turnName(p.Prev.Turn),
			Stolen: p.Flow.Stolen - q.Flow.Stolen, Moved: moved[i], Fees: p.Flow.Fees - q.Flow.Fees,
			Frozen: p.Flow.Frozen - q.Flow.Frozen, Cashed: p.Flow.Cashed - q.Flow.Cashed,
			Held: held, Transit: transit, FrozenTotal: p.Flow.Frozen, CashedTotal: p.Flow.Cashed}
		f.Turns = append(f.Turns, row)
	}
	held, transit := b.s.Held()
	f.Total = FlowRow{Turn: "Total", Stolen: b.s.Flow.Stolen, Fees: b.s.Flow.Fees, Frozen: b.s.Flow.Frozen,
		Cashed: b.s.Flow.Cashed, Held: held, Transit: transit, FrozenTotal: b.s.Flow.Frozen,
		CashedTotal: b.s.Flow.Cashed}
	for _, m := range moved {
		f.Total.Moved += m
	}
	b.holdings(f, used, func(int) bool { return true })
	b.r.Flows = f
}

// sideFlows completes a side's flows from the movements it was shown (f.Moves, and used, the
// assets they passed through): the holdings of those assets, and of the others it knows of that
// held stolen value it could see. With neither, the side saw no stolen value, and its report
// says so (no Flows).
func (b *builder) sideFlows(f *Flows, used []bool) {
	bit := sideBit(b.as)
	b.holdings(f, used, func(x int) bool { return b.s.Known[x]&bit != 0 })
	stolen := len(f.Moves) > 0
	for _, h := range f.Holdings {
		stolen = stolen || h.Stolen > 0
	}
	if stolen {
		b.r.Flows = f
	}
}

// holdings lists in f the assets that known allows and that stolen value passed through (used)
// or that held value at some turn, each with its value at the start and the end.
func (b *builder) holdings(f *Flows, used []bool, known func(x int) bool) {
	sc := b.sc
	for x := range sc.Assets {
		had := used[x]
		for _, p := range b.samples {
			had = had || p.Value[x] > 0 || p.Dirty[x] > 0
		}
		if !had || !known(x) {
			continue
		}
		h := Holding{Asset: sc.Assets[x].Name, Kind: sc.Assets[x].Kind, Owners: b.actorNames(sc.Assets[x].Owners),
			Status: b.s.Status[x].String(), TracedBy: "—", Start: b.hist[0].Value[x], Value: b.s.Value[x],
			Stolen: b.s.Dirty[x]}
		if b.s.Traced[x] != 0 {
			h.TracedBy = b.sideNames(b.s.Traced[x])
		}
		if b.as >= 0 {
			// Whether another side traces it is not the side's to know.
			bit, name := sideBit(b.as), sc.Sides[b.as].Name
			h.TracedBy = "not by " + name
			if b.s.Traced[x]&bit != 0 {
				h.TracedBy = name + "; others: not yours to know"
			}
			// A side sees the values of the assets it owns or traces (sim.View).
			owns := false
			for _, a := range sc.Assets[x].Owners {
				owns = owns || sc.Actors[a].Side == b.as
			}
			h.NoStart, h.NoEnd = !owns && b.hist[0].Traced[x]&bit == 0, !owns && b.s.Traced[x]&bit == 0
		}
		f.Holdings = append(f.Holdings, h)
	}
}

// assetName names asset x, or "—" for none: in a side's report, an asset it does not know of
// ("unknown").
func (b *builder) assetName(x int) string {
	switch {
	case x < 0 && b.as >= 0:
		return "unknown"
	case x < 0:
		return "—"
	}
	return b.sc.Assets[x].Name
}
