package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"

	"ttx/sim"
	"ttx/sim/batch"
	"ttx/sim/policy"
)

func init() {
	register("forecast", "forecast the rest of a game by rollouts: outcome probabilities", forecastCmd)
}

func forecastCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("forecast", "LOG|FILE [flags]", "Plays --runs rollouts of the rest of a game and prints the outcome probabilities\n(95% Wilson intervals) and score distributions. LOG is an order log ('ttx run --log',\nor saved from the window): the forecast starts after its last step, or after --at TURN.\nFILE is a scenario: the forecast starts at its first turn. Each rollout rolls fresh\ndice. --as SIDE forecasts with only that side's knowledge (hidden state is guessed).", stdout)
	runs := fs.Int("runs", 1000, "rollouts")
	workers := fs.Int("workers", runtime.NumCPU(), "rollouts played at once")
	seed := seedVar(fs, "the seed of the rollouts, a whole `number` (default 1)")
	at := fs.Int("at", 0, "start after this turn of the log (0: after its last step)")
	as := fs.String("as", "", "forecast as `SIDE`'s team sees the game, as run --as and report --as (default: the facilitator, who sees all)")
	side := fs.String("side", "", "another name of --as `SIDE`")
	var pols multi
	fs.Var(&pols, "policy", "POLICY for every side neither named nor in --orders, or SIDE=POLICY (which plays SIDE over its orders in --orders), repeatable (once a side); POLICY is "+strings.Join(policy.Names, ", "))
	orders := fs.String("orders", "", "a file of scripted orders: the sides with orders in it follow it, except one a --policy SIDE=POLICY names (the policy plays it)")
	scen := fs.String("scenario", "", "the scenario file of a log (default: the file named in the log, from the log's folder)")
	pos, code, stop := parse(fs, args)
	if stop {
		return code
	}
	switch {
	case len(pos) != 1:
		return usageFail(fs, "want one LOG or FILE")
	case *runs < 1:
		return usageFail(fs, "--runs %d: want 1 or more rollouts", *runs)
	case *workers < 1:
		return usageFail(fs, "--workers %d: want 1 or more", *workers)
	case *at < 0:
		return usageFail(fs, "--at %d: want 0 (after the log's last step) or a turn", *at)
	case *as != "" && *side != "":
		return usageFail(fs, "--as %s and --side %s: --side is another name of --as; give one", *as, *side)
	}
	flagName := "--as"
	if *side != "" {
		*as, flagName = *side, "--side"
	}
	s, code := forecastStart(fs, pos[0], *scen, *at, stderr)
	if s == nil {
		return code
	}
	sc := s.Sc
	f := batch.Forecast{Side: sim.Facilitator, Runs: *runs, Seed: seed.or(1), Workers: *workers}
	if *as != "" {
		if f.Side = sideArg(sc, *as); f.Side < 0 {
			fmt.Fprintf(stderr, "ttx forecast: %s %s: no such side (sides: %s)\n", flagName, *as, sideIDs(sc))
			return exitUsage
		}
	}
	ps, err := parsePolicies(sc, pols, *orders)
	if err != nil {
		fmt.Fprintln(stderr, "ttx forecast:", err)
		if _, ok := err.(usageError); ok {
			return exitUsage
		}
		return exitInvalid
	}
	warnTimed(stderr, "forecast", ps, sc)
	f.Policies = ps.factory()
	ctx, cancel := interruptible()
	defer cancel()
	sum, err := f.Run(ctx, s)
	if err != nil {
		fmt.Fprintln(stderr, "ttx forecast:", runError(err))
		return exitInvalid
	}
	who := "the facilitator"
	if f.Side >= 0 {
		who = sc.Sides[f.Side].ID
	}
	state := fmt.Sprintf("from %s %d", sc.TurnLabel, s.Turn)
	if s.Over {
		state = "after the end (outcome " + s.Outcome + ")"
	}
	fmt.Fprintf(stdout, "forecast %s, as %s sees it; %s\n", state, who, strings.Join(ps.labels(sc), ", ")+ps.overrides(sc))
	sum.Write(stdout)
	return exitOK
}

// forecastStart returns the state a forecast starts from: a log replayed (to its end or to
// turn at), or a scenario's first turn.
func forecastStart(fs *flag.FlagSet, name, scen string, at int, stderr io.Writer) (*sim.State, int) {
	data, err := readFile(name)
	if err != nil {
		fmt.Fprintln(stderr, "ttx forecast:", err)
		return nil, exitInvalid
	}
	if typ, id := headerOf(data); typ == "batch" {
		fmt.Fprintln(stderr, "ttx forecast:", rowsNotScenario(name, id, "a log or a scenario"))
		return nil, exitInvalid
	}
	if !bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) {
		sc, err := readScenario(name)
		if err != nil {
			if ns := notScenarioErr("forecast", name, err); ns != nil {
				err = ns
			}
			printErrors(stderr, "forecast", err)
			return nil, exitInvalid
		}
		if at > 0 {
			return nil, usageFail(fs, "--at %d: a scenario starts at its first %s; --at applies to a log", at, sc.TurnLabel)
		}
		if scen != "" {
			return nil, usageFail(fs, "--scenario %s: %s is a scenario, and forecasts from its first %s; --scenario applies to a log", scen, name, sc.TurnLabel)
		}
		return sim.New(sc, sc.Seed), exitOK
	}
	_, s, d, err := replayData(name, data, scen)
	switch {
	case err != nil:
		printProblem(stderr, "forecast", err)
		return nil, exitInvalid
	case d != nil:
		fmt.Fprintln(stderr, "ttx forecast:", diverges(name, d))
		return nil, exitInvalid
	}
	if last := lastTurn(s); at > last {
		return nil, usageFail(fs, "--at %d: the log ends after %s %d", at, s.Sc.TurnLabel, last)
	}
	if s.Over && (at == 0 || at == s.Turn) {
		// A thousand rollouts of a finished game are a thousand copies of its end. After the
		// turn it ended on, too: walking back from the end would start from the turn before.
		tl := s.Sc.TurnLabel
		flag := ""
		if at > 0 {
			flag = fmt.Sprintf("--at %d: ", at)
		}
		return nil, usageFail(fs, "%sthe %s in %s is over (outcome %s, after %s %d): nothing is left to forecast; --at %s forecasts from an earlier %s",
			flag, s.Sc.Noun(), name, s.Outcome, tl, s.Turn, strings.ToUpper(tl), tl)
	}
	if at > 0 {
		for s.Prev != nil && (s.Over || s.Turn > at+1) {
			s = s.Prev
		}
	}
	return s, exitOK
}

// lastTurn is the last turn of which s holds the orders: the turn it ended on, or the turn before
// the one it waits for.
func lastTurn(s *sim.State) int {
	if s.Over {
		return s.Turn
	}
	return s.Turn - 1
}
