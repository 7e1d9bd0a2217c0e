package main

import (
	"strings"
	"testing"
)

// layers are the window's packages from the bottom up, each with the
// packages of ttx/ui it may depend on (at any depth).
var layers = []struct {
	pkg     string
	allowed []string
}{
	{"ttx/ui/kit", nil},
	{"ttx/ui/board", []string{"ttx/ui/kit"}},
	{"ttx/ui/drive", []string{"ttx/ui/kit"}},
}

// TestWindowLayers proves from the import graph that each layer of the
// window stands only on the layers below it: the kit on nothing of ui, the
// board on the kit, the driver that plays the window by injected input on
// the kit (so the screens' own tests can use it).
func TestWindowLayers(t *testing.T) {
	for _, l := range layers {
		deps := goList(t, "-deps", l.pkg)
		if len(deps) < 10 {
			t.Fatalf("go list found %d dependencies of %s: %v", len(deps), l.pkg, deps)
		}
		for _, d := range deps {
			if d == l.pkg || (d != "ttx/ui" && !strings.HasPrefix(d, "ttx/ui/")) {
				continue
			}
			ok := false
			for _, a := range l.allowed {
				ok = ok || d == a
			}
			if !ok {
				t.Errorf("%s depends on %s", l.pkg, d)
			}
		}
	}
}
