package session

import (
	"strconv"
	"strings"
	"testing"
)

// TestNoteLength: a note of NoteMax characters (runes, not bytes: "é" is two) is recorded, one
// more or none is refused in the words every way of writing a note uses, and nothing refused is
// recorded. The window at a hot seat took a note of any length, which a served seat's window
// refused past 1000.
func TestNoteLength(t *testing.T) {
	s := NewSession(fixture(t, "../sim/testdata/markers.toml"), 1)
	if NoteMax != 2000 {
		t.Errorf("NoteMax = %d, want 2000 (the limit docs/protocol.md gives)", NoteMax)
	}
	if err := s.AddNote(strings.Repeat("é", NoteMax), -1); err != nil {
		t.Fatalf("a note of %d characters: %v", NoteMax, err)
	}
	for _, text := range []string{strings.Repeat("é", NoteMax+1), ""} {
		err := s.AddNote(text, -1)
		if want := "a note is 1 to 2000 characters"; err == nil || NoteRefusal(err) != want {
			t.Errorf("a note of %d characters: %v, want %q", len([]rune(text)), err, want)
		}
	}
	if len(s.Notes) != 1 {
		t.Errorf("%d notes recorded, want the one of %d characters", len(s.Notes), NoteMax)
	}
}

// TestNoteActionAndTags: a note whose action has NoteActionMax characters (runes) and which has
// NoteTagsMax tags is recorded; one more character of action, or one more tag, is refused in the
// words serve and ttx note use, and nothing refused is recorded. AddObservation took any action
// and any number of tags, which a served seat's note was refused for.
func TestNoteActionAndTags(t *testing.T) {
	s := NewSession(fixture(t, "../sim/testdata/markers.toml"), 1)
	if NoteActionMax != 1000 || NoteTagsMax != 10 {
		t.Errorf("NoteActionMax, NoteTagsMax = %d, %d, want 1000, 10 (the limits docs/protocol.md gives)", NoteActionMax, NoteTagsMax)
	}
	action, tags := strings.Repeat("é", NoteActionMax), make([]string, NoteTagsMax)
	for i := range tags {
		tags[i] = "capability " + strconv.Itoa(i)
	}
	if err := s.AddObservation(Note{Text: "at the limits", Action: action, Tags: tags}, -1); err != nil {
		t.Fatalf("a note with an action of %d characters and %d tags: %v", NoteActionMax, NoteTagsMax, err)
	}
	for _, c := range []struct {
		note Note
		want string
	}{
		{Note{Text: "a long action", Action: action + "x", Tags: tags}, "a note's action is at most 1000 characters"},
		{Note{Text: "many tags", Action: action, Tags: append(tags, "one more")}, "a note has at most 10 tags"},
		{Note{Text: "", Action: action + "x", Tags: append(tags, "one more")}, "a note is 1 to 2000 characters"},
	} {
		if err := s.AddObservation(c.note, -1); err == nil || NoteRefusal(err) != c.want {
			t.Errorf("AddObservation(%q, action of %d, %d tags) = %v, want %q", c.note.Text, len([]rune(c.note.Action)), len(c.note.Tags), err, c.want)
		}
	}
	if len(s.Notes) != 1 || s.Notes[0].Action != action {
		t.Errorf("%d notes recorded, want the one at the limits", len(s.Notes))
	}
}
