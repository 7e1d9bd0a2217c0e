package load

import (
	"fmt"
	"slices"
	"strings"

	"ttx/sim"
)

// mayBe is who self and target may be in a move: the actors that may play it, and the actors of
// its target kinds (nil: the move gives none, and its target is not checked). A reference to a
// track that one of them lacks is refused (see sim.Scenario.HasTrack).
type mayBe struct {
	self, target []int
}

// lacks returns why the track t of the actor ix reads cannot be read, or "".
func (m *mayBe) lacks(sc *sim.Scenario, ix index, t int) string {
	switch {
	case ix.fixed >= 0:
		return lacksMsg(sc, "", ix.fixed, t)
	case m == nil:
		return ""
	case ix.of == ofSelf:
		return lacksMsg(sc, "self may be ", lacking(sc, m.self, t), t)
	case ix.of == ofTarget:
		return lacksMsg(sc, "the target may be ", lacking(sc, m.target, t), t)
	}
	return ""
}

// lacksWho is lacks for the actors an effect acts on; owners, sponsors and arguments are not
// checked: an effect on a track one of them lacks leaves it be.
func (m *mayBe) lacksWho(sc *sim.Scenario, w sim.Who, t int) string {
	if ix, ok := whoIndex(w); ok {
		return m.lacks(sc, ix, t)
	}
	return ""
}

// whoIndex returns the actor an effect's w acts on as a read's index, and whether it is one:
// a fixed actor, self or the target.
func whoIndex(w sim.Who) (index, bool) {
	switch w.Kind {
	case sim.WhoActor:
		return index{fixed: w.Actor}, w.Actor >= 0
	case sim.WhoSelf:
		return index{fixed: -1, of: ofSelf}, true
	case sim.WhoTarget:
		return index{fixed: -1, of: ofTarget}, true
	}
	return index{}, false
}

// lacksMsg says that actor a (none: -1) has no track t, or "".
func lacksMsg(sc *sim.Scenario, who string, a, t int) string {
	if a < 0 || sc.HasTrack(a, t) {
		return ""
	}
	d := &sc.Actors[a]
	if who == "" {
		return fmt.Sprintf("%s has no track %s (its kind %s does not list it)", d.ID, sc.Tracks[t].ID, d.Kind)
	}
	return fmt.Sprintf("%s%s, which has no track %s (its kind %s does not list it)", who, d.ID, sc.Tracks[t].ID, d.Kind)
}

// actorsOf returns the actors a read of ix may be of, and whether the loader holds the read to
// their tracks (see lacks): a fixed actor, the players of the move for self, the actors of its
// target kinds for target; not the argument, nor self or target outside a move or in a move
// that gives no target kinds.
func (m *mayBe) actorsOf(ix index) ([]int, bool) {
	switch {
	case ix.fixed >= 0:
		return []int{ix.fixed}, true
	case m == nil:
		return nil, false
	case ix.of == ofSelf:
		return m.self, true
	case ix.of == ofTarget:
		return m.target, m.target != nil
	}
	return nil, false
}

// trackNames returns the ids of the tracks every one of actors has, in the scenario's order:
// those a read of an actor that may be any of them may name.
func trackNames(sc *sim.Scenario, actors []int) []string {
	var ids []string
	for t, d := range sc.Tracks {
		if lacking(sc, actors, t) < 0 {
			ids = append(ids, d.ID)
		}
	}
	return ids
}

// ofKinds names what, an actor that may be any of actors, with their kinds ("self, of kind
// state or firm"), or returns what as it is when the scenario declares no kinds (every actor
// then has every track).
func ofKinds(sc *sim.Scenario, what string, actors []int) string {
	if sc.Kinds == nil {
		return what
	}
	var kinds []string
	for _, a := range actors {
		if k := sc.Actors[a].Kind; k != "" && !slices.Contains(kinds, k) {
			kinds = append(kinds, k)
		}
	}
	switch n := len(kinds); n {
	case 0:
		return what
	case 1:
		return what + ", of kind " + kinds[0] + ","
	default:
		return what + ", of kind " + strings.Join(kinds[:n-1], ", ") + " or " + kinds[n-1] + ","
	}
}

// readable returns which of fields, those of the thing base names in context k (as written
// before the dot: self, target, actor.lazarus), a read of it may name, and how to name it: for
// an actor whose tracks the loader checks (see actorsOf), its id, kind and side and the tracks
// every actor it may be has, and base with their kinds (self, of kind state,); else fields and
// base as they are.
func (c *compiler) readable(base string, k envKey, fields []string) ([]string, string) {
	ix := index{fixed: -1}
	switch {
	case base == "self" && k.self:
		ix.of = ofSelf
	case base == "target" && k.target == sim.TargetActor:
		ix.of = ofTarget
	case strings.HasPrefix(base, "actor."):
		if ix.fixed = c.sc.Actor(strings.TrimPrefix(base, "actor.")); ix.fixed < 0 {
			return fields, base
		}
	default:
		return fields, base
	}
	actors, checked := c.may.actorsOf(ix)
	if !checked {
		return fields, base
	}
	has := trackNames(c.sc, actors)
	var out []string
	for _, f := range fields {
		if c.sc.Track(f) < 0 || slices.Contains(has, f) {
			out = append(out, f)
		}
	}
	return out, ofKinds(c.sc, base, actors)
}

// unknownTrack is the message for track id tr, which the scenario lacks, in an effect on w
// (written who): see trackSlip.
func (c *compiler) unknownTrack(tr, who string, w sim.Who) string {
	var actors []int
	limited := false
	if ix, ok := whoIndex(w); ok && c.sc.Kinds != nil {
		actors, limited = c.may.actorsOf(ix)
	}
	return trackSlip(c.sc, tr, who, actors, limited)
}

// trackSlip is the message for track id tr, which the scenario lacks, named of who, an actor
// that may be any of actors (an effect's, a read's, an actor's own starting tracks, a move's
// cost): when their kinds limit their tracks (limited), the one of the tracks every one of them
// has that tr may be a slip for, or them all; else the track of the scenario tr may be a slip
// for. A track of another kind is never offered: the next load would refuse it.
func trackSlip(sc *sim.Scenario, tr, who string, actors []int, limited bool) string {
	if !limited {
		return fmt.Sprintf("unknown track %q%s", tr, didYouMean(tr, idsOf(sc, "track")))
	}
	has := trackNames(sc, actors)
	if d := didYouMean(tr, has); d != "" {
		return fmt.Sprintf("unknown track %q%s", tr, d)
	}
	list := strings.Join(has, ", ")
	if len(has) == 0 {
		list = "no track"
	}
	return fmt.Sprintf("unknown track %q (%s has %s)", tr, ofKinds(sc, who, actors), list)
}
