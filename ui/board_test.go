package ui

import (
	"testing"

	"ttx/sim"
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
	view := Rect{16, 60, 760, 690}
	board := func(sd int) *Board {
		b := a.Board(sd)
		b.Update(&Input{}, view, 1)
		return b
	}
	before := map[int]Placement{}
	cells, colHs := map[int]float64{}, map[int]float64{}
	for _, sd := range sides {
		before[sd] = clonePlacement(board(sd).Placement())
		cells[sd], colHs[sd] = board(sd).layout.Cell, board(sd).layout.ColH
	}
	grew := false
	for turn := 0; turn < 4 && !a.Sess.State.Over; turn++ {
		if _, err := a.Sess.Resolve(); err != nil {
			t.Fatal(err)
		}
		for _, sd := range sides {
			b := board(sd)
			now := b.Placement()
			// Only a board that no longer fits at zoom 1 is laid out afresh.
			same := len(now) == len(before[sd])
			kept := b.layout.Cell == cells[sd] && b.layout.ColH == colHs[sd]
			for id, r := range before[sd] {
				actor := b.Model().Nodes[b.byID[id]].Class == ClassActor
				if got, ok := now[id]; ok && got != r && (same || actor && kept) {
					t.Errorf("side %d turn %d: %s moved from %v to %v", sd, turn+1, id, r, got)
				}
			}
			grew = grew || len(now) > len(before[sd])
			assertNoOverlap(t, now)
			before[sd] = clonePlacement(now)
			cells[sd], colHs[sd] = b.layout.Cell, b.layout.ColH
		}
	}
	if !grew {
		t.Log("no board gained a node in four turns")
	}
}

func clonePlacement(p Placement) Placement {
	out := make(Placement, len(p))
	for k, v := range p {
		out[k] = v
	}
	return out
}
