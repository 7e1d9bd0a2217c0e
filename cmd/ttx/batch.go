package main

import (
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"ttx/sim/batch"
	"ttx/sim/policy"
)

func init() {
	register("batch", "play many games and summarise outcomes, scores, injects and votes", batchCmd)
}

func batchCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("batch", "[FILE] [flags]", "Plays --runs games of a scenario (the embedded default when no FILE is given) and\nprints a summary: outcome frequencies with 95% Wilson intervals, score and track\ndistributions, how often each inject fired and each vote passed. Game g plays with a\nseed derived from the base seed and g, so the result is the same for any --workers,\nand the shards of --shard i/n merged with 'ttx merge' equal one run. See docs/batch.md.", stdout)
	runs := fs.Int("runs", 100, "games in the whole batch (all shards together)")
	workers := fs.Int("workers", runtime.NumCPU(), "games played at once")
	seed := seedVar(fs, "the base seed, a whole `number` (default: the scenario's)")
	turns := fs.Int("turns", 0, "stop each game after this many turns, a cap: a game still ends at the scenario's last turn, so\nmore than it has plays every game to the end (0: play to the end)")
	var pols multi
	fs.Var(&pols, "policy", "POLICY for every side neither named nor in --orders, or SIDE=POLICY (which plays SIDE over its orders in --orders), repeatable (once a side); POLICY is "+strings.Join(policy.Names, ", "))
	orders := fs.String("orders", "", "a file of scripted orders: the sides with orders in it follow it, except one a --policy SIDE=POLICY names (the policy plays it)")
	shard := fs.String("shard", "", "play only shard i/n (i from 0) of the games")
	out := fs.String("out", "", "write one row per game to this file: "+rowsNames)
	quiet := fs.Bool("q", false, "print no summary (with --out: the rows are the result)")
	pos, code, stop := parse(fs, args)
	if stop {
		return code
	}
	switch {
	case *runs < 1:
		return usageFail(fs, "--runs %d: want 1 or more games", *runs)
	case *workers < 1:
		return usageFail(fs, "--workers %d: want 1 or more", *workers)
	case *turns < 0:
		return usageFail(fs, "--turns %d: want 0 (play to the end) or more", *turns)
	case *quiet && *out == "":
		// Told before the games, which may take hours, are played for nothing.
		return usageFail(fs, "-q prints no summary, and without --out no rows are written: nothing would come of the games; give --out FILE for the rows (or leave out -q for the summary)")
	}
	i, n, err := parseShard(*shard)
	if err != nil {
		fmt.Fprintln(stderr, "ttx batch:", err)
		return exitUsage
	}
	csv, err := rowsFormat(*out)
	if err != nil {
		fmt.Fprintln(stderr, "ttx batch:", err)
		return exitUsage
	}
	sc, code := scenarioArg("batch", pos, stderr)
	if sc == nil {
		return code
	}
	ps, err := parsePolicies(sc, pols, *orders)
	if err != nil {
		fmt.Fprintln(stderr, "ttx batch:", err)
		if _, ok := err.(usageError); ok {
			return exitUsage
		}
		return exitInvalid
	}
	warnTimed(stderr, "batch", ps, sc)
	sp := batch.Spec{Scenario: sc, Seed: sc.Seed, Runs: *runs, Shard: i, Shards: n, Workers: *workers,
		Policies: ps.factory(), MaxTurns: *turns}
	sp.Seed = seed.or(sc.Seed)
	bar := newProgress(stderr)
	sp.Progress = bar.update
	// Signals are caught before the rows file is begun, so that none stops the program
	// between the two and leaves the rows' temporary file behind.
	ctx, cancel := interruptible()
	defer cancel()
	// The header says what the batch played: its rows file's first line, and the summary's
	// first line, which ttx merge prints from the shards' headers.
	h := batch.NewHeader(sp, ps.labels(sc))
	h.OrdersHash, h.Over = ps.ordersHash, ps.overFiles(sc)
	var rf *rowsFile
	if *out != "" {
		rf, err = createRows(*out, sc, h, csv)
		if err != nil {
			fmt.Fprintln(stderr, "ttx batch:", err)
			return exitInvalid
		}
		defer rf.Abort()
	}
	var sum *batch.Summary
	if rf != nil {
		sum, err = batch.RunTo(ctx, sp, rf.w)
	} else {
		sum, err = batch.Run(ctx, sp, nil)
	}
	if readerGone(*out, err) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintln(stderr, "ttx batch:", runError(err))
		return exitInvalid
	}
	if rf != nil {
		if err := rf.commit(); readerGone(*out, err) {
			return exitOK
		} else if err != nil {
			fmt.Fprintln(stderr, "ttx batch:", err)
			return exitInvalid
		}
	}
	if !*quiet {
		lo, hi := batch.Range(sp.Runs, sp.Shard, sp.Shards)
		if sp.Shards > 1 && lo == hi {
			// More shards than games leaves some empty: their rows files still count in a
			// merge, but a summary of no games would show made-up zeros.
			fmt.Fprintf(stdout, "shard %d/%d: no games of %d (the other shards hold them all)\n", i, n, sp.Runs)
			return exitOK
		}
		if sp.Shards > 1 {
			fmt.Fprintf(stdout, "shard %d/%d: games %d..%d of %d\n", i, n, lo, hi-1, sp.Runs)
		}
		fmt.Fprintln(stdout, h.Line(sp.Scenario))
		sum.Write(stdout)
	}
	return exitOK
}

// parseShard reads "i/n" (0 <= i < n); "" is the whole batch.
func parseShard(s string) (int, int, error) {
	if s == "" {
		return 0, 0, nil
	}
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n {
		return 0, 0, fmt.Errorf("--shard %q: want i/n with 0 <= i < n", s)
	}
	return i, n, nil
}

// rowsNames says which names of a rows file ask for which format, for the help and errors.
const rowsNames = "a rows file is CSV (.csv) or JSON Lines (.jsonl, .json, .ndjson, or no extension, as /dev/stdout)"

// rowsFormat returns whether a rows file name asks for CSV (else JSON Lines).
func rowsFormat(name string) (bool, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case "", ".jsonl", ".json", ".ndjson":
		return false, nil
	case ".csv":
		return true, nil
	}
	return false, fmt.Errorf("--out %q: %s", name, rowsNames)
}
