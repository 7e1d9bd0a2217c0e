package ui

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/sim"
)

// hotSeatFacilitator opens a window of sc saving to save, every side played by a policy, and
// takes it to the white cell's screen.
func hotSeatFacilitator(t *testing.T, save string) (*App, *rig) {
	t.Helper()
	a := NewApp(loadScenario(t, "shared_infrastructure.toml"), Options{SavePath: save})
	t.Cleanup(a.Close)
	for i := range a.Seats {
		a.Seats[i] = "random"
	}
	r := newRig(t, NewLibrary(a), 1280, 800)
	r.frames(2)
	r.click("start")
	r.click("continue")
	if err := expect(r.driver, "*ui.facilitator"); err != nil {
		t.Fatal(err)
	}
	return a, r
}

// closeButton presses the window's close button and plays the frames: the error is
// ebiten.Termination when the window closes.
func (r *rig) closeButton() error {
	r.inj.Close()
	return r.Play(2)
}

// TestWindowCloseAsks presses the window's close button with a turn not saved: on the
// playback's screen and on the white cell's it asks, saying what would be lost, and the window
// stays open; N and Esc go on with the game; "Save and quit" saves the game and closes the
// window.
func TestWindowCloseAsks(t *testing.T) {
	save := filepath.Join(t.TempDir(), "save.jsonl")
	a, r := hotSeatFacilitator(t, save)
	r.click("resolve")
	if err := expect(r.driver, "*ui.resolution"); err != nil {
		t.Fatal(err)
	}
	asked := "1 turn not saved to " + save
	if err := r.closeButton(); err != nil {
		t.Fatalf("the close button closed the window with a turn not saved: %v", err)
	}
	if !r.shows(asked) {
		t.Fatalf("the close button on the playback does not ask, saying %q: %q", asked, Texts(r.mgr.Scene()))
	}
	assertNotBlank(t, "close-asks-resolution", r.shot("close-asks-resolution"))
	r.key(ebiten.KeyN)
	if err := expect(r.driver, "*ui.resolution"); err != nil || r.shows(asked) {
		t.Fatalf("N did not go on with the playback: %v", err)
	}
	r.click("done")

	game := sim.Checksum(a.Sess.State)
	if err := r.closeButton(); err != nil || !r.shows(asked) {
		t.Fatalf("the close button on the white cell's screen: %v, question shown %v", err, r.shows(asked))
	}
	assertNotBlank(t, "close-asks", r.shot("close-asks"))
	r.key(ebiten.KeyEscape)
	if err := expect(r.driver, "*ui.facilitator"); err != nil {
		t.Fatal(err)
	}
	if !r.shows("Not quit: the game goes on at ") || sim.Checksum(a.Sess.State) != game {
		t.Fatalf("Esc on the close's question: status %q", a.Status)
	}
	if _, err := os.Stat(save); !os.IsNotExist(err) {
		t.Fatalf("the save was written before any answer to save: %v", err)
	}
	if err := r.closeButton(); err != nil {
		t.Fatal(err)
	}
	if err := r.Click("ask:save"); !errors.Is(err, ebiten.Termination) {
		t.Fatalf("Save and quit: %v, want the window closed (status %q)", err, a.Status)
	}
	if s, err := LoadSession(a.Sc, save); err != nil || sim.Checksum(s.State) != game {
		t.Fatalf("Save and quit did not save the game: %v", err)
	}
}

// TestWindowCloseWithoutSaving presses the close button over a log of another game at the save
// path: "Save and quit" (S) asks before replacing it and N leaves it and the window as they
// were; "Quit without saving" (Q) closes the window and leaves the file byte for byte.
func TestWindowCloseWithoutSaving(t *testing.T) {
	save := filepath.Join(t.TempDir(), "save.jsonl")
	theirs := []byte(`{"type":"header","format":2,"scenario":"another"}` + "\n")
	if err := os.WriteFile(save, theirs, 0o600); err != nil {
		t.Fatal(err)
	}
	_, r := hotSeatFacilitator(t, save)
	r.click("resolve")
	r.click("done")
	if err := r.closeButton(); err != nil {
		t.Fatal(err)
	}
	r.key(ebiten.KeyS)
	if !r.shows(save + " is already there") {
		t.Fatalf("Save and quit over another game's log does not ask before replacing it: %q", Texts(r.mgr.Scene()))
	}
	assertNotBlank(t, "close-save-asks", r.shot("close-save-asks"))
	r.key(ebiten.KeyN)
	if b := readFile(t, save); !bytes.Equal(b, theirs) {
		t.Fatal("N replaced the other game's log")
	}
	if err := r.closeButton(); err != nil {
		t.Fatal(err)
	}
	if err := r.Key(ebiten.KeyQ); !errors.Is(err, ebiten.Termination) {
		t.Fatalf("Quit without saving: %v, want the window closed", err)
	}
	if b := readFile(t, save); !bytes.Equal(b, theirs) {
		t.Fatal("quitting without saving replaced the other game's log")
	}
}

// TestWindowCloseSavedAtOnce: with everything saved, the close button closes the window at
// once.
func TestWindowCloseSavedAtOnce(t *testing.T) {
	save := filepath.Join(t.TempDir(), "save.jsonl")
	a, r := hotSeatFacilitator(t, save)
	r.click("resolve")
	r.click("done")
	r.key(ebiten.KeyS, ebiten.KeyControlLeft)
	if a.Status != "Saved the order log to "+save {
		t.Fatalf("Ctrl+S: status %q", a.Status)
	}
	if err := r.closeButton(); !errors.Is(err, ebiten.Termination) {
		t.Fatalf("the close button with everything saved: %v, want the window closed", err)
	}
}

// TestWindowRemoteClosesAtOnce: a team's window of a served exercise saves nothing, so its close
// button closes it at once.
func TestWindowRemoteClosesAtOnce(t *testing.T) {
	_, r, _ := teamAtTurn(t, loadScenario(t, "campaign.toml"))
	if err := r.closeButton(); !errors.Is(err, ebiten.Termination) {
		t.Fatalf("the close button of a team's window: %v, want the window closed", err)
	}
}
