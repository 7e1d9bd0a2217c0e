package sim

import "fmt"

// Check verifies the invariants every state must keep: every track within its bounds, value
// never negative, and stolen value conserved (stolen = held + in transit + frozen + fees +
// cashed out). It returns the first violation, or nil.
func Check(s *State) error {
	sc := s.Sc
	if len(s.Tracks) != sc.Slots() {
		return fmt.Errorf("the state holds %d track values, the scenario's actors have %d tracks", len(s.Tracks), sc.Slots())
	}
	for a := range sc.Actors {
		for t := range sc.Tracks {
			d := &sc.Tracks[t]
			if v := s.Track(a, t); v < d.Min || v > d.Max {
				return fmt.Errorf("track %s of %s is %d, outside %d..%d", d.ID, sc.Actors[a].ID, v, d.Min, d.Max)
			}
		}
	}
	for i := range s.Value {
		if s.Value[i] < 0 || s.Dirty[i] < 0 {
			return fmt.Errorf("asset %s holds %d (+%d stolen)", sc.Assets[i].ID, s.Value[i], s.Dirty[i])
		}
	}
	held, transit := s.Held()
	f := s.Flow
	if got := held + transit + f.Frozen + f.Fees + f.Cashed; got != f.Stolen {
		return fmt.Errorf("value not conserved: stolen %d, but held %d + in transit %d + frozen %d + fees %d + cashed %d = %d",
			f.Stolen, held, transit, f.Frozen, f.Fees, f.Cashed, got)
	}
	return nil
}
