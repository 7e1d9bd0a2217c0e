package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoteInject: ttx note --inject takes an inject that had fired by the note's turn, and
// refuses, leaving the log as it was, one that fired after it (Harbour Blackout's round 3
// vendor's report on a round 1 note), one the log never reached, and an id the scenario lacks,
// with the id it may mean.
func TestNoteInject(t *testing.T) {
	dir := t.TempDir()
	log, short := filepath.Join(dir, "outage.jsonl"), filepath.Join(dir, "round1.jsonl")
	for _, c := range []struct {
		log   string
		extra []string
	}{{log, nil}, {short, []string{"--turns", "1"}}} {
		args := append([]string{"run", "embedded:regional_outage.toml", "-q", "--log", c.log}, c.extra...)
		if code, _, errs := ttxMain(args...); code != exitOK {
			t.Fatalf("ttx %v = %d: %s", args, code, errs)
		}
	}
	before, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--turn", "1", "--inject", "vendor_report", log}, `--inject vendor_report: "A vendor's report" fired in round 3, after the note's round 1: give --turn 3 or later, or leave out --inject`},
		{[]string{"--turn", "2", "--inject", "vendor_report", log}, `fired in round 3, after the note's round 2`},
		{[]string{"--inject", "vendor_report", short}, `--inject vendor_report: "A vendor's report" has not fired in this exercise (which has reached round 2): leave out --inject, or give one that fired`},
		{[]string{"--inject", "ransom_prot", log}, "--inject ransom_prot: the scenario has no such inject; did you mean ransom_port?"},
	} {
		args := append([]string{"note"}, append(c.args, "too early")...)
		code, out, errs := ttxMain(args...)
		if code != exitUsage || out != "" || !strings.Contains(errs, c.want) {
			t.Errorf("ttx %q = %d, stdout %q, stderr %q; want %d and %q", args, code, out, errs, exitUsage, c.want)
		}
	}
	if after, _ := os.ReadFile(log); string(after) != string(before) {
		t.Error("a refused note changed the log")
	}
	for _, turn := range []string{"3", ""} { // its own round, and the default: the log's last
		args := []string{"note", "--inject", "vendor_report", log, "On time."}
		if turn != "" {
			args = append(args, "--turn", turn)
		}
		if code, _, errs := ttxMain(args...); code != exitOK {
			t.Errorf("ttx %q = %d: %s", args, code, errs)
		}
	}
	if code, _, errs := ttxMain("note", "--turn", "1", "--inject", "ransom_port", log, "Round 1's own."); code != exitOK {
		t.Errorf("ttx note --turn 1 --inject ransom_port = %d: %s", code, errs)
	}
}
