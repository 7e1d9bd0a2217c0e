package ui

import (
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
