package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"ttx/internal/words"

	"ttx/sim/load"
)

func init() {
	register("validate", "check scenario files and report every problem", validateCmd)
}

func validateCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("validate", "FILE...", "Checks each scenario file: syntax, keys, types, ids, references, expressions and\nlimits. Prints file:line:col: key: message for each problem. Exit 0 when every\nfile is valid, 1 otherwise. embedded:NAME names a scenario of the library; a folder\nstands for its .toml files. An orders file (scenarios/history), an order log or a rows file is\nsaid to be one, with the command that reads it.", stdout)
	quiet := fs.Bool("q", false, "print nothing for valid files")
	files, code, stop := parse(fs, args)
	if stop {
		return code
	}
	if len(files) == 0 {
		return usageFail(fs, "name one or more scenario files (embedded:NAME for one of the library)")
	}
	files, err := scenarioFiles(files)
	if err != nil {
		fmt.Fprintln(stderr, "ttx validate:", err)
		return exitInvalid
	}
	bad := 0
	for _, f := range files {
		sc, err := readScenario(f)
		if _, ok := err.(load.Errors); ok {
			if ns := otherFile("validate", f, err); ns != nil {
				fmt.Fprintln(stdout, ns.Error())
				bad++
				continue
			}
			// The file's problems are validate's report: file:line:col: key: message.
			for _, e := range load.List(err) {
				fmt.Fprintln(stdout, e.Error())
			}
			bad++
			continue
		}
		if err != nil {
			printErrors(stderr, "validate", err)
			bad++
			continue
		}
		if !*quiet {
			fmt.Fprintf(stdout, "%s: ok (%s: %s, %s, %s, %s)\n", f, sc.ID, sc.Title,
				words.Count(sc.Turns, sc.TurnLabel), words.Count(len(sc.Sides), "side"), words.Count(len(sc.Moves), "move"))
		}
	}
	if bad > 0 {
		return exitInvalid
	}
	return exitOK
}

// scenarioFiles returns files with each folder among them replaced by the .toml files in it,
// sorted; a folder with none is an error.
func scenarioFiles(files []string) ([]string, error) {
	var out []string
	for _, f := range files {
		if fi, err := os.Stat(f); err != nil || !fi.IsDir() {
			out = append(out, f)
			continue
		}
		in, err := filepath.Glob(filepath.Join(f, "*.toml"))
		if err != nil {
			return nil, err
		}
		if len(in) == 0 {
			return nil, fmt.Errorf("%s: a folder with no .toml files", f)
		}
		sort.Strings(in)
		out = append(out, in...)
	}
	return out, nil
}

// ordersFileOf returns the scenario id an orders file names (scenario = "ID" and [[order]]
// tables, as in scenarios/history), when the scenario file f that failed to load with err is
// one; "" otherwise. Loaded as a scenario, an orders file gives only "scenario: expected a
// table, not a string" and "order: unknown key order", which say nothing of what it is.
func ordersFileOf(f string, err error) string {
	orders := false
	for _, e := range load.List(err) {
		orders = orders || e.Key == "scenario" && strings.Contains(e.Msg, "not a string")
	}
	if !orders {
		return ""
	}
	data, rerr := readFile(f)
	if rerr != nil {
		return ""
	}
	var o load.OrdersFile
	if _, derr := toml.Decode(string(data), &o); derr != nil || o.Scenario == "" || len(o.Order) == 0 {
		return ""
	}
	return o.Scenario
}
