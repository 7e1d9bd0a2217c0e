package policy

import (
	"slices"

	"ttx/sim"
)

// Step plays one turn: each side's policy chooses from its own view, in side order, and the
// orders are resolved together. A nil policy gives no orders.
func Step(s *sim.State, pols []Policy) *sim.State { return step(s, pols, nil) }

// step is Step; with sides' storage (one a side) it makes each side's view in its storage.
func step(s *sim.State, pols []Policy, sides []sideStore) *sim.State {
	if sides != nil && allMasked(pols) {
		return stepMasked(s, pols, sides)
	}
	n := 0
	for sd, p := range pols {
		if p != nil {
			n += len(s.Sc.Sides[sd].Actors) // an order an actor, as a rule
		}
	}
	orders := make([]sim.Order, 0, n)
	for sd, p := range pols {
		if p == nil {
			continue
		}
		if mp, ok := p.(maskPolicy); ok && sides != nil {
			st := &sides[sd]
			sp := spaces.Get().(*sim.Space)
			orders = mp.appendMasked(st.mask.Reset(s, sd, &st.view), orders, sp)
			spaces.Put(sp)
			continue
		}
		var v *sim.Sight
		if sides != nil {
			v = sim.ViewAllInto(&sides[sd].view, s, sd)
		} else {
			v = sim.View(s, sd)
		}
		orders = append(orders, p.Orders(v)...)
	}
	return sim.Resolve(s, orders)
}

// allMasked reports whether every policy that gives orders chooses through masks.
func allMasked(pols []Policy) bool {
	for _, p := range pols {
		if _, ok := p.(maskPolicy); p != nil && !ok {
			return false
		}
	}
	return true
}

// stepMasked is step when every policy chooses through its side's mask: the orders are given
// in indices (sim.ResolveChoices), the same turn as with their ids, which adjudication then
// need not parse.
func stepMasked(s *sim.State, pols []Policy, sides []sideStore) *sim.State {
	n := 0
	for sd, p := range pols {
		if p != nil {
			n += len(s.Sc.Sides[sd].Actors)
		}
	}
	// The turn's choices are built in storage kept from turn to turn (the first side's):
	// adjudication keeps none of them (a result holds its order by value).
	var cs []sim.ActorChoice
	if len(sides) > 0 {
		cs = slices.Grow(sides[0].choices[:0], n)
	}
	sp := spaces.Get().(*sim.Space)
	defer spaces.Put(sp)
	for sd, p := range pols {
		if p != nil {
			st := &sides[sd]
			cs = p.(maskPolicy).appendMaskedChoices(st.mask.Reset(s, sd, &st.view), cs, sp)
		}
	}
	if len(sides) > 0 {
		sides[0].choices = cs[:0]
	}
	return sim.ResolveChoices(s, cs)
}

// maskPolicy is a policy that needs of its side's view only which of its candidates are
// legal, and so can choose through the side's mask (sim.Mask): the same orders as Orders
// with the side's view, without making the view unless a check needs it.
type maskPolicy interface {
	Policy
	// appendMasked appends to out the orders Orders would give with m's side's view.
	appendMasked(m *sim.Mask, out []sim.Order, sp *sim.Space) []sim.Order
	// appendMaskedChoices is appendMasked in indices.
	appendMaskedChoices(m *sim.Mask, out []sim.ActorChoice, sp *sim.Space) []sim.ActorChoice
}

// sideStore is a side's storage from turn to turn of Play: its view and its mask.
type sideStore struct {
	view sim.Sight
	mask sim.Mask
	// choices is the storage of a turn's choices, in the first side's store (stepMasked).
	choices []sim.ActorChoice
}

// Play plays from s until the game ends or maxTurns turns have been played (0: no limit),
// calling each, if not nil, after every turn. Each side's view is made in the same storage
// every turn: a policy keeps nothing of a view after its Orders returns.
func Play(s *sim.State, pols []Policy, maxTurns int, each func(*sim.State)) *sim.State {
	sides := make([]sideStore, len(pols))
	for n := 0; !s.Over && (maxTurns <= 0 || n < maxTurns); n++ {
		s = step(s, pols, sides)
		if each != nil {
			each(s)
		}
	}
	return s
}
