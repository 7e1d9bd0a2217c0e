package session

import (
	"slices"
	"time"
)

// Question is a key question put to a table in the current turn: its id (a question's id or
// "INJECT#N", see sim.Scenario.QuestionsFor) and its text.
type Question struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// Questions returns the key questions put to side sd in the current turn.
func (s *Session) Questions(sd int) []Question {
	if sd < 0 || sd >= len(s.Sc.Sides) {
		return nil
	}
	ids, texts := s.Sc.QuestionsFor(s.State, sd, s.State.Turn)
	out := make([]Question, len(ids))
	for i := range ids {
		out[i] = Question{ID: ids[i], Text: texts[i]}
	}
	return out
}

// AnswersOf returns side sd's answers so far, of every turn.
func (s *Session) AnswersOf(sd int) []Answer {
	if sd < 0 || sd >= len(s.Sc.Sides) {
		return nil
	}
	side := s.Sc.Sides[sd].ID
	return slices.DeleteFunc(slices.Clone(s.Answers), func(a Answer) bool { return a.Side != side })
}

// Segment returns the current turn's segment as the session's clock runs it, and false when
// the turn has none or the game is over.
func (s *Session) Segment() (Segment, bool) {
	if s.State.Over {
		return Segment{}, false
	}
	return s.Segs.Now(s.Sc, s.State.Turn)
}

// Tick counts d of the current turn's time down on the segments' clock (the window calls it
// every frame it is not paused); it reports whether the segment changed or the last ended.
func (s *Session) Tick(d time.Duration) bool {
	if s.State.Over || !s.Segs.Advance(s.Sc, s.State.Turn, d) {
		return false
	}
	s.rev++
	return true
}

// SkipSegment ends the current segment now (the white cell).
func (s *Session) SkipSegment() {
	s.Segs.Skip(s.Sc, s.State.Turn)
	s.rev++
}

// ExtendSegment gives the current segment secs more seconds (the white cell).
func (s *Session) ExtendSegment(secs int) {
	s.Segs.Extend(s.Sc, s.State.Turn, time.Duration(secs)*time.Second)
	s.rev++
}
