package policy

import "ttx/sim"

// Step plays one turn: each side's policy chooses from its own view, in side order, and the
// orders are resolved together. A nil policy gives no orders.
func Step(s *sim.State, pols []Policy) *sim.State {
	var orders []sim.Order
	for sd, p := range pols {
		if p == nil {
			continue
		}
		orders = append(orders, p.Orders(sim.View(s, sd))...)
	}
	return sim.Resolve(s, orders)
}

// Play plays from s until the game ends or maxTurns turns have been played (0: no limit),
// calling each, if not nil, after every turn.
func Play(s *sim.State, pols []Policy, maxTurns int, each func(*sim.State)) *sim.State {
	for n := 0; !s.Over && (maxTurns <= 0 || n < maxTurns); n++ {
		s = Step(s, pols)
		if each != nil {
			each(s)
		}
	}
	return s
}
