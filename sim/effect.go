package sim

import (
	"math"
)

// Op is the verb of an effect.
type Op uint8

// Effect verbs.
const (
	OpAdd Op = iota
	OpSet
	OpStatus
	OpReveal
	OpEvidence
	OpPlant
	OpCoauthor
	OpAttribute
	OpTable
	OpVote
	OpSteal
	OpHop
	OpTrace
	OpFreeze
	OpCashout
)

// OpNames are the TOML verbs, indexed by Op.
var OpNames = []string{"add", "set", "status", "reveal", "evidence", "plant", "coauthor",
	"attribute", "table", "vote", "steal", "hop", "trace", "freeze", "cashout"}

// Who kinds: the actors a reference names.
const (
	WhoSelf = iota
	WhoTarget
	WhoOwners
	WhoSponsor
	WhoTargetSponsor
	WhoArg
	WhoActor
)

// WhoNames are the reference words, indexed by Who kind (WhoActor is an actor id).
var WhoNames = []string{"self", "target", "owners", "sponsor", "target_sponsor", "arg"}

// Who names one or several actors relative to an order.
type Who struct {
	Kind  int
	Actor int // WhoActor
}

// Reveal audiences.
const (
	RevealSelf   = -1
	RevealPublic = -2
)

// Effect is one consequence of a move, an inject or a vote.
type Effect struct {
	Op     Op
	If     Bool
	Who    Who // add, set, cashout (into)
	Track  int // add, set, cashout (into)
	Asset  int // status, reveal, evidence, trace, freeze, cashout, steal: -1 is the target
	To     int // steal: the receiving asset; reveal: side, RevealSelf or RevealPublic
	Actor  int // plant, coauthor
	Res    int // table: -1 is the target resolution
	Amount Num // by, to, strength, amount
	Rate   Num // cashout
	Status Status
	// HasAmount is false when an optional amount was left out (hop, freeze, cashout: all).
	HasAmount bool
}

// actors calls f for every actor the reference names, in a stable order.
func (s *State) actors(c *Ctx, w Who, f func(a int)) {
	if w.Kind == WhoOwners {
		for _, o := range s.Sc.Assets[c.ownersAsset()].Owners {
			f(o)
		}
		return
	}
	if a := s.one(c, w); a >= 0 {
		f(a)
	}
}

// one returns the actor a reference other than owners names, or -1 for none: the one actor
// actors calls its function with, for an effect that needs no function.
func (s *State) one(c *Ctx, w Who) int {
	switch w.Kind {
	case WhoSelf:
		if c.Self >= 0 {
			return c.Self
		}
	case WhoTarget:
		if c.Target >= 0 {
			return c.Target
		}
	case WhoArg:
		if c.Arg >= 0 {
			return c.Arg
		}
	case WhoSponsor:
		if c.Self >= 0 && s.Sc.Actors[c.Self].Sponsor >= 0 {
			return s.Sc.Actors[c.Self].Sponsor
		}
	case WhoTargetSponsor:
		if c.Target >= 0 && s.Sc.Actors[c.Target].Sponsor >= 0 {
			return s.Sc.Actors[c.Target].Sponsor
		}
	case WhoActor:
		return w.Actor
	}
	return -1
}

// ownersAsset returns the asset whose owners `owners` names: the target asset, or the source of
// a target link.
func (c *Ctx) ownersAsset() int {
	if c.targetKind == TargetLink {
		return c.S.Sc.Links[c.Target].From
	}
	return c.Target
}

// setTrack sets track t of actor a, clamped to its bounds, and records the delta.
func (s *State) setTrack(a, t int, v int64, ev *Event) {
	i := s.Sc.Slot(a, t)
	if i < 0 {
		return // an actor has only its kind's tracks
	}
	d := &s.Sc.Tracks[t]
	v = min(max(v, d.Min), d.Max)
	if s.Tracks[i] == v {
		return
	}
	if ev != nil && !s.quiet {
		s.delta(ev, i, a, t, v)
	}
	s.Tracks[i] = v
}

// addTrack adds by to track t of actor a: setTrack(a, t, s.Track(a, t)+by, ev), with the
// track's slot found once. (Written out rather than calling setTrack: most effects add, and
// the call cost more than the rest.)
func (s *State) addTrack(a, t int, by int64, ev *Event) {
	i := s.Sc.Slot(a, t)
	if i < 0 {
		return
	}
	d := &s.Sc.Tracks[t]
	v := min(max(s.Tracks[i]+by, d.Min), d.Max)
	if s.Tracks[i] == v {
		return
	}
	if ev != nil && !s.quiet {
		s.delta(ev, i, a, t, v)
	}
	s.Tracks[i] = v
}

// delta records in ev that track t of actor a, in slot i, becomes v (a state that is not
// quiet).
func (s *State) delta(ev *Event, i, a, t int, v int64) {
	if len(ev.Deltas) == cap(ev.Deltas) {
		ev.Deltas = s.moreDeltas(ev.Deltas)
	}
	ev.Deltas = append(ev.Deltas, Delta{Actor: a, Track: t, From: s.Tracks[i], To: v})
}

// deltaChunk is how many deltas the state's room for them (State.room) is allocated by.
const deltaChunk = 32

// moreDeltas returns an event's deltas d in a window of the state's room with space for as
// many again (at least 4), a window no other event's deltas share.
func (s *State) moreDeltas(d []Delta) []Delta {
	n := max(2*len(d), 4)
	if len(s.room) < n {
		s.room = make([]Delta, max(n, deltaChunk))
		if s.scr != nil {
			s.scr.short = true // the room was the scratch's (State.startRun)
		}
	}
	w := s.room[:len(d):n]
	copy(w, d)
	s.room = s.room[n:]
	return w
}

// eventAt returns the event at index at of s.Events, or nil when at is -1.
func (s *State) eventAt(at int) *Event {
	if at < 0 {
		return nil
	}
	return &s.Events[at]
}

// round rounds half away from zero to an integer amount, within ±1e15 (a product of finite
// numbers may exceed it); NaN becomes 0, though expressions' non-finite values never get here
// (see run.num).
func round(v float64) int64 {
	switch {
	case math.IsNaN(v):
		return 0
	case v > 1e15:
		return 1e15
	case v < -1e15:
		return -1e15
	}
	if i := int64(v); float64(i) == v {
		return i // already whole, as most amounts are
	}
	return int64(math.Round(v))
}

// asset returns the asset an effect acts on.
func (e *Effect) asset(c *Ctx) int {
	if e.Asset >= 0 {
		return e.Asset
	}
	return c.Target
}

// num evaluates an effect's number. A value that is not finite (NaN, an infinity) is not used:
// it becomes the run's failure (r.bad, the first one kept) and ok is false.
func (r *run) num(c *Ctx, n Num) (v float64, ok bool) {
	v = n.Eval(c)
	if !Finite(v) {
		if r.bad == "" {
			r.bad = n.Src
		}
		return 0, false
	}
	return v, true
}

// apply applies effects in order. at is the index in s.Events of the event the track deltas go
// to (-1: none): an index, not a pointer, because effects that record events of their own may
// move s.Events. An effect whose amount or rate is not a finite number is not applied, nor are
// the effects after it; r.bad then names the expression, for the caller to report.
func (s *State) apply(c *Ctx, effs []Effect, at int, r *run) {
	r.bad = ""
	for i := range effs {
		e := &effs[i]
		if e.If.Fn != nil && !e.If.Fn(c) {
			continue
		}
		switch e.Op {
		case OpAdd:
			by := e.Amount.k // a literal whole number (most amounts): what evaluating it gives
			if !e.Amount.whole {
				v, ok := r.num(c, e.Amount)
				if !ok {
					return
				}
				by = round(v)
			}
			if e.Who.Kind != WhoOwners { // one actor at most: no function to call for it
				if a := s.one(c, e.Who); a >= 0 {
					s.addTrack(a, e.Track, by, s.eventAt(at))
				}
			} else {
				s.actors(c, e.Who, func(a int) { s.addTrack(a, e.Track, by, s.eventAt(at)) })
			}
		case OpSet:
			to := e.Amount.k
			if !e.Amount.whole {
				v, ok := r.num(c, e.Amount)
				if !ok {
					return
				}
				to = round(v)
			}
			if e.Who.Kind != WhoOwners {
				if a := s.one(c, e.Who); a >= 0 {
					s.setTrack(a, e.Track, to, s.eventAt(at))
				}
			} else {
				s.actors(c, e.Who, func(a int) { s.setTrack(a, e.Track, to, s.eventAt(at)) })
			}
		case OpStatus:
			s.Status[e.asset(c)] = e.Status
		case OpReveal:
			s.reveal(c, e, r)
		case OpEvidence:
			s.findEvidence(c, e, r)
		case OpPlant:
			s.plant(c, e, r)
		case OpCoauthor:
			s.coauthor(e, r)
		case OpAttribute:
			s.attribute(c, r)
		case OpTable:
			res := e.Res
			if res < 0 {
				res = c.Target
			}
			s.table(c, res, r)
		case OpVote:
			r.ballot(c)
		case OpSteal:
			s.steal(c, e, r)
		case OpHop:
			s.hop(c, e, r)
		case OpTrace:
			s.trace(c, e, r)
		case OpFreeze:
			s.freeze(c, e, r)
		case OpCashout:
			s.cashout(c, e, at, r)
		}
		if r.bad != "" {
			return
		}
	}
}

// reveal makes an asset known to a side or to all, or, in a move on an incident, shares the
// incident (share).
func (s *State) reveal(c *Ctx, e *Effect, r *run) {
	var to uint64
	switch e.To {
	case RevealSelf:
		to = sideBit(c.Side)
	case RevealPublic:
		to = AllSides
	default:
		to = sideBit(e.To)
	}
	if e.Asset < 0 && c.targetKind == TargetIncident {
		s.share(c, to, r)
		return
	}
	x := e.asset(c)
	if s.Known[x]&to == to {
		return
	}
	s.Known[x] |= to
	if ev, _ := r.emitNew(EvReveal, to|sideBit(c.Side)); ev != nil {
		ev.Actor, ev.Asset = int32(c.Self), int32(x)
	}
}
