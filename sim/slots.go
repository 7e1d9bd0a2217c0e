package sim

// A state keeps the values of the tracks actors have, and only those (State.Tracks): each
// actor's tracks in the scenario's order, actor after actor. A track an actor's kind lacks
// (HasTrack) has no slot: it keeps the actor's starting value for the whole game, so a state
// of the campaign holds 124 values, not 41 actors × 19 tracks. A scenario whose tracks are not
// yet indexed (IndexTracks) keeps every track of every actor, actor×tracks + track.

// Slot returns the index in a state's Tracks of actor a's track t, or -1 when the actor lacks
// the track.
func (sc *Scenario) Slot(a, t int) int {
	if sc.slot != nil {
		return int(sc.slot[a*len(sc.Tracks)+t])
	}
	if !sc.HasTrack(a, t) {
		return -1
	}
	return a*len(sc.Tracks) + t
}

// Slots returns the number of values a state's Tracks holds.
func (sc *Scenario) Slots() int {
	if sc.slot != nil {
		return len(sc.start)
	}
	return len(sc.Actors) * len(sc.Tracks)
}

// startOf returns the starting value of actor a's track t (0 when the actor gives none).
func (sc *Scenario) startOf(a, t int) int64 {
	if tr := sc.Actors[a].Tracks; t < len(tr) {
		return tr[t]
	}
	return 0
}

// IndexTracks works out where a state keeps each actor's tracks (Slot) from the tracks their
// kinds lack. The loader calls it once the actors' kinds are known, before it compiles the
// expressions, which read tracks by slot; Index calls it again (to the same slots).
func (sc *Scenario) IndexTracks() {
	nt := len(sc.Tracks)
	sc.slot = make([]int32, len(sc.Actors)*nt)
	sc.every = make([]int64, len(sc.Actors)*nt)
	sc.start, sc.at = nil, nil
	for a := range sc.Actors {
		for t := range nt {
			i := a*nt + t
			sc.slot[i], sc.every[i] = -1, sc.startOf(a, t)
			if sc.HasTrack(a, t) {
				sc.slot[i] = int32(len(sc.start))
				sc.start = append(sc.start, sc.every[i])
				sc.at = append(sc.at, int32(i))
			}
		}
	}
}

// Track returns the value of track t of actor a: for a track the actor lacks, its starting
// value.
func (s *State) Track(a, t int) int64 {
	sc := s.Sc
	k := a*len(sc.Tracks) + t
	if sc.slot != nil {
		k = int(sc.slot[k])
	}
	if k < 0 { // the loader gives every actor a starting value for every track
		return sc.Actors[a].Tracks[t]
	}
	return s.Tracks[k]
}

// AllTracks appends to dst the value of every track of every actor, actor by actor, each
// actor's tracks in the scenario's order (actor×tracks + track), those it lacks included:
// what rows files and checksums hold.
func (s *State) AllTracks(dst []int64) []int64 {
	if sc := s.Sc; sc.slot != nil {
		// The starting values, then each slot's value where it goes.
		n := len(dst)
		dst = append(dst, sc.every...)
		for k, i := range sc.at {
			dst[n+int(i)] = s.Tracks[k]
		}
		return dst
	}
	for a := range s.Sc.Actors {
		for t := range s.Sc.Tracks {
			dst = append(dst, s.Track(a, t))
		}
	}
	return dst
}
