package load

import "testing"

// TestDidYouMean: a slip of the keyboard gets the known word it was meant for, in a short word
// too (a letter swapped, changed or typed in another place); of two as near, the one that starts
// the same; a word far from every known one gets nothing, and a word of one or two letters gets
// nothing but its own letters swapped.
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
		{"lane", []string{"funds", "lean"}, "; did you mean lean?"},
		{"laen", []string{"funds", "lean"}, "; did you mean lean?"},
		{"leen", []string{"funds", "lean"}, "; did you mean lean?"},
		{"elan", []string{"funds", "lean"}, "; did you mean lean?"},
		{"aim", []string{"arg", "aid"}, "; did you mean aid?"},
		{"nael", []string{"lean"}, ""},
		{"di", []string{"id", "kind"}, "; did you mean id?"},
		{"is", []string{"id", "kind"}, ""},
		{"i", []string{"id", "x"}, ""},
		{"y", []string{"x"}, ""},
		{"ab", []string{"cd", "ba"}, "; did you mean ba?"},
		{"funds", []string{"funds"}, ""},
	} {
		if got := didYouMean(c.word, c.known); got != c.want {
			t.Errorf("didYouMean(%q, %q) = %q, want %q", c.word, c.known, got, c.want)
		}
	}
}
