package ui

import (
	"os"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/sim/load"
)

// TestWindowParamStepper orders a graded response through the window: the ladder move's
// stepper starts at the lowest rung, + climbs rung by rung and − steps back, the label shows
// the rung's name, and the order given carries the rung shown.
func TestWindowParamStepper(t *testing.T) {
	const path = "../sim/testdata/cases/fixtures/params.toml"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := load.Load(path, src)
	if err != nil {
		t.Fatal(err)
	}
	a := NewApp(sc, Options{})
	r := newRig(t, NewLibrary(a), 1280, 800)
	r.frames(2)
	for i := 0; i < 4; i++ {
		r.key(ebiten.KeyEnter)
	}
	tu, ok := r.mgr.Scene().(*turn)
	if !ok {
		t.Fatalf("on %T, want the turn", r.mgr.Scene())
	}
	if tu.sd != sc.Side("blue") {
		t.Fatalf("the turn is side %d's, want blue's", tu.sd)
	}
	r.click("tab:orders") // the fixture keeps no score: its turn opens on the discussion
	r.click("actor:blue_state")
	r.frames(2)
	r.click("move:blue_state:respond")
	r.frames(2)
	if v := tu.orders.param.value; v != 1 {
		t.Fatalf("the stepper starts at %d, want rung 1", v)
	}
	for i := 0; i < 5; i++ {
		r.click("param+:blue_state:respond")
		r.frames(2)
	}
	r.click("param-:blue_state:respond")
	r.frames(2)
	if v := tu.orders.param.value; v != 5 {
		t.Fatalf("after five + and one −, the stepper is at %d, want 5", v)
	}
	if got := tu.orders.param.label; got != "Level 5 — Cyber disruption" {
		t.Errorf("the stepper shows %q, want the rung's label", got)
	}
	r.shot("param-stepper")
	r.click("order:blue_state:respond:red_state:")
	r.frames(2)
	drafts := a.Ex().Drafts(tu.sd)
	if len(drafts) != 1 || drafts[0].Move != "respond" || drafts[0].Param != 5 {
		t.Fatalf("orders given = %+v, want respond at rung 5", drafts)
	}
	b, ok := tu.w.Find("remove:0")
	if !ok {
		t.Fatal("no remove:0 button for the order given")
	}
	if got := strings.ReplaceAll(b.Text().Label, "\n", " "); !strings.Contains(got, "at level 5 — Cyber disruption") {
		t.Errorf("the order reads %q, want its rung", got)
	}
}
