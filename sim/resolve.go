package sim

import "slices"

// run is the scratch of one adjudication: the new state's turn and phase, the events it
// records, the ballots cast, and the incident the current order opened.
type run struct {
	s        *State
	turn     int
	phase    int
	incident int
	ballots  []int8 // per resolution*member: ballot+1, 0 when none cast
	bOff     []int  // per resolution: offset into ballots
	ctx      *Ctx   // the context of the order being resolved, reused; nil: allocate one
	// bad is the first expression of the effects being applied that gave no finite number
	// (see num); "" when none.
	bad string
	// dice are the dice of the turn's orders: TurnDiceOf(s.Seed, turn).
	dice TurnDice
}

func (r *run) event(k EventKind, vis uint64) Event { return newEvent(r.turn, r.phase, k, vis) }

// emitNew records a new event of kind k seen by vis, with every index unset as newEvent's, in
// place at the end of the state's events, and returns it and its index, for the caller to
// complete before anything else is emitted (a later one may move the events); nil and -1 when
// the state is quiet and records none. Each field is written (Event.reset): the slot may hold
// an event of an earlier turn (endRun).
func (r *run) emitNew(k EventKind, vis uint64) (*Event, int) {
	s := r.s
	if s.quiet {
		return nil, -1
	}
	if len(s.Events) < cap(s.Events) {
		s.Events = s.Events[:len(s.Events)+1]
	} else {
		s.Events = append(s.Events, Event{})
	}
	at := len(s.Events) - 1
	e := &s.Events[at]
	e.reset(r.turn, r.phase, k, vis)
	return e, at
}

// emitAt records an event and returns its index in the state's events, or -1 when the state is
// quiet and records none.
func (r *run) emitAt(e Event) int {
	if r.s.quiet {
		return -1
	}
	r.s.Events = append(r.s.Events, e)
	return len(r.s.Events) - 1
}

// Resolve adjudicates one turn: every order of every side at once. It never fails: an order
// that cannot be played gets a Result with a typed Reason, and the turn goes on. The steps:
//
//  1. Each order is checked (actor, side, move, target, argument, duplicates); refused orders
//     get their result at once.
//  2. The rest are sorted by phase, then priority (higher first), then actor, move, target and
//     argument order in the scenario: a stable key, never the order of submission.
//  3. Phase by phase, each order is resolved in that order: its condition is checked against the
//     state as it stands, its cost paid, its chance rolled (a draw keyed by seed, turn, actor and
//     move), and its effects applied. Value in transit arrives at the start of the flows phase;
//     votes due this turn are tallied at the end of the votes phase.
//  4. Objectives are scored.
//  5. The game ends on the end condition or after the last turn; otherwise the turn advances and
//     the next turn's injects fire.
func Resolve(s *State, orders []Order) *State {
	return resolve(s.clone(), s, input{orders: orders})
}

// ResolveInto is Resolve for rollouts, which keep no history: it writes the new state into
// dst's storage (a new state when dst is nil) instead of allocating one, and the new state has
// no Prev. dst must not be s, and nothing else may hold dst or its slices. When s is quiet (see
// Quiet), the new state records no events.
func ResolveInto(dst, s *State, orders []Order) *State {
	if dst == s {
		panic("sim: ResolveInto into its own input")
	}
	return resolve(s.cloneInto(dst), s, input{orders: orders})
}

// resolve adjudicates the turn of s into n, a fresh copy of s: the steps of Resolve.
func resolve(n, s *State, in input) *State {
	return adjudicate(n, fromOf(s), in, -1)
}

// from is what adjudication reads of the state a turn starts from, besides its copy: the turn,
// whether the game was over, and how many incidents the sides had learned.
type from struct {
	turn, learned int
	over          bool
}

// fromOf returns what adjudication reads of s.
func fromOf(s *State) from { return from{turn: s.Turn, learned: len(s.Learned), over: s.Over} }

// adjudicate is resolve; with only >= 0 it stops once side only's score is worked out (step 4
// for that side alone), for a caller that reads nothing else (ScoreChoicesInto).
func adjudicate(n *State, s from, in input, only int) *State {
	n.Step = Step{Kind: StepTurn}
	r, pend, perm := n.startRun(s.turn)
	if s.over {
		for i := range in.len() {
			n.Results = append(n.Results, Result{Order: in.order(n, i), Side: -1, Reason: ErrGameOver{}})
		}
		n.endRun(pend, perm)
		return n
	}

	// 1. Check every order; keep the playable ones.
	pend = n.checkAll(r, in, pend)

	// 2. Sort by the stable key (submission order last). The orders stay where they are: their
	// keys are sorted, which moves no pointers.
	perm = sortPending(n.Sc, pend, len(n.Incidents), perm, &n.scr.keys)

	// 3. Resolve phase by phase.
	i := 0
	for ph := PhaseDefence; ph <= PhaseVotes; ph++ {
		r.phase = int(ph)
		if ph == PhaseFlows {
			n.arrive(r)
		}
		for ; i < len(perm) && perm[i].phase == int(ph); i++ {
			p := &pend[perm[i].idx]
			n.resolveOrder(r, p, &n.Results[p.idx])
		}
		if ph == PhaseVotes {
			n.tally(r)
		}
	}

	// 4. Score; 5. end or advance.
	r.phase = -1
	if only >= 0 {
		n.scoreSideIn(r.plain(), only)
	} else {
		// The scores come before the end condition, which may read them; an unscored state's
		// turn (no expression reads a score: Unscored) leaves them stale unless the game ends.
		if !n.unscored {
			n.scoreIn(r.plain())
		}
		end := n.endsIn(r.plain())
		if n.unscored && end {
			n.scoreIn(r.plain())
		}
		n.stale = n.unscored && !end
		n.finishTurn(r, end)
		n.shuffleLearned(s.learned)
	}
	n.endRun(pend, perm)
	return n
}

// checkAll checks every order of in and gives each its result: a refused order gets its
// reason and its event, and so does an actor's second order of one move. It returns the
// playable orders appended to pend, in the order given.
func (n *State) checkAll(r *run, in input, pend []order) []order {
	no := in.len()
	pend = slices.Grow(pend, no)
	if cap(n.Results) >= no {
		n.Results = n.Results[:no]
	} else {
		n.Results = make([]Result, no)
	}
	// keys[i] is pend[i]'s actor and move in one number, for the duplicate check: a list
	// searched in turn (only for a key whose bit in some says the list may hold it), or, for a
	// turn of many orders (a wide scenario), a set.
	var kbuf [64]int
	keys := kbuf[:0]
	var some uint64 // bit k%64 set: some key k is in keys
	var many map[int]bool
	switch {
	case no <= len(kbuf):
	case n.scr != nil: // a quiet state keeps its set from turn to turn
		if n.scr.seen == nil {
			n.scr.seen = make(map[int]bool, no)
		}
		many = n.scr.seen
		clear(many)
	default:
		many = make(map[int]bool, no)
	}
	sc := n.Sc
	nm := len(sc.Moves)
	for i := range no {
		// Checked in place: the slot after the playable orders so far (pend has room for all).
		p := &pend[:len(pend)+1][len(pend)]
		var why Reason
		if res := &n.Results[i]; in.cs != nil && n.quiet {
			// A rollout's order, checked as input.check would, without a call. A quiet
			// state's results name no order: res's is cleared only when it is not already
			// empty, so that a rollout's turn writes no strings.
			if c := &in.cs[i]; in.sp == nil {
				why = n.checkChoice(c, p)
			} else if t, ok := in.sp.vouched(in.src, c); ok {
				p.side, p.actor, p.move, p.target, p.arg, p.param = sc.Actors[c.Actor].Side, c.Actor, c.Move, t, c.Arg, c.Param
			} else {
				why = n.checkChoice(c, p)
			}
			if o := &res.Order; len(o.Side)|len(o.Actor)|len(o.Move)|len(o.Target)|len(o.Arg)|len(o.Rationale)|o.Param != 0 {
				*o = Order{}
			}
			startResult(res, p.side, why)
		} else {
			why = in.check(n, i, res, p)
		}
		p.idx = i
		if why != nil {
			r.orderEvent(*p, why, false)
			continue
		}
		key := p.actor*nm + p.move
		var dup bool
		if many != nil {
			dup, many[key] = many[key], true
		} else if bit := uint64(1) << (uint(key) & 63); some&bit == 0 {
			some |= bit // no key with these low bits yet: no duplicate, without a search
			keys = append(keys, key)
		} else if dup = slices.Contains(keys, key); !dup {
			keys = append(keys, key)
		}
		if dup {
			why := ErrDuplicate{Actor: sc.Actors[p.actor].ID, Move: sc.Moves[p.move].ID}
			n.Results[i].Reason = why
			r.orderEvent(*p, why, false)
			continue
		}
		pend = pend[:len(pend)+1]
	}
	return pend
}

// resolveOrder resolves one checked order and completes its result, which holds the order and
// its side.
func (s *State) resolveOrder(r *run, p *order, res *Result) {
	m := &s.Sc.Moves[p.move]
	c := r.ctx
	if c == nil {
		c = new(Ctx)
	}
	c.set(s, p.actor, p.side, m.Target, p.move, !s.quiet)
	c.Target, c.Arg, c.Param = p.target, p.arg, p.param
	if m.Arg == ArgBallot && p.target >= 0 {
		if rs := &s.Res[p.target]; rs.Status != Tabled || rs.Due != r.turn {
			// A ballot given the turn its resolution was to be tabled, which it was not.
			res.Reason = ErrNotDue{Resolution: s.Sc.Resolutions[p.target].ID, Why: "it was not tabled this turn"}
			r.orderEvent(*p, res.Reason, false)
			return
		}
	}
	// paramWhy has nothing to check for a move without a parameter (most orders): not called.
	if m.Param.Kind != ParamNone {
		if why := s.Sc.paramWhy(c, p.move); why != nil {
			// The parameter is out of its range as the state stands (a bound may read it).
			res.Reason, res.Hidden = why, c.Hidden
			r.orderEvent(*p, why, res.Hidden)
			return
		}
	}
	if !m.When.Eval(c) {
		res.Reason = m.whenErr
		if res.Reason == nil || !s.quiet {
			// Name the conjunct that failed and the values it read (a rollout, which reads no
			// reasons, is spared it).
			why := ErrCondition{When: m.When.Src}
			failed := 0
			for i, part := range m.WhenParts {
				if !part.Eval(c) {
					why.Failed, failed = part.Src, i
					break
				}
			}
			if failed < len(m.WhenTerms) {
				why.Seen = seen(c, m.WhenTerms[failed])
			}
			res.Reason = why
		}
		res.Hidden = c.Hidden
		r.orderEvent(*p, res.Reason, res.Hidden)
		return
	}
	cost := m.Cost
	if !m.FixedCost() {
		// Worked out for this order; reading what the side cannot see marks the result Hidden,
		// so that a refusal shows the side no amount it could not work out itself.
		var bad string
		if cost, bad = m.CostOf(c, nil); bad != "" {
			res.Reason, res.Hidden = ErrNonFinite{Expr: bad}, c.Hidden
			r.orderEvent(*p, res.Reason, res.Hidden)
			return
		}
	}
	for _, ct := range cost {
		if has := s.Track(p.actor, ct.Track); has < ct.Amount {
			res.Reason = ErrCost{Track: s.Sc.Tracks[ct.Track].ID, Need: ct.Amount, Has: has}
			res.Hidden = c.Hidden
			r.orderEvent(*p, res.Reason, res.Hidden)
			return
		}
	}
	// The order's event, emitted now, before its cost is paid and its chance rolled, which
	// emit none, and completed once they are: at is its index in the events, ev points at it.
	// None in a quiet state, which records none.
	var ev *Event
	at := -1
	if !s.quiet {
		ev, at = r.emitNew(EvOrder, s.orderVis(c, m))
		ev.Actor, ev.Move, ev.Obs, ev.Target, ev.Arg, ev.Param = int32(p.actor), int32(p.move), int32(m.Obs), int32(p.target), int32(p.arg), p.param
	}
	for _, ct := range cost {
		s.addTrack(p.actor, ct.Track, -ct.Amount, ev)
	}
	res.Chance = 1
	var bad Reason // a chance that is not a finite number fails the order before its roll
	if m.Chance.Fn != nil {
		if v := m.Chance.Fn(c); Finite(v) {
			res.Chance = min(max(v, 0), 1)
		} else {
			res.Chance, bad = 0, ErrNonFinite{Expr: m.Chance.Src}
		}
	}
	res.Roll = r.dice.Of(p.actor, p.move).Draw(0) // Draw(s.Seed, r.turn, p.actor, p.move, 0)
	res.OK = res.Roll < res.Chance
	switch {
	case bad != nil:
		res.Reason = bad
	case !res.OK && s.quiet:
		res.Reason = errChanceQuiet // a rollout reads no reasons: no box per failed roll
	case !res.OK:
		res.Reason = ErrChance{Chance: res.Chance, Roll: res.Roll}
	}
	res.Hidden = c.Hidden
	c.Watch = false // the effects read what they read: their results are seen as they are
	// The order's own event goes first; the effects' events follow it.
	if ev != nil {
		ev.Code, ev.Hidden = res.Code(), res.Hidden
	}
	r.incident = -1
	r.bad = ""
	switch {
	case res.OK:
		if m.Hostile {
			r.incident = s.openIncident(c, m, r)
		}
		s.apply(c, m.OnSuccess, at, r)
	case bad == nil:
		s.apply(c, m.OnFailure, at, r)
	}
	if r.bad != "" {
		// An effect's value was not a finite number: the order fails there.
		res.OK, res.Reason = false, ErrNonFinite{Expr: r.bad}
		if at >= 0 {
			s.Events[at].Code = res.Code()
		}
		r.bad = ""
	}
	if r.incident >= 0 {
		s.announceIncident(r)
	}
	r.incident = -1
}

// orderEvent records a refused or failed order, seen only by the ordering side; hidden says
// whether the failure rests on what that side cannot see (Result.Hidden).
func (r *run) orderEvent(p order, why Reason, hidden bool) {
	ev, _ := r.emitNew(EvOrder, sideBit(p.side))
	if ev == nil {
		return
	}
	ev.Actor, ev.Move, ev.Target, ev.Arg, ev.Param = int32(p.actor), int32(p.move), int32(p.target), int32(p.arg), p.param
	if p.move >= 0 {
		ev.Obs = int32(r.s.Sc.Moves[p.move].Obs)
	}
	ev.Code, ev.Hidden = why.Code(), hidden
}

// orderVis returns who learns that an order was played.
func (s *State) orderVis(c *Ctx, m *MoveDef) uint64 {
	vis := sideBit(c.Side)
	switch m.Visibility {
	case VisPublic:
		return AllSides
	case VisTarget:
		vis |= s.targetSides(c)
	}
	return vis
}

// targetSides returns the sides of the actors an order's target touches.
func (s *State) targetSides(c *Ctx) uint64 {
	var vis uint64
	switch c.targetKind {
	case TargetActor:
		vis |= sideBit(s.sideOf(c.Target))
	case TargetAsset, TargetLink:
		for _, o := range s.Sc.Assets[c.ownersAsset()].Owners {
			vis |= sideBit(s.sideOf(o))
		}
	case TargetIncident:
		for _, v := range s.Incidents[c.Target].Victims {
			vis |= sideBit(s.sideOf(v))
		}
	case TargetResolution:
		vis = AllSides
	}
	return vis
}

// plain returns the run's context set to the plain context of its state (no actor, target,
// argument or side, unwatched), as a pooled one would be: once the turn's orders are resolved,
// the scores, the end condition and the next turn's injects are worked out in it.
func (r *run) plain() *Ctx { return r.with(Ctx{S: r.s, Self: -1, Target: -1, Arg: -1, Side: -1}) }

// with returns the run's context set to x, for work of the run between its orders (a tally,
// the end of the turn): a context taken from the pool, and given back, for each would cost
// more. What the context was set to before is lost.
func (r *run) with(x Ctx) *Ctx {
	c := r.ctx
	if c == nil {
		c = new(Ctx)
		r.ctx = c
	}
	*c = x
	return c
}

// score evaluates every objective. An objective whose score is not a finite number, or would
// make its side's total infinite, counts 0, and an event tells its side.
func (s *State) score() {
	c := pooled(Ctx{S: s, Self: -1, Target: -1, Arg: -1, Side: -1})
	defer release(c)
	s.scoreIn(c)
}

// scoreIn is score in c, a plain context of s (run.plain), which the objectives read and leave
// as it is.
func (s *State) scoreIn(c *Ctx) {
	if order := s.Sc.ScoreOrder; order != nil {
		for _, i := range order {
			s.Scores[i] = s.sideScoreIn(c, i)
		}
		return
	}
	for i := range s.Sc.Sides {
		s.Scores[i] = s.sideScoreIn(c, i)
	}
}

// scoreSideIn scores side only in c, a plain context of s, as scoreIn would: first, when
// objectives read scores, the sides scored before it (ScoreOrder), whose scores it may read.
func (s *State) scoreSideIn(c *Ctx, only int) {
	for _, i := range s.Sc.ScoreOrder {
		if i == only {
			break
		}
		s.Scores[i] = s.sideScoreIn(c, i)
	}
	s.Scores[only] = s.sideScoreIn(c, only)
}

// sideScoreIn returns the sum of side i's objectives in s, evaluated in c, a plain context of s
// (run.plain); an objective that gives no finite number counts 0 and, unless s is quiet,
// records why.
func (s *State) sideScoreIn(c *Ctx, i int) float64 {
	t := 0.0
	objs := s.Sc.Sides[i].Objectives
	for j := range objs {
		o := &objs[j]
		v := o.Score.Eval(c)
		if !Finite(v) || !Finite(t+v) {
			if !s.quiet {
				ev := newEvent(s.Turn, -1, EvNonFinite, sideBit(i))
				ev.Arg, ev.Target, ev.Code, ev.Expr = int32(i), int32(j), NonFiniteScore, o.Score.Src
				s.Events = append(s.Events, ev)
			}
			continue
		}
		t += v
	}
	return t
}

// endsIn reports whether the game ends with the turn of s: its last turn, or the scenario's end
// condition holds, evaluated in c, a plain context of s (run.plain).
func (s *State) endsIn(c *Ctx) bool {
	if s.Turn >= s.Sc.Turns {
		return true
	}
	if s.Sc.End.Fn == nil {
		return false
	}
	return s.Sc.End.Fn(c)
}

// finishTurn ends the game, when end (endsIn) says so, or advances to the next turn and fires
// its injects.
func (s *State) finishTurn(r *run, end bool) {
	if end {
		s.Over = true
		s.Outcome = s.outcome()
		r.emitNew(EvEnd, AllSides)
		return
	}
	s.Turn++
	s.fireInjectsIn(r.plain())
}

// outcome names how the game ended: the first named outcome that holds, else the side with the
// highest score, else "draw"; an unscored game with no named outcome has "ended".
func (s *State) outcome() string {
	c := pooled(Ctx{S: s, Self: -1, Target: -1, Arg: -1, Side: -1})
	defer release(c)
	for _, o := range s.Sc.Outcomes {
		if o.When.Eval(c) {
			return o.ID
		}
	}
	if !s.Sc.Scored() {
		return Ended
	}
	best, tie := -1, false
	for i, v := range s.Scores {
		switch {
		case best < 0 || v > s.Scores[best]:
			best, tie = i, false
		case v == s.Scores[best]:
			tie = true
		}
	}
	if best < 0 || tie {
		return "draw"
	}
	return s.Sc.Sides[best].ID
}
