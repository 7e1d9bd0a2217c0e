package main

import (
	"os"
	"strings"
	"testing"

	"ttx/session"
)

// TestAnswerLength: ttx answer takes an answer of session.AnswerMax (2,000) characters, runes
// not bytes, and refuses one more, leaving the log as it was, in the words a served team's
// answer is refused with (serve's TestAnswerLengthAsTtxAnswer): one limit however an answer is
// written.
func TestAnswerLength(t *testing.T) {
	log := discussionLog(t)
	full := strings.Repeat("é", 2000)
	answer := func(text string) (int, string, string) {
		return ttxMain("answer", log, "--side", "port", "--question", "lead", text)
	}
	before, _ := os.ReadFile(log)
	if code, out, errs := answer(full + "x"); code != exitUsage || out != "" || errs != "ttx answer: an answer is at most 2000 characters\n" {
		t.Errorf("ttx answer of 2001 characters = %d, %q, %q; want %d and the server's words", code, out, errs, exitUsage)
	}
	if after, _ := os.ReadFile(log); string(after) != string(before) {
		t.Error("a refused answer of 2001 characters changed the log")
	}
	if code, _, errs := answer(full); code != exitOK {
		t.Fatalf("ttx answer of 2000 characters = %d: %s", code, errs)
	}
	if a := logAnswers(t, log); len(a) != 1 || a[0].Answer != full {
		t.Errorf("the log's answers are %d, want the one of 2000 characters", len(a))
	}
	if session.AnswerMax != 2000 {
		t.Errorf("session.AnswerMax = %d, want 2000", session.AnswerMax)
	}
}
