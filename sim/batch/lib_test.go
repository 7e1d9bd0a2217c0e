package batch

import (
	"os"
	"testing"

	"ttx/scenarios"
	"ttx/sim"
	"ttx/sim/load"
)

// library loads every scenario of the library and the engine's mini test scenario.
func library(t testing.TB) []*sim.Scenario {
	var out []*sim.Scenario
	data, err := os.ReadFile("../testdata/mini.toml")
	if err != nil {
		t.Fatal(err)
	}
	mini, err := load.Load("mini.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	out = append(out, mini)
	for _, n := range scenarios.Names() {
		sc, err := scenarios.Load(n)
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		out = append(out, sc)
	}
	return out
}

// mini loads the engine's small test scenario.
func mini(t testing.TB) *sim.Scenario {
	return library(t)[0]
}
