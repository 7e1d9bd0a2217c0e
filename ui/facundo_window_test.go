package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/sim"
)

// TestWindowUndoAsks drives Ctrl+Z on the white cell's screen with a turn not saved: it asks,
// naming the turn and the save, with the focus on Cancel, and other keys wait; Esc and N leave
// the game byte for byte and say so; U undoes. With the turn saved (Ctrl+S) Ctrl+Z undoes at
// once. A click on "Save and undo" saves the turn, then undoes it.
func TestWindowUndoAsks(t *testing.T) {
	save := filepath.Join(t.TempDir(), "save.jsonl")
	a, r := hotSeatFacilitator(t, save)
	r.click("resolve")
	r.click("done")
	asked := "Undo the resolution of " + a.Sc.TurnLabel + " 1? It is not saved to " + save
	state := a.Sess.State
	log, turn := gameBytes(t, a.Sess)
	same := func(after string) {
		t.Helper()
		if err := expect(r.driver, "*ui.facilitator"); err != nil {
			t.Fatalf("after %s: %v", after, err)
		}
		if l, tn := gameBytes(t, a.Sess); a.Sess.State != state || !bytes.Equal(l, log) || tn != turn {
			t.Fatalf("%s changed the game (status %q)", after, a.Status)
		}
	}

	r.key(ebiten.KeyZ, ebiten.KeyControlLeft)
	if !r.shows(asked) {
		t.Fatalf("Ctrl+Z with a turn not saved does not ask, saying %q: %q", asked, Texts(r.mgr.Scene()))
	}
	if f := r.mgr.Scene().(*facilitator); f.w.Focused() != askNo {
		t.Errorf("the focus is on %q while asking, want the cancel button", f.w.Focused())
	}
	assertNotBlank(t, "undo-asks", r.shot("undo-asks"))
	r.key(ebiten.KeyR) // resolve, but the question waits for its answer
	same("R while the undo's question was asked")
	r.key(ebiten.KeyEscape)
	same("Esc on the undo's question")
	if want := "Not undone: the game goes on at " + a.TurnLabel() + ", with 1 turn not saved"; !r.shows(want) {
		t.Errorf("status after Esc = %q, want %q shown", a.Status, want)
	}
	r.key(ebiten.KeyZ, ebiten.KeyControlLeft)
	r.key(ebiten.KeyN)
	same("N on the undo's question")
	if _, err := os.Stat(save); !os.IsNotExist(err) {
		t.Fatalf("cancelling the undo wrote the save: %v", err)
	}

	r.key(ebiten.KeyZ, ebiten.KeyControlLeft)
	r.key(ebiten.KeyU)
	if a.Sess.State != state.Prev || r.shows("Undo the resolution") {
		t.Fatalf("U on the undo's question did not undo the turn (status %q)", a.Status)
	}

	r.click("resolve")
	r.click("done")
	r.key(ebiten.KeyS, ebiten.KeyControlLeft)
	r.key(ebiten.KeyZ, ebiten.KeyControlLeft)
	if r.shows("Undo the resolution") || a.Sess.State.Turn != 1 {
		t.Fatalf("Ctrl+Z of a turn saved asks or does not undo: turn %d, status %q", a.Sess.State.Turn, a.Status)
	}

	r.click("resolve")
	r.click("done")
	state = a.Sess.State
	r.key(ebiten.KeyZ, ebiten.KeyControlLeft)
	r.click("ask:save")
	if s, err := LoadSession(a.Sc, save); err != nil || sim.Checksum(s.State) != sim.Checksum(state) {
		t.Fatalf("Save and undo did not save the turn: %v (status %q)", err, a.Status)
	}
	if a.Sess.State != state.Prev || !strings.HasPrefix(a.Status, "Undid the last step") {
		t.Fatalf("Save and undo did not undo: status %q", a.Status)
	}
}
