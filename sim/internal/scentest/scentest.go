// Package scentest gives tests the scenarios every robustness test plays: the embedded library
// and the engine's test fixtures, loaded.
package scentest

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"ttx/scenarios"
	"ttx/sim"
	"ttx/sim/load"
)

// Source is a scenario file's name and bytes.
type Source struct {
	Name string
	Data []byte
}

// Load loads the source, with its base when it is a variant (scenarios.ReadBase finds the
// base of an embedded variant among the embedded files, of another beside it).
func (src Source) Load() (*sim.Scenario, error) {
	return load.LoadWith(src.Name, src.Data, scenarios.ReadBase)
}

// Sources returns every embedded library scenario ("embedded:NAME") and every *.toml file of
// the engine's test fixtures in fixtures (the path of sim/testdata from the test's package).
func Sources(tb testing.TB, fixtures string) []Source {
	tb.Helper()
	var out []Source
	for _, n := range scenarios.Names() {
		b, ok := scenarios.Read(n)
		if !ok {
			tb.Fatalf("scenarios.Read(%q) failed", n)
		}
		out = append(out, Source{Name: scenarios.Prefix + n, Data: b})
	}
	files, err := filepath.Glob(filepath.Join(fixtures, "*.toml"))
	if err != nil {
		tb.Fatal(err)
	}
	sort.Strings(files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, Source{Name: filepath.ToSlash(f), Data: b})
	}
	if len(out) == 0 {
		tb.Fatal("no scenarios found")
	}
	return out
}

// All loads every scenario of Sources; a scenario that does not load fails the test.
func All(tb testing.TB, fixtures string) []*sim.Scenario {
	tb.Helper()
	var out []*sim.Scenario
	for _, src := range Sources(tb, fixtures) {
		sc, err := src.Load()
		if err != nil {
			tb.Fatalf("load.Load(%s):\n%v", src.Name, err)
		}
		out = append(out, sc)
	}
	return out
}

// Mini loads the small scenario that touches every mechanic, from fixtures (sim/testdata).
func Mini(tb testing.TB, fixtures string) *sim.Scenario {
	tb.Helper()
	name := filepath.Join(fixtures, "mini.toml")
	b, err := os.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	sc, err := load.Load(filepath.ToSlash(name), b)
	if err != nil {
		tb.Fatalf("load.Load(%s):\n%v", name, err)
	}
	return sc
}

// Load loads the scenario file at path (relative to the test's package).
func Load(tb testing.TB, path string) *sim.Scenario {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	sc, err := load.Load(filepath.ToSlash(path), b)
	if err != nil {
		tb.Fatalf("load.Load(%s):\n%v", path, err)
	}
	return sc
}

// Library loads the embedded library's scenario file (such as campaign.toml), named as the file.
func Library(tb testing.TB, file string) *sim.Scenario {
	tb.Helper()
	b, ok := scenarios.Read(file)
	if !ok {
		tb.Fatalf("the library has no %s", file)
	}
	sc, err := load.Load(file, b)
	if err != nil {
		tb.Fatalf("load.Load(%s):\n%v", file, err)
	}
	return sc
}
