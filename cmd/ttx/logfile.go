package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"ttx/sim"
	"ttx/sim/load"
	"ttx/sim/record"
)

// readFile reads a file, or an embedded scenario named "embedded:NAME".
func readFile(name string) ([]byte, error) {
	if b, ok := embedded(name); ok {
		return b, nil
	}
	return os.ReadFile(name)
}

// openLog parses the order log in data (read from path) and loads the scenario it was written
// with: the file its header names, or scen when given.
func openLog(path string, data []byte, scen string) (*record.Log, *sim.Scenario, error) {
	l, err := record.Read(bytes.NewReader(data))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %v", path, err)
	}
	name := l.Header.File
	if scen != "" {
		name = scen
	}
	sc, err := readScenario(name)
	if err != nil {
		return nil, nil, err
	}
	return l, sc, nil
}

// replayFile reads the order log at path, loads its scenario and replays it. Problems are
// printed to stderr after the command's name; a log that diverges is one of them. It returns
// nil and the exit code when there was a problem.
func replayFile(cmd, path, scen string, stderr io.Writer) (*record.Log, *sim.State, int) {
	data, err := readFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "ttx %s: %v\n", cmd, err)
		return nil, nil, exitInvalid
	}
	l, s, d, err := replayData(path, data, scen)
	switch {
	case err != nil:
		printProblem(stderr, cmd, err)
		return nil, nil, exitInvalid
	case d != nil:
		fmt.Fprintf(stderr, "ttx %s: %s: diverges at %v\n", cmd, path, d)
		return nil, nil, exitInvalid
	}
	return l, s, exitOK
}

// replayData replays the order log in data; a divergence is returned apart from other errors.
func replayData(path string, data []byte, scen string) (*record.Log, *sim.State, *record.Divergence, error) {
	l, sc, err := openLog(path, data, scen)
	if err != nil {
		return nil, nil, nil, err
	}
	s, d := record.Replay(sc, l)
	return l, s, d, nil
}

// printProblem prints a scenario's load errors one per line (file:line:col: message), or any
// other error after the command's name.
func printProblem(w io.Writer, cmd string, err error) {
	if _, ok := err.(load.Errors); ok {
		printErrors(w, err)
		return
	}
	fmt.Fprintf(w, "ttx %s: %v\n", cmd, err)
}
