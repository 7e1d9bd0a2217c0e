package serve

import (
	"fmt"
	"slices"
	"strings"

	"ttx/session"
)

// A team's seat and an observers' seat are told about their own notes and answers when the log
// cannot be saved: that they are not saved yet, and when they are. Nothing else of the white
// cell's warning: not the file, not why, not the steps, nor anything of another seat.

// ownUnsaved counts the notes seat st wrote that the log does not hold and returns, for a team,
// its side's answers that the log does not hold (unsavedAnswers), by question id in order, each
// as the game has it (turn 0 and text "": withdrawn).
func (g *Game) ownUnsaved(st seat) (notes int, answers []session.Answer) {
	if g.loggedNotes <= len(g.sess.Notes) {
		for _, n := range g.sess.Notes[g.loggedNotes:] {
			if n.Author == st.name {
				notes++
			}
		}
	}
	if st.role == RoleTeam {
		side := g.sc.Sides[st.side].ID
		for _, a := range g.unsavedAnswers() {
			if a.Side == side {
				answers = append(answers, a)
			}
		}
		slices.SortFunc(answers, func(a, b session.Answer) int { return strings.Compare(a.Question, b.Question) })
	}
	return notes, answers
}

// ownUnsavedNotice returns seat st's notice unsaved, nil when the log holds all of its own notes
// and answers or when st is the white cell (whose notice tells it everything), and remembers
// that st was told. A team's lists its answers not saved (Answers), so that its window can say
// which are.
func (g *Game) ownUnsavedNotice(st seat) *Message {
	notes, unsaved := g.ownUnsaved(st)
	answers := len(unsaved)
	if st.role == RoleWhite || notes+answers == 0 {
		return nil
	}
	g.toldUnsaved[st.name] = [2]int{notes, answers}
	what, many := ownWords(notes, answers)
	verb, they := "is", "It is"
	if many {
		verb, they = "are", "They are"
	}
	return &Message{Type: MsgNotice, Code: NoticeUnsaved, Answers: unsaved,
		Reason: fmt.Sprintf("%s %s not saved yet: the server cannot save the game just now. %s kept, and will be saved once the server can save again", what, verb, they)}
}

// tellOwnUnsaved tells seat st, after its note or answer could not be saved, what of its own
// the log does not hold: its notice unsaved, to each of its connections. When the log holds
// all of it after all (an answer put back as the log holds it), a seat told otherwise before is
// told that it is saved.
func (g *Game) tellOwnUnsaved(st seat) {
	if m := g.ownUnsavedNotice(st); m != nil {
		g.toSeat(st.name, encode(m))
		return
	}
	if _, ok := g.toldUnsaved[st.name]; ok {
		g.tellOwnSaved(st.name)
	}
}

// tellSeatsSaved tells every seat told that its notes or answers were not saved that they are
// saved now: the log, just saved, holds the whole game.
func (g *Game) tellSeatsSaved() {
	for name := range g.toldUnsaved {
		g.tellOwnSaved(name)
	}
}

// tellOwnSaved sends seat name its notice saved, of what it was last told was not saved, and
// forgets that it was told.
func (g *Game) tellOwnSaved(name string) {
	told := g.toldUnsaved[name]
	delete(g.toldUnsaved, name)
	what, many := ownWords(told[0], told[1])
	verb := "is"
	if many {
		verb = "are"
	}
	g.toSeat(name, encode(&Message{Type: MsgNotice, Code: NoticeSaved, Reason: fmt.Sprintf("%s %s saved now", what, verb)}))
}

// ownWords names a seat's notes and answers as it is told them ("your answer", "your 2 notes",
// "your note and your 2 answers"), and reports whether they are more than one.
func ownWords(notes, answers int) (string, bool) {
	var parts []string
	for _, c := range []struct {
		n     int
		thing string
	}{{notes, "note"}, {answers, "answer"}} {
		switch {
		case c.n == 1:
			parts = append(parts, "your "+c.thing)
		case c.n > 1:
			parts = append(parts, fmt.Sprintf("your %d %ss", c.n, c.thing))
		}
	}
	return listed(parts), notes+answers > 1
}

// toSeat sends b to every connection of seat name: a team's one, or each of the observers that
// share the seat's link.
func (g *Game) toSeat(name string, b []byte) {
	if c := g.conns[name]; c != nil {
		c.push(b)
	}
	for c := range g.watchers {
		if c.seat == name {
			c.push(b)
		}
	}
}
