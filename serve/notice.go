package serve

import (
	"fmt"
	"strings"

	"ttx/internal/words"
	"ttx/session"
)

// saveTried takes in err, what came of saving the game as play went on (after a step, a note,
// an answer, a side handed over, a new link). A save that failed is told to the white cell at
// once, and on the server's log, and told again at every save that fails after it and whenever
// the white cell joins, until one succeeds, which is told too. Play goes on: a full disk must not
// stop the exercise, and the log, written whole at every save, takes in all that was not saved
// at the first save that succeeds. A seat whose own note or answer was not saved is told so by
// the handler that took it (tellOwnUnsaved), and here, at a save that succeeds, that it is saved.
func (g *Game) saveTried(err error) {
	switch {
	case err != nil:
		g.saveErr = err
		g.tell(g.unsavedNotice())
	case g.saveErr != nil:
		g.saveErr = nil
		at := len(g.logged.History()) - 1
		g.tell(&Message{Type: MsgNotice, Code: NoticeSaved, File: g.save,
			Reason: fmt.Sprintf("the game is saved again: the log %s holds it as it is, at step %d (turn %d)", g.save, at, g.logged.Turn)})
	}
	if err == nil {
		g.tellSeatsSaved()
	}
}

// unsavedNotice is the white cell's notice of the save that failed (g.saveErr): why, which file,
// the step the log holds, and what the game has that it does not: the steps made since (not
// those of the log undone), the notes and the answers.
func (g *Game) unsavedNotice() *Message {
	now, then := g.sess.State.History(), g.logged.History()
	same := 0 // the steps the log holds that the game still has
	for same < len(now) && same < len(then) && now[same] == then[same] {
		same++
	}
	m := &Message{Type: MsgNotice, Code: NoticeUnsaved, File: g.save}
	for i := same; i < len(now); i++ {
		m.Steps = append(m.Steps, i)
	}
	var lost []string
	plural := false // the verb after lost
	switch n := len(m.Steps); {
	case n == 1:
		lost = append(lost, fmt.Sprintf("step %d", m.Steps[0]))
	case n > 1:
		lost, plural = append(lost, fmt.Sprintf("steps %d to %d", m.Steps[0], m.Steps[n-1])), true
	}
	if n := len(g.sess.Notes) - g.loggedNotes; n > 0 {
		lost, plural = append(lost, words.Count(n, "note")), plural || n > 1
	}
	if n := len(g.unsavedAnswers()); n > 0 {
		lost, plural = append(lost, words.Count(n, "answer")), plural || n > 1
	}
	at := len(then) - 1
	r := fmt.Sprintf("the game is not saved: %v; the log %s holds it as it was at step %d (turn %d)", g.saveErr, g.save, at, g.logged.Turn)
	if same < len(then) {
		r += ", since undone"
	}
	switch {
	case len(lost) > 1 || plural:
		r += "; " + listed(lost) + " are not in it"
	case len(lost) == 1:
		r += "; " + lost[0] + " is not in it"
	}
	if !g.ordersSaved && g.anyOrders() {
		r += fmt.Sprintf("; the teams' orders of turn %d are not saved beside it (%s)", g.sess.State.Turn, ordersPath(g.save))
	}
	m.Reason = r + fmt.Sprintf(", and a server that stopped now would resume from step %d. Play goes on, and every step, note, answer and order tries to save it again", at)
	return m
}

// listed joins items as words do: "a", "a and b", "a, b and c".
func listed(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// unresolved tells the teams played by a person whose orders are in that the turn did not
// resolve (why is for the white cell: it may name how another side is played), and writes err
// on the server's log.
func (g *Game) unresolved(err error) {
	g.logLine(NoticeUnresolved, err.Error())
	s := g.sess
	b := encode(&Message{Type: MsgNotice, Code: NoticeUnresolved,
		Reason: fmt.Sprintf("turn %d did not resolve: your orders stand, and the white cell is told why", s.State.Turn)})
	for sd, d := range g.sc.Sides {
		if c := g.conns[d.ID]; c != nil && s.Done[sd] && s.Seats[sd] == session.SeatPerson {
			c.push(b)
		}
	}
}

// tell sends the white cell notice m, when it is connected, and writes it on the server's log.
func (g *Game) tell(m *Message) {
	g.logLine(m.Code, m.Reason)
	g.toWhite(m)
}

// toWhite sends the white cell m, when it is connected.
func (g *Game) toWhite(m *Message) {
	if c := g.conns["white"]; c != nil {
		c.push(encode(m))
	}
}

// logLine writes one line on the server's log (Config.Log), when it has one: the time by the
// game's clock, the notice's code and its reason.
func (g *Game) logLine(code, reason string) {
	if g.log != nil {
		fmt.Fprintf(g.log, "%s %s: %s\n", g.now().Format("2006/01/02 15:04:05"), code, reason)
	}
}
