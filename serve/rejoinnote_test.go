package serve

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// settled reports under r's lock whether r is connected with nothing sent and unanswered, nor
// waiting to be sent.
func settled(r *Remote) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.online && len(r.sent) == 0 && r.queued == 0
}

// fileHas reports whether the file at path holds s (a save is written whole and renamed into
// place, so it is read whole).
func fileHas(path, s string) bool {
	b, err := os.ReadFile(path)
	return err == nil && strings.Contains(string(b), s)
}

// TestRemoteRejoinSendsNoteAgain: an observer's window whose note was on its way when the link
// died joins again and sends the note again, with the key it was named by when written: a note
// the server took (only its answer was lost) is not added again, one lost on the way is added,
// and one written while the link was down is kept and sent once joined. Each is in the log
// once, and in the window's list of notes once. The window told them as not confirmed (the
// first two), or not sent (the third), and the writer had to see and write them again.
func TestRemoteRejoinSendsNoteAgain(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	s := serveGame(t, Config{Scenario: sc, Seed: 8, Save: save})
	net, link := relay(t, s, s.links["observer"])
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	r, err := JoinRemote(ctx, link)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	listed := func(text string) int {
		n := 0
		for _, x := range r.NoteList() {
			if x.Text == text {
				n++
			}
		}
		return n
	}
	joinedAgain := func(text string) {
		t.Helper()
		waitFor(t, "the window joined again, every message answered", func() bool { return settled(r) })
		if n := listed(text); n != 1 {
			t.Errorf("the window lists %q %d times, want once", text, n)
		}
		if p := r.Problem(); strings.Contains(p, "Not confirmed") || strings.Contains(p, "Not sent") {
			t.Errorf("the window says %q of the note %q", p, text)
		}
	}

	// Taken by the server, its answer lost.
	const taken = "taken, its answer lost"
	net.deafen()
	if err := r.AddNote(taken, -1); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the note in the log", func() bool { return fileHas(save, taken) })
	net.cut()
	joinedAgain(taken)

	// Lost on the way.
	const lost = "lost on the way"
	net.drop()
	if err := r.AddNote(lost, -1); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	if fileHas(save, lost) {
		t.Fatal("the note lost on the way reached the server")
	}
	net.cut()
	joinedAgain(lost)

	// Written while the link is down.
	const offline = "written offline"
	net.cut()
	waitFor(t, "the window told its connection is lost", func() bool { return !r.Online() })
	if err := r.AddNote(offline, -1); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the window told its note is kept", func() bool { return strings.Contains(r.Problem(), "your note is kept here, and sent") })
	joinedAgain(offline)

	r.Close()
	s.stop()
	for _, text := range []string{taken, lost, offline} {
		if n := timesNoted(s.g.sess.Notes, "observer", text); n != 1 {
			t.Errorf("the server has the note %q %d times, want once", text, n)
		}
		n := 0
		for _, e := range notesLogged(t, save) {
			if e.Note == text && len(e.Key) == 16 {
				n++
			}
		}
		if n != 1 {
			t.Errorf("the log holds the note %q with a key of 16 digits %d times, want once", text, n)
		}
	}
}
