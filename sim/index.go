package sim

// Index computes what the engine derives from a scenario to play it faster: for each move with
// target kinds, which actors or assets are of those kinds; for each side, which tracks of other
// sides' actors it cannot see. The loader calls it once a scenario is built; a scenario that was
// not indexed plays the same, only slower. It must be called before the scenario is shared.
func (sc *Scenario) Index() {
	for i := range sc.Moves {
		m := &sc.Moves[i]
		m.kindOK, m.targets = nil, nil
		if len(m.TargetKinds) == 0 {
			continue
		}
		n := 0
		switch m.Target {
		case TargetActor:
			n = len(sc.Actors)
		case TargetAsset:
			n = len(sc.Assets)
		default:
			continue
		}
		m.kindOK = make([]bool, n)
		m.targets = []int{}
		for t := range n {
			if m.kindOK[t] = m.kindFitsSlow(sc, t); m.kindOK[t] {
				m.targets = append(m.targets, t)
			}
		}
	}
	nt := sc.NT()
	sc.hidden = make([][]int32, len(sc.Sides))
	for sd := range sc.Sides {
		sc.hidden[sd] = []int32{}
		for a := range sc.Actors {
			if sc.Actors[a].Side == sd {
				continue
			}
			for t := range nt {
				if !sc.Tracks[t].Public {
					sc.hidden[sd] = append(sc.hidden[sd], int32(a*nt+t))
				}
			}
		}
	}
}

// kindFits reports whether target t (an actor or asset, as the move targets) is of one of the
// move's target kinds.
func (m *MoveDef) kindFits(sc *Scenario, t int) bool {
	if len(m.TargetKinds) == 0 {
		return true
	}
	if m.kindOK != nil {
		return m.kindOK[t]
	}
	return m.kindFitsSlow(sc, t)
}

// kindFitsSlow is kindFits from the kind names.
func (m *MoveDef) kindFitsSlow(sc *Scenario, t int) bool {
	if m.Target == TargetActor {
		return containsStr(m.TargetKinds, sc.Actors[t].Kind)
	}
	return containsStr(m.TargetKinds, sc.Assets[t].Kind)
}
