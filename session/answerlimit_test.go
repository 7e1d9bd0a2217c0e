package session

import (
	"strings"
	"testing"
)

// TestAnswerLength: an answer of AnswerMax characters (runes, not bytes: "é" is two) is taken,
// as is none (a withdrawal); one more is refused in the words serve and ttx answer use.
func TestAnswerLength(t *testing.T) {
	if AnswerMax != 2000 {
		t.Errorf("AnswerMax = %d, want 2000 (the limit docs/protocol.md gives)", AnswerMax)
	}
	full := strings.Repeat("é", AnswerMax)
	for _, text := range []string{full, ""} {
		if err := CheckAnswer(text); err != nil {
			t.Errorf("CheckAnswer(%d characters) = %v, want nil", len([]rune(text)), err)
		}
	}
	if err, want := CheckAnswer(full+"x"), "an answer is at most 2000 characters"; err == nil || err.Error() != want {
		t.Errorf("CheckAnswer(%d characters) = %v, want %q", AnswerMax+1, err, want)
	}
}
