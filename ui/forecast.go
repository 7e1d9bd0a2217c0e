package ui

import (
	"context"
	"runtime"
	"slices"
	"strings"
	"sync"

	"ttx/sim"
	"ttx/sim/batch"
	"ttx/sim/policy"
)

// ForecastStages are the rollouts a live forecast has counted when it
// shows new figures: the first after 100, then refined while the teams
// deliberate. Each stage plays the difference from the one before.
var ForecastStages = []int{100, 300, 1000, 3000, 10000}

// ForecastPolicies are the policies a side may play in a forecast's
// rollouts, in the order the panel cycles through them; the first is the
// default.
var ForecastPolicies = []string{"random", "greedy"}

// forecastSeed is the base seed of the rollouts: stage k plays with seed
// forecastSeed+k, so the first figures are those of
// `ttx forecast --seed 1 --runs 100`.
const forecastSeed = 1

// forecastKey is what a forecast is of: a state (states are immutable, so
// a new step is a new pointer) and the rollouts' policies, one per side.
type forecastKey struct {
	state *sim.State
	pols  string
}

func keyOf(s *sim.State, pols []string) forecastKey {
	return forecastKey{s, strings.Join(pols, ",")}
}

// Forecaster answers "where is this going?" in the background: it plays
// rollouts of the rest of the game from the state it watches with
// sim/batch's Forecast, in growing stages (ForecastStages), and publishes
// the outcome probabilities after each. Whenever the state or the policies
// change (a turn resolved, an undo, an inject, an override, a load) the
// running forecast is cancelled and a new one starts. Watch and Figures
// are safe to call from the Ebiten goroutine every frame; the rollouts run
// on other goroutines and only ever read the state.
type Forecaster struct {
	// Side is whose knowledge the rollouts use: sim.Facilitator for the
	// whole state, or a side, whose forecast then starts from guesses at
	// what it cannot see (batch.Forecast.Side), revealing nothing hidden.
	Side int
	// Workers play rollouts at once; 0 leaves one core to the window.
	Workers int
	// Stages replaces ForecastStages when not nil.
	Stages []int

	mu     sync.Mutex
	key    forecastKey
	gen    int // bumped by each restart; figures of older runs are dropped
	figs   Figures
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// Watch makes f forecast s with pols (a policy name per side, see
// ForecastPolicies). When that is what f already forecasts it does
// nothing; otherwise it cancels the running forecast, clears the figures
// and starts anew. It reports whether it restarted.
func (f *Forecaster) Watch(s *sim.State, pols []string) bool {
	k := keyOf(s, pols)
	f.mu.Lock()
	defer f.mu.Unlock()
	if k == f.key {
		return false
	}
	if f.cancel != nil {
		f.cancel()
	}
	f.key = k
	f.gen++
	stages := f.Stages
	if stages == nil {
		stages = forecastStages(pols)
	}
	f.figs = Figures{Target: stages[len(stages)-1]}
	ctx, cancel := context.WithCancel(context.Background())
	f.cancel = cancel
	gen, side, workers := f.gen, f.Side, f.Workers
	if workers <= 0 {
		workers = max(1, runtime.NumCPU()-1)
	}
	pp := append([]string(nil), pols...)
	f.wg.Go(func() { f.run(ctx, gen, s, side, workers, pp, stages) })
	return true
}

// run plays the stages of one forecast, publishing the figures after each,
// until they are all played or ctx is cancelled.
func (f *Forecaster) run(ctx context.Context, gen int, s *sim.State, side, workers int, pols []string, stages []int) {
	total := batch.NewSummary(s.Sc)
	total.Side = side
	done := 0
	for k, n := range stages {
		fc := batch.Forecast{Side: side, Runs: n - done, Seed: forecastSeed + uint64(k),
			Workers: workers, Policies: forecastPolicies(pols)}
		sum, err := fc.Run(ctx, s)
		if ctx.Err() != nil {
			return // a newer forecast replaces this one
		}
		if err == nil {
			total.Merge(sum)
			done = n
		}
		figs := FiguresOf(total, stages[len(stages)-1], pols)
		figs.Done = k == len(stages)-1
		if err != nil {
			figs.Err, figs.Done = err.Error(), true
		}
		if !f.publish(gen, figs) || err != nil {
			return
		}
	}
}

// publish makes figs the current figures if they belong to the current
// forecast (generation gen); it reports whether they did.
func (f *Forecaster) publish(gen int, figs Figures) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if gen != f.gen {
		return false
	}
	f.figs = figs
	return true
}

// Figures returns the latest figures of the current forecast: none
// (Games 0) until its first stage is played.
func (f *Forecaster) Figures() Figures {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.figs
}

// Stop cancels the running forecast and waits until its goroutines have
// returned. The next Watch starts anew.
func (f *Forecaster) Stop() {
	f.mu.Lock()
	if f.cancel != nil {
		f.cancel()
	}
	f.key = forecastKey{}
	f.gen++
	f.mu.Unlock()
	f.wg.Wait()
}

// forecastPolicies returns the rollouts' policies for batch.Forecast: nil
// when every side plays random (the batch's fast rollout), else each
// side's named policy seeded with the rollout's seed.
func forecastPolicies(pols []string) func(seed uint64) []policy.Policy {
	random := true
	for _, p := range pols {
		random = random && p == "random"
	}
	if random {
		return nil
	}
	return func(seed uint64) []policy.Policy {
		out := make([]policy.Policy, len(pols))
		for i, n := range pols {
			p, err := policy.Parse(n, seed)
			if err != nil {
				p = policy.Random{Seed: seed}
			}
			out[i] = p
		}
		return out
	}
}

// forecastStages returns ForecastStages, up to 1,000 rollouts when a side
// plays greedy (some thirty times slower than random).
func forecastStages(pols []string) []int {
	for _, p := range pols {
		if p != "random" {
			return slices.DeleteFunc(slices.Clone(ForecastStages), func(n int) bool { return n > 1000 })
		}
	}
	return ForecastStages
}

// nextForecastPolicy returns the policy after p in ForecastPolicies.
func nextForecastPolicy(p string) string {
	for i, x := range ForecastPolicies {
		if x == p {
			return ForecastPolicies[(i+1)%len(ForecastPolicies)]
		}
	}
	return ForecastPolicies[0]
}
