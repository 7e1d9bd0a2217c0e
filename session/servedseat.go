package session

import (
	"fmt"

	"ttx/sim/policy"
)

// Budgets of a policy that plays a side of a served exercise. A server plays every policy's
// turn on the loop that serves every seat, so a search told to think for an hour stops the
// exercise for everyone for an hour: a served seat's search may take at most MaxServedMillis a
// turn, or MaxServedRollouts rollouts (about ten seconds a turn of the campaign on a laptop).
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
			return "", fmt.Errorf("%s: a served side's search may think at most %d ms a turn (search:%dms), since every seat waits for it", st, MaxServedMillis, MaxServedMillis)
		case s.Rollouts > MaxServedRollouts:
			return "", fmt.Errorf("%s: a served side's search may play at most %d rollouts a turn (search:%d), since every seat waits for it", st, MaxServedRollouts, MaxServedRollouts)
		}
	}
	return st, nil
}
