package batch

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"

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
	Workers       int // goroutines playing games; below 1 means 1, above the games played means one a game
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
// workers. When ctx is cancelled it stops and returns the games finished so far (rows were
// emitted for those in order; workers may have finished some after them), with ctx's error.
func Run(ctx context.Context, sp Spec, emit func(*Row) error) (*Summary, error) {
	lo, hi := Range(sp.Runs, sp.Shard, sp.Shards)
	return play(ctx, sp, lo, hi, newGame(sp), sink{emit: emit})
}

// RunTo is Run writing each game's row to w, in game order. The workers format the rows, so
// that only writing them (and their checksum) is done one game at a time.
func RunTo(ctx context.Context, sp Spec, w *Writer) (*Summary, error) {
	lo, hi := Range(sp.Runs, sp.Shard, sp.Shards)
	return play(ctx, sp, lo, hi, newGame(sp), sink{w: w})
}

// A start returns the first state of game g, played with seed; it may make it in buf's storage
// (a worker's, reused from game to game) when buf is not nil.
type start func(g int, seed uint64, buf *sim.State) *sim.State

// newGame returns the start of the games of sp: a new game with the game's seed.
func newGame(sp Spec) start {
	return func(g int, seed uint64, buf *sim.State) *sim.State { return sim.NewInto(buf, sp.Scenario, seed) }
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

// sink is where the rows of a batch go, in game order: to emit, or formatted to a rows file,
// or nowhere (the summary is all).
type sink struct {
	emit func(*Row) error
	w    *Writer
}

// result is a finished game: its row when the sink takes rows, its formatted line when the sink
// is a rows file, or the panic it raised.
type result struct {
	row  Row
	line []byte
	err  error
}

// worker plays games and counts them into its own summary; the summaries of the workers merge
// into the batch's (exactly, whatever games each counted: see Merge), so that counting, like
// playing and formatting rows, is done by every worker at once. What is left to the goroutine
// that collects is putting the games in order, emitting their rows and the progress.
type worker struct {
	sum    *Summary
	roller policy.Roller
	row    Row       // a game's row, reused when the sink takes no rows
	first  sim.State // the storage of a game's first state, reused
	// Workers lie side by side in one slice: the padding keeps each one's fields, written
	// every turn, off the cache lines of the next.
	_ [128]byte
}

// one plays game g and counts it; a panic in a policy or the engine becomes an error naming
// the game. line is storage the formatted row may reuse.
func (w *worker) one(sp Spec, g int, start start, out sink, line []byte) (r result) {
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
	s := playOut(start(g, seed, &w.first), seed, pols, sp.MaxTurns, &w.roller)
	row := &w.row
	if out.emit != nil {
		row = &r.row
	}
	rowInto(row, g, seed, s)
	if err := w.sum.Add(row); err != nil {
		return result{err: err}
	}
	if out.w != nil {
		r.line = appendRow(line[:0], sp.Scenario, out.w.csv, row)
	}
	return r
}

// play plays games [lo, hi): start gives each game's first state. Workers take game indices in
// order and at most a window of games is in flight, so rows go to the sink in game order as
// they finish.
func play(ctx context.Context, sp Spec, lo, hi int, start start, out sink) (*Summary, error) {
	sum := NewSummary(sp.Scenario)
	if hi <= lo {
		return sum, ctx.Err()
	}
	// No more workers than games: each worker, and the window of games in flight it widens,
	// takes memory, so --workers 1000000 for ten games would take gigabytes for nothing.
	workers := make([]worker, min(max(sp.Workers, 1), hi-lo))
	c := newCollector(sp, out, lo, hi, 64*len(workers))
	done := make(chan int, len(c.ring))
	stop := make(chan struct{})
	var next atomic.Int64
	next.Store(int64(lo))
	var wg sync.WaitGroup
	for i := range workers {
		w := &workers[i]
		w.sum = NewSummary(sp.Scenario)
		wg.Go(func() {
			for {
				select {
				case <-c.tokens:
				case <-stop:
					return
				}
				g := int(next.Add(1) - 1)
				if g >= hi {
					return
				}
				k := g % len(c.ring)
				c.ring[k] = w.one(sp, g, start, out, c.ring[k].line)
				done <- g
			}
		})
	}
	// finish stops the workers and merges their counts: every game finished, in order or
	// not (when the batch stops early, games after the last emitted may be counted).
	finish := func() *Summary {
		close(stop)
		wg.Wait()
		for i := range workers {
			sum.Merge(workers[i].sum)
		}
		return sum
	}
	for c.emitted < hi {
		select {
		case g := <-done:
			if err := c.finished(g); err != nil {
				return finish(), err
			}
		case <-ctx.Done():
			return finish(), ctx.Err()
		}
	}
	return finish(), nil
}

// collector hands the games of a batch to its sink in game order as the workers finish them:
// what a batch does one game at a time (BenchmarkSerial measures it). A worker puts game g's
// result in ring[g%len(ring)] after taking a token; the collector gives the token back when
// it has handed the game on, so at most len(ring) games are in flight.
type collector struct {
	sp      Spec
	out     sink
	ring    []result
	filled  []bool
	tokens  chan struct{}
	emitted int // games handed on: [lo, emitted)
	lo, hi  int
}

func newCollector(sp Spec, out sink, lo, hi, window int) *collector {
	c := &collector{sp: sp, out: out, ring: make([]result, window), filled: make([]bool, window),
		tokens: make(chan struct{}, window), emitted: lo, lo: lo, hi: hi}
	for range window {
		c.tokens <- struct{}{}
	}
	return c
}

// finished takes game g, whose result is in the ring, and hands on every game in order up to
// the first not finished yet.
func (c *collector) finished(g int) error {
	n := len(c.ring)
	c.filled[g%n] = true
	for c.emitted < c.hi && c.filled[c.emitted%n] {
		k := c.emitted % n
		c.filled[k] = false
		r := &c.ring[k]
		if r.err != nil {
			return r.err
		}
		if c.out.emit != nil {
			err := c.out.emit(&r.row)
			r.row = Row{}
			if err != nil {
				return err
			}
		}
		if c.out.w != nil {
			if err := c.out.w.writeRow(r.line); err != nil {
				return err
			}
		}
		c.emitted++
		c.tokens <- struct{}{}
		if c.sp.Progress != nil {
			c.sp.Progress(c.emitted-c.lo, c.hi-c.lo)
		}
	}
	return nil
}
