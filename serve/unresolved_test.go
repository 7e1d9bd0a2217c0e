package serve

import (
	"context"
	"strings"
	"testing"
	"time"

	"ttx/session"
)

// noPolicy has red played by a policy that does not exist, so that no turn can resolve.
func noPolicy(g *Game) { g.sess.Seats[g.sc.Side("red")] = session.Seat("nopolicy") }

// TestUnresolvedTurnTold: a turn that could not resolve (here: red's policy does not exist)
// was left as it was with nobody told. When every team's orders are in, the white cell is told
// why (unresolved) and so is the server's log; the teams whose orders are in are told the turn
// did not resolve, but not why (it names how another side is played). The white cell's own
// resolve is refused (state) with the reason. Handing red to a policy that exists resolves it.
func TestUnresolvedTurnTold(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	var logged lockedBuffer
	s := servePrepared(t, Config{Scenario: sc, Seed: 8, Log: &logged}, noPolicy)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	defer white.Close()
	teams := map[string]*Client{}
	for _, side := range []string{"blue", "green"} {
		c, snap := seated(t, ctx, s.links[side])
		defer c.Close()
		teams[side] = c
		c.Send(ctx, Message{Type: MsgSubmit, Turn: snap.View.Turn, Orders: firstLegal(snap)})
		if m := until(t, ctx, c, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject }); m.Type != MsgAck {
			t.Fatalf("%s's orders: %s %s %q", side, m.Type, m.Code, m.Reason)
		}
	}
	why := `turn 1 did not resolve: unknown policy "nopolicy"`
	if m := until(t, ctx, white, isNotice); m.Code != NoticeUnresolved || !strings.HasPrefix(m.Reason, why) {
		t.Errorf("the white cell, every team's orders in: notice %s %q, want %s %q", m.Code, m.Reason, NoticeUnresolved, why)
	}
	for side, c := range teams {
		m := until(t, ctx, c, isNotice)
		if m.Code != NoticeUnresolved || !strings.HasPrefix(m.Reason, "turn 1 did not resolve") || strings.Contains(m.Reason, "nopolicy") {
			t.Errorf("%s, its orders in: notice %s %q, want %s: the turn did not resolve, not why", side, m.Code, m.Reason, NoticeUnresolved)
		}
	}
	white.Send(ctx, Message{Type: MsgResolve, Turn: 1})
	if m := until(t, ctx, white, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject }); m.Type != MsgReject || m.Code != RejState || !strings.HasPrefix(m.Reason, why) {
		t.Errorf("the white cell's resolve: %s %s %q, want refused, %s %q", m.Type, m.Code, m.Reason, RejState, why)
	}
	if got := strings.Count(logged.String(), " unresolved: "+why); got != 2 {
		t.Errorf("the server's log says %d times that the turn did not resolve, want 2:\n%s", got, logged.String())
	}
	white.Send(ctx, Message{Type: MsgSeat, Side: "red", Policy: "greedy"})
	// The handover's ack, and the resolved turn's snapshot once greedy has chosen red's orders.
	if m := until(t, ctx, white, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject }); m.Type != MsgAck {
		t.Fatalf("red handed to greedy: %s %s %q", m.Type, m.Code, m.Reason)
	}
	if m := until(t, ctx, white, func(m Message) bool { return isSnap(m) && m.View.Turn != 1 }); m.View.Turn != 2 {
		t.Errorf("red handed to greedy: the white cell's next step is of turn %d, want 2", m.View.Turn)
	}
}

// TestUnresolvedAtDeadlineClearsIt: at a turn's deadline the turn could not resolve, and the
// server tried again at every tick with nobody told. It tells the white cell once, clears the
// deadline (the teams may go on ordering) and tries no more.
func TestUnresolvedAtDeadlineClearsIt(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	clock := &fakeClock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	s := servePrepared(t, Config{Scenario: sc, Seed: 8, Now: clock.now, TurnTime: time.Minute}, noPolicy)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, snap := seated(t, ctx, s.links["white"])
	defer white.Close()
	if snap.Deadline == 0 {
		t.Fatal("the turn has no deadline")
	}
	clock.add(2 * time.Minute)
	if m := until(t, ctx, white, isSnap); m.Deadline != 0 || m.View.Turn != 1 {
		t.Errorf("past the deadline: turn %d, deadline %d; want turn 1 and none", m.View.Turn, m.Deadline)
	}
	m := until(t, ctx, white, isNotice)
	if want := "the turn's deadline is cleared"; m.Code != NoticeUnresolved || !strings.Contains(m.Reason, want) {
		t.Errorf("past the deadline: notice %s %q, want %s saying %q", m.Code, m.Reason, NoticeUnresolved, want)
	}
	time.Sleep(time.Second) // four ticks
	id, _ := white.Send(ctx, Message{Type: MsgPause, Paused: true})
	if m := until(t, ctx, white, func(m Message) bool { return isNotice(m) || m.ID == id }); m.Type != MsgAck {
		t.Errorf("a second after the deadline: %s %s %q, want no notice again", m.Type, m.Code, m.Reason)
	}
}
