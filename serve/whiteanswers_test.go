package serve

import (
	"bytes"
	"context"
	"testing"
	"time"
)

// TestAnswersToTheWhiteCell: each table's answer is sent to the white cell at once, with its
// snapshot (every table's answers, for its review), and to no other table: no frame the water
// utility is sent holds the port's answer.
func TestAnswersToTheWhiteCell(t *testing.T) {
	sc := fixture(t, "../sim/testdata/discussion.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 1})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	defer white.Close()
	water, err := Join(ctx, s.links["water"])
	if err != nil {
		t.Fatal(err)
	}
	defer water.Close()
	var frames [][]byte
	water.Raw = func(b []byte) { frames = append(frames, append([]byte(nil), b...)) }
	until(t, ctx, water, isSnap)
	port, _ := seated(t, ctx, s.links["port"])
	defer port.Close()
	const secret = "The port's harbour master leads."
	for c, text := range map[*Client]string{port: secret, water: "The regional emergency office."} {
		c.Send(ctx, Message{Type: MsgAnswer, Question: "lead", Text: text})
		if m := until(t, ctx, c, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject }); m.Type != MsgAck {
			t.Fatalf("an answer: %s %q", m.Code, m.Reason)
		}
		m := until(t, ctx, white, isSnap)
		found := false
		for _, a := range m.Answers {
			found = found || a.Text == text
		}
		if !found {
			t.Errorf("the white cell's snapshot after the answer %q holds %+v", text, m.Answers)
		}
	}
	for _, f := range frames {
		if bytes.Contains(f, []byte("harbour master")) {
			t.Fatalf("the water utility was sent the port's answer: %s", f)
		}
	}
}
