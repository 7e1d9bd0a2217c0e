package sim

import (
	"slices"
	"strconv"
)

// Scenario is a validated, immutable scenario. Every reference is an index resolved at load.
type Scenario struct {
	ID, Title, Summary, Briefing string
	TurnLabel                    string
	Turns                        int
	// Unscored is set by scored = false: a discussion exercise, with no score (see Scored).
	Unscored bool
	// seatCopy is set on a seat's copy (SeatScenario.Scenario), which holds its own side's
	// objectives alone: whether the game keeps a score is then Unscored's to say (Scored).
	seatCopy bool
	// ScoresUnread is set by the loader when no expression of the scenario reads a side's
	// score (side.ID.score): a turn then needs no score of its own, and a rollout's turns
	// leave them to the last (Unscored). A scenario made in Go leaves it unset.
	ScoresUnread bool
	// Start is when turn 1 begins in exercise time, in Unix seconds (UTC wall time), and Span
	// how long a turn lasts, in seconds; Span 0: the scenario has no exercise clock.
	Start, Span int64
	// Open is set by open_tables = true: the teams see each other's orders in full (View) and
	// no hand-over screen hides one table's orders from the next.
	Open    bool
	Seed    uint64
	Sources []string
	// Hash is the hex SHA-256 of the source file, recorded in logs.
	Hash string
	// File is the name the scenario was loaded from.
	File string
	// Base is the id of the base scenario of a variant ("" for a scenario that is none): the
	// variant has the base's sides, actors and moves, so orders written for the base play on it.
	Base string

	Tracks []TrackDef
	// Kinds are the kinds of actor the file declares, with their tracks; nil: none declared,
	// and every actor has every track.
	Kinds []KindDef
	Sides []SideDef
	// ScoreOrder is the order the sides are scored in at the end of a turn, each after the
	// sides whose scores its objectives read (so that it reads their scores of the turn), ties
	// in the order of the file; nil: the order of the file, when no objective reads a score.
	ScoreOrder  []int
	Actors      []ActorDef
	Assets      []AssetDef
	Links       []LinkDef
	Moves       []MoveDef
	Injects     []InjectDef
	Truths      []TruthDef
	Bodies      []BodyDef
	Resolutions []ResolutionDef
	Outcomes    []OutcomeDef
	Questions   []QuestionDef
	Segments    []SegmentDef
	// Ladders are the graded scales a move's parameter may climb (ParamDef).
	Ladders []Ladder
	End     Bool
	// Observations are the distinct ways moves are seen by the sides that do not play them
	// (MoveDef.Obs).
	Observations []Observation

	// Syms interns every string an expression can see (ids, kinds, statuses, literals); the
	// first len(Statuses) entries are the statuses, so a Status is also its symbol.
	Syms []string

	// canPlay[a] lists the moves actor a may play, in move order.
	CanPlay [][]int

	// slot[actor*tracks + track] is where a state keeps the track (Slot; -1: the actor lacks
	// it), start holds every slot's starting value, at[k] is the actor*tracks + track of slot
	// k, and every holds every track's starting value, actor*tracks + track: all nil until
	// IndexTracks. hidden[sd] lists the slots of the tracks side sd cannot see, nil until
	// Index.
	hidden [][]int32
	start  []int64
	slot   []int32
	at     []int32
	every  []int64
	// owners[x] is the set of sides whose actors own asset x; nil: not indexed.
	owners []uint64
	// ids maps the ids of each kind (TargetActor, …, idsSides, idsMoves) to their index; nil:
	// not indexed.
	ids []map[string]int
	// playable has bit actor*moves + move set when the actor may play the move (CanPlay); nil:
	// not indexed.
	playable []uint64
	// keyBits are the widths of the sort keys' fields the scenario bounds (unset: not indexed).
	keyBits keyBits
}

// canPlay reports whether actor a may play move mv: whether CanPlay[a] holds mv, read from
// playable when the scenario is indexed.
func (sc *Scenario) canPlay(a, mv int) bool {
	if sc.playable == nil || uint(mv) >= uint(len(sc.Moves)) {
		return slices.Contains(sc.CanPlay[a], mv)
	}
	k := uint(a*len(sc.Moves) + mv)
	return sc.playable[k/64]&(1<<(k%64)) != 0
}

// TrackDef declares a numeric track every actor has.
type TrackDef struct {
	ID, Label     string
	Min, Max, Def int64
	Public        bool
}

// SideDef is a team of the exercise.
type SideDef struct {
	ID, Name, Briefing, Color string
	Actors                    []int
	Objectives                []ObjectiveDef
}

// ObjectiveDef is a scored objective of a side.
type ObjectiveDef struct {
	ID, Text string
	Score    Num
}

// ActorDef is a state, group, firm, body or exchange.
type ActorDef struct {
	ID, Name, Kind string
	Side           int // -1 when no side controls it
	Sponsor        int // -1 when none
	Tags           []string
	Tracks         []int64 // starting values, one per track
	KindSym        int32
	// Lacks has bit t set when the actor's kind does not have track t (see HasTrack); zero:
	// it has every track.
	Lacks uint64
}

// AssetDef is a piece of infrastructure or a holding.
type AssetDef struct {
	ID, Name, Kind string
	KindSym        int32
	Owners         []int
	Status         Status
	HiddenFrom     uint64 // side bitmask
	Value          int64
	Freeze         Num // share of traced stolen value frozen on arrival; Self is the first owner
}

// LinkDef is a path value can move along.
type LinkDef struct {
	ID       string
	From, To int
	FeeBP    int64 // fee in basis points
	Delay    int
}

// Argument kinds of a move.
const (
	ArgNone = iota
	ArgActor
	ArgBallot
)

// ArgNames are the TOML names of the argument kinds.
var ArgNames = []string{"none", "actor", "ballot"}

// Ballots, the values of a ballot argument.
const (
	Abstain = iota
	Yes
	No
)

// BallotNames are the names of ballots, indexed by ballot.
var BallotNames = []string{"abstain", "yes", "no"}

// Visibility of a move: who learns that it was played.
const (
	VisSide = iota
	VisTarget
	VisPublic
)

// VisibilityNames are the TOML names of visibilities.
var VisibilityNames = []string{"side", "target", "public"}

// MoveDef is an action card.
type MoveDef struct {
	ID, Name, Text string
	ByActors       []int // empty: any
	ByKinds        []string
	BySides        []int
	Target         int
	TargetKinds    []string
	OwnTarget      bool
	Arg            int
	// Param is the parameter an order chooses besides target and argument, if any.
	Param ParamDef
	// WhenParam is set when When reads param: Legal then checks it once the parameter is
	// chosen (and When is not split).
	WhenParam bool
	// Cost is what an order of the move costs, from the file's plain numbers; CostExprs are the
	// costs given as expressions, worked out for each order (see CostOf).
	Cost      []TrackAmount
	CostExprs []CostExpr
	When      Bool
	// WhenSelf, WhenStatic, WhenTarget, WhenArgStatic and WhenArg split When for Legal (when
	// WhenSplit): the conjuncts of its top-level "and" chain that read neither target nor arg,
	// those that read only fixed properties of the target (its id, kind, an actor's side), the
	// others that read the target but not arg, those that read only fixed properties of arg
	// (its id, kind, side), and the others that read arg. When holds exactly when all five
	// hold; unset, a part holds.
	WhenSelf, WhenStatic, WhenTarget, WhenArgStatic, WhenArg Bool
	WhenSplit                                                bool
	// WhenParts are the conjuncts of When's top-level "and" chain, each on its own with its
	// source, for a refusal to name the one that failed; nil when When has one.
	WhenParts []Bool
	// WhenTerms lists, for each of WhenParts (or for When when it has none), the values it
	// reads, for a refusal to show them.
	WhenTerms  [][]Term
	Chance     Num
	Phase      Phase
	Priority   int
	Visibility int
	// Techniques are the MITRE ATT&CK technique ids the move stands for (T1566.002).
	Techniques []string
	// Obs is how the move is seen by a side that does not play it: an index of the scenario's
	// Observations (its observed_as text, or its phase's).
	Obs       int
	Hostile   bool
	Via       []int
	OnSuccess []Effect
	OnFailure []Effect

	kindOK  []bool // per actor or asset target: of a target kind (see Index); nil: not indexed
	targets []int  // the targets of a target kind for which WhenStatic holds; nil: not indexed
	args    []int  // the actor arguments for which WhenArgStatic holds; nil: not indexed
	whenErr Reason // ErrCondition{When: When.Src}, boxed once; nil: not indexed
}

// Observation is how a move is seen by a side that does not play it: a text (the move's
// observed_as, or its phase's) and the kind of target it is seen on.
type Observation struct {
	Text   string
	Target int
}

// ObservedDefault is the observation text of a move that gives none: its phase's, which every
// side sees anyway.
func ObservedDefault(ph Phase, hostile bool) string {
	switch ph {
	case PhaseDefence:
		return "a defensive measure"
	case PhaseInvestigation:
		return "an investigation"
	case PhaseFlows:
		return "a movement of funds"
	case PhaseDiplomacy:
		return "a diplomatic step"
	case PhaseVotes:
		return "a vote"
	}
	if hostile {
		return "a hostile operation"
	}
	return "an operation"
}

// Observe returns the index of the observation (text, target) in sc.Observations, adding it
// when new. The loader calls it for every move.
func (sc *Scenario) Observe(text string, target int) int {
	o := Observation{Text: text, Target: target}
	for i, x := range sc.Observations {
		if x == o {
			return i
		}
	}
	sc.Observations = append(sc.Observations, o)
	return len(sc.Observations) - 1
}

// TrackAmount is an amount of one track.
type TrackAmount struct {
	Track  int
	Amount int64
}

// InjectDef is a scripted event of the master scenario events list.
type InjectDef struct {
	ID, Title, Text, Expected string
	Turn                      int   // 0: none
	At                        int64 // seconds into its turn, in exercise time (see Scenario.Span)
	When                      Bool
	To                        uint64 // side bitmask
	Questions                 []string
	Effects                   []Effect
}

// SegmentDef is a timed part of a turn's discussion ("assess", 10 minutes): the exercise
// server runs a turn's segments one after another on the clock and ends the turn with the last.
// They are not the phases of adjudication (PhaseDefence, …), which order a turn's moves.
type SegmentDef struct {
	Name   string
	Length int64 // seconds
	Turns  []int // the turns it is part of; empty: every turn
}

// SegmentsOf returns the segments of turn, in order.
func (sc *Scenario) SegmentsOf(turn int) []SegmentDef {
	var out []SegmentDef
	for _, g := range sc.Segments {
		if len(g.Turns) == 0 || slices.Contains(g.Turns, turn) {
			out = append(out, g)
		}
	}
	return out
}

// QuestionDef is a key question put to the tables (the sides of To) in a turn; their answers
// go into the log and the report.
type QuestionDef struct {
	ID, Text string
	Turn     int
	To       uint64 // side bitmask
}

// QuestionsFor returns the questions side sd is asked in turn: the turn's questions told to it,
// and those of the injects told to it that fired in turn, as "INJECT#N" ids (N from 1) beside
// the scenario's own question ids.
func (sc *Scenario) QuestionsFor(s *State, sd, turn int) (ids, texts []string) {
	bit := sideBit(sd)
	if sd == Facilitator {
		bit = AllSides
	}
	for _, q := range sc.Questions {
		if q.Turn == turn && q.To&bit != 0 {
			ids, texts = append(ids, q.ID), append(texts, q.Text)
		}
	}
	for i, in := range sc.Injects {
		if s.Fired[i] == turn && in.To&bit != 0 {
			for k, q := range in.Questions {
				ids, texts = append(ids, in.ID+"#"+strconv.Itoa(k+1)), append(texts, q)
			}
		}
	}
	return ids, texts
}

// QuestionText returns the text of the question with id (a question's id or "INJECT#N"), or "".
func (sc *Scenario) QuestionText(id string) string {
	for _, q := range sc.Questions {
		if q.ID == id {
			return q.Text
		}
	}
	for _, in := range sc.Injects {
		for k, q := range in.Questions {
			if in.ID+"#"+strconv.Itoa(k+1) == id {
				return q
			}
		}
	}
	return ""
}

// TruthDef is a hidden truth drawn from the seed when a game starts.
type TruthDef struct {
	ID, Text string
	Chance   float64
}

// BodyDef is a voting body.
type BodyDef struct {
	ID, Name  string
	Members   []int
	Threshold int
	Vetoes    []int
	Stance    Num
	YesAt     float64
	NoAt      float64
}

// ResolutionDef is a draft resolution a move may table before a body.
type ResolutionDef struct {
	ID, Title, Text string
	Body            int
	DraftedBy       int // -1: no side
	VoteAfter       int
	OnPass, OnFail  []Effect
}

// OutcomeDef is a named outcome checked when the game ends.
type OutcomeDef struct {
	ID, Text string
	When     Bool
}

// Track returns the index of the track with the given id, or -1.
func (sc *Scenario) Track(id string) int {
	for i := range sc.Tracks {
		if sc.Tracks[i].ID == id {
			return i
		}
	}
	return -1
}

// Side returns the index of the side with the given id, or -1.
func (sc *Scenario) Side(id string) int { return sc.find(idsSides, id) }

// Actor returns the index of the actor with the given id, or -1.
func (sc *Scenario) Actor(id string) int { return sc.find(TargetActor, id) }

// Asset returns the index of the asset with the given id, or -1.
func (sc *Scenario) Asset(id string) int { return sc.find(TargetAsset, id) }

// Move returns the index of the move with the given id, or -1.
func (sc *Scenario) Move(id string) int { return sc.find(idsMoves, id) }

// Link returns the index of the link with the given id, or -1.
func (sc *Scenario) Link(id string) int { return sc.find(TargetLink, id) }

// Resolution returns the index of the resolution with the given id, or -1.
func (sc *Scenario) Resolution(id string) int { return sc.find(TargetResolution, id) }

// Inject returns the index of the inject with the given id, or -1.
func (sc *Scenario) Inject(id string) int {
	for i := range sc.Injects {
		if sc.Injects[i].ID == id {
			return i
		}
	}
	return -1
}

// Noun returns what a play of the scenario is called where ttx speaks of it: "game" when it
// keeps a score (Scored), "exercise" for a discussion exercise, which has no winner to play for.
func (sc *Scenario) Noun() string {
	if sc.Scored() {
		return "game"
	}
	return "exercise"
}

// Scored reports whether the scenario keeps a score: some side has an objective and the file
// does not say scored = false. An unscored scenario is a discussion exercise: no score, no
// winner and no draw; it ends with a named outcome, or "ended". A seat's copy of the scenario
// is scored when the game is, though its side may have no objective of its own (and it holds
// no other side's).
func (sc *Scenario) Scored() bool {
	if sc.Unscored {
		return false
	}
	if sc.seatCopy {
		return true
	}
	for i := range sc.Sides {
		if len(sc.Sides[i].Objectives) > 0 {
			return true
		}
	}
	return false
}

// Ended is the outcome of an unscored game that ends with no named outcome.
const Ended = "ended"

// NT is the number of tracks.
func (sc *Scenario) NT() int { return len(sc.Tracks) }

// Owns reports whether actor a owns asset x.
func (sc *Scenario) Owns(a, x int) bool {
	return slices.Contains(sc.Assets[x].Owners, a)
}
