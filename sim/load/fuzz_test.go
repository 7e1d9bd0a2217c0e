package load_test

import (
	"os"
	"path/filepath"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
	"ttx/sim/load"
)

// FuzzLoad loads arbitrary bytes: the loader must never panic (an internal error is a panic it
// recovered, and fails the test too), must report every problem on one line with a position
// inside the file, must give the same answer twice, and a scenario it accepts must start and
// play a turn with its invariants kept.
func FuzzLoad(f *testing.F) {
	for _, src := range scentest.Sources(f, "../testdata") {
		f.Add(src.Data)
	}
	bad, _ := filepath.Glob("testdata/invalid/*.toml")
	for _, name := range bad {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		sc, err := load.Load("fuzz.toml", src)
		sc2, err2 := load.Load("fuzz.toml", src)
		if (err == nil) != (err2 == nil) || (err != nil && err.Error() != err2.Error()) {
			t.Fatalf("Load gave %v, then %v", err, err2)
		}
		if err != nil {
			checkErrors(t, err, map[string]int{"fuzz.toml": lineCount(src)})
			return
		}
		if sc2.Hash != sc.Hash || len(sc.Hash) != 64 {
			t.Fatalf("hashes %q and %q", sc.Hash, sc2.Hash)
		}
		if len(sc.Sides) == 0 || sc.Turns < 1 || len(sc.CanPlay) != len(sc.Actors) {
			t.Fatalf("accepted %d sides, %d turns, CanPlay for %d of %d actors", len(sc.Sides), sc.Turns, len(sc.CanPlay), len(sc.Actors))
		}
		for i, d := range sc.Tracks {
			if d.Min > d.Max || d.Def < d.Min || d.Def > d.Max {
				t.Fatalf("track %d: %d..%d default %d", i, d.Min, d.Max, d.Def)
			}
		}
		s := sim.New(sc, sc.Seed)
		if err := sim.Check(s); err != nil {
			t.Fatalf("New: Check = %v", err)
		}
		r := scentest.NewStream(sc.Seed, src)
		for i := 0; i < 3 && !s.Over; i++ {
			s = sim.Resolve(s, scentest.Orders(s, r, true))
			if err := sim.Check(s); err != nil {
				t.Fatalf("turn %d: Check = %v", i+1, err)
			}
			for sd := range sc.Sides {
				sim.View(s, sd)
			}
		}
	})
}
