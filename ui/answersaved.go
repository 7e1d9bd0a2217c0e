package ui

// A team of a served exercise records its answer on the server, which saves it in the game's
// log; when the log cannot be saved, the server says which of the team's answers are not saved
// yet, and the window says so where it shows them: beside the answer, and on the status line
// that said it was recorded, until the server says they are saved.

// The status line's words on an answer saved or withdrawn (saveAnswer), and on the same while
// the server says it is not saved yet (followAnswer).
const (
	answerRecorded         = "Answer recorded."
	answerWithdrawn        = "Answer withdrawn."
	answerRecordedUnsaved  = "Answer recorded by the server, not saved yet."
	answerWithdrawnUnsaved = "Answer withdrawn on the server, not saved yet."
)

// answerSaveTeller is an exercise whose server says which of a team's answers it has not saved
// yet: a seat of a served exercise (serve.Remote).
type answerSaveTeller interface {
	// AnswerUnsaved reports whether the server said the team's answer to question is not
	// saved yet.
	AnswerUnsaved(question string) bool
}

// answerUnsaved reports whether the server said the seat's answer to question is not saved
// yet; never at a hot seat, whose session saves an answer as it is given.
func (a *App) answerUnsaved(question string) bool {
	s, ok := a.ex.(answerSaveTeller)
	return ok && question != "" && s.AnswerUnsaved(question)
}

// recordedLine returns the line under question's box that shows the table's answer rec.
func (a *App) recordedLine(question, rec string) string {
	if a.answerUnsaved(question) {
		return "Recorded by the server, not saved yet: " + rec
	}
	return "Recorded: " + rec
}

// followAnswer keeps the status line's word on the answer last saved or withdrew (of question
// a.answered) in step with the server: while it says the answer is not saved yet, the status
// line says so too. The server's notice that it is saved then takes the status line (Follow).
func (a *App) followAnswer() {
	if !a.answerUnsaved(a.answered) {
		return
	}
	a.reword(answerRecorded, answerRecordedUnsaved)
	a.reword(answerWithdrawn, answerWithdrawnUnsaved)
}
