package sim

// Index computes what the engine derives from a scenario to play it faster: for each move with
// target kinds, which actors or assets are of those kinds. The loader calls it once a scenario is
// built; a scenario that was not indexed plays the same, only slower. It must be called before
// the scenario is shared.
func (sc *Scenario) Index() {
	for i := range sc.Moves {
		m := &sc.Moves[i]
		m.kindOK = nil
		if len(m.TargetKinds) == 0 {
			continue
		}
		switch m.Target {
		case TargetActor:
			m.kindOK = make([]bool, len(sc.Actors))
			for a := range sc.Actors {
				m.kindOK[a] = containsStr(m.TargetKinds, sc.Actors[a].Kind)
			}
		case TargetAsset:
			m.kindOK = make([]bool, len(sc.Assets))
			for x := range sc.Assets {
				m.kindOK[x] = containsStr(m.TargetKinds, sc.Assets[x].Kind)
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
	if m.Target == TargetActor {
		return containsStr(m.TargetKinds, sc.Actors[t].Kind)
	}
	return containsStr(m.TargetKinds, sc.Assets[t].Kind)
}
