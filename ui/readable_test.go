package ui

import (
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// TestWindowSetupStartInWindow opens the set-up screen at 1280×800 for
// every scenario of the library and checks that every button, Start
// included, lies inside the window.
func TestWindowSetupStartInWindow(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	a := NewApp(sc, Options{})
	r := newRig(t, NewLibrary(a), 1280, 800)
	r.frames(2)
	win := image.Rect(0, 0, 1280, 800)
	for _, s := range a.Library {
		r.click("scenario:" + s.ID)
		r.frames(2)
		l := r.mgr.Scene().(*library)
		for _, name := range l.w.ButtonNames() {
			b, _ := l.w.Find(name)
			if rc := b.GetWidget().Rect; !rc.In(win) {
				t.Errorf("%s: button %s at %v is outside the %v window", s.ID, name, rc, win)
			}
		}
	}
}

// TestWindowOrdersReadable gives an order on the campaign's first turn and
// checks that the move cards and the orders are wrapped, not cut, inside
// their buttons, and that an order reads by names, not ids.
func TestWindowOrdersReadable(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
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
	r.clickPrefix("move:")
	r.frames(2)
	r.clickPrefix("order:")
	r.frames(2)
	drafts := a.Ex().Drafts(tu.sd)
	if len(drafts) != 1 {
		t.Fatalf("%d orders given, want 1", len(drafts))
	}
	th := a.Theme(&Context{Scale: 1})
	checked := 0
	for _, name := range tu.w.ButtonNames() {
		if !strings.HasPrefix(name, "move:") && !strings.HasPrefix(name, "remove:") {
			continue
		}
		b, _ := tu.w.Find(name)
		label := b.Text().Label
		if strings.Contains(label, "…") {
			t.Errorf("%s is cut: %q", name, label)
		}
		rc := b.GetWidget().Rect
		for _, l := range strings.Split(label, "\n") {
			if w, _ := text.Measure(l, th.Body, 0); w > float64(rc.Dx()) {
				t.Errorf("%s: line %q is %.0f px wide in a %d px button", name, l, w, rc.Dx())
			}
		}
		checked++
	}
	if checked < 2 {
		t.Errorf("checked %d move and order buttons, want at least 2", checked)
	}
	b, _ := tu.w.Find("remove:0")
	o := drafts[0]
	mv := sc.Moves[sc.Move(o.Move)]
	got := strings.ReplaceAll(b.Text().Label, "\n", " ")
	if !strings.Contains(got, mv.Name) || strings.Contains(got, o.Actor+" "+o.Move) {
		t.Errorf("order reads %q, want the move's name %q and no ids", got, mv.Name)
	}
}
