package serve

import (
	"slices"
	"time"

	"ttx/session"
)

// The session.Exercise methods of a discussion turn: the key questions and answers the server
// sends a team with each snapshot, and the turn's timed segment.

// Questions returns the key questions put to side sd this turn: at a team's seat and the seat of
// the observers of a team's view, the team's (the only ones it is sent); at the white cell's and
// the seat of the observers of its view, those of every table's put to sd.
func (r *Remote) Questions(sd int) []session.Question {
	r.mu.Lock()
	defer r.mu.Unlock()
	id := ""
	if r.side < 0 {
		if r.sc == nil || sd < 0 || sd >= len(r.sc.Sides) {
			return nil
		}
		id = r.sc.Sides[sd].ID
	}
	var qs []session.Question
	for _, q := range r.questions {
		if id == "" || slices.Contains(q.To, id) {
			qs = append(qs, session.Question{ID: q.ID, Text: q.Text})
		}
	}
	return qs
}

// AnswersOf returns side sd's answers as the server last had them: at a team's seat its own
// (the only ones it is sent), with those it has since taken, and none of another side; at the
// seat of the observers of a team's view, that team's (the only ones it is sent); at the white
// cell's and the seat of the observers of its view, side sd's of every table's answers, which
// they are sent.
func (r *Remote) AnswersOf(sd int) []session.Answer {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.sc == nil || sd < 0 || sd >= len(r.sc.Sides) {
		return nil
	}
	id := r.sc.Sides[sd].ID
	return slices.DeleteFunc(slices.Clone(r.answers), func(a session.Answer) bool { return a.Side != id })
}

// Answer sends the team's answer to question; it is listed once the server has taken it.
func (r *Remote) Answer(_ int, question, text string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.send(Message{Type: MsgAnswer, Question: question, Text: text})
	return true
}

// AnswerUnsaved reports whether the server said that the team's answer to question, as the
// server has it, is not saved yet (its notice unsaved), until it says it is (notice saved).
func (r *Remote) AnswerUnsaved(question string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Contains(r.unsavedAnswers, question)
}

// answered files the answer of a sent message the server took, as Session.Answer does.
func (r *Remote) answered(m Message) {
	r.answers = slices.DeleteFunc(r.answers, func(a session.Answer) bool { return a.Question == m.Question })
	if m.Text != "" {
		r.answers = append(r.answers, session.Answer{Turn: r.turn(), Side: r.seat.Side, Question: m.Question, Text: m.Text})
	}
}

// Segment returns the turn's current segment as the server last told it, with its time left by
// the server's deadline.
func (r *Remote) Segment() (session.Segment, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.segment == nil {
		return session.Segment{}, false
	}
	sg := session.Segment{Name: r.segment.Name, Index: r.segment.Index, Count: r.segment.Count}
	if r.deadline != 0 {
		sg.Left, sg.Known = max(0, time.Until(time.UnixMilli(r.deadline))), true
	}
	return sg, true
}

// SkipSegment asks the server to end the current segment now (the white cell).
func (r *Remote) SkipSegment() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.send(Message{Type: MsgSkip, Turn: r.turn()})
}

// ExtendSegment asks the server to give the current segment secs more seconds (the white cell).
func (r *Remote) ExtendSegment(secs int) { r.op(Message{Type: MsgExtend, Seconds: secs}) }
