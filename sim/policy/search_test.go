package policy_test

import (
	"context"
	"math"
	"testing"

	"ttx/internal/scentest"
	"ttx/scenarios"
	"ttx/sim"
	"ttx/sim/batch"
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

// scores plays games of sc with side sd played by the policy named and every other side
// random, and returns the side's final score in each game, in game order (game g has the same
// seed whatever the policy, so two policies' scores pair by game).
func scores(t *testing.T, sc *sim.Scenario, sd int, name string, games int) []float64 {
	t.Helper()
	sp := oneSide(t, sc, sd, name, games)
	var out []float64
	if _, err := batch.Run(context.Background(), sp, func(r *batch.Row) error {
		out = append(out, r.Scores[sd])
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
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

// TestSearchOnCampaign plays, for each side of the campaign, the same seeds with that side
// played by random, greedy and search (the default budget), the other sides random, and pairs
// the scores by seed. Search must beat random by more than two standard errors for every side,
// never fall below greedy by more than two, and beat greedy by more than two standard errors
// for the three sides together (Stouffer's z of the three paired gains, each side's gain in its
// own standard errors, so that Washington's wide spread does not drown the others). Search
// beats greedy clearly for Washington and Moscow and plays level with it for Pyongyang: see
// docs/batch.md.
func TestSearchOnCampaign(t *testing.T) {
	if testing.Short() {
		t.Skip("plays 360 games of the campaign, 120 of them with search")
	}
	data, ok := scenarios.Read("campaign.toml")
	if !ok {
		t.Skip("no campaign in the library yet")
	}
	sc, err := load.Load("campaign.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	const games = 40
	zsum := 0.0
	for _, side := range []string{"blue", "pyongyang", "moscow"} {
		sd := sc.Side(side)
		rnd := scores(t, sc, sd, "random", games)
		gr := scores(t, sc, sd, "greedy", games)
		se := scores(t, sc, sd, "search", games)
		dr, ser := pairedDiff(se, rnd)
		dg, seg := pairedDiff(se, gr)
		t.Logf("%s over %d games: search - random %+.2f ± %.2f, search - greedy %+.2f ± %.2f", side, games, dr, ser, dg, seg)
		if dr <= 2*ser {
			t.Errorf("%s: search beats random by %.2f ± %.2f: want more than two standard errors", side, dr, ser)
		}
		if dg < -2*seg {
			t.Errorf("%s: search falls below greedy by %.2f ± %.2f", side, -dg, seg)
		}
		zsum += dg / seg
	}
	if z := zsum / math.Sqrt(3); z <= 2 {
		t.Errorf("search beats greedy by %.2f standard errors over the three sides: want more than two", z)
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
