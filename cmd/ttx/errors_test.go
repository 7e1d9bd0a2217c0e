package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestCommandErrorsNamed: every command's error starts with "ttx COMMAND:", a file that cannot
// be read included, and a scenario's load errors too.
func TestCommandErrorsNamed(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nosuch.toml")
	for _, args := range [][]string{
		{"run", missing},
		{"validate", missing},
		{"batch", missing, "--runs", "1"},
		{"play", missing},
		{"forecast", missing},
		{"replay", missing},
		{"report", missing, "-o", "x.html"},
		{"merge", missing},
		{"run", invalidFile},
		{"run", "--no-such-flag"},
		{"batch", "--seed", "-3"},
		{"forecast"},
	} {
		code, _, errs := ttxMain(args...)
		if code == exitOK || errs == "" {
			t.Errorf("Main(%q) = %d, %q, want an error", args, code, errs)
			continue
		}
		for _, l := range strings.Split(strings.TrimRight(errs, "\n"), "\n") {
			if !strings.HasPrefix(l, "ttx "+args[0]+": ") && !strings.HasPrefix(l, "Run 'ttx "+args[0]+" --help'") {
				t.Errorf("Main(%q): the error line %q does not start with %q", args, l, "ttx "+args[0]+": ")
			}
		}
	}
}

// TestHelpAgrees: 'ttx help CMD' prints what 'ttx CMD --help' does, and no flag's help repeats
// its default.
func TestHelpAgrees(t *testing.T) {
	for _, n := range commandNames() {
		code, help, _ := ttxMain("help", n)
		_, flagHelp, _ := ttxMain(n, "--help")
		if code != exitOK || help != flagHelp {
			t.Errorf("ttx help %s = %d,\n%s\nwant ttx %s --help:\n%s", n, code, help, n, flagHelp)
		}
		if strings.Contains(help, "(default -1)") || strings.Count(help, "(default") > strings.Count(help, "\n  -") {
			t.Errorf("ttx help %s repeats a default:\n%s", n, help)
		}
	}
	if code, _, errs := ttxMain("help", "frobnicate"); code != exitUsage || !strings.HasPrefix(errs, "ttx help: ") {
		t.Errorf("ttx help frobnicate = %d, %q, want a usage error", code, firstLine(errs))
	}
}

// TestVersion: ttx --version prints the program's version and the formats it reads and writes.
func TestVersion(t *testing.T) {
	code, out, _ := ttxMain("--version")
	if code != exitOK || !strings.HasPrefix(out, "ttx ") || !strings.Contains(out, "scenario format 1") {
		t.Errorf("ttx --version = %d, %q, want the version and the scenario format", code, out)
	}
}

// TestOutOfRangeFlags: a flag out of its range is a usage error (exit 2), not an empty result.
func TestOutOfRangeFlags(t *testing.T) {
	log := filepath.Join(t.TempDir(), "game.jsonl")
	if code, _, errs := ttxMain("run", miniFile, "--seed", "3", "--turns", "2", "--log", log, "-q"); code != exitOK {
		t.Fatalf("ttx run: %s", errs)
	}
	ended := filepath.Join(t.TempDir(), "ended.jsonl")
	if code, _, errs := ttxMain("run", miniFile, "--seed", "3", "--log", ended, "-q"); code != exitOK {
		t.Fatalf("ttx run: %s", errs)
	}
	data, err := os.ReadFile(ended)
	if err != nil {
		t.Fatal(err)
	}
	_, end, _, err := replayData(ended, data, "")
	if err != nil || !end.Over || end.Turn < 2 {
		t.Fatalf("the game of mini with seed 3 should end after week 2 or later: %v, %+v", err, end)
	}
	endedTurn := end.Turn
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"batch", miniFile, "--runs", "0"}, "--runs 0"},
		{[]string{"batch", miniFile, "--workers", "0"}, "--workers 0"},
		{[]string{"forecast", miniFile, "--runs", "0"}, "--runs 0"},
		{[]string{"forecast", log, "--at", "20"}, "the log ends after week 2"},
		{[]string{"forecast", miniFile, "--at", "1"}, "--at applies to a log"},
		{[]string{"forecast", ended}, "is over (outcome "},
		// After the turn a game ended on nothing is left either: it forecast from the turn
		// before, the same as --at of that turn, under the ended turn's name.
		{[]string{"forecast", ended, "--at", strconv.Itoa(endedTurn)}, fmt.Sprintf("--at %d: the game in %s is over (outcome ", endedTurn, ended)},
		{[]string{"run", miniFile, "--turns", "-1"}, "--turns -1"},
		{[]string{"run", miniFile, "--seed", "-1"}, "a seed is a whole number"},
	} {
		code, out, errs := ttxMain(tc.args...)
		if code != exitUsage || !strings.Contains(errs, tc.want) {
			t.Errorf("Main(%q) = %d, %q %q, want %d and %q", tc.args, code, firstLine(out), errs, exitUsage, tc.want)
		}
	}
	// Within range it runs.
	if code, _, errs := ttxMain("forecast", log, "--at", "2", "--runs", "10"); code != exitOK {
		t.Errorf("forecast --at 2 of a 2-week log = %d, %s", code, errs)
	}
	if code, _, errs := ttxMain("forecast", ended, "--at", "1", "--runs", "10"); code != exitOK {
		t.Errorf("forecast --at 1 of a finished game = %d, %s", code, errs)
	}
}
