package serve

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"ttx/session"
	"ttx/sim/record"
	"ttx/sim/report"
)

// TestServedLogSaysWhoPlayedEachTurn: a log of ttx run (blue from an orders file, red by
// greedy, green by random, two rounds) resumed on a server gives blue to a team, which plays round 3; the white
// cell then hands blue to greedy for round 4. The log's seat entries say who played blue for
// which rounds, and the reports, the server's and one made from the log, name each of them with
// its rounds, the white cell's and blue's own; red's report names red's player alone; red and
// green, whose players did not change, are named as before, with no rounds. The
// header kept one seating, so the report named orders:FILE for all four rounds (the server's:
// no player at all).
func TestServedLogSaysWhoPlayedEachTurn(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	run := session.NewSession(sc, 9)
	run.Reseat(sc.Side("blue"), "greedy") // the orders file's stand-in: the log keeps the orders
	run.Reseat(sc.Side("red"), "greedy")
	run.Reseat(sc.Side("green"), "random")
	for range 2 {
		if _, err := run.Resolve(); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := record.Of(record.NewHeader(sc, 9, []string{"blue=orders:plan.toml", "red=greedy", "green=random"}), run.State).Write(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(save, b.Bytes(), record.FileMode); err != nil {
		t.Fatal(err)
	}

	s := serveGame(t, Config{Scenario: sc, Save: save, Resume: true, NewLinks: true})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	defer white.Close()
	blue, m := seated(t, ctx, s.links["blue"])
	defer blue.Close()
	red, _ := seated(t, ctx, s.links["red"])
	defer red.Close()
	blue.Send(ctx, Message{Type: MsgSubmit, Turn: 3, Orders: firstLegal(m)}) // the team alone: round 3 resolves
	if a := until(t, ctx, blue, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject }); a.Type != MsgAck {
		t.Fatalf("blue's orders: %s %q (turn %d)", a.Code, a.Reason, m.View.Turn)
	}
	until(t, ctx, white, func(m Message) bool { return isSnap(m) && m.View.Turn == 4 })
	white.Send(ctx, Message{Type: MsgSeat, ID: 1, Side: "blue", Policy: "greedy"})
	if m := until(t, ctx, white, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject }); m.Type != MsgAck {
		t.Fatalf("blue handed to greedy: %s %q", m.Code, m.Reason)
	}
	white.Send(ctx, Message{Type: MsgResolve, Turn: 4})
	until(t, ctx, white, func(m Message) bool { return isSnap(m) && m.View.Turn == 5 })

	const blueRow = "orders:plan.toml, rounds 1–2; team, round 3; greedy, round 4"
	reportOf := func(c *Client) string {
		c.Send(ctx, Message{Type: MsgGetRep})
		return until(t, ctx, c, func(m Message) bool { return m.Type == MsgReport }).Report
	}
	if rep := reportOf(white); !strings.Contains(rep, blueRow) {
		t.Errorf("the white cell's report does not name blue's players %q", blueRow)
	}
	if rep := reportOf(blue); !strings.Contains(rep, blueRow) {
		t.Errorf("blue's report does not name its players %q", blueRow)
	}
	if rep := reportOf(red); strings.Contains(rep, "plan.toml") || strings.Contains(rep, "team, round 3") || !strings.Contains(rep, "<td>greedy</td>") {
		t.Error("red's report names who played blue, or not greedy for red")
	}
	s.stop()

	l := readLog(t, save)
	want := []string{"blue=orders:plan.toml from 1", "blue=person from 3", "blue=greedy from 4"}
	if got := seatings(l); !slices.Equal(got, want) {
		t.Errorf("the log's seat entries are %q, want %q", got, want)
	}
	if !slices.Equal(l.Header.Policies, []string{"blue=greedy", "red=greedy", "green=random"}) {
		t.Errorf("the log's policies are %q, want who plays now", l.Header.Policies)
	}
	st, d := record.Replay(sc, l)
	if d != nil {
		t.Fatal(d)
	}
	r, err := report.Build(st, l.Header, l.Annotations())
	if err != nil {
		t.Fatal(err)
	}
	for _, sd := range r.Sides {
		if want := map[string]string{"blue": blueRow, "red": "greedy", "green": "random"}[sd.ID]; sd.Player != want {
			t.Errorf("the log's report: %s played by %q, want %q", sd.ID, sd.Player, want)
		}
	}
}
