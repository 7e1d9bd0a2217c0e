package board

import (
	"sort"
	"strings"

	"ttx/internal/words"
	"ttx/ui/kit"
)

// foldedLine is the height of the line a folded group shows under its
// title, in world units.
const foldedLine = boardTinyLine + 2

// foldOrder returns the groups that may fold, in their turn to fold: by
// Group.Fold, then in order; the group the user opened is not among them.
func (b *Board) foldOrder() []int {
	var out []int
	for g, gr := range b.model.Groups {
		if gr.Fold > 0 && g != b.opened {
			out = append(out, g)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		return b.model.Groups[out[i]].Fold < b.model.Groups[out[j]].Fold
	})
	return out
}

// foldedAt returns the folded group whose frame holds world point p.
func (b *Board) foldedAt(p kit.Point) (int, bool) {
	for _, f := range b.layout.Frames {
		if f.Folded && f.Rect.Contains(p) {
			return f.Group, true
		}
	}
	return 0, false
}

// FoldedLine is the line folded group g shows in place of its nodes: that
// a click shows them, and how many actors and assets they are.
func (b *Board) FoldedLine(g int) string {
	var actors, others int
	for _, n := range b.model.Nodes {
		switch {
		case n.Group != g:
		case n.Class == ClassActor:
			actors++
		default:
			others++
		}
	}
	var parts []string
	for _, c := range []struct {
		n    int
		what string
	}{{actors, "actor"}, {others, "asset"}} {
		if c.n > 0 {
			parts = append(parts, words.Count(c.n, c.what))
		}
	}
	return "► show " + strings.Join(parts, ", ")
}

// FoldedTip returns the lines of the tooltip of folded group g: its
// title, the names of its nodes, and that a click shows them.
func (b *Board) FoldedTip(g int) []string {
	out := []string{b.model.Groups[g].Title}
	for _, n := range b.model.Nodes {
		if n.Group == g {
			out = append(out, n.Label)
		}
	}
	return append(out, "click to show them on the board")
}

// HoverFold returns the folded group under the cursor, if any.
func (b *Board) HoverFold() (int, bool) { return b.hoverFold, b.hoverFold >= 0 }

// Folded reports whether group g is folded: drawn as its title and a
// line, its nodes hidden until a click on it opens it.
func (b *Board) Folded(g int) bool { return b.folded[g] }

// Open opens folded group g, as a click on it does: it stays open, and the
// other groups that may fold fold in its place as the view needs. Open(-1)
// lets every group fold again.
func (b *Board) Open(g int) {
	if b.opened == g {
		return
	}
	b.opened = g
	b.relayout()
	if !b.userMoved {
		b.Fit()
	}
}
