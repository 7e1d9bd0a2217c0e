package batch

import (
	"context"
	"fmt"
	"sync"

	"ttx/sim"
	"ttx/sim/policy"
)

// Spec says what a batch plays.
type Spec struct {
	Scenario *sim.Scenario
	Seed     uint64 // the base seed; game g plays with GameSeed(Seed, g)
	Runs     int    // games in the whole batch, all shards together
	// Shard and Shards select the games [Range(Runs, Shard, Shards)); Shards 0 or 1 plays all.
	Shard, Shards int
	Workers       int // goroutines playing games; below 1 means 1
	// Policies returns the policies of one game, one per side (nil: no orders), built from
	// the game's seed. Each game gets its own, so policies may keep state. Nil: Random for
	// every side.
	Policies func(seed uint64) []policy.Policy
	// MaxTurns stops each game after this many turns (0: play to the end).
	MaxTurns int
	// Progress, if not nil, is called after each game is counted, in game order, from the
	// goroutine that called Run.
	Progress func(done, total int)
}

// Run plays the games of sp, calls emit (if not nil) with each game's row in game order, and
// returns the summary of the games played. Rows and summary are the same for any number of
// workers. When ctx is cancelled it stops and returns what it has counted, with ctx's error.
func Run(ctx context.Context, sp Spec, emit func(*Row) error) (*Summary, error) {
	lo, hi := Range(sp.Runs, sp.Shard, sp.Shards)
	start := func(g int, seed uint64) *sim.State { return sim.New(sp.Scenario, seed) }
	return play(ctx, sp, lo, hi, start, emit)
}

// Game plays one game of sc with seed to its end (or maxTurns turns, if not 0) under pols,
// Random for every side when pols is nil.
func Game(sc *sim.Scenario, seed uint64, pols []policy.Policy, maxTurns int) *sim.State {
	return playOut(sim.New(sc, seed), seed, pols, maxTurns, new(policy.Roller))
}

// playOut plays s to the end under pols, or by the roller's random rollout when pols is nil
// (Random seeded with seed for every side: the same game, faster). The state it returns may be
// the roller's own.
func playOut(s *sim.State, seed uint64, pols []policy.Policy, maxTurns int, r *policy.Roller) *sim.State {
	if pols == nil {
		return r.Play(s, seed, maxTurns)
	}
	return policy.Play(s, pols, maxTurns, nil)
}

// result is a finished game, or the panic it raised.
type result struct {
	row Row
	err error
}

// play plays games [lo, hi): start gives each game's first state. Workers take game indices in
// order and at most a window of games is in flight, so rows can be counted in game order as
// they finish.
func play(ctx context.Context, sp Spec, lo, hi int, start func(g int, seed uint64) *sim.State, emit func(*Row) error) (*Summary, error) {
	sum := NewSummary(sp.Scenario)
	if hi <= lo {
		return sum, ctx.Err()
	}
	workers := max(sp.Workers, 1)
	window := 64 * workers
	ring := make([]result, window)
	filled := make([]bool, window)
	tokens := make(chan struct{}, window)
	for range window {
		tokens <- struct{}{}
	}
	done := make(chan int, window)
	stop := make(chan struct{})
	var mu sync.Mutex
	next := lo
	take := func() (int, bool) {
		mu.Lock()
		defer mu.Unlock()
		if next >= hi {
			return 0, false
		}
		next++
		return next - 1, true
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			var roller policy.Roller
			for {
				select {
				case <-tokens:
				case <-stop:
					return
				}
				g, ok := take()
				if !ok {
					return
				}
				ring[g%window] = one(sp, g, start, &roller)
				done <- g
			}
		})
	}
	defer func() {
		close(stop)
		wg.Wait()
	}()
	emitted := lo
	for emitted < hi {
		select {
		case g := <-done:
			filled[g%window] = true
		case <-ctx.Done():
			return sum, ctx.Err()
		}
		for emitted < hi && filled[emitted%window] {
			k := emitted % window
			filled[k] = false
			r := ring[k]
			ring[k] = result{}
			if r.err != nil {
				return sum, r.err
			}
			if err := sum.Add(&r.row); err != nil {
				return sum, err
			}
			if emit != nil {
				if err := emit(&r.row); err != nil {
					return sum, err
				}
			}
			emitted++
			tokens <- struct{}{}
			if sp.Progress != nil {
				sp.Progress(emitted-lo, hi-lo)
			}
		}
	}
	return sum, nil
}

// one plays game g; a panic in a policy or the engine becomes an error naming the game.
func one(sp Spec, g int, start func(g int, seed uint64) *sim.State, roller *policy.Roller) (r result) {
	seed := GameSeed(sp.Seed, g)
	defer func() {
		if p := recover(); p != nil {
			r = result{err: fmt.Errorf("game %d (seed %d): internal error: %v", g, seed, p)}
		}
	}()
	var pols []policy.Policy
	if sp.Policies != nil {
		pols = sp.Policies(seed)
	}
	s := playOut(start(g, seed), seed, pols, sp.MaxTurns, roller)
	return result{row: RowOf(g, seed, s)}
}
