package sim

import "strconv"

// ActorChoice is an order in indices: actor Actor making choice Choice.
type ActorChoice struct {
	Actor int
	Choice
}

// ResolveChoices is Resolve with orders in indices: the new state, its results and events
// are those Resolve gives with the equivalent orders (OrderOf, with the actor's side), and its
// results name those orders; adjudication parses no ids.
func ResolveChoices(s *State, cs []ActorChoice) *State {
	if cs == nil {
		cs = []ActorChoice{} // nil would mean orders to resolve
	}
	return resolve(s.clone(), s, input{cs: cs})
}

// ResolveChoicesInto is ResolveInto with orders in indices, for rollouts: adjudication neither
// builds nor parses ids. A choice gets the checks and the result that the equivalent order
// (OrderOf, with its actor's side) gets from ResolveInto, and the new state is the same. The
// actor and the move must be indices of the scenario; a target or an argument out of range is
// refused as an unknown id is, and one a move does not take (not -1) as a given one is. When s
// is quiet, results carry no order (its strings are empty: rollouts read none); otherwise each
// result's order is the equivalent order.
func ResolveChoicesInto(dst, s *State, cs []ActorChoice) *State {
	return choicesInto(dst, s, input{cs: cs}, -1)
}

// ResolveChoicesOver is ResolveChoicesInto with the new state written over s itself, which it
// returns: for a rollout that reads no state once the next is made, and spares the turn its
// copy. s must be the caller's own, sharing its slices with no other state (one made by
// ResolveChoicesInto or ResolveInto into storage of the caller's; not New's, Quiet's or
// Unscored's, which share theirs).
func ResolveChoicesOver(s *State, cs []ActorChoice) *State {
	return choicesOver(s, input{cs: cs})
}

// choicesOver adjudicates the turn of s, with the orders in indices of in, over s itself.
func choicesOver(s *State, in input) *State {
	if in.cs == nil {
		in.cs = []ActorChoice{} // nil would mean orders to resolve
	}
	f := fromOf(s)
	s.Results, s.Events, s.Prev, s.room = s.Results[:0], s.Events[:0], nil, nil
	return adjudicate(s, f, in, -1)
}

// ScoreChoicesInto returns the score side sd has once the turn of s is adjudicated with cs:
// ResolveChoicesInto(dst, s, cs).Scores[sd], without the rest of the turn (the other sides'
// scores, the end of the game, the next turn's injects), for a policy that weighs orders by
// the score they lead to. It writes into dst's storage as ResolveChoicesInto does, and returns
// that storage for the next call; the state there is a turn adjudicated no further than sd's
// score, to be read for nothing else.
func ScoreChoicesInto(dst, s *State, cs []ActorChoice, sd int) (*State, float64) {
	n := choicesInto(dst, s, input{cs: cs}, sd)
	return n, n.Scores[sd]
}

// choicesInto adjudicates the turn of s with the orders in indices of in into dst's storage: the
// whole turn, or, with only >= 0, as far as side only's score (see adjudicate).
func choicesInto(dst, s *State, in input, only int) *State {
	if dst == s {
		panic("sim: adjudication into its own input")
	}
	if in.cs == nil {
		in.cs = []ActorChoice{} // nil would mean orders to resolve
	}
	return adjudicate(s.cloneInto(dst), fromOf(s), in, only)
}

// input is the orders of a turn as resolve gets them: by ids (orders), or, when cs is not nil,
// in indices (ResolveChoicesInto).
type input struct {
	orders []Order
	cs     []ActorChoice
	// sp, when set, drew cs on src (see Draws): the orders it vouches for are not checked again.
	sp  *Space
	src *State
}

// len returns the number of orders.
func (in input) len() int {
	if in.cs != nil {
		return len(in.cs)
	}
	return len(in.orders)
}

// order returns order i as its result names it.
func (in input) order(s *State, i int) Order {
	if in.cs != nil {
		return s.orderOf(in.cs[i])
	}
	return in.orders[i]
}

// check checks order i in s (State.check or State.checkChoice) into p and starts its result
// res: the order as the result names it, its side and the reason it is refused (nil when it
// is not), which it returns. (checkAll checks the choices of a quiet state itself.)
func (in *input) check(s *State, i int, res *Result, p *order) Reason {
	var why Reason
	if in.cs == nil {
		*p, why = s.check(in.orders[i])
		res.Order = in.orders[i]
	} else {
		c := &in.cs[i]
		why = s.checkChoice(c, p)
		s.orderInto(&res.Order, c)
	}
	startResult(res, p.side, why)
	return why
}

// startResult starts the result res of an order of side sd refused for why (nil: not).
func startResult(res *Result, sd int, why Reason) {
	res.Side, res.OK, res.Reason, res.Chance, res.Roll, res.Hidden = sd, false, why, 0, 0, false
}

// orderOf returns the order equivalent to c, with its side, or the zero order when s is
// quiet. A target or an argument out of range has an empty id.
func (s *State) orderOf(c ActorChoice) Order {
	var o Order
	s.orderInto(&o, &c)
	return o
}

// orderInto writes orderOf(*c) into o field by field, every field: a result's order is written
// where it lies, not built and copied there.
func (s *State) orderInto(o *Order, c *ActorChoice) {
	if s.quiet {
		*o = Order{}
		return
	}
	sc := s.Sc
	m := &sc.Moves[c.Move]
	a := &sc.Actors[c.Actor]
	o.Actor, o.Move, o.Target, o.Arg, o.Side, o.Param, o.Rationale = a.ID, m.ID, "", "", "", c.Param, ""
	if c.Target >= 0 && (c.Target < targetCount(sc, s, m.Target) || m.Target == TargetIncident) {
		o.Target = TargetID(sc, m.Target, c.Target)
	}
	if c.Arg >= 0 && (m.Arg == ArgActor && c.Arg < len(sc.Actors) || m.Arg == ArgBallot && c.Arg < len(BallotNames)) {
		o.Arg = argID(sc, m.Arg, c.Arg)
	}
	if a.Side >= 0 {
		o.Side = sc.Sides[a.Side].ID
	}
}

// checkChoice is check for an order in indices, into p: it refuses what check refuses for the
// equivalent order, for the same reasons.
func (s *State) checkChoice(c *ActorChoice, p *order) Reason {
	sc := s.Sc
	a, mv := c.Actor, c.Move
	// Field by field: the literal would be built on the stack and copied.
	p.side, p.actor, p.move, p.target, p.arg, p.param, p.idx = sc.Actors[a].Side, a, -1, -1, -1, 0, 0
	if p.side < 0 {
		return ErrNotYours{Actor: sc.Actors[a].ID, Side: "any side"}
	}
	p.move = mv
	if !sc.canPlay(a, mv) {
		return ErrNotAllowed{Actor: sc.Actors[a].ID, Move: sc.Moves[mv].ID}
	}
	m := &sc.Moves[mv]
	why := ""
	t := c.Target // the target's index in s (an incident choice is the side's own number)
	if m.Target == TargetIncident && t >= 0 {
		t = s.IncidentAt(p.side, t)
	}
	switch {
	case m.Target == TargetNone && c.Target != -1:
		why = whyNoTarget
	case m.Target != TargetNone && c.Target == -1:
		why = targetNeeded(m.Target)
	case m.Target != TargetNone && (t < 0 || t >= targetCount(sc, s, m.Target)):
		why = "no such " + TargetNames[m.Target]
	case m.Target != TargetNone:
		p.target = t // check keeps a target it found, also when refused
		// TargetWhy, its message built only for a refused target.
		if code := s.targetCheck(p.side, a, m, t); code != targetOK {
			why = sc.targetWhy(code, a, m)
		}
	}
	if why != "" {
		return ErrBadTarget{Move: m.ID, Target: s.orderOf(*c).Target, Why: why}
	}
	p.target = t
	switch {
	case m.Arg == ArgActor && (c.Arg < 0 || c.Arg >= len(sc.Actors)):
		why = whyNoActorArg
	case m.Arg == ArgBallot && (c.Arg < 0 || c.Arg >= len(BallotNames)):
		why = whyNoBallot
	case m.Arg != ArgActor && m.Arg != ArgBallot && c.Arg != -1:
		why = whyNoArg
	}
	if why != "" {
		return ErrBadTarget{Move: m.ID, Target: s.orderOf(*c).Arg, Why: why}
	}
	p.arg = c.Arg
	if m.Param.Kind == ParamNone && c.Param != 0 {
		return ErrBadTarget{Move: m.ID, Target: strconv.Itoa(c.Param), Why: whyNoParam}
	}
	p.param = c.Param
	return nil
}
