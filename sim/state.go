package sim

import (
	"sync"
)

// State is one moment of a game: flat data indexed by the scenario's ids, cheap to clone. A
// state is never changed after it is returned; Resolve and the facilitator's actions return a
// new state whose Prev is the old one, so the history is the chain of Prev pointers.
type State struct {
	Sc   *Scenario
	Seed uint64
	// Turn is the turn to be played next, from 1; once Over, the last turn played.
	Turn    int
	Over    bool
	Outcome string

	Tracks  []int64  // the tracks actors have, by slot (Scenario.Slot; Track reads any)
	Status  []Status // per asset
	Known   []uint64 // per asset: the sides that know it exists
	Traced  []uint64 // per asset: the sides tracing it
	Value   []int64  // per asset: value that is not stolen
	Dirty   []int64  // per asset: stolen value held
	Transit []Transit
	Flow    FlowTotals

	Fired     []int  // per inject: the turn it fired, 0 if not yet
	Truth     []bool // per truth
	Incidents []Incident
	// Learned lists, for each side, the incidents it knows in the order it learned of them: a
	// side numbers incidents so (incident_1 is the first it learned of), never by the count of
	// incidents it does not know.
	Learned  []Learned
	Evidence []Evidence
	Res      []ResState
	Scores   []float64 // per side: the sum of its objectives at the end of the last turn

	// Step says what made this state from Prev: a turn, an inject fired by hand, an override.
	Step    Step
	Results []Result // the order results of the turn that made this state
	Events  []Event  // the events of the step that made this state
	Prev    *State

	// quiet states and those resolved from them record no events (see Quiet).
	quiet bool
	// unscored states and those resolved from them leave their turns' scores to the last
	// (see Unscored); stale is set when Scores are an earlier turn's.
	unscored, stale bool
	// scr is the scratch of a quiet state's adjudications, kept with the state's storage
	// (ResolveInto) so that a rollout's turns allocate almost nothing; another state holds one
	// lent to it only while it is adjudicated (startRun, endRun).
	scr *scratch
	// room is free storage for the deltas of the events this state records, carved into
	// windows of their own (moreDeltas) so that an event's deltas do not allocate as they
	// grow; copyInto empties it, so no two states carve the same storage.
	room []Delta
}

// scratch is reusable working storage of adjudication.
type scratch struct {
	r    run
	c    Ctx
	pend []order
	perm []sortedOrder
	keys []uint64     // the sort keys of a turn of many orders (sortPending)
	seen map[int]bool // the actors and moves of a turn's orders, in a turn of many (checkAll)
	// ballots and bOff are a turn's ballots and each resolution's offset into them, for the
	// scenario bOffOf (ballotRoom).
	ballots []int8
	bOff    []int
	bOffOf  *Scenario
	// land is the context of a freeze at a traced asset (State.land), which may come in the
	// middle of an order whose context is c.
	land Ctx
	// events is the free end of storage that recorded turns' events are carved from, when
	// their states have no storage of their own for them (borrowed): a turn's events are
	// written there once and kept there, the state's from then on, so they are never copied;
	// the next turn starts after them. room holds the turn's deltas while it is adjudicated;
	// endRun copies them out into storage of their exact size.
	events   []Event
	room     []Delta
	borrowed bool
	short    bool // the turn's deltas outgrew room (moreDeltas)
}

// lent is the scratch of adjudications that record their turns (Resolve, policy.Play): lent to
// one adjudication at a time, whose state keeps nothing of it, so that a recorded game
// allocates its states, results and events and little else.
var lent = sync.Pool{New: func() any {
	return &scratch{room: make([]Delta, 4*deltaChunk)}
}}

// eventChunk is how many events the storage recorded turns' events are carved from is
// allocated by, and eventsLeast the fewest a turn starts with room for: a turn with more grows
// its events into storage of its own. A chunk stays within 32 KiB, the largest object the
// runtime allocates from a goroutine's own spans: a larger one is taken from the shared heap
// under its lock, and once collected is given back to the system and faulted in again.
const (
	eventChunk  = 160
	eventsLeast = 32
)

// startRun returns the scratch of adjudicating turn into n: a quiet state, resolved over and
// over in rollouts, reuses the run, context and buffers its storage keeps; another state
// borrows a scratch until endRun.
func (n *State) startRun(turn int) (r *run, pend []order, perm []sortedOrder) {
	switch {
	case !n.quiet:
		n.scr = lent.Get().(*scratch)
		// The turn's events go in the scratch unless the state has storage of its own for
		// them (ResolveInto's may).
		if n.scr.borrowed = n.Events == nil; n.scr.borrowed {
			if cap(n.scr.events) < eventsLeast {
				n.scr.events = make([]Event, 0, eventChunk)
			}
			n.Events, n.room = n.scr.events, n.scr.room
		}
	case n.scr == nil:
		n.scr = new(scratch)
	}
	r = &n.scr.r
	*r = run{s: n, turn: turn, phase: -1, incident: -1, dice: TurnDiceOf(n.Seed, turn), ctx: &n.scr.c}
	return r, n.scr.pend[:0], n.scr.perm[:0]
}

// endRun keeps the order buffers, grown, for the next adjudication. A state that borrowed its
// scratch gives it back and keeps the events it carved, with their deltas copied out of it.
func (n *State) endRun(pend []order, perm []sortedOrder) {
	scr := n.scr
	scr.pend, scr.perm = pend[:0], perm[:0]
	if n.quiet {
		return
	}
	if scr.borrowed {
		evs := n.Events
		n.Events = nil // none recorded: nil, as a state that records no event has
		if len(evs) > 0 {
			// Capped, so that nothing appended to the state's events writes over the next
			// turn's, which start after them (in another array, if the turn outgrew the room).
			n.Events = evs[:len(evs):len(evs)]
			settleDeltas(n.Events)
			scr.events = evs[len(evs):]
		}
		if scr.short { // make more room for the next turn
			scr.room = make([]Delta, 2*len(scr.room))
		}
		n.room = nil
	}
	scr.r, scr.c, scr.land, scr.borrowed, scr.short = run{}, Ctx{}, Ctx{}, false, false
	n.scr = nil
	lent.Put(scr)
}

// settleDeltas copies the deltas of a turn's events, written in the scratch's room, into
// storage of their exact size shared with nothing else, and points the events at them.
func settleDeltas(evs []Event) {
	nd := 0
	for i := range evs {
		nd += len(evs[i].Deltas)
	}
	ds := make([]Delta, 0, nd)
	for i := range evs {
		if d := evs[i].Deltas; d != nil {
			k := len(ds)
			ds = append(ds, d...)
			evs[i].Deltas = ds[k:len(ds):len(ds)]
		}
	}
}

// Quiet returns a copy of s whose turns, and theirs, record no events: the same states, for
// rollouts that read no events and no reasons. Their results differ only in what such a
// rollout does not read: a failed condition's reason names no failing part and no values, a
// failed roll's is the zero ErrChance (the result holds its chance and roll), no result says
// whether it rests on what its side cannot see (Hidden), and results in indices name no order
// (ResolveChoicesInto). s itself is unchanged.
func Quiet(s *State) *State { return QuietInto(nil, s) }

// QuietInto is Quiet in dst (a new state when dst is nil), for a caller that starts many
// rollouts one after the other: the copy shares s's slices, as Quiet's does, and dst's own
// are not reused. It records no deltas, so it has no room for them.
func QuietInto(dst, s *State) *State {
	if dst == nil {
		dst = new(State)
	}
	*dst = *s
	dst.quiet, dst.scr, dst.unscored, dst.room = true, nil, false, nil
	return dst
}

// Unscored returns Quiet(s) whose turns work out no scores, when no expression of the scenario
// reads a score (Scenario.ScoresUnread; otherwise it is Quiet(s)), until the game ends or
// ScoreTurns says to: for a rollout that reads the scores of its last state alone. A turn's
// scores are those at its end, before the next turn's injects fire, so a rollout that stops
// before the game ends calls ScoreTurns on the state before its last turn. Until then, and while
// Stale says so, a state's Scores are an earlier turn's. Every other part of every state is
// Quiet's. s itself is unchanged.
func Unscored(s *State) *State { return UnscoredInto(nil, s) }

// UnscoredInto is Unscored in dst, as QuietInto is Quiet.
func UnscoredInto(dst, s *State) *State {
	n := QuietInto(dst, s)
	n.unscored = s.Sc.ScoresUnread
	return n
}

// ScoreTurns makes the turns resolved from s, and theirs, scored, as Quiet's are (see Unscored).
func (s *State) ScoreTurns() { s.unscored = false }

// Stale reports whether s's Scores are an earlier turn's (see Unscored).
func (s *State) Stale() bool { return s.stale }

// FlowTotals are the running totals of stolen value; Stolen always equals the value held
// (Dirty), in transit, frozen, paid in fees and cashed out.
type FlowTotals struct {
	Stolen, Frozen, Fees, Cashed int64
}

// Transit is value moving along a link.
type Transit struct {
	Link   int
	Amount int64
	Arrive int // the turn it arrives
}

// Incident is a hostile act: it knows its true authors.
type Incident struct {
	Turn, Move int
	// Obs is how the move is seen by those it is not played by: an index of the scenario's
	// Observations.
	Obs        int
	Authors    []int
	Victims    []int
	Via        []int
	Planted    []Plant
	Known      uint64 // sides that know of it
	Attributed uint64 // sides that have publicly attributed it
	Public     bool
	// ev is where the state's evidence on it lies (see State.EvidenceOn).
	ev evSpan
}

// evSpan is where the evidence on an incident lies in its state's Evidence: within
// Evidence[from:to], among other incidents' evidence. Unset (the zero value), as for an incident
// read from the wire, it says nothing and the evidence is looked for everywhere.
type evSpan struct {
	from, to int32
	set      bool
}

// add notes evidence at index k of the state's evidence.
func (sp *evSpan) add(k int) {
	if !sp.set {
		return
	}
	if sp.from == sp.to {
		sp.from = int32(k)
	}
	sp.to = int32(k) + 1
}

// EvidenceOn returns a part of s's evidence that holds all the evidence on incident i, and
// perhaps evidence on other incidents: the caller still tests each entry's incident. It spares
// the expressions that sum an incident's evidence a walk through the whole game's. For an index
// that is not one of s's incidents, it is all the evidence.
func (s *State) EvidenceOn(i int) []Evidence {
	if i < 0 || i >= len(s.Incidents) {
		return s.Evidence
	}
	if sp := s.Incidents[i].ev; sp.set {
		return s.Evidence[sp.from:sp.to]
	}
	return s.Evidence
}

// Learned records that side Side learned of incident Incident.
type Learned struct {
	Side     int `json:"side"`
	Incident int `json:"incident"`
}

// Plant is evidence planted by an imitator, pointing at Actor.
type Plant struct {
	Actor    int
	Strength int64
}

// Evidence is something a side found that points at a candidate author of an incident.
type Evidence struct {
	Incident, Accused int32
	Strength          int64
	Side              int32 // the side that found it
	Public            bool
}

// Resolution statuses.
const (
	Draft = iota
	Tabled
	Passed
	Failed
)

// ResStatusNames are the names of resolution statuses.
var ResStatusNames = []string{"draft", "tabled", "passed", "failed"}

// ResState is the state of a resolution.
type ResState struct {
	Status        int
	By            int // the actor that tabled it, -1 if none
	Due           int // the turn of the vote
	Yes, No, Abst int
	Vetoed        bool
}

// Step kinds.
const (
	StepStart = iota
	StepTurn
	StepInject
	StepOverride
)

// Step records what made a state from the one before.
type Step struct {
	Kind   int
	Inject int // StepInject
	Actor  int // StepOverride
	Track  int
	Value  int64
}

// New starts a game: hidden truths are drawn from the seed, the injects of turn 1 fire and the
// objectives are scored once.
func New(sc *Scenario, seed uint64) *State { return NewInto(nil, sc, seed) }

// NewInto is New in dst's storage (a new state when dst is nil), for a caller that starts many
// games one after the other (a batch worker). Nothing else may hold dst or its slices.
func NewInto(dst *State, sc *Scenario, seed uint64) *State {
	s := startInto(dst, sc, seed)
	s.fireInjects()
	s.score()
	if len(s.Events) == 0 {
		s.Events = nil // none recorded: nil, as a new state's were (its storage is dropped)
	}
	return s
}

// Unfired returns the state the game of s started from before the injects of turn 1 fired:
// the scenario's values, with s's seed and hidden truths, the objectives scored once. A report
// starts its tracks and scores there, where the scenario file starts them; it is in no game's
// history.
func Unfired(s *State) *State {
	n := startInto(nil, s.Sc, s.Seed)
	copy(n.Truth, s.Truth) // s's as drawn (a view with no seed keeps the facilitator's truths)
	n.score()
	return n
}

// startInto is NewInto before the injects of turn 1 fire and the objectives are scored.
func startInto(dst *State, sc *Scenario, seed uint64) *State {
	if dst == nil {
		dst = &State{}
	}
	old := *dst
	s := dst
	*s = State{Sc: sc, Seed: seed, Turn: 1}
	// The events of dst's game and the free end of its room for deltas are its to reuse
	// (nothing else may hold them): the injects of turn 1 record their events in them, written
	// whole (emitNew), instead of in new storage each game.
	s.Events, s.room = old.Events[:0], old.room
	s.Tracks = zeroed(old.Tracks, sc.Slots())
	if sc.slot != nil {
		copy(s.Tracks, sc.start)
	} else { // not indexed: every track of every actor
		for a := range sc.Actors {
			copy(s.Tracks[a*sc.NT():], sc.Actors[a].Tracks)
		}
	}
	n := len(sc.Assets)
	s.Status = zeroed(old.Status, n)
	s.Known = zeroed(old.Known, n)
	s.Traced = zeroed(old.Traced, n)
	s.Value = zeroed(old.Value, n)
	s.Dirty = zeroed(old.Dirty, n)
	for i := range sc.Assets {
		d := &sc.Assets[i]
		s.Status[i] = d.Status
		s.Known[i] = AllSides &^ d.HiddenFrom
		s.Value[i] = d.Value
	}
	s.Fired = zeroed(old.Fired, len(sc.Injects))
	s.Truth = zeroed(old.Truth, len(sc.Truths))
	for i, t := range sc.Truths {
		s.Truth[i] = Draw(seed, 0, -1, -1-i, 0) < t.Chance
	}
	s.Res = zeroed(old.Res, len(sc.Resolutions))
	for i := range s.Res {
		s.Res[i].By = -1
	}
	s.Scores = zeroed(old.Scores, len(sc.Sides))
	s.Step = Step{Kind: StepStart}
	return s
}

// zeroed returns n zero values in buf's storage when it has room, else in a new slice (never
// nil, as make gives).
func zeroed[T any](buf []T, n int) []T {
	if buf == nil || cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// AllSides is the visibility of something every side sees.
const AllSides = ^uint64(0)

// clone returns a copy of s that shares nothing mutable with it, with s as its history.
func (s *State) clone() *State {
	n := s.cloneInto(nil)
	n.Prev = s
	return n
}

// cloneInto copies s into dst's storage (a new state when dst is nil), sharing nothing mutable
// with s, and returns it without results, events or history. The fixed-size integer slices share
// one backing array, each capped so none can grow into the next.
func (s *State) cloneInto(dst *State) *State { return s.copyInto(dst, false) }

// copyInto is cloneInto; for a view (view true) it leaves the incidents, what the sides learned
// and the evidence empty, as the view's redaction rebuilds them from s.
func (s *State) copyInto(dst *State, view bool) *State {
	if dst == nil {
		dst = &State{}
	}
	n := dst
	tracks, status, known, traced, value, dirty := n.Tracks, n.Status, n.Known, n.Traced, n.Value, n.Dirty
	transit, fired, truth, incs, evs, res, scores := n.Transit, n.Fired, n.Truth, n.Incidents, n.Evidence, n.Res, n.Scores
	learned := n.Learned
	results, events, scr := n.Results, n.Events, n.scr
	*n = *s
	n.scr, n.room = scr, nil
	nt, na := len(s.Tracks), len(s.Value)
	if cap(tracks) < nt || cap(value) < na || cap(known) < na {
		ints := make([]int64, nt+2*na)
		tracks, value, dirty = ints[:nt:nt], ints[nt:nt+na:nt+na], ints[nt+na:]
		bits := make([]uint64, 2*na)
		known, traced = bits[:na:na], bits[na:]
	}
	n.Tracks = append(tracks[:0], s.Tracks...)
	n.Value = append(value[:0], s.Value...)
	n.Dirty = append(dirty[:0], s.Dirty...)
	n.Known = append(known[:0], s.Known...)
	n.Traced = append(traced[:0], s.Traced...)
	n.Status = append(status[:0], s.Status...)
	n.Transit = append(transit[:0], s.Transit...)
	n.Fired = append(fired[:0], s.Fired...)
	n.Truth = append(truth[:0], s.Truth...)
	if view {
		n.Incidents, n.Learned, n.Evidence = emptyFor(incs, s.Incidents), emptyFor(learned, s.Learned), emptyFor(evs, s.Evidence)
	} else {
		n.Incidents = append(incs[:0], s.Incidents...)
		n.Learned = append(learned[:0], s.Learned...)
		n.Evidence = append(evs[:0], s.Evidence...)
	}
	n.Res = append(res[:0], s.Res...)
	n.Scores = append(scores[:0], s.Scores...)
	n.Results, n.Events = results[:0], events[:0]
	n.Prev = nil
	return n
}

// emptyFor returns buf emptied, to hold what is kept of like: nil exactly when copying like
// into buf would have given nil (buf nil and like empty), so a view's slices are nil or not as
// they were when they were copied whole before being redacted.
func emptyFor[T any](buf, like []T) []T {
	if buf == nil && len(like) > 0 {
		return make([]T, 0, len(like))
	}
	return buf[:0]
}

// History returns the states from the start of the game to s, oldest first.
func (s *State) History() []*State {
	var h []*State
	for p := s; p != nil; p = p.Prev {
		h = append(h, p)
	}
	for i, j := 0, len(h)-1; i < j; i, j = i+1, j-1 {
		h[i], h[j] = h[j], h[i]
	}
	return h
}

// Undo returns the state before s, or s itself at the start of the game.
func (s *State) Undo() *State {
	if s.Prev == nil {
		return s
	}
	return s.Prev
}

// sideOf returns the side that controls actor a, or -1.
func (s *State) sideOf(a int) int {
	if a < 0 {
		return -1
	}
	return s.Sc.Actors[a].Side
}

// sideBit returns the visibility bit of side i, or 0 for no side.
func sideBit(i int) uint64 {
	if i < 0 {
		return 0
	}
	return 1 << uint(i)
}
