package serve

import (
	"context"
	"testing"
	"time"
)

// TestNotesPerSeat: a seat may write Limits.Notes notes in a game, no more (each rewrites the
// log, and the observers share one seat); another seat's notes are its own to count.
func TestNotesPerSeat(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	lim := DefaultLimits
	lim.Notes = 3
	s := serveGame(t, Config{Scenario: sc, Seed: 8, Limits: lim})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	note := func(c *Client) Message {
		t.Helper()
		id, err := c.Send(ctx, Message{Type: MsgNote, Text: "the firm hesitated"})
		if err != nil {
			t.Fatal(err)
		}
		return until(t, ctx, c, func(m Message) bool { return (m.Type == MsgAck || m.Type == MsgReject) && m.ID == id })
	}
	obs, _ := seated(t, ctx, s.links["observer"])
	defer obs.Close()
	for i := range lim.Notes {
		if m := note(obs); m.Type != MsgAck {
			t.Fatalf("note %d: %s %s", i+1, m.Code, m.Reason)
		}
	}
	if m := note(obs); m.Type != MsgReject || m.Code != RejRate {
		t.Fatalf("note %d: %s %s %q, want refused", lim.Notes+1, m.Type, m.Code, m.Reason)
	}
	white, _ := seated(t, ctx, s.links["white"])
	defer white.Close()
	if m := note(white); m.Type != MsgAck {
		t.Fatalf("the white cell's first note: %s %s", m.Code, m.Reason)
	}
}
