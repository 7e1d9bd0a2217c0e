package main

import (
	"fmt"
	"io"
	"runtime"

	"ttx/sim/batch"
)

func init() {
	register("balance", "play policy mixes and flag a side that wins too rarely or too often", balanceCmd)
}

func balanceCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("balance", "[FILE] [flags]", `Plays a scored scenario (the embedded default when no FILE is given) under several
mixes of policies: every side random, every side greedy (--games games each), and for
each side a mix in which it searches while the others play greedy (--search-games
games each: search is slow, 10 seconds to a minute a game of the campaign on one
core, so its default is small and its intervals wide). A side wins a game when it
ends with the highest score alone. Prints each side's share of wins in each mix with
its 95% Wilson interval; flags a side that wins under 10% or over 70% of a mix, its
whole interval with it; lists as unsettled a side whose share alone lies there (too
few games to tell from luck); and lists the moves a side ordered in every game it
won. Game g of every mix plays with the same seed, derived from the base seed and g,
so the result is the same for any --workers. Exit code 0 when no side is flagged
(unsettled ones included), 3 when one is, 1 when the input is invalid (or the games
cannot be played), 2 for a usage error. See docs/batch.md.`, stdout)
	games := fs.Int("games", 200, "games of each random and greedy mix")
	searchGames := fs.Int("search-games", 4, "games of each mix with a side searching (0: no search mixes)")
	workers := fs.Int("workers", runtime.NumCPU(), "games played at once")
	seed := seedVar(fs, "the base seed, a whole `number` (default: the scenario's)")
	pos, code, stop := parse(fs, args)
	if stop {
		return code
	}
	switch {
	case *games < 1:
		return usageFail(fs, "--games %d: want 1 or more games", *games)
	case *searchGames < 0:
		return usageFail(fs, "--search-games %d: want 0 (no search mixes) or more", *searchGames)
	case *workers < 1:
		return usageFail(fs, "--workers %d: want 1 or more", *workers)
	}
	sc, code := scenarioArg("balance", pos, stderr)
	if sc == nil {
		return code
	}
	if !sc.Scored() {
		fmt.Fprintf(stderr, "ttx balance: %s is a discussion exercise: it keeps no score, so no side wins and there is no balance to check\n", sc.ID)
		return exitInvalid
	}
	mixes := batch.Mixes(sc, *games, *searchGames)
	bar := newProgress(stderr)
	ctx, cancel := interruptible()
	defer cancel()
	starts := make([]int, len(mixes)+1) // games of the mixes before each, for the bar
	for k, m := range mixes {
		starts[k+1] = starts[k] + m.Games
	}
	bs, err := batch.CheckBalance(ctx, sc, seed.or(sc.Seed), *workers, mixes, func(k, done, _ int) {
		bar.update(starts[k]+done, starts[len(mixes)])
	})
	if err != nil {
		fmt.Fprintln(stderr, "ttx balance:", runError(err))
		return exitInvalid
	}
	fmt.Fprintf(stdout, "seed %d\n", seed.or(sc.Seed))
	if err := batch.WriteBalance(stdout, sc, bs); err != nil {
		fmt.Fprintln(stderr, "ttx balance:", err)
		return exitInvalid
	}
	if batch.Flagged(bs) {
		return exitFlagged // told apart from invalid input, for a scenario repository's check
	}
	return exitOK
}
