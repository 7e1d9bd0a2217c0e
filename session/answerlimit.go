package session

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// AnswerMax is the most characters (runes) a table's answer to a key question may have, however
// it is written: by a served team (serve refuses a longer one sent to it) or with ttx answer.
const AnswerMax = 2000

// errAnswerLength is why an answer is refused for its length, in the words of every way of
// writing one.
var errAnswerLength = errors.New("an answer is at most " + strconv.Itoa(AnswerMax) + " characters")

// CheckAnswer returns why text cannot be an answer (longer than AnswerMax characters, counted as
// runes), nil when it can. An empty text withdraws an answer, and is taken.
func CheckAnswer(text string) error {
	if utf8.RuneCountInString(text) > AnswerMax {
		return errAnswerLength
	}
	return nil
}
