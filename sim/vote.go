package sim

import "slices"

// table puts resolution i before its body: it is voted on VoteAfter turns from now. A draft or a
// failed resolution may be tabled; one already tabled or passed is left as it is.
func (s *State) table(c *Ctx, i int, r *run) {
	rs := &s.Res[i]
	if rs.Status == Tabled || rs.Status == Passed {
		return
	}
	*rs = ResState{Status: Tabled, By: c.Self, Due: r.turn + s.Sc.Resolutions[i].VoteAfter}
	if ev, _ := r.emitNew(EvTabled, AllSides); ev != nil {
		ev.Actor, ev.Res = int32(c.Self), int32(i)
	}
}

// seat returns the seat of actor a in body b, or -1.
func (sc *Scenario) seat(b, a int) int {
	for i, m := range sc.Bodies[b].Members {
		if m == a {
			return i
		}
	}
	return -1
}

// ballot records the order's ballot on the target resolution.
func (r *run) ballot(c *Ctx) {
	s := r.s
	if c.targetKind != TargetResolution || c.Arg < 0 {
		return
	}
	seat := s.Sc.seat(s.Sc.Resolutions[c.Target].Body, c.Self)
	if seat < 0 {
		return
	}
	if r.ballots == nil {
		r.ballots, r.bOff = s.scr.ballotRoom(s.Sc)
	}
	r.ballots[r.bOff[c.Target]+seat] = int8(c.Arg) + 1
}

// ballotRoom returns the scratch's storage for a turn's ballots, no ballot cast, and each
// resolution's offset into it, kept from turn to turn (made on the first ballot of sc).
func (scr *scratch) ballotRoom(sc *Scenario) ([]int8, []int) {
	if scr.bOff == nil || scr.bOffOf != sc {
		scr.bOff = make([]int, len(sc.Resolutions)+1)
		for i, d := range sc.Resolutions {
			scr.bOff[i+1] = scr.bOff[i] + len(sc.Bodies[d.Body].Members)
		}
		scr.ballots, scr.bOffOf = make([]int8, scr.bOff[len(sc.Resolutions)]), sc
	}
	clear(scr.ballots)
	return scr.ballots, scr.bOff
}

// tally votes every resolution due this turn. Members with a ballot order cast it; the others
// vote by the body's stance. A resolution passes with at least the threshold of yes votes and no
// veto; abstention is not a veto.
func (s *State) tally(r *run) {
	for i := range s.Res {
		rs := &s.Res[i]
		if rs.Status != Tabled || rs.Due > r.turn {
			continue
		}
		d := &s.Sc.Resolutions[i]
		b := &s.Sc.Bodies[d.Body]
		ev := r.event(EvTally, AllSides)
		ev.Res = int32(i)
		rs.Yes, rs.No, rs.Abst, rs.Vetoed = 0, 0, 0, false
		if !s.quiet && len(b.Members) > 0 {
			ev.Seats = make([]Seat, 0, len(b.Members))
		}
		for k, m := range b.Members {
			v := -1
			if r.ballots != nil {
				v = int(r.ballots[r.bOff[i]+k]) - 1
			}
			if v < 0 {
				v = s.stanceBallot(b, m, i, r)
			}
			seat := Seat{Actor: m, Ballot: v}
			switch v {
			case Yes:
				rs.Yes++
			case No:
				rs.No++
				seat.Veto = slices.Contains(b.Vetoes, m)
				rs.Vetoed = rs.Vetoed || seat.Veto
			default:
				rs.Abst++
			}
			if !s.quiet {
				ev.Seats = append(ev.Seats, seat)
			}
		}
		effs := d.OnFail
		rs.Status = Failed
		if rs.Yes >= b.Threshold && !rs.Vetoed {
			rs.Status, effs = Passed, d.OnPass
		}
		ev.Code = ResStatusNames[rs.Status]
		at := r.emitAt(ev)
		c := r.with(Ctx{S: s, Self: -1, Target: i, Arg: -1, Side: -1, targetKind: TargetResolution, move: -1})
		s.apply(c, effs, at, r)
		if r.bad != "" {
			if ev, _ := r.emitNew(EvNonFinite, 0); ev != nil {
				ev.Res, ev.Code, ev.Expr = int32(i), NonFiniteVote, r.bad
			}
		}
	}
}

// stanceBallot returns how member m of body b votes on resolution i by the body's stance. A
// stance that is not a finite number abstains, and an event says so.
func (s *State) stanceBallot(b *BodyDef, m, i int, r *run) int {
	v := b.Stance.Eval(r.with(Ctx{S: s, Self: m, Target: i, Arg: -1, Side: s.sideOf(m), targetKind: TargetResolution, move: -1}))
	switch {
	case !Finite(v):
		if ev, _ := r.emitNew(EvNonFinite, 0); ev != nil {
			ev.Actor, ev.Res, ev.Code, ev.Expr = int32(m), int32(i), NonFiniteStance, b.Stance.Src
		}
		return Abstain
	case v >= b.YesAt:
		return Yes
	case v <= b.NoAt:
		return No
	}
	return Abstain
}
