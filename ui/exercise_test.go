package ui

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"ttx/scenarios"
	"ttx/sim"
)

// defaultScenario is the scenario `ttx play` opens with no file: the
// library's default, or the first embedded one while there is none.
func defaultScenario(t testing.TB) *sim.Scenario {
	t.Helper()
	if _, ok := scenarios.Read(scenarios.Default); ok {
		return loadScenario(t, scenarios.Default)
	}
	names := scenarios.Names()
	if len(names) == 0 {
		t.Fatal("no embedded scenario")
	}
	t.Logf("no %s yet: playing %s", scenarios.Default, names[0])
	return loadScenario(t, names[0])
}

// TestWindowExercise plays the default scenario in the real window by
// injected input: set-up, briefings, a full turn for every side, the
// resolution, the facilitator and the rest of the game, and the review,
// saving a PNG of each screen and checking what each must (not) show.
func TestWindowExercise(t *testing.T) {
	sc := defaultScenario(t)
	a := NewApp(sc, Options{SavePath: filepath.Join(t.TempDir(), "save.jsonl")})
	r := newRig(t, NewLibrary(a), 1280, 800)

	var lastOrders []string // what the side before the next hand-over ordered
	check := func(name string, d *driver) error {
		img := d.Pixels()
		if n := distinctColours(img, 50); n < 20 {
			return fmt.Errorf("screen looks blank: %d colours", n)
		}
		text := flat(textOf(d)) // a long order wraps onto several lines: compare words, not lines
		switch {
		case strings.Contains(name, "-orders-"):
			sd := d.Game().Scene().(*turn).sd
			for _, o := range lastOrders {
				if strings.Contains(text, o) {
					return fmt.Errorf("the orders screen shows the previous side's order %q", o)
				}
			}
			lastOrders = lastOrders[:0]
			for _, o := range a.Sess.Pending[sd] {
				lastOrders = append(lastOrders, sim.OrderText(a.Sc, o)) // orders are listed by name
			}
			if len(lastOrders) == 0 {
				return fmt.Errorf("no order was given")
			}
			for _, o := range lastOrders {
				if !strings.Contains(text, o) {
					return fmt.Errorf("order %q not listed on the orders screen", o)
				}
			}
		case strings.Contains(name, "-handover-"):
			for _, o := range lastOrders {
				if strings.Contains(text, o) {
					return fmt.Errorf("hand-over shows the previous side's order %q", o)
				}
			}
			if strings.Contains(text, "test rationale") {
				return fmt.Errorf("hand-over shows a rationale")
			}
		case strings.HasSuffix(name, "-briefing"):
			if !strings.Contains(text, flat(sc.Title)) {
				return fmt.Errorf("common briefing does not name the scenario")
			}
		case strings.Contains(name, "-briefing-"):
			sd := d.Game().Scene().(*briefing).sd
			for o := range sc.Sides {
				if o != sd && sc.Sides[o].Briefing != "" && strings.Contains(text, flat(sc.Sides[o].Briefing)) {
					return fmt.Errorf("side %s's briefing shows side %s's", sc.Sides[sd].ID, sc.Sides[o].ID)
				}
			}
		case strings.HasSuffix(name, "-facilitator"):
			if !strings.Contains(text, "observer note") {
				return fmt.Errorf("the note is not listed")
			}
		}
		return nil
	}
	shots, err := tour(r.driver, check)
	if err != nil {
		t.Fatalf("tour stopped after %v: %v", shots, err)
	}
	t.Logf("screens: %s in %s", strings.Join(shots, ", "), r.dirs[0])
	for _, want := range []string{"library", "briefing", "handover", "orders", "feed", "resolution", "facilitator", "review"} {
		found := false
		for _, s := range shots {
			found = found || strings.Contains(s, want)
		}
		if !found {
			t.Errorf("no %s screen in %v", want, shots)
		}
	}
	if !a.Sess.State.Over {
		t.Error("the game did not end")
	}
	// Every person side's first-turn order reached sim with its rationale.
	var turn1 *sim.State
	for _, p := range a.Sess.State.History() {
		if p.Step.Kind == sim.StepTurn {
			turn1 = p
			break
		}
	}
	for _, sd := range a.Sess.People() {
		id := sc.Sides[sd].ID
		ok := false
		for _, res := range turn1.Results {
			ok = ok || (res.Order.Side == id && res.Order.Rationale == "test rationale "+id)
		}
		if !ok {
			t.Errorf("side %s's order with its rationale is not among turn 1's results %+v", id, turn1.Results)
		}
	}
	if len(a.Sess.Notes) != 1 || a.Sess.Notes[0].Text != "observer note" {
		t.Errorf("notes = %+v", a.Sess.Notes)
	}
}

// flat returns s with every run of white space one space.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }
