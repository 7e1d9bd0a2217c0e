package load

import (
	"os"
	"runtime"
	"slices"
	"testing"
	"weak"
)

// TestScenarioKeepsNoLoader: a loaded scenario's expressions keep nothing of the load that
// made them: once the loader's caches let go of its environments and checked expressions, they
// are collected while the scenario lives on, so a program that loads many scenarios holds the
// scenarios, not every load's working state.
func TestScenarioKeepsNoLoader(t *testing.T) {
	data, err := os.ReadFile("../../scenarios/campaign.toml")
	if err != nil {
		t.Fatal(err)
	}
	sc, err := Load("campaign.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	envSets.Lock()
	var set weak.Pointer[envSet]
	for i, s := range envSets.sets {
		if s.names == envNames(sc) {
			set = weak.Make(s)
			envSets.sets = slices.Delete(envSets.sets, i, i+1) // clears the slot it leaves
			break
		}
	}
	envSets.Unlock()
	if set == (weak.Pointer[envSet]{}) {
		t.Fatal("the load kept no environments")
	}
	runtime.GC()
	runtime.GC()
	if set.Value() != nil {
		t.Error("the scenario keeps its loader's environments and checked expressions alive")
	}
	runtime.KeepAlive(sc)
}
