package policy_test

import (
	"context"
	"fmt"
	"math"
	"os"
	"testing"

	"ttx/scenarios"
	"ttx/sim"
	"ttx/sim/batch"
	"ttx/sim/internal/scentest"
	"ttx/sim/load"
	"ttx/sim/policy"
)

func loadMini(t *testing.T) *sim.Scenario { return scentest.Mini(t, "../testdata") }

// meanScore plays games of sc with side sd played by the policy named and every other side
// random, and returns the side's mean final score.
func meanScore(t *testing.T, sc *sim.Scenario, sd int, name string, games int) float64 {
	t.Helper()
	sp := oneSide(t, sc, sd, name, games)
	sum, err := batch.Run(context.Background(), sp, nil)
	if err != nil {
		t.Fatal(err)
	}
	return sum.Scores[sd].Mean()
}

// oneSide is the batch of games of sc with side sd played by the policy named and every other
// side random, from base seed 77.
func oneSide(t *testing.T, sc *sim.Scenario, sd int, name string, games int) batch.Spec {
	t.Helper()
	if _, err := policy.Parse(name, 0); err != nil {
		t.Fatal(err)
	}
	return batch.Spec{Scenario: sc, Seed: 77, Runs: games, Workers: 2,
		Policies: func(seed uint64) []policy.Policy {
			ps := make([]policy.Policy, len(sc.Sides))
			for i := range ps {
				ps[i] = policy.Random{Seed: seed}
			}
			ps[sd], _ = policy.Parse(name, seed)
			return ps
		}}
}

// TestSearchBeatsRandomAndGreedy plays the same seeds with blue played by random, greedy and
// search against a random red: search must score better than both, on average.
func TestSearchBeatsRandomAndGreedy(t *testing.T) {
	sc := loadMini(t)
	blue := sc.Side("blue")
	const games = 120
	rnd := meanScore(t, sc, blue, "random", games)
	gr := meanScore(t, sc, blue, "greedy", games)
	se := meanScore(t, sc, blue, "search:400", games)
	t.Logf("blue's mean score over %d games: random %.2f, greedy %.2f, search %.2f", games, rnd, gr, se)
	if se <= rnd || se <= gr {
		t.Errorf("search scores %.2f, random %.2f, greedy %.2f: search should beat both", se, rnd, gr)
	}
}

// pairedDiff returns the mean of a[i]-b[i] and its standard error.
func pairedDiff(a, b []float64) (mean, se float64) {
	n := float64(len(a))
	for i := range a {
		mean += a[i] - b[i]
	}
	mean /= n
	v := 0.0
	for i := range a {
		d := a[i] - b[i] - mean
		v += d * d
	}
	return mean, math.Sqrt(v / (n - 1) / n)
}

// scoresOf plays games [lo, hi) of the batch of games of sc (base seed 77) with side sd played
// by the policy named and every other side random, and returns the side's final score in each,
// in game order: game g has the same seed whatever the policy, so two policies' scores pair by
// game.
func scoresOf(t *testing.T, sc *sim.Scenario, sd int, name string, lo, hi int) []float64 {
	t.Helper()
	sp := oneSide(t, sc, sd, name, hi)
	// hi games in hi/(hi-lo) shards: the shard of games [lo, hi).
	sp.Shards = hi / (hi - lo)
	sp.Shard = sp.Shards - 1
	if a, b := batch.Range(sp.Runs, sp.Shard, sp.Shards); a != lo || b != hi {
		t.Fatalf("games [%d, %d) are not a shard of %d", lo, hi, hi)
	}
	var out []float64
	if _, err := batch.Run(context.Background(), sp, func(r *batch.Row) error {
		out = append(out, r.Scores[sd])
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// The looks of TestSearchOnCampaign: after campaignBlock games a side, then after each further
// block, up to campaignLooks blocks.
const (
	campaignBlock = 10
	campaignLooks = 4
)

// campaignBound is the bound a z must pass at look k (1 to campaignLooks) of the sequential
// test: O'Brien and Fleming's, 2.024·√(K/k) for K = 4 looks (4.05, 2.86, 2.34, 2.02), which
// keeps the chance of a false pass over all the looks at 2.5% (one-sided), that of one test of
// z > 1.96; the last look's bound is that of the test with a fixed number of games. The first
// look, on 10 games, asks for 4.05 standard errors, a margin also for standard errors
// estimated from so few games.
func campaignBound(k int) float64 { return 2.024 * math.Sqrt(float64(campaignLooks)/float64(k)) }

// TestSearchOnCampaign plays, for each side of the campaign, the same seeds with that side
// played by random, greedy and search (the default budget), the other sides random, and pairs
// the scores by seed (the games of a seed share the engine's dice and the random sides' draws,
// so each pair differs only by what the policies choose and what follows from it). For every
// side, search must beat random and beat greedy, each by more than the bound in standard errors
// of the paired gain.
//
// Each side's is a group-sequential test: it looks at the side's pairs after 10 games and after
// each further 10, up to 40, and the side passes at the first look where both its gains exceed
// that look's bound (campaignBound, never under 2 standard errors), and plays no more games;
// the test fails if a side has not passed at the last look. Search's margins over greedy are
// wide (see docs/batch.md), so every side usually passes at the first or second look, on far
// fewer games than a fixed 40-game test, for the same 2.5% chance of a false pass for each side.
//
// It takes minutes (each search game a few seconds a core), so it runs only with TTX_LONG=1:
// TTX_LONG=1 go test ./sim/policy -run TestSearchOnCampaign -timeout 30m -v (a step of its
// own in .ci/run).
func TestSearchOnCampaign(t *testing.T) {
	if testing.Short() || os.Getenv("TTX_LONG") == "" {
		t.Skip("plays up to 360 games of the campaign, 120 of them with search: set TTX_LONG=1")
	}
	data, ok := scenarios.Read("campaign.toml")
	if !ok {
		t.Skip("no campaign in the library yet")
	}
	sc, err := load.Load("campaign.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	sides := []string{"blue", "pyongyang", "moscow"}
	type pairs struct{ rnd, gr, se []float64 }
	got := make([]pairs, len(sides))
	passed := make([]bool, len(sides))
	var fails []string
	for k := 1; k <= campaignLooks; k++ {
		lo, hi := (k-1)*campaignBlock, k*campaignBlock
		bound := campaignBound(k)
		fails = fails[:0]
		for i, side := range sides {
			if passed[i] {
				continue
			}
			sd := sc.Side(side)
			p := &got[i]
			p.rnd = append(p.rnd, scoresOf(t, sc, sd, "random", lo, hi)...)
			p.gr = append(p.gr, scoresOf(t, sc, sd, "greedy", lo, hi)...)
			p.se = append(p.se, scoresOf(t, sc, sd, "search", lo, hi)...)
			dr, ser := pairedDiff(p.se, p.rnd)
			dg, seg := pairedDiff(p.se, p.gr)
			t.Logf("look %d, %s over %d games: search - random %+.2f ± %.2f (%.1f se), search - greedy %+.2f ± %.2f (%.1f se); bound %.2f",
				k, side, hi, dr, ser, dr/ser, dg, seg, dg/seg, bound)
			passed[i] = dr > bound*ser && dg > bound*seg
			if passed[i] {
				t.Logf("%s passed at look %d, on %d games", side, k, hi)
				continue
			}
			if dr <= bound*ser {
				fails = append(fails, fmt.Sprintf("%s: search beats random by %.2f ± %.2f: want more than %.2f standard errors", side, dr, ser, bound))
			}
			if dg <= bound*seg {
				fails = append(fails, fmt.Sprintf("%s: search beats greedy by %.2f ± %.2f: want more than %.2f standard errors", side, dg, seg, bound))
			}
		}
		if len(fails) == 0 {
			return
		}
	}
	for _, f := range fails {
		t.Error(f)
	}
}

// TestSearchIsDeterministic: the rollout budget makes a search reproducible.
func TestSearchIsDeterministic(t *testing.T) {
	sc := loadMini(t)
	v := sim.View(sim.New(sc, 5), sc.Side("blue"))
	a := (&policy.Search{Seed: 1, Rollouts: 40}).Orders(v)
	b := (&policy.Search{Seed: 1, Rollouts: 40}).Orders(v)
	if len(a) != len(b) {
		t.Fatalf("two searches: %v and %v", a, b)
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("two searches: %v and %v", a, b)
		}
	}
}

// TestPoliciesGiveLegalOrders: every order greedy and search give is one Legal lists.
func TestPoliciesGiveLegalOrders(t *testing.T) {
	sc := loadMini(t)
	for _, name := range []string{"greedy", "search:24", "random"} {
		for seed := uint64(0); seed < 6; seed++ {
			s := sim.New(sc, seed)
			for !s.Over {
				var orders []sim.Order
				for sd := range sc.Sides {
					p, _ := policy.Parse(name, seed)
					v := sim.View(s, sd)
					legal := map[sim.Order]bool{}
					for _, o := range sim.Legal(v) {
						o.Side = sc.Sides[sd].ID
						legal[o] = true
					}
					for _, o := range p.Orders(v) {
						if !legal[o] {
							t.Fatalf("%s seed %d turn %d: order %v is not legal", name, seed, s.Turn, o)
						}
						orders = append(orders, o)
					}
				}
				s = sim.Resolve(s, orders)
			}
		}
	}
}

func TestParse(t *testing.T) {
	for _, c := range []struct {
		name string
		ok   bool
	}{{"random", true}, {"greedy", true}, {"search", true}, {"search:100", true}, {"search:50ms", true},
		{"search:0", false}, {"search:x", false}, {"alphazero", false}} {
		p, err := policy.Parse(c.name, 1)
		if (err == nil) != c.ok {
			t.Errorf("Parse(%q) = %v, %v", c.name, p, err)
		}
	}
	p, _ := policy.Parse("search:50ms", 1)
	if s := p.(*policy.Search); s.Millis != 50 || s.Rollouts != 0 {
		t.Errorf("search:50ms = %+v", s)
	}
}

// TestSearchTimeBudget: with a time budget the search asks its clock and stops when the time is
// up, long before its (unbounded) rollout budget.
func TestSearchTimeBudget(t *testing.T) {
	sc := loadMini(t)
	v := sim.View(sim.New(sc, 5), sc.Side("blue"))
	now, calls := int64(0), 0
	p, _ := policy.Parse("search:20ms", 1)
	policy.WithClock(p, func() int64 { calls++; now += 1e6; return now })
	orders := p.Orders(v)
	if calls == 0 || calls > 200 {
		t.Errorf("the clock was read %d times for a 20 ms budget at 1 ms a read", calls)
	}
	legal := map[sim.Order]bool{}
	for _, o := range sim.Legal(v) {
		o.Side = "blue"
		legal[o] = true
	}
	for _, o := range orders {
		if !legal[o] {
			t.Errorf("order %v is not legal", o)
		}
	}
}
