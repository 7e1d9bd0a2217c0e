package serve

import (
	"context"
	"strings"
	"testing"
	"time"

	"ttx/sim/record"
)

// TestAnswers: each table is sent the key questions put to it and answers them; an answer to a
// question not put to it is refused; its report shows its own answer and not the other
// table's, the white cell's report both side by side, and the log keeps them.
func TestAnswers(t *testing.T) {
	sc := fixture(t, "../sim/testdata/discussion.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 1})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	port, err := Join(ctx, s.links["port"])
	if err != nil {
		t.Fatal(err)
	}
	water, err := Join(ctx, s.links["water"])
	if err != nil {
		t.Fatal(err)
	}
	m := until(t, ctx, port, isSnap)
	var ids []string
	for _, q := range m.Questions {
		ids = append(ids, q.ID)
	}
	if strings.Join(ids, ",") != "lead,ransom_note#1,ransom_note#2" {
		t.Fatalf("the port was put %v", ids)
	}
	reply := func(c *Client, q, text string) Message {
		c.Send(ctx, Message{Type: MsgAnswer, Question: q, Text: text})
		return until(t, ctx, c, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject })
	}
	if r := reply(port, "lead", "The port's harbour master, with the utility's duty engineer."); r.Type != MsgAck {
		t.Fatalf("the port's answer: %s %s", r.Code, r.Reason)
	}
	until(t, ctx, water, isSnap)
	if r := reply(water, "lead", "The regional emergency office."); r.Type != MsgAck {
		t.Fatalf("the utility's answer: %s %s", r.Code, r.Reason)
	}
	if r := reply(water, "public", "Nothing yet."); r.Code != RejBadMessage {
		t.Fatalf("an answer to the port's question: %s, want %s", r.Type, RejBadMessage)
	}
	port.Send(ctx, Message{Type: MsgGetRep})
	rep := until(t, ctx, port, func(m Message) bool { return m.Type == MsgReport }).Report
	if !strings.Contains(rep, "harbour master") || strings.Contains(rep, "regional emergency office") {
		t.Fatal("the port's report does not show its own answer alone")
	}
	white, w := seated(t, ctx, s.links["white"])
	white.Send(ctx, Message{Type: MsgGetRep})
	all := until(t, ctx, white, func(m Message) bool { return m.Type == MsgReport }).Report
	if !strings.Contains(all, "harbour master") || !strings.Contains(all, "regional emergency office") {
		t.Fatal("the white cell's report lacks an answer")
	}
	for !w.View.Over {
		white.Send(ctx, Message{Type: MsgResolve, Turn: w.View.Turn})
		w = until(t, ctx, white, isSnap)
	}
	white.Send(ctx, Message{Type: MsgGetLog})
	l, err := record.Read(strings.NewReader(until(t, ctx, white, func(m Message) bool { return m.Type == MsgLog }).Log))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Answers()) != 2 {
		t.Fatalf("the log has %d answers, want 2", len(l.Answers()))
	}
	if _, d := record.Replay(sc, l); d != nil {
		t.Fatal(d)
	}
}
