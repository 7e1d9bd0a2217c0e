package sim

// KindDef is a kind of actor the scenario declares ([kinds.NAME]): the tracks its actors have
// and those the board shows on their nodes.
type KindDef struct {
	ID string `json:"id"`
	// Tracks are the tracks its actors have, and Board those the board draws as bars on their
	// nodes, in the scenario's track order.
	Tracks []int `json:"tracks"`
	Board  []int `json:"board,omitempty"`
}

// HasTrack reports whether actor a has track t. An actor of a scenario that declares no kinds
// has every track; one that lacks a track keeps it at the track's default, untouched.
func (sc *Scenario) HasTrack(a, t int) bool { return sc.Actors[a].Lacks&(1<<uint(t)) == 0 }

// TracksOf returns the tracks actor a has, in the scenario's order.
func (sc *Scenario) TracksOf(a int) []int {
	out := make([]int, 0, len(sc.Tracks))
	for t := range sc.Tracks {
		if sc.HasTrack(a, t) {
			out = append(out, t)
		}
	}
	return out
}

// KindOf returns the declared kind of actor a, or nil when the scenario declares no kinds.
func (sc *Scenario) KindOf(a int) *KindDef {
	for i := range sc.Kinds {
		if sc.Kinds[i].ID == sc.Actors[a].Kind {
			return &sc.Kinds[i]
		}
	}
	return nil
}
