package load

import (
	"fmt"
	"slices"
	"strings"

	"ttx/sim"
)

// noSponsor says why the actor an effect's sponsor (or target_sponsor) names can never be one,
// or "": no actor has a sponsor, or none of those that may play the move (that it may target)
// has one. Such an effect would do nothing in every game. An actor whose sponsor is given but
// unknown counts as having one: that slip is reported at the actor.
func (b *builder) noSponsor(w sim.Who) string {
	if w.Kind != sim.WhoSponsor && w.Kind != sim.WhoTargetSponsor {
		return ""
	}
	name := sim.WhoNames[w.Kind]
	if !slices.Contains(b.sponsored, true) {
		return fmt.Sprintf("no actor has a sponsor (an actor's sponsor key), so %s names no one", name)
	}
	var who []int
	what := "the actors that may play this move"
	if m := b.c.may; m != nil {
		if w.Kind == sim.WhoSponsor {
			who = m.self
		} else {
			who, what = m.target, "the actors this move may target"
		}
	}
	if len(who) == 0 { // no one may play it (reported at the move), or any actor may be its target
		return ""
	}
	ids := make([]string, len(who))
	for i, a := range who {
		if b.sponsored[a] {
			return ""
		}
		ids[i] = b.c.sc.Actors[a].ID
	}
	return fmt.Sprintf("none of %s (%s) has a sponsor, so %s names no one", what, strings.Join(ids, ", "), name)
}
