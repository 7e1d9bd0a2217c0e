package main

import (
	"bytes"
	"encoding/json"
	"fmt"

	"ttx/sim/load"
)

// notScenario says what a file given as a scenario is when it is another of ttx's files: an
// order log, a batch's rows file or an orders file. Loaded as TOML each gives only errors that
// say nothing of what it is ("1:1: expected '.' or '=', but got '{' instead", or an orders
// file's "scenario: expected a table, not a string"), so a command given one by mistake (ttx
// batch game.jsonl) says what the file is and which command reads it.
type notScenario struct {
	file string
	what string // "an order log (of scenario campaign)"
	not  string // what the command wanted: "a scenario", or "a log or a scenario"
	hint string // what reads it
}

func (e *notScenario) Error() string {
	return fmt.Sprintf("%s: %s, not %s: %s", e.file, e.what, e.not, e.hint)
}

// otherFile returns the notScenario error for the file name that failed to load as a scenario
// with err, for command cmd, when the file is an order log, a rows file or an orders file; nil
// otherwise (a scenario with problems of its own keeps them).
func otherFile(cmd, name string, err error) *notScenario {
	if id := ordersFileOf(name, err); id != "" {
		hint := "ttx run, batch and forecast play it after its scenario: ttx run SCENARIO --orders " + name
		switch cmd {
		case "run", "batch", "forecast":
			hint = fmt.Sprintf("give it after its scenario: ttx %s SCENARIO --orders %s", cmd, name)
		case "validate":
			hint = "check it against its scenario with ttx run SCENARIO --orders " + name
		}
		return &notScenario{file: name, what: "an orders file (for scenario " + id + ")", not: "a scenario", hint: hint}
	}
	data, rerr := readFile(name)
	if rerr != nil {
		return nil
	}
	switch typ, id := headerOf(data); typ {
	case "header":
		hint := "ttx replay, report and forecast read it"
		if cmd == "serve" {
			hint = "ttx serve --resume " + name + " goes on with its game; " + hint
		}
		return &notScenario{file: name, what: "an order log (of scenario " + id + ")", not: "a scenario", hint: hint}
	case "batch":
		return rowsNotScenario(name, id, "a scenario")
	}
	return nil
}

// rowsNotScenario is the notScenario error of the rows file name of scenario id.
func rowsNotScenario(name, id, not string) *notScenario {
	return &notScenario{file: name, what: "a batch's rows file (of scenario " + id + ")", not: not,
		hint: "ttx merge reads it (with the other shards of its batch, if it is one) and prints the batch's summary"}
}

// headerOf returns the type and the scenario id of the JSON header on the first line of data
// (after "# " in a CSV rows file): "header" for an order log, "batch" for a rows file; "" when
// the first line is no such header.
func headerOf(data []byte) (typ, scenario string) {
	line, _, _ := bytes.Cut(bytes.TrimLeft(data, " \t\r\n"), []byte("\n"))
	line = bytes.TrimPrefix(line, []byte("# "))
	var h struct{ Type, Scenario string }
	if json.Unmarshal(line, &h) != nil || h.Scenario == "" {
		return "", ""
	}
	return h.Type, h.Scenario
}

// notScenarioErr is otherFile for a load's error err: nil unless the file could be read and
// loaded as TOML, so a missing file or an unknown embedded:NAME keeps its own error.
func notScenarioErr(cmd, name string, err error) error {
	if _, ok := err.(load.Errors); !ok {
		return nil
	}
	if ns := otherFile(cmd, name, err); ns != nil {
		return ns
	}
	return nil
}
