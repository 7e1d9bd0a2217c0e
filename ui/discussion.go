package ui

import (
	"strings"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/assets"
	"ttx/session"
	"ttx/ui/kit"
)

// The turn screen's discussion: the exercise clock, the turn's timed segment, and the key
// questions put to the table, each with a box its answer is typed into. An answer is recorded
// through the exercise (session.Exercise.Answer): in the session and its log at a hot seat, sent
// to the server from a seat of a served exercise.

// discussed reports whether the turn screen has a Discussion tab: a scenario that keeps no
// score (a discussion exercise), or a turn that puts key questions to the side.
func (t *turn) discussed() bool {
	return !t.app.Sc.Scored() || len(t.app.Ex().Questions(t.sd)) > 0
}

// buildDiscussion fills col with the discussion of the side's turn.
func (t *turn) buildDiscussion(w *Widgets, col *widget.Container) {
	a, th, ex := t.app, w.Theme, t.app.Ex()
	col.AddChild(w.Label(turnHeading(a.Sc, a.turn()), th.Head, assets.Text))
	if sg, ok := ex.Segment(); ok {
		col.AddChild(w.Note("Segment "+itoa(sg.Index+1)+" of "+itoa(sg.Count)+": "+sg.Name+
			" (its time left is at the top right)", panelWidth))
	}
	qs := ex.Questions(t.sd)
	if len(qs) == 0 {
		col.AddChild(w.Note("No key questions for your table this "+a.Sc.TurnLabel+".", panelWidth))
	} else {
		col.AddChild(w.Label("Key questions", th.Head, assets.Text))
		col.AddChild(w.Note("Type your table's answer and press Enter or Save: it goes into the exercise's record.", panelWidth))
	}
	answers := ex.AnswersOf(t.sd)
	for _, q := range qs {
		col.AddChild(w.Text(q.Text, panelWidth-20))
		row := w.Row(6)
		name := "answer:" + q.ID
		save := func() { t.saveAnswer(q) }
		in := w.Input(name, "your table's answer", panelWidth-120, save)
		rec := recorded(answers, q.ID)
		if _, typed := w.typed[name]; !typed && rec != "" {
			in.SetText(rec)
		}
		row.AddChild(in, w.Button("save:"+q.ID, "Save", -1, save))
		col.AddChild(row)
		if rec != "" {
			col.AddChild(w.Note(a.recordedLine(q.ID, rec), panelWidth-20))
		}
	}
	if len(ex.Legal(t.sd)) > 0 {
		col.AddChild(w.Note("Your moves are in the Orders tab [O]; submit there when your table is done.", panelWidth))
	}
}

// saveAnswer records what is typed in question q's box as the side's answer.
func (t *turn) saveAnswer(q session.Question) {
	text, _ := t.w.InputText("answer:" + q.ID)
	text = strings.TrimSpace(text)
	if !t.app.Ex().Answer(t.sd, q.ID, text) {
		t.app.say("That question is not put to your table.")
	} else if text == "" {
		t.app.say(answerWithdrawn)
		t.app.answered = q.ID
	} else {
		// Not the question: the status line outlives the turn into the hand-over, and an
		// inject's question may be the side's alone.
		t.app.say(answerRecorded)
		t.app.answered = q.ID
	}
	t.stale = true
}

// recorded returns the answer to question id among answers, or "".
func recorded(answers []session.Answer, id string) string {
	for _, a := range answers {
		if a.Question == id {
			return a.Text
		}
	}
	return ""
}

// buildFeed fills col with the side's feed, grouped by turn, newest turn last: every event in
// words and every inject whole, each inject a button that opens it on its own card.
func (t *turn) buildFeed(w *Widgets, col *widget.Container) {
	a, th := t.app, w.Theme
	feed := Feed(a.Sc, a.Ex().Views(t.sd), t.sd)
	if len(feed) == 0 {
		col.AddChild(w.Note("Nothing has happened yet.", panelWidth))
	}
	for i, f := range feed {
		if i == 0 || feed[i-1].Turn != f.Turn {
			col.AddChild(w.Label(turnHeading(a.Sc, f.Turn), th.Head, assets.Text))
		}
		if f.Inject < 0 {
			col.AddChild(w.Text(f.Text, panelWidth-20))
			continue
		}
		col.AddChild(w.WrapItem("feed:"+itoa(i), f.Heading()+"\n"+kit.Reflow(f.Text), panelWidth-20, func() { t.open(f) }))
	}
}

// newInject returns the latest inject the side was told this turn, if any.
func (t *turn) newInject() (FeedEntry, bool) {
	feed := Feed(t.app.Sc, t.app.Ex().Views(t.sd), t.sd)
	for i := len(feed) - 1; i >= 0 && feed[i].Turn == t.app.turn(); i-- {
		if feed[i].Inject >= 0 {
			return feed[i], true
		}
	}
	return FeedEntry{}, false
}

// buildNewInject adds, when an inject came this turn, a button that opens it [I].
func (t *turn) buildNewInject(w *Widgets, col *widget.Container) {
	f, ok := t.newInject()
	if !ok {
		return
	}
	col.AddChild(w.WrapItem("new-inject", "New inject: "+f.Title+" — read it in full  [I]", panelWidth, func() { t.open(f) }))
	w.Shortcut(ebiten.KeyI, false, func() { t.open(f) })
}

// open shows inject entry f on its own card.
func (t *turn) open(f FeedEntry) {
	if t.ctx != nil {
		t.ctx.Switch(newCard(t.app, t.sd, f, t))
	}
}
