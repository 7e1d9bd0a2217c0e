package sim

import (
	"cmp"
	"slices"
)

// know adds the sides of bits to those that know incident i, and records, for each side that
// did not know it yet (in side order), that it learned of it now.
func (s *State) know(i int, bits uint64) {
	inc := &s.Incidents[i]
	fresh := bits &^ inc.Known
	inc.Known |= bits
	for sd := range s.Sc.Sides {
		if fresh&sideBit(sd) != 0 {
			s.Learned = append(s.Learned, Learned{Side: sd, Incident: i})
		}
	}
}

// IncidentAt returns the index in s of side sd's incident k (k from 0, in the order the side
// learned of its incidents: the side's incident_(k+1)), or -1 if the side knows fewer. In a
// side's sight the two numberings are the same.
func (s *State) IncidentAt(sd, k int) int {
	if k < 0 {
		return -1
	}
	for _, l := range s.Learned {
		if l.Side == sd {
			if k == 0 {
				return l.Incident
			}
			k--
		}
	}
	return -1
}

// shuffleLearned puts the incidents each side learned of in this step (the entries of Learned
// from from on) in an order drawn from the seed. They were learned in the order of
// adjudication, which follows the actors' order: numbered so, two incidents learned in one turn
// would tell the side which of their authors comes first. The draw is the side's secret as the
// seed is, and tells nothing of the actors.
func (s *State) shuffleLearned(from int) {
	if len(s.Learned)-from < 2 {
		return
	}
	// On the stack for a turn's few incidents.
	const few = 16
	var atBuf, idxBuf [few]int
	var lsBuf [few]Learned
	var keyBuf [few]float64
	for sd := range s.Sc.Sides {
		at := atBuf[:0]
		for i := from; i < len(s.Learned); i++ {
			if s.Learned[i].Side == sd {
				at = append(at, i)
			}
		}
		if len(at) < 2 {
			continue
		}
		ls, keys, idx := lsBuf[:0], keyBuf[:0], idxBuf[:0]
		if len(at) > few {
			ls, keys, idx = make([]Learned, 0, len(at)), make([]float64, 0, len(at)), make([]int, 0, len(at))
		}
		ls, keys, idx = ls[:len(at)], keys[:len(at)], idx[:len(at)]
		for k, i := range at {
			ls[k] = s.Learned[i]
			keys[k] = Draw(s.Seed, s.Turn, -2-sd, ls[k].Incident, 0)
		}
		for k := range idx {
			idx[k] = k
		}
		slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(keys[a], keys[b]) })
		for k, i := range at {
			s.Learned[i] = ls[idx[k]]
		}
	}
}

// share makes the order's target incident known to the sides of to, which learn of it as a side
// does that finds it: its victims, the move's observation, and none of the evidence others found;
// to all sides, it becomes public. The event is seen by the sharing side and those it told.
func (s *State) share(c *Ctx, to uint64, r *run) {
	i := c.Target
	if i < 0 || i >= len(s.Incidents) {
		return
	}
	if to == AllSides {
		s.Incidents[i].Public = true
	}
	if s.Incidents[i].Known&to == to {
		return
	}
	s.know(i, to)
	if ev, _ := r.emitNew(EvReveal, to|sideBit(c.Side)); ev != nil {
		ev.Actor, ev.Incident = int32(c.Self), int32(i)
	}
}
