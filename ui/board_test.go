package ui

import (
	"image"
	"slices"
	"testing"

	"ttx/sim"
	"ttx/ui/board"
	"ttx/ui/kit"
)

// TestBoardStableBetweenTurns plays turns and checks that on each side's
// board no node moves while the nodes on show stay the same, and no actor
// moves when an asset is learned unless the board had to be laid out
// afresh to fit (an asset learned pushes down the boxes of its group).
func TestBoardStableBetweenTurns(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	a := NewApp(sc, Options{})
	a.Start(&Context{mgr: &Manager{}})
	for i := range a.Sess.Seats {
		a.Sess.Seats[i] = "random"
	}
	sides := append([]int{sim.Facilitator}, a.Sess.People()...)
	for sd := range sc.Sides {
		sides = append(sides, sd)
	}
	// The board's area on a turn's screen in a 1280×800 window.
	view := kit.Rect{X: 16, Y: 60, W: 760, H: 690}
	boardOf := func(sd int) *board.Board {
		b := a.Board(sd)
		b.Update(&kit.Input{}, view, 1)
		return b
	}
	before := map[int]board.Placement{}
	cells, colHs := map[int]float64{}, map[int]float64{}
	for _, sd := range sides {
		before[sd] = clonePlacement(boardOf(sd).Placement())
		cells[sd], colHs[sd] = boardOf(sd).Layout().Cell, boardOf(sd).Layout().ColH
	}
	grew := false
	for turn := 0; turn < 4 && !a.Sess.State.Over; turn++ {
		if _, err := a.Sess.Resolve(); err != nil {
			t.Fatal(err)
		}
		for _, sd := range sides {
			b := boardOf(sd)
			now := b.Placement()
			// Only a board that no longer fits at zoom 1 is laid out afresh.
			same := len(now) == len(before[sd])
			kept := b.Layout().Cell == cells[sd] && b.Layout().ColH == colHs[sd]
			for id, r := range before[sd] {
				n, _ := b.Node(id)
				actor := n.Class == board.ClassActor
				if got, ok := now[id]; ok && got != r && (same || actor && kept) {
					t.Errorf("side %d turn %d: %s moved from %v to %v", sd, turn+1, id, r, got)
				}
			}
			grew = grew || len(now) > len(before[sd])
			for id, r := range now {
				for o, q := range now {
					if id < o && r.Overlaps(q, 0) {
						t.Errorf("side %d turn %d: %s %v overlaps %s %v", sd, turn+1, id, r, o, q)
					}
				}
			}
			before[sd] = clonePlacement(now)
			cells[sd], colHs[sd] = b.Layout().Cell, b.Layout().ColH
		}
	}
	if !grew {
		t.Log("no board gained a node in four turns")
	}
}

func clonePlacement(p board.Placement) board.Placement {
	out := make(board.Placement, len(p))
	for k, v := range p {
		out[k] = v
	}
	return out
}

// TestWindowChosenLinesUnderNames: the chosen actor's bright lines run under the other actors'
// boxes, not across their names: every box but the chosen actor's and its partners' is drawn
// the same, pixel for pixel, whether the actor is chosen or not.
func TestWindowChosenLinesUnderNames(t *testing.T) {
	r := newRig(t, newDemoScene(), 1280, 800)
	sc := loadScenario(t, "campaign.toml")
	side := slices.IndexFunc(sc.Sides, func(d sim.SideDef) bool { return d.ID == "pyongyang" })
	if side < 0 {
		t.Fatal("the campaign has no side pyongyang")
	}
	m := board.FromView(sim.View(sim.New(sc, sc.Seed), side)) // its board: DPRK's lines cross Moscow's group
	th := kit.NewTheme(1)
	const chosen = "dprk"
	ends := map[string]bool{chosen: true}
	for _, e := range m.Edges {
		if e.From == chosen || e.To == chosen {
			ends[e.From], ends[e.To] = true, true
		}
	}
	if len(ends) < 3 {
		t.Fatalf("%s has %d partners on the board: too few to test", chosen, len(ends)-1)
	}
	draw := func(choose string) (*image.RGBA, *board.Board) {
		b := board.New()
		b.SetModel(m)
		b.Update(&kit.Input{Cursor: kit.Point{X: -100, Y: -100}}, kit.Rect{X: 16, Y: 65, W: 756, H: 703}, 1) // the turn screen's board
		b.Choose(choose)
		r.screen.Clear()
		b.Draw(r.screen, th)
		return r.pixels(), b
	}
	plain, b := draw("")
	lit, _ := draw(chosen)

	for _, n := range m.Nodes {
		if ends[n.ID] {
			continue
		}
		box, ok := b.NodeOnScreen(n.ID)
		if !ok {
			continue
		}
		rc := image.Rect(int(box.X)+2, int(box.Y)+2, int(box.X+box.W)-2, int(box.Y+box.H)-2)
		if diff := changedPixels(plain, lit, rc); diff > 0 {
			t.Errorf("choosing %s changes %d pixels inside %s's box: a line runs across it", chosen, diff, n.Label)
		}
	}
	t.Logf("%d boxes checked", len(m.Nodes)-len(ends))
}

// TestWindowLinesUnderTitles: the lines between nodes run under the groups' title strips, not
// across their titles: on every side's board of the campaign (and the white cell's), each
// frame's title strip is drawn the same, pixel for pixel, with the lines and without them.
func TestWindowLinesUnderTitles(t *testing.T) {
	r := newRig(t, newDemoScene(), 1280, 800)
	sc := loadScenario(t, "campaign.toml")
	th := kit.NewTheme(1)
	s := sim.New(sc, sc.Seed)
	crossed := 0
	for sd := sim.Facilitator; sd < len(sc.Sides); sd++ {
		m := board.FromView(sim.View(s, sd))
		draw := func(m board.Model) (*image.RGBA, *board.Board) {
			b := board.New()
			b.SetModel(m)
			b.Update(&kit.Input{Cursor: kit.Point{X: -100, Y: -100}}, kit.Rect{X: 16, Y: 65, W: 756, H: 703}, 1) // the turn screen's board
			r.screen.Clear()
			b.Draw(r.screen, th)
			return r.pixels(), b
		}
		bare := m
		bare.Edges = nil
		lined, b := draw(m)
		plain, _ := draw(bare)
		z := b.Camera().Zoom
		for _, f := range b.Frames() {
			fr := b.Camera().RectToScreen(f.Rect)
			// The title's line: below the group's colour strip, the width of the frame.
			rc := image.Rect(int(fr.X)+2, int(fr.Y+4*z), int(fr.X+fr.W)-2, int(fr.Y+18*z))
			if diff := changedPixels(plain, lined, rc); diff > 0 {
				crossed++
				t.Errorf("side %d: the lines change %d pixels of group %d's title strip", sd, diff, f.Group)
			}
		}
	}
	t.Logf("%d title strips crossed", crossed)
}

// changedPixels returns how many pixels of rc (within a's bounds) differ between a and b.
func changedPixels(a, b *image.RGBA, rc image.Rectangle) int {
	rc = rc.Intersect(a.Bounds())
	n := 0
	for y := rc.Min.Y; y < rc.Max.Y; y++ {
		for x := rc.Min.X; x < rc.Max.X; x++ {
			if a.RGBAAt(x, y) != b.RGBAAt(x, y) {
				n++
			}
		}
	}
	return n
}
