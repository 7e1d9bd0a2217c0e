package load_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ttx/sim/internal/scentest"
	"ttx/sim/load"
)

// TestValid loads every library scenario and every engine fixture without error.
func TestValid(t *testing.T) {
	for _, src := range scentest.Sources(t, "../testdata") {
		sc, err := load.Load(src.Name, src.Data)
		if err != nil {
			t.Errorf("Load(%s):\n%v", src.Name, err)
			continue
		}
		if sc.File != src.Name || len(sc.Hash) != 64 || len(sc.Sides) == 0 || len(sc.CanPlay) != len(sc.Actors) {
			t.Errorf("Load(%s) = file %q, hash %q, %d sides, %d CanPlay for %d actors", src.Name, sc.File, sc.Hash, len(sc.Sides), len(sc.CanPlay), len(sc.Actors))
		}
	}
}

// TestHistoryOrders reads every orders file of scenarios/history against the scenario it names.
func TestHistoryOrders(t *testing.T) {
	files, _ := filepath.Glob("../../scenarios/history/*.toml")
	if len(files) == 0 {
		t.Skip("no orders files in scenarios/history yet")
	}
	lib := map[string][]byte{}
	for _, src := range scentest.Sources(t, "../testdata") {
		lib[strings.TrimSuffix(filepath.Base(strings.TrimPrefix(src.Name, "embedded:")), ".toml")] = src.Data
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var id string
		for _, line := range strings.Split(string(data), "\n") {
			if v, ok := strings.CutPrefix(line, "scenario = "); ok {
				id = strings.Trim(v, `"`)
				break
			}
		}
		src, ok := lib[id]
		if !ok {
			t.Errorf("%s: names scenario %q, which is not in the library", f, id)
			continue
		}
		sc, err := load.Load(id+".toml", src)
		if err != nil {
			t.Fatal(err)
		}
		turns, err := load.Orders(f, data, sc)
		if err != nil {
			t.Errorf("Orders(%s):\n%v", f, err)
			continue
		}
		n := 0
		for _, ts := range turns {
			n += len(ts)
		}
		if n == 0 {
			t.Errorf("Orders(%s) has no orders", f)
		}
	}
}
