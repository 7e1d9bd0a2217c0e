package main

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
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

// TestNoteActionAndTags: ttx note takes a note whose --action has 1,000 characters and which has
// 10 --tag, and refuses one more character of action or one more tag, leaving the log as it was,
// in the words a served seat's note is refused with (serve's TestNoteActionAndTagsAsTtxNote). It
// took any action and any number of tags, so a note it put in a log was one the table refused.
func TestNoteActionAndTags(t *testing.T) {
	log := filepath.Join(t.TempDir(), "mini.jsonl")
	if code, _, errs := ttxMain("run", miniFile, "-q", "--log", log); code != exitOK {
		t.Fatalf("ttx run = %d: %s", code, errs)
	}
	action := strings.Repeat("é", 1000)
	var tags []string
	for i := range 10 {
		tags = append(tags, "--tag", "capability "+strconv.Itoa(i))
	}
	note := func(action string, tags []string) (int, string, string) {
		return ttxMain(append(append([]string{"note", log, "--action", action}, tags...), "a note")...)
	}
	for _, c := range []struct {
		action string
		tags   []string
		want   string
	}{
		{action + "x", tags, "ttx note: a note's action is at most 1000 characters\n"},
		{action, append(slices.Clip(tags), "--tag", "one more"), "ttx note: a note has at most 10 tags\n"},
	} {
		before, _ := os.ReadFile(log)
		if code, out, errs := note(c.action, c.tags); code != exitUsage || out != "" || errs != c.want {
			t.Errorf("ttx note with an action of %d characters and %d tags = %d, %q, %q; want %d, %q",
				len([]rune(c.action)), len(c.tags)/2, code, out, errs, exitUsage, c.want)
		}
		if after, _ := os.ReadFile(log); string(after) != string(before) {
			t.Errorf("a refused note (action of %d characters, %d tags) changed the log", len([]rune(c.action)), len(c.tags)/2)
		}
	}
	if code, _, errs := note(action, tags); code != exitOK {
		t.Fatalf("ttx note with an action of 1000 characters and 10 tags = %d: %s", code, errs)
	}
	if b, _ := os.ReadFile(log); !strings.Contains(string(b), action) || !strings.Contains(string(b), "capability 9") {
		t.Error("the note at the limits is not in the log with its action and tags")
	}
}
