package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/sim"
)

// atFacilitator starts a hot-seat window of sc with every side played by random, which opens
// at the white cell's screen, and returns its app and rig.
func atFacilitator(t *testing.T, sc *sim.Scenario, o Options) (*App, *rig) {
	t.Helper()
	a := NewApp(sc, o)
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
	return a, r
}

// TestWindowFacilitatorControls drives the white cell's screen by keys and
// clicks: with every side played by a policy the game opens there; it
// saves, resolves, undoes (answering U to the question of the turn not
// saved), resolves, loads (answering Y to the same question), fires an
// inject, overrides a track and pauses the timer.
func TestWindowFacilitatorControls(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	save := filepath.Join(t.TempDir(), "save.jsonl")
	a, r := atFacilitator(t, sc, Options{SavePath: save})
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
	r.key(ebiten.KeyU) // the turn resolved since the save is not saved: the undo asks first
	if got := sim.Checksum(a.Sess.State); got != start {
		t.Fatalf("Ctrl+Z did not undo the turn: status %q", a.Status)
	}
	r.click("resolve")
	r.click("done")
	r.key(ebiten.KeyL, ebiten.KeyControlLeft)
	r.key(ebiten.KeyY) // the turn resolved since the save is lost: the load asks first
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

// TestWindowFacilitatorPickers drives the override and the notes from the
// keyboard: part of a name and Enter picks the actor, its tracks show
// their values, a value and Enter sets one; a note is tied to the inject
// chosen, or to none.
func TestWindowFacilitatorPickers(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	a := NewApp(sc, Options{SavePath: filepath.Join(t.TempDir(), "save.jsonl")})
	t.Cleanup(a.Close)
	for i := range a.Seats {
		a.Seats[i] = "random"
	}
	r := newRig(t, NewLibrary(a), 1280, 800)
	r.frames(2)
	r.click("start")
	r.click("continue")
	f, ok := r.mgr.Scene().(*facilitator)
	if !ok {
		t.Fatalf("on screen %T, want the facilitator", r.mgr.Scene())
	}
	if err := r.typeInto(f.actor, "GAMAR"); err != nil {
		t.Fatal(err)
	}
	r.frames(2)
	if _, err := r.button("pick:gamaredon"); err != nil {
		t.Errorf("typing GAMAR does not offer Gamaredon: %v", err)
	}
	r.key(ebiten.KeyEnter)
	act := sc.Actor("gamaredon")
	if f.ovActor != act {
		t.Fatalf("Enter picked actor %d, want gamaredon (%d)", f.ovActor, act)
	}
	exp := sc.Track("exposure")
	cur := a.Sess.State.Track(act, exp)
	if want := fmt.Sprintf("exposure %d", cur); !slices.Contains(Texts(f), want) {
		t.Errorf("the tracks of gamaredon do not show %q", want)
	}
	r.click("track:exposure")
	if want := fmt.Sprintf("public exposure: now %d (0 to 100)", cur); !slices.Contains(Texts(f), want) {
		t.Errorf("the picked track does not show %q", want)
	}
	if err := r.typeInto(f.value, "55"); err != nil {
		t.Fatal(err)
	}
	r.key(ebiten.KeyEnter)
	if got := a.Sess.State.Track(act, exp); got != 55 {
		t.Errorf("Enter in the value set gamaredon's exposure to %d, want 55 (status %q)", got, a.Status)
	}

	fired := a.Sess.FiredInjects()
	if len(fired) == 0 {
		t.Fatal("no inject has fired at the start: nothing to tie a note to")
	}
	note := func(text string) Note {
		t.Helper()
		if err := r.typeInto(f.note, text); err != nil {
			t.Fatal(err)
		}
		r.key(ebiten.KeyEnter)
		n := a.Sess.Notes[len(a.Sess.Notes)-1]
		if n.Text != text {
			t.Fatalf("the last note is %q, want %q", n.Text, text)
		}
		return n
	}
	if n := note("on the latest"); n.Inject != sc.Injects[fired[0]].ID {
		t.Errorf("a note by default is tied to %q, want the latest inject %q", n.Inject, sc.Injects[fired[0]].ID)
	}
	for range fired {
		r.click("note-tie")
	}
	if n := note("on nothing"); n.Inject != "" {
		t.Errorf("after cycling past every inject the note is tied to %q, want none", n.Inject)
	}
	r.click("note-tie")
	if n := note("on the latest again"); n.Inject != sc.Injects[fired[0]].ID {
		t.Errorf("after none, the note is tied to %q, want the latest again", n.Inject)
	}
	r.shot("facilitator-pickers")
}
