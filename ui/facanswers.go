package ui

import (
	"github.com/ebitenui/ebitenui/widget"

	"ttx/assets"
	"ttx/session"
	"ttx/sim"
)

// buildAnswers lists in col the answers to the key questions of the turn under way that a seat
// reading side seat's view is told, as they come in (from the session at a hot seat, from the
// server in a served exercise), each with its table and the question it answers, to read only:
// every table's for the white cell's view (sim.Facilitator: the white cell's screen, so that
// the facilitator can steer the discussion and the hot wash by them, and its observers'); a
// team's own for a team's view (the observers of its view, and the team once its orders are
// in). A scenario that keeps a score and puts that view's tables no question this turn shows
// nothing.
func (a *App) buildAnswers(w *Widgets, col *widget.Container, seat int) {
	ex := a.Ex()
	sides := []int{seat}
	head, none := a.SideName(seat)+"'s answers this "+a.Sc.TurnLabel, a.SideName(seat)+" has not answered yet."
	if seat == sim.Facilitator {
		sides = sides[:0]
		for sd := range a.Sc.Sides {
			sides = append(sides, sd)
		}
		head, none = "Tables' answers this "+a.Sc.TurnLabel, "No table has answered yet."
	}
	// The questions' texts as the seat was told them: the seat's copy of the scenario lacks a
	// served scenario's own questions.
	var asked []session.Question
	for _, sd := range sides {
		asked = append(asked, ex.Questions(sd)...)
	}
	if a.Sc.Scored() && len(asked) == 0 {
		return
	}
	col.AddChild(w.Label(head, w.Theme.Head, assets.Text))
	turn := ex.View(seat).Turn
	n := 0
	for _, sd := range sides {
		d := a.Sc.Sides[sd]
		for _, an := range ex.AnswersOf(sd) {
			if an.Turn != turn || an.Side != d.ID {
				continue
			}
			col.AddChild(w.Note(d.Name+" on “"+a.questionText(asked, an.Question)+"”: "+an.Text, panelWidth))
			n++
		}
	}
	if n == 0 {
		col.AddChild(w.Note(none, panelWidth))
	}
}

// questionText returns the text of question id: as asked, else as the scenario has it, else
// the id itself.
func (a *App) questionText(asked []session.Question, id string) string {
	for _, q := range asked {
		if q.ID == id {
			return q.Text
		}
	}
	if q := a.Sc.QuestionText(id); q != "" {
		return q
	}
	return id
}
