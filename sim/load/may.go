package load

import (
	"fmt"

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
	switch w.Kind {
	case sim.WhoActor:
		if w.Actor >= 0 {
			return m.lacks(sc, index{fixed: w.Actor}, t)
		}
	case sim.WhoSelf:
		return m.lacks(sc, index{fixed: -1, of: ofSelf}, t)
	case sim.WhoTarget:
		return m.lacks(sc, index{fixed: -1, of: ofTarget}, t)
	}
	return ""
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
