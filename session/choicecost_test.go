package session

import (
	"fmt"
	"testing"

	"ttx/sim"
)

// TestLegalChoicesCost: a legal order of a move whose cost depends on the order carries what it
// would cost as the side's view tells (surge: 2 * param + 1 funds, param - 3 reserve, a negative
// amount costing nothing); one of a move whose cost is fixed carries none (its card says it).
func TestLegalChoicesCost(t *testing.T) {
	sc := fixture(t, "../sim/testdata/cases/fixtures/params.toml")
	s := NewSession(sc, 1)
	funds, reserve := sc.Track("funds"), sc.Track("reserve")
	want := map[int][]sim.TrackAmount{
		0: {{Track: funds, Amount: 1}},
		5: {{Track: funds, Amount: 11}, {Track: reserve, Amount: 2}},
	}
	seen := 0
	for _, c := range s.Legal(sc.Side("blue")) {
		switch c.Move {
		case "surge":
			if w, ok := want[c.Param]; ok {
				seen++
				if fmt.Sprint(c.Cost) != fmt.Sprint(w) {
					t.Errorf("surge at %d costs %v, want %v", c.Param, c.Cost, w)
				}
			}
		case "respond":
			if c.Cost != nil {
				t.Errorf("respond (no cost of its own) carries a cost %v", c.Cost)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("%d of the surge orders %v are legal", seen, want)
	}
}
