package main

import (
	"os/exec"
	"strings"
	"testing"
)

// goList runs go list in the module root and returns its lines.
func goList(t *testing.T, args ...string) []string {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to list packages with")
	}
	cmd := exec.Command("go", append([]string{"list", "-e"}, args...)...)
	cmd.Dir = "../.."
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list %v: %v", args, err)
	}
	return strings.Split(strings.TrimSpace(string(out)), "\n")
}

// forbidden are the imports that would let the engine read files or clocks, draw global random
// numbers, reach the network or run programs.
var forbidden = []string{"os", "os/exec", "os/signal", "io/ioutil", "time", "math/rand", "math/rand/v2",
	"crypto/rand", "net", "net/http", "syscall", "path/filepath", "unsafe", "plugin"}

// testHelpers is the package under sim that serves only sim's tests (Go's internal rule keeps
// it there): it reads fixture files, and no engine package may import it.
const testHelpers = "ttx/sim/internal/scentest"

// TestEnginePurity proves the engine's house rules from its import graph:
//
//   - no package under sim imports ebiten, directly or not;
//   - no package under sim imports os, time, math/rand and the like itself (tests aside: go list
//     without -test leaves them out; so is testHelpers, which no other package under sim may
//     import). They do appear among the indirect dependencies, through
//     fmt (which imports os, and os imports time) and through the libraries sim/load uses:
//     BurntSushi/toml imports os (for DecodeFile, which the loader does not call) and time (TOML
//     dates); expr-lang/expr imports time (date builtins, which the loader disables);
//   - sim, sim/policy and sim/record depend on no math/rand at any depth, and on nothing but the
//     standard library;
//   - sim/load depends on no module but BurntSushi/toml and expr-lang/expr.
func TestEnginePurity(t *testing.T) {
	for _, l := range goList(t, "-deps", "./sim/...") {
		if strings.Contains(l, "ebiten") {
			t.Errorf("the engine depends on %s", l)
		}
	}
	for _, l := range goList(t, "-f", "{{.ImportPath}} {{join .Imports \" \"}}", "./sim/...") {
		pkg, imports, _ := strings.Cut(l, " ")
		if pkg == testHelpers {
			continue // it reads the fixtures of the tests that import it
		}
		for _, imp := range strings.Fields(imports) {
			if imp == testHelpers {
				t.Errorf("%s imports %s, which is for tests only", pkg, imp)
			}
			for _, f := range forbidden {
				if imp == f {
					t.Errorf("%s imports %s", pkg, imp)
				}
			}
		}
	}
	core := goList(t, "-deps", "-f", "{{.ImportPath}} {{.Standard}}", "./sim", "./sim/policy", "./sim/record")
	if len(core) < 10 {
		t.Fatalf("go list found %d dependencies of sim, sim/policy and sim/record: %v", len(core), core)
	}
	for _, l := range core {
		pkg, std, _ := strings.Cut(l, " ")
		if pkg == "math/rand" || pkg == "math/rand/v2" {
			t.Errorf("sim, sim/policy or sim/record depends on %s", pkg)
		}
		if std != "true" && !strings.HasPrefix(pkg, "ttx/sim") {
			t.Errorf("sim, sim/policy or sim/record depends on %s, outside the standard library", pkg)
		}
	}
	for _, l := range goList(t, "-deps", "-f", "{{.ImportPath}} {{.Standard}}", "./sim/load") {
		pkg, std, _ := strings.Cut(l, " ")
		if std == "true" || strings.HasPrefix(pkg, "ttx/") {
			continue
		}
		if !strings.HasPrefix(pkg, "github.com/BurntSushi/toml") && !strings.HasPrefix(pkg, "github.com/expr-lang/expr") {
			t.Errorf("sim/load depends on %s", pkg)
		}
	}
}

// TestPurityCheckCanFail runs the same listing on the window package, which must import ebiten:
// the check sees a dependency when there is one.
func TestPurityCheckCanFail(t *testing.T) {
	found := false
	for _, l := range goList(t, "-deps", "./ui") {
		found = found || strings.Contains(l, "hajimehoshi/ebiten")
	}
	if !found {
		t.Errorf("go list -deps ./ui shows no ebiten: the purity check could not see one either")
	}
}
