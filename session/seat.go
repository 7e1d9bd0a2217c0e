package session

import (
	"fmt"
	"strings"

	"ttx/sim/policy"
)

// ParseSeat reads who plays a side as a command line or the white cell names it, in any case
// ("Greedy", "PERSON"), as policy.Parse reads a policy: SeatPerson, or a policy's name. The seat
// is returned in lower case, as seats and logs name it.
func ParseSeat(name string) (Seat, error) {
	st := Seat(strings.ToLower(name))
	if st == SeatPerson {
		return st, nil
	}
	if _, err := policy.Parse(string(st), 0); err != nil {
		return "", fmt.Errorf("%v, or %s (a team plays the side)", err, SeatPerson)
	}
	return st, nil
}

// Reseat gives side sd to st (a policy's name, or SeatPerson) and returns a function that puts
// the side back as it was. The log's header then names st for the side (nothing, for a person),
// no longer what the log the session was loaded from said of it.
func (s *Session) Reseat(sd int, st Seat) (undo func()) {
	was, kept := s.Seats[sd], ""
	if sd < len(s.kept) {
		kept, s.kept[sd] = s.kept[sd], ""
	}
	s.Seats[sd] = st
	return func() {
		s.Seats[sd] = was
		if sd < len(s.kept) {
			s.kept[sd] = kept
		}
	}
}
