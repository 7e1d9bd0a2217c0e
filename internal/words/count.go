// Package words holds the small pieces of English that ttx's commands, window and browser
// client print alike, so that a count reads the same everywhere.
package words

import (
	"fmt"
	"strings"
)

// Count returns "1 thing" or "n things": a y after a consonant becomes ies (entries), after a
// vowel it takes an s (days, as a scenario's turn_label "day" reads).
func Count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %s", n, Plural(what))
}

// Plural returns the plural of what, as Count writes it: "entries", "days", "rounds".
func Plural(what string) string {
	if stem, ok := strings.CutSuffix(what, "y"); ok && stem != "" && !strings.ContainsAny(stem[len(stem)-1:], "aeiouAEIOU") {
		return stem + "ies"
	}
	return what + "s"
}
