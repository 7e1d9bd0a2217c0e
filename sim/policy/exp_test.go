package policy_test

import (
	"os"
	"strconv"
	"testing"
	"time"

	"ttx/scenarios"
	"ttx/sim/load"
)

// TestExperiment (temporary): paired search - greedy for the sides in TTX_EXP_SIDES.
func TestExperiment(t *testing.T) {
	side := os.Getenv("TTX_EXP_SIDE")
	if side == "" {
		t.Skip()
	}
	n, _ := strconv.Atoi(os.Getenv("TTX_EXP_N"))
	data, _ := scenarios.Read("campaign.toml")
	sc, err := load.Load("campaign.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	sd := sc.Side(side)
	t0 := time.Now()
	gr := scoresOf(t, sc, sd, "greedy", 0, n)
	t1 := time.Now()
	se := scoresOf(t, sc, sd, os.Getenv("TTX_EXP_POLICY"), 0, n)
	t2 := time.Now()
	d, s := pairedDiff(se, gr)
	m := 0.0
	for _, x := range gr {
		m += x
	}
	t.Logf("%s n=%d greedy mean %.2f (%v); search - greedy %+.2f ± %.2f (%v)", side, n, m/float64(n), t1.Sub(t0), d, s, t2.Sub(t1))
}

func workers() int {
	if os.Getenv("TTX_EXP_SIDE") != "" {
		return 1
	}
	return 2
}
