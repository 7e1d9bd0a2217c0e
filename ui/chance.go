package ui

import (
	"math"

	"ttx/sim"
)

// OrderChance is the chance of success of o as its side can judge it
// (sim.Chance), NaN when the order cannot be played as given.
func OrderChance(v *sim.Sight, o sim.Order) float64 {
	p, ok := sim.Chance(v, o)
	if !ok {
		return math.NaN()
	}
	return p
}
