package report

import (
	"strings"
	"testing"

	"ttx/sim/internal/scentest"
	"ttx/sim/record"
)

// TestHandoutKnownTo: a side's report does not name which sides know of an incident that is not
// public (its view says only that it knows), nor imply that it alone does; a public one is known
// to all sides. Nor does it say "none" for planted evidence, which its view never holds, even
// of the side's own incidents. The facilitator's report names the sides.
func TestHandoutKnownTo(t *testing.T) {
	sc := scentest.Library(t, "campaign.toml")
	s := randomGame(sc, 7)
	h := record.NewHeader(sc, 7, nil)
	hidden := 0
	for sd := range sc.Sides {
		r, err := BuildAs(s, sd, h, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range r.Incidents {
			switch {
			case in.Public && in.KnownTo != "all sides":
				t.Errorf("%s's report: public incident %d known to %q", sc.Sides[sd].ID, in.N, in.KnownTo)
			case !in.Public && in.KnownTo != sc.Sides[sd].Name+"; other sides: not yours to know":
				t.Errorf("%s's report: incident %d known to %q", sc.Sides[sd].ID, in.N, in.KnownTo)
			case !in.Public:
				hidden++
			}
			if in.Planted != "unknown" {
				t.Errorf("%s's report: incident %d's planted evidence %q; its view holds none to report", sc.Sides[sd].ID, in.N, in.Planted)
			}
		}
		if strings.Contains(markdown(t)(r, nil), "No side found evidence") {
			t.Errorf("%s's report says no side found evidence: its view holds only its own and what was made public", sc.Sides[sd].ID)
		}
	}
	if hidden == 0 {
		t.Fatal("no side's report has an incident that is not public: the game tests nothing")
	}
	full, err := Build(s, h, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range full.Incidents {
		if strings.Contains(in.KnownTo, "not yours") {
			t.Errorf("the facilitator's report: incident %d known to %q", in.N, in.KnownTo)
		}
	}
}
