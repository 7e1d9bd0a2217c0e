package report

import (
	"strings"
	"testing"

	"ttx/sim/internal/scentest"
	"ttx/sim/record"
)

// TestTechniqueCoverage: the report counts, for each ATT&CK technique the moves list, the orders
// of its moves tried and succeeded, as the game's events have them.
func TestTechniqueCoverage(t *testing.T) {
	sc := scentest.Library(t, "shared_infrastructure.toml")
	s := randomGame(sc, 3)
	want := map[string][2]int{}
	for _, p := range s.History() {
		for _, r := range p.Results {
			m := sc.Move(r.Order.Move)
			if m < 0 || r.Code() != "ok" && r.Code() != "chance" {
				continue
			}
			for _, id := range sc.Moves[m].Techniques {
				w := want[id]
				w[0]++
				if r.OK {
					w[1]++
				}
				want[id] = w
			}
		}
	}
	r, err := Build(s, record.NewHeader(sc, 3, nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Techniques) < 5 {
		t.Fatalf("techniques = %+v, want the scenario's five or more", r.Techniques)
	}
	tried := 0
	for _, tq := range r.Techniques {
		if w := want[tq.ID]; tq.Tried != w[0] || tq.Succeeded != w[1] {
			t.Errorf("%s: tried %d succeeded %d, want %d and %d", tq.ID, tq.Tried, tq.Succeeded, w[0], w[1])
		}
		tried += tq.Tried
	}
	if tried == 0 {
		t.Fatal("no technique was tried in the game: pick another seed")
	}
	var html strings.Builder
	if err := r.HTML(&html); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html.String(), "T1566.002") {
		t.Fatal("the HTML report has no coverage table")
	}
}
