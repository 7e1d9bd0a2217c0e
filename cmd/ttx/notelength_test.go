package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoteLength: ttx note takes a note of 2,000 characters and refuses one more (or none),
// leaving the log as it was, in the words a served seat's note is refused with (serve's
// TestNoteLengthAsTtxNote): one limit for a note however it is written.
func TestNoteLength(t *testing.T) {
	log := filepath.Join(t.TempDir(), "mini.jsonl")
	if code, _, errs := ttxMain("run", miniFile, "-q", "--log", log); code != exitOK {
		t.Fatalf("ttx run = %d: %s", code, errs)
	}
	full := strings.Repeat("é", 2000)
	for _, text := range []string{full + "x", ""} {
		before, _ := os.ReadFile(log)
		code, out, errs := ttxMain("note", log, text)
		if want := "ttx note: a note is 1 to 2000 characters\n"; code != exitUsage || out != "" || errs != want {
			t.Errorf("ttx note of %d characters = %d, %q, %q; want %d, %q", len([]rune(text)), code, out, errs, exitUsage, want)
		}
		if after, _ := os.ReadFile(log); string(after) != string(before) {
			t.Errorf("a refused note of %d characters changed the log", len([]rune(text)))
		}
	}
	if code, _, errs := ttxMain("note", log, full); code != exitOK {
		t.Fatalf("ttx note of 2000 characters = %d: %s", code, errs)
	}
	if b, _ := os.ReadFile(log); !strings.Contains(string(b), full) {
		t.Error("the note of 2000 characters is not in the log")
	}
}
