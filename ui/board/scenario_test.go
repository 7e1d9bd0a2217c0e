package board

import (
	"testing"

	"ttx/scenarios"
	"ttx/sim"
	"ttx/sim/load"
)

// loadScenario loads one of the embedded scenarios or fails the test.
func loadScenario(t testing.TB, name string) *sim.Scenario {
	t.Helper()
	data, ok := scenarios.Read(name)
	if !ok {
		t.Fatalf("no embedded scenario %s", name)
	}
	sc, err := load.Load(scenarios.Prefix+name, data)
	if err != nil {
		t.Fatalf("load %s: %v", name, err)
	}
	return sc
}
