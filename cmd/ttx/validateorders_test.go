package main

import (
	"strings"
	"testing"
)

// TestValidateOrdersFile: validate given an orders file (scenarios/history) says what it is and
// how to check it, where it said only "scenario: expected a table, not a string" and "order:
// unknown key order"; it is still not a valid scenario (exit 1).
func TestValidateOrdersFile(t *testing.T) {
	f := "../../scenarios/history/renewal_2024.toml"
	code, out, _ := ttxMain("validate", f)
	want := f + ": an orders file (for scenario security_council), not a scenario: check it against its scenario with ttx run SCENARIO --orders " + f + "\n"
	if code != exitInvalid || out != want {
		t.Errorf("validate %s: exit %d,\n%s\nwant exit %d,\n%s", f, code, out, exitInvalid, want)
	}
	// A scenario whose [scenario] is a string by mistake is still told its problems.
	code, out, _ = ttxMain("validate", "testdata/scenario_string.toml")
	if code != exitInvalid || !strings.Contains(out, "scenario: expected a table, not a string") {
		t.Errorf("validate of a scenario with scenario = \"…\": exit %d,\n%s", code, out)
	}
}
