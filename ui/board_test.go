package ui

import (
	"testing"

	"ttx/sim"
)

// TestBoardStableBetweenTurns plays turns and checks that every node keeps
// its place on each side's board, however the views change.
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
	before := map[int]Placement{}
	for _, sd := range sides {
		before[sd] = clonePlacement(a.Board(sd).Placement())
	}
	grew := false
	for turn := 0; turn < 4 && !a.Sess.State.Over; turn++ {
		if _, err := a.Sess.Resolve(); err != nil {
			t.Fatal(err)
		}
		for _, sd := range sides {
			now := a.Board(sd).Placement()
			for id, r := range before[sd] {
				if got, ok := now[id]; ok && got != r {
					t.Errorf("side %d turn %d: %s moved from %v to %v", sd, turn+1, id, r, got)
				}
			}
			grew = grew || len(now) > len(before[sd])
			assertNoOverlap(t, now)
			before[sd] = clonePlacement(now)
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
