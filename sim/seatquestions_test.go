package sim_test

import (
	"reflect"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestSeatQuestions: a seat's copy of the scenario holds the key questions put to its side by
// the turn of its sight, so that the questions it works out from its copy (QuestionsFor) are
// the game's: a team's, and the white cell's every table's. Of whom a question or an inject was
// asked, a team's copy names its own side alone; the white cell's names every table (and no
// side the scenario lacks).
func TestSeatQuestions(t *testing.T) {
	for _, sc := range scentest.All(t, "testdata") {
		end := markerGame(sc, 3, "random")
		for _, p := range end.History() {
			for sd := sim.Facilitator; sd < len(sc.Sides); sd++ {
				v := sim.View(p, sd)
				ss := sim.SeatScenarioOf(v)
				seat := ss.Scenario()
				wantIDs, wantTexts := sc.QuestionsFor(v.State, sd, p.Turn)
				ids, texts := seat.QuestionsFor(v.State, sd, p.Turn)
				if !reflect.DeepEqual(ids, wantIDs) || !reflect.DeepEqual(texts, wantTexts) {
					t.Fatalf("%s turn %d side %d: the seat's copy puts %q %q, the game %q %q", sc.ID, p.Turn, sd, ids, texts, wantIDs, wantTexts)
				}
				if sd == sim.Facilitator {
					if len(ss.Questions) != len(sc.Questions) {
						t.Fatalf("%s: the white cell's copy has %d questions of %d", sc.ID, len(ss.Questions), len(sc.Questions))
					}
					every := uint64(1)<<uint(len(sc.Sides)) - 1
					for i, q := range ss.Questions {
						if q.To != sc.Questions[i].To&every {
							t.Fatalf("%s: the white cell's copy puts %s to %b, the scenario to %b", sc.ID, q.ID, q.To, sc.Questions[i].To)
						}
					}
					for i, in := range ss.Injects {
						if in.To != sc.Injects[i].To&every {
							t.Fatalf("%s: the white cell's copy tells %s to %b, the scenario to %b", sc.ID, in.ID, in.To, sc.Injects[i].To)
						}
					}
					continue
				}
				own := uint64(1) << uint(sd)
				for _, q := range ss.Questions {
					if q.To != own {
						t.Fatalf("%s turn %d: side %d's copy puts %s to %b", sc.ID, p.Turn, sd, q.ID, q.To)
					}
				}
				for _, in := range ss.Injects {
					if in.ID != "" && in.To != own {
						t.Fatalf("%s turn %d: side %d's copy tells %s to %b", sc.ID, p.Turn, sd, in.ID, in.To)
					}
				}
			}
		}
	}
}
