package sim_test

import (
	"encoding/json"
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// sameSight reports whether two sights show the same, slice for slice (a nil slice and an
// empty one alike) and reason for reason.
func sameSight(t *testing.T, a, b *sim.Sight) (string, string, bool) {
	t.Helper()
	text := func(v *sim.Sight) []byte {
		st := *v.State
		st.Sc = nil // the scenario, the same for both, holds functions
		j, err := json.Marshal(struct {
			State sim.State
			Side  int
		}{st, v.Side})
		if err != nil {
			t.Fatal(err)
		}
		return j
	}
	ja, jb := text(a), text(b)
	// Status is bytes: empty, encoding/json writes "", nil null.
	norm := strings.NewReplacer(":null", ":[]", `"Status":""`, `"Status":[]`)
	na, nb := norm.Replace(string(ja)), norm.Replace(string(jb))
	if na != nb || len(a.Results) != len(b.Results) {
		return na, nb, false
	}
	for i := range a.Results {
		if a.Results[i].Reason != b.Results[i].Reason {
			return a.Results[i].Reason.Error(), b.Results[i].Reason.Error(), false
		}
	}
	return na, nb, true
}

// TestViewAllIntoIsView: a view made in the storage of earlier views (ViewAllInto, as
// policy.Play makes them) shows exactly what View shows, with one storage per side through a
// game and with one storage for every side, game after game (so nothing one side saw, or an
// earlier turn showed, remains), on random games of every library scenario, the facilitator's
// included.
func TestViewAllIntoIsView(t *testing.T) {
	var shared sim.Sight
	n := 0
	for _, sc := range scentest.All(t, "testdata") {
		per := make([]sim.Sight, len(sc.Sides)+1)
		for seed := uint64(1); seed <= 3; seed++ {
			r := scentest.NewStream(seed*97, nil)
			for s := sim.New(sc, seed); ; s = sim.Resolve(s, scentest.Orders(s, r, true)) {
				for sd := sim.Facilitator; sd < len(sc.Sides); sd++ {
					want := sim.View(s, sd)
					for _, got := range []*sim.Sight{sim.ViewAllInto(&per[sd+1], s, sd), sim.ViewAllInto(&shared, s, sd)} {
						if a, b, ok := sameSight(t, got, want); !ok {
							t.Fatalf("%s seed %d turn %d side %d: ViewAllInto shows\n%s\nView shows\n%s", sc.ID, seed, s.Turn, sd, a, b)
						}
					}
					n++
				}
				if s.Over {
					break
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("checked %d views, want many", n)
	}
}
