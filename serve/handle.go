package serve

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"ttx/internal/words"
	"unicode/utf8"

	"ttx/session"
	"ttx/sim"
	"ttx/sim/record"
	"ttx/sim/report"
)

// handle acts on one message from connection c. A refused message changes nothing and gets a
// typed rejection.
func (g *Game) handle(c *conn, m Message) {
	if c.seat == "" {
		g.hello(c, m)
		return
	}
	st, _ := g.seatOf(c.seat)
	if g.conns[st.name] != c && !g.watchers[c] {
		return // taken over by a newer connection: its messages no longer count
	}
	if st.role == RoleWhite && g.holds(c, m) {
		g.held = append(g.held, request{c: c, kind: reqMsg, msg: m}) // answered once the turn has resolved
		return
	}
	reject := func(code, why string) { c.push(encode(&Message{Type: MsgReject, ID: m.ID, Code: code, Reason: why})) }
	ack := func() { c.push(encode(&Message{Type: MsgAck, ID: m.ID})) }
	white := st.role == RoleWhite
	s := g.sess.State
	switch m.Type {
	case MsgDraft, MsgSubmit:
		if st.role != RoleTeam {
			reject(RejRole, "only a team gives orders")
			return
		}
		if why, code := g.turnOpen(st, m.Turn); code != "" {
			reject(code, why)
			return
		}
		orders, why := g.checkOrders(st, m.Orders)
		if why != "" {
			reject(RejOrder, why)
			return
		}
		g.sess.Pending[st.side] = orders
		if m.Type == MsgSubmit {
			g.sess.Submit(st.side)
		}
		g.saveTurn()
		ack()
		if m.Type == MsgDraft {
			g.presenceWhite()
		}
		if m.Type == MsgSubmit {
			g.sendSnapshot(c, st)
			g.presence()
			if g.sess.Ready() {
				g.resolveNow()
			}
		}
	case MsgAnswer:
		if st.role != RoleTeam {
			reject(RejRole, "only a team answers the key questions")
			return
		}
		if err := session.CheckAnswer(m.Text); err != nil {
			reject(RejBadMessage, err.Error()) // in ttx answer's words, at its limit
			return
		}
		if !g.sess.Answer(st.side, m.Question, m.Text) {
			reject(RejBadMessage, "no such question was put to your table")
			return
		}
		err := g.saveLog() // an answer not saved is kept, and goes into the log with the next save
		g.saveTried(err)
		ack()
		if err != nil {
			g.tellOwnUnsaved(st)
		}
		g.resendAnswers(st.side)
	case MsgNote:
		if st.role == RoleTeam {
			reject(RejRole, "notes are the white cell's and the observers'")
			return
		}
		if !noteKeyValid(m.Key) {
			reject(RejBadMessage, noteKeyWords)
			return
		}
		if g.noteTaken(st.name, m.Key) {
			// Sent again after a dropped connection: the seat has it, and only its ack was lost.
			ack()
			return
		}
		note := session.Note{Text: m.Text, Category: m.Category, Tags: m.Tags, Author: st.name, Action: m.Action, Key: m.Key}
		if err := session.CheckNote(note); err != nil {
			reject(RejBadMessage, err.Error()) // in ttx note's words, at its limits
			return
		}
		if g.notesBy(st.name) >= g.limits.notes() {
			// Every note rewrites the log: a shared link must not grow it without end.
			reject(RejRate, "this seat has written "+words.Count(g.limits.notes(), "note")+", the most a seat may")
			return
		}
		in := -1
		if m.Inject != "" {
			// A note names an inject fired by its turn (the current one), as ttx note's must,
			// in the same words. An observer of a team's view may name only the injects the
			// team was told and has seen fire: the same answer for the others as for ids that
			// do not exist, so that the answer tells nothing of another side's injects.
			var err error
			if in, err = session.NoteInject(s, st.side, m.Inject, s.Turn); err != nil {
				reject(RejBadMessage, session.NoteRefusal(err))
				return
			}
		}
		if m.Category != "" && !slices.Contains(record.Categories, m.Category) {
			reject(RejBadMessage, "a note's category is one of "+strings.Join(record.Categories, ", "))
			return
		}
		if err := g.sess.AddObservation(note, in); err != nil {
			reject(RejBadMessage, session.NoteRefusal(err))
			return
		}
		err := g.saveLog() // a note not saved is kept, and goes into the log with the next save
		g.saveTried(err)
		ack()
		if err != nil {
			g.tellOwnUnsaved(st)
		}
	case MsgResolve, MsgFire, MsgOverride, MsgUndo, MsgSeat, MsgReissue, MsgDeadline, MsgPause, MsgSkip, MsgExtend:
		if !white {
			reject(RejRole, "only the white cell may do this")
			return
		}
		if code, why := g.whiteCell(m); code != "" {
			reject(code, why)
			return
		}
		ack()
	case MsgGetLog:
		if !white {
			reject(RejRole, "only the white cell may download the log")
			return
		}
		if !s.Over {
			reject(RejState, "the log holds the seed, which decides every roll to come: it is sent once the game is over")
			return
		}
		var b bytes.Buffer
		if err := g.sess.Log().Write(&b); err != nil {
			reject(RejState, err.Error())
			return
		}
		c.push(encode(&Message{Type: MsgLog, ID: m.ID, Log: b.String()}))
	case MsgGetRep:
		var r *report.Report
		var err error
		// The log's header and annotations: who played each side for which turns, the notes
		// and the answers.
		l := g.sess.Log()
		if st.side >= 0 {
			// A team's seat and the observers of its view get the team's report: what the
			// team saw, and nothing else (of who played the sides, its own).
			r, err = report.BuildAs(s, st.side, l.Header, l.Annotations())
		} else {
			r, err = report.Build(s, l.Header, l.Annotations())
			if err == nil {
				r.Seed, r.SeedWithheld = 0, true // the seed stays on the server
			}
		}
		var b bytes.Buffer
		if err == nil {
			err = r.HTML(&b)
		}
		if err != nil {
			reject(RejState, err.Error())
			return
		}
		c.push(encode(&Message{Type: MsgReport, ID: m.ID, Report: b.String()}))
	case MsgGetFc:
		if !g.mayForecast(st) {
			reject(RejRole, noTeamForecasts)
			return
		}
		ack()
		g.askForecast(c, st)
	case MsgHello:
		reject(RejBadMessage, "already joined")
	default:
		reject(RejBadMessage, "unknown message type")
	}
}

// hello joins c to the seat its token names; a connection that was on the seat is closed.
func (g *Game) hello(c *conn, m Message) {
	switch {
	case m.Type != MsgHello:
		c.push(encode(&Message{Type: MsgReject, ID: m.ID, Code: RejBadMessage, Reason: "say hello first"}))
		c.strike()
		return
	case m.V != Version:
		c.push(encode(&Message{Type: MsgReject, ID: m.ID, Code: RejVersion, Reason: "this server speaks protocol version 1"}))
		c.close()
		return
	}
	name, ok := g.tokens.Seat(m.Token)
	if !ok {
		c.push(encode(&Message{Type: MsgReject, ID: m.ID, Code: RejToken, Reason: "no seat has this token"}))
		c.strike()
		return
	}
	st, _ := g.seatOf(name)
	c.seat = name
	c.joined.Store(true)
	if st.role == RoleObserver {
		g.watchers[c] = true // observers are many
	} else {
		if old := g.conns[name]; old != nil && old != c {
			// The same token takes over. The connection it replaces is told, so that its window
			// says why and does not join again by itself: two windows on one link would take
			// the seat from each other every few seconds, each saying its connection was lost.
			old.retire(encode(&Message{Type: MsgNotice, Code: NoticeTaken, Reason: takenWords}))
		}
		g.conns[name] = c
	}
	v := sim.View(g.sess.State, st.side)
	info := &SeatInfo{Role: st.role, Name: name, Forecasts: g.mayForecast(st)}
	if st.side >= 0 {
		info.Side = g.sc.Sides[st.side].ID
	}
	c.push(encode(&Message{Type: MsgWelcome, ID: m.ID, V: Version, Seat: info, Scenario: sim.SeatScenarioOf(v), Build: build}))
	var hist []sim.Snapshot
	for _, p := range sim.HistoryView(g.sess.State, st.side) {
		hist = append(hist, wireSnapshot(p))
	}
	c.push(encode(&Message{Type: MsgHistory, History: hist}))
	g.sendSnapshot(c, st)
	g.presence()
	if st.role == RoleWhite && g.thinking != nil {
		c.push(encode(g.thinkingNotice())) // the turn still waits for its policies
	}
	switch {
	case st.role == RoleWhite && g.saveErr != nil:
		c.push(encode(g.unsavedNotice())) // the log is still not saved
	case g.saveErr != nil:
		if m := g.ownUnsavedNotice(st); m != nil {
			c.push(encode(m)) // the seat's own notes or answers are still not saved
		}
	}
}

// takenWords is why a connection whose seat another connection took over is closed.
const takenWords = "This seat was opened in another window or on another computer, which plays it now: this window has stopped, and no longer joins by itself. To play here again, load the page again (or join again with ttx play --join): the other window then stops."

// build names the server's build in its welcome.
const build = "ttx serve, protocol 1"

// turnOpen says why a team may not order for turn now: "" and "" when it may.
func (g *Game) turnOpen(st seat, turn int) (string, string) {
	s := g.sess.State
	switch {
	case s.Over:
		return "the game is over", RejOver
	case turn != s.Turn:
		return "orders are for the current turn", RejTurn
	case g.thinking != nil:
		return "the turn is resolving, with the orders as they stood: order again once the next turn comes", RejState
	case g.sess.Done[st.side]:
		return "your orders are in for this turn", RejSubmitted
	case !g.deadline.IsZero() && !g.paused && !g.now().Before(g.deadline):
		return "the turn's time is up", RejDeadline
	case g.sess.Seats[st.side] != session.SeatPerson:
		return "a policy plays this side now", RejRole
	}
	return "", ""
}

// checkOrders checks a team's orders against what its side sees: each must be one of the
// side's legal orders in its view, for an actor of its own, once per actor and move, with a
// rationale of bounded length. It returns the orders with their side set, or why not.
func (g *Game) checkOrders(st seat, os []sim.Order) ([]sim.Order, string) {
	if len(os) > g.limits.Orders {
		return nil, "too many orders"
	}
	v := sim.View(g.sess.State, st.side)
	legal := map[sim.Order]bool{} // without their parameters: any within range may be given
	for _, o := range sim.Legal(v) {
		o.Param = 0
		legal[o] = true
	}
	seen := map[[2]string]bool{}
	out := make([]sim.Order, 0, len(os))
	for _, o := range os {
		if o.Side != "" && o.Side != st.name {
			return nil, "an order for another side"
		}
		if utf8.RuneCountInString(o.Rationale) > g.limits.Rationale || !utf8.ValidString(o.Rationale) {
			return nil, "a rationale is at most 1000 characters"
		}
		bare := sim.Order{Actor: o.Actor, Move: o.Move, Target: o.Target, Arg: o.Arg}
		if !legal[bare] {
			return nil, "not a legal order for your side: " + bare.String()
		}
		bare.Param = o.Param
		if !sim.ParamAllowed(v, bare) {
			return nil, "a parameter out of its range: " + bare.String()
		}
		k := [2]string{o.Actor, o.Move}
		if seen[k] {
			return nil, "two orders for one actor and move: " + bare.String()
		}
		seen[k] = true
		bare.Side, bare.Rationale = st.name, o.Rationale
		out = append(out, bare)
	}
	return out, ""
}

// whiteCell does one of the white cell's operations; it returns a rejection code and why when
// it cannot.
func (g *Game) whiteCell(m Message) (string, string) {
	s := g.sess.State
	sc := g.sc
	switch m.Type {
	case MsgResolve:
		if s.Over {
			return RejOver, "the game is over"
		}
		if m.Turn != s.Turn {
			return RejTurn, "not the current turn"
		}
		if err := g.resolve(); err != nil {
			return RejState, err.Error()
		}
	case MsgFire:
		i := sc.Inject(m.Inject)
		if i < 0 {
			return RejBadMessage, session.NoSuchInject(sc, m.Inject).Error()
		}
		g.sess.Fire(i)
		g.stepped()
	case MsgOverride:
		a, t := sc.Actor(m.Actor), sc.Track(m.Track)
		if a < 0 || t < 0 {
			return RejBadMessage, "no such actor or track"
		}
		g.sess.Override(a, t, m.Value)
		g.stepped()
	case MsgUndo:
		if err := g.sess.Undo(); err != nil {
			return RejState, err.Error()
		}
		g.stepped()
	case MsgSeat:
		sd := sc.Side(m.Side)
		if sd < 0 {
			return RejBadMessage, "no such side"
		}
		who, err := session.ParseServedSeat(m.Policy)
		if err != nil {
			return RejBadMessage, err.Error()
		}
		undo := g.sess.Reseat(sd, who)
		// Who plays each side is kept only in the log (its header; its seat entries say who
		// played the turns before): saved now, not at the next step, a server that stops in
		// between resumes with it. The tokens do not change.
		if g.save != "" {
			if err := g.saveLog(); err != nil {
				// The save is atomic: the log still holds the side as it was, and so does the game.
				undo()
				return RejState, fmt.Sprintf("no handover (%s keeps who plays it): %v", m.Side, err)
			}
			g.saveTried(nil) // the whole game is in the log now
		}
		g.resendSeated(sd)
		g.presence()
		if g.sess.Ready() && !s.Over && g.anyPerson() {
			g.resolveNow()
		}
	case MsgReissue:
		st, ok := g.seatOf(m.Side)
		if !ok {
			return RejBadMessage, "no such seat"
		}
		if st.role == RoleWhite {
			// Its new link would go to the connection it closes.
			return RejBadMessage, "the white cell's own link is not reissued from its seat"
		}
		was := g.tokens.hash[st.name]
		link := g.link(st.name)
		if err := g.persist(); err != nil {
			// The new token is nowhere but here: the seat keeps its link, as saved.
			g.tokens.hash[st.name] = was
			return RejState, "no new link (the seat keeps its link): " + err.Error()
		}
		g.saveTried(nil)
		if c := g.conns[st.name]; c != nil {
			c.close() // the old token no longer holds the seat
			delete(g.conns, st.name)
		}
		if st.role == RoleObserver {
			for c := range g.watchers {
				if c.seat == st.name {
					c.close()
					delete(g.watchers, c)
				}
			}
		}
		// The server's log says the link changed, never what it is: the terminal may be
		// watched by more than the white cell.
		g.logLine("new-link", fmt.Sprintf("seat %s's link was replaced at the white cell's request: its old link no longer joins", st.name))
		g.conns["white"].push(encode(&Message{Type: MsgToken, ID: m.ID, Side: st.name, Link: link}))
		g.presence()
	case MsgDeadline:
		if m.Seconds < 0 || m.Seconds > 24*3600 {
			return RejBadMessage, "a deadline is 0 to 86400 seconds away"
		}
		g.deadline, g.left = timeZero, 0
		if m.Seconds > 0 {
			g.deadline = g.now().Add(secs(m.Seconds))
			if g.paused {
				g.left, g.deadline = secs(m.Seconds), timeZero
			}
		}
		g.saveTurn()
		g.broadcast()
	case MsgSkip:
		if s.Over {
			return RejOver, "the game is over"
		}
		if m.Turn != s.Turn {
			return RejTurn, "not the current turn"
		}
		g.timeUp() // the next segment now, or the turn's end
	case MsgExtend:
		if m.Seconds < 1 || m.Seconds > 3600 {
			return RejBadMessage, "an extension is 1 to 3600 seconds"
		}
		switch {
		case g.paused && g.left > 0:
			g.left += secs(m.Seconds)
		case !g.deadline.IsZero():
			g.deadline = g.deadline.Add(secs(m.Seconds))
		default:
			return RejState, "the turn has no deadline to extend"
		}
		g.saveTurn()
		g.broadcast()
	case MsgPause:
		if m.Paused == g.paused {
			return "", ""
		}
		g.paused = m.Paused
		if g.paused && !g.deadline.IsZero() {
			g.left, g.deadline = g.deadline.Sub(g.now()), timeZero
		} else if !g.paused && g.left > 0 {
			g.deadline, g.left = g.now().Add(g.left), 0
		}
		g.saveTurn()
		g.broadcast()
	}
	return "", ""
}

// anyPerson reports whether a person plays any side (else nothing waits for orders).
func (g *Game) anyPerson() bool { return len(g.sess.People()) > 0 }

// resolveNow resolves the turn when the white cell did not ask for it (every team's orders are
// in, a side handed to a policy); a turn that cannot resolve is told to the white cell.
func (g *Game) resolveNow() {
	if err := g.resolve(); err != nil {
		g.toWhite(&Message{Type: MsgNotice, Code: NoticeUnresolved, Reason: err.Error()})
	}
}

// stepped saves the game, sends every seat its new view and, when the save failed (or is the
// first to succeed after one that failed), tells the white cell (saveTried).
func (g *Game) stepped() {
	err := g.saveLog()
	g.broadcast()
	g.saveTried(err)
}
