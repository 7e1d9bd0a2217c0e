package ui

import "ttx/sim"

// names of things an event refers to, "someone" or "something" when the
// viewer may not know.
func actorName(sc *sim.Scenario, a int) string {
	if a < 0 || a >= len(sc.Actors) {
		return "someone"
	}
	return sc.Actors[a].Name
}

func assetName(sc *sim.Scenario, x int) string {
	if x < 0 || x >= len(sc.Assets) {
		return "an unknown asset"
	}
	return sc.Assets[x].Name
}

// eventNodes returns the board nodes an event touches, to pulse, and the
// ends of a value move, to animate.
func eventNodes(sc *sim.Scenario, e sim.Event) (pulse []string, from, to string) {
	if e.Actor >= 0 && int(e.Actor) < len(sc.Actors) {
		pulse = append(pulse, sc.Actors[e.Actor].ID)
	}
	if e.Asset >= 0 && int(e.Asset) < len(sc.Assets) {
		pulse = append(pulse, sc.Assets[e.Asset].ID)
	}
	if e.Kind == sim.EvOrder && e.Move >= 0 && e.Target >= 0 {
		if k := sc.Moves[e.Move].Target; k == sim.TargetActor || k == sim.TargetAsset {
			pulse = append(pulse, sim.TargetID(sc, k, int(e.Target)))
		}
	}
	for _, a := range e.Actors {
		if a >= 0 && a < len(sc.Actors) {
			pulse = append(pulse, sc.Actors[a].ID)
		}
	}
	if (e.Kind == sim.EvHop || e.Kind == sim.EvArrival) && e.Link >= 0 && int(e.Link) < len(sc.Links) {
		l := sc.Links[e.Link]
		from, to = sc.Assets[l.From].ID, sc.Assets[l.To].ID
	}
	if e.Kind == sim.EvTheft && e.Target >= 0 && e.Asset >= 0 && int(e.Target) < len(sc.Assets) && int(e.Asset) < len(sc.Assets) {
		from, to = sc.Assets[e.Target].ID, sc.Assets[e.Asset].ID
	}
	return pulse, from, to
}
