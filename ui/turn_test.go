package ui

import (
	"strings"
	"testing"
)

// TestWindowTurnTimerAndRationale runs a side's turn with a short timer:
// the rationale typed survives choosing another actor, time running out is
// announced, and the clock is drawn without rebuilding the panel.
func TestWindowTurnTimerAndRationale(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	a := NewApp(sc, Options{})
	r := newRig(t, NewLibrary(a), 1280, 800)
	r.frames(2)
	r.click("start")
	a.Timer = TurnTimer{On: true, Limit: 8}
	r.click("continue") // common briefing
	r.click("continue") // hand-over
	r.click("continue") // own briefing
	tu, ok := r.mgr.Scene().(*turn)
	if !ok {
		t.Fatalf("on %T, want the turn", r.mgr.Scene())
	}
	a.Timer.Reset()
	if err := r.typeInto(tu.orders.rationale, "hold the line"); err != nil {
		t.Fatal(err)
	}
	if len(sc.Sides[tu.sd].Actors) > 1 {
		second := sc.Actors[sc.Sides[tu.sd].Actors[1]].ID
		r.click("actor:" + second)
		if got := tu.orders.rationale.GetText(); got != "hold the line" {
			t.Errorf("after choosing another actor the rationale reads %q", got)
		}
	}
	r.frames(10)
	if !a.Timer.Expired() || !strings.Contains(a.Status, "Time is up") {
		t.Errorf("timer expired %v, status %q", a.Timer.Expired(), a.Status)
	}
	r.shot("turn-timer-expired")
}
