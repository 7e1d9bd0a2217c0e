package serve

import (
	"context"
	"testing"
	"time"

	"ttx/sim"
)

// TestParamOrders sends a team's orders with parameters: a rung of the ladder and any amount
// within the range in the seat's view are taken, even one Legal does not list (17 of 1..20);
// a rung past the ladder, no rung and an amount past its bound are rejected. (TestRefusals
// sends a parameter to a move that takes none.)
func TestParamOrders(t *testing.T) {
	sc := fixture(t, "../sim/testdata/cases/fixtures/params.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 1})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	wsURL, tok, err := ParseLink(s.links["blue"])
	if err != nil {
		t.Fatal(err)
	}
	blue, err := Dial(ctx, wsURL, tok)
	if err != nil {
		t.Fatal(err)
	}
	until(t, ctx, blue, isSnap)
	respond := func(n int) sim.Order {
		return sim.Order{Actor: "blue_state", Move: "respond", Target: "red_state", Param: n}
	}
	pay := func(n int) sim.Order { return sim.Order{Actor: "blue_state", Move: "pay", Param: n} }
	cases := []struct {
		name   string
		orders []sim.Order
		ok     bool
	}{
		{"rung 5", []sim.Order{respond(5)}, true},
		{"rung 9 of 8", []sim.Order{respond(9)}, false},
		{"no rung", []sim.Order{respond(0)}, false},
		{"an amount Legal does not list", []sim.Order{respond(8), pay(17)}, true},
		{"an amount past its bound", []sim.Order{pay(21)}, false},
	}
	for _, tc := range cases {
		blue.Send(ctx, Message{Type: MsgDraft, Turn: 1, Orders: tc.orders})
		m := until(t, ctx, blue, func(m Message) bool { return m.Type == MsgReject || m.Type == MsgAck })
		if got := m.Type == MsgAck; got != tc.ok {
			t.Errorf("%s: got %s %s (%s), want accepted %v", tc.name, m.Type, m.Code, m.Reason, tc.ok)
		}
	}
}
