package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// gameWord is the word of a contest that a discussion exercise's account never uses.
var gameWord = regexp.MustCompile(`(?i)\bgames?\b`)

// TestExerciseWords: ttx run of the library's discussion exercise ends with "the exercise
// ends" and says "game" nowhere; an orders file with a turn past its three rounds is refused in
// its words ("the exercise's rounds 1..3"), and so is ttx note's --turn past the log's round, or
// 0 (which named no turn, and the note went to the last round as if none were given), and ttx
// forecast of the ended exercise says the exercise is over; a scored
// game still ends with "the game ends".
func TestExerciseWords(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "outage.jsonl")
	code, out, errs := ttxMain("run", "embedded:regional_outage.toml", "--log", log)
	if code != exitOK {
		t.Fatalf("ttx run = %d: %s", code, errs)
	}
	if !strings.Contains(out, "end          the exercise ends\n") {
		t.Errorf("ttx run of a discussion exercise does not end with \"the exercise ends\":\n%s", out)
	}
	if m := gameWord.FindString(out); m != "" {
		t.Errorf("ttx run of a discussion exercise says %q:\n%s", m, out)
	}
	orders := filepath.Join(dir, "orders.toml")
	src := "scenario = \"regional_outage\"\n[[order]]\nturn = 5\nactor = \"port_authority\"\nmove = \"isolate\"\n"
	if err := os.WriteFile(orders, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs = ttxMain("run", "embedded:regional_outage.toml", "--orders", orders)
	if want := "order[0].turn: turn 5 is outside the exercise's rounds 1..3"; code == exitOK || !strings.Contains(errs, want) {
		t.Errorf("ttx run --orders with turn 5 = %d, %q; want an error with %q", code, errs, want)
	}
	for _, turn := range []string{"7", "0"} {
		code, _, errs = ttxMain("note", "--turn", turn, log, "late")
		if want := "--turn " + turn + ": the log's exercise has reached round 3; give 1 to 3"; code == exitOK || !strings.Contains(errs, want) {
			t.Errorf("ttx note --turn %s = %d, %q; want an error with %q", turn, code, errs, want)
		}
	}
	code, _, errs = ttxMain("forecast", log)
	if want := "the exercise in " + log + " is over (outcome ended, after round 3)"; code == exitOK || !strings.Contains(errs, want) {
		t.Errorf("ttx forecast of the ended exercise = %d, %q; want an error with %q", code, errs, want)
	}
	code, out, errs = ttxMain("run", miniFile)
	if code != exitOK || !strings.Contains(out, "the game ends\n") {
		t.Errorf("ttx run of a scored game = %d, %s; want it to end with \"the game ends\":\n%s", code, errs, out)
	}
}
