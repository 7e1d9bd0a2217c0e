package session

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
