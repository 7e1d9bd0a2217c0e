package sim

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

// IncidentNumber returns side sd's number (from 0) of incident i of s, or -1 if the side does
// not know it. The facilitator's numbers are the indices themselves.
func (s *State) IncidentNumber(sd, i int) int {
	if sd == Facilitator {
		return i
	}
	k := 0
	for _, l := range s.Learned {
		if l.Side == sd {
			if l.Incident == i {
				return k
			}
			k++
		}
	}
	return -1
}
