package sim

import "slices"

// Index computes what the engine derives from a scenario to play it faster: maps from ids to
// indices; for each move with target kinds, which actors or assets are of those kinds; for each
// move with an actor argument, which actors its condition's fixed part allows; which sides own
// each asset; for each side, which tracks of other sides' actors it cannot see. The loader calls it once a scenario is built; a scenario that was
// not indexed plays the same, only slower. It must be called before the scenario is shared.
func (sc *Scenario) Index() {
	for i := range sc.Moves {
		m := &sc.Moves[i]
		m.kindOK, m.targets, m.args = nil, nil, nil
		m.whenErr = ErrCondition{When: m.When.Src}
		if m.Arg == ArgActor && m.WhenSplit && m.WhenArgStatic.Fn != nil {
			// The static part of the argument's condition reads only the scenario.
			c := &Ctx{S: &State{Sc: sc}, Self: -1, Target: -1, Side: -1, targetKind: m.Target, move: i}
			m.args = []int{}
			for x := range sc.Actors {
				c.Arg = x
				if m.WhenArgStatic.Fn(c) {
					m.args = append(m.args, x)
				}
			}
		}
		n := targetCount(sc, nil, m.Target)
		static := m.WhenSplit && m.WhenStatic.Fn != nil
		if n == 0 || (len(m.TargetKinds) == 0 && !static) {
			continue
		}
		if len(m.TargetKinds) > 0 {
			m.kindOK = make([]bool, n)
		}
		m.targets = []int{}
		// The static part reads only the scenario: a context with a bare state will do.
		c := &Ctx{S: &State{Sc: sc}, Self: -1, Arg: -1, Side: -1, targetKind: m.Target, move: i}
		for t := range n {
			fits := len(m.TargetKinds) == 0 || m.kindFitsSlow(sc, t)
			if m.kindOK != nil {
				m.kindOK[t] = fits
			}
			c.Target = t
			if fits && (!static || m.WhenStatic.Fn(c)) {
				m.targets = append(m.targets, t)
			}
		}
	}
	sc.ids = make([]map[string]int, idsKinds)
	for _, k := range []int{TargetActor, TargetAsset, TargetLink, TargetResolution, idsSides, idsMoves} {
		n := sc.count(k)
		m := make(map[string]int, n)
		for i := n - 1; i >= 0; i-- { // the first of duplicate ids wins, as in a scan
			m[sc.idOf(k, i)] = i
		}
		sc.ids[k] = m
	}
	nm := len(sc.Moves)
	sc.playable = make([]uint64, (len(sc.Actors)*nm+63)/64)
	for a, mvs := range sc.CanPlay {
		for _, mv := range mvs {
			if mv >= 0 && mv < nm {
				k := a*nm + mv
				sc.playable[k/64] |= 1 << (k % 64)
			}
		}
	}
	sc.keyBits = keyBitsOf(sc)
	nt := sc.NT()
	sc.IndexTracks()
	sc.owners = ownersOf(sc)
	sc.hidden = make([][]int32, len(sc.Sides))
	for sd := range sc.Sides {
		sc.hidden[sd] = []int32{}
		for a := range sc.Actors {
			if sc.Actors[a].Side == sd {
				continue
			}
			for t := range nt {
				if k := sc.slot[a*nt+t]; k >= 0 && !sc.Tracks[t].Public {
					sc.hidden[sd] = append(sc.hidden[sd], k)
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
		return slices.Contains(m.TargetKinds, sc.Actors[t].Kind)
	}
	return slices.Contains(m.TargetKinds, sc.Assets[t].Kind)
}

// Kinds of ids Index maps: the target kinds with ids of their own (TargetActor, TargetAsset,
// TargetLink, TargetResolution), then sides and moves.
const (
	idsSides = TargetResolution + 1 + iota
	idsMoves
	idsKinds
)

// count returns how many items of kind k the scenario has.
func (sc *Scenario) count(k int) int {
	switch k {
	case idsSides:
		return len(sc.Sides)
	case idsMoves:
		return len(sc.Moves)
	}
	return targetCount(sc, nil, k)
}

// idOf returns the id of item i of kind k.
func (sc *Scenario) idOf(k, i int) string {
	switch k {
	case idsSides:
		return sc.Sides[i].ID
	case idsMoves:
		return sc.Moves[i].ID
	}
	return TargetID(sc, k, i)
}

// find returns the index of the item of kind k with the given id, or -1: from the maps Index
// made, or by a scan in a scenario not indexed. The first of duplicate ids wins either way.
func (sc *Scenario) find(k int, id string) int {
	if sc.ids != nil {
		if i, ok := sc.ids[k][id]; ok {
			return i
		}
		return -1
	}
	for i := range sc.count(k) {
		if sc.idOf(k, i) == id {
			return i
		}
	}
	return -1
}

// ownersOf returns, for each asset of sc, the set of sides whose actors own it (Scenario.owners).
func ownersOf(sc *Scenario) []uint64 {
	owners := make([]uint64, len(sc.Assets))
	for x := range sc.Assets {
		for _, o := range sc.Assets[x].Owners {
			owners[x] |= sideBit(sc.Actors[o].Side)
		}
	}
	return owners
}
