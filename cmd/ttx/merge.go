package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"ttx/sim"
	"ttx/sim/batch"
)

func init() {
	register("merge", "merge the rows files of batch shards into one summary and rows file", mergeCmd)
}

func mergeCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("merge", "ROWS... [flags]", "Reads the rows files written by 'ttx batch --shard i/n --out FILE' (CSV or JSON\nLines, in any order), checks that none was edited (each ends with a checksum line)\nand that they are shards of one batch covering every game once, and prints the\nsummary of the whole batch: the same, byte for byte, as one 'ttx batch' run of all\nthe games. --out writes the merged rows, equal to that run's.", stdout)
	out := fs.String("out", "", "write the merged rows to this file: .csv, or .jsonl / .json for JSON Lines")
	scen := fs.String("scenario", "", "the scenario file (default: the file named in the rows)")
	quiet := fs.Bool("q", false, "print no summary")
	files, code, stop := parse(fs, args)
	if stop {
		return code
	}
	if len(files) == 0 {
		fs.Usage()
		return exitUsage
	}
	csv, err := rowsFormat(*out)
	if err != nil {
		fmt.Fprintln(stderr, "ttx merge:", err)
		return exitUsage
	}
	fail := func(err error) int {
		fmt.Fprintln(stderr, "ttx merge:", err)
		return exitInvalid
	}
	type part struct {
		name   string
		h      batch.Header
		lo, hi int
	}
	parts := make([]part, len(files))
	for k, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return fail(err)
		}
		h, err := batch.Verify(f)
		f.Close()
		if err != nil {
			return fail(inFile(name, err))
		}
		if k > 0 {
			if why := parts[0].h.Same(h); why != "" {
				return fail(fmt.Errorf("%s and %s are not of one batch: %s", parts[0].name, name, why))
			}
		}
		lo, hi := h.Games()
		parts[k] = part{name: name, h: h, lo: lo, hi: hi}
	}
	sort.SliceStable(parts, func(a, b int) bool { return parts[a].lo < parts[b].lo })
	h := parts[0].h
	at := 0
	for _, p := range parts {
		switch {
		case p.lo > at:
			return fail(fmt.Errorf("games %d..%d are in no file", at, p.lo-1))
		case p.lo < at:
			return fail(fmt.Errorf("%s repeats games from %d", p.name, p.lo))
		}
		at = p.hi
	}
	if at != h.Runs {
		return fail(fmt.Errorf("games %d..%d are in no file", at, h.Runs-1))
	}
	name := h.File
	if *scen != "" {
		name = *scen
	}
	sc, err := readScenario(name)
	if err != nil {
		printErrors(stderr, "merge", err)
		return exitInvalid
	}
	if err := h.Check(sc); err != nil {
		return fail(err)
	}
	whole := h
	whole.Shard, whole.Shards = 0, 0
	var rf *rowsFile
	if *out != "" {
		if rf, err = createRows(*out, sc, whole, csv); err != nil {
			return fail(err)
		}
		defer rf.abort()
	}
	sum := batch.NewSummary(sc)
	for _, p := range parts {
		if err := mergePart(p.name, sc, p.h.Seed, p.lo, p.hi, sum, rf); err != nil {
			return fail(err)
		}
	}
	if rf != nil {
		if err := rf.commit(); err != nil {
			return fail(err)
		}
	}
	if !*quiet {
		fmt.Fprintf(stdout, "seed %d; %s\n", h.Seed, strings.Join(h.Policies, ", "))
		sum.Write(stdout)
	}
	return exitOK
}

// inFile names the rows file of an error: FILE:LINE: for an error at a line, else FILE:.
func inFile(name string, err error) error {
	var be *batch.Error
	if errors.As(err, &be) {
		be.File = name
		return be
	}
	return fmt.Errorf("%s: %v", name, err)
}

// mergePart adds the rows of one shard file, which must be games lo..hi-1 in order, each with
// its derived seed.
func mergePart(name string, sc *sim.Scenario, base uint64, lo, hi int, sum *batch.Summary, rf *rowsFile) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	_, rd, err := batch.ReadHeader(f)
	if err != nil {
		return inFile(name, err)
	}
	for g := lo; ; g++ {
		r, err := rd.Read(sc)
		if err == io.EOF {
			if g != hi {
				return fmt.Errorf("%s: ends after game %d, its shard runs to %d (was the batch stopped?)", name, g-1, hi-1)
			}
			return nil
		}
		if err != nil {
			return inFile(name, err)
		}
		if r.Game != g || g >= hi {
			return fmt.Errorf("%s: game %d where game %d was due", name, r.Game, g)
		}
		if r.Seed != batch.GameSeed(base, g) {
			return fmt.Errorf("%s: game %d has seed %d, not the one derived from base seed %d", name, g, r.Seed, base)
		}
		if err := sum.Add(&r); err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		if rf != nil {
			if err := rf.w.Write(&r); err != nil {
				return err
			}
		}
	}
}
