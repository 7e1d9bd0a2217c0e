package ui

import (
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/sim"
	"ttx/ui/kit"
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

// TestWindowPickTargetOnBoard chooses a move in the panel, sees its
// targets outlined on the board, and gives the order by clicking one.
func TestWindowPickTargetOnBoard(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	a := NewApp(sc, Options{})
	r := newRig(t, NewLibrary(a), 1280, 800)
	r.frames(2)
	for i := 0; i < 4; i++ {
		r.key(ebiten.KeyEnter)
	}
	tu := r.mgr.Scene().(*turn)
	// A move of this side whose target is a node on the board, with no
	// argument, and a target no other order of the move shares.
	var pick sim.Order
	count := map[string]int{}
	legal := sim.Legal(a.Sess.View(tu.sd))
	for _, o := range legal {
		count[o.Actor+o.Move+o.Target]++
	}
	for _, o := range legal {
		if _, on := tu.board.Placement()[o.Target]; on && o.Arg == "" && count[o.Actor+o.Move+o.Target] == 1 {
			pick = o
			break
		}
	}
	if pick.Move == "" {
		t.Fatal("no move of the first side targets a node on the board")
	}
	r.click("actor:" + pick.Actor)
	r.click("move:" + pick.Actor + ":" + pick.Move)
	if !tu.board.Marked(pick.Target) {
		t.Fatalf("target %s of %s is not outlined on the board", pick.Target, pick.Move)
	}
	nr, _ := tu.board.NodeOnScreen(pick.Target)
	r.inj.Click(nr.Center())
	r.play(2)
	got := a.Sess.Pending[tu.sd]
	if len(got) != 1 || got[0].Move != pick.Move || got[0].Target != pick.Target {
		t.Fatalf("after clicking %s on the board the orders are %v, want %v", pick.Target, got, pick)
	}
	r.shot("turn-pick-on-board")
}

// TestWindowBoardDrawnOnRebuild: the frame in which the turn screen is rebuilt (an order added,
// news from the server) still draws the board. The new widgets are laid out only as they are
// drawn, so the board's area is empty during that frame's Update; the board keeps its view
// instead of drawing nothing for a frame, which flickered and once left an empty board in a
// browser's screenshot.
func TestWindowBoardDrawnOnRebuild(t *testing.T) {
	r, tu := turnRig(t, NewApp(defaultScenario(t), Options{}))
	r.frames(2)
	area := tu.area.GetWidget().Rect
	before := distinctColours(r.pixels().SubImage(area).(*image.RGBA), 50)
	tu.stale = true
	r.frames(1)
	after := distinctColours(r.pixels().SubImage(area).(*image.RGBA), 50)
	if before < 20 || after < before/2 {
		t.Errorf("the board's area has %d colours before the rebuild and %d in the frame of it: the board was not drawn", before, after)
	}
}

// TestWindowScrollKeptOnRebuild: a list scrolled down stays where the user left it when the
// screen is rebuilt (an actor chosen, an order added, the server's news), instead of jumping
// back to its top.
func TestWindowScrollKeptOnRebuild(t *testing.T) {
	r, tu := turnRig(t, NewApp(defaultScenario(t), Options{}))
	r.frames(2)
	s := longList(tu.w)
	if s == nil {
		t.Fatal("the turn screen has no list longer than its box")
	}
	sr := s.slider.GetWidget().Rect // drag its scrollbar half way down
	x := float64(sr.Min.X+sr.Max.X) / 2
	r.inj.Drag(kit.Point{X: x, Y: float64(sr.Min.Y) + 4}, kit.Point{X: x, Y: float64(sr.Min.Y+sr.Max.Y) / 2}, 10)
	r.play(2)
	top := s.sc.ScrollTop
	if top <= 0 {
		t.Fatalf("dragging the scrollbar did not scroll the list (top %.2f)", top)
	}
	tu.stale = true
	r.frames(2)
	after := -1.0
	if l := longList(tu.w); l != nil {
		after = l.sc.ScrollTop
	}
	if after != top {
		t.Errorf("the list was scrolled to %.3f; rebuilt, it is at %.3f", top, after)
	}
}

// longList returns the first scrolled list of w longer than its box, or nil.
func longList(w *Widgets) *scroll {
	for i := range w.scrolls {
		if c, v := w.scrolls[i].content.GetWidget().Rect, w.scrolls[i].sc.ViewRect(); c.Dy() > v.Dy() {
			return &w.scrolls[i]
		}
	}
	return nil
}
