package session

import (
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
