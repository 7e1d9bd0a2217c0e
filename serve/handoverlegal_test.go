package serve

import (
	"context"
	"testing"
	"time"
)

// TestHandoverSendsTheTeamItsOrders: red, played by greedy, is handed to its team within the
// turn: red's connected team is sent its snapshot again at once, with its legal orders (a side a
// policy plays is sent none), and may submit them that turn without joining again; handed back
// to greedy, it is sent a snapshot with none.
func TestHandoverSendsTheTeamItsOrders(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 5, Policies: map[string]string{"red": "greedy"}})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	defer white.Close()
	red, snap := seated(t, ctx, s.links["red"])
	defer red.Close()
	if len(snap.Legal) != 0 {
		t.Fatalf("red, played by greedy, is sent %d legal orders", len(snap.Legal))
	}
	turn := snap.View.Turn
	reseat := func(policy string) Message {
		t.Helper()
		white.Send(ctx, Message{Type: MsgSeat, ID: 1, Side: "red", Policy: policy})
		if m := until(t, ctx, white, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject }); m.Type != MsgAck {
			t.Fatalf("red handed to %s: %s %q", policy, m.Code, m.Reason)
		}
		return until(t, ctx, red, isSnap)
	}
	got := reseat("person")
	if got.View.Turn != turn || len(got.Legal) == 0 {
		t.Fatalf("red handed to its team is sent a snapshot of turn %d with %d legal orders, want turn %d with some", got.View.Turn, len(got.Legal), turn)
	}
	if got := reseat("greedy"); len(got.Legal) != 0 {
		t.Errorf("red handed back to greedy is sent %d legal orders", len(got.Legal))
	}
	got = reseat("person")
	red.Send(ctx, Message{Type: MsgSubmit, ID: 2, Turn: turn, Orders: firstLegal(got)})
	if m := until(t, ctx, red, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject }); m.Type != MsgAck {
		t.Errorf("red's orders after the handover: %s %s %q, want taken", m.Type, m.Code, m.Reason)
	}
}
