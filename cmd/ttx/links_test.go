package main

import (
	"bytes"
	"strings"
	"testing"

	"ttx/scenarios"
	"ttx/serve"
)

// TestPrintLinks: the join links stand in one column after their labels, and when a label is
// too long for that (the campaign's coalition side), each link goes under its label; every
// line fits 80 columns but the links themselves.
func TestPrintLinks(t *testing.T) {
	for _, c := range []struct {
		name    string
		beside  bool // links beside their labels
		longest int  // the longest line but a link's own
	}{
		{"stolen_crypto", true, 80},
		{"campaign", false, 80},
	} {
		sc, err := scenarios.Load(c.name)
		if err != nil {
			t.Fatal(err)
		}
		g, err := serve.NewGame(serve.Config{Scenario: sc, Seed: 1, Base: "http://host:8080/"})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		printLinks(&b, sc, g, false)
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		col := -1
		for _, l := range lines {
			i := strings.Index(l, "http://host:8080/#t=")
			switch {
			case i < 0:
			case c.beside && col >= 0 && i != col:
				t.Errorf("%s: link at column %d, the one before at %d:\n%s", c.name, i, col, b.String())
			case !c.beside && strings.TrimSpace(l[:i]) != "":
				t.Errorf("%s: a link beside its label: %q", c.name, l)
			default:
				col = i
				if c.beside && len(l[:i]) > c.longest {
					t.Errorf("%s: label and padding %d columns: %q", c.name, i, l)
				}
			}
			if i < 0 && len([]rune(l)) > c.longest {
				t.Errorf("%s: line of %d columns: %q", c.name, len([]rune(l)), l)
			}
		}
		if col < 0 {
			t.Errorf("%s: no links:\n%s", c.name, b.String())
		}
	}
}
