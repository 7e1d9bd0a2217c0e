package sim

// EventKind names what an event records.
type EventKind uint8

// Event kinds.
const (
	EvInject      EventKind = iota // an inject fired
	EvOrder                        // an order resolved (succeeded, failed or was refused)
	EvIncident                     // a hostile move opened an incident
	EvEvidence                     // a side found evidence
	EvAttribution                  // a side publicly attributed an incident
	EvTabled                       // a resolution was tabled
	EvTally                        // a vote was tallied
	EvTheft                        // value was stolen
	EvHop                          // value left along a link
	EvArrival                      // value arrived at the end of a link
	EvFreeze                       // stolen value was frozen
	EvTrace                        // an asset was traced
	EvCashout                      // stolen value was cashed out
	EvReveal                       // an asset became known, or a side shared an incident
	EvOverride                     // the facilitator changed a track
	EvEnd                          // the game ended
	EvNonFinite                    // an expression gave no finite number; its value was not used
)

// EventKindNames are the names of event kinds, as in logs.
var EventKindNames = []string{"inject", "order", "incident", "evidence", "attribution", "tabled",
	"tally", "theft", "hop", "arrival", "freeze", "trace", "cashout", "reveal", "override", "end",
	"non-finite"}

func (k EventKind) String() string { return EventKindNames[k] }

// Event is one thing that happened, with who may see it. Indices are -1 when not used.
type Event struct {
	Turn  int32     `json:"turn"`
	Phase int32     `json:"phase"` // -1 outside adjudication (injects, end)
	Kind  EventKind `json:"kind"`
	// Vis is the set of sides that see the event (a bitmask; AllSides for everyone).
	Vis uint64 `json:"vis"`

	Actor    int32  `json:"actor"`    // the acting actor
	Move     int32  `json:"move"`     // the move played
	Obs      int32  `json:"obs"`      // how the move is seen by other sides: an index of Observations
	Target   int32  `json:"target"`   // index of the target, of the kind the move or event says
	Arg      int32  `json:"arg"`      // actor argument or ballot
	Inject   int32  `json:"inject"`   // EvInject
	Incident int32  `json:"incident"` // EvIncident, EvEvidence, EvAttribution, EvTheft, EvReveal (shared)
	Res      int32  `json:"res"`      // EvTabled, EvTally
	Asset    int32  `json:"asset"`    // EvTheft, EvArrival, EvFreeze, EvTrace, EvCashout, EvReveal
	Link     int32  `json:"link"`     // EvHop, EvArrival
	Amount   int64  `json:"amount"`   // value moved, or evidence strength
	Code     string `json:"code"`     // EvOrder: the result code ("ok", "chance", …); EvNonFinite: see NonFinite*
	Correct  bool   `json:"correct"`  // EvAttribution
	// Param is, for EvOrder, the order's parameter (a rung, an amount); 0 for none.
	Param int `json:"param,omitempty"`
	// Hidden marks an EvOrder whose result rests on what the ordering side cannot see.
	Hidden bool `json:"hidden,omitempty"`

	Deltas []Delta `json:"deltas,omitempty"`
	Seats  []Seat  `json:"seats,omitempty"`  // EvTally
	Actors []int   `json:"actors,omitempty"` // EvIncident: victims; EvEvidence: accused
	// Expr is, for EvNonFinite, the expression as written.
	Expr string `json:"expr,omitempty"`
}

// What an EvNonFinite event's expression was (its Code), and where (its indices). Such an event
// is seen by the side whose objective it is, else by the facilitator only: it is a fault of the
// scenario, not a fact of the game.
const (
	NonFiniteScore  = "score"  // an objective's score: Arg is the side, Target the objective; it counts 0
	NonFiniteInject = "inject" // an effect of inject Inject: it and the inject's later effects are not applied
	NonFiniteVote   = "vote"   // an effect of resolution Res's vote: likewise
	NonFiniteStance = "stance" // the stance of member Actor on resolution Res: the member abstains
	NonFiniteFreeze = "freeze" // the freeze share of asset Asset: nothing is frozen
)

// Delta is a change of one track of one actor.
type Delta struct {
	Actor, Track int
	From, To     int64
}

// Seat is one member's vote in a tally.
type Seat struct {
	Actor  int
	Ballot int
	Veto   bool
}

// newEvent returns an event of kind k with every index unset.
func newEvent(turn int, ph int, k EventKind, vis uint64) Event {
	var e Event
	e.reset(turn, ph, k, vis)
	return e
}

// reset makes e a new event of kind k (newEvent's), writing every field: run.emitNew writes
// one where it lies, in a slot that may hold an event of an earlier turn.
func (e *Event) reset(turn int, ph int, k EventKind, vis uint64) {
	e.Turn, e.Phase, e.Kind, e.Vis = int32(turn), int32(ph), k, vis
	e.Actor, e.Move, e.Obs, e.Target, e.Arg, e.Inject, e.Incident, e.Res, e.Asset, e.Link = -1, -1, -1, -1, -1, -1, -1, -1, -1, -1
	e.Amount, e.Code, e.Correct, e.Param, e.Hidden = 0, "", false, 0, false
	e.Deltas, e.Seats, e.Actors, e.Expr = nil, nil, nil, ""
}
