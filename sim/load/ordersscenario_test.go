package load_test

import (
	"os"
	"testing"

	"ttx/sim/internal/scentest"
	"ttx/sim/load"
)

// TestOrdersOfAnotherScenarioOneError: an orders file of another scenario is refused with the
// one error that says so. Its actors and moves are the other scenario's, and an error for each
// (twenty-two more for albania_2022.toml given to mini) buried that one under unknown actors.
func TestOrdersOfAnotherScenarioOneError(t *testing.T) {
	sc := scentest.Mini(t, "../testdata")
	src, err := os.ReadFile("../../scenarios/history/albania_2022.toml")
	if err != nil {
		t.Fatal(err)
	}
	_, err = load.Orders("albania_2022.toml", src, sc)
	errs := load.List(err)
	if len(errs) != 1 || errs[0].Key != "scenario" || errs[0].Msg != `orders for scenario "principals_game", not "mini"` {
		t.Errorf("Orders(albania_2022.toml, mini) = %d errors:\n%v\nwant one: orders for scenario \"principals_game\", not \"mini\"", len(errs), err)
	}
}

// TestOrdersOfAVariantsBase: a variant has its base's sides, actors and moves, so an orders file
// written for the base (scenario = the base's id) plays on the variant, as on the base; a
// third scenario's is still refused, and the error names the base too. The base's orders were
// refused on every variant of it: orders for scenario "one_move", not "one_move_rich".
func TestOrdersOfAVariantsBase(t *testing.T) {
	src, err := os.ReadFile("testdata/variant/rich.toml")
	if err != nil {
		t.Fatal(err)
	}
	sc, err := load.LoadWith("testdata/variant/rich.toml", src, readBase)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Base != "one_move" {
		t.Errorf("variant rich.toml: Base = %q, want one_move, its base's id", sc.Base)
	}
	orders := func(id string) []byte {
		return []byte("scenario = \"" + id + "\"\n\n[[order]]\nturn = 1\nactor = \"us\"\nmove = \"speech\"\n")
	}
	for _, id := range []string{"one_move", "one_move_rich"} {
		turns, err := load.Orders("plan.toml", orders(id), sc)
		if err != nil || len(turns) < 1 || len(turns[0]) != 1 || turns[0][0].Move != "speech" {
			t.Errorf("orders for %s on the variant one_move_rich = %v, %v; want its one order", id, turns, err)
		}
	}
	_, err = load.Orders("plan.toml", orders("mini"), sc)
	if errs := load.List(err); len(errs) != 1 || errs[0].Msg != `orders for scenario "mini", not "one_move_rich" (a variant of "one_move")` {
		t.Errorf("orders for mini on the variant one_move_rich = %v; want refused, naming the base", err)
	}
}
