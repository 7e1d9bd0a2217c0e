package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"ttx/session"
	"ttx/sim"
)

// draftOrders seats a person at side sd of a's game and has it draft n orders for the turn in
// play.
func draftOrders(a *App, sd, n int) {
	a.Sess.Seats[sd] = session.SeatPerson
	for range n {
		a.Sess.Add(sd, sim.Order{})
	}
}

// TestDraftedSays checks the words for the orders of the turn in play.
func TestDraftedSays(t *testing.T) {
	blue3 := sideOrders{"Blue", 3, false}
	red1 := sideOrders{"Red", 1, true}
	green2 := sideOrders{"Green", 2, false}
	for _, c := range []struct {
		d    drafted
		want string
	}{
		{drafted{turn: "month 2"}, "no orders"},
		{drafted{"month 2", []sideOrders{blue3}}, "Blue's 3 orders drafted for month 2"},
		{drafted{"month 2", []sideOrders{red1}}, "Red's 1 order submitted for month 2"},
		{drafted{"month 1", []sideOrders{{"Defenders", 2, false}}}, "Defenders' 2 orders drafted for month 1"},
		{drafted{"turn 4", []sideOrders{blue3, red1, green2}}, "Blue's 3 orders drafted, Red's 1 order submitted and Green's 2 orders drafted for turn 4"},
	} {
		if got := c.d.String(); got != c.want {
			t.Errorf("%+v.String() = %q, want %q", c.d, got, c.want)
		}
	}
	if got, want := goesOn("month 2 of 10", unsaved{turns: 1}, drafted{"month 2", []sideOrders{blue3}}),
		"the game goes on at month 2 of 10, with 1 turn not saved and Blue's 3 orders drafted for month 2"; got != want {
		t.Errorf("goesOn = %q, want %q", got, want)
	}
}

// TestDraftsOf counts the orders of a game's turn in play: a person's side's drafts, then its
// submission; none for a side a policy plays, and none once the turn is resolved.
func TestDraftsOf(t *testing.T) {
	a, _ := whiteCell(t, filepath.Join(t.TempDir(), "save.jsonl"))
	if d := draftsOf(a.Sess); !d.none() {
		t.Fatalf("a new game has orders in play: %q", d)
	}
	a.Sess.Add(1, sim.Order{}) // a policy's side: ignored when the turn resolves
	if d := draftsOf(a.Sess); !d.none() {
		t.Fatalf("a policy's side's orders count: %q", d)
	}
	draftOrders(a, 0, 3)
	name := a.Sc.Sides[0].Name
	if got, want := draftsOf(a.Sess).String(), possessive(name)+" 3 orders drafted for month 1"; got != want {
		t.Errorf("drafts = %q, want %q", got, want)
	}
	a.Sess.Submit(0)
	if got, want := draftsOf(a.Sess).String(), possessive(name)+" 3 orders submitted for month 1"; got != want {
		t.Errorf("submitted = %q, want %q", got, want)
	}
	resolve(t, a)
	if d := draftsOf(a.Sess); !d.none() {
		t.Fatalf("a resolved turn's orders still count: %q", d)
	}
}

// TestCloseAsksForDrafts answers the close button with orders drafted for the turn in play:
// with everything else saved it asks all the same, saying that a save does not keep them, and
// offers no save; cancelling keeps the drafts; with a turn not saved too it offers to save and
// quit, and the save holds the turn but not the drafts.
func TestCloseAsksForDrafts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "save.jsonl")
	a, f := whiteCell(t, path)
	resolve(t, a)
	f.save()
	draftOrders(a, 0, 3)
	ctx, m := quitCtx()
	if f.mayClose(ctx) || f.asking == nil {
		t.Fatal("closing a saved game with 3 orders drafted closed at once")
	}
	drafts := possessive(a.Sc.Sides[0].Name) + " 3 orders drafted for month 2"
	for _, want := range []string{"Quitting loses " + drafts + ", and nothing else: " + notKept} {
		if !strings.Contains(f.asking.text, want) {
			t.Errorf("the question %q does not say %q", f.asking.text, want)
		}
	}
	if got := f.asking.buttons(); strings.Join(got, " ") != "ask:quit "+askNo {
		t.Errorf("the question's buttons = %q, want no save (nothing to save)", got)
	}
	f.answer(askNo)
	if m.quit || len(a.Sess.Pending[0]) != 3 {
		t.Fatal("cancelling the close quit or dropped the drafts")
	}
	if want := "Not quit: the game goes on at month 2 of "; !strings.HasPrefix(a.Status, want) || !strings.HasSuffix(a.Status, ", with "+drafts) {
		t.Errorf("status after cancelling = %q", a.Status)
	}

	a.Sess.Pending[0] = nil
	resolve(t, a)
	draftOrders(a, 0, 1)
	a.Sess.Submit(0)
	f.mayClose(ctx)
	submitted := possessive(a.Sc.Sides[0].Name) + " 1 order submitted for month 3"
	for _, want := range []string{"1 turn not saved to " + path, submitted, "which it loses even with a save: " + notKept} {
		if f.asking == nil || !strings.Contains(f.asking.text, want) {
			t.Fatalf("the question %v does not say %q", f.asking, want)
		}
	}
	f.answer("ask:save")
	if !m.quit {
		t.Fatalf("saving and quitting did not quit (status %q)", a.Status)
	}
	s, err := LoadSession(a.Sc, path)
	if err != nil || s.State.Turn != 3 || len(s.Pending[0]) != 0 {
		t.Fatalf("the save: %v, at turn %d, want 3 and no orders in play", err, s.State.Turn)
	}
}

// TestLoadAsksForDrafts loads (Ctrl+L) the save over a game whose only change is orders
// drafted: the load asks, naming them; cancelling keeps them; going ahead drops them.
func TestLoadAsksForDrafts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "save.jsonl")
	a, f := whiteCell(t, path)
	f.save()
	draftOrders(a, 0, 2)
	f.load()
	if f.asking == nil {
		t.Fatal("Ctrl+L dropped 2 orders drafted without asking")
	}
	for _, want := range []string{"Loading loses " + possessive(a.Sc.Sides[0].Name) + " 2 orders drafted for month 1", notKept} {
		if !strings.Contains(f.asking.text, want) {
			t.Errorf("the question %q does not say %q", f.asking.text, want)
		}
	}
	sess := a.Sess
	f.answer(askNo)
	if a.Sess != sess || len(a.Sess.Pending[0]) != 2 || !strings.HasPrefix(a.Status, "Not loaded: ") {
		t.Fatalf("cancelling the load changed the game or its drafts (status %q)", a.Status)
	}
	f.load()
	f.answer("ask:yes")
	if a.Sess == sess || !draftsOf(a.Sess).none() {
		t.Fatalf("going ahead did not load the save (status %q)", a.Status)
	}
}
