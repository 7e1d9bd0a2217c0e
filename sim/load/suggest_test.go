package load

import "testing"

// TestDidYouMean: a slip of the keyboard gets the known word it was meant for; of two as near,
// the one that starts the same; a word far from every known one gets nothing.
func TestDidYouMean(t *testing.T) {
	for _, c := range []struct {
		word  string
		known []string
		want  string
	}{
		{"fundz", []string{"capability", "funds"}, "; did you mean funds?"},
		{"exposur", []string{"exposure", "standing"}, "; did you mean exposure?"},
		{"Firm", []string{"firm", "state"}, "; did you mean firm?"},
		{"sid", []string{"id", "kind", "side"}, "; did you mean side?"},
		{"sid", []string{"side", "id"}, "; did you mean side?"},
		{"xyz", []string{"id", "kind", "side"}, ""},
		{"funds", []string{"funds"}, ""},
	} {
		if got := didYouMean(c.word, c.known); got != c.want {
			t.Errorf("didYouMean(%q, %q) = %q, want %q", c.word, c.known, got, c.want)
		}
	}
}
