package serve

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ttx/sim"
	"ttx/sim/record"
)

// until reads c's messages until one satisfies ok, and returns it.
func until(t testing.TB, ctx context.Context, c *Client, ok func(Message) bool) Message {
	t.Helper()
	for {
		m, err := c.Recv(ctx)
		if err != nil {
			t.Fatalf("waiting for a message: %v", err)
		}
		if ok(m) {
			return m
		}
	}
}

func isSnap(m Message) bool { return m.Type == MsgSnapshot }

// seated joins the seat of link and returns its client and the first snapshot it is sent.
func seated(t testing.TB, ctx context.Context, link string) (*Client, Message) {
	t.Helper()
	c, err := Join(ctx, link)
	if err != nil {
		t.Fatal(err)
	}
	return c, until(t, ctx, c, isSnap)
}

// firstLegal returns, from a snapshot, one legal order per actor.
func firstLegal(m Message) []sim.Order {
	var out []sim.Order
	seen := map[string]bool{}
	for _, l := range m.Legal {
		if !seen[l.Actor] {
			seen[l.Actor] = true
			out = append(out, l.Order)
		}
	}
	return out
}

// TestReconnectKeepsDraftsAndTakesOver: a team drafts, its client dies mid-turn, it comes back
// with the same token and gets its drafts and its submitted flag back; a second connection with
// the token takes the seat over; the turn resolves exactly once.
func TestReconnectKeepsDraftsAndTakesOver(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 4})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	blue, m := seated(t, ctx, s.links["blue"])
	drafts := firstLegal(m)
	if len(drafts) == 0 {
		t.Fatal("blue has no legal orders")
	}
	blue.Send(ctx, Message{Type: MsgDraft, Turn: 1, Orders: drafts})
	until(t, ctx, blue, func(m Message) bool { return m.Type == MsgAck })
	blue.Drop() // the laptop's lid closes

	again, err := Join(ctx, s.links["blue"])
	if err != nil {
		t.Fatal(err)
	}
	m = until(t, ctx, again, isSnap)
	if len(m.Drafts) != len(drafts) || m.Drafts[0].Move != drafts[0].Move || m.Submitted {
		t.Fatalf("after reconnecting blue has drafts %v submitted %v, want %v not submitted", m.Drafts, m.Submitted, drafts)
	}
	again.Send(ctx, Message{Type: MsgSubmit, Turn: 1, Orders: m.Drafts})
	until(t, ctx, again, func(m Message) bool { return m.Type == MsgAck })

	// A second connection with the same token takes over; the first is closed.
	third, err := Join(ctx, s.links["blue"])
	if err != nil {
		t.Fatal(err)
	}
	m = until(t, ctx, third, isSnap)
	if !m.Submitted {
		t.Fatal("the submitted flag did not come back")
	}
	rctx, rcancel := context.WithTimeout(ctx, 5*time.Second)
	for {
		if _, err := again.Recv(rctx); err != nil {
			break // closed by the takeover
		}
	}
	rcancel()

	// The other teams submit nothing; the white cell resolves: one turn, once.
	white, _ := seated(t, ctx, s.links["white"])
	white.Send(ctx, Message{Type: MsgResolve, Turn: 1})
	white.Send(ctx, Message{Type: MsgResolve, Turn: 1}) // a second press: stale
	m = until(t, ctx, white, isSnap)
	rej := until(t, ctx, white, func(m Message) bool { return m.Type == MsgReject })
	if rej.Code != RejTurn {
		t.Fatalf("a second resolve of turn 1: %s, want %s", rej.Code, RejTurn)
	}
	if m.Step != 1 || m.View.Turn != 2 {
		t.Fatalf("after resolving: step %d turn %d, want step 1 turn 2", m.Step, m.View.Turn)
	}
	var blueOrders int
	for _, r := range m.View.Results {
		if r.Order.Side == "blue" {
			blueOrders++
		}
	}
	if blueOrders != len(drafts) {
		t.Fatalf("turn 1 resolved %d of blue's orders, want %d", blueOrders, len(drafts))
	}
}

// TestRestartFromLog: a server stops mid-game; a new one resumes from its log and tokens, the
// teams rejoin with their links, and the game ends with a log that replays to its checksums.
func TestRestartFromLog(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	a := serveGame(t, Config{Scenario: sc, Seed: 21, Save: save})
	links := a.links
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	// Two turns with every team submitting its first legal orders.
	turn := func(s *server) {
		var cs []*Client
		for _, d := range sc.Sides {
			c, err := Join(ctx, links[d.ID])
			if err != nil {
				t.Fatal(err)
			}
			cs = append(cs, c)
		}
		for _, c := range cs {
			m := until(t, ctx, c, isSnap)
			c.Send(ctx, Message{Type: MsgSubmit, Turn: m.View.Turn, Orders: firstLegal(m)})
		}
		until(t, ctx, cs[0], func(m Message) bool { return isSnap(m) && m.Step > 0 && !m.Submitted })
		for _, c := range cs {
			c.Close()
		}
	}
	turn(a)
	turn(a)
	a.stop()

	b := serveGame(t, Config{Scenario: sc, Save: save, Resume: true})
	if len(b.links) != 0 {
		t.Fatal("a resumed game made new links")
	}
	// The old links now point at the new server's address.
	for k, l := range links {
		links[k] = b.url + "/" + l[strings.Index(l, "#"):]
	}
	w, err := Join(ctx, links["white"])
	if err != nil {
		t.Fatal(err)
	}
	m := until(t, ctx, w, isSnap)
	if m.View.Turn != 3 {
		t.Fatalf("the resumed game is at turn %d, want 3", m.View.Turn)
	}
	for !m.View.Over {
		w.Send(ctx, Message{Type: MsgResolve, Turn: m.View.Turn})
		m = until(t, ctx, w, func(x Message) bool { return isSnap(x) && x.View.Turn != m.View.Turn || isSnap(x) && x.View.Over })
	}
	w.Send(ctx, Message{Type: MsgGetLog})
	lm := until(t, ctx, w, func(m Message) bool { return m.Type == MsgLog })
	l, err := record.Read(strings.NewReader(lm.Log))
	if err != nil {
		t.Fatal(err)
	}
	end, d := record.Replay(sc, l)
	if d != nil {
		t.Fatalf("the resumed game's log: %v", d)
	}
	want, _ := json.Marshal(wireSnapshot(sim.View(end, sim.Facilitator)))
	got, _ := json.Marshal(m.View)
	if string(got) != string(want) {
		t.Fatal("the white cell's last view differs from the replay of the resumed game's log")
	}
}

// TestTokensFile: the seats' tokens are kept beside the log as SHA-256 hashes only, readable by
// the owner alone; no token of a join link is in it or in the log.
func TestTokensFile(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	g, err := NewGame(Config{Scenario: sc, Seed: 2, Save: save, Base: "http://x/"})
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(save + ".tokens")
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("the tokens file has mode %v, want 0600", fi.Mode().Perm())
	}
	hashes, _ := os.ReadFile(save + ".tokens")
	log, _ := os.ReadFile(save)
	for seat, link := range g.Links() {
		_, tok, err := ParseLink(link)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(hashes), tok) || strings.Contains(string(log), tok) {
			t.Fatalf("seat %s's token is stored in the clear", seat)
		}
		if !strings.Contains(string(hashes), `"`+seat+`"`) {
			t.Fatalf("the tokens file has no hash for seat %s", seat)
		}
	}
}

// joined joins with link and returns the connection, closed when the test ends, and the
// server's first answer: its welcome, or its refusal.
func joined(t testing.TB, ctx context.Context, link string) (*Client, Message) {
	t.Helper()
	c, err := Join(ctx, link)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c, until(t, ctx, c, func(m Message) bool { return m.Type == MsgWelcome || m.Type == MsgReject })
}
