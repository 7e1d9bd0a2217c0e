package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"ttx/internal/atomicfile"
	"ttx/sim"
	"ttx/sim/report"
)

func init() {
	register("briefing", "write each team's briefing before play (Markdown), to hand out on paper", briefingCmd)
}

func briefingCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("briefing", "[FILE] [flags]", "Writes a team's briefing, in Markdown, as the team is told it before play: the exercise\nand its teams, the side's own briefing and objectives, the actors it controls with their\ntracks, the others with the tracks it sees of them, the injects of the first turn that\nreach it with their key questions. It is built from the side's own view of the first state\n(the embedded default scenario when no FILE is given; a variant is read with its base), so\nit holds nothing another side alone may read. Without --side, every team's briefing, one\nafter another: the white cell's copy, not one to hand to a team.", stdout)
	side := fs.String("side", "", "the side whose briefing to write (its id); default: every side's, one after another")
	seed := seedVar(fs, "the seed the exercise will be played with, a whole `number` (default: the scenario's): it decides\nwhich injects on a condition fire at the start")
	out := fs.String("o", "", "write the briefing to this file (written whole or not at all) instead of standard output")
	pos, code, stop := parse(fs, args)
	if stop {
		return code
	}
	sc, bases, code := scenarioArgBases("briefing", pos, stderr)
	if sc == nil {
		return code
	}
	sides := make([]int, len(sc.Sides))
	for i := range sides {
		sides[i] = i
	}
	if *side != "" {
		sd := sideArg(sc, *side)
		if sd < 0 {
			fmt.Fprintf(stderr, "ttx briefing: --side %s: no such side (sides: %s)\n", *side, sideIDs(sc))
			return exitUsage
		}
		sides = []int{sd}
	}
	if *out != "" {
		if in := logIsInput(*out, sc.File, bases, ""); in != "" {
			return usageFail(fs, "-o %s is %s: the briefing would replace it; write it to another file", *out, in)
		}
	}
	s := sim.New(sc, seed.or(sc.Seed))
	var b bytes.Buffer
	for i, sd := range sides {
		if i > 0 {
			b.WriteString("\n---\n\n")
		}
		if err := report.Briefing(&b, s, sd); err != nil {
			fmt.Fprintln(stderr, "ttx briefing:", err)
			return exitInvalid
		}
	}
	if *out == "" {
		stdout.Write(b.Bytes())
		return exitOK
	}
	if err := atomicfile.Write(*out, b.Bytes()); err != nil {
		fmt.Fprintln(stderr, "ttx briefing:", err)
		return exitInvalid
	}
	names := make([]string, len(sides))
	for i, sd := range sides {
		names[i] = sc.Sides[sd].ID
	}
	fmt.Fprintf(stdout, "%s: the briefing of %s written to %s\n", sc.ID, strings.Join(names, ", "), *out)
	return exitOK
}
