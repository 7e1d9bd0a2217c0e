package serve

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"ttx/session"
	"ttx/sim"
)

// gate holds each resolve's policies before they think, until the test lets them through: a
// search that thinks for as long as the test likes.
type gate struct {
	calls   atomic.Int32  // the resolves whose policies came to think
	entered chan int      // the turn of each, as it comes
	release chan struct{} // one thinking let through for each value sent
	once    sync.Once
	closed  chan struct{}
}

// serveGated serves cfg's game with its policies thinking behind a new gate, which lets every
// thinking through once the test ends, before the server stops (a loop that waited for its
// policies would wait for ever).
func serveGated(t *testing.T, cfg Config) (*server, *gate) {
	gt := &gate{entered: make(chan int, 16), release: make(chan struct{}), closed: make(chan struct{})}
	s := servePrepared(t, cfg, func(g *Game) { g.think = gt.think })
	t.Cleanup(gt.open)
	return s, gt
}

// think holds th before its policies think, until the test lets it through.
func (gt *gate) think(th *session.Thinking) {
	gt.calls.Add(1)
	gt.entered <- th.Turn()
	select {
	case <-gt.release:
	case <-gt.closed:
	}
	th.Think()
}

// open lets every thinking through, from now on.
func (gt *gate) open() { gt.once.Do(func() { close(gt.closed) }) }

// wait waits for the policies of a resolve of turn to come to think.
func (gt *gate) wait(t *testing.T, turn int) {
	t.Helper()
	select {
	case got := <-gt.entered:
		if got != turn {
			t.Fatalf("the policies think for turn %d, want %d", got, turn)
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("the policies of turn %d never came to think", turn)
	}
}

// let lets one thinking through.
func (gt *gate) let(t *testing.T) {
	t.Helper()
	select {
	case gt.release <- struct{}{}:
	case <-time.After(20 * time.Second):
		t.Fatal("no thinking to let through")
	}
}

// soon waits, at most five seconds, for a message of c that ok takes, while the policies think:
// a loop that waited for them would answer nothing before they are let through.
func soon(t *testing.T, c *Client, what string, ok func(Message) bool) Message {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for {
		m, err := c.Recv(ctx)
		if err != nil {
			t.Fatalf("while the policies think, %s: %v", what, err)
		}
		if ok(m) {
			return m
		}
	}
}

// inbox reads c's messages on a goroutine of its own, until ctx is done, into the channel it
// returns: a test may then wait for a while for what does not come (a read that gives up on
// its context closes the connection).
func inbox(ctx context.Context, c *Client) <-chan Message {
	ch := make(chan Message, 256)
	go func() {
		defer close(ch)
		for {
			m, err := c.Recv(ctx)
			if err != nil {
				return
			}
			ch <- m
		}
	}()
	return ch
}

// next waits for a message of ch that ok takes, within d.
func next(t *testing.T, ch <-chan Message, d time.Duration, what string, ok func(Message) bool) Message {
	t.Helper()
	timeout := time.After(d)
	for {
		select {
		case m, open := <-ch:
			if !open {
				t.Fatalf("%s: the connection closed", what)
			}
			if ok(m) {
				return m
			}
		case <-timeout:
			t.Fatalf("%s: nothing within %v", what, d)
		}
	}
}

// silent reports whether ch brings nothing that ok takes for a while.
func silent(ch <-chan Message, ok func(Message) bool) bool {
	timeout := time.After(300 * time.Millisecond)
	for {
		select {
		case m := <-ch:
			if ok(m) {
				return false
			}
		case <-timeout:
			return true
		}
	}
}

// answerTo takes the ack or rejection of message id.
func answerTo(id int) func(Message) bool {
	return func(m Message) bool { return (m.Type == MsgAck || m.Type == MsgReject) && m.ID == id }
}

// firstDiff says where two logs first differ, "" when they do not.
func firstDiff(got, want []byte) string {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := range max(len(g), len(w)) {
		var a, b []byte
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if !bytes.Equal(a, b) {
			return fmt.Sprintf("line %d is\n%s\nwant\n%s", i+1, a, b)
		}
	}
	return ""
}

// resolveHere resolves g's turn on the test's goroutine, g not running: the policies' orders are
// taken in as Run takes them.
func resolveHere(t *testing.T, g *Game) {
	t.Helper()
	if err := g.resolve(); err != nil {
		t.Fatal(err)
	}
	if g.thinking != nil {
		r := <-g.reqs
		g.thought(r.th)
	}
}

// TestPolicyThinksOffTheLoop: the policy of a side thought on the loop that serves every seat,
// so while a search chose its orders (up to 10 s a turn) no seat was answered, and no presence
// beat went out. Red's policy is held here for as long as the test likes: meanwhile the white
// cell's resolve is acknowledged and it is told that the turn waits for Red's policy; a team's
// draft is answered (refused: the turn is resolving), an observer's note, the white cell's note
// and a team's report are answered; the beat's presence comes. No team or observer is told of
// the wait. Let through, the turn resolves.
func TestPolicyThinksOffTheLoop(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	lim := DefaultLimits
	lim.Beat = 3 * time.Second // a client that reads nothing for a beat after a ping is dropped
	s, gt := serveGated(t, Config{Scenario: sc, Seed: 5, Limits: lim, Policies: map[string]string{"red": "greedy"}})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	defer white.Close()
	blue, bs := seated(t, ctx, s.links["blue"])
	defer blue.Close()
	green, gs := seated(t, ctx, s.links["green"])
	defer green.Close()
	obs, _ := seated(t, ctx, s.links["observer"])
	defer obs.Close()
	var told []string // the frames of the teams and the observers
	for _, c := range []*Client{blue, green, obs} {
		c.Raw = func(b []byte) { told = append(told, string(b)) }
	}
	if id, _ := blue.Send(ctx, Message{Type: MsgSubmit, Turn: 1, Orders: firstLegal(bs)}); until(t, ctx, blue, answerTo(id)).Type != MsgAck {
		t.Fatal("blue's orders refused")
	}

	id, _ := white.Send(ctx, Message{Type: MsgResolve, Turn: 1})
	gt.wait(t, 1)
	var ack, notice *Message
	for ack == nil || notice == nil {
		m := soon(t, white, "the white cell's resolve", func(m Message) bool { return answerTo(id)(m) || isNotice(m) })
		if isNotice(m) {
			notice = &m
		} else {
			ack = &m
		}
	}
	if ack.Type != MsgAck {
		t.Fatalf("the white cell's resolve: %s %q", ack.Code, ack.Reason)
	}
	if notice.Code != NoticeThinking || !strings.HasPrefix(notice.Reason, "turn 1 resolves once the policy of Red (greedy) has chosen its orders") {
		t.Errorf("the white cell is told %s %q, want that turn 1 waits for Red's policy", notice.Code, notice.Reason)
	}
	id, _ = green.Send(ctx, Message{Type: MsgDraft, Turn: 1, Orders: firstLegal(gs)})
	if m := soon(t, green, "green's draft", answerTo(id)); m.Type != MsgReject || m.Code != RejState || !strings.Contains(m.Reason, "the turn is resolving") {
		t.Errorf("green's draft while the turn resolves: %s %s %q, want refused, the turn resolving", m.Type, m.Code, m.Reason)
	}
	id, _ = obs.Send(ctx, Message{Type: MsgNote, Text: "the ministry hesitates"})
	if m := soon(t, obs, "the observer's note", answerTo(id)); m.Type != MsgAck {
		t.Errorf("the observer's note: %s %q", m.Code, m.Reason)
	}
	id, _ = white.Send(ctx, Message{Type: MsgNote, Text: "red takes its time"})
	if m := soon(t, white, "the white cell's note", answerTo(id)); m.Type != MsgAck {
		t.Errorf("the white cell's note: %s %q", m.Code, m.Reason)
	}
	id, _ = blue.Send(ctx, Message{Type: MsgGetRep})
	if m := soon(t, blue, "blue's report", func(m Message) bool { return m.ID == id }); m.Type != MsgReport {
		t.Errorf("blue's report: %s %s %q", m.Type, m.Code, m.Reason)
	}
	// Green has read every message before its draft's answer: nothing since sent it presence.
	soon(t, green, "the beat's presence", func(m Message) bool { return m.Type == MsgPresence })

	gt.let(t)
	if m := until(t, ctx, green, isSnap); m.View.Turn != 2 {
		t.Errorf("green's next snapshot is of turn %d, want 2", m.View.Turn)
	}
	for _, f := range told {
		if strings.Contains(f, `"code":"`+NoticeThinking+`"`) {
			t.Errorf("a team or an observer was told of the wait: %s", f)
		}
	}
}

// TestWhiteCellChangesWaitForThePolicies: while Red's search and Green's greedy choose their
// orders for turn 1, the white cell writes a note, overrides a track, undoes twice (the override,
// then the turn), resolves turn 1 again and writes another note. The first note is answered at
// once; the changes wait and are done, in order, once the turn has resolved, as when the
// policies thought on the loop (the second note, behind them, once turn 1 has resolved again): the
// orders the policies chose, for the state the resolve began from, are not mixed with the
// override. The log is byte for byte that of a session that resolved, overrode, undid twice and
// resolved on one goroutine, the search's learning included.
func TestWhiteCellChangesWaitForThePolicies(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	const seed = 17
	pols := map[string]string{"red": "search:40", "green": "greedy"}
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	s, gt := serveGated(t, Config{Scenario: sc, Seed: seed, Save: save, Policies: pols})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	defer white.Close()
	blue, bs := seated(t, ctx, s.links["blue"])
	defer blue.Close()
	drafts := firstLegal(bs)
	if id, _ := blue.Send(ctx, Message{Type: MsgDraft, Turn: 1, Orders: drafts}); until(t, ctx, blue, answerTo(id)).Type != MsgAck {
		t.Fatal("blue's draft refused")
	}

	in := inbox(ctx, white)
	first, _ := white.Send(ctx, Message{Type: MsgResolve, Turn: 1})
	gt.wait(t, 1)
	answer := func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject }
	const now = 5 * time.Second // while the policies think: a loop that waited for them would answer nothing
	next(t, in, now, "the white cell's resolve", answerTo(first))
	note, _ := white.Send(ctx, Message{Type: MsgNote, Text: "while red thinks"})
	if m := next(t, in, now, "the white cell's note", answer); m.ID != note || m.Type != MsgAck {
		t.Fatalf("while the policies think, the white cell's note: %d %s %s %q", m.ID, m.Type, m.Code, m.Reason)
	}
	ids := []int{}
	for _, m := range []Message{
		{Type: MsgOverride, Actor: "blue_state", Track: "funds", Value: 7},
		{Type: MsgUndo},
		{Type: MsgUndo},
		{Type: MsgResolve, Turn: 1},
		{Type: MsgNote, Text: "after the changes"}, // answered after them, in order
	} {
		id, _ := white.Send(ctx, m)
		ids = append(ids, id)
	}
	if !silent(in, func(m Message) bool { return answer(m) || isSnap(m) }) {
		t.Fatal("while the policies think, the white cell's changes to the game are answered or done")
	}

	gt.let(t)
	gt.wait(t, 1) // the resolve of turn 1 asked again, once the override and the turn are undone
	for _, id := range ids[:4] {
		if m := next(t, in, 20*time.Second, "the white cell's changes", answer); m.ID != id || m.Type != MsgAck {
			t.Fatalf("the white cell's message %d: %d %s %s %q", id, m.ID, m.Type, m.Code, m.Reason)
		}
	}
	gt.let(t)
	var turn2 Message
	if m := next(t, in, 20*time.Second, "the note after the changes", func(m Message) bool {
		if isSnap(m) && m.View.Turn == 2 {
			turn2 = m
		}
		return answer(m)
	}); m.ID != ids[4] || m.Type != MsgAck || turn2.Step != 1 {
		t.Fatalf("the note after the changes: %d %s %q, after turn 2 at step %d; want %d acknowledged, after turn 2 at step 1", m.ID, m.Type, m.Reason, turn2.Step, ids[4])
	}
	s.stop()
	if n := gt.calls.Load(); n != 2 {
		t.Errorf("the policies thought %d times, want 2 (turn 1, and turn 1 again after the undo)", n)
	}

	want := session.NewSession(sc, seed)
	for side, p := range pols {
		want.Reseat(sc.Side(side), session.Seat(p))
	}
	bl := sc.Side("blue")
	for _, o := range drafts {
		want.Add(bl, o)
	}
	a, tr := sc.Actor("blue_state"), sc.Track("funds")
	if _, err := want.Resolve(); err != nil {
		t.Fatal(err)
	}
	want.Override(a, tr, 7)
	if err := want.Undo(); err != nil {
		t.Fatal(err)
	}
	if err := want.Undo(); err != nil {
		t.Fatal(err)
	}
	if _, err := want.Resolve(); err != nil {
		t.Fatal(err)
	}
	want.Notes = []session.Note{{Turn: 1, Text: "while red thinks", Author: "white"}, {Turn: 2, Text: "after the changes", Author: "white"}}
	wantPath := filepath.Join(t.TempDir(), "ex.jsonl")
	if err := want.Save(wantPath); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(save)
	wantLog, _ := os.ReadFile(wantPath)
	if d := firstDiff(got, wantLog); d != "" {
		t.Errorf("the served log differs from the session's: %s", d)
	}
}

// TestResolveOnceWhileThinking: the turn resolves once, however often it is asked for while its
// policies think: every team's orders in started it, the white cell asks for it again and the
// turn's deadline passes meanwhile. The policies think once; the white cell's resolve, done once
// the turn has resolved, is refused (not the current turn), and the deadline's ticks resolve
// nothing more.
func TestResolveOnceWhileThinking(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	clock := &fakeClock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	s, gt := serveGated(t, Config{Scenario: sc, Seed: 3, Now: clock.now, TurnTime: time.Minute, Policies: map[string]string{"red": "greedy"}})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	defer white.Close()
	for _, side := range []string{"blue", "green"} {
		c, snap := seated(t, ctx, s.links[side])
		defer c.Close()
		if id, _ := c.Send(ctx, Message{Type: MsgSubmit, Turn: 1, Orders: firstLegal(snap)}); until(t, ctx, c, answerTo(id)).Type != MsgAck {
			t.Fatalf("%s's orders refused", side)
		}
	}
	gt.wait(t, 1)
	note, _ := white.Send(ctx, Message{Type: MsgNote, Text: "red thinks"})
	soon(t, white, "the white cell's note", answerTo(note))
	again, _ := white.Send(ctx, Message{Type: MsgResolve, Turn: 1})
	clock.add(2 * time.Minute)
	time.Sleep(time.Second) // four ticks of the clock, past the deadline
	if n := gt.calls.Load(); n != 1 {
		t.Fatalf("while the policies think, %d resolves of turn 1 began, want 1", n)
	}

	gt.let(t)
	if m := until(t, ctx, white, answerTo(again)); m.Type != MsgReject || m.Code != RejTurn {
		t.Errorf("the white cell's resolve of turn 1 asked while it resolved: %s %s %q, want refused, %s", m.Type, m.Code, m.Reason, RejTurn)
	}
	time.Sleep(600 * time.Millisecond)
	s.stop()
	if n := gt.calls.Load(); n != 1 {
		t.Errorf("the policies thought %d times, want once", n)
	}
	if st := s.g.State(); st.Turn != 2 || len(st.History()) != 2 {
		t.Errorf("the game is at turn %d after %d steps, want turn 2 after one", st.Turn, len(st.History())-1)
	}
}

// TestStaleOrdersChosenAgain: orders chosen for a state that is no longer the game's are not
// played. The server changes nothing while its policies think, so here the test changes it,
// between the resolve and the orders' coming back: the orders are dropped and chosen again
// from the game as it is, and the turn resolves as a session's that overrode and then resolved.
func TestStaleOrdersChosenAgain(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	g, err := NewGame(Config{Scenario: sc, Seed: 4, Base: "http://x/", Policies: map[string]string{"red": "greedy", "green": "random"}})
	if err != nil {
		t.Fatal(err)
	}
	a, tr := sc.Actor("red_group"), sc.Track("funds")
	if err := g.resolve(); err != nil || g.thinking == nil {
		t.Fatalf("resolve: %v, thinking %v", err, g.thinking)
	}
	g.sess.Override(a, tr, 0)
	g.thought((<-g.reqs).th)
	if g.thinking == nil || g.sess.State.Turn != 1 {
		t.Fatalf("stale orders: thinking %v at turn %d, want thinking again at turn 1", g.thinking, g.sess.State.Turn)
	}
	g.thought((<-g.reqs).th)

	want := session.NewSession(sc, 4)
	want.Reseat(sc.Side("red"), "greedy")
	want.Reseat(sc.Side("green"), "random")
	want.Override(a, tr, 0)
	if _, err := want.Resolve(); err != nil {
		t.Fatal(err)
	}
	var gotLog, wantLog bytes.Buffer
	g.sess.Log().Write(&gotLog)
	want.Log().Write(&wantLog)
	if d := firstDiff(gotLog.Bytes(), wantLog.Bytes()); d != "" || g.sess.State.Turn != 2 {
		t.Errorf("the turn resolved with stale orders, at turn %d: %s", g.sess.State.Turn, d)
	}
}

// TestServedPoliciesPlayAsSession: three turns of a served campaign whose Pyongyang and Moscow
// are played by a search and greedy, thinking off the loop, and Washington by a team, give the
// log, byte for byte, of a session that resolved the same turns with the same team's orders on
// one goroutine: each policy chose once a turn, from its side's view, seeded with the game's
// seed, and the search learnt from turn to turn as it does there (a search that thought twice a
// turn plays otherwise by turn 3).
func TestServedPoliciesPlayAsSession(t *testing.T) {
	sc := library(t, "campaign.toml")
	const seed, turns = 23, 3
	pols := map[string]string{"pyongyang": "search:300", "moscow": "greedy"}
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	s := serveGame(t, Config{Scenario: sc, Seed: seed, Save: save, Policies: pols})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	blue, m := seated(t, ctx, s.links["blue"])
	defer blue.Close()
	var given [][]sim.Order
	for turn := 1; turn <= turns; turn++ {
		orders := firstLegal(m)
		given = append(given, orders)
		if id, _ := blue.Send(ctx, Message{Type: MsgSubmit, Turn: turn, Orders: orders}); until(t, ctx, blue, answerTo(id)).Type != MsgAck {
			t.Fatalf("blue's orders of turn %d refused", turn)
		}
		m = until(t, ctx, blue, func(m Message) bool { return isSnap(m) && m.View.Turn == turn+1 })
	}
	s.stop()

	want := session.NewSession(sc, seed)
	for side, p := range pols {
		want.Reseat(sc.Side(side), session.Seat(p))
	}
	for _, orders := range given {
		for _, o := range orders {
			want.Add(sc.Side("blue"), o)
		}
		if _, err := want.Resolve(); err != nil {
			t.Fatal(err)
		}
	}
	wantPath := filepath.Join(t.TempDir(), "ex.jsonl")
	if err := want.Save(wantPath); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(save)
	wantLog, _ := os.ReadFile(wantPath)
	if d := firstDiff(got, wantLog); d != "" {
		t.Errorf("the served log differs from the session's: %s", d)
	}
}
