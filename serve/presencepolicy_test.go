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
// not, ready only once every team of people is (as a team of people that decides last would
// be): never ready while another team is not, and not ready at the start of a turn.
func TestPresenceTellsPoliciesToTheirSeats(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 5, Policies: map[string]string{"green": "random"}})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	names := []string{"white", "observer", "blue", "red", "green", "observer-red", "observer-blue"}
	clients := map[string]*Client{}
	told := map[string]map[string]string{} // by seat: every policy its presences named, by side
	early := map[string]bool{}             // by seat: green told ready while a team is not
	waited := map[string]bool{}            // by seat: green told not ready (as a team of people)
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
				greenReady, allReady := false, true
				for _, p := range m.Seats {
					if p.Policy != "" {
						told[name][p.Seat] = p.Policy
					}
					if p.Seat == "green" {
						greenReady = p.Ready
					}
					if p.Role == RoleTeam && p.Policy == "" {
						allReady = allReady && p.Ready
					}
				}
				early[name] = early[name] || greenReady && !allReady
				waited[name] = waited[name] || !greenReady
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
		if len(want) == 0 && (early[name] || !waited[name]) {
			t.Errorf("%s was told green, which random plays, as ready before every other team (%v) or never as deciding (%v)", name, early[name], !waited[name])
		}
	}
}
