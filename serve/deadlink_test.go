package serve

import (
	"context"
	"testing"
	"time"
)

// TestDeadLinkIsNoticed: a team's link dies without a word (no FIN, no RST: its laptop went to
// another network), while the white cell resolves the turn. The server, whose pings go
// unanswered, closes the connection, and the white cell's seats show the team offline; the
// team's window, hearing nothing from the server for longer than it may be silent, drops the
// connection and joins again once the link is back, at the turn now in play. Both ends held the
// dead connection open, as TCP does for a quarter of an hour: the team shown online, its window
// showing the turn before and taking orders into the void.
func TestDeadLinkIsNoticed(t *testing.T) {
	was := silence
	silence = 2 * time.Second
	defer func() { silence = was }()
	sc := fixture(t, "../sim/testdata/markers.toml")
	lim := DefaultLimits
	lim.Beat = 300 * time.Millisecond
	s := serveGame(t, Config{Scenario: sc, Seed: 4, Limits: lim})
	link, url := relay(t, s, s.links["blue"])
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	r, err := JoinRemote(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	white, _ := seated(t, ctx, s.links["white"])
	defer white.Close()

	link.drop()
	white.Send(ctx, Message{Type: MsgResolve, Turn: 1})
	until(t, ctx, white, func(m Message) bool {
		for _, p := range m.Seats {
			if m.Type == MsgPresence && p.Seat == "blue" && !p.Online {
				return true
			}
		}
		return false
	})
	waitFor(t, "the team's window to take its connection for dead", func() bool { return !r.Online() })
	link.cut() // the link is back
	waitFor(t, "the team's window to join again at turn 2", func() bool { return r.Online() && r.View(0).Turn == 2 })
}

// TestBeatChangesNothing: the presence the server sends every beat, the same as the last,
// leaves a window's revision as it was, so that no screen is rebuilt (and no click or typing
// lost) every 30 seconds.
func TestBeatChangesNothing(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	lim := DefaultLimits
	lim.Beat = 100 * time.Millisecond
	s := serveGame(t, Config{Scenario: sc, Seed: 4, Limits: lim})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	r, err := JoinRemote(ctx, s.links["blue"])
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	time.Sleep(300 * time.Millisecond) // the presence that follows the join
	rev := r.Revision()
	time.Sleep(time.Second)
	if got := r.Revision(); got != rev {
		t.Fatalf("ten beats changed the window's revision from %d to %d", rev, got)
	}
}
