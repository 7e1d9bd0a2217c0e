package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ttx/sim"
)

// whiteCell returns an app at a hot seat whose every side a policy plays, its game started,
// and the white cell's screen, saving to path; no window is needed.
func whiteCell(t *testing.T, path string) (*App, *facilitator) {
	t.Helper()
	a := NewApp(loadScenario(t, "shared_infrastructure.toml"), Options{SavePath: path})
	t.Cleanup(a.Close)
	for i := range a.Seats {
		a.Seats[i] = "random"
	}
	a.Start(&Context{mgr: &Manager{}})
	return a, newFacilitator(a, nil)
}

// resolve plays a turn of a's game.
func resolve(t *testing.T, a *App) {
	t.Helper()
	if _, err := a.Sess.Resolve(); err != nil {
		t.Fatal(err)
	}
}

// readFile returns the bytes of path.
func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSaveAsksBeforeReplacing saves (Ctrl+S) over a log of another game: the save asks, naming
// the file; cancelling leaves the file and the game byte for byte and says so; going ahead
// writes the log (0600); the next saves of the same game do not ask, but a new game's first
// save, and a save over a file another program changed since, ask again. A save to a new file
// never asks.
func TestSaveAsksBeforeReplacing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "save.jsonl")
	other, _ := whiteCell(t, path)
	resolve(t, other)
	if err := other.Sess.Save(path); err != nil {
		t.Fatal(err)
	}
	theirs := readFile(t, path)

	a, f := whiteCell(t, path)
	resolve(t, a)
	sum := sim.Checksum(a.Sess.State)
	f.save()
	if f.asking == nil {
		t.Fatal("Ctrl+S over a log the window did not write replaced it without asking")
	}
	if !strings.Contains(f.asking.text, path) {
		t.Errorf("the question %q does not name %s", f.asking.text, path)
	}
	if !bytes.Equal(readFile(t, path), theirs) {
		t.Fatal("the file changed while the question was asked")
	}
	f.answer(askNo)
	if f.asking != nil || !bytes.Equal(readFile(t, path), theirs) || sim.Checksum(a.Sess.State) != sum {
		t.Fatal("cancelling the save changed the file or the game")
	}
	if want := "Not saved: " + path + " is left as it was"; a.Status != want {
		t.Errorf("status after cancelling = %q, want %q", a.Status, want)
	}

	f.save()
	f.answer("ask:yes")
	if s, err := LoadSession(a.Sc, path); err != nil || sim.Checksum(s.State) != sum {
		t.Fatalf("going ahead did not save the game: %v (status %q)", err, a.Status)
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("the save's mode is %v (%v), want 0600", info.Mode().Perm(), err)
	}
	resolve(t, a)
	f.save()
	if f.asking != nil {
		t.Fatalf("a second save of the same game to its own file asks: %q", f.asking.text)
	}
	if s, _ := LoadSession(a.Sc, path); s == nil || s.State.Turn != a.Sess.State.Turn {
		t.Fatal("the second save did not write the game")
	}

	// Another program rewrites the file: the window asks again.
	if err := os.WriteFile(path, theirs, 0o600); err != nil {
		t.Fatal(err)
	}
	f.save()
	if f.asking == nil || !strings.Contains(f.asking.text, "it has changed since") {
		t.Fatal("a save over a file changed since the window wrote it did not ask, saying so")
	}
	f.answer(askNo)

	// A new game in the same window asks before replacing the last game's save.
	f.save()
	f.answer("ask:yes")
	a.Start(&Context{mgr: &Manager{}})
	f = newFacilitator(a, nil)
	f.save()
	if f.asking == nil {
		t.Fatal("a new game's first save replaced the last game's save without asking")
	}
	f.answer(askNo)

	// No file: nothing to ask.
	a.opts.SavePath = filepath.Join(dir, "new.jsonl")
	f.save()
	if f.asking != nil {
		t.Fatalf("a save to a new file asks: %q", f.asking.text)
	}
	if _, err := os.Stat(a.opts.SavePath); err != nil {
		t.Fatalf("the save to a new file wrote nothing: %v (status %q)", err, a.Status)
	}
}

// TestLoadAsksBeforeDropping loads (Ctrl+L) the save over a game with turns and a note not
// saved: the load asks, saying what would be lost; cancelling keeps the game (the same session,
// state and notes) and the file byte for byte and says so; going ahead loads. With everything
// saved, or a new game with nothing done, the load goes ahead at once.
func TestLoadAsksBeforeDropping(t *testing.T) {
	path := filepath.Join(t.TempDir(), "save.jsonl")
	a, f := whiteCell(t, path)
	resolve(t, a)
	f.save()
	saved := sim.Checksum(a.Sess.State)
	f.load()
	if f.asking != nil {
		t.Fatalf("loading over a game with everything saved asks: %q", f.asking.text)
	}
	if sim.Checksum(a.Sess.State) != saved {
		t.Fatalf("the load did not load the save (status %q)", a.Status)
	}

	resolve(t, a)
	a.Sess.AddNote("a note not saved", -1)
	sess, state, file := a.Sess, a.Sess.State, readFile(t, path)
	f.load()
	if f.asking == nil {
		t.Fatal("Ctrl+L replaced a game with a turn and a note not saved without asking")
	}
	if want := "1 turn and 1 note not saved"; !strings.Contains(f.asking.text, want) {
		t.Errorf("the question %q does not say %q", f.asking.text, want)
	}
	f.answer(askNo)
	if a.Sess != sess || a.Sess.State != state || len(a.Sess.Notes) != 1 || !bytes.Equal(readFile(t, path), file) {
		t.Fatal("cancelling the load changed the game or the file")
	}
	if !strings.HasPrefix(a.Status, "Not loaded: the game goes on at ") {
		t.Errorf("status after cancelling = %q", a.Status)
	}

	f.load()
	f.answer("ask:yes")
	if a.Sess == sess || sim.Checksum(a.Sess.State) != saved || len(a.Sess.Notes) != 0 {
		t.Fatalf("going ahead did not load the save (status %q)", a.Status)
	}

	// Back to the save by undo: nothing the file lacks.
	resolve(t, a)
	if err := a.Sess.Undo(); err != nil {
		t.Fatal(err)
	}
	f.load()
	if f.asking != nil {
		t.Fatalf("loading after undoing back to the save asks: %q", f.asking.text)
	}

	// A new game with nothing done has nothing to lose.
	a.Start(&Context{mgr: &Manager{}})
	f = newFacilitator(a, nil)
	f.load()
	if f.asking != nil || sim.Checksum(a.Sess.State) != saved {
		t.Fatalf("loading over a new game asks or fails: status %q", a.Status)
	}
}

// TestUnsavedSays checks the words for what a load would lose.
func TestUnsavedSays(t *testing.T) {
	for _, c := range []struct {
		u    unsaved
		want string
	}{
		{unsaved{}, "nothing"},
		{unsaved{turns: 1}, "1 turn"},
		{unsaved{turns: 2, notes: 3}, "2 turns and 3 notes"},
		{unsaved{turns: 1, injects: 2, overrides: 1, notes: 1, answers: 2}, "1 turn, 2 injects fired, 1 override, 1 note and 2 answers"},
	} {
		if got := c.u.String(); got != c.want {
			t.Errorf("%+v.String() = %q, want %q", c.u, got, c.want)
		}
	}
}
