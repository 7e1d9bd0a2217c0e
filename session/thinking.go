package session

import (
	"errors"
	"slices"

	"ttx/sim"
	"ttx/sim/policy"
)

// ErrStale is FinishResolve's refusal of orders chosen for a game that has changed since
// BeginResolve: another step, or a side handed over.
var ErrStale = errors.New("the game changed while its policies chose their orders")

// Thinking is a turn's resolve under way: the sides played by a policy, each policy and its
// side's own view of the state the resolve began from (sim.View), and, once Think has run, the
// orders each chose. Resolve is BeginResolve, Think and FinishResolve in a row; a caller that
// serves seats while the policies think (a search may take seconds) runs Think on another
// goroutine: it reads nothing but the views and touches nothing of the session but the
// policies, which no one else may call until FinishResolve.
type Thinking struct {
	from   *sim.State
	seats  []Seat
	sides  []int
	pols   []policy.Policy
	views  []*sim.Sight
	orders [][]sim.Order
}

// Turn is the turn being resolved.
func (t *Thinking) Turn() int { return t.from.Turn }

// Sides returns the sides a policy plays, in side order.
func (t *Thinking) Sides() []int { return slices.Clone(t.sides) }

// Seat returns who plays side sd as the resolve began (a policy's name, or SeatPerson).
func (t *Thinking) Seat(sd int) Seat { return t.seats[sd] }

// BeginResolve starts resolving the turn: it takes the policy of each side a policy plays
// (policyOf: the one it played with before) and the side's view of the state. It refuses a game
// that is over, or a seat whose policy cannot be made.
func (s *Session) BeginResolve() (*Thinking, error) {
	if s.State.Over {
		return nil, errors.New("the game is over")
	}
	t := &Thinking{from: s.State, seats: slices.Clone(s.Seats)}
	for sd := range s.Sc.Sides {
		if s.Seats[sd] == SeatPerson {
			continue
		}
		p, err := s.policyOf(sd)
		if err != nil {
			return nil, err
		}
		t.sides = append(t.sides, sd)
		t.pols = append(t.pols, p)
		t.views = append(t.views, s.View(sd))
	}
	return t, nil
}

// Think has each policy choose its side's orders from its side's view, in side order.
func (t *Thinking) Think() {
	t.orders = make([][]sim.Order, len(t.sides))
	for i, p := range t.pols {
		id := t.views[i].Sc.Sides[t.sides[i]].ID
		for _, o := range p.Orders(t.views[i]) {
			o.Side = id
			t.orders[i] = append(t.orders[i], o)
		}
	}
}

// FinishResolve resolves the turn through sim.Resolve with the orders the policies chose (Think)
// and the person sides' orders as they stand. Orders chosen for a state that is no longer the
// session's, or with the sides seated otherwise since, are refused with ErrStale, and nothing
// changes: so a Thinking resolves its turn once at most.
func (s *Session) FinishResolve(t *Thinking) (*sim.State, error) {
	if t.from != s.State || !slices.Equal(t.seats, s.Seats) {
		return s.State, ErrStale
	}
	if t.orders == nil {
		return s.State, errors.New("the policies have not chosen their orders")
	}
	var all []sim.Order
	k := 0
	for sd := range s.Sc.Sides {
		if s.Seats[sd] == SeatPerson {
			all = append(all, s.Pending[sd]...)
			continue
		}
		all = append(all, t.orders[k]...)
		k++
	}
	s.playedTurn(s.State.Turn)
	s.State = sim.Resolve(s.State, all)
	s.resetTurn()
	return s.State, nil
}
