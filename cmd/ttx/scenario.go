package main

import (
	"fmt"
	"io"
	"strings"

	"ttx/scenarios"
	"ttx/sim"
	"ttx/sim/load"
)

// readScenario loads a scenario from a file, or from the library when the name is
// "embedded:NAME" or empty (the default scenario).
func readScenario(name string) (*sim.Scenario, error) {
	sc, _, err := readScenarioBases(name)
	return sc, err
}

// readScenarioBases is readScenario that also returns the other files the scenario was read
// from: a variant's base file, as the loader named it (embedded:NAME for the library's).
func readScenarioBases(name string) (*sim.Scenario, []string, error) {
	if name == "" {
		name = scenarios.Prefix + scenarios.Default
	}
	data, err := readFile(name)
	if err != nil {
		return nil, nil, err
	}
	var bases []string
	read := func(from, base string) (string, []byte, error) {
		n, b, err := scenarios.ReadBase(from, base)
		if err == nil {
			bases = append(bases, n)
		}
		return n, b, err
	}
	sc, err := load.LoadWith(name, data, read)
	return sc, bases, err
}

// noEmbedded returns the error for embedded:NAME when the library has no such scenario, with
// the names it has.
func noEmbedded(name string) error {
	var names []string
	for _, n := range scenarios.Names() {
		names = append(names, scenarios.Prefix+strings.TrimSuffix(n, ".toml"))
	}
	return fmt.Errorf("%s: the library has no such scenario; it has %s", name, strings.Join(names, ", "))
}

// embedded returns an embedded scenario named "embedded:NAME".
func embedded(name string) ([]byte, bool) {
	if len(name) > len(scenarios.Prefix) && name[:len(scenarios.Prefix)] == scenarios.Prefix {
		return scenarios.Read(name)
	}
	return nil, false
}

// printErrors prints a scenario's load errors one per line, each "ttx CMD: file:line:col: key:
// message", or any other error (a file that cannot be read) as "ttx CMD: error".
func printErrors(w io.Writer, cmd string, err error) {
	if _, ok := err.(load.Errors); !ok {
		fmt.Fprintf(w, "ttx %s: %v\n", cmd, err)
		return
	}
	for _, e := range load.List(err) {
		fmt.Fprintf(w, "ttx %s: %s\n", cmd, e.Error())
	}
}

// scenarioArg loads the one optional scenario argument of a command (the embedded default when
// there is none), printing what is wrong to stderr; it returns nil and the exit code then.
func scenarioArg(cmd string, pos []string, stderr io.Writer) (*sim.Scenario, int) {
	sc, _, code := scenarioArgBases(cmd, pos, stderr)
	return sc, code
}

// scenarioArgBases is scenarioArg that also returns the variant's base file, if any
// (readScenarioBases).
func scenarioArgBases(cmd string, pos []string, stderr io.Writer) (*sim.Scenario, []string, int) {
	if len(pos) > 1 {
		fmt.Fprintf(stderr, "ttx %s: one scenario file at most\n", cmd)
		return nil, nil, exitUsage
	}
	file := ""
	if len(pos) == 1 {
		file = pos[0]
	}
	sc, bases, err := readScenarioBases(file)
	if err != nil {
		if ns := notScenarioErr(cmd, file, err); ns != nil {
			err = ns
		}
		printErrors(stderr, cmd, err)
		return nil, nil, exitInvalid
	}
	return sc, bases, exitOK
}

// sideArg returns the index of the side that a command line's flag names by id: the side of
// that id, else the one side whose id it is in another case (a scenario's ids are lower case by
// its format, and Blue is read as blue, as policy and seat names are); -1 when there is none, or
// when it takes the case to tell two sides apart (a scenario made without the loader).
func sideArg(sc *sim.Scenario, id string) int {
	if i := sc.Side(id); i >= 0 {
		return i
	}
	found := -1
	for i, d := range sc.Sides {
		if strings.EqualFold(d.ID, id) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// sideIDs lists a scenario's side ids, for messages.
func sideIDs(sc *sim.Scenario) string {
	ids := make([]string, len(sc.Sides))
	for i, d := range sc.Sides {
		ids[i] = d.ID
	}
	return strings.Join(ids, ", ")
}
