package sim_test

import (
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
	"ttx/sim/policy"
)

// benchScenarios returns mini and, when the library has it, the campaign.
func benchScenarios(b *testing.B) []*sim.Scenario {
	var out []*sim.Scenario
	for _, sc := range scentest.All(b, "testdata") {
		if sc.ID == "mini" || sc.ID == "campaign" {
			out = append(out, sc)
		}
	}
	return out
}

// midGame plays half of a random game of sc and returns the state and the next turn's orders.
func midGame(sc *sim.Scenario) (*sim.State, []sim.Order) {
	r := scentest.NewStream(1, nil)
	s := sim.New(sc, sc.Seed)
	for s.Turn <= sc.Turns/2 && !s.Over {
		s = sim.Resolve(s, scentest.Orders(s, r, false))
	}
	return s, scentest.Orders(s, r, false)
}

// BenchmarkResolveTurn resolves one turn of random legal orders from the middle of a game.
func BenchmarkResolveTurn(b *testing.B) {
	for _, sc := range benchScenarios(b) {
		b.Run(sc.ID, func(b *testing.B) {
			s, orders := midGame(sc)
			b.ReportAllocs()
			for b.Loop() {
				sim.Resolve(s, orders)
			}
			b.ReportMetric(float64(len(orders)), "orders/turn")
		})
	}
}

// BenchmarkGame plays whole games with random policies for every side, each from its own seed.
func BenchmarkGame(b *testing.B) {
	for _, sc := range benchScenarios(b) {
		b.Run(sc.ID, func(b *testing.B) {
			b.ReportAllocs()
			seed := uint64(0)
			turns := 0
			for b.Loop() {
				seed++
				pols := make([]policy.Policy, len(sc.Sides))
				for i := range pols {
					pols[i] = policy.Random{Seed: seed}
				}
				s := policy.Play(sim.New(sc, seed), pols, 0, nil)
				turns += s.Turn
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "games/s")
			b.ReportMetric(float64(turns)/float64(b.N), "turns/game")
		})
	}
}

// BenchmarkView computes every side's view of a state in the middle of a game.
func BenchmarkView(b *testing.B) {
	for _, sc := range benchScenarios(b) {
		b.Run(sc.ID, func(b *testing.B) {
			s, _ := midGame(sc)
			b.ReportAllocs()
			for b.Loop() {
				for sd := range sc.Sides {
					sim.View(s, sd)
				}
			}
			b.ReportMetric(float64(len(sc.Sides)), "sides")
		})
	}
}
