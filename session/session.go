// Package session is an exercise in progress, with no window: the scenario, the state, who
// plays each side, the orders of the turn being played, the observers' notes, saves. The window
// (ui) drives it at one keyboard; the exercise server (serve) owns one per game and drives it
// for the seats connected over the network.
package session

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"ttx/internal/atomicfile"
	"ttx/internal/logpath"
	"ttx/sim"
	"ttx/sim/policy"
	"ttx/sim/record"
)

// Seat says who plays a side: a person at the keyboard (hot-seat) or a
// named policy of sim/policy.
type Seat string

// SeatPerson is a team at the keyboard.
const SeatPerson Seat = "person"

// Answer is a table's answer to a key question asked in a turn (sim.Scenario.QuestionsFor).
type Answer struct {
	Turn     int    `json:"turn"`
	Side     string `json:"side"`
	Question string `json:"question"`
	Text     string `json:"text"`
}

// Answer records side sd's answer to question (an id QuestionsFor gives for the current turn or
// an earlier one), replacing the side's earlier answer to it; an empty text withdraws it. It
// reports whether the side was asked that question.
func (s *Session) Answer(sd int, question, text string) bool {
	turn := 0
	for t := 1; t <= s.State.Turn && turn == 0; t++ {
		ids, _ := s.Sc.QuestionsFor(s.State, sd, t)
		for _, id := range ids {
			if id == question {
				turn = t
			}
		}
	}
	if turn == 0 {
		return false
	}
	side := s.Sc.Sides[sd].ID
	s.Answers = slices.DeleteFunc(s.Answers, func(a Answer) bool { return a.Side == side && a.Question == question })
	if text != "" {
		s.Answers = append(s.Answers, Answer{Turn: turn, Side: side, Question: question, Text: text})
	}
	s.rev++
	return true
}

// Note is an observer's note, tied to a turn and, if the observer chose
// one, an inject.
type Note struct {
	Turn   int    `json:"turn"`
	Inject string `json:"inject,omitempty"`
	Text   string `json:"text"`
	// Category is the kind of observation (record.Categories; "" none), Tags the capabilities
	// or objectives it concerns, Author who wrote it, Action a corrective action it proposes.
	Category string   `json:"category,omitempty"`
	Tags     []string `json:"tags,omitempty"`
	Author   string   `json:"author,omitempty"`
	Action   string   `json:"action,omitempty"`
	// Key is what a served note's client named it by ("": none), kept in the log, by which a
	// server takes a note sent again after a dropped connection as the one it has.
	Key string `json:"key,omitempty"`
}

// Session is one exercise in progress: the scenario, the current state
// (whose Prev chain is the history), who sits at each side, the orders of
// the turn being played and the observers' notes. It holds no rules: every
// change of state goes through sim.
type Session struct {
	Sc      *sim.Scenario
	State   *sim.State
	Seats   []Seat
	Pending [][]sim.Order // per side, this turn's orders so far
	Done    []bool        // per side, submitted this turn
	Notes   []Note
	Answers []Answer
	// Segs runs the current turn's timed segments (Segment, Tick); a new turn starts its first.
	Segs SegmentClock

	// pols are the policies playing the sides without a person, kept from turn to turn
	// (a search learns as the game goes on), by the seat they were made for.
	pols []seatPolicy
	// kept holds, per side, what the header of the log the session was loaded from said of a
	// side it cannot play (ttx run's orders:FILE), or "": Log writes it again until the side
	// is seated anew (Reseat). Nil when there is none.
	kept []string
	// played holds, per turn resolved (turn t at t-1), who played each side as a log names it
	// (playing); nil for a turn not known, which the header's player played (seatEntries).
	played [][]string
	rev    int // counts changes (Revision)

	files   []File // the files fetched (Fetch)
	problem string // why the last fetch failed
}

// seatPolicy is a policy and the seat it plays.
type seatPolicy struct {
	seat Seat
	p    policy.Policy
}

// NewSession starts sc with seed; every side is played by a person.
func NewSession(sc *sim.Scenario, seed uint64) *Session {
	s := &Session{Sc: sc, State: sim.New(sc, seed), Seats: make([]Seat, len(sc.Sides))}
	for i := range s.Seats {
		s.Seats[i] = SeatPerson
	}
	s.resetTurn()
	return s
}

func (s *Session) resetTurn() {
	s.rev++
	s.Pending = make([][]sim.Order, len(s.Sc.Sides))
	s.Done = make([]bool, len(s.Sc.Sides))
}

// View returns what side sd sees now (sim.Facilitator sees all).
func (s *Session) View(sd int) *sim.Sight { return sim.View(s.State, sd) }

// People returns the sides played by a person, in side order.
func (s *Session) People() []int {
	var out []int
	for i, st := range s.Seats {
		if st == SeatPerson {
			out = append(out, i)
		}
	}
	return out
}

// Add appends an order to side sd's list for this turn.
func (s *Session) Add(sd int, o sim.Order) {
	o.Side = s.Sc.Sides[sd].ID
	s.Pending[sd] = append(s.Pending[sd], o)
	s.rev++
}

// Remove drops side sd's i-th order.
func (s *Session) Remove(sd, i int) {
	if i >= 0 && i < len(s.Pending[sd]) {
		s.Pending[sd] = append(s.Pending[sd][:i:i], s.Pending[sd][i+1:]...)
		s.rev++
	}
}

// Submit marks side sd's orders as final for this turn.
func (s *Session) Submit(sd int) {
	s.Done[sd] = true
	s.rev++
}

// Ready reports whether every person side has submitted.
func (s *Session) Ready() bool {
	for _, sd := range s.People() {
		if !s.Done[sd] {
			return false
		}
	}
	return true
}

// policyOf returns the policy of side sd's seat, seeded from the game's seed: the one it
// played with before while the seat is unchanged.
func (s *Session) policyOf(sd int) (policy.Policy, error) {
	if len(s.pols) != len(s.Seats) {
		s.pols = make([]seatPolicy, len(s.Seats))
	}
	if sp := s.pols[sd]; sp.p != nil && sp.seat == s.Seats[sd] {
		return sp.p, nil
	}
	p, err := policy.Parse(string(s.Seats[sd]), s.State.Seed)
	if err != nil {
		return nil, err
	}
	p = policy.WithClock(p, func() int64 { return time.Now().UnixNano() }) // search:Nms
	s.pols[sd] = seatPolicy{s.Seats[sd], p}
	return p, nil
}

// Resolve lets policies order for their sides (each from its own view),
// then resolves the turn through sim.Resolve: BeginResolve, Think and FinishResolve in a row.
func (s *Session) Resolve() (*sim.State, error) {
	t, err := s.BeginResolve()
	if err != nil {
		return s.State, err
	}
	t.Think()
	return s.FinishResolve(t)
}

// Fire fires inject i now (the facilitator's hand).
func (s *Session) Fire(i int) {
	s.State = sim.Fire(s.State, i)
	s.rev++
}

// Override sets track t of actor a to v.
func (s *Session) Override(a, t int, v int64) {
	s.State = sim.Override(s.State, a, t, v)
	s.rev++
}

// Undo steps back over the last step (a turn, an inject or an override);
// the person sides' orders of an undone turn come back for editing. An
// inject or an override undone leaves the turn as it was, its drafts
// included; only the sides that were done are to confirm their orders anew,
// since they gave them after the step undone.
func (s *Session) Undo() error {
	if s.State.Prev == nil {
		return errors.New("nothing to undo")
	}
	last := s.State
	s.State = last.Undo()
	if last.Step.Kind != sim.StepTurn {
		s.rev++
		s.Done = make([]bool, len(s.Sc.Sides))
		return nil
	}
	s.unplayed(last.Prev.Turn)
	s.resetTurn()
	for _, r := range last.Results {
		if sd := s.Sc.Side(r.Order.Side); sd >= 0 && s.Seats[sd] == SeatPerson {
			s.Pending[sd] = append(s.Pending[sd], r.Order)
		}
	}
	return nil
}

// FiredInjects returns the injects fired so far, the latest first (by the
// turn they fired, then by the scenario's order, later first).
func (s *Session) FiredInjects() []int { return Fired(s.State.Fired) }

// Fired returns the injects fired (fired[i] is the turn inject i fired, 0 if not), the latest
// first (by the turn they fired, then by the scenario's order, later first).
func Fired(fired []int) []int {
	var out []int
	for i, t := range fired {
		if t > 0 {
			out = append(out, i)
		}
	}
	slices.SortStableFunc(out, func(a, b int) int {
		if d := fired[b] - fired[a]; d != 0 {
			return d
		}
		return b - a
	})
	return out
}

// LatestInject returns the inject fired last, or -1 when none has fired.
func (s *Session) LatestInject() int {
	if f := s.FiredInjects(); len(f) > 0 {
		return f[0]
	}
	return -1
}

// AddNote records an observer note against the current turn and inject
// (an index of the scenario's injects), or no inject when it is -1; see AddObservation.
func (s *Session) AddNote(text string, inject int) error {
	return s.AddObservation(Note{Text: text}, inject)
}

// AddObservation records note n (its text, category, tags, author, action and key) against the
// current turn and inject (an index of the scenario's injects, or -1). A note CheckNote refuses
// (a text empty or over NoteMax characters, an action over NoteActionMax, over NoteTagsMax tags)
// is refused in its words. A note is about an inject fired by its turn: one not fired yet, or an
// index the scenario lacks, is refused with NoteInject's *InjectError. Nothing refused is
// recorded.
func (s *Session) AddObservation(n Note, inject int) error {
	if err := CheckNote(n); err != nil {
		return err
	}
	n.Turn, n.Inject = s.State.Turn, ""
	if inject >= 0 {
		id := ""
		if inject < len(s.Sc.Injects) {
			id = s.Sc.Injects[inject].ID
		}
		if _, err := NoteInject(s.State, sim.Facilitator, id, n.Turn); err != nil {
			return err
		}
		n.Inject = id
	}
	s.Notes = append(s.Notes, n)
	s.rev++
	return nil
}

// Log returns the order log of the game so far (sim/record's format): its header names who plays
// each side now, and its seat entries who played which turns when that is not who plays now
// for every turn.
func (s *Session) Log() *record.Log {
	var pols []string
	head := s.named()
	for i, who := range head {
		if who != "" {
			pols = append(pols, s.Sc.Sides[i].ID+"="+who)
		}
	}
	l := record.Of(record.NewHeader(s.Sc, s.State.Seed, pols), s.State)
	s.seatEntries(l, head)
	for _, a := range s.Answers {
		l.AddAnswer(a.Turn, a.Side, a.Question, a.Text)
	}
	for _, n := range s.Notes {
		l.AddObservation(record.Entry{Turn: n.Turn, Inject: n.Inject, Note: n.Text, Category: n.Category,
			Tags: n.Tags, Author: n.Author, Action: n.Action, Key: n.Key})
	}
	return l
}

// Save writes the order log, observer notes included, to path atomically. The log names the
// scenario file from its own folder, where ttx replay and ttx report look for it.
func (s *Session) Save(path string) error {
	var b bytes.Buffer
	l := s.Log()
	l.Header.File = logpath.Rel(path, l.Header.File)
	if err := l.Write(&b); err != nil {
		return err
	}
	return atomicfile.WriteMode(path, b.Bytes(), record.FileMode)
}

// LoadSession rebuilds a session from a save of sc: the log is replayed
// through sim, and must match its checksums. The sides the log's policies
// played keep them; the others are played by a person. A header entry for a
// side no session can play (ttx run's SIDE=orders:FILE) is written again by
// Log until the side is seated anew (Reseat). Who played each turn loaded is
// as the log says (record.Players), and Log writes it again.
func LoadSession(sc *sim.Scenario, path string) (*Session, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	l, err := record.Read(f)
	if err != nil {
		var le *record.Error
		if errors.As(err, &le) {
			le.File = path // path:LINE: message
			return nil, le
		}
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if l.Header.Scenario != sc.ID {
		return nil, fmt.Errorf("%s: a save of scenario %q, not %q", path, l.Header.Scenario, sc.ID)
	}
	st, d := record.Replay(sc, l)
	if d != nil {
		return nil, fmt.Errorf("%s: %v", path, d)
	}
	s := NewSession(sc, l.Header.Seed)
	s.State = st
	// The sides a policy played (SIDE=POLICY in the header) go on with it; one no session can
	// play (ttx run's orders:FILE) passes to a person, and its entry is kept for the log.
	for _, p := range l.Header.Policies {
		side, pol, _ := strings.Cut(p, "=")
		sd := sc.Side(side)
		if sd < 0 {
			continue
		}
		if _, err := policy.Parse(pol, 0); err == nil {
			// In lower case, as seats name a policy (ParseSeat): an older ttx serve wrote one as
			// its --seat gave it (red=Greedy).
			s.Seats[sd] = Seat(strings.ToLower(pol))
			continue
		}
		if s.kept == nil {
			s.kept = make([]string, len(sc.Sides))
		}
		s.kept[sd] = pol
	}
	s.loadPlayed(l)
	for _, a := range l.Answers() {
		s.Answers = append(s.Answers, Answer{Turn: a.Turn, Side: a.Side, Question: a.Question, Text: a.Answer})
	}
	for _, n := range l.Notes() {
		s.Notes = append(s.Notes, Note{Turn: n.Turn, Inject: n.Inject, Text: n.Note, Category: n.Category,
			Tags: n.Tags, Author: n.Author, Action: n.Action, Key: n.Key})
	}
	return s, nil
}
