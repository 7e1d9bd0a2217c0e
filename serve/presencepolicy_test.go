package serve

import (
	"context"
	"encoding/json"
	"maps"
	"testing"
	"time"
)

// TestPresenceTellsPoliciesToTheirSeats: which policy plays a team's side is told in the
// seats' presence only to those told who plays the side: green, played by random, and red,
// handed to greedy, are named with their policies to the white cell and the observers of its
// view, each to its own team and its observers, and to no other seat: over a handover and a
// turn, blue's team and blue's observers are told green and red only as seats, connected or
// not, and, as the turn does not wait for them, with their orders in (not still deciding).
func TestPresenceTellsPoliciesToTheirSeats(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 5, Policies: map[string]string{"green": "random"}})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	names := []string{"white", "observer", "blue", "red", "green", "observer-red", "observer-blue"}
	clients := map[string]*Client{}
	told := map[string]map[string]string{} // by seat: every policy its presences named, by side
	deciding := map[string]bool{}          // by seat: a side a policy plays told as not ready
	for _, name := range names {
		c, err := Join(ctx, s.links[name])
		if err != nil {
			t.Fatalf("join %s: %v", name, err)
		}
		defer c.Close()
		told[name] = map[string]string{}
		c.Raw = func(b []byte) {
			var m Message
			if json.Unmarshal(b, &m) == nil && m.Type == MsgPresence {
				for _, p := range m.Seats {
					if p.Policy != "" {
						told[name][p.Seat] = p.Policy
					}
					if p.Seat == "green" && !p.Ready && p.Policy == "" {
						deciding[name] = true
					}
				}
			}
		}
		clients[name] = c
	}
	first := map[string]Message{}
	for _, name := range names {
		first[name] = until(t, ctx, clients[name], isSnap)
	}
	white := clients["white"]
	white.Send(ctx, Message{Type: MsgSeat, ID: 1, Side: "red", Policy: "greedy"})
	if m := until(t, ctx, white, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject }); m.Type != MsgAck {
		t.Fatalf("red handed to greedy: %s %q", m.Code, m.Reason)
	}
	clients["blue"].Send(ctx, Message{Type: MsgSubmit, Turn: 1, Orders: firstLegal(first["blue"])})
	for _, name := range names {
		until(t, ctx, clients[name], func(m Message) bool { return isSnap(m) && m.View.Turn == 2 })
	}
	both := map[string]string{"red": "greedy", "green": "random"}
	for name, want := range map[string]map[string]string{
		"white": both, "observer": both,
		"red": {"red": "greedy"}, "observer-red": {"red": "greedy"},
		"green":         {"green": "random"},
		"blue":          {},
		"observer-blue": {},
	} {
		if !maps.Equal(told[name], want) {
			t.Errorf("%s was told the policies %v, want %v", name, told[name], want)
		}
		if deciding[name] {
			t.Errorf("%s was told green, which random plays, as a team still deciding", name)
		}
	}
}
