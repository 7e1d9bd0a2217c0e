package batch

import (
	"context"
	"fmt"
	"sync"

	"ttx/sim"
	"ttx/sim/policy"
)

// Balance thresholds: a side whose share of a mix's wins lies under FlagLow or over FlagHigh,
// its whole 95% interval with it, is flagged (Balance.Flag); one whose share lies there but
// whose interval reaches back between them is unsettled (Balance.Unsettled).
const (
	FlagLow  = 0.10
	FlagHigh = 0.70
)

// MinAlways is the fewest wins of a side in a mix for which the moves it played in every win
// are listed: with fewer, "always" says little.
const MinAlways = 5

// A Mix is one way of playing every side in a balance check.
type Mix struct {
	Name     string   // what people read: "all random", "blue searching"
	Policies []string // per side, a name policy.Parse knows
	Games    int
}

// Mixes returns the mixes of a balance check of sc: every side random and every side greedy,
// games games each, then one mix a side in which that side searches (policy search) and the
// others play greedy, searchGames games each (none when searchGames is 0).
func Mixes(sc *sim.Scenario, games, searchGames int) []Mix {
	all := func(name string) []string {
		ps := make([]string, len(sc.Sides))
		for i := range ps {
			ps[i] = name
		}
		return ps
	}
	out := []Mix{{Name: "all random", Policies: all("random"), Games: games},
		{Name: "all greedy", Policies: all("greedy"), Games: games}}
	if searchGames <= 0 {
		return out
	}
	for i, sd := range sc.Sides {
		ps := all("greedy")
		ps[i] = "search"
		out = append(out, Mix{Name: sd.ID + " searching", Policies: ps, Games: searchGames})
	}
	return out
}

// Balance is what the games of one mix found. A side wins a game when it ends with the
// highest score alone, whatever named outcome the game ended with.
type Balance struct {
	Mix   Mix
	Games int
	Wins  []int // per side
	Draws int   // games in which the highest score was shared
	// Always lists, per side, the moves (indices into the scenario's moves, ascending) the
	// side ordered in every game it won; nil when it won none.
	Always [][]int
}

// Share returns the share of the games side won and its 95% Wilson interval.
func (b *Balance) Share(side int) (p, lo, hi float64) {
	lo, hi = Wilson(b.Wins[side], b.Games, 1.96)
	if b.Games > 0 {
		p = float64(b.Wins[side]) / float64(b.Games)
	}
	return p, lo, hi
}

// Flag returns why side's share of wins is lopsided, "under 10%" or "over 70%", when its 95%
// interval lies wholly there: the games show it, beyond the luck of a few. Otherwise "".
func (b *Balance) Flag(side int) string {
	lean := b.lean(side)
	_, lo, hi := b.Share(side)
	if lean < 0 && hi < FlagLow || lean > 0 && lo > FlagHigh {
		return leanText(lean)
	}
	return ""
}

// Unsettled returns which way side's share of wins leans, "under 10%" or "over 70%", when the
// share lies there but its 95% interval reaches back between the thresholds: too few games to
// tell a lopsided side from luck, which more games would settle. Otherwise "", and always ""
// for a flagged side.
func (b *Balance) Unsettled(side int) string {
	if lean := b.lean(side); lean != 0 && b.Flag(side) == "" {
		return leanText(lean)
	}
	return ""
}

// lean returns -1 when side's share of wins is under FlagLow, 1 when it is over FlagHigh, and
// 0 otherwise or when no game was played.
func (b *Balance) lean(side int) int {
	p, _, _ := b.Share(side)
	switch {
	case b.Games == 0:
		return 0
	case p < FlagLow:
		return -1
	case p > FlagHigh:
		return 1
	}
	return 0
}

// leanText names a lean of lean.
func leanText(lean int) string {
	if lean < 0 {
		return fmt.Sprintf("under %.0f%%", 100*FlagLow)
	}
	return fmt.Sprintf("over %.0f%%", 100*FlagHigh)
}

// Winner returns the side with the highest of scores alone, or -1 when the highest is shared
// or there are no sides.
func Winner(scores []float64) int {
	best, tie := -1, false
	for i, v := range scores {
		switch {
		case best < 0 || v > scores[best]:
			best, tie = i, false
		case v == scores[best]:
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

// CheckBalance plays each mix's games of sc, game g of every mix with the seed GameSeed(seed,
// g) (the mixes play the same dice, so they differ by their policies only), on workers
// goroutines, and returns what each mix found. The result is the same for any number of
// workers. Progress, if not nil, is called after each game with the mix's index.
func CheckBalance(ctx context.Context, sc *sim.Scenario, seed uint64, workers int, mixes []Mix, progress func(mix, done, total int)) ([]Balance, error) {
	out := make([]Balance, 0, len(mixes))
	for k, m := range mixes {
		if len(m.Policies) != len(sc.Sides) {
			return out, fmt.Errorf("mix %q: %d policies for %d sides", m.Name, len(m.Policies), len(sc.Sides))
		}
		for _, n := range m.Policies {
			if _, err := policy.Parse(n, 0); err != nil {
				return out, fmt.Errorf("mix %q: %v", m.Name, err)
			}
		}
		b, err := checkMix(ctx, sc, seed, workers, m, func(done, total int) {
			if progress != nil {
				progress(k, done, total)
			}
		})
		out = append(out, b)
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

// checkMix plays the games of one mix.
func checkMix(ctx context.Context, sc *sim.Scenario, seed uint64, workers int, m Mix, progress func(done, total int)) (Balance, error) {
	b := Balance{Mix: m, Wins: make([]int, len(sc.Sides)), Always: make([][]int, len(sc.Sides))}
	var mu sync.Mutex
	played := map[uint64][][]bool{} // per game seed, per side, per move: ordered in that game
	sp := Spec{Scenario: sc, Seed: seed, Runs: m.Games, Workers: workers, Progress: progress,
		Policies: func(gs uint64) []policy.Policy {
			ps := make([]policy.Policy, len(sc.Sides))
			marks := make([][]bool, len(sc.Sides))
			for i, n := range m.Policies {
				p, _ := policy.Parse(n, gs)
				marks[i] = make([]bool, len(sc.Moves))
				ps[i] = recorder{p: p, moves: marks[i]}
			}
			mu.Lock()
			played[gs] = marks
			mu.Unlock()
			return ps
		}}
	_, err := Run(ctx, sp, func(r *Row) error {
		mu.Lock()
		marks := played[r.Seed]
		delete(played, r.Seed)
		mu.Unlock()
		b.Games++
		w := Winner(r.Scores)
		if w < 0 {
			b.Draws++
			return nil
		}
		b.Wins[w]++
		b.Always[w] = always(b.Always[w], b.Wins[w] == 1, marks[w])
		return nil
	})
	return b, err
}

// always returns the moves of have that were ordered in this game too (all it ordered when
// first).
func always(have []int, first bool, ordered []bool) []int {
	if first {
		for m, ok := range ordered {
			if ok {
				have = append(have, m)
			}
		}
		if have == nil {
			have = []int{}
		}
		return have
	}
	kept := have[:0]
	for _, m := range have {
		if ordered[m] {
			kept = append(kept, m)
		}
	}
	return kept
}

// recorder is a policy that marks the moves of the orders its policy gives.
type recorder struct {
	p     policy.Policy
	moves []bool
}

// Orders implements policy.Policy.
func (r recorder) Orders(v *sim.Sight) []sim.Order {
	os := r.p.Orders(v)
	for _, o := range os {
		if m := v.Sc.Move(o.Move); m >= 0 {
			r.moves[m] = true
		}
	}
	return os
}
