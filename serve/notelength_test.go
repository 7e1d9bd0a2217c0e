package serve

import (
	"context"
	"strings"
	"testing"
	"time"

	"ttx/session"
)

// TestNoteLengthAsTtxNote: a served seat's note is held to ttx note's limit, in its words: one of
// 2,000 characters is taken and logged, one more (or none) is refused with bad-message, "a note
// is 1 to 2000 characters". The server refused a note past 1,000 (the rationale's limit), so a
// white cell lost at the table what ttx note would have taken.
func TestNoteLengthAsTtxNote(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 8})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	defer white.Close()
	note := func(text string) Message {
		t.Helper()
		id, err := white.Send(ctx, Message{Type: MsgNote, Text: text})
		if err != nil {
			t.Fatal(err)
		}
		return until(t, ctx, white, func(m Message) bool { return (m.Type == MsgAck || m.Type == MsgReject) && m.ID == id })
	}
	full := strings.Repeat("é", 2000)
	if m := note(full); m.Type != MsgAck {
		t.Fatalf("a note of 2000 characters: %s %s %q, want its ack", m.Type, m.Code, m.Reason)
	}
	for _, text := range []string{full + "x", ""} {
		m := note(text)
		if want := "a note is 1 to 2000 characters"; m.Type != MsgReject || m.Code != RejBadMessage || m.Reason != want {
			t.Errorf("a note of %d characters: %s %s %q, want %s %q", len([]rune(text)), m.Type, m.Code, m.Reason, RejBadMessage, want)
		}
	}
	s.stop()
	if n := s.g.sess.Notes; len(n) != 1 || n[0].Text != full {
		t.Errorf("the server took %d notes, want the one of 2000 characters", len(n))
	}
	if session.NoteMax != 2000 {
		t.Errorf("session.NoteMax = %d, want 2000", session.NoteMax)
	}
}
