package ui

import (
	"reflect"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/assets"
	"ttx/sim"
	"ttx/ui/board"
)

// TestWindowResolutionPlayback plays back a resolved turn for one side:
// the events come one by one from that side's view only, the board starts
// as the side saw it before the turn and ends as it sees it after.
func TestWindowResolutionPlayback(t *testing.T) {
	sc := loadScenario(t, "stolen_crypto.toml")
	a := NewApp(sc, Options{})
	a.Start(&Context{mgr: &Manager{}})
	s := a.Sess
	playTurn(t, s)
	sd := 0
	res := newResolution(a, sd)
	r := newRig(t, res, 1280, 800)
	r.frames(2)
	wantEvents := sim.View(s.State, sd).Events
	if !reflect.DeepEqual(res.events, wantEvents) {
		t.Fatalf("playback has %d events, the side's view of the turn %d", len(res.events), len(wantEvents))
	}
	if len(wantEvents) == 0 {
		t.Fatal("no event to play back: the test proves nothing")
	}
	if got, want := res.board.Model(), board.FromView(sim.View(s.State.Prev, sd)); !reflect.DeepEqual(got, want) {
		t.Error("the board does not start as the side saw it before the turn")
	}
	r.shot("resolution-start")
	for i := 0; i < len(wantEvents); i++ {
		r.key(ebiten.KeySpace)
		if res.cur != i+1 {
			t.Fatalf("after %d presses %d events shown", i+1, res.cur)
		}
	}
	r.frames(20)
	if got, want := res.board.Model(), board.FromView(sim.View(s.State, sd)); !reflect.DeepEqual(got, want) {
		t.Error("after the last event the board is not the side's view after the turn")
	}
	r.shot("resolution-end")
	r.click("done")
	if _, ok := r.mgr.Scene().(*turn); !ok {
		t.Errorf("after Done on %T, want the side's turn", r.mgr.Scene())
	}
}

// TestWindowResolutionTally plays back the 2024 renewal vote: the tally
// reveals seat by seat and marks Russia's veto.
func TestWindowResolutionTally(t *testing.T) {
	sc := loadScenario(t, "security_council.toml")
	a := NewApp(sc, Options{})
	a.Start(&Context{mgr: &Manager{}})
	s := a.Sess
	order := func(actor, move, target, arg string) {
		ai := sc.Actor(actor)
		if ai < 0 || sc.Actors[ai].Side < 0 {
			t.Fatalf("actor %s is not played by a side", actor)
		}
		s.Add(sc.Actors[ai].Side, sim.Order{Actor: actor, Move: move, Target: target, Arg: arg})
	}
	order("us", "table_renewal", "", "")
	s.Resolve()
	order("us", "cast_ballot", "panel_renewal", "yes")
	order("russia", "cast_ballot", "panel_renewal", "no")
	order("china", "cast_ballot", "panel_renewal", "abstain")
	s.Resolve()
	sd := sc.Actors[sc.Actor("us")].Side
	res := newResolution(a, sd)
	tally := -1
	for i, e := range res.events {
		if e.Kind == sim.EvTally {
			tally = i
		}
	}
	if tally < 0 {
		t.Fatalf("no tally among the %d events of turn 2", len(res.events))
	}
	r := newRig(t, res, 1280, 800)
	r.frames(1)
	for i := 0; i <= tally; i++ {
		r.key(ebiten.KeySpace)
	}
	e := res.events[tally]
	r.frames(6*len(e.Seats) + 6)
	if res.seats != len(e.Seats) {
		t.Errorf("%d of %d seats revealed", res.seats, len(e.Seats))
	}
	img := r.shot("resolution-tally")
	// Count the veto's colour in the event panel only: the board may use
	// the same colour for a side.
	veto := 0
	want := assets.StatusColor(assets.Vetoed)
	panel := res.panel.GetWidget().Rect
	for y := panel.Min.Y; y < panel.Max.Y; y++ {
		for x := panel.Min.X; x < panel.Max.X; x++ {
			if c := img.RGBAAt(x, y); c.R == want.R && c.G == want.G && c.B == want.B {
				veto++
			}
		}
	}
	if veto < 50 {
		t.Errorf("the veto is not marked: %d pixels of its colour", veto)
	}
}
