package scenarios_test

import (
	"context"
	"testing"

	"ttx/scenarios"
	"ttx/sim/batch"
	"ttx/sim/load"
	"ttx/sim/policy"
)

// TestCampaignBalance: under all-greedy play no side of the campaign wins (on score) in more
// than 60% of games, counting the upper end of the 95% interval.
func TestCampaignBalance(t *testing.T) {
	data, _ := scenarios.Read("campaign.toml")
	sc, err := load.Load("campaign.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	runs := 400
	if testing.Short() {
		runs = 150
	}
	sp := batch.Spec{Scenario: sc, Seed: 11, Runs: runs, Workers: 2, Policies: func(seed uint64) []policy.Policy {
		ps := make([]policy.Policy, len(sc.Sides))
		for i := range ps {
			ps[i], _ = policy.Parse("greedy", seed+uint64(i))
		}
		return ps
	}}
	sum, err := batch.Run(context.Background(), sp, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, sd := range sc.Sides {
		p, _, hi := sum.Prob(sd.ID)
		if hi > 0.60 {
			t.Errorf("%s wins %.0f%% of all-greedy games (95%% interval up to %.0f%%), want at most 60%%", sd.Name, 100*p, 100*hi)
		}
	}
}
