package serve

import (
	"context"
	"errors"
	"fmt"

	"ttx/session"
)

// A turn's resolve. The policies that play sides choose their orders on a goroutine of their
// own, each from its side's view alone (session.Thinking), while the game's goroutine goes on
// serving every seat: a search may think for seconds (session.MaxServedMillis). Their orders
// come back to the game's goroutine as a request (reqThought), which resolves the turn with
// them. Nothing changes the game meanwhile: a team's orders are refused (turnOpen), the clock
// does not run out again (Run), and the white cell's changes to the game wait, in order, for
// the turn to resolve (holds), as they did when the resolve stopped the whole game; so the
// orders are those the resolve would have given on the game's goroutine, and the turn resolves
// once.

// resolve resolves the turn (policies order for their sides), saves and tells every seat: at
// once when no policy plays a side, else once the policies have chosen their orders (thought),
// the white cell being told that it waits for them. A turn that cannot resolve stays as it
// was: the teams whose orders are in are told so, the server's log is told why, and so is the
// caller, by the error, to tell the white cell.
func (g *Game) resolve() error {
	turn := g.sess.State.Turn
	t, err := g.sess.BeginResolve()
	if err != nil {
		err = fmt.Errorf("turn %d did not resolve: %v", turn, err)
		g.unresolved(err)
		return err
	}
	if len(t.Sides()) == 0 {
		t.Think() // nothing to think
		g.finishResolve(t)
		return nil
	}
	g.thinking = t
	g.toWhite(g.thinkingNotice())
	go g.thinkOff(g.ctx, t)
	return nil
}

// thinkOff has the policies of t choose their orders, on a goroutine of its own, and hands them
// to the game's goroutine.
func (g *Game) thinkOff(ctx context.Context, t *session.Thinking) {
	g.think(t)
	select {
	case g.reqs <- request{kind: reqThought, th: t}:
	case <-ctx.Done():
	}
}

// thought takes in the orders the policies of the resolve under way chose: the turn resolves,
// and then the white cell's messages held meanwhile are handled, in order.
func (g *Game) thought(t *session.Thinking) {
	if t != g.thinking {
		return // not the resolve under way
	}
	g.thinking = nil
	g.finishResolve(t)
	g.release()
}

// finishResolve resolves the turn with the orders of t. Orders chosen for a game that changed
// meanwhile (session.ErrStale) are dropped and, while their turn is still the one in play,
// chosen again from the game as it is.
func (g *Game) finishResolve(t *session.Thinking) {
	if _, err := g.sess.FinishResolve(t); err != nil {
		if errors.Is(err, session.ErrStale) && g.sess.State.Turn == t.Turn() && !g.sess.State.Over {
			g.resolveNow()
			return
		}
		err = fmt.Errorf("turn %d did not resolve: %v", t.Turn(), err)
		g.unresolved(err)
		g.toWhite(&Message{Type: MsgNotice, Code: NoticeUnresolved, Reason: err.Error()})
		return
	}
	g.startTurn()
	g.stepped()
}

// holds reports whether message m of the white cell's connection c waits for the resolve under
// way: one that changes the game or its clock, and any after one that waits, so that the
// connection's messages are still answered in the order they came.
func (g *Game) holds(c *conn, m Message) bool {
	if g.thinking == nil {
		return false
	}
	switch m.Type {
	case MsgResolve, MsgFire, MsgOverride, MsgUndo, MsgSeat, MsgDeadline, MsgPause, MsgSkip, MsgExtend:
		return true
	}
	for _, r := range g.held {
		if r.c == c {
			return true
		}
	}
	return false
}

// release handles the messages held while the policies thought, in order, until one starts
// another resolve that they think for (the rest then wait for it).
func (g *Game) release() {
	for g.thinking == nil && len(g.held) > 0 {
		r := g.held[0]
		g.held = g.held[1:]
		g.handle(r.c, r.msg)
	}
}

// thinkingNotice tells the white cell that the turn waits for the policies of the resolve under
// way.
func (g *Game) thinkingNotice() *Message {
	t := g.thinking
	var who []string
	for _, sd := range t.Sides() {
		who = append(who, fmt.Sprintf("%s (%s)", g.sc.Sides[sd].Name, t.Seat(sd)))
	}
	whose := "the policy of " + who[0] + " has chosen its orders"
	if len(who) > 1 {
		whose = "the policies of " + listed(who) + " have chosen their orders"
	}
	return &Message{Type: MsgNotice, Code: NoticeThinking, Reason: fmt.Sprintf("turn %d resolves once %s. Every seat is served meanwhile; your changes to the game (resolve, inject, override, undo, handover, the clock) are done once the turn has resolved, in the order you made them", t.Turn(), whose)}
}
