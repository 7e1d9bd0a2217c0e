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
	white := joinedRemote(t, s.links["white"])
	err := white.AddNote("too early", sc.Inject("mkredinjectid"))
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

// TestRemoteTeamObserverNote: the observers of blue's view tie a note to blue's inject once it
// has fired, as the server takes it; Remote sends it. Remote refused it at once, "the scenario
// has no such inject": the seat's copy of the scenario did not say that the inject was told to
// blue. Red's inject, fired too, is still refused at once in the same words.
func TestRemoteTeamObserverNote(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 1})
	white, obs := joinedRemote(t, s.links["white"]), joinedRemote(t, s.links["observer-blue"])
	blueIn, redIn := sc.Inject("mkblueinjectid"), sc.Inject("mkredinjectid")
	white.Fire(blueIn)
	white.Fire(redIn)
	waitFor(t, "blue's inject to fire in its observers' view", func() bool { return obs.View(0).Fired[blueIn] != 0 })
	waitFor(t, "red's inject to fire", func() bool { return white.View(0).Fired[redIn] != 0 })
	if err := obs.AddNote("on red's", redIn); err == nil || session.NoteRefusal(err) != "the scenario has no such inject" {
		t.Errorf("blue's observers' note on red's inject: %v, want the scenario has no such inject", err)
	}
	if err := obs.AddNote("on blue's", blueIn); err != nil {
		t.Fatalf("blue's observers' note on blue's inject, fired: %v", err)
	}
	waitFor(t, "the server to take the note", func() bool { return len(obs.NoteList()) == 1 || obs.Problem() != "" })
	s.stop()
	if n := s.g.sess.Notes; len(n) != 1 || n[0].Inject != "mkblueinjectid" {
		t.Errorf("the server took %+v, want the note on blue's inject", n)
	}
}

// joinedRemote joins the seat of link, waiting up to thirty seconds, and closes it when the test
// ends.
func joinedRemote(t *testing.T, link string) *Remote {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := JoinRemote(ctx, link)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.Close)
	return r
}
