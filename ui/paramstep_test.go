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
	r, a, tu := paramOrders(t)
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

// paramOrders opens the parameter fixture in the window on blue's orders, blue_state chosen.
func paramOrders(t *testing.T) (*rig, *App, *turn) {
	t.Helper()
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
	return r, a, tu
}

// TestWindowParamCost: a move whose cost is an expression of its parameter (surge: 2 * param +
// 1 funds and param - 3 reserve) shows the expression on its line, and on its order's row the
// cost of the value the stepper shows: 1 funds at 0 (the reserve's negative amount costs
// nothing), unknown at 1 (a value Legal does not list), 5 funds at 2.
func TestWindowParamCost(t *testing.T) {
	r, _, tu := paramOrders(t)
	r.click("move:blue_state:surge")
	r.frames(2)
	text := func(name string) string {
		t.Helper()
		b, ok := tu.w.Find(name)
		if !ok {
			t.Fatalf("no %s on the orders panel", name)
		}
		return strings.ReplaceAll(b.Text().Label, "\n", " ")
	}
	if got := text("move:blue_state:surge"); !strings.Contains(got, "cost (2 * param + 1) funds, (param - 3) reserve") {
		t.Errorf("surge's line reads %q, want its cost expressions", got)
	}
	const row = "order:blue_state:surge::"
	for _, want := range []struct {
		value int
		cost  string
	}{{0, "· cost 1 funds"}, {1, "· cost ?"}, {2, "· cost 5 funds"}} {
		if v := tu.orders.param.value; v != want.value {
			t.Fatalf("the stepper is at %d, want %d", v, want.value)
		}
		if got := text(row); !strings.HasSuffix(got, want.cost) {
			t.Errorf("at %d surge's order reads %q, want it to end %q", want.value, got, want.cost)
		}
		if want.value == 2 {
			r.shot("param-cost")
		}
		r.click("param+:blue_state:surge")
		r.frames(2)
	}
}
