package ui

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// TestWindowKeyboardOnly sets up and gives an order with the keyboard
// alone: Enter on the set-up and cover screens, Tab to a move and Enter,
// Tab to a target and Enter, S to submit.
func TestWindowKeyboardOnly(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	a := NewApp(sc, Options{})
	r := newRig(t, NewLibrary(a), 1280, 800)
	r.frames(2)
	for i := 0; i < 4; i++ { // start, common briefing, hand-over, own briefing
		r.key(ebiten.KeyEnter)
	}
	tu, ok := r.mgr.Scene().(*turn)
	if !ok {
		t.Fatalf("on %T after four Enters, want the turn", r.mgr.Scene())
	}
	tabTo := func(prefix string) string {
		t.Helper()
		for i := 0; i < 200; i++ {
			r.key(ebiten.KeyTab)
			if f := tu.w.Focused(); strings.HasPrefix(f, prefix) {
				return f
			}
		}
		t.Fatalf("Tab never reached a button named %s…", prefix)
		return ""
	}
	move := tabTo("move:")
	r.key(ebiten.KeyEnter)
	r.frames(1)
	if got := tu.w.Focused(); got != move {
		t.Errorf("after choosing %s the focus is on %q", move, got)
	}
	tabTo("order:")
	r.key(ebiten.KeyEnter)
	r.frames(1)
	if n := len(a.Sess.Pending[tu.sd]); n != 1 {
		t.Fatalf("%d orders after choosing a target by keyboard, want 1", n)
	}
	// Shift+Tab goes back.
	before := tu.w.Focused()
	r.key(ebiten.KeyTab, ebiten.KeyShiftLeft)
	if tu.w.Focused() == before {
		t.Error("Shift+Tab did not move the focus")
	}
	r.key(ebiten.KeyEscape) // nothing bound: harmless
	r.key(ebiten.KeyS)
	if !a.Sess.Done[tu.sd] {
		t.Error("S did not submit the side's orders")
	}
}
