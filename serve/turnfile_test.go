package serve

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"ttx/sim"
)

// relinked returns links pointing at the server at url: a resumed game keeps its tokens, and
// its server may listen elsewhere.
func relinked(links map[string]string, url string) map[string]string {
	out := map[string]string{}
	for k, l := range links {
		out[k] = url + "/" + l[strings.Index(l, "#"):]
	}
	return out
}

// TestResumeKeepsTheTurnsOrders: a server stops mid-turn, as kill -9 stops it (nothing written
// on the way out), after blue submitted its orders and red drafted some; the game resumed from
// its log gives blue its orders back as submitted and red its drafts, rationales included, and
// the turn resolves with them. The log holds resolved turns only, and a resumed game had lost
// every order of the turn in play, submitted ones too, without a word to the teams.
func TestResumeKeepsTheTurnsOrders(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	a := serveGame(t, Config{Scenario: sc, Seed: 21, Save: save})
	links := a.links
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	give := func(side, typ string) []sim.Order {
		c, m := seated(t, ctx, links[side])
		defer c.Close()
		orders := firstLegal(m)
		for i := range orders {
			orders[i].Side, orders[i].Rationale = side, "why "+side+" gave it"
		}
		c.Send(ctx, Message{Type: typ, Turn: 1, Orders: orders})
		if m := until(t, ctx, c, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject }); m.Type != MsgAck {
			t.Fatalf("%s's %s: %s %s", side, typ, m.Code, m.Reason)
		}
		return orders
	}
	blue, red := give("blue", MsgSubmit), give("red", MsgDraft)
	if len(blue) == 0 || len(red) == 0 {
		t.Fatal("blue or red has no legal orders")
	}
	a.stop()
	if fi, err := os.Stat(save + ".orders"); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("the orders file beside the log: %v, want one of mode 0600", err)
	}

	b := serveGame(t, Config{Scenario: sc, Save: save, Resume: true})
	links = relinked(links, b.url)
	for _, c := range []struct {
		side      string
		orders    []sim.Order
		submitted bool
	}{{"blue", blue, true}, {"red", red, false}, {"green", nil, false}} {
		cl, m := seated(t, ctx, links[c.side])
		cl.Close()
		var got []string
		for _, o := range m.Drafts {
			got = append(got, o.Actor+" "+o.Move+": "+o.Rationale)
		}
		var want []string
		for _, o := range c.orders {
			want = append(want, o.Actor+" "+o.Move+": "+o.Rationale)
		}
		if !slices.Equal(got, want) || m.Submitted != c.submitted {
			t.Errorf("%s after the resume: orders %q submitted %v, want %q submitted %v", c.side, got, m.Submitted, want, c.submitted)
		}
	}
	w, _ := seated(t, ctx, links["white"])
	w.Send(ctx, Message{Type: MsgResolve, Turn: 1})
	m := until(t, ctx, w, func(m Message) bool { return isSnap(m) && m.Step == 1 })
	var resolved []string
	for _, r := range m.View.Results {
		resolved = append(resolved, r.Order.Side+" "+r.Order.Actor+" "+r.Order.Move)
	}
	for _, o := range slices.Concat(blue, red) {
		if s := o.Side + " " + o.Actor + " " + o.Move; !slices.Contains(resolved, s) {
			t.Errorf("turn 1 resolved %q, without %s", resolved, s)
		}
	}
}

// TestResumeLeavesOtherStepsOrders: orders kept beside the log for another step than the one
// the log ends at (a server stopped between writing the log and the orders after a turn) are
// not given back, and a resume says so on the server's log; nor are those of a side a policy
// plays now.
func TestResumeLeavesOtherStepsOrders(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	g, err := NewGame(Config{Scenario: sc, Seed: 21, Save: save, Base: "http://x/"})
	if err != nil {
		t.Fatal(err)
	}
	blue, green := sc.Side("blue"), sc.Side("green")
	for _, sd := range []int{blue, green} {
		for _, c := range sim.Legal(sim.View(g.sess.State, sd))[:1] {
			c.Side = sc.Sides[sd].ID
			g.sess.Pending[sd] = []sim.Order{c}
		}
	}
	g.sess.Done[blue] = true
	if err := g.saveOrders(); err != nil {
		t.Fatal(err)
	}
	log := &lockedBuffer{}
	r, err := NewGame(Config{Scenario: sc, Save: save, Resume: true, Base: "http://x/", Log: log, Policies: map[string]string{"green": "greedy"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.sess.Pending[blue]) != 1 || !r.sess.Done[blue] || len(r.sess.Pending[green]) != 0 {
		t.Fatalf("resumed: blue %v %v, green %v; want blue's order submitted, none of green's (greedy plays it)", r.sess.Pending[blue], r.sess.Done[blue], r.sess.Pending[green])
	}
	if !strings.Contains(log.String(), "side green: a policy plays it now") {
		t.Errorf("the server's log says %q, nothing of green's orders not restored", log.String())
	}

	// The orders of step 0, and a log that ends at step 1.
	stale, _ := os.ReadFile(save + ".orders")
	resolveHere(t, r)
	if err := os.WriteFile(save+".orders", stale, 0o600); err != nil {
		t.Fatal(err)
	}
	log = &lockedBuffer{}
	r, err = NewGame(Config{Scenario: sc, Save: save, Resume: true, Base: "http://x/", Log: log})
	if err != nil {
		t.Fatal(err)
	}
	for sd := range sc.Sides {
		if len(r.sess.Pending[sd]) > 0 || r.sess.Done[sd] {
			t.Fatalf("side %s was given step 0's orders at step 1", sc.Sides[sd].ID)
		}
	}
	if !strings.Contains(log.String(), "holds the orders of step 0, and the log ends at step 1: they are not restored") {
		t.Errorf("the server's log says %q, nothing of the orders of another step", log.String())
	}
}

// TestUnsavedOrdersWarnWhiteCell: orders that cannot be saved beside the log are taken all the
// same (play goes on), and the white cell is warned that the teams' orders of the turn are not
// saved; the next draft once the file can be written saves the whole game, and the white cell
// is told it is saved again.
func TestUnsavedOrdersWarnWhiteCell(t *testing.T) {
	_, s, save, ctx, white := savedWhite(t, "../sim/testdata/markers.toml", 8)
	blue, m := seated(t, ctx, s.links["blue"])
	defer blue.Close()
	orders := firstLegal(m)
	unwritable(t, save+".orders")
	id, _ := blue.Send(ctx, Message{Type: MsgDraft, Turn: 1, Orders: orders})
	if m := until(t, ctx, blue, func(m Message) bool { return m.ID == id }); m.Type != MsgAck {
		t.Fatalf("a draft not saved: %s %s, want its ack", m.Code, m.Reason)
	}
	n := until(t, ctx, white, isNotice)
	if want := "the teams' orders of turn 1 are not saved beside it (" + save + ".orders)"; n.Code != NoticeUnsaved || !strings.Contains(n.Reason, want) {
		t.Fatalf("the white cell is told %s %q, want %s saying %q", n.Code, n.Reason, NoticeUnsaved, want)
	}
	if err := os.Remove(save + ".orders"); err != nil {
		t.Fatal(err)
	}
	blue.Send(ctx, Message{Type: MsgSubmit, Turn: 1, Orders: orders})
	if n := until(t, ctx, white, isNotice); n.Code != NoticeSaved {
		t.Fatalf("the next draft once the file can be written: notice %s %q, want %s", n.Code, n.Reason, NoticeSaved)
	}
	b, err := os.ReadFile(save + ".orders")
	if err != nil || !strings.Contains(string(b), `"submitted":true`) {
		t.Fatalf("the orders file holds %s (%v), want blue's orders submitted", b, err)
	}
}

// TestResumeKeepsTheTurnsClock: a discussion turn in its second segment, its clock paused by the
// white cell with 9 minutes left, resumes in that segment, paused, with 9 minutes left; once
// unpaused, the turn runs on from there. A resumed turn started again at its first segment, with
// its whole time running, and the white cell's pause was gone.
func TestResumeKeepsTheTurnsClock(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	sc, save, clock, a, w := inDiscuss(t, ctx)
	clock.add(6 * time.Minute)
	w.Send(ctx, Message{Type: MsgPause, Paused: true})
	until(t, ctx, w, func(m Message) bool { return isSnap(m) && m.Paused })
	w.Close()
	a.stop()

	clock.add(time.Hour) // the server was down for an hour
	b := serveGame(t, Config{Scenario: sc, Save: save, Resume: true, Now: clock.now})
	links := relinked(a.links, b.url)
	w, m := seated(t, ctx, links["white"])
	defer w.Close()
	if m.Segment == nil || m.Segment.Name != "discuss" || !m.Paused || m.Deadline != 0 || m.View.Turn != 1 {
		t.Fatalf("resumed: turn %d, segment %+v, paused %v, deadline %d; want turn 1 in discuss, paused", m.View.Turn, m.Segment, m.Paused, m.Deadline)
	}
	w.Send(ctx, Message{Type: MsgPause, Paused: false})
	m = until(t, ctx, w, func(m Message) bool { return isSnap(m) && !m.Paused })
	if want := clock.now().Add(9 * time.Minute).UnixMilli(); m.Deadline != want {
		t.Fatalf("unpaused, the segment ends at %d, want %d: the 9 minutes it had left", m.Deadline, want)
	}
}

// TestResumePausesARunningClock: a server resumed as ttx serve resumes (Config.Paused) brings
// back a turn whose clock was running when it stopped paused, with the time it had left, so
// that the time does not run while the tables join again; the white cell starts it.
func TestResumePausesARunningClock(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	sc, save, clock, a, w := inDiscuss(t, ctx)
	clock.add(5 * time.Minute)
	w.Send(ctx, Message{Type: MsgExtend, Seconds: 1}) // a change of the clock: the turn is saved
	until(t, ctx, w, func(m Message) bool {
		return isSnap(m) && m.Deadline == clock.now().Add(10*time.Minute+time.Second).UnixMilli()
	})
	w.Close()
	a.stop()

	b := serveGame(t, Config{Scenario: sc, Save: save, Resume: true, Paused: true, Now: clock.now})
	links := relinked(a.links, b.url)
	w, m := seated(t, ctx, links["white"])
	defer w.Close()
	if m.Segment == nil || m.Segment.Name != "discuss" || !m.Paused || m.Deadline != 0 {
		t.Fatalf("resumed: segment %+v, paused %v, deadline %d; want discuss, paused", m.Segment, m.Paused, m.Deadline)
	}
	clock.add(time.Hour)
	w.Send(ctx, Message{Type: MsgPause, Paused: false})
	m = until(t, ctx, w, func(m Message) bool { return isSnap(m) && !m.Paused })
	if want := clock.now().Add(10*time.Minute + time.Second).UnixMilli(); m.Deadline != want {
		t.Fatalf("started, the segment ends at %d, want %d: the time it had left", m.Deadline, want)
	}
}

// inDiscuss serves the discussion fixture saved to a file of its own on a fake clock, seats the
// white cell and skips turn 1 to its "discuss" segment, of 15 minutes, running.
func inDiscuss(t *testing.T, ctx context.Context) (*sim.Scenario, string, *fakeClock, *server, *Client) {
	t.Helper()
	sc := fixture(t, "../sim/testdata/discussion.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	clock := &fakeClock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	a := serveGame(t, Config{Scenario: sc, Seed: 1, Save: save, Now: clock.now})
	w, _ := seated(t, ctx, a.links["white"])
	w.Send(ctx, Message{Type: MsgSkip, Turn: 1})
	until(t, ctx, w, func(m Message) bool { return isSnap(m) && m.Segment != nil && m.Segment.Index == 1 })
	return sc, save, clock, a, w
}
