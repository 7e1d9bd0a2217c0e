package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/sim"
	"ttx/ui/drive"
)

// shows reports whether a text the current screen shows holds part.
func (r *rig) shows(part string) bool {
	return slices.ContainsFunc(Texts(r.mgr.Scene()), func(s string) bool { return strings.Contains(s, part) })
}

// TestWindowQuestionModal asks the white cell's save question (Ctrl+S over a log of another
// game) and tries the rest of the screen with the mouse and the keyboard: a click on Resolve, on
// an inject to fire and into the note input does nothing, and the question stays; Tab moves only
// between the question's buttons, and Enter on Cancel cancels; a click on the question's own
// button saves.
func TestWindowQuestionModal(t *testing.T) {
	save := filepath.Join(t.TempDir(), "save.jsonl")
	theirs := []byte(`{"type":"header","format":2,"scenario":"another"}` + "\n")
	if err := os.WriteFile(save, theirs, 0o600); err != nil {
		t.Fatal(err)
	}
	a, r := hotSeatFacilitator(t, save)
	start := sim.Checksum(a.Sess.State)
	asked := save + " is already there"
	r.key(ebiten.KeyS, ebiten.KeyControlLeft)
	if !r.shows(asked) {
		t.Fatalf("Ctrl+S over another game's log shows no question: %q", Texts(r.mgr.Scene()))
	}
	still := func(after string) {
		t.Helper()
		if err := expect(r.driver, "*ui.facilitator"); err != nil {
			t.Fatalf("after %s: %v", after, err)
		}
		if sim.Checksum(a.Sess.State) != start {
			t.Fatalf("%s while the question was asked changed the game (status %q)", after, a.Status)
		}
		if !r.shows(asked) {
			t.Fatalf("%s while the question was asked dropped it (status %q)", after, a.Status)
		}
		if b, err := os.ReadFile(save); err != nil || !bytes.Equal(b, theirs) {
			t.Fatalf("%s while the question was asked replaced the file", after)
		}
	}
	r.click("resolve")
	still("a click on Resolve")
	r.clickPrefix("fire:")
	still("a click on an inject to fire")
	f := r.mgr.Scene().(*facilitator)
	r.inj.Click(drive.Centre(f.note.GetWidget().Rect))
	r.inj.Paste("typed while asked")
	r.play(2)
	still("typing into the note")
	if f := r.mgr.Scene().(*facilitator); f.note.GetText() != "" || len(a.Sess.Notes) != 0 {
		t.Fatalf("the note input took %q while the question was asked", f.note.GetText())
	}
	assertNotBlank(t, "question-modal", r.shot("question-modal"))

	for i := range 4 {
		r.key(ebiten.KeyTab)
		if got := r.mgr.Scene().(*facilitator).w.Focused(); got != "ask:yes" && got != askNo {
			t.Fatalf("Tab %d moved the focus to %q, off the question", i+1, got)
		}
	}
	r.key(ebiten.KeyEnter) // four Tabs from Cancel come back to it
	if want := "Not saved: " + save + " is left as it was"; a.Status != want {
		t.Fatalf("Enter on Cancel: status %q, want %q", a.Status, want)
	}
	r.key(ebiten.KeyS, ebiten.KeyControlLeft)
	r.click("ask:yes")
	if s, err := LoadSession(a.Sc, save); err != nil || sim.Checksum(s.State) != start {
		t.Fatalf("a click on the question's own button did not save: %v (status %q)", err, a.Status)
	}
}
