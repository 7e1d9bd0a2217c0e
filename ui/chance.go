package ui

import (
	"math"

	"ttx/sim"
)

// targetIndex resolves an order's target id to an index of the move's
// target kind, or -1.
func targetIndex(sc *sim.Scenario, kind int, id string) int {
	switch kind {
	case sim.TargetActor:
		return sc.Actor(id)
	case sim.TargetAsset:
		return sc.Asset(id)
	case sim.TargetLink:
		return sc.Link(id)
	case sim.TargetResolution:
		return sc.Resolution(id)
	case sim.TargetIncident:
		for i := 0; i < 1024; i++ {
			if sim.IncidentID(i) == id {
				return i
			}
		}
	}
	return -1
}

// OrderChance is the chance of success of o as its side can judge it
// (sim.Chance), NaN when the order cannot be played as given.
func OrderChance(v *sim.Sight, o sim.Order) float64 {
	p, ok := sim.Chance(v, o)
	if !ok {
		return math.NaN()
	}
	return p
}
