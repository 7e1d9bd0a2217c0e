package ui

import (
	"image"
	"strings"
	"testing"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"
)

// shownTab checks that the turn shows tab want: its button is the one
// drawn pressed, the turn remembers it, and the page shown has content.
func shownTab(t *testing.T, tu *turn, want string) {
	t.Helper()
	if tu.tab != want {
		t.Errorf("the turn is on tab %q, want %q", tu.tab, want)
	}
	for _, name := range []string{"tab:discussion", "tab:orders", "tab:feed"} {
		b, ok := tu.w.Find(name)
		if !ok {
			t.Fatalf("no button %s; the turn has %v", name, tu.w.ButtonNames())
		}
		if checked := b.State() == widget.WidgetChecked; checked != (name == "tab:"+want) {
			t.Errorf("%s drawn pressed: %v, with tab %q shown", name, checked, want)
		}
	}
	r := tu.w.tabs["tab:"+want]
	if r.book.Tab() != r.page || len(r.page.Children()) == 0 {
		t.Errorf("the book does not show the %s page, or it is empty", want)
	}
}

// TestWindowTurnTabs: the turn screen's tabs are a tab book whose shown tab
// is drawn pressed; a click, a shortcut, and Enter on a tab that has the
// keyboard focus each show their tab; the page is filled in the frame the
// tab is chosen; only the shown tab's widgets are built (no Submit on the
// feed); and the focus stays on a tab's button when the screen rebuilds.
func TestWindowTurnTabs(t *testing.T) {
	a, r, tu := discussionTurn(t)
	shownTab(t, tu, "discussion")

	r.click("tab:feed")
	shownTab(t, tu, "feed")
	if !strings.Contains(flat(textOf(r.driver)), "Inject: ") {
		t.Errorf("the feed tab does not show the inject:\n%s", flat(textOf(r.driver)))
	}
	if _, ok := tu.w.Find("submit"); ok {
		t.Errorf("the feed tab has the orders' Submit button")
	}

	// A shortcut fills its page in the frame it is pressed.
	r.inj.Key(ebiten.KeyO)
	r.frames(1)
	rf := tu.w.tabs["tab:orders"]
	if rf.book.Tab() != rf.page || len(rf.page.Children()) == 0 {
		t.Errorf("the frame O is pressed, the book shows no filled orders page")
	}
	r.frames(2)
	shownTab(t, tu, "orders")
	if _, ok := tu.w.Find("submit"); !ok {
		t.Errorf("the orders tab has no Submit button: %v", tu.w.ButtonNames())
	}
	r.key(ebiten.KeyD)
	shownTab(t, tu, "discussion")

	// Tab moves the focus to the tabs' buttons; Enter shows the focused one.
	for i := 0; i < 10 && tu.w.Focused() != "tab:feed"; i++ {
		r.key(ebiten.KeyTab)
	}
	if f := tu.w.Focused(); f != "tab:feed" {
		t.Fatalf("Tab never reached the feed's tab (focus on %q)", f)
	}
	r.key(ebiten.KeyEnter)
	shownTab(t, tu, "feed")
	if f := tu.w.Focused(); f != "tab:feed" {
		t.Errorf("after the rebuild the focus is on %q, want tab:feed", f)
	}
	r.shot("tabs-feed-focused")

	// Team forecasts are off by default: the turn has no forecast switch.
	if _, ok := tu.w.Find("forecast"); ok {
		t.Errorf("the team's turn has a forecast switch, though team forecasts are off")
	}
	r.key(ebiten.KeyF)
	if tu.forecast != nil || a.teamForecasts[tu.sd] != nil {
		t.Errorf("F showed or started the team's forecast, though team forecasts are off")
	}
	// Turned on (ttx play --team-forecasts), the forecast's switch shares the tabs' line and
	// overlaps none of them, with either label.
	a.opts.TeamForecasts = true
	tu.stale = true
	r.frames(1)
	for _, want := range []string{"Forecast  [F]", "Hide forecast  [F]"} {
		fb, ok := tu.w.Find("forecast")
		if !ok || fb.Text().Label != want {
			t.Fatalf("the forecast's switch is missing or not %q", want)
		}
		fr := fb.GetWidget().Rect
		for _, name := range []string{"tab:discussion", "tab:orders", "tab:feed"} {
			b, _ := tu.w.Find(name)
			br := b.GetWidget().Rect
			if br.Overlaps(fr) || br.Min.Y >= fr.Max.Y || fr.Min.Y >= br.Max.Y {
				t.Errorf("%q at %v and %s at %v are not side by side on one line", want, fr, name, br)
			}
		}
		if !fr.In(image.Rect(0, 0, 1280, 800)) {
			t.Errorf("%q at %v is outside the window", want, fr)
		}
		r.key(ebiten.KeyF)
	}
}
