package board

import (
	"testing"

	"ttx/scenarios"
	"ttx/sim"
)

// loadScenario loads one of the embedded scenarios or fails the test.
func loadScenario(t testing.TB, name string) *sim.Scenario {
	t.Helper()
	sc, err := scenarios.Load(name)
	if err != nil {
		t.Fatalf("load %s: %v", name, err)
	}
	return sc
}
