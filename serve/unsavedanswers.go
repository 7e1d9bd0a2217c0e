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

// unsavedAnswers returns the answers the game has that the log does not hold as they are: each
// side's answer to a question given, changed or withdrawn since the last save that succeeded,
// once however often it changed (a side's answer to a question replaces the last), and not
// when it is back as the log holds it.
func (g *Game) unsavedAnswers() []answerKey {
	now := answersOf(g.sess.Answers)
	var out []answerKey
	for k, text := range now {
		if was, ok := g.loggedAnswers[k]; !ok || was != text {
			out = append(out, k)
		}
	}
	for k := range g.loggedAnswers {
		if _, ok := now[k]; !ok {
			out = append(out, k)
		}
	}
	return out
}
