package sim_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
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
	blue, red := sc.Side("blue"), sc.Side("red")
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
	if got := n.Results[0].Code(); got != "param" || !n.Results[0].Hidden {
		t.Fatalf("draw_on 12: result %s, hidden %v; want param, hidden", got, n.Results[0].Hidden)
	}
	if got, want := n.Results[0].Reason.Error(), "draw_on: amount 12 is outside 1..9"; got != want {
		t.Fatalf("draw_on 12: reason %q, want %q", got, want)
	}
	rv := sim.View(n, red)
	if len(rv.Results) != 1 || !errors.As(rv.Results[0].Reason, new(sim.ErrVeiled)) {
		t.Errorf("red's view of its result = %+v, want veiled", rv.Results)
	}
	if w := wire(t, n, red); bytes.Contains(w, []byte("outside")) {
		t.Errorf("red's wire tells the hidden bound:\n%s", w)
	}
	bv := sim.View(n, blue)
	if len(bv.Results) != 1 || bv.Results[0].Reason == nil || bv.Results[0].Reason.Error() != "pay: sum 30 is outside 1..20" {
		t.Errorf("blue's view of its result = %+v, want the range 1..20", bv.Results)
	}
	if w := wire(t, n, blue); !bytes.Contains(w, []byte("outside 1..20")) {
		t.Errorf("blue's wire does not give its own order's range:\n%s", w)
	}
}
