package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestResumeNamesTheScenario: ttx serve --resume LOG without the scenario FILE of a game not of
// the default scenario says which file to give, as a command line, and leaves the log as it
// was. It said only that the log was a save of another scenario than the default.
func TestResumeNamesTheScenario(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "ex.jsonl")
	if code, _, errOut := ttxMain("run", "-q", "--log", log, miniFile); code != exitOK {
		t.Fatal(errOut)
	}
	before, _ := os.ReadFile(log)
	code, _, errOut := ttxMain("serve", "--addr", "127.0.0.1:0", "--resume", log)
	mini, _ := filepath.Abs(miniFile)
	want := "ttx serve " + mini + " --resume " + log
	if code != exitUsage || !strings.Contains(errOut, want) {
		t.Errorf("serve --resume LOG of mini, no FILE = %d, %q; want %d and %q", code, errOut, exitUsage, want)
	}
	if after, _ := os.ReadFile(log); string(after) != string(before) {
		t.Error("the refused resume changed the log")
	}
}
