package session

import (
	"errors"
	"fmt"

	"ttx/sim"
	"ttx/sim/load"
)

// InjectError is why a note cannot be about the inject it names (NoteInject). Its Error is the
// same words wherever a note is written (ttx note, the window, a note sent to the server); what
// to do about it is the caller's, which knows its own controls (NoteRefusal for a window's
// and the wire's; ttx note names its flags).
type InjectError struct {
	reason string
	// Later is the turn the inject fired in when that is after the note's turn (0: not so).
	Later int
	// Unfired says that the inject has not fired in the game so far.
	Unfired bool
}

func (e *InjectError) Error() string { return e.reason }

// remedy is what a window's or the wire's writer of the note can do about e, "" when nothing
// but another id: tie the note to no inject, or to one that has fired.
func (e *InjectError) remedy() string {
	if e.Unfired || e.Later > 0 {
		return "add the note on no inject, or on one that has fired"
	}
	return ""
}

// NoteRefusal is err's words, with what the writer of the note can do about them when err is
// an *InjectError (tie the note to no inject, or to one that has fired), as the window and the
// server refuse a note.
func NoteRefusal(err error) string {
	if ie := (*InjectError)(nil); errors.As(err, &ie) && ie.remedy() != "" {
		return ie.reason + ": " + ie.remedy()
	}
	return err.Error()
}

// NoteInject returns the index of the inject with id that a note of turn may be about in the
// game of s, as side sd knows it (sim.Facilitator: the whole game): an inject the side knows
// (the white cell any of the scenario's; a team's view one told to it that has fired, as its
// copy of the scenario has it) that fired by the note's turn. Otherwise it returns -1 and an
// *InjectError: the scenario has no such inject, with the id it may mean among those the side
// knows (an inject the side does not know is refused in the same words as one that does not
// exist, so the refusal tells nothing of it), the inject has not fired in the game or exercise
// (which has reached s.Turn), or it fired after the note's turn. s may be a side's sight's state (its
// fired injects those told to it), or the true state.
func NoteInject(s *sim.State, sd int, id string, turn int) (int, error) {
	sc := s.Sc
	v := &sim.Sight{State: s, Side: sd}
	known := func(i int) bool {
		return sc.Injects[i].ID != "" && v.SeesInject(i) && (sd == sim.Facilitator || s.Fired[i] != 0)
	}
	i := sc.Inject(id)
	if i < 0 || !known(i) {
		return -1, noSuchInject(sc, id, known)
	}
	title := sc.Injects[i].Title
	switch fired := s.Fired[i]; {
	case fired == 0:
		return -1, &InjectError{Unfired: true,
			reason: fmt.Sprintf("%q has not fired in this %s (which has reached %s %d)", title, sc.Noun(), sc.TurnLabel, s.Turn)}
	case fired > turn:
		return -1, &InjectError{Later: fired,
			reason: fmt.Sprintf("%q fired in %s %d, after the note's %s %d", title, sc.TurnLabel, fired, sc.TurnLabel, turn)}
	}
	return i, nil
}

// NoSuchInject is the error for id, which names no inject of sc, with the id it may mean among
// all of them: the white cell's words for an inject it asks to fire, as a note's.
func NoSuchInject(sc *sim.Scenario, id string) error {
	return noSuchInject(sc, id, func(int) bool { return true })
}

// noSuchInject is the error for an inject id its writer cannot name, with the id it may mean
// among the injects known(i) lets the writer know.
func noSuchInject(sc *sim.Scenario, id string, known func(int) bool) *InjectError {
	var ids []string
	for k := range sc.Injects {
		if known(k) {
			ids = append(ids, sc.Injects[k].ID)
		}
	}
	return &InjectError{reason: "the scenario has no such inject" + load.DidYouMean(id, ids)}
}
