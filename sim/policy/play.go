package policy

import "ttx/sim"

// Step plays one turn: each side's policy chooses from its own view, in side order, and the
// orders are resolved together. A nil policy gives no orders.
func Step(s *sim.State, pols []Policy) *sim.State { return step(s, pols, nil) }

// step is Step; with views (one a side) it makes each side's view in its storage.
func step(s *sim.State, pols []Policy, views []sim.Sight) *sim.State {
	var orders []sim.Order
	for sd, p := range pols {
		if p == nil {
			continue
		}
		var v *sim.Sight
		if views != nil {
			v = sim.ViewAllInto(&views[sd], s, sd)
		} else {
			v = sim.View(s, sd)
		}
		orders = append(orders, p.Orders(v)...)
	}
	return sim.Resolve(s, orders)
}

// Play plays from s until the game ends or maxTurns turns have been played (0: no limit),
// calling each, if not nil, after every turn. Each side's view is made in the same storage
// every turn: a policy keeps nothing of a view after its Orders returns.
func Play(s *sim.State, pols []Policy, maxTurns int, each func(*sim.State)) *sim.State {
	views := make([]sim.Sight, len(pols))
	for n := 0; !s.Over && (maxTurns <= 0 || n < maxTurns); n++ {
		s = step(s, pols, views)
		if each != nil {
			each(s)
		}
	}
	return s
}
