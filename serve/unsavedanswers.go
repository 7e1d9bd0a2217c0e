package serve

import "ttx/session"

// answerKey names an answer: the side's id and the question's.
type answerKey struct{ side, question string }

// answersOf returns answers by side and question, with their text.
func answersOf(answers []session.Answer) map[answerKey]string {
	out := make(map[answerKey]string, len(answers))
	for _, a := range answers {
		out[answerKey{a.Side, a.Question}] = a.Text
	}
	return out
}

// unsavedAnswers returns the answers the game has that the log does not hold as they are, as
// the game has them (a withdrawn one with turn 0 and no text), in no order: each side's answer
// to a question given, changed or withdrawn since the last save that succeeded, once however
// often it changed (a side's answer to a question replaces the last), and not when it is back
// as the log holds it. (A session holds one answer a side and question: Session.Answer
// replaces the last.)
func (g *Game) unsavedAnswers() []session.Answer {
	now := make(map[answerKey]bool, len(g.sess.Answers))
	var out []session.Answer
	for _, a := range g.sess.Answers {
		k := answerKey{a.Side, a.Question}
		now[k] = true
		if was, ok := g.loggedAnswers[k]; !ok || was != a.Text {
			out = append(out, a)
		}
	}
	for k := range g.loggedAnswers {
		if !now[k] {
			out = append(out, session.Answer{Side: k.side, Question: k.question})
		}
	}
	return out
}
