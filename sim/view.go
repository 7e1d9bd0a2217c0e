package sim

import "slices"

// Sight is what one side knows of a game: a copy of the state with everything the side may not
// see removed or reset to what the scenario file says, and only the events and results the side
// was shown. Policies and the window read sights, never states. Its State has no history; a
// side's history is HistoryView.
type Sight struct {
	*State
	// Side is the side that sees, or Facilitator.
	Side int
	// number is redaction's scratch: number[i] is the side's number of incident i of the state
	// the sight was made from, -1 when it does not know it.
	number []int
	// mask, when set, makes this a mask's bare sight: State is the true state, never redacted,
	// and the legality checks watch what they read (see Mask). Such a sight never leaves the
	// package.
	mask *Mask
}

// View returns what side sd sees of s. The facilitator (sd == Facilitator) sees everything.
// docs/rules.md ("What each side sees") lists what a side sees; in short:
//
//   - the seed is 0 (it would tell hidden truths and future rolls), hidden truths are false;
//   - other sides' actors show only their public tracks (the rest read as in the scenario file),
//     other sides' scores are 0, drafts of other sides are blank;
//   - assets it does not know read as in the file, and values only of assets it owns or traces;
//   - incidents are only those it knows, numbered in the order it learned of them; their true
//     authors, infrastructure and move are hidden unless the side is among the authors, and
//     planted evidence always; evidence is its own or public;
//   - results are its own, with no chance, roll or condition where they rest on what it cannot
//     see (Result.Hidden);
//   - events are those shown to it: another side's order is seen as its move's observation
//     (Event.Obs), with no actor, move or argument unless the move is public, and the orders of
//     other sides come after its own in each phase, in an order of what it sees; deltas of
//     hidden tracks, unknown assets and unknown authors are removed;
//   - the step that made the state names no inject not addressed to it and no track it cannot see.
func View(s *State, sd int) *Sight { return ViewAllInto(nil, s, sd) }

// ViewAllInto is View in dst's storage (a new sight when dst is nil), results and events
// included, for a caller that asks for each side's view every turn and keeps none of them
// (policy.Play); its slices may then be empty where View's are nil. dst must not be s's own
// sight.
func ViewAllInto(dst *Sight, s *State, sd int) *Sight {
	var st *State
	if dst != nil && dst.State != s {
		st = dst.State
	}
	if dst == nil {
		dst = &Sight{}
	}
	n := s.copyInto(st, sd != Facilitator)
	results, events := n.Results, n.Events // st's storage, emptied
	n.Step = s.Step
	v := dst
	v.State, v.Side = n, sd
	if sd == Facilitator {
		n.Results = append(results, s.Results...)
		n.Events = append(events, s.Events...)
		return v
	}
	v.redactState(s)
	n.Results = results
	if results == nil && len(s.Results) > 0 {
		n.Results = make([]Result, 0, len(s.Results)) // empty, not nil, as it always was
	}
	for _, r := range s.Results {
		if r.Side == sd {
			n.Results = append(n.Results, redactResult(r))
		}
	}
	// A view's step names no inject or track the side may not read (-1): viewed again (a
	// served team's forecast starts from its view), there is nothing more to hide.
	switch n.Step.Kind {
	case StepOverride:
		if n.Step.Actor >= 0 && !v.SeesTrack(n.Step.Actor, n.Step.Track) {
			n.Step.Actor, n.Step.Track, n.Step.Value = -1, -1, 0
		}
	case StepInject:
		if n.Step.Inject >= 0 && !v.SeesInject(n.Step.Inject) {
			n.Step.Inject = -1
		}
	}
	n.Events = v.events(s, events)
	return v
}

// redactResult returns what the ordering side sees of its own result: where the result rests on
// what the side cannot see, only whether the order succeeded.
func redactResult(r Result) Result {
	if !r.Hidden {
		return r
	}
	r.Chance, r.Roll = 0, 0
	if !r.OK {
		r.Reason = ErrVeiled{}
	}
	return r
}

// ViewInto writes what side sd sees of s into dst, reusing dst's storage, and returns dst: the
// state of View(s, sd) without its results and events, for policies that read only the state
// and are called many times (rollouts). dst must not be s's own sight.
func ViewInto(dst *Sight, s *State, sd int) *Sight {
	st := dst.State
	if st == s {
		st = nil
	}
	dst.State, dst.Side = s.copyInto(st, sd != Facilitator), sd
	dst.Results, dst.Events = dst.Results[:0], dst.Events[:0]
	if sd != Facilitator {
		dst.redactState(s)
	}
	return dst
}

// redactState resets in v's state, a copy of s, everything of the state its side may not see.
func (v *Sight) redactState(s *State) {
	n, sd := v.State, v.Side
	sc := s.Sc
	bit := sideBit(sd)
	if sc.hidden != nil {
		for _, k := range sc.hidden[sd] {
			n.Tracks[k] = sc.start[k]
		}
	} else {
		for a := range sc.Actors {
			if sc.Actors[a].Side == sd {
				continue // its own actors: every track seen (SeesTrack)
			}
			for t := range sc.Tracks {
				if k := sc.Slot(a, t); k >= 0 && !sc.Tracks[t].Public {
					n.Tracks[k] = sc.Actors[a].Tracks[t]
				}
			}
		}
	}
	v.redactAssets(s)
	n.Transit = n.Transit[:0]
	for _, t := range s.Transit {
		l := &sc.Links[t.Link]
		// Value in transit names its link: show it only when the side knows both ends, as
		// events do.
		if (v.SeesValue(l.From) || v.SeesValue(l.To)) && s.Known[l.From]&bit != 0 && s.Known[l.To]&bit != 0 {
			n.Transit = append(n.Transit, t)
		}
	}
	n.Flow = FlowTotals{}
	// The seed decides the hidden truths and every roll to come: a side must not have it.
	n.Seed = 0
	for i := range n.Fired {
		if sc.Injects[i].To&bit == 0 {
			n.Fired[i] = 0
		}
	}
	for i := range n.Truth {
		n.Truth[i] = false
	}
	// Only the incidents the side knows, numbered in the order it learned of them.
	n.Incidents, n.Learned = n.Incidents[:0], n.Learned[:0]
	v.numberIncidents(s)
	for _, l := range s.Learned {
		if l.Side != sd {
			continue
		}
		inc := s.Incidents[l.Incident]
		if !v.authorSide(&inc) {
			inc.Authors, inc.Via, inc.Move = nil, nil, -1
		}
		inc.Planted = nil
		inc.Known = bit
		inc.ev = evSpan{set: true} // the view's evidence is numbered anew below
		n.Learned = append(n.Learned, Learned{Side: sd, Incident: len(n.Incidents)})
		n.Incidents = append(n.Incidents, inc)
	}
	n.Evidence = n.Evidence[:0]
	for _, e := range s.Evidence {
		if int(e.Side) == sd || e.Public {
			if e.Incident = int32(v.number[e.Incident]); e.Incident >= 0 {
				n.Incidents[e.Incident].ev.add(len(n.Evidence))
				n.Evidence = append(n.Evidence, e)
			}
		}
	}
	for i := range n.Res {
		if !v.SeesResolution(i) {
			n.Res[i] = ResState{By: -1}
		}
	}
	for i := range n.Scores {
		if i != sd {
			n.Scores[i] = 0
		}
	}
}

// redactAssets writes into v's state, whose five asset slices hold as many values as s's,
// s's assets as the side sees them: the status of those it does not know as it was at the
// start, no value at those it neither owns nor traces, and nothing of what other sides know
// and trace.
func (v *Sight) redactAssets(s *State) {
	n, sc, bit := v.State, s.Sc, sideBit(v.Side)
	na := len(s.Value)
	own := sc.owners
	if own == nil {
		own = ownersOf(sc) // not indexed
	}
	// Two passes, each with few enough slices to keep them in registers.
	known, traced, status, assets := s.Known[:na], s.Traced[:na], s.Status[:na], sc.Assets[:na]
	nk, nt, ns := n.Known[:na], n.Traced[:na], n.Status[:na]
	for x, k := range known {
		if k&bit != 0 {
			ns[x] = status[x]
		} else {
			ns[x] = assets[x].Status
		}
		nk[x], nt[x] = k&bit, traced[x]&bit
	}
	value, dirty, nv, nd := s.Value[:na], s.Dirty[:na], n.Value[:na], n.Dirty[:na]
	if v.Side == Facilitator {
		copy(nv, value)
		copy(nd, dirty)
		return
	}
	own = own[:na]
	for x, t := range traced {
		if (t|own[x])&bit != 0 { // it owns or traces it
			nv[x], nd[x] = value[x], dirty[x]
		} else {
			nv[x], nd[x] = 0, 0
		}
	}
}

// numberIncidents works out the side's number of each incident of s (v.number), in the order it
// learned of them.
func (v *Sight) numberIncidents(s *State) {
	v.number = slices.Grow(v.number[:0], len(s.Incidents))[:len(s.Incidents)]
	for i := range v.number {
		v.number[i] = -1
	}
	k := 0
	for _, l := range s.Learned {
		if l.Side == v.Side {
			v.number[l.Incident] = k
			k++
		}
	}
}

// redact removes from an event what the side may not see, and numbers its incidents as the
// side does (v.number: numberIncidents must have run on s).
func (v *Sight) redact(s *State, e Event) Event {
	sd := v.Side
	e.Vis = sideBit(sd) // who else was shown it is not the side's to know
	if e.Kind == EvOrder && e.Target >= 0 && e.Move >= 0 && s.Sc.Moves[e.Move].Target == TargetIncident {
		e.Target = int32(v.number[e.Target])
	}
	if e.Kind == EvOrder && s.sideOf(int(e.Actor)) != sd && e.Move >= 0 && s.Sc.Moves[e.Move].Visibility != VisPublic && !s.Sc.Open {
		// Another side's order, seen by its effect on the side: as its move's observation, and
		// whether it worked, not why it did not.
		e.Actor, e.Move, e.Arg, e.Param = -1, -1, -1, 0
		if e.Code != "ok" {
			e.Code = ErrVeiled{}.Code()
		}
	}
	if e.Kind == EvOrder && e.Hidden && s.sideOf(int(e.Actor)) == sd && e.Code != "ok" {
		e.Code = ErrVeiled{}.Code()
	}
	// author: the side is among the true authors of the event's incident (by its index in s,
	// not the side's number of it, which differs).
	author := e.Incident >= 0 && v.authorSide(&s.Incidents[e.Incident])
	if e.Kind == EvIncident && !author {
		e.Move = -1
	}
	if e.Incident >= 0 {
		e.Incident = int32(v.number[e.Incident])
	}
	share := e.Kind == EvReveal && e.Asset < 0 // an incident shared: the side told knows by whom
	switch e.Kind {
	case EvIncident, EvTheft, EvHop, EvArrival, EvCashout, EvReveal:
		if e.Actor >= 0 && s.sideOf(int(e.Actor)) != sd && !share {
			if e.Kind != EvIncident || !author {
				e.Actor = -1
			}
		}
	}
	if e.Kind == EvAttribution && !author {
		e.Correct = false // whether the accused is a true author is the truth itself
	}
	if e.Asset >= 0 && s.Known[e.Asset]&sideBit(sd) == 0 {
		e.Asset = -1
	}
	if e.Kind == EvTheft && e.Target >= 0 && s.Known[e.Target]&sideBit(sd) == 0 {
		e.Target = -1
	}
	if e.Link >= 0 {
		l := &s.Sc.Links[e.Link]
		if s.Known[l.From]&sideBit(sd) == 0 || s.Known[l.To]&sideBit(sd) == 0 {
			e.Link = -1
		}
	}
	if len(e.Deltas) > 0 {
		seen := 0
		for _, d := range e.Deltas {
			if v.SeesTrack(d.Actor, d.Track) {
				seen++
			}
		}
		if seen == len(e.Deltas) {
			e.Deltas = e.Deltas[:seen:seen] // all seen: shared, capped so nothing past them shows
		} else {
			ds := make([]Delta, 0, seen)
			for _, d := range e.Deltas {
				if v.SeesTrack(d.Actor, d.Track) {
					ds = append(ds, d)
				}
			}
			e.Deltas = ds
		}
	}
	return e
}

// authorSide reports whether the side controls one of the incident's true authors.
func (v *Sight) authorSide(inc *Incident) bool {
	for _, a := range inc.Authors {
		if v.State.sideOf(a) == v.Side {
			return true
		}
	}
	return false
}

// SeesTrack reports whether the side sees the true value of track t of actor a.
func (v *Sight) SeesTrack(a, t int) bool {
	return v.Side == Facilitator || v.Sc.Tracks[t].Public || v.Sc.Actors[a].Side == v.Side
}

// Knows reports whether the side knows that asset x exists.
func (v *Sight) Knows(x int) bool {
	return v.Side == Facilitator || v.State.Known[x]&sideBit(v.Side) != 0
}

// SeesValue reports whether the side sees the value held at asset x: it owns or traces it.
func (v *Sight) SeesValue(x int) bool {
	if v.Side == Facilitator {
		return true
	}
	if v.State.Traced[x]&sideBit(v.Side) != 0 {
		return true
	}
	return v.Sc.sideOwns(v.Side, x)
}

// sideOwns reports whether an actor of side sd owns asset x.
func (sc *Scenario) sideOwns(sd, x int) bool {
	if sc.owners != nil {
		return sc.owners[x]&sideBit(sd) != 0
	}
	for _, o := range sc.Assets[x].Owners {
		if sc.Actors[o].Side == sd {
			return true
		}
	}
	return false
}

// KnowsIncident reports whether the side knows of incident i.
func (v *Sight) KnowsIncident(i int) bool {
	return v.Side == Facilitator || v.Incidents[i].Known&sideBit(v.Side) != 0
}

// SeesResolution reports whether the side sees resolution i: tabled or decided, or its own
// draft.
func (v *Sight) SeesResolution(i int) bool {
	return v.Side == Facilitator || v.Res[i].Status != Draft || v.State.seesDraft(v.Side, i)
}

// seesDraft reports whether side sd sees resolution i while it is a draft: its own drafts, and
// a draft voted on the turn it is tabled (vote_after = 0) when the side has a seat in its body
// (it is on the body's agenda: its members may cast ballots the turn it is tabled).
func (s *State) seesDraft(sd, i int) bool {
	d := &s.Sc.Resolutions[i]
	if d.DraftedBy == sd {
		return true
	}
	if d.VoteAfter != 0 || sd < 0 {
		return false
	}
	for _, a := range s.Sc.Bodies[d.Body].Members {
		if s.Sc.Actors[a].Side == sd {
			return true
		}
	}
	return false
}

// SeesInject reports whether the side is told inject i.
func (v *Sight) SeesInject(i int) bool {
	return v.Side == Facilitator || v.Sc.Injects[i].To&sideBit(v.Side) != 0
}

// HistoryView returns what side sd sees of every state from the start of the game to s.
func HistoryView(s *State, sd int) []*Sight {
	h := s.History()
	out := make([]*Sight, len(h))
	for i, p := range h {
		out[i] = View(p, sd)
	}
	return out
}
