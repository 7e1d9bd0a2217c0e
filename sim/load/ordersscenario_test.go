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
