package board

import (
	"strings"
	"testing"

	"ttx/sim"
	"ttx/ui/kit"
)

// whiteCellBoard returns the campaign's white cell board in a view w×h at
// HiDPI scale 1, after one frame.
func whiteCellBoard(t *testing.T, w, h float64) *Board {
	t.Helper()
	sc := loadScenario(t, "campaign.toml")
	b := New()
	b.SetModel(FromView(sim.View(sim.New(sc, sc.Seed), sim.Facilitator)))
	b.Update(&kit.Input{}, kit.Rect{W: w, H: h}, 1)
	return b
}

// foldedOf returns the groups b has folded, in order.
func foldedOf(b *Board) []int {
	var out []int
	for g := range b.model.Groups {
		if b.Folded(g) {
			out = append(out, g)
		}
	}
	return out
}

// TestBoardFoldsToFit lays the campaign's white cell board, every actor and
// asset, out in a view too small for it at full text size: groups of the
// world fold, no team first and never a side's, until it fits at zoom 1,
// each folded group a frame of its own; in a large view nothing folds.
func TestBoardFoldsToFit(t *testing.T) {
	b := whiteCellBoard(t, 724, 700)
	folded := foldedOf(b)
	if len(folded) == 0 {
		t.Fatal("nothing folded in a 724×700 view")
	}
	if b.cam.Zoom < 1-1e-9 {
		t.Errorf("zoom %.3f after folding %v, want 1 or more", b.cam.Zoom, folded)
	}
	if g := b.model.Groups[folded[0]]; g.Title != groupNoTeam {
		t.Errorf("the first group folded is %s, want %s", g.Title, groupNoTeam)
	}
	frames := map[int]int{}
	for _, f := range b.layout.Frames {
		if f.Folded {
			frames[f.Group]++
		}
	}
	for _, g := range folded {
		if b.model.Groups[g].Fold == 0 {
			t.Errorf("side group %s folded", b.model.Groups[g].Title)
		}
		if frames[g] != 1 {
			t.Errorf("folded group %s has %d frames, want 1", b.model.Groups[g].Title, frames[g])
		}
	}
	for _, n := range b.model.Nodes {
		if _, ok := b.place[n.ID]; ok == b.Folded(n.Group) {
			t.Errorf("%s placed %v in a group folded %v", n.ID, ok, b.Folded(n.Group))
		}
	}
	assertNoOverlap(t, b.place)
	for i, f := range b.layout.Frames {
		for _, o := range b.layout.Frames[i+1:] {
			if f.Rect.Overlaps(o.Rect, 0) {
				t.Errorf("frames of groups %d and %d overlap: %v, %v", f.Group, o.Group, f.Rect, o.Rect)
			}
		}
	}
	if big := whiteCellBoard(t, 1400, 950); len(foldedOf(big)) > 0 {
		t.Errorf("a 1400×950 view folds %v, want nothing", foldedOf(big))
	}
}

// TestBoardOpensFoldedGroup clicks a folded group's frame: it opens, its
// nodes on the board, others fold in its place to keep zoom 1, and Open(-1)
// goes back to the first folding.
func TestBoardOpensFoldedGroup(t *testing.T) {
	b := whiteCellBoard(t, 724, 700)
	first := foldedOf(b)
	if len(first) == 0 {
		t.Fatal("nothing folded in a 724×700 view")
	}
	g := first[0]
	var at kit.Point
	for _, f := range b.layout.Frames {
		if f.Group == g && f.Folded {
			at = b.cam.RectToScreen(f.Rect).Center()
		}
	}
	view := b.cam.View
	b.Update(&kit.Input{Cursor: at, JustPressed: [kit.MouseButtons]bool{kit.MouseLeft: true}, Down: [kit.MouseButtons]bool{kit.MouseLeft: true}}, view, 1)
	// Over the folded frame, the tooltip names every node of the group.
	if h, ok := b.HoverFold(); !ok || h != g {
		t.Errorf("over the folded frame of group %d, hover is %d %v", g, h, ok)
	}
	tip := strings.Join(b.FoldedTip(g), "\n")
	for _, n := range b.model.Nodes {
		if n.Group == g && !strings.Contains(tip, n.Label) {
			t.Errorf("the tooltip of folded group %d lacks %s: %q", g, n.Label, tip)
		}
	}
	if clicked := b.Update(&kit.Input{Cursor: at, JustReleased: [kit.MouseButtons]bool{kit.MouseLeft: true}}, view, 1); clicked != "" {
		t.Errorf("a click on a folded group clicked node %q", clicked)
	}
	b.Update(&kit.Input{Cursor: at}, view, 1)
	if b.Folded(g) {
		t.Fatalf("group %s still folded after a click on it", b.model.Groups[g].Title)
	}
	for _, n := range b.model.Nodes {
		if _, ok := b.place[n.ID]; n.Group == g && !ok {
			t.Errorf("%s not on the board with its group open", n.ID)
		}
	}
	if len(foldedOf(b)) == 0 || b.cam.Zoom < 1-1e-9 {
		t.Errorf("with %s open: folded %v at zoom %.3f, want others folded at zoom 1 or more", b.model.Groups[g].Title, foldedOf(b), b.cam.Zoom)
	}
	b.Open(-1)
	b.Update(&kit.Input{}, view, 1)
	if got := foldedOf(b); len(got) != len(first) || got[0] != first[0] {
		t.Errorf("after Open(-1) folded %v, want %v", got, first)
	}
}
