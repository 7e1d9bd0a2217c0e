package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"ttx/internal/logpath"
	"ttx/scenarios"
	"ttx/sim/batch"
)

func init() {
	register("merge", "merge the rows files of batch shards into one summary and rows file", mergeCmd)
}

func mergeCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("merge", "ROWS... [flags]", "Reads the rows files written by 'ttx batch --shard i/n --out FILE' (CSV or JSON\nLines, in any order), checks that none was edited (each ends with a checksum line)\nand that they are shards of one batch covering every game once, and prints the\nsummary of the whole batch: the same, byte for byte, as one 'ttx batch' run of all\nthe games. --out writes the merged rows, equal to that run's.", stdout)
	out := fs.String("out", "", "write the merged rows to this file, not one of the ROWS: "+rowsNames)
	scen := fs.String("scenario", "", "the scenario file (default: the file named in the rows)")
	quiet := fs.Bool("q", false, "print no summary")
	files, code, stop := parse(fs, args)
	if stop {
		return code
	}
	if len(files) == 0 {
		return usageFail(fs, "name the rows files of the shards to merge")
	}
	csv, err := rowsFormat(*out)
	if err != nil {
		fmt.Fprintln(stderr, "ttx merge:", err)
		return exitUsage
	}
	if err := outIsInput(*out, files); err != nil {
		fmt.Fprintln(stderr, "ttx merge:", err)
		return exitUsage
	}
	fail := func(err error) int {
		fmt.Fprintln(stderr, "ttx merge:", err)
		return exitInvalid
	}
	open := func(name string) (io.ReadCloser, error) { return os.Open(name) }
	shards, err := batch.OpenShards(files, open)
	if err != nil {
		return fail(err)
	}
	h := shards.Header
	name := *scen
	if name == "" {
		if name, err = rowsScenario(files[0], h.File); err != nil {
			return fail(err)
		}
	}
	sc, err := readScenario(name)
	if err != nil {
		printErrors(stderr, "merge", err)
		return exitInvalid
	}
	if err := h.Check(sc); err != nil {
		return fail(err)
	}
	// Signals are caught before the rows file is begun, as batch does: a merge of a large
	// sweep takes a while, and one killed would leave its temporary file.
	ctx, cancel := interruptible()
	defer cancel()
	var rf *rowsFile
	var w *batch.Writer
	if *out != "" {
		if rf, err = createRows(*out, sc, h, csv); err != nil {
			return fail(err)
		}
		defer rf.Abort()
		w = rf.w
	}
	sum := batch.NewSummary(sc)
	if err := shards.Merge(ctx, sc, sum, w); readerGone(*out, err) {
		return exitOK
	} else if err != nil {
		fmt.Fprintln(stderr, "ttx merge:", runError(err))
		return exitInvalid
	}
	if rf != nil {
		if err := rf.commit(); readerGone(*out, err) {
			return exitOK
		} else if err != nil {
			return fail(err)
		}
	}
	if !*quiet {
		fmt.Fprintln(stdout, h.Line(sc))
		sum.Write(stdout)
	}
	return exitOK
}

// outIsInput returns an error when out is the same file as one of the rows files to merge,
// compared by identity, so that another name of it, a hard link or a symbolic link counts: the
// merged rows would replace that shard, and with it the means of merging again.
func outIsInput(out string, files []string) error {
	if out == "" {
		return nil
	}
	for _, f := range files {
		if sameFile(out, f) {
			return fmt.Errorf("--out %q is the rows file %s given to merge: the merged rows would replace that shard; write them to another file", out, f)
		}
	}
	return nil
}

// rowsScenario returns the scenario file a rows file names, from the rows file's folder (how
// batch writes it), or an error that says where it looked and how to name another.
func rowsScenario(path, file string) (string, error) {
	if file == "" {
		return "", fmt.Errorf("%s: the rows name no scenario file; give it with --scenario FILE", path)
	}
	if strings.HasPrefix(file, scenarios.Prefix) {
		return file, nil // read from the library, or refused naming what it has
	}
	name := logpath.Resolve(path, file)
	if _, err := os.Stat(name); err != nil {
		return "", fmt.Errorf("%s: no scenario file at %s, where the rows' %q leads from the rows file's folder; give the scenario with --scenario FILE", path, name, file)
	}
	return name, nil
}
