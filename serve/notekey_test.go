package serve

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ttx/session"
	"ttx/sim/record"
)

// noted sends m from c and returns the server's answer to it: its ack or its rejection.
func noted(t *testing.T, ctx context.Context, c *Client, m Message) Message {
	t.Helper()
	id, err := c.Send(ctx, m)
	if err != nil {
		t.Fatal(err)
	}
	return until(t, ctx, c, func(m Message) bool { return (m.Type == MsgAck || m.Type == MsgReject) && m.ID == id })
}

// notesLogged reads the notes of the log at path.
func notesLogged(t *testing.T, path string) []record.Entry {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l, err := record.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return l.Notes()
}

// timesNoted counts the notes of ns with text by author.
func timesNoted(ns []session.Note, author, text string) int {
	n := 0
	for _, x := range ns {
		if x.Author == author && x.Text == text {
			n++
		}
	}
	return n
}

// TestNoteKeyTakenOnce: a note sent twice with the same key (its answer lost the first time) is
// acked both times and added once, even when the seat has written all the notes it may (the one
// sent again is not one more); the log keeps it with its key. The key is the seat's: another
// seat's note with the same key is its own note, and added. A key that is no key is refused.
func TestNoteKeyTakenOnce(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	lim := DefaultLimits
	lim.Notes = 1
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	s := serveGame(t, Config{Scenario: sc, Seed: 8, Limits: lim, Save: save})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	obs, _ := seated(t, ctx, s.links["observer"])
	const key = "9f86d081884c7d65"
	note := Message{Type: MsgNote, Text: "the firm hesitated", Key: key}
	for i := range 2 {
		if m := noted(t, ctx, white, note); m.Type != MsgAck {
			t.Fatalf("the white cell's note, sent %d times: %s %s %q, want acked", i+1, m.Type, m.Code, m.Reason)
		}
	}
	if m := noted(t, ctx, obs, note); m.Type != MsgAck {
		t.Fatalf("the observers' note with the white cell's key: %s %s %q, want acked", m.Type, m.Code, m.Reason)
	}
	bad := note
	bad.Key = "a key\n"
	if m := noted(t, ctx, obs, bad); m.Type != MsgReject || m.Code != RejBadMessage || m.Reason != noteKeyWords {
		t.Errorf("a note whose key has a space and a line end: %s %s %q, want refused (%s) in %q", m.Type, m.Code, m.Reason, RejBadMessage, noteKeyWords)
	}
	white.Close()
	obs.Close()
	s.stop()
	if n := timesNoted(s.g.sess.Notes, "white", note.Text); n != 1 {
		t.Errorf("the white cell's note sent twice with one key was added %d times, want once", n)
	}
	if n := timesNoted(s.g.sess.Notes, "observer", note.Text); n != 1 {
		t.Errorf("the observers' note with the white cell's key was added %d times, want once", n)
	}
	logged := notesLogged(t, save)
	if len(logged) != 2 || logged[0].Key != key || logged[1].Key != key {
		t.Errorf("the log's notes: %+v, want the white cell's and the observers', each with key %s", logged, key)
	}
}

// TestNoteWithoutKey: a client that names no note (one written before keys were) has each note
// it sends added, the same text sent twice too, as before; the log holds no key for them.
func TestNoteWithoutKey(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	s := serveGame(t, Config{Scenario: sc, Seed: 8, Save: save})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	obs, _ := seated(t, ctx, s.links["observer"])
	for i := range 2 {
		if m := noted(t, ctx, obs, Message{Type: MsgNote, Text: "the firm hesitated"}); m.Type != MsgAck {
			t.Fatalf("note %d without a key: %s %s %q, want acked", i+1, m.Type, m.Code, m.Reason)
		}
	}
	obs.Close()
	s.stop()
	if n := timesNoted(s.g.sess.Notes, "observer", "the firm hesitated"); n != 2 {
		t.Errorf("a note without a key sent twice was added %d times, want twice", n)
	}
	b, err := os.ReadFile(save)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), `"key"`) {
		t.Errorf("the log of notes without a key holds a key:\n%s", b)
	}
}

// TestNoteKeyAfterResume: the keys of the notes taken survive a stop of the server: resumed from
// its log, it takes a note sent again with a key it took before the stop as the one it has
// (acked, not added again), and a note with a new key as a new note.
func TestNoteKeyAfterResume(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	s := serveGame(t, Config{Scenario: sc, Seed: 8, Save: save})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_, tok, _ := ParseLink(s.links["observer"])
	obs, _ := seated(t, ctx, s.links["observer"])
	note := Message{Type: MsgNote, Text: "the firm hesitated", Key: "c0ffee0123456789"}
	if m := noted(t, ctx, obs, note); m.Type != MsgAck {
		t.Fatalf("the note: %s %s %q, want acked", m.Type, m.Code, m.Reason)
	}
	obs.Close()
	s.stop()

	r := serveGame(t, Config{Scenario: sc, Save: save, Resume: true})
	obs, _ = seated(t, ctx, r.url+"/#t="+tok)
	if m := noted(t, ctx, obs, note); m.Type != MsgAck {
		t.Fatalf("the note sent again after the resume: %s %s %q, want acked", m.Type, m.Code, m.Reason)
	}
	other := note
	other.Key = "c0ffee0123456780"
	if m := noted(t, ctx, obs, other); m.Type != MsgAck {
		t.Fatalf("a note with another key after the resume: %s %s %q, want acked", m.Type, m.Code, m.Reason)
	}
	obs.Close()
	r.stop()
	if n := timesNoted(r.g.sess.Notes, "observer", note.Text); n != 2 {
		t.Errorf("the resumed server has the note %d times, want twice (once a key)", n)
	}
	var keys []string
	for _, e := range notesLogged(t, save) {
		keys = append(keys, e.Key)
	}
	if got, want := strings.Join(keys, " "), note.Key+" "+other.Key; got != want {
		t.Errorf("the log's notes have keys %q, want %q", got, want)
	}
}
