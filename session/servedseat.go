package session

import (
	"fmt"

	"ttx/sim/policy"
)

// Budgets of a policy that plays a side of a served exercise. A server has its policies choose
// their orders off the loop that serves the seats (BeginResolve, Think, FinishResolve), so every
// seat is answered while they think; but the turn resolves only once they have chosen, and the
// white cell's changes to the game wait for it, so a search told to think for an hour holds the
// exercise for an hour a turn. A served seat's search may take at most MaxServedMillis a turn,
// or MaxServedRollouts rollouts (about ten seconds a turn of the campaign on a laptop): each
// side's, one after the other, so the table waits that long for each side a search plays.
const (
	MaxServedMillis   = 10_000
	MaxServedRollouts = 20 * policy.DefaultRollouts
)

// ParseServedSeat is ParseSeat for a side of a served exercise: it also refuses a search whose
// budget a turn is over MaxServedMillis or MaxServedRollouts, saying what it may be.
func ParseServedSeat(name string) (Seat, error) {
	st, err := ParseSeat(name)
	if err != nil || st == SeatPerson {
		return st, err
	}
	p, _ := policy.Parse(string(st), 0)
	if s, ok := p.(*policy.Search); ok {
		switch {
		case s.Millis > MaxServedMillis:
			return "", fmt.Errorf("%s: a served side's search may think at most %d ms a turn (search:%dms), since the turn waits for it", st, MaxServedMillis, MaxServedMillis)
		case s.Rollouts > MaxServedRollouts:
			return "", fmt.Errorf("%s: a served side's search may play at most %d rollouts a turn (search:%d), since the turn waits for it", st, MaxServedRollouts, MaxServedRollouts)
		}
	}
	return st, nil
}
