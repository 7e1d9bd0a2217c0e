package session

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// The limits of a note, however it is written: at a hot seat (AddObservation), by a served seat
// (serve refuses a note over them sent to it) or with ttx note. Characters are counted as runes.
const (
	// NoteMax is the most characters a note's text may have (it has at least one).
	NoteMax = 2000
	// NoteActionMax is the most characters a note's corrective action may have.
	NoteActionMax = 1000
	// NoteTagsMax is the most tags (capabilities or objectives) a note may have.
	NoteTagsMax = 10
)

// Why a note is refused for its size, in the words of every way of writing one.
var (
	errNoteLength = errors.New("a note is 1 to " + strconv.Itoa(NoteMax) + " characters")
	errNoteAction = errors.New("a note's action is at most " + strconv.Itoa(NoteActionMax) + " characters")
	errNoteTags   = errors.New("a note has at most " + strconv.Itoa(NoteTagsMax) + " tags")
)

// CheckNote returns why n cannot be a note for its size, nil when it can: a text empty or over
// NoteMax characters, an action over NoteActionMax characters, more than NoteTagsMax tags
// (checked in that order). Its turn, inject, category and author are not looked at.
func CheckNote(n Note) error {
	switch {
	case n.Text == "" || utf8.RuneCountInString(n.Text) > NoteMax:
		return errNoteLength
	case utf8.RuneCountInString(n.Action) > NoteActionMax:
		return errNoteAction
	case len(n.Tags) > NoteTagsMax:
		return errNoteTags
	}
	return nil
}
