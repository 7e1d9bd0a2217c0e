package main

import (
	"path/filepath"
	"regexp"
	"testing"
)

// scoreWords are the words of a contest, which a discussion exercise never shows.
var scoreWords = regexp.MustCompile(`(?i)\b(scores?|winners?|draw|ahead)\b`)

// TestUnscoredSummaries: ttx batch and ttx forecast of a discussion exercise show outcomes and
// track distributions, and no score, winner, draw or side ahead.
func TestUnscoredSummaries(t *testing.T) {
	scen, _ := filepath.Abs("../../sim/testdata/discussion.toml")
	for _, args := range [][]string{
		{"batch", scen, "--runs", "20"},
		{"forecast", scen, "--runs", "20"},
	} {
		code, out, errs := ttxMain(args...)
		if code != 0 {
			t.Fatalf("ttx %s: %s", args[0], errs)
		}
		if m := scoreWords.FindString(out); m != "" {
			t.Errorf("ttx %s of a discussion exercise says %q:\n%s", args[0], m, out)
		}
		if !regexp.MustCompile(`(?m)^\s+ended\s`).MatchString(out) {
			t.Errorf("ttx %s of a discussion exercise has no \"ended\" outcome:\n%s", args[0], out)
		}
	}
}
