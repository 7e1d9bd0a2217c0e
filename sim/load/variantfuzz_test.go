package load_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"ttx/sim/load"
)

// FuzzVariant loads arbitrary bytes as a variant of the test base: the loader must never panic,
// and must place every problem in the variant or the base, within that file's lines.
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
		_, err := load.LoadWith("v.toml", src, read)
		if err == nil {
			return
		}
		lines := map[string]int{"v.toml": strings.Count(string(src), "\n") + 1, "base.toml": strings.Count(string(base), "\n") + 1}
		for _, e := range load.List(err) {
			n, ok := lines[e.File]
			if !ok || e.Line > n || e.Line < 0 || e.Col < 0 {
				t.Fatalf("error %q: not within %s (%d lines)", e, e.File, n)
			}
			if strings.IndexFunc(e.Msg, unicode.IsControl) >= 0 {
				t.Fatalf("error %q: not one line of printable text", e)
			}
			if strings.HasPrefix(e.Msg, "internal error") {
				t.Fatalf("LoadWith panicked: %v", e)
			}
		}
	})
}
