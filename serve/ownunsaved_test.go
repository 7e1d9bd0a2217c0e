package serve

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// quiet asks c for something the server acknowledges (a draft of no orders for a team, the
// seat's report for an observer) and returns the notices c was sent before the answer: the
// server answers a seat's messages in order, so any notice that an earlier message of another
// seat brought it has come by then.
func quiet(t *testing.T, ctx context.Context, c *Client, team bool) []Message {
	t.Helper()
	m := Message{Type: MsgGetRep}
	if team {
		m = Message{Type: MsgDraft, Turn: 1}
	}
	id, err := c.Send(ctx, m)
	if err != nil {
		t.Fatal(err)
	}
	var notices []Message
	until(t, ctx, c, func(m Message) bool {
		if isNotice(m) {
			notices = append(notices, m)
		}
		return m.ID == id
	})
	return notices
}

// TestUnsavedToldToItsWriter: a team's answer or an observer's note whose save failed was
// acknowledged, and only the white cell was told that it was not in the log: the seat that
// wrote it believed it kept. The seat is now told (notice unsaved) that its own answer or note
// is not saved yet and will be once the server can save again, with no file, no reason and
// nothing of another seat; a team that joins meanwhile is told again; every other team and
// observer is told nothing; and once a save succeeds (or a team puts its answer back as the
// log holds it) each seat told is told that its own is saved (notice saved).
func TestUnsavedToldToItsWriter(t *testing.T) {
	_, s, save, ctx, white := savedWhite(t, "../sim/testdata/discussion.toml", 1)
	port, _ := seated(t, ctx, s.links["port"])
	defer port.Close()
	water, _ := seated(t, ctx, s.links["water"])
	defer water.Close()
	obs, _ := seated(t, ctx, s.links["observer"])
	defer obs.Close()
	obsPort, _ := seated(t, ctx, s.links["observer-port"])
	defer obsPort.Close()
	unwritable(t, save)

	// own checks a seat's notice of its own: its code, what it says, and nothing else.
	own := func(who string, m Message, code, want string) {
		t.Helper()
		b, _ := json.Marshal(m)
		if m.Code != code || !strings.Contains(m.Reason, want) {
			t.Errorf("%s: notice %s %q, want %s saying %q", who, m.Code, m.Reason, code, want)
		}
		for _, bad := range []string{save, filepath.Dir(save), "ex.jsonl", "directory", "file exists", "water", "observer", "step", "white"} {
			if strings.Contains(string(b), bad) {
				t.Errorf("%s: the notice %s tells %q", who, b, bad)
			}
		}
		if m.File != "" || len(m.Steps) > 0 {
			t.Errorf("%s: the notice names the file %q and steps %v", who, m.File, m.Steps)
		}
	}
	// told returns the one notice c is sent before the server answers its next message.
	told := func(who string, c *Client, team bool) Message {
		t.Helper()
		n := quiet(t, ctx, c, team)
		if len(n) != 1 {
			t.Fatalf("%s is told %d notices, want one: %+v", who, len(n), n)
		}
		return n[0]
	}
	nothing := func(who string, c *Client, team bool) {
		t.Helper()
		if n := quiet(t, ctx, c, team); len(n) > 0 {
			t.Errorf("%s is told %s %q, want nothing", who, n[0].Code, n[0].Reason)
		}
	}
	answer := func(q, text string) Message {
		t.Helper()
		id, _ := port.Send(ctx, Message{Type: MsgAnswer, Question: q, Text: text})
		if m := until(t, ctx, port, func(m Message) bool { return m.ID == id }); m.Type != MsgAck {
			t.Fatalf("the port's answer: %s %s %q, want taken", m.Type, m.Code, m.Reason)
		}
		return told("the port", port, true)
	}

	own("the port's answer", answer("lead", "The harbour master."),
		NoticeUnsaved, "your answer is not saved yet: the server cannot save the game just now. It is kept, and will be saved once the server can save again")
	own("the port's answer changed", answer("lead", "The harbour master, with the utility."), NoticeUnsaved, "your answer is not saved yet")
	own("the port's second answer", answer("ransom_note#1", "The utility."), NoticeUnsaved, "your 2 answers are not saved yet")
	if m := until(t, ctx, white, isNotice); m.Code != NoticeUnsaved || m.File != save {
		t.Errorf("the white cell: notice %s, file %q; want %s, %q", m.Code, m.File, NoticeUnsaved, save)
	}

	id, _ := obs.Send(ctx, Message{Type: MsgNote, Text: "the port asked the city first"})
	if m := until(t, ctx, obs, func(m Message) bool { return m.ID == id }); m.Type != MsgAck {
		t.Fatalf("the observer's note: %s %s %q, want taken", m.Type, m.Code, m.Reason)
	}
	own("the observer's note", told("the observer", obs, false), NoticeUnsaved, "your note is not saved yet")

	// Nobody else is told: not the other team, not the port's observers, not the port of the
	// observer's note.
	nothing("the water utility", water, true)
	nothing("the port's observers", obsPort, false)
	nothing("the port after the observer's note", port, true)

	// The port, joining again, is told again; the water utility, joining, is told nothing.
	port2, _ := seated(t, ctx, s.links["port"])
	defer port2.Close()
	own("the port joining again", told("the port joining again", port2, true), NoticeUnsaved, "your 2 answers are not saved yet")
	water2, _ := seated(t, ctx, s.links["water"])
	defer water2.Close()
	nothing("the water utility joining", water2, true)

	// A save that succeeds: each seat told is told its own is saved, and no other is told.
	if err := os.Remove(save); err != nil {
		t.Fatal(err)
	}
	id, _ = white.Send(ctx, Message{Type: MsgNote, Text: "saved at last"})
	until(t, ctx, white, func(m Message) bool { return m.ID == id })
	own("the port, saved", told("the port, saved", port2, true), NoticeSaved, "your 2 answers are saved now")
	own("the observer, saved", told("the observer, saved", obs, false), NoticeSaved, "your note is saved now")
	nothing("the water utility, saved", water2, true)
	nothing("the port's observers, saved", obsPort, false)
	nothing("the port, saved and told", port2, true)

	// An answer put back as the log holds it is saved, and the team told so.
	unwritable(t, save)
	port = port2
	own("the port's answer changed again", answer("lead", "The city."), NoticeUnsaved, "your answer is not saved yet")
	own("the port's answer put back", answer("lead", "The harbour master, with the utility."), NoticeSaved, "your answer is saved now")
}
