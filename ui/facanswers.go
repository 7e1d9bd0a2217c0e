package ui

import (
	"github.com/ebitenui/ebitenui/widget"

	"ttx/assets"
	"ttx/sim"
)

// buildAnswers lists on the white cell's screen the tables' answers to the key questions of
// the turn under way, as they come in (from the session at a hot seat, from the server in a
// served exercise), so that the facilitator can steer the discussion and the hot wash by them.
// A scenario that keeps a score and puts no question this turn shows nothing.
func (f *facilitator) buildAnswers(w *Widgets, col *widget.Container) {
	a, ex := f.app, f.app.Ex()
	st := ex.View(sim.Facilitator)
	asked := false
	for sd := range a.Sc.Sides {
		ids, _ := a.Sc.QuestionsFor(st.State, sd, st.Turn)
		asked = asked || len(ids) > 0
	}
	if a.Sc.Scored() && !asked {
		return
	}
	col.AddChild(w.Label("Tables' answers this "+a.Sc.TurnLabel, w.Theme.Head, assets.Text))
	n := 0
	for sd, d := range a.Sc.Sides {
		for _, an := range ex.AnswersOf(sd) {
			if an.Turn != st.Turn {
				continue
			}
			q := a.Sc.QuestionText(an.Question)
			if q == "" {
				q = an.Question
			}
			col.AddChild(w.Note(d.Name+" on “"+q+"”: "+an.Text, panelWidth))
			n++
		}
	}
	if n == 0 {
		col.AddChild(w.Note("No table has answered yet.", panelWidth))
	}
}
