package serve

import (
	"context"
	"slices"
	"strconv"
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
	note := func(text string) Message { return answered(t, ctx, white, Message{Type: MsgNote, Text: text}) }
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

// TestNoteActionAndTagsAsTtxNote: a served seat's note is held to ttx note's limits of its action
// and tags, in its words: an action of 1,000 characters and 10 tags are taken and logged, one
// more character or one more tag is refused with bad-message, "a note's action is at most 1000
// characters" or "a note has at most 10 tags". ttx note took any, and the server refused both
// in one sentence of its own.
func TestNoteActionAndTagsAsTtxNote(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 8})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	defer white.Close()
	note := func(action string, tags []string) Message {
		return answered(t, ctx, white, Message{Type: MsgNote, Text: "a note", Action: action, Tags: tags})
	}
	action, tags := strings.Repeat("é", 1000), make([]string, 10)
	for i := range tags {
		tags[i] = "capability " + strconv.Itoa(i)
	}
	if m := note(action, tags); m.Type != MsgAck {
		t.Fatalf("a note with an action of 1000 characters and 10 tags: %s %s %q, want its ack", m.Type, m.Code, m.Reason)
	}
	for _, c := range []struct {
		action string
		tags   []string
		want   string
	}{
		{action + "x", tags, "a note's action is at most 1000 characters"},
		{action, append(slices.Clip(tags), "one more"), "a note has at most 10 tags"},
	} {
		if m := note(c.action, c.tags); m.Type != MsgReject || m.Code != RejBadMessage || m.Reason != c.want {
			t.Errorf("a note with an action of %d characters and %d tags: %s %s %q, want %s %q",
				len([]rune(c.action)), len(c.tags), m.Type, m.Code, m.Reason, RejBadMessage, c.want)
		}
	}
	s.stop()
	if n := s.g.sess.Notes; len(n) != 1 || n[0].Action != action || len(n[0].Tags) != 10 {
		t.Errorf("the server took %d notes, want the one at the limits", len(n))
	}
}

// answered sends m on c and returns the server's answer to it: its ack or its rejection.
func answered(t *testing.T, ctx context.Context, c *Client, m Message) Message {
	t.Helper()
	id, err := c.Send(ctx, m)
	if err != nil {
		t.Fatal(err)
	}
	return until(t, ctx, c, func(m Message) bool { return (m.Type == MsgAck || m.Type == MsgReject) && m.ID == id })
}
