package sim

import "slices"

// openIncident opens the incident of a successful hostile move: the actor is its true author,
// the target (or the target asset's owners) its victims, the move's via assets the
// infrastructure it used. The authors' and victims' sides know of it; a public move tells all.
func (s *State) openIncident(c *Ctx, m *MoveDef, r *run) int {
	// Authors, victims and infrastructure share one allocation, each capped so that an append
	// to one copies it.
	var victims []int
	switch c.targetKind {
	case TargetActor:
		victims = []int{c.Target}
	case TargetAsset, TargetLink:
		victims = s.Sc.Assets[c.ownersAsset()].Owners
	}
	nvia := 0
	for _, x := range m.Via {
		if s.Sc.Owns(c.Self, x) {
			nvia++
		}
	}
	buf := make([]int, 0, 1+len(victims)+nvia)
	buf = append(append(buf, c.Self), victims...)
	for _, x := range m.Via {
		if s.Sc.Owns(c.Self, x) {
			buf = append(buf, x)
		}
	}
	nv := 1 + len(victims)
	inc := Incident{Turn: r.turn, Move: c.move, Obs: m.Obs, Authors: buf[:1:1], ev: evSpan{set: true}}
	if len(victims) > 0 {
		inc.Victims = buf[1:nv:nv]
	}
	if nvia > 0 {
		inc.Via = buf[nv:]
	}
	known := sideBit(c.Side)
	for _, v := range inc.Victims {
		known |= sideBit(s.sideOf(v))
	}
	if m.Visibility == VisPublic {
		known, inc.Public = AllSides, true
	}
	s.Incidents = append(s.Incidents, inc)
	i := len(s.Incidents) - 1
	s.know(i, known)
	return i
}

// announceIncident records the event of the incident the current order opened, once its
// co-authors and plants are known. Its Actor is the true author; views hide it from sides that
// are not among the authors'.
func (s *State) announceIncident(r *run) {
	inc := &s.Incidents[r.incident]
	if ev, _ := r.emitNew(EvIncident, inc.Known); ev != nil {
		ev.Incident, ev.Actor, ev.Move, ev.Obs = int32(r.incident), int32(inc.Authors[0]), int32(inc.Move), int32(inc.Obs)
		ev.Actors = inc.Victims
	}
}

// plant plants misleading evidence on the incident the current order opened (none: nothing):
// an investigation of it finds evidence of the effect's strength against the effect's actor.
// A strength that is not a finite number plants nothing and is the run's failure (r.bad).
func (s *State) plant(c *Ctx, e *Effect, r *run) {
	if r.incident < 0 {
		return
	}
	v, ok := r.num(c, e.Amount)
	if !ok {
		return
	}
	inc := &s.Incidents[r.incident]
	inc.Planted = append(inc.Planted[:len(inc.Planted):len(inc.Planted)],
		Plant{Actor: e.Actor, Strength: round(v)})
}

// coauthor makes the effect's actor a true author of the incident the current order opened
// (none: nothing), once; its side learns of the incident.
func (s *State) coauthor(e *Effect, r *run) {
	if r.incident < 0 {
		return
	}
	inc := &s.Incidents[r.incident]
	if !slices.Contains(inc.Authors, e.Actor) {
		inc.Authors = append(inc.Authors[:len(inc.Authors):len(inc.Authors)], e.Actor)
		s.know(r.incident, sideBit(s.sideOf(e.Actor)))
	}
}

// findEvidence is an investigation. On an incident it finds evidence against each true author,
// against every owner of each asset the incident went via, and the planted evidence. On an
// asset it finds evidence against every owner for each incident that went via the asset, and
// the side learns of those incidents.
func (s *State) findEvidence(c *Ctx, e *Effect, r *run) {
	v, ok := r.num(c, e.Amount)
	if !ok {
		return
	}
	str := round(v)
	if str <= 0 {
		return
	}
	found := func(i int) {
		inc := &s.Incidents[i]
		// The assets it went via whose owners are accused: all of them when the target is the
		// incident, else only the target asset.
		all, via := c.targetKind == TargetIncident, e.asset(c)
		var accused []int
		if !s.quiet {
			// Room, at once, for all the evidence found and all the accused, rather than
			// growing them one at a time (a quiet state's evidence grows in storage it keeps).
			most := 0
			if all {
				most = len(inc.Authors) + len(inc.Planted)
			}
			for _, x := range inc.Via {
				if all || x == via {
					most += len(s.Sc.Assets[x].Owners)
				}
			}
			if most > 0 {
				s.Evidence = slices.Grow(s.Evidence, most)
				accused = make([]int, 0, most)
			}
		}
		add := func(a int, w int64) {
			inc.ev.add(len(s.Evidence))
			s.Evidence = append(s.Evidence, Evidence{Incident: int32(i), Accused: int32(a), Strength: w, Side: int32(c.Side)})
			if !s.quiet && !slices.Contains(accused, a) { // for the event, which a quiet state does not record
				accused = append(accused, a)
			}
		}
		if all {
			for _, a := range inc.Authors {
				add(a, str)
			}
			for _, p := range inc.Planted {
				add(p.Actor, p.Strength)
			}
		}
		for _, x := range inc.Via {
			if all || x == via {
				for _, o := range s.Sc.Assets[x].Owners {
					add(o, str)
				}
			}
		}
		s.know(i, sideBit(c.Side))
		if ev, _ := r.emitNew(EvEvidence, sideBit(c.Side)); ev != nil {
			ev.Actor, ev.Incident, ev.Amount, ev.Actors = int32(c.Self), int32(i), str, accused
		}
	}
	if c.targetKind == TargetIncident {
		found(c.Target)
		return
	}
	x := e.asset(c)
	for i := range s.Incidents {
		if slices.Contains(s.Incidents[i].Via, x) {
			found(i)
		}
	}
}

// attribute is a public attribution of the target incident to the order's argument. The
// incident and the accuser's evidence on it become public; Correct tells later effects whether
// the accused is a true author.
func (s *State) attribute(c *Ctx, r *run) {
	if c.targetKind != TargetIncident || c.Arg < 0 {
		return
	}
	inc := &s.Incidents[c.Target]
	c.Correct = slices.Contains(inc.Authors, c.Arg)
	inc.Attributed |= sideBit(c.Side)
	inc.Public = true
	s.know(c.Target, AllSides)
	evs := s.EvidenceOn(c.Target)
	for i := range evs {
		if ev := &evs[i]; int(ev.Incident) == c.Target && int(ev.Side) == c.Side {
			ev.Public = true
		}
	}
	if ev, _ := r.emitNew(EvAttribution, AllSides); ev != nil {
		ev.Actor, ev.Incident, ev.Arg, ev.Correct = int32(c.Self), int32(c.Target), int32(c.Arg), c.Correct
	}
}

// Confidence returns side sd's confidence, for each candidate author of incident i, from the
// evidence the side has found or that was made public: (1 + Wc) / Σk (1 + Wk), where Wk is the
// strength of evidence against k, over the candidates with any evidence. The candidates come in
// actor order; an incident without evidence has none.
func (s *State) Confidence(sd, i int) (cands []int, conf []float64) {
	w := make([]int64, len(s.Sc.Actors))
	seen := make([]bool, len(s.Sc.Actors))
	for _, e := range s.Evidence {
		if int(e.Incident) == i && (e.Public || (sd >= 0 && int(e.Side) == sd) || sd == Facilitator) {
			w[e.Accused] += e.Strength
			seen[e.Accused] = true
		}
	}
	total := 0.0
	for a := range w {
		if seen[a] {
			cands = append(cands, a)
			total += 1 + float64(w[a])
		}
	}
	for _, a := range cands {
		conf = append(conf, (1+float64(w[a]))/total)
	}
	return cands, conf
}

// Facilitator is the side index of the white cell, who sees everything.
const Facilitator = -1
