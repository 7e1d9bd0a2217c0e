package scenarios_test

import (
	"strings"
	"testing"

	"ttx/scenarios"
	"ttx/sim"
	"ttx/sim/policy"
)

// TestEveryScenarioPlaysUnderEveryPolicy plays each library scenario to its end with every side
// under each policy, for many seeds, checking the invariants after every turn.
func TestEveryScenarioPlaysUnderEveryPolicy(t *testing.T) {
	for _, name := range scenarios.Names() {
		sc, err := scenarios.Load(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, pn := range policy.Names {
			if strings.Contains(pn, ":") {
				continue // a budgeted variant of a policy already played
			}
			seeds := 30
			if testing.Short() || pn != "random" && pn != "pass" {
				seeds = 3 // the thinking policies are slower; random covers breadth
			}
			outcomes := map[string]int{}
			ends := map[uint64]bool{} // the final states' checksums
			for seed := uint64(1); seed <= uint64(seeds); seed++ {
				pols := make([]policy.Policy, len(sc.Sides))
				for i := range pols {
					spec := pn
					if pn == "search" {
						spec = "search:4" // a small budget: this test is about rules, not play strength
					}
					p, err := policy.Parse(spec, seed)
					if err != nil {
						t.Fatal(err)
					}
					pols[i] = p
				}
				s := policy.Play(sim.New(sc, seed), pols, 0, func(s *sim.State) {
					if err := sim.Check(s); err != nil {
						t.Fatalf("%s, %s, seed %d, turn %d: %v", name, pn, seed, s.Prev.Turn, err)
					}
				})
				if !s.Over {
					t.Fatalf("%s, %s, seed %d: the game did not end", name, pn, seed)
				}
				outcomes[s.Outcome]++
				ends[sim.Checksum(s)] = true
			}
			if pn != "random" || seeds < 30 {
				continue
			}
			// A discussion exercise with no named outcome ends "ended" by design, whatever the
			// tables decide: what must vary is where their decisions leave the world.
			if !sc.Scored() && len(sc.Outcomes) == 0 {
				if len(ends) < 2 {
					t.Errorf("%s: every random game ends in the same state; the tables' decisions change nothing", name)
				}
			} else if len(outcomes) < 2 {
				t.Errorf("%s: every random game ends %v; the scenario does not vary", name, outcomes)
			}
		}
	}
}
