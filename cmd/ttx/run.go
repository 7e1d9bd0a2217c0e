package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"ttx/internal/atomicfile"
	"ttx/internal/logpath"
	"ttx/internal/words"
	"ttx/scenarios"
	"ttx/sim"
	"ttx/sim/batch"
	"ttx/sim/policy"
	"ttx/sim/record"
)

func init() {
	register("run", "play a game headless and print it turn by turn", runCmd)
}

func runCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("run", "[FILE] [flags]", "Plays a scenario headless (the embedded default when no FILE is given) and prints\na turn-by-turn account. Sides without a policy or scripted orders play random.", stdout)
	seed := seedVar(fs, "the seed, a whole `number` (default: the scenario's)")
	turns := fs.Int("turns", 0, "stop after this many turns, a cap: the game still ends at the scenario's last turn, so more than\nit has plays to the end (0: play to the end)")
	var pols multi
	fs.Var(&pols, "policy", "POLICY for every side neither named nor in --orders, or SIDE=POLICY (which plays SIDE over its orders in --orders), repeatable (once a side); POLICY is "+strings.Join(policy.Names, ", "))
	orders := fs.String("orders", "", "a file of scripted orders: the sides with orders in it follow it, except one a --policy SIDE=POLICY names (the policy plays it)")
	logFile := fs.String("log", "", "write the JSON Lines order log to this file (it names the scenario from its own folder)")
	quiet := fs.Bool("q", false, "print only the outcome")
	as := fs.String("as", "", "print the account SIDE's team sees (its feed, its own results and score), not the facilitator's")
	pos, code, stop := parse(fs, args)
	if stop {
		return code
	}
	if *turns < 0 {
		return usageFail(fs, "--turns %d: want 0 (play to the end) or more", *turns)
	}
	sc, bases, code := scenarioArgBases("run", pos, stderr)
	if sc == nil {
		return code
	}
	sd := seed.or(sc.Seed)
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
		if viewer = sideArg(sc, *as); viewer < 0 {
			fmt.Fprintf(stderr, "ttx run: --as %s: no such side (sides: %s)\n", *as, sideIDs(sc))
			return exitUsage
		}
	}
	// A log that cannot be written is told before the game is played (a game of search takes
	// a while), not after.
	if *logFile != "" {
		if in := logIsInput(*logFile, sc.File, bases, *orders); in != "" {
			return usageFail(fs, "--log %s is %s: the log would replace it; write the log to another file", *logFile, in)
		}
		if err := atomicfile.CanWrite(*logFile); err != nil {
			fmt.Fprintln(stderr, "ttx run:", err)
			return exitInvalid
		}
		// The account may be read by a program that stops early (| head): the game is
		// played to its end all the same, and its log written.
		defer keepOnBrokenPipe()()
	}
	s := sim.New(sc, sd)
	if viewer == sim.Facilitator {
		fmt.Fprintf(w, "%s — %s (seed %d, %s)\n", sc.Title, sc.ID, sd, words.Count(sc.Turns, sc.TurnLabel))
	} else {
		// A team does not know the seed: it decides the hidden truths and every roll.
		fmt.Fprintf(w, "%s — %s (%s), as %s sees it\n", sc.Title, sc.ID, words.Count(sc.Turns, sc.TurnLabel), sc.Sides[viewer].Name)
	}
	for i, n := range spec.names {
		if viewer == sim.Facilitator || i == viewer {
			if note := spec.overNote(i); note != "" {
				n += " (" + note + ")"
			}
			fmt.Fprintf(w, "  %s: %s\n", sc.Sides[i].Name, n)
		}
	}
	heading := 0 // the turn whose heading was printed last
	account(w, sim.View(s, viewer), &heading)
	s = policy.Play(s, ps, *turns, func(n *sim.State) { account(w, sim.View(n, viewer), &heading) })
	if *quiet {
		if s.Over {
			fmt.Fprintf(stdout, "outcome: %s — %s\n", s.Outcome, outcomeText(sc, s))
		} else {
			fmt.Fprintf(stdout, "stopped after %s %d (not over)\n", sc.TurnLabel, s.Turn-1)
		}
	} else {
		ending(stdout, sim.View(s, viewer))
	}
	if *logFile != "" {
		h := record.NewHeader(sc, sd, names)
		h.File = logpath.Rel(*logFile, sc.File)
		if code := writeLogFile("run", *logFile, record.Of(h, s), stderr); code != exitOK {
			return code
		}
	}
	return exitOK
}

// logIsInput names the input that log is, compared by identity as merge compares its --out
// (another name or a link of a file counts): "the scenario file F", "the base file B of the
// variant F" (a variant is read with its base, which bases names) or "the orders file F", or ""
// when it is none of them. A log written there would replace the game's own scenario, its base
// or its orders.
func logIsInput(log, scenario string, bases []string, orders string) string {
	onDisk := func(f string) bool { return !strings.HasPrefix(f, scenarios.Prefix) }
	if onDisk(scenario) && sameFile(log, scenario) {
		return "the scenario file " + scenario
	}
	for _, b := range bases {
		if onDisk(b) && sameFile(log, filepath.FromSlash(b)) {
			return "the base file " + b + " of the variant " + scenario
		}
	}
	if orders != "" && sameFile(log, orders) {
		return "the orders file " + orders
	}
	return ""
}

// usageError is a mistake in the command line.
type usageError string

func (e usageError) Error() string { return string(e) }

// account prints what happened in the step that made the state of v, as its side (or the
// facilitator) sees it, under a heading for each turn: *heading is the turn whose heading was
// printed last (a turn's injects and its orders come in two steps, under one heading). An
// inject is followed by its key questions and, for the facilitator, the action expected of the
// players; one fired by hand is told so, with no time in the turn (sim.DescribeIn). A turn's
// lines end with the scores at its end, before the next turn's injects. A side's account adds
// why its own orders failed, and gives only its own score.
func account(w io.Writer, v *sim.Sight, heading *int) {
	s, sc := v.State, v.Sc
	head := func(turn int) {
		if turn != *heading {
			*heading = turn
			if at := sc.Clock(turn, 0); at != "" {
				fmt.Fprintf(w, "\n== %s %d · %s ==\n", capital(sc.TurnLabel), turn, at)
			} else {
				fmt.Fprintf(w, "\n== %s %d ==\n", capital(sc.TurnLabel), turn)
			}
			// The key questions put to the tables this turn (the viewer's, for a side); an
			// inject's own come after it.
			ids, qs := sc.QuestionsFor(s, v.Side, turn)
			for i, q := range qs {
				if !strings.Contains(ids[i], "#") {
					fmt.Fprintf(w, "  %-12s %s\n", "question", q)
				}
			}
		}
	}
	// scored is the turn this step resolved (its scores are the scores at its end), or 0 for the
	// start of the game.
	scored := 0
	if s.Step.Kind == sim.StepTurn {
		scored = s.Turn
		if !s.Over {
			scored--
		}
	}
	// A side's own failed orders, with why, at the end of their turn's events.
	var failed []sim.Result
	if v.Side != sim.Facilitator {
		for _, r := range s.Results {
			if r.Reason != nil {
				failed = append(failed, r)
			}
		}
	}
	done := scored == 0 && s.Step.Kind != sim.StepStart // nothing to score (an inject or override)
	end := func() {
		if scored > 0 {
			head(scored) // a quiet turn still gets its heading
		}
		for _, r := range failed {
			fmt.Fprintf(w, "  %-12s %s: %v\n", "result", sim.OrderText(sc, r.Order), r.Reason)
		}
		// The start's scores are after turn 1's injects, when it has any: not the scenario's
		// own values, where a report starts its scores (sim.Unfired).
		when := "at the start"
		for _, e := range s.Events {
			if e.Kind == sim.EvInject {
				when = "at the start, after " + sc.TurnLabel + " 1's injects"
				break
			}
		}
		if scored > 0 {
			when = "after " + sc.TurnLabel + " " + strconv.Itoa(scored)
		}
		if sc.Scored() {
			fmt.Fprintf(w, "  scores %s: %s\n", when, scores(v))
		}
		done = true
	}
	for _, e := range s.Events {
		if !done && scored > 0 && int(e.Turn) > scored {
			end()
		}
		head(int(e.Turn))
		fmt.Fprintf(w, "  %-12s %s\n", e.Kind, sim.DescribeIn(s, e)) // one fired by hand: no time
		if e.Kind == sim.EvInject {
			in := &sc.Injects[e.Inject]
			for _, q := range in.Questions {
				fmt.Fprintf(w, "  %-12s %s\n", "question", q)
			}
			// The action expected of the players is the facilitator's, as in the window's feed.
			if v.Side == sim.Facilitator && in.Expected != "" {
				fmt.Fprintf(w, "  %-12s %s\n", "expected", strings.Join(strings.Fields(in.Expected), " "))
			}
		}
	}
	if !done {
		end()
	}
}

// scores lists the scores of v's state by side name, rounded: every side's for the facilitator,
// only its own for a side.
func scores(v *sim.Sight) string {
	var parts []string
	for i, sd := range v.Sc.Sides {
		if v.Side == sim.Facilitator || i == v.Side {
			parts = append(parts, sd.Name+" "+batch.Num(v.State.Scores[i]))
		}
	}
	return strings.Join(parts, ", ")
}

// ending prints how the game of v ended: the outcome and what it means, the final scores by side
// name, and for the facilitator the hidden truths as the seed drew them.
func ending(w io.Writer, v *sim.Sight) {
	s, sc := v.State, v.Sc
	if !s.Over {
		fmt.Fprintf(w, "\nstopped after %s %d (not over)\n", sc.TurnLabel, s.Turn-1)
		return
	}
	fmt.Fprintf(w, "\n== Outcome ==\noutcome: %s — %s\n", s.Outcome, outcomeText(sc, s))
	if sc.Scored() {
		fmt.Fprintf(w, "final scores: %s\n", scores(v))
	}
	if v.Side != sim.Facilitator || len(sc.Truths) == 0 {
		return
	}
	fmt.Fprintln(w, "hidden truths:")
	for i, t := range sc.Truths {
		fmt.Fprintf(w, "  %s: %t — %s\n", t.ID, s.Truth[i], t.Text)
	}
}

// outcomeText says what the outcome of the ended game s means: the named outcome's text, or the
// side with the highest score.
func outcomeText(sc *sim.Scenario, s *sim.State) string {
	for _, o := range sc.Outcomes {
		if o.ID == s.Outcome {
			return o.Text
		}
	}
	if i := sc.Side(s.Outcome); i >= 0 {
		return "the highest score: " + sc.Sides[i].Name + " (" + batch.Num(s.Scores[i]) + ")"
	}
	if s.Outcome == sim.Ended {
		return "the exercise ran its course (it keeps no score)"
	}
	return "a draw: no side has the highest score"
}

// capital returns s with its first letter in upper case.
func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
