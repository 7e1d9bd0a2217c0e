package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"ttx/internal/atomicfile"
	"ttx/internal/logpath"
	"ttx/scenarios"
	"ttx/sim"
	"ttx/sim/record"
)

// readFile reads a file, or an embedded scenario named "embedded:NAME".
func readFile(name string) ([]byte, error) {
	if b, ok := embedded(name); ok {
		return b, nil
	}
	if strings.HasPrefix(name, scenarios.Prefix) {
		return nil, noEmbedded(name)
	}
	return os.ReadFile(name)
}

// openLog parses the order log in data (read from path), checking its integrity, and loads the
// scenario it was written with: scen when given, else the file its header names, found from
// the log's folder. Every command that reads a log reads it here.
func openLog(path string, data []byte, scen string) (*record.Log, *sim.Scenario, error) {
	l, err := record.Read(bytes.NewReader(data))
	if err != nil {
		var le *record.Error
		if errors.As(err, &le) {
			le.File = path
			return nil, nil, le
		}
		return nil, nil, fmt.Errorf("%s: %v", path, err)
	}
	name := scen
	if name == "" {
		if name, err = logScenario(path, l.Header.File); err != nil {
			return nil, nil, err
		}
	}
	sc, err := readScenario(name)
	if err != nil {
		return nil, nil, err
	}
	return l, sc, nil
}

// logScenario returns the scenario file named file in the header of the log at path: an
// embedded scenario as it is, a relative path from the log's folder (not the working
// directory), which is how 'ttx run --log' writes it.
func logScenario(path, file string) (string, error) {
	if file == "" {
		return "", fmt.Errorf("%s: the log names no scenario file; give it with --scenario FILE", path)
	}
	if _, ok := embedded(file); ok {
		return file, nil
	}
	name := logpath.Resolve(path, file)
	if _, err := os.Stat(name); err != nil {
		return "", fmt.Errorf("%s: no scenario file at %s, where the log's %q leads from the log's folder; give the scenario with --scenario FILE", path, name, file)
	}
	return name, nil
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
		fmt.Fprintf(stderr, "ttx %s: %s\n", cmd, diverges(path, d))
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

// diverges says where the log at path diverges, FILE:LINE: first.
func diverges(path string, d *record.Divergence) string {
	return fmt.Sprintf("%s:%d: diverges: %s", path, d.Line(), d.Reason())
}

// printProblem prints a scenario's load errors one per line, or any other error, after the
// command's name (see printErrors).
func printProblem(w io.Writer, cmd string, err error) { printErrors(w, cmd, err) }

// writeLogFile writes l to path atomically, with a log's file mode (record.FileMode); a problem
// is printed to stderr after the command's name, and the exit code returned (exitOK when none).
func writeLogFile(cmd, path string, l *record.Log, stderr io.Writer) int {
	var b bytes.Buffer
	if err := l.Write(&b); err != nil {
		fmt.Fprintf(stderr, "ttx %s: %v\n", cmd, err)
		return exitInvalid
	}
	if err := atomicfile.WriteMode(path, b.Bytes(), record.FileMode); err != nil {
		fmt.Fprintf(stderr, "ttx %s: %v\n", cmd, err)
		return exitInvalid
	}
	return exitOK
}
