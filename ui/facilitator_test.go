package ui

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/sim"
)

// TestWindowFacilitatorControls drives the white cell's screen by keys and
// clicks: with every side played by a policy the game opens there; it
// saves, resolves, undoes, loads, fires an inject, overrides a track and
// pauses the timer.
func TestWindowFacilitatorControls(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	save := filepath.Join(t.TempDir(), "save.jsonl")
	a := NewApp(sc, Options{SavePath: save})
	for i := range a.Seats {
		a.Seats[i] = "random"
	}
	r := newRig(t, NewLibrary(a), 1280, 800)
	r.frames(2)
	r.click("start")
	r.click("continue") // the common briefing; no person side: the facilitator
	if err := expect(r.driver, "*ui.facilitator"); err != nil {
		t.Fatal(err)
	}
	start := sim.Checksum(a.Sess.State)

	r.key(ebiten.KeyS, ebiten.KeyControlLeft)
	if _, err := os.Stat(save); err != nil {
		t.Fatalf("Ctrl+S did not save: %v (status %q)", err, a.Status)
	}
	r.click("resolve")
	if err := expect(r.driver, "*ui.resolution"); err != nil {
		t.Fatal(err)
	}
	r.click("done")
	if a.Sess.State.Turn != 2 {
		t.Fatalf("after resolving: turn %d, want 2", a.Sess.State.Turn)
	}
	r.key(ebiten.KeyZ, ebiten.KeyControlLeft)
	if got := sim.Checksum(a.Sess.State); got != start {
		t.Fatalf("Ctrl+Z did not undo the turn: status %q", a.Status)
	}
	r.click("resolve")
	r.click("done")
	r.key(ebiten.KeyL, ebiten.KeyControlLeft)
	if got := sim.Checksum(a.Sess.State); got != start {
		t.Fatalf("Ctrl+L did not load the save of turn 1: status %q", a.Status)
	}

	fired := r.clickPrefix("fire:")
	in := sc.Inject(fired[len("fire:"):])
	if a.Sess.State.Fired[in] == 0 {
		t.Errorf("clicking %s did not fire it", fired)
	}
	f := r.mgr.Scene().(*facilitator)
	if err := r.typeInto(f.actor, sc.Actors[0].ID); err != nil {
		t.Fatal(err)
	}
	r.frames(2)
	r.click("track:" + sc.Tracks[0].ID)
	if err := r.typeInto(f.value, "4"); err != nil {
		t.Fatal(err)
	}
	r.click("override")
	if got := a.Sess.State.Track(0, 0); got != min(max(4, sc.Tracks[0].Min), sc.Tracks[0].Max) {
		t.Errorf("override set %s.%s to %d, want 4 clamped (status %q)", sc.Actors[0].ID, sc.Tracks[0].ID, got, a.Status)
	}
	if a.Timer.Paused {
		t.Fatal("timer paused from the start")
	}
	r.key(ebiten.KeyP)
	if !a.Timer.Paused {
		t.Error("P did not pause the timer")
	}
	r.shot("facilitator-controls")
}
