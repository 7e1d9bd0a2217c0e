package main

import (
	"strings"
	"testing"
)

// TestRunExpected: ttx run prints an inject's expected player action under the inject and its
// key questions, in the feed's word ("expected"), for the facilitator; a team's account (--as)
// has the inject and its question but not the action expected of it.
func TestRunExpected(t *testing.T) {
	const fired = "  inject       inject \"MKBLUEINJECTTITLE\": MKBLUEINJECTTEXT\n" +
		"  question     MKBLUEQUESTION?\n"
	const expected = "  expected     MKEXPECTED blue acts\n"
	code, out, errs := ttxMain("run", markersFile, "--seed", "1", "--policy", "random")
	if code != exitOK {
		t.Fatalf("ttx run: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, fired+expected) {
		t.Errorf("ttx run does not print the expected action under its inject:\n%s", out)
	}
	code, out, errs = ttxMain("run", markersFile, "--seed", "1", "--policy", "random", "--as", "blue")
	if code != exitOK {
		t.Fatalf("ttx run --as blue: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, fired) || strings.Contains(out, "MKEXPECTED") || strings.Contains(out, "  expected ") {
		t.Errorf("ttx run --as blue: want the inject and its question, no expected action:\n%s", out)
	}
}
