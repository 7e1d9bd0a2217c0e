package sim_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/load"
)

// paramFixture loads the fixture of the parameter cases.
func paramFixture(t *testing.T) *sim.Scenario {
	t.Helper()
	const path = "testdata/cases/fixtures/params.toml"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := load.Load(path, src)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// TestParamBoundDoesNotLeak checks that a parameter bound that reads another side's hidden
// track tells the ordering side nothing of it: red's draw_on may take at most blue's hidden
// reserve. Red's refusal is veiled (no range in its result, events or feed), and red's legal
// amounts are those of its view, the same whatever blue's reserve is. Blue's pay, bounded by
// its own funds, shows its range: the check can tell a veiled reason from a plain one.
func TestParamBoundDoesNotLeak(t *testing.T) {
	sc := paramFixture(t)
	red := sc.Side("red")
	bs, reserve := sc.Actor("blue_state"), sc.Track("reserve")
	legalOf := func(s *sim.State) string { return fmt.Sprint(sim.Legal(sim.View(s, red))) }

	// The file gives blue's reserve as 6, which red may know; the game has it at 9.
	s := sim.Override(sim.New(sc, 1), bs, reserve, 9)
	before := legalOf(s)
	if alt := legalOf(sim.Override(s, bs, reserve, 90)); alt != before {
		t.Errorf("red's legal orders change with blue's hidden reserve:\n%s\nthen\n%s", before, alt)
	}

	n := sim.Resolve(s, []sim.Order{
		{Side: "red", Actor: "red_state", Move: "draw_on", Param: 12},
		{Side: "blue", Actor: "blue_state", Move: "pay", Param: 30},
	})
	refusals(t, n, "param", "draw_on: amount 12 is outside 1..9", []string{"outside"}, "pay: sum 30 is outside 1..20")
}

// refusals checks the results of turn n of the parameter fixture, two refused orders: red's
// first, refused with code and reason redWhy, which rests on blue's hidden reserve, so that red
// sees only that it failed and nothing red receives holds any of leaks; then blue's, which
// rests on nothing hidden, so that blue sees its reason blueWhy.
func refusals(t *testing.T, n *sim.State, code, redWhy string, leaks []string, blueWhy string) {
	t.Helper()
	red, blue := n.Sc.Side("red"), n.Sc.Side("blue")
	if got := n.Results[0].Code(); got != code || !n.Results[0].Hidden {
		t.Fatalf("red's order: result %s, hidden %v; want %s, hidden", got, n.Results[0].Hidden, code)
	}
	if got := n.Results[0].Reason.Error(); got != redWhy {
		t.Fatalf("red's order: reason %q, want %q", got, redWhy)
	}
	rv := sim.View(n, red)
	if len(rv.Results) != 1 || !errors.As(rv.Results[0].Reason, new(sim.ErrVeiled)) {
		t.Errorf("red's view of its result = %+v, want veiled", rv.Results)
	}
	w := wire(t, n, red)
	for _, l := range leaks {
		if bytes.Contains(w, []byte(l)) {
			t.Errorf("red's wire holds %q, which rests on blue's hidden reserve:\n%s", l, w)
		}
	}
	bv := sim.View(n, blue)
	if len(bv.Results) != 1 || bv.Results[0].Reason == nil || bv.Results[0].Reason.Error() != blueWhy {
		t.Errorf("blue's view of its result = %+v, want %q", bv.Results, blueWhy)
	}
	if w := wire(t, n, blue); !bytes.Contains(w, []byte(blueWhy)) {
		t.Errorf("blue's wire does not give its own order's reason %q:\n%s", blueWhy, w)
	}
}

// TestParamCostDoesNotLeak checks that a cost that reads another side's hidden track tells the
// ordering side nothing of it: red's bribe costs param times blue's hidden reserve. Red's legal
// values are those its view affords (the file's reserve of 6 against its 20 funds: up to 3),
// whatever blue's reserve is; red's refusal for cost is veiled (no amount in its result, events
// or feed). Blue's surge, whose cost reads only its parameter, shows the amount: the check can
// tell a veiled reason from a plain one.
func TestParamCostDoesNotLeak(t *testing.T) {
	sc := paramFixture(t)
	red := sc.Side("red")
	bs, reserve := sc.Actor("blue_state"), sc.Track("reserve")
	legalOf := func(s *sim.State) string { return fmt.Sprint(sim.Legal(sim.View(s, red))) }

	s := sim.Override(sim.New(sc, 1), bs, reserve, 9)
	before := legalOf(s)
	if !strings.Contains(before, "red_state bribe =3") || strings.Contains(before, "red_state bribe =4") {
		t.Errorf("red's legal orders %s: want bribe up to 3 (3 × 6 of 20 funds), not 4", before)
	}
	if alt := legalOf(sim.Override(s, bs, reserve, 1)); alt != before {
		t.Errorf("red's legal orders change with blue's hidden reserve:\n%s\nthen\n%s", before, alt)
	}

	n := sim.Resolve(s, []sim.Order{
		{Side: "red", Actor: "red_state", Move: "bribe", Param: 3},
		{Side: "blue", Actor: "blue_state", Move: "surge", Param: 10},
	})
	if got := n.Track(sc.Actor("red_state"), sc.Track("funds")); got != 20 {
		t.Errorf("red paid for a refused bribe: funds %d, want 20", got)
	}
	refusals(t, n, "cost", "cost: needs 27 funds, has 20", []string{"needs", "27 funds"}, "cost: needs 21 funds, has 20")
}
