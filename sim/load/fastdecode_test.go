package load_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ttx/scenarios"
	"ttx/sim/internal/scentest"
	"ttx/sim/load"
)

// fastSources returns every file the fast decoder is held to the format library on: the
// library scenarios (and the text each variant is loaded as), the engine's fixtures and rule
// cases, and the loader's test files, valid and invalid. library is set for those it must read.
func fastSources(tb testing.TB) (srcs []scentest.Source, library map[string]bool) {
	tb.Helper()
	library = map[string]bool{}
	for _, src := range scentest.Sources(tb, "../testdata") {
		srcs = append(srcs, src)
		if !strings.HasPrefix(src.Name, scenarios.Prefix) {
			continue
		}
		library[src.Name] = true
		merged, err := load.Spliced(src.Name, src.Data, scenarios.ReadBase)
		if err != nil {
			tb.Fatalf("Spliced(%s) = %v", src.Name, err)
		}
		if merged != nil {
			name := src.Name + " (spliced)"
			srcs = append(srcs, scentest.Source{Name: name, Data: merged})
			library[name] = true
		}
	}
	for _, dir := range []string{"../testdata/cases", "testdata"} {
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".toml") {
				return err
			}
			b, err := os.ReadFile(path)
			srcs = append(srcs, scentest.Source{Name: path, Data: b})
			return err
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	return srcs, library
}

// TestFastDecode holds the fast decoder to the format library: every file it reads decodes to
// the same File with the same order of tables, and it reads every library scenario.
func TestFastDecode(t *testing.T) {
	srcs, library := fastSources(t)
	read := 0
	for _, src := range srcs {
		ok, diff := load.FastDiff(src.Data)
		if diff != "" {
			t.Errorf("%s: %s", src.Name, diff)
		}
		if !ok && library[src.Name] {
			t.Errorf("%s: the fast decoder does not read this library scenario", src.Name)
		}
		if ok {
			read++
		}
	}
	t.Logf("the fast decoder read %d of %d files", read, len(srcs))
	if read < len(library) {
		t.Errorf("read %d files, fewer than the %d library scenarios", read, len(library))
	}
}

// FuzzFastDecode holds the fast decoder to the format library on any input: whatever it reads
// must decode to the same File with the same order of tables.
func FuzzFastDecode(f *testing.F) {
	srcs, _ := fastSources(f)
	for _, src := range srcs {
		f.Add(src.Data)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > load.MaxFileSize {
			return
		}
		if _, diff := load.FastDiff(src); diff != "" {
			t.Fatal(diff)
		}
	})
}
