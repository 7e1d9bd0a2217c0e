package ui

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// TestWindowCloseAsksForDrafts drafts an order on a team's turn screen of a new game, with
// nothing else to save, and presses the window's close button: it asks, naming the order and
// saying that a save does not keep it, where it used to close at once; Esc keeps the order. On
// the white cell's screen, after a save, Ctrl+L asks too; N keeps the order; at the close's
// question Q closes the window.
func TestWindowCloseAsksForDrafts(t *testing.T) {
	save := filepath.Join(t.TempDir(), "save.jsonl")
	a := NewApp(loadScenario(t, "shared_infrastructure.toml"), Options{SavePath: save})
	t.Cleanup(a.Close)
	r := newRig(t, NewLibrary(a), 1280, 800)
	r.frames(2)
	r.click("start")
	r.click("continue") // common briefing
	r.click("continue") // hand-over
	r.click("continue") // own briefing
	tu, ok := r.mgr.Scene().(*turn)
	if !ok {
		t.Fatalf("on %T, want the turn", r.mgr.Scene())
	}
	r.clickPrefix("move:")
	r.clickPrefix("order:")
	if n := len(a.Sess.Pending[tu.sd]); n != 1 {
		t.Fatalf("%d orders drafted, want 1", n)
	}
	drafted := possessive(a.Sc.Sides[tu.sd].Name) + " 1 order drafted for month 1"
	if err := r.closeButton(); err != nil {
		t.Fatalf("the close button closed the window with an order drafted: %v", err)
	}
	for _, want := range []string{"Quitting loses " + drafted, "a save keeps only resolved turns"} {
		if !r.shows(want) {
			t.Fatalf("the close's question does not say %q: %q", want, Texts(r.mgr.Scene()))
		}
	}
	assertNotBlank(t, "close-asks-drafts", r.shot("close-asks-drafts"))
	r.key(ebiten.KeyEscape)
	if err := expect(r.driver, "*ui.turn"); err != nil || len(a.Sess.Pending[tu.sd]) != 1 {
		t.Fatalf("Esc did not go on with the turn and its order: %v", err)
	}
	if !strings.HasSuffix(a.Status, "with "+drafted) {
		t.Errorf("status after Esc = %q", a.Status)
	}

	r.key(ebiten.KeyF2)
	r.key(ebiten.KeyS, ebiten.KeyControlLeft)
	if a.Status != "Saved the order log to "+save {
		t.Fatalf("Ctrl+S: status %q", a.Status)
	}
	r.key(ebiten.KeyL, ebiten.KeyControlLeft)
	if !r.shows("Loading loses " + drafted) {
		t.Fatalf("Ctrl+L over an order drafted does not ask: %q", Texts(r.mgr.Scene()))
	}
	assertNotBlank(t, "load-asks-drafts", r.shot("load-asks-drafts"))
	r.key(ebiten.KeyN)
	if len(a.Sess.Pending[tu.sd]) != 1 || !strings.HasPrefix(a.Status, "Not loaded: ") {
		t.Fatalf("N on the load's question: %d orders, status %q", len(a.Sess.Pending[tu.sd]), a.Status)
	}
	if err := r.closeButton(); err != nil {
		t.Fatal(err)
	}
	if _, err := r.button("ask:save"); err == nil {
		t.Error("the close's question offers to save with nothing a save would keep")
	}
	if err := r.Key(ebiten.KeyQ); !errors.Is(err, ebiten.Termination) {
		t.Fatalf("Q on the close's question: %v, want the window closed", err)
	}
}
