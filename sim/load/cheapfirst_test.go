package load

import (
	"slices"
	"strings"
	"testing"

	"github.com/expr-lang/expr/parser"
)

// TestCheapFirst: a condition's conjuncts that walk an incident's evidence come after the
// others, each group in the order written, so that a check of legality that fails on a cheap
// conjunct never walks the evidence.
func TestCheapFirst(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"target.evidence >= 2 and not target.attributed", "not target.attributed|target.evidence >= 2"},
		{"target.against > 1 and target.age > 0 and target.evidence >= 4 and self.x == 1",
			"target.age > 0|self.x == 1|target.against > 1|target.evidence >= 4"},
		{"target.age > 0 and target.evidence >= 4", "target.age > 0|target.evidence >= 4"},
		{"self.x == 1", "self.x == 1"},
	} {
		tree, err := parser.Parse(tc.src)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, n := range cheapFirst(conjuncts(tree.Node, nil)) {
			got = append(got, n.String())
		}
		if want := strings.Split(tc.want, "|"); !slices.Equal(got, want) {
			t.Errorf("%s: conjuncts in the order %q, want %q", tc.src, got, want)
		}
	}
}
