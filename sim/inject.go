package sim

// fireInjects fires the injects due at the start of s.Turn: those whose turn it is, and those
// whose condition first holds (at or after their turn, when both are given).
func (s *State) fireInjects() {
	c := pooled(Ctx{S: s, Self: -1, Target: -1, Arg: -1, Side: -1})
	defer release(c)
	s.fireInjectsIn(c)
}

// fireInjectsIn is fireInjects in c, a plain context of s (run.plain), which the injects'
// conditions and effects read and may change.
func (s *State) fireInjectsIn(c *Ctx) {
	r := &run{s: s, turn: s.Turn, phase: -1, incident: -1}
	for i := range s.Sc.Injects {
		in := &s.Sc.Injects[i]
		if s.Fired[i] != 0 {
			continue
		}
		due := false
		switch {
		case in.When.Set():
			due = s.Turn >= in.Turn && in.When.Fn(c)
		default:
			due = s.Turn == in.Turn
		}
		if due {
			s.fire(r, c, i)
		}
	}
}

// fire fires inject i now.
func (s *State) fire(r *run, c *Ctx, i int) {
	in := &s.Sc.Injects[i]
	s.Fired[i] = s.Turn
	ev, at := r.emitNew(EvInject, in.To)
	if ev != nil {
		ev.Inject = int32(i)
	}
	s.apply(c, in.Effects, at, r)
	if r.bad != "" {
		if ev, _ := r.emitNew(EvNonFinite, 0); ev != nil {
			ev.Inject, ev.Code, ev.Expr = int32(i), NonFiniteInject, r.bad
		}
	}
}

// Fire returns the state after the facilitator fires inject i by hand, whether or not it was
// due. An inject fires once: firing it again changes nothing but the history. With no inject
// i, it returns s.
func Fire(s *State, i int) *State {
	if i < 0 || i >= len(s.Sc.Injects) {
		return s // no such inject: nothing happens, and nothing enters the history
	}
	n := s.clone()
	n.Step = Step{Kind: StepInject, Inject: i}
	if n.Fired[i] != 0 || n.Over {
		return n
	}
	r := &run{s: n, turn: n.Turn, phase: -1, incident: -1}
	n.fire(r, &Ctx{S: n, Self: -1, Target: -1, Arg: -1, Side: -1}, i)
	n.shuffleLearned(len(s.Learned))
	n.score()
	return n
}

// Override returns the state after the facilitator sets track t of actor a to v (clamped).
// With no actor a or track t, or when a's kind lacks t, it returns s.
func Override(s *State, a, t int, v int64) *State {
	if a < 0 || a >= len(s.Sc.Actors) || t < 0 || t >= s.Sc.NT() || !s.Sc.HasTrack(a, t) {
		return s // no such track: nothing happens, and nothing enters the history
	}
	n := s.clone()
	n.Step = Step{Kind: StepOverride, Actor: a, Track: t, Value: v}
	// Who sees the change: every side for a public track, else only the actor's.
	vis := AllSides
	if !s.Sc.Tracks[t].Public {
		vis = sideBit(s.sideOf(a))
	}
	ev := newEvent(n.Turn, -1, EvOverride, vis)
	ev.Actor = int32(a)
	n.setTrack(a, t, v, &ev)
	n.Events = append(n.Events, ev)
	n.score()
	return n
}
