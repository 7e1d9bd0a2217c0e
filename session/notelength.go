package session

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// NoteMax is the most characters a note's text may have, however it is written: at a hot seat
// (AddObservation), by a served seat (serve refuses a longer note sent to it) or with ttx note.
const NoteMax = 2000

// errNoteLength is why a note's text is refused for its length, in the words of every way of
// writing one.
var errNoteLength = errors.New("a note is 1 to " + strconv.Itoa(NoteMax) + " characters")

// CheckNote returns why text cannot be a note's text (empty, or longer than NoteMax characters,
// counted as runes), nil when it can.
func CheckNote(text string) error {
	if text == "" || utf8.RuneCountInString(text) > NoteMax {
		return errNoteLength
	}
	return nil
}
