package main

import (
	"fmt"
	"io"

	"ttx/internal/words"
)

func init() {
	register("replay", "re-run an order log and report the first divergence", replayCmd)
}

func replayCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("replay", "LOG [flags]", "Re-runs the orders of a log written by 'ttx run --log' (or saved from the window)\nand compares the state checksum after every step. Exit 0 when the replay matches,\n1 at the first divergence.", stdout)
	scen := fs.String("scenario", "", "the scenario file (default: the file named in the log, from the log's folder)")
	pos, code, stop := parse(fs, args)
	if stop {
		return code
	}
	if len(pos) != 1 {
		return usageFail(fs, "%s", wantArgs("one log", len(pos)))
	}
	data, err := readFile(pos[0])
	if err != nil {
		fmt.Fprintln(stderr, "ttx replay:", err)
		return exitInvalid
	}
	l, s, d, err := replayData(pos[0], data, *scen)
	if err != nil {
		printProblem(stderr, "replay", err)
		return exitInvalid
	}
	if d != nil {
		fmt.Fprintln(stdout, diverges(pos[0], d))
		return exitInvalid
	}
	fmt.Fprintf(stdout, "%s: replay matches (%s, seed %d, %s", pos[0], s.Sc.ID, l.Header.Seed, words.Count(len(l.Entries), "entry"))
	if s.Over {
		fmt.Fprintf(stdout, ", outcome %s", s.Outcome)
	}
	fmt.Fprintln(stdout, ")")
	return exitOK
}
