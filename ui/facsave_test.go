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
)

// TestWindowSaveLoadAsk drives Ctrl+S and Ctrl+L on the white cell's screen with a log of
// another game at the save path: Ctrl+S shows a question naming the file and leaves it as it
// is, other keys wait, N cancels; Ctrl+S then Y saves, and the next Ctrl+S saves at once. Ctrl+L
// over a turn not saved asks, saying so; Esc keeps the game, Ctrl+L then Y loads.
func TestWindowSaveLoadAsk(t *testing.T) {
	save := filepath.Join(t.TempDir(), "save.jsonl")
	theirs := []byte(`{"type":"header","format":2,"scenario":"another"}` + "\n")
	if err := os.WriteFile(save, theirs, 0o600); err != nil {
		t.Fatal(err)
	}
	a, r := hotSeatFacilitator(t, save)
	shows := func(part string) bool {
		return slices.ContainsFunc(Texts(r.mgr.Scene()), func(s string) bool { return strings.Contains(s, part) })
	}
	untouched := func(when string) {
		t.Helper()
		if b, err := os.ReadFile(save); err != nil || !bytes.Equal(b, theirs) {
			t.Fatalf("%s: the other game's log was replaced (status %q)", when, a.Status)
		}
	}

	start := sim.Checksum(a.Sess.State)
	r.key(ebiten.KeyS, ebiten.KeyControlLeft)
	untouched("Ctrl+S")
	if !shows(save + " is already there") {
		t.Fatalf("Ctrl+S over another game's log shows no question naming it: %q", Texts(r.mgr.Scene()))
	}
	if f := r.mgr.Scene().(*facilitator); f.w.Focused() != "ask:no" {
		t.Errorf("the focus is on %q while asking, want the cancel button", f.w.Focused())
	}
	assertNotBlank(t, "save-asks", r.shot("save-asks"))
	r.key(ebiten.KeyR) // resolve, but the question waits for its answer
	if sim.Checksum(a.Sess.State) != start {
		t.Fatal("R resolved a turn while the save's question was asked")
	}
	r.key(ebiten.KeyN)
	untouched("Ctrl+S, N")
	if want := "Not saved: " + save + " is left as it was"; a.Status != want || !shows(want) {
		t.Errorf("status after N = %q, want %q shown", a.Status, want)
	}
	r.key(ebiten.KeyS, ebiten.KeyControlLeft)
	r.key(ebiten.KeyY)
	if s, err := LoadSession(a.Sc, save); err != nil || sim.Checksum(s.State) != start {
		t.Fatalf("Ctrl+S, Y did not save the game: %v (status %q)", err, a.Status)
	}

	r.click("resolve")
	r.click("done")
	r.key(ebiten.KeyS, ebiten.KeyControlLeft)
	if shows("is already there") {
		t.Fatal("the second Ctrl+S of the same game asks again")
	}
	if s, err := LoadSession(a.Sc, save); err != nil || s.State.Turn != 2 {
		t.Fatalf("the second Ctrl+S did not save turn 2: %v (status %q)", err, a.Status)
	}
	saved := sim.Checksum(a.Sess.State)

	r.click("resolve")
	r.click("done")
	sess, now := a.Sess, sim.Checksum(a.Sess.State)
	r.key(ebiten.KeyL, ebiten.KeyControlLeft)
	if !shows("1 turn not saved") {
		t.Fatalf("Ctrl+L over a turn not saved does not say so: %q", Texts(r.mgr.Scene()))
	}
	assertNotBlank(t, "load-asks", r.shot("load-asks"))
	r.key(ebiten.KeyEscape)
	if a.Sess != sess || sim.Checksum(a.Sess.State) != now {
		t.Fatal("Esc on the load's question changed the game")
	}
	if err := expect(r.driver, "*ui.facilitator"); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Status, "Not loaded") {
		t.Errorf("status after Esc = %q, want it to say nothing was loaded", a.Status)
	}
	r.key(ebiten.KeyL, ebiten.KeyControlLeft)
	r.key(ebiten.KeyY)
	if sim.Checksum(a.Sess.State) != saved {
		t.Fatalf("Ctrl+L, Y did not load the save of turn 2 (status %q)", a.Status)
	}
}
