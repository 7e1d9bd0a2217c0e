package sim

import (
	"strconv"
	"strings"
)

// check resolves an order's ids and checks what can be checked before adjudication.
func (s *State) check(o Order) (order, Reason) {
	sc := s.Sc
	p := order{side: -1, actor: -1, move: -1, target: -1, arg: -1}
	p.actor = sc.Actor(o.Actor)
	if p.actor < 0 {
		if o.Side != "" {
			p.side = sc.Side(o.Side)
		}
		return p, ErrUnknown{What: "actor", ID: o.Actor}
	}
	p.side = sc.Actors[p.actor].Side
	if o.Side != "" {
		sd := sc.Side(o.Side)
		if sd < 0 {
			p.side = -1
			return p, ErrUnknown{What: "side", ID: o.Side}
		}
		if sd != p.side {
			p.side = sd
			return p, ErrNotYours{Actor: o.Actor, Side: o.Side}
		}
	}
	if p.side < 0 {
		return p, ErrNotYours{Actor: o.Actor, Side: "any side"}
	}
	p.move = sc.Move(o.Move)
	if p.move < 0 {
		return p, ErrUnknown{What: "move", ID: o.Move}
	}
	if !sc.canPlay(p.actor, p.move) {
		return p, ErrNotAllowed{Actor: o.Actor, Move: o.Move}
	}
	m := &sc.Moves[p.move]
	var why string
	p.target, why = s.parseTarget(p.side, m.Target, o.Target)
	if why == "" {
		why = s.TargetWhy(p.side, p.actor, p.move, p.target)
	}
	if why != "" {
		return p, ErrBadTarget{Move: o.Move, Target: o.Target, Why: why}
	}
	p.arg, why = parseArg(sc, m.Arg, o.Arg)
	if why != "" {
		return p, ErrBadTarget{Move: o.Move, Target: o.Arg, Why: why}
	}
	if m.Param.Kind == ParamNone && o.Param != 0 {
		return p, ErrBadTarget{Move: o.Move, Target: strconv.Itoa(o.Param), Why: whyNoParam}
	}
	p.param = o.Param
	return p, nil
}

// parseTarget resolves a target id of the given kind for side sd: an incident id is the side's
// own number (see State.Learned).
func (s *State) parseTarget(sd, kind int, id string) (int, string) {
	if kind == TargetNone {
		if id != "" {
			return -1, whyNoTarget
		}
		return -1, ""
	}
	if id == "" {
		return -1, targetNeeded(kind)
	}
	i := TargetIndex(s.Sc, kind, id)
	if kind == TargetIncident { // the side's own number: IncidentAt(sd, -1) is -1
		if i >= len(s.Incidents) {
			i = -1
		}
		i = s.IncidentAt(sd, i)
	}
	if i < 0 {
		return -1, "no such " + TargetNames[kind]
	}
	return i, ""
}

// Why an order's target or argument is refused.
const (
	whyNoTarget   = "the move takes no target"
	whyNoArg      = "the move takes no argument"
	whyNoActorArg = "an actor argument is needed"
	whyNoBallot   = "a ballot is needed: yes, no or abstain"
	whyNoParam    = "the move takes no parameter"
)

// targetNeeded is why an order of a move with a target of the kind but none is refused.
func targetNeeded(kind int) string {
	article := "a "
	if strings.ContainsRune("aeiou", rune(TargetNames[kind][0])) {
		article = "an "
	}
	return article + TargetNames[kind] + " target is needed"
}

// parseArg resolves an order's argument.
func parseArg(sc *Scenario, kind int, a string) (int, string) {
	switch kind {
	case ArgActor:
		if i := sc.Actor(a); i >= 0 {
			return i, ""
		}
		return -1, whyNoActorArg
	case ArgBallot:
		if i := Lookup(BallotNames, a); i >= 0 {
			return i, ""
		}
		return -1, whyNoBallot
	}
	if a != "" {
		return -1, whyNoArg
	}
	return -1, ""
}

// TargetWhy returns why actor a of side sd cannot play move mv on target t, or "" if it can as
// far as the side can tell. Conditions and costs are checked when the order resolves.
func (s *State) TargetWhy(sd, a, mv, t int) string {
	m := &s.Sc.Moves[mv]
	return s.Sc.targetWhy(s.targetCheck(sd, a, m, t), a, m)
}

// targetWhy is TargetWhy's message for what targetCheck gave for actor a and move m.
func (sc *Scenario) targetWhy(code, a int, m *MoveDef) string {
	switch code {
	case targetOK:
		return ""
	case targetKind:
		return "not a " + strings.Join(m.TargetKinds, " or ")
	case targetNoAsset:
		return "no such asset"
	case targetNotOwned:
		return "not owned by " + sc.Actors[a].ID
	case targetNoLink:
		return "no such link"
	case targetSourceNotOwned:
		return "its source is not owned by " + sc.Actors[a].ID
	case targetNoIncident:
		return "no such incident"
	case targetNoResolution:
		return "no such resolution"
	case targetNotVoting:
		return "not being voted on this turn"
	case targetNoSeat:
		return sc.Actors[a].ID + " has no seat"
	}
	return ""
}

// Reasons targetCheck gives, each a message of TargetWhy.
const (
	targetOK = iota
	targetKind
	targetNoAsset
	targetNotOwned
	targetNoLink
	targetSourceNotOwned
	targetNoIncident
	targetNoResolution
	targetNotVoting
	targetNoSeat
)

// targetCheck is TargetWhy without building the message, for the hot path of Legal: m is the
// move's definition.
func (s *State) targetCheck(sd, a int, m *MoveDef, t int) int {
	sc := s.Sc
	bit := sideBit(sd)
	switch m.Target {
	case TargetActor:
		if !m.kindFits(sc, t) {
			return targetKind
		}
	case TargetAsset:
		if s.Known[t]&bit == 0 {
			return targetNoAsset
		}
		if !m.kindFits(sc, t) {
			return targetKind
		}
		if m.OwnTarget && !sc.Owns(a, t) {
			return targetNotOwned
		}
	case TargetLink:
		l := &sc.Links[t]
		if s.Known[l.From]&bit == 0 || s.Known[l.To]&bit == 0 {
			return targetNoLink
		}
		if m.OwnTarget && !sc.Owns(a, l.From) {
			return targetSourceNotOwned
		}
	case TargetIncident:
		if s.Incidents[t].Known&bit == 0 {
			return targetNoIncident
		}
	case TargetResolution:
		st := s.Res[t].Status
		if st == Draft && !s.seesDraft(sd, t) {
			return targetNoResolution
		}
		if m.Arg == ArgBallot {
			due := st == Tabled && s.Res[t].Due == s.Turn
			// A resolution voted the turn it is tabled may take ballots before it is: whether it
			// was tabled is checked when the ballot resolves, in the votes phase.
			sameTurn := (st == Draft || st == Failed) && sc.Resolutions[t].VoteAfter == 0
			if !due && !sameTurn {
				return targetNotVoting
			}
			if sc.seat(sc.Resolutions[t].Body, a) < 0 {
				return targetNoSeat
			}
		}
	}
	return targetOK
}
