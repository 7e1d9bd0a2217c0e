package serve

import (
	"context"
	"strings"
	"testing"
	"time"

	"ttx/session"
)

// TestRemoteNoteRefused: a window's note over the network is checked as ttx note's is: tied to
// an inject that had not fired, as the seat was told, it is refused at once in the server's words
// and not sent. A note the server refuses all the same (here: too long) is told by Problem, and
// its text is given back once (RefusedNote), so that the window loses nothing typed.
func TestRemoteNoteRefused(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 1})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	white, err := JoinRemote(ctx, s.links["white"])
	if err != nil {
		t.Fatal(err)
	}
	defer white.Close()
	err = white.AddNote("too early", sc.Inject("mkredinjectid"))
	want := `"MKREDINJECTTITLE" has not fired in this game (which has reached round 1): add the note on no inject, or on one that has fired`
	if err == nil || session.NoteRefusal(err) != want {
		t.Fatalf("the white cell's note on red's inject before it fired: %v, want %q", err, want)
	}
	long := strings.Repeat("x", session.NoteMax+1)
	if err := white.AddNote(long, -1); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the long note refused", func() bool { return white.Problem() == "Note not added: a note is 1 to 2000 characters" })
	if got := white.RefusedNote(); got != long {
		t.Errorf("the refused note given back: %d characters, want its %d", len(got), len(long))
	}
	if got := white.RefusedNote(); got != "" {
		t.Errorf("the refused note given back twice: %q", got)
	}
	s.stop()
	if n := len(s.g.sess.Notes); n != 0 {
		t.Errorf("the server took %d notes, want none", n)
	}
}
