package sim

// flowVis returns the sides that see value move at asset x: its owners' sides and the sides
// tracing it.
func (s *State) flowVis(x int) uint64 {
	vis := s.Traced[x]
	for _, o := range s.Sc.Assets[x].Owners {
		vis |= sideBit(s.sideOf(o))
	}
	return vis
}

// amount evaluates an effect's optional amount, capped by what is available; 0 when the amount
// is not a finite number (r.bad then says so).
func (e *Effect) amount(c *Ctx, avail int64, r *run) int64 {
	a := avail
	if e.HasAmount {
		v, ok := r.num(c, e.Amount)
		if !ok {
			return 0
		}
		a = min(round(v), avail)
	}
	return max(a, 0)
}

// steal moves value from the target holding into the receiving asset as stolen value.
func (s *State) steal(c *Ctx, e *Effect, r *run) {
	x := e.asset(c)
	a := e.amount(c, s.Value[x], r)
	if a == 0 {
		return
	}
	s.Value[x] -= a
	s.Dirty[e.To] += a
	s.Flow.Stolen += a
	if ev, _ := r.emitNew(EvTheft, s.flowVis(x)|s.flowVis(e.To)); ev != nil {
		ev.Actor, ev.Asset, ev.Amount, ev.Incident = int32(c.Self), int32(x), a, int32(r.incident)
		ev.Target = int32(e.To)
	}
}

// hop sends stolen value along the target link: the fee is kept, the rest travels for the link's
// delay and arrives (at once when the delay is 0).
func (s *State) hop(c *Ctx, e *Effect, r *run) {
	l := &s.Sc.Links[c.Target]
	a := e.amount(c, s.Dirty[l.From], r)
	if a == 0 {
		return
	}
	fee := a * l.FeeBP / 10000
	s.Dirty[l.From] -= a
	s.Flow.Fees += fee
	if ev, _ := r.emitNew(EvHop, s.flowVis(l.From)|s.flowVis(l.To)); ev != nil {
		ev.Actor, ev.Link, ev.Amount, ev.Asset = int32(c.Self), int32(c.Target), a, int32(l.From)
	}
	t := Transit{Link: c.Target, Amount: a - fee, Arrive: r.turn + l.Delay}
	if l.Delay == 0 {
		s.land(t, r)
		return
	}
	s.Transit = append(s.Transit, t)
}

// arrive lands the value in transit that is due this turn, in the order it left.
func (s *State) arrive(r *run) {
	keep := s.Transit[:0]
	var due []Transit
	for _, t := range s.Transit {
		if t.Arrive <= r.turn {
			due = append(due, t)
		} else {
			keep = append(keep, t)
		}
	}
	s.Transit = keep
	for _, t := range due {
		s.land(t, r)
	}
}

// land delivers value at the end of a link; at a traced asset, the asset's freeze share of it is
// frozen.
func (s *State) land(t Transit, r *run) {
	l := &s.Sc.Links[t.Link]
	x := l.To
	s.Dirty[x] += t.Amount
	if ev, _ := r.emitNew(EvArrival, s.flowVis(x)|s.flowVis(l.From)); ev != nil {
		ev.Link, ev.Asset, ev.Amount = int32(t.Link), int32(x), t.Amount
	}
	if s.Traced[x] == 0 {
		return
	}
	d := &s.Sc.Assets[x]
	c := &s.scr.land // a context of its own, not allocated (a hop lands in an order's effects)
	*c = Ctx{S: s, Self: d.Owners[0], Target: x, Arg: -1, Side: s.sideOf(d.Owners[0]),
		targetKind: TargetAsset, move: -1}
	share := d.Freeze.Eval(c)
	if !Finite(share) {
		if ev, _ := r.emitNew(EvNonFinite, 0); ev != nil {
			ev.Asset, ev.Code, ev.Expr = int32(x), NonFiniteFreeze, d.Freeze.Src
		}
		return
	}
	share = min(max(share, 0), 1)
	f := min(round(float64(t.Amount)*share), s.Dirty[x])
	if f <= 0 {
		return
	}
	s.Dirty[x] -= f
	s.Flow.Frozen += f
	if fe, _ := r.emitNew(EvFreeze, s.flowVis(x)); fe != nil {
		fe.Actor, fe.Asset, fe.Amount = int32(d.Owners[0]), int32(x), f
	}
}

// trace marks the target asset as traced by the acting side.
func (s *State) trace(c *Ctx, e *Effect, r *run) {
	x := e.asset(c)
	s.Traced[x] |= sideBit(c.Side)
	if ev, _ := r.emitNew(EvTrace, sideBit(c.Side)); ev != nil {
		ev.Actor, ev.Asset = int32(c.Self), int32(x)
	}
}

// freeze freezes stolen value held at the target asset.
func (s *State) freeze(c *Ctx, e *Effect, r *run) {
	x := e.asset(c)
	a := e.amount(c, s.Dirty[x], r)
	if a == 0 {
		return
	}
	s.Dirty[x] -= a
	s.Flow.Frozen += a
	if ev, _ := r.emitNew(EvFreeze, s.flowVis(x)|sideBit(c.Side)); ev != nil {
		ev.Actor, ev.Asset, ev.Amount = int32(c.Self), int32(x), a
	}
}

// cashout takes stolen value out of the system into a track.
func (s *State) cashout(c *Ctx, e *Effect, at int, r *run) {
	x := e.asset(c)
	a := e.amount(c, s.Dirty[x], r)
	if a == 0 {
		return
	}
	s.Dirty[x] -= a
	s.Flow.Cashed += a
	rate := 1.0
	if e.Rate.Fn != nil {
		// The rate reads the state with the value already taken out, as it always has.
		var ok bool
		if rate, ok = r.num(c, e.Rate); !ok {
			s.Dirty[x] += a
			s.Flow.Cashed -= a
			return
		}
	}
	gain := round(float64(a) * rate)
	s.actors(c, e.Who, func(w int) { s.addTrack(w, e.Track, gain, s.eventAt(at)) })
	if ev, _ := r.emitNew(EvCashout, s.flowVis(x)); ev != nil {
		ev.Actor, ev.Asset, ev.Amount = int32(c.Self), int32(x), a
	}
}

// Held returns the stolen value held in assets, and in transit.
func (s *State) Held() (held, transit int64) {
	for _, d := range s.Dirty {
		held += d
	}
	for _, t := range s.Transit {
		transit += t.Amount
	}
	return held, transit
}
