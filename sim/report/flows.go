package report

import (
	"ttx/sim"
)

// flows follows the stolen value: per turn what was stolen, moved along hops, paid in fees,
// frozen and cashed out, and what was held and in transit at the end of the turn; every
// movement; and the holdings of every asset that held value.
func (b *builder) flows() {
	sc := b.sc
	if b.s.Flow.Stolen == 0 {
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
			m := FlowMove{Turn: b.turnName(e.Turn), Kind: e.Kind.String(), Amount: e.Amount, Secret: b.secret(e.Vis)}
			switch e.Kind {
			case sim.EvTheft:
				m.From, m.To = b.assetName(e.Asset), b.assetName(e.Target)
				mark(e.Asset, e.Target)
			case sim.EvHop:
				l := &sc.Links[e.Link]
				m.From, m.To, m.Fee = b.assetName(l.From), b.assetName(l.To), e.Amount*l.FeeBP/10000
				mark(l.From, l.To)
				moved[i] += e.Amount
			case sim.EvArrival:
				m.From, m.To = b.assetName(sc.Links[e.Link].From), b.assetName(e.Asset)
			case sim.EvFreeze, sim.EvCashout:
				m.From = b.assetName(e.Asset)
				mark(e.Asset)
			default:
				continue
			}
			f.Moves = append(f.Moves, m)
		}
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
	for x := range sc.Assets {
		had := used[x]
		for _, p := range b.samples {
			had = had || p.Value[x] > 0 || p.Dirty[x] > 0
		}
		if !had {
			continue
		}
		h := Holding{Asset: sc.Assets[x].Name, Kind: sc.Assets[x].Kind, Owners: b.actorNames(sc.Assets[x].Owners),
			Status: b.s.Status[x].String(), TracedBy: "—", Start: b.hist[0].Value[x], Value: b.s.Value[x],
			Stolen: b.s.Dirty[x]}
		if b.s.Traced[x] != 0 {
			h.TracedBy = b.sideNames(b.s.Traced[x])
		}
		f.Holdings = append(f.Holdings, h)
	}
	b.r.Flows = f
}

// assetName names asset x, or "—" for none.
func (b *builder) assetName(x int) string {
	if x < 0 {
		return "—"
	}
	return b.sc.Assets[x].Name
}
