package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"ttx/internal/atomicfile"
	"ttx/internal/logpath"
	"ttx/sim"
	"ttx/sim/policy"
	"ttx/sim/record"
)

func init() {
	register("run", "play a game headless and print it turn by turn", runCmd)
}

func runCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("run", "[FILE] [flags]", "Plays a scenario headless (the embedded default when no FILE is given) and prints\na turn-by-turn account. Sides without a policy or scripted orders play random.", stdout)
	seed := fs.Int64("seed", -1, "seed (default: the scenario's)")
	turns := fs.Int("turns", 0, "stop after this many turns (0: play to the end)")
	var pols multi
	fs.Var(&pols, "policy", "POLICY for every side, or SIDE=POLICY, repeatable; POLICY is "+strings.Join(policy.Names, ", "))
	orders := fs.String("orders", "", "a file of scripted orders (sides with orders in it follow it)")
	logFile := fs.String("log", "", "write the JSON Lines order log to this file (it names the scenario from its own folder)")
	quiet := fs.Bool("q", false, "print only the outcome")
	as := fs.String("as", "", "print the account SIDE's team sees (its feed, its own results and score), not the facilitator's")
	pos, code, stop := parse(fs, args)
	if stop {
		return code
	}
	sc, code := scenarioArg("run", pos, stderr)
	if sc == nil {
		return code
	}
	sd := sc.Seed
	if *seed >= 0 {
		sd = uint64(*seed)
	}
	spec, err := parsePolicies(sc, pols, *orders)
	if err != nil {
		fmt.Fprintln(stderr, "ttx run:", err)
		if _, ok := err.(usageError); ok {
			return exitUsage
		}
		return exitInvalid
	}
	ps, names := spec.build(sd), spec.labels(sc)
	w := stdout
	if *quiet {
		w = io.Discard
	}
	viewer := sim.Facilitator
	if *as != "" {
		if viewer = sc.Side(*as); viewer < 0 {
			fmt.Fprintf(stderr, "ttx run: --as %s: no such side (sides: %s)\n", *as, sideIDs(sc))
			return exitUsage
		}
	}
	s := sim.New(sc, sd)
	if viewer == sim.Facilitator {
		fmt.Fprintf(w, "%s — %s (seed %d, %s)\n", sc.Title, sc.ID, sd, plural(sc.Turns, sc.TurnLabel))
	} else {
		// A team does not know the seed: it decides the hidden truths and every roll.
		fmt.Fprintf(w, "%s — %s (%s), as %s sees it\n", sc.Title, sc.ID, plural(sc.Turns, sc.TurnLabel), sc.Sides[viewer].Name)
	}
	for i, n := range spec.names {
		if viewer == sim.Facilitator || i == viewer {
			fmt.Fprintf(w, "  %s: %s\n", sc.Sides[i].Name, n)
		}
	}
	heading := 0 // the turn whose heading was printed last
	account(w, sim.View(s, viewer), &heading)
	s = policy.Play(s, ps, *turns, func(n *sim.State) { account(w, sim.View(n, viewer), &heading) })
	if s.Over {
		fmt.Fprintf(stdout, "outcome: %s\n", s.Outcome)
	} else {
		fmt.Fprintf(stdout, "stopped after %s %d (not over)\n", sc.TurnLabel, s.Turn-1)
	}
	if *logFile != "" {
		var buf bytes.Buffer
		h := record.NewHeader(sc, sd, names)
		h.File = logpath.Rel(*logFile, sc.File)
		if err := record.Of(h, s).Write(&buf); err != nil {
			fmt.Fprintln(stderr, "ttx run:", err)
			return exitInvalid
		}
		if err := atomicfile.Write(*logFile, buf.Bytes()); err != nil {
			fmt.Fprintln(stderr, "ttx run:", err)
			return exitInvalid
		}
	}
	return exitOK
}

// usageError is a mistake in the command line.
type usageError string

func (e usageError) Error() string { return string(e) }

// account prints what happened in the step that made the state of v, as its side (or the
// facilitator) sees it, under a heading for each turn: *heading is the turn whose heading was
// printed last (a turn's injects and its orders come in two steps, under one heading). A side's
// account adds why its own orders failed, and gives only its own score.
func account(w io.Writer, v *sim.Sight, heading *int) {
	s, sc := v.State, v.Sc
	// A side's own failed orders, with why, at the end of their turn's events (a turn's step
	// ends with the next turn's injects).
	var failed []sim.Result
	if v.Side != sim.Facilitator {
		for _, r := range s.Results {
			if r.Reason != nil {
				failed = append(failed, r)
			}
		}
	}
	flush := func() {
		for _, r := range failed {
			fmt.Fprintf(w, "  %-12s %s: %v\n", "result", r.Order, r.Reason)
		}
		failed = nil
	}
	for _, e := range s.Events {
		if e.Turn != *heading && *heading != 0 {
			flush()
		}
		if e.Turn != *heading {
			*heading = e.Turn
			fmt.Fprintf(w, "\n== %s %d ==\n", strings.ToUpper(sc.TurnLabel[:1])+sc.TurnLabel[1:], e.Turn)
		}
		fmt.Fprintf(w, "  %-12s %s\n", e.Kind, sim.Describe(sc, e))
	}
	flush()
	if (s.Step.Kind == sim.StepTurn || s.Step.Kind == sim.StepStart) && sc.Scored() {
		var parts []string
		for i, sd := range sc.Sides {
			if v.Side == sim.Facilitator || i == v.Side {
				parts = append(parts, fmt.Sprintf("%s %.4g", sd.ID, s.Scores[i]))
			}
		}
		fmt.Fprintf(w, "  scores: %s\n", strings.Join(parts, ", "))
	}
}
