package load

import (
	"fmt"
	"slices"

	"ttx/sim"
)

// kinds reads [kinds.NAME] tables in the order the file gives them: the tracks each kind of
// actor has, and those the board shows.
func (b *builder) kinds(sc *sim.Scenario, f *File, order []string) {
	names := tableNames(order, f.Kinds)
	if len(names) > maxActors {
		b.errAt("kinds", "too many kinds: %d, at most %d", len(names), maxActors)
		return
	}
	for _, n := range names {
		k := f.Kinds[n]
		p := keyPath("kinds", n)
		d := sim.KindDef{ID: n}
		if b.typedAt(p, "tracks") {
			// Which tracks the kind has is not known (reported at it): every one, so that
			// nothing its actors read or are given is reported as well.
			for t := range sc.Tracks {
				d.Tracks = append(d.Tracks, t)
			}
			sc.Kinds = append(sc.Kinds, d)
			continue
		}
		if len(k.Tracks) == 0 {
			b.missing(p, "tracks") // tracks = [] is a kind with none
		}
		for j, id := range k.Tracks {
			t := b.kindTrack(sc, at(p+".tracks", j), id)
			if t < 0 {
				continue
			}
			if slices.Contains(d.Tracks, t) {
				b.errAt(at(p+".tracks", j), "track %s is listed twice", id)
				continue
			}
			d.Tracks = append(d.Tracks, t)
		}
		for j, id := range k.Board {
			q := at(p+".board", j)
			t := b.kindTrack(sc, q, id)
			switch {
			case t < 0:
			case !slices.Contains(d.Tracks, t):
				b.errAt(q, "track %s is not one of the kind's tracks", id)
			case slices.Contains(d.Board, t):
				b.errAt(q, "track %s is listed twice", id)
			default:
				d.Board = append(d.Board, t)
			}
		}
		slices.Sort(d.Tracks)
		slices.Sort(d.Board)
		sc.Kinds = append(sc.Kinds, d)
	}
}

// kindTrack resolves a track id of a kind's list, recording a problem when there is none.
func (b *builder) kindTrack(sc *sim.Scenario, path, id string) int {
	t := sc.Track(id)
	if t < 0 {
		b.errAt(path, "unknown track %q%s", id, didYouMean(id, idsOf(sc, "track")))
	}
	return t
}

// actorKind sets which tracks actor d has, from its declared kind; with no [kinds], every one.
// It reports whether its kind limits them: false without [kinds], or with a kind not declared
// (reported here).
func (b *builder) actorKind(sc *sim.Scenario, p string, d *sim.ActorDef) bool {
	if sc.Kinds == nil || d.Kind == "" {
		return false
	}
	i := slices.IndexFunc(sc.Kinds, func(k sim.KindDef) bool { return k.ID == d.Kind })
	if i < 0 {
		ids := make([]string, len(sc.Kinds))
		for j, k := range sc.Kinds {
			ids[j] = k.ID
		}
		b.errAt(p+".kind", "kind %q is not declared in [kinds]%s", d.Kind, didYouMean(d.Kind, ids))
		return false
	}
	for t := range sc.Tracks {
		if !slices.Contains(sc.Kinds[i].Tracks, t) {
			d.Lacks |= 1 << uint(t)
		}
	}
	return true
}

// costTracks checks that every actor that may play a move has the tracks it costs.
func (b *builder) costTracks(sc *sim.Scenario) {
	if sc.Kinds == nil {
		return
	}
	for i := range sc.Moves {
		m := &sc.Moves[i]
		check := func(key string, t int) {
			if a := lacking(sc, b.players(sc, i), t); a >= 0 {
				id := sc.Tracks[t].ID
				b.errAtKey(fmt.Sprintf("move[%d].%s.%s", i, key, id), "%s may play this move but has no track %s (its kind %s does not list it)",
					sc.Actors[a].ID, id, sc.Actors[a].Kind)
			}
		}
		for _, c := range m.Cost {
			check("cost", c.Track)
		}
		for _, c := range m.CostExprs {
			check("cost", c.Track)
		}
		for _, c := range m.Param.Cost {
			check("param.cost", c.Track)
		}
		for _, c := range m.Param.CostExprs {
			check("param.cost", c.Track)
		}
	}
}

// players returns the actors that may play move mv, in actor order; none when its by is wrong
// (reported at by), so that a track they lack is not reported as well: a by of no use matches
// every actor.
func (b *builder) players(sc *sim.Scenario, mv int) []int {
	if b.unknownBy[mv] {
		return nil
	}
	var out []int
	for a := range sc.CanPlay {
		if slices.Contains(sc.CanPlay[a], mv) {
			out = append(out, a)
		}
	}
	return out
}

// targets returns the actors of the move's target kinds, or nil when it gives none (then any
// actor may be its target, and a read of one's track it lacks yields the track's default).
func targets(sc *sim.Scenario, m *sim.MoveDef) []int {
	if m.Target != sim.TargetActor || len(m.TargetKinds) == 0 {
		return nil
	}
	out := []int{}
	for a := range sc.Actors {
		if slices.Contains(m.TargetKinds, sc.Actors[a].Kind) {
			out = append(out, a)
		}
	}
	return out
}

// lacking returns the first of actors that lacks track t, or -1.
func lacking(sc *sim.Scenario, actors []int, t int) int {
	for _, a := range actors {
		if !sc.HasTrack(a, t) {
			return a
		}
	}
	return -1
}

// kindRefs records each of kinds (at path) that no thing of what ("actor", "asset") is of: a
// move by, or on, such a kind could never be played by, or on, anything.
func (b *builder) kindRefs(path string, kinds []string, what string, known []string) {
	for j, k := range kinds {
		if !slices.Contains(known, k) {
			b.errAt(at(path, j), "no %s is of kind %q%s", what, k, didYouMean(k, known))
		}
	}
}

// actorKinds returns the kinds an actor may be of: those [kinds] declares, else those of the
// scenario's actors.
func actorKinds(sc *sim.Scenario) []string {
	var ks []string
	for _, k := range sc.Kinds {
		ks = append(ks, k.ID)
	}
	if sc.Kinds != nil {
		return ks
	}
	for _, a := range sc.Actors {
		if !slices.Contains(ks, a.Kind) {
			ks = append(ks, a.Kind)
		}
	}
	return ks
}

// assetKinds returns the kinds of the scenario's assets.
func assetKinds(sc *sim.Scenario) []string {
	var ks []string
	for _, x := range sc.Assets {
		if !slices.Contains(ks, x.Kind) {
			ks = append(ks, x.Kind)
		}
	}
	return ks
}

// actorSides returns the sides an actor may be of: every side's id, and "" when some actor is
// of none.
func actorSides(sc *sim.Scenario) []string {
	ids := idsOf(sc, "side")
	if slices.ContainsFunc(sc.Actors, func(a sim.ActorDef) bool { return a.Side < 0 }) {
		ids = append(ids, "")
	}
	return ids
}
