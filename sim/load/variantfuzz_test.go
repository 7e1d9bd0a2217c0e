package load_test

import (
	"os"
	"path/filepath"
	"testing"

	"ttx/sim/load"
)

// FuzzVariant loads arbitrary bytes as a variant of the test base: the loader must never panic,
// must place every problem in the variant or the base, within that file's lines, and must give
// the same answer twice.
func FuzzVariant(f *testing.F) {
	base, err := os.ReadFile("testdata/variant/base.toml")
	if err != nil {
		f.Fatal(err)
	}
	seeds, _ := filepath.Glob("testdata/invalid-variant/*.toml")
	seeds = append(seeds, "testdata/variant/rich.toml")
	for _, name := range seeds {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	read := func(from, name string) (string, []byte, error) { return "base.toml", base, nil }
	f.Fuzz(func(t *testing.T, src []byte) {
		sc, err := load.LoadWith("v.toml", src, read)
		sc2, err2 := load.LoadWith("v.toml", src, read)
		if (err == nil) != (err2 == nil) || (err != nil && err.Error() != err2.Error()) {
			t.Fatalf("LoadWith gave %v, then %v", err, err2)
		}
		if err == nil {
			if sc.Hash != sc2.Hash {
				t.Fatalf("hashes %q and %q", sc.Hash, sc2.Hash)
			}
			return
		}
		checkErrors(t, err, map[string]int{"v.toml": lineCount(src), "base.toml": lineCount(base)})
	})
}
