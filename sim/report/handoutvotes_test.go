package report

import (
	"testing"

	"ttx/sim/internal/scentest"
	"ttx/sim/record"
)

// TestHandoutVotesCastBy: a side's report does not say how another side's member cast its
// ballot (by its side's order or by the scenario's stance), which the side cannot see: "?",
// where the facilitator's report says "order"; its own members' and members of no side keep
// theirs.
func TestHandoutVotesCastBy(t *testing.T) {
	sc := scentest.Library(t, "security_council.toml")
	for seed := uint64(1); seed <= 60; seed++ {
		s := randomGame(sc, seed)
		h := record.NewHeader(sc, seed, nil)
		full, err := Build(s, h, nil)
		if err != nil {
			t.Fatal(err)
		}
		for vi, v := range full.Votes {
			for si, row := range v.Seats {
				if row.By != "order" {
					continue
				}
				// A member's ballot ordered by its side: every other side's report says "?",
				// its own side's says "order".
				for sd := range sc.Sides {
					r, err := BuildAs(s, sd, h, nil)
					if err != nil {
						t.Fatal(err)
					}
					got := r.Votes[vi].Seats[si]
					want := "?"
					if got.Side == sc.Sides[sd].Name {
						want = "order"
					}
					if got.Member != row.Member || got.By != want {
						t.Errorf("seed %d, %s's report: %s's ballot cast by %q, want %q", seed, sc.Sides[sd].ID, got.Member, got.By, want)
					}
					for _, o := range r.Votes[vi].Seats {
						if o.Side == "no side" && o.By != "stance" {
							t.Errorf("seed %d: %s, of no side, cast by %q in %s's report", seed, o.Member, o.By, sc.Sides[sd].ID)
						}
					}
				}
				return
			}
		}
	}
	t.Fatal("no game of 60 had a ballot cast by order")
}
