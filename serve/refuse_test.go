package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"ttx/sim"
)

// TestRefusals sends a team's hostile or mistaken messages; each gets its typed rejection and
// changes nothing: the white cell's view stays at the start and blue's drafts stay as they were.
func TestRefusals(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 8})
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
	start := until(t, ctx, blue, isSnap)
	mine := firstLegal(start)[0]
	long := strings.Repeat("x", 1001)
	many := make([]sim.Order, 65)
	for i := range many {
		many[i] = mine
	}
	cases := []struct {
		name string
		raw  string
		msg  Message
		code string
	}{
		{name: "another side's actor", msg: Message{Type: MsgDraft, Turn: 1, Orders: []sim.Order{{Actor: "red_group", Move: "mkredsecretmove"}}}, code: RejOrder},
		{name: "an order for another side", msg: Message{Type: MsgDraft, Turn: 1, Orders: []sim.Order{{Side: "red", Actor: mine.Actor, Move: mine.Move}}}, code: RejOrder},
		{name: "an illegal target", msg: Message{Type: MsgDraft, Turn: 1, Orders: []sim.Order{{Actor: "blue_state", Move: "investigate", Target: "incident_9"}}}, code: RejOrder},
		{name: "a parameter on a move that takes none", msg: Message{Type: MsgDraft, Turn: 1, Orders: []sim.Order{{Actor: mine.Actor, Move: mine.Move, Target: mine.Target, Arg: mine.Arg, Param: 3}}}, code: RejOrder},
		{name: "a stale turn", msg: Message{Type: MsgDraft, Turn: 5, Orders: []sim.Order{mine}}, code: RejTurn},
		{name: "a long rationale", msg: Message{Type: MsgDraft, Turn: 1, Orders: []sim.Order{{Actor: mine.Actor, Move: mine.Move, Target: mine.Target, Arg: mine.Arg, Rationale: long}}}, code: RejOrder},
		{name: "too many orders", msg: Message{Type: MsgDraft, Turn: 1, Orders: many}, code: RejOrder},
		{name: "a duplicate order", msg: Message{Type: MsgDraft, Turn: 1, Orders: []sim.Order{mine, mine}}, code: RejOrder},
		{name: "the white cell's resolve", msg: Message{Type: MsgResolve, Turn: 1}, code: RejRole},
		{name: "the white cell's override", msg: Message{Type: MsgOverride, Actor: "red_group", Track: "funds", Value: 0}, code: RejRole},
		{name: "a note", msg: Message{Type: MsgNote, Text: "hello"}, code: RejRole},
		{name: "the log", msg: Message{Type: MsgGetLog}, code: RejRole},
		{name: "a second hello", msg: Message{Type: MsgHello, V: 1, Token: tok}, code: RejBadMessage},
		{name: "an unknown type", msg: Message{Type: "cheat"}, code: RejBadMessage},
		{name: "an unknown field", raw: `{"type":"draft","turn":1,"seed":1}`, code: RejBadMessage},
		{name: "not JSON", raw: `{"type":`, code: RejBadMessage},
		{name: "two objects", raw: `{"type":"draft"}{"type":"draft"}`, code: RejBadMessage},
	}
	_, w0 := seated(t, ctx, s.links["white"]) // the white cell stays joined
	for _, tc := range cases {
		if tc.raw != "" {
			blue.SendRaw(ctx, []byte(tc.raw))
		} else {
			blue.Send(ctx, tc.msg)
		}
		m := until(t, ctx, blue, func(m Message) bool { return m.Type == MsgReject || m.Type == MsgAck })
		if m.Type != MsgReject || m.Code != tc.code {
			t.Errorf("%s: got %s %s (%s), want rejection %s", tc.name, m.Type, m.Code, m.Reason, tc.code)
		}
	}
	// Nothing changed: blue's drafts are none, the white cell's view is the start.
	blue.Send(ctx, Message{Type: MsgGetRep})
	if m := until(t, ctx, blue, func(m Message) bool { return m.Type == MsgReport || m.Type == MsgReject }); m.Type != MsgReport || !strings.Contains(m.Report, "Blue") {
		t.Fatalf("blue's report: %s %s %s", m.Type, m.Code, m.Reason)
	}
	again, err := Dial(ctx, wsURL, tok)
	if err != nil {
		t.Fatal(err)
	}
	m := until(t, ctx, again, isSnap)
	if len(m.Drafts) != 0 || m.Step != 0 {
		t.Fatalf("after the refusals blue has drafts %v at step %d", m.Drafts, m.Step)
	}
	white2, err := Join(ctx, s.links["white"]) // a fresh look at the white cell's view
	if err != nil {
		t.Fatal(err)
	}
	w1 := until(t, ctx, white2, isSnap)
	a, _ := json.Marshal(w0.View)
	b, _ := json.Marshal(w1.View)
	if !bytes.Equal(a, b) {
		t.Fatal("the white cell's view changed")
	}

	// A wrong token, a wrong version, a message before hello.
	bad, err := Dial(ctx, wsURL, strings.Repeat("0", 32))
	if err != nil {
		t.Fatal(err)
	}
	if m := until(t, ctx, bad, func(Message) bool { return true }); m.Code != RejToken {
		t.Errorf("a wrong token: %s %s", m.Type, m.Code)
	}
	old, err := Dial(ctx, wsURL, tok)
	if err == nil {
		old.Send(ctx, Message{Type: MsgHello, V: 2, Token: tok}) // ignored: already joined
	}
}

// TestOversizedAndFlooding: a frame over 512 KiB closes the connection; a flood gets rate
// rejections, and the flooding connection is dropped.
func TestOversizedAndFlooding(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 8})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, _ := seated(t, ctx, s.links["red"])
	c.SendRaw(ctx, []byte(`{"type":"note","text":"`+strings.Repeat("y", 520<<10)+`"}`))
	rctx, rcancel := context.WithTimeout(ctx, 5*time.Second)
	defer rcancel()
	for {
		if _, err := c.Recv(rctx); err != nil {
			break // closed
		}
	}
	if rctx.Err() != nil {
		t.Fatal("an oversized frame did not close the connection")
	}

	f, _ := seated(t, ctx, s.links["green"])
	rate := 0
	go func() {
		// Flood for up to five seconds, or until dropped.
		for t0 := time.Now(); time.Since(t0) < 5*time.Second; {
			if f.SendRaw(ctx, []byte(`{"type":"draft","turn":1}`)) != nil {
				return
			}
		}
	}()
	fctx, fcancel := context.WithTimeout(ctx, 10*time.Second)
	defer fcancel()
	for {
		m, err := f.Recv(fctx)
		if err != nil {
			break
		}
		if m.Code == RejRate {
			rate++
		}
	}
	if rate == 0 {
		t.Fatal("a flood got no rate rejection")
	}
	if fctx.Err() != nil {
		t.Fatal("the flooding connection was not dropped")
	}
}

// TestLongOrdersFit: a team's draft of many orders, each with a rationale of the 1,000
// characters allowed, in a script of three bytes a character (Korean), is taken: it is 105 KB
// on the wire. The server closed the connection at 64 KiB, so that a team could not draft past
// its twenty-first such order: each draft, carrying them all, dropped its connection, and its
// window joined again to find the order gone.
func TestLongOrdersFit(t *testing.T) {
	sc := library(t, "campaign.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 4})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, m := seated(t, ctx, s.links[sc.Sides[0].ID])
	defer c.Close()
	var orders []sim.Order
	seen := map[[2]string]bool{}
	for _, l := range m.Legal {
		if k := [2]string{l.Actor, l.Move}; !seen[k] {
			seen[k] = true
			o := l.Order
			o.Rationale = strings.Repeat("한", DefaultLimits.Rationale)
			orders = append(orders, o)
		}
	}
	if len(orders) < 30 {
		t.Fatalf("the campaign's first side has %d orders to give, want 30 or more", len(orders))
	}
	id, err := c.Send(ctx, Message{Type: MsgDraft, Turn: 1, Orders: orders})
	if err != nil {
		t.Fatal(err)
	}
	m, err = c.Recv(ctx)
	for err == nil && m.ID != id {
		m, err = c.Recv(ctx)
	}
	if err != nil || m.Type != MsgAck {
		t.Fatalf("a draft of %d orders with rationales of 1,000 characters: %s %s %v, want its ack", len(orders), m.Type, m.Reason, err)
	}
}

// FuzzTeamMessage feeds arbitrary frames to a team's seat: none may change the state, another
// side's drafts, or panic.
func FuzzTeamMessage(f *testing.F) {
	for _, s := range []string{
		`{"type":"draft","turn":1,"orders":[{"actor":"red_group","move":"mkredsecretmove"}]}`,
		`{"type":"submit","turn":1,"orders":[{"actor":"blue_state","move":"harden"}]}`,
		`{"type":"override","actor":"red_group","track":"funds","value":99}`,
		`{"type":"resolve","turn":1}`, `{"type":"fire","inject":"mkredinjectid"}`,
		`{"type":"get_report"}`, `{"type":"seat","side":"red","policy":"greedy"}`,
	} {
		f.Add([]byte(s))
	}
	sc := fixture(f, "../sim/testdata/markers.toml")
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := NewGame(Config{Scenario: sc, Seed: 3, Base: "http://x/"})
		if err != nil {
			t.Fatal(err)
		}
		_, tok, _ := ParseLink(g.Links()["blue"])
		c := newConn(nil, 1<<20)
		g.handle(c, Message{Type: MsgHello, V: Version, Token: tok})
		before := g.sess.State
		var m Message
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if dec.Decode(&m) != nil {
			return // the reader refuses it before the game sees it
		}
		g.handle(c, m)
		if g.sess.State != before {
			t.Fatalf("a team's message %q changed the state", data)
		}
		for sd := range sc.Sides {
			if sc.Sides[sd].ID != "blue" && (len(g.sess.Pending[sd]) > 0 || g.sess.Done[sd]) {
				t.Fatalf("a team's message %q changed side %s's orders", data, sc.Sides[sd].ID)
			}
		}
	})
}

// TestBadFrameSaysWhy: a frame that is not a message of the protocol is refused with words that
// say what is wrong with it (the field the protocol lacks, by name; the JSON's error; a binary
// frame; two objects), so that whoever writes a client can mend it. Each read only "not a
// message of the protocol".
func TestBadFrameSaysWhy(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 8})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, _ := seated(t, ctx, s.links["blue"])
	defer c.Close()
	for _, tc := range []struct {
		frame  string
		binary bool
		want   string
	}{
		{frame: `{"type":"draft","turn":1,"seed":1}`, want: `unknown field "seed"`},
		{frame: `{"type":"draft","turn":"1"}`, want: "cannot unmarshal string into Go struct field Message.turn of type int"},
		{frame: `{"type":`, want: "unexpected EOF"},
		{frame: `{"type":"draft"}{"type":"draft"}`, want: "more than one JSON object in a frame"},
		{frame: `{"type":"draft","turn":1}`, binary: true, want: "a binary frame"},
	} {
		var err error
		if tc.binary {
			err = c.ws.Write(ctx, websocket.MessageBinary, []byte(tc.frame))
		} else {
			err = c.SendRaw(ctx, []byte(tc.frame))
		}
		if err != nil {
			t.Fatal(err)
		}
		m := until(t, ctx, c, func(m Message) bool { return m.Type == MsgReject || m.Type == MsgAck })
		if m.Code != RejBadMessage || !strings.Contains(m.Reason, tc.want) {
			t.Errorf("frame %s: %s %s %q, want %s saying %q", tc.frame, m.Type, m.Code, m.Reason, RejBadMessage, tc.want)
		}
	}
}
