package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestNotScenarioSaysWhatItIs: an order log, a rows file (CSV or JSON Lines) or an orders file
// given where a scenario goes (ttx batch game.jsonl) is named for what it is, with the command
// that reads it, where the commands printed only TOML's "1:1: expected '.' or '=', but got '{'
// instead" (or, for an orders file, "scenario: expected a table, not a string" and "order:
// unknown key order"). A scenario with problems of its own still gets them.
func TestNotScenarioSaysWhatItIs(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "game.jsonl")
	if code, _, errs := ttxMain("run", miniFile, "--log", log, "-q"); code != exitOK {
		t.Fatalf("run: exit %d: %s", code, errs)
	}
	csv, jsonl := filepath.Join(dir, "rows.csv"), filepath.Join(dir, "rows.jsonl")
	for _, f := range []string{csv, jsonl} {
		if code, _, errs := ttxMain("batch", miniFile, "--runs", "2", "--out", f, "-q"); code != exitOK {
			t.Fatalf("batch --out %s: exit %d: %s", f, code, errs)
		}
	}
	orders := "../../scenarios/history/renewal_2024.toml"
	logSays := log + ": an order log (of scenario mini), not a scenario: ttx replay, report and forecast read it\n"
	rows := func(f, not string) string {
		return f + ": a batch's rows file (of scenario mini), not " + not + ": ttx merge reads it (with the other shards of its batch, if it is one) and prints the batch's summary\n"
	}
	ordersSays := func(cmd string) string {
		return orders + ": an orders file (for scenario security_council), not a scenario: give it after its scenario: ttx " + cmd + " SCENARIO --orders " + orders + "\n"
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"batch", log}, "ttx batch: " + logSays},
		{[]string{"run", log}, "ttx run: " + logSays},
		{[]string{"balance", log}, "ttx balance: " + logSays},
		{[]string{"serve", log}, "ttx serve: " + log + ": an order log (of scenario mini), not a scenario: ttx serve --resume " + log + " goes on with its game; ttx replay, report and forecast read it\n"},
		{[]string{"batch", csv}, "ttx batch: " + rows(csv, "a scenario")},
		{[]string{"batch", jsonl}, "ttx batch: " + rows(jsonl, "a scenario")},
		{[]string{"forecast", csv}, "ttx forecast: " + rows(csv, "a log or a scenario")},
		{[]string{"forecast", jsonl}, "ttx forecast: " + rows(jsonl, "a log or a scenario")},
		{[]string{"batch", orders}, "ttx batch: " + ordersSays("batch")},
		{[]string{"run", orders}, "ttx run: " + ordersSays("run")},
		{[]string{"forecast", orders}, "ttx forecast: " + ordersSays("forecast")},
		{[]string{"balance", orders}, "ttx balance: " + orders + ": an orders file (for scenario security_council), not a scenario: ttx run, batch and forecast play it after its scenario: ttx run SCENARIO --orders " + orders + "\n"},
	} {
		code, _, errs := ttxMain(c.args...)
		if code != exitInvalid || errs != c.want {
			t.Errorf("ttx %s: exit %d,\n%s\nwant exit %d,\n%s", strings.Join(c.args, " "), code, errs, exitInvalid, c.want)
		}
	}
	code, out, _ := ttxMain("validate", log, csv)
	if want := logSays + rows(csv, "a scenario"); code != exitInvalid || out != want {
		t.Errorf("validate of a log and a rows file: exit %d,\n%s\nwant exit %d,\n%s", code, out, exitInvalid, want)
	}
	// A scenario's own problems are still told.
	code, _, errs := ttxMain("batch", "testdata/scenario_string.toml")
	if code != exitInvalid || !strings.Contains(errs, "scenario: expected a table, not a string") {
		t.Errorf("batch of a scenario with scenario = \"…\": exit %d,\n%s", code, errs)
	}
}
