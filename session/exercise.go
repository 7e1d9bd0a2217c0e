package session

import "ttx/sim"

// Exercise is an exercise as a window drives it: the hot-seat Session at one keyboard, or one
// seat of an exercise served over the network (serve.Remote), which holds only what its seat
// was sent. Everything it returns is something the window may draw; an operation a remote seat
// may not do, or that the server refuses, changes nothing and is told by Problem.
//
// Operations on a remote exercise take effect when the server answers: a window reads the
// exercise again every frame, and Revision tells it when there is something new to read.
type Exercise interface {
	// Scenario is the scenario the window draws from: the whole scenario at a hot seat, the
	// seat's own copy (sim.SeatScenario) over the network. It may change when the seat learns more.
	Scenario() *sim.Scenario
	// View returns what side sd sees now (sim.Facilitator: the white cell's view).
	View(sd int) *sim.Sight
	// Views returns what side sd saw at every step so far, oldest first; the last is View(sd).
	Views(sd int) []*sim.Sight
	// People returns the sides that this window gives orders for, in side order.
	People() []int
	// Legal returns the orders side sd may give now with their chances as its view gives them
	// (-1 where the chance rests on what it cannot see).
	Legal(sd int) []Choice
	// Drafts returns side sd's orders for this turn so far.
	Drafts(sd int) []sim.Order
	// Add appends an order to side sd's drafts; Remove drops its i-th.
	Add(sd int, o sim.Order)
	Remove(sd, i int)
	// Submit makes side sd's drafts its orders for the turn; Submitted reports whether it has.
	Submit(sd int)
	Submitted(sd int) bool

	// The white cell's operations.

	// ResolveTurn resolves the turn now.
	ResolveTurn() error
	// Fire fires inject i now.
	Fire(i int)
	// Override sets track t of actor a to v.
	Override(a, t int, v int64)
	// Undo steps back over the last step.
	Undo() error
	// AddNote records an observer note on the current turn, tied to inject (-1: none). An
	// inject not fired by the current turn, as the window's side knows the game, is refused
	// (NoteInject's *InjectError; NoteRefusal words it) and the note is not recorded; a remote
	// seat's note may still be refused by the server, as Problem tells.
	AddNote(text string, inject int) error
	// NoteList returns the observer notes so far.
	NoteList() []Note
	// FiredInjects returns the injects fired so far that the white cell sees, the latest first.
	FiredInjects() []int

	// A discussion turn.

	// Questions returns the key questions put to side sd in the current turn.
	Questions(sd int) []Question
	// AnswersOf returns side sd's answers so far.
	AnswersOf(sd int) []Answer
	// Answer records side sd's answer to question (an empty text withdraws it); it reports
	// whether the answer was taken (remote: sent).
	Answer(sd int, question, text string) bool
	// Segment returns the current turn's timed segment, and false when it has none.
	Segment() (Segment, bool)
	// SkipSegment ends the current segment now; ExtendSegment gives it secs more seconds
	// (the white cell).
	SkipSegment()
	ExtendSegment(secs int)

	// Revision changes whenever anything the exercise returns may have changed.
	Revision() int
	// Problem returns what went wrong last (a refused operation, a lost connection), or "".
	Problem() string
}

// Choice is an order a side may give, with its chance of success as its view gives it (-1
// where it rests on what the side cannot see) and, for a move whose cost depends on the order
// (a cost per unit of its parameter, a cost expression), what it costs as the view tells.
type Choice struct {
	sim.Order
	Chance float64           `json:"chance"`
	Cost   []sim.TrackAmount `json:"cost,omitempty"`
}

// LegalChoices returns the orders the side of sight v may give, with their chances, and their
// costs where they depend on the order.
func LegalChoices(v *sim.Sight) []Choice {
	var out []Choice
	for _, o := range sim.Legal(v) {
		p, ok := sim.Chance(v, o)
		if !ok {
			p = -1
		}
		c := Choice{Order: o, Chance: p}
		if m := v.Sc.Move(o.Move); m >= 0 && !v.Sc.Moves[m].FixedCost() {
			c.Cost, _ = sim.OrderCost(v, o)
		}
		out = append(out, c)
	}
	return out
}

var _ Exercise = (*Session)(nil)

// Scenario returns the scenario played.
func (s *Session) Scenario() *sim.Scenario { return s.Sc }

// Views returns what side sd saw at every step so far.
func (s *Session) Views(sd int) []*sim.Sight { return sim.HistoryView(s.State, sd) }

// Legal returns side sd's legal orders now, with their chances.
func (s *Session) Legal(sd int) []Choice { return LegalChoices(s.View(sd)) }

// Drafts returns side sd's orders so far this turn.
func (s *Session) Drafts(sd int) []sim.Order { return s.Pending[sd] }

// Submitted reports whether side sd has submitted this turn.
func (s *Session) Submitted(sd int) bool { return s.Done[sd] }

// ResolveTurn resolves the turn (Resolve).
func (s *Session) ResolveTurn() error {
	_, err := s.Resolve()
	return err
}

// NoteList returns the observer notes.
func (s *Session) NoteList() []Note { return s.Notes }

// Revision counts the session's changes.
func (s *Session) Revision() int { return s.rev }

// Problem returns why the last Fetch failed, or "": a local session's other errors are
// returned where they happen.
func (s *Session) Problem() string { return s.problem }
