package scenarios_test

import (
	"context"
	"testing"

	"ttx/scenarios"
	"ttx/sim/batch"
	"ttx/sim/load"
)

// TestCampaignBalance: under all-greedy play no side of the campaign wins (ends with the
// highest score alone, as ttx balance counts it) in more than 60% of games, counting the upper
// end of the 95% interval.
func TestCampaignBalance(t *testing.T) {
	data, _ := scenarios.Read("campaign.toml")
	sc, err := load.Load("campaign.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	games := 200
	if testing.Short() {
		games = 100
	}
	greedy := batch.Mixes(sc, games, 0)[1]
	if greedy.Name != "all greedy" {
		t.Fatalf("mix %q, want all greedy", greedy.Name)
	}
	bs, err := batch.CheckBalance(context.Background(), sc, 11, 2, []batch.Mix{greedy}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, sd := range sc.Sides {
		p, _, hi := bs[0].Share(i)
		if hi > 0.60 {
			t.Errorf("%s wins %.0f%% of all-greedy games (95%% interval up to %.0f%%), want at most 60%%", sd.Name, 100*p, 100*hi)
		}
		if p == 0 {
			t.Errorf("%s wins no all-greedy game of %d", sd.Name, games)
		}
	}
}
