package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestPlayersOverTheWire: who played each side for which turns goes to each seat with its
// snapshots, and only what the seat may know: red, handed to greedy for turn 1 and back to its
// team for turn 2, is told "greedy, turn 1; person, turn 2", and so is its observers' seat;
// green, played by random, is told random; blue, played by its team throughout, is told no
// player (as its log names none); none of them is ever sent another side's (a team's own report
// names its own players alone), in any snapshot; the white cell and the observers of its view
// are told every side's.
func TestPlayersOverTheWire(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 5, Policies: map[string]string{"green": "random"}})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	frames := map[string]*[][]byte{}
	clients := map[string]*Client{}
	last := map[string]Message{}
	names := []string{"white", "observer", "blue", "red", "green", "observer-red", "observer-blue"}
	for _, name := range names {
		c, err := Join(ctx, s.links[name])
		if err != nil {
			t.Fatalf("join %s: %v", name, err)
		}
		defer c.Close()
		fs := &[][]byte{}
		frames[name] = fs
		c.Raw = func(b []byte) { *fs = append(*fs, append([]byte(nil), b...)) }
		clients[name], last[name] = c, until(t, ctx, c, isSnap)
	}
	white := clients["white"]
	reseat := func(side, policy string) {
		t.Helper()
		white.Send(ctx, Message{Type: MsgSeat, ID: 1, Side: side, Policy: policy})
		if m := until(t, ctx, white, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject }); m.Type != MsgAck {
			t.Fatalf("%s handed to %s: %s %q", side, policy, m.Code, m.Reason)
		}
	}
	// atTurn reads every seat's messages up to its snapshot of turn n.
	atTurn := func(n int) {
		t.Helper()
		for _, name := range names {
			last[name] = until(t, ctx, clients[name], func(m Message) bool { return isSnap(m) && m.View.Turn == n })
		}
	}

	reseat("red", "greedy")
	blue := clients["blue"]
	blue.Send(ctx, Message{Type: MsgSubmit, Turn: 1, Orders: firstLegal(last["blue"])})
	atTurn(2)
	reseat("red", "person")
	blue.Send(ctx, Message{Type: MsgSubmit, Turn: 2, Orders: firstLegal(last["blue"])})
	clients["red"].Send(ctx, Message{Type: MsgSubmit, Turn: 2})
	atTurn(3)

	said := func(ps []Played) string {
		var out []string
		for _, p := range ps {
			out = append(out, fmt.Sprintf("%s=%s %d-%d", p.Side, p.Player, p.From, p.To))
		}
		return strings.Join(out, ", ")
	}
	all := "blue= 1-2, red=greedy 1-1, red=person 2-2, green=random 1-2"
	for name, want := range map[string]string{
		"white": all, "observer": all,
		"blue": "blue= 1-2", "observer-blue": "blue= 1-2",
		"red": "red=greedy 1-1, red=person 2-2", "observer-red": "red=greedy 1-1, red=person 2-2",
		"green": "green=random 1-2",
	} {
		if got := said(last[name].Players); got != want {
			t.Errorf("%s is told the players %q, want %q", name, got, want)
		}
	}

	// Every snapshot a team's seat or its observers' was sent names its own side's players alone.
	for _, name := range names {
		own, team := strings.CutPrefix(name, "observer-")
		if !team && sc.Side(name) < 0 {
			continue
		}
		told := 0
		for _, f := range *frames[name] {
			var m Message
			if err := json.Unmarshal(f, &m); err != nil {
				t.Fatal(err)
			}
			if m.Type != MsgSnapshot {
				continue
			}
			told++
			if i := slices.IndexFunc(m.Players, func(p Played) bool { return p.Side != own }); i >= 0 {
				t.Fatalf("%s was sent who played %s: %s", name, m.Players[i].Side, f)
			}
			if len(m.Players) == 0 {
				t.Errorf("a snapshot to %s names no player of its side: %s", name, f)
			}
		}
		if told < 3 {
			t.Errorf("%s got %d snapshots, want one of each turn at least", name, told)
		}
	}
}

// TestHandoverToldAtOnce: when the white cell hands a side to a policy and back, within a turn,
// every seat that is told who plays it is sent its new snapshot at once, not at the next step:
// the white cell and the observers of its view (players: every side's), the side's team (its
// legal orders go, and come back) and the observers of its view (players: its own side's).
// The other team and its observers are sent no snapshot naming the side's players.
func TestHandoverToldAtOnce(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 5})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	frames := map[string]*[][]byte{}
	clients := map[string]*Client{}
	names := []string{"white", "observer", "red", "observer-red", "blue", "observer-blue"}
	for _, name := range names {
		c, err := Join(ctx, s.links[name])
		if err != nil {
			t.Fatalf("join %s: %v", name, err)
		}
		defer c.Close()
		fs := &[][]byte{}
		frames[name], clients[name] = fs, c
		c.Raw = func(b []byte) { *fs = append(*fs, append([]byte(nil), b...)) }
		until(t, ctx, c, isSnap)
	}
	playedBy := func(m Message, side string) string {
		for _, p := range m.Players {
			if p.Side == side {
				return p.Player
			}
		}
		return ""
	}
	for _, to := range []string{"greedy", "person"} {
		white := clients["white"]
		white.Send(ctx, Message{Type: MsgSeat, Side: "red", Policy: to})
		// A few seconds, not the test's minute: the snapshots come at once or not before the
		// next step, which nobody makes.
		wait, stop := context.WithTimeout(ctx, 5*time.Second)
		var ws *Message // the white cell's snapshot comes before the ack of its operation
		if m := until(t, wait, white, func(m Message) bool {
			if isSnap(m) {
				ws = &m
			}
			return m.Type == MsgAck || m.Type == MsgReject
		}); m.Type != MsgAck {
			t.Fatalf("red handed to %s: %s %q", to, m.Code, m.Reason)
		}
		for _, name := range []string{"white", "observer", "red", "observer-red"} {
			var m Message
			if name == "white" && ws != nil {
				m = *ws
			} else {
				m = until(t, wait, clients[name], isSnap)
			}
			want := to
			if to == "person" {
				want = "" // a side people played throughout: the log names no player
			}
			if m.View.Turn != 1 || playedBy(m, "red") != want {
				t.Errorf("%s's snapshot after red went to %s: turn %d, red played by %q; want turn 1 and %q", name, to, m.View.Turn, playedBy(m, "red"), want)
			}
			if name == "red" && (len(m.Legal) > 0) != (to == "person") {
				t.Errorf("red's team, its side played by %s, is sent %d legal orders", to, len(m.Legal))
			}
		}
		stop()
	}
	for _, name := range []string{"blue", "observer-blue"} {
		for _, f := range *frames[name] {
			var m Message
			if err := json.Unmarshal(f, &m); err != nil {
				t.Fatal(err)
			}
			if m.Type == MsgSnapshot && playedBy(m, "red") != "" || bytes.Contains(f, []byte(`"side":"red"`)) {
				t.Fatalf("%s was sent who plays red: %s", name, f)
			}
		}
	}
}
